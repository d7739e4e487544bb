"""What travels on the bus: the topics, and the JSON each one carries.

Topics (``<place>`` and ``<kiosk>`` are ids; every kiosk writes only under its own id,
which the broker's ACL enforces with the user name):

- ``kiosk/<place>/<kiosk>/status`` — the kiosk's status, retained, QoS 1; its last
  will is the same topic with ``state: "offline"``;
- ``kiosk/<place>/<kiosk>/help/<request>`` — one help request's state, retained,
  QoS 1, written by the kiosk only (so the kiosk decides who got a claim: two desks
  can never both have one); an empty retained message removes it;
- ``kiosk/<place>/<kiosk>/help/<request>/desk`` — a desk's action on the request
  (claim, release, done), QoS 1, not retained.

Nothing here holds personal data: ids, states, settings and times. The one name on the
bus is the first name a staff member chooses to send with "I'm coming", shown to the
resident.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import asdict, dataclass, fields
from typing import Any, TypeVar

from kiosk.core.ids import is_id

__all__ = [
    "DeskAction",
    "HelpInfo",
    "KioskStatus",
    "RequestState",
    "Topic",
    "clean_name",
    "decode",
    "desk_subscriptions",
    "desk_topic",
    "encode",
    "kiosk_subscriptions",
    "parse_topic",
    "request_topic",
    "status_topic",
]

#: The version of the message format, in every message.
VERSION = 1
#: Longer payloads are not read (a kiosk's own messages are a few hundred bytes).
MAX_PAYLOAD = 8192
#: Kiosk states in a status message.
STATES = ("attract", "session", "helper", "offline")
#: States of a help request.
REQUEST_STATES = ("open", "claimed", "closed")
#: Why a request was closed: staff at the kiosk (helper mode), the resident left
#: (the visit ended), a desk pressed Done, or the kiosk stopped.
CLOSE_REASONS = ("arrived", "left", "done", "stopped")
#: What a desk may do with a request.
DESK_ACTIONS = ("claim", "release", "done")

_SEGMENT = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_REQUEST_ID = re.compile(r"[a-f0-9]{8,32}")


def status_topic(place: str, kiosk: str) -> str:
    return f"kiosk/{place}/{kiosk}/status"


def request_topic(place: str, kiosk: str, request: str) -> str:
    return f"kiosk/{place}/{kiosk}/help/{request}"


def desk_topic(place: str, kiosk: str, request: str) -> str:
    return f"{request_topic(place, kiosk, request)}/desk"


def kiosk_subscriptions(place: str, kiosk: str) -> list[str]:
    """What a kiosk listens to: the desks' actions on its own requests."""
    return [f"kiosk/{place}/{kiosk}/help/+/desk"]


def desk_subscriptions(places: tuple[str, ...] | list[str]) -> list[str]:
    """What a desk listens to: every kiosk's status and help requests of its places."""
    return [t for place in places for t in (f"kiosk/{place}/+/status", f"kiosk/{place}/+/help/+")]


@dataclass(frozen=True)
class Topic:
    """A topic taken apart: ``kind`` is "status", "request" or "desk"."""

    kind: str
    place: str
    kiosk: str
    request: str = ""


def parse_topic(topic: str) -> Topic | None:
    """The parts of one of our topics, or None for anything else."""
    parts = topic.split("/")
    if len(parts) < 4 or parts[0] != "kiosk" or not all(_SEGMENT.fullmatch(p) for p in parts[1:3]):
        return None
    place, kiosk = parts[1], parts[2]
    if parts[3:] == ["status"]:
        return Topic("status", place, kiosk)
    if len(parts) in (5, 6) and parts[3] == "help" and _REQUEST_ID.fullmatch(parts[4]):
        if len(parts) == 5:
            return Topic("request", place, kiosk, parts[4])
        if parts[5] == "desk":
            return Topic("desk", place, kiosk, parts[4])
    return None


def encode(message: dict[str, Any]) -> bytes:
    return json.dumps({"v": VERSION, **message}, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8"
    )


