"""Read deb822 text (debian/copyright, control files) for the packaging tests."""

from __future__ import annotations


def paragraphs(text: str) -> list[dict[str, str]]:
    """Each paragraph as field -> value; continuation lines joined with newlines, with
    the one leading space taken off (" ." stays, as the format writes a blank line)."""
    found: list[dict[str, str]] = []
    current: dict[str, str] = {}
    last = ""
    for line in text.splitlines():
        if not line.strip():
            if current:
                found.append(current)
            current, last = {}, ""
            continue
        if line[0] in " \t":
            assert last, f"continuation line without a field: {line!r}"
            current[last] += "\n" + line[1:]
            continue
        name, sep, value = line.partition(":")
        assert sep and name and " " not in name, f"not a field: {line!r}"
        assert name not in current, f"field {name} twice in one paragraph"
        current[name], last = value.strip(), name
    if current:
        found.append(current)
    return found


def first_line(value: str) -> str:
    return value.split("\n", 1)[0].strip()
