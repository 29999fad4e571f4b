# ruff: noqa: E501  (template modules are mostly multilingual text tables)
"""More scam families: 'free car / big prize' giveaways with tiered delivery fees and winner
claim portals, gift-redeem login phishing (Nitro / Steam / premium subscriptions), free
followers/likes generators that ask for the account password."""

from __future__ import annotations

from .core import (
    CITIES,
    Doc,
    button,
    comments_block,
    countdown_script,
    esc,
    faq,
    field_html,
    form,
    free_host_url,
    h,
    img,
    local_amount,
    lookalike_url,
    money,
    p,
    person,
    rel_time,
    render_web,
    slugify,
    std_footer,
    std_nav,
    ul,
)

YEAR = 2026


def _url(ctx, words, path=""):
    r = ctx.rng.random()
    if r < 0.15:
        return ""
    if r < 0.6:
        return lookalike_url(ctx, words, path)
    return free_host_url(ctx, "-".join(words)[:28], path)


# ---------------------------------------------------------------------------------------
# Car / big-prize giveaways with tiered delivery fees
# ---------------------------------------------------------------------------------------
CAR_MODELS = {"Tesla": ["Model 3", "Model Y", "Model S", "Model X", "Cybertruck"], "Ford": ["Mustang Mach-E", "F-150 Lightning", "Bronco"],
              "Toyota": ["RAV4 Hybrid", "Land Cruiser", "Corolla Cross"], "BMW": ["iX3", "X5", "M340i"], "Mercedes-Benz": ["EQE", "G-Class", "GLC"]}
