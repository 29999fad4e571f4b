"""Rendering a :class:`~detector.runs.report_triage.Triage` as one self-contained HTML page.

Everything from scored pages (URLs, ids, reasons quoting page words) is hostile: it is escaped
in the HTML, embedded as JSON that cannot close its ``<script>`` element, and the page's
Content-Security-Policy allows only its own script and style, by hash.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math

from ..config import band_for
from .report_assets import SCRIPT, STYLE
from .report_triage import FAILED, TABLE_BANDS, Triage

_COLOURS = {"very likely scam": "#b3261e", "likely scam": "#e4572e", "suspicious": "#f2a541",
            "probably fine": "#4c9a5b", FAILED: "#777777", "blocklisted": "#7a1b14",
            "allowlisted": "#2f6f9f"}


def render_html(triage: Triage) -> str:
    """The self-contained page (no network requests: inline CSS, JS and SVG)."""
    e = html.escape
    data = json.dumps(triage.rows, ensure_ascii=False, separators=(",", ":"))
    # In a <script> element only "</" can end it early; escaping every "<", ">" and "&" keeps
    # hostile text from closing it or starting a comment, and JSON.parse reads them back.
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    script, style = SCRIPT, STYLE
    csp = ("default-src 'none'; "
           f"script-src '{_sha256(script)}'; style-src '{_sha256(style)}'; img-src data:; "
           "base-uri 'none'; form-action 'none'")
    shown = len(triage.rows)
    cap_note = (f" The table holds the {shown:,} highest-scoring of them (raise the cap with "
                "--max-rows)." if shown < triage.table_total else "")
    band_options = "".join(f'<option value="{e(b)}">{e(b)}</option>'
                           for b in (*TABLE_BANDS, "blocklisted") if triage.bands.get(b))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{e(csp)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(triage.title)}</title>
<style>{style}</style>
</head>
<body data-page-size="{int(triage.page_size)}">
<header>
<h1>{e(triage.title)}</h1>
<p class="meta">{triage.total:,} rows from {e(", ".join(triage.sources))}
{("· model " + e(", ".join(triage.model_ids))) if triage.model_ids else ""}</p>
</header>
<section class="cards" id="bands">{_band_cards(triage)}</section>
<section class="panels">
<div class="panel"><h2>Scores</h2>{_histogram_svg(triage)}
<p class="note">Threshold: {e(triage.threshold_note)}.</p>{_errors_list(triage)}</div>
<div class="panel"><h2>Most common reasons among the {triage.flagged:,} flagged rows</h2>
{_reasons_table(triage)}</div>
</section>
<section class="panel" id="triage">
<h2>Flagged and suspicious rows</h2>
<p class="note" id="cap-note" data-total="{triage.table_total}" data-shown="{shown}">
{triage.table_total:,} rows are flagged or suspicious.{e(cap_note)}</p>
<div class="controls">
<input id="filter" type="search" placeholder="Filter by id, URL or reason" aria-label="Filter">
<select id="band" aria-label="Band"><option value="">all bands</option>{band_options}</select>
<button id="prev" type="button">&larr; previous</button>
<span id="status" role="status"></span>
<button id="next" type="button">next &rarr;</button>
</div>
<table id="rows">
<thead><tr><th data-col="0" aria-sort="descending">score</th><th data-col="1">band</th>
<th data-col="2">id</th><th data-col="3">URL</th><th data-col="4">reasons</th>
<th data-col="5">where</th></tr></thead>
<tbody></tbody>
</table>
<noscript><p>The table needs JavaScript; the counts above do not.</p></noscript>
</section>
<script type="application/json" id="rows-data">{data}</script>
<script>{script}</script>
</body>
</html>
"""


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def _band_cards(triage: Triage) -> str:
    e = html.escape
    cards = [f'<div class="card"><span class="n">{triage.total:,}</span>'
             f'<span class="what">rows</span></div>',
             f'<div class="card flagged"><span class="n">{triage.flagged:,}</span>'
             f'<span class="what">flagged</span></div>']
    for band, n in triage.bands.items():
        share = n / triage.total if triage.total else 0.0
        colour = _COLOURS.get(band, "#5b6b7b")
        cards.append(f'<div class="card" data-band="{e(band)}"><svg width="10" height="10">'
                     f'<rect width="10" height="10" fill="{colour}"/></svg>'
                     f'<span class="n">{n:,}</span><span class="what">{e(band)} '
                     f'({share:.1%})</span></div>')
    return "".join(cards)


