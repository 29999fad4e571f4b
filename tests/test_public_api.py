"""The public API is pinned: ``detector.__all__`` and the ``__all__`` of every public module.

A name added, removed or renamed here is a change users of the library see, so it should be
made on purpose: update the list below in the same commit, and say so in its message.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "detector"

PINNED: dict[str, list[str]] = {
    "detector": [
        "DetectorError", "InputError", "ModelBundle", "ModelError", "ModelMismatchError",
        "Page", "Reason", "Result", "Verdict", "WhoisFacts", "__version__", "load_model",
        "score", "score_many",
    ],
    "detector.input.datasets": [
        "COLUMN_ALIASES", "LabelledPage", "TRAINING_FIELDS", "label_counts", "load_corpus",
        "load_export", "load_labelled", "parse_label", "require_both_classes", "resolve_columns",
    ],
    "detector.learning.evaluation": [
        "ARTEFACT_NAMES", "Evaluation", "evaluate_cv", "evaluate_model", "evaluate_time_split",
        "keyword_scores", "render_text", "write_report",
    ],
    "detector.input.io": [
        "COLUMN_ALIASES", "CsvResultWriter", "EXPORT_SUFFIXES", "JsonlResultWriter",
        "OUTPUT_COLUMNS", "OUTPUT_FORMATS", "ParquetResultWriter", "Record", "RecordStream",
        "ResultWriter", "Row", "Source", "check_keep", "clean_text", "is_blank", "list_sources",
        "open_writer", "output_format", "resolve_columns", "source_kind", "table_columns",
        "too_large",
    ],
    "detector.net": [
        "CHROME_USER_AGENT", "DomainLookup", "FetchLimits", "Fetched", "GatherOptions",
        "GatherReport", "Hop", "UrlResult", "WHOIS_SERVERS", "WhoisSettings", "check_urls",
        "fetch_url", "find_policy_link", "gather_page", "lookup_domain", "lookup_domain_async",
        "lookup_domain_detailed", "make_client",
    ],
    "detector.net.body": [
        "looks_like_html", "read_capped",
    ],
    "detector.net.domain_age": [
        "lookup_domain", "lookup_domain_async", "lookup_domain_detailed", "registered_domain",
    ],
    "detector.net.gather": [
        "GatherReport", "ParsePool", "UrlResult", "check_urls", "gather_page",
    ],
    "detector.net.guard": [
        "GuardedBackend", "Resolver", "Route", "address_problem", "pinned", "vet_destination",
    ],
    "detector.net.http": [
        "Fetched", "HTTPStatusError", "Hop", "bounded_get", "fetch_url", "make_client",
    ],
    "detector.net.policy": [
        "find_policy_link",
    ],
    "detector.net.settings": [
        "CHROME_USER_AGENT", "FetchLimits", "GatherOptions", "WhoisSettings",
    ],
    "detector.net.whois": [
        "DomainLookup", "WHOIS_SERVERS", "lookup_registered_domain",
    ],
    "detector.net.whois_cache": [
        "CACHE_FILE_NAME", "CachedLookup", "WhoisCache", "default_cache_dir",
    ],
    "detector.runs.report": [
        "BANDS", "FAILED", "FLAGGED_BANDS", "ReasonCount", "ReportOptions", "TABLE_BANDS",
        "Triage", "build_report", "read_batches", "render_html", "scored_files", "summarise",
    ],
    "detector.input.sources": ["check_keep", "list_sources", "table_columns"],
    "detector.learning.training": [
        "ARTEFACT_NAMES", "DEFAULT_PARAMS", "FeatureSet", "cross_validate", "featurize",
        "fit_calibration", "grouped_folds", "metrics", "oof_folds", "probability_of",
        "threshold_for_fpr", "tpr_at_fpr", "train_from_sources", "train_model",
    ],
    "detector.learning.retrain": [
        "Comparison", "DEFAULT", "HoldOut", "KEYWORDS", "NEW", "PROJECT", "RetrainData", "USER",
        "compare", "comparison_models", "drop_duplicates", "duplicate_summary", "error_table",
        "featurize_data", "find_duplicates", "holdout_split", "html_key", "importance",
        "load_data", "load_default_model", "model_probability", "pages_frame",
        "plot_calibration", "plot_curves", "plot_importance", "plot_scores",
        "project_data_files", "project_root", "render_errors", "sample_data", "save_model",
        "summarise", "text_key", "trained_on", "training_summary", "usage_text",
    ],
    "detector.signals": [
        "Signal", "all_signals", "get", "signal",
    ],
}


def _modules_defining_all() -> list[str]:
    """Public modules (no ``_`` in their dotted name) that assign ``__all__``, read statically."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if any(p.startswith("_") and p != "__init__" for p in parts):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if any(isinstance(node, ast.Assign)
               and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
               for node in tree.body):
            found.append(".".join(p for p in parts if p != "__init__"))
    return found


def test_the_package_all_is_exactly_the_public_api_in_order() -> None:
    import detector

    assert detector.__all__ == PINNED["detector"]
    for name in detector.__all__:
        assert getattr(detector, name) is not None, f"detector.{name} does not resolve"


def test_every_public_module_that_declares_all_is_pinned() -> None:
    declared = _modules_defining_all()
    assert "detector" in declared
    unpinned = sorted(set(declared) - set(PINNED))
    assert not unpinned, f"pin the __all__ of {unpinned} in tests/test_public_api.py"
    gone = sorted(set(PINNED) - set(declared))
    assert not gone, f"{gone} no longer declare __all__: drop them from PINNED on purpose"


@pytest.mark.parametrize("module_name", sorted(set(PINNED) - {"detector"}))
def test_module_all_is_pinned_and_every_name_exists(module_name: str) -> None:
    module = importlib.import_module(module_name)
    names = list(module.__all__)
    assert len(names) == len(set(names)), f"{module_name}.__all__ repeats a name"
    assert sorted(names) == PINNED[module_name]
    missing = [n for n in names if not hasattr(module, n)]
    assert not missing, f"{module_name}.__all__ names {missing}, which it does not define"
