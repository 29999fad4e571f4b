"""Social-media post exports: like-and-share scams and ordinary / legitimate business posts.

Scam and legit posts go through the same ``render_social`` skins, use the same comment
mechanics and engagement-count ranges overlap. ``page_created`` is recent for most scam pages
(days to weeks before REF_DATE) but some scam pages are old hijacked pages, and some legit
pages are brand new businesses.
"""

from __future__ import annotations

from datetime import date, timedelta

from .core import (
    REF_DATE,
    Ctx,
    PageFields,
    days_before,
    esc,
    fb_post_url,
    free_host_url,
    ig_post_url,
    lang_tld,
    latin_slug,
    local_amount,
    lookalike_url,
    money,
    person,
    slugify,
)
from .markup import rel_time
from .skins import Post, render_social
from .wording import neutral, wording

_W = wording("social")
_MUL = neutral("social")

# ---------------------------------------------------------------------------------------
# Pools
# ---------------------------------------------------------------------------------------
BRANDS: dict[str, list[str]] = _W["BRANDS"]

ANNIV_PRIZES: dict[str, list[str]] = _W["ANNIV_PRIZES"]

DAYS: dict[str, list[str]] = _W["DAYS"]

ANNIV_POSTS: dict[str, list[str]] = _W["ANNIV_POSTS"]

DONE_COMMENTS: dict[str, list[str]] = _W["DONE_COMMENTS"]

SKEPTIC_COMMENTS: dict[str, list[str]] = _W["SKEPTIC_COMMENTS"]

CATEGORIES_SCAM: list[str] = _MUL["CATEGORIES_SCAM"]

SCAM_PAGE_NAMES: list[str] = _MUL["SCAM_PAGE_NAMES"]
COUNTRY_SUFFIX: dict[str, list[str]] = _W["COUNTRY_SUFFIX"]


def _short_link(ctx: Ctx) -> str:
    return str(
        ctx.pick(
            [
                f"https://bit.ly/{ctx.alnum(7)}",
                f"https://tinyurl.com/{ctx.alnum(8).lower()}",
                f"https://cutt.ly/{ctx.alnum(7)}",
                f"https://rb.gy/{ctx.alnum(6).lower()}",
                f"https://is.gd/{ctx.alnum(6)}",
            ]
        )
    )


def _claim_link(ctx: Ctx, brand: str) -> str:
    b = latin_slug(ctx, brand, "")[:12] or "gift"
    r = ctx.rng.random()
    if r < 0.35:
        return lookalike_url(
            ctx,
            [
                b,
                ctx.pick(["anniversary", "gift", "promo", "rewards", "club", "giveaway", "winner"]),
            ],
            ctx.pick(["", "claim", "?id=" + str(ctx.randint(1000, 99999)), "survey/"]),
        )
    if r < 0.7:
        return free_host_url(
            ctx,
            (
                f"{b}-"
                + str(ctx.pick(["gift", "promo", "anniversary", "giveaway", "rewards"]))
                + f"{ctx.randint(1, 99)}"
            ),
        )
    return _short_link(ctx)


def _scam_page_created(ctx: Ctx) -> tuple[date, date, bool]:
    """(page_created, post_date, name_changes_flag) for scam pages."""
    if ctx.chance(0.82):
        age = ctx.randint(1, 45)
        created = days_before(age)
        post = created + timedelta(days=ctx.randint(0, min(age, 10)))
        return created, post, False
    created = days_before(ctx.randint(400, 3300))  # hijacked / renamed older page
    post = days_before(ctx.randint(0, 12))
    return created, post, True


def _legit_page_created(ctx: Ctx) -> tuple[date, date]:
    if ctx.chance(0.85):
        created = days_before(ctx.randint(500, 5200))
    else:
        created = days_before(ctx.randint(3, 120))  # new business / new event page
    post = max(created, days_before(ctx.randint(0, 320)))
    return created, post