def _histogram_svg(triage: Triage) -> str:
    """Bars on a log scale (most rows sit near 0), coloured by band, with the threshold."""
    width, height, left, bottom, top = 560, 220, 44, 28, 14
    plot_w, plot_h = width - left - 10, height - bottom - top
    counts = triage.histogram
    peak = max(counts, default=0)
    scale = math.log10(peak + 1) or 1.0
    n = len(counts)
    t = triage.threshold
    parts = [f'<svg id="histogram" viewBox="0 0 {width} {height}" width="100%" role="img" '
             f'aria-label="histogram of scores">']
    for i, c in enumerate(counts):
        lo, hi = i / n, (i + 1) / n
        bar_h = plot_h * math.log10(c + 1) / scale if c else 0.0
        # A bar takes the band of the scores just under its upper edge (the one band rule).
        band = "probably fine" if t is None else band_for(math.nextafter(hi, 0.0), t)
        x = left + plot_w * lo
        parts.append(f'<rect x="{x:.1f}" y="{top + plot_h - bar_h:.1f}" '
                     f'width="{max(plot_w / n - 1, 0.5):.1f}" height="{bar_h:.1f}" '
                     f'fill="{_COLOURS[band]}"><title>{lo:.2f}–{hi:.2f}: {c:,} rows</title>'
                     f'</rect>')
    base = top + plot_h
    parts.append(f'<line x1="{left}" y1="{base}" x2="{left + plot_w}" y2="{base}" '
                 f'stroke="#333"/>')
    for tick in (0.0, 0.25, 0.5, 0.75, 1.0):
        x = left + plot_w * tick
        parts.append(f'<text x="{x:.1f}" y="{base + 16}" text-anchor="middle">{tick:g}</text>')
    for c in sorted({1, 10, 100, 1_000, 10_000, 100_000, 1_000_000}):
        if c > peak:
            break
        y = base - plot_h * math.log10(c + 1) / scale
        parts.append(f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end">{c:,}</text>')
    parts.append(f'<text x="{left}" y="{top - 3}" class="axis">rows (log scale)</text>')
    if t is not None and math.isfinite(t):
        x = left + plot_w * min(max(t, 0.0), 1.0)
        parts.append(f'<line id="threshold" x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{base}" '
                     f'stroke="#111" stroke-dasharray="4 3"/><text x="{x + 4:.1f}" '
                     f'y="{top + 10}">flagged at {t:.2f}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _errors_list(triage: Triage) -> str:
    e = html.escape
    failed = triage.bands.get(FAILED, 0)
    if not failed:
        return ""
    items = "".join(f'<li><span class="num">{n:,}</span> {e(text)}</li>'
                    for text, n in triage.errors)
    return (f'<h2 class="errors">{failed:,} rows could not be scored</h2>'
            f'<ul id="errors">{items}</ul><p class="note">Each has its reason in the output\'s '
            "error column.</p>")


def _reasons_table(triage: Triage) -> str:
    e = html.escape
    if not triage.reasons:
        return '<p class="note">No flagged row gives a reason.</p>'
    lines = ['<table id="reasons"><thead><tr><th>rows</th><th>share</th><th>reason</th></tr>'
             "</thead><tbody>"]
    for r in triage.reasons:
        share = r.rows / triage.flagged if triage.flagged else 0.0
        lines.append(f'<tr><td class="num">{r.rows:,}</td><td class="num">{share:.0%}</td>'
                     f'<td title="e.g. {e(r.example)}">{e(r.label)}</td></tr>')
    lines.append("</tbody></table>")
    return "".join(lines)
