"""Page building blocks shared by both labels: the document, paragraphs, headings, buttons,
lists, tables, images, FAQs, forms, comments, relative times and small site scripts."""

from __future__ import annotations

import string
from dataclasses import dataclass, field

from .core import FIELDS, Ctx, esc, slugify


# ---------------------------------------------------------------------------------------
# Page document and small blocks
# ---------------------------------------------------------------------------------------
@dataclass
class Doc:
    """Content of a (non-social) page before a skin wraps it."""

    title: str
    main: str
    site: str = ""
    nav: list[str] = field(default_factory=list)
    footer_links: list[str] = field(default_factory=list)
    footer_text: str = ""
    meta_desc: str = ""
    keywords: str = ""
    og_image: str = ""
    head_extra: str = ""
    body_end: str = ""
    sidebar: str = ""
    canonical: str = ""
    cookie: bool | None = None
    analytics: bool | None = None
    logo_alt: str = ""


def p(ctx: Ctx, text: str, role: str = "text") -> str:
    return f"<p{ctx.cls(role)}>{text}</p>"


def h(ctx: Ctx, level: int, text: str, role: str = "") -> str:
    attr = ctx.cls(role) if role else ""
    return f"<h{level}{attr}>{text}</h{level}>"


def button(ctx: Ctx, text: str, href: str = "#", primary: bool = True, onclick: str = "") -> str:
    role = "btn_primary" if primary else "btn"
    oc = f' onclick="{esc(onclick)}"' if onclick else ""
    style = ctx.btn_style if ctx.btn_style != "mixed" else ctx.pick(["a", "button"])
    if style == "a":
        return f'<a href="{esc(href)}"{ctx.cls(role)}{oc}>{text}</a>'
    return f'<button type="button"{ctx.cls(role)}{oc}>{text}</button>'


