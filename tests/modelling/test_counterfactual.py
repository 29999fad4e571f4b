"""Counterfactuals on the bundled model: adding a tell to a page moves its score the documented way.

Margins are in raw log-odds (before calibration). Page and domain age act through the age
prior (:mod:`detector.modelling.knowledge`), so their margins hold exactly on every page; tells the
trees
and the wording model learned from real pages are checked over a sample of real corpus pages
(scam and legit, several languages): on average by the stated margin, and on most pages.
"""

from __future__ import annotations

import csv
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from detector import Page
from detector.pages.page import WhoisFacts

from ..conftest import fixture_pages

AS_OF = datetime(2026, 1, 1, tzinfo=timezone.utc)
DAYS_AGO = AS_OF - timedelta(days=7)
YEARS_AGO = AS_OF - timedelta(days=17 * 365)


def _raw(model: Any, html: bytes | str, **known: Any) -> float:
    page = Page(html, as_of=AS_OF, **known)
    return float(model.raw_score(model.row(page).reshape(1, -1))[0])


def _shows_a_tell(model: Any, html: bytes) -> bool:
    names = model.feature_names
    return bool(model.row(Page(html))[names.index("tells_red_flag_kinds")] >= 1)


@pytest.mark.parametrize("path", fixture_pages(), ids=lambda p: p.stem)
def test_domain_registered_days_ago_raises_and_years_ago_lowers(default_model: Any,
                                                                 path: Path) -> None:
    html = path.read_bytes()
    none = _raw(default_model, html)
    new = _raw(default_model, html, whois=WhoisFacts("example.org", created=DAYS_AGO))
    old = _raw(default_model, html, whois=WhoisFacts("example.org", created=YEARS_AGO))
    assert new >= none + 2.0
    assert old <= none - 0.1
    assert _raw(default_model, html, whois=WhoisFacts("example.org")) == none  # no date


@pytest.mark.parametrize("path", fixture_pages(), ids=lambda p: p.stem)
def test_page_created_days_ago_raises_a_lure_and_no_date_changes_nothing(
        default_model: Any, path: Path) -> None:
    html = path.read_bytes()
    none = _raw(default_model, html)
    new = _raw(default_model, html, page_created=DAYS_AGO)
    old = _raw(default_model, html, page_created=YEARS_AGO)
    if _shows_a_tell(default_model, html):
        assert new >= none + 2.0
        assert old <= none - 0.1
    else:
        # A new page that shows no scam tell is ordinary: its age says nothing.
        assert new == none == old


def test_the_like_and_share_post_is_judged_by_its_age(default_model: Any) -> None:
    from detector import score

    html = next(p for p in fixture_pages() if p.stem == "scam_like_share_post").read_bytes()
    probs = [score(Page(html, as_of=AS_OF, page_created=when), default_model).probability
             for when in (DAYS_AGO, None, YEARS_AGO)]
    assert probs[0] > probs[1] > probs[2]


ADDED = {
    "free_caps": ("<p>FREE FREE FREE gift for everyone, 100% FREE!</p>", 0.5, 0.85),
    "install": ("<p>Install 2 apps to unlock your reward. Download and install the app, then "
                "open it for 30 seconds to claim.</p>", 0.5, 0.7),
    "like_share": ("<p>Like and share this page and share with 5 groups to enter!</p>",
                   0.1, 0.6),
}


