"""Command line: each command parses options, calls one library function, renders, exits.

Exit codes (decided in :func:`main` and ``_exit_for`` only):

* 0 — ran (and, with ``--fail-on-scam``, nothing was flagged)
* 1 — operational error (unreadable file, bad model, fetch failure)
* 2 — usage error (bad option or argument)
* 3 — ``--fail-on-scam`` was given and at least one page was flagged as a scam
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .errors import DetectorError

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_FLAGGED = 0, 1, 2, 3
F = TypeVar("F", bound=Callable[..., Any])

_BAND_STYLE = {
    "very likely scam": ("red", True),
    "likely scam": ("red", False),
    "suspicious": ("yellow", False),
    "probably fine": ("green", False),
}


def model_option(func: F) -> F:
    """``--model DIR``, shared by every scoring command."""
    return click.option(
        "--model", "model_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
        help="Model directory (model.txt + manifest.json). Default: the bundled model.",
    )(func)


def json_option(func: F) -> F:
    """``--json``, shared by every command a person might pipe."""
    return click.option("--json", "as_json", is_flag=True,
                        help="Print machine-readable JSON instead of text.")(func)


def _err(message: str) -> None:
    click.secho(f"error: {message}", fg="red", err=True)


def _load(model_dir: Path | None) -> Any:
    from .model import load_model

    return load_model(model_dir)


def _render_verdict(name: str, verdict: Any, extra: dict[str, Any] | None = None) -> None:
    color, bold = _BAND_STYLE.get(verdict.band, ("white", False))
    head = click.style(verdict.band.upper(), fg=color, bold=bold)
    click.echo(f"{head}  scam probability {verdict.probability:.2f} "
               f"(flagged at {verdict.threshold:.2f})  {name}")
    for reason in verdict.reasons:
        arrow = "+" if reason.contribution > 0 else "-"
        click.echo(f"  {arrow} {reason.text}")
    for key, value in (extra or {}).items():
        click.echo(f"  {key}: {value}")
    for warning in verdict.warnings:
        click.secho(f"  warning: {warning}", fg="yellow")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="detector")
def cli() -> None:
    """Tell, with reasons, whether a page is a scam giveaway or survey scam."""


@cli.command()
@click.argument("pages", nargs=-1, required=True)
@click.option("--url", default="", help="Where a saved page came from (improves URL signals).")
@model_option
@json_option
@click.option("--fail-on-scam", is_flag=True,
              help=f"Exit with code {EXIT_FLAGGED} when any page is flagged as a scam.")
def check(pages: tuple[str, ...], url: str, model_dir: Path | None, as_json: bool,
          fail_on_scam: bool) -> None:
    """Check saved pages (PAGE.html, or - for standard input)."""
    from .page import Page
    from .scoring import score

    bundle = _load(model_dir)
    flagged = failed = 0
    out: list[dict[str, Any]] = []
    for name in pages:
        try:
            if name == "-":
                data = sys.stdin.buffer.read()
            else:
                path = Path(name)
                if not path.is_file():
                    raise click.BadParameter(
                        f"{name!r} is not a file; give a saved .html page or - for stdin",
                        param_hint="PAGES")
                data = path.read_bytes()
            verdict = score(Page(html=data, url=url), bundle)
        except DetectorError as exc:
            failed += 1
            _err(f"{name}: {exc}")
            out.append({"input": name, "error": str(exc)})
            continue
        flagged += verdict.is_scam
        if as_json:
            out.append({"input": name, **verdict.as_dict()})
        else:
            _render_verdict(name, verdict)
    if as_json:
        click.echo(json.dumps(out[0] if len(out) == 1 else out, indent=2, ensure_ascii=False))
    _exit_for(failed, flagged, fail_on_scam)


def _exit_for(failed: int, flagged: int, fail_on_scam: bool) -> None:
    if failed:
        sys.exit(EXIT_ERROR)
    if fail_on_scam and flagged:
        sys.exit(EXIT_FLAGGED)


@cli.command()
@click.argument("data", nargs=-1, required=True)
@click.option("-o", "--output", "out_dir", required=True,
              type=click.Path(file_okay=False, path_type=Path), help="Model directory to write.")
@click.option("--seed", default=0, show_default=True, help="Random seed (same data + seed = "
              "same model).")
@click.option("--target-fpr", default=0.01, show_default=True, type=click.FloatRange(0, 0.5),
              help="False-positive rate the decision threshold is chosen for.")
@click.option("--quiet", is_flag=True, help="No progress output.")
def train(data: tuple[str, ...], out_dir: Path, seed: int, target_fpr: float,
          quiet: bool) -> None:
    """Train a model from labelled DATA (corpus folders, CSV/JSONL/Parquet exports)."""
    from .training import train_from_sources

    def log(msg: str) -> None:
        if not quiet:
            click.echo(msg, err=True)

    bundle = train_from_sources(list(data), str(out_dir), seed=seed, target_fpr=target_fpr,
                                progress=not quiet and sys.stderr.isatty(), log=log)
    m = bundle.manifest["metrics"]["grouped_out_of_fold"]
    click.echo(f"wrote {out_dir} ({bundle.model_id}); grouped out-of-fold ROC AUC "
               f"{m.get('roc_auc', float('nan')):.4f}, TPR at 1% FPR "
               f"{m.get('tpr_at_1pct_fpr', float('nan')):.3f}, threshold {bundle.threshold:.3f}")


@cli.command()
@click.argument("data", nargs=-1, required=True)
@model_option
@click.option("--train-extra", multiple=True,
              help="Labelled data that joins every training fold but is never scored "
                   "(e.g. data/synthetic/pages.jsonl.gz).")
@click.option("--report", type=click.Path(dir_okay=False), default=None,
              help="Write a Markdown report with PNG plots here.")
@click.option("--seed", default=0, show_default=True)
@click.option("--target-fpr", default=0.01, show_default=True, type=click.FloatRange(0, 0.5))
@json_option
def evaluate(data: tuple[str, ...], model_dir: Path | None, train_extra: tuple[str, ...],
             report: str | None, seed: int, target_fpr: float, as_json: bool) -> None:
    """Evaluate on labelled DATA: grouped cross-validation against two baselines, or
    (with --model) a trained model on pages it never saw."""
    from .evaluation import evaluate_sources, render_text

    summary = evaluate_sources(
        list(data), train_extra=list(train_extra) or None,
        model_dir=str(model_dir) if model_dir else None, seed=seed, target_fpr=target_fpr,
        report=report, log=lambda m: click.echo(m, err=True))
    if as_json or model_dir is not None:
        click.echo(json.dumps(summary, indent=2, default=float))
    else:
        click.echo(render_text(summary))
        if report:
            click.echo(f"report: {report}")


@cli.command("signals")
@json_option
def list_signals(as_json: bool) -> None:
    """List every signal with its version and the reason it gives."""
    from .signals import all_signals

    sigs = all_signals()
    if as_json:
        click.echo(json.dumps([{"name": s.name, "version": s.version, "family": s.family,
                                "unit": s.unit, "reason": s.reason, "why": s.why}
                               for s in sigs], indent=2, ensure_ascii=False))
        return
    for s in sigs:
        click.echo(f"{s.name} v{s.version}: {s.reason}")


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI, mapping library errors to exit code 1."""
    try:
        cli.main(args=argv, prog_name="detector", standalone_mode=False)
    except click.UsageError as exc:
        exc.show()
        sys.exit(EXIT_USAGE)
    except click.exceptions.Abort:
        _err("aborted")
        sys.exit(EXIT_ERROR)
    except DetectorError as exc:
        _err(str(exc))
        sys.exit(EXIT_ERROR)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_ERROR)
    except OSError as exc:
        _err(f"{exc}")
        sys.exit(EXIT_ERROR)
