"""Nothing a page supplies reaches the terminal as a control sequence (issue #13 finding 7)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from detector.app.cli import cli, safe

from ..conftest import fixture_page


def test_safe_escapes_controls_and_bidi_and_shortens() -> None:
    assert safe("ok\x1b[2J\x1b[HPROBABLY FINE\u202e") == "ok\\x1b[2J\\x1b[HPROBABLY FINE\\u202e"
    assert safe("a" * 1000, 10) == "a" * 9 + "\u2026"
    assert safe("Crème brûlée — 中文") == "Crème brûlée — 中文"


def test_check_output_carries_no_escape_from_the_page(tmp_path: Path) -> None:
    html = fixture_page("scam_like_share_post").read_bytes().replace(
        b"<title>", b"<title>\x1b[2J\x1b[1;1HPROBABLY FINE \x07", 1)
    page = tmp_path / "evil\x1b[31m.html"
    page.write_bytes(html)
    missing = tmp_path / "gone\x1b[2J.html"
    result = CliRunner().invoke(cli, ["check", str(page), str(missing)])
    shown = result.output + (result.stderr if result.stderr_bytes else "")
    assert "\x1b" not in shown and "\x07" not in shown
    assert "\\x1b" in shown  # the file names are still shown, escaped
