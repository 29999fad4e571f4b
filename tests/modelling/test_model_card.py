"""The model card's feature table is the bundled model's, not a copy that drifts from it."""

from __future__ import annotations

from pathlib import Path

from detector import load_model
from detector.modelling.modelcard import feature_table

CARD = Path(__file__).resolve().parents[2] / "data" / "MODEL_CARD.md"


def test_the_model_card_lists_every_feature_of_the_bundled_model_as_it_is() -> None:
    table = feature_table(load_model())
    assert table in CARD.read_text(encoding="utf-8"), (
        "data/MODEL_CARD.md is out of date: paste the output of "
        "`python -c 'from detector import load_model; from detector.modelling.modelcard import "
        "feature_table; print(feature_table(load_model()))'` into its feature section")


def test_every_model_column_has_evidence_and_every_other_signal_is_listed() -> None:
    from detector.signals import all_signals

    bundle = load_model()
    table = feature_table(bundle)
    for name in bundle.feature_names:
        assert f"| `{name}` |" in table
    dropped = bundle.manifest["training"]["information_only"]
    assert {s.name for s in all_signals()} == (set(bundle.feature_names) | set(dropped)) - {
        "text_wording_score"}
    # Every column says why it is there: learned weight, or the knowledge component reading it.
    rows = [line for line in table.splitlines() if line.startswith("| `")]
    assert len(rows) == len(bundle.feature_names)
    assert all("learned:" in r or "knowledge:" in r or "gate of" in r or "exception of" in r
               for r in rows), rows
