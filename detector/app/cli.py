"""Command line: each command parses options, calls one library function, renders, exits.

Exit codes (decided in :func:`main` and ``_exit_for`` only):

* 0 — ran (and, with ``--fail-on-scam``, nothing was flagged)
* 1 — operational error (unreadable file, bad model, fetch failure)
* 2 — usage error (bad option or argument)
* 3 — ``--fail-on-scam`` was given and at least one page was flagged as a scam
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from .. import __version__
from ..config import NET_DEFAULTS
from ..errors import DetectorError

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_FLAGGED = 0, 1, 2, 3
F = TypeVar("F", bound=Callable[..., Any])

_BAND_STYLE = {
    "very likely scam": ("red", True),
    "likely scam": ("red", False),
    "suspicious": ("yellow", False),
    "probably fine": ("green", False),
    "allowlisted": ("blue", False),
    "blocklisted": ("red", True),
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


def fail_on_scam_option(func: F) -> F:
    """``--fail-on-scam``, shared by check and score."""
    return click.option("--fail-on-scam", is_flag=True,
                        help=f"Exit with code {EXIT_FLAGGED} when any page is flagged as a "
                             "scam.")(func)


def lists_options(func: F) -> F:
    """``--allowlist FILE``, ``--blocklist FILE``, ``--no-default-lists``: shared by check and
    score."""
    func = click.option(
        "--no-default-lists", is_flag=True,
        help="Ignore allowlist.txt and blocklist.txt in the config directory "
             "($DETECTOR_CONFIG_DIR, else ~/.config/detector).")(func)
    func = click.option(
        "--blocklist", type=click.Path(dir_okay=False, path_type=Path), default=None,
        metavar="FILE",
        help="Domains or URL prefixes (one a line) whose pages are flagged whatever their "
             "score; band 'blocklisted (FILE:LINE)'. Default: blocklist.txt in the config "
             "directory, if it exists.")(func)
    return click.option(
        "--allowlist", type=click.Path(dir_okay=False, path_type=Path), default=None,
        metavar="FILE",
        help="Domains or URL prefixes (one a line) your team trusts: their pages keep score "
             "and reasons but are not flagged; band 'allowlisted (FILE:LINE)'. Default: "
             "allowlist.txt in the config directory, if it exists.")(func)


def _lists(allowlist: Path | None, blocklist: Path | None, no_default_lists: bool) -> Any:
    from .lists import load_lists

    return load_lists(allowlist, blocklist, use_defaults=not no_default_lists)


def whois_server_option(func: F) -> F:
    """``--whois-server HOST[:PORT]``, shared by check and score."""
    return click.option("--whois-server", default=None, metavar="HOST[:PORT]",
                        help="Ask this WHOIS server instead of the registry's own.")(func)


# C0/C1 controls (ESC starts terminal commands) and bidirectional overrides: a page could use
# them to clear the screen or rewrite a verdict. Shown escaped, never sent to the terminal.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe(text: object, limit: int = 300) -> str:
    """Page- or user-supplied text as it may be shown on a terminal: controls escaped, and
    shortened to ``limit`` characters."""
    shown = _CONTROL.sub(lambda m: repr(m.group())[1:-1], str(text))
    return shown if len(shown) <= limit else shown[: limit - 1] + "\u2026"


def _err(message: str) -> None:
    click.secho(f"error: {safe(message, 2000)}", fg="red", err=True)


def _load(model_dir: Path | None) -> Any:
    from ..modelling.model import load_model

    return load_model(model_dir)


def _render_verdict(name: str, verdict: Any, extra: dict[str, Any] | None = None) -> None:
    # "allowlisted (FILE:LINE)" is styled by its first word.
    color, bold = _BAND_STYLE.get(verdict.band.split(" (", 1)[0], ("white", False))
    word, sep, where = verdict.band.partition(" (")  # a list's FILE:LINE keeps its case
    head = click.style(word.upper() + sep + safe(where), fg=color, bold=bold)
    click.echo(f"{head}  scam probability {verdict.probability:.2f} "
               f"(flagged at {verdict.threshold:.2f})  {safe(name)}")
    for reason in verdict.reasons:
        arrow = "+" if reason.contribution > 0 else "-"
        click.echo(f"  {arrow} {safe(reason.text)}")
    for key, value in (extra or {}).items():
        click.echo(f"  {key}: {safe(value, 1000)}")
    for warning in verdict.warnings:
        click.secho(f"  warning: {safe(warning, 1000)}", fg="yellow")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="detector")
def cli() -> None:
    """Tell, with reasons, whether a page is a scam giveaway or survey scam."""


@cli.command()
@click.argument("inputs", nargs=-1)
@click.option("-i", "--input-file", "url_file", type=click.Path(dir_okay=False),
              help="A text file of URLs (or page paths) to check, one per line.")
@click.option("--url", default="", help="Where a saved page came from (improves URL signals).")
@model_option
@json_option
@fail_on_scam_option
@click.option("--offline", is_flag=True, help="Use no network at all (URLs are refused).")
@click.option("--timeout", default=NET_DEFAULTS.url_timeout, show_default=True,
              type=click.FloatRange(0.5, 600),
              help="Seconds for each URL: page, privacy policy, domain age and parsing together.")
@click.option("--allow-private", is_flag=True,
              help="Allow private, loopback and link-local addresses (refused by default, at "
                   "every redirect).")
@click.option("--no-whois", is_flag=True, help="Do not look up the domain's age.")
@click.option("--no-policy", is_flag=True, help="Do not fetch the privacy policy.")
@whois_server_option
@click.option("--concurrency", default=NET_DEFAULTS.concurrency, show_default=True,
              type=click.IntRange(1, 64),
              help="URLs fetched at once.")
@lists_options
def check(inputs: tuple[str, ...], url_file: str | None, url: str, model_dir: Path | None,
          as_json: bool, fail_on_scam: bool, offline: bool, timeout: float, allow_private: bool,
          no_whois: bool, no_policy: bool, whois_server: str | None, concurrency: int,
          allowlist: Path | None, blocklist: Path | None, no_default_lists: bool) -> None:
    """Check pages: saved files (PAGE.html, - for standard input) or http(s) URLs.

    URLs are fetched without running any JavaScript, within --timeout, with the privacy policy
    the page links to and the domain's WHOIS/RDAP age (cached on disk).
    """
    from .check import check_inputs, read_url_list

    targets = list(inputs) + (read_url_list(url_file) if url_file else [])
    if not targets:
        raise click.UsageError("give at least one page, URL, - (stdin) or -i FILE")
    lists = _lists(allowlist, blocklist, no_default_lists)
    bundle = _load(model_dir)
    gather = _gather_options(offline, timeout, allow_private, no_whois, no_policy, whois_server)
    bar = _progress(len(targets), "checking") if len(targets) > 1 else None
    from ..config import Settings

    # DETECTOR_MAX_PAGE_BYTES caps saved pages and standard input as it caps batch rows.
    outcomes = check_inputs(targets, bundle, url_hint=url, stdin=sys.stdin.buffer.read,
                            gather=gather, concurrency=concurrency, settings=Settings.from_env(),
                            on_done=(lambda _o: bar.update(1)) if bar is not None else None,
                            lists=lists)
    if bar is not None:
        bar.close()
    failed = sum(o.error is not None for o in outcomes)
    flagged = sum(bool(o.verdict and o.verdict.is_scam) for o in outcomes)
    if as_json:
        out = [o.as_dict() for o in outcomes]
        click.echo(json.dumps(out[0] if len(out) == 1 else out, indent=2, ensure_ascii=False))
    else:
        for o in outcomes:
            if o.verdict is None:
                _err(str(o.error))  # names its input once, as in --json
                continue
            _render_verdict(o.input, o.verdict, _report_lines(o.report))
    _exit_for(failed, flagged, fail_on_scam)


def _gather_options(offline: bool, timeout: float, allow_private: bool, no_whois: bool,
                    no_policy: bool, whois_server: str | None) -> Any:
    from ..net.settings import FetchLimits, GatherOptions, WhoisSettings

    host, port = _whois_server(whois_server)
    limits = FetchLimits(total_timeout=timeout, allow_private=allow_private)
    whois = WhoisSettings(server=host, port=port, timeout=min(NET_DEFAULTS.whois_timeout, timeout),
                          allow_private=allow_private)
    return GatherOptions(limits=limits, timeout=timeout, offline=offline, policy=not no_policy,
                         whois=not no_whois, whois_settings=whois)


def _whois_server(text: str | None) -> tuple[str | None, int]:
    """``HOST[:PORT]`` of --whois-server; (None, 43) when not given."""
    if not text:
        return None, 43
    host, _, port_text = text.rpartition(":") if ":" in text else (text, "", "43")
    try:
        return host, int(port_text)
    except ValueError as exc:
        raise click.BadParameter(f"{text!r}: the port must be a number",
                                 param_hint="--whois-server") from exc


def _progress(total: int, what: str) -> Any:
    from tqdm.auto import tqdm

    return tqdm(total=total, desc=what, unit="page", disable=not sys.stderr.isatty(),
                file=sys.stderr)


def _report_lines(report: Any) -> dict[str, Any]:
    if report is None:
        return {}
    lines: dict[str, Any] = {}
    if report.final_url != report.url:
        lines["final URL"] = report.final_url
    if len(report.chain) > 1:
        lines["redirects"] = " -> ".join(f"{h.url} ({h.status})" for h in report.chain)
    if report.domain_age_days is not None:
        lines["domain age"] = f"{report.domain_age_days:,} days ({report.domain}, " \
                              f"{report.whois_source}{', cached' if report.whois_cached else ''})"
    elif report.domain_note:
        lines["domain age"] = f"not looked up: {report.domain_note}"
    lines["privacy policy"] = report.policy_url if report.policy_fetched else "not read"
    return lines


def _listed(summary: Any) -> str:
    """" (2 blocklisted; 1 allowlisted, not counted)" when lists decided rows, else ""."""
    parts = ([f"{summary.blocklisted:,} blocklisted"] if summary.blocklisted else []) + (
        [f"{summary.allowlisted:,} allowlisted, not counted"] if summary.allowlisted else [])
    return f" ({'; '.join(parts)})" if parts else ""


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
@click.option("--train-only", multiple=True,
              help="Labelled data used for training but not for calibration or the threshold "
                   "(e.g. data/synthetic/pages.jsonl.gz).")
@click.option("--quiet", is_flag=True, help="No progress output.")
def train(data: tuple[str, ...], out_dir: Path, seed: int, target_fpr: float,
          train_only: tuple[str, ...], quiet: bool) -> None:
    """Train a model from labelled DATA (corpus folders, CSV/JSONL/Parquet exports)."""
    from ..input.datasets import require_both_classes
    from ..learning.training import train_from_sources

    require_both_classes(list(data))  # a one-line error now, not a traceback after featurizing

    def log(msg: str) -> None:
        if not quiet:
            click.echo(msg, err=True)

    bundle = train_from_sources(list(data), str(out_dir), seed=seed, target_fpr=target_fpr,
                                progress=not quiet and sys.stderr.isatty(), log=log,
                                train_only=list(train_only))
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
@click.option("--split", type=click.Choice(["group", "family", "language"]), default="group",
              show_default=True,
              help="Hold out groups, whole kit families (with the legit pages on their topic) "
                   "or whole non-English languages.")
@json_option
def evaluate(data: tuple[str, ...], model_dir: Path | None, train_extra: tuple[str, ...],
             report: str | None, seed: int, target_fpr: float, split: str,
             as_json: bool) -> None:
    """Evaluate on labelled DATA: grouped cross-validation against two baselines, or
    (with --model) a trained model on pages it never saw."""
    from ..learning.evaluation import evaluate_sources, render_text

    summary = evaluate_sources(
        list(data), train_extra=list(train_extra) or None,
        model_dir=str(model_dir) if model_dir else None, seed=seed, target_fpr=target_fpr,
        report=report, log=lambda m: click.echo(m, err=True), split=split)
    if as_json or model_dir is not None:
        click.echo(json.dumps(summary, indent=2, default=float))
    else:
        click.echo(render_text(summary))
        if report:
            click.echo(f"report: {report}")


@cli.command("signals")
@json_option
@model_option
def list_signals(as_json: bool, model_dir: Path | None) -> None:
    """List every signal with its version, the reason it gives and its part in the model:
    scored, read by a knowledge component, or information only (not scored)."""
    from ..modelling.modelcard import signal_roles
    from ..signals import all_signals

    roles = signal_roles(_load(model_dir))
    sigs = all_signals()
    if as_json:
        click.echo(json.dumps([{"name": s.name, "version": s.version, "family": s.family,
                                "unit": s.unit, "reason": s.reason, "why": s.why,
                                "in_model": roles[s.name]}
                               for s in sigs], indent=2, ensure_ascii=False))
        return
    for s in sigs:
        click.echo(f"{s.name} v{s.version} [{roles[s.name]}]: {s.reason}")


@cli.command("score")
@click.argument("inputs", nargs=-1, required=True,
                type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", required=True,
              help="Output file (.csv, .jsonl, .parquet; .gz for CSV/JSONL), - for standard "
                   "output (JSONL unless --format csv), or a folder with --engine dask.")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet"]), default=None,
              help="Output format. Default: from the output's name; parquet for --engine dask.")
@click.option("--column", "columns", multiple=True, metavar="FIELD=COLUMN",
              help="Read FIELD (html, html_path, url, text, page_created, id) from COLUMN when "
                   "its name is not a common one, e.g. --column html=page_source. Repeatable.")
@model_option
@click.option("--reasons", type=click.Choice(["all", "flagged", "none"]), default="flagged",
              show_default=True,
              help="Which rows get reasons: flagged = the 'suspicious' band and above. "
                   "Explaining a row costs about a quarter of scoring it: flagged adds about "
                   "4% to a mixed export's run time, all about 14%.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes (Dask: LocalCluster size). Default: all cores.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local",
              show_default=True,
              help="local: processes on this machine, one output file. dask: a Dask cluster, "
                   "one part file per input partition in the output folder.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Dask scheduler address (tcp://host:8786). Default: a LocalCluster.")
@click.option("--as-of", "as_of", default=None, metavar="DATE",
              help="Measure page ages from DATE (ISO) instead of now, for reproducible runs.")
@click.option("--max-page-bytes", type=click.IntRange(min=1), default=None,
              help="Refuse pages larger than this (default 20,000,000 or "
                   "DETECTOR_MAX_PAGE_BYTES).")
@click.option("--strict", is_flag=True,
              help=f"Exit with code {EXIT_ERROR} when any row could not be scored.")
@fail_on_scam_option
@click.option("--whois", "use_whois", is_flag=True,
              help="Look up each page's domain age (WHOIS/RDAP, cached on disk, each domain "
                   "once; platform hosts and IPs never). Off by default in batch runs.")
@whois_server_option
@click.option("--whois-rate", default=2.0, show_default=True, type=click.FloatRange(0.01, 100),
              help="With --whois: network look-ups per second per worker at most.")
@click.option("--force", is_flag=True,
              help="Replace the output file if it exists (an input is never replaced).")
@click.option("--resume", is_flag=True,
              help="Continue a run into the same output that Ctrl-C or SIGTERM interrupted "
                   "(same inputs and options): rows already written are not scored again.")
@click.option("--allow-any-path", is_flag=True,
              help="Read html_path pages outside the export's own folder too (refused by "
                   "default: an export must not make the tool read other files).")
@click.option("--keep", "keep", multiple=True, metavar="COLUMN",
              help="Copy this input column (exact name) into the output, after the fixed "
                   "columns; repeatable. CSV/JSONL/Parquet inputs, local engine.")
@lists_options
@click.option("--quiet", is_flag=True, help="No progress bar and no summary.")
def score_command(inputs: tuple[Path, ...], output: str, fmt: str | None,
                  columns: tuple[str, ...], model_dir: Path | None, reasons: str,
                  workers: int | None, engine: str, scheduler: str | None, as_of: str | None,
                  max_page_bytes: int | None, strict: bool, fail_on_scam: bool,
                  use_whois: bool, whois_server: str | None, whois_rate: float,
                  force: bool, resume: bool, allow_any_path: bool, keep: tuple[str, ...],
                  allowlist: Path | None, blocklist: Path | None, no_default_lists: bool,
                  quiet: bool) -> None:
    """Score page exports: CSV, JSONL(.gz), Parquet, WARC(.gz), saved .html pages or folders
    of those. Every input row gets one output row, in input order, with score, label, band,
    reasons and error."""
    from typing import cast

    from ..config import Settings
    from ..input.records import as_columns, mapping_from_pairs
    from ..pages.page import parse_date
    from ..runs.batch import ReasonsMode, ScoreOptions
    from ..runs.engines import Engine, score_with_engine

    try:
        mapping = mapping_from_pairs(columns)
        when = parse_date(as_of, "--as-of") if as_of else None
    except DetectorError as exc:
        raise click.BadParameter(str(exc)) from exc
    if scheduler and engine != "dask":
        raise click.BadParameter("a scheduler is used by --engine dask only; add it",
                                 param_hint="--scheduler")
    if output == "-" and (fmt == "parquet" or engine == "dask"):
        raise click.BadParameter("standard output takes CSV or JSONL from the local engine; "
                                 "give a file name", param_hint="--output")
    settings = Settings.from_env(
        **({"max_page_bytes": max_page_bytes} if max_page_bytes is not None else {}))
    whois = None
    if use_whois:
        from ..net.settings import WhoisSettings

        host, port = _whois_server(whois_server)
        whois = WhoisSettings(server=host, port=port)
    options = ScoreOptions(settings=settings, reasons=cast(ReasonsMode, reasons),
                           columns=as_columns(mapping), as_of=when, whois=whois,
                           whois_rate=whois_rate, allow_any_path=allow_any_path,
                           lists=_lists(allowlist, blocklist, no_default_lists),
                           keep=tuple(dict.fromkeys(keep)))
    summary = score_with_engine(
        list(inputs), output, options=options, fmt=fmt, model_dir=model_dir, workers=workers,
        engine=cast(Engine, engine), scheduler=scheduler, force=force, resume=resume,
        progress=not quiet and sys.stderr.isatty())
    if not quiet:
        rate = summary.rows / summary.seconds if summary.seconds else 0.0
        click.echo(f"{summary.rows:,} rows in {summary.seconds:.1f} s ({rate:,.0f} rows/s, "
                   f"{summary.engine}, {summary.workers} workers): {summary.scored:,} scored, "
                   f"{summary.flagged:,} flagged{_listed(summary)}, {summary.failed:,} failed "
                   f"-> {summary.output}", err=True)
        for example in summary.error_examples:
            click.echo(f"  failed: {example}", err=True)
        if summary.failed > len(summary.error_examples):
            click.echo("  (every failed row has its reason in the error column)", err=True)
    _exit_for(summary.failed if strict else 0, summary.flagged, fail_on_scam)


@cli.command("report")
@click.argument("scored", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The HTML file to write (one self-contained page, no network requests).")
@model_option
@click.option("--threshold", type=click.FloatRange(0, 1), default=None,
              help="Decision threshold to draw. Default: the model's, when it scored the file; "
                   "else inferred from the label column.")
@click.option("--max-rows", type=click.IntRange(min=1), default=50_000, show_default=True,
              help="Flagged and suspicious rows the table holds at most (highest scores first).")
@click.option("--title", default="Scam triage", show_default=True, help="The page's title.")
def report_command(scored: tuple[Path, ...], output: Path, model_dir: Path | None,
                   threshold: float | None, max_rows: int, title: str) -> None:
    """Write a triage page for SCORED (outputs of `detector score`: CSV, JSONL, Parquet, or a
    folder of them): counts per band, a score histogram with the threshold, the most common
    reasons among flagged rows and a sortable, filterable table of flagged and suspicious rows."""
    from ..runs.report import ReportOptions, build_report

    triage = build_report(list(scored), output, ReportOptions(
        threshold=threshold, model_dir=model_dir, max_rows=max_rows, title=title))
    shown = len(triage.rows)
    capped = f" (table holds the top {shown:,})" if shown < triage.table_total else ""
    click.echo(f"{triage.total:,} rows: {triage.flagged:,} flagged, "
               f"{triage.bands.get('suspicious', 0):,} suspicious, "
               f"{triage.bands.get('failed', 0):,} failed{capped} -> {output}", err=True)


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
