"""Every registered signal through the same checks (scikit-learn's parametrize_with_checks idea)."""

from __future__ import annotations

import math
import re
from datetime import datetime, timezone

import pytest

from detector import Page, WhoisFacts
from detector.errors import SignalError
from detector.signals import Signal, all_signals, get, probe
from detector.signals._registry import Registry, signal

from ..conftest import ROOT

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
        signal("text_free_caps_count", absent="x")(lambda page: 0.0)
    with pytest.raises(SignalError, match="snake_case"):
        signal("Bad-Name", absent="x")
    with pytest.raises(SignalError, match="docstring"):
        signal("test_nodoc_signal", absent="x")(lambda page: 0.0)
    with pytest.raises(SignalError, match="low= or absent="):
        signal("test_one_sided_count")
    with pytest.raises(SignalError, match="high_from="):
        signal("test_ratio_ratio", unit="ratio", low="x")


def test_get_names_a_missing_signal() -> None:
    assert get("text_free_caps_count").family == "text"
    with pytest.raises(KeyError, match="no_such_signal"):
        get("no_such_signal")


def test_describe_renders_value_in_words() -> None:
    like = get("engage_like_share_count")
    assert like.describe(2.0) == 'asks you to "like and share" the page (2 times)'
    assert like.describe(1.0).endswith("(once)")
    assert get("age_domain_days").describe(12.0) == "domain registered only 12 days ago"
    assert get("privacy_no_policy_link").describe(0.0) == "links to a privacy policy"


def _fixture_pages() -> list[Page]:
    """Every fixture page, as given and with what an export or a fetch adds: a URL, dates,
    WHOIS facts and a privacy policy."""
    files = sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.html"))
    files += sorted((ROOT / "tests" / "fixtures" / "batch" / "pages").glob("*.html"))
    whois = WhoisFacts("example.xyz", created=datetime(2026, 9, 2, tzinfo=timezone.utc),
                       privacy_protected=True)
    pages = []
    for f in files:
        html = f.read_bytes()
        pages.append(Page(html))
        pages.append(Page(html, url="https://claim-free.robux2026.example.xyz/gift",
                          page_created="2026-10-20", as_of="2026-11-01", whois=whois,
                          policy_html=html))
    return pages


def never_known(signals: tuple[Signal, ...], pages: list[Page]) -> list[str]:
    """Signals that give NaN ("unknown") on every page: broken, whatever their tests say."""
    return [s.name for s in signals if all(math.isnan(s(p)) for p in pages)]


def test_every_signal_gives_a_real_value_on_some_fixture_page() -> None:
    assert never_known(SIGNALS, _fixture_pages()) == []


def test_the_real_value_check_fails_on_a_signal_that_is_never_known() -> None:
    """The check above can fail: a signal that is NaN on every page is caught."""
    registry = Registry()

    @registry.signal("test_always_unknown_count", absent="nothing")
    def always_unknown(page: Page) -> float:
        """Never knows anything."""
        return float("nan")

    @registry.signal("test_word_count", absent="no words")
    def word_count(page: Page) -> float:
        """Counts words."""
        return float(len(page.words))

    assert never_known(registry.signals(), _fixture_pages()) == ["test_always_unknown_count"]


def test_a_signal_bug_raises_instead_of_becoming_nan() -> None:
    """Only hostile input becomes NaN; a misspelt view or family name is an error, and the
    probe run at import names the signal."""
    registry = Registry()

    @registry.signal("test_typo_count", absent="nothing")
    def typo(page: Page) -> float:
        """Reads a view that does not exist."""
        return float(page.lure_count)  # type: ignore[attr-defined]

    @registry.signal("test_deep_count", absent="nothing")
    def deep(page: Page) -> float:
        """Gives up on pathological input."""
        raise RecursionError("nested too deep")

    with pytest.raises(AttributeError):
        registry.signals()[0](Page("<p>x</p>"))
    assert math.isnan(registry.signals()[1](Page("<p>x</p>")))
    with pytest.raises(SignalError, match=r"test_typo_count.*AttributeError"):
        probe(registry.signals())
    probe(all_signals())  # the real signals pass it (they did at import, too)


def test_phrase_families_are_typed_handles_in_one_explicit_scan() -> None:
    """Each family module's phrase families are module-level handles, all in the page scan."""
    from detector.signals import brand, crypto, engagement, offers, privacy, survey, text
    from detector.signals.patterns import PhraseFamily
    from detector.signals.scan import PAGE_SCAN

    declared = [v for m in (brand, crypto, engagement, offers, privacy, survey, text)
                for v in vars(m).values() if isinstance(v, PhraseFamily)]
    declared += [f for f in brand.FAMILIES]
    assert len(declared) > 20
    assert set(declared) <= set(PAGE_SCAN.families)
    page = Page(text="Win a FREE prize! Like and share.")
    assert text.LURE.count(page) == 2 and text.FREE.count(page) == 1


def test_a_family_left_out_of_the_page_scan_fails_the_probe() -> None:
    from detector.signals.patterns import phrases

    forgotten = phrases("forgotten", ("free",))
    registry = Registry()

    @registry.signal("test_forgotten_count", absent="nothing")
    def forgotten_count(page: Page) -> float:
        """Reads a family no scan lists."""
        return forgotten.count(page)

    with pytest.raises(SignalError, match=r"forgotten.*in no page scan"):
        probe(registry.signals())


def test_page_is_frozen_and_derived_views_are_computed_once() -> None:
    from dataclasses import FrozenInstanceError

    from detector.signals.text import word_stats

    page = Page("<p>FREE gift</p>", url="https://example.com")
    with pytest.raises(FrozenInstanceError):
        page.url = "https://other.example"  # type: ignore[misc]
    calls = []

    def counted(p: Page) -> int:
        calls.append(1)
        return len(p.words)

    assert page.derived(counted) == page.derived(counted) == 2 and len(calls) == 1
    assert page.derived(word_stats).free_caps == 1


def test_signal_order_follows_the_family_list_not_import_order() -> None:
    """Feature rows keep one column order whatever module a caller imports first."""
    from detector.signals import FAMILY_ORDER

    families = [s.family for s in SIGNALS]
    assert families == sorted(families, key=FAMILY_ORDER.index)
    assert set(families) == set(FAMILY_ORDER)
