"""The privacy-policy link of a page: which of its links leads to the policy (or the terms).

One finder for the fetcher; it reads the links of the Page's one parse. (The signal
``privacy_no_policy_link`` still has its own word list; both should read one Page view.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

from ..pages.page import Page

__all__ = ["find_policy_link"]

# Lower-case fragments matched in link text and in the percent-decoded href.
_PRIVACY_WORDS = (
    "privacy", "privacidad", "privacidade", "privacitat", "confidentialité", "confidentialite",
    "données personnelles", "donnees-personnelles", "datenschutz", "privatsphäre", "privasi",
    "gizlilik", "kişisel veri", "kvkk", "गोपनीयता", "निजता", "الخصوصية", "конфиденциальност",
    "персональных данных", "quyền riêng tư", "bảo mật", "riservatezza", "privacybeleid",
    "prywatności", "prywatnosci", "ochrana osobních", "soukromí", "adatvédelm", "tietosuoja",
    "integritet", "personvern", "privatliv", "απόρρητο", "פרטיות", "プライバシー", "個人情報",
    "隐私", "隱私", "개인정보", "ความเป็นส่วนตัว", "protección de datos", "proteção de dados",
    "data protection", "personal data", "dsgvo", "gdpr",
)
_TERMS_WORDS = (
    "terms", "conditions", "términos", "terminos", "termos", "condiciones", "condições",
    "condicoes", "conditions générales", "nutzungsbedingungen", "geschäftsbedingungen",
    "syarat", "ketentuan", "kullanım koşulları", "koşullar", "sözleşme", "शर्तें", "नियम",
    "الشروط", "الأحكام", "условия", "соглашение", "điều khoản", "termini", "condizioni",
    "voorwaarden", "regulamin", "warunki", "podmínky", "feltételek", "ehdot", "villkor",
    "vilkår", "όροι", "תנאי", "利用規約", "条款", "條款", "이용약관", "ข้อกำหนด", "legal",
)
# Short tokens only count as whole words: "tos" is inside "photos", "agb" inside "tagbox".
_TERMS_TOKENS = re.compile(r"(?<![a-z])(?:tos|agb|cgu|cgv|eula)(?![a-z])")
_NOT_A_PAGE = ("javascript:", "mailto:", "tel:", "data:", "sms:", "whatsapp:", "#")


def _mentions(text: str, words: Iterable[str]) -> bool:
    return any(w in text for w in words)


def find_policy_link(page_or_html: Page | str | bytes, base_url: str) -> str | None:
    """The absolute http(s) URL of the page's privacy policy, else its terms, else ``None``.

    Links are ranked by where the words appear (anchor text beats href) and then by being on
    the page's own site; words are matched in many languages ("privacidad", "Datenschutz",
    "kebijakan privasi", "gizlilik", "конфиденциальность", "الخصوصية", ...). A link back to
    the page itself is skipped.
    """
    if isinstance(page_or_html, Page):  # noqa: SIM108 (mypy narrows only in a statement)
        page = page_or_html
    else:
        page = Page(html=page_or_html, url=base_url)
    base = base_url or page.url
    here = _without_fragment(base)
    best: tuple[int, int, int] | None = None
    best_url: str | None = None
    for order, link in enumerate(page.links):
        href = link.href.strip()
        if not href or href.lower().startswith(_NOT_A_PAGE):
            continue
        try:
            absolute = _without_fragment(urljoin(base, href))
        except ValueError:
            continue
        if urlsplit(absolute).scheme not in ("http", "https") or absolute == here:
            continue
        text = link.text.casefold()
        target = unquote(href).casefold()
        if _mentions(text, _PRIVACY_WORDS):
            tier = 0
        elif _mentions(target, _PRIVACY_WORDS):
            tier = 1
        elif _mentions(text, _TERMS_WORDS) or _TERMS_TOKENS.search(text):
            tier = 2
        elif _mentions(target, _TERMS_WORDS) or _TERMS_TOKENS.search(target):
            tier = 3
        else:
            continue
        rank = (tier, 0 if link.internal else 1, order)
        if best is None or rank < best:
            best, best_url = rank, absolute
    return best_url


def _without_fragment(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))

