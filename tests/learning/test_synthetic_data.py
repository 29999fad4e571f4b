"""The project's synthetic labelled pages (data/synthetic/pages.jsonl.gz): shape and determinism."""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data" / "synthetic" / "pages.jsonl.gz"
REQUIRED = ("id", "label", "kind", "group", "lang", "url", "page_created", "html")




@pytest.fixture(scope="module")
def rows() -> list[dict]:
    assert DATA.is_file(), f"{DATA} is missing; run: python -m data.synthgen"
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
    from data.synthgen import generate as gen

    out = tmp_path / "pages.jsonl.gz"
    assert gen.main(["--out", str(out), "--quiet"]) == 0
    assert out.read_bytes() == DATA.read_bytes(), (
        "data/synthetic/pages.jsonl.gz is stale or the generator is not deterministic; "
        "rerun python -m data.synthgen"
    )


# ---- the template wording: data/synthgen/templates/<family>/<lang>.json -------------------

TEMPLATES = ROOT / "data" / "synthgen" / "templates"
#: ISO 639-1 codes of the languages written, and ISO 639-2 "mul" for tables no language owns
#: (brand names, class maps, CSS words).
ISO_LANGS = ("en", "es", "pt", "fr", "de", "id", "hi", "ar", "vi", "tr", "ru")
NEUTRAL = "mul"
TABLE_NAME = re.compile(r"^_?[A-Z][A-Z0-9_]*$")


def _wording_files() -> list[Path]:
    return sorted(TEMPLATES.glob("*/*"))


def _shape(value: object) -> str:
    """The JSON shape of a value, e.g. ``list[str]`` or ``dict[str, list[str]]``."""
    if isinstance(value, list):
        inner = sorted({_shape(v) for v in value})
        return f"list[{'|'.join(inner)}]"
    if isinstance(value, dict):
        inner = sorted({_shape(v) for v in value.values()})
        return f"dict[{'|'.join(inner)}]"
    return type(value).__name__


def _empty_strings(value: object, where: str) -> list[str]:
    if isinstance(value, str):
        return [where] if value == "" else []
    if isinstance(value, list):
        return [e for i, v in enumerate(value) for e in _empty_strings(v, f"{where}[{i}]")]
    if isinstance(value, dict):
        return [e for k, v in value.items() for e in _empty_strings(v, f"{where}.{k}")]
    return []


def test_wording_files_are_named_by_family_and_iso_language() -> None:
    files = _wording_files()
    assert len(files) > 50, f"template wording missing under {TEMPLATES}"
    for path in files:
        assert path.suffix == ".json", f"{path}: only .json wording files belong here"
        assert path.stem in ISO_LANGS or path.stem == NEUTRAL, (
            f"{path}: name the file by ISO 639-1 code ({', '.join(ISO_LANGS)}) or {NEUTRAL}.json"
        )
        assert (ROOT / "data" / "synthgen" / f"{path.parent.name}.py").is_file(), (
            f"{path}: no template module data/synthgen/{path.parent.name}.py reads this family"
        )


@pytest.mark.parametrize("path", _wording_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_wording_file_parses_with_named_tables_and_no_empty_text(path: Path) -> None:
    tables = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(tables, dict) and tables, f"{path}: must be a non-empty JSON object"
    for name, value in tables.items():
        assert TABLE_NAME.match(name), f"{path}: table name {name!r} is not UPPER_SNAKE_CASE"
        assert isinstance(value, (str, int, list, dict)), f"{path}: {name} has type {type(value)}"
        if isinstance(value, (list, dict, str)):
            assert value, f"{path}: {name} is empty; leave the table out instead"
        blanks = _empty_strings(value, name)
        assert not blanks, f"{path}: empty text at {blanks[:3]}; leave the entry out instead"


def test_a_table_has_the_same_shape_in_every_language() -> None:
    """A table may be missing in a language (the family is not written in it), but where it
    exists it has the keys and JSON shape the family's code reads in every other language."""
    families = sorted({p.parent for p in _wording_files()})
    assert families
    for family in families:
        seen: dict[str, tuple[str, object]] = {}
        for path in sorted(family.glob("*.json")):
            if path.stem == NEUTRAL:
                continue
            for name, value in json.loads(path.read_text(encoding="utf-8")).items():
                first_lang, first = seen.setdefault(name, (path.stem, value))
                where = f"{family.name}/{path.name} {name} vs {first_lang}.json"
                if isinstance(first, dict) and isinstance(value, dict):
                    for key in set(first) & set(value):
                        assert _shape(value[key]) == _shape(first[key]) or "str" in (
                            _shape(value[key]), _shape(first[key])), f"{where}: {key} differs"
                else:
                    assert type(value) is type(first), f"{where}: {type(value).__name__}"


def test_the_old_script_path_still_runs_from_any_folder(tmp_path: Path) -> None:
    import subprocess
    import sys

    out = tmp_path / "pages.jsonl.gz"
    done = subprocess.run(
        [sys.executable, str(ROOT / "data" / "make_synthetic.py"), "--out", str(out), "--quiet"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert out.read_bytes() == DATA.read_bytes()


# ---- the family table: data/synthgen/families.json ----------------------------------------


def test_family_table_names_real_templates_iso_languages_and_positive_counts() -> None:
    from data.synthgen.generate import FAMILIES

    assert len(FAMILIES) >= 10
    names = [f.name for f in FAMILIES]
    assert len(names) == len(set(names)), "family names must be unique (they are the groups)"
    assert {f.label for f in FAMILIES} == {"scam", "legit"}
    for family in FAMILIES:
        assert re.fullmatch(r"[a-z0-9_]+", family.name), family.name
        assert family.count > 0 and family.lang_weights, family.name
        unknown = sorted(set(family.lang_weights) - set(ISO_LANGS))
        assert not unknown, f"{family.name}: languages {unknown} are not ISO codes we write"
        assert all(w > 0 for w in family.lang_weights.values()), family.name


def test_a_family_naming_a_missing_template_is_refused_by_name(tmp_path: Path) -> None:
    from data.synthgen.generate import load_families

    bad = tmp_path / "families.json"
    bad.write_text(json.dumps([{"name": "typo", "label": "scam", "kind": "x",
                                "template": "social.like_share_fb_postt", "count": 1,
                                "langs": {"en": 1}}]), encoding="utf-8")
    with pytest.raises(ValueError, match=r"typo.*social\.like_share_fb_postt.*module\.function"):
        load_families(bad)