def _engagement(ctx: Ctx, big: bool) -> tuple[int, int, int]:
    likes = ctx.randint(300, 48000) if big else ctx.randint(3, 2500)
    comments = int(likes * ctx.rng.uniform(0.05, 1.1))
    shares = int(likes * ctx.rng.uniform(0.02, 1.6))
    return likes, comments, shares


def _followers(ctx: Ctx, lo: int, hi: int) -> str:
    n = ctx.randint(lo, hi)
    if n >= 1_000_000:
        return f"{n / 1e6:.1f}M"
    if n >= 1000:
        return f"{n / 1000:.1f}K".replace(".0K", "K")
    return str(n)


# ---------------------------------------------------------------------------------------
# SCAM: brand-anniversary like-share-comment giveaways
# ---------------------------------------------------------------------------------------
def like_share_fb_post(ctx: Ctx) -> PageFields:
    lang = ctx.lang
    brand = ctx.pick(BRANDS[lang])
    link = _claim_link(ctx, brand)
    kw = dict(
        brand=brand,
        years=ctx.pick([10, 15, 20, 25, 30, 35, 40, 45, 50, 60, 75, 100]),
        qty=ctx.pick([100, 200, 250, 300, 500, 700, 1000, 1500, 2000]),
        prize=ctx.pick(ANNIV_PRIZES[lang]),
        day=ctx.pick(DAYS[lang]),
        n=ctx.randint(2, 7),
        left=ctx.randint(7, 96),
        amount=money(lang, local_amount(ctx, ctx.pick([100, 150, 250, 300]), 10)),
        link=link,
    )
    text = ctx.pick(ANNIV_POSTS[lang], **kw)
    if esc(link) not in text and link not in text and ctx.chance(0.15):
        text += "<br>👉 " + esc(link)
    created, post_date, hijacked = _scam_page_created(ctx)
    name = ctx.pick(SCAM_PAGE_NAMES, brand=brand, year=2026, country=ctx.pick(COUNTRY_SUFFIX[lang]))
    nslug = latin_slug(ctx, brand, "") + "-" + slugify(name.replace(brand, "")).strip("-")
    handle = ctx.pick(
        [
            nslug.replace("-", ".").strip("."),
            nslug.strip("-") + str(ctx.randint(1, 999)),
            f"profile.php?id={ctx.randint(61550000000000, 61599999999999)}",
        ]
    )
    likes, cn, sh = _engagement(ctx, big=ctx.chance(0.7))
    comments = [
        (person(ctx, ctx.chance(0.3)), ctx.pick(DONE_COMMENTS[lang]), rel_time(ctx))
        for _ in range(ctx.randint(0, 9))
    ]
    if ctx.chance(0.15):
        comments.append((person(ctx), ctx.pick(SKEPTIC_COMMENTS[lang], brand=brand), rel_time(ctx)))
    if ctx.chance(0.3):
        comments.insert(
            0,
            (
                name,
                ctx.pick(
                    [
                        "Congratulations to everyone who commented! Check your inbox 📩 ",
                        "Claim link 👉 ",
                        "Register here ➡️ ",
                        "👇👇👇 ",
                    ]
                )
                + esc(_claim_link(ctx, brand)),
                rel_time(ctx),
            ),
        )
    post = Post(
        page_name=name,
        handle=handle.replace("profile.php?id=", "profile.php?id="),
        text=text,
        category=ctx.pick(CATEGORIES_SCAM),
        followers=_followers(ctx, 40, 25000),
        likes=likes,
        comments_n=cn,
        shares=sh,
        comments=comments,
        image_alt=ctx.pick(
            [
                f"May be an image of {kw['prize']} and text that says "
                f"'{brand.upper()} {kw['years']} YEARS'",
                "May be an image of cooler and text that says 'GIVEAWAY'",
                f"{brand} {kw['years']}",
                "May be an image of 1 person and text",
                "",
            ]
        ),
        link_url=link if ctx.chance(0.3) else "",
        link_title=ctx.pick(
            [f"{brand} Anniversary Gift", f"Claim your {brand} reward", "Congratulations!", ""]
        ),
        post_date=post_date,
        page_created=created,
        name_changes=[name] if hijacked and ctx.chance(0.7) else [],
        hashtags=ctx.sample(
            [
                slugify(brand).replace("-", ""),
                "giveaway",
                "anniversary",
                "free",
                "gratis",
                "winner",
            ],
            ctx.randint(0, 3),
        ),
    )
    url = fb_post_url(ctx, post.handle) if ctx.chance(0.85) else ""
    return dict(html=render_social(ctx, post), url=url, page_created=created.isoformat())


