"""What a flow id or step id may look like, for the records that must never hold free text.

The audit log, the usage figures and the help request all keep ids from the flow
files, never text a resident typed or saw: a value that does not look like an id is
refused rather than written.
"""

from __future__ import annotations

import re

__all__ = ["is_id"]

#: What a flow id or step id may look like (the shipped flows use a-z, 0-9, - and _).
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")


def is_id(value: object) -> bool:
    """True if ``value`` is a short id (letters, digits, - and _), never free text."""
    return isinstance(value, str) and bool(_ID.fullmatch(value))
