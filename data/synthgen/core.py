"""Shared machinery: per-page context, word pools, addresses, URLs, form and page skins.

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
from dataclasses import dataclass, field
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


# ---------------------------------------------------------------------------------------
# Page document and small blocks
# ---------------------------------------------------------------------------------------
@dataclass
class Doc:
    """Content of a (non-social) page before a skin wraps it."""

    title: str
    main: str
    site: str = ""
    nav: list[str] = field(default_factory=list)
    footer_links: list[str] = field(default_factory=list)
    footer_text: str = ""
    meta_desc: str = ""
    keywords: str = ""
    og_image: str = ""
    head_extra: str = ""
    body_end: str = ""
    sidebar: str = ""
    canonical: str = ""
    cookie: bool | None = None
    analytics: bool | None = None
    logo_alt: str = ""


def p(ctx: Ctx, text: str, role: str = "text") -> str:
    return f"<p{ctx.cls(role)}>{text}</p>"


def h(ctx: Ctx, level: int, text: str, role: str = "") -> str:
    attr = ctx.cls(role) if role else ""
    return f"<h{level}{attr}>{text}</h{level}>"


def button(ctx: Ctx, text: str, href: str = "#", primary: bool = True, onclick: str = "") -> str:
    role = "btn_primary" if primary else "btn"
    oc = f' onclick="{esc(onclick)}"' if onclick else ""
    style = ctx.btn_style if ctx.btn_style != "mixed" else ctx.pick(["a", "button"])
    if style == "a":
        return f'<a href="{esc(href)}"{ctx.cls(role)}{oc}>{text}</a>'
    return f'<button type="button"{ctx.cls(role)}{oc}>{text}</button>'


def ul(ctx: Ctx, items: list[str], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    li_cls = ctx.cls("item") if ctx.c("item") else ""
    return (
        f"<{tag}{ctx.cls('list')}>" + "".join(f"<li{li_cls}>{i}</li>" for i in items) + f"</{tag}>"
    )


def table(ctx: Ctx, head: list[str], rows: list[list[str]]) -> str:
    th = "".join(f"<th>{x}</th>" for x in head)
    body = "".join("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>" for r in rows)
    return f"<table{ctx.cls('table')}><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"


def img(ctx: Ctx, src_hint: str, alt: str) -> str:
    r = ctx.rng.random()
    if r < 0.3:
        src = f"images/{slugify(src_hint)[:30]}.{ctx.pick(['jpg', 'png', 'webp'])}"
    elif r < 0.55:
        src = f"https://i.imgur.com/{ctx.alnum(7)}.{ctx.pick(['jpg', 'png'])}"
    elif r < 0.8:
        src = f"/assets/img/{slugify(src_hint)[:24]}-{ctx.randint(1, 9)}." + str(
            ctx.pick(["jpg", "png", "webp"])
        )
    else:
        src = (
            "https://cdn."
            f"{ctx.pick(['jsdelivr.net/gh', 'statically.io/img', 'shopify.com/s/files/1'])}"
            f"/{ctx.alnum(10).lower()}/{slugify(src_hint)[:20]}.jpg"
        )
    w = f' width="{ctx.pick([64, 120, 200, 300, 400, 600, 800])}"' if ctx.chance(0.4) else ""
    return f'<img src="{esc(src)}" alt="{esc(alt)}"{w}{ctx.cls("img")}>'


def faq(ctx: Ctx, pairs: list[tuple[str, str]]) -> str:
    style = ctx.rng.randint(0, 3)
    if style == 0:
        return "".join(f"<details><summary>{q}</summary><p>{a}</p></details>" for q, a in pairs)
    if style == 1:
        return "<dl>" + "".join(f"<dt>{q}</dt><dd>{a}</dd>" for q, a in pairs) + "</dl>"
    if style == 2:
        return "".join(f"<div{ctx.cls('card')}><h4>{q}</h4>{p(ctx, a)}</div>" for q, a in pairs)
    return "".join(f"<h3>{q}</h3><p>{a}</p>" for q, a in pairs)


def field_html(
    ctx: Ctx,
    key: str,
    required: bool = True,
    label: str | None = None,
    options: list[str] | None = None,
    input_type: str | None = None,
    name: str | None = None,
) -> str:
    """One form field in this page's style. ``key`` indexes FIELDS (or is used as-is)."""
    lab = label if label is not None else FIELDS.get(ctx.lang, FIELDS["en"]).get(key, key)
    types = {
        "email": "email",
        "phone": "tel",
        "password": "password",
        "dob": "date",
        "card": "text",
        "age": "number",
        "gameid": "number",
        "zip": "text",
    }
    t = input_type or types.get(key, "text")
    if key == "dob" and ctx.chance(0.4):
        t = "text"
    nm = name or ctx.pick([key, key, f"{key}_field", f"f_{key}", key.upper(), f"data[{key}]"])
    req = " required" if required and ctx.chance(0.8) else ""
    fid = f"{key}{ctx.randint(1, 99)}" if ctx.chance(0.5) else key
    if options:
        opts = "".join(f"<option>{esc(o)}</option>" for o in options)
        ctrl = f'<select name="{esc(nm)}" id="{fid}"{ctx.cls("select")}{req}>{opts}</select>'
    elif key == "message":
        ctrl = f'<textarea name="{esc(nm)}" id="{fid}" rows="4"{ctx.cls("input")}></textarea>'
    else:
        ph = ""
        if ctx.chance(0.6):
            ph_map = {
                "email": "you@example.com",
                "phone": ctx.pick(
                    ["(555) 555-0123", "+1 555 010 2030", "0812-xxxx-xxxx", "+44 7700 900123"]
                ),
                "card": "1234 5678 9012 3456",
                "exp": "MM/YY",
                "cvv": "123",
                "dob": "DD/MM/YYYY",
            }
            ph = f' placeholder="{esc(ph_map.get(key, lab))}"'
        ctrl = f'<input type="{t}" name="{esc(nm)}" id="{fid}"{ph}{ctx.cls("input")}{req}>'
    style = ctx.rng.random()
    if style < 0.2:
        return ctrl if "placeholder" in ctrl else f"<label>{esc(lab)} {ctrl}</label>"
    if style < 0.35:
        return f'<tr><td><label for="{fid}">{esc(lab)}</label></td><td>{ctrl}</td></tr>'
    return (
        f'<div{ctx.cls("group")}><label for="{fid}"{ctx.cls("label")}>{esc(lab)}</label>'
        f"{ctrl}</div>"
    )


