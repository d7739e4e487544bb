"""Issue 14, point 4: one name per thing. i18n/glossary.toml gives each action or thing
one term per language and the variants that must not be used; every translation in
i18n/*.ts and every text in assets/flows/*.yaml is checked against it. Cheap: reads
the XML and YAML files, no screens."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

from i18n_texts import flow_texts, ts_texts

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "i18n" / "glossary.toml"
SELKO = "fi-x-selko"


def load_glossary() -> dict[str, dict]:
    with GLOSSARY.open("rb") as f:
        return tomllib.load(f)


def _avoid_lists(term: dict, lang: str) -> list[str]:
    avoid = term.get("avoid", {})
    if lang in avoid:
        return list(avoid[lang])
    if lang == SELKO:
        return list(avoid.get("fi", []))
    return []


def _matches(variant: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(variant), text, re.IGNORECASE) is not None


def find_forbidden(
    texts: Iterator[tuple[str, str, str, str]], glossary: dict[str, dict]
) -> list[str]:
    problems = []
    for file, lang, source, text in texts:
        for name, term in glossary.items():
            for variant in _avoid_lists(term, lang):
                if _matches(variant, text):
                    use = term.get(lang) or (term.get("fi") if lang == SELKO else None)
                    problems.append(
                        f"{file} [{lang}] {source!r}: {text!r} says {variant!r}; "
                        f"the term for {name} is {use!r}"
                    )
    return problems


def test_the_glossary_names_one_term_per_language_and_avoids_only_other_words() -> None:
    glossary = load_glossary()
    assert glossary, "i18n/glossary.toml is empty"
    for name, term in glossary.items():
        assert term.get("what"), f"{name}: say what the term is for"
        for lang in ("fi", SELKO, "sv", "en"):
            assert isinstance(term.get(lang), str) and term[lang], f"{name}: no {lang} term"
        for lang, variants in term.get("avoid", {}).items():
            for variant in variants:
                assert not _matches(variant, term.get(lang, "")), (
                    f"{name}: {lang} avoids its own term with {variant!r}"
                )


def test_the_check_finds_a_forbidden_variant_and_names_the_term() -> None:
    glossary = load_glossary()
    found = find_forbidden(
        iter([("kiosk_sv.ts", "sv", "End and clear", "Avsluta och töm")]), glossary
    )
    assert found and "'Avsluta och radera'" in found[0] and "kiosk_sv.ts" in found[0]
    assert not find_forbidden(iter([("x", "sv", "s", "strömmen är på")]), glossary)


def test_no_translation_uses_a_forbidden_variant() -> None:
    problems = find_forbidden(ts_texts(), load_glossary())
    assert not problems, "\n".join(problems)


def test_no_flow_text_uses_a_forbidden_variant() -> None:
    problems = find_forbidden(flow_texts(), load_glossary())
    assert not problems, "\n".join(problems)
