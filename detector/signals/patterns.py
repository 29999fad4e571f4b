"""Phrase matching for the signal families: typed phrase families, one scan over the page text.

Phrases are written against the normalised text (``Page.norm_text``): lowercase, every number
folded to ``#``, double quotes dropped, spaces collapsed. So ``share with # friends`` matches
"Share with 10 friends" and "SHARE WITH 3 FRIENDS", and ``comment done`` matches
'comment "DONE"'. A phrase must start and end on a word boundary in scripts that separate words
with spaces; a trailing ``*`` lifts the end boundary (``giveaway*`` also finds "giveaways").

Each family module declares its phrases next to its signals and keeps the handle it gets back
(``LURE = phrases("lure", ...)``); signals read ``LURE.count(page)``. A misspelt handle is a
NameError, never a string key that quietly turns into NaN. :mod:`detector.signals.scan` builds
the one page scan from an explicit list of every module's families: one Aho-Corasick automaton
counts every family in a single linear scan of the text, whatever the number of phrases (many
``\\b...`` regexes under ``re.I`` ran at about 1.5 MB/s; this runs at tens of MB/s).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

import ahocorasick

if TYPE_CHECKING:
    from ..pages.page import Page

#: Only this much normalised text is phrase-matched: lures sit near the top of a page, and the
#: cap bounds the cost of a 20 MB page.
MAX_MATCH_CHARS = 1_000_000


@dataclass(frozen=True, eq=False)
class PhraseFamily:
    """A named list of phrases, counted in the page scan. Signals hold this handle, not a name.

    Compared by identity: two families with the same phrases are still two columns of counts.
    The one :class:`PageScan` that lists it binds it when built.
    """

    name: str
    phrases: tuple[str, ...]
    #: Only the first ``limit`` characters of the text are searched, as if it were cut there.
    limit: int = MAX_MATCH_CHARS

    def count(self, page: Page) -> int:
        """Occurrences of this family's phrases in the page's normalised text."""
        return page.derived(_scan_of(self).scan_page).counts[self]

    def count_in_policy(self, page: Page) -> int | None:
        """Occurrences in the page's privacy-policy text; ``None`` when no policy was given."""
        found = page.derived(_scan_of(self).scan_policy)
        return None if found is None else found.counts[self]


@dataclass(frozen=True, eq=False)
class Hints:
    """Plain substrings whose positions a signal wants (no word boundaries), found in the scan."""

    name: str
    needles: tuple[str, ...]

    def spans(self, page: Page) -> list[tuple[int, int]]:
        """``(start, end)`` of every occurrence in the page's normalised text."""
        return page.derived(_scan_of(self).scan_page).spans[self]


def _scan_of(item: PhraseFamily | Hints) -> PageScan:
    scan: PageScan | None = getattr(item, "_scan", None)
    if scan is None:
        raise LookupError(f"{type(item).__name__} {item.name!r} is in no page scan; list it in "
                          "PAGE_SCAN (detector/signals/scan.py)")
    return scan


def phrases(name: str, items: Iterable[str], limit: int = MAX_MATCH_CHARS) -> PhraseFamily:
    """Declare a phrase family; keep the handle and count with it."""
    return PhraseFamily(name, tuple(items), limit)


def _spaced(ch: str) -> bool:
    """Whether a character belongs to a script that separates words with spaces."""
    if ch.isdigit() or ch in "#$":
        return True
    if not ch.isalpha():
        return False
    name = unicodedata.name(ch, "")
    return name.startswith(("LATIN", "CYRILLIC", "GREEK"))


def _phrase_key(phrase: str) -> tuple[str, bool, bool]:
    """The automaton key of a phrase and whether its start and end must be word boundaries."""
    open_end = phrase.endswith("*")
    key = phrase.rstrip("*")
    if not key:
        return "", False, False
    check_start = _spaced(key[0]) and key[0] not in "#$("
    check_end = not open_end and _spaced(key[-1]) and key[-1] not in " (+:"
    return key, check_start, check_end


class ScanResult(NamedTuple):
    """What one scan found: counts per phrase family, spans per hint list."""

    counts: dict[PhraseFamily, int]
    spans: dict[Hints, list[tuple[int, int]]]


