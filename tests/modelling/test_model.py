from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from detector import ModelError, ModelMismatchError, Page, load_model, score
from detector.modelling.model import MANIFEST_FILE, MODEL_FILE, check_compatible, default_model_dir

from ..conftest import fixture_page, fixture_pages


def _copy(tmp_path: Path) -> Path:
    dst = tmp_path / "model"
    shutil.copytree(default_model_dir(), dst)
    return dst


def test_default_model_loads_with_manifest(default_model) -> None:  # type: ignore[no-untyped-def]
    m = default_model.manifest
    assert m["format_version"] == 1
    assert [f["name"] for f in m["features"]] == default_model.feature_names
    assert 0 < default_model.threshold < 1
    assert "roc_auc" in m["metrics"]["grouped_out_of_fold"]


@pytest.mark.parametrize("path", fixture_pages(), ids=lambda p: p.stem)
def test_contributions_sum_to_raw_score(default_model, path: Path) -> None:  # type: ignore[no-untyped-def]
    page = Page(path.read_bytes())
    row = default_model.row(page).reshape(1, -1)
    contrib = default_model.contributions(row)[0]
    raw = default_model.raw_score(row)[0]
    assert contrib.sum() == pytest.approx(raw, abs=1e-9)
    verdict = score(page, default_model)
    assert verdict.base_value + sum(verdict.contributions.values()) == pytest.approx(
        verdict.raw_score, abs=1e-9)


def test_save_load_roundtrip_is_identical(default_model, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = default_model.save(tmp_path / "again")
    again = load_model(out)
    x = np.vstack([default_model.row(Page(p.read_bytes())) for p in fixture_pages()])
    assert np.array_equal(default_model.raw_score(x), again.raw_score(x))
    assert again.threshold == default_model.threshold


def test_mismatch_is_refused_with_a_diff(tmp_path: Path) -> None:
    d = _copy(tmp_path)
    manifest = json.loads((d / MANIFEST_FILE).read_text())
    manifest["features"][0]["version"] = 99
    manifest["features"][1]["name"] = "text_gone_signal"
    (d / MANIFEST_FILE).write_text(json.dumps(manifest))
    with pytest.raises(ModelMismatchError) as err:
        load_model(d)
    msg = str(err.value)
    assert "text_gone_signal: used by the model, not known" in msg
    assert "model has version 99, detector has version 1" in msg
    assert "retrain" in msg


def test_changed_model_file_is_refused(tmp_path: Path) -> None:
    d = _copy(tmp_path)
    (d / MODEL_FILE).write_text((d / MODEL_FILE).read_text() + "\n# edited\n")
    with pytest.raises(ModelError, match="sha256"):
        load_model(d)


def test_missing_model_dir_names_the_path(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="nowhere"):
        load_model(tmp_path / "nowhere")


def test_check_compatible_accepts_subset() -> None:
    check_compatible([("text_free_caps_count", 1)])


def test_changed_wording_model_is_refused(tmp_path: Path) -> None:
    from detector.modelling.textmodel import FILE_NAME

    d = _copy(tmp_path)
    if not (d / FILE_NAME).is_file():
        pytest.skip("the bundled model has no wording model")
    (d / FILE_NAME).write_text((d / FILE_NAME).read_text().replace('"coef":[', '"coef":[1e3,', 1))
    with pytest.raises(ModelError, match="sha256"):
        load_model(d)


def test_wording_model_matches_scikit_learn() -> None:
    from detector.modelling.textmodel import fit, fit_scores

    texts = [f"free robux generator claim now {i} verify human" for i in range(20)] + [
        f"opening hours monday to friday menu {i} bakery bread" for i in range(20)]
    y = np.array([1] * 20 + [0] * 20)
    mine, ref = fit(texts, y, seed=0), fit_scores(texts, y, seed=0)
    probe = ["free robux for you", "bakery opens monday", "", "nothing known here"]
    assert np.allclose(mine.scores(probe), ref.decision_function(probe), atol=1e-6)
    assert "robux" in " ".join(mine.top_terms("free robux generator today"))


def test_model_file_is_text_not_pickle() -> None:
    head = (default_model_dir() / MODEL_FILE).read_text()[:200]
    assert head.startswith("tree")


def test_public_api_names_resolve_lazily() -> None:
    import detector

    for name in detector.__all__:
        assert getattr(detector, name) is not None, name
    with pytest.raises(AttributeError, match="no_such_name"):
        detector.no_such_name  # noqa: B018


def test_a_model_with_an_unknown_learned_feature_is_refused_with_a_diff(tmp_path: Path) -> None:
    d = _copy(tmp_path)
    manifest = json.loads((d / "manifest.json").read_text())
    entry = next(f for f in manifest["features"] if f.get("source") == "learned")
    entry["version"] = 99
    (d / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelMismatchError, match=f"{entry['name']}: model has version 99"):
        load_model(d)


def test_learned_features_need_no_special_case(default_model) -> None:  # type: ignore[no-untyped-def]
    from detector.modelling.learned import kinds

    # Every learned column is declared in the manifest with its kind, file and sha256, and
    # computed through the same contract (value of a page == values of its salient text).
    learned = {f.spec.name: f for f in default_model.learned}
    assert set(learned) <= set(kinds()) and learned
    page = Page(fixture_page("scam_like_share_post").read_bytes())
    for name, feature in learned.items():
        assert feature.value(page) == feature.values([page.salient_text])[0]
        row = default_model.row(page)
        assert row[default_model.feature_names.index(name)] == feature.value(page)
