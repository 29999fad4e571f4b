"""ModelBundle: LightGBM's text model plus a JSON manifest; save, load, compatibility check.

A bundle is a directory::

    model.txt       LightGBM's own text format (no pickle: loading runs no code)
    manifest.json   format version, detector and library versions, ordered features with their
                    versions, decision threshold, calibration, training summary and metrics

Loading compares the manifest's features with the signal registry and refuses any mismatch with
a diff that names the missing and changed features.
"""

from __future__ import annotations

import hashlib
import json
import math
import sys
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import numpy as np

from . import __version__
from .errors import ModelError, ModelMismatchError
from .knowledge import AgePrior
from .signals import Signal, all_signals
from .textmodel import FEATURE_NAME as TEXT_FEATURE
from .textmodel import FEATURE_VERSION as TEXT_FEATURE_VERSION
from .textmodel import FILE_NAME as TEXT_FILE_NAME
from .textmodel import TextModel

if TYPE_CHECKING:
    import lightgbm as lgb

# lightgbm imports scikit-learn, pandas, dask... when they are installed, only to offer optional
# integrations; that costs about 0.9 s per `detector check`. Scoring needs none of them, so when
# they are not loaded yet, lightgbm is imported as if they were absent.
_OPTIONAL_FOR_LIGHTGBM = ("sklearn", "pandas", "dask", "matplotlib", "graphviz", "datatable",
                          "cffi", "pyarrow")