# ---------------------------------------------------------------------------------------
# SCAM: "damaged boxes / moving abroad / warehouse closing" prize posts (often hijacked pages)
# ---------------------------------------------------------------------------------------
PRIZE_ITEMS: dict[str, list[str]] = _W["PRIZE_ITEMS"]
CARS: list[str] = _MUL["CARS"]

PRIZE_POSTS: dict[str, list[str]] = _W["PRIZE_POSTS"]

PERSONAL_PAGE_NAMES: list[str] = _MUL["PERSONAL_PAGE_NAMES"]


def like_share_prize_post(ctx: Ctx) -> PageFields:
    lang = ctx.lang
    kw = dict(
        qty=ctx.pick([12, 20, 25, 37, 48, 50, 100, 150, 300]),
        item=ctx.pick(PRIZE_ITEMS[lang]),
        car=ctx.pick(CARS),
        day=ctx.pick(DAYS[lang]),
    )
    text = ctx.pick(PRIZE_POSTS[lang], **kw)
    created, post_date, hijacked = _scam_page_created(ctx)
    if not hijacked and ctx.chance(0.3):  # this family is more often on hijacked pages
        created = days_before(ctx.randint(700, 4000))
        hijacked = True
    from .core import FIRST_NAMES, LAST_NAMES

    first = ctx.pick(FIRST_NAMES[lang])
    last = ctx.pick(LAST_NAMES.get(lang, [""]))
    name = ctx.pick(PERSONAL_PAGE_NAMES, first=first, last=last, year=2026).strip()
    old_names = (
        [
            ctx.pick(
                [
                    "Funny Cats World",
                    "Bella's Bakery",
                    "Photography by Sam",
                    "Home Decor Ideas",
                    "Music Lovers 80s",
                    "Best Recipes",
                    "Travel Diaries",
                ]
            )
        ]
        if hijacked
        else []
    )
    likes, cn, sh = _engagement(ctx, big=True)
    comments = [
        (
            person(ctx, ctx.chance(0.3)),
            ctx.pick(
                DONE_COMMENTS[lang] + ["Me please 🙏", "Black please!", "Amen 🙏", "Shared ❤️"]
            ),
            rel_time(ctx),
        )
        for _ in range(ctx.randint(1, 10))
    ]
    link = ""
    if ctx.chance(0.35):
        link = _claim_link(ctx, "gift")
        comments.insert(
            0,
            (
                name,
                ctx.pick(["To confirm delivery fill the form 👉 ", "Winners list: ", "Claim ➡️ "])
                + esc(link),
                rel_time(ctx),
            ),
        )
    post = Post(
        page_name=name,
        handle=latin_slug(ctx, name) + str(ctx.randint(10, 9999)),
        text=text,
        category=ctx.pick(CATEGORIES_SCAM),
        followers=_followers(ctx, 200, 90000),
        likes=likes,
        comments_n=cn,
        shares=sh,
        comments=comments,
        image_alt=ctx.pick(
            [
                f"May be an image of {kw['item']}",
                "May be an image of car",
                "May be an image of 1 person, car and outdoors",
                "",
            ]
        ),
        post_date=post_date,
        page_created=created,
        name_changes=[name] if old_names and ctx.chance(0.6) else [],
        about=("Previously: " + old_names[0]) if old_names and ctx.chance(0.3) else "",
    )
    url = fb_post_url(ctx, post.handle) if ctx.chance(0.8) else ""
    return dict(html=render_social(ctx, post), url=url, page_created=created.isoformat())


