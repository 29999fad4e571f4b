"""Record -> Page: the one step that turns an input row into a :class:`~detector.pages.page.Page`.

``check`` (saved files and standard input), ``score``, ``train``/``evaluate`` and the notebook
all build their pages with :func:`build_page`, so one record gives one feature row whichever
command reads it. What it decides, once:

* the HTML: given inline, or read from ``html_path`` within the size cap. Only regular files
  are read (a FIFO or a terminal would block the run forever), and only under the input's own
  folder unless ``allow_any_path`` (an export must not make the tool read ``/etc/passwd`` and
  quote its words in reasons);
* the URL: the record's own, else the browser's ``<!-- saved from url=... -->`` stamp near the
  top of the page;
* the dates: ``page_created``, and ``as_of`` (the moment ages are measured from): the record's
  own observation date when it has one, else the run's, else now;
* enrichment found before scoring (WHOIS facts, policy HTML) is passed in, never looked up here;
* the work: a page that would take longer than ``Settings.page_seconds`` to parse is refused
  with an error naming why (:mod:`detector.pages.budget`), before the parser sees it.
"""

from __future__ import annotations

import os
import re
import stat
from datetime import datetime
from pathlib import Path

from ..config import DEFAULT_SETTINGS, Settings
from ..errors import InputError, PageTooLargeError
from ..pages.budget import check_budget
from ..pages.page import Page, WhoisFacts, parse_date
from .records import Record, clean_text, is_blank, too_large

# Browsers stamp saved pages with where they came from ("Mark of the Web"), near the top. Only a
# web address counts: "about:internet" (a page saved from disk) or a bare "/" names no site.
_SAVED_FROM = re.compile(rb"<!--\s*saved from url=\(\d+\)(https?://\S+?)\s*-->", re.I)
_STAMP_BYTES = 2048


def build_page(
    record: Record,
    settings: Settings = DEFAULT_SETTINGS,
    *,
    as_of: datetime | None = None,
    allow_any_path: bool = False,
    whois: WhoisFacts | None = None,
    policy_html: bytes | str | None = None,
) -> Page:
    """The Page of one input record. Raises InputError (PageTooLargeError over the cap,
    PageBudgetError when it would take longer than ``settings.page_seconds`` to parse).

    ``as_of`` is the run's moment (``--as-of``), used when the record carries none; ``whois``
    defaults to the facts an enrichment step attached to the record.
    """
    html, url = load_html(record, settings, allow_any_path=allow_any_path)
    when = parse_date(record.as_of, "as_of") or as_of
    page = Page(
        html=html,
        url=url,
        page_created=parse_date(record.page_created),
        whois=whois if whois is not None else record.whois,
        policy_html=policy_html,
        text=record.text,
        charset=record.charset,
        as_of=when,
    )
    # Before anything parses it: a page that would stall the parser is refused, named.
    check_budget(page.html_text, settings.page_seconds)
    return page


def load_html(record: Record, settings: Settings = DEFAULT_SETTINGS, *,
              allow_any_path: bool = False) -> tuple[bytes | str, str]:
    """The page's HTML and URL: given inline, or read from ``html_path`` within the size cap.

    Raises PageTooLargeError over ``settings.max_page_bytes`` and InputError when the file
    cannot be read, is empty, is not a regular file or lies outside the input's folder.
    """
    cap = settings.max_page_bytes
    if record.html is not None:
        html = record.html
        # Most pages are ASCII; counting those needs no copy.
        size = (len(html) if isinstance(html, bytes) or html.isascii()
                else len(html.encode("utf-8", "surrogatepass")))
        if size > cap:
            raise PageTooLargeError(too_large(size, cap))
        return record.html, record_url(record, record.html)
    if record.html_path is None:
        return "", record.url
    data = _read_page_file(record, cap, allow_any_path)
    return data, record_url(record, data)


def record_url(record: Record, html: bytes | str | None) -> str:
    """The record's URL, else the ``saved from url`` stamp at the top of its HTML, else ""."""
    if record.url or not html:
        return record.url
    head = html[:_STAMP_BYTES]
    m = _SAVED_FROM.search(head if isinstance(head, bytes)
                           else head.encode("utf-8", "surrogatepass"))
    return clean_text(m.group(1).decode("utf-8", "replace")) if m else ""


def peek_url(record: Record, allow_any_path: bool = False) -> str:
    """:func:`record_url` reading only the top of a page file (for enrichment before scoring);
    "" when the file cannot be read (scoring will name the problem)."""
    if record.url or record.html is not None or record.html_path is None:
        return record_url(record, record.html)
    try:
        head = _read_page_file(record, _STAMP_BYTES, allow_any_path, whole=False)
    except InputError:
        return ""
    return record_url(record, head)


def _read_page_file(record: Record, cap: int, allow_any_path: bool,
                    whole: bool = True) -> bytes:
    path = str(record.html_path)
    if not allow_any_path and path != record.source:
        _refuse_outside(record, path)
    try:
        # O_NONBLOCK: opening a FIFO with no writer would block before any check could run.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                     | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise InputError(
            f"cannot read the page file {path!r} ({exc.strerror or exc}); check the html_path "
            "(relative paths are taken from the export's folder)"
        ) from exc
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise InputError(
                f"the page file {path!r} is not a regular file (a FIFO, device or folder); "
                "give the path of a saved .html page")
        data = fh.read(cap + 1)
    if whole:
        if len(data) > cap:
            raise PageTooLargeError(too_large(info.st_size, cap))
        if is_blank(data):
            raise InputError(f"the page file {path!r} is empty")
    return data


def _refuse_outside(record: Record, path: str) -> None:
    source = Path(record.source)
    base = (source if source.is_dir() else source.parent).resolve()
    if not Path(path).resolve().is_relative_to(base):
        raise InputError(
            f"html_path {path!r} is outside the input's folder {str(base)!r}; pages are read "
            "only from the export's own folder: move them there, or give --allow-any-path "
            "(allow_any_path=True) if you trust this export")
