"""Case table: fixture pages each signal family must flag, and look-alikes it must not."""

from __future__ import annotations

import math
import re

import pytest

from detector import Page, WhoisFacts
from detector.signals import get

from ..conftest import ROOT, fixture_page


def page(name: str, url: str = "", **kw: object) -> Page:
    return Page(fixture_page(name).read_bytes(), url=url, **kw)  # type: ignore[arg-type]


FLAGS = [
    # (signal, fixture page, url)
    ("text_free_caps_count", "scam_like_share_post", ""),
    ("text_urgency_count", "scam_like_share_post", ""),
    ("text_congrats_count", "scam_survey_funnel", ""),
    ("text_congrats_count", "scam_install_offer_es", ""),
    ("text_congrats_count", "scam_game_event_id", ""),
    ("text_social_proof_count", "scam_robux_generator", ""),
    ("text_impossible_offer_count", "scam_robux_generator", ""),
    ("text_impossible_offer_count", "scam_game_event_id", ""),
    ("engage_like_share_count", "scam_like_share_post", ""),
    ("engage_share_friends_count", "scam_like_share_post", ""),
    ("engage_share_friends_count", "scam_install_offer_es", ""),
    ("engage_tag_friends_count", "scam_like_share_post", ""),
    ("engage_comment_demand_count", "scam_like_share_post", ""),
    ("engage_whatsapp_forward_count", "scam_install_offer_es", ""),
    ("engage_share_link_count", "scam_install_offer_es", ""),
    ("offers_install_for_reward_count", "scam_install_offer_es", ""),
    ("offers_human_verification_count", "scam_robux_generator", ""),
    ("offers_human_verification_count", "scam_game_event_id", ""),
    ("offers_complete_offer_count", "scam_robux_generator", ""),
    ("offers_generator_count", "scam_robux_generator", ""),
    ("offers_locker_resource_count", "scam_robux_generator", ""),
    ("survey_email_field_count", "scam_survey_funnel", ""),
    ("survey_phone_field_count", "scam_survey_funnel", ""),
    ("survey_address_field_count", "scam_survey_funnel", ""),
    ("survey_dob_field_count", "scam_survey_funnel", ""),
    ("survey_card_field_count", "scam_survey_funnel", ""),
    ("survey_password_field_count", "scam_game_event_id", ""),
    ("survey_game_login_field_count", "scam_game_event_id", ""),
    ("survey_question_count", "scam_survey_funnel", ""),
    ("survey_fee_request_count", "scam_survey_funnel", ""),
    ("privacy_sell_data_count", "scam_survey_funnel", ""),
    ("privacy_change_without_notice_count", "scam_survey_funnel", ""),
    ("privacy_your_responsibility_count", "scam_survey_funnel", ""),
    ("privacy_no_policy_link", "scam_crypto_doubling", ""),
    ("crypto_doubling_count", "scam_crypto_doubling", ""),
    ("crypto_wallet_address_count", "scam_crypto_doubling", ""),
    ("crypto_celebrity_giveaway_count", "scam_crypto_doubling", ""),
    ("brand_mismatch_count", "scam_robux_generator", "https://free-robux-now.example.xyz/"),
    ("brand_title_mismatch", "scam_like_share_post", "https://www.facebook.com/hd.fans.2026/"),
    ("brand_in_url_mismatch", "scam_robux_generator", "https://roblox-gift.example.top/claim"),
    ("url_suspicious_tld", "scam_robux_generator", "https://free-robux-now.example.xyz/"),
    ("url_hosted_platform", "scam_crypto_doubling", "https://elon-event.github.io/"),
    ("url_shortener", "scam_like_share_post", "https://bit.ly/3xYz"),
    ("url_lure_word_count", "scam_robux_generator", "https://free-robux-now.example.xyz/claim"),
    ("url_is_ip", "scam_robux_generator", "http://203.0.113.9/robux"),
    ("text_official_rules_count", "legit_sweepstakes_rules", ""),
    ("text_scam_talk_count", "legit_news_about_scams", ""),
    ("privacy_no_sell_count", "legit_newsletter_signup", ""),
    ("offers_app_store_link_count", "legit_app_download", ""),
    ("tells_promise_kinds", "scam_survey_funnel", ""),
    ("tells_ask_kinds", "scam_game_event_id", ""),
    ("tells_red_flag_kinds", "scam_crypto_doubling", ""),
    ("text_free_caps_density", "scam_install_offer_es", ""),
    ("text_free_word_density", "scam_robux_generator", ""),
    ("text_caps_word_ratio", "scam_crypto_doubling", ""),
    ("text_exclaim_density", "scam_survey_funnel", ""),
    ("text_lure_word_count", "scam_game_event_id", ""),
    ("text_lure_word_density", "scam_game_event_id", ""),
    ("text_legit_claim_count", "scam_crypto_doubling", ""),
    ("crypto_coin_density", "scam_crypto_doubling", ""),
    ("links_dead_ratio", "scam_robux_generator", ""),
    ("links_external_ratio", "legit_sweepstakes_rules", ""),
    ("offers_app_download_count", "legit_app_download", ""),
    ("privacy_merger_transfer_count", "legit_privacy_policy", ""),
    ("survey_pii_request_count", "scam_survey_funnel", ""),
    ("url_host_digit_count", "scam_robux_generator", "https://free-robux2026.example.xyz/"),
    ("url_host_hyphen_count", "scam_robux_generator", "https://free-robux-now.example.xyz/"),
    ("url_subdomain_depth", "scam_robux_generator", "https://claim.robux.free-gift.com/"),
    ("brand_named_count", "scam_robux_generator", ""),
    ("survey_pii_kind_count", "scam_survey_funnel", ""),
]

