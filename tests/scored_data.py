"""Synthetic `detector score` outputs of any size, written by the detector's own result writer.

Scoring 10,000 real pages takes a minute; the triage page only reads the output, so the rows
are generated: scores from a mix like a real export's (most near 0, a tail of scams), bands from
:func:`detector.config.band_for`, reasons worded by the real signals, and a few hostile rows
(script in ids and reasons, ``javascript:`` URLs) that the page must show as text.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from detector.config import band_for
from detector.input.io import OUTPUT_COLUMNS, open_writer, output_format
from detector.signals import get

#: The threshold of the generated rows' (fictional) model.
THRESHOLD = 0.33
MODEL_ID = "model-synthetic0001"
#: Signals the generated reasons name, with a typical value.
REASON_SIGNALS = (
    ("text_free_caps_density", 4.2), ("engage_like_share_count", 2), ("text_urgency_count", 3),
    ("offers_human_verification_count", 1), ("text_impossible_offer_count", 4),
    ("survey_card_field_count", 1), ("url_suspicious_tld", 1), ("tells_red_flag_kinds", 6),
    ("crypto_doubling_count", 2), ("engage_tag_friends_count", 1),
)
HOSTILE = (
    ("<img src=x onerror=\"window.__pwned=1\">", "javascript:window.__pwned=2",
     "</script><script>window.__pwned=3</script>"),
    ("\"><svg onload=window.__pwned=4>", "JaVaScRiPt:alert(1)", "<!-- <script>x=1</script>"),
    ("evil&amp;id", "data:text/html,<script>window.__pwned=5</script>", "&lt;b&gt; & <b>bold</b>"),
)


def write_scored(path: Path, rows: int, seed: int = 0, hostile: bool = True) -> list[dict]:
    """Write ``rows`` scored rows to ``path`` (format from its name) and return them as dicts."""
    rng = random.Random(seed)
    out: list[dict] = []
    for i in range(rows):
        out.append(_row(rng, i))
    if hostile:
        for k, (ident, url, reason) in enumerate(HOSTILE):
            row = out[(k * 997 + 13) % rows]
            row.update(id=ident, url=url, score=0.95 - k * 0.01, label="scam",
                       band=band_for(0.95 - k * 0.01, THRESHOLD), error=None)
            items = [{"signal": "text_free_caps_density", "value": 3.0, "contribution": 0.9,
                      "text": reason}]
            row.update(reasons=reason, reasons_json=json.dumps(items, ensure_ascii=False))
    write_rows(path, out)
    return out


def write_rows(path: Path, rows: list[dict]) -> None:
    """Write row dicts with the detector's own result writer (format from the name)."""
    writer = open_writer(path, output_format(path))
    try:
        for start in range(0, len(rows), 2_000):
            writer.write([tuple(r.get(c) for c in OUTPUT_COLUMNS)
                          for r in rows[start:start + 2_000]])
    finally:
        writer.close()


def _row(rng: random.Random, i: int) -> dict:
    base = {"source": "exports/pages.csv", "row": i + 1, "id": f"p{i:06d}",
            "url": f"https://{_host(rng, i)}/{rng.choice(['claim', 'offer', 'home', 'news'])}",
            "model_id": MODEL_ID, "error": None, "score": None, "label": None, "band": None,
            "reasons": None, "reasons_json": None}
    if rng.random() < 0.01:
        base["error"] = f"exports/pages.csv: row {i + 1}: no HTML (empty or missing)"
        return base
    pick = rng.random()
    score = (rng.betavariate(1, 40) if pick < 0.8 else rng.uniform(0.11, 0.33) if pick < 0.9
             else rng.uniform(0.33, 1.0))
    band = band_for(score, THRESHOLD)
    base.update(score=score, label="scam" if score >= THRESHOLD else "legit", band=band)
    if band != "probably fine":
        chosen = rng.sample(REASON_SIGNALS, rng.randint(1, 5))
        items = [{"signal": name, "value": float(value), "contribution": round(1.5 - j * 0.2, 3),
                  "text": get(name).describe(float(value))} for j, (name, value) in
                 enumerate(chosen)]
        base.update(reasons="; ".join(it["text"] for it in items),
                    reasons_json=json.dumps(items, ensure_ascii=False))
    return base


def _host(rng: random.Random, i: int) -> str:
    if i % 50 == 7:
        return "free-robux-giveaway.example"
    words = ("shop", "news", "prize", "claim", "local", "garden", "crypto", "gift")
    return f"{rng.choice(words)}-{rng.choice(words)}{i % 300}.example"
