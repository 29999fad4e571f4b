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

from .. import __version__
from ..errors import ModelError, ModelMismatchError
from ..signals import Signal, all_signals
from .knowledge import Knowledge
from .learned import LearnedFeature, kinds

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
    #: Fitted learned features (e.g. the wording model), each the source of one column.
    learned: tuple[LearnedFeature, ...] = ()
    #: Evidence added in log-odds (:mod:`detector.modelling.knowledge`): age prior, hand-set rules.
    knowledge: Knowledge | None = None

    @property
    def feature_names(self) -> list[str]:
        """Feature names in model column order."""
        return [name for name, _ in self.features]

    @property
    def model_id(self) -> str:
        """Stable identifier of this model (name plus a hash of its text)."""
        return str(self.manifest.get("model_id", "unsaved"))

    def signals(self) -> tuple[Signal, ...]:
        """The registered signals this model uses, in column order (learned features apart)."""
        return self._signals

    @cached_property
    def _learned_by_name(self) -> dict[str, LearnedFeature]:
        return {f.spec.name: f for f in self.learned}

    @cached_property
    def _signals(self) -> tuple[Signal, ...]:
        # Looked up once per bundle: row() runs for every page of a batch.
        by_name = {s.name: s for s in all_signals()}
        return tuple(by_name[name] for name in self.feature_names
                     if name not in self._learned_by_name)

    def columns(self) -> tuple[Any, ...]:
        """Every column's describer source in order: signals and learned features' specs."""
        sig = {s.name: s for s in self._signals}
        return tuple(sig[n] if n in sig else self._learned_by_name[n].spec
                     for n in self.feature_names)

    def row(self, page: Any) -> np.ndarray:
        """The model's feature row for one page, in column order."""
        from .features import extract

        values = dict(zip((s.name for s in self._signals),
                          extract(page, self.signals()).tolist(), strict=True))
        for name, feature in self._learned_by_name.items():
            values[name] = feature.value(page)
        return np.array([values[n] for n in self.feature_names], dtype=np.float64)

    def matrix(self, x_signals: np.ndarray, signal_names: list[str],
               texts: list[str] | None = None) -> np.ndarray:
        """The model's feature matrix from a signal matrix (any column order) and the pages'
        salient texts (what learned features read)."""
        col = {name: i for i, name in enumerate(signal_names)}
        missing = [n for n in self.feature_names
                   if n not in self._learned_by_name and n not in col]
        if missing:
            raise ModelError(f"the feature matrix lacks the model's signals {missing}")
        if self.learned and texts is None:
            raise ModelError("this model reads the page text: pass the pages' texts too")
        out = np.empty((len(x_signals), len(self.feature_names)), dtype=np.float64)
        for j, name in enumerate(self.feature_names):
            feature = self._learned_by_name.get(name)
            out[:, j] = (feature.values(texts or []) if feature is not None
                         else x_signals[:, col[name]])
        return out

    def describer(self, name: str, page: Any, towards_scam: bool) -> Any | None:
        """A learned feature's reason source for one page (None for a signal)."""
        feature = self._learned_by_name.get(name)
        return None if feature is None else feature.describer(page, towards_scam)

    def _offsets(self, x: np.ndarray) -> np.ndarray | None:
        return None if self.knowledge is None else self.knowledge.offsets(x, self.feature_names)

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
        files = {}
        for feature in self.learned:
            saved = feature.save(out)
            files[feature.spec.name] = {"kind": feature.spec.kind, "file": saved.name,
                                        "sha256": hashlib.sha256(saved.read_bytes()).hexdigest()}
        manifest.update(
            {
                "format_version": FORMAT_VERSION,
                "model_id": manifest.get("model_id") or f"model-{digest[:12]}",
                "detector_version": __version__,
                "library_versions": _library_versions(),
                "features": [
                    {"name": n, "version": v,
                     **({"source": "learned", **files[n]} if n in files
                        else {"source": "signal"})}
                    for n, v in self.features],
                "threshold": {
                    **dict(manifest.get("threshold", {})),
                    "probability": self.threshold,
                },
                "calibration": {"method": "platt", "a": self.calibration.a,
                                "b": self.calibration.b},
                **({"knowledge": self.knowledge.to_json()}
                   if self.knowledge is not None else {}),
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
    registry.update({name: k.spec.version for name, k in kinds().items()})
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
    learned = _load_learned(path, manifest)
    knowledge = None
    if "knowledge" in manifest:
        try:
            knowledge = Knowledge.from_json(manifest["knowledge"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelError(f"{str(manifest_path)!r} has unreadable knowledge components "
                             f"({exc}); retrain the model with this detector") from exc
    return ModelBundle(booster, features, threshold, calibration, manifest, path, learned,
                       knowledge)


def _load_learned(path: Path, manifest: dict[str, Any]) -> tuple[LearnedFeature, ...]:
    """Every learned feature the manifest lists, each checked against its file's sha256."""
    out = []
    known = kinds()
    for entry in manifest["features"]:
        if entry.get("source") != "learned":
            continue
        name, file_path = str(entry["name"]), path / str(entry.get("file", ""))
        if name not in known:  # pragma: no cover - check_compatible refused it already
            raise ModelError(f"unknown learned feature {name!r}")
        try:
            data = file_path.read_bytes()
        except OSError as exc:
            raise ModelError(f"cannot read {str(file_path)!r} ({exc}): the model directory is "
                             "incomplete; restore it or retrain") from exc
        if hashlib.sha256(data).hexdigest() != entry.get("sha256"):
            raise ModelError(
                f"{str(file_path)!r} does not match the sha256 in its manifest: the file was "
                "changed or damaged; restore it or retrain")
        out.append(known[name].load(path))
    return tuple(out)