BIG_PRIZES = ["Starlink Standard Kit", "Harley-Davidson Sportster S", "Rolex Submariner", "MacBook Pro M5 Max", "iPhone 17 Pro Max 1TB", "$25,000 cash prize"]
CG = {
    "en": dict(h=["{brand} Car Giveaway {year}", "Claim Your Free {brand}", "{brand} Giveaway — Win a Brand New {model}", "Official Winner Claim Portal"],
               intro=["As part of our {year} community program, {n} brand-new {brand} vehicles are being given away to selected participants. Browse the gallery, choose your vehicle and complete the claim form.",
                      "Congratulations! Your entry has been selected. Complete the steps below to claim your {prize} before the reservation expires.",
                      "To celebrate record deliveries, {celeb} is giving away {n} cars. Participation is free — winners only cover delivery."],
               claim="Claim now", fee="Delivery fee", steps_h="How to claim", steps=["Browse the vehicle gallery", "Select your vehicle and click “Claim now”", "Fill out the claim form (all * fields are required)",
                                                                                   "Choose your delivery method at checkout", "Complete payment by credit card or gift card", "Receive your confirmation number and track your delivery"],
               opts=[("Standard", 299, "10–14 days"), ("Express", 349, "5–7 days"), ("Premium", 399, "3–5 days")], opt_h="Choose delivery method",
               pay_h="Payment method", pay=["Credit / debit card", "Apple Gift Card", "Steam Gift Card", "Bitcoin"], gcode="Gift card code",
               live="Live deliveries", live_row="Order #{o} — {name} — Payment verified — {status} {city}", stat=["In transit to", "Delivered in", "Preparing shipment to"],
               faq=[("Is the car really free?", "Yes. The vehicle itself is free; the winner only covers delivery, insurance and registration."),
                    ("Why can I pay with gift cards?", "Gift cards allow fast international processing."), ("How many entries per household?", "One entry per household only.")],
               slot="Enter your slot code", verify="Verify code", slot_ok="Code verified ✓ — you won: {prize}", reserve="Your prize is reserved for",
               notice="Demo giveaway system. No payment required." ),
    "es": dict(h=["Sorteo de coches {brand} {year}", "Reclama tu {brand} gratis"], intro=["Este año regalamos {n} vehículos {brand} nuevos. Elige tu coche y completa el formulario."],
               claim="Reclamar", fee="Gastos de entrega", steps_h="Cómo reclamar", steps=["Elige tu vehículo", "Completa el formulario", "Elige el tipo de envío", "Paga con tarjeta o tarjeta regalo"],
               opts=[("Estándar", 299, "10–14 días"), ("Exprés", 349, "5–7 días"), ("Premium", 399, "3–5 días")], opt_h="Elige el envío", pay_h="Forma de pago",
               pay=["Tarjeta", "Tarjeta regalo Apple", "Tarjeta Steam"], gcode="Código de la tarjeta regalo", live="Entregas en directo",
               live_row="Pedido #{o} — {name} — Pago verificado — {status} {city}", stat=["En camino a", "Entregado en"],
               faq=[("¿El coche es gratis?", "Sí, solo pagas la entrega y el seguro.")], slot="Introduce tu código", verify="Verificar", slot_ok="Código verificado ✓ — has ganado: {prize}",
               reserve="Tu premio está reservado durante", notice=""),
    "pt": dict(h=["Sorteio de carros {brand} {year}", "Resgate seu {brand} grátis"], intro=["Neste ano vamos entregar {n} carros {brand} zero km. Escolha o seu e preencha o cadastro."],
               claim="Resgatar", fee="Taxa de entrega", steps_h="Como resgatar", steps=["Escolha o veículo", "Preencha o cadastro", "Escolha o frete", "Pague com cartão, PIX ou gift card"],
               opts=[("Padrão", 299, "10–14 dias"), ("Expresso", 349, "5–7 dias"), ("Premium", 399, "3–5 dias")], opt_h="Escolha o frete", pay_h="Pagamento",
               pay=["Cartão de crédito", "PIX", "Gift card Apple"], gcode="Código do gift card", live="Entregas ao vivo",
               live_row="Pedido #{o} — {name} — Pagamento confirmado — {status} {city}", stat=["A caminho de", "Entregue em"],
               faq=[("O carro é grátis mesmo?", "Sim, você paga apenas a entrega e o seguro.")], slot="Digite seu código", verify="Verificar", slot_ok="Código verificado ✓ — você ganhou: {prize}",
               reserve="Seu prêmio está reservado por", notice=""),
    "de": dict(h=["{brand} Auto-Gewinnspiel {year}", "Sichern Sie sich Ihren kostenlosen {brand}"], intro=["Wir verschenken {n} neue {brand}-Fahrzeuge. Wählen Sie Ihr Modell und füllen Sie das Formular aus."],
               claim="Jetzt sichern", fee="Liefergebühr", steps_h="So funktioniert's", steps=["Fahrzeug wählen", "Formular ausfüllen", "Lieferart wählen", "Mit Karte oder Geschenkkarte bezahlen"],
               opts=[("Standard", 299, "10–14 Tage"), ("Express", 349, "5–7 Tage"), ("Premium", 399, "3–5 Tage")], opt_h="Lieferart wählen", pay_h="Zahlungsart",
               pay=["Kreditkarte", "Apple-Geschenkkarte", "Paysafecard"], gcode="Code der Geschenkkarte", live="Live-Auslieferungen",
               live_row="Bestellung #{o} — {name} — Zahlung bestätigt — {status} {city}", stat=["Unterwegs nach", "Zugestellt in"],
               faq=[("Ist das Auto wirklich gratis?", "Ja, nur Lieferung und Versicherung fallen an.")], slot="Gewinncode eingeben", verify="Prüfen", slot_ok="Code bestätigt ✓ — Gewinn: {prize}",
               reserve="Ihr Gewinn ist reserviert für", notice=""),
}


