"""Peak memory of reading a CSV export with one oversized field (issue #13, finding 13).

Writes a CSV of a normal row, one row whose html field holds ``--field-mb`` MB, and another
normal row, then reads it with the batch reader (``RecordStream``, what ``detector score``
uses) in a fresh process and prints that process's peak RSS and what each row became.

Measured on 2 cores with a 120 MB field: 719 MB peak when ``csv.reader`` read the file as it
came, 54 MB since the reader cuts records with ``detector.input.csvsplit`` first (the row gets a
"page too large" error and the rows after it are read).

``--field-limit N`` runs the same read with the csv module's field limit held at N characters
(the reader sets its own limit; this shows what a limit tied to the page cap would give: the
rest of the file is lost). ``--split`` reads records with ``detector.input.csvsplit.split_records``
(limit N, default 80,000,000 characters) and parses each with ``csv.reader``: the oversized
record costs only its row.

    python benchmarks/bench_csv_field.py --field-mb 120
    python benchmarks/bench_csv_field.py --field-mb 120 --field-limit 20000001
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

_CHILD = r"""
import csv, io, json, resource, sys
limit = int(sys.argv[2])
if sys.argv[3] == "split":
    from detector.input.csvsplit import Oversized, split_records
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rows = []
    with open(sys.argv[1], "rb") as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        for i, piece in enumerate(split_records(text, limit)):
            if isinstance(piece, Oversized):
                rows.append({"row": i, "html_chars": 0, "error": f"{piece.chars:,} chars"})
                continue
            fields = next(csv.reader([piece]))
            rows.append({"row": i, "html_chars": len(fields[-1]), "error": ""})
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"base_mb": base / 1024, "peak_mb": peak / 1024, "rows": rows[1:]}))
    sys.exit()
if limit:
    real = csv.field_size_limit
    real(limit)
    csv.field_size_limit = lambda *a: real()  # the reader's own setting is ignored
from detector.input.io import RecordStream, list_sources
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
rows = []
for rec in RecordStream(list_sources([sys.argv[1]])):
    size = len(rec.html) if rec.html is not None else 0
    rows.append({"row": rec.row, "html_chars": size, "error": (rec.error or "")[:160]})
    del rec
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"base_mb": base / 1024, "peak_mb": peak / 1024, "rows": rows}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--field-mb", type=float, default=120.0)
    parser.add_argument("--field-limit", type=int, default=0,
                        help="Hold the csv field limit at this many characters (0: as is).")
    parser.add_argument("--split", action="store_true",
                        help="Read with split_records (limit: --field-limit or 80,000,000).")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "export.csv"
        with path.open("w", newline="", encoding="utf-8") as fh:
            out = csv.writer(fh)
            out.writerow(["id", "url", "html"])
            out.writerow(["a", "https://a.example/", "<p>fine</p>"])
            fh.write('b,https://b.example/,"<p>')
            chunk = "x" * 1_000_000
            for _ in range(int(args.field_mb)):
                fh.write(chunk)
            fh.write('</p>"\r\n')
            out.writerow(["c", "https://c.example/", "<p>also fine</p>"])
        size = path.stat().st_size
        limit = args.field_limit or (80_000_000 if args.split else 0)
        mode = "split" if args.split else "reader"
        res = subprocess.run([sys.executable, "-c", _CHILD, str(path), str(limit), mode],
                             capture_output=True, text=True, check=False,
                             cwd=Path(__file__).resolve().parent.parent)
    if res.returncode != 0:
        sys.exit(res.stderr)
    got = json.loads(res.stdout)
    how = ("split_records, limit " if args.split else "field limit ") + (
        f"{limit:,}" if limit else "as the batch reader reads it")
    print(f"CSV of {size / 1e6:,.0f} MB, one field of {args.field_mb:g} MB, {how}: "
          f"peak RSS {got['peak_mb']:,.0f} MB (after imports {got['base_mb']:,.0f} MB)")
    for row in got["rows"]:
        print(f"  row {row['row']}: {row['html_chars']:,} chars of html"
              + (f"; error: {row['error']}" if row["error"] else ""))


if __name__ == "__main__":
    main()
