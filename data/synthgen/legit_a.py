"""Legit hard negatives (part A): news and warnings ABOUT giveaway scams (quoting their phrases),
sweepstakes official rules, brand contest entry pages, newsletter signups."""

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
    lang_tld,
    latin_slug,
    local_amount,
    money,
    person,
    slugify,
)
from .markup import Doc, comments_block, consent_checkbox, field_html, form, h, img, p, rel_time, ul
from .skins import render_web, std_footer, std_nav
from .social import ANNIV_PRIZES, BRANDS, WARN_COMMENTS
from .wording import neutral, wording

_W = wording("legit_a")
_MUL = neutral("legit_a")

YEAR = 2026

# ---------------------------------------------------------------------------------------
# News / consumer warnings about giveaway scams
# ---------------------------------------------------------------------------------------
NEWS: dict[str, dict[str, Any]] = _W["NEWS"]

#: Extra background paragraphs: news pages pick some of these to reach long-form length.
NEWS_MORE: dict[str, list[str]] = _W["NEWS_MORE"]

EXPERTS: dict[str, list[str]] = _W["EXPERTS"]
CELEBS_NEWS = ["Elon Musk", "Michael Saylor", "Vitalik Buterin", "MrBeast", "Cristiano Ronaldo"]


def news_scam_warning(ctx: Ctx) -> PageFields:
    lang, T = ctx.lang, NEWS[ctx.lang]
    brand = ctx.pick(BRANDS[lang])
    prize = ctx.pick(ANNIV_PRIZES[lang])
    fee = {
        "en": "$1.95",
        "es": "1,95 €",
        "pt": "R$ 9,90",
        "fr": "1,95 €",
        "de": "1,95 €",
        "id": "Rp 19.000",
        "hi": "₹49",
        "ar": "9 ريال",
        "vi": "25.000đ",
        "tr": "29,90 TL",
        "ru": "199 ₽",
    }[lang]
    kw = dict(
        brand=brand,
        prize=prize,
        celeb=ctx.pick(CELEBS_NEWS),
        fee=fee,
        expert=ctx.pick(EXPERTS[lang]),
        org=ctx.pick(T["expert_orgs"]),
        days=ctx.randint(3, 21),
        monthly=money(lang, local_amount(ctx, ctx.pick([49.95, 69.99, 89.95]))),
    )
    outlet = ctx.pick(T["outlets"])
    head = ctx.pick(T["heads"], **kw)
    pub = REF_DATE - timedelta(days=ctx.randint(0, 700))
    paras = T["paras"][:]
    n = ctx.randint(2, len(paras))
    chosen = [paras[0], *ctx.sample(paras[1:], n - 1)]
    if ctx.chance(0.6):
        more = NEWS_MORE[lang]
        chosen += ctx.sample(more, ctx.randint(1, len(more)))
    kw["k"] = f"{ctx.randint(2, 90) * 1000:,}".replace(
        ",", "." if lang in ("de", "es", "pt", "id", "tr", "vi") else ","
    )
    parts = [
        f"<article><header><h1{ctx.cls('title')}>{esc(head)}</h1><p{ctx.cls('muted')}>"
        f'{T["by"]} {esc(person(ctx))} · <time datetime="{pub.isoformat()}">'
        f"{fmt_date(lang, pub)}</time>"
        + (
            f" · {T['upd']} {fmt_date(lang, pub + timedelta(days=ctx.randint(0, 3)))}"
            if ctx.chance(0.3)
            else ""
        )
        + "</p></header>"
    ]
    if ctx.chance(0.5):
        parts.append(
            "<figure>"
            f"{img(ctx, 'scam screenshot', 'Screenshot of the fake giveaway post')}<fig"
            f"caption>{esc(ctx.pick(['Screenshot', 'Captura', 'Foto', '']))}</figcaptio"
            "n></figure>"
        )
    for i, para in enumerate(chosen):
        parts.append(p(ctx, esc(para.format(**kw))))
        if i == 1 and ctx.chance(0.3):
            parts.append(
                "<blockquote>"
                f"{esc(ctx.pick(ANNIV_QUOTES.get(lang, ANNIV_QUOTES['en'])).format(**kw))}"
                "</blockquote>"
            )
    if ctx.chance(0.75):
        parts.append(
            h(ctx, 2, T["tips_h"])
            + ul(ctx, [esc(t) for t in ctx.sample(T["tips"], ctx.randint(2, len(T["tips"])))])
        )
    parts.append("</article>")
    if ctx.chance(0.5):
        rel = [
            esc(
                ctx.pick(
                    T["heads"],
                    **dict(kw, brand=ctx.pick(BRANDS[lang]), prize=ctx.pick(ANNIV_PRIZES[lang])),
                )
            )
            for _ in range(ctx.randint(2, 5))
        ]
        parts.append(
            f'<aside class="related"><h3>{T["related"]}</h3>'
            f"{ul(ctx, [f'<a href=#>{r}</a>' for r in rel])}</aside>"
        )
    if ctx.chance(0.25):
        parts.append(
            comments_block(
                ctx,
                [
                    (person(ctx), esc(ctx.pick(WARN_COMMENTS[lang])), rel_time(ctx))
                    for _ in range(ctx.randint(2, 5))
                ],
            )
        )
    links, ftext = std_footer(ctx, outlet)
    nav = std_nav(ctx, [ctx.ui["news"]], n=ctx.randint(3, 7)) + ctx.sample(
        ["Politics", "Business", "Tech", "Sport", "Local", "Opinion", "Weather"], ctx.randint(0, 4)
    )
    side = (
        (
            "<h3>"
            + esc(ctx.pick(["Most read", "Trending", T["related"]]))
            + "</h3>"
            + ul(
                ctx,
                [
                    esc(x)
                    for x in ctx.sample(
                        [
                            "Council approves new budget",
                            "Weekend weather: sun returns",
                            "Local team wins derby",
                            "Fuel prices drop again",
                            "New bus routes from Monday",
                            "School holidays dates announced",
                        ],
                        4,
                    )
                ],
            )
        )
        if ctx.chance(0.5)
        else ""
    )
    doc = Doc(
        title=f"{head} | {outlet}",
        main="".join(parts),
        site=outlet,
        nav=nav,
        footer_links=links,
        footer_text=ftext,
        sidebar=side,
        meta_desc=esc(chosen[0].format(**kw))[:160],
        cookie=ctx.chance(0.5),
        analytics=ctx.chance(0.7),
    )
    dom = latin_slug(ctx, outlet, "")
    r = ctx.rng.random()
    tld = {
        "en": ["com", "co.uk", "com.au"],
        "es": ["es", "com.mx"],
        "pt": ["com.br", "pt"],
        "fr": ["fr", "be"],
        "de": ["de", "at"],
        "id": ["co.id", "id", "com"],
        "hi": ["in", "com"],
        "ar": ["com", "ae", "sa"],
        "vi": ["vn", "com.vn"],
        "tr": ["com.tr", "com"],
        "ru": ["ru", "com"],
    }[lang]
    url = (
        f"https://www.{dom}.{ctx.pick(tld)}/"
        f"{ctx.pick(['news', 'consumer', 'tech', 'local'])}/{pub.year}/{pub.month:02d}/"
        f"{slugify(head)[:60]}"
        if r < 0.8
        else f"https://{dom}.blogspot.com/{pub.year}/{pub.month:02d}/{slugify(head)[:40]}.html"
        if r < 0.88
        else ""
    )
    return dict(
        html=render_web(ctx, doc, skin=ctx.pick(["wp", "modern", "bootstrap", "plain", "wp"])),
        url=url,
        page_created="",
    )


