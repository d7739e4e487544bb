"""Hand-off addresses made for the resident: the chosen place's or event's own page,
in the resident's language (issue 15, point 4).

A flow's ``handoff`` ``url`` may hold placeholders, filled here from the answers on
the path taken:

- ``{lang}``: the page language, fi, sv or en (the city's sites have these three;
  selkokieli goes to the Finnish page, any other language to the English one);
- ``{$step}``: that step's answer (an id), URL-quoted;
- ``{profile:$step}``: the Service Map's accessibility profile for the need chosen at
  that step, as a query parameter (``mobility=wheelchair``, ``senses=hearingAid``);
  nothing for "None of these".

A query parameter left empty is dropped, and an address that still lacks an answer
falls back to the part before its first placeholder (the site's front page).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import quote

#: The resident's need → the Service Map's (palvelukartta.hel.fi) profile parameter.
SERVICEMAP_PROFILES: Mapping[str, tuple[str, str]] = {
    "wheelchair": ("mobility", "wheelchair"),
    "reduced_mobility": ("mobility", "reduced_mobility"),
    "rollator": ("mobility", "rollator"),
    "stroller": ("mobility", "stroller"),
    "visually_impaired": ("senses", "visuallyImpaired"),
    "hearing_aid": ("senses", "hearingAid"),
}
_PLACEHOLDER = re.compile(r"\{(lang|\$[\w-]+|profile:\$[\w-]+)\}")


def site_language(lang: str) -> str:
    """The language of the city's own sites for a kiosk language."""
    base = lang.split("-")[0]
    return base if base in ("fi", "sv", "en") else "en"


def fill_url(template: str, answers: Mapping[str, object], lang: str) -> str:
    """``template`` with its placeholders filled (see the module docstring)."""
    missing = False

    def fill(match: re.Match[str]) -> str:
        nonlocal missing
        key = match.group(1)
        if key == "lang":
            return site_language(lang)
        if key.startswith("profile:"):
            profile = SERVICEMAP_PROFILES.get(str(answers.get(key[len("profile:$") :], "")))
            return f"{profile[0]}={profile[1]}" if profile else ""
        value = answers.get(key[1:])
        if value is None or value == "":
            missing = True
            return ""
        return quote(str(value), safe=":")

    url = _PLACEHOLDER.sub(fill, template)
    if missing:
        return template.split("{", 1)[0]
    base, _, query = url.partition("?")
    parts = [p for p in query.split("&") if p and not p.endswith("=")]
    return f"{base}?{'&'.join(parts)}" if parts else base
