from __future__ import annotations

from datetime import datetime, timezone

import pytest

from detector import InputError, Page
from detector.pages.page import decode_html, parse_date


def test_decode_prefers_bom_then_header_then_meta() -> None:
    assert decode_html("\ufeffcafé".encode()) == "café"
    assert decode_html("café".encode("cp1252"), header_charset="iso-8859-1") == "café"
    cyr = '<meta charset="windows-1251"><p>Привет</p>'.encode("cp1251")
    assert "Привет" in decode_html(cyr)


def test_decode_undeclared_non_utf8_is_guessed_not_lost() -> None:
    text = "Поздравляем! Вы выиграли приз. " * 20
    out = decode_html(f"<p>{text}</p>".encode("cp1251"))
    assert "Поздравляем" in out


def test_decode_never_raises_on_junk() -> None:
    assert isinstance(decode_html(bytes(range(256)) * 10), str)


def test_server_side_code_is_not_page_content() -> None:
    page = Page("<html><body><?php echo $secret_free_iphone; ?><p>Hello</p><% x %></body></html>")
    assert "secret" not in page.visible_text
    assert page.visible_text == "Hello"


def test_views_are_parsed_once_and_cover_links_forms_meta() -> None:
    html = """<html lang="EN"><head><title> Win  big </title>
    <meta name="description" content="desc"><link rel="canonical" href="https://a.example/x">
    <script>var x = "FREE";</script><style>.free{}</style></head><body>
    <a href="/in">inside</a><a href="https://other.example/out">out</a>
    <form action="/go"><label for="e">Your email</label><input id="e" name="mail" type="email">
    <input type="submit" value="Claim now"></form>
    <input name="loose" placeholder="Phone number"><iframe src="https://f.example"></iframe>
    <p>Body text</p></body></html>"""
    page = Page(html, url="https://www.a.example/page")
    v = page.views
    assert page.views is v
    assert v.title == "Win big" and v.lang == "en"
    assert v.meta["description"] == "desc" and v.meta["canonical"] == "https://a.example/x"
    assert "FREE" not in v.text and ".free" not in v.text and "Body text" in v.text
    assert [(link.href, link.internal) for link in v.links] == [
        ("/in", True), ("https://other.example/out", False)]
    assert len(v.forms) == 2  # the form, and the loose input outside any form
    email = v.forms[0].fields[0]
    assert (email.type, email.name, email.label) == ("email", "mail", "Your email")
    assert "Claim now" in page.search_text and "Phone number" in page.search_text
    assert v.iframes == ("https://f.example",)


def test_norm_text_folds_numbers_and_quotes() -> None:
    page = Page('<p>Share with 10 friends and comment “DONE” — 1,000 left</p>')
    assert page.norm_text == "share with # friends and comment done — # left"


def test_page_created_parsing() -> None:
    assert Page("", page_created="2024-05-01").page_created == datetime(
        2024, 5, 1, tzinfo=timezone.utc)
    assert Page("", page_created="Jan 5, 2023").page_created.year == 2023  # type: ignore[union-attr]
    assert Page("", page_created=float("nan")).page_created is None
    edt = Page("", page_created="Jan 5, 2023 10:00 EDT").page_created
    assert edt == datetime(2023, 1, 5, 14, 0, tzinfo=timezone.utc)
    with pytest.raises(InputError, match="not-a-date"):
        Page("", page_created="not-a-date")


def test_bad_html_type_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="html must be bytes or str"):
        Page(html=12345)  # type: ignore[arg-type]


def test_parse_date_rejects_odd_types() -> None:
    with pytest.raises(InputError, match="list"):
        parse_date([1, 2])


def test_words_are_the_split_of_what_a_visitor_reads() -> None:
    """``words`` is built from the parts without splitting the joined text again; it must
    equal ``search_text.split()`` whatever whitespace the title, meta, body and text hold."""
    import random

    rng = random.Random(1)
    spaces = [" ", "\n", "\t", "\u00a0", "\u2028", "\x1c", "  ", "\u3000"]
    bits = ["<p>", "</p>", "<title>", "</title>", "<meta name=description content='", "'>",
            "<meta property=og:title content=\"", "\">", "<button>", "</button>", "FREE", "x",
            "<input placeholder='a  b'>", *spaces]
    checked = 0
    for _ in range(1500):
        html = "".join(rng.choice(bits) for _ in range(rng.randint(0, 40)))
        text = rng.choice(["", " a\u00a0b \x1c c ", "\u2028", "win\n\nnow"])
        p = Page(html, text=text)
        assert p.words == p.search_text.split(), (html, text)
        checked += len(p.words) > 3
    assert checked > 500
