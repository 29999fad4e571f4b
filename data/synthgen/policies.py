"""Privacy policies: ordinary ones (legit; some ad-supported sites share data for ads and most
have a merger clause) and the policies of data-harvesting prize/survey funnels (scam: sell/rent
data to 'marketing partners', consent to autodialed calls, changes 'at any time without notice',
'your responsibility to check this page')."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from .core import (
    REF_DATE,
    Ctx,
    PageFields,
    esc,
    fmt_date,
    free_host_url,
    latin_slug,
    lookalike_url,
    slugify,
)
from .markup import Doc, h, p, ul
from .skins import render_web, std_footer, std_nav
from .wording import neutral, wording

_W = wording("policies")
_MUL = neutral("policies")

LEGIT_PP: dict[str, dict[str, Any]] = _W["LEGIT_PP"]

SCAM_PP: dict[str, dict[str, Any]] = _W["SCAM_PP"]
LEGIT_COS: list[list[str]] = _MUL["LEGIT_COS"]
SCAM_COS: list[list[str]] = _MUL["SCAM_COS"]


def _policy(
    ctx: Ctx,
    T: dict[str, Any],
    co: str,
    addr: str,
    site: str,
    dom: str,
    drop_keys: tuple[str, ...] = (),
    max_secs: int | None = None,
) -> list[str]:
    d = REF_DATE - timedelta(days=ctx.randint(5, 1500))
    parts = [
        h(
            ctx,
            1,
            esc(ctx.pick(T["title"]) if isinstance(T["title"], list) else T["title"]),
            "title",
        ),
        p(ctx, T["upd"].format(d=fmt_date(ctx.lang, d)), "muted"),
        p(ctx, esc(ctx.pick(T["intro"]).format(co=co, site=site))),
    ]
    secs = [s for s in T["secs"] if s[0] not in drop_keys]
    if max_secs and len(secs) > max_secs:
        keep = sorted(ctx.sample(range(len(secs)), max_secs))
        secs = [secs[i] for i in keep]
    numbered = ctx.chance(0.4)
    for i, (hd, paras) in enumerate(secs, 1):
        parts.append(h(ctx, 2, esc(f"{i}. {hd}" if numbered else hd)))
        if len(paras) > 2 and ctx.chance(0.4):
            parts.append(
                ul(ctx, [esc(x.format(co=co, addr=addr, dom=dom, site=site)) for x in paras])
            )
        else:
            parts += [p(ctx, esc(x.format(co=co, addr=addr, dom=dom, site=site))) for x in paras]
    return parts


def privacy_policy_legit(ctx: Ctx) -> PageFields:
    T = LEGIT_PP[ctx.lang]
    co, addr = ctx.pick(LEGIT_COS)
    dom = latin_slug(ctx, co.split()[0] + " " + co.split()[1], "") + ctx.pick(
        [".com", ".de", ".co", ".app", ".shop"]
    )
    site = "www." + dom
    drop: tuple[str, ...] = ()
    if ctx.chance(0.6):
        drop = ("Advertising",)  # most sites here do not run ads
    parts = _policy(
        ctx,
        T,
        co,
        addr,
        site,
        dom,
        drop_keys=drop,
        max_secs=None if ctx.chance(0.5) else ctx.randint(3, 7),
    )
    links, ftext = std_footer(ctx, co)
    long = ctx.chance(0.6)
    doc = Doc(
        title=f"{T['title']} | {co.split(',')[0]}",
        main="".join(parts),
        site=co if long else "",
        nav=std_nav(ctx) if long else [],
        footer_links=links if long else [],
        footer_text=ftext,
    )
    r = ctx.rng.random()
    url = (
        (
            f"https://{site}/"
            + str(
                ctx.pick(
                    ["privacy", "privacy-policy", "datenschutz", "privacidad", "legal/privacy"]
                )
            )
        )
        if r < 0.65
        else f"https://{slugify(co.split()[0])}.github.io/privacy-policy/"
        if r < 0.8
        else ""
    )
    return dict(html=render_web(ctx, doc), url=url, page_created="")


def privacy_policy_scam(ctx: Ctx) -> PageFields:
    T = SCAM_PP[ctx.lang]
    co, addr = ctx.pick(SCAM_COS)
    brand = ctx.pick(
        ["rewards", "prize", "winner", "giftzone", "survey", "promo", "luckydeals", "bonus"]
    )
    dom = f"{brand}{ctx.pick(['-center', 'hub', '-club', 'now', 'zone', ''])}." + str(
        ctx.pick(["com", "net", "info", "xyz", "club", "online"])
    )
    site = dom
    parts = _policy(
        ctx,
        T,
        co,
        addr,
        site,
        dom,
        max_secs=None if ctx.chance(0.5) else ctx.randint(3, len(T["secs"])),
    )
    links, ftext = std_footer(ctx, co)
    long = ctx.chance(0.45)
    doc = Doc(
        title=ctx.pick(
            [
                f"{ctx.pick(T['title'])} - {dom}",
                ctx.pick(T["title"]),
                f"{ctx.pick(T['title'])} | {co}",
            ]
        ),
        main="".join(parts),
        site=dom if long else "",
        nav=std_nav(ctx, n=ctx.randint(1, 3)) if long else [],
        footer_links=links if long or ctx.chance(0.3) else [],
        footer_text=ftext,
    )
    r = ctx.rng.random()
    url = (
        (
            f"https://{dom}/"
            + str(
                ctx.pick(["privacy", "privacy.html", "privacy-policy", "pp.php", "legal/privacy"])
            )
        )
        if r < 0.5
        else lookalike_url(ctx, [brand, ctx.pick(["offers", "club", "rewards"])], "privacy.html")
        if r < 0.7
        else free_host_url(ctx, f"{brand}-{ctx.pick(['offers', 'promo', 'gift'])}", "privacy.html")
        if r < 0.85
        else ""
    )
    return dict(html=render_web(ctx, doc), url=url, page_created="")


__all__ = ["privacy_policy_legit", "privacy_policy_scam"]
