"""The parsed content of flow files, kept by a checksum of their bytes (issue 19).

Parsing YAML is most of what a flow costs at start (pure-Python YAML ~13 ms a file;
the C loader still ~2 ms). What the YAML parser made of a file depends only on the
file's bytes, so it is kept in one JSON file in the data folder, keyed by their
checksum, and a flow file whose bytes are known skips the parser (and the import of
yaml itself).

Never trusted blindly: only the parser's output is kept, not the checked ``Flow``,
so every flow is still checked in full by ``kiosk.flow.loader`` on every start; an
entry also carries the checksum of its own JSON, and an entry that does not match it
(bit rot, a half-written file) is a miss. A cache file that cannot be read, is not
JSON or not the expected shape is ignored as a whole (and written anew); one that
cannot be written leaves every start parsing. Only content that survives a JSON
round trip unchanged is kept (a YAML date, for one, would not). The data folder is
the kiosk's own (mode 0700): whoever can write it can change the kiosk's state in
other ways too. No Qt.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any
from zlib import adler32, crc32

from kiosk.core.atomic_file import write_atomically

log = logging.getLogger(__name__)

#: Bumped when the meaning of an entry changes (another parser, another shape).
VERSION = 2  # 1: keyed by SHA-256


def _digest(data: bytes) -> str:
    """A check that ``data`` changed or rotted: CRC-32, Adler-32 and the length.

    Not SHA-256: hashlib maps OpenSSL's libcrypto, 3.3 MB of the kiosk's memory from
    its start (issue 19), for a check against edits and bit rot. An attacker is not
    in its scope: whoever can write the data folder can change the kiosk anyway, and
    every flow is checked in full on every start."""
    return f"{crc32(data):08x}{adler32(data):08x}-{len(data)}"


def _canonical(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class ParsedCache:
    """``get(bytes)`` → the parsed content or None; ``put(bytes, content)``; ``save()``
    writes the file if anything changed, keeping only the entries used this time."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._entries = self._read() if path is not None else {}
        self._stored = set(self._entries)  # what the file holds
        self._used: dict[str, dict[str, Any]] = {}
        self._changed = False

    def _read(self) -> dict[str, dict[str, Any]]:
        assert self.path is not None
        try:
            stored = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            log.warning("flow cache %s ignored (%s)", self.path, type(exc).__name__)
            return {}
        entries = stored.get("entries") if isinstance(stored, dict) else None
        if not isinstance(stored, dict) or stored.get("version") != VERSION:
            entries = None
        if not isinstance(entries, dict):
            log.warning("flow cache %s ignored (not a cache of this kiosk)", self.path)
            return {}
        return {k: v for k, v in entries.items() if isinstance(v, dict)}

    def get(self, data: bytes) -> object | None:
        key = _digest(data)
        entry = self._entries.get(key)
        if entry is None or "content" not in entry:
            return None
        content: object = entry["content"]
        if entry.get("check") != _digest(_canonical(content).encode("utf-8")):
            log.warning("flow cache: an entry does not match its check; parsing the file")
            self._changed = True
            return None
        self._used[key] = entry
        return content

    def put(self, data: bytes, content: object) -> None:
        try:
            text = _canonical(content)
            same = json.loads(text) == content
        except (TypeError, ValueError):
            same = False
        if not same:
            return  # not plain JSON data: parsed every time
        key = _digest(data)
        self._entries[key] = self._used[key] = {
            "check": _digest(text.encode("utf-8")),
            "content": content,
        }
        self._changed = True

    def save(self) -> None:
        if self.path is None or not (self._changed or self._used.keys() != self._stored):
            return
        try:
            write_atomically(
                self.path, json.dumps({"version": VERSION, "entries": self._used}, indent=None)
            )
        except OSError as exc:
            log.warning("flow cache %s not written (%s)", self.path, type(exc).__name__)
            return
        self._entries = dict(self._used)
        self._stored = set(self._used)
        self._changed = False
