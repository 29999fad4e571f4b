"""Scam web pages: share-with-N-friends chains, survey funnels, checkout-for-shipping, app-install
lockers, spin-the-wheel prizes with a delivery fee, answer-and-win quizzes."""

from __future__ import annotations

from typing import Any

from .core import (
    FIELDS,
    Ctx,
    PageFields,
    esc,
    free_host_url,
    local_amount,
    lookalike_url,
    money,
    person,
    slugify,
)
from .markup import (
    Doc,
    button,
    comments_block,
    consent_checkbox,
    countdown_script,
    counter_script,
    date_writer_script,
    faq,
    form,
    h,
    img,
    p,
    rel_time,
    ul,
)
from .skins import render_web, std_footer, std_nav
from .social import BRANDS
from .wording import neutral, wording

_W = wording("scam_web")
_MUL = neutral("scam_web")

YEAR = 2026

WEB_PRIZES: dict[str, list[str]] = _W["WEB_PRIZES"]

GLOBAL_BRANDS: list[str] = _MUL["GLOBAL_BRANDS"]


def _brand(ctx: Ctx) -> str:
    return str(ctx.pick(GLOBAL_BRANDS + BRANDS[ctx.lang]))


def _scam_url(ctx: Ctx, words: list[str], path: str = "") -> str:
    r = ctx.rng.random()
    if r < 0.2:
        return ""
    if r < 0.6:
        return lookalike_url(ctx, words, path)
    return free_host_url(
        ctx, "-".join(words)[:30] + (str(ctx.randint(1, 99)) if ctx.chance(0.4) else ""), path
    )


def _scam_footer(ctx: Ctx, site: str) -> tuple[list[str], str] | tuple[list[Any], str]:
    links, text = std_footer(ctx, site, legal=ctx.chance(0.7))
    if ctx.chance(0.35):
        text += " " + ctx.pick(
            [
                "This site is not a part of the Facebook website or Facebook Inc.",
                "All trademarks are the property of their respective owners.",
                "This promotion is in no way sponsored, endorsed or administered by, "
                "or associated with, Facebook or Instagram.",
                "Terms and conditions apply.",
                "*Limited to one prize per household.",
            ]
        )
    return links, text


# ---------------------------------------------------------------------------------------
# WhatsApp / share-with-N-friends prize chains
# ---------------------------------------------------------------------------------------
WA: dict[str, dict[str, Any]] = _W["WA"]


WA_COMMENTS: dict[str, list[str]] = _W["WA_COMMENTS"]

TRIP_DAYS: list[str] = _MUL["TRIP_DAYS"]


def _long_prize_description(ctx: Ctx, prize: str) -> str:
    """Benign-looking filler many share-chain kits carry (itinerary or product specs)."""
    if ctx.chance(0.5):
        cities = ctx.sample(
            [
                "Paris",
                "Rome",
                "Barcelona",
                "Vienna",
                "Prague",
                "Amsterdam",
                "Lisbon",
                "Venice",
                "Berlin",
                "Zurich",
            ],
            4,
        )
        days = [
            f"<li><b>Day {i + 1}:</b> {d.format(c=cities[i % 4], c2=cities[(i + 1) % 4])}</li>"
            for i, d in enumerate(ctx.sample(TRIP_DAYS, ctx.randint(5, 10)))
        ]
        return (
            f"<h2>Your {len(days)}-day European holiday</h2><p>The prize includes "
            "return flights for two, 4-star hotels with breakfast, all transfers "
            f"and a local guide.</p><ol>{''.join(days)}</ol>"
        )
    specs = [
        "6.9-inch Super Retina XDR display",
        "A19 Pro chip",
        "48MP triple camera system",
        "All-day battery life",
        "Titanium design",
        "256 GB storage",
        "Face ID",
        "5G connectivity",
        "Water resistant (IP68)",
        "USB-C fast charging",
    ]
    return (
        f"<h2>About the {esc(prize)}</h2><ul>"
        + "".join(f"<li>{s}</li>" for s in ctx.sample(specs, ctx.randint(4, 10)))
        + "</ul>"
    )


