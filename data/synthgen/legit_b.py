# ruff: noqa: E501  (template modules are mostly multilingual text tables)
"""Legit hard negatives (part B): app download pages, coupon/deal pages, shops with free
shipping (product, checkout with card fields, gift cards), charity donations, research consent
surveys, community events, receipt/customer-satisfaction surveys with an optional prize draw."""

from __future__ import annotations

from datetime import timedelta

from .core import (
    REF_DATE,
    Doc,
    button,
    comments_block,
    consent_checkbox,
    countdown_script,
    esc,
    faq,
    field_html,
    fmt_date,
    form,
    h,
    img,
    lang_tld,
    latin_slug,
    local_amount,
    money,
    p,
    person,
    rel_time,
    render_web,
    slugify,
    std_footer,
    std_nav,
    table,
    ul,
)

YEAR = 2026


def _site_url(ctx, name, paths, tlds=("com",), alt_free=0.1, empty=0.15):
    """A legit-looking URL: the name's own domain (generic TLD from ``tlds`` or the language's
    country TLD), sometimes free hosting, sometimes empty."""
    dom = latin_slug(ctx, name, "")[:22]
    r = ctx.rng.random()
    if r < empty:
        return ""
    if r < empty + alt_free:
        return f"https://{dom}.{ctx.pick(['github.io', 'netlify.app', 'pages.dev', 'wixsite.com/' + dom])}/{ctx.pick(paths)}"
    tld = ctx.pick(list(tlds)) if ctx.chance(0.5) else lang_tld(ctx)
    return f"https://www.{dom}.{tld}/{ctx.pick(paths)}"


# ---------------------------------------------------------------------------------------
# App download pages
# ---------------------------------------------------------------------------------------
APPS_LEGIT = [("Budgetly", "budget"), ("TrailMate", "hiking"), ("Lingo Sprout", "language"), ("FocusFox", "focus"), ("SnapReceipt", "receipts"),
              ("RecipeBox", "recipes"), ("Bus Now", "transit"), ("PawPal", "pets"), ("WindNow", "wind"), ("Sleepwell", "sleep"), ("Kasir Pintar", "pos"),
              ("Moneta", "budget"), ("Parkly", "parking")]
AD = {
    "en": dict(tag={"budget": "Track your spending in seconds", "hiking": "Offline trail maps for every adventure", "language": "Learn a language in 5 minutes a day",
                    "focus": "A calm timer for deep work", "receipts": "Scan receipts, export to Excel", "recipes": "All your recipes in one place", "transit": "Real-time bus and tram times",
                    "pets": "A health diary for your pets", "wind": "Wind forecasts for surfers and kiters", "sleep": "Sleep sounds and white noise", "pos": "Simple point of sale for small shops",
                    "parking": "Find and pay for parking"},
               feats=["Free to download — optional Pro plan", "Works offline", "No ads, ever", "Sync across your devices", "Your data stays on your device", "Dark mode",
                      "Export to CSV and PDF", "Available in 12 languages"],
               fh="Features", dl="Download now — it's free!", req="Requires iOS 16 or later · Android 8.0 or later", rating="{r} ★ · {n} ratings",
               faq=[("Is {app} free?", "Yes. All core features are free. {app} Pro costs {price}/month and unlocks cloud backup and themes."),
                    ("Do you sell my data?", "No. We don't sell or share your personal data. See our privacy policy."),
                    ("Which devices are supported?", "iPhone, iPad and Android phones and tablets.")],
               rev="What people say", revs=["Finally an app that does one thing well.", "Clean, fast and no ads. Worth the Pro upgrade.", "I use it every single day."],
               priv="App privacy: Data not linked to you"),
    "es": dict(tag={"budget": "Controla tus gastos en segundos", "hiking": "Mapas sin conexión para tus rutas", "language": "Aprende idiomas en 5 minutos al día"},
               feats=["Descarga gratis, plan Pro opcional", "Funciona sin conexión", "Sin anuncios", "Sincroniza entre dispositivos", "Tus datos se quedan en tu móvil"],
               fh="Funciones", dl="¡Descárgala gratis!", req="Requiere iOS 16 o superior · Android 8.0 o superior", rating="{r} ★ · {n} valoraciones",
               faq=[("¿Es gratis {app}?", "Sí. {app} Pro cuesta {price} al mes."), ("¿Vendéis mis datos?", "No. Nunca vendemos ni compartimos tus datos.")],
               rev="Opiniones", revs=["Sencilla y sin anuncios.", "La uso todos los días."], priv="Privacidad: datos no vinculados a ti"),
    "pt": dict(tag={"budget": "Controle seus gastos em segundos", "hiking": "Mapas offline para suas trilhas", "language": "Aprenda idiomas em 5 minutos por dia"},
               feats=["Download grátis, plano Pro opcional", "Funciona offline", "Sem anúncios", "Sincroniza entre aparelhos", "Seus dados ficam no seu celular"],
               fh="Recursos", dl="Baixe grátis agora!", req="Requer iOS 16 ou superior · Android 8.0 ou superior", rating="{r} ★ · {n} avaliações",
               faq=[("O {app} é grátis?", "Sim. O {app} Pro custa {price} por mês."), ("Vocês vendem meus dados?", "Não. Nunca vendemos seus dados.")],
               rev="O que dizem", revs=["Simples e sem anúncios.", "Uso todo dia."], priv="Privacidade: dados não vinculados a você"),
    "fr": dict(tag={"budget": "Suivez vos dépenses en quelques secondes", "hiking": "Cartes de randonnée hors ligne", "language": "Apprenez une langue en 5 minutes par jour"},
               feats=["Téléchargement gratuit, abonnement Pro facultatif", "Fonctionne hors ligne", "Sans publicité", "Synchronisation entre appareils"],
               fh="Fonctionnalités", dl="Téléchargez-la gratuitement !", req="iOS 16 ou ultérieur · Android 8.0 ou ultérieur", rating="{r} ★ · {n} avis",
               faq=[("{app} est-elle gratuite ?", "Oui. {app} Pro coûte {price} par mois."), ("Vendez-vous mes données ?", "Non, jamais.")],
               rev="Avis", revs=["Simple et efficace.", "Je l'utilise tous les jours."], priv="Confidentialité : données non liées à vous"),
    "de": dict(tag={"budget": "Ausgaben in Sekunden erfassen", "hiking": "Offline-Wanderkarten", "language": "Sprachen lernen in 5 Minuten am Tag"},
               feats=["Kostenloser Download, optionales Pro-Abo", "Funktioniert offline", "Keine Werbung", "Sync zwischen Geräten", "Deine Daten bleiben auf deinem Gerät"],
               fh="Funktionen", dl="Jetzt kostenlos laden!", req="Erfordert iOS 16 oder neuer · Android 8.0 oder neuer", rating="{r} ★ · {n} Bewertungen",
               faq=[("Ist {app} kostenlos?", "Ja. {app} Pro kostet {price} im Monat."), ("Verkauft ihr meine Daten?", "Nein. Wir verkaufen keine Daten.")],
               rev="Stimmen", revs=["Schlicht und werbefrei.", "Nutze ich täglich."], priv="Datenschutz: Keine mit dir verknüpften Daten"),
    "id": dict(tag={"budget": "Catat pengeluaran dalam hitungan detik", "pos": "Aplikasi kasir sederhana untuk UMKM", "language": "Belajar bahasa 5 menit sehari"},
               feats=["Gratis diunduh, paket Pro opsional", "Bisa offline", "Tanpa iklan", "Sinkron antar perangkat"],
               fh="Fitur", dl="Unduh gratis sekarang!", req="Butuh iOS 16 ke atas · Android 8.0 ke atas", rating="{r} ★ · {n} ulasan",
               faq=[("Apakah {app} gratis?", "Ya. {app} Pro seharga {price} per bulan."), ("Apakah data saya dijual?", "Tidak. Kami tidak pernah menjual data Anda.")],
               rev="Kata pengguna", revs=["Simpel dan tanpa iklan.", "Sangat membantu usaha saya."], priv="Privasi: data tidak ditautkan ke Anda"),
    "tr": dict(tag={"budget": "Harcamalarını saniyeler içinde takip et", "transit": "Gerçek zamanlı otobüs saatleri", "language": "Günde 5 dakikada dil öğren"},
               feats=["Ücretsiz indir, isteğe bağlı Pro", "Çevrimdışı çalışır", "Reklamsız", "Cihazlar arası senkron"],
               fh="Özellikler", dl="Hemen ücretsiz indir!", req="iOS 16 ve üzeri · Android 8.0 ve üzeri", rating="{r} ★ · {n} değerlendirme",
               faq=[("{app} ücretsiz mi?", "Evet. {app} Pro aylık {price}."), ("Verilerimi satıyor musunuz?", "Hayır.")],
               rev="Kullanıcı yorumları", revs=["Sade ve reklamsız.", "Her gün kullanıyorum."], priv="Gizlilik: sizinle ilişkilendirilmeyen veriler"),
    "vi": dict(tag={"budget": "Quản lý chi tiêu trong vài giây", "language": "Học ngoại ngữ 5 phút mỗi ngày", "transit": "Giờ xe buýt theo thời gian thực"},
               feats=["Tải miễn phí, gói Pro tùy chọn", "Dùng được khi không có mạng", "Không quảng cáo", "Đồng bộ nhiều thiết bị"],
               fh="Tính năng", dl="Tải miễn phí ngay!", req="Yêu cầu iOS 16 trở lên · Android 8.0 trở lên", rating="{r} ★ · {n} đánh giá",
               faq=[("{app} có miễn phí không?", "Có. Gói Pro giá {price}/tháng."), ("Có bán dữ liệu của tôi không?", "Không bao giờ.")],
               rev="Người dùng nói gì", revs=["Gọn nhẹ, không quảng cáo.", "Dùng hằng ngày."], priv="Quyền riêng tư: dữ liệu không liên kết với bạn"),
    "ru": dict(tag={"budget": "Учёт расходов за секунды", "hiking": "Офлайн-карты для походов", "language": "Учите язык 5 минут в день"},
               feats=["Бесплатная загрузка, Pro по желанию", "Работает без интернета", "Без рекламы", "Синхронизация между устройствами"],
               fh="Возможности", dl="Скачайте бесплатно!", req="Требуется iOS 16 или новее · Android 8.0 или новее", rating="{r} ★ · {n} оценок",
               faq=[("{app} бесплатное?", "Да. {app} Pro стоит {price} в месяц."), ("Вы продаёте мои данные?", "Нет.")],
               rev="Отзывы", revs=["Просто и без рекламы.", "Пользуюсь каждый день."], priv="Конфиденциальность: данные не связаны с вами"),
}


