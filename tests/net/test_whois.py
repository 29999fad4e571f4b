"""Domain age: WHOIS and RDAP against servers on 127.0.0.1, the SQLite cache, skipped hosts."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest

from detector.net import (
    WhoisSettings,
    lookup_domain,
    lookup_domain_async,
    lookup_domain_detailed,
)
from detector.net.whois_cache import CACHE_FILE_NAME, WhoisCache, default_cache_dir
from detector.pages.page import WhoisFacts
from tests import servers
from tests.servers import RunningHTTP, RunningTCP

COM_RECORD = """   Domain Name: FREE-GIFT-CARDS.COM
   Registry Domain ID: 2901234567_DOMAIN_COM-VRSN
   Registrar WHOIS Server: whois.namecheap.com
   Updated Date: 2026-10-02T10:00:00Z
   Creation Date: 2026-09-30T17:42:11Z
   Registry Expiry Date: 2027-09-30T17:42:11Z
   Registrar: NameCheap, Inc.
   Name Server: DNS1.REGISTRAR-SERVERS.COM
>>> Last update of whois database: 2026-11-22T10:00:00Z <<<
"""
# What a registry-then-registrar answer looks like: the same date twice, in two time zones.
COM_WITH_REGISTRAR = COM_RECORD + """
Domain Name: free-gift-cards.com
Creation Date: 2026-09-30T09:42:11-04:00
Registrant Name: REDACTED FOR PRIVACY
Registrant Organization: Domains By Proxy, LLC
"""
XYZ_OPEN_OWNER = """Domain Name: OLD-SHOP.XYZ
Creation Date: 2015-03-02T11:00:00.0Z
Registrar: Example Registrar
Registrant Name: Maria Example
Registrant Organization: Old Shop GmbH
"""
ANSWERS = {
    "free-gift-cards.com": COM_WITH_REGISTRAR,
    "thin-record.com": COM_RECORD.replace("FREE-GIFT-CARDS", "THIN-RECORD"),
    "old-shop.xyz": XYZ_OPEN_OWNER,
    "rate-limited.com": "WHOIS LIMIT EXCEEDED - SEE WWW.PIR.ORG/WHOIS FOR DETAILS\n",
}


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # No test may write to the real user cache.
    monkeypatch.setenv("DETECTOR_CACHE_DIR", str(tmp_path / "default-cache"))


@pytest.fixture
def whois() -> Iterator[RunningTCP]:
    with servers.tcp_server(servers.whois_answers(ANSWERS)) as running:
        yield running


@pytest.fixture
def rdap() -> Iterator[RunningHTTP]:
    routes: dict[str, servers.Route] = {
        "/domain/fresh-prize.com": servers.page(
            servers.rdap_json("fresh-prize.com", "2026-11-15T12:00:00Z"),
            "application/rdap+json",
        ),
    }
    with servers.http_server(routes) as running:
        yield running


@pytest.fixture
def settings(tmp_path: Path, whois: RunningTCP) -> WhoisSettings:
    return WhoisSettings(
        server="127.0.0.1", port=whois.port, timeout=3, rdap=False,
        cache_path=str(tmp_path / "cache"),
    )


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0, sec: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, sec, tzinfo=timezone.utc)


# -- WHOIS -----------------------------------------------------------------------------------


def test_whois_answer_gives_creation_date_registrar_and_privacy(
    whois: RunningTCP, settings: WhoisSettings
) -> None:
    facts = lookup_domain("free-gift-cards.com", settings)
    assert facts == WhoisFacts(
        domain="free-gift-cards.com",
        created=utc(2026, 9, 30, 13, 42, 11),  # the earlier of the two copies
        registrar="NameCheap, Inc.",
        privacy_protected=True,
        source="whois",
    )
    assert whois.queries == ["free-gift-cards.com"]


def test_whois_privacy_flag_false_for_a_named_owner_and_unknown_for_thin_records(
    settings: WhoisSettings,
) -> None:
    owner = lookup_domain("old-shop.xyz", settings)
    assert owner is not None and owner.privacy_protected is False
    assert owner.created == utc(2015, 3, 2, 11)
    thin = lookup_domain("thin-record.com", settings)
    assert thin is not None and thin.privacy_protected is None


def test_a_url_or_subdomain_is_looked_up_by_registered_domain(
    whois: RunningTCP, settings: WhoisSettings
) -> None:
    got = lookup_domain_detailed("https://WWW.Free-Gift-Cards.com:8443/claim?x=1", settings)
    assert got.domain == "free-gift-cards.com"
    assert got.facts is not None
    assert whois.queries == ["free-gift-cards.com"]


def test_unknown_domain_is_no_answer(settings: WhoisSettings) -> None:
    got = lookup_domain_detailed("never-registered.com", settings)
    assert got.facts is None
    assert got.note is not None and "no record of never-registered.com" in got.note


def test_slow_whois_server_is_bounded_by_the_timeout(tmp_path: Path) -> None:
    with servers.tcp_server(servers.whois_drip) as slow:
        settings = WhoisSettings(
            server="127.0.0.1", port=slow.port, timeout=1, rdap=False,
            cache_path=str(tmp_path / "c"),
        )
        started = time.monotonic()
        got = lookup_domain_detailed("free-gift-cards.com", settings)
        elapsed = time.monotonic() - started
    assert got.facts is None
    assert got.note is not None and "did not answer within 1 s" in got.note
    assert elapsed < 3


def test_silent_whois_server_is_bounded_by_the_timeout(tmp_path: Path) -> None:
    with servers.tcp_server(servers.never_answer) as silent:
        settings = WhoisSettings(
            server="127.0.0.1", port=silent.port, timeout=1, rdap=False,
            cache_path=str(tmp_path / "c"),
        )
        started = time.monotonic()
        assert lookup_domain("free-gift-cards.com", settings) is None
        assert time.monotonic() - started < 3


def test_whois_answer_is_capped_in_bytes(tmp_path: Path) -> None:
    def endless(conn: socket.socket, state: RunningTCP) -> None:
        servers.read_line(conn)
        conn.sendall(XYZ_OPEN_OWNER.encode())
        filler = b"% " + b"x" * 1000 + b"\r\n"
        while not state.stop.is_set():
            conn.sendall(filler)

    with servers.tcp_server(endless) as flood:
        settings = WhoisSettings(
            server="127.0.0.1", port=flood.port, timeout=5, max_bytes=20_000, rdap=False,
            cache_path=str(tmp_path / "c"),
        )
        started = time.monotonic()
        facts = lookup_domain("old-shop.xyz", settings)
    assert facts is not None and facts.created == utc(2015, 3, 2, 11)
    assert time.monotonic() - started < 3


def test_refused_connection_is_none_with_a_reason(tmp_path: Path) -> None:
    port = servers.closed_port()
    settings = WhoisSettings(
        server="127.0.0.1", port=port, rdap=False, cache_path=str(tmp_path / "c")
    )
    got = lookup_domain_detailed("free-gift-cards.com", settings)
    assert got.facts is None
    assert got.note is not None
    assert f"127.0.0.1:{port} could not be reached" in got.note
    assert "refused" in got.note.lower()


# -- RDAP ------------------------------------------------------------------------------------


def test_rdap_fallback_when_whois_has_no_answer(
    whois: RunningTCP, rdap: RunningHTTP, settings: WhoisSettings
) -> None:
    with_rdap = WhoisSettings(
        server=settings.server, port=settings.port, cache_path=settings.cache_path,
        rdap_base_url=rdap.base, allow_private=True, timeout=3,
    )
    got = lookup_domain_detailed("fresh-prize.com", with_rdap)
    assert got.facts == WhoisFacts(
        domain="fresh-prize.com",
        created=utc(2026, 11, 15, 12),
        registrar="Example Registrar, Inc.",
        privacy_protected=True,
        source="rdap",
    )
    assert got.note is None
    assert whois.queries == ["fresh-prize.com"]
    assert rdap.requests == ["/domain/fresh-prize.com"]


def test_rdap_on_a_private_address_is_refused_unless_allowed(
    rdap: RunningHTTP, settings: WhoisSettings
) -> None:
    guarded = WhoisSettings(
        server=settings.server, port=settings.port, cache_path=settings.cache_path,
        rdap_base_url=rdap.base, timeout=3,
    )
    got = lookup_domain_detailed("fresh-prize.com", guarded)
    assert got.facts is None
    assert got.note is not None and "private" in got.note
    assert rdap.requests == []


def test_rdap_not_found_and_unreachable(settings: WhoisSettings, rdap: RunningHTTP) -> None:
    missing = WhoisSettings(
        server=settings.server, port=settings.port, cache_path=settings.cache_path,
        rdap_base_url=rdap.base, allow_private=True, timeout=3,
    )
    got = lookup_domain_detailed("never-registered.com", missing)
    assert got.facts is None and got.note is not None and "RDAP has no record" in got.note
    down = WhoisSettings(
        server="127.0.0.1", port=servers.closed_port(), cache=False,
        rdap_base_url=f"http://127.0.0.1:{servers.closed_port()}", allow_private=True, timeout=3,
    )
    got = lookup_domain_detailed("fresh-prize.com", down)
    assert got.facts is None
    assert got.note is not None and "WHOIS" in got.note and "RDAP lookup failed" in got.note


# -- cache -----------------------------------------------------------------------------------


def test_second_lookup_is_served_from_the_cache(
    whois: RunningTCP, settings: WhoisSettings
) -> None:
    first = lookup_domain_detailed("free-gift-cards.com", settings)
    second = lookup_domain_detailed("free-gift-cards.com", settings)
    assert not first.cached and second.cached
    assert second.facts == first.facts
    assert len(whois.connections) == 1


def test_negative_answers_are_cached_but_failures_are_not(
    whois: RunningTCP, rdap: RunningHTTP, settings: WhoisSettings
) -> None:
    with_rdap = WhoisSettings(
        server=settings.server, port=settings.port, cache_path=settings.cache_path,
        rdap_base_url=rdap.base, allow_private=True, timeout=3,
    )
    lookup_domain("never-registered.com", with_rdap)
    again = lookup_domain_detailed("never-registered.com", with_rdap)
    assert again.cached and again.facts is None and again.note
    assert len(whois.connections) == 1 and len(rdap.requests) == 1
    # A rate-limit answer is not "no such domain": the next run asks again.
    lookup_domain("rate-limited.com", settings)
    assert not lookup_domain_detailed("rate-limited.com", settings).cached
    assert len(whois.connections) == 3


def test_cache_expiry_and_negative_ttl(tmp_path: Path) -> None:
    cache = WhoisCache(tmp_path / "age.db")
    facts = WhoisFacts("a.com", utc(2020, 1, 1), "R", None, "whois")
    cache.put("a.com", facts, None, ttl=100, now=1000.0)
    cache.put("b.com", None, "no record", ttl=10, now=1000.0)
    assert cache.path == tmp_path / "age.db"
    hit = cache.get("A.com", now=1050.0)
    assert hit is not None and hit.facts == facts
    assert cache.get("a.com", now=1101.0) is None
    neg = cache.get("b.com", now=1005.0)
    assert neg is not None and neg.facts is None and neg.note == "no record"
    assert cache.get("b.com", now=1011.0) is None
    cache.clear()
    assert cache.get("a.com", now=1050.0) is None


def test_cache_location_follows_env_and_explicit_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DETECTOR_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "detector"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")
    assert default_cache_dir() == Path.home() / ".cache" / "detector"
    monkeypatch.setenv("DETECTOR_CACHE_DIR", str(tmp_path / "mine"))
    assert WhoisCache().path == tmp_path / "mine" / CACHE_FILE_NAME
    assert WhoisCache(tmp_path / "dir").path == tmp_path / "dir" / CACHE_FILE_NAME
    assert WhoisCache(tmp_path / "x.sqlite").path == tmp_path / "x.sqlite"


def test_default_cache_is_used_when_no_path_is_given(
    whois: RunningTCP, tmp_path: Path
) -> None:
    settings = WhoisSettings(server="127.0.0.1", port=whois.port, rdap=False)
    lookup_domain("old-shop.xyz", settings)
    assert (tmp_path / "default-cache" / CACHE_FILE_NAME).is_file()
    assert lookup_domain_detailed("old-shop.xyz", settings).cached


def test_an_unusable_cache_does_not_stop_lookups(whois: RunningTCP, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache directory should be")
    settings = WhoisSettings(
        server="127.0.0.1", port=whois.port, rdap=False, cache_path=str(blocker / "c.db")
    )
    assert lookup_domain("old-shop.xyz", settings) is not None
    assert lookup_domain("old-shop.xyz", settings) is not None
    assert len(whois.connections) == 2


# -- never looked up -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "why"),
    [
        ("free-robux.github.io", "platform"),
        ("giveaway-2026.blogspot.com", "platform"),
        ("sites.google.com", "platform"),
        ("https://www.facebook.com/events/123", "platform"),
        ("win-now.netlify.app", "platform"),
        ("203.0.113.9", "IP address"),
        ("http://[2001:db8::1]/x", "IP address"),
        ("localhost", "public suffix"),
        ("", "no domain"),
    ],
)
def test_platform_and_ip_hosts_are_never_looked_up(
    whois: RunningTCP, settings: WhoisSettings, host: str, why: str
) -> None:
    got = lookup_domain_detailed(host, settings)
    assert got.facts is None and got.skipped
    assert got.note is not None and why in got.note
    assert whois.connections == []


@pytest.mark.parametrize(
    ("answer", "server"),
    [
        ("domain:       XYZ\nrefer:        whois.nic.xyz\n\nwhois:        whois.nic.xyz\n",
         "whois.nic.xyz"),
        ("domain:       ZZ\nwhois:\n\nstatus:       ACTIVE\n", None),
        ("% IANA WHOIS server\n% This query returned 0 objects.\n", None),
    ],
)
def test_iana_referral_is_read_from_its_own_line(answer: str, server: str | None) -> None:
    from detector.net.whois import _iana_referral

    assert _iana_referral(answer) == server


def test_async_wrapper(whois: RunningTCP, settings: WhoisSettings) -> None:
    got = asyncio.run(lookup_domain_async("old-shop.xyz", settings))
    assert got.facts is not None and got.facts.registrar == "Example Registrar"


def test_whois_settings_refuse_nonsense() -> None:
    from detector.errors import InputError

    bad: list[Callable[[], object]] = [
        lambda: WhoisSettings(timeout=0),
        lambda: WhoisSettings(port=70000),
    ]
    for make in bad:
        with pytest.raises(InputError):
            make()