# ---------------------------------------------------------------------------------------
# LEGIT: ordinary business posts (opening hours, menus, hiring, events)
# ---------------------------------------------------------------------------------------
BUSINESSES: dict[str, list[list[str]]] = _W["BUSINESSES"]

BIZ_POSTS: dict[str, list[str]] = _W["BIZ_POSTS"]
DISHES: dict[str, list[str]] = _W["DISHES"]
JOBS: dict[str, str] = _W["JOBS"]

BIZ_COMMENTS: dict[str, list[str]] = _W["BIZ_COMMENTS"]


FOOD_WORDS: list[str] = _MUL["FOOD_WORDS"]


def business_social_post(ctx: Ctx) -> PageFields:
    lang = ctx.lang
    name, cat = ctx.pick(BUSINESSES[lang])
    food = any(w in (name + " " + cat).lower() for w in FOOD_WORDS)
    handle = latin_slug(ctx, name, "")
    domain = handle[:18] + "." + ctx.pick(["com", "net", "shop", "store", lang_tld(ctx)])
    posts = BIZ_POSTS[lang] if food else [x for x in BIZ_POSTS[lang] if "{dish}" not in x]
    text = ctx.pick(
        posts,
        dish=ctx.pick(DISHES[lang]),
        job=JOBS[lang],
        domain=domain,
        phone=f"{ctx.randint(200, 999)} {ctx.randint(100, 999)} {ctx.randint(1000, 9999)}",
    )
    created, post_date = _legit_page_created(ctx)
    likes, cn, sh = _engagement(ctx, big=ctx.chance(0.15))
    comments = [
        (person(ctx, ctx.chance(0.3)), ctx.pick(BIZ_COMMENTS[lang]), rel_time(ctx))
        for _ in range(ctx.randint(0, 6))
    ]
    comments = comments if food else [c for c in comments if "😍" not in c[1]]
    post = Post(
        page_name=name,
        handle=handle,
        text=text,
        category=cat,
        followers=_followers(ctx, 80, 40000),
        likes=likes,
        comments_n=cn,
        shares=sh,
        comments=comments,
        image_alt=ctx.pick(
            [
                "May be an image of food" if food else "May be an image of indoor",
                "May be an image of indoor",
                "May be an image of text",
                "",
                "",
            ]
        ),
        post_date=post_date,
        page_created=created,
        verified=ctx.chance(0.05),
        link_url=f"https://www.{domain}/" if ctx.chance(0.15) else "",
        link_title=name,
    )
    r = ctx.rng.random()
    url = fb_post_url(ctx, post.handle) if r < 0.7 else (ig_post_url(ctx) if r < 0.8 else "")
    return dict(html=render_social(ctx, post), url=url, page_created=created.isoformat())


# ---------------------------------------------------------------------------------------
# LEGIT: small-business / brand giveaways with rules (real, not scams)
# ---------------------------------------------------------------------------------------
LEGIT_GIVEAWAY_POSTS: dict[str, list[str]] = _W["LEGIT_GIVEAWAY_POSTS"]
LEGIT_PRIZES: dict[str, list[str]] = _W["LEGIT_PRIZES"]


