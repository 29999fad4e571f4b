"""Gathering a URL: the page's bytes, its privacy policy and its domain's age, then one Page.

The page is fetched first; its policy link is found from its links, then the policy page and
the domain age are fetched concurrently, all within one deadline per URL. Only then is the
scored Page built, once, with the WHOIS facts and the policy HTML it will be scored with.

The page is parsed in a worker thread (lexbor releases the GIL while it parses), never on the
event loop, as soon as it arrives and inside its URL's deadline: a page that is slow to parse
must not stall the other fetches until they time out, nor run past its own time.
:func:`check_urls` also calls its ``on_done`` (which scores pages in ``detector check``) off
the loop, in one worker thread, in completion order.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import logging
import sys
from collections.abc import Awaitable, Callable, Coroutine, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, TypeVar

import httpx

from ..config import NET_DEFAULTS, usable_cpus
from ..errors import FetchError, InputError
from ..pages.budget import PageBudgetError, check_budget
from ..pages.page import Page
from ._sync import run_sync
from ._text import shorten
from .domain_age import lookup_domain_async, registered_domain
from .guard import Resolver
from .http import Fetched, Hop, fetch_url, make_client
from .policy import find_policy_link
from .settings import GatherOptions
from .whois import DomainLookup

__all__ = ["GatherReport", "ParsePool", "UrlResult", "check_urls", "gather_page"]

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class GatherReport:
    """What happened while gathering a page, for people and for ``--json``."""

    url: str
    final_url: str
    status: int
    chain: tuple[Hop, ...]
    truncated: bool
    content_type: str
    charset: str | None
    policy_url: str | None
    policy_fetched: bool
    domain: str | None
    domain_created: datetime | None
    domain_age_days: int | None
    whois_source: str | None
    whois_cached: bool
    #: Why the domain was not looked up (platform host, IP), when it was skipped on purpose.
    domain_note: str | None
    warnings: tuple[str, ...]
    elapsed: float

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (dates as ISO strings, the chain as a list of objects)."""
        return {
            "url": self.url,
            "final_url": self.final_url,
            "status": self.status,
            "redirect_chain": [{"url": h.url, "status": h.status} for h in self.chain],
            "truncated": self.truncated,
            "content_type": self.content_type,
            "charset": self.charset,
            "policy_url": self.policy_url,
            "policy_fetched": self.policy_fetched,
            "domain": self.domain,
            "domain_created": self.domain_created.isoformat() if self.domain_created else None,
            "domain_age_days": self.domain_age_days,
            "whois_source": self.whois_source,
            "whois_cached": self.whois_cached,
            "domain_note": self.domain_note,
            "warnings": list(self.warnings),
            "elapsed_s": round(self.elapsed, 3),
        }




async def _within(work: Awaitable[T], seconds: float) -> T:
    if seconds <= 0:
        if isinstance(work, Coroutine):
            work.close()
        elif isinstance(work, asyncio.Future):
            work.cancel()
        raise asyncio.TimeoutError
    return await asyncio.wait_for(work, seconds)


def _parse(fetched: Fetched, find_policy: bool, seconds: float) -> tuple[Page, str | None]:
    page = Page(html=fetched.body, charset=fetched.charset, url=fetched.final_url)
    # A page that would hold its parse thread for minutes is refused before it starts: the
    # deadline below frees the URL in time, but not the thread.
    check_budget(page.html_text, seconds, shorten(fetched.final_url))
    _parse_views(page)  # the parse, here in a worker thread and inside the URL's deadline
    return page, find_policy_link(page, fetched.final_url) if find_policy else None


def _parse_views(page: Page) -> None:
    # Before Python 3.12, functools.cached_property takes one lock per property for all
    # instances, so while one thread parses a slow page every other thread waiting on
    # Page.views waits for it too. Filling the instance's cache slot, as cached_property does
    # itself, skips that lock. Goes when Page's views no longer use functools.cached_property.
    prop = inspect.getattr_static(type(page), "views", None)
    if sys.version_info < (3, 12) and isinstance(prop, functools.cached_property):
        vars(page).setdefault("views", prop.func(page))
    else:
        _ = page.views


