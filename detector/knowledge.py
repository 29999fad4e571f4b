"""Knowledge components: evidence the corpus cannot teach, added to the trees' log-odds.

The real-page corpus carries no page creation dates and no WHOIS facts, so trees trained on it
can never learn that a page made days ago, or a domain registered weeks ago, is more likely a
scam. That knowledge comes from other real data and enters the model as a documented additive
term in log-odds, with its own reason:

* **domain age** — the log likelihood ratio of "malicious" by WHOIS domain age, measured on
  11,430 real URLs (Hannousse & Yahiouche, "Web page phishing detection", Mendeley Data 2021,
  CC BY 4.0; ``../shared/data/domain_age``): among 9,593 domains with a known age, under 30 days
  132 phishing against 0 legitimate, 30 days to 2 years 675 against 43, 2-5 years 681 against
  205, 5-10 years 896 against 727, 10-20 years 1,881 against 2,345, over 20 years 456 against
  1,552 (add-one smoothing, adjacent bins pooled until the curve falls with age). Phishing is a
  proxy for giveaway scams, not a sample of them, so half of each measured log ratio is used,
  clipped to [-1, 2.5].
* **page age** — the same curve applied to the page's own creation date (a social page, a
  post), but only when the page shows at least one kind of scam tell (``tells_red_flag_kinds``
  >= 1: a something-for-nothing promise, an ask for shares, data or a fee, pressure): a new page
  is ordinary, a new page that hands out iPhones for shares is the pattern of a giveaway scam.

No date, no effect: an unknown age adds 0. The table is stored in the model's manifest, so a
model scores the same whatever version of this module reads it.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

VERSION = 1
DOMAIN_FEATURE = "age_domain_days"
PAGE_FEATURE = "age_page_days"
PROMISE_FEATURE = "tells_red_flag_kinds"
#: Upper bounds (days) of the age bins, and the log-odds each bin adds (one more than bounds).
AGE_BOUNDS_DAYS: tuple[float, ...] = (30, 730, 1825, 3650, 7300)
AGE_LOG_ODDS: tuple[float, ...] = (2.46, 1.38, 0.62, 0.12, -0.10, -0.60)
SOURCE = ("half the log likelihood ratio of phishing by WHOIS domain age on 9,593 real domains "
          "(Hannousse & Yahiouche 2021, Mendeley Data, CC BY 4.0), clipped to [-1, 2.5]")


@dataclass(frozen=True)
class AgePrior:
    """The age curve of a model: log-odds added per age bin."""

    bounds_days: tuple[float, ...] = AGE_BOUNDS_DAYS
    log_odds: tuple[float, ...] = AGE_LOG_ODDS

    def __call__(self, days: float) -> float:
        """Log-odds for an age in days; 0 when the age is unknown."""
        if days is None or math.isnan(days):
            return 0.0
        return self.log_odds[bisect_right(self.bounds_days, days)]

    def offsets(self, x: np.ndarray, names: Sequence[str]) -> np.ndarray:
        """Per-row, per-column log-odds this prior adds (zeros where it does not apply)."""
        out = np.zeros_like(x, dtype=np.float64)
        col = {n: i for i, n in enumerate(names)}
        if DOMAIN_FEATURE in col:
            j = col[DOMAIN_FEATURE]
            out[:, j] = [self(v) for v in x[:, j].tolist()]
        if PAGE_FEATURE in col and PROMISE_FEATURE in col:
            j, k = col[PAGE_FEATURE], col[PROMISE_FEATURE]
            out[:, j] = [self(v) if p >= 1 else 0.0
                         for v, p in zip(x[:, j].tolist(), x[:, k].tolist(), strict=True)]
        return out

    def to_json(self) -> dict[str, Any]:
        """Manifest form."""
        return {"kind": "age_prior", "version": VERSION, "bounds_days": list(self.bounds_days),
                "log_odds": list(self.log_odds), "applies_to": [DOMAIN_FEATURE, PAGE_FEATURE],
                "page_age_needs": f"{PROMISE_FEATURE} >= 1", "source": SOURCE}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AgePrior:
        """Rebuild from :meth:`to_json` output."""
        bounds = tuple(float(b) for b in data["bounds_days"])
        odds = tuple(float(v) for v in data["log_odds"])
        if data.get("version") != VERSION or len(odds) != len(bounds) + 1:
            raise ValueError(f"age prior of version {data.get('version')!r} with "
                             f"{len(bounds)} bounds and {len(odds)} values")
        return cls(bounds, odds)
