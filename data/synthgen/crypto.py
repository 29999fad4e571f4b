"""Crypto pages. Scam: 'send X get 2X back' celebrity giveaways and doubler dashboards.
Legit: wallet docs, testnet faucets, donation pages of open-source projects, release notes, fee
pages — all of which also show addresses, amounts and the word 'free'."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from .core import (
    REF_DATE,
    Ctx,
    PageFields,
    coin_address,
    esc,
    fmt_date,
    free_host_url,
    latin_slug,
    lookalike_url,
    person,
    short_addr,
    slugify,
    tx_hash,
)
from .markup import (
    Doc,
    button,
    comments_block,
    countdown_script,
    faq,
    field_html,
    form,
    h,
    img,
    p,
    rel_time,
    table,
    ul,
)
from .skins import render_web, std_footer
from .wording import neutral, wording

_W = wording("crypto")
_MUL = neutral("crypto")

YEAR = 2026

CELEBS: list[list[str]] = _MUL["CELEBS"]
#: coin: (min, max, total, decimals)
COINS: dict[str, Any] = _MUL["COINS"]


def _amt(v: float, dec: int) -> str:
    if dec == 0:
        return f"{int(v):,}"
    return f"{v:,.{dec}f}".rstrip("0").rstrip(".")


CR: dict[str, dict[str, Any]] = _W["CR"]


def crypto_doubling_event(ctx: Ctx) -> PageFields:
    T = CR[ctx.lang]
    celeb, brand, role = ctx.pick(CELEBS)
    coins = ctx.sample(list(COINS), ctx.pick([1, 1, 2, 3]))
    coin = coins[0]
    mn, mx, total, dec = COINS[coin]
    kw = dict(
        celeb=celeb,
        brand=brand,
        role=role,
        coin=coin,
        year=YEAR,
        total=_amt(total, 0),
        min=_amt(mn, dec),
        max=_amt(mx, dec),
        min2=_amt(mn * 2, dec),
        max2=_amt(mx * 2, dec),
        reason=ctx.pick(T["reasons"]),
    )
    title = ctx.pick(T["h"], **kw)
    parts = [h(ctx, 1, esc(title), "title"), p(ctx, esc(ctx.pick(T["intro"], **kw)))]
    if ctx.chance(0.5):
        parts.insert(0, img(ctx, celeb, celeb))
    if ctx.chance(0.5):
        parts.append(
            f"<blockquote>{esc(T['quote'].format(**kw))}<cite>— {esc(celeb)}</cite></blockquote>"
        )
    steps = [mn, mn * 5, mn * 10, mn * 25, mn * 50, mx]
    rules = "".join(
        f"<li>{esc(T['rule_row'].format(a=_amt(a, dec), b=_amt(a * 2, dec), coin=coin))}</li>"
        for a in steps[: ctx.randint(3, 6)]
    )
    parts.append(
        f'<section id="rules"><h2>{T["rules"]}</h2><ul>{rules}</ul><p><b>'
        f"{T['only']}</b></p></section>"
    )
    if ctx.chance(0.5):
        parts.append(
            f"<h3>{T['bonus']}</h3>"
            + ul(
                ctx,
                [
                    f"{_amt(mn * m, dec)} {coin} = {b}% bonus"
                    for m, b in [(10, 5), (20, 10), (50, 20), (100, 30)]
                ],
            )
        )
    boxes = []
    for c in coins:
        a = coin_address(ctx, c)
        qr = (
            f"https://api.qrserver.com/v1/create-qr-code/?size=200x200&amp;data={a}"
            if ctx.chance(0.6)
            else f"img/qr-{c.lower()}.png"
        )
        boxes.append(
            f"<div{ctx.cls('card')}><p>{esc(T['addr'].format(coin=c))}</p><img "
            f'src="{qr}" alt="QR {c}"><p><code id="addr-{c.lower()}">{a}</code></p>'
            f"<button onclick=\"navigator.clipboard.writeText('{a}')\"{ctx.cls('btn')}>"
            f'{T["copy"]}</button><p class="waiting">⏳ {T["wait"]}</p></div>'
        )
    parts.append(
        f'<section id="participate"><h2>{T["part"]}</h2>{"".join(boxes)}<p'
        f"{ctx.cls('muted')}>{T['note']}</p></section>"
    )
    if ctx.chance(0.8):
        pool_left = total * ctx.rng.uniform(0.05, 0.6)
        pct = int(100 - pool_left / total * 100)
        parts.append(
            f'<div{ctx.cls("progress")}><div{ctx.cls("bar")} style="width:{pct}%">'
            f"</div></div><p>{_amt(pool_left, dec)} {T['left'].format(coin=coin)}</p>"
        )
        parts.append(
            f'<p>{T["ends"]} <span id="cd">0{ctx.randint(0, 5)}:{ctx.randint(10, 59)}:'
            f"{ctx.randint(10, 59)}</span></p>"
        )
    if ctx.chance(0.8):
        rows = []
        for _ in range(ctx.randint(4, 14)):
            a = mn * ctx.pick([1, 1.5, 2, 3, 5, 8, 10, 20])
            out = ctx.chance(0.5)
            rows.append(
                [
                    f"<code>{short_addr(tx_hash(ctx, coin))}</code>",
                    f"<code>{short_addr(coin_address(ctx, coin))}</code>",
                    f"{'+' if out else ''}{_amt(a * (2 if out else 1), dec)} {coin}",
                    T["done"],
                    rel_time(ctx, "en"),
                ]
            )
        parts.append(
            f'<section id="transactions"><h2>{T["tx"]}</h2>{table(ctx, T["txh"], rows)}</section>'
        )
    if ctx.chance(0.6):
        parts.append(f'<section id="faq"><h2>{T["faqh"]}</h2>{faq(ctx, T["faq"])}</section>')
    if ctx.chance(0.3):
        parts.append(
            comments_block(
                ctx,
                [
                    (
                        person(ctx),
                        ctx.pick(
                            [
                                "Received 2 ETH back, thank you!!",
                                "Legit! Got my BTC in 10 min",
                                "Sent 0.5 and got 1.0 back 🚀",
                                "Thanks Elon!",
                                "Working 100%",
                            ]
                        ),
                        rel_time(ctx, "en"),
                    )
                    for _ in range(ctx.randint(3, 8))
                ],
            )
        )
    if ctx.chance(0.3):
        # "transaction check" / wallet-connect form variant
        parts.append(
            form(
                ctx,
                ['<input type="text" name="wallet" placeholder="Paste your wallet address…">'],
                ctx.pick(["Check", "Verify", "Claim"]),
            )
        )
    links, ftext = std_footer(ctx, brand)
    doc = Doc(
        title=title,
        main="".join(parts),
        site=f"{brand} {coin}",
        nav=T["nav"],
        footer_links=links,
        footer_text=ftext,
        body_end=countdown_script(ctx, "cd", ctx.randint(20, 180))
        if 'id="cd"' in "".join(parts)
        else "",
        meta_desc=esc(title),
        og_image=f"https://i.imgur.com/{ctx.alnum(7)}.png",
    )
    b = slugify(brand).replace("-", "")
    r = ctx.rng.random()
    url = (
        ""
        if r < 0.15
        else lookalike_url(
            ctx, [b, ctx.pick(["event", "giveaway", "x2", coin.lower(), "official", "promo"])]
        )
        if r < 0.6
        else free_host_url(ctx, f"{coin.lower()}-{ctx.pick(['giveaway', 'x2', 'event'])}", "")
        if r < 0.85
        else f"https://{b}-{coin.lower()}.{ctx.pick(['com', 'net', 'io', 'org', 'live'])}/"
    )
    return dict(
        html=render_web(ctx, doc, skin=ctx.pick(["bootstrap", "modern", "card", "plain"])),
        url=url,
        page_created="",
    )


DB: dict[str, dict[str, Any]] = _W["DB"]


def crypto_doubler_dashboard(ctx: Ctx) -> PageFields:
    T = DB[ctx.lang]
    name = ctx.pick(
        [
            "DoubleBits",
            "BTC Doubler",
            "Bitcoin Systems",
            "CryptoX2",
            "2xCoin",
            "BitMultiply",
            "Satoshi Doubler",
        ]
    )
    kw = dict(
        hrs=ctx.pick([3, 12, 24, 48]),
        min=ctx.pick(["0.001", "0.005", "0.01"]),
        max=ctx.pick(["1", "2", "5"]),
        name=name,
    )
    parts = [
        h(ctx, 1, esc(ctx.pick(T["h"], **kw)), "title"),
        p(ctx, T["lim"].format(**kw), "subtitle"),
        h(ctx, 2, T["how"]),
        ul(ctx, [esc(s.format(**kw)) for s in T["steps"]], ordered=True),
        form(
            ctx,
            [field_html(ctx, "wallet", label=T["login"])],
            T["go"],
            action=ctx.pick(["/login", "dashboard.ejs", "#"]),
        ),
    ]
    if ctx.chance(0.5):
        parts.append(f"<p>Deposit address: <code>{coin_address(ctx, 'BTC')}</code></p>")
    rows = [
        [
            f"<code>{short_addr(coin_address(ctx, 'BTC'))}</code>",
            f"{ctx.rng.uniform(0.002, 1.8):.4f} BTC",
            f"{ctx.rng.uniform(0.004, 3.6):.4f} BTC",
            rel_time(ctx, "en"),
        ]
        for _ in range(ctx.randint(4, 10))
    ]
    parts += [
        h(ctx, 2, T["pay"]),
        table(ctx, ["Address", "Deposit", "Payout", "Time"], rows),
        p(
            ctx,
            T["stats"].format(
                m=f"{ctx.randint(3000, 90000):,}",
                d=ctx.randint(30, 900),
                t=f"{ctx.rng.uniform(100, 9000):,.2f}",
            ),
        ),
    ]
    if ctx.chance(0.6):
        parts.append(p(ctx, T["ref"]))
    if ctx.chance(0.5):
        parts.append(p(ctx, T["secure"], "muted"))
    links, ftext = std_footer(ctx, name)
    doc = Doc(
        title=f"{name} – {ctx.pick(T['h'], **kw)}",
        main="".join(parts),
        site=name,
        nav=[ctx.ui["home"], "FAQ", "Payouts", "Referral", ctx.ui["login"]][: ctx.randint(2, 5)],
        footer_links=links,
        footer_text=ftext,
    )
    url = ctx.pick(
        [
            "",
            lookalike_url(ctx, [slugify(name).replace("-", "")]),
            f"https://{slugify(name)}.now.sh/",
            free_host_url(ctx, slugify(name)),
        ]
    )
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# LEGIT crypto pages
# ---------------------------------------------------------------------------------------
PROJECTS: list[str] = _MUL["PROJECTS"]
LC: dict[str, dict[str, Any]] = _W["LC"]


def crypto_legit(ctx: Ctx) -> PageFields:
    lang, T = ctx.lang, LC[ctx.lang]
    proj = ctx.pick(PROJECTS)
    variant = ctx.pick(["wallet_docs", "wallet_docs", "faucet", "donate", "release", "fees"])
    btc, eth = coin_address(ctx, "BTC"), coin_address(ctx, "ETH")
    parts = []
    if variant == "wallet_docs":
        title = f"{T['backup_h']} – {proj} Docs"
        parts += [h(ctx, 1, T["backup_h"], "title")] + [p(ctx, x) for x in T["backup"]]
        parts += [
            h(ctx, 2, T["recv_h"]),
            p(ctx, T["recv"].format(btc=btc, eth=eth)),
            h(ctx, 2, T["fees_h"]),
            p(ctx, T["fees"]),
        ]
        if ctx.chance(0.8):
            parts += [h(ctx, 2, T["scam_h"])] + [p(ctx, x) for x in T["scam"]]
        url_path = "docs/backup"
    elif variant == "faucet":
        net, tok = ctx.pick(
            [
                ("Sepolia", "ETH"),
                ("Holesky", "ETH"),
                ("Bitcoin testnet4", "tBTC"),
                ("Solana devnet", "SOL"),
                ("Amoy", "POL"),
            ]
        )
        title = T["faucet_h"].format(net=net)
        parts += [h(ctx, 1, esc(title), "title")] + [
            p(ctx, x.format(net=net, tok=tok, amt=ctx.pick(["0.05", "0.1", "0.5", "1"])))
            for x in T["faucet"]
        ]
        parts.append(
            form(
                ctx,
                [
                    '<input type="text" name="address" placeholder="'
                    f'{eth if "ETH" in tok or tok == "POL" else btc}">',
                    '<div class="g-recaptcha" data-sitekey="6Lc' + ctx.alnum(37) + '"></div>',
                ],
                T["faucet_btn"].format(tok=tok),
            )
        )
        if ctx.chance(0.6):
            rows = [
                [
                    f"<code>{short_addr(tx_hash(ctx, 'ETH'))}</code>",
                    f"0.05 {tok}",
                    rel_time(ctx, "en"),
                ]
                for _ in range(ctx.randint(3, 8))
            ]
            parts.append(table(ctx, ["Tx", "Amount", "Time"], rows))
        url_path = "faucet"
    elif variant == "donate":
        title = f"{T['don_h']} – {proj}"
        parts += [h(ctx, 1, T["don_h"], "title")] + [p(ctx, x.format(proj=proj)) for x in T["don"]]
        rows = [["Bitcoin", f"<code>{btc}</code>"], ["Ethereum / ERC-20", f"<code>{eth}</code>"]]
        if ctx.chance(0.5):
            rows.append(["Lightning", f"<code>lnurl1dp68gurn8ghj7{ctx.alnum(40).lower()}</code>"])
        if ctx.chance(0.4):
            rows.append(["Monero", f"<code>4{ctx.alnum(94)}</code>"])
        parts.append(table(ctx, ["Network", "Address"], rows))
        if ctx.chance(0.5):
            parts.append(
                p(
                    ctx,
                    ctx.pick(
                        [
                            "You can also sponsor us on GitHub Sponsors or Open Collective.",
                            "Donations are not tax-deductible.",
                            "Thank you to all our supporters!",
                        ]
                    ),
                )
            )
        url_path = "donate"
    elif variant == "release":
        ver = f"{ctx.randint(1, 5)}.{ctx.randint(0, 20)}.{ctx.randint(0, 9)}"
        title = T["rel_h"].format(proj=proj, ver=ver)
        parts += [
            h(ctx, 1, esc(title), "title"),
            p(ctx, fmt_date(lang, REF_DATE - timedelta(days=ctx.randint(3, 900))), "muted"),
        ]
        parts += [p(ctx, x.format(proj=proj, ver=ver)) for x in T["rel"]]
        parts += [h(ctx, 2, T["chg"]), ul(ctx, ctx.sample(T["changes"], len(T["changes"])))]
        parts.append(
            h(ctx, 2, T["dl"])
            + table(
                ctx,
                ["File", "SHA-256"],
                [
                    [f"{slugify(proj)}-{ver}-{os_}", f"<code>{ctx.hexs(64)}</code>"]
                    for os_ in ctx.sample(
                        ["x86_64.AppImage", "setup.exe", "macos.dmg", "aarch64.tar.gz"], 3
                    )
                ],
            )
        )
        if ctx.chance(0.5):
            parts += [h(ctx, 3, T["scam_h"]), p(ctx, T["scam"][0])]
        url_path = f"blog/release-{ver}"
    else:
        title = T["fee_h"]
        rows = []
        for c in ctx.sample(list(COINS), ctx.randint(4, 8)):
            mn, _mx, _total, dec = COINS[c]
            rows.append(
                [
                    c,
                    T["free"],
                    f"{_amt(mn / 10, max(dec, 3))} {c}",
                    f"{_amt(mn / 50, max(dec, 4))} {c}",
                ]
            )
        parts += [h(ctx, 1, esc(title), "title"), p(ctx, T["fees"]), table(ctx, T["feeh"], rows)]
        url_path = "fees"
    links, ftext = std_footer(ctx, proj)
    nav = [ctx.ui["home"], "Docs", ctx.ui["blog"], "GitHub", T["dl"]][: ctx.randint(2, 5)]
    doc = Doc(
        title=title, main="".join(parts), site=proj, nav=nav, footer_links=links, footer_text=ftext
    )
    slug = latin_slug(ctx, proj, "")
    r = ctx.rng.random()
    url = (
        f"https://{slug}.{ctx.pick(['org', 'io', 'com'])}/{url_path}"
        if r < 0.55
        else f"https://{slug}.github.io/{url_path}"
        if r < 0.75
        else f"https://docs.{slug}.{ctx.pick(['org', 'io'])}/{url_path}"
        if r < 0.85
        else ""
    )
    return dict(html=render_web(ctx, doc), url=url, page_created="")


__all__ = ["button", "crypto_doubler_dashboard", "crypto_doubling_event", "crypto_legit"]
