"""Domain-age cache: one SQLite file in the user's cache directory, one row per registered domain.

A WHOIS server answers slowly and rate-limits, and a domain's creation date does not change, so
answers are kept for a week (``WhoisSettings.cache_ttl``). "This domain is not registered"
answers are kept for a shorter time, because a scam domain may be registered tomorrow.

Location, first match wins: an explicit path, ``$DETECTOR_CACHE_DIR``, ``$XDG_CACHE_HOME/detector``,
``~/.cache/detector`` (``%LOCALAPPDATA%\\detector`` on Windows). The cache never raises: a
read-only or corrupt file only means every lookup goes to the network. Several threads and
processes may read and write one file at once (SQLite in WAL mode, writers wait their turn).
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..config import NET_DEFAULTS
from ..pages.page import WhoisFacts

__all__ = ["CACHE_FILE_NAME", "CachedLookup", "WhoisCache", "default_cache_dir"]

log = logging.getLogger(__name__)

CACHE_FILE_NAME = "whois.sqlite3"
# Bump when the row format changes; older files are then ignored instead of misread.
_SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS domain_age (
    domain     TEXT PRIMARY KEY,
    facts      TEXT,
    note       TEXT,
    stored_at  REAL NOT NULL,
    expires_at REAL NOT NULL
)
"""


def default_cache_dir() -> Path:
    """The directory the cache lives in when no explicit path is given."""
    explicit = os.environ.get("DETECTOR_CACHE_DIR")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    # The XDG spec says a relative value is invalid and must be ignored.
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "detector"
    if os.name == "nt" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "detector"
    return Path.home() / ".cache" / "detector"


@dataclass(frozen=True)
class CachedLookup:
    """A cached answer: WHOIS facts, or ``None`` with the reason no facts were found."""

    facts: WhoisFacts | None
    note: str | None
    stored_at: float


class WhoisCache:
    """Domain-age answers keyed by registered domain, with expiry.

    ``path`` may be a file (``age.db``) or a directory (then ``whois.sqlite3`` inside it);
    ``None`` means :func:`default_cache_dir`. A connection is opened per call, so one cache
    object is safe to share between threads and processes.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        base = Path(path).expanduser() if path is not None else default_cache_dir()
        # A name with an extension ("age.db") is a file; anything else is a directory.
        is_dir = path is None or base.is_dir() or not base.suffix
        self.path = base / CACHE_FILE_NAME if is_dir else base

    def get(self, domain: str, now: float | None = None) -> CachedLookup | None:
        """The unexpired answer for ``domain``, or ``None`` (also when the cache is unusable)."""
        if not self.path.exists():
            return None
        now = time.time() if now is None else now
        try:
            with closing(self._connect()) as db:
                row = db.execute(
                    "SELECT facts, note, stored_at FROM domain_age "
                    "WHERE domain = ? AND expires_at > ?",
                    (domain.lower(), now),
                ).fetchone()
        except (sqlite3.Error, OSError) as exc:
            log.debug("whois cache %s unreadable: %s", self.path, exc)
            return None
        if row is None:
            return None
        facts_json, note, stored_at = row
        try:
            facts = _facts_from_json(facts_json) if facts_json else None
        except (ValueError, TypeError, KeyError) as exc:
            log.debug("whois cache row for %s unreadable: %s", domain, exc)
            return None
        return CachedLookup(facts, note, float(stored_at))

    def put(
        self,
        domain: str,
        facts: WhoisFacts | None,
        note: str | None,
        ttl: float,
        now: float | None = None,
    ) -> None:
        """Store an answer for ``ttl`` seconds; failures are logged, never raised."""
        if ttl <= 0:
            return
        now = time.time() if now is None else now
        payload = _facts_to_json(facts) if facts is not None else None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            with closing(self._connect()) as db:
                db.execute(
                    "INSERT OR REPLACE INTO domain_age VALUES (?, ?, ?, ?, ?)",
                    (domain.lower(), payload, note, now, now + ttl),
                )
        except (sqlite3.Error, OSError) as exc:
            log.debug("whois cache %s not writable: %s", self.path, exc)

    def clear(self) -> None:
        """Forget every cached answer."""
        if not self.path.exists():
            return
        try:
            with closing(self._connect()) as db:
                db.execute("DELETE FROM domain_age")
        except (sqlite3.Error, OSError) as exc:
            log.debug("whois cache %s not writable: %s", self.path, exc)

    def _connect(self) -> sqlite3.Connection:
        # Autocommit, so each statement is its own short transaction. Batch workers and several
        # `detector` processes share the file: WAL lets readers go on while one writes, and the
        # busy timeout makes a writer wait its turn instead of failing with "database is locked".
        busy = NET_DEFAULTS.whois_cache_busy_timeout
        db = sqlite3.connect(self.path, timeout=busy, isolation_level=None)
        try:
            db.execute(f"PRAGMA busy_timeout = {int(busy * 1000)}")
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                # Another process may be switching it this instant, and SQLite answers "locked"
                # to that without waiting; this connection works in either mode.
                with suppress(sqlite3.OperationalError):
                    db.execute("PRAGMA journal_mode = WAL")
            if db.execute("PRAGMA user_version").fetchone()[0] != _SCHEMA_VERSION:
                self._migrate(db)
        except BaseException:
            db.close()
            raise
        return db

    @staticmethod
    def _migrate(db: sqlite3.Connection) -> None:
        # Two processes may both see an old or empty file; the write lock taken first makes the
        # second one see the first one's table instead of dropping it (and its new rows).
        db.execute("BEGIN IMMEDIATE")
        try:
            if db.execute("PRAGMA user_version").fetchone()[0] != _SCHEMA_VERSION:
                db.execute("DROP TABLE IF EXISTS domain_age")
                db.execute(_SCHEMA)
                db.execute(f"PRAGMA user_version = {_SCHEMA_VERSION}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise


def _facts_to_json(facts: WhoisFacts) -> str:
    return json.dumps({
        "domain": facts.domain,
        "created": facts.created.isoformat() if facts.created else None,
        "registrar": facts.registrar,
        "privacy_protected": facts.privacy_protected,
        "source": facts.source,
    })


def _facts_from_json(text: str) -> WhoisFacts:
    data: dict[str, Any] = json.loads(text)
    created = data.get("created")
    return WhoisFacts(
        domain=str(data["domain"]),
        created=datetime.fromisoformat(created) if created else None,
        registrar=data.get("registrar"),
        privacy_protected=data.get("privacy_protected"),
        source=str(data.get("source") or "whois"),
    )
