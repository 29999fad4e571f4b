# ruff: noqa: E501  (template modules are mostly multilingual text tables)
"""Privacy policies: ordinary ones (legit; some ad-supported sites share data for ads and most
have a merger clause) and the policies of data-harvesting prize/survey funnels (scam: sell/rent
data to 'marketing partners', consent to autodialed calls, changes 'at any time without notice',
'your responsibility to check this page')."""

from __future__ import annotations

from datetime import timedelta

from .core import (
    REF_DATE,
    Doc,
    esc,
    fmt_date,
    free_host_url,
    h,
    latin_slug,
    lookalike_url,
    p,
    render_web,
    slugify,
    std_footer,
    std_nav,
    ul,
)

LEGIT_PP = {
    "en": dict(title="Privacy Policy", upd="Last updated: {d}",
               intro=["{co} (“we”, “us”) respects your privacy. This policy explains what personal data we collect when you use {site}, how we use it and the choices you have.",
                      "This Privacy Policy describes how {co} collects, uses and protects information about you when you use our website and apps."],
               secs=[("Information we collect", ["Information you give us, such as your name, email address, shipping address and order details when you create an account or place an order.",
                                                 "Technical information such as your IP address, browser type and pages visited, collected through cookies and similar technologies.",
                                                 "We do not collect your date of birth or payment card number; payments are processed by our payment provider."]),
                     ("How we use your information", ["To provide and improve our services, process orders and answer your questions.",
                                                      "To send you our newsletter if you have subscribed. Every email contains an unsubscribe link.",
                                                      "To detect and prevent fraud and abuse."]),
                     ("Legal bases", ["We process personal data to perform our contract with you, on the basis of your consent, or for our legitimate interests in running a secure service."]),
                     ("Sharing", ["We do not sell your personal information. We share it only with service providers that process data on our behalf (hosting, payment processing, email delivery) under written contracts, and when required by law."]),
                     ("Advertising", ["We show ads from advertising partners, who may use cookies to show you ads based on your interests. You can opt out at any time in our cookie settings."]),
                     ("Business transfers", ["If we are involved in a merger, acquisition or sale of assets, your information may be transferred as part of that transaction. We will notify you before your information becomes subject to a different privacy policy."]),
                     ("Retention", ["We keep your data only as long as needed for the purposes above, and delete account data within 90 days after you close your account."]),
                     ("Your rights", ["You can request access to, correction of, or deletion of your personal data, object to processing, and ask for a copy in a portable format. You also have the right to lodge a complaint with your data protection authority.",
                                      "California residents: we do not sell or share personal information as defined by the CCPA."]),
                     ("Children", ["Our services are not directed to children under 13, and we do not knowingly collect their data."]),
                     ("Security", ["We use encryption in transit (TLS), access controls and regular security reviews to protect your data."]),
                     ("Changes to this policy", ["We may update this policy from time to time. If we make material changes we will notify you by email or by a prominent notice on our website before the change takes effect."]),
                     ("Contact", ["Questions? Contact our data protection officer at privacy@{dom} or write to {co}, {addr}."])]),
    "es": dict(title="Política de privacidad", upd="Última actualización: {d}", intro=["{co} respeta tu privacidad. Esta política explica qué datos recogemos en {site} y cómo los usamos."],
               secs=[("Datos que recogemos", ["Nombre, email y dirección cuando haces un pedido.", "Datos técnicos como la IP y las páginas visitadas mediante cookies."]),
                     ("Finalidad", ["Gestionar pedidos, atender consultas y enviarte la newsletter si te has suscrito."]),
                     ("Base legal", ["Ejecución del contrato, consentimiento e interés legítimo."]),
                     ("Cesión de datos", ["No vendemos tus datos personales. Solo los compartimos con proveedores que los tratan por cuenta nuestra (alojamiento, pagos) o cuando la ley lo exige."]),
                     ("Operaciones societarias", ["En caso de fusión o venta de la empresa, tus datos podrían transferirse al nuevo responsable, que seguirá respetando esta política."]),
                     ("Tus derechos", ["Puedes ejercer tus derechos de acceso, rectificación, supresión, oposición y portabilidad escribiendo a privacidad@{dom}. También puedes reclamar ante la AEPD."]),
                     ("Cambios", ["Si modificamos esta política de forma relevante te lo comunicaremos por email o mediante un aviso en la web."])]),
    "fr": dict(title="Politique de confidentialité", upd="Dernière mise à jour : {d}", intro=["{co} respecte votre vie privée. Cette politique explique quelles données nous collectons sur {site}."],
               secs=[("Données collectées", ["Nom, e-mail et adresse de livraison lors d'une commande.", "Données techniques (adresse IP, pages consultées) via des cookies."]),
                     ("Finalités", ["Traiter vos commandes, répondre à vos demandes et vous envoyer notre newsletter si vous y êtes abonné."]),
                     ("Partage", ["Nous ne vendons jamais vos données. Elles ne sont partagées qu'avec nos sous-traitants (hébergement, paiement) dans le cadre de contrats conformes au RGPD."]),
                     ("Vos droits", ["Vous disposez d'un droit d'accès, de rectification, d'effacement et d'opposition. Contact : dpo@{dom}. Vous pouvez saisir la CNIL."]),
                     ("Modifications", ["En cas de modification importante, nous vous en informerons par e-mail ou par un bandeau sur le site."])]),
    "de": dict(title="Datenschutzerklärung", upd="Stand: {d}", intro=["Der Schutz Ihrer Daten ist uns wichtig. Diese Erklärung informiert Sie darüber, welche Daten {co} auf {site} verarbeitet."],
               secs=[("Verantwortlicher", ["{co}, {addr}, E-Mail: datenschutz@{dom}."]),
                     ("Erhobene Daten", ["Name, E-Mail-Adresse und Lieferadresse bei Bestellungen.", "Server-Logfiles (IP-Adresse, Browsertyp, Uhrzeit)."]),
                     ("Zwecke und Rechtsgrundlagen", ["Vertragserfüllung (Art. 6 Abs. 1 lit. b DSGVO), Einwilligung (lit. a) für den Newsletter und berechtigtes Interesse (lit. f)."]),
                     ("Weitergabe", ["Eine Weitergabe Ihrer Daten an Dritte zu Werbezwecken findet nicht statt. Wir setzen Auftragsverarbeiter (Hosting, Zahlungsdienstleister) ein."]),
                     ("Speicherdauer", ["Wir löschen Ihre Daten, sobald sie für den Zweck nicht mehr erforderlich sind, unter Beachtung gesetzlicher Aufbewahrungsfristen."]),
                     ("Ihre Rechte", ["Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung, Datenübertragbarkeit und Widerspruch sowie ein Beschwerderecht bei der Aufsichtsbehörde."]),
                     ("Änderungen", ["Wir passen diese Datenschutzerklärung bei Bedarf an. Über wesentliche Änderungen informieren wir Sie."])]),
    "pt": dict(title="Política de Privacidade", upd="Atualizada em: {d}", intro=["A {co} respeita sua privacidade. Esta política explica como tratamos seus dados em {site}, conforme a LGPD."],
               secs=[("Dados coletados", ["Nome, e-mail, CPF e endereço de entrega ao realizar um pedido.", "Dados técnicos coletados por cookies."]),
                     ("Finalidade", ["Processar pedidos, prestar suporte e enviar comunicações se você autorizar."]),
                     ("Compartilhamento", ["Não vendemos seus dados pessoais. Compartilhamos apenas com operadores (pagamento, logística) e quando exigido por lei."]),
                     ("Seus direitos", ["Você pode solicitar acesso, correção, exclusão e portabilidade pelo e-mail privacidade@{dom}."]),
                     ("Alterações", ["Em caso de mudanças relevantes, avisaremos por e-mail ou no site."])]),
    "vi": dict(title="Chính sách bảo mật", upd="Cập nhật lần cuối: {d}", intro=["{co} tôn trọng quyền riêng tư của bạn. Chính sách này giải thích cách chúng tôi thu thập và sử dụng dữ liệu trên {site}."],
               secs=[("Thông tin chúng tôi thu thập", ["Họ tên, email, số điện thoại khi bạn đăng ký tài khoản.", "Dữ liệu kỹ thuật như địa chỉ IP và loại thiết bị."]),
                     ("Mục đích sử dụng", ["Cung cấp dịch vụ, hỗ trợ khách hàng và bảo mật tài khoản."]),
                     ("Chia sẻ thông tin", ["Chúng tôi không bán dữ liệu cá nhân của bạn. Chỉ chia sẻ với đối tác xử lý dữ liệu thay mặt chúng tôi hoặc theo yêu cầu của pháp luật."]),
                     ("Xóa tài khoản", ["Bạn có thể yêu cầu xóa tài khoản và dữ liệu bất cứ lúc nào qua email support@{dom}."]),
                     ("Thay đổi chính sách", ["Khi có thay đổi quan trọng, chúng tôi sẽ thông báo trong ứng dụng."])]),
    "tr": dict(title="Gizlilik Politikası", upd="Son güncelleme: {d}", intro=["{co} olarak kişisel verilerinizin gizliliğine önem veriyoruz. Bu politika {site} üzerinde hangi verileri işlediğimizi açıklar (KVKK)."],
               secs=[("Toplanan veriler", ["Sipariş sırasında ad, e-posta ve teslimat adresi.", "Çerezler aracılığıyla teknik veriler."]),
                     ("Kullanım amaçları", ["Siparişlerin işlenmesi ve müşteri desteği."]),
                     ("Paylaşım", ["Kişisel verilerinizi satmayız. Yalnızca hizmet sağlayıcılarımızla (barındırma, ödeme) ve yasal zorunluluk hâlinde paylaşırız."]),
                     ("Haklarınız", ["KVKK madde 11 kapsamındaki haklarınız için kvkk@{dom} adresine yazabilirsiniz."]),
                     ("Değişiklikler", ["Önemli değişikliklerde sizi e-posta ile bilgilendiririz."])]),
}

