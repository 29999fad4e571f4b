"""Allowlists and blocklists: sites a team has already judged, named by file and line.

A list file holds one entry a line; blank lines and ``#`` comments are skipped::

    # shops we checked by hand
    riverside-bakery.co.uk            a domain: the site and every subdomain of it
    shop.example.com                  a host: that host and its subdomains
    sites.google.com/view/our-club    a URL prefix: that page and everything under it
    https://example.org/promo?id=7    (the scheme is ignored: http and https both match)

A domain must be a site's own name: a public suffix (``com``, ``co.uk``) or a platform's shared
suffix (``github.io``, ``blogspot.com``) would trust thousands of strangers' sites, so such an
entry is refused with its file and line; list ``name.github.io`` or a URL prefix instead. For
the same reason an allowlist may not name a whole publishing platform (``facebook.com``,
``sites.google.com``): list the page's URL prefix there.

When both lists match a URL, the more specific entry wins (a longer host, then a longer path);
on a tie the blocklist wins, as the safer answer. :func:`detector.modelling.scoring.listed` turns a
verdict into an allowlisted or blocklisted one that keeps its score and reasons (it lives with
the scorer, so this module needs nothing from it).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from ..errors import InputError
from ..pages.domains import host_parts, split_url

ListKind = Literal["allowlist", "blocklist"]
_COMMENT = re.compile(r"(?:^|\s)#.*$")
#: The band word of a verdict each list gives.
BAND_WORD: dict[ListKind, str] = {"allowlist": "allowlisted", "blocklist": "blocklisted"}


@dataclass(frozen=True)
class ListEntry:
    """One line of a list file."""

    #: The host (lowercase, no ``www.`` stripping) the entry covers, with its subdomains.
    host: str
    #: Path prefix ("" for a whole site), with its query when the entry has one.
    path: str
    file: str
    line: int
    kind: ListKind

    @property
    def where(self) -> str:
        """``FILE:LINE``, for a person to find and change the entry."""
        return f"{self.file}:{self.line}"

    @property
    def band(self) -> str:
        """The band a matching page gets, e.g. ``allowlisted (team.txt:3)``."""
        return f"{BAND_WORD[self.kind]} ({self.where})"

    def covers(self, host: str, path: str) -> bool:
        """Whether a URL's host and path fall under this entry."""
        if host != self.host and not host.endswith("." + self.host):
            return False
        if not self.path:
            return True
        if not path.startswith(self.path):
            return False
        # "/shop" covers "/shop", "/shop/x" and "/shop?x", not "/shopping".
        rest = path[len(self.path):]
        ends = "/?#&" if "?" in self.path else "/?#"
        return not rest or self.path.endswith(("/", "?", "&", "=")) or rest[0] in ends

    @property
    def specificity(self) -> tuple[int, int]:
        """Longer hosts, then longer paths, are more specific."""
        return self.host.count(".") + 1, len(self.path)


