"""The WHOIS cache shared by several processes at once: no lost or corrupt answers, no errors."""

from __future__ import annotations

import multiprocessing
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from detector.net.whois_cache import WhoisCache
from detector.pages.page import WhoisFacts

WRITERS = 4
DOMAINS_EACH = 50
CREATED = datetime(2020, 1, 2, tzinfo=timezone.utc)


def _facts(domain: str) -> WhoisFacts:
    return WhoisFacts(domain, CREATED, f"registrar of {domain}", privacy_protected=True)


def _writer(path: str, worker: int, start: Any, out: Any) -> None:
    # Each process writes its own domains and one domain all of them share, reading every
    # answer back at once; all start together so that they also race to create the file.
    cache = WhoisCache(path)
    start.wait()
    missing = []
    for n in range(DOMAINS_EACH):
        domain = f"w{worker}-d{n}.com"
        cache.put(domain, _facts(domain), None, ttl=3600)
        cache.put("shared.com", _facts("shared.com"), f"from {worker}", ttl=3600)
        hit = cache.get(domain)
        if hit is None or hit.facts != _facts(domain):
            missing.append(domain)
        if cache.get("shared.com") is None:
            missing.append("shared.com")
    out.put((worker, missing))


def test_several_processes_write_and_read_one_cache_at_once(tmp_path: Path) -> None:
    path = str(tmp_path / "shared" / "whois.sqlite3")
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Barrier(WRITERS)
    out = ctx.Queue()
    procs = [ctx.Process(target=_writer, args=(path, w, start, out)) for w in range(WRITERS)]
    for p in procs:
        p.start()
    results = dict(out.get(timeout=120) for _ in procs)
    for p in procs:
        p.join(timeout=30)
        assert p.exitcode == 0  # no exception escaped a writer
    assert results == {w: [] for w in range(WRITERS)}  # every answer was readable at once
    cache = WhoisCache(path)
    for w in range(WRITERS):
        for n in range(DOMAINS_EACH):
            domain = f"w{w}-d{n}.com"
            hit = cache.get(domain)
            assert hit is not None and hit.facts == _facts(domain), domain
    shared = cache.get("shared.com")
    assert shared is not None and shared.note is not None and shared.note.startswith("from ")
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = db.execute("SELECT COUNT(*) FROM domain_age").fetchone()[0]
    assert rows == WRITERS * DOMAINS_EACH + 1


def test_a_second_process_migrating_late_keeps_the_first_ones_rows(tmp_path: Path) -> None:
    # Two processes open an old file at once and both see its old schema; the first one
    # migrates it and stores an answer before the second one gets to migrate.
    path = tmp_path / "whois.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE domain_age (domain TEXT)")  # schema version 0
    late = sqlite3.connect(path, isolation_level=None)
    assert late.execute("PRAGMA user_version").fetchone()[0] == 0
    first = WhoisCache(path)
    first.put("first.com", _facts("first.com"), None, ttl=3600)
    WhoisCache._migrate(late)  # what the late process does next with what it saw
    late.close()
    hit = WhoisCache(path).get("first.com")
    assert hit is not None and hit.facts == _facts("first.com")
