"""Domain age over WHOIS (port 43) and RDAP, for a registered domain, with the SQLite cache.

WHOIS asks a server chosen here (per TLD, or the one IANA names), never one named in an
answer, with its own bounded exchange: python-whois's client has only a per-recv timeout, no
size cap and port 43 hard-coded; its parser reads the answer. RDAP (JSON over HTTPS, through
the bounded client and its address guard) fills in when WHOIS gives no creation date. Answers
are cached per registered domain (:mod:`detector.net.whois_cache`).

Everything here takes a *registered domain* ("example.co.uk"), never a URL; which domain a
page's host belongs to, and whether to look it up at all, is :mod:`detector.net.domain_age`'s
question.
"""

from __future__ import annotations

import asyncio
import json
import re
import socket
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from types import MappingProxyType
from typing import Any

import httpx

from ..config import NET_DEFAULTS
from ..errors import FetchError
from ..pages.page import WhoisFacts
from .guard import Resolver
from .http import HTTPStatusError, bounded_get
from .settings import FetchLimits, WhoisSettings
from .whois_cache import WhoisCache

__all__ = ["WHOIS_SERVERS", "DomainLookup", "lookup_registered_domain"]

#: WHOIS servers for common TLDs; other TLDs ask whois.iana.org which server to use.
WHOIS_SERVERS: Mapping[str, str] = MappingProxyType({
    "com": "whois.verisign-grs.com",
    "net": "whois.verisign-grs.com",
    "org": "whois.pir.org",
    "info": "whois.nic.info",
    "biz": "whois.nic.biz",
    "xyz": "whois.nic.xyz",
    "top": "whois.nic.top",
    "online": "whois.nic.online",
    "site": "whois.nic.site",
    "io": "whois.nic.io",
    "co": "whois.nic.co",
    "me": "whois.nic.me",
    "uk": "whois.nic.uk",
    "de": "whois.denic.de",
    "fr": "whois.nic.fr",
    "nl": "whois.domain-registry.nl",
    "eu": "whois.eu",
    "ru": "whois.tcinet.ru",
    "br": "whois.registro.br",
    "in": "whois.registry.in",
    "au": "whois.auda.org.au",
    "ca": "whois.cira.ca",
    "jp": "whois.jprs.jp",
})
_IANA_WHOIS = "whois.iana.org"
_DAY = 86400.0
_JSON_TYPES = frozenset({"application/rdap+json", "application/json", "text/json"})
_PRIVACY_MARKERS = re.compile(
    r"redacted|privacy|proxy|whoisguard|withheld|data protected|gdpr|not disclosed|"
    r"masked|anonymi[sz]ed|identity protect|private registration|statutory masking",
    re.I,
)
_PARTY_LINE = re.compile(r"^\s*(?:registrant|owner|holder|admin|tech)[^:\n]*:(.*)$", re.I | re.M)
_NOT_FOUND = re.compile(
    r"no match|not found|no data found|no entries found|no object found|"
    r"status:\s*(?:free|available)|is available for registration|domain not registered",
    re.I,
)




@dataclass(frozen=True)
class DomainLookup:
    """The outcome of a domain-age lookup: facts, or why there are none."""

    #: The registered domain that was (or would have been) looked up.
    domain: str
    facts: WhoisFacts | None
    #: Why ``facts`` is None, or what degraded ("WHOIS ... refused the connection").
    note: str | None = None
    #: The answer came from the cache, with no network query.
    cached: bool = False
    #: Not looked up on purpose (platform host, IP address): no warning needed.
    skipped: bool = False


@dataclass(frozen=True)
class _Outcome:
    facts: WhoisFacts | None
    note: str | None
    #: The server really said "no such domain" (worth caching), as opposed to a failure.
    definitive: bool = False


def _whois_exchange(host: str, port: int, query: str, deadline: float, max_bytes: int) -> str:
    """The port-43 protocol: send one line, read until the server closes, within a deadline.

    python-whois's client only has a per-recv timeout (a server dripping one byte a second
    holds it forever), no size cap, IPv4 only, and port 43 hard-coded; this is the same
    exchange with those bounds.
    """
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise TimeoutError("no time left")
    with socket.create_connection((host, port), timeout=remaining) as sock:
        sock.sendall(query.encode("utf-8") + b"\r\n")
        chunks: list[bytes] = []
        size = 0
        while size < max_bytes:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"answer not complete after {size} bytes")
            sock.settimeout(remaining)
            data = sock.recv(min(65536, max_bytes - size))
            if not data:
                break
            chunks.append(data)
            size += len(data)
    return b"".join(chunks).decode("utf-8", "replace")


def _whois_query_text(host: str, domain: str) -> str:
    # The same per-registry query syntax python-whois uses.
    if host == "whois.denic.de":
        return f"-T dn,ace {domain}"
    if host.endswith(".jp"):
        return f"{domain}/e"
    return domain


