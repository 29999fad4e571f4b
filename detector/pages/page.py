"""Page: one record per page, parsed once, with the cached views the signals read.

A page is given as raw HTML (bytes in any charset, or str), optionally with the URL it came from,
the page's own creation date (social-page exports carry one), WHOIS facts about its domain and the
HTML of its privacy policy. Parsing happens on first access to a view and only once; signals never
parse again.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from functools import cached_property
from typing import Any, TypeVar

from ..errors import InputError
from .domains import HostParts, host_parts, split_url
from .parse import Form, Link, Views, extract, normalise_text

T = TypeVar("T")

# Server-side code left in saved files never reaches a visitor's browser: <?php ... ?>, <?= ?>,
# and ASP/EJS <% ... %>. Only closed blocks are dropped: a stray "<?" before a page must not
# hide the whole page from the signals while a browser still shows it.
_SERVER_CODE = re.compile(r"<\?(?:php|=)?.*?\?>|<%.*?%>", re.S | re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]+)""", re.I)
_WS = re.compile(r"\s+")
# Browsers decode these labels as windows-1252 (WHATWG Encoding Standard).
_UNSUPPORTED_CODECS = frozenset({"utf-7", "idna", "punycode"})
_ASCII_PROBE = b"<meta charset=x> Free gift 0123456789!"
_CP1252_ALIASES = {"iso-8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii", "iso8859-1"}
#: How much of the body text counts as "the top of the page" for :attr:`Page.salient_text`.
SALIENT_BODY_CHARS = 2_000


def decode_html(raw: bytes, header_charset: str | None = None) -> str:
    """Decode page bytes as a browser would: BOM, header charset, ``<meta charset>``, UTF-8, guess.

    Never raises: undecodable bytes become U+FFFD.
    """
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if raw.startswith(bom):
            return raw[len(bom) :].decode(enc, errors="replace")
    candidates: list[str] = []
    if header_charset:
        candidates.append(header_charset)
    m = _META_CHARSET.search(raw[:4096])
    if m:
        candidates.append(m.group(1).decode("ascii", "ignore"))
    for label in candidates:
        codec = _normalise_charset(label)
        if codec:
            return raw.decode(codec, errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(raw[:65536]).best()
        if best is not None and best.encoding:
            guessed = _normalise_charset(best.encoding) or "utf-8"
            return raw.decode(guessed, errors="replace")
    except Exception:  # a guesser failure must not lose the page
        pass
    return raw.decode("utf-8", errors="replace")


def _normalise_charset(label: str) -> str | None:
    """A Python codec for a declared charset, or ``None`` when a browser would ignore it.

    As the WHATWG encoding rules do for a declared charset: one that does not read ASCII as
    ASCII (UTF-16/32, EBCDIC) is ignored, and so are labels that are not text encodings at all
    (base64, hex, rot13, zlib) or that browsers do not support (UTF-7, IDNA, punycode). A page
    naming one is then decoded as UTF-8 or guessed, and still shows its lure.
    """
    label = label.strip().strip("\"'").lower()
    if label in _CP1252_ALIASES:
        return "cp1252"
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _UNSUPPORTED_CODECS:
        return None
    try:
        ascii_ok = _ASCII_PROBE.decode(info.name) == _ASCII_PROBE.decode("ascii")
    except (UnicodeError, LookupError, ValueError, TypeError):
        ascii_ok = False
    return info.name if ascii_ok else None


# Social-platform exports write US zone abbreviations ("Jan 5, 2023 10:00 EDT"); dateutil
# warns on them (and will refuse them) unless told their offsets.
_TZ_ABBREVIATIONS = {
    "UTC": 0, "GMT": 0, "EST": -5 * 3600, "EDT": -4 * 3600, "CST": -6 * 3600,
    "CDT": -5 * 3600, "MST": -7 * 3600, "MDT": -6 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600,
    "CET": 3600, "CEST": 2 * 3600, "BST": 3600, "IST": 19800, "WIB": 7 * 3600,
}


def parse_date(value: object, what: str = "page_created") -> datetime | None:
    """A timezone-aware UTC datetime from a date-like value, ``None`` for empty.

    Accepts datetimes, dates, ISO strings, common export formats ("2023-01-05 10:00:00",
    "Jan 5, 2023") and Unix seconds. Raises InputError naming the value otherwise.
    """
    if value is None:
        return None
    if isinstance(value, float) and value != value:  # NaN from a DataFrame
        return None
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, date):
        dt = datetime(value.year, value.month, value.day)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        dt = datetime.fromtimestamp(float(value), tz=timezone.utc)
    elif isinstance(value, str):
        text = value.strip()
        if not text or text.lower() in {"nan", "nat", "none", "null"}:
            return None
        try:
            dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            try:
                from dateutil import parser as dateparser

                dt = dateparser.parse(text, tzinfos=_TZ_ABBREVIATIONS)
            except (ValueError, OverflowError) as exc:
                raise InputError(
                    f"{what} value {value!r} is not a date; give an ISO date such as "
                    "2024-05-01 or leave it empty"
                ) from exc
    else:
        if hasattr(value, "to_pydatetime"):  # pandas Timestamp
            return parse_date(value.to_pydatetime(), what)
        raise InputError(
            f"{what} value {value!r} of type {type(value).__name__} is not a date; "
            "give an ISO date string or a datetime"
        )
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc)