SCAM_PP = {
    "en": dict(title=["Privacy Policy", "Privacy Policy & Terms", "Privacy Notice"], upd="Effective date: {d}",
               intro=["This Privacy Policy applies to {site} (the “Site”), operated by {co}. By using this Site or participating in any of our promotions, surveys or reward programs, you agree to the collection and use of your information as described below.",
                      "{co} operates consumer promotions and reward programs. By entering your information on this Site you consent to the terms of this policy."],
               secs=[("Information we collect", ["We collect the information you provide, including your name, email address, postal address, telephone number (including mobile number), date of birth, gender, and your answers to survey questions, as well as your IP address, device identifiers and browsing activity."]),
                     ("How we use and share your information", ["We may share, sell, rent, lease or otherwise transfer your personal information to our marketing partners, sponsors and advertisers, and to third parties who may contact you with offers of products and services.",
                                                                "Our partners may use your information for their own marketing purposes and combine it with information they obtain from other sources."]),
                     ("Consent to be contacted", ["By submitting your information, you expressly consent to receive marketing communications by email, SMS/text message, telephone calls (including calls made using an automatic telephone dialing system or prerecorded voice) and postal mail from us and our partners, even if your number is registered on a Do Not Call list. Message and data rates may apply. Consent is not a condition of purchase."]),
                     ("Sponsor offers", ["To qualify for a reward, you may be required to complete a number of sponsor offers. Some offers may require a purchase, a credit card or a paid subscription. We are not responsible for the offers, products or privacy practices of our sponsors."]),
                     ("Opting out", ["To stop receiving communications from a partner you must contact that partner directly. Opting out of our emails will not remove your information from lists that have already been shared with third parties."]),
                     ("International transfers", ["Your information may be transferred to, stored and processed in any country where we or our partners operate."]),
                     ("Security", ["We use reasonable measures to protect your information, but we cannot guarantee the security of any information you transmit to us."]),
                     ("Changes to this policy", ["We reserve the right to change this Privacy Policy at any time without notice. It is your responsibility to check this page periodically for changes. Your continued use of the Site after any change constitutes your acceptance of the new policy."]),
                     ("Contact", ["For questions, write to {co}, {addr}, or email privacy@{dom}."])]),
    "es": dict(title=["Política de privacidad"], upd="Fecha: {d}", intro=["Esta política se aplica a {site}, operado por {co}. Al participar en nuestras promociones y encuestas aceptas el uso de tus datos descrito a continuación."],
               secs=[("Datos que recogemos", ["Nombre, email, dirección postal, teléfono móvil, fecha de nacimiento, sexo, respuestas a encuestas, IP y datos del dispositivo."]),
                     ("Cesión a terceros", ["Podemos ceder, vender o alquilar tus datos personales a nuestros socios comerciales, patrocinadores y anunciantes, que podrán contactarte con ofertas."]),
                     ("Comunicaciones", ["Aceptas recibir comunicaciones comerciales por email, SMS y llamadas telefónicas (incluidas llamadas automáticas) de nuestros socios."]),
                     ("Ofertas de patrocinadores", ["Para obtener el premio puede ser necesario completar ofertas de patrocinadores, algunas de pago o con suscripción."]),
                     ("Cambios", ["Nos reservamos el derecho de modificar esta política en cualquier momento y sin previo aviso. Es tu responsabilidad revisar esta página periódicamente."])]),
    "fr": dict(title=["Politique de confidentialité"], upd="Date : {d}", intro=["La présente politique s'applique au site {site} exploité par {co}. En participant à nos jeux et enquêtes, vous acceptez l'utilisation de vos données décrite ci-dessous."],
               secs=[("Données collectées", ["Nom, e-mail, adresse postale, téléphone, date de naissance, sexe, réponses aux questionnaires, adresse IP."]),
                     ("Partage", ["Vos données peuvent être cédées, vendues ou louées à nos partenaires commerciaux et sponsors, qui pourront vous adresser des offres par e-mail, SMS ou téléphone."]),
                     ("Offres partenaires", ["L'obtention du lot peut nécessiter la souscription à des offres partenaires, payantes ou avec abonnement."]),
                     ("Modifications", ["Nous pouvons modifier cette politique à tout moment et sans préavis. Il vous appartient de consulter régulièrement cette page."])]),
    "de": dict(title=["Datenschutzerklärung"], upd="Stand: {d}", intro=["Diese Erklärung gilt für {site}, betrieben von {co}. Mit der Teilnahme an unseren Gewinnspielen und Umfragen stimmen Sie der folgenden Datennutzung zu."],
               secs=[("Erhobene Daten", ["Name, E-Mail, Postanschrift, Mobilnummer, Geburtsdatum, Geschlecht, Umfrageantworten, IP-Adresse."]),
                     ("Weitergabe", ["Wir dürfen Ihre Daten an Marketingpartner, Sponsoren und Werbetreibende weitergeben, verkaufen oder vermieten, die Sie per E-Mail, SMS und Telefon kontaktieren können."]),
                     ("Sponsorenangebote", ["Für den Erhalt eines Gewinns kann die Teilnahme an kostenpflichtigen Partnerangeboten oder Abonnements erforderlich sein."]),
                     ("Änderungen", ["Wir behalten uns vor, diese Erklärung jederzeit ohne Vorankündigung zu ändern. Es liegt in Ihrer Verantwortung, diese Seite regelmäßig zu prüfen."])]),
    "pt": dict(title=["Política de Privacidade"], upd="Data: {d}", intro=["Esta política se aplica a {site}, operado por {co}. Ao participar de nossas promoções e pesquisas, você concorda com o uso dos seus dados conforme abaixo."],
               secs=[("Dados coletados", ["Nome, e-mail, endereço, celular, data de nascimento, gênero, respostas de pesquisas e endereço IP."]),
                     ("Compartilhamento", ["Podemos compartilhar, vender ou alugar seus dados para parceiros de marketing, patrocinadores e anunciantes, que poderão contatá-lo por e-mail, SMS e telefone."]),
                     ("Ofertas de patrocinadores", ["Para receber a recompensa pode ser necessário concluir ofertas de parceiros, algumas pagas."]),
                     ("Alterações", ["Podemos alterar esta política a qualquer momento sem aviso prévio. É sua responsabilidade verificar esta página periodicamente."])]),
}
LEGIT_COS = [("Fern & Fable Ltd.", "22 Canal Street, Manchester M1 3HE"), ("Budgetly Apps GmbH", "Torstraße 140, 10119 Berlin"), ("Little Harbor Goods LLC", "410 Pine St, Portland, ME 04101"),
             ("Cobalt Labs SAS", "18 rue de la Paix, 75002 Paris"), ("Loja Verde Comércio Ltda.", "Av. Paulista 1000, São Paulo"), ("Kahve Evi Gıda A.Ş.", "Bağdat Cd. 200, İstanbul"),
             ("Trà Xanh Co., Ltd.", "12 Lý Thường Kiệt, Hà Nội"), ("Casa & Campo S.L.", "Calle Alcalá 50, Madrid")]
