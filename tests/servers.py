"""Real servers on 127.0.0.1 for the network tests: friendly, broken and hostile ones.

Every server binds port 0 (an ephemeral port), runs in daemon threads, counts its connections
and stops when its ``with`` block ends. Nothing here touches the internet.
"""

from __future__ import annotations

import gzip
import json
import shutil
import socket
import ssl
import struct
import subprocess
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpcore
import httpx

SCAM_PAGE = b"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>FREE iPhone 17 Giveaway!</title></head>
<body>
<h1>CONGRATULATIONS! You have been selected to win a FREE iPhone 17</h1>
<p>Only 3 prizes left. Complete a short survey and enter your card details to pay shipping.</p>
<form action="/claim"><input name="card_number" placeholder="Card number"></form>
<footer><a href="/about">About</a> | <a href="/privacy-policy#top">Privacy Policy</a>
| <a href="/terms">Terms</a></footer>
</body></html>
"""
POLICY_PAGE = b"""<!doctype html><html><head><title>Privacy Policy</title></head><body>
<h1>Privacy Policy</h1><p>We may sell or transfer your personal information to third parties
and change this policy at any time without notice.</p></body></html>
"""
MISSING_POLICY_PAGE = b"""<!doctype html><html><body><p>WIN a FREE gift card!</p>
<a href="/missing-privacy">Privacy</a></body></html>"""
SLOW_POLICY_PAGE = b"""<!doctype html><html><body><p>WIN a FREE gift card!</p>
<a href="/drip">Privacy Policy</a></body></html>"""
CYRILLIC_TEXT = "Поздравляем! Вы выиграли бесплатный iPhone"
CP1251_PAGE = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
    f"<title>Приз</title></head><body><p>{CYRILLIC_TEXT}</p></body></html>"
).encode("cp1251")
CP1252_TEXT = "\u201cFree\u201d iPhone \u2013 only 1\u20ac shipping"
CP1252_PAGE = f"<html><body><p>{CP1252_TEXT}</p></body></html>".encode("cp1252")
PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)
PDF_BYTES = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n"


@cache
def gzip_bomb() -> bytes:
    """A valid 1 MB gzip body that inflates to 1 GiB of zeros (one deflate stream).

    A full-flushed deflate segment of 1 MiB of zeros is self-contained, so 1024 copies of it
    make one stream; building it this way takes 0.3 s instead of compressing 1 GiB.
    """
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    segment = comp.compress(bytes(1 << 20)) + comp.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    zeros = bytes(1 << 20)
    for _ in range(1024):
        crc = zlib.crc32(zeros, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    trailer = struct.pack("<II", crc, (1 << 30) & 0xFFFFFFFF)
    return header + segment * 1024 + b"\x03\x00" + trailer


# -------------------------------------------------------------------------------------------
# HTTP
# -------------------------------------------------------------------------------------------

Route = Callable[["Handler"], None]


class Handler(BaseHTTPRequestHandler):
    """Dispatches GET to the server's routes by path (query string ignored)."""

    server: _HTTPServer

    def do_GET(self) -> None:
        self.server.requests.append(self.path)
        self.server.hosts.append(self.headers.get("Host") or "")
        route = self.server.routes.get(self.path.split("?", 1)[0])
        try:
            if route is None:
                self.reply(404, b"<html><body>not found</body></html>")
            else:
                route(self)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up on purpose (cap reached, deadline)

    def reply(
        self,
        status: int,
        body: bytes = b"",
        content_type: str = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> None:
        """Send a complete response."""
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str, status: int = 302) -> None:
        """Send a redirect."""
        self.reply(status, b"", headers={"Location": location})

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output clean


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's default backlog of 5 drops the SYNs of a dozen simultaneous clients, and
    # the kernel retries them only after a second.
    request_queue_size = 64
    routes: dict[str, Route]
    requests: list[str]
    #: The Host header of every request, in order.
    hosts: list[str]
    connections: int

    def get_request(self) -> tuple[socket.socket, Any]:
        self.connections += 1
        return super().get_request()


@dataclass
class RunningHTTP:
    """A started HTTP server: its base URL and what it saw."""

    server: _HTTPServer

    @property
    def port(self) -> int:
        """The ephemeral port."""
        return int(self.server.server_address[1])

    @property
    def base(self) -> str:
        """``http://127.0.0.1:<port>``."""
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        """Absolute URL of a path on this server."""
        return self.base + path

    @property
    def requests(self) -> list[str]:
        """Paths requested so far."""
        return self.server.requests


@contextmanager
def http_server(
    routes: dict[str, Route], tls: ssl.SSLContext | None = None
) -> Iterator[RunningHTTP]:
    """Serve ``routes`` on 127.0.0.1 for the duration of the block (over TLS with ``tls``)."""
    server = _HTTPServer(("127.0.0.1", 0), Handler)
    server.routes, server.requests, server.hosts, server.connections = routes, [], [], 0
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield RunningHTTP(server)
    finally:
        server.shutdown()
        server.server_close()


