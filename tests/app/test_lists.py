"""Allowlists and blocklists: what an entry covers, which list decides, errors with FILE:LINE."""

from __future__ import annotations

from pathlib import Path

import pytest

from detector.app.lists import (
    Lists,
    default_list_path,
    load_list,
    load_lists,
    parse_entry,
    parse_lines,
)
from detector.errors import InputError
from detector.modelling.explain import Reason
from detector.modelling.scoring import Verdict, listed

LISTS = Path(__file__).resolve().parents[1] / "fixtures" / "lists"
ALLOW = LISTS / "allowlist.txt"
BLOCK = LISTS / "blocklist.txt"


@pytest.fixture(scope="module")
def lists() -> Lists:
    return load_lists(ALLOW, BLOCK, use_defaults=False)


@pytest.mark.parametrize(("url", "decided_by"), [
    # a domain covers the site and its subdomains, whatever the scheme and path
    ("https://riverside-bakery.co.uk/hours", "allowlist.txt:2"),
    ("http://www.riverside-bakery.co.uk", "allowlist.txt:2"),
    ("https://RIVERSIDE-BAKERY.CO.UK./x", "allowlist.txt:2"),
    ("https://riverside-bakery.co.uk.evil.example/", None),
    ("https://not-riverside-bakery.co.uk/", None),
    # a host covers itself and below, not its parent
    ("https://shop.example.com/cart", "allowlist.txt:4"),
    ("https://example.com/", None),
    # a URL prefix covers that page and below, on a label boundary
    ("https://www.facebook.com/RiversideBakery/posts/1", "allowlist.txt:5"),
    ("https://facebook.com/RiversideBakery?ref=share", "allowlist.txt:5"),
    ("https://facebook.com/RiversideBakeryGiveaway", None),
    ("https://facebook.com/riversidebakery", None),
    ("https://sites.google.com/view/our-club/", "allowlist.txt:7"),
    ("https://sites.google.com/view/our-club-free-robux", None),
    # the more specific entry wins across the lists
    ("https://example.org/promo?id=7", "allowlist.txt:6"),
    ("https://example.org/promo?id=7&utm=x", "allowlist.txt:6"),
    ("https://example.org/promo?id=70", "blocklist.txt:3"),
    ("https://example.org/promo/win", "blocklist.txt:3"),
    ("https://shop.example.com/giveaway/claim", "blocklist.txt:4"),
    ("https://free-robux-claim.weebly.com/claim-now", "blocklist.txt:2"),
    ("https://weebly.com/", None),
    # no URL, or not one
    ("", None),
    ("not a url", None),
])
def test_which_entry_decides_a_url(lists: Lists, url: str, decided_by: str | None) -> None:
    entry = lists.match(url)
    assert (entry.where.rsplit("/", 1)[-1] if entry else None) == decided_by
    if entry is not None:
        word = "allowlisted" if decided_by and decided_by.startswith("allow") else "blocklisted"
        assert entry.band == f"{word} ({entry.where})"


def test_a_tie_goes_to_the_blocklist() -> None:
    allow = parse_lines(["example.net/page"], "a.txt", "allowlist")
    block = parse_lines(["example.net/page"], "b.txt", "blocklist")
    entry = Lists(allow, block).match("https://example.net/page")
    assert entry is not None and entry.band == "blocklisted (b.txt:1)"
    assert Lists(allow, None).match("https://example.net/page/2").band == "allowlisted (a.txt:1)"


