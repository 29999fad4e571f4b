"""check_inputs: saved pages, standard input and URLs to verdicts, one outcome per input, in order.

URLs are fetched (page, privacy policy, domain age) concurrently within the limits of
:class:`detector.net.GatherOptions`; saved pages and standard input become pages by the same
step as every other input (:func:`detector.input.pagebuild.build_page`). Whatever fails for one
input is that input's error, never the end of the run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..config import DEFAULT_SETTINGS, Settings
from ..errors import DetectorError, InputError, PageTooLargeError
from ..input.io import Record, too_large
from ..input.pagebuild import build_page
from ..modelling.model import ModelBundle
from ..modelling.scoring import Verdict, score
from .lists import Lists


@dataclass(frozen=True)
class CheckOutcome:
    """One input's result: a verdict (with the fetch report for URLs) or an error."""

    input: str
    verdict: Verdict | None = None
    #: For URLs: final URL, redirect chain, policy, domain age, warnings (GatherReport).
    report: Any = None
    error: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        out: dict[str, Any] = {"input": self.input}
        if self.verdict is not None:
            out.update(self.verdict.as_dict())
        if self.report is not None:
            out["fetch"] = self.report.to_dict()
        if self.error is not None:
            out["error"] = self.error
        return out


def is_url(text: str) -> bool:
    """Whether an input names a web address rather than a file."""
    return text.lower().startswith(("http://", "https://"))


def named(name: str, message: str) -> str:
    """``message`` naming the input ``name`` once: as it is when it names it already, else
    prefixed with it (``-`` is called standard input)."""
    shown = "standard input" if name == "-" else name
    return message if shown in message else f"{shown}: {message}"


def read_url_list(path: str | Path) -> list[str]:
    """URLs from a text file: one per line; blank lines and ``#`` comments are skipped."""
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        what = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise InputError(f"cannot read the URL list {str(p)!r} ({what}); give a text file "
                         "of URLs or page paths, one a line") from exc
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


def check_inputs(
    inputs: Sequence[str],
    model: ModelBundle,
    *,
    url_hint: str = "",
    stdin: Callable[[int], bytes] | None = None,
    gather: Any = None,
    concurrency: int = 4,
    settings: Settings = DEFAULT_SETTINGS,
    on_done: Callable[[CheckOutcome], None] | None = None,
    lists: Lists | None = None,
) -> list[CheckOutcome]:
    """Score every input (file path, ``-`` for ``stdin(n)``, or http(s) URL), in input order.

    ``stdin(n)`` reads at most ``n`` bytes: standard input is read only up to the page cap.

    ``gather`` is a :class:`detector.net.GatherOptions`; with ``offline=True`` URLs are
    refused per input and nothing touches the network. ``lists`` (allowlist and blocklist)
    decide the band of a page whose URL they cover, as in every scorer.

    Every error names its input once: the CLI prints it as it is, and ``--json`` keeps the
    same text.
    """
    outcomes: list[CheckOutcome | None] = [None] * len(inputs)
    url_slots = [i for i, text in enumerate(inputs) if is_url(text)]
    url_slot_set = set(url_slots)

    def done(i: int, outcome: CheckOutcome) -> None:
        outcomes[i] = outcome
        if on_done is not None:
            on_done(outcome)

    for i, name in enumerate(inputs):
        if i in url_slot_set:
            continue
        try:
            if name == "-":
                if stdin is None:
                    raise InputError("- (standard input) is not available here; give a file")
                cap = settings.max_page_bytes
                data = stdin(cap + 1)
                if len(data) > cap:  # only "more than the cap" is known: the rest is unread
                    raise PageTooLargeError(too_large(None, cap))
                record = Record("-", None, url=url_hint, html=data)
            else:
                if not Path(name).is_file():
                    raise InputError(
                        f"{name!r} is not a file or an http(s) URL; give a saved .html page, "
                        "- for standard input, or a URL")
                record = Record(name, None, url=url_hint, html_path=name)
            # The same record-to-page step as score and train: size cap, URL stamp, dates.
            verdict = score(build_page(record, settings), model, settings, lists=lists)
            done(i, CheckOutcome(name, verdict=verdict))
        except (DetectorError, OSError) as exc:
            done(i, CheckOutcome(name, error=named(name, str(exc))))

    if url_slots:
        from ..net import GatherOptions, check_urls

        opts = gather if gather is not None else GatherOptions()
        # One parse budget for every page, fetched or read from a file.
        opts = replace(opts, page_seconds=settings.page_seconds)
        if opts.offline:
            for i in url_slots:
                done(i, CheckOutcome(inputs[i], error=(
                    f"{inputs[i]}: not fetched because --offline was given; save the page and "
                    "check the file instead")))
        else:
            slot_of: dict[str, list[int]] = {}
            for i in url_slots:
                slot_of.setdefault(inputs[i], []).append(i)

            def fetched(result: Any) -> None:
                i = slot_of[result.url].pop(0)
                if result.error is not None:
                    # The network layer's messages start with the URL they are about.
                    done(i, CheckOutcome(result.url, error=result.error))
                    return
                try:
                    verdict = score(result.page, model, settings,
                                    warnings=result.report.warnings, lists=lists)
                    done(i, CheckOutcome(result.url, verdict=verdict, report=result.report))
                except DetectorError as exc:
                    done(i, CheckOutcome(result.url, report=result.report,
                                         error=named(result.url, str(exc))))

            check_urls([inputs[i] for i in url_slots], opts, concurrency, on_done=fetched)
    return [o for o in outcomes if o is not None]
