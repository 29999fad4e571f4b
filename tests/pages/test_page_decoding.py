"""Hostile declarations cannot hide a lure (issue #13 findings 5 and 6)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from detector import Page, score
from detector.app.cli import cli

from ..conftest import fixture_page

CHARSETS = ["utf-16", "utf-32", "cp037", "punycode", "idna", "utf-7",
            "base64", "hex", "rot13", "zlib", "no-such-charset"]


def _with_meta(html: bytes, charset: str) -> bytes:
    return b'<meta charset="' + charset.encode() + b'">' + html


@pytest.mark.parametrize("charset", CHARSETS)
def test_a_charset_a_browser_ignores_does_not_turn_a_scam_into_fine(default_model: Any,
                                                                    charset: str) -> None:
    html = fixture_page("scam_like_share_post").read_bytes()
    plain = score(Page(html), default_model)
    declared = score(Page(_with_meta(html, charset)), default_model)
    assert plain.label == "scam"
    assert declared.probability == pytest.approx(plain.probability, abs=0.02)
    assert declared.label == "scam"


def test_a_stray_server_code_opener_does_not_hide_the_page(default_model: Any) -> None:
    html = fixture_page("scam_like_share_post").read_bytes()
    page = Page(b"<? " + html)
    assert "ryobi tool kits" in page.search_text.lower()
    assert score(page, default_model).label == "scam"
    # Closed server code is still dropped: a browser never receives it.
    assert "secret" not in Page(b"<?php echo 'secret'; ?>" + html).search_text


def test_check_scores_every_file_when_one_names_a_bad_codec(tmp_path: Path) -> None:
    html = fixture_page("scam_like_share_post").read_bytes()
    bad = tmp_path / "base64.html"
    bad.write_bytes(_with_meta(html, "base64"))
    good = tmp_path / "good.html"
    good.write_bytes(html)
    result = CliRunner().invoke(cli, ["check", str(bad), str(good), "--json"])
    assert result.exit_code == 0, result.output
    assert result.output.count('"label": "scam"') == 2