DOES_NOT_FLAG = [
    ("text_free_caps_count", "legit_newsletter_signup", ""),
    ("text_congrats_count", "legit_sweepstakes_rules", ""),
    ("text_impossible_offer_count", "legit_shop_free_shipping", ""),
    ("engage_like_share_count", "legit_shop_free_shipping", ""),
    ("engage_like_share_count", "legit_privacy_policy", ""),
    ("engage_share_friends_count", "legit_news_about_scams", ""),
    ("offers_install_for_reward_count", "legit_app_download", ""),
    ("offers_human_verification_count", "legit_newsletter_signup", ""),
    ("offers_generator_count", "legit_app_download", ""),
    ("survey_card_field_count", "legit_newsletter_signup", ""),
    ("survey_password_field_count", "legit_charity", ""),
    ("survey_phone_field_count", "legit_charity", ""),
    ("survey_pii_kind_count", "legit_shop_free_shipping", ""),
    ("survey_question_count", "legit_newsletter_signup", ""),
    ("privacy_sell_data_count", "legit_newsletter_signup", ""),
    ("privacy_change_without_notice_count", "legit_privacy_policy", ""),
    ("privacy_no_policy_link", "legit_shop_free_shipping", ""),
    ("privacy_no_policy_link", "legit_charity", ""),
    ("crypto_doubling_count", "scam_like_share_post", ""),
    ("crypto_doubling_count", "legit_app_download", ""),
    ("crypto_wallet_address_count", "legit_sweepstakes_rules", ""),
    ("crypto_celebrity_giveaway_count", "legit_news_about_scams", ""),
    ("brand_mismatch_count", "legit_sweepstakes_rules", "https://brightsidefoods.com/rules"),
    ("brand_title_mismatch", "scam_robux_generator", "https://www.roblox.com/x"),
    ("brand_in_url_mismatch", "legit_shop_free_shipping", "https://northfield.example/p/1"),
    ("url_suspicious_tld", "legit_shop_free_shipping", "https://northfield.com/p/1"),
    ("url_hosted_platform", "legit_shop_free_shipping", "https://northfield.com/p/1"),
    ("url_shortener", "legit_shop_free_shipping", "https://northfield.com/p/1"),
    ("url_is_ip", "legit_shop_free_shipping", "https://northfield.com/p/1"),
    ("tells_promise_kinds", "legit_newsletter_signup", ""),
    ("tells_ask_kinds", "legit_charity", ""),
    ("tells_red_flag_kinds", "legit_app_download", ""),
    ("text_free_caps_density", "legit_app_download", ""),
    ("text_free_word_density", "legit_charity", ""),
    ("text_caps_word_ratio", "legit_news_about_scams", ""),
    ("text_exclaim_density", "legit_sweepstakes_rules", ""),
    ("text_lure_word_count", "legit_newsletter_signup", ""),
    ("text_lure_word_density", "legit_charity", ""),
    ("text_legit_claim_count", "legit_sweepstakes_rules", ""),
    ("crypto_coin_density", "legit_shop_free_shipping", ""),
    ("links_dead_ratio", "legit_sweepstakes_rules", ""),
    ("links_external_ratio", "legit_charity", ""),
    ("offers_app_download_count", "scam_survey_funnel", ""),
    ("privacy_merger_transfer_count", "scam_survey_funnel", ""),
    ("survey_pii_request_count", "legit_sweepstakes_rules", ""),
    ("url_host_digit_count", "legit_shop_free_shipping", "https://northfield.com/p/1"),
    ("url_host_hyphen_count", "legit_shop_free_shipping", "https://northfield.com/p/1"),
    ("url_subdomain_depth", "legit_shop_free_shipping", "https://www.northfield.com/p/1"),
]


