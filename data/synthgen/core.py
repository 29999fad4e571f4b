"""Shared machinery: per-page context, word pools, money, names, dates, crypto addresses, URLs.

Markup lives next door: ``markup`` (blocks and forms), ``bulk`` (label-neutral bulk) and
``skins`` (whole web pages and social posts).

Everything here is used by BOTH classes (scam and legit), so that the HTML skeleton, markup
style, class names, boilerplate, forms and URL hosts never give the label away on their own.
All randomness flows from the ``random.Random`` passed in; nothing reads the clock.
"""

from __future__ import annotations

import hashlib
import html
import random
import re
import string
import zlib
from datetime import date, timedelta
from typing import Any

from .wording import neutral, wording

_W = wording("core")
_MUL = neutral("core")

#: Fixed reference date: page_created values and displayed dates are measured from it.
REF_DATE = date(2026, 11, 1)

#: What a template returns: ``html``, ``url`` and ``page_created`` (and sometimes ``kind``).
PageFields = dict[str, str]


def seed_for(*parts: object) -> int:
    """A stable 32-bit seed from strings (never Python's salted ``hash``)."""
    return zlib.crc32("|".join(str(p) for p in parts).encode("utf-8"))


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def slugify(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s or "page"


#: Latin stems for names written in non-Latin scripts (domains and handles are Latin).
LATIN_STEMS: dict[str, list[str]] = _W["LATIN_STEMS"]


def latin_slug(ctx: Ctx, name: str, sep: str = "-") -> str:
    """slugify(name), or a plausible Latin stem when the name has too few Latin letters."""
    s = slugify(name)
    if len(s.replace("-", "")) >= 3 and s != "page":
        if sep == "" and ctx.chance(0.3):  # many real domains keep the hyphens
            sep = "-"
        out = s.replace("-", sep)
    else:
        out = ctx.pick(LATIN_STEMS.get(ctx.lang, ["site", "online", "official"])) + (
            str(ctx.randint(1, 99)) if ctx.chance(0.3) else ""
        )
    if ctx.chance(0.06):
        out += ctx.pick(["24", "1", "365", "360", "2go", "4u", "99"])
    return out


LANG_TLDS: dict[str, list[str]] = _W["LANG_TLDS"]


def lang_tld(ctx: Ctx) -> str:
    return str(ctx.pick(LANG_TLDS.get(ctx.lang, ["com"])))


class Ctx:
    """One page being generated: its rng, language and markup scheme."""

    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng = rng
        self.lang = lang
        self.scheme = rng.choice(SCHEMES)
        self._hashed: dict[str, str] = {}
        self.ui = UI.get(lang, UI["en"])
        #: how this page marks up buttons: "a", "button" or "mixed" (sloppy kits mix both)
        self.btn_style = rng.choice(("a", "a", "button", "button", "mixed"))

    # -- randomness helpers -------------------------------------------------------------
    def pick(self, x: Any, **kw: object) -> Any:
        """A random element of a list/tuple (or the string itself), formatted with ``kw``."""
        if isinstance(x, (list, tuple)):
            x = self.rng.choice(x)
        if kw and isinstance(x, str):
            return x.format(**kw)
        return x

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def sample(self, seq: Any, k: int) -> list[Any]:
        seq = list(seq)
        return self.rng.sample(seq, min(k, len(seq)))

    def randint(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    # -- class names ----------------------------------------------------------------------
    def c(self, role: str) -> str:
        """A class attribute value for a UI role, in this page's naming scheme."""
        if self.scheme == "hashed":
            if role not in self._hashed:
                self._hashed[role] = " ".join(
                    "_" + self.alnum(4, string.ascii_lowercase + string.digits)
                    for _ in range(self.rng.randint(1, 3))
                )
            return self._hashed[role]
        if self.scheme == "atomic":
            if role not in self._hashed:
                self._hashed[role] = " ".join(
                    "x" + self.alnum(self.rng.randint(4, 7), string.ascii_lowercase + string.digits)
                    for _ in range(self.rng.randint(2, 6))
                )
            return self._hashed[role]
        # null in the map: the framework has no class for this role (Bulma list items)
        return CLASSMAP[self.scheme].get(role, role) or ""

    def cls(self, role: str) -> str:
        return f' class="{self.c(role)}"'


# ---------------------------------------------------------------------------------------
# Class-name schemes (shared by both labels)
# ---------------------------------------------------------------------------------------
SCHEMES = ("bootstrap", "tailwind", "bem", "plain", "bulma", "hashed", "atomic")

CLASSMAP: dict[str, dict[str, str | None]] = _MUL["CLASSMAP"]


# ---------------------------------------------------------------------------------------
# Per-language UI words
# ---------------------------------------------------------------------------------------
UI: dict[str, dict[str, str]] = _W["UI"]

FIELDS: dict[str, dict[str, str]] = _W["FIELDS"]

FIRST_NAMES: dict[str, list[str]] = _W["FIRST_NAMES"]
LAST_NAMES: dict[str, list[str]] = _W["LAST_NAMES"]

CITIES: dict[str, list[str]] = _W["CITIES"]

#: symbol, symbol_first (before the amount?), thousands and decimal separators
CURRENCY: dict[str, dict[str, Any]] = _W["CURRENCY"]

#: Rough scale so that amounts look local (1 "unit" of USD in local money).
FX: dict[str, int] = _W["FX"]


def money(lang: str, amount: float, decimals: int | None = None) -> str:
    cur = CURRENCY[lang]
    sym, before, th, dec = cur["symbol"], cur["symbol_first"], cur["thousands"], cur["decimal"]
    if decimals is None:
        decimals = 0 if amount >= 1000 or float(amount).is_integer() else 2
    s = f"{amount:,.{decimals}f}"
    s = s.replace(",", "\x00").replace(".", dec).replace("\x00", th)
    return f"{sym}{'' if sym == '$' else ' '}{s}" if before else f"{s} {sym}"


def local_amount(ctx: Ctx, usd: float, round_to: int | None = None) -> float:
    v = usd * FX[ctx.lang]
    if round_to:
        v = round(v / round_to) * round_to
    return v


def person(ctx: Ctx, initial: bool = False) -> str:
    lang = ctx.lang
    first = ctx.pick(FIRST_NAMES[lang])
    # A language without family names here (Vietnamese) still draws once from [""], so the
    # random stream, and with it every later page, stays as it was.
    lasts = LAST_NAMES.get(lang, [""])
    last = ctx.pick(lasts)
    if not last:
        return str(first)
    if initial:
        return f"{first} {last[0]}."
    return f"{first} {last}"


def fmt_date(lang: str, d: date, style: int = 0) -> str:
    if lang == "en":
        months = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ]
        if style == 0:
            return f"{months[d.month - 1]} {d.day}, {d.year}"
        if style == 1:
            return f"{d.day} {months[d.month - 1]} {d.year}"
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if lang in ("de", "ru", "tr"):
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def days_before(n: int) -> date:
    return REF_DATE - timedelta(days=n)


# ---------------------------------------------------------------------------------------
# Crypto addresses (syntactically valid formats; random, not real wallets)
# ---------------------------------------------------------------------------------------
_B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _bech32_polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def btc_bech32(ctx: Ctx) -> str:
    """A P2WPKH bech32 address (bc1q...) with a valid checksum over 20 random bytes."""
    prog = [ctx.rng.randrange(256) for _ in range(20)]
    acc, bits, data = 0, 0, [0]
    for b in prog:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hrp = "bc"
    hrp_exp = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _bech32_polymod(hrp_exp + data + [0] * 6) ^ 1
    checksum = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[d] for d in data + checksum)