def page(body: bytes, content_type: str = "text/html; charset=utf-8") -> Route:
    """A route answering 200 with ``body``."""
    return lambda h: h.reply(200, body, content_type)


def delayed(body: bytes, seconds: float) -> Route:
    """A route answering 200 with ``body`` after ``seconds``."""

    def route(h: Handler) -> None:
        time.sleep(seconds)
        h.reply(200, body)

    return route


def deeply_nested(depth: int) -> bytes:
    """A small scam page inside ``depth`` nested ``<div>``s: parsing time grows with depth²."""
    return (b"<html><body><p>WIN a FREE iPhone</p>" + b"<div>" * depth + b"claim now"
            + b"</div>" * depth + b"</body></html>")


def redirect(location: str, status: int = 302) -> Route:
    """A route redirecting to ``location``."""
    return lambda h: h.redirect(location, status)


def status(code: int) -> Route:
    """A route answering ``code`` with a small HTML body."""
    return lambda h: h.reply(code, b"<html><body>error</body></html>")


def encoded(body: bytes, encoding: str) -> Route:
    """A route sending ``body`` compressed as gzip, zlib-deflate, raw deflate or 2 gzip members."""
    if encoding == "gzip":
        data, header = gzip.compress(body), "gzip"
    elif encoding == "gzip-members":
        half = len(body) // 2
        data, header = gzip.compress(body[:half]) + gzip.compress(body[half:]), "gzip"
    elif encoding == "deflate":
        data, header = zlib.compress(body), "deflate"
    elif encoding == "raw-deflate":
        comp = zlib.compressobj(6, zlib.DEFLATED, -15)
        data, header = comp.compress(body) + comp.flush(), "deflate"
    else:
        raise ValueError(encoding)
    return lambda h: h.reply(200, data, headers={"Content-Encoding": header})


def cookie_check(body: bytes) -> Route:
    """A route that sets a cookie and redirects to itself, then serves ``body`` to the cookie."""

    def route(h: Handler) -> None:
        if "seen=1" in (h.headers.get("Cookie") or ""):
            h.reply(200, body)
        else:
            h.reply(302, b"", headers={"Location": h.path, "Set-Cookie": "seen=1; Path=/"})

    return route


