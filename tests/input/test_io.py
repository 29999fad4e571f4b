"""Reading page exports row by row (every row one record, bad rows named) and writing results."""

from __future__ import annotations

import csv
import gzip
import io
import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from detector.config import DEFAULT_SETTINGS, Settings
from detector.errors import InputError, PageTooLargeError
from detector.input.io import (
    OUTPUT_COLUMNS,
    Record,
    RecordStream,
    list_sources,
    open_writer,
    output_format,
    source_kind,
)
from detector.input.pagebuild import load_html

from ..conftest import FIXTURES as PAGE_FIXTURES

BATCH = Path(__file__).resolve().parents[1] / "fixtures" / "batch"


def read(*inputs: str | Path, mapping: dict[str, str] | None = None,
         settings: Settings = DEFAULT_SETTINGS) -> list[Record]:
    return list(RecordStream(list_sources(list(inputs)), mapping, settings))


def write_warc(path: Path, records: list[tuple[str, str, str, bytes]]) -> None:
    """(record type, target URI, content type, payload) as a gzipped WARC."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for rec_type, uri, ctype, payload in records:
            if rec_type == "response":
                headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)],
                                           protocol="HTTP/1.1")
                rec = writer.create_warc_record(uri, "response", payload=io.BytesIO(payload),
                                                http_headers=headers)
            else:
                rec = writer.create_warc_record(uri, rec_type, payload=io.BytesIO(payload),
                                                warc_content_type=ctype)
            writer.write_record(rec)


# -- sources ---------------------------------------------------------------------------------

def test_source_kinds_by_name() -> None:
    assert source_kind("a.CSV") == "csv"
    assert source_kind("a.jsonl.gz") == "jsonl"
    assert source_kind("crawl.warc.gz") == "warc"
    assert source_kind("p.htm") == "page"
    assert source_kind("a.json") is None


def test_folder_expands_recursively_in_path_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.html").write_text("<p>two</p>")
    (tmp_path / "1.html").write_text("<p>one</p>")
    (tmp_path / "notes.txt").write_text("skipped")
    (tmp_path / ".hidden.html").write_text("skipped")
    sources = list_sources([tmp_path])
    assert [Path(s.path).name for s in sources] == ["1.html", "2.html"]
    assert {s.kind for s in sources} == {"page"}


@pytest.mark.parametrize("name", ["missing.csv", "data.json"])
def test_unusable_inputs_are_named(tmp_path: Path, name: str) -> None:
    if name.endswith(".json"):
        (tmp_path / name).write_text("[]")
    with pytest.raises(InputError, match=name.replace(".", r"\.")):
        list_sources([tmp_path / name])


def test_empty_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no \.html pages"):
        list_sources([tmp_path])


# -- tables ----------------------------------------------------------------------------------

def test_csv_rows_keep_html_newlines_and_ids() -> None:
    recs = read(BATCH / "export.csv")
    assert [r.id for r in recs] == ["p1", "p2", "p3"]
    assert [r.row for r in recs] == [1, 2, 3]
    assert recs[0].url == "https://free-robux-claim.weebly.com/claim-now"
    assert isinstance(recs[0].html, str) and "\n" in recs[0].html and "FREE ROBUX" in recs[0].html
    assert recs[2].error is not None and "row 3: no HTML" in recs[2].error


def test_jsonl_columns_found_by_common_names() -> None:
    recs = read(BATCH / "export.jsonl")
    assert [(r.id, r.url) for r in recs] == [("j1", "https://free-robux-claim.weebly.com/"),
                                              ("j2", "https://riverside-bakery.co.uk/")]
    assert all(r.error is None and r.html for r in recs)


def test_gzip_jsonl_reads_like_plain(tmp_path: Path) -> None:
    gz = tmp_path / "export.jsonl.gz"
    gz.write_bytes(gzip.compress((BATCH / "export.jsonl").read_bytes()))
    stream = RecordStream(list_sources([gz]))
    recs = list(stream)
    assert [r.html for r in recs] == [r.html for r in read(BATCH / "export.jsonl")]
    assert stream.consumed_bytes() == gz.stat().st_size == stream.total_bytes


def test_parquet_with_binary_html_and_timestamps(tmp_path: Path) -> None:
    path = tmp_path / "export.parquet"
    table = pa.table({
        "id": pa.array([7, 8], pa.int64()),
        "final_link": ["https://a.example/", None],
        "raw_html": pa.array([b"<p>free gift</p>", None], pa.binary()),
        "created_time": pa.array([1_700_000_000_000_000, None], pa.timestamp("us")),
    })
    pq.write_table(table, path, row_group_size=1)
    recs = read(path)
    assert [r.id for r in recs] == ["7", "8"]
    assert recs[0].html == b"<p>free gift</p>" and recs[0].url == "https://a.example/"
    assert recs[0].page_created is not None
    assert recs[1].error is not None and "no HTML" in recs[1].error


def test_column_mapping_renames_and_is_checked() -> None:
    recs = read(BATCH / "renamed.csv", mapping={"html": "page_source", "id": "ref",
                                                  "url": "address"})
    assert [(r.id, r.url) for r in recs] == [("r1", "https://free-robux-claim.weebly.com/"),
                                              ("r2", "https://riverside-bakery.co.uk/")]
    with pytest.raises(InputError, match=r"no html, html_path or text column.*--column html="):
        read(BATCH / "renamed.csv")
    with pytest.raises(InputError, match=r"'page_html'.*not in the input"):
        read(BATCH / "renamed.csv", mapping={"html": "page_html"})


def test_social_export_page_created_and_message_text() -> None:
    recs = read(BATCH / "social_pages.csv", mapping={"id": "Facebook Id"})
    assert [r.id for r in recs] == ["100087", "100012"]
    assert recs[0].page_created == "2024-04-28 09:12:00 EDT"
    assert recs[0].html is None and "Send 0.1 BTC" in recs[0].text
    assert recs[0].url == "https://elon-event.github.io/"


def test_html_path_is_read_relative_to_the_export() -> None:
    recs = read(BATCH / "html_paths.csv")
    assert [r.id for r in recs] == ["h1", "h2", "h3"]
    html, url = load_html(recs[0])
    assert isinstance(html, bytes) and b"ROBUX" in html
    # the browser's "saved from" stamp gives the URL
    assert url == "https://free-robux-claim.weebly.com/claim-now"
    with pytest.raises(InputError, match=r"no_such_page\.html"):
        load_html(recs[1])


def test_page_cap_applies_to_inline_and_file_pages(tmp_path: Path) -> None:
    small = Settings(max_page_bytes=100)
    with pytest.raises(PageTooLargeError, match=r"101 bytes.*100-byte cap"):
        load_html(Record("x", 1, html="é" * 50 + "a"), small)
    big = tmp_path / "big.html"
    big.write_bytes(b"<p>" + b"a" * 200 + b"</p>")
    with pytest.raises(PageTooLargeError, match="207 bytes"):
        load_html(Record(str(big), None, html_path=str(big)), small)


def test_hostile_jsonl_lines_each_become_one_named_record(tmp_path: Path) -> None:
    path = tmp_path / "hostile.jsonl"
    lines = [
        json.dumps({"id": 1, "html": "<p>fine</p>"}).encode(),
        b"{not json",
        b"\xff\xfe\x00garbage\x80\x81",
        b"",  # blank lines are not rows
        json.dumps([1, 2]).encode(),
        json.dumps({"id": 5, "html": "x" * 5000}).encode(),
        json.dumps({"id": 6, "html": {"nested": True}}).encode(),
        json.dumps({"id": 7, "html": "<p>\ud800 lone surrogate</p>", "url": "https://\udc00/"}).encode(),
        json.dumps({"id": 9, "html": "y" * 80_000}).encode(),
        json.dumps({"id": 10, "html": "<p>after the long line</p>"}).encode(),
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    recs = read(path, settings=Settings(max_page_bytes=500))
    assert [r.row for r in recs] == [1, 2, 3, 5, 6, 7, 8, 9, 10]
    errors = [r.error or "" for r in recs]
    assert errors[0] == ""
    assert "line 2 is not valid JSON" in errors[1]
    assert "line 3" in errors[2] and ("not UTF-8" in errors[2] or "not valid JSON" in errors[2])
    assert "line 5 is a JSON list" in errors[3]
    assert errors[4] == ""  # the cap on the page itself is checked when it is loaded
    with pytest.raises(PageTooLargeError, match="5,000 bytes"):
        load_html(recs[4], Settings(max_page_bytes=500))
    assert "html value is a dict" in errors[5]
    assert errors[6] == "" and recs[6].url == "https://\ufffd/"
    # a line too long to hold any page within the cap is refused unread, and reading goes on
    assert "line 9: page too large" in errors[7]
    assert errors[8] == "" and recs[8].id == "10"


def test_hostile_csv_rows_each_become_one_named_record(tmp_path: Path) -> None:
    path = tmp_path / "hostile.csv"
    path.write_bytes(
        b"id,html\r\n"
        b"1,<p>ok</p>\r\n"
        b"2,<p>too,many,fields</p>,x\r\n"
        b"3,<p>caf\xe9 latin-1</p>\r\n"
        b'4,"<p>quoted\nnewline</p>"\r\n'
    )
    recs = read(path)
    assert [r.row for r in recs] == [1, 2, 3, 4]
    assert recs[0].error is None and recs[3].error is None
    assert recs[1].error is not None and "row 2 has 5 fields but the header has 2" in recs[1].error
    assert recs[2].error is not None and "'html' holds bytes that are not UTF-8" in recs[2].error


def test_warc_responses_with_html_only(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [
        ("response", "https://a.example/", "text/html; charset=windows-1251",
         "<p>Бесплатно</p>".encode("cp1251")),
        ("response", "https://a.example/logo.png", "image/png", b"\x89PNG"),
        ("request", "https://a.example/", "application/http; msgtype=request", b"GET / HTTP/1.1"),
        ("response", "https://b.example/", "application/xhtml+xml", b"<p>b</p>"),
        ("response", "https://c.example/", "text/html", b""),
    ])
    recs = read(path)
    assert [r.url for r in recs] == ["https://a.example/", "https://b.example/",
                                     "https://c.example/"]
    assert [r.row for r in recs] == [1, 4, 5]
    assert all(r.id and r.id.startswith("<urn:uuid:") for r in recs)
    assert recs[0].charset == "windows-1251"
    assert recs[2].error is not None and "empty HTML" in recs[2].error


def test_warc_without_the_extra_names_the_install(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"")
    monkeypatch.setitem(__import__("sys").modules, "warcio.archiveiterator", None)
    with pytest.raises(InputError, match=r"pip install 'giveaway-scam-detector\[warc\]'"):
        read(path)


def test_folder_of_saved_pages_is_one_record_per_file() -> None:
    recs = read(PAGE_FIXTURES)
    assert len(recs) == len(list(PAGE_FIXTURES.glob("*.html")))
    assert all(r.html_path == r.source and r.row is None for r in recs)


# -- writers ---------------------------------------------------------------------------------

ROWS = [
    ("a.csv", 1, "x", "https://a/", 0.25, "legit", "probably fine", "", "[]", "m", None),
    ("a.csv", 2, None, "", None, None, None, None, None, "m", "a.csv: row 2: bad, \"quoted\""),
]


@pytest.mark.parametrize("name", ["out.csv", "out.jsonl", "out.parquet", "out.csv.gz",
                                  "out.jsonl.gz"])
def test_writers_round_trip(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    writer = open_writer(path, output_format(path))
    writer.write(ROWS[:1])
    writer.write(ROWS[1:])
    writer.close()
    if name.endswith(".parquet"):
        back = [tuple(d.values()) for d in pq.read_table(path).to_pylist()]
        assert back == ROWS
        return
    raw = gzip.decompress(path.read_bytes()) if name.endswith(".gz") else path.read_bytes()
    text = raw.decode("utf-8")
    if ".csv" in name:
        rows = list(csv.reader(io.StringIO(text)))
        assert tuple(rows[0]) == OUTPUT_COLUMNS
        assert rows[1][4] == "0.25" and rows[2][10] == ROWS[1][10] and rows[2][4] == ""
    else:
        objs = [json.loads(line) for line in text.splitlines()]
        assert [tuple(o.values()) for o in objs] == ROWS


def test_stream_writer_leaves_stdout_open() -> None:
    buf = io.BytesIO()
    writer = open_writer(buf, "jsonl")
    writer.write(ROWS)
    writer.close()
    assert not buf.closed and buf.getvalue().count(b"\n") == 2


def test_output_format_rules() -> None:
    assert output_format("x.PARQUET") == "parquet"
    assert output_format("-") == "jsonl"
    assert output_format("x.txt", "csv") == "csv"
    with pytest.raises(InputError, match="--format"):
        output_format("x.txt")
    with pytest.raises(InputError, match="standard output"):
        open_writer(io.BytesIO(), "parquet")  # type: ignore[arg-type]


def test_warc_page_over_the_cap_is_named_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "big.warc.gz"
    write_warc(path, [("response", "https://big.example/", "text/html", b"<p>" + b"x" * 5000),
                      ("response", "https://ok.example/", "text/html", b"<p>ok</p>")])
    recs = read(path, settings=Settings(max_page_bytes=1000))
    assert recs[0].error is not None and "more than 1,000 bytes" in recs[0].error
    assert recs[1].error is None and recs[1].html == b"<p>ok</p>"


# -- damaged inputs cost only their rows (#13 finding 9) -------------------------------------

def test_deeply_nested_json_line_costs_only_its_row(tmp_path: Path) -> None:
    path = tmp_path / "nested.jsonl"
    deep = "[" * 200_000 + "]" * 200_000
    path.write_text("\n".join([json.dumps({"id": "a", "html": "<p>a</p>"}),
                               '{"id": "b", "html": ' + deep + "}",
                               json.dumps({"id": "c", "html": "<p>c</p>"})]) + "\n")
    recs = read(path)
    assert [r.row for r in recs] == [1, 2, 3]
    assert recs[0].error is None and recs[2].error is None and recs[2].id == "c"
    assert recs[1].error is not None and "line 2 is JSON nested too deeply" in recs[1].error


def _cut(data: bytes, keep: float) -> bytes:
    return data[: int(len(data) * keep)]


@pytest.mark.parametrize("kind", ["jsonl", "csv"])
def test_truncated_gzip_export_keeps_its_rows_and_names_the_cut(tmp_path: Path,
                                                                kind: str) -> None:
    rows = [{"id": str(i), "html": f"<p>page {i} " + "words " * 3000 + "</p>"}
            for i in range(6)]
    if kind == "jsonl":
        raw = "".join(json.dumps(r) + "\n" for r in rows).encode()
    else:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=["id", "html"])
        writer.writeheader()
        writer.writerows(rows)
        raw = buf.getvalue().encode()
    path = tmp_path / f"cut.{kind}.gz"
    path.write_bytes(_cut(gzip.compress(raw), 0.6))
    recs = read(path)
    good = [r for r in recs if r.error is None]
    assert good and [r.id for r in good] == [str(i) for i in range(len(good))]
    assert len(good) < 6 and recs[-1].error is not None
    assert f"row {len(good) + 1}" in recs[-1].error or f"line {len(good) + 1}" in recs[-1].error
    assert "cut short" in recs[-1].error and str(path) in recs[-1].error


def test_truncated_warc_gz_names_the_record_it_cuts(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [("response", f"https://p{i}.example/", "text/html",
                       f"<p>page {i} ".encode() + bytes(range(256)) * 100) for i in range(4)])
    whole = read(warc)
    assert [r.error for r in whole] == [None] * 4
    data = warc.read_bytes()
    for keep in (0.3, 0.55, 0.8, 0.99):
        warc.write_bytes(_cut(data, keep))
        recs = read(warc)
        assert recs, keep
        assert all(r.error is None for r in recs[:-1]), keep
        last = recs[-1]
        assert last.error is not None and "cut short" in last.error, (keep, last)
        assert f"record {len(recs)}" in last.error
        assert all(r.html == w.html for r, w in zip(recs[:-1], whole, strict=False))


# -- html_path reads only regular files under the export's folder (#13 finding 10) ------------

def _finishes(func: Any) -> Any:
    """func() run in a thread; the test fails (instead of hanging) if it blocks."""
    import threading

    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = func()
        except BaseException as exc:
            box["error"] = exc

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(60)
    assert not worker.is_alive(), "reading the html_path blocked"
    return box


def test_html_path_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "pipe.html")
    (tmp_path / "export.csv").write_text("id,html_path\nf,pipe.html\n")
    (rec,) = read(tmp_path / "export.csv")
    box = _finishes(lambda: load_html(rec))
    assert isinstance(box.get("error"), InputError), box
    assert "not a regular file" in str(box["error"])


@pytest.mark.parametrize("target", ["../outside.html", "/etc/passwd", "/proc/self/environ",
                                    "link.html", "/dev/null"])
def test_html_path_outside_the_export_folder_is_refused(tmp_path: Path, target: str) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (tmp_path / "outside.html").write_text("<p>secret words</p>")
    (folder / "link.html").symlink_to(tmp_path / "outside.html")
    (folder / "export.csv").write_text(f"id,html_path\nx,{target}\n")
    (rec,) = read(folder / "export.csv")
    with pytest.raises(InputError, match=r"outside the input's folder.*--allow-any-path"):
        load_html(rec)
    if target in ("../outside.html", "link.html"):
        html, _ = load_html(rec, allow_any_path=True)
        assert html == b"<p>secret words</p>"
    if target == "/dev/null":
        box = _finishes(lambda: load_html(rec, allow_any_path=True))
        assert "not a regular file" in str(box.get("error")), box


# -- CSV output never carries a formula (#13 finding 11) --------------------------------------

def test_csv_output_neutralises_formula_cells(tmp_path: Path) -> None:
    hostile = ["=HYPERLINK(\"http://evil/\",\"ok\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1",
               "\r=1"]
    rows = [("a.html", None, cell, cell, 0.5, "legit", "suspicious", cell, "[]", "m", cell)
            for cell in hostile]
    for name in ("out.csv", "out.jsonl"):
        with open_writer(tmp_path / name, output_format(name)) as writer:
            writer.write(rows)
    with open(tmp_path / "out.csv", newline="", encoding="utf-8") as fh:
        got = list(csv.DictReader(fh))
    for cell, row in zip(hostile, got, strict=True):
        for column in ("id", "url", "reasons", "error"):
            assert row[column] == "'" + cell, (column, row[column])
        assert row["score"] == "0.5" and row["source"] == "a.html"
    as_json = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [r["url"] for r in as_json] == hostile  # JSON is not run by spreadsheets: kept as is


def test_writer_does_not_follow_a_planted_symlink(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    (tmp_path / "out.csv").symlink_to(victim)
    with pytest.raises(InputError, match="symbolic link"):
        open_writer(tmp_path / "out.csv", "csv")
    assert victim.read_text() == "precious"


def test_only_a_web_address_in_the_saved_from_stamp_is_a_url(tmp_path: Path) -> None:
    local = tmp_path / "local.html"
    local.write_text("<!-- saved from url=(0014)about:internet -->\n<p>x</p>")
    web = tmp_path / "web.html"
    web.write_text("<!-- saved from url=(0021)https://a.example/x -->\n<p>x</p>")
    assert load_html(read(local)[0])[1] == ""
    assert load_html(read(web)[0])[1] == "https://a.example/x"
    inline = Record("x.csv", 1, html="<!-- saved from url=(0021)https://a.example/x --><p>x</p>")
    assert load_html(inline)[1] == "https://a.example/x"
    assert load_html(Record("x.csv", 1, url="https://given/", html=inline.html))[1] == \
        "https://given/"


# -- platform id columns and kept columns ------------------------------------------------------

def test_social_export_ids_are_found_without_a_mapping() -> None:
    # CrowdTangle's page export: "Facebook Id", "Page Name", "User Name", no plain "id".
    recs = read(BATCH / "social_pages.csv")
    assert [r.id for r in recs] == ["100087", "100012"]


@pytest.mark.parametrize(("columns", "found"), [
    (["Page Name", "User Name", "Facebook Id", "Message"], "Facebook Id"),
    (["Post ID", "Page ID", "Message"], "Post ID"),  # the row is the post
    (["Tweet Id", "Text"], "Tweet Id"),
    (["tweet_id", "text"], "tweet_id"),
    (["id_str", "full_text", "text"], "id_str"),
    (["Channel ID", "Video ID", "Description"], "Video ID"),
    (["videoId", "description"], "videoId"),
    (["ID", "Facebook Id", "text"], "ID"),  # a plain id wins
    (["Page Name", "User Name", "text"], None),  # names are not ids: --keep them instead
])
def test_platform_id_columns(columns: list[str], found: str | None) -> None:
    from detector.input.records import resolve_columns

    assert resolve_columns(columns).get("id") == found


@pytest.mark.parametrize(("columns", "url"), [
    (["URL", "Message"], "URL"), (["Final Link", "text"], "Final Link"),
    (["Post URL", "text"], "Post URL"), (["permalink", "text"], "permalink"),
    (["Link", "Final Link", "text"], "Link"),
])
def test_url_column_variants(columns: list[str], url: str) -> None:
    from detector.input.records import resolve_columns

    assert resolve_columns(columns)["url"] == url


def test_kept_columns_arrive_with_each_record(tmp_path: Path) -> None:
    recs = list(RecordStream(list_sources([BATCH / "social_pages.csv"]),
                             keep=["User Name", "Page Name", "Final Link"]))
    assert [r.kept for r in recs] == [
        ("elon.giveaway.official", "Elon Musk Giveaway Official",
         "https://elon-event.github.io/claim"),
        ("riversidebakery", "Riverside Bakery", None)]  # an empty cell is missing
    path = tmp_path / "export.parquet"
    pq.write_table(pa.table({
        "html": ["<p>free gift</p>", None], "views": pa.array([12, None], pa.int64()),
        "seen": pa.array([1_700_000_000_000_000, None], pa.timestamp("us")),
        "tags": [["a", "b"], None]}), path)
    recs = list(RecordStream(list_sources([path]), keep=["views", "seen", "tags"]))
    assert recs[0].kept == (12, "2023-11-14T22:13:20", '["a", "b"]')
    assert recs[1].error is not None and recs[1].kept == (None, None, None)


def test_an_unknown_kept_column_is_refused_before_reading(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"--keep 'Page name': .*social_pages\.csv' has no such "
                                         r"column \(its columns: 'Page Name', 'User Name'"):
        RecordStream(list_sources([BATCH / "social_pages.csv"]), keep=["Page name"])
    with pytest.raises(InputError, match=r"--keep 'views': .*export\.jsonl' has no such column "
                                         r"\(its columns: 'pid', 'link', 'html'\)"):
        jsonl = tmp_path / "export.jsonl"
        jsonl.write_text('{"pid": 1, "link": "https://a/", "html": "<p>x</p>"}\n')
        RecordStream(list_sources([jsonl]), keep=["pid", "views"])
    with pytest.raises(InputError, match=r"--keep 'url': the output already has a column"):
        RecordStream(list_sources([BATCH / "export.csv"]), keep=["url"])
    with pytest.raises(InputError, match=r"is a page input, which has no columns to keep"):
        RecordStream(list_sources([BATCH / "pages"]), keep=["Page Name"])


def test_writers_put_kept_columns_last_under_their_input_names(tmp_path: Path) -> None:
    kept = ("Page Name", "=views")
    rows = [(*ROWS[0], "Riverside", 12), (*ROWS[1], None, None)]
    for name in ("out.csv", "out.jsonl", "out.parquet"):
        path = tmp_path / name
        writer = open_writer(path, output_format(path), kept)
        writer.write(rows)
        writer.close()
        if name.endswith(".parquet"):
            table = pq.read_table(path)
            assert table.column_names == [*OUTPUT_COLUMNS, *kept]
            # Kept columns are text in Parquet: a column's type may change between inputs.
            assert table.column("=views").to_pylist() == ["12", None]
            assert table.column("Page Name").to_pylist() == ["Riverside", None]
        elif name.endswith(".csv"):
            lines = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
            assert lines[0][-2:] == ["Page Name", "'=views"]  # no formula, even in a header
            assert lines[1][-2:] == ["Riverside", "12"] and lines[2][-2:] == ["", ""]
        else:
            objs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
            assert list(objs[0])[-2:] == list(kept) and objs[0]["=views"] == 12


def test_an_oversized_csv_row_costs_only_its_row(tmp_path: Path) -> None:
    # Records are cut before csv.reader parses them (detector.input.csvsplit): a field far over the
    # page cap is skipped without being held, and the rows after it are still read.
    path = tmp_path / "export.csv"
    big = '"<p>' + 'say ""free"" ' * 300_000 + '\n</p>"'
    path.write_text(f"id,html\r\na,<p>fine</p>\r\nb,{big}\r\nc,\"<p>also\nfine</p>\"\r\n",
                    encoding="utf-8")
    recs = read(path, settings=Settings(max_page_bytes=1000))
    assert [(r.row, r.id) for r in recs] == [(1, "a"), (2, None), (3, "c")]
    assert recs[0].error is None and recs[2].error is None and recs[2].html == "<p>also\nfine</p>"
    assert recs[1].error is not None
    assert f"row 2: page too large: the row is {len(big) + 4:,} characters" in recs[1].error
    assert "--max-page-bytes" in recs[1].error
    # Under the row limit the page cap itself names the page's size, as for every input.
    recs = read(path, settings=Settings(max_page_bytes=5_000_000))
    assert [r.error for r in recs] == [None, None, None]


def test_a_post_date_is_when_page_age_is_measured(tmp_path: Path) -> None:
    # A social export dates the post and the page: page age is the page's age at the post.
    from detector.input.pagebuild import build_page

    export = tmp_path / "posts.csv"
    export.write_text("Facebook Id,Page Created,Post Created,Message\n"
                      "1,2024-03-01,2024-03-07,FREE iPhone! Like and share to win\n",
                      encoding="utf-8")
    (rec,) = read(export)
    page = build_page(rec)
    from detector.signals import get

    assert get("age_page_days")(page) == 6.0