def car_giveaway(ctx) -> dict:
    lang, T = ctx.lang, CG[ctx.lang]
    brand = ctx.pick(list(CAR_MODELS))
    model = ctx.pick(CAR_MODELS[brand])
    prize = f"{brand} {model}" if ctx.chance(0.7) else ctx.pick(BIG_PRIZES)
    kw = dict(brand=brand, model=model, prize=prize, year=YEAR, n=ctx.pick([20, 50, 100, 250]), celeb=ctx.pick(["Elon Musk", "MrBeast", "the CEO"]))
    variant = ctx.pick(["gallery", "gallery", "checkout", "portal", "info"])
    parts = [h(ctx, 1, esc(ctx.pick(T["h"], **kw)), "title")]
    if variant in ("gallery", "info"):
        parts.append(p(ctx, esc(ctx.pick(T["intro"], **kw))))
    if variant == "gallery":
        cards = []
        for m in ctx.sample(CAR_MODELS[brand], len(CAR_MODELS[brand])) * ctx.pick([1, 1, 2]):
            fee = money(lang, local_amount(ctx, ctx.pick([299, 349, 399])))
            cards.append(f'<div{ctx.cls("card")}>{img(ctx, m, m)}<h3>{esc(m)}</h3><p>{T["fee"]}: {fee}</p>{button(ctx, T["claim"], "claim.html?model=" + slugify(m))}</div>')
        parts.append(f'<div{ctx.cls("grid")}>{"".join(cards)}</div>')
    if variant in ("gallery", "info") or ctx.chance(0.4):
        parts.append(h(ctx, 2, T["steps_h"]) + ul(ctx, T["steps"], ordered=True))
    if variant == "checkout":
        opts = "".join(f'<label><input type="radio" name="delivery" value="{slugify(n)}"> {n} — {money(lang, local_amount(ctx, fee))} ({d})</label><br>' for n, fee, d in T["opts"])
        pays = "".join(f'<label><input type="radio" name="pay"> {esc(x)}</label> ' for x in T["pay"])
        parts += [p(ctx, f"<b>{esc(prize)}</b> — {money(lang, 0)}"), h(ctx, 2, T["opt_h"]), opts, h(ctx, 2, T["pay_h"]), pays,
                  form(ctx, ["name", "email", "phone", "address", "city", "zip", "card", "exp", "cvv", field_html(ctx, "giftcode", required=False, label=T["gcode"])],
                       T["claim"], action="pay.php")]
    if variant == "portal":
        parts += [p(ctx, T["slot"]), form(ctx, ['<input type="text" name="slot" placeholder="XG-XXXX-XXXX">'], T["verify"]), p(ctx, esc(T["slot_ok"].format(prize=prize))),
                  p(ctx, f'{T["reserve"]} <span id="cd">23:{ctx.randint(10, 59)}:00</span>'), form(ctx, ["name", "email", "phone", "address"], T["claim"])]
        if T["notice"] and ctx.chance(0.3):
            parts.append(p(ctx, T["notice"], "muted"))
    if ctx.chance(0.6):
        cities = CITIES["en" if lang == "en" else lang]
        rows = [esc(T["live_row"].format(o=f"TX-{ctx.randint(10000, 99999)}", name=person(ctx, True), status=ctx.pick(T["stat"]), city=ctx.pick(cities))) for _ in range(ctx.randint(3, 9))]
        parts.append(h(ctx, 2, T["live"]) + ul(ctx, rows))
    if ctx.chance(0.5):
        parts.append(faq(ctx, T["faq"]))
    links, ftext = std_footer(ctx, f"{brand} Giveaway")
    nav = [ctx.ui["home"], "Gallery", T["claim"], T["live"], "Info", ctx.ui["help"]][: ctx.randint(2, 6)]
    doc = Doc(title=ctx.pick(T["h"], **kw), main="".join(parts), site=f"⚡ {brand.upper()} GIVEAWAY" if ctx.chance(0.5) else f"{brand} Giveaway", nav=nav,
              footer_links=links, footer_text=ftext, body_end=countdown_script(ctx, "cd", 1400) if variant == "portal" else "")
    url = _url(ctx, [slugify(brand).replace("-", ""), ctx.pick(["giveaway", "claim", "winner", "delivery", "x-get"])], ctx.pick(["", "claim.html", "checkout", "deliveries.html"]))
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# Gift redeem phishing: Nitro / Steam / premium subscriptions -> account login
# ---------------------------------------------------------------------------------------
GIFTS = [("Discord", "Nitro", ["discord-gift", "dlscord", "discordnitro", "discorcl-app"], "Email or phone number", ["Email", "Password", "2FA code"]),
         ("Steam", "$50 Steam Wallet gift", ["steamcommunnity", "stearncommunity", "steam-gift", "store-steampowerred"], "Steam account name", ["Account name", "Password", "Steam Guard code"]),
         ("YouTube", "YouTube Premium (24 months)", ["youtube-premium-promo", "yt-premium-gift"], "Google account email", ["Email", "Password"]),
         ("Netflix", "Netflix Premium (12 months)", ["netflix-promo-gift", "netfiix-rewards"], "Email", ["Email", "Password"]),
         ("Minecraft", "Minecraft Premium account", ["minecraft-premium-free", "mc-premium-gen"], "Microsoft account", ["Email", "Password"]),
         ("ChatGPT", "ChatGPT Plus (1 year)", ["chatgpt-plus-free", "openai-gift"], "Email", ["Email", "Password"]),
         ("Roblox", "800 Robux gift card", ["roblox-redeem-gift", "robIox-cards"], "Username", ["Username", "Password"]),
         ("Spotify", "Spotify Premium Family (6 months)", ["spotify-gift-promo"], "Email or username", ["Email", "Password"])]
