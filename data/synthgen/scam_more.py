"""More scam families: 'free car / big prize' giveaways with tiered delivery fees and winner
claim portals, gift-redeem login phishing (Nitro / Steam / premium subscriptions), free
followers/likes generators that ask for the account password."""

from __future__ import annotations

from typing import Any

from .core import (
    CITIES,
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
    countdown_script,
    faq,
    field_html,
    form,
    h,
    img,
    p,
    rel_time,
    ul,
)
from .skins import render_web, std_footer, std_nav
from .wording import neutral, wording

_W = wording("scam_more")
_MUL = neutral("scam_more")

YEAR = 2026


def _url(ctx: Ctx, words: list[str], path: str = "") -> str:
    r = ctx.rng.random()
    if r < 0.15:
        return ""
    if r < 0.6:
        return lookalike_url(ctx, words, path)
    return free_host_url(ctx, "-".join(words)[:28], path)


# ---------------------------------------------------------------------------------------
# Car / big-prize giveaways with tiered delivery fees
# ---------------------------------------------------------------------------------------
CAR_MODELS: dict[str, list[str]] = _MUL["CAR_MODELS"]
BIG_PRIZES: list[str] = _MUL["BIG_PRIZES"]
CG: dict[str, dict[str, Any]] = _W["CG"]


def car_giveaway(ctx: Ctx) -> PageFields:
    lang, T = ctx.lang, CG[ctx.lang]
    brand = ctx.pick(list(CAR_MODELS))
    model = ctx.pick(CAR_MODELS[brand])
    prize = f"{brand} {model}" if ctx.chance(0.7) else ctx.pick(BIG_PRIZES)
    kw = dict(
        brand=brand,
        model=model,
        prize=prize,
        year=YEAR,
        n=ctx.pick([20, 50, 100, 250]),
        celeb=ctx.pick(["Elon Musk", "MrBeast", "the CEO"]),
    )
    variant = ctx.pick(["gallery", "gallery", "checkout", "portal", "info"])
    parts = [h(ctx, 1, esc(ctx.pick(T["h"], **kw)), "title")]
    if variant in ("gallery", "info"):
        parts.append(p(ctx, esc(ctx.pick(T["intro"], **kw))))
    if variant == "gallery":
        cards = []
        for m in ctx.sample(CAR_MODELS[brand], len(CAR_MODELS[brand])) * ctx.pick([1, 1, 2]):
            fee = money(lang, local_amount(ctx, ctx.pick([299, 349, 399])))
            cards.append(
                f"<div{ctx.cls('card')}>{img(ctx, m, m)}<h3>{esc(m)}</h3><p>"
                f"{T['fee']}: {fee}</p>"
                f"{button(ctx, T['claim'], 'claim.html?model=' + slugify(m))}</div>"
            )
        parts.append(f"<div{ctx.cls('grid')}>{''.join(cards)}</div>")
    if variant in ("gallery", "info") or ctx.chance(0.4):
        parts.append(h(ctx, 2, T["steps_h"]) + ul(ctx, T["steps"], ordered=True))
    if variant == "checkout":
        opts = "".join(
            f'<label><input type="radio" name="delivery" value="{slugify(n)}"> {n} — '
            f"{money(lang, local_amount(ctx, fee))} ({d})</label><br>"
            for n, fee, d in T["opts"]
        )
        pays = "".join(
            f'<label><input type="radio" name="pay"> {esc(x)}</label> ' for x in T["pay"]
        )
        parts += [
            p(ctx, f"<b>{esc(prize)}</b> — {money(lang, 0)}"),
            h(ctx, 2, T["opt_h"]),
            opts,
            h(ctx, 2, T["pay_h"]),
            pays,
            form(
                ctx,
                [
                    "name",
                    "email",
                    "phone",
                    "address",
                    "city",
                    "zip",
                    "card",
                    "exp",
                    "cvv",
                    field_html(ctx, "giftcode", required=False, label=T["gcode"]),
                ],
                T["claim"],
                action="pay.php",
            ),
        ]
    if variant == "portal":
        parts += [
            p(ctx, T["slot"]),
            form(ctx, ['<input type="text" name="slot" placeholder="XG-XXXX-XXXX">'], T["verify"]),
            p(ctx, esc(T["slot_ok"].format(prize=prize))),
            p(ctx, f'{T["reserve"]} <span id="cd">23:{ctx.randint(10, 59)}:00</span>'),
            form(ctx, ["name", "email", "phone", "address"], T["claim"]),
        ]
        if T.get("notice") and ctx.chance(0.3):
            parts.append(p(ctx, T["notice"], "muted"))
    if ctx.chance(0.6):
        cities = CITIES["en" if lang == "en" else lang]
        rows = [
            esc(
                T["live_row"].format(
                    o=f"TX-{ctx.randint(10000, 99999)}",
                    name=person(ctx, True),
                    status=ctx.pick(T["stat"]),
                    city=ctx.pick(cities),
                )
            )
            for _ in range(ctx.randint(3, 9))
        ]
        parts.append(h(ctx, 2, T["live"]) + ul(ctx, rows))
    if ctx.chance(0.5):
        parts.append(faq(ctx, T["faq"]))
    links, ftext = std_footer(ctx, f"{brand} Giveaway")
    nav = [ctx.ui["home"], "Gallery", T["claim"], T["live"], "Info", ctx.ui["help"]][
        : ctx.randint(2, 6)
    ]
    doc = Doc(
        title=ctx.pick(T["h"], **kw),
        main="".join(parts),
        site=f"⚡ {brand.upper()} GIVEAWAY" if ctx.chance(0.5) else f"{brand} Giveaway",
        nav=nav,
        footer_links=links,
        footer_text=ftext,
        body_end=countdown_script(ctx, "cd", 1400) if variant == "portal" else "",
    )
    url = _url(
        ctx,
        [
            slugify(brand).replace("-", ""),
            ctx.pick(["giveaway", "claim", "winner", "delivery", "x-get"]),
        ],
        ctx.pick(["", "claim.html", "checkout", "deliveries.html"]),
    )
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# Gift redeem phishing: Nitro / Steam / premium subscriptions -> account login
# ---------------------------------------------------------------------------------------
GIFTS: list[list[Any]] = _MUL["GIFTS"]
GR: dict[str, dict[str, Any]] = _W["GR"]