def form(
    ctx: Ctx,
    fields: list[str],
    submit: str,
    action: str = "",
    extra: str = "",
    method: str = "post",
    hidden: dict[str, str] | None = None,
) -> str:
    parts = []
    for f in fields:
        if f.startswith("<"):
            parts.append(f)
        else:
            parts.append(field_html(ctx, f))
    inner = "".join(parts)
    if "<tr>" in inner:
        # wrap table rows (mixed rows are fine for browsers, keep it valid-ish)
        rows = [x if x.startswith("<tr>") else f'<tr><td colspan="2">{x}</td></tr>' for x in parts]
        inner = "<table>" + "".join(rows) + "</table>"
    hid = "".join(
        f'<input type="hidden" name="{esc(k)}" value="{esc(v)}">' for k, v in (hidden or {}).items()
    )
    act = action or ctx.pick(
        [
            "",
            "#",
            "submit.php",
            "/api/submit",
            "process.php",
            "/subscribe",
            "thanks.html",
            "step2.html",
        ]
    )
    return (
        f'<form method="{method}" action="{esc(act)}"{ctx.cls("form")}>{hid}{inner}{extra}'
        f'<button type="submit"{ctx.cls("btn_primary")}>{submit}</button></form>'
    )


def consent_checkbox(ctx: Ctx, text: str) -> str:
    return (
        f'<label{ctx.cls("muted")}><input type="checkbox" name="consent"{ctx.cls("check")}>'
        f" {text}</label>"
    )


def comments_block(ctx: Ctx, items: list[tuple[str, str, str]], title: str = "") -> str:
    """items: (name, text, when)."""
    ui = ctx.ui
    style = ctx.rng.randint(0, 2)
    out = [f"<h3>{title}</h3>"] if title else []
    for name, text, when in items:
        if style == 0:
            out.append(
                f"<div{ctx.cls('card')}><div{ctx.cls('card_body')}>"
                + str(img(ctx, "avatar", name) if ctx.chance(0.5) else "")
                + (
                    f"<b>{esc(name)}</b><p>{text}</p><span{ctx.cls('muted')}>{ui['like']} "
                    f"· {ui['reply']} · {when}</span></div></div>"
                )
            )
        elif style == 1:
            out.append(
                f'<div class="comment"><span class="comment-author">{esc(name)}</span> '
                f'<span class="comment-text">{text}</span><div class="comment-meta">'
                f"{when}</div></div>"
            )
        else:
            out.append(f"<li><strong>{esc(name)}</strong>: {text} <small>{when}</small></li>")
    if style == 2:
        return (out[0] if title else "") + "<ul>" + "".join(out[1:] if title else out) + "</ul>"
    return "".join(out)


def rel_time(ctx: Ctx, lang: str | None = None) -> str:
    lang = lang or ctx.lang
    n = ctx.randint(1, 59)
    unit = ctx.pick(["m", "h", "d"])
    if unit == "h":
        n = ctx.randint(1, 23)
    if unit == "d":
        n = ctx.randint(1, 6)
    words = {
        "en": {"m": f"{n} min", "h": f"{n} h", "d": f"{n} d"},
        "es": {"m": f"{n} min", "h": f"{n} h", "d": f"{n} d"},
        "pt": {"m": f"{n} min", "h": f"{n} h", "d": f"{n} d"},
        "fr": {"m": f"{n} min", "h": f"{n} h", "d": f"{n} j"},
        "de": {"m": f"{n} Min.", "h": f"{n} Std.", "d": f"{n} T."},
        "id": {"m": f"{n} mnt", "h": f"{n} j", "d": f"{n} h"},
        "hi": {"m": f"{n} मिनट", "h": f"{n} घंटे", "d": f"{n} दिन"},
        "ar": {"m": f"{n} د", "h": f"{n} س", "d": f"{n} ي"},
        "vi": {"m": f"{n} phút", "h": f"{n} giờ", "d": f"{n} ngày"},
        "tr": {"m": f"{n} dk", "h": f"{n} sa", "d": f"{n} g"},
        "ru": {"m": f"{n} мин", "h": f"{n} ч", "d": f"{n} д"},
    }
    return words.get(lang, words["en"])[unit]


# ---------------------------------------------------------------------------------------
# Scripts (realistic snippets for both classes)
# ---------------------------------------------------------------------------------------
def analytics_snippet(ctx: Ctx) -> str:
    r = ctx.rng.random()
    if r < 0.4:
        gid = f"G-{ctx.alnum(10, string.ascii_uppercase + string.digits)}"
        return (
            f'<script async src="https://www.googletagmanager.com/gtag/js?id={gid}"></script>'
            "<script>window.dataLayer=window.dataLayer||[];function "
            "gtag(){dataLayer.push(arguments);}"
            f"gtag('js',new Date());gtag('config','{gid}');</script>"
        )
    if r < 0.6:
        return (
            "<script>(function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;"
            "i[r]=i[r]||function(){"
            f"(i[r].q=i[r].q||[]).push(arguments)}},i[r].l=1*new Date();a=s.createElement(o),"
            f"m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)"
            f"}})(window,document,'script','https://www.google-analytics.com/analytics.js','ga');"
            f"ga('create','UA-{ctx.randint(10000000, 99999999)}-1','auto');ga('send',"
            "'pageview');</script>"
        )
    if r < 0.8:
        return (
            f"<script>!function(f,b,e,v,n,t,s){{if(f.fbq)return;n=f.fbq=function(){{n.callMethod?"
            "n.callMethod.apply(n,arguments):n.queue.push(arguments)};"
            "if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;"
            "n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;"
            "s=b.getElementsByTagName(e)[0];"
            "s.parentNode.insertBefore(t,s)}(window,document,'script',"
            "'https://connect.facebook.net/en_US/fbevents.js');"
            f"fbq('init','{ctx.randint(10**14, 10**15 - 1)}');fbq('track','PageView');</script>"
        )
    return (
        f'<script defer data-domain="{ctx.alnum(8).lower()}" '
        'src="https://plausible.io/js/script.js"></script>'
    )


def countdown_script(ctx: Ctx, el: str, minutes: int) -> str:
    v = ctx.pick(["t", "timeLeft", "sec", "count", "remaining"])
    return (
        f"<script>var {v}={minutes * 60};setInterval(function(){{if({v}>0){{{v}--;}}"
        f"var m=Math.floor({v}/60),s={v}%60;document.getElementById('{el}').innerHTML="
        f"(m<10?'0':'')+m+':'+(s<10?'0':'')+s;}},1000);</script>"
    )


def counter_script(ctx: Ctx, el: str, start: int, step: str = "down") -> str:
    op = "--" if step == "down" else "++"
    return (
        f"<script>var n={start};function tick(){{if(Math.random()<0.3){{n{op};"
        f"document.getElementById('{el}')"
        f".innerText=n;}}setTimeout(tick,{ctx.pick([700, 900, 1200, 1500, 2500])});"
        "}tick();</script>"
    )