def lightgbm_module() -> ModuleType:
    """Import lightgbm without its optional integrations unless they are already loaded."""
    if "lightgbm" in sys.modules:
        return sys.modules["lightgbm"]
    blocked = [m for m in _OPTIONAL_FOR_LIGHTGBM if m not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        import lightgbm
    finally:
        for name in blocked:
            if sys.modules.get(name) is None:
                del sys.modules[name]
    return lightgbm

FORMAT_VERSION = 1
MODEL_FILE = "model.txt"
MANIFEST_FILE = "manifest.json"


@dataclass(frozen=True)
class Calibration:
    """Platt scaling of LightGBM's raw score (log-odds) to a probability."""

    a: float = 1.0
    b: float = 0.0

    def probability(self, raw: np.ndarray) -> np.ndarray:
        """Calibrated probability for raw scores."""
        z = np.clip(self.a * raw + self.b, -40.0, 40.0)
        return 1.0 / (1.0 + np.exp(-z))

    def raw_for(self, probability: float) -> float:
        """The raw score at which the calibrated probability equals ``probability``."""
        p = min(max(probability, 1e-12), 1 - 1e-12)
        return (math.log(p / (1 - p)) - self.b) / self.a


@dataclass
class ModelBundle:
    """A trained model and everything needed to use it safely."""

    booster: lgb.Booster
    features: list[tuple[str, int]]
    threshold: float
    calibration: Calibration = field(default_factory=Calibration)
    manifest: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None
    #: The wording model behind the ``text_wording_score`` feature, when the model uses it.
    text_model: TextModel | None = None
    #: Page- and domain-age evidence added in log-odds (:mod:`detector.knowledge`).
    age_prior: AgePrior | None = None

    @property
    def feature_names(self) -> list[str]:
        """Feature names in model column order."""
        return [name for name, _ in self.features]

    @property
    def model_id(self) -> str:
        """Stable identifier of this model (name plus a hash of its text)."""
        return str(self.manifest.get("model_id", "unsaved"))

    def signals(self) -> tuple[Signal, ...]:
        """The registered signals this model uses, in its column order (wording excluded)."""
        return self._signals

    @cached_property
    def _signals(self) -> tuple[Signal, ...]:
        # Looked up once per bundle: row() runs for every page of a batch.
        by_name = {s.name: s for s in all_signals()}
        return tuple(by_name[name] for name in self.feature_names if name != TEXT_FEATURE)

    def row(self, page: Any) -> np.ndarray:
        """The model's feature row for one page: its signals, then the wording score."""
        from .features import extract

        values = extract(page, self.signals())
        if self.text_model is None:
            return values
        return np.append(values, self.text_model.score_page(page))

    def matrix(self, x_signals: np.ndarray, signal_names: list[str],
               texts: list[str] | None = None) -> np.ndarray:
        """The model's feature matrix from a signal matrix (any column order) and page texts."""
        col = {name: i for i, name in enumerate(signal_names)}
        missing = [n for n in self.feature_names if n != TEXT_FEATURE and n not in col]
        if missing:
            raise ModelError(f"the feature matrix lacks the model's signals {missing}")
        x = x_signals[:, [col[n] for n in self.feature_names if n != TEXT_FEATURE]]
        if self.text_model is None:
            return x
        if texts is None:
            raise ModelError("this model reads the page text: pass the pages' texts too")
        return np.hstack([x, self.text_model.scores(texts)[:, None]])

    def _offsets(self, x: np.ndarray) -> np.ndarray | None:
        return None if self.age_prior is None else self.age_prior.offsets(x, self.feature_names)

    def raw_score(self, x: np.ndarray) -> np.ndarray:
        """Raw score (log-odds): LightGBM's trees plus the knowledge components."""
        raw = np.asarray(self.booster.predict(x, raw_score=True), dtype=np.float64)
        offsets = self._offsets(x)
        return raw if offsets is None else raw + offsets.sum(axis=1)

    def probability(self, x: np.ndarray) -> np.ndarray:
        """Calibrated scam probability for a feature matrix."""
        return self.calibration.probability(self.raw_score(x))

    def contributions(self, x: np.ndarray) -> np.ndarray:
        """Per-feature contributions (last column: expected value); rows sum to the raw score.

        A knowledge component's log-odds count as the contribution of the feature it reads.
        """
        contrib = np.asarray(self.booster.predict(x, pred_contrib=True), dtype=np.float64)
        offsets = self._offsets(x)
        if offsets is not None:
            contrib[:, : offsets.shape[1]] += offsets
        return contrib

    # -- persistence -------------------------------------------------------------------------
    def save(self, directory: str | Path) -> Path:
        """Write ``model.txt`` and ``manifest.json`` into ``directory`` (created if needed)."""
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        text = self.booster.model_to_string()
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        (out / MODEL_FILE).write_text(text, encoding="utf-8")
        manifest = dict(self.manifest)
        if self.text_model is not None:
            text_path = self.text_model.save(out)
            manifest["text_model_sha256"] = hashlib.sha256(text_path.read_bytes()).hexdigest()
        manifest.update(
            {
                "format_version": FORMAT_VERSION,
                "model_id": manifest.get("model_id") or f"model-{digest[:12]}",
                "detector_version": __version__,
                "library_versions": _library_versions(),
                "features": [
                    {"name": n, "version": v,
                     "source": "text_model" if n == TEXT_FEATURE else "signal"}
                    for n, v in self.features],
                "threshold": {
                    **dict(manifest.get("threshold", {})),
                    "probability": self.threshold,
                },
                "calibration": {"method": "platt", "a": self.calibration.a,
                                "b": self.calibration.b},
                **({"knowledge": {"age_prior": self.age_prior.to_json()}}
                   if self.age_prior is not None else {}),
                "model_file": MODEL_FILE,
                "model_sha256": digest,
            }
        )
        (out / MANIFEST_FILE).write_text(
            json.dumps(manifest, indent=2, sort_keys=False, default=_json_default) + "\n",
            encoding="utf-8",
        )
        self.manifest = manifest
        self.path = out
        return out


def _json_default(value: object) -> object:
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.floating,)):
        return float(value)
    if isinstance(value, np.ndarray):
        return value.tolist()
    raise TypeError(f"cannot write {type(value).__name__} to the manifest")


def _library_versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for pkg in ("lightgbm", "numpy", "scikit-learn", "selectolax", "pyahocorasick", "tldextract"):
        try:
            out[pkg] = version(pkg)
        except PackageNotFoundError:
            out[pkg] = "absent"
    return out


def default_model_dir() -> Path:
    """Directory of the model bundled inside the package."""
    return Path(str(resources.files("detector") / "models" / "default"))


