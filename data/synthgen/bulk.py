"""Label-neutral bulk: large CSS and JS bundles, mega footers, JSON-LD, SVG sprites and
social-network data blobs, added with the same probabilities to both labels, so page size
carries no label information by construction."""

from __future__ import annotations

from .core import Ctx, esc, slugify
from .wording import neutral

_MUL = neutral("core")


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