def date_writer_script(ctx: Ctx, lang: str) -> str:
    loc = {
        "en": "en-US",
        "es": "es-ES",
        "pt": "pt-BR",
        "fr": "fr-FR",
        "de": "de-DE",
        "id": "id-ID",
        "hi": "hi-IN",
        "ar": "ar-SA",
        "vi": "vi-VN",
        "tr": "tr-TR",
        "ru": "ru-RU",
    }[lang]
    return (
        f"<script>var d=new Date();document.write(d.toLocaleDateString('{loc}',"
        f"{{weekday:'long',year:'numeric',month:'long',day:'numeric'}}));</script>"
    )


# ---------------------------------------------------------------------------------------
# Label-neutral bulk: the markup weight real pages carry (CSS, JS bundles, mega footers,
# JSON-LD, SVG sprites, social-network data blobs). Added with the same probabilities to
# both classes, so page size carries no label information by construction.
# ---------------------------------------------------------------------------------------
_CSS_PROPS: list[str] = _MUL["_CSS_PROPS"]
_JS_WORDS: list[str] = _MUL["_JS_WORDS"]


def bulk_css(ctx: Ctx, n: int) -> str:
    rules = []
    for _ in range(n):
        sel = (
            ctx.pick([".", "#", ""])
            + ctx.pick(
                [
                    "nav",
                    "btn",
                    "card",
                    "hero",
                    "footer",
                    "header",
                    "menu",
                    "item",
                    "grid",
                    "col",
                    "row",
                    "title",
                    "wrap",
                    "modal",
                    "toast",
                    "badge",
                    "icon",
                    "link",
                    "list",
                ]
            )
            + ctx.pick(["", "-" + ctx.alnum(3).lower(), "__el", "--lg", ":hover", " a", " > li"])
        )
        rules.append(sel + "{" + ";".join(ctx.sample(_CSS_PROPS, ctx.randint(2, 6))) + "}")
    if ctx.chance(0.5):
        rules.append("@media (max-width:768px){" + "".join(rules[: ctx.randint(2, 8)]) + "}")
    return "<style>" + "".join(rules) + "</style>"


def bulk_js(ctx: Ctx, n: int) -> str:
    funcs = []
    for _ in range(n):
        w = ctx.sample(_JS_WORDS, 4)
        funcs.append(
            f'{ctx.randint(100, 99999)}:function(e,t,n){{"use strict";var '
            f"r=n({ctx.randint(10, 9999)}),o=n.n(r);"
            f"function {w[0]}{w[1].title()}(a){{return a&&a.{w[2]}?a.{w[2]}.{w[3]}(func"
            "tion(x){return x}):null}"
            f"t.{w[0]}=function(a,b){{var c=o()(a);for(var i=0;i<c.length;"
            f"i++){{b.push(c[i])}}return {w[0]}{w[1].title()}(b)}}}}"
        )
    return (
        f"<script>(self.webpackChunk_{ctx.alnum(5).lower()}=self.webpackChunk_"
        f"{ctx.alnum(5).lower()}||[]).push([[{ctx.randint(1, 999)}],"
        "{" + ",".join(funcs) + "}]);</script>"
    )


def mega_footer(ctx: Ctx) -> str:
    ui = ctx.ui
    heads = ctx.sample(
        [
            ui["about"],
            ui["help"],
            ui["shop"],
            ui["news"],
            ui["events"],
            ui["careers"],
            ui["contact"],
            ui["blog"],
        ],
        ctx.randint(3, 5),
    )
    pool = [
        ui["faq"],
        ui["privacy"],
        ui["terms"],
        ui["imprint"],
        ui["sitemap"],
        ui["careers"],
        ui["contact"],
        ui["blog"],
        ui["news"],
        ui["help"],
        ui["login"],
        ui["signup"],
        ui["follow"],
        "Facebook",
        "Instagram",
        "YouTube",
        "TikTok",
        "X",
        "LinkedIn",
        "Cookies",
        "RSS",
        "API",
        "Press",
        "Partners",
        "Affiliates",
        "Status",
        "Accessibility",
        "Investors",
    ]
    cols = "".join(
        f'<div class="footer-col"><h4>{hd}</h4><ul>'
        + "".join(
            f'<li><a href="/{slugify(x)}">{x}</a></li>' for x in ctx.sample(pool, ctx.randint(4, 9))
        )
        + "</ul></div>"
        for hd in heads
    )
    return f'<div class="mega-footer">{cols}</div>'


def json_ld(ctx: Ctx, name: str, url: str = "") -> str:
    typ = ctx.pick(["Organization", "WebSite", "WebPage", "Article", "Product", "Event"])
    return str(
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"'
        + typ
        + '","name":"'
        + esc(name).replace('"', "")
        + '","url":"'
        + (url or "/")
        + '","logo":"/logo.png","sameAs":["https://www.facebook.com/'
        + slugify(name)[:20]
        + '","https://www.instagram.com/'
        + slugify(name)[:20]
        + '"]}</script>'
    )


def svg_sprite(ctx: Ctx) -> str:
    syms = "".join(
        f'<symbol id="i-{x}" viewBox="0 0 24 24"><path d="M{ctx.randint(1, 12)} '
        f"{ctx.randint(1, 12)}l{ctx.randint(1, 9)} {ctx.randint(1, 9)}h{ctx.randint(1, 9)}"
        f"v{ctx.randint(1, 9)}c0 1.1-.9 2-2 2H{ctx.randint(2, 9)}a2 2 0 0 "
        f'1-2-2V{ctx.randint(2, 9)}z"/></symbol>'
        for x in ctx.sample(
            [
                "cart",
                "user",
                "search",
                "menu",
                "close",
                "heart",
                "share",
                "star",
                "mail",
                "phone",
                "pin",
                "gift",
                "lock",
                "check",
            ],
            ctx.randint(4, 12),
        )
    )
    return f'<svg xmlns="http://www.w3.org/2000/svg" style="display:none">{syms}</svg>'


def fb_blob(ctx: Ctx, n: int) -> str:
    items = ",".join(
        (
            '["'
            + str(
                ctx.pick(
                    [
                        "CometRelay",
                        "ServerJS",
                        "Bootloader",
                        "ScheduledApplyEach",
                        "RelayPrefetchedStreamCache",
                        "CurrentUserInitialData",
                    ]
                )
            )
            + (
                '",'
                f'"{ctx.pick(["handle", "next", "onPayload", "define"])}",null,'
                f'[{{"__bbox":{{"define":[["{ctx.alnum(8)}",[],{{"r":"{ctx.alnum(7)}",'
                f'"be":1}},{ctx.randint(1, 9999)}]]}}}}]]'
            )
        )
        for _ in range(n)
    )
    return (
        f'<script type="application/json" data-content-len="{ctx.randint(1000, 90000)}" '
        f'data-sjs>{{"require":[{items}]}}</script>'
    )


