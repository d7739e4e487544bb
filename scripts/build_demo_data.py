"""Build assets/demo/: the demo kiosk's data set, in the real APIs' shapes.

    .venv/bin/python scripts/build_demo_data.py

The demo kiosk (``[kiosk] demo = true``, or no config file at all) answers every
service from this folder, never from the network. It starts from the real recorded
samples (tests/fixtures/city, assets/snapshot) and adds, by hand, what those samples
lack for a demo in which all six services reach a real result: a whole week of
opening hours, events for seniors at and near the demo library, units of the other
service kinds with accessibility data (shortcoming sentences taken from the real
TPR register's wording), and a current OmaStadi round. Everything added by hand is
marked ``demo_only`` in the manifest and described in its ``note``: it is example
data, never information about the real places.

All dates lie in the week of Monday 22 June 2020 (the week of the real kirjastot.fi
sample). A demo kiosk shifts them by whole weeks to the current week
(`kiosk.services.snapshot.Snapshot` with ``rebase_to``), so "open now", "today" and
"this week" show real states; a production kiosk never uses this folder.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "assets" / "demo"
SNAPSHOT = ROOT / "assets" / "snapshot"
FIXTURES = ROOT / "tests" / "fixtures" / "city"
WEEK = [f"2020-06-{day}" for day in range(22, 29)]  # Monday to Sunday
DEMO_NOTE = (
    "Made by hand for the demo kiosk (scripts/build_demo_data.py); example data in the "
    "real API's shape, not information about a real place or event."
)


def read(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def write(name: str, payload: Any) -> None:
    path = OUT / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def t(fi: str, sv: str, en: str) -> dict[str, str]:
    return {"fi": fi, "sv": sv, "en": en}


# ---- kirjastot.fi: Kallio library, the whole week ---------------------------------------


def library() -> Any:
    payload = read(SNAPSHOT / "kirjastot" / "library-84860.json")
    record = payload["data"]
    template = record["schedules"][0]
    days = []
    for index, day in enumerate(WEEK):
        item = copy.deepcopy(template)
        item["date"] = day
        if index == 5:  # Saturday: shorter, self-service only in the morning
            item["times"] = [
                {"from": "08:00", "to": "10:00", "status": 2},
                {"from": "10:00", "to": "16:00", "status": 1},
            ]
        if index == 6:  # Sunday: closed, and the data says so
            item["closed"], item["times"] = True, []
        days.append(item)
    record["schedules"] = days
    return payload


# ---- Service Map / TPR units of the four service kinds -------------------------------------


def unit(
    unit_id: int,
    name: dict[str, str],
    street: dict[str, str],
    lat: float,
    lon: float,
    nodes: list[int],
    viewpoints: str | None,
    phone: str = "+358 9 310 1691",
) -> dict[str, Any]:
    record: dict[str, Any] = {"id": unit_id}
    for lang in ("fi", "sv", "en"):
        record[f"name_{lang}"] = name[lang]
        record[f"street_address_{lang}"] = street[lang]
    record.update(
        latitude=lat,
        longitude=lon,
        address_zip="00530",
        phone=phone,
        ontologytree_ids=nodes,
        modified_time="2020-06-22T08:00:00",
    )
    if viewpoints is not None:
        record["accessibility_viewpoints"] = viewpoints
    return record


def units() -> list[dict[str, Any]]:
    libraries = read(SNAPSHOT / "servicemap-tpr-units-libraries.json")
    for record in libraries:
        record["ontologytree_ids"] = sorted(set(record.get("ontologytree_ids", [])) | {349})
    return libraries + [
        unit(
            990001,
            t(
                "Ikääntyneiden neuvonta, Kallion virastotalo",
                "Äldrerådgivning, Berghälls ämbetshus",
                "Advice for older people, Kallio office building",
            ),
            t("Toinen linja 4", "Andra linjen 4", "Toinen linja 4"),
            60.18303,
            24.95037,
            [2148],
            "00:unknown,11:red,21:green,31:red,41:green,51:red,61:green",
        ),
        unit(
            990002,
            t(
                "Kaupungin asiointipiste, Kallio",
                "Stadens servicepunkt, Berghäll",
                "City service point, Kallio",
            ),
            t("Toinen linja 4", "Andra linjen 4", "Toinen linja 4"),
            60.18310,
            24.95050,
            [319],
            "00:unknown,11:green,21:green,31:green,41:green,51:red,61:red",
        ),
        unit(
            990003,
            t(
                "Senioriliikunta, Kallion liikuntasali",
                "Motion för seniorer, Berghälls idrottssal",
                "Sports for seniors, Kallio sports hall",
            ),
            t("Helsinginkatu 25", "Helsingegatan 25", "Helsinginkatu 25"),
            60.18801,
            24.94990,
            [2217],
            "00:unknown,11:red,21:red,31:red,41:red,51:green,61:red",
        ),
        unit(
            990004,
            t(
                "Senioriliikunta, Brahenkentän ulkokuntosali",
                "Motion för seniorer, Braheplanens utegym",
                "Sports for seniors, Brahe field outdoor gym",
            ),
            t("Helsinginkatu 18", "Helsingegatan 18", "Helsinginkatu 18"),
            60.18689,
            24.95188,
            [2217],
            None,  # no accessibility data at all: "no information"
        ),
    ]


#: Shortcoming sentences in the wording of the TPR register (``accessibility_shortage``
#: fixture and the register's sentence list), per unit and viewpoint.
NO_TOILET = t(
    "Toimipisteessä ei ole esteetöntä wc:tä.",
    "Det finns ingen tillgänglig toalett i verksamhetsstället.",
    "The facility does not have an accessible toilet.",
)
NO_PARKING = t(
    "Esteettömiä autopaikkoja ei ole.",
    "Inga p-platser för personer med rörelsehinder.",
    "No parking places for persons with a disability.",
)
STEPS = t(
    "Sisäänkäynnin edessä on portaat, eikä luiskaa ole.",
    "Det finns trappor framför ingången och ingen ramp.",
    "There are steps in front of the entrance and no ramp.",
)
HEAVY_DOOR = t(
    "Ulko-ovi on raskas, eikä siinä ole automaattista avausta.",
    "Ytterdörren är tung och öppnas inte automatiskt.",
    "The outer door is heavy and does not open automatically.",
)
NO_CONTRAST = t(
    "Portaiden reunoja ei ole merkitty kontrastivärillä.",
    "Trappkanterna är inte markerade med kontrastfärg.",
    "The edges of the steps are not marked with a contrasting colour.",
)
NO_LOOP = t(
    "Asiakaspalvelussa ei ole induktiosilmukkaa.",
    "Det finns ingen induktionsslinga i kundtjänsten.",
    "There is no induction loop at the customer service desk.",
)
NONE = t("Ei puutteita.", "Inga brister.", "No shortcomings.")

SHORTAGES: list[tuple[int, str, dict[str, str]]] = [
    (8215, "11", STEPS),
    (8215, "11", NO_TOILET),
    (8215, "21", HEAVY_DOOR),
    (8215, "31", STEPS),
    (8215, "41", STEPS),
    (8215, "51", NO_CONTRAST),
    (8215, "61", NO_LOOP),
    (51342, "11", NONE),
    (51342, "21", NONE),
    (51342, "31", NONE),
    (51342, "41", NONE),
    (51342, "51", NO_CONTRAST),
    (51342, "61", NONE),
    (990001, "11", HEAVY_DOOR),
    (990001, "11", NO_TOILET),
    (990001, "21", NONE),
    (990001, "31", HEAVY_DOOR),
    (990001, "41", NONE),
    (990001, "51", NO_CONTRAST),
    (990001, "61", NONE),
    (990002, "11", NONE),
    (990002, "21", NONE),
    (990002, "31", NONE),
    (990002, "41", NONE),
    (990002, "51", NO_CONTRAST),
    (990002, "61", NO_LOOP),
    (990003, "11", STEPS),
    (990003, "11", NO_PARKING),
    (990003, "21", STEPS),
    (990003, "31", STEPS),
    (990003, "41", STEPS),
    (990003, "51", NONE),
    (990003, "61", NO_LOOP),
]


def shortages() -> list[dict[str, Any]]:
    return [
        {
            "unit_id": unit_id,
            "viewpoint_id": viewpoint,
            "shortage_fi": text["fi"],
            "shortage_sv": text["sv"],
            "shortage_en": text["en"],
        }
        for unit_id, viewpoint, text in SHORTAGES
    ]


# ---- Linked Events: events for seniors here and nearby --------------------------------------

KALLIO = {
    "id": "tprek:8215",
    "@id": "https://api.hel.fi/linkedevents/v1/place/tprek:8215/",
    "name": t("Kallion kirjasto", "Berghälls bibliotek", "Kallio Library"),
    "street_address": t("Viides linja 11", "Femte linjen 11", "Viides linja 11"),
    "position": {"type": "Point", "coordinates": [24.95356, 60.18372]},
}
ODE = {
    "id": "tprek:51342",
    "@id": "https://api.hel.fi/linkedevents/v1/place/tprek:51342/",
    "name": t("Keskustakirjasto Oodi", "Centrumbiblioteket Ode", "Helsinki Central Library Oodi"),
    "street_address": t("Töölönlahdenkatu 4", "Tölöviksgatan 4", "Töölönlahdenkatu 4"),
    "position": {"type": "Point", "coordinates": [24.938158, 60.17397]},
}
HALL = {
    "id": "tprek:990003",
    "@id": "https://api.hel.fi/linkedevents/v1/place/tprek:990003/",
    "name": t("Kallion liikuntasali", "Berghälls idrottssal", "Kallio sports hall"),
    "street_address": t("Helsinginkatu 25", "Helsingegatan 25", "Helsinginkatu 25"),
    "position": {"type": "Point", "coordinates": [24.9499, 60.18801]},
}


def event(
    number: int,
    name: dict[str, str],
    short: dict[str, str],
    place: dict[str, Any],
    day: int,
    start: str,
    end: str,
    *,
    free: bool = True,
    price: dict[str, str] | None = None,
) -> dict[str, Any]:
    """One Linked Events event (``include=location``); times are UTC, as the API's."""
    event_id = f"helsinki:demo{number:04d}"
    return {
        "id": event_id,
        "@id": f"https://api.hel.fi/linkedevents/v1/event/{event_id}/",
        "location": place,
        "keywords": [{"@id": "https://api.hel.fi/linkedevents/v1/keyword/yso:p2433/"}],
        "audience": [],
        "event_status": "EventScheduled",
        "offers": [
            {"is_free": free, "price": price, "description": None, "info_url": None},
        ],
        "start_time": f"{WEEK[day]}T{start}:00Z",
        "end_time": f"{WEEK[day]}T{end}:00Z",
        "name": name,
        "short_description": short,
        "info_url": None,
        "super_event": None,
        "sub_events": [],
        "images": [],
        "in_language": [{"@id": "https://api.hel.fi/linkedevents/v1/language/fi/"}],
        "deleted": False,
        "last_modified_time": "2020-06-22T06:00:00Z",
    }