def ul(ctx: Ctx, items: list[str], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    li_cls = ctx.cls("item") if ctx.c("item") else ""
    return (
        f"<{tag}{ctx.cls('list')}>" + "".join(f"<li{li_cls}>{i}</li>" for i in items) + f"</{tag}>"
    )


def table(ctx: Ctx, head: list[str], rows: list[list[str]]) -> str:
    th = "".join(f"<th>{x}</th>" for x in head)
    body = "".join("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>" for r in rows)
    return f"<table{ctx.cls('table')}><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"


def img(ctx: Ctx, src_hint: str, alt: str) -> str:
    r = ctx.rng.random()
    if r < 0.3:
        src = f"images/{slugify(src_hint)[:30]}.{ctx.pick(['jpg', 'png', 'webp'])}"
    elif r < 0.55:
        src = f"https://i.imgur.com/{ctx.alnum(7)}.{ctx.pick(['jpg', 'png'])}"
    elif r < 0.8:
        src = f"/assets/img/{slugify(src_hint)[:24]}-{ctx.randint(1, 9)}." + str(
            ctx.pick(["jpg", "png", "webp"])
        )
    else:
        src = (
            "https://cdn."
            f"{ctx.pick(['jsdelivr.net/gh', 'statically.io/img', 'shopify.com/s/files/1'])}"
            f"/{ctx.alnum(10).lower()}/{slugify(src_hint)[:20]}.jpg"
        )
    w = f' width="{ctx.pick([64, 120, 200, 300, 400, 600, 800])}"' if ctx.chance(0.4) else ""
    return f'<img src="{esc(src)}" alt="{esc(alt)}"{w}{ctx.cls("img")}>'


def faq(ctx: Ctx, pairs: list[tuple[str, str]]) -> str:
    style = ctx.rng.randint(0, 3)
    if style == 0:
        return "".join(f"<details><summary>{q}</summary><p>{a}</p></details>" for q, a in pairs)
    if style == 1:
        return "<dl>" + "".join(f"<dt>{q}</dt><dd>{a}</dd>" for q, a in pairs) + "</dl>"
    if style == 2:
        return "".join(f"<div{ctx.cls('card')}><h4>{q}</h4>{p(ctx, a)}</div>" for q, a in pairs)
    return "".join(f"<h3>{q}</h3><p>{a}</p>" for q, a in pairs)


def field_html(
    ctx: Ctx,
    key: str,
    required: bool = True,
    label: str | None = None,
    options: list[str] | None = None,
    input_type: str | None = None,
    name: str | None = None,
) -> str:
    """One form field in this page's style. ``key`` indexes FIELDS (or is used as-is)."""
    lab = label if label is not None else FIELDS.get(ctx.lang, FIELDS["en"]).get(key, key)
    types = {
        "email": "email",
        "phone": "tel",
        "password": "password",
        "dob": "date",
        "card": "text",
        "age": "number",
        "gameid": "number",
        "zip": "text",
    }
    t = input_type or types.get(key, "text")
    if key == "dob" and ctx.chance(0.4):
        t = "text"
    nm = name or ctx.pick([key, key, f"{key}_field", f"f_{key}", key.upper(), f"data[{key}]"])
    req = " required" if required and ctx.chance(0.8) else ""
    fid = f"{key}{ctx.randint(1, 99)}" if ctx.chance(0.5) else key
    if options:
        opts = "".join(f"<option>{esc(o)}</option>" for o in options)
        ctrl = f'<select name="{esc(nm)}" id="{fid}"{ctx.cls("select")}{req}>{opts}</select>'
    elif key == "message":
        ctrl = f'<textarea name="{esc(nm)}" id="{fid}" rows="4"{ctx.cls("input")}></textarea>'
    else:
        ph = ""
        if ctx.chance(0.6):
            ph_map = {
                "email": "you@example.com",
                "phone": ctx.pick(
                    ["(555) 555-0123", "+1 555 010 2030", "0812-xxxx-xxxx", "+44 7700 900123"]
                ),
                "card": "1234 5678 9012 3456",
                "exp": "MM/YY",
                "cvv": "123",
                "dob": "DD/MM/YYYY",
            }
            ph = f' placeholder="{esc(ph_map.get(key, lab))}"'
        ctrl = f'<input type="{t}" name="{esc(nm)}" id="{fid}"{ph}{ctx.cls("input")}{req}>'
    style = ctx.rng.random()
    if style < 0.2:
        return ctrl if "placeholder" in ctrl else f"<label>{esc(lab)} {ctrl}</label>"
    if style < 0.35:
        return f'<tr><td><label for="{fid}">{esc(lab)}</label></td><td>{ctrl}</td></tr>'
    return (
        f'<div{ctx.cls("group")}><label for="{fid}"{ctx.cls("label")}>{esc(lab)}</label>'
        f"{ctrl}</div>"
    )


def form(
    ctx: Ctx,
    fields: list[str],
    submit: str,
    action: str = "",
    extra: str = "",
    method: str = "post",
    hidden: dict[str, str] | None = None,
) -> str:
    parts = []
    for f in fields:
        if f.startswith("<"):
            parts.append(f)
        else:
            parts.append(field_html(ctx, f))
    inner = "".join(parts)
    if "<tr>" in inner:
        # wrap table rows (mixed rows are fine for browsers, keep it valid-ish)
        rows = [x if x.startswith("<tr>") else f'<tr><td colspan="2">{x}</td></tr>' for x in parts]
        inner = "<table>" + "".join(rows) + "</table>"
    hid = "".join(
        f'<input type="hidden" name="{esc(k)}" value="{esc(v)}">' for k, v in (hidden or {}).items()
    )
    act = action or ctx.pick(
        [
            "",
            "#",
            "submit.php",
            "/api/submit",
            "process.php",
            "/subscribe",
            "thanks.html",
            "step2.html",
        ]
    )
    return (
        f'<form method="{method}" action="{esc(act)}"{ctx.cls("form")}>{hid}{inner}{extra}'
        f'<button type="submit"{ctx.cls("btn_primary")}>{submit}</button></form>'
    )


def consent_checkbox(ctx: Ctx, text: str) -> str:
    return (
        f'<label{ctx.cls("muted")}><input type="checkbox" name="consent"{ctx.cls("check")}>'
        f" {text}</label>"
    )


def comments_block(ctx: Ctx, items: list[tuple[str, str, str]], title: str = "") -> str:
    """items: (name, text, when)."""
    ui = ctx.ui
    style = ctx.rng.randint(0, 2)
    out = [f"<h3>{title}</h3>"] if title else []
    for name, text, when in items:
        if style == 0:
            out.append(
                f"<div{ctx.cls('card')}><div{ctx.cls('card_body')}>"
                + str(img(ctx, "avatar", name) if ctx.chance(0.5) else "")
                + (
                    f"<b>{esc(name)}</b><p>{text}</p><span{ctx.cls('muted')}>{ui['like']} "
                    f"· {ui['reply']} · {when}</span></div></div>"
                )
            )
        elif style == 1:
            out.append(
                f'<div class="comment"><span class="comment-author">{esc(name)}</span> '
                f'<span class="comment-text">{text}</span><div class="comment-meta">'
                f"{when}</div></div>"
            )
        else:
            out.append(f"<li><strong>{esc(name)}</strong>: {text} <small>{when}</small></li>")
    if style == 2:
        return (out[0] if title else "") + "<ul>" + "".join(out[1:] if title else out) + "</ul>"
    return "".join(out)


def rel_time(ctx: Ctx, lang: str | None = None) -> str:
    lang = lang or ctx.lang
    n = ctx.randint(1, 59)
    unit = ctx.pick(["m", "h", "d"])
    if unit == "h":
        n = ctx.randint(1, 23)
    if unit == "d":
        n = ctx.randint(1, 6)
    words = {
        "en": {"m": f"{n} min", "h": f"{n} h", "d": f"{n} d"},
        "es": {"m": f"{n} min", "h": f"{n} h", "d": f"{n} d"},
        "pt": {"m": f"{n} min", "h": f"{n} h", "d": f"{n} d"},
        "fr": {"m": f"{n} min", "h": f"{n} h", "d": f"{n} j"},
        "de": {"m": f"{n} Min.", "h": f"{n} Std.", "d": f"{n} T."},
        "id": {"m": f"{n} mnt", "h": f"{n} j", "d": f"{n} h"},
        "hi": {"m": f"{n} मिनट", "h": f"{n} घंटे", "d": f"{n} दिन"},
        "ar": {"m": f"{n} د", "h": f"{n} س", "d": f"{n} ي"},
        "vi": {"m": f"{n} phút", "h": f"{n} giờ", "d": f"{n} ngày"},
        "tr": {"m": f"{n} dk", "h": f"{n} sa", "d": f"{n} g"},
        "ru": {"m": f"{n} мин", "h": f"{n} ч", "d": f"{n} д"},
    }
    return words.get(lang, words["en"])[unit]


# ---------------------------------------------------------------------------------------
# Scripts (realistic snippets for both classes)
# ---------------------------------------------------------------------------------------
def analytics_snippet(ctx: Ctx) -> str:
    r = ctx.rng.random()
    if r < 0.4:
        gid = f"G-{ctx.alnum(10, string.ascii_uppercase + string.digits)}"
        return (
            f'<script async src="https://www.googletagmanager.com/gtag/js?id={gid}"></script>'
            "<script>window.dataLayer=window.dataLayer||[];function "
            "gtag(){dataLayer.push(arguments);}"
            f"gtag('js',new Date());gtag('config','{gid}');</script>"
        )
    if r < 0.6:
        return (
            "<script>(function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;"
            "i[r]=i[r]||function(){"
            f"(i[r].q=i[r].q||[]).push(arguments)}},i[r].l=1*new Date();a=s.createElement(o),"
            f"m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)"
            f"}})(window,document,'script','https://www.google-analytics.com/analytics.js','ga');"
            f"ga('create','UA-{ctx.randint(10000000, 99999999)}-1','auto');ga('send',"
            "'pageview');</script>"
        )
    if r < 0.8:
        return (
            f"<script>!function(f,b,e,v,n,t,s){{if(f.fbq)return;n=f.fbq=function(){{n.callMethod?"
            "n.callMethod.apply(n,arguments):n.queue.push(arguments)};"
            "if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;"
            "n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;"
            "s=b.getElementsByTagName(e)[0];"
            "s.parentNode.insertBefore(t,s)}(window,document,'script',"
            "'https://connect.facebook.net/en_US/fbevents.js');"
            f"fbq('init','{ctx.randint(10**14, 10**15 - 1)}');fbq('track','PageView');</script>"
        )
    return (
        f'<script defer data-domain="{ctx.alnum(8).lower()}" '
        'src="https://plausible.io/js/script.js"></script>'
    )


def countdown_script(ctx: Ctx, el: str, minutes: int) -> str:
    v = ctx.pick(["t", "timeLeft", "sec", "count", "remaining"])
    return (
        f"<script>var {v}={minutes * 60};setInterval(function(){{if({v}>0){{{v}--;}}"
        f"var m=Math.floor({v}/60),s={v}%60;document.getElementById('{el}').innerHTML="
        f"(m<10?'0':'')+m+':'+(s<10?'0':'')+s;}},1000);</script>"
    )


def counter_script(ctx: Ctx, el: str, start: int, step: str = "down") -> str:
    op = "--" if step == "down" else "++"
    return (
        f"<script>var n={start};function tick(){{if(Math.random()<0.3){{n{op};"
        f"document.getElementById('{el}')"
        f".innerText=n;}}setTimeout(tick,{ctx.pick([700, 900, 1200, 1500, 2500])});"
        "}tick();</script>"
    )


def date_writer_script(ctx: Ctx, lang: str) -> str:
    loc = {
        "en": "en-US",
        "es": "es-ES",
        "pt": "pt-BR",
        "fr": "fr-FR",
        "de": "de-DE",
        "id": "id-ID",
        "hi": "hi-IN",
        "ar": "ar-SA",
        "vi": "vi-VN",
        "tr": "tr-TR",
        "ru": "ru-RU",
    }[lang]
    return (
        f"<script>var d=new Date();document.write(d.toLocaleDateString('{loc}',"
        f"{{weekday:'long',year:'numeric',month:'long',day:'numeric'}}));</script>"
    )