@pytest.mark.parametrize(("name", "fixture", "url"), FLAGS)
def test_flags(name: str, fixture: str, url: str) -> None:
    value = get(name)(page(fixture, url))
    assert value > 0, f"{name} should flag {fixture} (got {value})"


@pytest.mark.parametrize(("name", "fixture", "url"), DOES_NOT_FLAG)
def test_does_not_flag(name: str, fixture: str, url: str) -> None:
    value = get(name)(page(fixture, url))
    assert value == 0, f"{name} should not flag {fixture} (got {value})"


def test_case_table_names_every_signal() -> None:
    """Every registered signal has a page it flags (the ages, which need dates rather than a
    page, are measured in test_age_signals_measure_days_and_never_guess)."""
    from detector.signals import all_signals

    flagged = {n for n, _, _ in FLAGS} | {"age_page_days", "age_domain_days", "age_whois_privacy"}
    assert {s.name for s in all_signals()} - flagged == set()


def test_case_table_covers_every_family() -> None:
    families = {get(n).family for n, _, _ in FLAGS} | {get(n).family for n, _, _ in DOES_NOT_FLAG}
    assert families >= {"text", "engagement", "offers", "survey", "privacy", "crypto", "brand",
                        "url"}


def test_age_signals_measure_days_and_never_guess() -> None:
    as_of = "2026-11-01T00:00:00+00:00"
    young = Page("<p>x</p>", page_created="2026-10-22", as_of=as_of)
    assert get("age_page_days")(young) == pytest.approx(10.0)
    assert math.isnan(get("age_page_days")(Page("<p>x</p>", as_of=as_of)))
    future = Page("<p>x</p>", page_created="2027-01-01", as_of=as_of)
    assert math.isnan(get("age_page_days")(future))
    from datetime import datetime, timezone

    whois = WhoisFacts("example.xyz", created=datetime(2026, 9, 2, tzinfo=timezone.utc),
                       privacy_protected=True)
    p = Page("<p>x</p>", url="https://example.xyz", whois=whois, as_of=as_of)
    assert get("age_domain_days")(p) == pytest.approx(60.0)
    assert get("age_whois_privacy")(p) == 1.0
    assert math.isnan(get("age_domain_days")(Page("<p>x</p>", as_of=as_of)))


def test_policy_text_is_used_for_clauses_when_given() -> None:
    policy = fixture_page("scam_survey_funnel").read_bytes()
    with_policy = page("legit_newsletter_signup", policy_html=policy)
    assert get("privacy_sell_data_count")(with_policy) > 0
    assert get("privacy_sell_data_count")(page("legit_newsletter_signup")) == 0


@pytest.mark.parametrize(
    ("text", "family_signal"),
    [
        ("Dale like y comparte con 10 amigos para ganar", "engage_share_friends_count"),
        ("Bagikan ke 5 grup WhatsApp untuk klaim hadiah", "engage_share_friends_count"),
        ("Compartilhe com 10 amigos e ganhe", "engage_share_friends_count"),
        ("Partagez avec 5 amis pour gagner", "engage_share_friends_count"),
        ("Teile mit 5 Freunden und gewinne", "engage_share_friends_count"),
        ("बधाई हो! आपने जीता", "text_congrats_count"),
        ("مبروك لقد ربحت جائزة", "text_congrats_count"),
        ("Chúc mừng bạn đã trúng thưởng", "text_congrats_count"),
        ("Tebrikler! Kazandınız", "text_congrats_count"),
        ("Поздравляем! Вы выиграли iPhone", "text_congrats_count"),
        ("Félicitations, vous avez gagné", "text_congrats_count"),
        ("Parabéns, você ganhou um prêmio", "text_congrats_count"),
        ("Verifikasi akun sebelum hadiah dikirim", "offers_human_verification_count"),
        ("Tell your 10 friends and win the trip", "engage_share_friends_count"),
        ("شحن جواهر فري فاير مجانا", "brand_named_count"),
        ("Бесплатные робуксы для Роблокс", "brand_named_count"),
        ("Розыгрыш айфонов для подписчиков", "brand_named_count"),
        ("पबजी यूसी मुफ्त", "brand_named_count"),
    ],
)
def test_multilingual_phrases(text: str, family_signal: str) -> None:
    assert get(family_signal)(Page(text=text)) > 0


def test_tells_count_kinds_not_repeats() -> None:
    shouting = Page(text="Free iPhone! Free iPhone! Free iPhone! Free iPhone!")
    assert get("tells_promise_kinds")(shouting) == 1
    more = Page(text="Congratulations, you have won! Free iPhone! Send 0.1 BTC and get 0.2 BTC "
                "back. Pay the $1.95 shipping fee. Hurry, only 3 left!")
    assert get("tells_promise_kinds")(more) == 3  # a free item, a win, doubled crypto
    assert get("tells_ask_kinds")(more) == 1  # a fee
    assert get("tells_red_flag_kinds")(more) == 5  # ... and hurry


