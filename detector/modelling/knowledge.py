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

No date, no effect: an unknown age adds 0.

Two tells of the seed cannot be learned from the corpus either, and enter as **rules** set by
hand (not estimated: no labelled data of reach has them; each is bounded so that it can tip a
borderline page, never make a verdict alone), and only on pages that *promise* something for
nothing (``tells_promise_kinds`` >= 1), where they are the pattern of a survey scam:

* **a data grab**: a form asking both the date of birth and the home address, +0.8. In the
  714-page corpus 1 scam and 1 legitimate page (a landing page) make a promise and ask both;
  real sweepstakes entry forms ask them too, hence the small weight.
* **a policy that sells your data and changes without notice**: the linked privacy policy (or
  the page's own terms) lets it sell or hand personal data to third parties *and* change the
  terms at any time without notice, +1.0; selling alone +0.4. In the corpus no scam page
  carries such terms (policies are rarely saved with a kit) and 2 legitimate pages that make
  a promise do (contest rules, a privacy policy), so the trees could only learn the opposite.

The tables are stored in the model's manifest, so a model scores the same whatever version of
this module reads it.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

VERSION = 1
RULES_VERSION = 1
DOMAIN_FEATURE = "age_domain_days"
PAGE_FEATURE = "age_page_days"
PROMISE_FEATURE = "tells_red_flag_kinds"
#: The rules' gate: pages that promise something for nothing.
OFFER_FEATURE = "tells_promise_kinds"
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


@dataclass(frozen=True)
class Rule:
    """Log-odds added when every named feature is at least its minimum (NaN never qualifies).

    The log-odds count as the contribution of ``feature`` in a verdict's reasons.
    """

    name: str
    feature: str
    needs: tuple[tuple[str, float], ...]
    log_odds: float
    why: str
    #: Features that must be below their value (unknown counts as absent).
    unless: tuple[tuple[str, float], ...] = ()

    def applies(self, x: np.ndarray, col: dict[str, int]) -> np.ndarray:
        """Per-row: does the rule fire? (False when a needed column is absent.)"""
        if self.feature not in col or any(n not in col for n, _ in self.needs):
            return np.zeros(len(x), dtype=bool)
        ok = np.ones(len(x), dtype=bool)
        with np.errstate(invalid="ignore"):
            for name, minimum in self.needs:
                ok &= x[:, col[name]] >= minimum
            for name, limit in self.unless:
                if name in col:
                    ok &= ~(x[:, col[name]] >= limit)
        return ok

    def to_json(self) -> dict[str, Any]:
        """Manifest form."""
        return {"name": self.name, "feature": self.feature,
                "needs": [[n, m] for n, m in self.needs], "log_odds": self.log_odds,
                "why": self.why, "unless": [[n, m] for n, m in self.unless]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Rule:
        """Rebuild from :meth:`to_json` output."""
        return cls(str(data["name"]), str(data["feature"]),
                   tuple((str(n), float(m)) for n, m in data["needs"]),
                   float(data["log_odds"]), str(data.get("why", "")),
                   tuple((str(n), float(m)) for n, m in data.get("unless", [])))


_OFFER = (OFFER_FEATURE, 1.0)
#: "We do not sell your personal information" also reads as a selling clause to a phrase
#: count; a policy that promises not to sell is not held against the page.
_KEEPS = (("privacy_no_sell_count", 1.0),)
#: Hand-set rules (see the module docstring): most specific first; one rule per feature fires.
DEFAULT_RULES: tuple[Rule, ...] = (
    Rule("data_grab", "survey_dob_field_count",
         (_OFFER, ("survey_dob_field_count", 1.0), ("survey_address_field_count", 1.0)), 0.8,
         "a prize form that asks for date of birth and home address"),
    Rule("policy_sells_and_changes", "privacy_sell_data_count",
         (_OFFER, ("privacy_sell_data_count", 1.0), ("privacy_change_without_notice_count", 1.0)),
         1.0, "terms that sell your data and change without notice", _KEEPS),
    Rule("policy_sells", "privacy_sell_data_count",
         (_OFFER, ("privacy_sell_data_count", 1.0)), 0.4, "terms that sell your data", _KEEPS),
)
RULES_SOURCE = ("set by hand, not estimated (no labelled data has these tells); only on pages "
                "that promise something for nothing; see detector/modelling/knowledge.py")


@dataclass(frozen=True)
class Knowledge:
    """All knowledge components of a model: the age prior and the hand-set rules."""

    age: AgePrior | None = AgePrior()
    rules: tuple[Rule, ...] = DEFAULT_RULES

    def offsets(self, x: np.ndarray, names: Sequence[str]) -> np.ndarray:
        """Per-row, per-column log-odds (zeros where nothing applies)."""
        out = (self.age.offsets(x, names) if self.age is not None
               else np.zeros_like(x, dtype=np.float64))
        col = {n: i for i, n in enumerate(names)}
        taken: dict[str, np.ndarray] = {}
        for rule in self.rules:
            if rule.feature not in col:
                continue
            done = taken.setdefault(rule.feature, np.zeros(len(x), dtype=bool))
            fire = rule.applies(x, col) & ~done
            out[fire, col[rule.feature]] += rule.log_odds
            done |= fire
        return out

    def reads(self) -> set[str]:
        """Every column a component reads: these stay in a model whatever their gain."""
        out: set[str] = set()
        if self.age is not None:
            out |= {DOMAIN_FEATURE, PAGE_FEATURE, PROMISE_FEATURE}
        for rule in self.rules:
            out |= {rule.feature, *(n for n, _ in rule.needs), *(n for n, _ in rule.unless)}
        return out

    def row_offset(self, x: np.ndarray, names: Sequence[str]) -> np.ndarray:
        """Per-row total log-odds."""
        total: np.ndarray = self.offsets(x, names).sum(axis=1)
        return total

    def to_json(self) -> dict[str, Any]:
        """Manifest form (``knowledge`` entry)."""
        out: dict[str, Any] = {}
        if self.age is not None:
            out["age_prior"] = self.age.to_json()
        if self.rules:
            out["rules"] = {"version": RULES_VERSION, "source": RULES_SOURCE,
                            "rules": [r.to_json() for r in self.rules]}
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Knowledge:
        """Rebuild from :meth:`to_json` output; a missing part is absent (adds nothing)."""
        age = AgePrior.from_json(data["age_prior"]) if "age_prior" in data else None
        rules: tuple[Rule, ...] = ()
        if "rules" in data:
            if data["rules"].get("version") != RULES_VERSION:
                raise ValueError(f"rules of version {data['rules'].get('version')!r}")
            rules = tuple(Rule.from_json(r) for r in data["rules"]["rules"])
        return cls(age, rules)