def site_scripts(ctx: Ctx) -> str:
    """Ordinary site scripts (both classes): validation, widgets, sliders, captcha, cart."""
    pool = [
        '<script src="/js/app.min.js" defer></script>',
        f'<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.{ctx.randint(0, 3)}/d'
        'ist/js/bootstrap.bundle.min.js"></script>',
        "<script>document.querySelectorAll('form').forEach(function(f){f.addEventListen"
        "er('submit',function(e){if(!f.checkValidity()){e.preventDefault();"
        "f.classList.add('was-validated');}});});</script>",
        f'<script>window.intercomSettings={{app_id:"{ctx.alnum(8).lower()}"}};'
        '</script><script async src="https://widget.intercom.io/widget/'
        f'{ctx.alnum(8).lower()}"></script>',
        '<script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key='
        f'{ctx.alnum(8).lower()}-{ctx.hexs(4)}"></script>',
        '<script src="https://www.google.com/recaptcha/api.js" async defer></script>',
        "<script>$(function(){$('.slider').slick({autoplay:true,dots:true});});</script>",
        "<script>var cart=JSON.parse(localStorage.getItem('cart')||'[]');function "
        "addToCart(id){cart.push(id);localStorage.setItem('cart',"
        "JSON.stringify(cart));}</script>",
        '<script src="https://cdnjs.cloudflare.com/ajax/libs/lazysizes/5.3.2/lazysizes.'
        'min.js" async></script>',
        "<script>document.addEventListener('DOMContentLoaded',function(){var "
        "y=document.getElementById('year');if(y)y.textContent=new "
        "Date().getFullYear();});</script>",
        '<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" '
        f'data-domain-script="{ctx.hexs(8)}-{ctx.hexs(4)}"></script>',
        "<script>window.addEventListener('scroll',function(){document.body.classList.to"
        "ggle('scrolled',window.scrollY>40);});</script>",
    ]
    return "".join(ctx.sample(pool, ctx.randint(1, 4)))


def add_bulk_web(ctx: Ctx, head: str, body: str, site: str) -> tuple[str, str]:
    r = ctx.rng.random()
    if r < 0.45:
        return head, body
    k = 1 if r < 0.7 else (2 if r < 0.9 else 4)
    for _ in range(k):
        c = ctx.pick(["css", "js", "footer", "ld", "svg", "css", "js"])
        if c == "css":
            head += bulk_css(ctx, ctx.randint(10, 160))
        elif c == "js":
            body += bulk_js(ctx, ctx.randint(3, 60))
        elif c == "footer":
            body += mega_footer(ctx)
        elif c == "ld":
            head += json_ld(ctx, site or "Home")
        else:
            body = svg_sprite(ctx) + body
    return head, body


# ---------------------------------------------------------------------------------------
# Web page skins (shared by both labels)
# ---------------------------------------------------------------------------------------
def _head(ctx: Ctx, doc: Doc, css: str) -> str:
    parts = ['<meta charset="utf-8">']
    if ctx.chance(0.85):
        parts.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    if ctx.chance(0.25):
        parts.append('<meta http-equiv="X-UA-Compatible" content="IE=edge">')
    parts.append(f"<title>{esc(doc.title)}</title>")
    if doc.meta_desc and ctx.chance(0.8):
        parts.append(f'<meta name="description" content="{esc(doc.meta_desc)}">')
    if doc.keywords:
        parts.append(f'<meta name="keywords" content="{esc(doc.keywords)}">')
    if ctx.chance(0.5):
        parts.append(f'<meta property="og:title" content="{esc(doc.title)}">')
        parts.append(f'<meta property="og:type" content="{ctx.pick(["website", "article"])}">')
        if doc.og_image or ctx.chance(0.5):
            parts.append(
                '<meta property="og:image" content="'
                f"{esc(doc.og_image or 'https://i.imgur.com/' + ctx.alnum(7) + '.jpg')}"
                '">'
            )
    if doc.canonical and ctx.chance(0.5):
        parts.append(f'<link rel="canonical" href="{esc(doc.canonical)}">')
    if ctx.chance(0.15):
        parts.append(
            '<meta name="robots" content="'
            f'{ctx.pick(["noindex, nofollow", "index, follow", "noindex"])}">'
        )
    parts.append(css)
    if ctx.chance(0.5):
        parts.append(
            '<link rel="icon" href="'
            f"{ctx.pick(['/favicon.ico', 'favicon.png', '/static/img/favicon-32.png'])}"
            '">'
        )
    if ctx.chance(0.35):
        parts.append(
            ctx.pick(
                [
                    '<link rel="preconnect" href="https://fonts.googleapis.com"><link '
                    'href="https://fonts.googleapis.com/css2?family=Inter:wght@400;'
                    '600;700&display=swap" rel="stylesheet">',
                    '<link href="https://fonts.googleapis.com/css?family=Roboto:400,'
                    '700" rel="stylesheet">',
                    '<link href="https://fonts.googleapis.com/css2?family=Poppins:wght@'
                    '400;600&display=swap" rel="stylesheet">',
                    '<link rel="stylesheet" href="https://cdnjs.cloudflare.com/ajax/lib'
                    's/font-awesome/6.5.1/css/all.min.css">',
                ]
            )
        )
    if ctx.chance(0.3):
        parts.append('<script src="https://code.jquery.com/jquery-3.7.1.min.js"></script>')
    parts.append(doc.head_extra)
    if doc.analytics if doc.analytics is not None else ctx.chance(0.35):
        parts.append(analytics_snippet(ctx))
    return "".join(parts)


def _css(ctx: Ctx) -> str:
    sch = ctx.scheme
    if sch == "bootstrap":
        v = ctx.pick(["5.3.2", "5.3.3", "4.6.2", "5.2.3", "3.4.1"])
        return (
            f'<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@{v}/dist/'
            'css/bootstrap.min.css">'
        )
    if sch == "tailwind":
        return str(
            ctx.pick(
                [
                    '<script src="https://cdn.tailwindcss.com"></script>',
                    f'<link rel="stylesheet" href="/assets/app.{ctx.hexs(8)}.css">',
                ]
            )
        )
    if sch == "bulma":
        return (
            '<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bulma@0.9.4/css/bulm'
            'a.min.css">'
        )
    colors = [
        "#e11d48",
        "#2563eb",
        "#16a34a",
        "#f59e0b",
        "#7c3aed",
        "#0f766e",
        "#dc2626",
        "#111827",
        "#1877f2",
    ]
    c1 = ctx.pick(colors)
    inline = (
        "<style>body{margin:0;font-family:"
        + str(
            ctx.pick(
                [
                    "Arial,sans-serif",
                    "Helvetica,Arial",
                    "system-ui,-apple-system,Segoe UI,Roboto",
                    "Verdana",
                    "Georgia,serif",
                    "Tahoma",
                ]
            )
        )
        + (
            ";"
            "background:"
            f"{ctx.pick(['#fff', '#f5f5f5', '#fafafa', '#f0f2f5', '#111', '#fdf6e3'])};"
            "color:#222}"
            f".{ctx.c('btn_primary').split()[0]}{{background:{c1};color:#fff;padding:12px "
            f"24px;border:0;border-radius:{ctx.randint(0, 30)}px;"
            f"display:inline-block;text-decoration:none;font-weight:bold}}"
            f".{ctx.c('container').split()[0]}{{max-width:"
            f"{ctx.pick([720, 800, 960, 1100, 1200])}px;margin:0 auto;"
            f"padding:{ctx.randint(8, 24)}px}}</style>"
        )
    )
    if ctx.chance(0.4):
        inline = (
            '<link rel="stylesheet" href="'
            + str(
                ctx.pick(
                    [
                        "style.css",
                        "css/style.css",
                        "assets/css/main.css",
                        "/static/css/site.css",
                        "custom.css",
                    ]
                )
            )
            + '">'
        ) + (inline if ctx.chance(0.5) else "")
    return inline