def eth_address(ctx: Ctx) -> str:
    raw = ctx.hexs(40)
    # mixed-case like EIP-55 (sha3 of the lowercase hex; not keccak, so only "looks" checksummed)
    h = hashlib.sha3_256(raw.encode()).hexdigest()
    if ctx.chance(0.35):
        return "0x" + raw
    return "0x" + "".join(
        c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(raw)
    )


def b58_address(ctx: Ctx, prefix: str, length: int = 34) -> str:
    return prefix + "".join(ctx.rng.choice(_B58) for _ in range(length - len(prefix)))


def coin_address(ctx: Ctx, coin: str) -> str:
    coin = coin.upper()
    if coin == "BTC":
        return btc_bech32(ctx) if ctx.chance(0.8) else b58_address(ctx, ctx.pick(["1", "3"]), 34)
    if coin in ("ETH", "USDT", "USDC", "SHIB", "PEPE", "BNB", "MATIC", "LINK"):
        return eth_address(ctx)
    if coin == "DOGE":
        return b58_address(ctx, "D", 34)
    if coin == "XRP":
        return b58_address(ctx, "r", 34)
    if coin == "TRX":
        return b58_address(ctx, "T", 34)
    if coin == "SOL":
        return "".join(ctx.rng.choice(_B58) for _ in range(44))
    if coin == "LTC":
        return b58_address(ctx, "ltc1q", 43).lower()
    return eth_address(ctx)


