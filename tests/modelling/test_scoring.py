"""The bundled model on the fixture pages, including hard negatives, with checkable reasons."""

from __future__ import annotations

from pathlib import Path

import pytest

from detector import Page, score, score_many
from detector.config import Settings, band_for
from detector.errors import PageTooLargeError

from ..conftest import fixture_pages


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


# -- the one scorer ---------------------------------------------------------------------------

def test_score_rows_explains_only_the_masked_rows(default_model) -> None:  # type: ignore[no-untyped-def]
    import numpy as np

    from detector.modelling.scoring import leans_scam, score_pages, score_rows

    pages = [Page(p.read_bytes()) for p in fixture_pages()]
    explained = score_pages(pages, default_model)
    x = np.vstack([default_model.row(p) for p in pages])
    mask = np.arange(len(pages)) % 2 == 0
    half = score_rows(default_model, pages, x, explain=mask)
    for full, part, shown in zip(explained, half, mask, strict=True):
        assert part.label == full.label and part.band == full.band
        assert part.probability == pytest.approx(full.probability, abs=1e-12)
        assert np.array_equal(list(part.features.values()), list(full.features.values()),
                              equal_nan=True)
        if shown:
            assert part.reasons == full.reasons and part.contributions == full.contributions
            assert part.raw_score == full.raw_score
        else:
            assert part.reasons == () and part.contributions == {}
    flagged = score_rows(default_model, pages, x, explain="flagged")
    leaning = leans_scam(np.array([v.probability for v in explained]), default_model.threshold)
    assert [bool(v.reasons) for v in flagged] == [bool(v.reasons) and bool(lean) for v, lean
                                                  in zip(explained, leaning, strict=True)]
    assert all((v.band != "probably fine") == lean for v, lean in zip(explained, leaning,
                                                                       strict=True))


def test_single_page_score_is_the_batch_scorer(default_model) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from detector.modelling.scoring import score_pages

    page = Page(fixture_pages("scam_")[0].read_bytes())
    (batch,) = score_pages([page], default_model)
    single = score(page, default_model)
    for f in dataclasses.fields(single):
        if f.name != "features":
            assert getattr(single, f.name) == getattr(batch, f.name), f.name
    assert str(single.features) == str(batch.features)  # NaN-safe: same values, same order


# -- allowlist and blocklist ------------------------------------------------------------------

def test_lists_decide_band_and_label_and_keep_score_and_reasons(default_model, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                ) -> None:
    from detector.app.lists import load_lists
    from detector.modelling.scoring import score_pages

    allow, block = tmp_path / "allow.txt", tmp_path / "block.txt"
    allow.write_text("# checked by hand\nelon-event.example\n", encoding="utf-8")
    block.write_text("riverside-bakery.example/promo\n", encoding="utf-8")
    lists = load_lists(allow, block, use_defaults=False)
    scam = fixture_pages("scam_crypto")[0].read_bytes()
    legit = fixture_pages("legit_shop")[0].read_bytes()
    pages = [Page(scam, url="https://www.elon-event.example/claim"),
             Page(legit, url="https://riverside-bakery.example/promo/spring"),
             Page(scam, url="https://elsewhere.example/"),
             Page(scam)]  # no URL: never listed
    model_only = score_pages(pages, default_model, explain="flagged")
    verdicts = score_pages(pages, default_model, explain="flagged", lists=lists)
    cleared, blocked, unlisted, no_url = verdicts
    assert model_only[0].is_scam and cleared.band == f"allowlisted ({allow}:2)"
    assert not cleared.is_scam and cleared.label == "legit"
    assert (cleared.probability, cleared.reasons) == (model_only[0].probability,
                                                      model_only[0].reasons)
    assert cleared.reasons, "an allowlisted page still says why the model scored it"
    assert cleared.warnings == (f"allowlisted ({allow}:2): the model alone says "
                                f"{model_only[0].band} (probability "
                                f"{model_only[0].probability:.2f})",)
    assert not model_only[1].is_scam and blocked.band == f"blocklisted ({block}:1)"
    # Explained rows' raw scores are their contributions' sum: equal to within 1e-12.
    assert blocked.is_scam and blocked.probability == pytest.approx(model_only[1].probability,
                                                                    abs=1e-9)
    # Counted as flagged, so explained in "flagged" mode although the model alone would not.
    assert model_only[1].band == "probably fine" and model_only[1].reasons == ()
    assert blocked.reasons
    for listless, alone in ((unlisted, model_only[2]), (no_url, model_only[3])):
        assert alone.is_scam and (listless.band, listless.label, listless.reasons,
                                  listless.warnings) == (alone.band, "scam", alone.reasons, ())
    # The one-page scorer goes the same way, with the caller's warnings first.
    single = score(pages[0], default_model, warnings=["policy 404"], lists=lists)
    assert single.band == cleared.band and single.warnings == ("policy 404", *cleared.warnings)