def _nav(ctx: Ctx, doc: Doc) -> str:
    if not doc.nav:
        return ""
    items = "".join(
        '<li><a href="'
        f'{ctx.pick(["#", "/", "/" + slugify(x)[:16], slugify(x)[:12] + ".html"])}">'
        f"{x}</a></li>"
        for x in doc.nav
    )
    brand = esc(doc.site) if doc.site else ""
    logo = (
        img(ctx, doc.site or "logo", doc.logo_alt or doc.site or "logo") if ctx.chance(0.4) else ""
    )
    return (
        f'<header{ctx.cls("header")}><a href="/" class="logo">{logo}{brand}</a><nav>'
        f"<ul{ctx.cls('nav')}>{items}</ul></nav></header>"
    )


def _footer(ctx: Ctx, doc: Doc) -> str:
    if not doc.footer_links and not doc.footer_text:
        return ""
    links = " | ".join(
        f'<a href="{ctx.pick(["#", "/" + slugify(x)[:20], slugify(x)[:20] + ".html"])}">{x}</a>'
        for x in doc.footer_links
    )
    return (
        f"<footer{ctx.cls('footer')}><div{ctx.cls('container')}>"
        f"{links}<p{ctx.cls('muted')}>{doc.footer_text}</p></div></footer>"
    )


def _cookie(ctx: Ctx, doc: Doc) -> str:
    show = doc.cookie if doc.cookie is not None else ctx.chance(0.3)
    if not show:
        return ""
    return (
        f'<div id="cookie-banner"{ctx.cls("alert")} role="dialog">{ctx.ui["cookies"]} '
        f'<a href="#">{ctx.ui["privacy"]}</a> <button onclick="this.parentNode.remove()'
        f'">{ctx.ui["accept"]}</button></div>'
    )


def render_web(ctx: Ctx, doc: Doc, skin: str | None = None) -> str:
    """Wrap a Doc in one of several page skeletons (same pool for both labels)."""
    skin = skin or ctx.pick(
        ["bootstrap", "modern", "plain", "card", "wp", "table", "modern", "card"]
    )
    lang = ctx.lang
    dir_attr = ' dir="rtl"' if lang == "ar" else ""
    head = _head(ctx, doc, _css(ctx))
    if ctx.chance(0.12):  # minimal page: no navigation, bare footer (both classes)
        doc.nav, doc.footer_links = [], []
    nav, foot, cookie = _nav(ctx, doc), _footer(ctx, doc), _cookie(ctx, doc)
    main = doc.main
    if skin == "bootstrap":
        body = (
            f"{nav}<main{ctx.cls('container')}><div{ctx.cls('row')}>"
            f"<div{ctx.cls('col')}>{main}</div>"
            f"{'<aside class=col-md-4>' + doc.sidebar + '</aside>' if doc.sidebar else ''}"
            f"</div></main>{foot}{cookie}"
        )
    elif skin == "modern":
        body = (
            f'{nav}<main id="{ctx.pick(["main", "content", "app", "root"])}">'
            f"<section{ctx.cls('section')}>"
            f"<div{ctx.cls('container')}>{main}</div></section>"
            f"{'<aside>' + doc.sidebar + '</aside>' if doc.sidebar else ''}</main>{foot}{cookie}"
        )
    elif skin == "plain":
        body = f"{nav}{main}{doc.sidebar}{foot}{cookie}"
        if ctx.chance(0.3):
            body = f"<center>{body}</center>"
    elif skin == "card":
        body = (
            f"{nav}<div{ctx.cls('container')}><div{ctx.cls('card')}>"
            f"<div{ctx.cls('card_body')}>{main}"
            f"</div></div>{doc.sidebar}</div>{foot}{cookie}"
        )
    elif skin == "wp":
        wp_id = ctx.randint(2, 9999)
        body = (
            '<div id="page" class="site"><a class="skip-link screen-reader-text" '
            'href="#content">Skip to content</a>'
            f'{nav}<div id="content" class="site-content"><div id="primary" '
            'class="content-area"><main id="main" class="site-main">'
            f'<article id="post-{wp_id}" class="post-{wp_id} '
            f'{ctx.pick(["post", "page"])} type-post status-publish hentry">'
            f'<div class="entry-content">{main}</div></article></main></div>'
            f'<aside id="secondary" class="widget-area">{doc.sidebar}</aside></div>'
            f"{foot}</div>{cookie}"
        )
        head += (
            "<link rel='stylesheet' id='wp-block-library-css' "
            "href='/wp-includes/css/dist/block-library/style.min.css?ver=6."
            f"{ctx.randint(1, 6)}.{ctx.randint(0, 3)}' media='all' />"
            f'<meta name="generator" content="WordPress 6.{ctx.randint(1, 6)}.'
            f'{ctx.randint(0, 3)}" />'
        )
    else:  # table
        body = (
            '<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td>'
            f"{nav}</td></tr>"
            f'<tr><td align="center"><table width="{ctx.pick([600, 720, 800, 900])}">'
            f"<tr><td>{main}</td></tr></table></td></tr>"
            f"<tr><td>{doc.sidebar}{foot}</td></tr></table>{cookie}"
        )
    head, body = add_bulk_web(ctx, head, body, doc.site or doc.title)
    if ctx.chance(0.5):
        body += site_scripts(ctx)
    doctype = "<!DOCTYPE html>" if ctx.chance(0.92) else ""
    out = (
        f'{doctype}<html lang="{lang}"{dir_attr}><head>{head}</head><body>'
        f"{body}{doc.body_end}</body></html>"
    )
    return finish(ctx, out)


