"""The triage page: what it counts, what it refuses, and how it behaves in a real browser."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from detector.app.cli import EXIT_ERROR, EXIT_USAGE, main
from detector.config import Settings
from detector.errors import InputError
from detector.modelling.model import default_model_dir
from detector.runs.batch import ScoreOptions, score_files
from detector.runs.report import ReportOptions, build_report, render_html, summarise
from detector.signals import get

from .. import webdriver
from ..scored_data import HOSTILE, MODEL_ID, THRESHOLD, write_rows, write_scored

BATCH = Path(__file__).resolve().parents[1] / "fixtures" / "batch"
ROWS = 10_000
TABLE_BANDS = ("very likely scam", "likely scam", "suspicious")


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    """A 10,000-row score output (JSONL) and its rows."""
    path = tmp_path_factory.mktemp("scored") / "scored.jsonl"
    return path, write_scored(path, ROWS)


def table_rows(rows: list[dict]) -> list[dict]:
    return [r for r in rows if r["band"] in TABLE_BANDS]


def test_counts_bands_histogram_and_threshold(scored: tuple[Path, list[dict]]) -> None:
    path, rows = scored
    triage = summarise([path])
    bands = Counter(r["band"] if not r["error"] else "failed" for r in rows)
    assert triage.total == ROWS
    assert triage.bands == {b: bands[b] for b in (*TABLE_BANDS, "probably fine", "failed")}
    assert list(triage.bands) == [*TABLE_BANDS, "probably fine", "failed"]
    assert triage.flagged == bands["very likely scam"] + bands["likely scam"]
    assert sum(triage.histogram) == sum(1 for r in rows if r["score"] is not None)
    assert triage.histogram[0] == sum(1 for r in rows if r["score"] is not None
                                      and r["score"] < 1 / len(triage.histogram))
    # Not scored by the bundled model: the threshold is inferred from the labels.
    legit = max(r["score"] for r in rows if r["label"] == "legit")
    scam = min(r["score"] for r in rows if r["label"] == "scam")
    assert triage.threshold == scam and legit < THRESHOLD <= scam
    assert "inferred from the label column" in triage.threshold_note
    assert triage.model_ids == (MODEL_ID,)
    # Failed rows' errors add up without their row numbers.
    assert triage.errors == (("no HTML (empty or missing)", bands["failed"]),)
    assert "no HTML (empty or missing)" in render_html(triage)
    assert triage.table_total == len(table_rows(rows)) == len(triage.rows)
    scores = [r[0] for r in triage.rows]
    assert scores == sorted(scores, reverse=True)


def test_most_common_reasons_count_flagged_rows_once(scored: tuple[Path, list[dict]]) -> None:
    path, rows = scored
    triage = summarise([path], ReportOptions(top_reasons=3))
    counts: Counter[str] = Counter()
    for r in rows:
        if r["band"] in ("very likely scam", "likely scam"):
            counts.update({item["signal"] for item in json.loads(r["reasons_json"])})
    assert [(c.signal, c.rows) for c in triage.reasons] == counts.most_common(3)
    # Worded as the signal's reason, not as one row's value.
    assert [c.label.lower() for c in triage.reasons] == [
        get(c.signal).reason.rstrip(".").lower() for c in triage.reasons]


def test_threshold_given_or_from_the_model_that_scored(tmp_path: Path,
                                                       scored: tuple[Path, list[dict]]) -> None:
    path, _ = scored
    assert summarise([path], ReportOptions(threshold=0.5)).threshold == 0.5
    # A real `detector score` output of the bundled model takes that model's threshold.
    out = tmp_path / "real.parquet"
    score_files([BATCH / "export.csv"], str(out), options=ScoreOptions(settings=Settings()),
                workers=1)
    triage = summarise([out])
    manifest = json.loads((default_model_dir() / "manifest.json").read_text())
    assert triage.threshold == manifest["threshold"]["probability"]
    assert manifest["model_id"] in triage.threshold_note
    assert triage.bands["failed"] == 1 and triage.total == 3
    assert [r[2] for r in triage.rows] == ["p1"]
    assert triage.rows[0][4] and all(isinstance(t, str) for t in triage.rows[0][4])


@pytest.mark.parametrize("name", ["scored.csv", "scored.csv.gz", "scored.parquet",
                                  "scored.jsonl.gz"])
def test_every_output_format_gives_the_same_page_data(tmp_path: Path, name: str,
                                                      scored: tuple[Path, list[dict]]) -> None:
    path, _ = scored
    other = tmp_path / name
    write_scored(other, ROWS)
    a, b = summarise([path]), summarise([other])
    assert (a.bands, a.histogram, a.reasons, a.rows) == (b.bands, b.histogram, b.reasons, b.rows)


def test_a_folder_of_part_files_is_one_report(tmp_path: Path) -> None:
    parts = tmp_path / "scored"
    parts.mkdir()
    one = write_scored(parts / "part-0.parquet", 300, seed=1, hostile=False)
    two = write_scored(parts / "part-1.parquet", 200, seed=2, hostile=False)
    triage = summarise([parts])
    assert triage.total == 500
    assert triage.table_total == len(table_rows(one + two))


def test_allowlisted_rows_are_not_flagged_and_blocklisted_ones_are(tmp_path: Path) -> None:
    path = tmp_path / "listed.jsonl"
    rows = write_scored(path, 400, seed=3, hostile=False)
    allowed = [r for r in rows if r["band"] == "very likely scam"][:4]
    blocked = [r for r in rows if r["band"] == "probably fine"][:3]
    for r in allowed:
        r.update(band="allowlisted (team.txt:3)", label="legit")
    for r in blocked:
        r.update(band="blocklisted (kits.txt:12)", label="scam")
    write_rows(path, rows)
    triage = summarise([path])
    flagged = sum(r["band"] in ("very likely scam", "likely scam") for r in rows)
    assert triage.bands["allowlisted"] == 4 and triage.bands["blocklisted"] == 3
    assert triage.flagged == flagged + 3
    ids = {r[2] for r in triage.rows}
    assert not ids & {r["id"] for r in allowed} and {r["id"] for r in blocked} <= ids
    assert '<option value="blocklisted">' in render_html(triage)


def test_the_table_is_capped_with_a_note(tmp_path: Path,
                                         scored: tuple[Path, list[dict]]) -> None:
    path, rows = scored
    out = tmp_path / "r.html"
    triage = build_report([path], out, ReportOptions(max_rows=50))
    assert len(triage.rows) == 50 and triage.table_total == len(table_rows(rows))
    assert triage.rows[-1][0] >= max(r[0] for r in summarise([path]).rows[50:])
    page = out.read_text()
    assert "holds the 50 highest-scoring of them" in page
    assert f'data-total="{triage.table_total}" data-shown="50"' in page


def test_the_page_is_self_contained_and_escapes_page_text(
        scored: tuple[Path, list[dict]]) -> None:
    path, _ = scored
    page = render_html(summarise([path]))
    # Nothing to fetch: no element that loads anything, no CSS or script that could, and a CSP
    # that forbids it anyway.
    tree = LexborHTMLParser(page)
    assert tree.css("[src], [href], link, iframe, object, embed, img, base") == []
    style, = (n.text() for n in tree.css("style"))
    assert not re.search(r"url\(|@import", style)
    code = tree.css("script")[1].text()
    assert not re.search(r"fetch|XMLHttpRequest|WebSocket|import\(|src|innerHTML|eval", code)
    csp = tree.css_first('meta[http-equiv="Content-Security-Policy"]').attributes["content"]
    assert csp and csp.startswith("default-src 'none'; script-src 'sha256-")
    # Hostile text cannot close the data block or add markup.
    assert page.count("</script") == 2
    assert page.lower().count("<script") == 2
    for ident, url, reason in HOSTILE:
        for text in (ident, url, reason):
            if "<" in text:
                assert text not in page


@pytest.mark.parametrize("name", ["empty.jsonl", "empty.csv", "empty.parquet"])
def test_an_empty_run_gives_an_empty_page(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    write_scored(path, 0, hostile=False)
    out = tmp_path / "r.html"
    triage = build_report([path], out)
    assert (triage.total, triage.bands, triage.rows, sum(triage.histogram)) == (0, {}, [], 0)
    assert "0 rows are flagged or suspicious." in out.read_text()


def test_refuses_what_is_not_a_score_output(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"export\.csv.*no score and band columns.*detector "
                                         r"score"):
        summarise([BATCH / "export.csv"])
    with pytest.raises(InputError, match="cannot tell the format"):
        summarise([Path(__file__)])
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match=r"holds no \.csv"):
        summarise([empty])
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"not parquet at all")
    with pytest.raises(InputError, match=r"cannot read .*broken\.parquet"):
        summarise([broken])


def test_cli_writes_the_page_and_reports_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                scored: tuple[Path, list[dict]]) -> None:
    path, rows = scored
    out = tmp_path / "report.html"
    main(["report", str(path), "-o", str(out), "--threshold", "0.4", "--title", "Run <42>"])
    err = capsys.readouterr().err
    flagged = sum(r["band"] in ("very likely scam", "likely scam") for r in rows)
    assert f"{ROWS:,} rows: {flagged:,} flagged" in err and str(out) in err
    page = out.read_text()
    assert "<title>Run &lt;42&gt;</title>" in page and "given with --threshold" in page
    with pytest.raises(SystemExit) as exc:
        main(["report", str(BATCH / "export.csv"), "-o", str(tmp_path / "x.html")])
    assert exc.value.code == EXIT_ERROR
    assert "no score and band columns" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["report", str(path), "-o", str(out), "--threshold", "2"])
    assert exc.value.code == EXIT_USAGE


# -- in a real browser -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Browser]:
    reason = webdriver.available()
    if reason:
        pytest.skip(reason)
    with webdriver.Browser() as b:
        yield b


def shown(b: webdriver.Browser, column: int) -> list[str]:
    return list(b.run(
        "var c = arguments[0]; return Array.from(document.querySelectorAll('#rows tbody tr'))"
        ".map(function (tr) { return tr.children[c].textContent; });", column))


def status(b: webdriver.Browser) -> str:
    return str(b.run("return document.getElementById('status').textContent;"))


def test_in_chromium_the_table_pages_sorts_and_filters(
        tmp_path: Path, browser: webdriver.Browser, scored: tuple[Path, list[dict]]) -> None:
    path, rows = scored
    out = tmp_path / "report.html"
    triage = build_report([path], out)
    expected = table_rows(rows)
    n = len(expected)
    browser.open(out.as_uri())

    # One page of 100 rows, out of every flagged and suspicious row; highest score first.
    assert len(shown(browser, 0)) == 100
    assert status(browser) == f"rows 1–100 of {n:,} · page 1 of {-(-n // 100)}"
    by_score = sorted(expected, key=lambda r: -r["score"])
    assert shown(browser, 0) == [f"{round(r['score'], 4):.3f}" for r in by_score[:100]]

    # Clicking a header sorts by it; clicking again reverses.
    browser.click('#rows th[data-col="0"]')
    assert shown(browser, 0) == [f"{round(r['score'], 4):.3f}" for r in by_score[::-1][:100]]
    browser.click('#rows th[data-col="2"]')
    ids = sorted((r["id"] for r in expected), key=str.lower)
    assert shown(browser, 2) == ids[:100]
    browser.click('#rows th[data-col="2"]')
    assert shown(browser, 2) == ids[::-1][:100]
    browser.click("#next")
    assert shown(browser, 2) == ids[::-1][100:200]
    browser.type('#rows th[data-col="0"]', "\ue007")  # Enter on a header sorts, as a click
    assert shown(browser, 0) == [f"{round(r['score'], 4):.3f}" for r in by_score[:100]]
    browser.click('#rows th[data-col="2"]')
    browser.click('#rows th[data-col="2"]')
    browser.click("#next")
    assert status(browser).startswith(f"rows 101–200 of {n:,}")

    # Typing filters on id, URL and reasons.
    browser.type("#filter", "FREE-robux-giveaway")
    match = sorted(r["id"] for r in expected if "free-robux-giveaway" in r["url"])
    assert 0 < len(match) < 100
    assert sorted(shown(browser, 2)) == match
    assert status(browser) == f"rows 1–{len(match)} of {len(match)} (filtered from {n:,}) · " \
                              "page 1 of 1"
    browser.clear("#filter")
    browser.click('#band option[value="suspicious"]')
    suspicious = sum(r["band"] == "suspicious" for r in expected)
    assert f" of {suspicious:,} (filtered from {n:,})" in status(browser)
    assert set(shown(browser, 1)) == {"suspicious"}
    browser.click('#band option[value=""]')

    # Hostile rows are text: nothing ran, no element was injected, javascript: is no link.
    browser.type("#filter", "pwned")
    assert len(shown(browser, 0)) == len(HOSTILE)
    state = browser.run("""
        return {pwned: window.__pwned === undefined ? null : window.__pwned,
                img: document.querySelectorAll('img, #rows svg').length,
                links: Array.from(document.querySelectorAll('#rows a')).map(a => a.href),
                resources: performance.getEntriesByType('resource').length};""")
    assert state == {"pwned": None, "img": 0, "links": [], "resources": 0}
    assert sorted(shown(browser, 2)) == sorted(h[0] for h in HOSTILE)
    browser.clear("#filter")
    assert status(browser).startswith(f"rows 1–100 of {n:,}")
    links = browser.run("return Array.from(document.querySelectorAll('#rows a'))"
                        ".map(a => a.getAttribute('href'));")
    assert links and all(link.startswith("https://") for link in links)

    assert len(triage.rows) == n
    browser.run("window.scrollTo(0, 0);")
    shot = browser.screenshot(tmp_path / "report.png")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    print(f"screenshot: {shot}")


def _local_imports(module: str) -> set[str]:
    """The ``detector`` modules ``module`` imports, at the top or inside functions."""
    import ast

    path = Path(__file__).resolve().parents[2] / "detector" / "runs" / f"{module}.py"
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize(("module", "may_not_import"), [
    ("report_read", {"report", "report_triage", "report_html", "report_assets"}),
    ("report_triage", {"report", "report_html", "report_assets"}),
    ("report_html", {"report", "report_read"}),
    ("report_assets", {"report", "report_read", "report_triage", "report_html"}),
])
def test_the_report_steps_flow_one_way(module: str, may_not_import: set[str]) -> None:
    # read -> triage -> html (+ assets) -> report: a step never reaches back to an earlier one.
    backwards = _local_imports(module) & may_not_import
    assert not backwards, f"detector/{module}.py imports {sorted(backwards)}"
