"""The template wording: ``templates/<family>/<lang>.json``, one file per family and language.

Text is data, so a translator edits JSON, not Python, and ``tests/test_synthetic_data.py``
checks every file against one schema.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

TEMPLATES = Path(__file__).resolve().parent / "templates"

#: Languages the templates are written in (ISO 639-1), in the order tables are built.
LANGS = ("en", "es", "pt", "fr", "de", "id", "hi", "ar", "vi", "tr", "ru")


def wording(family: str) -> dict[str, dict[str, Any]]:
    """Every table of one family as ``{table: {lang: value}}``, languages in ``LANGS`` order."""
    folder = TEMPLATES / family
    if not folder.is_dir():
        raise FileNotFoundError(f"no template wording for family {family!r}: {folder} is missing")
    tables: dict[str, dict[str, Any]] = {}
    for lang in LANGS:
        path = folder / f"{lang}.json"
        if path.is_file():
            for name, value in json.loads(path.read_text(encoding="utf-8")).items():
                tables.setdefault(name, {})[lang] = value
    return tables


def neutral(family: str) -> dict[str, Any]:
    """The family's tables that no language owns (brand names, class maps, CSS words):
    ``templates/<family>/mul.json``, ``mul`` being ISO 639-2's code for "multiple languages"."""
    path = TEMPLATES / family / "mul.json"
    if not path.is_file():
        raise FileNotFoundError(
            f"no language-neutral tables for family {family!r}: {path} is missing"
        )
    tables: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return tables