def whatsapp_prize_chain(ctx: Ctx) -> PageFields:
    lang, T = ctx.lang, WA[ctx.lang]
    brand, prize = _brand(ctx), ctx.pick(WEB_PRIZES[lang])
    n, g = ctx.pick([5, 10, 10, 15, 20]), ctx.pick([3, 5, 5])
    url = _scam_url(
        ctx,
        [
            slugify(brand).replace("-", "")[:10],
            ctx.pick(["gift", "promo", "free", "bonus", "reward"]),
        ],
    )
    share_url = (
        url or f"http://{slugify(brand).replace('-', '')}-gift.{ctx.pick(['xyz', 'top', 'club'])}/"
    )
    kw = dict(
        prize=prize,
        brand=brand,
        n=n,
        g=g,
        year=YEAR,
        qty=ctx.pick([500, 1000, 3000]),
        url=share_url,
    )
    title = ctx.pick(T["title"], **kw)
    msg = ctx.pick(T["msg"], **kw)
    remain = ctx.randint(37, 480)
    wa_href = ctx.pick(
        [
            f"whatsapp://send?text={esc(msg)}",
            f"https://wa.me/?text={esc(msg)}",
            f"https://api.whatsapp.com/send?text={esc(msg)}",
        ]
    )
    parts = [h(ctx, 1, esc(title), "title")]
    if ctx.chance(0.6):
        parts.append(img(ctx, prize, prize))
    if ctx.chance(0.6):
        parts.append(p(ctx, ctx.pick(T["intro"], **kw)))
    if lang == "en" and ctx.chance(0.3):
        parts.append(_long_prize_description(ctx, prize))
    parts.append(h(ctx, 2, ctx.pick(T["share"], **kw)))
    parts.append(f'<p{ctx.cls("subtitle")}>{ctx.pick(T["remain"])} <b id="count">{remain}</b></p>')
    if ctx.chance(0.7):
        parts.append(
            f'<div{ctx.cls("progress")}><div{ctx.cls("bar")} id="bar" style="width:0%"></div></div>'
            f'<p id="prog">{T["prog"].format(k=0, n=n)}</p>'
        )
    parts.append(
        f'<a href="{wa_href}" id="share"{ctx.cls("btn_primary")} '
        f'onclick="shareClick()">{ctx.pick(T["btn"])}</a>'
    )
    parts.append(
        button(
            ctx,
            ctx.pick(T["cont"]),
            ctx.pick(["step2.html", "survey.html", "claim.html", "#"]),
            primary=False,
            onclick="goNext()",
        )
    )
    if ctx.chance(0.45):
        parts.append(
            comments_block(
                ctx,
                [
                    (person(ctx), ctx.pick(WA_COMMENTS.get(lang, WA_COMMENTS["en"])), rel_time(ctx))
                    for _ in range(ctx.randint(2, 6))
                ],
            )
        )
    parts.append(f"<p{ctx.cls('muted')}>{ctx.pick(T['terms'])}</p>")
    a, b = (x.replace("'", "\\'") for x in T["alert"].format(n=n, c="\x00").split("\x00"))
    js = (
        f"<script>var c=0;function shareClick(){{c++;var pct=Math.min(100,c*{100 // n});"
        f"var b=document.getElementById('bar');if(b)b.style.width=pct+'%';}}"
        f"function goNext(){{if(c>={n}){{window.location.href='"
        f"{ctx.pick(['survey.html', 'step2.html', 'apps.html'])}';}}"
        f"else{{alert('{a}'+c+'{b}');}}}}</script>"
    )
    body_end = js + counter_script(ctx, "count", remain)
    site = ctx.pick([brand + " Rewards", brand, title])
    links, ftext = _scam_footer(ctx, site)
    doc = Doc(
        title=title,
        main="".join(parts),
        site=site if ctx.chance(0.4) else "",
        nav=std_nav(ctx, n=ctx.randint(1, 4)) if ctx.chance(0.35) else [],
        footer_links=links if ctx.chance(0.6) else [],
        footer_text=ftext,
        meta_desc=title,
        body_end=body_end,
        og_image=f"https://i.imgur.com/{ctx.alnum(7)}.jpg",
    )
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# Survey funnel ("congratulations, you have been selected ... 4 questions ... pay shipping")
# ---------------------------------------------------------------------------------------
SF: dict[str, dict[str, Any]] = _W["SF"]