ANNIV_QUOTES: dict[str, list[str]] = _W["ANNIV_QUOTES"]


# ---------------------------------------------------------------------------------------
# Sweepstakes official rules
# ---------------------------------------------------------------------------------------
SPONSORS: dict[str, list[list[str]]] = _W["SPONSORS"]
RULES: dict[str, dict[str, Any]] = _W["RULES"]
PROMO_NAMES: list[str] = _MUL["PROMO_NAMES"]
BIG_PRIZES: dict[str, list[str]] = _W["BIG_PRIZES"]
SMALL_PRIZES: dict[str, list[str]] = _W["SMALL_PRIZES"]


def sweepstakes_rules(ctx: Ctx) -> PageFields:
    lang, T = ctx.lang, RULES[ctx.lang]
    sponsor, addr = ctx.pick(SPONSORS[lang])
    promo = (
        ctx.pick(PROMO_NAMES)
        if lang == "en"
        else ctx.pick(
            [
                "Gran Sorteo de Verano",
                "Jeu de l'été",
                "Sommer-Gewinnspiel",
                "Promoção Verão Premiado",
                "Sorteo Aniversario",
            ]
        )
    )
    start = REF_DATE - timedelta(days=ctx.randint(-20, 400))
    end = start + timedelta(days=ctx.randint(20, 90))
    draw = end + timedelta(days=ctx.randint(3, 15))
    dom = latin_slug(ctx, sponsor.split(",")[0], "")[:20]
    site = ctx.pick([f"www.{dom}.com/sweeps", f"{dom}.com/giveaway", f"promo.{dom}.com"])
    arv_usd = ctx.pick([500, 2500, 5000, 10000, 35000])
    kw = dict(
        promo=promo,
        sponsor=sponsor,
        addr=addr,
        start=fmt_date(lang, start),
        end=fmt_date(lang, end),
        draw=fmt_date(lang, draw),
        site=site,
        prize=ctx.pick(BIG_PRIZES[lang]),
        arv=money(lang if lang != "pt" else "pt", local_amount(ctx, arv_usd, 10)),
        n1=ctx.randint(3, 50),
        small=ctx.pick(SMALL_PRIZES[lang]),
        sarv=money(lang, local_amount(ctx, 50, 5)),
        total=money(lang, local_amount(ctx, arv_usd + 500, 10)),
    )
    parts = [
        h(ctx, 1, esc(T["title"].format(**kw)), "title"),
        p(ctx, f"<strong>{T['npn']}</strong>"),
    ]
    if ctx.chance(0.5):
        parts.append(
            p(
                ctx,
                f"{T['eff']}: {fmt_date(lang, start - timedelta(days=ctx.randint(1, 30)))}",
                "muted",
            )
        )
    secs = T["secs"] if ctx.chance(0.7) else T["secs"][: ctx.randint(4, len(T["secs"]))]
    numbered = ctx.chance(0.6) and lang == "en"
    for i, (hd, body) in enumerate(secs, 1):
        parts.append(
            h(ctx, 3, esc(f"{i}. {hd}" if numbered else hd)) + p(ctx, esc(body.format(**kw)))
        )
    if ctx.chance(0.5):
        parts.append(p(ctx, esc(T["social"]), "muted"))
    links, ftext = std_footer(ctx, sponsor.split(",")[0])
    doc = Doc(
        title=T["title"].format(**kw),
        main="".join(parts),
        site=sponsor.split(",")[0],
        nav=std_nav(ctx, n=ctx.randint(0, 4)),
        footer_links=links,
        footer_text=ftext,
    )
    r = ctx.rng.random()
    url = (
        f"https://{site.replace('www.', 'www.', 1)}/rules"
        if r < 0.7
        else f"https://{dom}.github.io/sweepstakes-rules/"
        if r < 0.8
        else ""
    )
    return dict(
        html=render_web(ctx, doc),
        url=url.replace("https://www.www.", "https://www."),
        page_created="",
    )


