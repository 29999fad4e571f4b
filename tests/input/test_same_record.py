"""One record, one feature row: check, score, train's featurizer and the notebook helper agree.

The same pages go in through each format (CSV, JSONL, Parquet, a folder of saved pages, WARC, a
corpus folder, a saved page whose URL is only in its ``saved from`` stamp) and through each
command's own way in; every path must give the model the identical feature row (NaN equal to
NaN, every other value bit for bit).
"""

from __future__ import annotations

import csv
import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from detector.app.check import check_inputs
from detector.input.datasets import load_labelled
from detector.input.io import RecordStream, list_sources
from detector.learning.retrain import featurize_data, load_data
from detector.learning.training import featurize
from detector.runs.batch import ChunkScorer, ScoreOptions

from ..conftest import FIXTURES as PAGE_FIXTURES
from .test_io import BATCH, write_warc

SAVED = BATCH / "pages" / "saved_giveaway.html"
STAMPED_URL = "https://free-robux-claim.weebly.com/claim-now"
#: id -> (page file, URL given with the page, label)
PAGES: dict[str, tuple[Path, str, str]] = {
    "survey": (PAGE_FIXTURES / "scam_survey_funnel.html", "https://prize-claim.xyz/win", "scam"),
    "charity": (PAGE_FIXTURES / "legit_charity.html", "https://www.shelter-aid.org.uk/give",
                "legit"),
    "saved": (SAVED, "", "scam"),
    "bakery": (BATCH / "pages" / "bakery_news.html", "https://riverside-bakery.co.uk/news",
               "legit"),
}
AS_OF = datetime(2024, 5, 1, tzinfo=timezone.utc)

Rows = dict[str, np.ndarray]


def _export_rows() -> list[dict[str, Any]]:
    return [{"id": pid, "url": url, "label": label, "group": pid,
             "html": path.read_text(encoding="utf-8")}
            for pid, (path, url, label) in PAGES.items()]


def write_csv(folder: Path) -> Path:
    path = folder / "labelled.csv"
    rows = _export_rows()
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_jsonl(folder: Path, rows: list[dict[str, Any]] | None = None,
                name: str = "labelled.jsonl") -> Path:
    path = folder / name
    path.write_text("".join(json.dumps(r) + "\n" for r in (rows or _export_rows())),
                    encoding="utf-8")
    return path


def write_parquet(folder: Path) -> Path:
    path = folder / "labelled.parquet"
    rows = _export_rows()
    pq.write_table(pa.table({k: [r[k] for r in rows] for k in rows[0]}), path)
    return path