SQ: dict[str, list[list[Any]]] = _W["SQ"]

FEES: dict[str, list[str]] = _W["FEES"]


def _questions(ctx: Ctx, brand: str, k: int) -> list[tuple[str, list[str]]]:
    qs = ctx.sample(SQ[ctx.lang], k)
    return [(q.format(brand=brand), a) for q, a in qs]


def survey_funnel(ctx: Ctx) -> PageFields:
    lang, T = ctx.lang, SF[ctx.lang]
    brand, prize = _brand(ctx), ctx.pick(WEB_PRIZES.get(lang, WEB_PRIZES["en"]))
    fee = ctx.pick(FEES[lang])
    nq = ctx.pick([3, 4, 4, 5])
    parts = []
    if ctx.chance(0.6):
        parts.append(f'<div{ctx.cls("muted")} id="date">{date_writer_script(ctx, lang)}</div>')
    if ctx.chance(0.5):
        parts.append(img(ctx, brand + " logo", brand))
    parts.append(h(ctx, 1, T["congr"], "title"))
    parts.append(p(ctx, esc(ctx.pick(T["dear"], brand=brand))))
    parts.append(p(ctx, ctx.pick(T["sel"], brand=brand, prize=esc(prize), year=YEAR, day=T["day"])))
    timer_min = ctx.randint(2, 9)
    if ctx.chance(0.75):
        parts.append(
            f'<div{ctx.cls("alert")}>{ctx.pick(T["timer"])} <span id="timer">'
            f"0{timer_min}:00</span></div>"
        )
    if ctx.chance(0.5):
        parts.append(p(ctx, f"<b>{T['left'].format(n=ctx.randint(2, 9))}</b>"))
    qs = _questions(ctx, brand, nq)
    qhtml = []
    for i, (q, answers) in enumerate(qs, 1):
        ans = "".join(
            button(ctx, esc(a), "#", primary=False, onclick=f"nextQ({i})") for a in answers
        )
        disp = "" if i == 1 else ' style="display:none"'
        qhtml.append(
            f'<div class="question" id="q{i}"{disp}><p{ctx.cls("muted")}>'
            f"{T['q'].format(i=i, t=nq)}</p>{h(ctx, 3, esc(q))}{ans}</div>"
        )
    parts.append(f'<section id="survey">{"".join(qhtml)}</section>')
    checks = "".join(
        f"<li>✔ {c} <span>{o.format(t=nq)}</span></li>"
        for c, o in zip(T["check"], T["ok"], strict=True)
    )
    parts.append(f'<div id="checking" style="display:none"><ul>{checks}</ul></div>')
    if ctx.chance(0.6):
        boxes = "".join(
            f'<div class="box" onclick="openBox(this)">{img(ctx, "gift box", "gift box")}</div>'
            for _ in range(ctx.pick([3, 6, 9, 12]))
        )
        parts.append(
            f'<div id="boxes" style="display:none"><h3>{T["boxes"]}</h3>'
            f"<div{ctx.cls('grid')}>{boxes}</div>"
            f'<p id="empty">{T["empty"].format(k=2)}</p></div>'
        )
    parts.append(
        (
            '<div id="won" style="display:none">'
            f"{h(ctx, 2, esc(T['won'].format(prize=prize)))}{img(ctx, prize, prize)}"
            f"{p(ctx, ctx.pick(T['claim'], fee=fee))}"
        )
        + str(
            button(
                ctx,
                T["cta"],
                ctx.pick(["checkout.html", "claim.php", "/order?prize=1", "step3.html"]),
            )
        )
        + "</div>"
    )
    variant = ctx.rng.random()
    if variant < 0.3:
        # inline details form (common in smaller kits)
        F = FIELDS[lang]
        fields = ctx.pick(
            [
                ["name", "email", "phone"],
                ["first", "last", "email", "phone", "address", "city", "zip"],
                ["name", "email", "phone", "dob", "address"],
                ["email"],
                ["phone"],
            ]
        )
        parts.append(
            '<div id="details">'
            + str(
                form(
                    ctx,
                    fields,
                    T["cta"],
                    extra=consent_checkbox(ctx, esc(F["email"]) + " ✓") if ctx.chance(0.2) else "",
                )
            )
            + "</div>"
        )
    if ctx.chance(0.7):
        com = [
            (
                person(ctx, ctx.chance(0.5)),
                esc(ctx.pick(T["com"], brand=brand, prize=prize)),
                rel_time(ctx),
            )
            for _ in range(ctx.randint(3, 9))
        ]
        parts.append(comments_block(ctx, com, T["comt"]))
    js = (
        "<script>function nextQ(i){document.getElementById('q'+i).style.display='none';"
        "var n=document.getElementById('q'+(i+1));"
        "if(n){n.style.display='block';}else{document.getElementById('checking').style."
        "display='block';"
        "setTimeout(function(){var b=document.getElementById('boxes');"
        "(b||document.getElementById('won')).style.display='block';},3000);}}"
        "var tries=0;function openBox(e){tries++;if(tries>"
        "=2){document.getElementById('won').style.display='block';}}</script>"
    )
    body_end = js + (countdown_script(ctx, "timer", timer_min) if "timer" in "".join(parts) else "")
    site = ctx.pick([f"{brand} Rewards", f"{brand} Survey", f"{YEAR} Customer Survey", brand])
    links, ftext = _scam_footer(ctx, site)
    url = _scam_url(
        ctx,
        [
            ctx.pick(["survey", "rewards", "promo", "prize", "winner", "giftcenter"]),
            slugify(brand).replace("-", "")[:8],
        ],
        ctx.pick(["", "?c=" + ctx.alnum(8), "lp/" + ctx.alnum(5).lower(), "index.html"]),
    )
    doc = Doc(
        title=ctx.pick(
            [f"{T['congr']} {brand}", f"{brand} {YEAR}", site, f"{T['congr']} – {prize}"]
        ),
        main="".join(parts),
        site=site if ctx.chance(0.5) else "",
        footer_links=links,
        footer_text=ftext,
        body_end=body_end,
        nav=[] if ctx.chance(0.6) else std_nav(ctx, n=ctx.randint(2, 4)),
        cookie=ctx.chance(0.15),
    )
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# Claim checkout: "your prize is reserved, pay only shipping" with card fields
# ---------------------------------------------------------------------------------------
CO: dict[str, dict[str, Any]] = _W["CO"]


