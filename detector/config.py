"""Defaults in one frozen place: flags override environment, environment overrides these."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import Any


@dataclass(frozen=True)
class Settings:
    """Limits and defaults shared by the library, the CLI and batch scoring."""

    #: Pages larger than this (bytes) are refused: real scam pages are small, and a cap keeps
    #: memory bounded in batch runs.
    max_page_bytes: int = 20_000_000
    #: Only the first N characters of visible text are phrase-matched: lures sit at the top,
    #: and matching is then bounded for 20 MB pages.
    max_text_chars: int = 1_000_000
    #: Reasons shown per verdict.
    top_reasons: int = 5
    #: Seconds a page may take to parse, estimated before parsing it (:mod:`detector.pages.budget`);
    #: a page over it gets an error naming what makes it slow, never a stall.
    page_seconds: float = 5.0

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        """Defaults, then ``DETECTOR_*`` environment variables, then explicit overrides."""
        base = cls()
        env: dict[str, Any] = {}
        for field in ("max_page_bytes", "max_text_chars", "top_reasons", "page_seconds"):
            raw = os.environ.get(f"DETECTOR_{field.upper()}")
            if raw is not None:
                kind = type(getattr(base, field))
                try:
                    env[field] = kind(raw)
                    if kind is float and not env[field] > 0:  # nan and 0 would refuse every page
                        raise ValueError(raw)
                except ValueError as exc:
                    from .errors import InputError

                    what = "a whole number" if kind is int else "a number of seconds above 0"
                    raise InputError(
                        f"environment variable DETECTOR_{field.upper()}={raw!r} is not "
                        f"{what}; set it to one or unset it"
                    ) from exc
        return replace(base, **env, **overrides)


DEFAULT_SETTINGS = Settings()

_DAY = 86400.0


@dataclass(frozen=True)
class NetDefaults:
    """Every network limit and timeout default, in one place (``detector.net`` reads these).

    The option objects of :mod:`detector.net.settings` (``FetchLimits``, ``WhoisSettings``,
    ``GatherOptions``) take their defaults from :data:`NET_DEFAULTS`, and so do the CLI flags,
    so a default is changed here and nowhere else.
    """

    #: Seconds to open a TCP/TLS connection.
    connect_timeout: float = 5.0
    #: Seconds without a single byte arriving.
    read_timeout: float = 10.0
    #: Seconds for one URL: page, privacy policy, domain age and parsing together
    #: (``check --timeout``); also the bound on one page fetch, redirects included.
    url_timeout: float = 20.0
    #: Bytes of decoded page body kept; the rest is not downloaded.
    max_page_bytes: int = 5_000_000
    max_redirects: int = 5
    #: URLs gathered at once (``check --concurrency``).
    concurrency: int = 4
    #: Seconds for one WHOIS exchange and for one RDAP fetch.
    whois_timeout: float = 10.0
    #: Bytes of WHOIS answer read at most; real records are a few kilobytes.
    whois_max_bytes: int = 256_000
    #: Bytes of RDAP JSON read at most.
    rdap_max_bytes: int = 1_000_000
    #: Seconds a domain-age answer is cached.
    whois_cache_ttl: float = 7 * _DAY
    #: Seconds a "no such domain" answer is cached (shorter: it may be registered soon).
    whois_negative_ttl: float = _DAY
    #: Seconds a WHOIS cache writer waits for another process holding the file.
    whois_cache_busy_timeout: float = 10.0


NET_DEFAULTS = NetDefaults()


def usable_cpus() -> int:
    """CPUs this process may run on (a container's or taskset's limit, not the machine's)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def band_for(probability: float, threshold: float) -> str:
    """The plain-words band for a calibrated scam probability, relative to the decision threshold.

    At or above the threshold the page is flagged; "very likely" needs 0.9 and the threshold.
    Below it, a page within a third of the threshold is "suspicious".
    """
    if probability >= max(0.9, threshold):
        return "very likely scam"
    if probability >= threshold:
        return "likely scam"
    if probability >= threshold / 3:
        return "suspicious"
    return "probably fine"
