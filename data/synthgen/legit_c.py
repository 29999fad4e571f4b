"""Legit hard negatives (part C): SaaS / product landing pages with free-trial sign-up, and
ordinary log-in pages (password fields on legitimate sites)."""

from __future__ import annotations

from typing import Any

from .core import Ctx, PageFields, esc, latin_slug, money, person
from .markup import Doc, button, consent_checkbox, faq, field_html, form, h, img, p, ul
from .skins import render_web, std_footer, std_nav
from .wording import neutral, wording

_W = wording("legit_c")
_MUL = neutral("legit_c")

YEAR = 2026
PRODUCTS: list[list[str]] = _MUL["PRODUCTS"]
SAAS: dict[str, dict[str, Any]] = _W["SAAS"]


def saas_landing(ctx: Ctx) -> PageFields:
    lang, T = ctx.lang, SAAS[ctx.lang]
    name, what = ctx.pick(PRODUCTS)
    variant = ctx.pick(["landing", "landing", "signup", "login"])
    parts = []
    if variant == "login":
        parts += [
            h(ctx, 1, esc(T["login_h"].format(name=name)), "title"),
            form(ctx, ["email", field_html(ctx, "password")], T["login"], action="/session"),
            f'<p><a href="/password/reset">{T["forgot"]}</a></p>',
            button(ctx, T["google"], "/auth/google", primary=False),
            p(ctx, f'<a href="/signup">{T["noacc"]}</a>'),
        ]
    else:
        parts += [
            h(ctx, 1, esc(ctx.pick(T["h"], name=name, what=what)), "title"),
            p(ctx, esc(ctx.pick(T["sub"], name=name)), "subtitle"),
        ]
        if variant == "landing":
            parts.append(img(ctx, name + " dashboard", name + " dashboard"))
            parts.append(ul(ctx, ctx.sample(T["feats"], ctx.randint(3, len(T["feats"])))))
            if ctx.chance(0.7):
                prices = [
                    (T["free"], 0),
                    (T["pro"], ctx.pick([9, 12, 15, 19])),
                    (T["team"], ctx.pick([29, 39, 49])),
                ]
                cards = "".join(
                    f"<div{ctx.cls('card')}><h3>{n}</h3><p{ctx.cls('price')}>"
                    f"{money(lang if lang != 'id' else 'en', v)}{T['mo'] if v else ''}<"
                    "/p></div>"
                    for n, v in prices
                )
                parts.append(h(ctx, 2, T["plans"]) + f"<div{ctx.cls('grid')}>{cards}</div>")
            if ctx.chance(0.5):
                parts.append(
                    "".join(
                        f"<blockquote>“{esc(q)}” — {esc(person(ctx))}</blockquote>"
                        for q in ctx.sample(
                            [
                                "Saved us hours every week.",
                                "Setup took five minutes.",
                                "Support is fantastic.",
                                "Worth every cent.",
                            ],
                            2,
                        )
                    )
                )
            if ctx.chance(0.5):
                parts.append(faq(ctx, T["faq"]))
            parts.append(button(ctx, T["start"], "/signup"))
        else:
            fields = ["first", "email", field_html(ctx, "password", label=T["pw"])]
            if ctx.chance(0.3):
                fields.insert(1, "last")
            parts.append(
                h(ctx, 2, T["signup"])
                + form(
                    ctx,
                    fields,
                    T["start"],
                    action="/signup",
                    extra=consent_checkbox(ctx, T["agree"]),
                )
            )
            parts.append(button(ctx, T["google"], "/auth/google", primary=False))
    links, ftext = std_footer(ctx, f"{name} Inc." if lang == "en" else name)
    doc = Doc(
        title=f"{name} – {what}"
        if variant == "landing"
        else f"{T['login'] if variant == 'login' else T['signup']} | {name}",
        main="".join(parts),
        site=name,
        nav=[]
        if variant == "login"
        else [*std_nav(ctx, [T["plans"]], n=ctx.randint(1, 4)), T["login"]],
        footer_links=links,
        footer_text=ftext,
    )
    dom = latin_slug(ctx, name, "")
    r = ctx.rng.random()
    path = {"landing": "", "signup": "signup", "login": "login"}[variant]
    url = (
        f"https://{ctx.pick(['www.', 'app.', ''])}{dom}."
        f"{ctx.pick(['com', 'io', 'app', 'co'])}/{path}"
        if r < 0.8
        else f"https://{dom}.github.io/"
        if r < 0.87
        else ""
    )
    return dict(html=render_web(ctx, doc), url=url, page_created="")


__all__ = ["saas_landing"]