def claim_checkout(ctx: Ctx) -> PageFields:
    lang, T = ctx.lang, CO[ctx.lang]
    brand, prize = _brand(ctx), ctx.pick(WEB_PRIZES[lang])
    fee = ctx.pick(FEES[lang])
    domain = (
        ctx.pick(["prize-", "rewards-", "gift", "winner-", "vip"])
        + ctx.alnum(5).lower()
        + "."
        + ctx.pick(["com", "net", "shop", "xyz"])
    )
    monthly = money(lang, local_amount(ctx, ctx.pick([39.95, 49.95, 69.99, 89.95, 79.9])))
    parts = [h(ctx, 1, esc(ctx.pick(T["h"], prize=prize)), "title"), p(ctx, ctx.pick(T["sub"]))]
    if ctx.chance(0.6):
        parts.append(img(ctx, prize, prize))
    val = money(lang, local_amount(ctx, ctx.pick([499, 799, 999, 1199, 1499])))
    summary = [
        (T["value"], f"<s>{val}</s>"),
        (T["price"], money(lang, 0)),
        (T["ship"], fee),
        (T["total"], f"<b>{fee}</b>"),
    ]
    parts.append(
        '<table class="summary">'
        + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in summary)
        + "</table>"
    )
    if ctx.chance(0.7):
        parts.append(
            f'<p{ctx.cls("alert")}>{T["expires"]} <span id="t">0{ctx.randint(3, 9)}:'
            f"{ctx.randint(10, 59)}</span> · {T['stock'].format(n=ctx.randint(2, 11))}<"
            "/p>"
        )
    fields = ["first", "last", "address", "city", "zip", "phone", "email"]
    if ctx.chance(0.5):
        fields.append("dob")
    if ctx.chance(0.3):
        fields.append("country")
    fields += ["card", "exp", "cvv"]
    parts.append(
        form(
            ctx,
            fields,
            T["pay"].format(fee=fee),
            action=ctx.pick(["pay.php", "/checkout/process", "order.php", "#"]),
        )
    )
    parts.append(p(ctx, T["secure"], "muted"))
    fine = T["fine"].format(
        fee=fee,
        club=ctx.pick(T["club"]),
        days=ctx.pick([5, 7, 14]),
        monthly=monthly,
        period=ctx.pick([14, 30]),
        domain=domain,
    )
    parts.append(f'<p{ctx.cls("muted")} style="font-size:{ctx.pick([9, 10, 11])}px">{fine}</p>')
    if ctx.chance(0.3):
        parts.append(img(ctx, "visa mastercard secure", "Visa Mastercard Norton Secured"))
    links, ftext = _scam_footer(ctx, ctx.pick([domain, f"{brand} Rewards"]))
    doc = Doc(
        title=ctx.pick(
            [f"Checkout – {prize}", ctx.pick(T["h"], prize=prize), "Secure Checkout", domain]
        ),
        main="".join(parts),
        footer_links=links,
        footer_text=ftext,
        nav=std_nav(ctx, n=ctx.randint(1, 3)) if ctx.chance(0.3) else [],
        body_end=countdown_script(ctx, "t", 7) if any('id="t"' in x for x in parts) else "",
    )
    url = _scam_url(
        ctx,
        [domain.split(".")[0]],
        ctx.pick(["checkout", "claim", "order.php?id=" + str(ctx.randint(100, 999)), ""]),
    )
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# App-install-to-unlock
# ---------------------------------------------------------------------------------------
APPS: list[list[str]] = _MUL["APPS"]
AI: dict[str, dict[str, Any]] = _W["AI"]