def app_download_page(ctx) -> dict:
    lang, T = ctx.lang, AD[ctx.lang]
    app, cat = ctx.pick(APPS_LEGIT)
    tag = T["tag"].get(cat) or ctx.pick(list(T["tag"].values()))
    price = money(lang, round(local_amount(ctx, ctx.pick([1.99, 2.99, 3.99, 4.99])), 2))
    appid = ctx.randint(1_000_000_000, 6_999_999_999)
    pkg = f"com.{slugify(app).replace('-', '')}.{ctx.pick(['app', 'android', 'mobile'])}"
    badges = (f'<a href="https://apps.apple.com/app/{slugify(app)}/id{appid}"><img src="/img/app-store-badge-{lang}.svg" alt="Download on the App Store"></a> '
              f'<a href="https://play.google.com/store/apps/details?id={pkg}"><img src="/img/google-play-badge-{lang}.png" alt="Get it on Google Play"></a>')
    parts = [h(ctx, 1, esc(app), "title"), p(ctx, esc(tag), "subtitle"), badges, p(ctx, T["rating"].format(r=ctx.pick(["4.6", "4.7", "4.8", "4.9"]), n=f"{ctx.randint(200, 90000):,}"), "muted")]
    if ctx.chance(0.6):
        parts.append(f'<div{ctx.cls("grid")}>' + "".join(img(ctx, f"{app} screenshot {i}", f"{app} screenshot") for i in range(ctx.randint(2, 4))) + "</div>")
    parts.append(h(ctx, 2, T["fh"]) + ul(ctx, ctx.sample(T["feats"], ctx.randint(3, len(T["feats"])))))
    if ctx.chance(0.5):
        parts.append(h(ctx, 2, T["rev"]) + "".join(f"<blockquote>{esc(r)} — {esc(person(ctx, True))}</blockquote>" for r in ctx.sample(T["revs"], len(T["revs"]))))
    if ctx.chance(0.6):
        parts.append(h(ctx, 2, ctx.ui["faq"]) + faq(ctx, [(q.format(app=app), a.format(app=app, price=price)) for q, a in T["faq"]]))
    parts += [h(ctx, 2, T["dl"]), badges, p(ctx, T["req"], "muted")]
    if ctx.chance(0.4):
        parts.append(p(ctx, T["priv"], "muted"))
    links, ftext = std_footer(ctx, app)
    doc = Doc(title=f"{app} – {tag}", main="".join(parts), site=app, nav=std_nav(ctx, n=ctx.randint(1, 4)) if ctx.chance(0.75) else [], footer_links=links, footer_text=ftext,
              meta_desc=esc(tag), head_extra=f'<meta name="apple-itunes-app" content="app-id={appid}">' if ctx.chance(0.4) else "")
    url = _site_url(ctx, app, ["", "download", "app", f"{lang}/"], tlds=("com", "app", "io"), alt_free=0.2)
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# Coupon / deal pages
# ---------------------------------------------------------------------------------------
STORES = ["Nike", "Adidas", "Zalando", "ASOS", "Best Buy", "Target", "IKEA", "Sephora", "Uber Eats", "Booking.com", "Decathlon", "MediaMarkt",
          "Lush", "Crocs", "Samsonite", "Lego", "HelloFresh", "Etsy"]
