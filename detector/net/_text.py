"""Page-supplied text in error messages, kept short."""

from __future__ import annotations

__all__ = ["shorten"]

#: Characters of a URL (or any page-supplied string) an error message shows.
SHOWN_CHARS = 200


def shorten(text: object, limit: int = SHOWN_CHARS) -> str:
    """``text`` as a string of at most ``limit`` characters plus "…" when it was longer.

    A server decides how long its URLs and Location headers are; a 10 MB one must not become a
    20 MB error message.
    """
    s = str(text)
    return s if len(s) <= limit else s[:limit] + "…"