def events() -> dict[str, Any]:
    data = [
        event(
            1,
            t("Digitupa senioreille", "Digistuga för seniorer", "Digital help for seniors"),
            t(
                "Apua puhelimen ja tabletin käyttöön. Tule sellaisena kuin olet.",
                "Hjälp med telefon och surfplatta. Kom som du är.",
                "Help with your phone and tablet. Come as you are.",
            ),
            KALLIO,
            0,
            "07:00",
            "09:00",
        ),
        event(
            2,
            t("Muistelupiiri", "Minnescirkel", "Memory circle"),
            t(
                "Muistellaan yhdessä vanhaa Kalliota valokuvien avulla.",
                "Vi minns det gamla Berghäll tillsammans med hjälp av fotografier.",
                "Let us remember old Kallio together, with photographs.",
            ),
            KALLIO,
            1,
            "10:00",
            "11:30",
        ),
        event(
            3,
            t("Lukupiiri senioreille", "Läscirkel för seniorer", "Reading circle for seniors"),
            t(
                "Keskustellaan kuukauden kirjasta. Kirjoja saa lainaan.",
                "Vi diskuterar månadens bok. Böcker finns att låna.",
                "We talk about the book of the month. Books can be borrowed.",
            ),
            KALLIO,
            3,
            "11:00",
            "12:30",
        ),
        event(
            4,
            t("Senioreiden elokuvahetki", "Filmstund för seniorer", "Film afternoon for seniors"),
            t(
                "Kotimainen klassikkoelokuva. Kahvia tarjolla.",
                "En inhemsk klassisk film. Kaffe serveras.",
                "A Finnish classic film. Coffee is served.",
            ),
            ODE,
            2,
            "11:00",
            "13:00",
        ),
        event(
            5,
            {"fi": "Tuolijumppa"},  # Finnish only, as many real events are
            {"fi": "Kevyttä jumppaa tuolilla istuen. Ei ennakkoilmoittautumista."},
            HALL,
            4,
            "07:30",
            "08:30",
        ),
        event(
            6,
            t("Senioritanssit", "Seniordans", "Dance for seniors"),
            t(
                "Lavatansseja elävän musiikin tahdissa.",
                "Dans till levande musik.",
                "Dancing to live music.",
            ),
            HALL,
            5,
            "10:00",
            "12:00",
            free=False,
            price=t("5 €", "5 €", "5 €"),
        ),
    ]
    return {"meta": {"count": len(data), "next": None, "previous": None}, "data": data}


