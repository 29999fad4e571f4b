"""find_policy_link: the privacy-policy (or terms) link among a page's links, in many languages."""

from __future__ import annotations

import pytest

from detector import Page
from detector.net import find_policy_link

BASE = "https://prize-claim.xyz/win/index.html"


@pytest.mark.parametrize(
    ("links", "expected"),
    [
        ('<a href="/privacy">Privacy Policy</a>', "https://prize-claim.xyz/privacy"),
        ('<a href="legal.html">Política de privacidad</a>', "https://prize-claim.xyz/win/legal.html"),
        ('<a href="/p">Política de Privacidade</a>', "https://prize-claim.xyz/p"),
        ('<a href="/ds">Datenschutzerklärung</a>', "https://prize-claim.xyz/ds"),
        ('<a href="/c">Politique de confidentialité</a>', "https://prize-claim.xyz/c"),
        ('<a href="/k">Kebijakan Privasi</a>', "https://prize-claim.xyz/k"),
        ('<a href="/g">Gizlilik Politikası</a>', "https://prize-claim.xyz/g"),
        ('<a href="/h">गोपनीयता नीति</a>', "https://prize-claim.xyz/h"),
        ('<a href="/a">سياسة الخصوصية</a>', "https://prize-claim.xyz/a"),
        ('<a href="/r">Политика конфиденциальности</a>', "https://prize-claim.xyz/r"),
        ('<a href="/v">Chính sách quyền riêng tư</a>', "https://prize-claim.xyz/v"),
        # by href when the text says nothing
        ('<a href="/legal/privacy-policy.html">Read</a>',
         "https://prize-claim.xyz/legal/privacy-policy.html"),
        ('<a href="/pol%C3%ADtica-de-privacidad">x</a>',
         "https://prize-claim.xyz/pol%C3%ADtica-de-privacidad"),
        # privacy beats terms, text beats href
        ('<a href="/t">Terms of Service</a><a href="/priv">Privacy</a>',
         "https://prize-claim.xyz/priv"),
        ('<a href="/privacy-a">read</a><a href="/b">Privacy notice</a>',
         "https://prize-claim.xyz/b"),
        # terms when there is no privacy policy
        ('<a href="/t">Terms &amp; Conditions</a>', "https://prize-claim.xyz/t"),
        ('<a href="/t">Términos y condiciones</a>', "https://prize-claim.xyz/t"),
        ('<a href="/t">Termos de uso</a>', "https://prize-claim.xyz/t"),
        ('<a href="/cgu">CGU</a>', "https://prize-claim.xyz/cgu"),
        ('<a href="/agb">AGB</a>', "https://prize-claim.xyz/agb"),
        ('<a href="/s">Syarat dan Ketentuan</a>', "https://prize-claim.xyz/s"),
        # an own-site policy beats an external one in the same tier
        ('<a href="https://other.example/privacy">Privacy</a><a href="/own">Privacy</a>',
         "https://prize-claim.xyz/own"),
        ("<a href='//cdn.example/privacy'>Privacy</a>", "https://cdn.example/privacy"),
        # not a page, or no policy at all
        ('<a href="javascript:void(0)">Privacy</a>', None),
        ('<a href="mailto:privacy@prize-claim.xyz">Privacy</a>', None),
        ('<a href="#privacy">Privacy</a>', None),
        ('<a href="/photos">Photos</a><a href="/stories">Stories</a>', None),
        ('<a href="/claim">Claim your prize</a>', None),
        ("", None),
    ],
)
def test_find_policy_link(links: str, expected: str | None) -> None:
    html = f"<html><body><p>Win!</p><footer>{links}</footer></body></html>"
    assert find_policy_link(html, BASE) == expected
    assert find_policy_link(Page(html=html.encode(), url=BASE), BASE) == expected