class ParsePool:
    """Threads that parse pages off the event loop, at most ``lanes`` at a time.

    A page's parse is bounded by the time its URL had left when the page was ready; waiting
    for a free lane behind other URLs' pages is not counted, so many pages at once are not
    failed as "too slow" for sharing the CPUs. A parse over its time gets an error and gives
    its lane up (its thread cannot be stopped and finishes in the background).
    """

    def __init__(self, threads: int, lanes: int | None = None) -> None:
        self.executor = ThreadPoolExecutor(max(1, threads), thread_name_prefix="detector-parse")
        self._lanes = asyncio.Semaphore(max(1, lanes or usable_cpus()))

    async def run(self, work: Callable[[], T], seconds: float) -> T:
        """``work()`` in a parse thread, within ``seconds`` of getting a lane."""
        if seconds <= 0:
            raise asyncio.TimeoutError
        async with self._lanes:
            loop = asyncio.get_running_loop()
            return await asyncio.wait_for(loop.run_in_executor(self.executor, work), seconds)

    def close(self) -> None:
        """Wait for the parse threads to finish."""
        self.executor.shutdown(wait=True)


async def _parse_in_time(
    work: Callable[[], T],
    deadline: float,
    options: GatherOptions,
    shown: str,
    pool: ParsePool | None,
) -> T:
    loop = asyncio.get_running_loop()
    left = deadline - loop.time()
    try:
        if pool is not None:
            return await pool.run(work, left)
        return await _within(loop.run_in_executor(None, work), left)
    except asyncio.TimeoutError as exc:
        raise FetchError(
            f"{shown}: the page did not parse within the {options.timeout:g} s allowed for this "
            "URL (it is very large or deeply nested); raise the timeout to score it anyway"
        ) from exc


async def gather_page(
    url: str,
    options: GatherOptions | None = None,
    client: httpx.AsyncClient | None = None,
    *,
    resolver: Resolver | None = None,
    parsers: ParsePool | None = None,
) -> tuple[Page, GatherReport]:
    """Fetch a page, then its privacy policy and its domain's age concurrently, in one deadline.

    The page itself must arrive and parse in time (else FetchError); a policy page or domain
    age that fails only adds a warning to the report and leaves ``policy_html`` / ``whois`` as
    ``None``. ``resolver`` turns host names into addresses (default: the system's);
    ``parsers`` parse the page (default: the event loop's own executor, no lanes).
    """
    options = options or GatherOptions()
    shown = shorten(url)
    if options.offline:
        raise FetchError(
            f"{shown}: not fetched because offline mode is on; save the page and score the "
            "file, or turn offline mode off"
        )
    loop = asyncio.get_running_loop()
    started = loop.time()
    deadline = started + options.timeout
    own = client is None
    http = client if client is not None else make_client(options.limits)
    try:
        page_limits = replace(
            options.limits, total_timeout=min(options.limits.total_timeout, options.timeout)
        )
        fetched = await fetch_url(url, page_limits, http, resolver=resolver)
        warnings: list[str] = []
        if fetched.truncated:
            warnings.append(
                f"page {shorten(fetched.final_url)} was cut at {options.limits.max_bytes} bytes"
            )
        try:
            parsed, policy_url = await _parse_in_time(
                lambda: _parse(fetched, options.policy, options.page_seconds), deadline,
                options, shown, parsers)
        except PageBudgetError as exc:
            raise FetchError(str(exc)) from exc

        async def policy() -> str | None:
            if policy_url is None:
                return None
            left = deadline - loop.time()
            limits = replace(
                options.limits, total_timeout=max(0.001, min(options.limits.total_timeout, left))
            )
            where = shorten(policy_url)
            try:
                got = await _within(fetch_url(policy_url, limits, http, resolver=resolver), left)
            except FetchError as exc:
                # The fetch error starts with the policy's URL: name it once.
                why = str(exc).removeprefix(f"{where}: ")
                warnings.append(f"privacy policy {where} could not be fetched: {why}")
                return None
            except asyncio.TimeoutError:
                warnings.append(f"privacy policy {where} could not be fetched: out of time")
                return None
            try:  # the policy page is parsed when the page is scored: the same budget
                check_budget(got.html, options.page_seconds, "the policy page")
            except PageBudgetError as exc:
                warnings.append(f"privacy policy {where} not read: {exc}")
                return None
            return got.html

        async def domain_age() -> DomainLookup | None:
            if not options.whois:
                return None
            left = deadline - loop.time()
            # The WHOIS exchange runs in a thread that cancelling cannot stop, and asyncio.run
            # waits for it on exit, so its own timeout must end within the deadline too.
            settings = options.whois_settings
            settings = replace(settings, timeout=max(0.001, min(settings.timeout, left)))
            try:
                return await _within(
                    lookup_domain_async(fetched.final_url, settings, http, resolver=resolver),
                    left,
                )
            except asyncio.TimeoutError:
                name = registered_domain(fetched.final_url)[0]
                warnings.append(f"domain age of {name} unknown: out of time")
                return None

        policy_html, lookup = await asyncio.gather(policy(), domain_age())
        facts = lookup.facts if lookup else None
        if facts is None and policy_html is None:
            page = parsed
        else:
            # The scored Page is built once, with what was gathered; it parses again when
            # scored (off the loop in check_urls), the first parse having served the links.
            page = Page(html=fetched.body, charset=fetched.charset, url=fetched.final_url,
                        whois=facts, policy_html=policy_html, as_of=parsed.as_of)
    finally:
        if own:
            await http.aclose()

    if lookup is not None and not lookup.skipped and (facts is None or facts.created is None):
        why = lookup.note or "no creation date in the record"
        warnings.append(f"domain age of {lookup.domain} unknown: {why}")
    created = facts.created if facts else None
    age = None
    if created is not None and page.as_of is not None:
        age = max(0, (page.as_of - created).days)
    report = GatherReport(
        url=url,
        final_url=fetched.final_url,
        status=fetched.status,
        chain=fetched.chain,
        truncated=fetched.truncated,
        content_type=fetched.content_type,
        charset=fetched.charset,
        policy_url=policy_url,
        policy_fetched=policy_html is not None,
        domain=lookup.domain if lookup else None,
        domain_created=created,
        domain_age_days=age,
        whois_source=facts.source if facts else None,
        whois_cached=bool(lookup and lookup.cached),
        domain_note=lookup.note if lookup and lookup.skipped else None,
        warnings=tuple(warnings),
        elapsed=loop.time() - started,
    )
    return page, report