def finish(ctx: Ctx, out: str) -> str:
    """Serialize in one of a few whitespace styles (pretty / one-line / lightly broken)."""
    r = ctx.rng.random()
    if r < 0.45:
        out = re.sub(
            r"(<(?:div|section|header|footer|main|form|ul|ol|li|table|tr|p|h[1-6]|artic"
            r"le|nav|head|body|meta|link|script|title)\b)",
            r"\n\1",
            out,
        )
        out = out.lstrip("\n")
    elif r < 0.75:
        out = re.sub(
            r"(</(?:div|section|p|h[1-6]|li|tr|form|header|footer|script|style)>)", r"\1\n", out
        )
    return out + ("\n" if ctx.chance(0.7) else "")


# ---------------------------------------------------------------------------------------
# Social post skins (shared by both labels)
# ---------------------------------------------------------------------------------------
@dataclass
class Post:
    page_name: str
    handle: str
    text: str  # already HTML-safe (may contain <br>)
    category: str = ""
    followers: str = ""
    likes: int = 0
    comments_n: int = 0
    shares: int = 0
    comments: list[tuple[str, str, str]] = field(default_factory=list)
    image_alt: str = ""
    link_url: str = ""
    link_title: str = ""
    post_date: date | None = None
    page_created: date | None = None
    verified: bool = False
    name_changes: list[str] = field(default_factory=list)
    about: str = ""
    hashtags: list[str] = field(default_factory=list)


def _compact(n: int, lang: str) -> str:
    if n >= 1_000_000:
        v = f"{n / 1_000_000:.1f}".rstrip("0").rstrip(".")
        return v + ("M" if lang not in ("ru",) else " млн")
    if n >= 1000:
        v = f"{n / 1000:.1f}".rstrip("0").rstrip(".")
        return v + (
            "K"
            if lang not in ("ru", "de", "es", "pt", "fr")
            else {"ru": " тыс.", "de": " Tsd.", "es": " mil", "pt": " mil", "fr": " k"}[lang]
        )
    return str(n)


SOCIAL_WORDS: dict[str, dict[str, str]] = _W["SOCIAL_WORDS"]


