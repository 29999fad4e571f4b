"""Legit hard negatives (part B): app download pages, coupon/deal pages, shops with free
shipping (product, checkout with card fields, gift cards), charity donations, research consent
surveys, community events, receipt/customer-satisfaction surveys with an optional prize draw."""

from __future__ import annotations

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
from .markup import (
    Doc,
    button,
    comments_block,
    consent_checkbox,
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
from .skins import render_web, std_footer, std_nav
from .wording import neutral, wording

_W = wording("legit_b")
_MUL = neutral("legit_b")

YEAR = 2026


def _site_url(
    ctx: Ctx,
    name: str,
    paths: list[str],
    tlds: tuple[str, ...] = ("com",),
    alt_free: float = 0.1,
    empty: float = 0.15,
) -> str:
    """A legit-looking URL: the name's own domain (generic TLD from ``tlds`` or the language's
    country TLD), sometimes free hosting, sometimes empty."""
    dom = latin_slug(ctx, name, "")[:22]
    r = ctx.rng.random()
    if r < empty:
        return ""
    if r < empty + alt_free:
        return (
            f"https://{dom}."
            f"{ctx.pick(['github.io', 'netlify.app', 'pages.dev', 'wixsite.com/' + dom])}"
            f"/{ctx.pick(paths)}"
        )
    tld = ctx.pick(list(tlds)) if ctx.chance(0.5) else lang_tld(ctx)
    return f"https://www.{dom}.{tld}/{ctx.pick(paths)}"


# ---------------------------------------------------------------------------------------
# App download pages
# ---------------------------------------------------------------------------------------
APPS_LEGIT: list[list[str]] = _MUL["APPS_LEGIT"]
AD: dict[str, dict[str, Any]] = _W["AD"]


def app_download_page(ctx: Ctx) -> PageFields:
    lang, T = ctx.lang, AD[ctx.lang]
    app, cat = ctx.pick(APPS_LEGIT)
    tag = T["tag"].get(cat) or ctx.pick(list(T["tag"].values()))
    price = money(lang, round(local_amount(ctx, ctx.pick([1.99, 2.99, 3.99, 4.99])), 2))
    appid = ctx.randint(1_000_000_000, 6_999_999_999)
    pkg = f"com.{slugify(app).replace('-', '')}.{ctx.pick(['app', 'android', 'mobile'])}"
    badges = (
        f'<a href="https://apps.apple.com/app/{slugify(app)}/id{appid}"><img '
        f'src="/img/app-store-badge-{lang}.svg" alt="Download on the App Store"></a> '
        f'<a href="https://play.google.com/store/apps/details?id={pkg}"><img '
        f'src="/img/google-play-badge-{lang}.png" alt="Get it on Google Play"></a>'
    )
    parts = [
        h(ctx, 1, esc(app), "title"),
        p(ctx, esc(tag), "subtitle"),
        badges,
        p(
            ctx,
            T["rating"].format(
                r=ctx.pick(["4.6", "4.7", "4.8", "4.9"]), n=f"{ctx.randint(200, 90000):,}"
            ),
            "muted",
        ),
    ]
    if ctx.chance(0.6):
        parts.append(
            f"<div{ctx.cls('grid')}>"
            + "".join(
                img(ctx, f"{app} screenshot {i}", f"{app} screenshot")
                for i in range(ctx.randint(2, 4))
            )
            + "</div>"
        )
    parts.append(
        h(ctx, 2, T["fh"]) + ul(ctx, ctx.sample(T["feats"], ctx.randint(3, len(T["feats"]))))
    )
    if ctx.chance(0.5):
        parts.append(
            h(ctx, 2, T["rev"])
            + "".join(
                f"<blockquote>{esc(r)} — {esc(person(ctx, True))}</blockquote>"
                for r in ctx.sample(T["revs"], len(T["revs"]))
            )
        )
    if ctx.chance(0.6):
        parts.append(
            h(ctx, 2, ctx.ui["faq"])
            + faq(ctx, [(q.format(app=app), a.format(app=app, price=price)) for q, a in T["faq"]])
        )
    parts += [h(ctx, 2, T["dl"]), badges, p(ctx, T["req"], "muted")]
    if ctx.chance(0.4):
        parts.append(p(ctx, T["priv"], "muted"))
    links, ftext = std_footer(ctx, app)
    doc = Doc(
        title=f"{app} – {tag}",
        main="".join(parts),
        site=app,
        nav=std_nav(ctx, n=ctx.randint(1, 4)) if ctx.chance(0.75) else [],
        footer_links=links,
        footer_text=ftext,
        meta_desc=esc(tag),
        head_extra=f'<meta name="apple-itunes-app" content="app-id={appid}">'
        if ctx.chance(0.4)
        else "",
    )
    url = _site_url(
        ctx, app, ["", "download", "app", f"{lang}/"], tlds=("com", "app", "io"), alt_free=0.2
    )
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# Coupon / deal pages
# ---------------------------------------------------------------------------------------
STORES: list[str] = _MUL["STORES"]
CD: dict[str, dict[str, Any]] = _W["CD"]


def coupon_deals(ctx: Ctx) -> PageFields:
    lang, T = ctx.lang, CD[ctx.lang]
    store = ctx.pick(STORES)
    month = T["months"][REF_DATE.month - 1 - ctx.randint(0, 4)]
    ship = money(lang, local_amount(ctx, ctx.pick([35, 50, 75]), 5))
    cards = []
    for text, code in ctx.sample(T["offers"], ctx.randint(2, len(T["offers"]))) * ctx.pick(
        [1, 1, 2]
    ):
        pct = ctx.pick([10, 15, 20, 25, 30, 40])
        t = text.format(
            p=pct,
            ship=ship,
            amt=money(lang, local_amount(ctx, ctx.pick([5, 10, 15]), 5)),
            big=money(lang, local_amount(ctx, 75, 5)),
        )
        exp = fmt_date(lang, REF_DATE + timedelta(days=ctx.randint(1, 60)))
        btn = button(
            ctx,
            T["show"] if code else T["deal"],
            f"/out/{slugify(store)}?c={ctx.randint(1000, 99999)}",
            primary=bool(code),
        )
        codehtml = (
            f'<span class="code" data-code="{code.format(p=pct)}">'
            f"••••{code.format(p=pct)[-2:]}</span>"
            if code
            else ""
        )
        cards.append(
            f"<div{ctx.cls('card')}><h3>{esc(t)}</h3><span{ctx.cls('badge')}>"
            f"{T['verified']}</span> <span{ctx.cls('muted')}>{T['exp'].format(d=exp)} "
            "· "
            f"{T['used'].format(n=ctx.randint(3, 900))}</span>{codehtml}{btn}</div>"
        )
    parts = [
        h(ctx, 1, esc(T["title"].format(store=store, month=month, year=YEAR)), "title"),
        p(ctx, T["disc"], "muted"),
        "".join(cards),
    ]
    if ctx.chance(0.6):
        parts.append(
            h(ctx, 2, T["how"].format(store=store))
            + ul(ctx, [s.format(store=store) for s in T["steps"]], ordered=True)
        )
    if ctx.chance(0.6):
        parts.append(
            h(ctx, 2, T["about"].format(store=store))
            + p(ctx, esc(T["about_t"].format(store=store, ship=ship)))
        )
    site = ctx.pick(
        [
            "SaveMore",
            "DealFinder",
            "CouponCabin Plus",
            "Gutscheinheld",
            "ChollosHoy",
            "CupomValido",
            "CodePromoMalin",
        ]
    )
    links, ftext = std_footer(ctx, site)
    doc = Doc(
        title=T["title"].format(store=store, month=month, year=YEAR),
        main="".join(parts),
        site=site,
        nav=std_nav(ctx, n=ctx.randint(2, 5)),
        footer_links=links,
        footer_text=ftext,
        sidebar=("<h3>Top stores</h3>" + ul(ctx, ctx.sample(STORES, 6))) if ctx.chance(0.5) else "",
    )
    url = _site_url(
        ctx,
        site,
        [
            f"coupons/{slugify(store)}",
            f"{slugify(store)}-promo-codes",
            f"gutscheine/{slugify(store)}",
        ],
        tlds=("com", "net"),
    )
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# Shops: product page, checkout (with card fields), gift cards
# ---------------------------------------------------------------------------------------
PRODUCTS: list[list[Any]] = _MUL["PRODUCTS"]
SHOP: dict[str, dict[str, Any]] = _W["SHOP"]
SHOP_NAMES: list[str] = _MUL["SHOP_NAMES"]


def shop_page(ctx: Ctx) -> PageFields:
    lang, T = ctx.lang, SHOP[ctx.lang]
    shop = ctx.pick(SHOP_NAMES)
    thr = money(
        lang,
        local_amount(
            ctx, ctx.pick([35, 49, 50, 59, 75, 99]), 5 if lang not in ("id", "vi") else 1000
        ),
    )
    variant = ctx.pick(["product", "product", "product", "checkout", "giftcard"])
    parts = []
    banner = f"<div{ctx.cls('alert')}>{T['ship'].format(x=thr)}</div>"
    sale_js = ""
    if ctx.chance(0.2):
        banner += (
            f"<div{ctx.cls('badge')}>SALE −{ctx.pick([15, 20, 30, 40])}% · <span "
            f'id="sale">{ctx.randint(1, 47):02d}:{ctx.randint(0, 59):02d}:'
            f"{ctx.randint(0, 59):02d}</span></div>"
        )
        sale_js = countdown_script(ctx, "sale", ctx.randint(60, 2800))
    if ctx.chance(0.8):
        parts.append(banner)
    if variant == "product":
        name, usd = ctx.pick(PRODUCTS)
        price = money(lang, round(local_amount(ctx, usd, 100 if lang in ("id",) else None), 2))
        old = (
            money(lang, round(local_amount(ctx, usd * 1.3, 100 if lang in ("id",) else None), 2))
            if ctx.chance(0.4)
            else ""
        )
        parts += [
            f'<nav class="breadcrumb">{ctx.ui["home"]} › {ctx.ui["shop"]} › {esc(name)}</nav>',
            img(ctx, name, name),
            h(ctx, 1, esc(name), "title"),
            f"<p{ctx.cls('price')}>{'<s>' + old + '</s> ' if old else ''}{price}</p>",
            p(ctx, T["stock"], "muted"),
            f'<label>{T["qty"]} <input type="number" name="qty" value="1" min="1"></label>',
            button(ctx, T["add"], "#", onclick="addToCart()"),
            p(ctx, T["ret"], "muted"),
            h(ctx, 2, T["desc"]),
            ul(ctx, ctx.sample(T["d"], len(T["d"]))),
        ]
        if ctx.chance(0.6):
            parts.append(
                h(ctx, 2, T["revs"])
                + comments_block(
                    ctx,
                    [
                        (
                            person(ctx, True),
                            "★★★★★ " + esc(ctx.pick(T["rv"])),
                            fmt_date(lang, REF_DATE - timedelta(days=ctx.randint(2, 300))),
                        )
                        for _ in range(ctx.randint(1, 5))
                    ],
                )
            )
        title = f"{name} | {shop}"
    elif variant == "checkout":
        items = ctx.sample(PRODUCTS, ctx.randint(1, 3))
        sub = sum(u for _, u in items)
        rows = [[esc(n), money(lang, round(local_amount(ctx, u), 2))] for n, u in items]
        rows += [
            [T["sub"], money(lang, round(local_amount(ctx, sub), 2))],
            [T["shp"], T["free"] if sub >= 49 else money(lang, round(local_amount(ctx, 4.95), 2))],
            [
                f"<b>{T['tot']}</b>",
                "<b>"
                f"{money(lang, round(local_amount(ctx, sub + (0 if sub >= 49 else 4.95)), 2))}"
                "</b>",
            ],
        ]
        parts += [
            h(ctx, 1, T["co"], "title"),
            h(ctx, 2, T["sum"]),
            table(ctx, ["", ""], rows),
            h(ctx, 3, T["contact"]),
            form(
                ctx,
                [
                    "email",
                    "first",
                    "last",
                    "address",
                    "city",
                    "zip",
                    "country",
                    "phone",
                    f"<h3>{T['pay']}</h3>",
                    "card",
                    "exp",
                    "cvv",
                ],
                T["place"],
                action="/checkout/complete",
            ),
            p(ctx, T["sec"], "muted"),
        ]
        title = f"{T['co']} – {shop}"
    else:
        amts = [
            money(lang, local_amount(ctx, a, 5 if lang not in ("id", "vi") else 1000))
            for a in [25, 50, 100, 200]
        ]
        parts += [
            h(ctx, 1, T["gc"], "title"),
            img(ctx, "gift card", T["gc"]),
            h(ctx, 3, T["gca"]),
            "".join(f'<label><input type="radio" name="amount"> {a}</label> ' for a in amts),
            form(
                ctx,
                ["email", field_html(ctx, "message", required=False)],
                T["buy"],
                action="/giftcards/add",
            ),
            p(ctx, T["gcn"]),
            h(ctx, 2, T["bal"]),
            form(
                ctx,
                ["card", field_html(ctx, "pin", label=T["pin"])],
                T["chk"],
                action="/giftcards/balance",
            ),
        ]
        if ctx.chance(0.7):
            parts.append(p(ctx, T["gcw"], "muted"))
        title = f"{T['gc']} | {shop}"
    links, ftext = std_footer(ctx, shop)
    doc = Doc(
        title=title,
        main="".join(parts),
        site=shop,
        nav=[]
        if variant == "checkout" and ctx.chance(0.6)
        else [*std_nav(ctx, [ctx.ui["shop"]], n=ctx.randint(1, 5)), ctx.ui["cart"]],
        footer_links=links,
        footer_text=ftext,
        analytics=ctx.chance(0.6),
        body_end=sale_js,
    )
    url = _site_url(
        ctx,
        shop,
        ["products/" + slugify(ctx.pick(PRODUCTS)[0]), "checkout", "gift-cards", "shop/"],
        tlds=("com", "shop", "store"),
        alt_free=0.05,
    )
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# Charity donation pages
# ---------------------------------------------------------------------------------------
CHAR: dict[str, dict[str, Any]] = _W["CHAR"]


def charity_donation(ctx: Ctx) -> PageFields:
    lang, T = ctx.lang, CHAR[ctx.lang]
    org = ctx.pick(T["orgs"])
    amts = [
        money(lang, local_amount(ctx, a, 5 if lang not in ("id",) else 1000))
        for a in ctx.pick([[10, 25, 50, 100], [15, 30, 60, 120], [5, 20, 50, 250]])
    ]
    kw = dict(
        org=org,
        a=amts[1],
        b=amts[2],
        c=amts[3],
        ein=f"{ctx.randint(10, 99)}-{ctx.randint(1000000, 9999999)}",
        ch=ctx.randint(200000, 1199999),
        ibann=f"{ctx.randint(10, 99)} {ctx.randint(1000, 9999)} {ctx.randint(1000, 9999)} "
        f"{ctx.randint(1000, 9999)} {ctx.randint(1000, 9999)} {ctx.randint(10, 99)}",
        bic=ctx.pick(["GENODEF1S02", "COBADEFFXXX", "BFSWDE33BER"]),
        cif=ctx.randint(10000000, 99999999),
        cnpj=(
            f"{ctx.randint(10, 99)}.{ctx.randint(100, 999)}."
            + str(ctx.randint(100, 999))
            + f"/0001-{ctx.randint(10, 99)}"
        ),
        n=ctx.randint(120, 9000),
    )
    parts = [h(ctx, 1, esc(ctx.pick(T["h"], **kw)), "title")]
    if ctx.chance(0.6):
        parts.append(img(ctx, org, org))
    parts.append(p(ctx, esc(T["story"].format(**kw))))
    if lang in ("en", "de") and ctx.chance(0.25):
        tiers = (
            [("Supporter", 25), ("Member", 100), ("Patron", 500), ("Corporate sponsor", 1000)]
            if lang == "en"
            else [("Förderer", 25), ("Mitglied", 100), ("Pate", 500), ("Firmenpartner", 1000)]
        )
        rows = [
            [
                esc(n),
                money(lang, local_amount(ctx, v)) + ("/year" if lang == "en" else "/Jahr"),
                esc(
                    ctx.pick(
                        [
                            "Newsletter",
                            "Name on our website",
                            "Annual report",
                            "Event invitation",
                            "Logo on sponsors page",
                        ]
                    )
                ),
            ]
            for n, v in tiers
        ]
        parts.append(
            h(ctx, 2, "Membership" if lang == "en" else "Mitgliedschaft")
            + table(ctx, ["", "", ""], rows)
        )
    freq = (
        f'<label><input type="radio" name="freq" checked> {T["once"]}</label> <label>'
        f'<input type="radio" name="freq"> {T["monthly"]}</label>'
    )
    amt = (
        "".join(f'<label class="amt"><input type="radio" name="amount"> {a}</label>' for a in amts)
        + f'<label>{T["other"]} <input type="number" name="other"></label>'
    )
    fields = [freq, amt, "first", "last", "email"]
    if ctx.chance(0.4):
        fields += ["address", "city", "zip"]
    if ctx.chance(0.35):
        fields += ["card", "exp", "cvv"]
    parts.append(
        form(
            ctx,
            fields,
            T["btn"],
            action=ctx.pick(
                ["/donate/checkout", "https://donate.stripe.com/" + ctx.alnum(14).lower(), "#"]
            ),
        )
    )
    parts.append(p(ctx, T["pay"], "muted"))
    parts.append(ul(ctx, [esc(x.format(**kw)) for x in T["impact"]]))
    if ctx.chance(0.6):
        parts.append(
            h(ctx, 2, T["where"]) + table(ctx, ["", "%"], [[a, f"{b}%"] for a, b in T["spend"]])
        )
    parts.append(
        p(
            ctx,
            esc(T["tax"].format(**kw))
            + (" " + esc(T["uk"].format(**kw)) if T.get("uk") and ctx.chance(0.6) else ""),
            "muted",
        )
    )
    parts.append(p(ctx, T["receipt"], "muted"))
    links, ftext = std_footer(ctx, org)
    doc = Doc(
        title=f"{ctx.pick(T['h'], **kw)} | {org}",
        main="".join(parts),
        site=org,
        nav=std_nav(ctx, n=ctx.randint(1, 5)) if ctx.chance(0.75) else [],
        footer_links=links,
        footer_text=ftext,
    )
    url = _site_url(
        ctx,
        org,
        ["donate", "spenden", "donar", "doar", "give", ""],
        tlds=("org", "org", "ngo"),
        alt_free=0.1,
    )
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# Research surveys with consent forms (some with a voucher prize draw)
# ---------------------------------------------------------------------------------------
RS: dict[str, dict[str, Any]] = _W["RS"]
UNIS: dict[str, list[str]] = _W["UNIS"]


def research_survey(ctx: Ctx) -> PageFields:
    lang, T = ctx.lang, RS[ctx.lang]
    uni = ctx.pick(UNIS[lang])
    study = ctx.pick(T["study"])
    pi = person(ctx)
    email = f"{slugify(pi).split('-')[0]}.lab@{slugify(uni).replace('-', '')[:14]}.edu"
    kw = dict(
        topic=study.lower(),
        m=ctx.pick([10, 15, 20, 25]),
        pi=pi,
        email=email,
        uni=uni,
        irb=f"{ctx.randint(2023, 2026)}-{ctx.randint(100, 999)}",
        pay=money(
            lang if lang != "en" else ctx.pick(["en"]),
            ctx.pick([2, 2.5, 3, 4.5]) if lang == "en" else ctx.pick([2, 3, 5]),
        ),
        voucher=money(lang, local_amount(ctx, 20, 5)),
    )
    kw["comp"] = ctx.pick(T["comp"]).format(**kw)
    variant = ctx.pick(["consent", "consent", "demographics", "posttask", "complete"])
    parts = [h(ctx, 1, esc(T["h"]), "title"), h(ctx, 2, esc(study))]
    if variant == "consent":
        for hd, body in T["sec"]:
            parts.append(h(ctx, 3, esc(hd)) + p(ctx, esc(body.format(**kw))))
        parts.append(
            form(ctx, [consent_checkbox(ctx, esc(T["agree"]))], T["btn"], action="/survey/start")
        )
    else:
        parts = [
            h(ctx, 1, esc(T["demo"]), "title"),
            p(ctx, esc(study), "muted"),
            form(
                ctx,
                [
                    field_html(ctx, "prolific", label=T["pid"]),
                    field_html(ctx, "age", label=FIELDS_L(lang, "age")),
                    field_html(ctx, "gender", options=T["gen_opts"]),
                    field_html(ctx, "country", required=False),
                ],
                T["btn"],
            ),
        ]
        if (
            "draw" in kw["comp"]
            or "Verlosung" in kw["comp"]
            or "sorteo" in kw["comp"]
            or "sorteio" in kw["comp"]
            or "tirage" in kw["comp"]
        ):
            parts.append(p(ctx, esc(kw["comp"]), "muted"))
    if variant == "posttask":
        qs = POSTTASK.get(lang, POSTTASK["en"])
        body = "".join(
            f"<fieldset><legend>{esc(q)}</legend>"
            + "".join(
                f'<label><input type="radio" name="pt{i}" value="{k}"> {k}</label> '
                for k in range(1, 8)
            )
            + "</fieldset>"
            for i, q in enumerate(ctx.sample(qs, ctx.randint(2, len(qs))))
        )
        parts = [
            h(ctx, 1, esc(ctx.pick(POSTTASK_H.get(lang, POSTTASK_H["en"]))), "title"),
            form(ctx, [body, field_html(ctx, "message", required=False)], T["btn"]),
        ]
    elif variant == "complete":
        code = ctx.alnum(8).upper()
        parts = [
            h(ctx, 1, esc(COMPLETE.get(lang, COMPLETE["en"])[0]), "title"),
            p(ctx, esc(COMPLETE.get(lang, COMPLETE["en"])[1].format(code=code, pay=kw["pay"]))),
            p(
                ctx,
                f'<a href="https://app.prolific.com/submissions/complete?cc={code}">'
                "app.prolific.com</a>",
            ),
        ]
    doc = Doc(
        title=f"{study} – {uni}",
        main="".join(parts),
        footer_text=f"© {YEAR} {esc(uni)}",
        footer_links=[] if ctx.chance(0.6) else [ctx.ui["privacy"]],
    )
    r = ctx.rng.random()
    dom = latin_slug(ctx, uni, "")[:14]
    url = (
        f"https://{ctx.pick(['survey', 'studies', 'psych'])}.{dom}.edu/{slugify(study)[:30]}"
        if r < 0.4
        else f"https://{dom}.qualtrics.com/jfe/form/SV_{ctx.alnum(15)}"
        if r < 0.6
        else f"https://{ctx.alnum(6).lower()}-lab.github.io/{slugify(study)[:20]}/"
        if r < 0.75
        else ""
    )
    return dict(
        html=render_web(ctx, doc, skin=ctx.pick(["plain", "bootstrap", "card", "modern"])),
        url=url,
        page_created="",
    )


POSTTASK: dict[str, list[str]] = _W["POSTTASK"]
POSTTASK_H: dict[str, list[str]] = _W["POSTTASK_H"]
COMPLETE: dict[str, list[str]] = _W["COMPLETE"]


def FIELDS_L(lang: str, key: str) -> str:
    from .core import FIELDS

    return FIELDS[lang][key]


# ---------------------------------------------------------------------------------------
# Community event pages (free entry, raffle, volunteer signups, share buttons)
# ---------------------------------------------------------------------------------------
EVT: dict[str, dict[str, Any]] = _W["EVT"]


def community_event(ctx: Ctx) -> PageFields:
    lang, T = ctx.lang, EVT[ctx.lang]
    name = ctx.pick(T["names"])
    d = REF_DATE + timedelta(days=ctx.randint(-200, 90))
    from .core import CITIES

    city = ctx.pick(CITIES[lang])
    t = money(lang, local_amount(ctx, ctx.pick([1, 2]), 1 if lang not in ("id",) else 1000))
    t5 = money(lang, local_amount(ctx, ctx.pick([4, 5, 8]), 1 if lang not in ("id",) else 1000))
    parts = [
        h(ctx, 1, esc(name), "title"),
        p(
            ctx,
            (
                f"<b>{T['when']}:</b> {fmt_date(lang, d)}, "
                + str(ctx.pick(["10:00–16:00", "11:00–18:00", "9:00–13:00", "17:00–22:00"]))
            ),
        ),
        p(
            ctx,
            (
                f"<b>{T['where']}:</b> "
                + str(
                    esc(
                        ctx.pick(
                            [
                                "Market Square",
                                "Central Park",
                                "Community Hall",
                                "Plaza Mayor",
                                "Marktplatz",
                                "Balai Warga",
                                "Parque da Cidade",
                            ]
                        )
                    )
                )
                + f", {esc(city)}"
            ),
        ),
        p(ctx, f"<b>{T['free']}</b>"),
    ]
    if ctx.chance(0.5):
        parts.append(img(ctx, name, name))
    ev_js = ""
    if ctx.chance(0.25):
        parts.append(
            f'<p{ctx.cls("badge")}><span id="starts">{ctx.randint(1, 30)}d '
            f"{ctx.randint(0, 23):02d}:{ctx.randint(0, 59):02d}</span></p>"
        )
        ev_js = countdown_script(ctx, "starts", ctx.randint(600, 40000))
    parts.append(
        h(ctx, 2, T["prog"]) + ul(ctx, ctx.sample(T["items"], ctx.randint(2, len(T["items"]))))
    )
    if ctx.chance(0.6):
        parts.append(p(ctx, esc(T["raffle"].format(t=t, t5=t5, cause=ctx.pick(T["causes"])))))
    if ctx.chance(0.6):
        parts.append(
            h(ctx, 2, T["vol"])
            + p(ctx, T["vol_t"])
            + form(ctx, ["name", "email", field_html(ctx, "phone", required=False)], T["btn"])
        )
    if ctx.chance(0.5):
        parts.append(h(ctx, 3, T["getting"]) + p(ctx, T["get_t"]))
    if ctx.chance(0.5):
        parts.append(
            f'<div class="share"><b>{T["share"]}:</b> <a '
            'href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.'
            'org">Facebook</a> · '
            f'<a href="https://wa.me/?text={esc(name)}">WhatsApp</a> · <a '
            f'href="mailto:?subject={esc(name)}">Email</a></div>'
        )
    org = ctx.pick(
        [
            "Friends of the Park",
            "Parents' Association",
            "Asociación Vecinal",
            "Bürgerverein",
            "Karang Taruna",
            "Mahalle Derneği",
            "Comité des Fêtes",
        ]
    )
    links, ftext = std_footer(ctx, org)
    doc = Doc(
        title=f"{name} {d.year} | {org}",
        main="".join(parts),
        site=org,
        nav=std_nav(ctx, n=ctx.randint(0, 4)),
        footer_links=links,
        footer_text=ftext,
        body_end=ev_js,
    )
    r = ctx.rng.random()
    dom = latin_slug(ctx, org, "")[:18]
    url = (
        f"https://www.{dom}.org/events/{slugify(name)}"
        if r < 0.45
        else f"https://sites.google.com/view/{dom}/{slugify(name)}"
        if r < 0.6
        else f"https://{dom}.github.io/{slugify(name)}/"
        if r < 0.7
        else f"https://www.facebook.com/events/{ctx.randint(10**14, 10**15 - 1)}/"
        if r < 0.8
        else ""
    )
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# Receipt / guest satisfaction surveys with an optional sweepstakes entry
# ---------------------------------------------------------------------------------------
CSAT: dict[str, dict[str, Any]] = _W["CSAT"]
CS_BRANDS: list[str] = _MUL["CS_BRANDS"]


def customer_survey(ctx: Ctx) -> PageFields:
    lang, T = ctx.lang, CSAT[ctx.lang]
    brand = ctx.pick(CS_BRANDS)
    prize = money(lang, local_amount(ctx, ctx.pick([100, 500, 1000]), 50))
    parts = [
        h(ctx, 1, esc(T["h"].format(brand=brand)), "title"),
        p(ctx, esc(T["intro"].format(brand=brand))),
    ]
    qhtml = "".join(
        f"<fieldset><legend>{esc(q)}</legend>"
        + "".join(f'<label><input type="radio" name="q{i}"> {esc(s)}</label> ' for s in T["scale"])
        + "</fieldset>"
        for i, q in enumerate(ctx.sample(T["q"], ctx.randint(2, len(T["q"]))))
    )
    fields = [field_html(ctx, "code", label=T["code"])]
    if ctx.chance(0.5):
        fields += [
            field_html(ctx, "store", label=T["store"]),
            field_html(ctx, "visit", label=T["date"], input_type="date"),
        ]
    fields += [qhtml, field_html(ctx, "message", required=False, label=T["cm"])]
    sweep = ctx.chance(0.7)
    if sweep:
        fields.append(field_html(ctx, "email", required=False, label=T["em"]))
    parts.append(form(ctx, fields, T["btn"]))
    if sweep:
        parts.append(p(ctx, T["sw"].format(prize=prize), "muted"))
    parts.append(p(ctx, T["priv"], "muted"))
    links, ftext = std_footer(ctx, brand)
    doc = Doc(
        title=T["h"].format(brand=brand),
        main="".join(parts),
        site=brand if ctx.chance(0.5) else "",
        footer_links=links,
        footer_text=ftext,
        nav=std_nav(ctx, n=ctx.randint(1, 3)) if ctx.chance(0.3) else [],
    )
    dom = latin_slug(ctx, brand, "")
    r = ctx.rng.random()
    url = (
        f"https://www.tellus{dom}.com/"
        if r < 0.35
        else f"https://survey.{dom}.com/{lang}/"
        if r < 0.7
        else f"https://www.{dom}listens.com/"
        if r < 0.85
        else ""
    )
    return dict(html=render_web(ctx, doc), url=url, page_created="")


__all__ = [
    "app_download_page",
    "charity_donation",
    "community_event",
    "coupon_deals",
    "customer_survey",
    "rel_time",
    "research_survey",
    "shop_page",
]