def _play_link(ctx: Ctx, name: str) -> str:
    pkg = (
        "com."
        + slugify(name).split("-")[0]
        + "."
        + ctx.pick(["app", "free", "pro", "lite", "android"])
    )
    return f"https://play.google.com/store/apps/details?id={pkg}" + (
        f"&amp;referrer=utm_source%3D{ctx.alnum(8)}" if ctx.chance(0.5) else ""
    )


def app_install_unlock(ctx: Ctx) -> PageFields:
    lang, T = ctx.lang, AI[ctx.lang]
    brand, prize = _brand(ctx), ctx.pick(WEB_PRIZES[lang])
    n = ctx.pick([1, 2, 2, 3])
    apps = ctx.sample(APPS, n)
    parts = []
    if ctx.chance(0.5):
        parts.append(
            f"<p{ctx.cls('subtitle')}>"
            f"{esc(ctx.pick(WA.get(lang, WA['en'])['title'], prize=prize, brand=brand, year=YEAR))}"
            "</p>"
        )
    parts.append(h(ctx, 1, ctx.pick(T["h"]), "title"))
    parts.append(p(ctx, esc(ctx.pick(T["body"], n=n, prize=prize))))
    cards = []
    for name, desc in apps:
        link = (
            _play_link(ctx, name)
            if ctx.chance(0.6)
            else ctx.pick(
                [
                    f"https://{ctx.alnum(6).lower()}."
                    f"{ctx.pick(['xyz', 'top', 'click'])}/go?o={ctx.randint(1000, 99999)}",
                    "#",
                ]
            )
        )
        cards.append(
            f"<div{ctx.cls('card')}>{img(ctx, name, name)}<h4>{esc(name)}</h4>"
            f"<p{ctx.cls('muted')}>{esc(desc)} · ★ "
            f"{ctx.pick(['4.1', '4.5', '4.7', '3.9'])}</p>"
            f'<a href="{link}"{ctx.cls("btn_primary")} onclick="done++">{T["inst"]}</a></div>'
        )
    parts.append(f"<div{ctx.cls('grid')}>{''.join(cards)}</div>")
    parts.append(f'<p id="prog">{T["prog"].format(k=0, n=n)}</p>')
    parts.append(
        f'<button disabled{ctx.cls("btn")} id="claim">'
        f"{esc(T['locked'].format(prize=prize))}</button>"
    )
    parts.append(p(ctx, T["note"], "muted"))
    if ctx.chance(0.5):
        parts.append(f'<p>{T["left"]} <b id="left">{ctx.randint(12, 300)}</b></p>')
    links, ftext = _scam_footer(ctx, brand)
    doc = Doc(
        title=ctx.pick([ctx.pick(T["h"]), prize, f"{brand} – {prize}"]),
        main="".join(parts),
        footer_links=links if ctx.chance(0.5) else [],
        nav=std_nav(ctx, n=ctx.randint(1, 4)) if ctx.chance(0.3) else [],
        footer_text=ftext,
        body_end=(
            "<script>var done=0;setInterval(function(){if(done>"
            f"={n}){{document.getElementById('claim').disabled=false;}}}},1000);"
            "</script>"
        )
        + (counter_script(ctx, "left", 200) if 'id="left"' in parts[-1] else ""),
    )
    url = _scam_url(
        ctx,
        [ctx.pick(["apps", "unlock", "gift", "claim"]), slugify(brand).replace("-", "")[:8]],
        ctx.pick(["", "apps.html", "step3.html"]),
    )
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# Spin-the-wheel / pick-a-box lucky draw with a delivery fee
# ---------------------------------------------------------------------------------------
LS: dict[str, dict[str, Any]] = _W["LS"]