CD = {
    "en": dict(title="{store} Coupons & Promo Codes – {month} {year}", verified="Verified", exp="Expires {d}", show="Show code", deal="Get deal",
               used="{n} uses today", how="How to use a {store} promo code", steps=["Click “Show code” and copy the code.", "Add items to your cart on {store}.",
                                                                                      "Paste the code in the “Promo code” box at checkout and click Apply."],
               about="About {store}", about_t="{store} offers free shipping on orders over {ship} and free returns within 30 days. Sign up to their newsletter for early access to sales.",
               disc="We may earn a commission when you buy through links on our site. This doesn't affect the price you pay.",
               offers=[("{p}% off sitewide", "SAVE{p}"), ("Free shipping on orders over {ship}", None), ("{amt} off your first order", "WELCOME{p}"),
                       ("Extra {p}% off sale items", "EXTRA{p}"), ("Free gift with purchases over {big}", None), ("Student discount: {p}% off", "STUDENT{p}")],
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]),
    "es": dict(title="Cupones y códigos de descuento {store} – {month} {year}", verified="Verificado", exp="Caduca el {d}", show="Ver código", deal="Ver oferta",
               used="{n} usos hoy", how="Cómo usar un código de {store}", steps=["Haz clic en «Ver código» y cópialo.", "Añade productos al carrito.", "Pega el código al pagar."],
               about="Sobre {store}", about_t="{store} ofrece envío gratis en pedidos superiores a {ship} y devoluciones gratuitas en 30 días.",
               disc="Podemos recibir una comisión si compras a través de nuestros enlaces, sin coste para ti.",
               offers=[("{p}% de descuento en toda la web", "AHORRA{p}"), ("Envío gratis a partir de {ship}", None), ("{amt} de descuento en tu primer pedido", "HOLA{p}")],
               months=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]),
    "de": dict(title="{store} Gutscheine & Rabattcodes – {month} {year}", verified="Geprüft", exp="Gültig bis {d}", show="Code anzeigen", deal="Zum Angebot",
               used="Heute {n}× genutzt", how="So löst du einen {store}-Gutschein ein", steps=["Auf „Code anzeigen“ klicken und kopieren.", "Artikel in den Warenkorb legen.", "Code an der Kasse einfügen."],
               about="Über {store}", about_t="{store} liefert ab {ship} versandkostenfrei, Rückversand 30 Tage kostenlos.",
               disc="Wir erhalten ggf. eine Provision, wenn du über unsere Links kaufst. Für dich entstehen keine Mehrkosten.",
               offers=[("{p} % Rabatt auf alles", "SPAR{p}"), ("Gratis Versand ab {ship}", None), ("{amt} Rabatt auf die erste Bestellung", "HALLO{p}")],
               months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]),
    "fr": dict(title="Codes promo {store} – {month} {year}", verified="Vérifié", exp="Expire le {d}", show="Voir le code", deal="Voir l'offre",
               used="{n} utilisations aujourd'hui", how="Comment utiliser un code promo {store}", steps=["Cliquez sur « Voir le code ».", "Ajoutez des articles au panier.", "Collez le code lors du paiement."],
               about="À propos de {store}", about_t="{store} offre la livraison gratuite dès {ship} d'achat et les retours gratuits sous 30 jours.",
               disc="Nous pouvons percevoir une commission si vous achetez via nos liens.", offers=[("-{p} % sur tout le site", "PROMO{p}"), ("Livraison offerte dès {ship}", None)],
               months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]),
    "pt": dict(title="Cupons de desconto {store} – {month} {year}", verified="Verificado", exp="Válido até {d}", show="Ver cupom", deal="Ver oferta",
               used="{n} usos hoje", how="Como usar um cupom {store}", steps=["Clique em “Ver cupom” e copie.", "Adicione os produtos ao carrinho.", "Cole o cupom no pagamento."],
               about="Sobre a {store}", about_t="A {store} oferece frete grátis acima de {ship} e troca grátis em 30 dias.",
               disc="Podemos receber comissão por compras feitas pelos nossos links.", offers=[("{p}% OFF em todo o site", "CUPOM{p}"), ("Frete grátis acima de {ship}", None)],
               months=["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]),
}


def coupon_deals(ctx) -> dict:
    lang, T = ctx.lang, CD[ctx.lang]
    store = ctx.pick(STORES)
    month = T["months"][REF_DATE.month - 1 - ctx.randint(0, 4)]
    ship = money(lang, local_amount(ctx, ctx.pick([35, 50, 75]), 5))
    cards = []
    for text, code in ctx.sample(T["offers"], ctx.randint(2, len(T["offers"]))) * ctx.pick([1, 1, 2]):
        pct = ctx.pick([10, 15, 20, 25, 30, 40])
        t = text.format(p=pct, ship=ship, amt=money(lang, local_amount(ctx, ctx.pick([5, 10, 15]), 5)), big=money(lang, local_amount(ctx, 75, 5)))
        exp = fmt_date(lang, REF_DATE + timedelta(days=ctx.randint(1, 60)))
        btn = button(ctx, T["show"] if code else T["deal"], f"/out/{slugify(store)}?c={ctx.randint(1000, 99999)}", primary=bool(code))
        codehtml = f'<span class="code" data-code="{code.format(p=pct)}">••••{code.format(p=pct)[-2:]}</span>' if code else ""
        cards.append(f'<div{ctx.cls("card")}><h3>{esc(t)}</h3><span{ctx.cls("badge")}>{T["verified"]}</span> <span{ctx.cls("muted")}>{T["exp"].format(d=exp)} · '
                     f'{T["used"].format(n=ctx.randint(3, 900))}</span>{codehtml}{btn}</div>')
    parts = [h(ctx, 1, esc(T["title"].format(store=store, month=month, year=YEAR)), "title"), p(ctx, T["disc"], "muted"), "".join(cards)]
    if ctx.chance(0.6):
        parts.append(h(ctx, 2, T["how"].format(store=store)) + ul(ctx, [s.format(store=store) for s in T["steps"]], ordered=True))
    if ctx.chance(0.6):
        parts.append(h(ctx, 2, T["about"].format(store=store)) + p(ctx, esc(T["about_t"].format(store=store, ship=ship))))
    site = ctx.pick(["SaveMore", "DealFinder", "CouponCabin Plus", "Gutscheinheld", "ChollosHoy", "CupomValido", "CodePromoMalin"])
    links, ftext = std_footer(ctx, site)
    doc = Doc(title=T["title"].format(store=store, month=month, year=YEAR), main="".join(parts), site=site, nav=std_nav(ctx, n=ctx.randint(2, 5)),
              footer_links=links, footer_text=ftext, sidebar=("<h3>Top stores</h3>" + ul(ctx, ctx.sample(STORES, 6))) if ctx.chance(0.5) else "")
    url = _site_url(ctx, site, [f"coupons/{slugify(store)}", f"{slugify(store)}-promo-codes", f"gutscheine/{slugify(store)}"], tlds=("com", "net"))
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# Shops: product page, checkout (with card fields), gift cards
# ---------------------------------------------------------------------------------------
PRODUCTS = [("Merino Wool Beanie", 29), ("Stainless Steel Water Bottle 750 ml", 24.9), ("Wireless Earbuds Pro", 79), ("Organic Cotton T-Shirt", 19.9),
            ("Cast Iron Skillet 26 cm", 39.9), ("Running Shoes Aero 3", 119), ("Ceramic Mug Set (4)", 34), ("LED Desk Lamp", 45), ("Yoga Mat 6 mm", 32),
            ("Leather Card Holder", 25), ("Bamboo Cutting Board", 18), ("Kids' Rain Jacket", 39)]
SHOP = {
    "en": dict(add="Add to cart", stock="In stock — ships in 1–2 business days", ship="FREE shipping on orders over {x}!", ret="Free returns within 30 days",
               desc="Description", revs="Reviews", qty="Quantity", co="Checkout", sum="Order summary", sub="Subtotal", shp="Shipping", free="FREE", tot="Total",
               pay="Payment", place="Place order", sec="🔒 Secure checkout. Your payment details are encrypted.", gc="Gift cards", gca="Choose an amount",
               bal="Check your gift card balance", pin="PIN", chk="Check balance", gcn="Digital gift cards are delivered by email and never expire.",
               gcw="Beware of gift card scams: we will never ask you to pay a fee, a fine or a prize delivery charge with gift cards.", buy="Buy gift card",
               d=["Made from responsibly sourced materials.", "Designed to last for years of everyday use.", "Machine washable at 30°C.", "Backed by our 2-year warranty."],
               rv=["Great quality, fast delivery!", "Exactly as described.", "Bought a second one as a gift."], ship_to="Shipping address", contact="Contact"),
    "es": dict(add="Añadir al carrito", stock="En stock — envío en 24/48 h", ship="¡Envío GRATIS en pedidos superiores a {x}!", ret="Devoluciones gratuitas en 30 días",
               desc="Descripción", revs="Opiniones", qty="Cantidad", co="Finalizar compra", sum="Resumen del pedido", sub="Subtotal", shp="Envío", free="GRATIS", tot="Total",
               pay="Pago", place="Realizar pedido", sec="🔒 Pago seguro.", gc="Tarjetas regalo", gca="Elige un importe", bal="Consulta el saldo de tu tarjeta regalo", pin="PIN",
               chk="Consultar saldo", gcn="Las tarjetas regalo digitales se envían por email y no caducan.", gcw="Cuidado con las estafas: nunca te pediremos pagar multas o premios con tarjetas regalo.",
               buy="Comprar tarjeta regalo", d=["Fabricado con materiales sostenibles.", "Garantía de 2 años."], rv=["Muy buena calidad.", "Llegó rapidísimo."],
               ship_to="Dirección de envío", contact="Contacto"),
    "de": dict(add="In den Warenkorb", stock="Auf Lager — Lieferung in 1–3 Werktagen", ship="GRATIS Versand ab {x} Bestellwert!", ret="30 Tage kostenlose Rücksendung",
               desc="Beschreibung", revs="Bewertungen", qty="Menge", co="Zur Kasse", sum="Bestellübersicht", sub="Zwischensumme", shp="Versand", free="GRATIS", tot="Gesamt",
               pay="Zahlung", place="Zahlungspflichtig bestellen", sec="🔒 Sichere SSL-Verschlüsselung.", gc="Geschenkgutscheine", gca="Betrag wählen",
               bal="Guthaben abfragen", pin="PIN", chk="Guthaben prüfen", gcn="E-Gutscheine kommen per E-Mail und sind 3 Jahre gültig.",
               gcw="Vorsicht vor Betrug: Wir fordern niemals Zahlungen per Gutscheinkarte.", buy="Gutschein kaufen", d=["Aus nachhaltigen Materialien.", "2 Jahre Garantie."],
               rv=["Top Qualität!", "Schnelle Lieferung."], ship_to="Lieferadresse", contact="Kontakt"),
    "fr": dict(add="Ajouter au panier", stock="En stock — expédié sous 48 h", ship="Livraison OFFERTE dès {x} d'achat !", ret="Retours gratuits sous 30 jours",
               desc="Description", revs="Avis", qty="Quantité", co="Commander", sum="Récapitulatif", sub="Sous-total", shp="Livraison", free="OFFERTE", tot="Total",
               pay="Paiement", place="Valider la commande", sec="🔒 Paiement sécurisé.", gc="Cartes cadeaux", gca="Choisissez un montant", bal="Consulter le solde", pin="Code PIN",
               chk="Vérifier", gcn="Les e-cartes sont envoyées par e-mail.", gcw="Attention aux arnaques : nous ne demandons jamais de payer des frais avec une carte cadeau.",
               buy="Acheter une carte cadeau", d=["Matériaux durables.", "Garantie 2 ans."], rv=["Très bonne qualité.", "Livraison rapide."], ship_to="Adresse de livraison", contact="Contact"),
    "pt": dict(add="Adicionar ao carrinho", stock="Em estoque — envio em 1 a 2 dias úteis", ship="FRETE GRÁTIS acima de {x}!", ret="Troca grátis em 30 dias",
               desc="Descrição", revs="Avaliações", qty="Quantidade", co="Finalizar compra", sum="Resumo do pedido", sub="Subtotal", shp="Frete", free="GRÁTIS", tot="Total",
               pay="Pagamento", place="Finalizar pedido", sec="🔒 Compra segura.", gc="Vale-presente", gca="Escolha o valor", bal="Consultar saldo", pin="PIN", chk="Consultar",
               gcn="O vale-presente digital chega por e-mail.", gcw="Cuidado com golpes: nunca pedimos pagamentos de taxas com vale-presente.", buy="Comprar vale-presente",
               d=["Materiais sustentáveis.", "Garantia de 2 anos."], rv=["Ótima qualidade!", "Chegou rápido."], ship_to="Endereço de entrega", contact="Contato"),
    "tr": dict(add="Sepete ekle", stock="Stokta — 1-2 iş gününde kargoda", ship="{x} üzeri siparişlerde kargo BEDAVA!", ret="30 gün ücretsiz iade",
               desc="Açıklama", revs="Yorumlar", qty="Adet", co="Ödeme", sum="Sipariş özeti", sub="Ara toplam", shp="Kargo", free="BEDAVA", tot="Toplam",
               pay="Ödeme", place="Siparişi tamamla", sec="🔒 Güvenli ödeme.", gc="Hediye kartı", gca="Tutar seçin", bal="Bakiye sorgula", pin="PIN", chk="Sorgula",
               gcn="Dijital hediye kartları e-posta ile gönderilir.", gcw="Dikkat: Hiçbir ücreti hediye kartıyla ödemenizi istemeyiz.", buy="Hediye kartı al",
               d=["Sürdürülebilir malzemeler.", "2 yıl garanti."], rv=["Kalitesi çok iyi.", "Hızlı kargo."], ship_to="Teslimat adresi", contact="İletişim"),
    "ru": dict(add="В корзину", stock="В наличии — отправка за 1–2 дня", ship="БЕСПЛАТНАЯ доставка от {x}!", ret="Бесплатный возврат в течение 30 дней",
               desc="Описание", revs="Отзывы", qty="Количество", co="Оформить заказ", sum="Ваш заказ", sub="Сумма", shp="Доставка", free="БЕСПЛАТНО", tot="Итого",
               pay="Оплата", place="Оплатить заказ", sec="🔒 Безопасная оплата.", gc="Подарочные карты", gca="Выберите номинал", bal="Проверить баланс", pin="PIN-код", chk="Проверить",
               gcn="Электронные карты приходят на email.", gcw="Осторожно: мы никогда не просим оплачивать штрафы или доставку призов подарочными картами.", buy="Купить карту",
               d=["Экологичные материалы.", "Гарантия 2 года."], rv=["Отличное качество!", "Быстрая доставка."], ship_to="Адрес доставки", contact="Контакты"),
    "id": dict(add="Tambah ke keranjang", stock="Stok tersedia — dikirim 1–2 hari kerja", ship="GRATIS ongkir untuk belanja di atas {x}!", ret="Gratis retur 30 hari",
               desc="Deskripsi", revs="Ulasan", qty="Jumlah", co="Checkout", sum="Ringkasan pesanan", sub="Subtotal", shp="Ongkir", free="GRATIS", tot="Total",
               pay="Pembayaran", place="Buat pesanan", sec="🔒 Pembayaran aman.", gc="Kartu hadiah", gca="Pilih nominal", bal="Cek saldo kartu hadiah", pin="PIN", chk="Cek saldo",
               gcn="Kartu hadiah digital dikirim lewat email.", gcw="Waspada penipuan: kami tidak pernah meminta pembayaran hadiah dengan kartu hadiah.", buy="Beli kartu hadiah",
               d=["Bahan ramah lingkungan.", "Garansi 2 tahun."], rv=["Kualitas bagus!", "Pengiriman cepat."], ship_to="Alamat pengiriman", contact="Kontak"),
}
SHOP_NAMES = ["Northfield Supply Co.", "Little Harbor Goods", "Casa & Campo", "Bergkind Outdoor", "Atelier Lumière", "Loja Verde", "Mavi Çarşı", "Дом и Сад", "Rumah Kita Store",
              "Everyday Kitchen", "Trailhead Outfitters"]


def shop_page(ctx) -> dict:
    lang, T = ctx.lang, SHOP[ctx.lang]
    shop = ctx.pick(SHOP_NAMES)
    thr = money(lang, local_amount(ctx, ctx.pick([35, 49, 50, 59, 75, 99]), 5 if lang not in ("id", "vi") else 1000))
    variant = ctx.pick(["product", "product", "product", "checkout", "giftcard"])
    parts = []
    banner = f'<div{ctx.cls("alert")}>{T["ship"].format(x=thr)}</div>'
    sale_js = ""
    if ctx.chance(0.2):
        banner += f'<div{ctx.cls("badge")}>SALE −{ctx.pick([15, 20, 30, 40])}% · <span id="sale">{ctx.randint(1, 47):02d}:{ctx.randint(0, 59):02d}:{ctx.randint(0, 59):02d}</span></div>'
        sale_js = countdown_script(ctx, "sale", ctx.randint(60, 2800))
    if ctx.chance(0.8):
        parts.append(banner)
    if variant == "product":
        name, usd = ctx.pick(PRODUCTS)
        price = money(lang, round(local_amount(ctx, usd, 100 if lang in ("id",) else None), 2))
        old = money(lang, round(local_amount(ctx, usd * 1.3, 100 if lang in ("id",) else None), 2)) if ctx.chance(0.4) else ""
        parts += [f'<nav class="breadcrumb">{ctx.ui["home"]} › {ctx.ui["shop"]} › {esc(name)}</nav>', img(ctx, name, name), h(ctx, 1, esc(name), "title"),
                  f'<p{ctx.cls("price")}>{"<s>" + old + "</s> " if old else ""}{price}</p>', p(ctx, T["stock"], "muted"),
                  f'<label>{T["qty"]} <input type="number" name="qty" value="1" min="1"></label>', button(ctx, T["add"], "#", onclick="addToCart()"),
                  p(ctx, T["ret"], "muted"), h(ctx, 2, T["desc"]), ul(ctx, ctx.sample(T["d"], len(T["d"])))]
        if ctx.chance(0.6):
            parts.append(h(ctx, 2, T["revs"]) + comments_block(ctx, [(person(ctx, True), "★★★★★ " + esc(ctx.pick(T["rv"])), fmt_date(lang, REF_DATE - timedelta(days=ctx.randint(2, 300))))
                                                                      for _ in range(ctx.randint(1, 5))]))
        title = f"{name} | {shop}"
    elif variant == "checkout":
        items = ctx.sample(PRODUCTS, ctx.randint(1, 3))
        sub = sum(u for _, u in items)
        rows = [[esc(n), money(lang, round(local_amount(ctx, u), 2))] for n, u in items]
        rows += [[T["sub"], money(lang, round(local_amount(ctx, sub), 2))], [T["shp"], T["free"] if sub >= 49 else money(lang, round(local_amount(ctx, 4.95), 2))],
                 [f"<b>{T['tot']}</b>", f"<b>{money(lang, round(local_amount(ctx, sub + (0 if sub >= 49 else 4.95)), 2))}</b>"]]
        parts += [h(ctx, 1, T["co"], "title"), h(ctx, 2, T["sum"]), table(ctx, ["", ""], rows),
                  h(ctx, 3, T["contact"]), form(ctx, ["email", "first", "last", "address", "city", "zip", "country", "phone",
                                                      f'<h3>{T["pay"]}</h3>', "card", "exp", "cvv"], T["place"], action="/checkout/complete"),
                  p(ctx, T["sec"], "muted")]
        title = f"{T['co']} – {shop}"
    else:
        amts = [money(lang, local_amount(ctx, a, 5 if lang not in ("id", "vi") else 1000)) for a in [25, 50, 100, 200]]
        parts += [h(ctx, 1, T["gc"], "title"), img(ctx, "gift card", T["gc"]), h(ctx, 3, T["gca"]),
                  "".join(f'<label><input type="radio" name="amount"> {a}</label> ' for a in amts),
                  form(ctx, ["email", field_html(ctx, "message", required=False)], T["buy"], action="/giftcards/add"), p(ctx, T["gcn"]),
                  h(ctx, 2, T["bal"]), form(ctx, ["card", field_html(ctx, "pin", label=T["pin"])], T["chk"], action="/giftcards/balance")]
        if ctx.chance(0.7):
            parts.append(p(ctx, T["gcw"], "muted"))
        title = f"{T['gc']} | {shop}"
    links, ftext = std_footer(ctx, shop)
    doc = Doc(title=title, main="".join(parts), site=shop, nav=[] if variant == "checkout" and ctx.chance(0.6) else [*std_nav(ctx, [ctx.ui["shop"]], n=ctx.randint(1, 5)), ctx.ui["cart"]],
              footer_links=links, footer_text=ftext, analytics=ctx.chance(0.6), body_end=sale_js)
    url = _site_url(ctx, shop, ["products/" + slugify(ctx.pick(PRODUCTS)[0]), "checkout", "gift-cards", "shop/"],
                    tlds=("com", "shop", "store"), alt_free=0.05)
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# Charity donation pages
# ---------------------------------------------------------------------------------------
CHAR = {
    "en": dict(orgs=["Riverbank Animal Rescue", "Clean Water Now", "Hope Street Food Bank", "Children's Reading Trust", "Coastal Cleanup Collective", "Warm Coats for Winter"],
               h=["Donate to {org}", "Your gift changes lives", "Give today"], once="One-time", monthly="Monthly", other="Other amount",
               impact=["{a} feeds a rescued dog for a month", "{b} provides clean water for a family for a year", "{c} buys 50 books for a school library"],
               tax="Donations are tax-deductible to the extent allowed by law. {org} is a registered 501(c)(3) nonprofit, EIN {ein}.",
               uk="Registered charity no. {ch}. Boost your donation by 25% with Gift Aid.", pay="Pay by card, PayPal or bank transfer.",
               where="Where your money goes", spend=[("Programs", 82), ("Fundraising", 11), ("Administration", 7)],
               story="Last winter our volunteers helped {n} families. With your support we can do even more this year.", btn="Donate now",
               receipt="We'll email you a receipt. We never sell or share donor information."),
    "de": dict(orgs=["Tierheim Sonnenhof e.V.", "Wasser für Alle e.V.", "Tafel Nordstadt e.V.", "Kinderlachen Stiftung"], h=["Jetzt spenden für {org}", "Ihre Spende hilft"],
               once="Einmalig", monthly="Monatlich", other="Anderer Betrag", impact=["{a} versorgen einen Hund einen Monat lang", "{b} finanzieren einen Brunnenfilter"],
               tax="Ihre Spende ist steuerlich absetzbar. Sie erhalten eine Zuwendungsbestätigung. {org} ist als gemeinnützig anerkannt.", uk="IBAN: DE{ibann} · BIC: {bic}",
               pay="Zahlung per Lastschrift, Kreditkarte, PayPal oder Überweisung.", where="Wofür wir Ihre Spende verwenden", spend=[("Projekte", 85), ("Werbung", 9), ("Verwaltung", 6)],
               story="Im letzten Jahr konnten wir {n} Tiere vermitteln.", btn="Jetzt spenden", receipt="Wir geben Ihre Daten niemals an Dritte weiter."),
    "es": dict(orgs=["Protectora Huellas", "Agua Limpia Ya", "Banco de Alimentos del Barrio", "Fundación Leer Juntos"], h=["Dona a {org}", "Tu ayuda cambia vidas"],
               once="Única", monthly="Mensual", other="Otra cantidad", impact=["{a} alimentan a un perro durante un mes", "{b} dan agua potable a una familia"],
               tax="Tu donación desgrava hasta un 80% en el IRPF. Te enviaremos el certificado.", uk="CIF: G{cif}", pay="Paga con tarjeta, Bizum o transferencia.",
               where="A qué destinamos tu donación", spend=[("Proyectos", 84), ("Captación", 10), ("Administración", 6)], story="El año pasado ayudamos a {n} familias.",
               btn="Donar ahora", receipt="Nunca cedemos tus datos a terceros."),
    "fr": dict(orgs=["Refuge des Quatre Pattes", "Eau pour Tous", "Banque Alimentaire du Quartier"], h=["Faites un don à {org}", "Votre don change des vies"],
               once="Ponctuel", monthly="Mensuel", other="Autre montant", impact=["{a} nourrissent un chien pendant un mois"],
               tax="Votre don est déductible à 66 % de votre impôt sur le revenu. Un reçu fiscal vous sera envoyé.", uk="Association loi 1901 reconnue d'utilité publique.",
               pay="Paiement par carte, PayPal ou prélèvement.", where="Utilisation des fonds", spend=[("Missions", 83), ("Collecte", 10), ("Fonctionnement", 7)],
               story="L'an dernier, nous avons aidé {n} familles.", btn="Je donne", receipt="Vos données ne sont jamais vendues."),
    "pt": dict(orgs=["Abrigo Patas Amigas", "Água Limpa Já", "Banco de Alimentos Solidário"], h=["Doe para {org}", "Sua doação transforma vidas"],
               once="Única", monthly="Mensal", other="Outro valor", impact=["{a} alimentam um cão por um mês"], tax="Emitimos recibo de doação. CNPJ {cnpj}.", uk="",
               pay="Pague com PIX, cartão ou boleto.", where="Como usamos sua doação", spend=[("Projetos", 85), ("Captação", 9), ("Administração", 6)],
               story="No ano passado ajudamos {n} famílias.", btn="Doar agora", receipt="Nunca vendemos seus dados."),
    "ar": dict(orgs=["جمعية الأيادي البيضاء", "مؤسسة الماء للجميع", "بنك الطعام المحلي"], h=["تبرع لـ{org}", "تبرعك يغير حياة"],
               once="مرة واحدة", monthly="شهريًا", other="مبلغ آخر", impact=["{a} تكفي لإطعام أسرة لمدة أسبوع"], tax="جمعية خيرية مرخصة برقم {ch}.", uk="",
               pay="الدفع بالبطاقة أو التحويل البنكي.", where="أين تذهب تبرعاتك", spend=[("البرامج", 85), ("جمع التبرعات", 9), ("الإدارة", 6)],
               story="في العام الماضي ساعدنا {n} أسرة.", btn="تبرع الآن", receipt="لا نشارك بيانات المتبرعين مع أي جهة."),
    "id": dict(orgs=["Yayasan Peduli Sesama", "Rumah Singgah Kucing", "Bank Makanan Nusantara"], h=["Donasi untuk {org}", "Kebaikanmu berarti"],
               once="Sekali", monthly="Bulanan", other="Nominal lain", impact=["{a} cukup untuk makan 1 anak selama sebulan"], tax="Yayasan terdaftar, SK Kemenkumham No. {ch}.", uk="",
               pay="Bayar via transfer bank, QRIS, GoPay atau OVO.", where="Penggunaan donasi", spend=[("Program", 85), ("Penggalangan", 9), ("Operasional", 6)],
               story="Tahun lalu kami membantu {n} keluarga.", btn="Donasi sekarang", receipt="Kami tidak pernah menjual data donatur."),
}


def charity_donation(ctx) -> dict:
    lang, T = ctx.lang, CHAR[ctx.lang]
    org = ctx.pick(T["orgs"])
    amts = [money(lang, local_amount(ctx, a, 5 if lang not in ("id",) else 1000)) for a in ctx.pick([[10, 25, 50, 100], [15, 30, 60, 120], [5, 20, 50, 250]])]
    kw = dict(org=org, a=amts[1], b=amts[2], c=amts[3], ein=f"{ctx.randint(10, 99)}-{ctx.randint(1000000, 9999999)}", ch=ctx.randint(200000, 1199999),
              ibann=f"{ctx.randint(10, 99)} {ctx.randint(1000, 9999)} {ctx.randint(1000, 9999)} {ctx.randint(1000, 9999)} {ctx.randint(1000, 9999)} {ctx.randint(10, 99)}",
              bic=ctx.pick(["GENODEF1S02", "COBADEFFXXX", "BFSWDE33BER"]), cif=ctx.randint(10000000, 99999999), cnpj=f"{ctx.randint(10, 99)}.{ctx.randint(100, 999)}.{ctx.randint(100, 999)}/0001-{ctx.randint(10, 99)}",
              n=ctx.randint(120, 9000))
    parts = [h(ctx, 1, esc(ctx.pick(T["h"], **kw)), "title")]
    if ctx.chance(0.6):
        parts.append(img(ctx, org, org))
    parts.append(p(ctx, esc(T["story"].format(**kw))))
    if lang in ("en", "de") and ctx.chance(0.25):
        tiers = [("Supporter", 25), ("Member", 100), ("Patron", 500), ("Corporate sponsor", 1000)] if lang == "en" else [("Förderer", 25), ("Mitglied", 100), ("Pate", 500), ("Firmenpartner", 1000)]
        rows = [[esc(n), money(lang, local_amount(ctx, v)) + ("/year" if lang == "en" else "/Jahr"), esc(ctx.pick(["Newsletter", "Name on our website", "Annual report", "Event invitation", "Logo on sponsors page"]))]
                for n, v in tiers]
        parts.append(h(ctx, 2, "Membership" if lang == "en" else "Mitgliedschaft") + table(ctx, ["", "", ""], rows))
    freq = f'<label><input type="radio" name="freq" checked> {T["once"]}</label> <label><input type="radio" name="freq"> {T["monthly"]}</label>'
    amt = "".join(f'<label class="amt"><input type="radio" name="amount"> {a}</label>' for a in amts) + f'<label>{T["other"]} <input type="number" name="other"></label>'
    fields = [freq, amt, "first", "last", "email"]
    if ctx.chance(0.4):
        fields += ["address", "city", "zip"]
    if ctx.chance(0.35):
        fields += ["card", "exp", "cvv"]
    parts.append(form(ctx, fields, T["btn"], action=ctx.pick(["/donate/checkout", "https://donate.stripe.com/" + ctx.alnum(14).lower(), "#"])))
    parts.append(p(ctx, T["pay"], "muted"))
    parts.append(ul(ctx, [esc(x.format(**kw)) for x in T["impact"]]))
    if ctx.chance(0.6):
        parts.append(h(ctx, 2, T["where"]) + table(ctx, ["", "%"], [[a, f"{b}%"] for a, b in T["spend"]]))
    parts.append(p(ctx, esc(T["tax"].format(**kw)) + (" " + esc(T["uk"].format(**kw)) if T["uk"] and ctx.chance(0.6) else ""), "muted"))
    parts.append(p(ctx, T["receipt"], "muted"))
    links, ftext = std_footer(ctx, org)
    doc = Doc(title=f"{ctx.pick(T['h'], **kw)} | {org}", main="".join(parts), site=org, nav=std_nav(ctx, n=ctx.randint(1, 5)) if ctx.chance(0.75) else [],
              footer_links=links, footer_text=ftext)
    url = _site_url(ctx, org, ["donate", "spenden", "donar", "doar", "give", ""], tlds=("org", "org", "ngo"), alt_free=0.1)
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# Research surveys with consent forms (some with a voucher prize draw)
# ---------------------------------------------------------------------------------------
RS = {
    "en": dict(h="Consent to participate in a research study", study=["How people judge online offers", "Trust in automated assistants", "Everyday food choices",
                                                                        "Reading on screens vs. paper", "Commuting and wellbeing"],
               sec=[("Purpose", "The purpose of this study is to understand {topic}."), ("Procedures", "You will answer questions about your experiences and view a few short scenarios."),
                    ("Duration", "The study takes about {m} minutes."), ("Compensation", "{comp}"), ("Risks and benefits", "There are no known risks beyond those of everyday life. There are no direct benefits to you."),
                    ("Confidentiality", "Your responses are anonymous. Data are stored on secure university servers and reported only in aggregate. We will not sell or share your data with third parties."),
                    ("Voluntary participation", "Participation is voluntary. You may withdraw at any time without penalty by closing the browser window."),
                    ("Contact", "If you have questions, contact the principal investigator, {pi}, at {email}. This study was approved by the {uni} Institutional Review Board (protocol {irb}).")],
               comp=["You will receive {pay} through Prolific after completing the study.", "You will be paid {pay} via Amazon Mechanical Turk.",
                     "After the survey you may enter a prize draw for one of 10 {voucher} vouchers. Entry is optional and your email address is stored separately from your answers."],
               agree="I have read the information above, I am 18 or older, and I agree to participate.", btn="Continue", demo="About you",
               pid="Please enter your Prolific ID", gen_opts=["Woman", "Man", "Non-binary", "Prefer not to say"]),
    "de": dict(h="Einwilligung zur Teilnahme an einer Studie", study=["Wie Menschen Online-Angebote bewerten", "Vertrauen in digitale Assistenten", "Ernährungsentscheidungen im Alltag"],
               sec=[("Ziel", "Ziel dieser Studie ist es, {topic} besser zu verstehen."), ("Ablauf", "Sie beantworten Fragen und sehen kurze Szenarien."), ("Dauer", "Etwa {m} Minuten."),
                    ("Vergütung", "{comp}"), ("Datenschutz", "Ihre Angaben sind anonym und werden gemäß DSGVO auf Servern der Universität gespeichert. Eine Weitergabe an Dritte erfolgt nicht."),
                    ("Freiwilligkeit", "Die Teilnahme ist freiwillig und kann jederzeit ohne Nachteile abgebrochen werden."), ("Kontakt", "Studienleitung: {pi}, {email}. Ethikvotum Nr. {irb}, {uni}.")],
               comp=["Sie erhalten {pay} über Prolific.", "Unter allen Teilnehmenden verlosen wir 10 Gutscheine im Wert von je {voucher}. Die Teilnahme an der Verlosung ist freiwillig."],
               agree="Ich habe die Informationen gelesen, bin mindestens 18 Jahre alt und willige ein.", btn="Weiter", demo="Angaben zur Person", pid="Bitte geben Sie Ihre Prolific-ID ein",
               gen_opts=["weiblich", "männlich", "divers", "keine Angabe"]),
    "es": dict(h="Consentimiento informado", study=["Cómo valoramos las ofertas en internet", "Confianza en asistentes digitales"],
               sec=[("Objetivo", "Este estudio busca comprender {topic}."), ("Duración", "Unos {m} minutos."), ("Compensación", "{comp}"),
                    ("Confidencialidad", "Las respuestas son anónimas y no se cederán a terceros."), ("Participación voluntaria", "Puedes abandonar el estudio en cualquier momento."),
                    ("Contacto", "Investigador principal: {pi} ({email}). Aprobado por el Comité de Ética de {uni} ({irb}).")],
               comp=["Recibirás {pay} a través de Prolific.", "Al finalizar podrás participar en el sorteo de 10 vales de {voucher} (opcional)."],
               agree="He leído la información, soy mayor de edad y acepto participar.", btn="Continuar", demo="Datos sociodemográficos", pid="Introduce tu ID de Prolific",
               gen_opts=["Mujer", "Hombre", "No binario", "Prefiero no decirlo"]),
    "fr": dict(h="Formulaire de consentement", study=["Perception des offres en ligne", "Confiance envers les assistants numériques"],
               sec=[("Objectif", "Cette étude vise à comprendre {topic}."), ("Durée", "Environ {m} minutes."), ("Compensation", "{comp}"),
                    ("Confidentialité", "Vos réponses sont anonymes et ne seront jamais transmises à des tiers."), ("Participation", "Vous pouvez arrêter à tout moment."),
                    ("Contact", "Responsable : {pi} ({email}). Avis du comité d'éthique de {uni} n° {irb}.")],
               comp=["Vous recevrez {pay} via Prolific.", "Un tirage au sort de 10 bons d'achat de {voucher} est proposé en fin d'étude (facultatif)."],
               agree="J'ai lu ces informations, j'ai 18 ans ou plus et j'accepte de participer.", btn="Continuer", demo="À propos de vous", pid="Saisissez votre identifiant Prolific",
               gen_opts=["Femme", "Homme", "Non binaire", "Ne souhaite pas répondre"]),
    "pt": dict(h="Termo de Consentimento Livre e Esclarecido", study=["Como avaliamos ofertas na internet", "Confiança em assistentes digitais"],
               sec=[("Objetivo", "Esta pesquisa busca entender {topic}."), ("Duração", "Cerca de {m} minutos."), ("Compensação", "{comp}"),
                    ("Sigilo", "Suas respostas são anônimas e não serão compartilhadas com terceiros."), ("Participação voluntária", "Você pode desistir a qualquer momento."),
                    ("Contato", "Pesquisador responsável: {pi} ({email}). Aprovado pelo CEP da {uni}, CAAE {irb}.")],
               comp=["Você receberá {pay} pelo Prolific.", "Ao final, você pode participar do sorteio de 10 vales de {voucher} (opcional)."],
               agree="Li as informações, tenho 18 anos ou mais e concordo em participar.", btn="Continuar", demo="Sobre você", pid="Informe seu ID do Prolific",
               gen_opts=["Mulher", "Homem", "Não binário", "Prefiro não dizer"]),
}
UNIS = {"en": ["Northbridge University", "University of Eastfield", "Lakeshore College"], "de": ["Universität Hohenstein", "TU Nordstadt"], "es": ["Universidad del Valle Alto"],
        "fr": ["Université de Bellerive"], "pt": ["Universidade Federal do Planalto"]}


def research_survey(ctx) -> dict:
    lang, T = ctx.lang, RS[ctx.lang]
    uni = ctx.pick(UNIS[lang])
    study = ctx.pick(T["study"])
    pi = person(ctx)
    email = f"{slugify(pi).split('-')[0]}.lab@{slugify(uni).replace('-', '')[:14]}.edu"
    kw = dict(topic=study.lower(), m=ctx.pick([10, 15, 20, 25]), pi=pi, email=email, uni=uni, irb=f"{ctx.randint(2023, 2026)}-{ctx.randint(100, 999)}",
              pay=money(lang if lang != "en" else ctx.pick(["en"]), ctx.pick([2, 2.5, 3, 4.5]) if lang == "en" else ctx.pick([2, 3, 5])),
              voucher=money(lang, local_amount(ctx, 20, 5)))
    kw["comp"] = ctx.pick(T["comp"]).format(**kw)
    variant = ctx.pick(["consent", "consent", "demographics", "posttask", "complete"])
    parts = [h(ctx, 1, esc(T["h"]), "title"), h(ctx, 2, esc(study))]
    if variant == "consent":
        for hd, body in T["sec"]:
            parts.append(h(ctx, 3, esc(hd)) + p(ctx, esc(body.format(**kw))))
        parts.append(form(ctx, [consent_checkbox(ctx, esc(T["agree"]))], T["btn"], action="/survey/start"))
    else:
        parts = [h(ctx, 1, esc(T["demo"]), "title"), p(ctx, esc(study), "muted"), form(ctx, [field_html(ctx, "prolific", label=T["pid"]), field_html(ctx, "age", label=FIELDS_L(lang, "age")),
                                                                  field_html(ctx, "gender", options=T["gen_opts"]), field_html(ctx, "country", required=False)], T["btn"])]
        if "draw" in kw["comp"] or "Verlosung" in kw["comp"] or "sorteo" in kw["comp"] or "sorteio" in kw["comp"] or "tirage" in kw["comp"]:
            parts.append(p(ctx, esc(kw["comp"]), "muted"))
    if variant == "posttask":
        qs = POSTTASK.get(lang, POSTTASK["en"])
        body = "".join(f"<fieldset><legend>{esc(q)}</legend>" + "".join(f'<label><input type="radio" name="pt{i}" value="{k}"> {k}</label> ' for k in range(1, 8)) + "</fieldset>"
                       for i, q in enumerate(ctx.sample(qs, ctx.randint(2, len(qs)))))
        parts = [h(ctx, 1, esc(ctx.pick(POSTTASK_H.get(lang, POSTTASK_H["en"]))), "title"), form(ctx, [body, field_html(ctx, "message", required=False)], T["btn"])]
    elif variant == "complete":
        code = ctx.alnum(8).upper()
        parts = [h(ctx, 1, esc(COMPLETE.get(lang, COMPLETE["en"])[0]), "title"), p(ctx, esc(COMPLETE.get(lang, COMPLETE["en"])[1].format(code=code, pay=kw["pay"]))),
                 p(ctx, f'<a href="https://app.prolific.com/submissions/complete?cc={code}">app.prolific.com</a>')]
    doc = Doc(title=f"{study} – {uni}", main="".join(parts), footer_text=f"© {YEAR} {esc(uni)}", footer_links=[] if ctx.chance(0.6) else [ctx.ui["privacy"]])
    r = ctx.rng.random()
    dom = latin_slug(ctx, uni, "")[:14]
    url = (f"https://{ctx.pick(['survey', 'studies', 'psych'])}.{dom}.edu/{slugify(study)[:30]}" if r < 0.4 else
           f"https://{dom}.qualtrics.com/jfe/form/SV_{ctx.alnum(15)}" if r < 0.6 else f"https://{ctx.alnum(6).lower()}-lab.github.io/{slugify(study)[:20]}/" if r < 0.75 else "")
    return dict(html=render_web(ctx, doc, skin=ctx.pick(["plain", "bootstrap", "card", "modern"])), url=url, page_created="")


POSTTASK = {"en": ["How difficult was the task?", "How confident are you in your answers?", "How much did you trust the assistant's advice?", "Did you pay attention throughout the study?"],
            "de": ["Wie schwierig war die Aufgabe?", "Wie sicher sind Sie sich bei Ihren Antworten?", "Haben Sie die ganze Zeit aufmerksam teilgenommen?"],
            "es": ["¿Qué dificultad tuvo la tarea?", "¿Qué seguridad tienes en tus respuestas?"], "fr": ["La tâche était-elle difficile ?", "Êtes-vous sûr(e) de vos réponses ?"],
            "pt": ["Quão difícil foi a tarefa?", "Quão confiante você está nas respostas?"]}
POSTTASK_H = {"en": ["Almost done!", "A few final questions"], "de": ["Fast geschafft!"], "es": ["¡Casi has terminado!"], "fr": ["Presque fini !"], "pt": ["Quase lá!"]}
COMPLETE = {"en": ("Thank you for completing the study!", "Your completion code is {code}. Paste it into Prolific; you will be paid {pay} within a few days."),
            "de": ("Vielen Dank für Ihre Teilnahme!", "Ihr Abschlusscode lautet {code}. Die Vergütung von {pay} erfolgt über Prolific."),
            "es": ("¡Gracias por completar el estudio!", "Tu código de finalización es {code}. Recibirás {pay} a través de Prolific."),
            "fr": ("Merci d'avoir participé !", "Votre code de fin est {code}. Vous recevrez {pay} via Prolific."),
            "pt": ("Obrigado por concluir o estudo!", "Seu código de conclusão é {code}. Você receberá {pay} pelo Prolific.")}


def FIELDS_L(lang, key):
    from .core import FIELDS
    return FIELDS[lang][key]


# ---------------------------------------------------------------------------------------
# Community event pages (free entry, raffle, volunteer signups, share buttons)
# ---------------------------------------------------------------------------------------
EVT = {
    "en": dict(names=["Autumn Street Fair", "Charity Fun Run 5K", "Neighbourhood Clean-up Day", "Summer Music in the Park", "Christmas Market", "Fire Station Open Day"],
               when="When", where="Where", free="Free entry — everyone welcome!", prog="Programme",
               items=["Live music from local bands", "Kids' corner with face painting", "Food trucks and bake sale", "Raffle draw at 4pm", "Craft stalls"],
               raffle="Raffle tickets are {t} each or 5 for {t5}. Prizes are donated by local businesses and all proceeds go to {cause}.",
               vol="Volunteer with us", vol_t="We need helpers for setup, stalls and tidying up. Sign up below and we'll be in touch.", share="Share this event",
               causes=["the school library", "the local food bank", "the animal shelter", "the youth football club"], btn="Sign up to volunteer",
               getting="Getting there", get_t="Bus lines 4 and 12 stop nearby. Limited parking — please walk or cycle if you can."),
    "es": dict(names=["Feria de Otoño", "Carrera Solidaria 5K", "Mercadillo de Navidad", "Fiesta del Barrio"], when="Cuándo", where="Dónde", free="Entrada gratuita, ¡os esperamos!",
               prog="Programa", items=["Música en directo", "Talleres infantiles", "Food trucks", "Sorteo a las 18:00"], raffle="Papeletas a {t} (5 por {t5}). Todo lo recaudado irá a {cause}.",
               vol="Hazte voluntario", vol_t="Necesitamos ayuda para montar y recoger.", share="Comparte el evento", causes=["el comedor social", "la protectora"], btn="Apuntarme",
               getting="Cómo llegar", get_t="Líneas de autobús 4 y 12."),
    "de": dict(names=["Herbstmarkt", "Spendenlauf 5 km", "Weihnachtsmarkt", "Sommerfest im Park"], when="Wann", where="Wo", free="Eintritt frei – alle sind willkommen!",
               prog="Programm", items=["Live-Musik", "Kinderschminken", "Kuchenbasar", "Tombola um 16 Uhr"], raffle="Lose kosten {t} (5 Lose {t5}). Der Erlös geht an {cause}.",
               vol="Helfer gesucht", vol_t="Wir brauchen Unterstützung beim Auf- und Abbau.", share="Veranstaltung teilen", causes=["die Schulbibliothek", "das Tierheim"], btn="Als Helfer anmelden",
               getting="Anfahrt", get_t="Bus 4 und 12, Haltestelle Marktplatz."),
    "fr": dict(names=["Fête du Quartier", "Course Solidaire 5 km", "Marché de Noël"], when="Quand", where="Où", free="Entrée libre et gratuite !", prog="Programme",
               items=["Concerts", "Maquillage pour enfants", "Tombola à 16 h"], raffle="Billets de tombola à {t} (5 pour {t5}). Les bénéfices iront à {cause}.",
               vol="Devenez bénévole", vol_t="Nous cherchons des bénévoles pour l'installation.", share="Partager l'événement", causes=["la banque alimentaire"], btn="Je m'inscris",
               getting="Accès", get_t="Bus 4 et 12."),
    "pt": dict(names=["Feira de Outono", "Corrida Solidária 5K", "Festa Junina do Bairro"], when="Quando", where="Onde", free="Entrada gratuita!", prog="Programação",
               items=["Música ao vivo", "Brincadeiras para crianças", "Barracas de comida", "Sorteio às 17h"], raffle="Rifas a {t} (5 por {t5}). Renda revertida para {cause}.",
               vol="Seja voluntário", vol_t="Precisamos de ajuda na montagem.", share="Compartilhe o evento", causes=["a creche comunitária"], btn="Quero ajudar",
               getting="Como chegar", get_t="Ônibus 4 e 12."),
    "id": dict(names=["Bazar Amal", "Fun Run 5K", "Festival Kuliner Kampung", "Kerja Bakti Bersama"], when="Waktu", where="Tempat", free="Gratis, terbuka untuk umum!",
               prog="Acara", items=["Musik live", "Lomba anak-anak", "Bazar UMKM", "Undian doorprize pukul 16.00"], raffle="Kupon undian {t} (5 kupon {t5}). Hasilnya untuk {cause}.",
               vol="Jadi relawan", vol_t="Kami butuh bantuan untuk persiapan acara.", share="Bagikan acara", causes=["panti asuhan", "perpustakaan desa"], btn="Daftar relawan",
               getting="Lokasi", get_t="Dekat halte TransJakarta."),
    "tr": dict(names=["Sonbahar Şenliği", "Hayır Koşusu 5K", "Mahalle Pikniği"], when="Ne zaman", where="Nerede", free="Giriş ücretsiz!", prog="Program",
               items=["Canlı müzik", "Çocuk etkinlikleri", "Kermes", "Saat 16.00'da çekiliş"], raffle="Çekiliş biletleri {t} (5 bilet {t5}). Gelir {cause} için kullanılacak.",
               vol="Gönüllü ol", vol_t="Kurulum için yardıma ihtiyacımız var.", share="Etkinliği paylaş", causes=["okul kütüphanesi"], btn="Gönüllü kaydı",
               getting="Ulaşım", get_t="4 ve 12 numaralı otobüsler."),
}


def community_event(ctx) -> dict:
    lang, T = ctx.lang, EVT[ctx.lang]
    name = ctx.pick(T["names"])
    d = REF_DATE + timedelta(days=ctx.randint(-200, 90))
    from .core import CITIES
    city = ctx.pick(CITIES[lang])
    t = money(lang, local_amount(ctx, ctx.pick([1, 2]), 1 if lang not in ("id",) else 1000))
    t5 = money(lang, local_amount(ctx, ctx.pick([4, 5, 8]), 1 if lang not in ("id",) else 1000))
    parts = [h(ctx, 1, esc(name), "title"), p(ctx, f"<b>{T['when']}:</b> {fmt_date(lang, d)}, {ctx.pick(['10:00–16:00', '11:00–18:00', '9:00–13:00', '17:00–22:00'])}"),
             p(ctx, f"<b>{T['where']}:</b> {esc(ctx.pick(['Market Square', 'Central Park', 'Community Hall', 'Plaza Mayor', 'Marktplatz', 'Balai Warga', 'Parque da Cidade']))}, {esc(city)}"),
             p(ctx, f"<b>{T['free']}</b>")]
    if ctx.chance(0.5):
        parts.append(img(ctx, name, name))
    ev_js = ""
    if ctx.chance(0.25):
        parts.append(f'<p{ctx.cls("badge")}><span id="starts">{ctx.randint(1, 30)}d {ctx.randint(0, 23):02d}:{ctx.randint(0, 59):02d}</span></p>')
        ev_js = countdown_script(ctx, "starts", ctx.randint(600, 40000))
    parts.append(h(ctx, 2, T["prog"]) + ul(ctx, ctx.sample(T["items"], ctx.randint(2, len(T["items"])))))
    if ctx.chance(0.6):
        parts.append(p(ctx, esc(T["raffle"].format(t=t, t5=t5, cause=ctx.pick(T["causes"])))))
    if ctx.chance(0.6):
        parts.append(h(ctx, 2, T["vol"]) + p(ctx, T["vol_t"]) + form(ctx, ["name", "email", field_html(ctx, "phone", required=False)], T["btn"]))
    if ctx.chance(0.5):
        parts.append(h(ctx, 3, T["getting"]) + p(ctx, T["get_t"]))
    if ctx.chance(0.5):
        parts.append(f'<div class="share"><b>{T["share"]}:</b> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org">Facebook</a> · '
                     f'<a href="https://wa.me/?text={esc(name)}">WhatsApp</a> · <a href="mailto:?subject={esc(name)}">Email</a></div>')
    org = ctx.pick(["Friends of the Park", "Parents' Association", "Asociación Vecinal", "Bürgerverein", "Karang Taruna", "Mahalle Derneği", "Comité des Fêtes"])
    links, ftext = std_footer(ctx, org)
    doc = Doc(title=f"{name} {d.year} | {org}", main="".join(parts), site=org, nav=std_nav(ctx, n=ctx.randint(0, 4)), footer_links=links, footer_text=ftext,
              body_end=ev_js)
    r = ctx.rng.random()
    dom = latin_slug(ctx, org, "")[:18]
    url = (f"https://www.{dom}.org/events/{slugify(name)}" if r < 0.45 else f"https://sites.google.com/view/{dom}/{slugify(name)}" if r < 0.6 else
           f"https://{dom}.github.io/{slugify(name)}/" if r < 0.7 else f"https://www.facebook.com/events/{ctx.randint(10**14, 10**15 - 1)}/" if r < 0.8 else "")
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# Receipt / guest satisfaction surveys with an optional sweepstakes entry
# ---------------------------------------------------------------------------------------
CSAT = {
    "en": dict(h="{brand} Guest Satisfaction Survey", intro="Thank you for visiting {brand}! Please tell us about your recent visit. The survey takes about 5 minutes.",
               code="Enter the 16-digit survey code from your receipt", store="Store number", date="Date of visit", q=["Overall satisfaction with your visit", "Friendliness of the staff",
                                                                                                                          "Cleanliness of the store", "Likelihood to recommend us"],
               scale=["Highly satisfied", "Satisfied", "Neutral", "Dissatisfied", "Highly dissatisfied"], cm="Anything else you'd like to tell us?",
               sw="Complete the survey for a chance to win one of ten {prize} gift cards in our monthly sweepstakes. NO PURCHASE NECESSARY. Void where prohibited. See <a href=\"/rules\">Official Rules</a>.",
               em="Email (optional — only needed for the sweepstakes)", btn="Start", priv="Your answers are used only to improve our service. See our Privacy Policy."),
    "es": dict(h="Encuesta de satisfacción {brand}", intro="¡Gracias por visitar {brand}! Cuéntanos qué tal tu visita. Son unos 5 minutos.", code="Introduce el código de 16 dígitos del ticket",
               store="Número de tienda", date="Fecha de la visita", q=["Satisfacción general", "Amabilidad del personal", "Limpieza"], scale=["Muy satisfecho", "Satisfecho", "Neutral", "Insatisfecho"],
               cm="¿Algo más que quieras contarnos?", sw="Al completar la encuesta participas en el sorteo mensual de 10 tarjetas regalo de {prize}. Participación gratuita. Consulta las <a href=\"/bases\">bases</a>.",
               em="Email (opcional, solo para el sorteo)", btn="Empezar", priv="Tus respuestas solo se usan para mejorar el servicio."),
    "de": dict(h="{brand} Kundenzufriedenheitsumfrage", intro="Danke für Ihren Besuch bei {brand}! Bitte bewerten Sie Ihren letzten Besuch (ca. 5 Minuten).", code="16-stelliger Code von Ihrem Kassenbon",
               store="Filialnummer", date="Datum des Besuchs", q=["Gesamtzufriedenheit", "Freundlichkeit des Personals", "Sauberkeit"], scale=["Sehr zufrieden", "Zufrieden", "Neutral", "Unzufrieden"],
               cm="Möchten Sie uns noch etwas mitteilen?", sw="Unter allen Teilnehmenden verlosen wir monatlich 10 Gutscheine à {prize}. Teilnahme kostenlos. <a href=\"/teilnahmebedingungen\">Teilnahmebedingungen</a>.",
               em="E-Mail (optional, nur für die Verlosung)", btn="Starten", priv="Ihre Antworten dienen ausschließlich der Verbesserung unseres Service."),
    "fr": dict(h="Enquête de satisfaction {brand}", intro="Merci de votre visite chez {brand} ! Donnez-nous votre avis (environ 5 minutes).", code="Code à 16 chiffres figurant sur votre ticket",
               store="Numéro du magasin", date="Date de visite", q=["Satisfaction globale", "Amabilité du personnel", "Propreté"], scale=["Très satisfait", "Satisfait", "Neutre", "Insatisfait"],
               cm="Autre chose à nous dire ?", sw="En répondant, tentez de gagner l'une des 10 cartes cadeaux de {prize}. Jeu gratuit sans obligation d'achat. <a href=\"/reglement\">Règlement</a>.",
               em="E-mail (facultatif, uniquement pour le tirage)", btn="Commencer", priv="Vos réponses servent uniquement à améliorer nos services."),
}
CS_BRANDS = ["Harbor Coffee", "Pizza Palace", "FreshMart", "BurgerBarn", "Northfield Supply Co.", "Café Aroma", "Taco Fiesta", "QuickLube"]


def customer_survey(ctx) -> dict:
    lang, T = ctx.lang, CSAT[ctx.lang]
    brand = ctx.pick(CS_BRANDS)
    prize = money(lang, local_amount(ctx, ctx.pick([100, 500, 1000]), 50))
    parts = [h(ctx, 1, esc(T["h"].format(brand=brand)), "title"), p(ctx, esc(T["intro"].format(brand=brand)))]
    qhtml = "".join(f'<fieldset><legend>{esc(q)}</legend>' + "".join(f'<label><input type="radio" name="q{i}"> {esc(s)}</label> ' for s in T["scale"]) + "</fieldset>"
                    for i, q in enumerate(ctx.sample(T["q"], ctx.randint(2, len(T["q"])))))
    fields = [field_html(ctx, "code", label=T["code"])]
    if ctx.chance(0.5):
        fields += [field_html(ctx, "store", label=T["store"]), field_html(ctx, "visit", label=T["date"], input_type="date")]
    fields += [qhtml, field_html(ctx, "message", required=False, label=T["cm"])]
    sweep = ctx.chance(0.7)
    if sweep:
        fields.append(field_html(ctx, "email", required=False, label=T["em"]))
    parts.append(form(ctx, fields, T["btn"]))
    if sweep:
        parts.append(p(ctx, T["sw"].format(prize=prize), "muted"))
    parts.append(p(ctx, T["priv"], "muted"))
    links, ftext = std_footer(ctx, brand)
    doc = Doc(title=T["h"].format(brand=brand), main="".join(parts), site=brand if ctx.chance(0.5) else "", footer_links=links, footer_text=ftext,
              nav=std_nav(ctx, n=ctx.randint(1, 3)) if ctx.chance(0.3) else [])
    dom = latin_slug(ctx, brand, "")
    r = ctx.rng.random()
    url = (f"https://www.tellus{dom}.com/" if r < 0.35 else f"https://survey.{dom}.com/{lang}/" if r < 0.7 else f"https://www.{dom}listens.com/" if r < 0.85 else "")
    return dict(html=render_web(ctx, doc), url=url, page_created="")


__all__ = ["app_download_page", "charity_donation", "community_event", "coupon_deals", "customer_survey", "rel_time", "research_survey", "shop_page"]