# ---------------------------------------------------------------------------------------
# Brand contest entry pages (forms with name/email/phone/dob + rules link)
# ---------------------------------------------------------------------------------------
CE: dict[str, dict[str, Any]] = _W["CE"]


def brand_contest_entry(ctx: Ctx) -> PageFields:
    lang, T = ctx.lang, CE[ctx.lang]
    sp_lang = lang if lang in SPONSORS else "en"
    sponsor = ctx.pick(SPONSORS[sp_lang])[0]
    prize = ctx.pick(
        BIG_PRIZES.get(lang, BIG_PRIZES["en"]) if lang in BIG_PRIZES else ANNIV_PRIZES[lang]
    )
    end = REF_DATE + timedelta(days=ctx.randint(-60, 60))
    dom = latin_slug(ctx, sponsor.split(",")[0], "")[:20]
    rules = ctx.pick(
        [
            "/official-rules",
            "rules.html",
            f"https://www.{dom}.com/rules",
            "/bases-legales",
            "/teilnahmebedingungen",
            "/regulamento",
        ]
    )
    kw = dict(
        prize=prize,
        end=fmt_date(lang, end),
        n=ctx.randint(1, 100),
        promo=ctx.pick(PROMO_NAMES),
        rules=rules,
        sponsor=sponsor,
    )
    parts = [h(ctx, 1, esc(ctx.pick(T["h"], **kw)), "title")]
    if ctx.chance(0.6):
        parts.append(img(ctx, prize, prize))
    parts.append(p(ctx, esc(ctx.pick(T["sub"], **kw))))
    if ctx.chance(0.5):
        parts.append(h(ctx, 3, T["how"]) + ul(ctx, T["steps"], ordered=True))
    fields = ["first", "last", "email"]
    if ctx.chance(0.7):
        fields.append("phone")
    if ctx.chance(0.5):
        fields.append("dob")
    if ctx.chance(0.4):
        fields.append(
            field_html(
                ctx,
                "state",
                options=["—", "CA", "NY", "TX", "FL", "OH", "WA"] if lang == "en" else None,
            )
        )
    if ctx.chance(0.25):
        fields += ["address", "city", "zip"]
    if ctx.chance(0.3):
        fields.append(field_html(ctx, "code", required=False, label=T["code"]))
    if ctx.chance(0.15):
        fields.append('<label>Photo <input type="file" name="photo" accept="image/*"></label>')
    extra = consent_checkbox(ctx, T["agree"].format(rules=rules)) + consent_checkbox(
        ctx, T["optin"]
    )
    parts.append(form(ctx, fields, ctx.pick(T["btn"]), extra=extra))
    parts.append(f"<p{ctx.cls('muted')}>{T['fine'].format(**kw)}</p>")
    cd = ""
    if ctx.chance(0.3):
        parts.insert(
            2,
            f'<p{ctx.cls("badge")}>⏰ <span id="ends">{ctx.randint(1, 20)}d '
            f"{ctx.randint(0, 23):02d}:{ctx.randint(0, 59):02d}:"
            f"{ctx.randint(0, 59):02d}</span></p>",
        )
        from .markup import countdown_script

        cd = countdown_script(ctx, "ends", ctx.randint(60, 20000))
    if ctx.chance(0.2):
        parts.append(f'<div id="thanks" style="display:none">{p(ctx, T["thanks"])}</div>')
    links, ftext = std_footer(ctx, sponsor.split(",")[0])
    links = ["Official Rules", *links] if ctx.chance(0.3) else links
    doc = Doc(
        title=f"{ctx.pick(T['h'], **kw)} | {sponsor.split(',')[0]}",
        main="".join(parts),
        site=sponsor.split(",")[0],
        nav=std_nav(ctx, n=ctx.randint(0, 5)),
        footer_links=links,
        footer_text=ftext,
        analytics=ctx.chance(0.6),
        body_end=cd,
    )
    r = ctx.rng.random()
    path = {
        "en": ["win", "sweepstakes", "contest", "promo"],
        "es": ["sorteo", "concurso", "promo"],
        "de": ["gewinnspiel", "aktion"],
        "fr": ["jeu-concours", "concours"],
        "pt": ["promocao", "sorteio"],
        "id": ["undian", "promo"],
        "tr": ["cekilis", "kampanya"],
    }[lang]
    url = (
        f"https://www.{dom}.{ctx.pick(['com', lang_tld(ctx)])}/{ctx.pick(path)}"
        if r < 0.6
        else f"https://promo.{dom}.com/"
        if r < 0.75
        else f"https://{dom}.github.io/contest/"
        if r < 0.82
        else ""
    )
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# Newsletter signups (email only), discount popups, spin-to-win for a coupon, confirmations
# ---------------------------------------------------------------------------------------
NL: dict[str, dict[str, Any]] = _W["NL"]
NL_SITES: list[str] = _MUL["NL_SITES"]