def write_corpus(folder: Path, urls: dict[str, str]) -> Path:
    """A corpus folder (manifest.csv + pages/<id>.html) of the pages, with the given URLs."""
    root = folder / "corpus"
    (root / "pages").mkdir(parents=True)
    with open(root / "manifest.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "label", "kind", "group", "lang", "repo", "path", "url"])
        for pid, (path, _, label) in PAGES.items():
            (root / "pages" / f"{pid}.html").write_bytes(path.read_bytes())
            writer.writerow([pid, label, "k", pid, "en", "r", f"upstream/{pid}.php",
                             urls.get(pid, "")])
    return root


# -- each command's way in ----------------------------------------------------------------------

def by_check(model: Any, pages: dict[str, tuple[Path, str]]) -> Rows:
    """``detector check PAGE --url URL`` for every page: id -> the model's feature row."""
    out: Rows = {}
    for pid, (path, url) in pages.items():
        (outcome,) = check_inputs([str(path)], model, url_hint=url)
        assert outcome.verdict is not None, outcome.error
        out[pid] = np.array(list(outcome.verdict.features.values()))
    return out


def by_score(model: Any, source: Path) -> Rows:
    """``detector score SOURCE``: the batch scorer's verdicts, keyed by id (or page file stem)."""
    records = list(RecordStream(list_sources([source])))
    outcomes = ChunkScorer(model, ScoreOptions(as_of=AS_OF, reasons="none")).verdicts(records)
    out: Rows = {}
    for rec, o in zip(records, outcomes, strict=True):
        assert o.verdict is not None, o.error
        out[rec.id or Path(rec.source).stem] = np.array(list(o.verdict.features.values()))
    return out


def _model_rows(model: Any, fs: Any, ids: list[str]) -> Rows:
    x = model.matrix(fs.x, [s.name for s in fs.signals], fs.wording_texts)
    return dict(zip(ids, x, strict=True))


def by_train(model: Any, source: Path) -> Rows:
    """``detector train SOURCE``'s featurizer: the model's columns of its feature rows."""
    pages = load_labelled([source])
    return _model_rows(model, featurize(pages), [lp.id for lp in pages])


def by_notebook(model: Any, source: Path) -> Rows:
    """The notebook's helpers (``load_data`` then ``featurize_data``)."""
    data = load_data([source], include_project_data=False)
    return _model_rows(model, featurize_data(data), [lp.id for lp in data.pages])


def assert_same(expected: Rows, **paths: Rows) -> None:
    for name, rows in paths.items():
        assert rows.keys() == expected.keys(), name
        for pid, row in rows.items():
            assert np.array_equal(row, expected[pid], equal_nan=True), (
                f"{name} differs on {pid!r}: "
                + str({i: (a, b) for i, (a, b) in enumerate(zip(row, expected[pid],
                                                               strict=True))
                       if not (a == b or (a != a and b != b))}))


# -- the formats --------------------------------------------------------------------------------

@pytest.mark.parametrize("writer", [write_csv, write_jsonl, write_parquet],
                         ids=["csv", "jsonl", "parquet"])
def test_exports_give_the_same_rows_on_every_path(default_model: Any, tmp_path: Path,
                                                  writer: Any) -> None:
    source = writer(tmp_path)
    expected = by_check(default_model, {pid: (p, url) for pid, (p, url, _) in PAGES.items()})
    assert_same(expected, score=by_score(default_model, source),
                train=by_train(default_model, source),
                notebook=by_notebook(default_model, source))


def test_folder_of_saved_pages_and_corpus_give_the_same_rows(default_model: Any,
                                                             tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    for pid, (path, _, _) in PAGES.items():
        (folder / f"{pid}.html").write_bytes(path.read_bytes())
    # Saved pages carry no URL column: check gets no --url, the corpus an empty url cell.
    expected = by_check(default_model, {pid: (folder / f"{pid}.html", "") for pid in PAGES})
    corpus = write_corpus(tmp_path, {})
    assert_same(expected, score=by_score(default_model, folder),
                score_corpus=by_score(default_model, corpus),
                train=by_train(default_model, corpus),
                notebook=by_notebook(default_model, corpus))


def test_warc_gives_the_same_rows_as_the_saved_page_with_its_uri(default_model: Any,
                                                                 tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    uris = {pid: url or f"https://{pid}.example/" for pid, (_, url, _) in PAGES.items()}
    write_warc(warc, [("response", uris[pid], "text/html", path.read_bytes())
                      for pid, (path, _, _) in PAGES.items()])
    rows = [{"id": pid, "url": uris[pid], "label": label, "html": path.read_text("utf-8")}
            for pid, (path, _, label) in PAGES.items()]
    export = write_jsonl(tmp_path, rows)
    expected = by_check(default_model, {pid: (p, uris[pid]) for pid, (p, _, _) in PAGES.items()})
    scored = by_score(default_model, warc)  # keyed by WARC-Record-ID, in input order
    assert_same(expected, score=dict(zip(PAGES, scored.values(), strict=True)),
                train=by_train(default_model, export),
                notebook=by_notebook(default_model, export))


def test_saved_page_url_stamp_is_read_on_every_path(default_model: Any, tmp_path: Path) -> None:
    # An export whose row points at the saved page and has no URL column at all.
    export = tmp_path / "paths.csv"
    (tmp_path / "saved.html").write_bytes(SAVED.read_bytes())
    export.write_text("id,label,html_path\nsaved,scam,saved.html\n", encoding="utf-8")
    (outcome,) = check_inputs([str(SAVED)], default_model)
    assert outcome.verdict is not None
    stamped = by_check(default_model, {"saved": (SAVED, STAMPED_URL)})
    unstamped = by_check(default_model, {"saved": (tmp_path / "saved.html", "about:blank")})
    assert not np.array_equal(stamped["saved"], unstamped["saved"], equal_nan=True), (
        "the URL must change the row, or this test proves nothing")
    assert_same(stamped, check=by_check(default_model, {"saved": (SAVED, "")}),
                score=by_score(default_model, export), train=by_train(default_model, export),
                notebook=by_notebook(default_model, export))
    records = list(RecordStream(list_sources([export])))
    (o,) = ChunkScorer(default_model, ScoreOptions(as_of=AS_OF)).verdicts(records)
    assert o.url == STAMPED_URL


def test_as_of_column_is_read_by_score_as_by_train(default_model: Any, tmp_path: Path) -> None:
    html = PAGES["survey"][0].read_text(encoding="utf-8")
    export = write_jsonl(tmp_path, [{"id": "d", "url": "https://prize-claim.xyz/", "label": "scam",
                                     "page_created": "2024-01-01", "as_of": "2024-01-11",
                                     "html": html}], name="dated.jsonl")
    scored = by_score(default_model, export)  # the run's own as-of is 2024-05-01
    trained = by_train(default_model, export)
    assert_same(trained, score=scored, notebook=by_notebook(default_model, export))
    age = default_model.feature_names.index("age_page_days")
    assert scored["d"][age] == 10.0
