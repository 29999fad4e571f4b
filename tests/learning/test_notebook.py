"""notebooks/retrain.ipynb runs top to bottom on a fresh kernel and writes a model the CLI uses.

The notebook is executed with nbclient on a real Jupyter kernel started from this very
interpreter (a kernelspec written to a temporary folder), so it never picks up another Python's
kernelspec. Its data is a small labelled export written here from variants of the fixture pages;
the real corpus is not needed. The project's own data (data/synthetic) joins training when it
is present, sampled down.
"""

from __future__ import annotations

import ast
import json
import random
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ..conftest import FIXTURES, ROOT, fixture_pages

NOTEBOOK = ROOT / "notebooks" / "retrain.ipynb"
SCAM_PAGE = FIXTURES / "scam_crypto_doubling.html"

# Neutral words for the filler sentences that make each variant of a fixture page distinct.
FILLER = ["morning", "weather", "garden", "library", "notes", "update", "river", "station",
          "museum", "coffee", "window", "season", "photo", "street", "market", "chapter",
          "meeting", "report", "city", "table", "winter"]
_PARAGRAPH = re.compile(r"<p[\s>].*?</p>", re.S | re.I)


def _variant(html: str, rng: random.Random) -> str:
    """The page with a paragraph repeated or dropped and a few neutral sentences added."""
    paragraphs = _PARAGRAPH.findall(html)
    if paragraphs and rng.random() < 0.5:
        p = rng.choice(paragraphs)
        html = html.replace(p, p + p, 1) if rng.random() < 0.5 else html.replace(p, "", 1)
    sentences = "".join(
        f"<p>{' '.join(rng.sample(FILLER, rng.randint(4, 9))).capitalize()} "
        f"{rng.randint(2, 2999)}.</p>"
        for _ in range(rng.randint(1, 3))
    )
    return html.replace("</body>", sentences + "</body>", 1)


def write_labelled_export(folder: Path, variants: int = 6, seed: int = 0) -> Path:
    """A JSONL export of fixture-page variants, one group per fixture, plus one exact copy."""
    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []
    for path in fixture_pages():
        html = path.read_text(encoding="utf-8")
        for i in range(variants):
            rows.append({
                "id": f"{path.stem}-{i}", "label": "scam" if path.stem.startswith("scam_") else
                "legit", "group": path.stem, "kind": path.stem.split("_", 1)[1],
                "html": _variant(html, rng),
            })
    rows.append({**rows[0], "id": "copy-of-first"})
    out = folder / "labelled.jsonl"
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return out


def inject_parameters(nb: Any, **params: Any) -> None:
    """Override parameters by appending assignments to the cell tagged ``parameters``."""
    cells = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(cells) == 1, "the notebook needs exactly one cell tagged 'parameters'"
    cell = cells[0]
    known = {t.id for node in ast.parse(cell.source).body if isinstance(node, ast.Assign)
             for t in node.targets if isinstance(t, ast.Name)}
    unknown = set(params) - known
    assert not unknown, f"not parameters of the notebook: {sorted(unknown)}"
    cell.source += "\n\n# injected by tests/test_notebook.py\n" + "".join(
        f"{name} = {value!r}\n" for name, value in params.items())


def kernel_manager(folder: Path) -> Any:
    """A kernel manager for a ``python3`` kernel running this interpreter (and its ipykernel)."""
    from ipykernel.kernelspec import write_kernel_spec
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import AsyncKernelManager

    kernels = folder / "kernels"
    write_kernel_spec(kernels / "python3")
    specs = KernelSpecManager(kernel_dirs=[str(kernels)])
    return AsyncKernelManager(kernel_name="python3", kernel_spec_manager=specs)


def _outputs(nb: Any) -> tuple[str, int]:
    text, images = [], 0
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream":
                text.append(out["text"])
            data = out.get("data", {})
            images += "image/png" in data
            text.append(data.get("text/plain", ""))
    return "\n".join(text), images


def test_notebook_is_committed_clean() -> None:
    nbformat = pytest.importorskip("nbformat")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.outputs == [] and c.execution_count is None for c in code), (
        "strip the notebook's outputs before committing "
        "(jupyter nbconvert --clear-output --inplace notebooks/retrain.ipynb)")
    assert "parameters" in code[0].metadata.get("tags", []), "parameters must come first"
    assert nb.metadata["kernelspec"]["name"] == "python3"