def huge(total: int, content_length: bool) -> Route:
    """A route streaming ``total`` bytes of HTML-ish filler, with or without Content-Length."""
    block = b"<p>" + b"x" * 65530 + b"</p>"

    def route(h: Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        if content_length:
            h.send_header("Content-Length", str(total))
        else:
            h.close_connection = True  # HTTP/1.0: the body ends when the socket closes
        h.end_headers()
        sent = 0
        while sent < total:
            chunk = block[: total - sent]
            h.wfile.write(chunk)
            sent += len(chunk)

    return route


def bomb() -> Route:
    """A route sending :func:`gzip_bomb` as ``Content-Encoding: gzip``."""
    return lambda h: h.reply(200, gzip_bomb(), headers={"Content-Encoding": "gzip"})


def drip(interval: float = 1.0) -> Route:
    """A route that promises 1000 bytes and sends one every ``interval`` seconds."""

    def route(h: Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", "1000")
        h.end_headers()
        h.wfile.flush()
        for _ in range(1000):
            h.wfile.write(b"<")
            h.wfile.flush()
            time.sleep(interval)

    return route


def rdap_json(domain: str, registered: str, privacy: bool = True) -> bytes:
    """A minimal RDAP domain object (RFC 9083) with a registration event."""
    registrant = "REDACTED FOR PRIVACY" if privacy else "Example Owner"
    return json.dumps({
        "objectClassName": "domain",
        "ldhName": domain.upper(),
        "events": [
            {"eventAction": "registration", "eventDate": registered},
            {"eventAction": "expiration", "eventDate": "2027-11-01T00:00:00Z"},
        ],
        "entities": [
            {"objectClassName": "entity", "roles": ["registrar"],
             "vcardArray": ["vcard", [["version", {}, "text", "4.0"],
                                      ["fn", {}, "text", "Example Registrar, Inc."]]]},
            {"objectClassName": "entity", "roles": ["registrant"],
             "vcardArray": ["vcard", [["version", {}, "text", "4.0"],
                                      ["fn", {}, "text", registrant]]]},
        ],
    }).encode()


# -------------------------------------------------------------------------------------------
# Raw TCP (hostile HTTP, WHOIS)
# -------------------------------------------------------------------------------------------


@dataclass
class RunningTCP:
    """A started raw TCP server."""

    port: int
    connections: list[float] = field(default_factory=list)
    queries: list[str] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    @property
    def base(self) -> str:
        """``http://127.0.0.1:<port>`` for when it speaks (or pretends to speak) HTTP."""
        return f"http://127.0.0.1:{self.port}"


@contextmanager
def tcp_server(
    serve: Callable[[socket.socket, RunningTCP], None],
) -> Iterator[RunningTCP]:
    """Accept connections on 127.0.0.1 and hand each to ``serve`` in its own thread."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.05)
    state = RunningTCP(port=listener.getsockname()[1])

    def handle(conn: socket.socket) -> None:
        # OSError: the client hung up, as the hostile-server tests expect.
        with conn, suppress(OSError):
            serve(conn, state)

    def accept_loop() -> None:
        while not state.stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            state.connections.append(time.monotonic())
            threading.Thread(target=handle, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept_loop, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state.stop.set()
        thread.join(2)
        listener.close()


def never_answer(conn: socket.socket, state: RunningTCP) -> None:
    """Accept, read nothing back, hold the connection until the test ends."""
    state.stop.wait(30)


def slow_headers(conn: socket.socket, state: RunningTCP) -> None:
    """Send an HTTP status line, then one header line per second, forever."""
    conn.sendall(b"HTTP/1.1 200 OK\r\n")
    n = 0
    while not state.stop.wait(1.0):
        n += 1
        conn.sendall(f"X-Slow-{n}: {n}\r\n".encode())


def read_line(conn: socket.socket) -> str:
    """Read one CRLF-terminated line (the WHOIS query)."""
    data = b""
    conn.settimeout(5)
    while not data.endswith(b"\n"):
        chunk = conn.recv(1024)
        if not chunk:
            break
        data += chunk
    return data.decode().strip()


def whois_answers(answers: dict[str, str]) -> Callable[[socket.socket, RunningTCP], None]:
    """A WHOIS server: canned text per queried domain, "No match" otherwise."""

    def serve(conn: socket.socket, state: RunningTCP) -> None:
        query = read_line(conn)
        state.queries.append(query)
        text = answers.get(query.lower(), f'No match for "{query.upper()}".\r\n')
        conn.sendall(text.replace("\n", "\r\n").encode())

    return serve


def whois_drip(conn: socket.socket, state: RunningTCP) -> None:
    """A WHOIS server that reads the query, then sends one byte every 0.3 s, forever."""
    state.queries.append(read_line(conn))
    while not state.stop.wait(0.3):
        conn.sendall(b"%")


def closed_port() -> int:
    """A port on 127.0.0.1 with nothing listening (connections are refused)."""
    with socket.create_server(("127.0.0.1", 0)) as sock:
        return int(sock.getsockname()[1])


# -------------------------------------------------------------------------------------------
# httpx transports for tests
# -------------------------------------------------------------------------------------------


class RecordingTransport(httpx.AsyncBaseTransport):
    """A real transport that also records every URL it is asked to connect to.

    ``host_map`` sends made-up host names to a local port, so a test can fetch
    ``http://prize-claim.xyz/`` from a server on 127.0.0.1 without touching DNS.
    """

    def __init__(self, host_map: dict[str, int] | None = None) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.urls: list[str] = []
        self.host_map = host_map or {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.urls.append(str(request.url))
        port = self.host_map.get(request.url.host)
        if port is not None:
            request.url = request.url.copy_with(scheme="http", host="127.0.0.1", port=port)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


class RecordingConnector(httpcore.AsyncNetworkBackend):
    """Makes the raw TCP connections for ``make_client(connector=...)`` and records each one.

    Only 127.0.0.1 is really connected to; any other address is recorded and refused, so a test
    can let a name "resolve" to a public address without touching the internet.
    """

    def __init__(self) -> None:
        self.inner = httpcore.AnyIOBackend()
        #: ``(address, port)`` of every connection asked for, in order.
        self.connects: list[tuple[str, int]] = []

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.AsyncNetworkStream:
        """Record, then connect on loopback or refuse."""
        self.connects.append((host, port))
        if host != "127.0.0.1":
            raise httpcore.ConnectError(f"test connector: {host} is not on this machine")
        return await self.inner.connect_tcp(
            host, port, timeout=timeout, local_address=local_address,
            socket_options=socket_options,
        )

    async def sleep(self, seconds: float) -> None:
        """As anyio sleeps."""
        await self.inner.sleep(seconds)


class ScriptedResolver:
    """A DNS stand-in that gives its answers in turn (the last one again when they run out)."""

    def __init__(self, *answers: list[str]) -> None:
        self.answers = list(answers)
        #: Host names asked for, in order.
        self.asked: list[str] = []

    async def __call__(self, host: str, port: int) -> list[str]:
        """The next answer."""
        self.asked.append(host)
        index = min(len(self.asked), len(self.answers)) - 1
        return list(self.answers[index])


def self_signed_tls(host: str, folder: Path) -> tuple[ssl.SSLContext, ssl.SSLContext] | None:
    """``(server context, client context trusting it)`` for a certificate naming ``host``.

    Made with the openssl command; ``None`` when it is not installed.
    """
    openssl = shutil.which("openssl")
    if openssl is None:
        return None
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", f"/CN={host}",
         "-addext", f"subjectAltName=DNS:{host}"],
        check=True, capture_output=True,
    )
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(cert, key)
    client = ssl.create_default_context(cafile=str(cert))
    return server, client