def gift_redeem_phish(ctx: Ctx) -> PageFields:
    T = GR[ctx.lang]
    svc, gift, doms, idlabel, fields = ctx.pick(GIFTS)
    from .games import _gamer

    kw = dict(gift=gift, svc=svc, name=_gamer(ctx))
    parts = []
    if ctx.chance(0.6):
        parts.append(img(ctx, svc + " logo", svc))
    parts += [
        h(ctx, 1, esc(ctx.pick(T["h"], **kw)), "title"),
        p(ctx, esc(ctx.pick(T["sub"], **kw))),
    ]
    if ctx.chance(0.5):
        parts.append(
            p(
                ctx,
                f'{T["expire"]} <b id="exp">47:{ctx.randint(10, 59)}:{ctx.randint(10, 59)}</b>',
                "muted",
            )
        )
    step_login = ctx.chance(0.75)
    if not step_login:
        parts.append(
            button(ctx, T["accept"], ctx.pick(["login.html", "auth?redirect=gift", "#login"]))
        )
    else:
        inputs = []
        for f in fields:
            t = "password" if f == "Password" else "text"
            label = idlabel if f in ("Email", "Account name", "Username") else f
            inputs.append(
                f'<label>{esc(label)}<input type="{t}" name="'
                f'{slugify(f).replace("-", "_")}" autocomplete="off"></label>'
            )
        parts.append(
            form(
                ctx,
                inputs,
                ctx.pick([T["login"], T["accept"], T["cont"]]),
                action=ctx.pick(["login.php", "/api/auth", "post.php", "verify.php"]),
            )
        )
        if ctx.chance(0.4):
            parts.append(
                '<p><a href="#">'
                f"{ctx.pick(['Forgot your password?', 'Need help signing in?', 'QR code login'])}"
                "</a></p>"
            )
    parts.append(p(ctx, esc(T["note"]), "muted"))
    parts.append(p(ctx, esc(T["legal"].format(svc=svc)), "muted"))
    doc = Doc(
        title=ctx.pick(
            [f"{svc} – {ctx.pick(T['h'], **kw)}", svc, f"{gift} | {svc}", f"Redeem a {svc} Gift"]
        ),
        main="".join(parts),
        site=svc if ctx.chance(0.4) else "",
        nav=ctx.sample(
            ["Store", "Community", "Support", "About", "Download", "Nitro", "Safety", "Blog"],
            ctx.randint(2, 5),
        )
        if ctx.chance(0.35)
        else [],
        footer_text=f"© {YEAR} {svc}"
        + ctx.pick([", Inc.", " Corporation. All rights reserved.", ""]),
        footer_links=[ctx.ui["privacy"], ctx.ui["terms"]] if ctx.chance(0.5) else [],
        body_end=countdown_script(ctx, "exp", 2800) if 'id="exp"' in "".join(parts) else "",
    )
    d = ctx.pick(doms)
    r = ctx.rng.random()
    url = (
        ""
        if r < 0.12
        else (
            f"https://{d}.{ctx.pick(['com', 'gift', 'net', 'ru', 'org', 'xyz', 'click'])}/"
            + str(
                ctx.pick(
                    ["gift/", "redeem/", "use-gift/code/" + ctx.alnum(12).lower(), "promo", ""]
                )
            )
        )
        if r < 0.75
        else free_host_url(ctx, d, ctx.pick(["", "redeem", "gift"]))
    )
    return dict(
        html=render_web(ctx, doc, skin=ctx.pick(["card", "plain", "modern", "bootstrap"])),
        url=url,
        page_created="",
    )