# ---- OmaStadi: a round that is on ----------------------------------------------------------


def budgeting() -> dict[str, Any]:
    def tr(fi: str, sv: str, en: str) -> dict[str, Any]:
        return {
            "translations": [
                {"locale": "fi", "text": fi},
                {"locale": "sv", "text": sv},
                {"locale": "en", "text": en},
            ]
        }

    return {
        "data": {
            "participatoryProcesses": [
                {
                    "id": "9001",
                    "slug": "osbu-demo",
                    "title": tr(
                        "OmaStadi – osallistuva budjetointi (esittely)",
                        "OmaStadi – deltagande budgetering (demo)",
                        "OmaStadi – participatory budgeting (demo)",
                    ),
                    "subtitle": tr(
                        "Äänestä, mihin kaupunki käyttää rahaa omalla alueellasi.",
                        "Rösta om vad staden använder pengar till i ditt område.",
                        "Vote on what the city spends money on in your area.",
                    ),
                    "startDate": "2020-06-01",
                    "endDate": "2020-07-31",
                    "steps": [
                        {
                            "id": "1",
                            "title": tr("Ideointi", "Idéinsamling", "Ideas"),
                            "active": False,
                            "startDate": "2020-06-01",
                            "endDate": "2020-06-14",
                        },
                        {
                            "id": "2",
                            "title": tr("Äänestys", "Omröstning", "Voting"),
                            "active": True,
                            "startDate": "2020-06-15",
                            "endDate": "2020-07-31",
                        },
                    ],
                    "components": [
                        {
                            "id": "77",
                            "__typename": "Budgets",
                            "name": tr("Äänestys", "Omröstning", "Voting"),
                            "budgets": {
                                "nodes": [
                                    {
                                        "id": "1",
                                        "title": tr("Keskinen", "Mellersta", "Central"),
                                        "total_budget": 1100000,
                                    },
                                    {
                                        "id": "2",
                                        "title": tr(
                                            "Koko Helsinki", "Hela Helsingfors", "All of Helsinki"
                                        ),
                                        "total_budget": 800000,
                                    },
                                ]
                            },
                        }
                    ],
                }
            ]
        }
    }