GR = {
    "en": dict(h=["You've been gifted {gift}!", "A friend sent you {gift}", "Redeem your {gift}", "Get {gift} free thanks to our New Year promotion"],
               sub=["{name} gifted you {gift}. Accept it before it expires in 48 hours.", "Sign in to your {svc} account to add the gift to your library.", "Log in to verify your account and activate your subscription."],
               accept="Accept gift", login="Sign in", cont="Continue", expire="Expires in", legal="By accepting you agree to the {svc} Terms of Service.", note="The gift will be applied to the account you sign in with."),
    "es": dict(h=["¡Te han regalado {gift}!", "Canjea tu {gift}"], sub=["{name} te ha regalado {gift}. Acéptalo antes de 48 horas.", "Inicia sesión en tu cuenta de {svc} para añadir el regalo."],
               accept="Aceptar regalo", login="Iniciar sesión", cont="Continuar", expire="Caduca en", legal="Al aceptar, aceptas los Términos de {svc}.", note="El regalo se aplicará a la cuenta con la que inicies sesión."),
    "pt": dict(h=["Você ganhou {gift} de presente!", "Resgate seu {gift}"], sub=["{name} te deu {gift}. Aceite antes de 48 horas.", "Entre na sua conta {svc} para adicionar o presente."],
               accept="Aceitar presente", login="Entrar", cont="Continuar", expire="Expira em", legal="Ao aceitar você concorda com os Termos do {svc}.", note="O presente será aplicado à conta usada no login."),
    "ru": dict(h=["Вам подарили {gift}!", "Активируйте {gift}"], sub=["{name} подарил(а) вам {gift}. Примите подарок в течение 48 часов.", "Войдите в аккаунт {svc}, чтобы добавить подарок."],
               accept="Принять подарок", login="Войти", cont="Продолжить", expire="Истекает через", legal="Принимая подарок, вы соглашаетесь с условиями {svc}.", note="Подарок будет добавлен в аккаунт, в который вы войдёте."),
    "tr": dict(h=["Sana {gift} hediye edildi!", "{gift} hediyeni al"], sub=["{name} sana {gift} hediye etti. 48 saat içinde kabul et.", "Hediyeyi eklemek için {svc} hesabına giriş yap."],
               accept="Hediyeyi kabul et", login="Giriş yap", cont="Devam", expire="Kalan süre", legal="Kabul ederek {svc} Kullanım Koşullarını kabul edersin.", note="Hediye giriş yaptığın hesaba tanımlanır."),
    "de": dict(h=["Dir wurde {gift} geschenkt!", "Löse dein {gift} ein"], sub=["{name} hat dir {gift} geschenkt. Nimm es innerhalb von 48 Stunden an.", "Melde dich bei {svc} an, um das Geschenk hinzuzufügen."],
               accept="Geschenk annehmen", login="Anmelden", cont="Weiter", expire="Läuft ab in", legal="Mit der Annahme akzeptierst du die Nutzungsbedingungen von {svc}.", note="Das Geschenk wird dem angemeldeten Konto gutgeschrieben."),
    "fr": dict(h=["On vous a offert {gift} !", "Activez votre {gift}"], sub=["{name} vous a offert {gift}. Acceptez-le sous 48 heures.", "Connectez-vous à votre compte {svc} pour ajouter le cadeau."],
               accept="Accepter le cadeau", login="Se connecter", cont="Continuer", expire="Expire dans", legal="En acceptant, vous acceptez les conditions de {svc}.", note="Le cadeau sera ajouté au compte utilisé pour la connexion."),
}