def tx_hash(ctx: Ctx, coin: str) -> str:
    return ("0x" if coin.upper() in ("ETH", "USDT", "SHIB", "PEPE", "BNB") else "") + ctx.hexs(64)


def short_addr(a: str) -> str:
    return a[:6] + "…" + a[-4:] if len(a) > 14 else a


# ---------------------------------------------------------------------------------------
# URLs (both classes draw hosts from overlapping pools)
# ---------------------------------------------------------------------------------------
SCAM_TLDS: list[str] = _MUL["SCAM_TLDS"]
FREE_HOSTS: list[str] = _MUL["FREE_HOSTS"]


def fb_post_url(ctx: Ctx, page_handle: str) -> str:
    r = ctx.rng.random()
    if page_handle.startswith("profile.php"):
        r = 0.6
    if r < 0.55:
        return f"https://www.facebook.com/{page_handle}/posts/pfbid0" + str(
            ctx.alnum(46, string.ascii_letters + string.digits)
        )
    if r < 0.8:
        return (
            f"https://www.facebook.com/permalink.php?story_fbid={ctx.randint(10**14, 10**15 - 1)}"
            f"&id={ctx.randint(10**14, 10**15 - 1)}"
        )
    if r < 0.9:
        return (
            f"https://m.facebook.com/story.php?story_fbid={ctx.randint(10**15, 10**16 - 1)}"
            f"&id={ctx.randint(10**14, 10**15 - 1)}"
        )
    return (
        f"https://www.facebook.com/{page_handle}/photos/a.{ctx.randint(10**14, 10**15 - 1)}"
        f"/{ctx.randint(10**14, 10**15 - 1)}/"
    )


def ig_post_url(ctx: Ctx) -> str:
    return (
        f"https://www.instagram.com/p/{ctx.alnum(11, string.ascii_letters + string.digits + '_-')}/"
    )


def free_host_url(ctx: Ctx, slug: str, path: str = "") -> str:
    pat = ctx.pick(FREE_HOSTS)
    s2 = ctx.pick(
        ["home", "claim", "gift", "promo", "index", "offer", "win", "event", slug.split("-")[0]]
    )
    host = pat.format(s=slug, s2=s2)
    return f"https://{host}/{path}".rstrip("/") + ("/" if not path and ctx.chance(0.5) else "")


def lookalike_url(ctx: Ctx, words: list[str], path: str = "") -> str:
    sep = ctx.pick(["-", "", "-", "."]) if len(words) > 1 else ""
    base = sep.join(words).replace("..", ".").strip(".-")
    tld = ctx.pick(SCAM_TLDS)
    sub = ctx.pick(["", "", "", "www.", "promo.", "gift.", "event.", "m.", "claim.", "win."])
    return f"https://{sub}{base}.{tld}/{path}"
