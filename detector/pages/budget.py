"""Bounded work per page: what a page would cost to parse, told from one linear pass over its
text before the parser sees it.

The HTML parser (lexbor, through selectolax) slows down with the square of three things a
small page can hold: how deep its elements nest, how many attributes one tag has, and how many
``<option>`` entries one ``<select>`` list has. 100,000 nested ``<div>`` tags (500 KB) took
32 s, 200,000 took 328 s (issue #13, finding 4). So before a page is parsed,
:func:`parse_cost` walks its tags once with a regular expression, keeping an estimated stack of
open elements, and :func:`check_budget` refuses the page with a :class:`PageBudgetError` that
names the cause when the estimated parse time is over ``Settings.page_seconds``
(``DETECTOR_PAGE_SECONDS``). Every path that builds a page from input runs it: ``check`` on
files and standard input, ``score`` per row, ``train`` and ``evaluate`` (through
:func:`detector.input.pagebuild.build_page`), and ``check URL`` (:mod:`detector.net.gather`, where
the URL's ``--timeout`` also bounds the parse in real time).

The estimate is in seconds of the machine it was calibrated on (2-core x86-64, figures from
``benchmarks/bench_budget.py``): each start tag costs its estimated depth, each tag the square
of its attributes, each list the square of its options, at the nanoseconds per unit measured
there. It errs on the high side (markup inside scripts or comments counts as tags, an end tag
with no open element is not matched), and real pages are far below it: a 77 KB page is
estimated at well under a millisecond against a default budget of 5 s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import InputError

#: Nanoseconds of parse time per unit of each kind, measured by benchmarks/bench_budget.py:
#: an element start tag per open element above it; half the square of one tag's attributes;
#: half the square of one list's options.
NS_PER_DEPTH = 3.0
NS_PER_ATTRIBUTE_PAIR = 5.0
NS_PER_OPTION_PAIR = 14.0

_TAG = re.compile(
    r"<(/?)([A-Za-z][^\s/>]*)"
    # Attributes: quotes count only after "=", as in the HTML tokenizer (an apostrophe in an
    # unquoted value must not hide the tags that follow). Possessive, so a quote that is never
    # closed ends the match instead of making the scan go back and forth.
    r"((?:[^>=]++|=\s*+(?:\"[^\"]*+\"|'[^']*+'|[^\s>]*+))*+)>?"
)
#: An attribute's value, so that what is left of a tag is its attribute names.
_VALUE = re.compile(r"=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]*)")
#: Elements with no end tag.
_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta",
    "param", "source", "track", "wbr", "basefont", "bgsound", "frame", "image",
})
#: Elements whose content is raw text: tags inside are not tags.
_RAW_TEXT = frozenset({
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    "plaintext",
})
#: Start tags that close an open <p> (and the like) before them, as the tree builder does.
_CLOSES_P = frozenset({
    "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div",
    "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "section",
    "summary", "table", "ul", "li", "dd", "dt", "listing",
})
#: Start tags that close an open element of the same name (a new <li> ends the last one).
_SELF_CLOSING_SIBLINGS = frozenset({
    "li", "dd", "dt", "option", "optgroup", "tr", "td", "th", "rb", "rt", "rp", "rtc",
})
_FOREIGN = frozenset(("svg", "math"))
#: Tags shorter than this cannot hold enough attributes to matter; they are not counted.
_LONG_TAG = 256


class PageBudgetError(InputError):
    """A page would take longer to parse than its budget allows."""


@dataclass(frozen=True)
class ParseCost:
    """What parsing a page would cost, estimated before parsing it."""

    #: Estimated parse time on the calibration machine, in seconds.
    seconds: float
    #: Deepest estimated nesting of elements.
    depth: int
    #: Most attributes in one tag.
    attributes: int
    #: Most options in one list (``<select>``).
    options: int
    tags: int
    #: The heaviest of the three costs, in words.
    cause: str


def _attribute_count(attrs: str) -> int:
    return len(_VALUE.sub(" ", attrs).split())


def parse_cost(html: str) -> ParseCost:
    """The estimated cost of parsing ``html``, in one pass over its tags."""
    stack: list[str] = []
    open_count: dict[str, int] = {}
    depth_units = attr_units = option_units = 0
    max_depth = max_attrs = max_options = tags = 0
    options = 0  # options in the list now open
    foreign = 0  # open <svg>/<math>: there "/>" closes a tag
    skip_to = 0  # the end of a raw-text element's content: tags before it are text
    lower = ""  # the page in lower case, made once when a raw-text element needs it
    for m in _TAG.finditer(html):
        if m.start() < skip_to:
            continue
        closing, raw_name, attrs = m.groups()
        name = raw_name.lower()
        tags += 1
        if closing:
            if open_count.get(name):
                while stack:  # amortised: each element is popped once
                    top = stack.pop()
                    open_count[top] -= 1
                    if top in _FOREIGN:
                        foreign -= 1
                    if top == "select":
                        options = 0
                    if top == name:
                        break
            continue
        if len(attrs) > _LONG_TAG:
            n = _attribute_count(attrs)
            attr_units += n * n // 2
            max_attrs = max(max_attrs, n)
        if name == "select":
            options = 0
        elif name == "option" and open_count.get("select"):
            options += 1
            option_units += options  # the sum of 1..n: n squared over two
            max_options = max(max_options, options)
        if stack and ((name in _SELF_CLOSING_SIBLINGS and stack[-1] == name)
                      or (name in _CLOSES_P and stack[-1] == "p")):
            open_count[stack.pop()] -= 1
        depth_units += len(stack)
        if name in _RAW_TEXT:
            lower = lower or html.lower()
            close = lower.find(f"</{name}", m.end())
            # The rest of a page with an unclosed <script> is one text, nothing to parse.
            if close < 0:
                break
            skip_to = close
            continue
        if name in _VOID or (foreign and attrs.endswith("/")):
            continue
        stack.append(name)
        open_count[name] = open_count.get(name, 0) + 1
        foreign += name in _FOREIGN
        max_depth = max(max_depth, len(stack))
    parts = {
        f"elements nested {max_depth:,} deep": depth_units * NS_PER_DEPTH,
        f"one tag with {max_attrs:,} attributes": attr_units * NS_PER_ATTRIBUTE_PAIR,
        f"a list with {max_options:,} options": option_units * NS_PER_OPTION_PAIR,
    }
    cause = max(parts, key=lambda k: parts[k])
    return ParseCost(sum(parts.values()) / 1e9, max_depth, max_attrs, max_options, tags, cause)


def _bound(html: str) -> float:
    """Seconds no page of this length and number of "<" can exceed: nesting and lists cost at
    most the square of the tags over two, and a tag of n characters holds at most n/2
    attributes. Most real pages are under it, and need no walk."""
    tags = html.count("<")
    most_attributes = len(html) / 2
    return (tags * tags / 2 * (NS_PER_DEPTH + NS_PER_OPTION_PAIR)
            + most_attributes * most_attributes / 2 * NS_PER_ATTRIBUTE_PAIR) / 1e9


def check_budget(html: str, seconds: float, what: str = "the page") -> ParseCost:
    """The cost of parsing ``html``; PageBudgetError when it is estimated over ``seconds``.

    A page whose size alone keeps it under ``seconds`` (:func:`_bound`) is not walked: its
    cost is returned as 0."""
    if _bound(html) <= seconds:
        return ParseCost(0.0, 0, 0, 0, 0, "a page too small to be slow")
    cost = parse_cost(html)
    if cost.seconds > seconds:
        raise PageBudgetError(
            f"{what} would take about {cost.seconds:,.0f} s to parse ({cost.cause}), over "
            f"the {seconds:g} s a page may take; it was not scored. Raise DETECTOR_PAGE_SECONDS "
            "(page_seconds in Settings) to score it anyway")
    return cost