def decode(payload: bytes) -> dict[str, Any] | None:
    """The JSON object in ``payload``; None when empty, too long or not an object."""
    if not payload or len(payload) > MAX_PAYLOAD:
        return None
    try:
        value = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def clean_name(text: object) -> str:
    """A first name fit to show and say to a resident: the first word, letters (and
    - or ') only, at most 30 characters; "" for anything else."""
    if not isinstance(text, str):
        return ""
    words = unicodedata.normalize("NFC", text).split()
    if not words:
        return ""
    word = words[0][:30]
    if all(c.isalpha() or c in "-'" for c in word) and word[0].isalpha():
        return word
    return ""


def _id_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and is_id(value) else None


_T = TypeVar("_T")


def _made(cls: type[_T], data: dict[str, Any]) -> _T | None:
    """A ``cls`` from the fields found in ``data`` (unknown keys are ignored: a newer
    sender may add some); None when one it needs is missing."""
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    try:
        return cls(**{k: v for k, v in data.items() if k in names})
    except TypeError:
        return None


@dataclass(frozen=True)
class KioskStatus:
    """One kiosk as the desks and IT see it. ``printer``: "ok", "failed" (the last
    printout failed) or "off" (no printing here); ``snapshot_age_days``: the age of
    the offline data (None: there is none)."""

    kiosk: str
    place: str
    state: str
    place_name: str = ""
    flow: str | None = None
    step: str | None = None
    speech: bool = True
    printer: str = "ok"
    network: bool = True
    snapshot_age_days: int | None = None
    version: str = ""
    time: str = ""

    def to_json(self) -> bytes:
        return encode(asdict(self))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KioskStatus | None:
        status = _made(cls, data)
        if status is None or not (
            is_id(status.kiosk) and is_id(status.place) and status.state in STATES
        ):
            return None
        return cls(
            **{**asdict(status), "flow": _id_or_none(status.flow), "step": _id_or_none(status.step)}
        )

    @property
    def problems(self) -> list[str]:
        """Short names of what is wrong: "speech", "printer", "network"."""
        found = []
        if not self.speech:
            found.append("speech")
        if self.printer == "failed":
            found.append("printer")
        if not self.network:
            found.append("network")
        return found


@dataclass(frozen=True)
class HelpInfo:
    """What a kiosk says about a help request: where the resident is (ids only) and how
    they use the kiosk, so the desk can send someone who speaks their language."""

    flow: str | None
    step: str | None
    lang: str
    text_size: int = 100
    speech: bool = True


@dataclass(frozen=True)
class RequestState:
    """A help request as the kiosk publishes it. ``asked``: when (ISO 8601, Helsinki);
    ``attempt``: 1, then 2 once escalated; ``claimed_by``: the desk whose claim the
    kiosk took; ``name``: the first name that desk sent."""

    id: str
    kiosk: str
    place: str
    state: str
    asked: str
    place_name: str = ""
    flow: str | None = None
    step: str | None = None
    lang: str = ""
    text_size: int = 100
    speech: bool = True
    escalated: bool = False
    attempt: int = 1
    claimed_by: str | None = None
    name: str = ""
    why: str = ""

    def to_json(self) -> bytes:
        return encode(asdict(self))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RequestState | None:
        state = _made(cls, data)
        if state is None or not (
            _REQUEST_ID.fullmatch(str(state.id))
            and is_id(state.kiosk)
            and is_id(state.place)
            and state.state in REQUEST_STATES
        ):
            return None
        return cls(
            **{
                **asdict(state),
                "flow": _id_or_none(state.flow),
                "step": _id_or_none(state.step),
                "name": clean_name(state.name),
            }
        )


@dataclass(frozen=True)
class DeskAction:
    """A desk's action on a request: "claim" (I'm coming), "release" (I cannot come
    after all) or "done"."""

    action: str
    desk: str
    name: str = ""

    def to_json(self) -> bytes:
        return encode(asdict(self))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DeskAction | None:
        action = _made(cls, data)
        if action is None or (
            action.action not in DESK_ACTIONS
            or not isinstance(action.desk, str)
            or not action.desk
            or len(action.desk) > 128
        ):
            return None
        return cls(action.action, action.desk, clean_name(action.name))