@dataclass(frozen=True)
class UrlResult:
    """One URL of :func:`check_urls`: the page and report, or the error that stopped it."""

    url: str
    page: Page | None
    report: GatherReport | None
    error: str | None

    @property
    def ok(self) -> bool:
        """The page was fetched."""
        return self.error is None




def check_urls(
    urls: Iterable[str],
    options: GatherOptions | None = None,
    concurrency: int = NET_DEFAULTS.concurrency,
    on_done: Callable[[UrlResult], None] | None = None,
    *,
    resolver: Resolver | None = None,
) -> list[UrlResult]:
    """Gather several URLs concurrently; one result per URL, in input order, errors captured.

    ``on_done`` is called as each URL finishes (in completion order, one call at a time, in a
    worker thread so that slow work there does not hold up the fetches), e.g. to score the page
    or move a progress bar; results handed to it are returned without their page, so memory
    follows ``concurrency``, not the number of URLs.
    """
    if concurrency < 1:
        raise InputError(f"concurrency={concurrency!r} must be at least 1")
    todo = list(urls)
    opts = options or GatherOptions()

    async def gather_one(
        url: str, http: httpx.AsyncClient, gate: asyncio.Semaphore, parsers: ParsePool
    ) -> UrlResult:
        async with gate:
            try:
                page, report = await gather_page(url, opts, http, resolver=resolver,
                                                 parsers=parsers)
            except FetchError as exc:
                return UrlResult(url, None, None, str(exc))
            except Exception as exc:  # one bad URL must not end a batch
                log.exception("unexpected error while gathering %s", shorten(url))
                return UrlResult(url, None, None, f"{shorten(url)}: {type(exc).__name__}: {exc}")
            return UrlResult(url, page, report, None)

    async def run_all() -> list[UrlResult]:
        gate = asyncio.Semaphore(concurrency)
        loop = asyncio.get_running_loop()
        # Parses get threads of their own: in the loop's executor, slow parses would make the
        # name look-ups of other fetches (getaddrinfo runs there) wait for them.
        parsers = ParsePool(concurrency)
        try:
            with ThreadPoolExecutor(1, thread_name_prefix="detector-on-done") as callbacks:
                async with make_client(
                    opts.limits, max_connections=max(10, concurrency * 2)
                ) as http:

                    async def one(url: str) -> UrlResult:
                        result = await gather_one(url, http, gate, parsers)
                        if on_done is not None:
                            await loop.run_in_executor(callbacks, on_done, result)
                            # Handed over: keeping every page until the last URL is done
                            # made memory grow with the list, not with the concurrency.
                            result = replace(result, page=None)
                        return result

                    return list(await asyncio.gather(*(one(u) for u in todo)))
        finally:
            parsers.close()

    return run_sync(run_all)