SCAM_COS = [("Rewards Central Media LLC", "1309 Coffeen Ave STE 1200, Sheridan, WY 82801"), ("Prize Insider Ltd.", "PO Box 4471, Road Town, Tortola, BVI"),
            ("Survey Opinion Group", "8 The Green, Suite A, Dover, DE 19901"), ("Daily Winner Network", "71-75 Shelton Street, London WC2H 9JQ"),
            ("Top Offers Marketing S.R.L.", "Str. Victoriei 12, Bucharest"), ("Gift Central Promotions", "2108 N St, Sacramento, CA 95816")]


def _policy(ctx, T, co, addr, site, dom, drop_keys=(), max_secs=None):
    d = REF_DATE - timedelta(days=ctx.randint(5, 1500))
    parts = [h(ctx, 1, esc(ctx.pick(T["title"]) if isinstance(T["title"], list) else T["title"]), "title"), p(ctx, T["upd"].format(d=fmt_date(ctx.lang, d)), "muted"),
             p(ctx, esc(ctx.pick(T["intro"]).format(co=co, site=site)))]
    secs = [s for s in T["secs"] if s[0] not in drop_keys]
    if max_secs and len(secs) > max_secs:
        keep = sorted(ctx.sample(range(len(secs)), max_secs))
        secs = [secs[i] for i in keep]
    numbered = ctx.chance(0.4)
    for i, (hd, paras) in enumerate(secs, 1):
        parts.append(h(ctx, 2, esc(f"{i}. {hd}" if numbered else hd)))
        if len(paras) > 2 and ctx.chance(0.4):
            parts.append(ul(ctx, [esc(x.format(co=co, addr=addr, dom=dom, site=site)) for x in paras]))
        else:
            parts += [p(ctx, esc(x.format(co=co, addr=addr, dom=dom, site=site))) for x in paras]
    return parts


