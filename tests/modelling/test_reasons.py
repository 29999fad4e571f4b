"""Reasons in plain, true words: each side of every signal, merged evidence, ages shown."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from detector import Page, WhoisFacts, score
from detector.modelling.explain import reasons_from_contributions
from detector.signals import Signal, all_signals, get

from ..conftest import ROOT

SIGNALS = all_signals()


def _high_value(sig: Signal) -> float:
    if sig.unit == "flag":
        return 1.0
    if sig.unit == "ratio":
        return min(1.0, max(sig.high_from * 2, 0.5))
    return max(sig.high_from * 3, 3.0)


def _low_value(sig: Signal) -> float:
    # Below where the high words start: zero for counts and flags, half-way for the rest.
    return 0.0 if sig.unit in ("count", "flag") or sig.absent else sig.high_from / 2


@pytest.mark.parametrize("sig", SIGNALS, ids=[s.name for s in SIGNALS])
def test_each_side_of_every_signal_reads_true(sig: Signal) -> None:
    high, low = _high_value(sig), _low_value(sig)
    assert sig.side(high) == "high"
    assert sig.side(low) in ("low", "absent")
    high_text, low_text = sig.describe(high), sig.describe(low)
    # The high side uses the high words; the low side never does.
    high_words = (sig.high or sig.reason).split("{}")[0].rstrip(". ").lower()
    assert high_text.lower().startswith(high_words)
    expected_low = sig.absent if sig.side(low) == "absent" else sig.low
    low_words = expected_low.split("{}")[0].rstrip(". ").lower()
    assert low_text.lower().startswith(low_words)
    assert low_words != high_words
    if not low_words.startswith(high_words):  # "page created only" may extend "page created"
        assert not low_text.lower().startswith(high_words), low_text
    if sig.unit not in ("flag",) and sig.side(low) == "low":
        assert sig.amount(low) in low_text  # the value is shown with its side's words
    assert "(unknown)" in sig.describe(math.nan)
    # Zero reads as "none" or "few", never in the high words ("many ... (0%)").
    assert sig.side(0.0) != "high"


@pytest.mark.parametrize(("name", "value", "text"), [
    ("text_caps_word_ratio", 0.12, "writes many words in capitals (12%)"),
    ("text_caps_word_ratio", 0.02, "few words in capitals (2%)"),
    ("text_caps_word_ratio", 0.0, "few words in capitals (0%)"),
    ("links_dead_ratio", 0.03, "few of its links go nowhere (3%)"),
    ("links_dead_ratio", 0.0, "all of its links lead somewhere"),
    ("engage_like_share_count", 0.0, "does not ask you to like or share it"),
    ("age_page_days", 6.0, "page created only 6 days ago"),
    ("age_domain_days", 12 * 365 + 5, "domain registered 12 years ago"),
    ("url_suspicious_tld", 0.0, "its top-level domain is not one much abused by scams"),
])
def test_examples_from_the_issue(name: str, value: float, text: str) -> None:
    assert get(name).describe(value) == text


class _Col:
    """A model column for explain tests."""

    def __init__(self, sig: Signal) -> None:
        self.sig = sig

    def __getattr__(self, name: str) -> object:
        return getattr(self.sig, name)


def test_reasons_on_the_same_evidence_become_one_line() -> None:
    names = ["text_free_word_density", "text_lure_word_density", "text_free_caps_density",
             "text_urgency_count", "tells_ask_kinds", "tells_red_flag_kinds"]
    cols = [get(n) for n in names]
    values = np.array([6.2, 6.2, 6.2, 2.0, 1.0, 3.0])
    contrib = np.array([0.3, 0.5, 0.2, 0.4, 0.1, 0.6, 0.0])
    out = reasons_from_contributions(cols, values, contrib, towards_scam=True)
    assert [r.evidence for r in out] == ["lure_words", "tells", "text_urgency_count"]
    words = out[0]
    assert words.contribution == pytest.approx(1.0)  # the three add up
    assert words.signal == "text_lure_word_density"  # worded by the one that pushed most
    assert set(words.signals) == {"text_free_word_density", "text_lure_word_density",
                                  "text_free_caps_density"}
    assert sum("per 100 words" in r.text for r in out) == 1
    as_json = words.as_dict()
    assert as_json["evidence"] == "lure_words" and len(as_json["signals"]) == 3  # type: ignore


def test_at_most_five_lines_then_the_ages_when_known() -> None:
    cols = [s for s in SIGNALS]
    n = len(cols)
    values = np.ones(n)
    contrib = np.append(np.linspace(1.0, 0.1, n), 0.0)
    idx = {s.name: i for i, s in enumerate(cols)}
    for name in ("age_page_days", "age_domain_days"):
        values[idx[name]] = 6.0
        contrib[idx[name]] = 0.0001  # too small to be a top reason
    out = reasons_from_contributions(cols, values, contrib, towards_scam=True, top=5)
    assert len(out) == 7
    assert len({r.evidence for r in out}) == 7
    assert [r.text for r in out[5:]] == ["page created only 6 days ago",
                                        "domain registered only 6 days ago"]
    values[idx["age_page_days"]] = values[idx["age_domain_days"]] = math.nan
    assert len(reasons_from_contributions(cols, values, contrib, towards_scam=True)) == 5


def test_towards_fine_reasons_use_the_low_words() -> None:
    cols = [get("text_caps_word_ratio"), get("text_lure_word_count"), get("links_dead_ratio")]
    values = np.array([0.02, 0.0, 0.11])
    contrib = np.array([-0.2, -0.3, -0.1, 0.0])
    out = reasons_from_contributions(cols, values, contrib, towards_scam=False)
    assert [r.text for r in out] == ["no giveaway, prize or winner words",
                                     "few words in capitals (2%)",
                                     "few of its links go nowhere (11%)"]


def test_example_scam_post_names_five_distinct_pieces_of_evidence() -> None:
    page = Page((ROOT / "examples" / "scam_like_share_post.html").read_bytes())
    verdict = score(page)
    assert verdict.is_scam
    assert len(verdict.reasons) >= 5
    top = verdict.reasons[:5]
    assert len({r.evidence for r in top}) == 5
    assert len({r.text.split(" (")[0] for r in top}) == 5
    assert all(r.contribution > 0 for r in top)
    # The "free" words once, not three times (free words, giveaway words, FREE in capitals).
    assert sum("free" in r.text.lower() and "per 100 words" in r.text for r in top) <= 1


def test_legit_page_reasons_do_not_contradict_themselves() -> None:
    page = Page((ROOT / "examples" / "legit_shop_free_shipping.html").read_bytes())
    verdict = score(page)
    texts = [r.text for r in verdict.reasons]
    assert all(r.contribution < 0 for r in verdict.reasons)
    assert not any(t.startswith(("many of its links", "writes many words")) for t in texts)
    assert not any("not found" in t for t in texts)


def test_domain_age_is_shown_when_known() -> None:
    from datetime import datetime, timezone

    whois = WhoisFacts("northfield.example", created=datetime(2014, 1, 1, tzinfo=timezone.utc))
    page = Page((ROOT / "examples" / "legit_shop_free_shipping.html").read_bytes(),
                url="https://northfield.example/p/1", whois=whois, as_of="2026-11-01")
    texts = [r.text for r in score(page).reasons]
    assert "domain registered 12 years ago" in texts


def test_dated_social_export_shows_page_age_in_score_output(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from detector.app.cli import cli

    out = tmp_path / "scored.jsonl"
    src = ROOT / "tests" / "fixtures" / "batch" / "social_pages.csv"
    result = CliRunner().invoke(cli, ["score", str(src), "-o", str(out), "--reasons", "all"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows and all("page created" in row["reasons"] for row in rows)
    for row in rows:
        items = json.loads(row["reasons_json"])
        ages = [it for it in items if it["evidence"] == "page_age"]
        assert len(ages) == 1 and ages[0]["text"].startswith("page created")
