"""Masking secrets and cutting resident text out of lines (kiosk.core.redact), and the
logging filter on every handler the kiosk installs (kiosk.core.logs)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from log_helpers import root_logging_restored, stream_id

from kiosk.core.logs import RedactingFilter, add_secrets, setup_logging
from kiosk.core.redact import hidden, mask_secret, mask_url, scrub, strip_query

KEY = "k3y-0f-the-c1ty-7f3a"
HOOK = "https://hooks.example.fi/services/T0123/B0456/xoxb-s3cr3t-t0ken-9d2c"


@pytest.mark.parametrize(
    "value, shown",
    [
        (KEY, "…7f3a"),
        ("12345678", "…5678"),
        ("short", "…"),
        ("", ""),
        (None, ""),
        ("  padded-secret-abcd  ", "…abcd"),
    ],
)
def test_mask_secret(value: object, shown: str) -> None:
    assert mask_secret(value) == shown


@pytest.mark.parametrize(
    "url, shown",
    [
        (HOOK, "https://hooks.example.fi/…9d2c"),
        ("https://user:pa55word-x1@helpdesk.example.fi/", "https://helpdesk.example.fi/…d-x1"),
        (
            "https://helpdesk.example.fi/hook?token=abcdef123456",
            "https://helpdesk.example.fi/…3456",
        ),
        ("HTTP://Example.FI:8443", "http://example.fi:8443"),
        ("https://[2001:db8::1]/x/secret-path-0001", "https://[2001:db8::1]/…0001"),
        ("no-scheme-secret-value", "…alue"),
        ("", ""),
    ],
)
def test_mask_url(url: str, shown: str) -> None:
    assert mask_url(url) == shown


def test_mask_url_never_shows_more_than_the_host_and_four_characters() -> None:
    for secret in (KEY, "xoxb-s3cr3t", "pa55word"):
        for url in (
            f"https://u:{secret}@h.fi/",
            f"https://h.fi/{secret}/x",
            f"https://h.fi/x?key={secret}&a=1",
            f"https://h.fi/#{secret}",
        ):
            assert secret not in mask_url(url), url


def test_scrub_cuts_queries_bodies_and_credentials() -> None:
    line = (
        "Retrying (Retry(total=1, connect=None)) after connection broken by "
        "'NewConnectionError(\"Failed: [Errno 111] Connection refused\")': "
        "/v4/library?name=Aino+Virtanen&lang=fi"
    )
    assert scrub(line).endswith(": /v4/library?…")
    assert "Aino" not in scrub(line)
    assert scrub(
        "Max retries exceeded with url: /x/requests.json?extensions=true (Caused by X)"
    ) == ("Max retries exceeded with url: /x/requests.json?… (Caused by X)")
    assert scrub("GET http://127.0.0.1/api?q=1 HTTP/1.1") == "GET http://127.0.0.1/api?… HTTP/1.1"
    assert scrub("body=b'api_key=K&description=Bench+broken' sent") == "body=b'…' sent"
    assert scrub("form email=a%40b.fi&phone=040 kept") == "form … kept"
    assert scrub("to https://user:pw@h.fi/x") == "to https://…@h.fi/x"
    assert (
        scrub(f"key {KEY} hook {HOOK}", [KEY, HOOK])
        == "key …7f3a hook https://hooks.example.fi/…9d2c"
    )
    # Ordinary sentences stay as they are.
    for text in (
        "Are you still here? Touch the screen.",
        "speech: 3 parts (fi), 120 chars",
        "HTTP cache: the file /var/lib/kiosk/cache/http.sqlite was damaged",
    ):
        assert scrub(text) == text
    assert strip_query("no question mark") == "no question mark"


def test_hidden_text_is_cut_only_while_its_request_is_under_way() -> None:
    line = "Retrying after connection broken: /rest/v1/requests/Typed-Id-42.json?x=1"
    with hidden("Typed-Id-42"), hidden("Typed-Id-42", "ab"):
        assert scrub(line) == "Retrying after connection broken: /rest/v1/requests/….json?…"
        assert scrub("ab cd") == "ab cd"  # too short to look for
    assert "Typed-Id-42" in scrub(line)  # nothing hidden any more: no state left over


@pytest.fixture
def clean_root() -> Iterator[None]:
    with root_logging_restored():
        yield


@pytest.mark.parametrize("where", ["file", "journal"])
def test_every_handler_writes_only_safe_lines(
    tmp_path: Path, where: str, monkeypatch: pytest.MonkeyPatch, clean_root: None
) -> None:
    stderr_path = tmp_path / "stderr"
    with stderr_path.open("w", encoding="utf-8") as stderr:
        monkeypatch.setattr("sys.stderr", stderr)
        if where == "journal":
            monkeypatch.setenv("JOURNAL_STREAM", stream_id(stderr))
        else:
            monkeypatch.delenv("JOURNAL_STREAM", raising=False)
        log_file = setup_logging(tmp_path / "logs", level=logging.DEBUG)
        root = logging.getLogger()
        installed = [h for h in root.handlers if getattr(h, "_kiosk_handler", False)]
        assert installed and all(
            any(isinstance(f, RedactingFilter) for f in h.filters) for h in installed
        )
        add_secrets(KEY, HOOK, None, "")

        logging.getLogger("urllib3.connectionpool").warning(
            "Retrying (%r) after connection broken by '%r': %s",
            "Retry(total=1)",
            "NewConnectionError()",
            "/v4/library?name=CANARY-NAME&lang=fi",
        )
        logging.getLogger("requests_cache.policy.expiration").debug(
            'URL http://127.0.0.1:1/v4/library?name=CANARY-NAME matched pattern "x": 1:00'
        )
        logging.getLogger("kiosk.test").error("help webhook %s refused key %s", HOOK, KEY)
        with hidden("CANARY-ID"):  # as while FeedbackClient.status asks for it
            try:
                raise ConnectionError(
                    "Max retries exceeded with url: /palautews/rest/v1/"
                    "requests/CANARY-ID.json?extensions=true; "
                    "body b'description=CANARY-TEXT'"
                )
            except ConnectionError:
                logging.getLogger("kiosk.ui.runner").exception("service call failed")
        logging.getLogger("kiosk.test").warning("a stack", stack_info=True)
    written = stderr_path.read_text(encoding="utf-8")
    if log_file is not None:
        written += log_file.read_text(encoding="utf-8")
    for canary in ("CANARY-NAME", "CANARY-ID", "CANARY-TEXT", KEY, "xoxb-s3cr3t"):
        assert canary not in written, canary
    assert "/v4/library?…" in written and "…7f3a" in written
    assert "https://hooks.example.fi/…9d2c" in written
    assert "service call failed" in written and "Traceback" in written
    assert (where == "journal") is (log_file is None)