def test_tells_reason_names_what_was_found() -> None:
    p = page("scam_survey_funnel")
    sig = get("tells_ask_kinds")
    text = sig.on(p).describe(sig(p))
    assert text.startswith("kinds of things it asks of you in return (3): ")
    assert text.endswith("a fee, card details, personal data")
    red = get("tells_red_flag_kinds")
    assert "; asks for a fee" in red.on(p).describe(red(p))
    # A signal without details, and a page without tells, keep the plain reason.
    assert get("text_urgency_count").on(p) is get("text_urgency_count")
    empty = Page(text="Opening hours: Monday to Friday, 9 to 5.")
    assert sig.on(empty) is sig


def _full_text_count(pattern: re.Pattern[str], text: str) -> int:
    return len(pattern.findall(text))


@pytest.mark.parametrize("source", ["synthetic", "corpus"])
def test_windowed_proximity_patterns_find_what_a_full_scan_finds(source: str,
                                                                  request: pytest.FixtureRequest
                                                                  ) -> None:
    from detector.input.datasets import load_labelled
    from detector.signals import engagement

    path = (ROOT / "data" / "synthetic" / "pages.jsonl.gz" if source == "synthetic"
            else request.getfixturevalue("corpus_dir"))
    pages = [lp.page for lp in load_labelled([path])]
    pages += [page(f.stem) for f in sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.html"))]
    pages += [Page(text=t) for t in (
        "Comment ------ DONE below! Like this page — then, please, share.",
        # Long space-free tokens between hints: windows that meet only once widened to spaces.
        "like/share/" + "z" * 400 + " share",
        "comment/yes/" + "z" * 400 + " comment",
        "compart" + "x" * 25 + " like it",
        "https://example.com/like/share?ref=" + "q" * 300 + " then like and share",
        "share" + " ." * 200 + " like",
    )]
    hits = 0
    for p in pages:
        windowed = (engagement.like_share_near(p), engagement.comment_typed(p))
        full = (_full_text_count(engagement._LIKE_SHARE, p.norm_text),
                _full_text_count(engagement._COMMENT, p.norm_text))
        assert windowed == full, p.search_text[:200]
        hits += sum(full)
    assert hits >= 5  # the check saw real matches, not only pages without any


def _naive_count(text: str, phrases: dict[str, tuple[bool, bool]]) -> int:
    """Occurrences of ``phrases`` (phrase -> (start bounded, end bounded)) by plain search."""
    found = 0
    for phrase, (check_start, check_end) in phrases.items():
        at = text.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            before_ok = at == 0 or not text[at - 1].isalnum()
            after_ok = end >= len(text) or not text[end].isalnum()
            found += (before_ok or not check_start) and (after_ok or not check_end)
            at = text.find(phrase, at + 1)
    return found


def test_page_scan_counts_what_a_plain_search_counts_in_the_cut_text() -> None:
    """The one shared scan counts each family's word-bounded phrases in ``text[:limit]`` as a
    plain search does, and finds every substring occurrence, including at the cut."""
    import random

    from detector.signals.patterns import Hints, PageScan, phrases

    # "win*" leaves its end open; "#" is never start-bounded, "$" is end-bounded.
    fam_a = {"free gift": (True, True), "win": (True, False), "#$": (False, True)}
    fam_b = {"gift": (True, True), "free": (True, True)}
    fam_c = {"gift card": (True, True)}
    needles = ("gif", "ree", "card")
    limit = 40
    a = phrases("a", ("free gift", "win*", "#$"), limit=10_000)
    b = phrases("b", tuple(fam_b), limit=10_000)
    c = phrases("c", tuple(fam_c), limit=limit)
    hint = Hints("n", needles)
    scan = PageScan((a, b, c), (hint,))
    rng = random.Random(5)
    pieces = ["free", "gift", "card", "gift card", "win", "winner", "#", "$", "x", " ", " ", "-"]
    touched_cut = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
        counts, spans = scan.scan(text)
        assert counts[a] == _naive_count(text, fam_a), text
        assert counts[b] == _naive_count(text, fam_b), text
        assert counts[c] == _naive_count(text[:limit], fam_c), text
        naive = sorted((i, i + len(n)) for n in needles for i in range(len(text))
                       if text.startswith(n, i))
        assert sorted(spans[hint]) == naive, text
        touched_cut += _naive_count(text[:limit], fam_c) != _naive_count(text, fam_c)
    assert touched_cut > 20  # the cut really changed some counts, and the scan followed it
    with pytest.raises(ValueError, match="listed twice"):
        PageScan((a, phrases("a", ("x",))))
