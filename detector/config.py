"""Defaults in one frozen place: flags override environment, environment overrides these."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace


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

    @classmethod
    def from_env(cls, **overrides: int) -> Settings:
        """Defaults, then ``DETECTOR_*`` environment variables, then explicit overrides."""
        base = cls()
        env: dict[str, int] = {}
        for field in ("max_page_bytes", "max_text_chars", "top_reasons"):
            raw = os.environ.get(f"DETECTOR_{field.upper()}")
            if raw is not None:
                try:
                    env[field] = int(raw)
                except ValueError as exc:
                    from .errors import InputError

                    raise InputError(
                        f"environment variable DETECTOR_{field.upper()}={raw!r} is not a whole "
                        "number; set it to an integer or unset it"
                    ) from exc
        return replace(base, **env, **overrides)


DEFAULT_SETTINGS = Settings()


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
