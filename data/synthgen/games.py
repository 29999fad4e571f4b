"""Game-related pages. Scam: currency generators with human verification, gift-card code
generators, fake in-game reward events asking for logins. Legit: fan wikis with real prices,
top-up shops, official update/event notes. The same game/currency pools feed both classes."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from .core import (
    REF_DATE,
    Ctx,
    PageFields,
    esc,
    fmt_date,
    free_host_url,
    lang_tld,
    latin_slug,
    local_amount,
    lookalike_url,
    money,
    slugify,
)
from .markup import (
    Doc,
    button,
    comments_block,
    counter_script,
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
from .skins import render_web, std_footer, std_nav
from .wording import neutral, wording

_W = wording("games")
_MUL = neutral("games")

YEAR = 2026

#: (game, currency, amounts, publisher, kind)
GAMES: list[list[Any]] = _MUL["GAMES"]
#: approximate real USD price per amount index (for legit wiki / shops)
PRICE_STEPS = [0.99, 1.99, 4.99, 9.99, 19.99, 49.99, 99.99]

CUR_TR: dict[str, dict[str, str]] = _MUL["CUR_TR"]


def cur_name(lang: str, cur: str) -> str:
    return CUR_TR.get(cur, {}).get(lang, cur)


def _num(lang: str, n: int) -> str:
    s = f"{n:,}"
    if lang in ("de", "es", "pt", "id", "tr", "vi"):
        s = s.replace(",", ".")
    elif lang in ("fr", "ru"):
        s = s.replace(",", " ")
    return s


def _gamer(ctx: Ctx) -> str:
    base = ctx.pick(
        [
            "xXNoob",
            "Pro",
            "Dark",
            "Shadow",
            "King",
            "Ninja",
            "Lil",
            "Epic",
            "Toxic",
            "Sniper",
            "Queen",
            "Blaze",
            "Frosty",
            "Gamer",
            "Ghost",
            "Mr",
            "Rizky",
            "Budi",
            "Juan",
            "Ahmet",
            "Dima",
            "Ngoc",
        ]
    )
    tail = ctx.pick(
        [
            "Slayer",
            "Boss",
            "Wolf",
            "Dragon",
            "Killer",
            "Girl",
            "YT",
            "TTV",
            "007",
            "Gaming",
            "_ID",
            "Hunter",
        ]
    )
    return f"{base}{tail}{ctx.randint(1, 9999) if ctx.chance(0.6) else ''}"


def _scam_url(ctx: Ctx, words: list[str], path: str = "") -> str:
    r = ctx.rng.random()
    if r < 0.2:
        return ""
    if r < 0.55:
        return lookalike_url(ctx, words, path)
    return free_host_url(ctx, "-".join(words)[:28], path)


# ---------------------------------------------------------------------------------------
# SCAM: currency generators with human verification / content locker
# ---------------------------------------------------------------------------------------
GEN: dict[str, dict[str, Any]] = _W["GEN"]


def game_currency_generator(ctx: Ctx) -> PageFields:
    lang, T = ctx.lang, GEN[ctx.lang]
    game, cur0, amounts, pub, gkind = ctx.pick(GAMES)
    cur = cur_name(lang, cur0)
    amount = ctx.pick(amounts)
    user = _gamer(ctx)
    kw = dict(cur=cur, game=game, year=YEAR, amount=_num(lang, amount), user=user)
    title = ctx.pick(T["title"], **kw)
    parts = [h(ctx, 1, esc(title), "title")]
    if ctx.chance(0.5):
        parts.append(img(ctx, f"{game} {cur}", f"{game} {cur}"))
    if ctx.chance(0.6):
        parts.append(
            f'<p{ctx.cls("badge")}>{T["online"]} <span id="online">'
            f"{ctx.randint(180, 4200)}</span></p>"
        )
    # step 1-3
    steps = [
        f'<div class="step"><h3>1. {esc(T["s1"].format(**kw))}</h3>'
        f"{field_html(ctx, 'user', label=T['s1'].format(**kw))}</div>"
    ]
    opts = "".join(
        f'<label class="pack"><input type="radio" name="amount" value="{a}"> '
        f"{_num(lang, a)} {esc(cur)}</label>"
        for a in amounts
    )
    steps.append(
        f'<div class="step"><h3>2. {esc(T["s2"].format(**kw))}</h3>'
        f"<div{ctx.cls('grid')}>{opts}</div></div>"
    )
    if ctx.chance(0.7):
        plats = "".join(f"<option>{x}</option>" for x in T["plat"])
        steps.append(
            f'<div class="step"><h3>3. {esc(T["s3"])}</h3><select name="platform"'
            f"{ctx.cls('select')}>{plats}</select></div>"
        )
    if ctx.chance(0.15):
        # some kits also ask for the password ("to add the currency directly")
        steps.append(field_html(ctx, "password"))
    parts.append(
        f'<form id="gen" onsubmit="return startGen()">{"".join(steps)}<button '
        f'type="submit"{ctx.cls("btn_primary")}>{T["gen"]}</button></form>'
    )
    lines = "".join(
        f'<p class="line" style="display:none">&gt; {esc(line.format(**kw))}</p>'
        for line in T["con"]
    )
    parts.append(f'<div id="console" class="console" style="display:none">{lines}</div>')
    locker = (
        f'<div id="verify" class="{ctx.c("modal")}" style="display:none"><h2>'
        f"{T['vh']}</h2><p>{esc(ctx.pick(T['vb'], **kw))}</p>"
        '<a href="javascript:void(0)" onclick="'
        f"{ctx.pick(['og_load()', 'call_locker()', 'CPABuildLock()', '_Ht()', 'lockerShow()'])}"
        f'"{ctx.cls("btn_primary")}>{T["vbtn"]}</a></div>'
    )
    parts.append(locker)
    if ctx.chance(0.7):
        rows = "".join(
            (
                "<li>"
                + str(
                    esc(
                        T["recv"].format(
                            user=_gamer(ctx), amount=_num(lang, ctx.pick(amounts)), cur=cur
                        )
                    )
                )
                + f" — <small>{T['ago'].format(n=ctx.randint(1, 59))}</small></li>"
            )
            for _ in range(ctx.randint(3, 10))
        )
        parts.append(f'<aside class="recent"><h3>{T["recent"]}</h3><ul>{rows}</ul></aside>')
    parts.append(
        p(
            ctx,
            esc(
                T["works"].format(
                    date=fmt_date(lang, REF_DATE - timedelta(days=ctx.randint(0, 20)))
                )
            ),
        )
    )
    if ctx.chance(0.55):
        parts.append(
            faq(
                ctx,
                [
                    (q.format(**kw), a.format(**kw))
                    for q, a in ctx.sample(T["faq"], ctx.randint(1, len(T["faq"])))
                ],
            )
        )
    if ctx.chance(0.5):
        parts += [p(ctx, esc(s.format(**kw))) for s in T["seo"]]
    if ctx.chance(0.3):
        parts.append(
            comments_block(
                ctx,
                [
                    (
                        _gamer(ctx),
                        esc(
                            ctx.pick(
                                [
                                    "omg it worked!!",
                                    "got my {cur} thx",
                                    "legit 100%",
                                    "took 2 min, works",
                                ]
                            ).format(cur=cur)
                        ),
                        rel_time(ctx, "en"),
                    )
                    for _ in range(ctx.randint(2, 6))
                ],
            )
        )
    locker_src = ctx.pick(
        [
            f"https://d{ctx.randint(1, 3)}{ctx.alnum(10).lower()}.cloudfront.net/public"
            "/external/locker.js",
            "https://"
            f"{ctx.pick(['appsgenius', 'lockedapp', 'verifyzone', 'ogads-pa', 'mobverify'])}"
            f".{ctx.pick(['com', 'net', 'org'])}/cl/js/{ctx.alnum(6).lower()}",
            "js/locker.js",
            (
                f"https://{ctx.alnum(8).lower()}.com/script_include.php?id="
                + str(ctx.randint(10000, 999999))
            ),
        ]
    )
    js = (
        '<script type="text/javascript">var '
        f"{ctx.pick(['ogblock', 'lck', 'CPABuild', '_lck'])}=true;</script><script "
        f'src="{locker_src}"></script>'
        "<script>function startGen(){var c=document.getElementById('console');"
        "c.style.display='block';var l=c.getElementsByClassName('line');"
        "var i=0;var t=setInterval(function(){if(i<l.length){l[i].style.display='block'"
        ";i++;}else{clearInterval(t);"
        "document.getElementById('verify').style.display='block';}},900);return false;}</script>"
    )
    body_end = js + (
        counter_script(ctx, "online", 1200, "up") if 'id="online"' in "".join(parts) else ""
    )
    site = ctx.pick(
        [
            f"Free {cur} Generator",
            f"{game} {cur} Hack",
            f"{cur}Gen",
            f"Get{cur.replace(' ', '')}.io",
        ]
    )
    links, ftext = std_footer(ctx, site, legal=ctx.chance(0.6))
    if ctx.chance(0.4):
        ftext += f" We are not affiliated with {pub}. {game} is a trademark of {pub}."
    kws = ", ".join(
        x.format(**kw)
        for x in [
            "free {cur}",
            "free {cur} generator",
            "{cur} hack",
            "{game} {cur} free",
            "free {cur} no human verification",
            "{cur} generator {year}",
        ]
    )
    doc = Doc(
        title=title,
        main="".join(parts),
        site=site if ctx.chance(0.5) else "",
        nav=std_nav(ctx, n=ctx.randint(1, 4)) if ctx.chance(0.55) else [],
        footer_links=links,
        footer_text=ftext,
        meta_desc=esc(title),
        keywords=kws if ctx.chance(0.6) else "",
        body_end=body_end,
    )
    url = _scam_url(
        ctx,
        [
            ctx.pick(["free", "get", "gen", ""]) + slugify(cur).replace("-", ""),
            ctx.pick(["generator", "hack", "now", str(YEAR), "free"]),
        ],
    )
    kind = {
        "game": "game_currency_generator",
        "followers": "followers_generator",
        "premium": "premium_account_generator",
    }[gkind]
    return dict(html=render_web(ctx, doc), url=url, page_created="", kind=kind)


# ---------------------------------------------------------------------------------------
# SCAM: gift-card code generators
# ---------------------------------------------------------------------------------------
CARDS: list[str] = _MUL["CARDS"]
GC: dict[str, dict[str, Any]] = _W["GC"]


def _masked_code(ctx: Ctx, reveal: bool = False) -> str:
    segs = [
        "".join(ctx.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4))
        for _ in range(4)
    ]
    if not reveal:
        segs[-1] = "****"
        if ctx.chance(0.5):
            segs[-2] = "****"
    return "-".join(segs)


def giftcard_generator(ctx: Ctx) -> PageFields:
    lang, T = ctx.lang, GC[ctx.lang]
    card = ctx.pick(CARDS)
    title = ctx.pick(T["title"], card=card, year=YEAR)
    parts = [h(ctx, 1, esc(title), "title")]
    if ctx.chance(0.4):
        tiles = "".join(
            f'<a href="#" onclick="sel(\'{slugify(c)}\')" class="gc">'
            f"{img(ctx, c + ' gift card', c + ' Gift Card')}<span>{esc(c)}</span></a>"
            for c in ctx.sample(CARDS, ctx.randint(4, 9))
        )
        parts += [p(ctx, T["pick"]), f"<div{ctx.cls('grid')}>{tiles}</div>"]
    vals = [
        money(lang if lang != "tr" else "tr", local_amount(ctx, v, 5 if lang in ("tr",) else None))
        for v in ctx.pick([[10, 25, 50, 100], [25, 50, 100, 200], [15, 30, 50, 100, 500]])
    ]
    parts.append(
        f"<h3>{T['val']}</h3>"
        + "".join(f'<label><input type="radio" name="v"> {v}</label> ' for v in vals)
    )
    variant = ctx.rng.random()
    if variant < 0.35:
        parts.append(
            form(ctx, [ctx.pick(["email", "phone"])], T["gen"]) + p(ctx, T["email"], "muted")
        )
    else:
        parts.append(button(ctx, T["gen"], "#", onclick="gen()"))
    parts.append(
        (
            f'<div id="out" style="display:none"><p>{T["code"]} <code>'
            f"{_masked_code(ctx)}</code></p><p>{T['reveal']}</p>"
            '<a href="'
        )
        + str(
            ctx.pick(
                [
                    "#",
                    "verify.html",
                    "https://"
                    + ctx.alnum(7).lower()
                    + ".com/cl/?id="
                    + str(ctx.randint(1000, 99999)),
                ]
            )
        )
        + f'"{ctx.cls("btn_primary")}>{T["verify"]}</a></div>'
    )
    if ctx.chance(0.6):
        parts.append(f'<p>{T["today"]} <b id="cnt">{_num(lang, ctx.randint(800, 9000))}</b></p>')
    if ctx.chance(0.6):
        parts.append(
            f"<h3>{T['last']}</h3>"
            + ul(
                ctx,
                [
                    f"<code>{_masked_code(ctx)}</code> · {esc(ctx.pick(CARDS))} · {rel_time(ctx)}"
                    for _ in range(ctx.randint(3, 8))
                ],
            )
        )
    if ctx.chance(0.4):
        parts.append(p(ctx, T["note"], "muted"))
    links, ftext = std_footer(ctx, f"{card} Gift Card Generator", legal=ctx.chance(0.6))
    doc = Doc(
        title=title,
        main="".join(parts),
        footer_links=links,
        footer_text=ftext,
        nav=std_nav(ctx, n=ctx.randint(1, 4)) if ctx.chance(0.45) else [],
        body_end="<script>function gen(){document.getElementById('out').style.display='block';"
        "}function sel(x){window.card=x;}</script>",
        keywords=f"free {card} gift card, {card} code generator, free {card} codes {YEAR}"
        if ctx.chance(0.5)
        else "",
    )
    url = _scam_url(
        ctx,
        [
            "free",
            slugify(card).replace("-", ""),
            ctx.pick(["giftcard", "codes", "generator", "cards"]),
        ],
    )
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# SCAM: fake in-game reward events (login / account "verification" capture)
# ---------------------------------------------------------------------------------------
EVENT_GAMES: list[list[Any]] = _MUL["EVENT_GAMES"]
EV: dict[str, dict[str, Any]] = _W["EV"]
LOGIN_PROVIDERS: dict[str, list[str]] = _MUL["LOGIN_PROVIDERS"]


def ingame_event_phish(ctx: Ctx) -> PageFields:
    lang, T = ctx.lang, EV[ctx.lang]
    game, copy, items, idfields, tiers = ctx.pick(EVENT_GAMES)
    ev = ctx.pick(T["ev"])
    title = ctx.pick(
        [
            f"{game} – {ev}",
            f"{game.upper()}: {ctx.pick(items)}",
            f"{game} Event",
            game,
            f"{ev} | {game}",
        ]
    )
    parts = [h(ctx, 1, esc(game.upper()), "title"), p(ctx, esc(ctx.pick(T["hero"])), "subtitle")]
    cards = "".join(
        f"<div{ctx.cls('card')}>{img(ctx, it, it)}<p>{esc(it)}</p><button "
        f'type="button"{ctx.cls("btn_primary")} onclick="openReward(this)">'
        f"{T['collect']}</button></div>"
        for it in ctx.sample(items, min(len(items), ctx.randint(4, 9)))
    )
    parts.append(
        f'<section id="rewards"><h2>{esc(ev)}</h2><div{ctx.cls("grid")}>{cards}</div></section>'
    )
    if ctx.chance(0.7):
        parts.append(
            f'<section id="how"><h3>{T["how"]}</h3>'
            f"{ul(ctx, [esc(s) for s in T['steps']], ordered=ctx.chance(0.5))}</section"
            ">"
        )
    parts.append(
        f'<div id="confirm" class="{ctx.c("modal")}" style="display:none"><p>'
        f'{T["confirm"]}</p><button onclick="showLogin()">{T["yes"]}</button> <button>'
        f"{T['no']}</button></div>"
    )
    provs = LOGIN_PROVIDERS.get(lang, LOGIN_PROVIDERS["default"])
    logins = "".join(
        f'<button type="button" class="login-{slugify(pv)}" '
        f"onclick=\"prov('{slugify(pv)}')\">{esc(T['via'].format(p=pv))}</button>"
        for pv in ctx.sample(provs, ctx.randint(1, 3))
    )
    fb_form = (
        '<form id="fbform" method="post" action="'
        f"{ctx.pick(['verification.php', 'check.php', 'process.php', 'data.php', '#'])}"
        '">'
        f'<input type="text" name="{ctx.pick(["email", "user", "login"])}" '
        f'placeholder="{esc(T["idf"])}">'
        f'<input type="password" name="{ctx.pick(["password", "pass", "sandi"])}" '
        f'placeholder="{esc(T["pw"])}">'
        '<input type="hidden" name="login" value="'
        f'{ctx.pick(["Facebook", "Twitter", "Google", "VK"])}"><button type="submit">'
        f"{T['login'].split()[0]}</button></form>"
    )
    parts.append(
        f'<div id="login" class="{ctx.c("modal")}" style="display:none"><h3>'
        f"{T['login']}</h3>{logins}{fb_form}</div>"
    )
    # verification step
    vf = []
    for f in idfields:
        if f in ("Level", "Level VIP", "Adventure Rank"):
            vf.append(
                f'<label>{esc(f)} <select name="level">'
                + "".join(f"<option>{i}</option>" for i in range(1, ctx.pick([31, 61, 101])))
                + "</select></label>"
            )
        elif f in ("Tier", "Rank", "Server"):
            vf.append(
                f'<label>{esc(f)} <select name="tier">'
                + "".join(f"<option>{esc(t)}</option>" for t in tiers)
                + "</select></label>"
            )
        else:
            vf.append(
                f'<input type="{ctx.pick(["number", "text"])}" name="'
                f'{slugify(f).replace("-", "")}" placeholder="{esc(f)}">'
            )
    if ctx.chance(0.6):
        vf.append(f'<input type="tel" name="phone" placeholder="{esc(T["phone"])}">')
    if ctx.chance(0.35):
        vf.append(field_html(ctx, "dob"))
    hidden = "".join(
        f'<input type="hidden" name="{n}">'
        for n in ctx.sample(["email", "password", "login", "ip", "ua", "nick"], ctx.randint(2, 5))
    )
    parts.append(
        f'<section id="verify" style="display:none"><h3>{T["verif"]}</h3><p>'
        f'{T["vnote"]}</p><form method="post" action="'
        f'{ctx.pick(["final.php", "success.php", "#"])}">'
        f'{hidden}{"".join(vf)}<button type="submit"{ctx.cls("btn_primary")}>'
        f"{T['vbtn']}</button></form></section>"
    )
    parts.append(f'<div id="done" style="display:none">{p(ctx, T["done"])}</div>')
    if ctx.chance(0.5):
        parts.append(
            '<section class="rules"><h4>Rules</h4>'
            + ul(ctx, [esc(r) for r in T["rules"]], ordered=True)
            + "</section>"
        )
    foot_links = (
        ["Privacy Policy", f"{game.split(':')[0]} User Agreement", "Follow Us"]
        if ctx.chance(0.6)
        else []
    )
    gnav = [
        ctx.pick(["Home", ctx.ui["home"]]),
        ctx.pick(["Events", "Event"]),
        ctx.pick(["News", ctx.ui["news"]]),
        "Top Up",
        "Support",
        "Download",
    ]
    doc = Doc(
        title=title,
        main="".join(parts),
        footer_links=foot_links,
        footer_text=esc(copy),
        nav=gnav[: ctx.randint(2, 6)] if ctx.chance(0.45) else [],
        site=game if ctx.chance(0.4) else "",
        og_image=f"https://i.ibb.co/{ctx.alnum(7)}/{slugify(game)}.jpg",
        body_end=(
            "<script>function openReward(b){document.getElementById('confirm').style.di"
            "splay='block';}"
            "function showLogin(){document.getElementById('login').style.display='block"
            "';}function prov(p){document.getElementById('fbform').style.display='block"
            "';}</script>"
        ),
        head_extra=f'<script src="https://{ctx.pick(["jefanya", "kitgame", "evtapi", "cdn-evt"])}'
        f"{ctx.randint(1, 99)}.{ctx.pick(['store', 'xyz', 'my.id', 'site'])}/js/"
        f'{ctx.alnum(6).lower()}.js"></script>'
        if ctx.chance(0.3)
        else "",
    )
    g = slugify(game).split("-")[0]
    url = _scam_url(
        ctx,
        [
            g,
            ctx.pick(["event", "reward", "gift", "claim", "official", "garena", "redeem"])
            + (str(ctx.randint(1, 99)) if ctx.chance(0.4) else ""),
        ],
        ctx.pick(["", "event/", "index.php", "id/"]),
    )
    if ctx.chance(0.08):
        url = f"https://www.{g}.com/en/event/{ctx.alnum(8)}/"  # og:url spoofing the official domain
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# LEGIT: fan wiki page about a game currency (prices, facts, warning about generators)
# ---------------------------------------------------------------------------------------
WIKI: dict[str, dict[str, Any]] = _W["WIKI"]


def game_wiki(ctx: Ctx) -> PageFields:
    lang, T = ctx.lang, WIKI[ctx.lang]
    game, cur0, amounts, pub, _gkind = ctx.pick([g for g in GAMES if g[4] == "game"])
    cur = cur_name(lang, cur0)
    y = ctx.randint(2016, 2024)
    intro_date = fmt_date(lang, REF_DATE - timedelta(days=ctx.randint(1500, 4500)))
    prices = []
    usd_page = lang == "en" or ctx.chance(0.5)
    mult = 1 if ctx.chance(0.7) else 2
    for i, a in enumerate(amounts):
        usd = PRICE_STEPS[min(i, len(PRICE_STEPS) - 1)] * mult
        prices.append(
            (a, money("en", usd) if usd_page else money(lang, round(local_amount(ctx, usd), 2)))
        )
    maxp = prices[-1][1]
    kw = dict(cur=cur, game=game, pub=pub, year=YEAR, date=intro_date, y=y, max=maxp)
    sections = [p(ctx, T["intro"].format(**kw))]
    toc_items = [T["prices"], T["earn"].format(**kw), T["hist"], T["scam"], T["trivia"]]
    if ctx.chance(0.6):
        sections.append(
            f'<div id="toc" class="toc"><h2>{T["toc"]}</h2>'
            + str(
                ul(
                    ctx,
                    [f"<a href=#{slugify(x)}>{i + 1} {x}</a>" for i, x in enumerate(toc_items)],
                    ordered=False,
                )
            )
            + "</div>"
        )
    rows = [
        [_num(lang, a), pr, (f"+{ctx.randint(5, 25)}%" if ctx.chance(0.3) else "—")]
        for a, pr in prices
    ]
    order = (
        ctx.sample(["prices", "earn", "hist", "scam", "trivia"], 5)
        if ctx.chance(0.4)
        else ["prices", "earn", "hist", "scam", "trivia"]
    )
    for sec in order:
        if sec == "prices":
            sections.append(
                f'<h2 id="{slugify(T["prices"])}">{T["prices"]} <span '
                f'class="editsection">[<a href="#">{T["edit"]}</a>]</span></h2>'
                + p(ctx, T["price_note"].format(**kw))
                + table(ctx, [T["amount"], T["price"], T["bonus"]], rows)
            )
        elif sec == "earn":
            sections.append(
                f'<h2 id="{slugify(T["earn"].format(**kw))}">{T["earn"].format(**kw)}</h2>'
                + p(ctx, T["earn_txt"].format(**kw))
            )
        elif sec == "hist":
            sections.append(
                f"<h2>{T['hist']}</h2>"
                + "".join(
                    p(ctx, s.format(**kw))
                    for s in ctx.sample(T["hist_txt"], ctx.randint(1, len(T["hist_txt"])))
                )
            )
        elif sec == "scam" and ctx.chance(0.75):
            sections.append(f"<h2>{T['scam']}</h2>" + p(ctx, T["scam_txt"].format(**kw)))
        elif sec == "trivia" and ctx.chance(0.6):
            sections.append(
                f"<h2>{T['trivia']}</h2>" + ul(ctx, [t.format(**kw) for t in T["triv"]])
            )
    if ctx.chance(0.2):
        sections.insert(0, f'<div class="notice">{T["stub"]}</div>')
    infobox = (
        f'<table class="infobox"><tr><th colspan="2">{esc(cur)}</th></tr><tr><td '
        f'colspan="2">{img(ctx, cur + " icon", cur)}</td></tr>'
        f"<tr><td>Game</td><td>{esc(game)}</td></tr><tr><td>Developer</td><td>"
        f"{esc(pub)}</td></tr><tr><td>Introduced</td><td>{intro_date}</td></tr></table>"
    )
    cats = (
        f'<div class="catlinks">{T["cats"]}: '
        + " | ".join(f'<a href="#">{esc(c)}</a>' for c in [cur, game, "Currency", "Store"])
        + "</div>"
    )
    wiki_name = ctx.pick(
        [
            f"{game} Wiki",
            f"{game} Fandom",
            f"{slugify(game).split('-')[0].title()}Pedia",
            f"{game} Community Wiki",
        ]
    )
    main = (
        f'<h1 class="page-header__title">{esc(cur)}</h1><div class="mw-parser-output">'
        f"{infobox if ctx.chance(0.7) else ''}{''.join(sections)}</div>{cats}"
    )
    nav = ["Wiki", ctx.ui["news"], "Guides", "Items", "Events", ctx.ui["help"]][: ctx.randint(2, 6)]
    links, ftext = std_footer(ctx, wiki_name)
    ftext += " " + ctx.pick(
        [
            "Community content is available under CC-BY-SA unless otherwise noted.",
            "Content is available under CC BY-NC-SA 3.0.",
            "",
        ]
    )
    side = (
        "<h3>Popular pages</h3>"
        + ul(
            ctx,
            [
                esc(x)
                for x in ctx.sample(
                    [
                        f"{game} Beginner Guide",
                        "Battle Pass",
                        "Events",
                        "Skins",
                        "Tier List",
                        "Codes",
                    ],
                    4,
                )
            ],
        )
        if ctx.chance(0.5)
        else ""
    )
    doc = Doc(
        title=f"{cur} | {wiki_name} | {ctx.pick(['Fandom', 'Fandom', 'Wiki', 'Miraheze'])}",
        main=main,
        site=wiki_name,
        nav=nav,
        footer_links=links,
        footer_text=ftext,
        sidebar=side,
        meta_desc=re.sub("<[^>]+>", "", T["intro"].format(**kw))[:150],
    )
    r = ctx.rng.random()
    g = slugify(game).split("-")[0]
    url = (
        f"https://{g}.fandom.com/{'' if lang == 'en' else lang + '/'}wiki/{cur.replace(' ', '_')}"
        if r < 0.55
        else f"https://{g}wiki.{ctx.pick(['com', 'org', 'gg', 'net'])}/wiki/{cur.replace(' ', '_')}"
        if r < 0.75
        else f"https://{g}-wiki.github.io/{slugify(cur)}/"
        if r < 0.85
        else ""
    )
    return dict(
        html=render_web(ctx, doc, skin=ctx.pick(["modern", "wp", "bootstrap", "plain"])),
        url=url,
        page_created="",
    )


# ---------------------------------------------------------------------------------------
# LEGIT: top-up shops with prices and payment methods
# ---------------------------------------------------------------------------------------
PAY: dict[str, list[str]] = _W["PAY"]
TOPUP: dict[str, dict[str, Any]] = _W["TOPUP"]


def game_topup_shop(ctx: Ctx) -> PageFields:
    lang, T = ctx.lang, TOPUP[ctx.lang]
    game, cur0, amounts, pub, _gkind = ctx.pick(
        [
            g
            for g in GAMES
            if g[0]
            in (
                "Free Fire",
                "Mobile Legends",
                "PUBG Mobile",
                "Genshin Impact",
                "Valorant",
                "Call of Duty: Mobile",
                "Roblox",
                "Higgs Domino",
                "EA SPORTS FC 26",
                "Clash of Clans",
            )
        ]
        or GAMES[:3]
    )
    cur = cur_name(lang, cur0)
    shop = ctx.pick(
        [
            "TopUpKilat",
            "GameCharge",
            "DiamondMurah",
            "NapGame24h",
            "Recarga Já",
            "PlayRecharge",
            "ŞarjOyun",
            "Донат Шоп",
            "CodaTopup",
            "ZonaGamer",
            "Lapak Gaming",
            "Itemku Store",
            "UniPin Reseller",
        ]
    )
    rows = []
    for i, a in enumerate(amounts):
        usd = PRICE_STEPS[min(i, len(PRICE_STEPS) - 1)]
        rows.append(
            (
                (
                    f'<label class="pkg"><input type="radio" name="pkg"> {_num(lang, a)} '
                    f"{esc(cur)} <span{ctx.cls('price')}>"
                )
                + str(
                    money(
                        lang,
                        round(local_amount(ctx, usd, 100 if lang in ("id", "vi") else None), 2),
                    )
                )
                + "</span>"
            )
            + (' <span class="badge">Best seller</span>' if ctx.chance(0.15) else "")
            + "</label>"
        )
    pays = "".join(
        f'<label><input type="radio" name="pay"> {esc(pm)}</label>'
        for pm in ctx.sample(PAY[lang], ctx.randint(2, len(PAY[lang])))
    )
    id_fields = field_html(ctx, "gameid", label=T["s1"]) + (
        field_html(ctx, "zone", label="Zone ID") if "Mobile Legends" in game else ""
    )
    parts = [h(ctx, 1, esc(T["h"].format(cur=cur, game=game)), "title")]
    if ctx.chance(0.5):
        parts.append(
            p(
                ctx,
                ctx.pick(
                    [
                        "🔥 Promo • Proses cepat • Aman 100% 🔥",
                        "⚡ Instant • Secure • Official reseller",
                        T["fast"],
                    ]
                ),
                "subtitle",
            )
        )
    parts += [
        f"<section><h3>1. {T['s1']}</h3>{id_fields}<p{ctx.cls('muted')}>{T['note']}</p></section>",
        f"<section><h3>2. {T['s2']}</h3><div{ctx.cls('grid')}>{''.join(rows)}</div></section>",
        f"<section><h3>3. {T['s3']}</h3>{pays}</section>",
    ]
    if ctx.chance(0.6):
        parts.append(field_html(ctx, "email", required=False, label=T["receipt"]))
    parts.append(button(ctx, T["s4"], "#", onclick="checkout()"))
    parts.append(p(ctx, T["fast"], "muted"))
    if ctx.chance(0.6):
        parts.append(faq(ctx, T["faq"]))
    company = ctx.pick(
        [
            f"PT {shop} Digital Indonesia",
            f"{shop} Ltd.",
            f"{shop} LLC",
            f"{shop} Teknoloji A.Ş.",
            f"ООО «{shop}»",
            f"{shop} Comércio Digital Ltda.",
        ]
    )
    links, ftext = std_footer(ctx, company)
    doc = Doc(
        title=f"{T['h'].format(cur=cur, game=game)} | {shop}",
        main="".join(parts),
        site=shop,
        nav=std_nav(ctx, [ctx.ui["home"], "Games"], n=ctx.randint(0, 3)),
        footer_links=links,
        footer_text=ftext + f" {esc(game)} is a trademark of {esc(pub)}."
        if ctx.chance(0.5)
        else ftext,
    )
    dom = latin_slug(ctx, shop, "")
    r = ctx.rng.random()
    url = (
        f"https://www.{dom}.{ctx.pick(['com', 'gg', lang_tld(ctx), lang_tld(ctx)])}/{slugify(game)}"
        if r < 0.7
        else f"https://{dom}.github.io/"
        if r < 0.8
        else ""
    )
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# LEGIT: official update / in-game event notes
# ---------------------------------------------------------------------------------------
GN: dict[str, dict[str, Any]] = _W["GN"]


def game_news_event(ctx: Ctx) -> PageFields:
    lang, T = ctx.lang, GN[ctx.lang]
    game, cur0, amounts, pub, _gkind = ctx.pick([g for g in GAMES if g[4] == "game"])
    cur = cur_name(lang, cur0)
    event = ctx.pick(
        [
            "Winter Festival",
            "Anniversary Celebration",
            "Halloween Night",
            "Lunar New Year",
            "Summer Splash",
            "Ramadan Nights",
            "Champions Cup",
        ]
    )
    start = REF_DATE + timedelta(days=ctx.randint(-30, 10))
    end = start + timedelta(days=ctx.randint(7, 21))
    ver = f"{ctx.randint(1, 5)}.{ctx.randint(0, 9)}"
    kw = dict(
        game=game,
        ver=ver,
        event=event,
        start=fmt_date(lang, start),
        end=fmt_date(lang, end),
        cur=cur,
    )
    title = ctx.pick(T["h"], **kw)
    rew = [
        [
            f"Day {d}",
            f"{_num(lang, ctx.pick(amounts[:2]) // ctx.pick([2, 4, 5]) or 10)} {esc(cur)}"
            if ctx.chance(0.4)
            else ctx.pick(["Avatar frame", "Emote", "Spray", "Skin crate", "XP card"]),
        ]
        for d in range(1, ctx.randint(3, 8))
    ]
    parts = [
        h(ctx, 1, esc(title), "title"),
        p(
            ctx,
            f"<time>{fmt_date(lang, start - timedelta(days=ctx.randint(1, 5)))}</time>"
            f" · {esc(pub)}",
            "muted",
        ),
        p(ctx, esc(T["intro"].format(**kw))),
    ]
    if ctx.chance(0.5):
        parts.append(img(ctx, event, event))
    parts += [
        h(ctx, 2, T["how"]),
        ul(ctx, [esc(s) for s in T["steps"]], ordered=True),
        h(ctx, 2, T["rewards"]),
        table(ctx, ["", ""], rew),
        p(ctx, T["rew_note"]),
    ]
    if ctx.chance(0.75):
        parts += [h(ctx, 2, T["safety"]), p(ctx, esc(T["safe_txt"].format(**kw)))]
    if ctx.chance(0.6):
        parts += [h(ctx, 2, T["fixes"]), ul(ctx, [esc(x) for x in T["fx"]])]
    links, ftext = std_footer(ctx, pub)
    doc = Doc(
        title=f"{title} | {game}",
        main="".join(parts),
        site=game,
        nav=[ctx.ui["news"], "Events", "Esports", ctx.ui["help"], "Download"][: ctx.randint(2, 5)],
        footer_links=links,
        footer_text=ftext,
    )
    g = slugify(game).split("-")[0]
    r = ctx.rng.random()
    url = (
        f"https://www.{g}.com/{lang}/news/{slugify(event)}-{ver.replace('.', '-')}"
        if r < 0.7
        else (
            f"https://{g}."
            + str(
                ctx.pick(
                    [
                        "garena.com",
                        "mobilelegends.com",
                        "hoyoverse.com",
                        "ea.com",
                        "playstation.com",
                    ]
                )
            )
            + f"/news/{ctx.randint(1000, 9999)}"
        )
        if r < 0.85
        else ""
    )
    return dict(html=render_web(ctx, doc), url=url, page_created="")


__all__ = [
    "CARDS",
    "GAMES",
    "game_currency_generator",
    "game_news_event",
    "game_topup_shop",
    "game_wiki",
    "giftcard_generator",
    "ingame_event_phish",
]
