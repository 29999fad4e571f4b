"""Page skins shared by both labels: web pages (head, CSS, nav, footer, cookie banner) and
social-post exports, plus the standard navigation, footer and boilerplate pieces."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from datetime import date

from .bulk import add_bulk_web, bulk_css, fb_blob, site_scripts
from .core import REF_DATE, Ctx, esc, fmt_date, slugify
from .markup import Doc, analytics_snippet, img
from .wording import wording

_W = wording("core")


# ---------------------------------------------------------------------------------------
# Web page skins (shared by both labels)
# ---------------------------------------------------------------------------------------
def _head(ctx: Ctx, doc: Doc, css: str) -> str:
    parts = ['<meta charset="utf-8">']
    if ctx.chance(0.85):
        parts.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    if ctx.chance(0.25):
        parts.append('<meta http-equiv="X-UA-Compatible" content="IE=edge">')
    parts.append(f"<title>{esc(doc.title)}</title>")
    if doc.meta_desc and ctx.chance(0.8):
        parts.append(f'<meta name="description" content="{esc(doc.meta_desc)}">')
    if doc.keywords:
        parts.append(f'<meta name="keywords" content="{esc(doc.keywords)}">')
    if ctx.chance(0.5):
        parts.append(f'<meta property="og:title" content="{esc(doc.title)}">')
        parts.append(f'<meta property="og:type" content="{ctx.pick(["website", "article"])}">')
        if doc.og_image or ctx.chance(0.5):
            parts.append(
                '<meta property="og:image" content="'
                f"{esc(doc.og_image or 'https://i.imgur.com/' + ctx.alnum(7) + '.jpg')}"
                '">'
            )
    if doc.canonical and ctx.chance(0.5):
        parts.append(f'<link rel="canonical" href="{esc(doc.canonical)}">')
    if ctx.chance(0.15):
        parts.append(
            '<meta name="robots" content="'
            f'{ctx.pick(["noindex, nofollow", "index, follow", "noindex"])}">'
        )
    parts.append(css)
    if ctx.chance(0.5):
        parts.append(
            '<link rel="icon" href="'
            f"{ctx.pick(['/favicon.ico', 'favicon.png', '/static/img/favicon-32.png'])}"
            '">'
        )
    if ctx.chance(0.35):
        parts.append(
            ctx.pick(
                [
                    '<link rel="preconnect" href="https://fonts.googleapis.com"><link '
                    'href="https://fonts.googleapis.com/css2?family=Inter:wght@400;'
                    '600;700&display=swap" rel="stylesheet">',
                    '<link href="https://fonts.googleapis.com/css?family=Roboto:400,'
                    '700" rel="stylesheet">',
                    '<link href="https://fonts.googleapis.com/css2?family=Poppins:wght@'
                    '400;600&display=swap" rel="stylesheet">',
                    '<link rel="stylesheet" href="https://cdnjs.cloudflare.com/ajax/lib'
                    's/font-awesome/6.5.1/css/all.min.css">',
                ]
            )
        )
    if ctx.chance(0.3):
        parts.append('<script src="https://code.jquery.com/jquery-3.7.1.min.js"></script>')
    parts.append(doc.head_extra)
    if doc.analytics if doc.analytics is not None else ctx.chance(0.35):
        parts.append(analytics_snippet(ctx))
    return "".join(parts)


def _css(ctx: Ctx) -> str:
    sch = ctx.scheme
    if sch == "bootstrap":
        v = ctx.pick(["5.3.2", "5.3.3", "4.6.2", "5.2.3", "3.4.1"])
        return (
            f'<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@{v}/dist/'
            'css/bootstrap.min.css">'
        )
    if sch == "tailwind":
        return str(
            ctx.pick(
                [
                    '<script src="https://cdn.tailwindcss.com"></script>',
                    f'<link rel="stylesheet" href="/assets/app.{ctx.hexs(8)}.css">',
                ]
            )
        )
    if sch == "bulma":
        return (
            '<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bulma@0.9.4/css/bulm'
            'a.min.css">'
        )
    colors = [
        "#e11d48",
        "#2563eb",
        "#16a34a",
        "#f59e0b",
        "#7c3aed",
        "#0f766e",
        "#dc2626",
        "#111827",
        "#1877f2",
    ]
    c1 = ctx.pick(colors)
    inline = (
        "<style>body{margin:0;font-family:"
        + str(
            ctx.pick(
                [
                    "Arial,sans-serif",
                    "Helvetica,Arial",
                    "system-ui,-apple-system,Segoe UI,Roboto",
                    "Verdana",
                    "Georgia,serif",
                    "Tahoma",
                ]
            )
        )
        + (
            ";"
            "background:"
            f"{ctx.pick(['#fff', '#f5f5f5', '#fafafa', '#f0f2f5', '#111', '#fdf6e3'])};"
            "color:#222}"
            f".{ctx.c('btn_primary').split()[0]}{{background:{c1};color:#fff;padding:12px "
            f"24px;border:0;border-radius:{ctx.randint(0, 30)}px;"
            f"display:inline-block;text-decoration:none;font-weight:bold}}"
            f".{ctx.c('container').split()[0]}{{max-width:"
            f"{ctx.pick([720, 800, 960, 1100, 1200])}px;margin:0 auto;"
            f"padding:{ctx.randint(8, 24)}px}}</style>"
        )
    )
    if ctx.chance(0.4):
        inline = (
            '<link rel="stylesheet" href="'
            + str(
                ctx.pick(
                    [
                        "style.css",
                        "css/style.css",
                        "assets/css/main.css",
                        "/static/css/site.css",
                        "custom.css",
                    ]
                )
            )
            + '">'
        ) + (inline if ctx.chance(0.5) else "")
    return inline


def _nav(ctx: Ctx, doc: Doc) -> str:
    if not doc.nav:
        return ""
    items = "".join(
        '<li><a href="'
        f'{ctx.pick(["#", "/", "/" + slugify(x)[:16], slugify(x)[:12] + ".html"])}">'
        f"{x}</a></li>"
        for x in doc.nav
    )
    brand = esc(doc.site) if doc.site else ""
    logo = (
        img(ctx, doc.site or "logo", doc.logo_alt or doc.site or "logo") if ctx.chance(0.4) else ""
    )
    return (
        f'<header{ctx.cls("header")}><a href="/" class="logo">{logo}{brand}</a><nav>'
        f"<ul{ctx.cls('nav')}>{items}</ul></nav></header>"
    )


def _footer(ctx: Ctx, doc: Doc) -> str:
    if not doc.footer_links and not doc.footer_text:
        return ""
    links = " | ".join(
        f'<a href="{ctx.pick(["#", "/" + slugify(x)[:20], slugify(x)[:20] + ".html"])}">{x}</a>'
        for x in doc.footer_links
    )
    return (
        f"<footer{ctx.cls('footer')}><div{ctx.cls('container')}>"
        f"{links}<p{ctx.cls('muted')}>{doc.footer_text}</p></div></footer>"
    )


def _cookie(ctx: Ctx, doc: Doc) -> str:
    show = doc.cookie if doc.cookie is not None else ctx.chance(0.3)
    if not show:
        return ""
    return (
        f'<div id="cookie-banner"{ctx.cls("alert")} role="dialog">{ctx.ui["cookies"]} '
        f'<a href="#">{ctx.ui["privacy"]}</a> <button onclick="this.parentNode.remove()'
        f'">{ctx.ui["accept"]}</button></div>'
    )


def render_web(ctx: Ctx, doc: Doc, skin: str | None = None) -> str:
    """Wrap a Doc in one of several page skeletons (same pool for both labels)."""
    skin = skin or ctx.pick(
        ["bootstrap", "modern", "plain", "card", "wp", "table", "modern", "card"]
    )
    lang = ctx.lang
    dir_attr = ' dir="rtl"' if lang == "ar" else ""
    head = _head(ctx, doc, _css(ctx))
    if ctx.chance(0.12):  # minimal page: no navigation, bare footer (both classes)
        doc.nav, doc.footer_links = [], []
    nav, foot, cookie = _nav(ctx, doc), _footer(ctx, doc), _cookie(ctx, doc)
    main = doc.main
    if skin == "bootstrap":
        body = (
            f"{nav}<main{ctx.cls('container')}><div{ctx.cls('row')}>"
            f"<div{ctx.cls('col')}>{main}</div>"
            f"{'<aside class=col-md-4>' + doc.sidebar + '</aside>' if doc.sidebar else ''}"
            f"</div></main>{foot}{cookie}"
        )
    elif skin == "modern":
        body = (
            f'{nav}<main id="{ctx.pick(["main", "content", "app", "root"])}">'
            f"<section{ctx.cls('section')}>"
            f"<div{ctx.cls('container')}>{main}</div></section>"
            f"{'<aside>' + doc.sidebar + '</aside>' if doc.sidebar else ''}</main>{foot}{cookie}"
        )
    elif skin == "plain":
        body = f"{nav}{main}{doc.sidebar}{foot}{cookie}"
        if ctx.chance(0.3):
            body = f"<center>{body}</center>"
    elif skin == "card":
        body = (
            f"{nav}<div{ctx.cls('container')}><div{ctx.cls('card')}>"
            f"<div{ctx.cls('card_body')}>{main}"
            f"</div></div>{doc.sidebar}</div>{foot}{cookie}"
        )
    elif skin == "wp":
        wp_id = ctx.randint(2, 9999)
        body = (
            '<div id="page" class="site"><a class="skip-link screen-reader-text" '
            'href="#content">Skip to content</a>'
            f'{nav}<div id="content" class="site-content"><div id="primary" '
            'class="content-area"><main id="main" class="site-main">'
            f'<article id="post-{wp_id}" class="post-{wp_id} '
            f'{ctx.pick(["post", "page"])} type-post status-publish hentry">'
            f'<div class="entry-content">{main}</div></article></main></div>'
            f'<aside id="secondary" class="widget-area">{doc.sidebar}</aside></div>'
            f"{foot}</div>{cookie}"
        )
        head += (
            "<link rel='stylesheet' id='wp-block-library-css' "
            "href='/wp-includes/css/dist/block-library/style.min.css?ver=6."
            f"{ctx.randint(1, 6)}.{ctx.randint(0, 3)}' media='all' />"
            f'<meta name="generator" content="WordPress 6.{ctx.randint(1, 6)}.'
            f'{ctx.randint(0, 3)}" />'
        )
    else:  # table
        body = (
            '<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td>'
            f"{nav}</td></tr>"
            f'<tr><td align="center"><table width="{ctx.pick([600, 720, 800, 900])}">'
            f"<tr><td>{main}</td></tr></table></td></tr>"
            f"<tr><td>{doc.sidebar}{foot}</td></tr></table>{cookie}"
        )
    head, body = add_bulk_web(ctx, head, body, doc.site or doc.title)
    if ctx.chance(0.5):
        body += site_scripts(ctx)
    doctype = "<!DOCTYPE html>" if ctx.chance(0.92) else ""
    out = (
        f'{doctype}<html lang="{lang}"{dir_attr}><head>{head}</head><body>'
        f"{body}{doc.body_end}</body></html>"
    )
    return finish(ctx, out)


def finish(ctx: Ctx, out: str) -> str:
    """Serialize in one of a few whitespace styles (pretty / one-line / lightly broken)."""
    r = ctx.rng.random()
    if r < 0.45:
        out = re.sub(
            r"(<(?:div|section|header|footer|main|form|ul|ol|li|table|tr|p|h[1-6]|artic"
            r"le|nav|head|body|meta|link|script|title)\b)",
            r"\n\1",
            out,
        )
        out = out.lstrip("\n")
    elif r < 0.75:
        out = re.sub(
            r"(</(?:div|section|p|h[1-6]|li|tr|form|header|footer|script|style)>)", r"\1\n", out
        )
    return out + ("\n" if ctx.chance(0.7) else "")


# ---------------------------------------------------------------------------------------
# Social post skins (shared by both labels)
# ---------------------------------------------------------------------------------------
@dataclass
class Post:
    page_name: str
    handle: str
    text: str  # already HTML-safe (may contain <br>)
    category: str = ""
    followers: str = ""
    likes: int = 0
    comments_n: int = 0
    shares: int = 0
    comments: list[tuple[str, str, str]] = field(default_factory=list)
    image_alt: str = ""
    link_url: str = ""
    link_title: str = ""
    post_date: date | None = None
    page_created: date | None = None
    verified: bool = False
    name_changes: list[str] = field(default_factory=list)
    about: str = ""
    hashtags: list[str] = field(default_factory=list)


def _compact(n: int, lang: str) -> str:
    if n >= 1_000_000:
        v = f"{n / 1_000_000:.1f}".rstrip("0").rstrip(".")
        return v + ("M" if lang not in ("ru",) else " млн")
    if n >= 1000:
        v = f"{n / 1000:.1f}".rstrip("0").rstrip(".")
        return v + (
            "K"
            if lang not in ("ru", "de", "es", "pt", "fr")
            else {"ru": " тыс.", "de": " Tsd.", "es": " mil", "pt": " mil", "fr": " k"}[lang]
        )
    return str(n)


SOCIAL_WORDS: dict[str, dict[str, str]] = _W["SOCIAL_WORDS"]


def render_social(ctx: Ctx, post: Post, skin: str | None = None) -> str:
    """A logged-out social post page or a scraper export of one (same pool for both labels)."""
    skin = skin or ctx.pick(
        [
            "fb_classic",
            "fb_atomic",
            "fb_mbasic",
            "export",
            "ig",
            "fb_classic",
            "fb_atomic",
            "export",
        ]
    )
    lang, W = ctx.lang, SOCIAL_WORDS.get(ctx.lang, SOCIAL_WORDS["en"])
    dir_attr = ' dir="rtl"' if lang == "ar" else ""
    pd_ = post.post_date or REF_DATE
    pd_str = fmt_date(lang, pd_, ctx.randint(0, 1))
    pc_str = fmt_date(lang, post.page_created) if post.page_created else ""
    hashtags = " ".join(
        f'<a href="https://www.facebook.com/hashtag/{esc(t.lower())}">#{esc(t)}</a>'
        for t in post.hashtags
    )
    text = post.text + (f"<br><br>{hashtags}" if hashtags else "")
    verified = (
        ' <span class="verified" aria-label="Verified" title="Verified">✔</span>'
        if post.verified
        else ""
    )
    counts = (
        f"{_compact(post.likes, lang)} {W['reactions']} · "
        f"{_compact(post.comments_n, lang)} {W['comments']} · "
        f"{_compact(post.shares, lang)} {W['shares']}"
    )
    link_card = ""
    if post.link_url:
        host = re.sub(r"^https?://", "", post.link_url).split("/")[0].upper()
        link_card = (
            f'<a href="https://l.facebook.com/l.php?u={esc(post.link_url)}&amp;'
            f'h=AT{ctx.alnum(20)}" class="link-card" target="_blank" rel="nofollow">'
            f'<div class="link-host">{esc(host)}</div><div class="link-title">'
            f"{esc(post.link_title)}</div></a>"
        )
    image = (
        (
            '<img src="https://scontent.'
            f"{ctx.pick(['fcgk', 'fsgn', 'fist', 'fmad', 'fgru', 'fdel', 'xx'])}"
            f"{ctx.randint(1, 40)}-1.fna.fbcdn.net/v/t39.30808-6/"
            f'{ctx.randint(10**8, 10**9 - 1)}_{ctx.randint(10**15, 10**16 - 1)}_n.jpg" '
            f'alt="{esc(post.image_alt)}">'
        )
        if post.image_alt
        else ""
    )
    transp = ""
    if pc_str:
        changes = "".join(f"<li>{W['changed']} {esc(n)}</li>" for n in post.name_changes)
        transp = (
            f'<div class="page-transparency"><h4>{W["transparency"]}</h4><div>'
            f"{W['created']} – {pc_str}</div>"
            f"{'<ul>' + changes + '</ul>' if changes else ''}</div>"
        )
    about = f'<div class="about">{post.about}</div>' if post.about else ""
    title = f"{post.page_name} - {W['posts']} | Facebook"

    if skin == "fb_classic":
        comments = "".join(
            '<li class="_42ef"><div class="UFICommentActorAndBody"><a '
            'class="UFICommentActorName" href="https://www.facebook.com/'
            f'{esc(slugify(n))}">{esc(n)}</a> '
            f'<span class="UFICommentBody">{t}</span></div><div '
            f'class="UFICommentActions"><a>{ctx.ui["like"]}</a> · <a>'
            f"{ctx.ui['reply']}</a> · <abbr>{w}</abbr></div></li>"
            for n, t, w in post.comments
        )
        body = (
            '<div id="pagelet_bluebar"><div class="_53jh"><a '
            'href="https://www.facebook.com/" title="Facebook"><i class="fb_logo img '
            f'sp_{ctx.alnum(8)}"></i></a>'
            '<form id="login_form" action="https://www.facebook.com/login/device-based'
            '/regular/login/" method="post">'
            '<input type="email" class="inputtext" name="email" id="email"><input '
            'type="password" class="inputtext" name="pass" id="pass">'
            f'<label class="uiButton"><input value="{ctx.ui["login"]}" type="submit">'
            "</label></form></div></div>"
            '<div id="globalContainer" class="uiContextualLayerParent"><div '
            'id="content" role="main"><div class="_1qkq _1qkx">'
            '<div id="entity_sidebar"><h1 id="seo_h1_tag" class="_19s-"><a '
            f'href="https://www.facebook.com/{esc(post.handle)}/"><span>'
            f"{esc(post.page_name)}</span></a>{verified}</h1>"
            f'<div class="_2wma">@{esc(post.handle)}</div><ul class="_2yaa">'
            + "".join(
                f'<li><a href="#">{x}</a></li>'
                for x in [
                    ctx.ui["home"],
                    ctx.ui["about"],
                    W["posts"],
                    ctx.ui["events"] if ctx.chance(0.5) else "Photos",
                ]
            )
            + '</ul></div><div class="_4-u2 _4-u8"><div class="_4bl9">'
            f"{_compact(post.likes * ctx.randint(2, 40) + 100, lang)} "
            f"{W['people_like']}</div>"
            f'<div class="_4bl9">{post.followers} {W["follow"]}</div><div '
            f'class="_4bl9">{esc(post.category)}</div>{about}{transp}</div>'
            '<div class="_5pcr userContentWrapper" role="article"><div class="_1dwg '
            '_1w_m"><div class="_5x46"><h5><span class="fwb"><a '
            f'href="https://www.facebook.com/{esc(post.handle)}/">'
            f"{esc(post.page_name)}</a></span>{verified}</h5>"
            f'<abbr title="{pd_str}" data-utime="'
            f'{ctx.randint(1_700_000_000, 1_800_000_000)}" class="_5ptz"><span '
            f'class="timestampContent">{pd_str}</span></abbr></div>'
            f'<div class="_5pbx userContent _3576" data-testid="post_message"><p>{text}</p></div>'
            f'<div class="_3x-2">{image}{link_card}</div></div>'
            f'<div class="_78bu"><span class="_81hb">{counts}</span></div>'
            f'<div class="UFIList"><div class="_3w53">{W["most_relevant"]}</div><ul '
            f'class="UFIList">{comments}</ul>'
            f'<div class="UFIAddComment"><input placeholder="{W["write"]}"></div>'
            "</div></div></div></div>"
            f'<div id="login_popup_cta_form"><p>{W["login_prompt"]}</p></div></div>'
        )
    elif skin == "fb_atomic":

        def x(n: int = 0) -> str:
            return " ".join(
                "x" + ctx.alnum(ctx.randint(5, 7), string.ascii_lowercase + string.digits)
                for _ in range(n or ctx.randint(3, 8))
            )

        comments = "".join(
            f'<div class="{x()}" role="article" aria-label="Comment by {esc(n)} {w}">'
            f'<div class="{x()}"><span class="{x()}"><a href="https://www.facebook.com/'
            f'{esc(slugify(n))}" class="{x()}"><span dir="auto">{esc(n)}</span></a>'
            "</span>"
            f'<div class="{x()}" dir="auto"><div dir="auto" style="text-align:start">'
            f'{t}</div></div></div><ul class="{x()}"><li><span>{w}</span></li><li>'
            f'<div role="button">{ctx.ui["like"]}</div></li><li><div role="button">'
            f"{ctx.ui['reply']}</div></li></ul></div>"
            for n, t, w in post.comments
        )
        body = (
            f'<div id="mount_0_0_{ctx.alnum(2)}"><div class="{x()}"><div '
            f'role="banner" class="{x()}"><a aria-label="Facebook" href="/"><svg '
            f'viewBox="0 0 36 36" class="{x()}"><path d="M20.181 35.87C29.094 34.791 '
            "36 27.202 36 18c0-9.941-8.059-18-18-18S0 8.059 0 18c0 8.442 5.811 "
            '15.526 13.652 17.471L14 34h5.5l.681 1.87Z"></path></svg></a></div>'
            f'<div role="main" class="{x()}"><div class="{x()}"><h1 class="{x()}">'
            f'<span dir="auto">{esc(post.page_name)}</span>{verified}</h1>'
            f'<div class="{x()}"><span dir="auto">{post.followers} '
            f'{W["follow"]}</span> · <span dir="auto">{esc(post.category)}</span>'
            f"</div>{about}{transp}</div>"
            f'<div class="{x()}" role="article" aria-posinset="1"><div class="{x()}">'
            f'<span class="{x()}"><a href="/{esc(post.handle)}" role="link"><strong>'
            f"<span>{esc(post.page_name)}</span></strong></a></span>"
            f'<span class="{x()}"><a href="#" aria-label="{pd_str}" role="link"><span>'
            f'{pd_str}</span></a> · <span aria-label="Shared with Public">🌐</span>'
            "</span></div>"
            f'<div class="{x()}" data-ad-preview="message" '
            f'data-ad-comet-preview="message"><div class="{x()}"><div dir="auto" '
            f'style="text-align:start">{text}</div></div></div>'
            f'<div class="{x()}">{image}{link_card}</div>'
            f'<div class="{x()}"><span aria-label="{post.likes} {W["reactions"]}" '
            f'class="{x()}">{_compact(post.likes, lang)}</span>'
            f'<span class="{x()}">{_compact(post.comments_n, lang)} '
            f'{W["comments"]}</span><span class="{x()}">{_compact(post.shares, lang)} '
            f"{W['shares']}</span></div>"
            f'<div class="{x()}"><div role="button" class="{x()}">'
            f'{ctx.ui["like"]}</div><div role="button" class="{x()}">'
            f'{ctx.ui["comment"]}</div><div role="button" class="{x()}">'
            f"{ctx.ui['share']}</div></div>"
            f'<div class="{x()}">{comments}</div></div></div></div></div>'
            f'<div class="{x()}" role="dialog"><span dir="auto">'
            f'{W["login_prompt"]}</span><a href="/login/" role="button">'
            f"{ctx.ui['login']}</a></div>"
        )
    elif skin == "fb_mbasic":
        comments = "".join(
            f'<div class="{ctx.alnum(2).lower()}"><div><h3><a '
            f'href="/{esc(slugify(n))}">{esc(n)}</a></h3><div>{t}</div><div><abbr>'
            f'{w}</abbr> · <a href="#">{ctx.ui["like"]}</a> · <a href="#">'
            f"{ctx.ui['reply']}</a></div></div></div>"
            for n, t, w in post.comments
        )
        body = (
            f'<div id="viewport"><div id="objects_container"><div class="d" id="root" role="main">'
            '<div id="m_story_permalink_view"><div class="bi bj" '
            'data-ft=\'{"tn":"*s","top_level_post_id":"'
            f"{ctx.randint(10**15, 10**16 - 1)}\"}}'>"
            '<header><table class="bm" role="presentation"><tbody><tr><td class="bn">'
            '<img src="https://scontent.xx.fbcdn.net/v/t1.0-1/p40x40/'
            f'{ctx.randint(10**7, 10**8)}_n.jpg" width="40" height="40" '
            f'alt="{esc(post.page_name)}"></td>'
            f'<td class="bo"><h3 class="bp"><strong><a href="/{esc(post.handle)}/">'
            f"{esc(post.page_name)}</a></strong>{verified}</h3>"
            f'<div class="bq"><abbr>{pd_str}</abbr></div></td></tr></tbody></table></header>'
            f'<div class="br"><p>{text}</p></div><div class="bs">{image}{link_card}</div></div>'
            f'<div id="ufi_{ctx.randint(10**15, 10**16 - 1)}"><div class="cc"><a '
            f'href="#">{counts}</a></div>'
            f'<div class="cd">{comments}</div></div></div>{about}{transp}</div></div>'
            f'<div class="ce"><a href="/login.php">{ctx.ui["login"]}</a> · <a '
            f'href="/reg/">{ctx.ui["signup"]}</a></div></div>'
        )
        title = post.page_name
    elif skin == "ig":
        comments = "".join(
            f'<li class="_a9zj"><h3 class="_a9zc"><a href="/{esc(slugify(n))}/">'
            f'{esc(slugify(n).replace("-", "_"))}</a></h3><span class="_aacl">'
            f"{t}</span> <time>{w}</time></li>"
            for n, t, w in post.comments
        )
        body = (
            f'<div id="react-root"><section class="_a9-z"><main role="main"><article class="_aatb">'
            f'<header class="_aaqy"><a href="/{esc(post.handle)}/"><span>'
            f'{esc(post.handle)}</span></a>{verified}<div class="_aacl">'
            f"{esc(post.category)}</div></header>"
            '<div class="_aagu">'
            f"{image or img(ctx, 'post', post.image_alt or post.page_name)}</div>"
            f'<section class="_ae5m"><span>{_compact(post.likes, lang)} likes</span></section>'
            '<ul class="_a9z6"><li class="_a9zj _a9zl"><h2><a '
            f'href="/{esc(post.handle)}/">{esc(post.handle)}</a></h2><h1 dir="auto" '
            f'class="_aacl">{text}</h1>'
            f'<time datetime="{pd_.isoformat()}T{ctx.randint(10, 23)}:'
            f'{ctx.randint(10, 59)}:00.000Z">{pd_str}</time></li>{comments}</ul>'
            f"{'<div class=link-in-bio>' + link_card + '</div>' if link_card else ''}</"
            "article></main></section>"
            f'<div class="_aa4b">{post.followers} followers · {about}</div></div>'
        )
        title = (
            f'{post.page_name} on Instagram: "{re.sub("<[^>]+>", " ", post.text)[:60].strip()}…"'
        )
        transp = ""
    else:  # export: a scraper / monitoring-tool export of a post
        rows = [
            ("Page Name", esc(post.page_name)),
            ("Page Handle", "@" + esc(post.handle)),
            ("Page Category", esc(post.category)),
            ("Followers at Posting", post.followers),
            ("Post Created", pd_.isoformat()),
        ]
        if post.page_created:
            rows.append(("Page Created", post.page_created.isoformat()))
        rows += [
            ("Likes", str(post.likes)),
            ("Comments", str(post.comments_n)),
            ("Shares", str(post.shares)),
        ]
        if post.link_url:
            rows.append(("Link", f'<a href="{esc(post.link_url)}">{esc(post.link_url)}</a>'))
        meta = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
        comments = "".join(
            f"<li><b>{esc(n)}</b> — {t} <i>({w})</i></li>" for n, t, w in post.comments
        )
        body = (
            (
                '<article class="post" data-platform="facebook"><header><h2>'
                f"{esc(post.page_name)}{verified}</h2>"
                f'<time datetime="{pd_.isoformat()}">{pd_str}</time></header><div '
                f'class="post-message">{text}</div>'
            )
            + str(
                "<p class=image-description>[image] " + esc(post.image_alt) + "</p>"
                if post.image_alt
                else ""
            )
            + (
                f'<table class="post-meta">{meta}</table>'
                + str("<h3>Top comments</h3><ul>" + comments + "</ul>" if comments else "")
                + f"{about}{transp}</article>"
            )
        )
        title = f"{post.page_name} — post {pd_.isoformat()}"
    og = (
        f'<meta property="og:title" content="{esc(post.page_name)}"><meta '
        f'property="og:description" content="{esc(re.sub("<[^>]+>", " ", post.text)[:200])}'
        '">'
    )
    head = f'<meta charset="utf-8"><title>{esc(title)}</title>{og if skin != "export" else ""}'
    if skin.startswith("fb"):
        head += (
            '<link rel="stylesheet" href="https://static.xx.fbcdn.net/rsrc.php/v3/y'
            f'{ctx.alnum(1).lower()}/r/{ctx.alnum(11)}.css">'
        )
    if skin == "export":
        head += (
            "<style>table.post-meta th{text-align:left;padding-right:1em}.post{max-width:68"
            "0px;margin:auto;font-family:sans-serif}</style>"
        )
    if skin != "export":
        r = ctx.rng.random()
        if r < 0.5:
            body += "".join(fb_blob(ctx, ctx.randint(5, 80)) for _ in range(ctx.randint(1, 4)))
        if ctx.chance(0.3):
            head += bulk_css(ctx, ctx.randint(20, 200))
    out = (
        f'<!DOCTYPE html><html lang="{lang}"{dir_attr}><head>{head}</head><body>'
        f"{body}</body></html>"
    )
    return finish(ctx, out)


# ---------------------------------------------------------------------------------------
# Standard boilerplate pieces
# ---------------------------------------------------------------------------------------
def std_nav(ctx: Ctx, extra: list[str] | None = None, n: int | None = None) -> list[str]:
    ui = ctx.ui
    base = [
        ui["home"],
        ui["about"],
        ui["blog"],
        ui["shop"],
        ui["faq"],
        ui["contact"],
        ui["news"],
        ui["events"],
        ui["help"],
    ]
    k = n if n is not None else ctx.randint(2, 6)
    items = ctx.sample(base, k)
    return (extra or []) + items


def std_footer(ctx: Ctx, site: str, year: int = 2026, legal: bool = True) -> tuple[list[str], str]:
    ui = ctx.ui
    links = [ui["privacy"], ui["terms"]] if legal else []
    links += ctx.sample(
        [
            ui["contact"],
            ui["about"],
            ui["faq"],
            ui["imprint"],
            ui["sitemap"],
            ui["careers"],
            "Cookies",
        ],
        ctx.randint(0, 4),
    )
    text = (
        f"© {ctx.pick([year, year, f'{year - ctx.randint(1, 12)}–{year}', year - 1])} "
        f"{esc(site)}. {ui['rights']}"
    )
    return links, text


def lorem_boiler(ctx: Ctx, kind: str) -> str:
    """A generic, label-neutral paragraph used to pad pages of either class."""
    en = {
        "about": [
            "We are a small team that loves building simple things that work.",
            "Our mission is to make everyday life a little easier for people everywhere.",
            "Founded in a garage and now serving customers in more than 20 countries.",
        ],
        "support": [
            "Questions? Our support team answers within 24 hours on business days.",
            "Need help? Visit our help centre or write to us — we read every message.",
            "Having trouble? Try refreshing the page or clearing your browser cache.",
        ],
    }
    return str(ctx.pick(en.get(kind, en["about"])))