def gift_redeem_phish(ctx) -> dict:
    T = GR[ctx.lang]
    svc, gift, doms, idlabel, fields = ctx.pick(GIFTS)
    from .games import _gamer
    kw = dict(gift=gift, svc=svc, name=_gamer(ctx))
    parts = []
    if ctx.chance(0.6):
        parts.append(img(ctx, svc + " logo", svc))
    parts += [h(ctx, 1, esc(ctx.pick(T["h"], **kw)), "title"), p(ctx, esc(ctx.pick(T["sub"], **kw)))]
    if ctx.chance(0.5):
        parts.append(p(ctx, f'{T["expire"]} <b id="exp">47:{ctx.randint(10, 59)}:{ctx.randint(10, 59)}</b>', "muted"))
    step_login = ctx.chance(0.75)
    if not step_login:
        parts.append(button(ctx, T["accept"], ctx.pick(["login.html", "auth?redirect=gift", "#login"])))
    else:
        inputs = []
        for f in fields:
            t = "password" if f == "Password" else "text"
            label = idlabel if f in ("Email", "Account name", "Username") else f
            inputs.append(f'<label>{esc(label)}<input type="{t}" name="{slugify(f).replace("-", "_")}" autocomplete="off"></label>')
        parts.append(form(ctx, inputs, ctx.pick([T["login"], T["accept"], T["cont"]]), action=ctx.pick(["login.php", "/api/auth", "post.php", "verify.php"])))
        if ctx.chance(0.4):
            parts.append(f'<p><a href="#">{ctx.pick(["Forgot your password?", "Need help signing in?", "QR code login"])}</a></p>')
    parts.append(p(ctx, esc(T["note"]), "muted"))
    parts.append(p(ctx, esc(T["legal"].format(svc=svc)), "muted"))
    doc = Doc(title=ctx.pick([f"{svc} – {ctx.pick(T['h'], **kw)}", svc, f"{gift} | {svc}", f"Redeem a {svc} Gift"]), main="".join(parts),
              site=svc if ctx.chance(0.4) else "", nav=ctx.sample(["Store", "Community", "Support", "About", "Download", "Nitro", "Safety", "Blog"], ctx.randint(2, 5)) if ctx.chance(0.35) else [],
              footer_text=f"© {YEAR} {svc}" + ctx.pick([", Inc.", " Corporation. All rights reserved.", ""]), footer_links=[ctx.ui["privacy"], ctx.ui["terms"]] if ctx.chance(0.5) else [],
              body_end=countdown_script(ctx, "exp", 2800) if 'id="exp"' in "".join(parts) else "")
    d = ctx.pick(doms)
    r = ctx.rng.random()
    url = ("" if r < 0.12 else f"https://{d}.{ctx.pick(['com', 'gift', 'net', 'ru', 'org', 'xyz', 'click'])}/{ctx.pick(['gift/', 'redeem/', 'use-gift/code/' + ctx.alnum(12).lower(), 'promo', ''])}" if r < 0.75
           else free_host_url(ctx, d, ctx.pick(["", "redeem", "gift"])))
    return dict(html=render_web(ctx, doc, skin=ctx.pick(["card", "plain", "modern", "bootstrap"])), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# Free followers / likes generators asking for the account password
# ---------------------------------------------------------------------------------------
FL = {
    "en": dict(h=["Get Free {plat} Followers", "Free {plat} Followers & Likes — 100% Free, No Survey", "{n} Free {plat} Followers Instantly"],
               sub=["Real, active followers delivered in minutes. Trusted by over 2 million users.", "No credit card. No survey. Just enter your username and choose a package."],
               user="{plat} username", pkg="Choose a package", pw="Verify account ownership (password)", btn="Get followers", trust="✓ Safe & secure ✓ Instant delivery ✓ 24/7 support",
               recent="{u} just received {k} followers", note="We need to log in once to confirm the account is yours. We never store your password.",
               likes="Followers", faq=[("Are the followers real?", "Yes, all followers are real and active accounts."), ("Is it safe?", "Totally safe, your account will never be banned.")]),
    "es": dict(h=["Seguidores gratis en {plat}", "{n} seguidores gratis en {plat} al instante"], sub=["Seguidores reales en minutos. Sin encuestas."], user="Usuario de {plat}", pkg="Elige un paquete",
               pw="Verifica que la cuenta es tuya (contraseña)", btn="Conseguir seguidores", trust="✓ Seguro ✓ Entrega inmediata", recent="{u} acaba de recibir {k} seguidores",
               note="Necesitamos iniciar sesión una vez para confirmar que la cuenta es tuya.", likes="Seguidores", faq=[("¿Son reales?", "Sí, cuentas reales y activas.")]),
    "pt": dict(h=["Seguidores grátis no {plat}", "Ganhe {n} seguidores grátis no {plat}"], sub=["Seguidores reais em minutos. Sem pesquisa."], user="Usuário do {plat}", pkg="Escolha um pacote",
               pw="Confirme que a conta é sua (senha)", btn="Ganhar seguidores", trust="✓ Seguro ✓ Entrega imediata", recent="{u} acabou de receber {k} seguidores",
               note="Precisamos entrar uma vez para confirmar que a conta é sua.", likes="Seguidores", faq=[("São reais?", "Sim, contas reais e ativas.")]),
    "id": dict(h=["Followers {plat} Gratis", "Tambah {n} Followers {plat} Gratis"], sub=["Followers aktif dalam hitungan menit. Tanpa survei."], user="Username {plat}", pkg="Pilih paket",
               pw="Verifikasi kepemilikan akun (kata sandi)", btn="Dapatkan followers", trust="✓ Aman ✓ Proses instan", recent="{u} baru saja menerima {k} followers",
               note="Kami perlu login sekali untuk memastikan akun milik Anda.", likes="Followers", faq=[("Apakah aman?", "Aman 100%, akun tidak akan dibanned.")]),
    "tr": dict(h=["Ücretsiz {plat} Takipçi", "{n} Bedava {plat} Takipçi"], sub=["Dakikalar içinde gerçek takipçi. Anket yok."], user="{plat} kullanıcı adı", pkg="Paket seç",
               pw="Hesap doğrulama (şifre)", btn="Takipçi gönder", trust="✓ Güvenli ✓ Anında teslimat", recent="{u} az önce {k} takipçi aldı",
               note="Hesabın sana ait olduğunu doğrulamak için bir kez giriş yapmamız gerekir.", likes="Takipçi", faq=[("Güvenli mi?", "Evet, hesabın kapanmaz.")]),
    "ar": dict(h=["متابعين {plat} مجانًا", "احصل على {n} متابع مجانًا على {plat}"], sub=["متابعون حقيقيون خلال دقائق. بدون استبيان."], user="اسم المستخدم في {plat}", pkg="اختر الباقة",
               pw="تأكيد ملكية الحساب (كلمة المرور)", btn="احصل على المتابعين", trust="✓ آمن ✓ تسليم فوري", recent="{u} حصل للتو على {k} متابع",
               note="نحتاج إلى تسجيل الدخول مرة واحدة للتأكد من أن الحساب لك.", likes="متابعين", faq=[("هل هو آمن؟", "نعم، لن يتم حظر حسابك.")]),
    "hi": dict(h=["फ्री {plat} फॉलोअर्स", "{n} फ्री {plat} फॉलोअर्स तुरंत"], sub=["मिनटों में असली फॉलोअर्स। कोई सर्वे नहीं।"], user="{plat} यूज़रनेम", pkg="पैकेज चुनें",
               pw="अकाउंट वेरिफाई करें (पासवर्ड)", btn="फॉलोअर्स पाएं", trust="✓ सुरक्षित ✓ तुरंत डिलीवरी", recent="{u} को अभी {k} फॉलोअर्स मिले",
               note="अकाउंट आपका है यह जांचने के लिए हमें एक बार लॉग इन करना होगा।", likes="फॉलोअर्स", faq=[("क्या यह सुरक्षित है?", "हाँ, आपका अकाउंट बैन नहीं होगा।")]),
    "ru": dict(h=["Бесплатные подписчики {plat}", "{n} бесплатных подписчиков в {plat}"], sub=["Живые подписчики за минуты. Без опросов."], user="Логин {plat}", pkg="Выберите пакет",
               pw="Подтвердите владение аккаунтом (пароль)", btn="Получить подписчиков", trust="✓ Безопасно ✓ Мгновенно", recent="{u} только что получил {k} подписчиков",
               note="Нам нужно один раз войти, чтобы убедиться, что аккаунт ваш.", likes="Подписчики", faq=[("Это безопасно?", "Да, аккаунт не заблокируют.")]),
}


def followers_phish(ctx) -> dict:
    T = FL[ctx.lang]
    plat = ctx.pick(["Instagram", "TikTok", "YouTube", "Twitch", "X", "Facebook"])
    from .games import _gamer
    n = ctx.pick(["1,000", "5,000", "10K", "50K"])
    kw = dict(plat=plat, n=n)
    parts = [h(ctx, 1, esc(ctx.pick(T["h"], **kw)), "title"), p(ctx, esc(ctx.pick(T["sub"])))]
    pk = "".join(f'<label><input type="radio" name="pkg"> {k} {T["likes"]}</label> ' for k in ["100", "500", "1,000", "5,000", "10,000"][: ctx.randint(3, 5)])
    fields = [field_html(ctx, "user", label=T["user"].format(plat=plat)), f"<h3>{T['pkg']}</h3>{pk}"]
    if ctx.chance(0.7):
        fields.append(field_html(ctx, "password", label=T["pw"]))
    parts.append(form(ctx, fields, T["btn"], action=ctx.pick(["login.php", "post.php", "/api/order", "#"])))
    parts.append(p(ctx, T["note"], "muted") if ctx.chance(0.6) else "")
    parts.append(p(ctx, T["trust"]))
    if ctx.chance(0.6):
        parts.append(ul(ctx, [esc(T["recent"].format(u="@" + _gamer(ctx).lower(), k=ctx.pick(["100", "500", "1,000"]))) + f" · {rel_time(ctx)}" for _ in range(ctx.randint(3, 7))]))
    if ctx.chance(0.5):
        parts.append(faq(ctx, T["faq"]))
    if ctx.chance(0.3):
        parts.append(comments_block(ctx, [(_gamer(ctx), ctx.pick(["Got 1k in 5 minutes!", "legit!!", "works 🔥", "thanks"]), rel_time(ctx, "en")) for _ in range(3)]))
    site = ctx.pick([f"Free{plat}Followers", "FollowBoost", "LikesPro", "InstaFame", "TokUp", "GetFollowers.io"])
    links, ftext = std_footer(ctx, site)
    doc = Doc(title=ctx.pick(T["h"], **kw), main="".join(parts), site=site, nav=std_nav(ctx, n=ctx.randint(0, 4)), footer_links=links, footer_text=ftext,
              keywords=f"free {plat} followers, {plat} followers free, free likes, no survey" if ctx.chance(0.5) else "")
    url = _url(ctx, ["free", slugify(plat), ctx.pick(["followers", "likes", "fame", "boost"])], ctx.pick(["", "trial/", "free.php"]))
    return dict(html=render_web(ctx, doc), url=url, page_created="", kind="followers_generator")


__all__ = ["car_giveaway", "followers_phish", "gift_redeem_phish"]