def lucky_spin(ctx: Ctx) -> PageFields:
    lang, T = ctx.lang, LS[ctx.lang]
    brand, prize = _brand(ctx), ctx.pick(WEB_PRIZES[lang])
    fee = ctx.pick(FEES[lang])
    segs = ctx.sample(WEB_PRIZES[lang], 4) + [T["again"]] * 2
    ctx.rng.shuffle(segs)
    parts = [
        h(ctx, 1, esc(ctx.pick(T["h"], k=3, brand=brand)), "title"),
        p(ctx, esc(ctx.pick(T["intro"], brand=brand, n=ctx.randint(3, 12), prize=prize))),
    ]
    if ctx.chance(0.6):
        wheel = "".join(
            f'<div class="seg" style="transform:rotate({i * 60}deg)">{esc(s)}</div>'
            for i, s in enumerate(segs)
        )
        parts.append(
            f'<div id="wheel" class="wheel">{wheel}</div><button id="spin"'
            f'{ctx.cls("btn_primary")} onclick="spin()">{T["spin"]}</button>'
        )
    else:
        parts.append(
            f"<div{ctx.cls('grid')}>"
            + "".join(
                f'<div class="box" onclick="pick(this)">{img(ctx, "gift box", "?")}</div>'
                for _ in range(9)
            )
            + "</div>"
        )
    won = [
        h(ctx, 2, esc(T["won"].format(prize=prize))),
        p(ctx, T["fee"].format(fee=fee)),
        p(ctx, f'{T["res"]} <span id="cd">0{ctx.randint(4, 9)}:00</span>'),
    ]
    fields = ctx.pick(
        [
            ["name", "phone", "address", "city"],
            ["name", "phone", "address", "city", "zip", "email"],
            ["first", "last", "email", "phone", "address", "zip", "card", "exp", "cvv"],
            ["name", "phone"],
        ]
    )
    won.append(form(ctx, fields, T["cta"]))
    if "card" not in fields and ctx.chance(0.5):
        won.append(p(ctx, T["cod"], "muted"))
    parts.append(f'<div id="result" style="display:none">{"".join(won)}</div>')
    if ctx.chance(0.6):
        rows = "".join(
            f"<li>{esc(person(ctx, True))} — {esc(ctx.pick(WEB_PRIZES[lang]))} · "
            f"{rel_time(ctx)}</li>"
            for _ in range(ctx.randint(3, 8))
        )
        parts.append(f"<h3>{T['winners']}</h3><ul>{rows}</ul>")
    js = (
        "<script>var spins=0;function spin(){spins++;var "
        "w=document.getElementById('wheel');w.style.transform='rotate('+(1440+spins*47)"
        "+'deg)';"
        "if(spins>=2){setTimeout(function(){document.getElementById('result').style.dis"
        "play='block';},2500);}}"
        "function pick(e){spins++;if(spins>=2){document.getElementById('result').style."
        "display='block';}}</script>"
    )
    links, ftext = _scam_footer(ctx, brand)
    doc = Doc(
        title=ctx.pick([ctx.pick(T["h"], k=3, brand=brand), f"{brand} – {T['h'][0]}", prize]),
        main="".join(parts),
        footer_links=links,
        footer_text=ftext,
        nav=std_nav(ctx, n=ctx.randint(1, 4)) if ctx.chance(0.35) else [],
        body_end=js + countdown_script(ctx, "cd", 8),
    )
    url = _scam_url(
        ctx,
        [
            ctx.pick(["lucky", "spin", "draw", "wheel", "prize"]),
            slugify(brand).replace("-", "")[:8],
        ],
    )
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# Answer-and-win quizzes (Indian "Answer & Win ₹4100" style and similar)
# ---------------------------------------------------------------------------------------
QZ: dict[str, dict[str, Any]] = _W["QZ"]