def check_compatible(features: list[tuple[str, int]], signals: list[Signal] | None = None) -> None:
    """Refuse a model whose features are missing from, or changed in, the signal registry."""
    registry = {s.name: s.version for s in (signals if signals is not None else all_signals())}
    registry[TEXT_FEATURE] = TEXT_FEATURE_VERSION
    missing = [n for n, _ in features if n not in registry]
    changed = [(n, v, registry[n]) for n, v in features if n in registry and registry[n] != v]
    if not missing and not changed:
        return
    lines = ["the model was built for other signals than this detector has:"]
    lines += [f"  - {n}: used by the model, not known to this detector" for n in missing]
    lines += [f"  ~ {n}: model has version {mv}, detector has version {dv}"
              for n, mv, dv in changed]
    lines.append(
        "retrain the model with this detector (`detector train DATA -o DIR`), or install the "
        "detector version the model was built with (see its manifest.json: detector_version)"
    )
    raise ModelMismatchError("\n".join(lines))


def load_model(directory: str | Path | None = None) -> ModelBundle:
    """Load a bundle from ``directory`` (default: the bundled model), checking compatibility."""
    path = Path(directory) if directory is not None else default_model_dir()
    manifest_path = path / MANIFEST_FILE
    if not manifest_path.is_file():
        raise ModelError(
            f"no {MANIFEST_FILE} in {str(path)!r}; give a model directory written by "
            "`detector train` (it holds model.txt and manifest.json)"
        )
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read {str(manifest_path)!r}: {exc}; retrain the model") from exc
    if manifest.get("format_version") != FORMAT_VERSION:
        raise ModelError(
            f"{str(manifest_path)!r} has format_version {manifest.get('format_version')!r}; "
            f"this detector reads format {FORMAT_VERSION}: retrain or upgrade the detector"
        )
    try:
        features = [(str(f["name"]), int(f["version"])) for f in manifest["features"]]
        threshold = float(manifest["threshold"]["probability"])
        cal = manifest.get("calibration", {})
        calibration = Calibration(float(cal.get("a", 1.0)), float(cal.get("b", 0.0)))
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelError(
            f"{str(manifest_path)!r} lacks a valid features/threshold entry ({exc}); retrain"
        ) from exc
    check_compatible(features)
    model_file = path / str(manifest.get("model_file", MODEL_FILE))
    try:
        text = model_file.read_text(encoding="utf-8")
    except OSError as exc:
        raise ModelError(f"cannot read model file {str(model_file)!r}: {exc}") from exc
    expected = manifest.get("model_sha256")
    if expected and hashlib.sha256(text.encode("utf-8")).hexdigest() != expected:
        raise ModelError(
            f"{str(model_file)!r} does not match the sha256 in its manifest: the file was changed "
            "or damaged; restore it or retrain"
        )
    lgb_mod = lightgbm_module()
    try:
        booster = lgb_mod.Booster(model_str=text)
    except lgb_mod.basic.LightGBMError as exc:
        raise ModelError(f"LightGBM cannot read {str(model_file)!r}: {exc}") from exc
    if booster.num_feature() != len(features):
        raise ModelError(
            f"{str(model_file)!r} has {booster.num_feature()} features but its manifest lists "
            f"{len(features)}; the two files do not belong together: retrain"
        )
    text_model = None
    if any(name == TEXT_FEATURE for name, _ in features):
        text_model = TextModel.load(path)
        expected_text = manifest.get("text_model_sha256")
        if expected_text and hashlib.sha256(
                (path / TEXT_FILE_NAME).read_bytes()).hexdigest() != expected_text:
            raise ModelError(
                f"{str(path / TEXT_FILE_NAME)!r} does not match the sha256 in its manifest: the "
                "file was changed or damaged; restore it or retrain")
    age_prior = None
    if "age_prior" in manifest.get("knowledge", {}):
        try:
            age_prior = AgePrior.from_json(manifest["knowledge"]["age_prior"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelError(f"{str(manifest_path)!r} has an unreadable age prior ({exc}); "
                             "retrain the model with this detector") from exc
    return ModelBundle(booster, features, threshold, calibration, manifest, path, text_model,
                       age_prior)