def business_giveaway_legit(ctx: Ctx) -> PageFields:
    lang = ctx.lang
    name, cat = ctx.pick(BUSINESSES[lang])
    handle = latin_slug(ctx, name, "")
    domain = handle[:18] + "." + ctx.pick(["com", "shop", lang_tld(ctx), lang_tld(ctx)])
    draw = REF_DATE + timedelta(days=ctx.randint(-20, 14))
    rules = ctx.pick(
        [
            f"https://www.{domain}/giveaway-terms",
            f"https://{domain}/rules",
            f"https://www.{domain}/bases-legales",
            "link in bio",
            f"https://{latin_slug(ctx, name)}.github.io/terms",
        ]
    )
    text = ctx.pick(
        LEGIT_GIVEAWAY_POSTS[lang],
        years=ctx.randint(2, 40),
        name=name,
        prize=ctx.pick(LEGIT_PRIZES[lang]),
        date=_fmt_short(lang, draw),
        rules=esc(rules),
    )
    created, post_date = _legit_page_created(ctx)
    likes, cn, sh = _engagement(ctx, big=ctx.chance(0.3))
    comments = [
        (
            person(ctx, ctx.chance(0.3)),
            ctx.pick(DONE_COMMENTS[lang] + BIZ_COMMENTS[lang] + [f"@{person(ctx)} 😍"]),
            rel_time(ctx),
        )
        for _ in range(ctx.randint(0, 9))
    ]
    post = Post(
        page_name=name,
        handle=handle,
        text=text,
        category=cat,
        followers=_followers(ctx, 300, 60000),
        likes=likes,
        comments_n=cn,
        shares=sh,
        comments=comments,
        image_alt=ctx.pick(
            ["May be an image of gift and text that says 'GIVEAWAY'", "May be an image of food", ""]
        ),
        post_date=post_date,
        page_created=created,
        verified=ctx.chance(0.1),
        hashtags=ctx.sample(
            ["giveaway", "win", "competition", "sorteo", "gewinnspiel", "local"], ctx.randint(0, 2)
        ),
    )
    r = ctx.rng.random()
    url = fb_post_url(ctx, post.handle) if r < 0.65 else (ig_post_url(ctx) if r < 0.85 else "")
    return dict(html=render_social(ctx, post), url=url, page_created=created.isoformat())


def _fmt_short(lang: str, d: date) -> str:
    from .core import fmt_date

    return fmt_date(lang, d)


# ---------------------------------------------------------------------------------------
# LEGIT: official brand pages warning about fake giveaway pages
# ---------------------------------------------------------------------------------------
WARNING_POSTS: dict[str, list[str]] = _W["WARNING_POSTS"]
WARN_COMMENTS: dict[str, list[str]] = _W["WARN_COMMENTS"]


def brand_warning_post(ctx: Ctx) -> PageFields:
    lang = ctx.lang
    brand = ctx.pick(BRANDS[lang])
    bslug = latin_slug(ctx, brand, "")
    site = "www." + bslug + "." + ctx.pick(["com", lang_tld(ctx)])
    text = ctx.pick(WARNING_POSTS[lang], brand=brand, prize=ctx.pick(ANNIV_PRIZES[lang]), site=site)
    created = days_before(ctx.randint(1500, 6000))
    post_date = days_before(ctx.randint(0, 200))
    likes, cn, sh = _engagement(ctx, big=True)
    comments = [
        (person(ctx, ctx.chance(0.3)), ctx.pick(WARN_COMMENTS[lang]), rel_time(ctx))
        for _ in range(ctx.randint(0, 6))
    ]
    post = Post(
        page_name=brand,
        handle=bslug + ctx.pick(["", "official", ""]),
        text=text,
        category=ctx.pick(["Retail company", "Supermarket", "Brand", "Shopping & retail"]),
        followers=_followers(ctx, 50000, 9000000),
        likes=likes,
        comments_n=cn,
        shares=sh,
        comments=comments,
        image_alt=ctx.pick(
            ["May be an image of text that says 'SCAM ALERT'", "May be an image of text", ""]
        ),
        post_date=post_date,
        page_created=created,
        verified=ctx.chance(0.85),
    )
    url = fb_post_url(ctx, post.handle) if ctx.chance(0.8) else ""
    return dict(html=render_social(ctx, post), url=url, page_created=created.isoformat())


__all__ = [
    "ANNIV_PRIZES",
    "BRANDS",
    "DONE_COMMENTS",
    "brand_warning_post",
    "business_giveaway_legit",
    "business_social_post",
    "like_share_fb_post",
    "like_share_prize_post",
]
