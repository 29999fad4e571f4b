"""The project's synthetic labelled pages (data/synthetic/pages.jsonl.gz): shape and determinism."""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "synthetic" / "pages.jsonl.gz"
GENERATOR = ROOT / "data" / "make_synthetic.py"
REQUIRED = ("id", "label", "kind", "group", "lang", "url", "page_created", "html")


def _load_generator():
    spec = importlib.util.spec_from_file_location("make_synthetic", GENERATOR)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up here
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    assert DATA.is_file(), f"{DATA} is missing; run: python data/make_synthetic.py"
    with gzip.open(DATA, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_file_exists_loads_and_is_small(rows: list[dict]) -> None:
    assert 1000 <= len(rows) <= 2500
    assert DATA.stat().st_size < 6_000_000


def test_every_row_has_required_fields_and_valid_values(rows: list[dict]) -> None:
    for r in rows:
        missing = [k for k in REQUIRED if k not in r]
        assert not missing, f"{r.get('id')}: missing {missing}"
        assert r["label"] in ("scam", "legit"), r["id"]
        for k in REQUIRED:
            assert isinstance(r[k], str), f"{r['id']}: {k} is not a string"
        assert r["id"] and r["kind"] and r["lang"], r["id"]
        assert r["group"].startswith("synth/"), r["id"]
        assert r["url"] == "" or re.match(r"^https?://", r["url"]), r["id"]
        if r["page_created"]:
            date.fromisoformat(r["page_created"])  # ISO date
        assert "<html" in r["html"][:400].lower() and len(r["html"]) > 200, r["id"]


def test_ids_unique(rows: list[dict]) -> None:
    dup = [i for i, n in Counter(r["id"] for r in rows).items() if n > 1]
    assert not dup, dup[:5]


def test_both_labels_with_several_groups_and_no_group_spans_labels(rows: list[dict]) -> None:
    groups: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        groups[r["label"]].add(r["group"])
    assert len(groups["scam"]) >= 5 and len(groups["legit"]) >= 5
    assert not groups["scam"] & groups["legit"], "a template family must carry one label"
    share = sum(r["label"] == "scam" for r in rows) / len(rows)
    assert 0.3 <= share <= 0.5
    assert len({r["lang"] for r in rows}) >= 10


def test_regeneration_is_byte_identical(tmp_path: Path) -> None:
    gen = _load_generator()
    out = tmp_path / "pages.jsonl.gz"
    assert gen.main(["--out", str(out), "--quiet"]) == 0
    assert out.read_bytes() == DATA.read_bytes(), (
        "data/synthetic/pages.jsonl.gz is stale or the generator is not deterministic; "
        "rerun python data/make_synthetic.py"
    )