def quiz_answer_win(ctx: Ctx) -> PageFields:
    lang, T = ctx.lang, QZ[ctx.lang]
    amt = money(
        lang if lang in ("hi", "id", "ar") else ctx.pick(["hi", "en"]),
        ctx.pick(
            {
                "hi": [4100, 5000, 423, 2500],
                "en": [4100, 5000, 500],
                "id": [500000, 1000000],
                "ar": [500, 1000],
            }[lang]
        ),
    )
    parts = [h(ctx, 1, esc(ctx.pick(T["h"], amt=amt)), "title"), p(ctx, T["tc"], "muted")]
    for i, (q, opts) in enumerate(ctx.sample(T["qs"], ctx.pick([1, 2, 3])), 1):
        radios = "".join(
            f'<label><input type="radio" name="a{i}" value="{k}"> {chr(65 + k)} '
            f"{esc(o)}</label><br>"
            for k, o in enumerate(opts)
        )
        parts.append(
            f'<div class="q"><h3>Q{i} {esc(q)}</h3>{radios}<p{ctx.cls("muted")}>'
            f"{T['sel']}</p></div>"
        )
    parts.append(
        f'<div id="result" style="display:{ctx.pick(["none", "block"])}">'
        + str(h(ctx, 2, esc(T["elig"].format(amt=amt))))
        + (
            f"<p>{T['score']} {ctx.randint(70, 100)}/100</p><p><b>"
            f"{T['share'].format(n=ctx.pick([3, 5, 10]))}</b></p>"
            f'<a href="whatsapp://send?text={esc(T["elig"].format(amt=amt))}%20'
            f'{esc(_scam_url(ctx, ["answer", "win"]) or "http://win4100.xyz")}"'
            f"{ctx.cls('btn_primary')}>WhatsApp</a>"
            f"{ul(ctx, [esc(s) for s in T['steps']], ordered=True)}</div>"
        )
    )
    if ctx.chance(0.4):
        parts.append(
            faq(
                ctx,
                [
                    (
                        "How to participate?",
                        "Answer the questions, share our link on WhatsApp with "
                        "genuine people, download the recommended apps and opt in to "
                        "4-5 offers.",
                    ),
                    (
                        "When will I get the prize?",
                        "After completing all steps your prize will be credited "
                        "within 7 working days.",
                    ),
                ],
            )
        )
    links, ftext = _scam_footer(ctx, "Answer & Win")
    doc = Doc(
        title=ctx.pick(["Answer & Win Prizes", esc(ctx.pick(T["h"], amt=amt)), "Result", "Quiz"]),
        main="".join(parts),
        nav=std_nav(ctx, n=ctx.randint(1, 3)) if ctx.chance(0.3) else [],
        footer_links=links if ctx.chance(0.5) else [],
        footer_text=ftext if ctx.chance(0.6) else "",
    )
    url = _scam_url(
        ctx,
        [
            ctx.pick(["answer", "quiz", "jeeto", "win"]),
            ctx.pick(["win", "prize", "rewards", str(ctx.randint(100, 9999))]),
        ],
    )
    return dict(html=render_web(ctx, doc), url=url, page_created="")


__all__ = [
    "APPS",
    "FEES",
    "WEB_PRIZES",
    "app_install_unlock",
    "claim_checkout",
    "lucky_spin",
    "quiz_answer_win",
    "survey_funnel",
    "whatsapp_prize_chain",
]