def privacy_policy_legit(ctx) -> dict:
    T = LEGIT_PP[ctx.lang]
    co, addr = ctx.pick(LEGIT_COS)
    dom = latin_slug(ctx, co.split()[0] + " " + co.split()[1], "") + ctx.pick([".com", ".de", ".co", ".app", ".shop"])
    site = "www." + dom
    drop = ()
    if ctx.chance(0.6):
        drop = ("Advertising",)  # most sites here do not run ads
    parts = _policy(ctx, T, co, addr, site, dom, drop_keys=drop, max_secs=None if ctx.chance(0.5) else ctx.randint(3, 7))
    links, ftext = std_footer(ctx, co)
    long = ctx.chance(0.6)
    doc = Doc(title=f"{T['title']} | {co.split(',')[0]}", main="".join(parts), site=co if long else "", nav=std_nav(ctx) if long else [],
              footer_links=links if long else [], footer_text=ftext)
    r = ctx.rng.random()
    url = (f"https://{site}/{ctx.pick(['privacy', 'privacy-policy', 'datenschutz', 'privacidad', 'legal/privacy'])}" if r < 0.65 else
           f"https://{slugify(co.split()[0])}.github.io/privacy-policy/" if r < 0.8 else "")
    return dict(html=render_web(ctx, doc), url=url, page_created="")