@dataclass(frozen=True)
class WhoisFacts:
    """What is known about a page's registered domain from WHOIS or RDAP."""

    domain: str
    created: datetime | None = None
    registrar: str | None = None
    #: The registrant is hidden behind a privacy/proxy service, when the record says so.
    privacy_protected: bool | None = None
    source: str = "whois"


@dataclass(frozen=True)
class Page:
    """One page to score: HTML plus what is known about where it came from.

    ``html`` may be bytes in any charset or str. ``text`` is for exports that carry a post's
    text instead of (or besides) HTML. ``as_of`` is the moment ages are measured from; it
    defaults to the time the Page is made, so scoring the same Page twice gives the same result.

    Frozen: what is known about a page is given when it is made (enrichment such as WHOIS facts
    and policy HTML comes before, not after). Its views are computed on first use and kept.
    """

    # Not in repr: a 5 MB page printed in a traceback or by asyncio.run would cost ~80 MB.
    html: bytes | str = field(default=b"", repr=False)
    url: str = ""
    page_created: datetime | str | None = None
    whois: WhoisFacts | None = None
    policy_html: bytes | str | None = field(default=None, repr=False)
    text: str = ""
    charset: str | None = None
    as_of: datetime | None = None
    # Views other layers derive from the page, keyed by the function computing each (see
    # derived); not part of what the page is.
    _memo: dict[object, Any] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.html, (bytes, str)):
            raise InputError(
                f"html must be bytes or str, got {type(self.html).__name__}; "
                "pass the page's raw HTML"
            )
        # Normalising the given values is part of construction (the dataclass is frozen).
        url = (self.url or "").strip() if isinstance(self.url, str) else ""
        object.__setattr__(self, "url", url)
        object.__setattr__(self, "page_created", parse_date(self.page_created))
        object.__setattr__(self, "as_of",
                           parse_date(self.as_of, "as_of") or datetime.now(timezone.utc))

    def derived(self, compute: Callable[[Page], T]) -> T:
        """``compute(self)``, computed once per page: a view another layer derives from it.

        The signal families share their phrase counts, form-field kinds and the like this way.
        The key is the function itself, a handle that a typo turns into a NameError at once,
        never a string; the page never imports the layers that derive views from it.
        """
        try:
            return self._memo[compute]  # type: ignore[no-any-return]
        except KeyError:
            value = compute(self)
            self._memo[compute] = value
            return value

    def cached(self, key: str, compute: Callable[[Page], T]) -> T:
        """A per-page value owned by a model (the wording model's n-gram weights, keyed by
        model), computed once per page. Signals use :meth:`derived`."""
        try:
            return self._memo[key]  # type: ignore[no-any-return]
        except KeyError:
            value = compute(self)
            self._memo[key] = value
            return value

    # -- raw ---------------------------------------------------------------------------------
    @property
    def size_bytes(self) -> int:
        """Size of the given HTML in bytes (str counted as UTF-8)."""
        h = self.html
        return len(h) if isinstance(h, bytes) else len(h.encode("utf-8", "surrogatepass"))

    @cached_property
    def html_text(self) -> str:
        """The HTML decoded to str, with server-side code blocks removed."""
        raw = self.html
        text = decode_html(raw, self.charset) if isinstance(raw, bytes) else raw
        if "<?" in text or "<%" in text:
            text = _SERVER_CODE.sub(" ", text)
        return text.replace("\x00", "")

    @cached_property
    def views(self) -> Views:
        """The one parse of the page."""
        return extract(self.html_text, self.host)

    # -- URL ---------------------------------------------------------------------------------
    @cached_property
    def host(self) -> str:
        """Lowercase host of the URL, or ``""``."""
        return split_url(self.url)[0]

    @cached_property
    def url_path(self) -> str:
        """Path and query of the URL, or ``""``."""
        return split_url(self.url)[1]

    @cached_property
    def host_parts(self) -> HostParts | None:
        """Public-suffix-aware split of the host, or ``None`` without a URL."""
        return host_parts(self.host) if self.host else None

    # -- views -------------------------------------------------------------------------------
    @property
    def title(self) -> str:
        """The ``<title>``."""
        return self.views.title

    @property
    def visible_text(self) -> str:
        """Body text without script/style/template, whitespace collapsed, plus given ``text``."""
        return self.views.text

    @property
    def links(self) -> tuple[Link, ...]:
        """All ``<a href>`` links."""
        return self.views.links

    @property
    def forms(self) -> tuple[Form, ...]:
        """Forms (and loose controls) with their fields."""
        return self.views.forms

    @property
    def meta(self) -> dict[str, str]:
        """``<meta name|property=... content=...>`` plus ``canonical``."""
        return self.views.meta

    @cached_property
    def search_text(self) -> str:
        """Title, description, visible text and control labels: what a visitor reads."""
        v = self.views
        parts = [v.title, v.meta.get("description", ""), v.meta.get("og:title", ""), v.text]
        parts.append(v.control_text)
        if self.text:
            parts.append(_WS.sub(" ", self.text))
        return " ".join(p for p in parts if p).strip()

    @cached_property
    def norm_text(self) -> str:
        """``search_text`` lowercased, numbers as ``#``, quotes dropped: for phrase matching."""
        return normalise_text(self.search_text)

    @cached_property
    def words(self) -> list[str]:
        """Whitespace-separated tokens of ``search_text`` in original case."""
        # Equal to search_text.split(): splitting parts joined by spaces gives each part's
        # split in turn, and the body's was already made by the parse.
        v = self.views
        words = v.title.split()
        words += v.meta.get("description", "").split()
        words += v.meta.get("og:title", "").split()
        words += v.tokens
        words += v.control_text.split()
        if self.text:
            words += self.text.split()
        return words

    @cached_property
    def salient_text(self) -> str:
        """What a visitor reads first: title, description, headings, buttons, form labels and
        the top of the body text (at most :data:`SALIENT_BODY_CHARS` of it)."""
        v = self.views
        labels = " ".join(f.label for form in v.forms for f in form.fields if f.label)
        parts = [v.title, v.meta.get("description", ""), v.meta.get("og:title", ""), v.headings,
                 v.control_text[:2000], labels[:2000], v.text[:SALIENT_BODY_CHARS]]
        if self.text:
            parts.append(_WS.sub(" ", self.text)[:SALIENT_BODY_CHARS])
        return " ".join(p for p in parts if p)

    @cached_property
    def word_counts(self) -> dict[str, int]:
        """How often each token of :attr:`words` occurs.

        Per-token checks (capitals, wallet shapes) run once per distinct token: a page repeats
        most of its words, and a Python call per occurrence cost more than the parse.
        """
        return Counter(self.words)

    def release(self) -> None:
        """Forget the parse and everything derived from it (it is redone if asked again).

        For callers that keep many pages but need nothing more from them.
        """
        self._memo.clear()
        for name in _DERIVED:
            self.__dict__.pop(name, None)

    @cached_property
    def policy_text(self) -> str | None:
        """Visible text of the privacy policy, when its HTML was given."""
        if self.policy_html is None:
            return None
        raw = self.policy_html
        html = decode_html(raw) if isinstance(raw, bytes) else raw
        return normalise_text(extract(html, "").text)


# Every cached view of a Page: what release() forgets.
_DERIVED = frozenset(n for n, v in vars(Page).items() if isinstance(v, cached_property))


