"""split_records cuts CSV text into the records csv.reader would read, block boundaries
anywhere, and skips an oversized one without holding it (issue #13, finding 13)."""

from __future__ import annotations

import csv
import io
import random
import tracemalloc

import pytest

from detector.input.csvsplit import Oversized, split_records

# Pieces a CSV field can be made of, quoting rules included: quoted fields with commas,
# newlines and "" escapes; unquoted fields with a quote inside (an inch mark is literal there).
FIELDS = ['plain', '', '"quoted, with comma"', '"two\nlines"', '"say ""hi"""', '5" screen',
          '"crlf\r\ninside"', 'a"b"c', '"x"tail', '"unicode é 🎁"', '"<p class=""a"">"']
ENDS = ["\n", "\r\n", "\r"]


def random_csv(rng: random.Random, rows: int) -> str:
    lines = []
    for _ in range(rows):
        lines.append(",".join(rng.choice(FIELDS) for _ in range(rng.randint(1, 4)))
                     + rng.choice(ENDS))
    if rng.random() < 0.5:
        lines.append(",".join(rng.choice(FIELDS) for _ in range(2)))  # no final newline
    return "".join(lines)


def whole(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def pieces(text: str, limit: int = 10**9, block: int = 64) -> list[list[str] | Oversized]:
    out: list[list[str] | Oversized] = []
    for piece in split_records(io.StringIO(text, newline=""), limit, block):
        out.append(piece if isinstance(piece, Oversized) else next(csv.reader([piece]), []))
    return out


@pytest.mark.parametrize("seed", range(40))
def test_records_are_the_ones_csv_reader_reads_whatever_the_block_size(seed: int) -> None:
    rng = random.Random(seed)
    text = random_csv(rng, 30)
    want = whole(text)
    for block in (1, 2, 3, 7, 64, 1 << 16):
        got = [p for p in pieces(text, block=block) if p != []]
        assert got == [w for w in want if w != []], (block, text)


def test_an_oversized_record_costs_only_itself() -> None:
    big = 'b,"' + "x" * 5000 + '\n,still the field"\n'
    text = 'id,html\na,"<p>fine</p>"\n' + big + "c,ok\n"
    got = pieces(text, limit=1000, block=100)
    assert got[:2] == [["id", "html"], ["a", "<p>fine</p>"]]
    assert got[2] == Oversized(len(big))
    assert got[3] == ["c", "ok"]


def test_an_oversized_record_is_not_held() -> None:
    text = "a,\"" + "y" * 20_000_000 + "\"\nb,ok\n"
    stream = io.StringIO(text)
    tracemalloc.start()
    try:
        got = [p if isinstance(p, Oversized) else len(p)
               for p in split_records(stream, 10_000, 65_536)]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert got == [Oversized(20_000_005), 5]
    assert peak < 2_000_000  # a 20 MB field passed through; blocks of 64 KB were held