class PageScan:
    """Phrase families and hint lists matched together in one pass over a text.

    A phrase must start and end on a word boundary where its first and last characters belong
    to a script that separates words with spaces (a trailing ``*`` leaves the end open). Each
    family counts over the first ``family.limit`` characters only, as if the text were cut
    there. Each separate automaton pass cost about 0.3 ms on a typical page; one pass over the
    text serves them all. Built once, from an explicit list; immutable after that.
    """

    def __init__(self, families: Sequence[PhraseFamily], hints: Sequence[Hints] = ()) -> None:
        for kind, names in (("phrase family", [f.name for f in families]),
                            ("hint list", [h.name for h in hints])):
            twice = sorted({n for n in names if names.count(n) > 1})
            if twice:
                raise ValueError(f"{kind} {twice[0]!r} is listed twice; give each its own name")
        self.families: tuple[PhraseFamily, ...] = tuple(families)
        self.hints: tuple[Hints, ...] = tuple(hints)
        items: tuple[PhraseFamily | Hints, ...] = (*self.families, *self.hints)
        for item in items:
            if getattr(item, "_scan", None) is not None:
                raise ValueError(f"{item.name!r} is already in another page scan; a family "
                                 "belongs to one scan")
            # Bound once, while the explicit scan is built: a handle then knows its scan.
            object.__setattr__(item, "_scan", self)
        # key -> (phrase targets (family index, check_start, check_end), hint indexes)
        entries: dict[str, tuple[list[tuple[int, bool, bool]], list[int]]] = {}
        for index, family in enumerate(self.families):
            for phrase in family.phrases:
                key, check_start, check_end = _phrase_key(phrase)
                if key:
                    entries.setdefault(key, ([], []))[0].append((index, check_start, check_end))
        for index, hint in enumerate(self.hints):
            for needle in hint.needles:
                entries.setdefault(needle.lower(), ([], []))[1].append(index)
        automaton = ahocorasick.Automaton()
        for key, (targets, spans) in entries.items():
            automaton.add_word(key, (len(key), tuple(targets), tuple(spans)))
        automaton.make_automaton()
        self._automaton: Any = automaton

    def scan_page(self, page: Page) -> ScanResult:
        """:meth:`scan` of the page's normalised text (``page.derived`` keeps it per page)."""
        return self.scan(page.norm_text)

    def scan_policy(self, page: Page) -> ScanResult | None:
        """:meth:`scan` of the page's privacy-policy text, ``None`` when none was given."""
        policy = page.policy_text
        return None if policy is None else self.scan(policy)

    def scan(self, text: str) -> ScanResult:
        """Counts per phrase family and spans per hint list, from one pass over ``text``."""
        n = len(text)
        limits = [min(n, family.limit) for family in self.families]
        counts = [0] * len(self.families)
        spans: list[list[tuple[int, int]]] = [[] for _ in self.hints]
        for end, (length, phrase_targets, span_lists) in self._automaton.iter(text):
            start = end - length + 1
            for index in span_lists:
                spans[index].append((start, end + 1))
            if not phrase_targets:
                continue
            before_ok = start == 0 or not text[start - 1].isalnum()
            after_ok = end + 1 >= n or not text[end + 1].isalnum()
            for fam_index, check_start, check_end in phrase_targets:
                cut = limits[fam_index]
                # Exactly what scanning text[:cut] would find: inside the cut, and the cut
                # itself counts as the end of the text.
                if end >= cut:
                    continue
                if (before_ok or not check_start) and (after_ok or end + 1 >= cut
                                                       or not check_end):
                    counts[fam_index] += 1
        return ScanResult(dict(zip(self.families, counts, strict=True)),
                          dict(zip(self.hints, spans, strict=True)))


class Substrings:
    """Which strings contain any of a set of substrings (case-insensitive), in one scan.

    For URL and link checks: a Python ``any(h in u for h in hints)`` per URL costs a
    generator per link; one automaton over all links joined is a single C loop.
    """

    def __init__(self, needles: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for needle in needles:
            self._automaton.add_word(needle.lower(), len(needle))
        self._automaton.make_automaton()

    def count_containing(self, haystacks: Iterable[str]) -> int:
        """How many of ``haystacks`` contain at least one needle."""
        items = [h.lower().replace("\n", " ") for h in haystacks]
        if not items:
            return 0
        joined = "\n".join(items)
        ends, pos = [], -1
        for item in items:
            pos += len(item) + 1
            ends.append(pos)
        hit: set[int] = set()
        for end, length in self._automaton.iter(joined):
            idx = bisect_left(ends, end)
            # A needle that spans the "\n" joint is not inside one haystack.
            if end - length + 1 > (ends[idx - 1] if idx else -1):
                hit.add(idx)
        return len(hit)


def n_words(page: Page) -> int:
    """Number of words a visitor reads."""
    return len(page.words)


def per100(count: float, page: Page) -> float:
    """``count`` per 100 words; NaN for a page with no words."""
    n = n_words(page)
    return 100.0 * count / n if n else float("nan")