# ---- the manifest ----------------------------------------------------------------------------


def source(**entry: Any) -> dict[str, Any]:
    entry.setdefault("date", WEEK[0])
    return entry


def manifest() -> dict[str, Any]:
    return {
        "format": 1,
        "snapshot_date": WEEK[0],
        "demo": True,
        "note": (
            "The demo kiosk's data set (scripts/build_demo_data.py). Real recorded samples, "
            "extended by hand where they are thin; every date lies in the week of Monday "
            "22 June 2020, and a demo kiosk shifts them by whole weeks to the current "
            "week. Never used by a production kiosk (that one uses assets/snapshot/)."
        ),
        "sources": [
            {
                "id": "kirjastot-library-84860",
                "kind": "kirjastot.library",
                "library_id": 84860,
                "file": "kirjastot/library-84860.json",
                "origin": "https://api.kirjastot.fi/v4/library/84860",
                "name": "kirjastot.fi / Kirkanta",
                "licence": "CC BY 4.0",
                "note": "The real recorded sample of assets/snapshot (22–24 June 2020), "
                "its Monday copied to the whole week by hand; Saturday shorter, Sunday "
                "closed. " + DEMO_NOTE,
            }
        ],
        "city_sources": [
            source(
                id="demo-units",
                kind="servicemap.units",
                file="tpr-units.json",
                params={"service_node": [349, 2148, 319, 2217]},
                name="City of Helsinki Service Map (demo)",
                licence="CC BY 4.0",
                demo_only=True,
                note="Kallio and Oodi are the real TPR records of assets/snapshot; units "
                "990001–990004 are made up. " + DEMO_NOTE,
            ),
            source(
                id="demo-tpr-units",
                kind="tpr.units",
                file="tpr-units.json",
                name="City of Helsinki Service Map (palvelukartta) (demo)",
                licence="attribution licence",
                demo_only=True,
                note="The same file, read for accessibility. " + DEMO_NOTE,
            ),
            source(
                id="demo-tpr-shortages",
                kind="tpr.shortages",
                file="tpr-accessibility-shortages.json",
                name="City of Helsinki Service Map (palvelukartta) (demo)",
                licence="attribution licence",
                demo_only=True,
                note="TPR /rest/v4/accessibility_shortage/ shape; sentences in the "
                "register's own wording, assigned to the demo units by hand. " + DEMO_NOTE,
            ),
            source(
                id="demo-events",
                kind="linkedevents.events",
                file="linkedevents-events.json",
                params={
                    "keyword": "yso:p2433",
                    "location": "tprek:8215",
                    "dwithin_origin": "24.9536,60.1837",
                },
                name="City of Helsinki Linked Events (demo)",
                licence="CC BY 4.0",
                demo_only=True,
                note="Six made-up events for seniors at and near Kallio library, in the "
                "Linked Events /event/?include=location shape; one Finnish only, one not "
                "free. " + DEMO_NOTE,
            ),
            source(
                id="demo-open311-services",
                kind="open311.services",
                file="open311-services-fi.json",
                params={"locale": "fi_FI"},
                date="2016-01-01",
                name="City of Helsinki feedback service (Open311)",
                licence="Open311 API terms of the City of Helsinki",
                note="The real published category list of assets/snapshot.",
            ),
            source(
                id="demo-omastadi",
                kind="omastadi.processes",
                file="omastadi-processes.json",
                name="OmaStadi (demo)",
                licence="ODbL (data), CC BY-NC-SA 4.0 (content)",
                demo_only=True,
                note="A made-up round in the voting step, in the Decidim GraphQL shape "
                "of the kiosk's query. " + DEMO_NOTE,
            ),
        ],
    }


def main() -> None:
    write("manifest.json", manifest())
    write("kirjastot/library-84860.json", library())
    write("tpr-units.json", units())
    write("tpr-accessibility-shortages.json", shortages())
    write("linkedevents-events.json", events())
    write("open311-services-fi.json", read(SNAPSHOT / "open311-services-fi.json"))
    write("omastadi-processes.json", budgeting())
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
