"""Held-out splits: whole families and languages out, never a group on both sides."""

from __future__ import annotations

import numpy as np

from detector.learning.splits import (
    FAMILIES,
    family_folds,
    family_of,
    language_folds,
    training_side,
)


def _pages() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    kinds, groups, langs = [], [], []
    scam_kinds = [sorted(scam)[0] for scam, _ in FAMILIES.values()]
    legit_kinds = [sorted(legit)[0] for _, legit in FAMILIES.values()]
    for i in range(80):
        kinds.append(scam_kinds[i % 4] if i % 2 else (legit_kinds[i % 4] if i % 3 else "news"))
        # Groups hold one kind each (as kit near-copies do): a mixed group goes wholly where
        # most of its pages go, which may train on a family it partly belongs to.
        groups.append(f"{kinds[-1]}-{i // 12}")
        langs.append(["en", "de", "fr", "en", "vi", "multi"][i % 6])
    return (np.array(kinds, dtype=object), np.array(groups, dtype=object),
            np.array(langs, dtype=object))


def test_family_folds_hold_out_a_whole_family_and_never_split_a_group() -> None:
    kinds, groups, _ = _pages()
    folds = family_folds(kinds, groups, seed=0)
    assert [name for name, _ in folds] == list(FAMILIES)
    covered = np.zeros(len(kinds), dtype=bool)
    for name, test in folds:
        train = training_side(test, groups)
        assert not set(groups[test].tolist()) & set(groups[train].tolist())
        # No page of the held-out family trains the model that scores it.
        assert all(family_of(k) != name for k in kinds[train].tolist())
        covered |= test
    assert covered.all()


def test_language_folds_never_hold_out_english_or_mixed_pages() -> None:
    _, groups, langs = _pages()
    # One page a group, so group majority cannot move a page between languages.
    groups = np.array([f"p{i}" for i in range(len(langs))], dtype=object)
    folds = dict(language_folds(langs, groups, min_pages=10))
    assert set(folds) == {"de", "fr", "vi"}
    for lang, test in folds.items():
        assert set(langs[test].tolist()) == {lang}
    rare = dict(language_folds(langs, groups, min_pages=20))
    assert set(rare) == {"other"} and set(langs[rare["other"]].tolist()) == {"de", "fr", "vi"}
