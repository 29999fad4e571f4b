"""The model card's feature table, made from a bundle so the card cannot drift from the model.

For each column of the model: its share of the trees' gain in the shipped model, its smallest
share over the held-out-source folds it was selected on, the evidence that keeps it in the
model (learned from real pages, or a knowledge component that reads it), and its direction.
Signals that left the model are listed after, with why.
"""

from __future__ import annotations

from ..signals import all_signals
from .knowledge import DOMAIN_FEATURE, PAGE_FEATURE, PROMISE_FEATURE
from .model import ModelBundle

_DIRECTION = {1: "more → more scam-like (monotone)", -1: "more → less scam-like (monotone)",
              0: "learned either way"}


def _evidence(bundle: ModelBundle, name: str, min_share: float | None) -> str:
    parts = []
    knowledge = bundle.knowledge
    if knowledge is not None:
        if knowledge.age is not None and name in (DOMAIN_FEATURE, PAGE_FEATURE):
            parts.append("knowledge: age prior (domain_age data)")
        if knowledge.age is not None and name == PROMISE_FEATURE:
            parts.append("gate of the page-age prior")
        for rule in knowledge.rules:
            if rule.feature == name:
                parts.append(f"knowledge: rule {rule.name} ({rule.log_odds:+.1f})")
            elif name in (n for n, _ in rule.needs):
                parts.append(f"gate of rule {rule.name}")
            elif name in (n for n, _ in rule.unless):
                parts.append(f"exception of rule {rule.name}")
    if min_share is not None and min_share > 0:
        parts.insert(0, "learned: gain in every held-out-source fold")
    return "; ".join(dict.fromkeys(parts))


def _share(value: float) -> str:
    return "0" if value == 0 else ("<0.001" if value < 0.001 else f"{value:.3f}")


def feature_table(bundle: ModelBundle) -> str:
    """Markdown table of the model's columns, then the information-only signals."""
    gain = bundle.booster.feature_importance(importance_type="gain")
    total = float(gain.sum()) or 1.0
    training = bundle.manifest.get("training", {})
    min_fold = training.get("min_fold_gain_share", {})
    columns = bundle.columns()
    lines = ["| feature | gain share | min fold share | evidence | direction |",
             "|---|---|---|---|---|"]
    rows = sorted(zip(columns, gain.tolist(), strict=True), key=lambda t: -t[1])
    for col, g in rows:
        low = min_fold.get(col.name)
        lines.append(f"| `{col.name}` | {_share(g / total)} | "
                     f"{'' if low is None else _share(low)} | "
                     f"{_evidence(bundle, col.name, low)} | {_DIRECTION[col.direction]} |")
    dropped = training.get("information_only", {})
    if dropped:
        lines += ["", "Information only (computed and shown by `detector signals`, not scored):",
                  ""]
        reasons = {s.name: s.reason for s in all_signals()}
        for name in sorted(dropped):
            lines.append(f"- `{name}` ({reasons.get(name, '?')}): {dropped[name]}")
    return "\n".join(lines) + "\n"


def signal_roles(bundle: ModelBundle) -> dict[str, str]:
    """Each registered signal's part in ``bundle``: "scored" (a model column), "knowledge"
    (a column only a knowledge component reads), or "information only" (not scored)."""
    min_fold = bundle.manifest.get("training", {}).get("min_fold_gain_share", {})
    columns = set(bundle.feature_names)
    out = {}
    for s in all_signals():
        if s.name not in columns:
            out[s.name] = "information only"
        elif min_fold.get(s.name, 1.0) > 0:
            out[s.name] = "scored"
        else:
            out[s.name] = "knowledge"
    return out