def render_social(ctx: Ctx, post: Post, skin: str | None = None) -> str:
    """A logged-out social post page or a scraper export of one (same pool for both labels)."""
    skin = skin or ctx.pick(
        [
            "fb_classic",
            "fb_atomic",
            "fb_mbasic",
            "export",
            "ig",
            "fb_classic",
            "fb_atomic",
            "export",
        ]
    )
    lang, W = ctx.lang, SOCIAL_WORDS.get(ctx.lang, SOCIAL_WORDS["en"])
    dir_attr = ' dir="rtl"' if lang == "ar" else ""
    pd_ = post.post_date or REF_DATE
    pd_str = fmt_date(lang, pd_, ctx.randint(0, 1))
    pc_str = fmt_date(lang, post.page_created) if post.page_created else ""
    hashtags = " ".join(
        f'<a href="https://www.facebook.com/hashtag/{esc(t.lower())}">#{esc(t)}</a>'
        for t in post.hashtags
    )
    text = post.text + (f"<br><br>{hashtags}" if hashtags else "")
    verified = (
        ' <span class="verified" aria-label="Verified" title="Verified">✔</span>'
        if post.verified
        else ""
    )
    counts = (
        f"{_compact(post.likes, lang)} {W['reactions']} · "
        f"{_compact(post.comments_n, lang)} {W['comments']} · "
        f"{_compact(post.shares, lang)} {W['shares']}"
    )
    link_card = ""
    if post.link_url:
        host = re.sub(r"^https?://", "", post.link_url).split("/")[0].upper()
        link_card = (
            f'<a href="https://l.facebook.com/l.php?u={esc(post.link_url)}&amp;'
            f'h=AT{ctx.alnum(20)}" class="link-card" target="_blank" rel="nofollow">'
            f'<div class="link-host">{esc(host)}</div><div class="link-title">'
            f"{esc(post.link_title)}</div></a>"
        )
    image = (
        (
            '<img src="https://scontent.'
            f"{ctx.pick(['fcgk', 'fsgn', 'fist', 'fmad', 'fgru', 'fdel', 'xx'])}"
            f"{ctx.randint(1, 40)}-1.fna.fbcdn.net/v/t39.30808-6/"
            f'{ctx.randint(10**8, 10**9 - 1)}_{ctx.randint(10**15, 10**16 - 1)}_n.jpg" '
            f'alt="{esc(post.image_alt)}">'
        )
        if post.image_alt
        else ""
    )
    transp = ""
    if pc_str:
        changes = "".join(f"<li>{W['changed']} {esc(n)}</li>" for n in post.name_changes)
        transp = (
            f'<div class="page-transparency"><h4>{W["transparency"]}</h4><div>'
            f"{W['created']} – {pc_str}</div>"
            f"{'<ul>' + changes + '</ul>' if changes else ''}</div>"
        )
    about = f'<div class="about">{post.about}</div>' if post.about else ""
    title = f"{post.page_name} - {W['posts']} | Facebook"

    if skin == "fb_classic":
        comments = "".join(
            '<li class="_42ef"><div class="UFICommentActorAndBody"><a '
            'class="UFICommentActorName" href="https://www.facebook.com/'
            f'{esc(slugify(n))}">{esc(n)}</a> '
            f'<span class="UFICommentBody">{t}</span></div><div '
            f'class="UFICommentActions"><a>{ctx.ui["like"]}</a> · <a>'
            f"{ctx.ui['reply']}</a> · <abbr>{w}</abbr></div></li>"
            for n, t, w in post.comments
        )
        body = (
            '<div id="pagelet_bluebar"><div class="_53jh"><a '
            'href="https://www.facebook.com/" title="Facebook"><i class="fb_logo img '
            f'sp_{ctx.alnum(8)}"></i></a>'
            '<form id="login_form" action="https://www.facebook.com/login/device-based'
            '/regular/login/" method="post">'
            '<input type="email" class="inputtext" name="email" id="email"><input '
            'type="password" class="inputtext" name="pass" id="pass">'
            f'<label class="uiButton"><input value="{ctx.ui["login"]}" type="submit">'
            "</label></form></div></div>"
            '<div id="globalContainer" class="uiContextualLayerParent"><div '
            'id="content" role="main"><div class="_1qkq _1qkx">'
            '<div id="entity_sidebar"><h1 id="seo_h1_tag" class="_19s-"><a '
            f'href="https://www.facebook.com/{esc(post.handle)}/"><span>'
            f"{esc(post.page_name)}</span></a>{verified}</h1>"
            f'<div class="_2wma">@{esc(post.handle)}</div><ul class="_2yaa">'
            + "".join(
                f'<li><a href="#">{x}</a></li>'
                for x in [
                    ctx.ui["home"],
                    ctx.ui["about"],
                    W["posts"],
                    ctx.ui["events"] if ctx.chance(0.5) else "Photos",
                ]
            )
            + '</ul></div><div class="_4-u2 _4-u8"><div class="_4bl9">'
            f"{_compact(post.likes * ctx.randint(2, 40) + 100, lang)} "
            f"{W['people_like']}</div>"
            f'<div class="_4bl9">{post.followers} {W["follow"]}</div><div '
            f'class="_4bl9">{esc(post.category)}</div>{about}{transp}</div>'
            '<div class="_5pcr userContentWrapper" role="article"><div class="_1dwg '
            '_1w_m"><div class="_5x46"><h5><span class="fwb"><a '
            f'href="https://www.facebook.com/{esc(post.handle)}/">'
            f"{esc(post.page_name)}</a></span>{verified}</h5>"
            f'<abbr title="{pd_str}" data-utime="'
            f'{ctx.randint(1_700_000_000, 1_800_000_000)}" class="_5ptz"><span '
            f'class="timestampContent">{pd_str}</span></abbr></div>'
            f'<div class="_5pbx userContent _3576" data-testid="post_message"><p>{text}</p></div>'
            f'<div class="_3x-2">{image}{link_card}</div></div>'
            f'<div class="_78bu"><span class="_81hb">{counts}</span></div>'
            f'<div class="UFIList"><div class="_3w53">{W["most_relevant"]}</div><ul '
            f'class="UFIList">{comments}</ul>'
            f'<div class="UFIAddComment"><input placeholder="{W["write"]}"></div>'
            "</div></div></div></div>"
            f'<div id="login_popup_cta_form"><p>{W["login_prompt"]}</p></div></div>'
        )
    elif skin == "fb_atomic":

        def x(n: int = 0) -> str:
            return " ".join(
                "x" + ctx.alnum(ctx.randint(5, 7), string.ascii_lowercase + string.digits)
                for _ in range(n or ctx.randint(3, 8))
            )

        comments = "".join(
            f'<div class="{x()}" role="article" aria-label="Comment by {esc(n)} {w}">'
            f'<div class="{x()}"><span class="{x()}"><a href="https://www.facebook.com/'
            f'{esc(slugify(n))}" class="{x()}"><span dir="auto">{esc(n)}</span></a>'
            "</span>"
            f'<div class="{x()}" dir="auto"><div dir="auto" style="text-align:start">'
            f'{t}</div></div></div><ul class="{x()}"><li><span>{w}</span></li><li>'
            f'<div role="button">{ctx.ui["like"]}</div></li><li><div role="button">'
            f"{ctx.ui['reply']}</div></li></ul></div>"
            for n, t, w in post.comments
        )
        body = (
            f'<div id="mount_0_0_{ctx.alnum(2)}"><div class="{x()}"><div '
            f'role="banner" class="{x()}"><a aria-label="Facebook" href="/"><svg '
            f'viewBox="0 0 36 36" class="{x()}"><path d="M20.181 35.87C29.094 34.791 '
            "36 27.202 36 18c0-9.941-8.059-18-18-18S0 8.059 0 18c0 8.442 5.811 "
            '15.526 13.652 17.471L14 34h5.5l.681 1.87Z"></path></svg></a></div>'
            f'<div role="main" class="{x()}"><div class="{x()}"><h1 class="{x()}">'
            f'<span dir="auto">{esc(post.page_name)}</span>{verified}</h1>'
            f'<div class="{x()}"><span dir="auto">{post.followers} '
            f'{W["follow"]}</span> · <span dir="auto">{esc(post.category)}</span>'
            f"</div>{about}{transp}</div>"
            f'<div class="{x()}" role="article" aria-posinset="1"><div class="{x()}">'
            f'<span class="{x()}"><a href="/{esc(post.handle)}" role="link"><strong>'
            f"<span>{esc(post.page_name)}</span></strong></a></span>"
            f'<span class="{x()}"><a href="#" aria-label="{pd_str}" role="link"><span>'
            f'{pd_str}</span></a> · <span aria-label="Shared with Public">🌐</span>'
            "</span></div>"
            f'<div class="{x()}" data-ad-preview="message" '
            f'data-ad-comet-preview="message"><div class="{x()}"><div dir="auto" '
            f'style="text-align:start">{text}</div></div></div>'
            f'<div class="{x()}">{image}{link_card}</div>'
            f'<div class="{x()}"><span aria-label="{post.likes} {W["reactions"]}" '
            f'class="{x()}">{_compact(post.likes, lang)}</span>'
            f'<span class="{x()}">{_compact(post.comments_n, lang)} '
            f'{W["comments"]}</span><span class="{x()}">{_compact(post.shares, lang)} '
            f"{W['shares']}</span></div>"
            f'<div class="{x()}"><div role="button" class="{x()}">'
            f'{ctx.ui["like"]}</div><div role="button" class="{x()}">'
            f'{ctx.ui["comment"]}</div><div role="button" class="{x()}">'
            f"{ctx.ui['share']}</div></div>"
            f'<div class="{x()}">{comments}</div></div></div></div></div>'
            f'<div class="{x()}" role="dialog"><span dir="auto">'
            f'{W["login_prompt"]}</span><a href="/login/" role="button">'
            f"{ctx.ui['login']}</a></div>"
        )
    elif skin == "fb_mbasic":
        comments = "".join(
            f'<div class="{ctx.alnum(2).lower()}"><div><h3><a '
            f'href="/{esc(slugify(n))}">{esc(n)}</a></h3><div>{t}</div><div><abbr>'
            f'{w}</abbr> · <a href="#">{ctx.ui["like"]}</a> · <a href="#">'
            f"{ctx.ui['reply']}</a></div></div></div>"
            for n, t, w in post.comments
        )
        body = (
            f'<div id="viewport"><div id="objects_container"><div class="d" id="root" role="main">'
            '<div id="m_story_permalink_view"><div class="bi bj" '
            'data-ft=\'{"tn":"*s","top_level_post_id":"'
            f"{ctx.randint(10**15, 10**16 - 1)}\"}}'>"
            '<header><table class="bm" role="presentation"><tbody><tr><td class="bn">'
            '<img src="https://scontent.xx.fbcdn.net/v/t1.0-1/p40x40/'
            f'{ctx.randint(10**7, 10**8)}_n.jpg" width="40" height="40" '
            f'alt="{esc(post.page_name)}"></td>'
            f'<td class="bo"><h3 class="bp"><strong><a href="/{esc(post.handle)}/">'
            f"{esc(post.page_name)}</a></strong>{verified}</h3>"
            f'<div class="bq"><abbr>{pd_str}</abbr></div></td></tr></tbody></table></header>'
            f'<div class="br"><p>{text}</p></div><div class="bs">{image}{link_card}</div></div>'
            f'<div id="ufi_{ctx.randint(10**15, 10**16 - 1)}"><div class="cc"><a '
            f'href="#">{counts}</a></div>'
            f'<div class="cd">{comments}</div></div></div>{about}{transp}</div></div>'
            f'<div class="ce"><a href="/login.php">{ctx.ui["login"]}</a> · <a '
            f'href="/reg/">{ctx.ui["signup"]}</a></div></div>'
        )
        title = post.page_name
    elif skin == "ig":
        comments = "".join(
            f'<li class="_a9zj"><h3 class="_a9zc"><a href="/{esc(slugify(n))}/">'
            f'{esc(slugify(n).replace("-", "_"))}</a></h3><span class="_aacl">'
            f"{t}</span> <time>{w}</time></li>"
            for n, t, w in post.comments
        )
        body = (
            f'<div id="react-root"><section class="_a9-z"><main role="main"><article class="_aatb">'
            f'<header class="_aaqy"><a href="/{esc(post.handle)}/"><span>'
            f'{esc(post.handle)}</span></a>{verified}<div class="_aacl">'
            f"{esc(post.category)}</div></header>"
            '<div class="_aagu">'
            f"{image or img(ctx, 'post', post.image_alt or post.page_name)}</div>"
            f'<section class="_ae5m"><span>{_compact(post.likes, lang)} likes</span></section>'
            '<ul class="_a9z6"><li class="_a9zj _a9zl"><h2><a '
            f'href="/{esc(post.handle)}/">{esc(post.handle)}</a></h2><h1 dir="auto" '
            f'class="_aacl">{text}</h1>'
            f'<time datetime="{pd_.isoformat()}T{ctx.randint(10, 23)}:'
            f'{ctx.randint(10, 59)}:00.000Z">{pd_str}</time></li>{comments}</ul>'
            f"{'<div class=link-in-bio>' + link_card + '</div>' if link_card else ''}</"
            "article></main></section>"
            f'<div class="_aa4b">{post.followers} followers · {about}</div></div>'
        )
        title = (
            f'{post.page_name} on Instagram: "{re.sub("<[^>]+>", " ", post.text)[:60].strip()}…"'
        )
        transp = ""
    else:  # export: a scraper / monitoring-tool export of a post
        rows = [
            ("Page Name", esc(post.page_name)),
            ("Page Handle", "@" + esc(post.handle)),
            ("Page Category", esc(post.category)),
            ("Followers at Posting", post.followers),
            ("Post Created", pd_.isoformat()),
        ]
        if post.page_created:
            rows.append(("Page Created", post.page_created.isoformat()))
        rows += [
            ("Likes", str(post.likes)),
            ("Comments", str(post.comments_n)),
            ("Shares", str(post.shares)),
        ]
        if post.link_url:
            rows.append(("Link", f'<a href="{esc(post.link_url)}">{esc(post.link_url)}</a>'))
        meta = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
        comments = "".join(
            f"<li><b>{esc(n)}</b> — {t} <i>({w})</i></li>" for n, t, w in post.comments
        )
        body = (
            (
                '<article class="post" data-platform="facebook"><header><h2>'
                f"{esc(post.page_name)}{verified}</h2>"
                f'<time datetime="{pd_.isoformat()}">{pd_str}</time></header><div '
                f'class="post-message">{text}</div>'
            )
            + str(
                "<p class=image-description>[image] " + esc(post.image_alt) + "</p>"
                if post.image_alt
                else ""
            )
            + (
                f'<table class="post-meta">{meta}</table>'
                + str("<h3>Top comments</h3><ul>" + comments + "</ul>" if comments else "")
                + f"{about}{transp}</article>"
            )
        )
        title = f"{post.page_name} — post {pd_.isoformat()}"
    og = (
        f'<meta property="og:title" content="{esc(post.page_name)}"><meta '
        f'property="og:description" content="{esc(re.sub("<[^>]+>", " ", post.text)[:200])}'
        '">'
    )
    head = f'<meta charset="utf-8"><title>{esc(title)}</title>{og if skin != "export" else ""}'
    if skin.startswith("fb"):
        head += (
            '<link rel="stylesheet" href="https://static.xx.fbcdn.net/rsrc.php/v3/y'
            f'{ctx.alnum(1).lower()}/r/{ctx.alnum(11)}.css">'
        )
    if skin == "export":
        head += (
            "<style>table.post-meta th{text-align:left;padding-right:1em}.post{max-width:68"
            "0px;margin:auto;font-family:sans-serif}</style>"
        )
    if skin != "export":
        r = ctx.rng.random()
        if r < 0.5:
            body += "".join(fb_blob(ctx, ctx.randint(5, 80)) for _ in range(ctx.randint(1, 4)))
        if ctx.chance(0.3):
            head += bulk_css(ctx, ctx.randint(20, 200))
    out = (
        f'<!DOCTYPE html><html lang="{lang}"{dir_attr}><head>{head}</head><body>'
        f"{body}</body></html>"
    )
    return finish(ctx, out)


