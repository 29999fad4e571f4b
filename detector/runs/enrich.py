"""Network enrichment before scoring: domain age for batch records, looked up once per host.

Scoring workers do no network I/O: a batch run asks :class:`WhoisEnricher` for the WHOIS
facts of each chunk's records before the chunk goes to a worker, and the facts travel with the
records (``Record.whois``) into :func:`detector.input.pagebuild.build_page`. Each host is looked up
once per run (memo here, SQLite cache on disk shared across runs), platform hosts and IPs never
(the WHOIS client skips them), and after every look-up that reached the network the enricher
waits ``1/rate`` seconds, so a big export does not hammer registries.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from ..errors import DetectorError
from ..input.pagebuild import peek_url
from ..input.records import Record
from ..pages.domains import split_url


def whois_lookup() -> Callable[[str, Any], Any]:
    """The network layer's ``lookup_domain_detailed(domain, settings) -> DomainLookup``
    (imported on first use: batch runs without ``--whois`` never load the network code)."""
    from ..net import lookup_domain_detailed

    return lookup_domain_detailed


class WhoisEnricher:
    """Attaches WHOIS facts to records (``settings``: the network layer's WhoisSettings)."""

    def __init__(self, settings: Any, rate: float = 2.0, allow_any_path: bool = False,
                 lookup: Callable[[str, Any], Any] | None = None) -> None:
        self.settings = settings
        self.pause = 1.0 / max(rate, 1e-3)
        self.allow_any_path = allow_any_path
        self._lookup = lookup
        self._facts: dict[str, Any] = {}

    def facts_for(self, url: str) -> Any:
        """WHOIS facts for a URL's host (memoised, rate-limited), or None."""
        host = split_url(url)[0] if url else ""
        if not host:
            return None
        if host not in self._facts:
            lookup = self._lookup or whois_lookup()
            self._lookup = lookup
            try:
                found = lookup(host, self.settings)
            except DetectorError:
                found = None
            self._facts[host] = found.facts if found is not None else None
            if found is not None and not found.cached and not found.skipped:
                time.sleep(self.pause)
        return self._facts[host]

    def __call__(self, records: Sequence[Record]) -> list[Record]:
        """The records, each with its domain's facts attached (records with errors as given).

        A saved page's URL may be its ``saved from`` stamp: only the top of the file is read.
        """
        out = []
        for rec in records:
            if rec.error is not None:
                out.append(rec)
                continue
            facts = self.facts_for(peek_url(rec, self.allow_any_path))
            out.append(rec if facts is None else replace(rec, whois=facts))
        return out