def _iana_server(tld: str, deadline: float, max_bytes: int) -> str | None:
    text = _whois_exchange(_IANA_WHOIS, 43, tld, deadline, max_bytes)
    return _iana_referral(text)


def _iana_referral(text: str) -> str | None:
    # "whois:" can be present and empty (a TLD without WHOIS); do not read past the line end.
    m = re.search(r"^(?:refer|whois):[ \t]*(\S+)", text, re.M | re.I)
    return m.group(1) if m else None


def _first_date(value: object) -> datetime | None:
    values = value if isinstance(value, list) else [value]
    dates: list[datetime] = []
    for v in values:
        if isinstance(v, datetime):
            dates.append(v if v.tzinfo else v.replace(tzinfo=timezone.utc))
        elif isinstance(v, str) and v.strip():
            parsed = _parse_iso(v)
            if parsed is not None:
                dates.append(parsed)
    # Registry and registrar copies of the same record can disagree by a timezone; the earliest
    # is the registration.
    dates = [d for d in dates if d.timestamp() < time.time() + _DAY]
    return min(dates) if dates else None


def _parse_iso(text: str) -> datetime | None:
    try:
        dt = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        try:
            from dateutil import parser as dateparser

            dt = dateparser.parse(text)
        except (ValueError, OverflowError):
            return None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def _first_text(value: object) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    return value.strip() if isinstance(value, str) and value.strip() else None


def _privacy_from_text(text: str) -> bool | None:
    parties = _PARTY_LINE.findall(text)
    if parties:
        return any(_PRIVACY_MARKERS.search(value) for value in parties)
    # Thin registry records have no registrant lines; only a named privacy service tells.
    if re.search(r"whoisguard|domains by proxy|withheld for privacy|contact privacy|"
                 r"privacyguardian|redacted for privacy|privacy protect", text, re.I):
        return True
    return None


def _facts_from_whois(domain: str, text: str, server: str) -> _Outcome:
    from whois.exceptions import WhoisDomainNotFoundError
    from whois.parser import WhoisEntry

    if not text.strip():
        return _Outcome(None, f"WHOIS server {server} sent an empty answer")
    try:
        entry = WhoisEntry.load(domain, text)
    except WhoisDomainNotFoundError:
        return _Outcome(None, f"WHOIS server {server} has no record of {domain}", True)
    except Exception as exc:  # a third-party parser on hostile text; the page must not be lost
        return _Outcome(None, f"WHOIS answer from {server} could not be read ({exc})")
    if all(v is None for v in entry.values()):
        definitive = bool(_NOT_FOUND.search(text[:2000]))
        why = f"has no record of {domain}" if definitive else "sent an answer with no fields"
        return _Outcome(None, f"WHOIS server {server} {why}", definitive)
    facts = WhoisFacts(
        domain=domain,
        created=_first_date(entry.get("creation_date")),
        registrar=_first_text(entry.get("registrar")),
        privacy_protected=_privacy_from_text(text),
        source="whois",
    )
    note = None if facts.created else f"WHOIS server {server} gave no creation date"
    return _Outcome(facts, note)


def _whois_lookup(domain: str, settings: WhoisSettings) -> _Outcome:
    """Blocking WHOIS lookup of a registered domain; never raises for network trouble."""
    deadline = time.monotonic() + settings.timeout
    tld = domain.rsplit(".", 1)[-1]
    server, port = settings.server, settings.port
    try:
        if server is None:
            port = 43
            server = WHOIS_SERVERS.get(tld) or _iana_server(tld, deadline, settings.max_bytes)
            if not server:
                return _Outcome(None, f"no WHOIS server is known for .{tld}")
        text = _whois_exchange(
            server, port, _whois_query_text(server, domain), deadline, settings.max_bytes
        )
    except TimeoutError as exc:
        where = server or _IANA_WHOIS
        return _Outcome(None, f"WHOIS server {where} did not answer within "
                              f"{settings.timeout:g} s ({exc})")
    except OSError as exc:
        where = f"{server}:{port}" if server else _IANA_WHOIS
        return _Outcome(None, f"WHOIS server {where} could not be reached "
                              f"({exc.strerror or exc})")
    return _facts_from_whois(domain, text, server)


def _vcard_names(entity: Mapping[str, Any]) -> list[str]:
    vcard = entity.get("vcardArray")
    if not (isinstance(vcard, list) and len(vcard) > 1 and isinstance(vcard[1], list)):
        return []
    names = []
    for prop in vcard[1]:
        if isinstance(prop, list) and len(prop) > 3 and prop[0] in ("fn", "org"):
            names.append(str(prop[3]))
    return names


