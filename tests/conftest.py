"""Shared fixtures: fixture pages, the real corpus (skipped when absent), the bundled model."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "pages"
#: The README's example pages double as fixtures (one scam, one hard negative).
EXAMPLES = ROOT / "examples"
CORPUS = Path(os.environ.get("DETECTOR_CORPUS", ROOT.parent / "shared" / "corpus"))
SYNTHETIC = ROOT / "data" / "synthetic" / "pages.jsonl.gz"


def fixture_pages(prefix: str = "") -> list[Path]:
    """Fixture and example pages whose file name starts with ``prefix``."""
    return sorted([*FIXTURES.glob(f"{prefix}*.html"), *EXAMPLES.glob(f"{prefix}*.html")],
                  key=lambda p: p.name)


def fixture_page(name: str) -> Path:
    """Path of a fixture or example page by file stem."""
    for folder in (FIXTURES, EXAMPLES):
        path = folder / f"{name}.html"
        if path.is_file():
            return path
    raise FileNotFoundError(f"no fixture page {name!r} in {FIXTURES} or {EXAMPLES}")


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The real-page corpus; tests that need it skip with a reason when it is absent."""
    if not (CORPUS / "manifest.csv").is_file():
        pytest.skip(f"real-page corpus not found at {CORPUS} (set DETECTOR_CORPUS to its path)")
    return CORPUS


@pytest.fixture(scope="session")
def default_model():  # type: ignore[no-untyped-def]
    """The bundled default model."""
    from detector import load_model

    return load_model()