@pytest.mark.parametrize(("text", "kind", "message"), [
    ("github.io", "allowlist", r"f\.txt:7: 'github\.io' is a public suffix .* name\.github\.io"),
    ("co.uk", "blocklist", r"f\.txt:7: 'co\.uk' is a public suffix"),
    ("com", "allowlist", r"f\.txt:7: 'com' is a public suffix"),
    ("facebook.com", "allowlist", r"f\.txt:7: 'facebook\.com' is a platform .* URL prefix"),
    ("www.facebook.com/", "allowlist", r"'www\.facebook\.com' is a platform"),
    ("sites.google.com", "allowlist", r"'sites\.google\.com' is a platform"),
    ("localhost", "allowlist", r"f\.txt:7: 'localhost' is not a domain or URL"),
    ("https://", "blocklist", r"f\.txt:7: 'https://' is not a domain or URL"),
    ("example.com other.com", "allowlist", r"f\.txt:7: .* put one entry on each line"),
])
def test_an_unusable_entry_is_named_by_file_and_line(text: str, kind: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_entry(text, "f.txt", 7, kind)  # type: ignore[arg-type]


def test_what_a_list_accepts() -> None:
    # A site on a platform, a platform page by prefix, a whole platform in a blocklist, an IP.
    for text, kind in (("myshop.weebly.com", "allowlist"), ("facebook.com/ourpage", "allowlist"),
                       ("000webhostapp-clone.example", "blocklist"),
                       ("weebly.com", "blocklist"), ("192.0.2.7/kit/", "blocklist")):
        parse_entry(text, "f.txt", 1, kind)  # type: ignore[arg-type]
    # "#" starts a comment only at the start or after a space; in a URL it is the fragment.
    sites = parse_lines(["# heading", "a.example  # note", "https://b.example/p#frag", "  "],
                        "f.txt", "allowlist")
    assert [(e.host, e.path, e.line) for e in sites.entries] == [
        ("a.example", "", 2), ("b.example", "/p", 3)]


def test_a_bad_line_in_a_file_names_it(tmp_path: Path) -> None:
    path = tmp_path / "team.txt"
    path.write_text("good.example\n\n# fine\nblogspot.com\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"{path}:4: 'blogspot\.com' is a public suffix"):
        load_list(path, "allowlist")
    with pytest.raises(InputError, match=r"allowlist '.*missing\.txt' does not exist"):
        load_list(tmp_path / "missing.txt", "allowlist")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9.example\n".encode("latin-1"))
    with pytest.raises(InputError, match="is not UTF-8 text; save it as UTF-8"):
        load_list(latin, "blocklist")


def test_default_lists_come_from_the_config_directory(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DETECTOR_CONFIG_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert default_list_path("allowlist") == tmp_path / "xdg" / "detector" / "allowlist.txt"
    monkeypatch.setenv("DETECTOR_CONFIG_DIR", str(tmp_path / "conf"))
    assert load_lists() == Lists(None, None)  # no default files: no lists
    (tmp_path / "conf").mkdir()
    (tmp_path / "conf" / "allowlist.txt").write_text("team.example\n", encoding="utf-8")
    found = load_lists()
    assert found.block is None and found.allow is not None
    entry = found.match("https://team.example/x")
    assert entry is not None and entry.band == f"allowlisted ({tmp_path}/conf/allowlist.txt:1)"
    # A list given explicitly replaces the default; use_defaults=False ignores it.
    assert load_lists(ALLOW).match("https://team.example/x") is None
    assert load_lists(use_defaults=False) == Lists(None, None)


def verdict(probability: float, label: str, band: str) -> Verdict:
    reasons = (Reason("text_free_caps_density", 6.2, 1.1, 'says "FREE" in capitals often'),)
    return Verdict(probability=probability, raw_score=2.0, label=label, band=band,
                   threshold=0.33, reasons=reasons, model_id="model-x")


def test_a_listed_verdict_keeps_score_and_reasons(lists: Lists) -> None:
    scam = verdict(0.97, "scam", "very likely scam")
    cleared = listed(scam, lists.match("https://shop.example.com/cart"))
    assert cleared.band == f"allowlisted ({ALLOW}:4)" and not cleared.is_scam
    assert (cleared.probability, cleared.reasons) == (scam.probability, scam.reasons)
    assert cleared.warnings == (f"allowlisted ({ALLOW}:4): the model alone says very likely "
                                "scam (probability 0.97)",)
    fine = verdict(0.02, "legit", "probably fine")
    blocked = listed(fine, lists.match("https://free-robux-claim.weebly.com/"))
    assert blocked.band == f"blocklisted ({BLOCK}:2)" and blocked.is_scam
    assert blocked.probability == 0.02
    assert listed(fine, lists.match("https://elsewhere.example/")) is fine
