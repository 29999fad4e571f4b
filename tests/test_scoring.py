"""The bundled model on the fixture pages, including hard negatives, with checkable reasons."""

from __future__ import annotations

from pathlib import Path

import pytest

from detector import Page, score, score_many
from detector.config import Settings, band_for
from detector.errors import PageTooLargeError

from .conftest import fixture_pages


@pytest.mark.parametrize("path", fixture_pages("scam_"), ids=lambda p: p.stem)
def test_scam_fixtures_are_flagged_with_reasons(default_model, path: Path) -> None:  # type: ignore[no-untyped-def]
    verdict = score(Page(path.read_bytes()), default_model)
    assert verdict.is_scam, (verdict.probability, [r.text for r in verdict.reasons])
    assert verdict.reasons, "a flagged page must say why"
    for reason in verdict.reasons:
        assert reason.contribution > 0
        assert verdict.features[reason.signal] not in (0.0,)


@pytest.mark.parametrize("path", fixture_pages("legit_"), ids=lambda p: p.stem)
def test_hard_negatives_are_not_flagged(default_model, path: Path) -> None:  # type: ignore[no-untyped-def]
    verdict = score(Page(path.read_bytes()), default_model)
    assert not verdict.is_scam, (verdict.probability, [r.text for r in verdict.reasons])


def test_bands_follow_threshold() -> None:
    assert band_for(0.95, 0.5) == "very likely scam"
    assert band_for(0.6, 0.5) == "likely scam"
    assert band_for(0.2, 0.5) == "suspicious"
    assert band_for(0.1, 0.5) == "probably fine"


def test_too_large_page_is_an_error_naming_the_size(default_model) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PageTooLargeError, match="1,001 bytes"):
        score(Page(b"x" * 1001), default_model, Settings(max_page_bytes=1000))


def test_score_many_keeps_every_input(default_model) -> None:  # type: ignore[no-untyped-def]
    pages = [Page(b"<p>ok</p>"), ValueError("row 2: bad JSON"), Page(b"x" * 50)]
    results = list(score_many(pages, default_model, Settings(max_page_bytes=40)))
    assert [r.index for r in results] == [0, 1, 2]
    assert results[0].verdict is not None and results[0].error is None
    assert results[1].error == "row 2: bad JSON"
    assert results[2].error is not None and "cap" in results[2].error


def test_verdict_json_has_no_nan(default_model) -> None:  # type: ignore[no-untyped-def]
    import json

    d = score(Page(b""), default_model).as_dict()
    json.dumps(d, allow_nan=False)