def privacy_policy_scam(ctx) -> dict:
    T = SCAM_PP[ctx.lang]
    co, addr = ctx.pick(SCAM_COS)
    brand = ctx.pick(["rewards", "prize", "winner", "giftzone", "survey", "promo", "luckydeals", "bonus"])
    dom = f"{brand}{ctx.pick(['-center', 'hub', '-club', 'now', 'zone', ''])}.{ctx.pick(['com', 'net', 'info', 'xyz', 'club', 'online'])}"
    site = dom
    parts = _policy(ctx, T, co, addr, site, dom, max_secs=None if ctx.chance(0.5) else ctx.randint(3, len(T["secs"])))
    links, ftext = std_footer(ctx, co)
    long = ctx.chance(0.45)
    doc = Doc(title=ctx.pick([f"{ctx.pick(T['title'])} - {dom}", ctx.pick(T["title"]), f"{ctx.pick(T['title'])} | {co}"]), main="".join(parts),
              site=dom if long else "", nav=std_nav(ctx, n=ctx.randint(1, 3)) if long else [], footer_links=links if long or ctx.chance(0.3) else [], footer_text=ftext)
    r = ctx.rng.random()
    url = (f"https://{dom}/{ctx.pick(['privacy', 'privacy.html', 'privacy-policy', 'pp.php', 'legal/privacy'])}" if r < 0.5 else
           lookalike_url(ctx, [brand, ctx.pick(["offers", "club", "rewards"])], "privacy.html") if r < 0.7 else
           free_host_url(ctx, f"{brand}-{ctx.pick(['offers', 'promo', 'gift'])}", "privacy.html") if r < 0.85 else "")
    return dict(html=render_web(ctx, doc), url=url, page_created="")


__all__ = ["privacy_policy_legit", "privacy_policy_scam"]
