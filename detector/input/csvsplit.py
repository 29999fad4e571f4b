"""CSV records one at a time, with a bound on a record's size: an oversized field costs its own
row, not the process's memory nor the rest of the file (issue #13, finding 13).

``csv.reader`` builds a field in a buffer of 4 bytes per character before it can be checked:
one 120 MB field peaked at 720 MB (1.6 GB with the rest of a run), and its field limit, once
hit, leaves the reader unable to find the next row. :func:`split_records` cuts the text into
records first, with the same quoting rules as the csv module's default dialect (a quote opens a
quoted field only at the start of a field; ``""`` inside one is a quote), so each record can be
parsed by ``csv.reader`` on its own and a record over ``limit`` characters is skipped without
being held::

    for piece in split_records(text, limit):
        if isinstance(piece, Oversized):
            ...  # an error row naming piece.chars
        else:
            fields = next(csv.reader([piece]))
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TextIO

#: Outside quotes: the end of a record (as the csv module reads lines: \r\n, \n or \r), or a
#: quote after a comma (the start of a quoted field).
_OUTSIDE = re.compile(r'\r\n?|\n|(?<=,)"')
#: Inside a quoted field: everything up to its closing quote ("" is a quote, not the end).
_QUOTED_BODY = re.compile(r'[^"]*+(?:""[^"]*+)*+')
_BLOCK = 1 << 16


@dataclass(frozen=True)
class Oversized:
    """A record longer than the limit, skipped: how many characters it had."""

    chars: int


def split_records(text: TextIO, limit: int, block: int = _BLOCK) -> Iterator[str | Oversized]:
    """The records of a CSV text, each with its line ending, or :class:`Oversized` for one over
    ``limit`` characters. Memory stays within ``limit`` plus one block."""
    parts: list[str] = []
    size = 0  # characters of the current record so far
    quoted = False
    field_start = True  # a quote at the next character opens a quoted field
    pending = ""  # the end of the last block, when it may be half of a "" escape
    while True:
        data = text.read(block)
        chunk, pending = pending + data, ""
        if not chunk:
            break
        pos = 0
        while pos < len(chunk):
            if quoted:
                q = _QUOTED_BODY.match(chunk, pos).end()  # type: ignore[union-attr]
                if q == len(chunk):
                    pos = q
                elif q + 1 == len(chunk) and data:
                    # "" or the closing quote? The next block tells.
                    chunk, pending, pos = chunk[:q], chunk[q:], q
                else:
                    quoted, pos = False, q + 1
                    continue
                break
            if field_start and chunk.startswith('"', pos):
                quoted, field_start, pos = True, False, pos + 1
                continue
            field_start = False
            m = _OUTSIDE.search(chunk, pos)
            if m is None:
                break
            if m.group() == '"':
                quoted, pos = True, m.end()
                continue
            end = m.end()
            total = size + end
            piece = Oversized(total) if total > limit else "".join(parts) + chunk[:end]
            parts, size = [], 0
            yield piece
            chunk, pos, field_start = chunk[end:], 0, True
        # What is left of the block belongs to the record in progress.
        if chunk and not quoted and not pending:
            field_start = chunk.endswith(",")  # a quote opening the next block opens a field
        size += len(chunk)
        if size <= limit:
            parts.append(chunk)
        else:
            parts = []  # over the limit: stop holding it, keep counting
        if not data and not pending:
            break
    if size:
        yield "".join(parts) if size <= limit else Oversized(size)