def _facts_from_rdap(domain: str, data: Any) -> WhoisFacts | None:
    if not isinstance(data, dict):
        return None
    created = None
    for event in data.get("events") or []:
        if isinstance(event, dict) and event.get("eventAction") == "registration":
            created = _first_date(str(event.get("eventDate", "")))
    registrar = None
    privacy: bool | None = None
    for entity in data.get("entities") or []:
        if not isinstance(entity, dict):
            continue
        roles = entity.get("roles") or []
        names = _vcard_names(entity)
        if "registrar" in roles and names:
            registrar = names[0]
        if "registrant" in roles:
            blob = json.dumps([names, entity.get("remarks")])
            privacy = bool(_PRIVACY_MARKERS.search(blob)) or privacy is True
    if privacy is None and data.get("redacted"):
        # RFC 9537: the registry says which fields it redacted.
        privacy = "registrant" in json.dumps(data["redacted"]).lower() or None
    if created is None and registrar is None:
        return None
    return WhoisFacts(domain, created, registrar, privacy, source="rdap")


async def _rdap_lookup(
    domain: str,
    settings: WhoisSettings,
    client: httpx.AsyncClient | None,
    resolver: Resolver | None,
) -> _Outcome:
    url = f"{settings.rdap_base_url.rstrip('/')}/domain/{domain}"
    limits = FetchLimits(
        connect_timeout=min(NET_DEFAULTS.connect_timeout, settings.timeout),
        read_timeout=settings.timeout,
        total_timeout=settings.timeout,
        max_bytes=NET_DEFAULTS.rdap_max_bytes,
        allow_private=settings.allow_private,
    )
    try:
        raw = await bounded_get(
            url, limits, client, _JSON_TYPES, sniff_html=False,
            extra_headers={"Accept": "application/rdap+json, application/json"},
            resolver=resolver,
        )
    except HTTPStatusError as exc:
        if exc.status == 404:
            return _Outcome(None, f"RDAP has no record of {domain}", True)
        return _Outcome(None, f"RDAP lookup failed: HTTP {exc.status}")
    except FetchError as exc:
        return _Outcome(None, f"RDAP lookup failed: {exc}")
    if raw.truncated:
        return _Outcome(None, f"RDAP answer for {domain} was larger than 1 MB")
    try:
        data = json.loads(raw.body)
    except (ValueError, RecursionError) as exc:
        return _Outcome(None, f"RDAP answer for {domain} is not JSON ({exc})")
    facts = _facts_from_rdap(domain, data)
    if facts is None or facts.created is None:
        return _Outcome(facts, f"RDAP gave no registration date for {domain}")
    return _Outcome(facts, None)


def _merge(whois: WhoisFacts | None, rdap: WhoisFacts | None) -> WhoisFacts | None:
    if whois is None or rdap is None:
        return whois or rdap
    return WhoisFacts(
        domain=whois.domain,
        created=rdap.created or whois.created,
        registrar=whois.registrar or rdap.registrar,
        privacy_protected=(
            whois.privacy_protected if whois.privacy_protected is not None
            else rdap.privacy_protected
        ),
        source="rdap" if rdap.created else whois.source,
    )


async def lookup_registered_domain(
    name: str,
    settings: WhoisSettings | None = None,
    client: httpx.AsyncClient | None = None,
    *,
    resolver: Resolver | None = None,
) -> DomainLookup:
    """When the registered domain ``name`` (ASCII, e.g. "example.co.uk") was registered.

    Cache first, then WHOIS, then RDAP when WHOIS gives no creation date. Never raises for
    network trouble: ``facts`` is then ``None`` and ``note`` says why. WHOIS runs in a worker
    thread; it and RDAP are each bounded by ``settings.timeout``. ``resolver`` turns the RDAP
    hosts' names into addresses (default: the system's).
    """
    settings = settings or WhoisSettings()
    cache = WhoisCache(settings.cache_path) if settings.cache else None
    if cache is not None:
        hit = await asyncio.to_thread(cache.get, name)
        if hit is not None:
            return DomainLookup(name, hit.facts, hit.note, cached=True)
    outcome = await asyncio.to_thread(_whois_lookup, name, settings)
    notes = [outcome.note] if outcome.note else []
    facts, definitive = outcome.facts, outcome.definitive
    if settings.rdap and (facts is None or facts.created is None):
        rdap = await _rdap_lookup(name, settings, client, resolver)
        facts = _merge(facts, rdap.facts)
        if facts is not None and facts.created is not None:
            notes = []  # RDAP filled the gap; WHOIS trouble no longer matters
        elif rdap.note:
            notes.append(rdap.note)
        definitive = definitive or rdap.definitive
    note = "; ".join(notes) or None
    if cache is not None:
        if facts is not None and facts.created is not None:
            await asyncio.to_thread(cache.put, name, facts, note, settings.cache_ttl)
        elif definitive:
            # Failures (timeouts, refused connections) are not cached: the next run may succeed.
            await asyncio.to_thread(cache.put, name, facts, note, settings.negative_ttl)
    return DomainLookup(name, facts, note)
