"""Network limits and timeouts are defaulted once (config.NET_DEFAULTS), and every one is used."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import detector
from detector.app.cli import check
from detector.config import NET_DEFAULTS
from detector.net import FetchLimits, GatherOptions, WhoisSettings

SOURCE = Path(detector.__file__).parent


def test_option_objects_and_cli_take_their_defaults_from_net_defaults() -> None:
    limits, whois, gather = FetchLimits(), WhoisSettings(), GatherOptions()
    assert limits.connect_timeout == NET_DEFAULTS.connect_timeout
    assert limits.read_timeout == NET_DEFAULTS.read_timeout
    assert limits.total_timeout == gather.timeout == NET_DEFAULTS.url_timeout
    assert limits.max_bytes == NET_DEFAULTS.max_page_bytes
    assert limits.max_redirects == NET_DEFAULTS.max_redirects
    assert whois.timeout == NET_DEFAULTS.whois_timeout
    assert whois.max_bytes == NET_DEFAULTS.whois_max_bytes
    assert whois.cache_ttl == NET_DEFAULTS.whois_cache_ttl
    assert whois.negative_ttl == NET_DEFAULTS.whois_negative_ttl
    options = {p.name: p.default for p in check.params}
    assert options["timeout"] == NET_DEFAULTS.url_timeout
    assert options["concurrency"] == NET_DEFAULTS.concurrency


def test_every_network_default_is_read_somewhere() -> None:
    code = "\n".join(
        p.read_text(encoding="utf-8") for p in SOURCE.rglob("*.py") if p.name != "config.py"
    )
    unused = [f.name for f in dataclasses.fields(NET_DEFAULTS)
              if f"NET_DEFAULTS.{f.name}" not in code]
    assert unused == []