# ---------------------------------------------------------------------------------------
# Standard boilerplate pieces
# ---------------------------------------------------------------------------------------
def std_nav(ctx: Ctx, extra: list[str] | None = None, n: int | None = None) -> list[str]:
    ui = ctx.ui
    base = [
        ui["home"],
        ui["about"],
        ui["blog"],
        ui["shop"],
        ui["faq"],
        ui["contact"],
        ui["news"],
        ui["events"],
        ui["help"],
    ]
    k = n if n is not None else ctx.randint(2, 6)
    items = ctx.sample(base, k)
    return (extra or []) + items


def std_footer(ctx: Ctx, site: str, year: int = 2026, legal: bool = True) -> tuple[list[str], str]:
    ui = ctx.ui
    links = [ui["privacy"], ui["terms"]] if legal else []
    links += ctx.sample(
        [
            ui["contact"],
            ui["about"],
            ui["faq"],
            ui["imprint"],
            ui["sitemap"],
            ui["careers"],
            "Cookies",
        ],
        ctx.randint(0, 4),
    )
    text = (
        f"© {ctx.pick([year, year, f'{year - ctx.randint(1, 12)}–{year}', year - 1])} "
        f"{esc(site)}. {ui['rights']}"
    )
    return links, text


def lorem_boiler(ctx: Ctx, kind: str) -> str:
    """A generic, label-neutral paragraph used to pad pages of either class."""
    en = {
        "about": [
            "We are a small team that loves building simple things that work.",
            "Our mission is to make everyday life a little easier for people everywhere.",
            "Founded in a garage and now serving customers in more than 20 countries.",
        ],
        "support": [
            "Questions? Our support team answers within 24 hours on business days.",
            "Need help? Visit our help centre or write to us — we read every message.",
            "Having trouble? Try refreshing the page or clearing your browser cache.",
        ],
    }
    return str(ctx.pick(en.get(kind, en["about"])))
