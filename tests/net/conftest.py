"""Shared by the network tests: a private WHOIS cache and one friendly-and-hostile HTTP site."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import servers
from tests.servers import RunningHTTP

MB = 1_000_000


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # No test may write to the real user cache.
    monkeypatch.setenv("DETECTOR_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(scope="module")
def site() -> Iterator[RunningHTTP]:
    routes: dict[str, servers.Route] = {
        "/scam": servers.page(servers.SCAM_PAGE),
        "/privacy-policy": servers.page(servers.POLICY_PAGE),
        "/missing-policy": servers.page(servers.MISSING_POLICY_PAGE),
        "/slow-policy": servers.page(servers.SLOW_POLICY_PAGE),
        "/r1": servers.redirect("/r2", 301),
        "/r2": servers.redirect("r3", 302),
        "/r3": servers.redirect("/scam", 307),
        "/loop-a": servers.redirect("/loop-b"),
        "/loop-b": servers.redirect("/loop-a"),
        "/self": servers.redirect("/self#again"),
        "/cp1251": servers.page(servers.CP1251_PAGE, "text/html"),
        "/cp1252": servers.page(servers.CP1252_PAGE, "text/html; charset=ISO-8859-1"),
        "/png": servers.page(servers.PNG_BYTES, "image/png"),
        "/pdf": servers.page(servers.PDF_BYTES, "application/pdf"),
        "/png-as-octets": servers.page(servers.PNG_BYTES, "application/octet-stream"),
        "/html-as-text": servers.page(servers.SCAM_PAGE, "text/plain"),
        "/html-untyped": servers.page(servers.SCAM_PAGE, ""),
        "/gone": servers.status(410),
        "/big": servers.huge(50 * MB, content_length=True),
        "/big-unsized": servers.huge(50 * MB, content_length=False),
        "/bomb": servers.bomb(),
        "/drip": servers.drip(1.0),
        "/ftp": servers.redirect("ftp://127.0.0.1/file"),
        "/cookie-check": servers.cookie_check(servers.SCAM_PAGE),
        "/to-data": servers.redirect("data:text/html,<h1>FREE iPhone</h1>"),
        "/to-javascript": servers.redirect("javascript:alert(document.cookie)"),
        "/to-mailto": servers.redirect("mailto:winner@prize-claim.xyz"),
        "/to-long-data": servers.redirect("data:text/html," + "A" * 20_000),
        "/to-long-path": servers.redirect("/claim?id=" + "9" * 20_000),
    }
    for n in range(8):
        routes[f"/hop{n}"] = servers.redirect(f"/hop{n + 1}")
    routes["/hop8"] = servers.page(servers.SCAM_PAGE)
    for target in ("10.0.0.1", "169.254.169.254", "[::1]", "[::ffff:10.0.0.1]", "127.0.0.2"):
        routes[f"/to/{target}"] = servers.redirect(f"http://{target}/latest/meta-data/")
    for enc in ("gzip", "gzip-members", "deflate", "raw-deflate"):
        routes[f"/enc/{enc}"] = servers.encoded(servers.SCAM_PAGE * 50, enc)
    with servers.http_server(routes) as running:
        yield running
