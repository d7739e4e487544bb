"""kiosk.flow.parsed_cache: flows parsed once, checked every time, never broken by the
cache file (issue 19)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kiosk.flow.loader import FlowError, load_flow
from kiosk.flow.parsed_cache import VERSION, ParsedCache
from kiosk.services.catalog import SERVICES

FLOWS = Path(__file__).resolve().parents[2] / "assets" / "flows"


@pytest.fixture
def flow_file(tmp_path: Path) -> Path:
    path = next(iter(sorted(FLOWS.glob("*.yaml"))))
    return Path(shutil.copy(path, tmp_path / path.name))


def test_a_second_start_uses_the_cache_and_gives_the_same_flow(
    flow_file: Path, tmp_path: Path
) -> None:
    cache_file = tmp_path / "cache" / "flows.json"
    first = ParsedCache(cache_file)
    flow = load_flow(flow_file, SERVICES, first)
    first.save()
    assert cache_file.exists()
    again = ParsedCache(cache_file)
    assert again.get(flow_file.read_bytes()) is not None
    assert load_flow(flow_file, SERVICES, again) == flow


@pytest.mark.parametrize("garbage", [b"", b"not json", b"[1, 2]", b'{"version": 99}', b"\xff"])
def test_a_broken_cache_file_is_ignored_and_written_anew(
    flow_file: Path, tmp_path: Path, garbage: bytes
) -> None:
    cache_file = tmp_path / "flows.json"
    cache_file.write_bytes(garbage)
    cache = ParsedCache(cache_file)
    flow = load_flow(flow_file, SERVICES, cache)
    cache.save()
    assert load_flow(flow_file, SERVICES, ParsedCache(cache_file)) == flow
    assert json.loads(cache_file.read_text())["version"] == VERSION


def test_an_entry_changed_in_the_file_is_not_trusted(flow_file: Path, tmp_path: Path) -> None:
    cache_file = tmp_path / "flows.json"
    cache = ParsedCache(cache_file)
    flow = load_flow(flow_file, SERVICES, cache)
    cache.save()
    stored = json.loads(cache_file.read_text())
    [entry] = stored["entries"].values()
    entry["content"]["steps"] = []  # an invalid flow, were it believed
    cache_file.write_text(json.dumps(stored))
    assert load_flow(flow_file, SERVICES, ParsedCache(cache_file)) == flow


def test_cached_content_is_still_checked(flow_file: Path, tmp_path: Path) -> None:
    """Even an entry that matches its check (written by someone who knew how) must make
    a valid flow: the loader checks it in full."""
    cache = ParsedCache(tmp_path / "flows.json")
    cache.put(flow_file.read_bytes(), {"id": "x"})
    with pytest.raises(FlowError):
        load_flow(flow_file, SERVICES, cache)


def test_a_changed_flow_file_is_parsed_again(flow_file: Path, tmp_path: Path) -> None:
    cache_file = tmp_path / "flows.json"
    cache = ParsedCache(cache_file)
    load_flow(flow_file, SERVICES, cache)
    cache.save()
    flow_file.write_text(flow_file.read_text(encoding="utf-8") + "\n: [", encoding="utf-8")
    with pytest.raises(FlowError, match="malformed YAML"):
        load_flow(flow_file, SERVICES, ParsedCache(cache_file))


def test_a_cache_that_cannot_be_written_changes_nothing(flow_file: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    cache = ParsedCache(blocker / "flows.json")  # its folder is a file
    flow = load_flow(flow_file, SERVICES, cache)
    cache.save()
    assert flow.steps