@pytest.mark.corpus
@pytest.mark.parametrize("tell", sorted(ADDED))
def test_adding_a_tell_to_real_pages_raises_their_score(default_model: Any, corpus_dir: Path,
                                                         tell: str) -> None:
    snippet, mean_margin, share = ADDED[tell]
    with (corpus_dir / "manifest.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    sample = random.Random(0).sample(rows, 40)
    assert len({r["lang"] for r in sample}) >= 4 and {r["label"] for r in sample} == {
        "scam", "legit"}
    deltas = []
    for r in sample:
        html = (corpus_dir / "pages" / f"{r['id']}.html").read_bytes().decode("utf-8", "replace")
        cut = html.lower().rfind("</body>")
        with_tell = html[:cut] + snippet + html[cut:] if cut >= 0 else html + snippet
        deltas.append(_raw(default_model, with_tell) - _raw(default_model, html))
    d = np.array(deltas)
    assert d.mean() >= mean_margin, d.round(2).tolist()
    assert (d > 0.05).mean() >= share, d.round(2).tolist()


DATA_GRAB = ("<form><label for=a>Home address</label><input id=a name=address>"
             "<label for=d>Date of birth</label><input id=d name=dob type=date>"
             "<button>Claim my prize</button></form>")
SELLS = ("<html><body><h1>Privacy policy</h1><p>We may sell, rent or transfer your personal "
         "information to third parties and partners. We may change this policy at any time "
         "without notice.</p></body></html>")
KEEPS = ("<html><body><h1>Privacy policy</h1><p>We do not sell your personal information. We "
         "tell you by email before this policy changes.</p></body></html>")


def _corpus_sample(corpus_dir: Path, n: int = 80) -> list[tuple[dict[str, str], str]]:
    with (corpus_dir / "manifest.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    sample = random.Random(1).sample(rows, n)
    return [(r, (corpus_dir / "pages" / f"{r['id']}.html").read_bytes().decode("utf-8",
                                                                               "replace"))
            for r in sample]


def _rules_offset(model: Any, html: str) -> float:
    from detector.modelling.knowledge import Knowledge

    rules = Knowledge(age=None, rules=model.knowledge.rules)
    return float(rules.row_offset(model.row(Page(html)).reshape(1, -1), model.feature_names)[0])


def _promises(model: Any, html: str) -> bool:
    names = model.feature_names
    return bool(model.row(Page(html))[names.index("tells_promise_kinds")] >= 1)


@pytest.mark.corpus
def test_a_prize_form_asking_birth_date_and_home_address_raises_a_promising_page(
        default_model: Any, corpus_dir: Path) -> None:
    deltas, quiet = [], []
    for _, html in _corpus_sample(corpus_dir):
        cut = html.lower().rfind("</body>")
        grab = html[:cut] + DATA_GRAB + html[cut:] if cut >= 0 else html + DATA_GRAB
        d = _raw(default_model, grab) - _raw(default_model, html)
        if _promises(default_model, grab):
            deltas.append(d)
        else:
            quiet.append(_rules_offset(default_model, grab))
    d = np.array(deltas)
    assert len(d) >= 12 and d.mean() >= 0.5 and (d > 0.05).mean() >= 0.8, d.round(2).tolist()
    # The hand-set rule stays out of pages that promise nothing (the trees may still weigh
    # the form there, as they learned from real pages).
    assert quiet and all(q == 0.0 for q in quiet), quiet


@pytest.mark.corpus
def test_a_linked_policy_that_sells_data_and_changes_without_notice_raises_the_score(
        default_model: Any, corpus_dir: Path) -> None:
    deltas, quiet = [], []
    for _, html in _corpus_sample(corpus_dir):
        d = (_raw(default_model, html, policy_html=SELLS)
             - _raw(default_model, html, policy_html=KEEPS))
        (deltas if _promises(default_model, html) else quiet).append(d)
    d = np.array(deltas)
    assert len(d) >= 12 and d.mean() >= 0.8 and (d > 0.05).mean() >= 0.9, d.round(2).tolist()
    assert all(abs(q) < 0.5 for q in quiet), np.round(quiet, 2).tolist()


@pytest.mark.corpus
def test_a_neutral_url_does_not_move_real_pages(default_model: Any, corpus_dir: Path) -> None:
    """Whether a corpus page kept its URL is an accident of collection: the model must not
    learn "has a URL" (unknown URL facts are scored as absent). Pages that name a brand are
    left out: for them a URL reveals a fact (the page is not on the brand's site)."""
    names = default_model.feature_names
    deltas = []
    for _, html in _corpus_sample(corpus_dir, 80):
        url = "https://www.example.org/about"
        if default_model.row(Page(html, url=url))[names.index("brand_mismatch_count")] > 0:
            continue
        deltas.append(_raw(default_model, html, url=url) - _raw(default_model, html))
    d = np.abs(np.array(deltas))
    assert len(d) >= 20 and d.max() < 1e-9, np.round(deltas, 3).tolist()
