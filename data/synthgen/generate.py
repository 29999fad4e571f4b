"""Generate the project's synthetic labelled pages: ``data/synthetic/pages.jsonl.gz``.

Deterministic: every template family draws from its own ``random.Random`` seeded from
``SEED`` and the family name, nothing reads the clock, and the gzip header carries no
timestamp or file name, so ``python -m data.synthgen`` rewrites byte-identical output.

All pages are written by this project's templates (``data/synthgen/``); nothing is scraped or
copied. See ``data/README.md``.

Usage::

    python -m data.synthgen                 # from the repository root
    python -m data.synthgen --out /tmp/x.jsonl.gz --quiet
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html
import io
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import (
    crypto,
    games,
    legit_a,
    legit_b,
    legit_c,
    policies,
    scam_more,
    scam_web,
    social,
)
from .core import REF_DATE, Ctx, PageFields, seed_for

DATA = Path(__file__).resolve().parent.parent
SEED = 20261101
DEFAULT_OUT = DATA / "synthetic" / "pages.jsonl.gz"
# as_of: when the page was "observed"; ages (page_created) are measured from it, not from the
# day someone happens to train.
#: One output line: the fields below, all strings.
Row = dict[str, str]
FIELDS = ("id", "label", "kind", "group", "lang", "url", "page_created", "as_of", "html")

#: The template families: name, label, default kind, template function, page count and
#: language weights, one family per line (scam families first, then legit).
FAMILIES_FILE = Path(__file__).resolve().parent / "families.json"
#: The modules a family's ``template`` ("module.function") may name.
TEMPLATE_MODULES = {
    module.__name__.rsplit(".", 1)[1]: module
    for module in (crypto, games, legit_a, legit_b, legit_c, policies, scam_more, scam_web, social)
}
LABELS = ("scam", "legit")


@dataclass(frozen=True)
class Family:
    name: str  # group = "synth/" + name
    label: str  # "scam" | "legit"
    kind: str  # default kind (a template may override it per page)
    fn: Callable[[Ctx], PageFields]
    count: int
    #: language -> weight, in the order languages are drawn (the order is part of the seed)
    lang_weights: dict[str, float]


def load_families(path: Path = FAMILIES_FILE) -> tuple[Family, ...]:
    """The families of ``path``; a bad entry names itself and what to fix."""
    families = []
    for i, entry in enumerate(json.loads(path.read_text(encoding="utf-8"))):
        where = f"{path.name} entry {i} ({entry.get('name', '?')!r})"
        module_name, _, function_name = str(entry.get("template", "")).partition(".")
        fn = getattr(TEMPLATE_MODULES.get(module_name), function_name, None)
        if not callable(fn):
            raise ValueError(
                f"{where}: template {entry.get('template')!r} is not a function of "
                f"{', '.join(sorted(TEMPLATE_MODULES))}; write it as module.function"
            )
        if entry.get("label") not in LABELS:
            raise ValueError(f"{where}: label {entry.get('label')!r} is not scam or legit")
        families.append(
            Family(
                name=str(entry["name"]),
                label=str(entry["label"]),
                kind=str(entry["kind"]),
                fn=fn,
                count=int(entry["count"]),
                lang_weights=dict(entry["langs"]),
            )
        )
    return tuple(families)


FAMILIES = load_families()


def _pick_lang(rng: random.Random, weights: dict[str, float]) -> str:
    codes = list(weights)
    return rng.choices(codes, weights=[weights[c] for c in codes], k=1)[0]


_SCRIPT_STYLE = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")
_WS = re.compile(r"\s+")


def text_key(html_doc: str) -> str:
    """Hash of the visible text (scripts/styles/tags removed, whitespace collapsed, lowercased)."""
    text = html.unescape(_TAG.sub(" ", _SCRIPT_STYLE.sub(" ", html_doc)))
    return hashlib.sha1(_WS.sub(" ", text).strip().lower().encode("utf-8")).hexdigest()


def generate(families: Sequence[Family] = FAMILIES, seed: int = SEED) -> list[Row]:
    """All synthetic rows, in a fixed order.

    A page whose html or visible text equals an earlier page's is drawn again (same rng,
    so still deterministic): training pipelines drop such copies and near-empty variety
    would waste rows.
    """
    rows: list[Row] = []
    seen: set[str] = set()
    for fam in families:
        rng = random.Random(seed_for(seed, fam.name))
        for i in range(fam.count):
            for _attempt in range(20):
                lang = _pick_lang(rng, fam.lang_weights)
                ctx = Ctx(rng, lang)
                out = fam.fn(ctx)
                keys = {
                    "h:" + hashlib.sha1(out["html"].encode("utf-8")).hexdigest(),
                    "t:" + text_key(out["html"]),
                }
                if not keys & seen:
                    seen |= keys
                    break
            rows.append(
                {
                    "id": f"synth-{fam.name}-{i:04d}",
                    "label": fam.label,
                    "kind": out.get("kind") or fam.kind,
                    "group": f"synth/{fam.name}",
                    "lang": lang,
                    "url": out.get("url") or "",
                    "page_created": out.get("page_created") or "",
                    "as_of": REF_DATE.isoformat(),
                    "html": out["html"],
                }
            )
    return rows


def write(rows: Sequence[Row], out: Path) -> bytes:
    """Gzip JSONL with a fixed header (no mtime, no file name); returns the bytes written."""
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        for r in rows:
            gz.write(
                (json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False) + "\n").encode("utf-8")
            )
    data = buf.getvalue()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    return data


def stats(rows: Sequence[Row], size: int) -> str:
    """Markdown tables of counts (pasted into data/README.md)."""
    lines = []
    lab = Counter(r["label"] for r in rows)
    lines.append(
        f"Total pages: {len(rows)} (scam {lab['scam']}, legit {lab['legit']}; "
        f"{100 * lab['scam'] / max(1, len(rows)):.1f}% scam); "
        f"{len(set(r['group'] for r in rows))} groups; "
        f"gz size {size / 1e6:.2f} MB; reference date {REF_DATE.isoformat()}."
    )
    lines.append("")
    lines.append("| label | kind | group | pages | langs |")
    lines.append("|---|---|---|---:|---|")
    by_group: dict[tuple[str, str], list[Row]] = {}
    for r in rows:
        by_group.setdefault((r["label"], r["group"]), []).append(r)
    for (label, group), rs in by_group.items():
        kinds = ", ".join(
            f"{k} {v}" if len(Counter(x["kind"] for x in rs)) > 1 else k
            for k, v in Counter(x["kind"] for x in rs).most_common()
        )
        lc = ", ".join(
            f"{k} {v}"
            for k, v in sorted(
                Counter(x["lang"] for x in rs).items(), key=lambda kv: (-kv[1], kv[0])
            )
        )
        lines.append(f"| {label} | {kinds} | {group} | {len(rs)} | {lc} |")
    lines.append("")
    lines.append("| lang | scam | legit | total |")
    lines.append("|---|---:|---:|---:|")
    per_lang = Counter((r["lang"], r["label"]) for r in rows)
    for code in sorted(
        {r["lang"] for r in rows},
        key=lambda c: -(per_lang[(c, "scam")] + per_lang[(c, "legit")]),
    ):
        scam, legit = per_lang[(code, "scam")], per_lang[(code, "legit")]
        lines.append(f"| {code} | {scam} | {legit} | {scam + legit} |")
    lines.append("")
    lines.append("| label | with url | with page_created | median html chars | min | max |")
    lines.append("|---|---:|---:|---:|---:|---:|")
    for label in ("scam", "legit"):
        rs = [r for r in rows if r["label"] == label]
        ln = sorted(len(r["html"]) for r in rs)
        lines.append(
            f"| {label} | {sum(bool(r['url']) for r in rs)} | "
            f"{sum(bool(r['page_created']) for r in rs)} | "
            f"{ln[len(ln) // 2]} | {ln[0]} | {ln[-1]} |"
        )
    return "\n".join(lines)


def check(rows: Sequence[Row]) -> list[str]:
    """Problems that should never happen (duplicate ids, identical html or visible text)."""
    problems = []
    ids = Counter(r["id"] for r in rows)
    problems += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    hashes = Counter(hashlib.sha1(r["html"].encode("utf-8")).hexdigest() for r in rows)
    dup = sum(n - 1 for n in hashes.values() if n > 1)
    if dup:
        problems.append(f"{dup} pages have identical html to another page")
    texts = Counter(text_key(r["html"]) for r in rows)
    dup = sum(n - 1 for n in texts.values() if n > 1)
    if dup:
        problems.append(f"{dup} pages have the same visible text as another page")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help=f"output .jsonl.gz (default {DEFAULT_OUT})"
    )
    ap.add_argument(
        "--seed",
        type=int,
        default=SEED,
        help="base seed (default %(default)s; change only for experiments)",
    )
    ap.add_argument("--quiet", action="store_true", help="print nothing")
    args = ap.parse_args(argv)
    rows = generate(seed=args.seed)
    problems = check(rows)
    data = write(rows, args.out)
    if not args.quiet:
        print(stats(rows, len(data)))
        print(
            f"\nwrote {args.out} ({len(data):,} bytes, sha256 "
            f"{hashlib.sha256(data).hexdigest()[:16]}…)"
        )
        for prob in problems:
            print("WARNING:", prob, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