@dataclass(frozen=True)
class SiteList:
    """The entries of one list, indexed by host for look-ups that cost O(labels in a host)."""

    kind: ListKind
    entries: tuple[ListEntry, ...] = ()
    _by_host: dict[str, tuple[ListEntry, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, list[ListEntry]] = {}
        for entry in self.entries:
            index.setdefault(entry.host, []).append(entry)
        # Longest path first, so the first entry that covers a URL is the one to report.
        object.__setattr__(self, "_by_host", {
            h: tuple(sorted(es, key=lambda e: -len(e.path))) for h, es in index.items()})

    def match(self, url: str) -> ListEntry | None:
        """The most specific entry covering ``url``, or None."""
        host, path = split_url(url)
        if not host:
            return None
        labels = host.split(".")
        for i in range(len(labels)):
            for entry in self._by_host.get(".".join(labels[i:]), ()):
                if entry.covers(host, path or "/"):
                    return entry
        return None


@dataclass(frozen=True)
class Lists:
    """An allowlist and a blocklist (either may be absent)."""

    allow: SiteList | None = None
    block: SiteList | None = None

    def match(self, url: str) -> ListEntry | None:
        """The entry that decides ``url``: the more specific of the two, the blocklist's on a
        tie; None when neither list covers it."""
        allowed = self.allow.match(url) if self.allow else None
        blocked = self.block.match(url) if self.block else None
        if allowed is None or blocked is None:
            return blocked or allowed
        return allowed if allowed.specificity > blocked.specificity else blocked


def parse_entry(text: str, file: str, line: int, kind: ListKind) -> ListEntry:
    """One entry from its text; raises InputError naming ``file:line`` and the fix."""
    where = f"{file}:{line}"
    raw = text.strip()
    if any(c.isspace() for c in raw):
        raise InputError(f"{where}: {raw!r} is not one domain or URL; put one entry on each "
                         "line (a # starts a comment)")
    host, path = split_url(raw)
    parts = host_parts(host) if host else None
    if parts is not None and not parts.is_ip and not parts.domain:
        raise InputError(
            f"{where}: {host!r} is a public suffix shared by many unrelated sites; list the "
            f"site's own name (e.g. name.{host}) or a URL prefix")
    if parts is None or (not parts.is_ip and "." not in host):
        raise InputError(f"{where}: {raw!r} is not a domain or URL; write e.g. example.com "
                         "or https://example.com/page")
    if kind == "allowlist" and path in ("", "/") and _platform_root(host):
        raise InputError(
            f"{where}: {host!r} is a platform where anyone can publish, so allowing all of it "
            f"would allow every scam posted there; list the page's URL prefix (e.g. "
            f"{host}/your-page) instead")
    return ListEntry(host=host, path="" if path in ("", "/") else path, file=file, line=line,
                     kind=kind)


def _platform_root(host: str) -> bool:
    """The host is a publishing platform itself (facebook.com, sites.google.com), not one
    site on it (myshop.weebly.com)."""
    from ..signals.url import is_platform_host

    labels = host.split(".")
    while len(labels) > 2 and labels[0] in ("www", "m", "web", "mobile"):
        labels = labels[1:]
    return is_platform_host(".".join(labels)) and not is_platform_host(".".join(labels[1:]))


def parse_lines(lines: Iterable[str], file: str, kind: ListKind) -> SiteList:
    """A list from text lines (``file`` names them in errors and bands)."""
    entries = []
    for number, line in enumerate(lines, start=1):
        # "#" starts a comment at the start of a line or after a space; inside a URL it is
        # the fragment.
        text = _COMMENT.sub("", line).strip()
        if text:
            entries.append(parse_entry(text, file, number, kind))
    return SiteList(kind, tuple(entries))


def load_list(path: str | Path, kind: ListKind) -> SiteList:
    """Read a list file; raises InputError naming the file (or ``file:line``) and the fix."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise InputError(f"{kind} {str(path)!r} does not exist; give an existing file (one "
                         "domain or URL a line)") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{kind} {str(path)!r} is not UTF-8 text; save it as UTF-8") from exc
    except OSError as exc:
        raise InputError(f"cannot read {kind} {str(path)!r}: {exc.strerror}; check the "
                         "path and its permissions") from exc
    return parse_lines(text.splitlines(), str(path), kind)


def config_dir() -> Path:
    """Where per-user settings live: ``DETECTOR_CONFIG_DIR``, else the XDG config directory."""
    explicit = os.environ.get("DETECTOR_CONFIG_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "detector"


def default_list_path(kind: ListKind) -> Path:
    """The list used when none is given: ``allowlist.txt`` / ``blocklist.txt`` in
    :func:`config_dir`."""
    return config_dir() / f"{kind}.txt"


def load_lists(allowlist: str | Path | None = None, blocklist: str | Path | None = None,
               use_defaults: bool = True) -> Lists:
    """The lists given, else (with ``use_defaults``) the default files that exist."""
    def one(given: str | Path | None, kind: ListKind) -> SiteList | None:
        if given is not None:
            return load_list(given, kind)
        default = default_list_path(kind)
        return load_list(default, kind) if use_defaults and default.is_file() else None

    return Lists(allow=one(allowlist, "allowlist"), block=one(blocklist, "blocklist"))

