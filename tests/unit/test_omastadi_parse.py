"""OmaStadi (Decidim GraphQL): the documentation examples, translated fields, and
which process is the current budgeting round."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from kiosk.core.text import Text
from kiosk.services.http import ServiceDataError
from kiosk.services.omastadi import QUERY, current_round, parse_processes, summarise, translated

FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "city"
TODAY = date(2024, 10, 15)


def load(name: str):
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def tr(fi: str, sv: str | None = None) -> dict:
    items = [{"locale": "fi", "text": fi}]
    if sv:
        items.append({"locale": "sv", "text": sv, "machineTranslated": False})
    return {"translations": items}


#: SYNTHETIC answer in the shape QUERY asks for (no OmaStadi capture exists).
ROUNDS = {
    "data": {
        "participatoryProcesses": [
            {
                "id": "1",
                "slug": "omastadi-2021",
                "title": tr("OmaStadi 2021"),
                "startDate": "2021-01-01",
                "endDate": "2022-06-30",
                "steps": [],
                "components": [{"id": "10", "__typename": "Budgets", "name": tr("Äänestys")}],
            },
            {
                "id": "2",
                "slug": "omastadi-2023-2024",
                "title": tr("OmaStadi 2023–2024", "OmaStad"),
                "subtitle": tr("<p>Osallistuva budjetointi</p>"),
                "startDate": "2023-09-01",
                "endDate": "2024-12-31",
                "steps": [
                    {
                        "id": "s1",
                        "title": tr("Ideointi"),
                        "active": False,
                        "startDate": "2023-09-01",
                        "endDate": "2023-11-30",
                    },
                    {
                        "id": "s2",
                        "title": tr("Äänestys", "Röstning"),
                        "active": True,
                        "startDate": "2024-10-01",
                        "endDate": "2024-10-31",
                    },
                ],
                "components": [
                    {
                        "id": "20",
                        "__typename": "Budgets",
                        "name": tr("Äänestys"),
                        "budgets": {
                            "nodes": [
                                {"id": "b1", "title": tr("Keskinen"), "total_budget": 800000},
                                {"id": "b2", "title": tr("Koko Helsinki"), "total_budget": "x"},
                            ]
                        },
                    }
                ],
            },
            {
                "id": "3",
                "slug": "kaavoitus",
                "title": tr("Kaavoituskysely"),
                "startDate": "2024-10-01",
                "endDate": "2024-10-30",
                "steps": [{"title": tr("Kysely"), "active": True}],
                "components": [],
            },
        ]
    }
}


def test_docs_example_has_no_current_round() -> None:
    docs = load("omastadi_decidim_graphql_participatoryprocesses_docs_example.json")
    rounds = parse_processes(docs)
    assert [r.slug for r in rounds] == ["consectetur-at", "nostrum-earum"]
    assert rounds[0].title.get("en") == "Soluta consectetur quos fugit aut."
    assert rounds[0].url == "https://omastadi.hel.fi/processes/consectetur-at"
    assert rounds[0].has_budgets is None and rounds[0].start is None
    assert current_round(rounds, TODAY) is None  # no evidence: rather unknown than wrong


def test_current_round_is_the_budgeting_one_with_an_active_step() -> None:
    summary = summarise(ROUNDS, TODAY, site="https://omastadi.hel.fi/")
    assert summary.processes_seen == 3
    current = summary.round
    assert current.slug == "omastadi-2023-2024"  # not the survey, though it is active
    assert current.title.get("sv") == "OmaStad" and current.title.get("en") == "OmaStadi 2023–2024"
    assert current.subtitle.get("fi") == "Osallistuva budjetointi"
    assert current.active_step.title.get("sv") == "Röstning"
    assert current.active_step.end == date(2024, 10, 31)
    assert [(b.title.get("fi"), b.total) for b in current.budgets] == [
        ("Keskinen", 800000),
        ("Koko Helsinki", None),
    ]
    assert current.url == "https://omastadi.hel.fi/processes/omastadi-2023-2024"


def test_current_round_by_dates_without_active_steps() -> None:
    rounds = parse_processes(ROUNDS)
    quiet = tuple(replace(r, steps=()) for r in rounds)
    assert current_round(quiet, TODAY).slug == "omastadi-2023-2024"
    assert current_round(quiet, date(2021, 5, 1)).slug == "omastadi-2021"
    assert current_round(quiet, date(2030, 1, 1)) is None


def test_translated_fields() -> None:
    assert translated({"translation": "Hei"}) == Text({"fi": "Hei"})
    assert translated(
        {"translations": [{"locale": "sv-FI", "text": "Hej"}, None, {"locale": "en", "text": ""}]}
    ) == Text({"sv": "Hej"})
    assert translated({"fi": "a", "en": "b"}) == Text({"fi": "a", "en": "b"})
    assert translated(None) == Text({})


@pytest.mark.parametrize(
    "payload",
    [
        None,
        [],
        {"data": None},
        {"data": {}},
        {"data": {"participatoryProcesses": {}}},
        {"errors": [{"message": "Field 'x' doesn't exist"}], "data": None},
    ],
)
def test_not_an_answer(payload) -> None:
    with pytest.raises(ServiceDataError):
        parse_processes(payload)


def test_graphql_error_message_is_kept() -> None:
    with pytest.raises(ServiceDataError, match="Field 'x' doesn't exist"):
        parse_processes({"errors": [{"message": "Field 'x' doesn't exist"}]})


def test_odd_items_are_skipped() -> None:
    rounds = parse_processes(
        {
            "data": {
                "participatoryProcesses": [
                    None,
                    {},
                    {
                        "slug": "only-slug",
                        "steps": [None, {"active": "yes"}],
                        "components": [{"__typename": "Proposals"}],
                    },
                ]
            }
        }
    )
    assert [(r.id, r.has_budgets, len(r.steps)) for r in rounds] == [("only-slug", False, 1)]
    assert rounds[0].active_step is None


def test_query_asks_for_what_the_parser_reads() -> None:
    for name in (
        "participatoryProcesses",
        "steps",
        "active",
        "startDate",
        "Budgets",
        "total_budget",
        "translations",
    ):
        assert name in QUERY
