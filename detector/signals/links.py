"""Link structure: dead links and external links, independent of page size."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._registry import signal

if TYPE_CHECKING:
    from ..pages.page import Page


@signal("links_dead_ratio", version=1, unit="ratio", high_from=0.3,
        low="few of its links go nowhere", absent="all of its links lead somewhere")
def dead_ratio(page: Page) -> float:
    """Many of its links go nowhere ("#" or javascript:).

    Kits copy a brand's menu without its pages: every link is a dead end. NaN without links.
    """
    links = page.links
    if not links:
        return float("nan")
    dead = sum(1 for link in links
               if link.href in ("", "#", "#!", "/") or link.href.lower().startswith("javascript:"))
    return dead / len(links)


@signal("links_external_ratio", version=1, unit="ratio", high_from=0.5,
        low="most of its links stay on its own site")
def external_ratio(page: Page) -> float:
    """Most of its links lead to other sites.

    NaN without links.
    """
    links = page.links
    if not links:
        return float("nan")
    return sum(1 for link in links if not link.internal) / len(links)
