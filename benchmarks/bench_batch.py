"""Throughput and memory of batch scoring against bare HTML parsing.

Builds a realistic page export (generated pages of mixed sizes, 5 KB to 500 KB; when the real
corpus is present, half the pages are sampled from it), then measures on one core:

(a) bare parsing: selectolax ``LexborHTMLParser`` plus body-text extraction, the floor any
    HTML scorer pays;
(b) feature extraction: ``Page`` + the model's feature row (every signal, plus the wording
    score when the model has one: ``ModelBundle.row``);
(b') what a batch worker does per chunk (``ChunkScorer``): (b) plus one LightGBM call per
    chunk and reasons for all, flagged or no rows;

and end to end, as a user runs it:

(c) ``detector score EXPORT -o OUT.parquet`` in a subprocess, for the export and for one ten
    times larger, with peak memory of the scoring process and its workers (the sum of their
    RSS, polled from /proc, and the largest single process from ``getrusage``).

Usage::

    python benchmarks/bench_batch.py --pages 2000            # and 10x = 20,000 pages
    python benchmarks/bench_batch.py --pages 300 --no-corpus --workdir /tmp/bench

Prints a table; per-core figures divide by the number of worker processes. No timing is
asserted anywhere: this is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

CORPUS_PAGES = Path(os.environ.get("DETECTOR_CORPUS", Path(__file__).resolve().parents[2]
                                   / "shared" / "corpus")) / "pages"

# -- a realistic export --------------------------------------------------------------------------

WORDS = (
    "the", "of", "and", "to", "in", "is", "for", "on", "with", "as", "by", "at", "from", "that",
    "this", "be", "are", "was", "it", "or", "an", "have", "has", "new", "more", "about", "your",
    "our", "all", "can", "will", "one", "time", "page", "home", "news", "city", "local", "service",
    "online", "price", "order", "delivery", "product", "customer", "account", "support", "contact",
    "privacy", "policy", "terms", "help", "update", "report", "market", "school", "health",
    "travel", "season", "team", "match", "result", "video", "photo", "share", "community", "event",
    "weekend", "family", "garden", "recipe", "kitchen", "review", "guide", "best", "free",
    "shipping", "return", "payment", "secure", "store", "brand", "quality", "size", "colour",
    "stock", "offer", "sale", "member", "login",
)
LURES = (
    "Congratulations! You have been selected as today's lucky winner",
    "Claim your FREE iPhone 15 Pro now! Only 3 rewards left - offer expires in 10 minutes",
    "Complete a short survey and enter your email, phone number and card details to pay the "
    "small shipping fee",
    "Like and share this page with 10 friends to unlock your gift card",
    "Send 0.1 BTC and receive 0.2 BTC back instantly",
    "Free Robux generator, no human verification needed!",
)
SCRIPT = (
    "(function(w,d){var q=w.dataLayer=w.dataLayer||[];function t(){q.push(arguments)}"
    "t('js',new Date());t('config','G-{id}');var s=d.createElement('script');s.async=1;"
    "s.src='https://cdn.example.net/app.{id}.js';d.head.appendChild(s);}})(window,document);"
)


def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _section(rng: random.Random, scam: bool) -> str:
    kind = rng.random()
    if kind < 0.45:
        text = _words(rng, rng.randint(40, 160))
        if scam and rng.random() < 0.5:
            text += " " + rng.choice(LURES) + "."
        return f"<p class=\"c{rng.randint(1, 40)}\">{text.capitalize()}.</p>\n"
    if kind < 0.6:
        items = "".join(f"<li><a href=\"/{_words(rng, 1)}/{rng.randint(1, 9999)}\">"
                        f"{_words(rng, rng.randint(1, 4))}</a></li>" for _ in range(12))
        return f"<ul class=\"menu\">{items}</ul>\n"
    if kind < 0.7:
        rows = "".join(f"<tr><td>{_words(rng, 2)}</td><td>{rng.randint(1, 999)}.99</td></tr>"
                       for _ in range(10))
        return f"<table><tbody>{rows}</tbody></table>\n"
    if kind < 0.85:
        return f"<script>{SCRIPT.replace('{id}', str(rng.randint(10**5, 10**6))) * 8}</script>\n"
    if kind < 0.95:
        rules = "".join(f".c{i}{{margin:{i}px;color:#{rng.randint(0, 0xFFFFFF):06x}}}"
                        for i in range(40))
        return f"<style>{rules}</style>\n"
    fields = "".join(f"<label for=\"f{i}\">{_words(rng, 2)}</label><input id=\"f{i}\" "
                     f"name=\"{rng.choice(['email', 'phone', 'name', 'q', 'card'])}\">"
                     for i in range(4))
    return f"<form action=\"/submit\" method=\"post\">{fields}<button>Send</button></form>\n"


def generated_page(rng: random.Random, size: int, scam: bool) -> bytes:
    """A page of about ``size`` bytes: head, nav, sections of text/lists/tables/scripts/forms."""
    title = (rng.choice(LURES)[:60] if scam else _words(rng, 6)).title()
    head = (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}"
            f"</title><meta name=\"description\" content=\"{_words(rng, 20)}\">"
            f"<link rel=\"canonical\" href=\"https://site{rng.randint(1, 500)}.example/\">"
            "</head><body>\n")
    parts = [head, _section(rng, scam)]
    total = len(head)
    while total < size:
        part = _section(rng, scam)
        parts.append(part)
        total += len(part)
    parts.append("<footer><a href=\"/privacy\">Privacy policy</a></footer></body></html>")
    return "".join(parts).encode("utf-8")


def page_size(rng: random.Random) -> int:
    """Log-uniform between 5 KB and 500 KB (median about 50 KB, mean about 107 KB)."""
    return int(5_000 * 100 ** rng.random())


def corpus_sample(limit: int = 400) -> list[bytes]:
    """Real page bytes from the corpus, when it is present (never copied into the repo)."""
    if not CORPUS_PAGES.is_dir():
        return []
    files = sorted(CORPUS_PAGES.glob("*.html"))[:limit]
    return [f.read_bytes() for f in files if 2_000 <= f.stat().st_size <= 500_000]


def pages(n: int, seed: int, real: Sequence[bytes]) -> Iterator[bytes]:
    """``n`` pages: half sampled from ``real`` (when given), the rest generated."""
    rng = random.Random(seed)
    for _ in range(n):
        if real and rng.random() < 0.5:
            yield rng.choice(real)
        else:
            yield generated_page(rng, page_size(rng), scam=rng.random() < 0.2)


def write_export(path: Path, n: int, seed: int, real: Sequence[bytes]) -> tuple[int, int]:
    """A JSONL export (id, url, html); returns (pages, HTML bytes)."""
    total = 0
    with open(path, "w", encoding="utf-8") as fh:
        for i, html in enumerate(pages(n, seed, real)):
            total += len(html)
            fh.write(json.dumps({"id": i, "url": f"https://site{i % 997}.example/p/{i}",
                                 "html": html.decode("utf-8", "replace")}) + "\n")
    return n, total


# -- measurements ------------------------------------------------------------------------------

@dataclass
class Measure:
    what: str
    pages: int
    nbytes: int
    seconds: float
    cores: int = 1
    peak_rss_mb: float = float("nan")
    max_child_rss_mb: float = float("nan")

    def row(self) -> str:
        pps, mbs = self.pages / self.seconds, self.nbytes / 1e6 / self.seconds
        return (f"{self.what:<38} {self.pages:>7,} {self.nbytes / 1e6:>8.1f} "
                f"{self.seconds:>8.2f} {pps:>8.1f} {mbs:>7.1f} {pps / self.cores:>9.1f} "
                f"{mbs / self.cores:>7.1f} {self.peak_rss_mb:>9.0f} "
                f"{self.max_child_rss_mb:>9.0f}")


HEADER = (f"{'stage':<38} {'pages':>7} {'MB':>8} {'seconds':>8} {'pages/s':>8} {'MB/s':>7} "
          f"{'/core p/s':>9} {'MB/s':>7} {'tree RSS':>9} {'max proc':>9}")


def bare_parse(sample: Sequence[bytes]) -> Measure:
    from selectolax.lexbor import LexborHTMLParser

    started = time.perf_counter()
    for html in sample:
        tree = LexborHTMLParser(html)
        body = tree.body
        if body is not None:
            body.text(separator=" ", strip=True)
    return Measure("(a) bare parse: lexbor + body text", len(sample), sum(map(len, sample)),
                   time.perf_counter() - started)


def feature_extraction(sample: Sequence[bytes], model: Path | None) -> Measure:
    from detector import Page, load_model

    bundle = load_model(model)
    started = time.perf_counter()
    for html in sample:
        bundle.row(Page(html))
    return Measure("(b) Page + model's feature row", len(sample), sum(map(len, sample)),
                   time.perf_counter() - started)


def chunk_scoring(sample: Sequence[bytes], model: Path | None, reasons: str) -> Measure:
    """What ``detector score`` does per chunk, in-process: load, parse, extract, predict,
    explain (``--reasons``), build output rows."""
    from datetime import datetime, timezone

    from detector import load_model
    from detector.input.io import Record
    from detector.runs.batch import ChunkScorer, ScoreOptions

    scorer = ChunkScorer(load_model(model), ScoreOptions(
        reasons=reasons, as_of=datetime(2026, 1, 1, tzinfo=timezone.utc)))  # type: ignore[arg-type]
    records = [Record("bench", i, html=h, size=len(h)) for i, h in enumerate(sample)]
    started = time.perf_counter()
    for i in range(0, len(records), 200):
        scorer.score(records[i:i + 200])
    return Measure(f"(b') ChunkScorer --reasons {reasons}", len(sample),
                   sum(map(len, sample)), time.perf_counter() - started)


def stage_breakdown(sample: Sequence[bytes], model: Path | None) -> list[tuple[str, float]]:
    """Milliseconds per page of each step of a feature row, in the order a row runs them.

    A cached helper (the phrase scan, word counts) is charged to the step that first needs
    it; signals are grouped by family module. For seeing where the time goes, not a target.
    """
    from collections import Counter

    import numpy as np

    from detector import Page, load_model
    from detector.signals import patterns

    bundle = load_model(model)
    sigs = bundle.signals()
    spent: Counter[str] = Counter()
    rows = []
    clock = time.perf_counter
    for html in sample:
        page = Page(html)
        t0 = clock()
        _ = page.html_text
        t1 = clock()
        _ = page.views
        t2 = clock()
        _ = page.norm_text, page.word_counts
        t3 = clock()
        patterns.scan(page)
        t4 = clock()
        spent["decode bytes"] += t1 - t0
        spent["parse + views (links, forms, text)"] += t2 - t1
        spent["text: join, normalise, count words"] += t3 - t2
        spent["phrase scan (one automaton pass)"] += t4 - t3
        for sig in sigs:
            a = clock()
            sig(page)
            spent[f"signals: {sig.func.__module__.rsplit('.', 1)[-1]}"] += clock() - a
        if bundle.text_model is not None:
            a = clock()
            bundle.text_model.score_page(page)
            spent["wording model"] += clock() - a
        rows.append(bundle.row(page))
    x = np.vstack(rows)
    a = clock()
    bundle.calibration.probability(bundle.raw_score(x))
    spent["LightGBM + calibration (one call)"] += clock() - a
    return [(k, v / len(sample) * 1000) for k, v in spent.most_common()]


def _tree_rss_kb(root: int) -> int:
    """Sum of VmRSS over ``root`` and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            with open(f"/proc/{pid}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total


def end_to_end(export: Path, pages_n: int, nbytes: int, workers: int, out: Path,
               extra: Sequence[str] = (), label: str = "", model: Path | None = None
               ) -> Measure:
    cmd = [sys.executable, "-m", "detector", "score", str(export), "-o", str(out),
           "--workers", str(workers), "--quiet", "--as-of", "2026-01-01", *extra]
    if model is not None:
        cmd += ["--model", str(model)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    proc = subprocess.Popen(cmd)
    peak = 0
    stop = threading.Event()

    def poll() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_rss_kb(proc.pid))
            stop.wait(0.05)

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    code = proc.wait()
    seconds = time.perf_counter() - started
    stop.set()
    poller.join()
    if code != 0:
        raise SystemExit(f"{' '.join(cmd)} exited with {code}")
    child_max = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    what = label or f"(c) detector score --workers {workers}"
    return Measure(what, pages_n, nbytes, seconds, cores=workers, peak_rss_mb=peak / 1024,
                   max_child_rss_mb=(child_max if child_max > before else float("nan")) / 1024)


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=2000, help="pages in the small export")
    ap.add_argument("--scale", type=int, default=10, help="the large export is this many times "
                    "the small one (0: skip it)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--sample", type=int, default=600,
                    help="pages measured in-process for (a) and (b)")
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs of each in-process stage; the fastest is shown")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/detector-bench"))
    ap.add_argument("--model", type=Path, default=None,
                    help="model directory (default: the bundled model)")
    ap.add_argument("--no-corpus", action="store_true", help="generated pages only")
    ap.add_argument("--reasons-modes", action="store_true",
                    help="also time end to end --reasons all and none, and --workers 1")
    args = ap.parse_args(argv)

    args.workdir.mkdir(parents=True, exist_ok=True)
    real = [] if args.no_corpus else corpus_sample()
    small = args.workdir / f"export-{args.pages}.jsonl"
    n, nbytes = write_export(small, args.pages, seed=1, real=real)
    print(f"export: {n:,} pages, {nbytes / 1e6:.1f} MB of HTML "
          f"({'half sampled from the corpus, half generated' if real else 'generated'}), "
          f"{small.stat().st_size / 1e6:.1f} MB JSONL; {os.cpu_count()} cores, "
          f"{args.workers} workers", flush=True)

    sample = list(pages(min(args.sample, args.pages), seed=1, real=real))
    # In-process stages: best of --repeat runs, as other load on the machine only slows.
    stages: list[Callable[[], Measure]] = [
        partial(bare_parse, sample), partial(feature_extraction, sample, args.model),
        *(partial(chunk_scoring, sample, args.model, mode)
          for mode in ("none", "flagged", "all"))]
    results = [min((stage() for _ in range(args.repeat)), key=lambda m: m.seconds)
               for stage in stages]
    out = args.workdir / "out.parquet"
    results.append(end_to_end(small, n, nbytes, args.workers, out, model=args.model))
    if args.reasons_modes:
        for mode in ("all", "none"):
            results.append(end_to_end(small, n, nbytes, args.workers, out, ["--reasons", mode],
                                      f"(c) --workers {args.workers} --reasons {mode}",
                                      model=args.model))
        results.append(end_to_end(small, n, nbytes, 1, out, model=args.model))
    if args.scale:
        big = args.workdir / f"export-{args.pages * args.scale}.jsonl"
        bn, bbytes = write_export(big, args.pages * args.scale, seed=1, real=real)
        results.append(end_to_end(big, bn, bbytes, args.workers, out,
                                  label=f"(c) detector score --workers {args.workers}, x"
                                        f"{args.scale}", model=args.model))
        big.unlink()

    print(HEADER)
    for m in results:
        print(m.row())
    breakdown = stage_breakdown(sample, args.model)
    total = sum(ms for _, ms in breakdown)
    print(f"\nwhere a feature row's time goes ({len(sample)} pages, ms per page; "
          f"bare parse: {results[0].seconds / results[0].pages * 1000:.3f}):")
    for what, ms in breakdown:
        print(f"  {what:<40} {ms:7.3f}  {ms / total:6.1%}")
    print(f"  {'total':<40} {total:7.3f}")
    parse, e2e = results[0], results[5]
    ratio = (e2e.nbytes / e2e.seconds / e2e.cores) / (parse.nbytes / parse.seconds)
    print(f"end-to-end per core / bare parse: {ratio:.3f} (target >= 0.5)")
    if args.scale:
        large = results[-1]
        print(f"x{args.scale} input: time x{large.seconds / e2e.seconds:.2f}, "
              f"peak tree RSS x{large.peak_rss_mb / e2e.peak_rss_mb:.2f} (target <= 1.2)")


if __name__ == "__main__":
    main()
