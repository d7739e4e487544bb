"""The kiosk's texts as the language tests read them: every translation in i18n/*.ts
and every per-language text in assets/flows/*.yaml, straight from the files (no Qt)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def ts_texts() -> Iterator[tuple[str, str, str, str]]:
    """(file, language, source, translation) for every translation form in i18n/*.ts."""
    for path in sorted((ROOT / "i18n").glob("kiosk_*.ts")):
        lang = path.stem.removeprefix("kiosk_")
        for context in ET.parse(path).getroot().iter("context"):
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                if translation is None:
                    continue
                forms = [f.text or "" for f in translation.iter("numerusform")]
                for text in forms or [translation.text or ""]:
                    yield path.name, lang, source, text


def flow_texts_of(node: object, where: str) -> Iterator[tuple[str, str, str]]:
    """(where, language, text) for every per-language text in a flow."""
    if isinstance(node, dict):
        if node and all(isinstance(v, str) for v in node.values()) and "en" in node:
            for lang, text in node.items():
                yield where, lang, text
            return
        for key, value in node.items():
            yield from flow_texts_of(value, f"{where}.{key}" if where else str(key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            item_id = value.get("id") if isinstance(value, dict) else None
            yield from flow_texts_of(value, f"{where}[{item_id or i}]")


def flow_texts() -> Iterator[tuple[str, str, str, str]]:
    """(file, language, source, text): source names the text's place and its English."""
    for path in sorted((ROOT / "assets" / "flows").glob("*.yaml")):
        flow = yaml.safe_load(path.read_text(encoding="utf-8"))
        for where, lang, text in flow_texts_of(flow, ""):
            english = _english(flow, where)
            yield path.name, lang, f"{where} ({english!r})", text


def _english(flow: object, where: str) -> str:
    node = flow
    for part in re.findall(r"[^.\[\]]+", where):
        if isinstance(node, list):
            node = next(
                (n for n in node if isinstance(n, dict) and str(n.get("id")) == part),
                node[int(part)] if part.isdigit() and int(part) < len(node) else None,
            )
        elif isinstance(node, dict):
            node = node.get(part)
    return node.get("en", "") if isinstance(node, dict) else ""