# ---------------------------------------------------------------------------------------
# Free followers / likes generators asking for the account password
# ---------------------------------------------------------------------------------------
FL: dict[str, dict[str, Any]] = _W["FL"]


def followers_phish(ctx: Ctx) -> PageFields:
    T = FL[ctx.lang]
    plat = ctx.pick(["Instagram", "TikTok", "YouTube", "Twitch", "X", "Facebook"])
    from .games import _gamer

    n = ctx.pick(["1,000", "5,000", "10K", "50K"])
    kw = dict(plat=plat, n=n)
    parts = [h(ctx, 1, esc(ctx.pick(T["h"], **kw)), "title"), p(ctx, esc(ctx.pick(T["sub"])))]
    pk = "".join(
        f'<label><input type="radio" name="pkg"> {k} {T["likes"]}</label> '
        for k in ["100", "500", "1,000", "5,000", "10,000"][: ctx.randint(3, 5)]
    )
    fields = [
        field_html(ctx, "user", label=T["user"].format(plat=plat)),
        f"<h3>{T['pkg']}</h3>{pk}",
    ]
    if ctx.chance(0.7):
        fields.append(field_html(ctx, "password", label=T["pw"]))
    parts.append(
        form(ctx, fields, T["btn"], action=ctx.pick(["login.php", "post.php", "/api/order", "#"]))
    )
    parts.append(p(ctx, T["note"], "muted") if ctx.chance(0.6) else "")
    parts.append(p(ctx, T["trust"]))
    if ctx.chance(0.6):
        parts.append(
            ul(
                ctx,
                [
                    esc(
                        T["recent"].format(
                            u="@" + _gamer(ctx).lower(), k=ctx.pick(["100", "500", "1,000"])
                        )
                    )
                    + f" · {rel_time(ctx)}"
                    for _ in range(ctx.randint(3, 7))
                ],
            )
        )
    if ctx.chance(0.5):
        parts.append(faq(ctx, T["faq"]))
    if ctx.chance(0.3):
        parts.append(
            comments_block(
                ctx,
                [
                    (
                        _gamer(ctx),
                        ctx.pick(["Got 1k in 5 minutes!", "legit!!", "works 🔥", "thanks"]),
                        rel_time(ctx, "en"),
                    )
                    for _ in range(3)
                ],
            )
        )
    site = ctx.pick(
        [f"Free{plat}Followers", "FollowBoost", "LikesPro", "InstaFame", "TokUp", "GetFollowers.io"]
    )
    links, ftext = std_footer(ctx, site)
    doc = Doc(
        title=ctx.pick(T["h"], **kw),
        main="".join(parts),
        site=site,
        nav=std_nav(ctx, n=ctx.randint(0, 4)),
        footer_links=links,
        footer_text=ftext,
        keywords=f"free {plat} followers, {plat} followers free, free likes, no survey"
        if ctx.chance(0.5)
        else "",
    )
    url = _url(
        ctx,
        ["free", slugify(plat), ctx.pick(["followers", "likes", "fame", "boost"])],
        ctx.pick(["", "trial/", "free.php"]),
    )
    return dict(html=render_web(ctx, doc), url=url, page_created="", kind="followers_generator")


__all__ = ["car_giveaway", "followers_phish", "gift_redeem_phish"]
