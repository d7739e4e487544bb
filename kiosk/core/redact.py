"""Secrets and resident text out of anything a person or a file may read. No Qt here.

- :func:`mask_secret` shows a secret (the Open311 API key, a token, a password) only as
  ``…last4``: an ellipsis and its last four characters, enough for IT to tell which key
  is configured. A value shorter than 8 characters shows no characters at all.
- :func:`mask_url` shows an address that may carry credentials or tokens (the help
  webhook) as its scheme and host plus ``…last4``: ``https://hooks.example.fi/…7f3a``.
  User names, passwords, paths, queries and fragments are never shown.
- :func:`scrub` makes a line of text (a log record, an exception, a problem for the
  staff panel) safe: the given secrets are masked, credentials in addresses are masked,
  query strings are cut from addresses and paths (``/v4/library?…``), and request
  bodies that libraries quote (``b'…'`` byte strings, ``a=1&b=2`` form data) are cut.
- :func:`hidden` is for resident text in an address's *path* (a feedback request id:
  ``/requests/<id>.json``), which no rule can tell from a public path: while a request
  with it is under way, `scrub` cuts that text wherever it appears
  (``/requests/….json``), e.g. in urllib3's "Retrying … /requests/<id>.json" line.

Where these are used: the logging filter of `kiosk.core.logs` (every handler), the HTTP
layer's error messages (`kiosk.services.http`), the staff panel's problem lines and
``kiosk check-config`` (for a bad API key or webhook value).
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

__all__ = ["ELLIPSIS", "hidden", "mask_secret", "mask_url", "scrub", "strip_query"]

ELLIPSIS = "…"
#: A secret shorter than this shows no characters at all.
SHOW_FROM = 8
#: Secrets shorter than this are not searched for in text (they would match anywhere).
FIND_FROM = 4

#: One word of text that may be an address or a path: no white space, quotes or brackets.
_WORD = re.compile(r"[^\s'\"<>()\[\]{}]+")
#: Credentials in an address: ``scheme://user:password@host``.
_USERINFO = re.compile(r"(?P<scheme>\b[a-zA-Z][a-zA-Z0-9+.\-]*://)[^\s/?#@'\"<>]+@")
#: A byte string as Python writes it (a request or answer body in a library's message).
_BYTES = re.compile(r"\bb(?P<q>['\"])(?:\\.|(?!(?P=q)).)*(?P=q)")
#: Form data: two or more ``name=value`` joined by ``&``.
_FORM = re.compile(r"[\w.\-\[\]%]+=[^\s&'\"<>]*(?:&[\w.\-\[\]%]+=[^\s&'\"<>]*)+")


def mask_secret(value: object) -> str:
    """``…last4`` for a secret; ``…`` alone for one shorter than 8 characters; ``""``
    for no value (None or empty)."""
    text = "" if value is None else str(value).strip()
    if not text:
        return ""
    return ELLIPSIS + (text[-4:] if len(text) >= SHOW_FROM else "")


def mask_url(value: object) -> str:
    """An address with its secrets masked: ``scheme://host[:port]/…last4``, or just
    ``scheme://host[:port]`` when it has nothing after the host. Anything that is not an
    address with a host is masked whole (`mask_secret`)."""
    text = "" if value is None else str(value).strip()
    if not text:
        return ""
    try:
        parts = urlsplit(text)
        host, port = parts.hostname, parts.port
    except ValueError:  # e.g. a bad port or an unclosed IPv6 bracket
        return mask_secret(text)
    if not parts.scheme or not host:
        return mask_secret(text)
    if ":" in host:
        host = f"[{host}]"
    origin = f"{parts.scheme.lower()}://{host}" + (f":{port}" if port is not None else "")
    after_host = parts.path.strip("/") + parts.query + parts.fragment
    secret = after_host or parts.netloc.rpartition("@")[0]
    return f"{origin}/{mask_secret(text if after_host else secret)}" if secret else origin


def _cut_query(match: re.Match[str]) -> str:
    word = match[0]
    head, mark, query = word.partition("?")
    return head + "?" + ELLIPSIS if mark and query and "/" in head else word


def strip_query(text: str) -> str:
    """``text`` with the query string of every address or path (a word with a ``/``
    before its ``?``) cut to ``?…``."""
    return _WORD.sub(_cut_query, text) if "?" in text else text


#: Resident text in paths being requested now (`hidden`), with how many use each.
_hidden: Counter[str] = Counter()
_hidden_lock = threading.Lock()


@contextmanager
def hidden(*values: str) -> Iterator[None]:
    """While inside, `scrub` cuts each of ``values`` (resident text that a request's
    path carries) wherever it appears: ``/requests/<text>.json`` → ``/requests/….json``.
    Values shorter than 4 characters are not looked for (they would match anywhere)."""
    chosen = [v for v in values if v and len(v) >= FIND_FROM]
    with _hidden_lock:
        _hidden.update(chosen)
    try:
        yield
    finally:
        with _hidden_lock:
            _hidden.subtract(chosen)
            for value in chosen:
                if _hidden[value] <= 0:
                    del _hidden[value]


def _masked(secret: str) -> str:
    return mask_url(secret) if "://" in secret else mask_secret(secret)


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` safe to log or show: ``secrets`` masked, credentials in addresses
    masked, resident text in paths being requested (`hidden`), query strings,
    quoted byte strings and form data cut."""
    for secret in sorted({s for s in secrets if s and len(s) >= FIND_FROM}, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, _masked(secret))
    with _hidden_lock:
        values = sorted(_hidden, key=len, reverse=True)
    for value in values:
        text = text.replace(value, ELLIPSIS)
    text = _USERINFO.sub(lambda m: m["scheme"] + ELLIPSIS + "@", text)
    text = strip_query(text)
    text = _BYTES.sub(lambda m: f"b{m['q']}{ELLIPSIS}{m['q']}", text)
    return _FORM.sub(ELLIPSIS, text)
