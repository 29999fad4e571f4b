"""Every registered signal through the same checks (scikit-learn's parametrize_with_checks idea)."""

from __future__ import annotations

import math
import re

import pytest

from detector import Page
from detector.errors import SignalError
from detector.signals import Signal, all_signals, get
from detector.signals._registry import signal

SIGNALS = all_signals()
IDS = [s.name for s in SIGNALS]


def _big_page() -> bytes:
    block = ("<div><p>FREE iPhone giveaway! Like and share with 10 friends. "
             "<a href='#'>claim</a> <input name='email'></p></div>\n")
    return ("<html><body>" + block * (5_000_000 // len(block)) + "</body></html>").encode()


PAGES = {
    "empty": Page(b""),
    "binary_junk": Page(bytes(range(256)) * 400),
    "non_utf8": Page("<p>¡Felicidades! Ganaste un regalo GRATIS</p>".encode("cp1252")),
    "five_mb": Page(_big_page(), url="https://free-gift.example.xyz/claim"),
    "text_only": Page(text="LIKE and SHARE to win a FREE car!!!"),
}
# Same inputs in new Page objects: a signal must not depend on what ran before it on a page.
FRESH = {k: Page(p.html, url=p.url, text=p.text, as_of=p.as_of) for k, p in PAGES.items()}


def test_registry_names_are_stable_snake_case_and_unique() -> None:
    names = [s.name for s in SIGNALS]
    assert len(names) == len(set(names)) >= 50
    for s in SIGNALS:
        assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)+", s.name)
        assert s.version >= 1 and s.reason and not s.reason.lower().startswith("nan")
        assert s.direction in (-1, 0, 1)


@pytest.mark.parametrize("sig", SIGNALS, ids=IDS)
@pytest.mark.parametrize("case", sorted(PAGES))
def test_signal_contract(sig: Signal, case: str) -> None:
    page = PAGES[case]
    first = sig(page)
    assert isinstance(first, float)
    assert math.isnan(first) or math.isfinite(first)
    # Determinism: same page, same answer (also after the page's memo is rebuilt).
    again = sig(page)
    fresh = sig(FRESH[case])
    for other in (again, fresh):
        assert (math.isnan(first) and math.isnan(other)) or first == other


def test_url_signals_are_unknown_without_url() -> None:
    page = PAGES["empty"]
    for s in SIGNALS:
        if s.family == "url":
            assert math.isnan(s(page)), s.name


def test_duplicate_and_malformed_signals_are_refused() -> None:
    with pytest.raises(SignalError, match="registered twice"):
        signal("text_free_caps_count")(lambda page: 0.0)
    with pytest.raises(SignalError, match="snake_case"):
        signal("Bad-Name")
    with pytest.raises(SignalError, match="docstring"):
        signal("test_nodoc_signal")(lambda page: 0.0)


def test_get_names_a_missing_signal() -> None:
    assert get("text_free_caps_count").family == "text"
    with pytest.raises(KeyError, match="no_such_signal"):
        get("no_such_signal")


def test_describe_renders_value_in_words() -> None:
    like = get("engage_like_share_count")
    assert like.describe(2.0) == 'asks you to "like and share" the page (2 times)'
    assert like.describe(1.0).endswith("(once)")
    assert get("age_domain_days").describe(12.0).endswith("(12 days)")
    assert get("privacy_no_policy_link").describe(0.0) == "links to a privacy policy"