@pytest.mark.slow
def test_notebook_trains_a_model_the_cli_uses(tmp_path: Path) -> None:
    for module in ("nbclient", "nbformat", "ipykernel", "matplotlib"):
        pytest.importorskip(module, reason=f"{module} missing: pip install -e '.[notebook]'")
    import nbformat
    from nbclient import NotebookClient

    export = write_labelled_export(tmp_path)
    model_dir = tmp_path / "model"
    nb = nbformat.read(NOTEBOOK, as_version=4)
    inject_parameters(nb, data=[str(export)], include_project_data=True,
                      output_dir=str(model_dir), target_fpr=0.05, sample=60, seed=0)
    client = NotebookClient(nb, km=kernel_manager(tmp_path), kernel_name="python3", timeout=240,
                            startup_timeout=120,
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()

    text, images = _outputs(nb)
    assert "copy-of-first" in text and "dropped 1 duplicate page(s)" in text
    assert images >= 4, "expected the ROC/PR, score, calibration and importance plots"
    assert f"detector check --model {shlex.quote(str(model_dir.resolve()))} page.html" in text
    assert "false negative" in text.lower() or "closest call" in text.lower()
    manifest = json.loads((model_dir / "manifest.json").read_text(encoding="utf-8"))
    assert str(export.resolve()) in manifest["training"]["data"]
    assert "new model" in manifest["metrics"]["held_out"]["models"]

    res = subprocess.run(
        [sys.executable, "-m", "detector", "check", "--model", str(model_dir), str(SCAM_PAGE),
         "--json"], capture_output=True, text=True, timeout=120, check=False)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["model_id"] == manifest["model_id"]


# -- helpers the notebook relies on -------------------------------------------------------------
def test_duplicates_by_bytes_and_by_visible_text_not_by_empty_text() -> None:
    from detector.input.datasets import LabelledPage
    from detector.learning.retrain import USER, RetrainData, drop_duplicates, find_duplicates
    from detector.pages.page import Page

    body = "<p>" + "A long enough paragraph of visible text for the check. " * 2 + "</p>"
    htmls = [f"<html><body>{body}</body></html>", f"<html><body>{body}</body></html>",
             f"<html><head><title>x</title></head><body>{body}</body></html>",
             "<html><body><script>1</script></body></html>",
             "<html><body><script>2</script></body></html>"]
    labels = [1, 0, 1, 0, 0]
    data = RetrainData([LabelledPage(Page(h), lab, f"g{i}", id=str(i))
                        for i, (h, lab) in enumerate(zip(htmls, labels, strict=True))],
                       [USER] * len(htmls))
    dups = find_duplicates(data)
    assert dups[["index", "duplicate_of", "same"]].values.tolist() == [
        [1, 0, "html"], [2, 0, "visible text"]]
    assert dups["labels_disagree"].tolist() == [True, False]
    assert [lp.id for lp in drop_duplicates(data, dups).pages] == ["0", "3", "4"]


def test_export_without_group_column_is_grouped_by_domain(tmp_path: Path) -> None:
    from detector.learning.retrain import load_data

    rows = [{"label": "scam" if i % 2 else "legit", "url": f"https://www.site{i % 3}.com/p",
             "html": f"<p>page {i}</p>"} for i in range(6)]
    export = tmp_path / "nogroup.jsonl"
    export.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    data = load_data([export], include_project_data=False)
    assert {lp.group for lp in data.pages} == {f"site:site{i}.com" for i in range(3)}
    assert any("no group column" in n for n in data.notes)


def test_notebook_probabilities_are_the_scorers(default_model: Any) -> None:
    from detector import Page, score
    from detector.input.datasets import LabelledPage
    from detector.learning.retrain import model_probability
    from detector.learning.training import featurize

    pages = [LabelledPage(Page(p.read_bytes()), int(p.stem.startswith("scam_")), p.stem)
             for p in fixture_pages()]
    expected = [score(Page(p.read_bytes()), default_model).probability for p in fixture_pages()]
    got = model_probability(default_model, featurize(pages))
    assert got.tolist() == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize(("module", "may_not_import"), [
    ("retrain_data", {"retrain", "retrain_compare", "retrain_plots"}),
    ("retrain_compare", {"retrain", "retrain_plots"}),
    ("retrain_plots", {"retrain"}),
])
def test_the_retrain_steps_flow_one_way(module: str, may_not_import: set[str]) -> None:
    # data -> compare -> plots -> retrain: a step never reaches back to an earlier one.
    path = ROOT / "detector" / "learning" / f"{module}.py"
    imported = {node.module.split(".")[0]
                for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module}
    backwards = imported & may_not_import
    assert not backwards, f"detector/{module}.py imports {sorted(backwards)}"


def test_every_notebook_helper_is_still_importable_from_detector_retrain() -> None:
    from detector.learning import retrain

    used = set(re.findall(r"\bretrain\.([a-z_][a-z0-9_]*)", NOTEBOOK.read_text(encoding="utf-8")))
    assert used, "the notebook no longer calls detector.learning.retrain helpers"
    missing = sorted(n for n in used if not hasattr(retrain, n))
    assert not missing, (
        f"the notebook calls retrain.{missing}, which detector.learning.retrain lacks")
    assert used <= set(retrain.__all__), sorted(used - set(retrain.__all__))
