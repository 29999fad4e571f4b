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
