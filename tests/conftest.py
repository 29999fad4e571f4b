"""Shared fixtures: fixture pages, the real corpus (skipped when absent), the bundled model,
and the network guard that fails any test opening a connection beyond this machine."""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "pages"
#: The README's example pages double as fixtures (one scam, one hard negative).
EXAMPLES = ROOT / "examples"
CORPUS = Path(os.environ.get("DETECTOR_CORPUS", ROOT.parent / "shared" / "corpus"))
SYNTHETIC = ROOT / "data" / "synthetic" / "pages.jsonl.gz"


def fixture_pages(prefix: str = "") -> list[Path]:
    """Fixture and example pages whose file name starts with ``prefix``."""
    return sorted([*FIXTURES.glob(f"{prefix}*.html"), *EXAMPLES.glob(f"{prefix}*.html")],
                  key=lambda p: p.name)


def fixture_page(name: str) -> Path:
    """Path of a fixture or example page by file stem."""
    for folder in (FIXTURES, EXAMPLES):
        path = folder / f"{name}.html"
        if path.is_file():
            return path
    raise FileNotFoundError(f"no fixture page {name!r} in {FIXTURES} or {EXAMPLES}")


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The real-page corpus; tests that need it skip with a reason when it is absent."""
    if not (CORPUS / "manifest.csv").is_file():
        pytest.skip(f"real-page corpus not found at {CORPUS} (set DETECTOR_CORPUS to its path)")
    return CORPUS


@pytest.fixture(scope="session")
def default_model():  # type: ignore[no-untyped-def]
    """The bundled default model."""
    from detector import load_model

    return load_model()


class NetworkGuardError(BaseException):
    """A test tried to reach a host that is not this machine.

    A ``BaseException``, not an ``OSError``: the code under test catches network errors and
    reports them as row errors, which would let the test pass without anyone noticing.
    """


LOCAL_NAMES = frozenset({"localhost", "localhost.", "ip6-localhost"})


def _is_local(host: object) -> bool:
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    if host.lower() in LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


def _is_ip_literal(host: object) -> bool:
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    try:
        ipaddress.ip_address(str(host).split("%", 1)[0])
    except ValueError:
        return False
    return True


class NetworkGuard:
    """Refuses connections and name look-ups that would leave this machine.

    Allowed: loopback addresses (127.0.0.0/8, ::1), ``localhost`` and Unix sockets. A look-up
    of an IP literal asks no DNS server, so it is allowed too; a look-up of any other name is
    not, since tests that need public-looking names inject a resolver that answers them.
    ``connect`` on a UDP socket sends nothing (Dask calls it with 8.8.8.8 only to learn which
    interface faces outwards), so it is allowed; ``sendto`` a public address is not.
    """

    Error = NetworkGuardError

    def __init__(self) -> None:
        #: every refused attempt, also those made in threads where the raise may go unseen
        self.violations: list[str] = []

    def refuse(self, what: str) -> NetworkGuardError:
        message = (f"test tried to {what}; tests may only reach 127.0.0.1, ::1 or localhost "
                   "(start a server on 127.0.0.1, or inject a resolver that answers the name)")
        self.violations.append(message)
        return NetworkGuardError(message)

    def check_address(self, family: int, address: Any, kind: int = socket.SOCK_STREAM) -> None:
        if family == getattr(socket, "AF_UNIX", object()) or kind == socket.SOCK_DGRAM:
            return
        host = address[0] if isinstance(address, tuple) and address else address
        if not _is_local(host):
            raise self.refuse(f"connect to {address!r}")

    def check_name(self, host: object) -> None:
        if host is None or _is_local(host) or _is_ip_literal(host):
            return
        raise self.refuse(f"look up the name {host!r}")


@pytest.fixture(scope="session", autouse=True)
def network_guard() -> Iterator[NetworkGuard]:
    """Wraps the socket calls for the whole run (session scope, so module-scoped fixtures that
    start clients are covered too); ``_no_network_violations`` fails the test that tripped it."""
    guard = NetworkGuard()
    connect = socket.socket.connect
    connect_ex = socket.socket.connect_ex
    create_connection = socket.create_connection
    getaddrinfo = socket.getaddrinfo

    sendto = socket.socket.sendto

    def guarded_connect(self: socket.socket, address: Any) -> None:
        guard.check_address(self.family, address, self.type)
        connect(self, address)

    def guarded_connect_ex(self: socket.socket, address: Any) -> int:
        guard.check_address(self.family, address, self.type)
        return connect_ex(self, address)

    def guarded_sendto(self: socket.socket, data: Any, *args: Any) -> int:
        guard.check_address(self.family, args[-1])  # sendto(data[, flags], address)
        return sendto(self, data, *args)

    def guarded_create_connection(address: tuple[str, int], *args: Any,
                                  **kwargs: Any) -> socket.socket:
        guard.check_address(socket.AF_INET, address)
        return create_connection(address, *args, **kwargs)

    def guarded_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        guard.check_name(host)
        return getaddrinfo(host, *args, **kwargs)

    patches: list[tuple[Any, str, Callable[..., Any]]] = [
        (socket.socket, "connect", guarded_connect),
        (socket.socket, "connect_ex", guarded_connect_ex),
        (socket.socket, "sendto", guarded_sendto),
        (socket, "create_connection", guarded_create_connection),
        (socket, "getaddrinfo", guarded_getaddrinfo),
    ]
    with pytest.MonkeyPatch.context() as patch:
        for target, name, replacement in patches:
            patch.setattr(target, name, replacement)
        yield guard


@pytest.fixture(autouse=True)
def _no_network_violations(network_guard: NetworkGuard) -> Iterator[None]:
    before = len(network_guard.violations)
    yield
    new = network_guard.violations[before:]
    if new:
        pytest.fail(f"{len(new)} connection(s) beyond this machine: " + "; ".join(new[:3]),
                    pytrace=False)