def newsletter_signup(ctx: Ctx) -> PageFields:
    T = NL[ctx.lang]
    site = ctx.pick(NL_SITES)
    v = ctx.pick(["plain", "plain", "discount", "spin", "confirm", "soon"])
    parts = []
    if v == "confirm":
        parts += [h(ctx, 1, T["confirm_h"], "title"), p(ctx, T["confirm"])]
    elif v == "spin":
        segs = "".join(f'<div class="seg">{esc(s)}</div>' for s in T["segs"])
        parts += [
            h(ctx, 2, T["spin_h"], "title"),
            f'<div class="wheel">{segs}</div>',
            p(ctx, T["spin"]),
            form(ctx, ["email"], ctx.pick(T["btn"]), action="/api/spin"),
            p(ctx, ctx.pick(T["never"]), "muted"),
        ]
    elif v == "soon":
        parts += [
            h(ctx, 1, esc(site), "title"),
            p(ctx, T["soon"]),
            form(ctx, ["email"], ctx.pick(T["btn"])),
            p(ctx, ctx.pick(T["never"]), "muted"),
        ]
    else:
        hd = (
            T["h"][2]
            if v == "discount" and len(T["h"]) > 2
            else (T["h"][1] if v == "discount" else ctx.pick(T["h"]))
        )
        parts += [h(ctx, ctx.pick([1, 2]), hd, "title"), p(ctx, ctx.pick(T["body"]))]
        fields = ["email"] if ctx.chance(0.75) else ["first", "email"]
        extra = (
            consent_checkbox(
                ctx, f'{ctx.pick(T["never"])} <a href="/privacy">{ctx.ui["privacy"]}</a>'
            )
            if ctx.chance(0.5)
            else ""
        )
        parts.append(
            form(
                ctx,
                fields,
                ctx.pick(T["btn"]),
                action=ctx.pick(
                    [
                        "/subscribe",
                        "https://"
                        + slugify(site)
                        + ".us21.list-manage.com/subscribe/post?u="
                        + ctx.hexs(25),
                        "https://app.convertkit.com/forms/"
                        + str(ctx.randint(100000, 9999999))
                        + "/subscriptions",
                        "#",
                    ]
                ),
                extra=extra,
            )
        )
        if not extra:
            parts.append(
                p(
                    ctx,
                    f'{ctx.pick(T["never"])} <a href="/privacy">{ctx.ui["privacy"]}</a>',
                    "muted",
                )
            )
    if ctx.chance(0.35):
        parts.insert(0, img(ctx, site + " logo", site))
    long = ctx.chance(0.4)
    links, ftext = std_footer(ctx, site)
    doc = Doc(
        title=(
            str(
                re.sub("<[^>]+>", "", parts[0] if not parts[0].startswith("<img") else parts[1])[
                    :60
                ]
            )
            + f" | {site}"
        ),
        main="".join(parts),
        site=site if long else "",
        nav=std_nav(ctx) if long else [],
        footer_links=links if long or ctx.chance(0.4) else [],
        footer_text=ftext,
    )
    dom = latin_slug(ctx, site, "")
    r = ctx.rng.random()
    url = (
        (
            f"https://www.{dom}.{ctx.pick(['com', 'co', 'shop', lang_tld(ctx), lang_tld(ctx)])}/"
            + str(ctx.pick(["newsletter", "subscribe", "", "pages/newsletter"]))
        )
        if r < 0.65
        else f"https://{dom}.substack.com/"
        if r < 0.72
        else f"https://{dom}.github.io/"
        if r < 0.78
        else ""
    )
    return dict(html=render_web(ctx, doc), url=url, page_created="")


__all__ = ["brand_contest_entry", "news_scam_warning", "newsletter_signup", "sweepstakes_rules"]
