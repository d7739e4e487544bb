"""OmaStadi participatory budgeting: a read-only summary of the current round.

OmaStadi is Decidim; its GraphQL API is ``POST https://omastadi.hel.fi/api`` with
``{"query": …}``, anonymous and read-only (voting needs strong identification on
the web, so the kiosk only informs and hands over). One query fetches the published
participatory processes with their steps and Budgets components; the answer is
cached for an hour (Decidim limits requests per IP, and kiosks may share one).

The *current round* is the process with a Budgets component (when the answer says
which have one) that has an active step, else whose dates contain today. With no
such evidence there is no current round (`BudgetingSummary.round` is None): rather
unknown than wrong. Translated fields are read from ``translations { locale text }``
(or ``translation``, as in the Decidim docs). No Qt here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kiosk.core.clock import Clock, SystemClock
from kiosk.core.text import Text
from kiosk.services.http import (
    OMASTADI,
    HttpClient,
    ServiceDataError,
    as_date,
    as_int,
    identifier,
    plain,
    text_of,
)

#: Attribution (CITY_APIS §e).
OMASTADI_SOURCE = "OmaStadi, City of Helsinki (data ODbL, content CC BY-NC-SA 4.0)"

_TRANSLATED = "{ translations { locale text } }"
QUERY = f"""
query KioskBudgetingRound {{
  participatoryProcesses {{
    id
    slug
    title {_TRANSLATED}
    subtitle {_TRANSLATED}
    startDate
    endDate
    steps {{ id title {_TRANSLATED} active startDate endDate }}
    components(filter: {{type: "Budgets"}}) {{
      id
      __typename
      name {_TRANSLATED}
      ... on Budgets {{
        budgets(first: 50) {{ nodes {{ id title {_TRANSLATED} total_budget }} }}
      }}
    }}
  }}
}}
""".strip()


@dataclass(frozen=True)
class BudgetStep:
    title: Text
    active: bool = False
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class Budget:
    """One budget (usually one district) of the round; ``total`` in euros."""

    id: str
    title: Text = field(default_factory=Text)
    total: int | None = None


@dataclass(frozen=True)
class BudgetingRound:
    id: str
    slug: str = ""
    title: Text = field(default_factory=Text)
    subtitle: Text = field(default_factory=Text)
    start: date | None = None
    end: date | None = None
    steps: tuple[BudgetStep, ...] = ()
    budgets: tuple[Budget, ...] = ()
    has_budgets: bool | None = None  # None: the answer did not say
    url: str = ""

    @property
    def active_step(self) -> BudgetStep | None:
        return next((s for s in self.steps if s.active), None)


@dataclass(frozen=True)
class BudgetingSummary:
    """``round`` is the current budgeting round, None when none is known to be on."""

    round: BudgetingRound | None
    processes_seen: int = 0
    source_date: date | None = None
    source: str = OMASTADI_SOURCE


# --------------------------------------------------------------------------- parsing


def translated(value: Any) -> Text:
    """A Decidim TranslatedField: ``{translations: [{locale, text}]}``,
    ``{translation: "…"}`` (language unknown: stored as fi), or a plain string."""
    if isinstance(value, Mapping):
        items = value.get("translations")
        if isinstance(items, list):
            values: dict[str, str] = {}
            for item in items:
                if not isinstance(item, Mapping) or not isinstance(item.get("locale"), str):
                    continue
                lang = item["locale"].split("-")[0].split("_")[0].lower()
                text = plain(item.get("text"))
                if lang and text and lang not in values:
                    values[lang] = text
            return Text(values)
        if "translation" in value:
            return text_of(value.get("translation"))
        return text_of(value)
    return text_of(value)


def _steps(value: Any) -> tuple[BudgetStep, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(
        BudgetStep(
            translated(s.get("title")),
            s.get("active") is True,
            as_date(s.get("startDate")),
            as_date(s.get("endDate")),
        )
        for s in value
        if isinstance(s, Mapping)
    )


def _budgets(components: Any) -> tuple[bool | None, tuple[Budget, ...]]:
    if not isinstance(components, list):
        return None, ()
    budgets: list[Budget] = []
    has = False
    for component in components:
        if not isinstance(component, Mapping):
            continue
        if component.get("__typename") not in (None, "Budgets"):
            continue
        has = True
        connection = component.get("budgets")
        nodes = connection.get("nodes") if isinstance(connection, Mapping) else None
        if not isinstance(nodes, list) and isinstance(connection, Mapping):
            edges = connection.get("edges")
            nodes = (
                [e.get("node") for e in edges if isinstance(e, Mapping)]
                if isinstance(edges, list)
                else None
            )
        for node in nodes or []:
            if isinstance(node, Mapping) and identifier(node.get("id")):
                budgets.append(
                    Budget(
                        identifier(node.get("id")),
                        translated(node.get("title")),
                        as_int(node.get("total_budget")),
                    )
                )
    return has, tuple(budgets)


def parse_processes(
    payload: Any, *, site: str = "https://omastadi.hel.fi", source: str = OMASTADI
) -> tuple[BudgetingRound, ...]:
    """Every process in a GraphQL answer ``{"data": {"participatoryProcesses": […]}}``."""
    if not isinstance(payload, Mapping):
        raise ServiceDataError(source, "expected a GraphQL answer object")
    data = payload.get("data")
    errors = payload.get("errors")
    if not isinstance(data, Mapping):
        message = ""
        if isinstance(errors, list) and errors and isinstance(errors[0], Mapping):
            message = plain(errors[0].get("message"))
        raise ServiceDataError(source, f"GraphQL error: {message or 'no data in the answer'}")
    processes = data.get("participatoryProcesses")
    if not isinstance(processes, list):
        raise ServiceDataError(source, "no 'participatoryProcesses' list in the answer")
    rounds = []
    for item in processes:
        if not isinstance(item, Mapping):
            continue
        slug = identifier(item.get("slug"))
        process_id = identifier(item.get("id")) or slug
        if not process_id:
            continue
        has_budgets, budgets = _budgets(item.get("components"))
        rounds.append(
            BudgetingRound(
                id=process_id,
                slug=slug,
                title=translated(item.get("title")),
                subtitle=translated(item.get("subtitle")),
                start=as_date(item.get("startDate")),
                end=as_date(item.get("endDate")),
                steps=_steps(item.get("steps")),
                budgets=budgets,
                has_budgets=has_budgets,
                url=f"{site.rstrip('/')}/processes/{slug}" if slug else site,
            )
        )
    return tuple(rounds)


def current_round(rounds: tuple[BudgetingRound, ...], today: date) -> BudgetingRound | None:
    """The round that is on today (see the module docstring), or None."""
    if any(r.has_budgets is not None for r in rounds):
        rounds = tuple(r for r in rounds if r.has_budgets)
    active = [r for r in rounds if r.active_step is not None]
    if active:
        return max(active, key=lambda r: r.start or date.min)
    running = [
        r for r in rounds if r.start and r.start <= today and (r.end is None or today <= r.end)
    ]
    if running:
        return max(running, key=lambda r: r.start or date.min)
    return None


def summarise(
    payload: Any,
    today: date,
    *,
    site: str = "https://omastadi.hel.fi",
    source_date: date | None = None,
) -> BudgetingSummary:
    rounds = parse_processes(payload, site=site)
    return BudgetingSummary(current_round(rounds, today), len(rounds), source_date)


# --------------------------------------------------------------------------- client


class OmaStadiClient:
    """Decidim GraphQL, read-only, blocking."""

    def __init__(self, http: HttpClient, clock: Clock | None = None) -> None:
        self.http = http
        self.clock = clock or SystemClock()

    @property
    def site(self) -> str:
        api = self.http.endpoints.omastadi.rstrip("/")
        return api[: -len("/api")] if api.endswith("/api") else api

    def current(self) -> BudgetingSummary:
        today = self.clock.now().date()
        summary: BudgetingSummary = self.http.post_json(
            OMASTADI,
            self.http.endpoints.omastadi,
            {"query": QUERY},
            parse=lambda payload: summarise(payload, today, site=self.site),
        )
        return summary
