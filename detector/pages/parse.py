"""One parse of a page's HTML into the views the signals read (text, links, forms, ...).

Everything a signal needs from the markup is taken in one pass of selectolax's lexbor parser;
:class:`~detector.pages.page.Page` runs it once, on first use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .domains import host_parts

_WS = re.compile(r"\s+")
# Numbers of any grouping ("10,000", "0.1", "5 000", "1.000.000") become one "#", so phrase lists
# can say "send # btc" once instead of spelling every amount.
_NUMBER = re.compile(r"\d+(?:[ .,']\d{3})*(?:[.,]\d+)?")
# str.translate with a dict runs per character in Python-level lookups; a few str.replace calls
# run in C and are about ten times faster on long pages.
_QUOTE_MAP = (('"', " "), ("\u201c", " "), ("\u201d", " "), ("\u00ab", " "), ("\u00bb", " "),
              ("\u2019", "'"), ("\u2018", "'"), ("`", "'"), ("\u00a0", " "))
_STRIP_TAGS = ["script", "style", "noscript", "template", "svg"]
# Whitespace that _squash would change: most link texts have none, and skipping the call for
# them matters at hundreds of links a page.
_NEEDS_SQUASH = re.compile(r"[^\S ]|  |^ | $")


class Link(NamedTuple):
    """An ``<a href>`` of the page (a tuple: pages carry hundreds, and a frozen dataclass
    costs several times as much to build)."""

    href: str
    text: str
    host: str
    #: Same registered domain as the page (or a relative link).
    internal: bool


@dataclass(frozen=True)
class Field:
    """One form control (``input``, ``select``, ``textarea``)."""

    tag: str
    type: str
    name: str
    id: str
    placeholder: str
    label: str
    autocomplete: str

    @property
    def descriptor(self) -> str:
        """Everything that says what the field asks for, lowercased, for matching."""
        return " ".join(
            p for p in (self.name, self.id, self.placeholder, self.label, self.autocomplete) if p
        ).lower()


@dataclass(frozen=True)
class Form:
    """A form, or the loose controls outside any form (scam kits often skip ``<form>``)."""

    action: str
    method: str
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class Views:
    """Everything extracted from one parse of the HTML."""

    title: str
    text: str
    lang: str
    meta: dict[str, str]
    links: tuple[Link, ...]
    forms: tuple[Form, ...]
    iframes: tuple[str, ...]
    scripts: tuple[str, ...]
    control_text: str
    n_elements: int
    #: ``text`` split on whitespace (``text`` is these joined by spaces): the words of the
    #: body, kept so that the page's word list does not split the longest text twice.
    tokens: list[str] = field(default_factory=list)
    #: Text of ``h1``-``h3`` headings, in page order (what a visitor reads first).
    headings: str = ""


def normalise_text(text: str) -> str:
    """Lowercase, fold numbers to ``#``, drop double quotes, unify apostrophes, collapse spaces."""
    text = text.lower()
    for old, new in _QUOTE_MAP:
        if old in text:
            text = text.replace(old, new)
    # split/join collapses whitespace about 3x faster than a regex substitution.
    return " ".join(_NUMBER.sub("#", text).split())


def _squash(text: str) -> str:
    """Collapse whitespace in a short string (split/join beats a regex call per link)."""
    return " ".join(text.split())


def _link_host(href: str) -> str:
    """Lowercase host of an absolute or scheme-relative link, ``""`` for relative links.

    Pages carry hundreds of links; this avoids a full ``urlsplit`` per link.
    """
    start = href.find("//", 0, 12)
    if start < 0 or (start > 0 and href[start - 1] != ":"):
        return ""
    rest = href[start + 2 :]
    for sep in "/?#\\":
        cut = rest.find(sep)
        if cut >= 0:
            rest = rest[:cut]
    rest = rest.rpartition("@")[2]
    if rest.startswith("["):
        return rest.partition("]")[0] + "]"
    return rest.partition(":")[0].rstrip(".").lower()


def _attr(node: LexborNode, name: str) -> str:
    # ``attrs`` looks one attribute up; ``attributes`` builds a dict of all of them per call.
    value = node.attrs.get(name)
    return value.strip() if isinstance(value, str) else ""


