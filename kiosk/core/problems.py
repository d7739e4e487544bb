"""Problems found while the kiosk starts, kept for the staff panel.

The kind says what the problem means for the kiosk (the staff panel words it in the
staff's language); the detail is the plain technical text for IT, as logged. Neither
ever holds personal data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["config", "flow", "snapshot", "crash"]


@dataclass(frozen=True)
class StartupProblem:
    kind: Kind
    detail: str

    def __str__(self) -> str:
        return self.detail