def extract(html: str, page_host: str) -> Views:
    """Parse ``html`` once into :class:`Views`; ``page_host`` decides which links are internal."""
    if not html.strip():
        return Views("", "", "", {}, (), (), (), (), "", 0)
    tree = LexborHTMLParser(html)
    root = tree.root
    # A cheap count of tags, for the size/markup shortcut check only (a full traverse of the
    # tree in Python costs as much as the parse).
    n_elements = html.count("<")
    title_node = tree.css_first("title")
    title = _WS.sub(" ", title_node.text(strip=True)) if title_node is not None else ""
    html_node = tree.css_first("html")
    lang = _attr(html_node, "lang").lower() if html_node is not None else ""

    meta: dict[str, str] = {}
    for node in tree.css("meta"):
        key = (_attr(node, "name") or _attr(node, "property")).lower()
        if key and key not in meta:
            meta[key] = _attr(node, "content")[:2000]
    for node in tree.css("link[rel]"):
        if "canonical" in _attr(node, "rel").lower():
            meta.setdefault("canonical", _attr(node, "href"))

    page_reg = host_parts(page_host).registered if page_host else ""
    links: list[Link] = []
    for node in tree.css("a[href]"):
        href = _attr(node, "href")
        host = _link_host(href)
        internal = not host or (bool(page_reg) and host_parts(host).registered == page_reg)
        text = node.text(strip=True)[:400]
        if _NEEDS_SQUASH.search(text):
            text = _squash(text)
        links.append(Link(href[:2000], text[:200], host, internal))

    labels: dict[str, str] = {}
    for node in tree.css("label"):
        target = _attr(node, "for")
        if target:
            labels[target] = _squash(node.text(strip=True)[:400])[:200]

    forms: list[Form] = []
    seen: set[int] = set()
    control_bits: list[str] = []
    for form in tree.css("form"):
        fields = []
        for ctl in form.css("input, select, textarea"):
            seen.add(ctl.mem_id)
            fields.append(_field(ctl, labels, control_bits))
        forms.append(Form(_attr(form, "action"), _attr(form, "method").lower(), tuple(fields)))
    loose = [
        _field(ctl, labels, control_bits)
        for ctl in tree.css("input, select, textarea")
        if ctl.mem_id not in seen
    ]
    if loose:
        forms.append(Form("", "", tuple(loose)))
    for btn in tree.css("button"):
        control_bits.append(btn.text(strip=True))

    headings = " ".join(" ".join(h.text(separator=" ", strip=True).split())
                        for h in tree.css("h1, h2, h3"))[:4000]
    iframes = tuple(_attr(n, "src") for n in tree.css("iframe[src]"))
    scripts = tuple(_attr(n, "src") for n in tree.css("script[src]"))

    tree.strip_tags(_STRIP_TAGS)
    body = tree.body
    text = body.text(separator=" ", strip=True) if body is not None else ""
    if not text and root is not None:
        text = root.text(separator=" ", strip=True)
    control_text = " ".join(" ".join(b for b in control_bits if b).split())
    tokens = text.split()
    return Views(
        title=title,
        text=" ".join(tokens),
        lang=lang,
        meta=meta,
        links=tuple(links),
        forms=tuple(forms),
        iframes=iframes,
        scripts=scripts,
        control_text=control_text[:20000],
        n_elements=n_elements,
        tokens=tokens,
        headings=headings,
    )


def _field(node: LexborNode, labels: dict[str, str], control_bits: list[str]) -> Field:
    tag = node.tag or ""
    ftype = _attr(node, "type").lower() if tag == "input" else tag
    fid = _attr(node, "id")
    label = labels.get(fid, "") if fid else ""
    if not label:
        parent = node.parent
        if parent is not None and parent.tag == "label":
            label = _squash(parent.text(strip=True)[:400])[:200]
    placeholder = _attr(node, "placeholder")
    if ftype in {"submit", "button"}:
        control_bits.append(_attr(node, "value"))
    elif placeholder:
        control_bits.append(placeholder)
    return Field(
        tag=tag,
        type=ftype or "text",
        name=_attr(node, "name")[:200],
        id=fid[:200],
        placeholder=placeholder[:200],
        label=label,
        autocomplete=_attr(node, "autocomplete").lower()[:100],
    )
