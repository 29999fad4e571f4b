# ruff: noqa: E501  (template modules are mostly multilingual text tables)
"""Game-related pages. Scam: currency generators with human verification, gift-card code
generators, fake in-game reward events asking for logins. Legit: fan wikis with real prices,
top-up shops, official update/event notes. The same game/currency pools feed both classes."""

from __future__ import annotations

import re
from datetime import timedelta

from .core import (
    REF_DATE,
    Doc,
    button,
    comments_block,
    counter_script,
    esc,
    faq,
    field_html,
    fmt_date,
    form,
    free_host_url,
    h,
    img,
    lang_tld,
    latin_slug,
    local_amount,
    lookalike_url,
    money,
    p,
    rel_time,
    render_web,
    slugify,
    std_footer,
    std_nav,
    table,
    ul,
)

YEAR = 2026

#: (game, currency, amounts, publisher, kind)
GAMES = [
    ("Roblox", "Robux", [400, 800, 1700, 4500, 10000, 22500], "Roblox Corporation", "game"),
    ("Fortnite", "V-Bucks", [1000, 2800, 5000, 13500], "Epic Games", "game"),
    ("Free Fire", "Diamonds", [100, 310, 520, 1060, 2180, 5600], "Garena", "game"),
    ("PUBG Mobile", "UC", [60, 325, 660, 1800, 3850, 8100], "KRAFTON / Level Infinite", "game"),
    ("Mobile Legends", "Diamonds", [86, 172, 257, 706, 2195], "Moonton", "game"),
    ("EA SPORTS FC 26", "FC Points", [500, 1050, 2800, 5900, 12000], "Electronic Arts", "game"),
    ("Clash of Clans", "Gems", [500, 1200, 2500, 6500, 14000], "Supercell", "game"),
    ("Brawl Stars", "Gems", [30, 80, 170, 360, 950], "Supercell", "game"),
    ("Genshin Impact", "Genesis Crystals", [300, 980, 1980, 3280, 6480], "HoYoverse", "game"),
    ("Minecraft", "Minecoins", [320, 1720, 3500, 8000], "Mojang Studios", "game"),
    ("Valorant", "VP", [475, 1000, 2050, 3650, 5350], "Riot Games", "game"),
    ("Call of Duty: Mobile", "CP", [80, 400, 800, 2000, 5000], "Activision", "game"),
    ("Apex Legends", "Apex Coins", [1000, 2150, 4350, 11500], "Electronic Arts", "game"),
    ("NBA 2K26", "VC", [5000, 15000, 35000, 75000], "2K", "game"),
    ("Pokémon GO", "PokéCoins", [100, 550, 1200, 2500, 5200, 14500], "Niantic", "game"),
    ("TikTok", "Coins", [70, 350, 700, 1400, 3500, 7000], "TikTok", "game"),
    ("Instagram", "Followers", [1000, 5000, 10000, 25000], "Meta", "followers"),
    ("TikTok", "Followers", [1000, 5000, 10000, 50000], "TikTok", "followers"),
    ("Spotify", "Premium months", [1, 3, 6, 12], "Spotify", "premium"),
    ("Netflix", "Premium account", [1, 3, 6, 12], "Netflix", "premium"),
]
#: approximate real USD price per amount index (for legit wiki / shops)
PRICE_STEPS = [0.99, 1.99, 4.99, 9.99, 19.99, 49.99, 99.99]

CUR_TR = {
    "Diamonds": {"es": "Diamantes", "pt": "Diamantes", "fr": "Diamants", "de": "Diamanten", "id": "Diamond", "tr": "Elmas",
                 "ru": "Алмазы", "ar": "جواهر", "vi": "Kim Cương", "hi": "डायमंड"},
    "Gems": {"es": "Gemas", "pt": "Gemas", "fr": "Gemmes", "de": "Juwelen", "id": "Permata", "tr": "Taş", "ru": "Кристаллы",
             "ar": "جواهر", "vi": "Đá quý", "hi": "जेम्स"},
    "Coins": {"es": "Monedas", "pt": "Moedas", "fr": "Pièces", "de": "Münzen", "id": "Koin", "tr": "Jeton", "ru": "Монеты",
              "ar": "عملات", "vi": "Xu", "hi": "कॉइन"},
    "Followers": {"es": "Seguidores", "pt": "Seguidores", "fr": "Abonnés", "de": "Follower", "id": "Pengikut", "tr": "Takipçi",
                  "ru": "Подписчики", "ar": "متابعين", "vi": "Người theo dõi", "hi": "फॉलोअर्स"},
}


def cur_name(lang: str, cur: str) -> str:
    return CUR_TR.get(cur, {}).get(lang, cur)


def _num(lang: str, n: int) -> str:
    s = f"{n:,}"
    if lang in ("de", "es", "pt", "id", "tr", "vi"):
        s = s.replace(",", ".")
    elif lang in ("fr", "ru"):
        s = s.replace(",", " ")
    return s


def _gamer(ctx) -> str:
    base = ctx.pick(["xXNoob", "Pro", "Dark", "Shadow", "King", "Ninja", "Lil", "Epic", "Toxic", "Sniper", "Queen", "Blaze",
                     "Frosty", "Gamer", "Ghost", "Mr", "Rizky", "Budi", "Juan", "Ahmet", "Dima", "Ngoc"])
    tail = ctx.pick(["Slayer", "Boss", "Wolf", "Dragon", "Killer", "Girl", "YT", "TTV", "007", "Gaming", "_ID", "Hunter"])
    return f"{base}{tail}{ctx.randint(1, 9999) if ctx.chance(0.6) else ''}"


def _scam_url(ctx, words, path=""):
    r = ctx.rng.random()
    if r < 0.2:
        return ""
    if r < 0.55:
        return lookalike_url(ctx, words, path)
    return free_host_url(ctx, "-".join(words)[:28], path)


# ---------------------------------------------------------------------------------------
# SCAM: currency generators with human verification / content locker
# ---------------------------------------------------------------------------------------
GEN = {
    "en": dict(title=["Free {cur} Generator {year}", "{cur} Generator – Get Free {cur} Instantly", "Free {cur} – No Human Verification*",
                      "Get {amount} {cur} FREE", "{game} Free {cur} {year} (Working)"],
               s1="Enter your {game} username", s2="Select the amount of {cur}", s3="Select your platform", gen="Generate",
               con=["Connecting to {game} servers…", "Connected ✓", "Encrypting connection…", "Searching for user {user}…", "User found ✓",
                    "Generating {amount} {cur}…", "Injecting {cur} into account…", "Finalizing…", "Human verification required"],
               vh="Human Verification Required",
               vb=["Due to high abuse by automated bots, we need to verify that you are a human. Please complete one short offer below and your {cur} will be added instantly.",
                   "Almost done! Complete 1 offer or survey to verify you are not a robot. Your {cur} will be delivered after verification.",
                   "Your {amount} {cur} are ready! To receive them, verify your account by completing 2 quick tasks from our sponsors."],
               vbtn="Verify Now", online="Online users:", recent="Recent activity", recv="{user} received {amount} {cur}", ago="{n} minutes ago",
               works="✓ Works on iOS, Android, PC, Xbox and PlayStation ✓ 100% safe, anti-ban proxy ✓ Last updated: {date}",
               seo=["Looking for free {cur}? Our {cur} generator is the easiest way to get free {cur} in {year} without spending money. Thousands of players use our tool every day and it is updated daily to work with the latest {game} version.",
                    "Tags: free {cur}, free {cur} generator, {cur} hack, how to get free {cur}, free {cur} no human verification, {cur} generator no verification {year}, free {cur} codes"],
               faq=[("Is this {cur} generator safe?", "Yes. Our tool uses an encrypted proxy so your account can never be banned."),
                    ("Why do I need to verify?", "Human verification protects our generator from bots so that real players can continue to get free {cur}."),
                    ("How long does it take?", "Usually less than 5 minutes after you complete the verification."),
                    ("Do I need to give my password?", "No password needed, only your username.")],
               plat=["PC", "iOS", "Android", "Xbox", "PlayStation", "Switch"]),
    "es": dict(title=["Generador de {cur} gratis {year}", "{cur} GRATIS – Sin verificación humana*", "Consigue {amount} {cur} GRATIS"],
               s1="Introduce tu usuario de {game}", s2="Elige la cantidad de {cur}", s3="Elige tu plataforma", gen="Generar",
               con=["Conectando con los servidores de {game}…", "Conectado ✓", "Buscando al usuario {user}…", "Usuario encontrado ✓",
                    "Generando {amount} {cur}…", "Finalizando…", "Se requiere verificación humana"],
               vh="Verificación humana requerida", vb=["Para evitar abusos de bots necesitamos verificar que eres humano. Completa una oferta corta y tus {cur} se añadirán al instante."],
               vbtn="Verificar ahora", online="Usuarios en línea:", recent="Actividad reciente", recv="{user} recibió {amount} {cur}", ago="hace {n} minutos",
               works="✓ Funciona en iOS, Android, PC y consolas ✓ 100% seguro ✓ Actualizado: {date}",
               seo=["¿Buscas {cur} gratis? Nuestro generador es la forma más fácil de conseguir {cur} gratis en {year} sin gastar dinero."],
               faq=[("¿Es seguro?", "Sí, usamos un proxy cifrado y tu cuenta nunca será baneada."), ("¿Por qué debo verificar?", "La verificación protege el generador de los bots.")],
               plat=["PC", "iOS", "Android", "Xbox", "PlayStation"]),
    "pt": dict(title=["Gerador de {cur} grátis {year}", "{cur} GRÁTIS – Sem verificação*", "Ganhe {amount} {cur} GRÁTIS"],
               s1="Digite seu usuário do {game}", s2="Escolha a quantidade de {cur}", s3="Escolha sua plataforma", gen="Gerar",
               con=["Conectando aos servidores do {game}…", "Conectado ✓", "Procurando usuário {user}…", "Usuário encontrado ✓", "Gerando {amount} {cur}…",
                    "Finalizando…", "Verificação humana necessária"],
               vh="Verificação humana necessária", vb=["Para evitar bots, precisamos confirmar que você é humano. Complete uma oferta rápida e seus {cur} serão adicionados na hora."],
               vbtn="Verificar agora", online="Usuários online:", recent="Atividade recente", recv="{user} recebeu {amount} {cur}", ago="há {n} minutos",
               works="✓ Funciona em iOS, Android, PC e consoles ✓ 100% seguro ✓ Atualizado: {date}",
               seo=["Procurando {cur} grátis? Nosso gerador é a forma mais fácil de conseguir {cur} grátis em {year}."],
               faq=[("É seguro?", "Sim, sua conta nunca será banida."), ("Por que preciso verificar?", "A verificação protege o gerador contra bots.")],
               plat=["PC", "iOS", "Android", "Xbox", "PlayStation"]),
    "fr": dict(title=["Générateur de {cur} gratuit {year}", "{cur} GRATUITS – Sans vérification*"],
               s1="Entrez votre pseudo {game}", s2="Choisissez le nombre de {cur}", s3="Choisissez votre plateforme", gen="Générer",
               con=["Connexion aux serveurs {game}…", "Connecté ✓", "Recherche de l'utilisateur {user}…", "Génération de {amount} {cur}…", "Vérification humaine requise"],
               vh="Vérification humaine requise", vb=["Pour éviter les robots, complétez une courte offre ci-dessous et vos {cur} seront ajoutés instantanément."],
               vbtn="Vérifier", online="Utilisateurs en ligne :", recent="Activité récente", recv="{user} a reçu {amount} {cur}", ago="il y a {n} minutes",
               works="✓ Fonctionne sur iOS, Android, PC et consoles ✓ Mis à jour : {date}",
               seo=["Vous cherchez des {cur} gratuits ? Notre générateur est le moyen le plus simple d'obtenir des {cur} gratuitement en {year}."],
               faq=[("Est-ce sûr ?", "Oui, votre compte ne peut pas être banni."), ("Pourquoi vérifier ?", "La vérification protège le générateur contre les robots.")],
               plat=["PC", "iOS", "Android", "Xbox", "PlayStation"]),
    "de": dict(title=["Kostenloser {cur} Generator {year}", "{cur} GRATIS – ohne Verifizierung*"],
               s1="Gib deinen {game}-Benutzernamen ein", s2="Wähle die Menge an {cur}", s3="Wähle deine Plattform", gen="Generieren",
               con=["Verbinde mit {game}-Servern…", "Verbunden ✓", "Suche Benutzer {user}…", "Generiere {amount} {cur}…", "Menschliche Verifizierung erforderlich"],
               vh="Verifizierung erforderlich", vb=["Um Bots zu verhindern, schließe bitte ein kurzes Angebot ab. Danach werden deine {cur} sofort gutgeschrieben."],
               vbtn="Jetzt verifizieren", online="Nutzer online:", recent="Letzte Aktivitäten", recv="{user} hat {amount} {cur} erhalten", ago="vor {n} Minuten",
               works="✓ Funktioniert auf iOS, Android, PC und Konsole ✓ Aktualisiert: {date}",
               seo=["Du suchst kostenlose {cur}? Mit unserem Generator bekommst du {year} ganz einfach gratis {cur}."],
               faq=[("Ist das sicher?", "Ja, dein Konto kann nicht gesperrt werden."), ("Warum verifizieren?", "Die Verifizierung schützt vor Bots.")],
               plat=["PC", "iOS", "Android", "Xbox", "PlayStation"]),
    "id": dict(title=["Generator {cur} Gratis {year}", "Cara Dapat {cur} Gratis Tanpa Verifikasi*", "Dapatkan {amount} {cur} GRATIS"],
               s1="Masukkan username {game} kamu", s2="Pilih jumlah {cur}", s3="Pilih platform", gen="Generate",
               con=["Menghubungkan ke server {game}…", "Terhubung ✓", "Mencari user {user}…", "User ditemukan ✓", "Mengirim {amount} {cur}…", "Verifikasi manusia diperlukan"],
               vh="Verifikasi Manusia", vb=["Untuk mencegah bot, selesaikan 1 penawaran singkat di bawah. {cur} kamu akan langsung masuk."],
               vbtn="Verifikasi Sekarang", online="Pengguna online:", recent="Aktivitas terbaru", recv="{user} menerima {amount} {cur}", ago="{n} menit lalu",
               works="✓ Bisa di Android & iOS ✓ Aman 100% anti banned ✓ Update: {date}",
               seo=["Cari {cur} gratis? Generator kami adalah cara termudah dapat {cur} gratis {year} tanpa top up."],
               faq=[("Apakah aman?", "Aman, akun tidak akan terkena banned."), ("Kenapa harus verifikasi?", "Verifikasi untuk mencegah bot.")],
               plat=["Android", "iOS", "PC"]),
    "tr": dict(title=["Bedava {cur} Hilesi {year}", "Ücretsiz {cur} Kazan – Doğrulamasız*"],
               s1="{game} kullanıcı adını gir", s2="{cur} miktarını seç", s3="Platformunu seç", gen="Oluştur",
               con=["{game} sunucularına bağlanılıyor…", "Bağlandı ✓", "{user} aranıyor…", "{amount} {cur} oluşturuluyor…", "İnsan doğrulaması gerekli"],
               vh="İnsan Doğrulaması", vb=["Botları engellemek için aşağıdaki kısa tekliflerden birini tamamla, {cur} hemen hesabına eklensin."],
               vbtn="Şimdi doğrula", online="Çevrimiçi kullanıcı:", recent="Son işlemler", recv="{user} {amount} {cur} aldı", ago="{n} dakika önce",
               works="✓ iOS, Android ve PC'de çalışır ✓ Güncelleme: {date}",
               seo=["Bedava {cur} mı arıyorsun? Jeneratörümüzle {year} yılında para harcamadan {cur} kazanabilirsin."],
               faq=[("Güvenli mi?", "Evet, hesabın asla banlanmaz.")], plat=["PC", "iOS", "Android"]),
    "ru": dict(title=["Бесплатные {cur} {year} — генератор", "Халявные {cur} без верификации*"],
               s1="Введите ник в {game}", s2="Выберите количество {cur}", s3="Выберите платформу", gen="Сгенерировать",
               con=["Подключение к серверам {game}…", "Подключено ✓", "Поиск игрока {user}…", "Генерация {amount} {cur}…", "Требуется проверка"],
               vh="Подтвердите, что вы человек", vb=["Чтобы защититься от ботов, выполните одно короткое задание ниже — {cur} поступят сразу."],
               vbtn="Подтвердить", online="Сейчас онлайн:", recent="Последние начисления", recv="{user} получил {amount} {cur}", ago="{n} мин назад",
               works="✓ Работает на iOS, Android и ПК ✓ Обновлено: {date}",
               seo=["Ищете бесплатные {cur}? Наш генератор — самый простой способ получить {cur} в {year} году без доната."],
               faq=[("Это безопасно?", "Да, аккаунт не заблокируют.")], plat=["ПК", "iOS", "Android"]),
    "ar": dict(title=["مولد {cur} مجاني {year}", "احصل على {amount} {cur} مجانًا"],
               s1="أدخل اسم المستخدم في {game}", s2="اختر كمية {cur}", s3="اختر المنصة", gen="توليد",
               con=["جارٍ الاتصال بخوادم {game}…", "تم الاتصال ✓", "جارٍ البحث عن {user}…", "جارٍ توليد {amount} {cur}…", "مطلوب التحقق البشري"],
               vh="التحقق البشري مطلوب", vb=["لمنع البوتات، أكمل عرضًا قصيرًا واحدًا وستتم إضافة {cur} فورًا."],
               vbtn="تحقق الآن", online="المتصلون الآن:", recent="النشاط الأخير", recv="{user} حصل على {amount} {cur}", ago="منذ {n} دقيقة",
               works="✓ يعمل على أندرويد و iOS ✓ آخر تحديث: {date}", seo=["تبحث عن {cur} مجانًا؟ مولدنا هو أسهل طريقة في {year}."],
               faq=[("هل هو آمن؟", "نعم، لن يتم حظر حسابك.")], plat=["Android", "iOS", "PC"]),
    "vi": dict(title=["Hack {cur} miễn phí {year}", "Nhận {amount} {cur} MIỄN PHÍ"],
               s1="Nhập tên tài khoản {game}", s2="Chọn số lượng {cur}", s3="Chọn nền tảng", gen="Tạo",
               con=["Đang kết nối máy chủ {game}…", "Đã kết nối ✓", "Đang tìm người chơi {user}…", "Đang tạo {amount} {cur}…", "Cần xác minh"],
               vh="Xác minh bạn là người thật", vb=["Để chống bot, hãy hoàn thành 1 ưu đãi ngắn bên dưới, {cur} sẽ được cộng ngay."],
               vbtn="Xác minh ngay", online="Đang trực tuyến:", recent="Hoạt động gần đây", recv="{user} đã nhận {amount} {cur}", ago="{n} phút trước",
               works="✓ Hoạt động trên Android, iOS ✓ Cập nhật: {date}", seo=["Bạn muốn {cur} miễn phí? Công cụ của chúng tôi giúp bạn nhận {cur} miễn phí năm {year}."],
               faq=[("Có an toàn không?", "An toàn, tài khoản không bị khóa.")], plat=["Android", "iOS", "PC"]),
}


def game_currency_generator(ctx) -> dict:
    lang, T = ctx.lang, GEN[ctx.lang]
    game, cur0, amounts, pub, gkind = ctx.pick(GAMES)
    cur = cur_name(lang, cur0)
    amount = ctx.pick(amounts)
    user = _gamer(ctx)
    kw = dict(cur=cur, game=game, year=YEAR, amount=_num(lang, amount), user=user)
    title = ctx.pick(T["title"], **kw)
    parts = [h(ctx, 1, esc(title), "title")]
    if ctx.chance(0.5):
        parts.append(img(ctx, f"{game} {cur}", f"{game} {cur}"))
    if ctx.chance(0.6):
        parts.append(f'<p{ctx.cls("badge")}>{T["online"]} <span id="online">{ctx.randint(180, 4200)}</span></p>')
    # step 1-3
    steps = [f'<div class="step"><h3>1. {esc(T["s1"].format(**kw))}</h3>{field_html(ctx, "user", label=T["s1"].format(**kw))}</div>']
    opts = "".join(f'<label class="pack"><input type="radio" name="amount" value="{a}"> {_num(lang, a)} {esc(cur)}</label>' for a in amounts)
    steps.append(f'<div class="step"><h3>2. {esc(T["s2"].format(**kw))}</h3><div{ctx.cls("grid")}>{opts}</div></div>')
    if ctx.chance(0.7):
        plats = "".join(f'<option>{x}</option>' for x in T["plat"])
        steps.append(f'<div class="step"><h3>3. {esc(T["s3"])}</h3><select name="platform"{ctx.cls("select")}>{plats}</select></div>')
    if ctx.chance(0.15):
        # some kits also ask for the password ("to add the currency directly")
        steps.append(field_html(ctx, "password"))
    parts.append(f'<form id="gen" onsubmit="return startGen()">{"".join(steps)}<button type="submit"{ctx.cls("btn_primary")}>{T["gen"]}</button></form>')
    lines = "".join(f'<p class="line" style="display:none">&gt; {esc(line.format(**kw))}</p>' for line in T["con"])
    parts.append(f'<div id="console" class="console" style="display:none">{lines}</div>')
    locker = (f'<div id="verify" class="{ctx.c("modal")}" style="display:none"><h2>{T["vh"]}</h2><p>{esc(ctx.pick(T["vb"], **kw))}</p>'
              f'<a href="javascript:void(0)" onclick="{ctx.pick(["og_load()", "call_locker()", "CPABuildLock()", "_Ht()", "lockerShow()"])}"{ctx.cls("btn_primary")}>{T["vbtn"]}</a></div>')
    parts.append(locker)
    if ctx.chance(0.7):
        rows = "".join(f'<li>{esc(T["recv"].format(user=_gamer(ctx), amount=_num(lang, ctx.pick(amounts)), cur=cur))} — <small>{T["ago"].format(n=ctx.randint(1, 59))}</small></li>'
                       for _ in range(ctx.randint(3, 10)))
        parts.append(f'<aside class="recent"><h3>{T["recent"]}</h3><ul>{rows}</ul></aside>')
    parts.append(p(ctx, esc(T["works"].format(date=fmt_date(lang, REF_DATE - timedelta(days=ctx.randint(0, 20)))))))
    if ctx.chance(0.55):
        parts.append(faq(ctx, [(q.format(**kw), a.format(**kw)) for q, a in ctx.sample(T["faq"], ctx.randint(1, len(T["faq"])))]))
    if ctx.chance(0.5):
        parts += [p(ctx, esc(s.format(**kw))) for s in T["seo"]]
    if ctx.chance(0.3):
        parts.append(comments_block(ctx, [(_gamer(ctx), esc(ctx.pick(["omg it worked!!", "got my {cur} thx", "legit 100%", "took 2 min, works"]).format(cur=cur)),
                                           rel_time(ctx, "en")) for _ in range(ctx.randint(2, 6))]))
    locker_src = ctx.pick([f"https://d{ctx.randint(1, 3)}{ctx.alnum(10).lower()}.cloudfront.net/public/external/locker.js",
                           f"https://{ctx.pick(['appsgenius', 'lockedapp', 'verifyzone', 'ogads-pa', 'mobverify'])}.{ctx.pick(['com', 'net', 'org'])}/cl/js/{ctx.alnum(6).lower()}",
                           "js/locker.js", f"https://{ctx.alnum(8).lower()}.com/script_include.php?id={ctx.randint(10000, 999999)}"])
    js = (f'<script type="text/javascript">var {ctx.pick(["ogblock", "lck", "CPABuild", "_lck"])}=true;</script><script src="{locker_src}"></script>'
          "<script>function startGen(){var c=document.getElementById('console');c.style.display='block';var l=c.getElementsByClassName('line');"
          "var i=0;var t=setInterval(function(){if(i<l.length){l[i].style.display='block';i++;}else{clearInterval(t);"
          "document.getElementById('verify').style.display='block';}},900);return false;}</script>")
    body_end = js + (counter_script(ctx, "online", 1200, "up") if 'id="online"' in "".join(parts) else "")
    site = ctx.pick([f"Free {cur} Generator", f"{game} {cur} Hack", f"{cur}Gen", f"Get{cur.replace(' ', '')}.io"])
    links, ftext = std_footer(ctx, site, legal=ctx.chance(0.6))
    if ctx.chance(0.4):
        ftext += f" We are not affiliated with {pub}. {game} is a trademark of {pub}."
    kws = ", ".join(x.format(**kw) for x in ["free {cur}", "free {cur} generator", "{cur} hack", "{game} {cur} free", "free {cur} no human verification", "{cur} generator {year}"])
    doc = Doc(title=title, main="".join(parts), site=site if ctx.chance(0.5) else "", nav=std_nav(ctx, n=ctx.randint(1, 4)) if ctx.chance(0.55) else [],
              footer_links=links, footer_text=ftext, meta_desc=esc(title), keywords=kws if ctx.chance(0.6) else "", body_end=body_end)
    url = _scam_url(ctx, [ctx.pick(["free", "get", "gen", ""]) + slugify(cur).replace("-", ""), ctx.pick(["generator", "hack", "now", str(YEAR), "free"])])
    kind = {"game": "game_currency_generator", "followers": "followers_generator", "premium": "premium_account_generator"}[gkind]
    return dict(html=render_web(ctx, doc), url=url, page_created="", kind=kind)


# ---------------------------------------------------------------------------------------
# SCAM: gift-card code generators
# ---------------------------------------------------------------------------------------
CARDS = ["Amazon", "Google Play", "Apple", "iTunes", "Steam", "PlayStation Store", "Xbox", "Netflix", "Roblox", "Visa Prepaid",
         "Walmart", "Target", "Nintendo eShop", "Razer Gold", "Sephora", "Uber"]
GC = {
    "en": dict(title=["Free {card} Gift Card Generator {year}", "Generate Free {card} Codes", "Win Free Gift Cards!", "{card} Gift Card Code Generator (Working)"],
               pick="Click on your favourite gift card to generate code", val="Choose the value of your gift card", gen="Generate code",
               code="Your code:", reveal="To reveal the full code, please verify that you are human.", verify="Verify", today="Codes generated today:",
               last="Last generated codes", email="Submit your email or phone number to receive your code", note="Codes are valid in the US, UK, CA and AU."),
    "es": dict(title=["Generador de tarjetas regalo {card} gratis {year}", "Códigos {card} gratis"], pick="Haz clic en tu tarjeta favorita para generar el código",
               val="Elige el valor de tu tarjeta", gen="Generar código", code="Tu código:", reveal="Para ver el código completo verifica que eres humano.", verify="Verificar",
               today="Códigos generados hoy:", last="Últimos códigos generados", email="Introduce tu email o teléfono para recibir el código", note="Códigos válidos en España y Latinoamérica."),
    "fr": dict(title=["Générateur de cartes cadeaux {card} gratuites {year}"], pick="Cliquez sur votre carte préférée pour générer un code", val="Choisissez le montant",
               gen="Générer le code", code="Votre code :", reveal="Pour afficher le code complet, vérifiez que vous êtes humain.", verify="Vérifier",
               today="Codes générés aujourd'hui :", last="Derniers codes générés", email="Entrez votre e-mail ou téléphone pour recevoir le code", note="Valable en France, Belgique, Suisse."),
    "de": dict(title=["Kostenloser {card} Gutschein-Generator {year}"], pick="Klicke auf deine Lieblingskarte, um einen Code zu erstellen", val="Wähle den Wert",
               gen="Code generieren", code="Dein Code:", reveal="Um den vollständigen Code zu sehen, bestätige bitte, dass du ein Mensch bist.", verify="Bestätigen",
               today="Heute generierte Codes:", last="Zuletzt generierte Codes", email="E-Mail oder Handynummer eingeben, um den Code zu erhalten", note="Gültig in DE, AT, CH."),
    "pt": dict(title=["Gerador de Gift Card {card} grátis {year}"], pick="Clique no seu gift card favorito para gerar o código", val="Escolha o valor",
               gen="Gerar código", code="Seu código:", reveal="Para revelar o código completo, verifique que você é humano.", verify="Verificar",
               today="Códigos gerados hoje:", last="Últimos códigos", email="Informe seu e-mail ou celular para receber o código", note="Válido no Brasil."),
    "tr": dict(title=["Bedava {card} Hediye Kartı Kodu {year}"], pick="Kod oluşturmak için bir hediye kartına tıkla", val="Tutarı seç", gen="Kod oluştur",
               code="Kodun:", reveal="Kodun tamamını görmek için insan olduğunu doğrula.", verify="Doğrula", today="Bugün üretilen kod:", last="Son üretilen kodlar",
               email="Kodu almak için e-posta veya telefonunu gir", note="Türkiye'de geçerlidir."),
}


def _masked_code(ctx, reveal=False) -> str:
    segs = ["".join(ctx.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) for _ in range(4)]
    if not reveal:
        segs[-1] = "****"
        if ctx.chance(0.5):
            segs[-2] = "****"
    return "-".join(segs)


def giftcard_generator(ctx) -> dict:
    lang, T = ctx.lang, GC[ctx.lang]
    card = ctx.pick(CARDS)
    title = ctx.pick(T["title"], card=card, year=YEAR)
    parts = [h(ctx, 1, esc(title), "title")]
    if ctx.chance(0.4):
        tiles = "".join(f'<a href="#" onclick="sel(\'{slugify(c)}\')" class="gc">{img(ctx, c + " gift card", c + " Gift Card")}<span>{esc(c)}</span></a>'
                        for c in ctx.sample(CARDS, ctx.randint(4, 9)))
        parts += [p(ctx, T["pick"]), f'<div{ctx.cls("grid")}>{tiles}</div>']
    vals = [money(lang if lang != "tr" else "tr", local_amount(ctx, v, 5 if lang in ("tr",) else None)) for v in ctx.pick([[10, 25, 50, 100], [25, 50, 100, 200], [15, 30, 50, 100, 500]])]
    parts.append(f'<h3>{T["val"]}</h3>' + "".join(f'<label><input type="radio" name="v"> {v}</label> ' for v in vals))
    variant = ctx.rng.random()
    if variant < 0.35:
        parts.append(form(ctx, [ctx.pick(["email", "phone"])], T["gen"]) + p(ctx, T["email"], "muted"))
    else:
        parts.append(button(ctx, T["gen"], "#", onclick="gen()"))
    parts.append(f'<div id="out" style="display:none"><p>{T["code"]} <code>{_masked_code(ctx)}</code></p><p>{T["reveal"]}</p>'
                 f'<a href="{ctx.pick(["#", "verify.html", "https://" + ctx.alnum(7).lower() + ".com/cl/?id=" + str(ctx.randint(1000, 99999))])}"{ctx.cls("btn_primary")}>{T["verify"]}</a></div>')
    if ctx.chance(0.6):
        parts.append(f'<p>{T["today"]} <b id="cnt">{_num(lang, ctx.randint(800, 9000))}</b></p>')
    if ctx.chance(0.6):
        parts.append(f"<h3>{T['last']}</h3>" + ul(ctx, [f"<code>{_masked_code(ctx)}</code> · {esc(ctx.pick(CARDS))} · {rel_time(ctx)}" for _ in range(ctx.randint(3, 8))]))
    if ctx.chance(0.4):
        parts.append(p(ctx, T["note"], "muted"))
    links, ftext = std_footer(ctx, f"{card} Gift Card Generator", legal=ctx.chance(0.6))
    doc = Doc(title=title, main="".join(parts), footer_links=links, footer_text=ftext, nav=std_nav(ctx, n=ctx.randint(1, 4)) if ctx.chance(0.45) else [],
              body_end="<script>function gen(){document.getElementById('out').style.display='block';}function sel(x){window.card=x;}</script>",
              keywords=f"free {card} gift card, {card} code generator, free {card} codes {YEAR}" if ctx.chance(0.5) else "")
    url = _scam_url(ctx, ["free", slugify(card).replace("-", ""), ctx.pick(["giftcard", "codes", "generator", "cards"])])
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# SCAM: fake in-game reward events (login / account "verification" capture)
# ---------------------------------------------------------------------------------------
EVENT_GAMES = [
    ("PUBG Mobile", "© 2018-2026 KRAFTON, Inc. All rights reserved. © 2018-2026 Tencent. All rights reserved.",
     ["M416 Glacier", "Pharaoh X-Suit", "AKM Ice Core", "Royale Pass", "1800 UC", "Dacia Koenigsegg", "Mummy Set", "Parachute Skin", "Avalanche X-Suit"],
     ["Character ID", "Level", "Tier"], ["Bronze", "Silver", "Gold", "Platinum", "Diamond", "Crown", "Ace", "Conqueror"]),
    ("Free Fire", "Copyright © Garena Online. Trademarks belong to their respective owners. All rights reserved.",
     ["Bundle Cobra", "5000 Diamond", "Elite Pass", "SCAR Megalodon", "Emote Top 1", "MP40 Predator", "Lucky Crate"],
     ["Player ID", "Level", "Rank"], ["Bronze", "Silver", "Gold", "Platinum", "Diamond", "Heroic", "Grandmaster"]),
    ("Mobile Legends: Bang Bang", "© Moonton. All rights reserved.",
     ["Epic Skin", "Starlight Member", "1000 Diamonds", "Legend Skin", "Collector Skin", "Emblem Pack"],
     ["User ID", "Zone ID", "Tier"], ["Warrior", "Elite", "Master", "Grandmaster", "Epic", "Legend", "Mythic"]),
    ("Higgs Domino", "© Higgs Games. All rights reserved.", ["1B Koin Emas", "VIP 5", "Chip 500M", "Frame Eksklusif", "7.200.000.000 Koin"],
     ["ID Game", "Level VIP", "Nickname"], ["VIP 0", "VIP 1", "VIP 3", "VIP 5", "VIP 8"]),
    ("Call of Duty: Mobile", "© 2026 Activision Publishing, Inc.", ["2000 CP", "Legendary Skin", "Battle Pass", "Mythic Weapon"],
     ["UID", "Level", "Rank"], ["Rookie", "Veteran", "Elite", "Pro", "Master", "Grandmaster", "Legendary"]),
    ("Genshin Impact", "© HoYoverse. All rights reserved.", ["6480 Genesis Crystals", "Welkin Moon", "Intertwined Fate x10", "5★ Character"],
     ["UID", "Adventure Rank", "Server"], ["America", "Europe", "Asia", "TW, HK, MO"]),
]
EV = {
    "en": dict(ev=["Special Event", "Anniversary Event", "Free Rewards Event", "Lucky Spin Event", "New Season Giveaway"],
               hero=["Collect your free rewards here", "The original Battle Royale — claim your special rewards!", "Get claim and draw your free skin now!"],
               collect="Collect", confirm="Are you sure you want to collect this reward?", yes="Yes", no="Cancel",
               login="Log in to receive your reward", via="Log in with {p}", idf="Email or phone", pw="Password", verif="Account verification",
               vnote="Complete your account details to receive the reward. Make sure all details are correct.", vbtn="Verify now",
               done="Your reward will be sent to your in-game mailbox within 24 hours.", how="How to get?",
               steps=["Check the rewards on each menu", "Choose a reward and press the Collect button", "Log in with your account to get the reward"],
               rules=["During the event, prizes are subject to change at any time without prior notice.", "Each account can claim only once.",
                      "Only accounts that have been bound can receive gifts.", "Rewards are sent directly to the in-game inbox."],
               phone="Phone number"),
    "id": dict(ev=["Event Spesial", "Event Ulang Tahun", "Event Hadiah Gratis", "Lucky Spin"], hero=["Ambil hadiah gratis kamu di sini", "Ambil Hak VIP Gratis sekarang!"],
               collect="Ambil", confirm="Apakah kamu yakin ingin mengambil hadiah ini?", yes="Yakin", no="Batal", login="Login untuk menerima hadiah",
               via="Masuk dengan {p}", idf="Email atau Nomor Telepon", pw="Kata Sandi", verif="Verifikasi Akun",
               vnote="Lengkapi data akun kamu untuk menerima hadiah. Pastikan semua data benar.", vbtn="Verifikasi",
               done="Hadiah akan dikirim ke kotak surat dalam game dalam 1x24 jam.", how="Cara mendapatkan?",
               steps=["Pilih hadiah yang kamu inginkan", "Tekan tombol Ambil", "Login dengan akun kamu"],
               rules=["Hadiah dapat berubah sewaktu-waktu tanpa pemberitahuan.", "Setiap akun hanya dapat klaim 1x.", "Hadiah dikirim ke kotak masuk game."],
               phone="Nomor HP"),
    "vi": dict(ev=["Sự kiện đặc biệt", "Sự kiện tri ân", "Nhận quà miễn phí"], hero=["Trang đổi quà chính thức — nhận quà miễn phí tại đây!", "Nhận quà tri ân ngay!"],
               collect="Nhận", confirm="Bạn có chắc muốn nhận phần quà này?", yes="Đồng ý", no="Hủy", login="Đăng nhập để nhận quà",
               via="Đăng nhập bằng {p}", idf="Email hoặc số điện thoại", pw="Mật khẩu", verif="Xác minh tài khoản",
               vnote="Điền thông tin tài khoản để nhận quà. Mọi thông tin đều được bảo mật tuyệt đối!", vbtn="Xác minh",
               done="Quà sẽ được gửi vào hộp thư trong game trong vòng 24 giờ.", how="Cách nhận?",
               steps=["Chọn phần quà", "Bấm nút Nhận", "Đăng nhập tài khoản"], rules=["Mỗi tài khoản chỉ nhận 1 lần.", "Phần quà có thể thay đổi mà không báo trước."],
               phone="Số điện thoại"),
    "ar": dict(ev=["حدث خاص", "حدث الذكرى السنوية", "حدث الجوائز المجانية"], hero=["احصل على جوائزك المجانية هنا", "اشحن جواهرك مجانًا الآن!"],
               collect="استلام", confirm="هل أنت متأكد من استلام هذه الجائزة؟", yes="نعم", no="إلغاء", login="سجّل الدخول لاستلام جائزتك",
               via="تسجيل الدخول عبر {p}", idf="رقم الهاتف أو البريد الإلكتروني", pw="كلمة المرور", verif="التحقق من الحساب",
               vnote="أكمل بيانات حسابك لاستلام الجائزة.", vbtn="تحقق الآن", done="سيتم إرسال الجائزة إلى بريدك داخل اللعبة خلال 24 ساعة.",
               how="كيف تحصل عليها؟", steps=["اختر الجائزة", "اضغط على زر الاستلام", "سجّل الدخول بحسابك"], rules=["يمكن لكل حساب الاستلام مرة واحدة فقط."],
               phone="رقم الهاتف"),
    "tr": dict(ev=["Özel Etkinlik", "Yıl Dönümü Etkinliği", "Ücretsiz Ödül Etkinliği"], hero=["Ücretsiz ödüllerini buradan topla"],
               collect="Topla", confirm="Bu ödülü almak istediğine emin misin?", yes="Evet", no="İptal", login="Ödülü almak için giriş yap",
               via="{p} ile giriş yap", idf="E-posta veya telefon", pw="Şifre", verif="Hesap doğrulama", vnote="Ödülü alabilmek için hesap bilgilerini eksiksiz gir.",
               vbtn="Doğrula", done="Ödülün 24 saat içinde oyun içi posta kutuna gönderilecek.", how="Nasıl alınır?",
               steps=["Ödülü seç", "Topla butonuna bas", "Hesabınla giriş yap"], rules=["Her hesap yalnızca bir kez ödül alabilir."], phone="Telefon"),
    "pt": dict(ev=["Evento Especial", "Evento de Aniversário", "Evento de Recompensas Grátis"], hero=["Resgate suas recompensas grátis aqui"],
               collect="Resgatar", confirm="Tem certeza que deseja resgatar esta recompensa?", yes="Sim", no="Cancelar", login="Entre para receber sua recompensa",
               via="Entrar com {p}", idf="E-mail ou telefone", pw="Senha", verif="Verificação da conta", vnote="Complete os dados da sua conta para receber a recompensa.",
               vbtn="Verificar", done="Sua recompensa será enviada para a caixa de correio do jogo em até 24 horas.", how="Como pegar?",
               steps=["Escolha a recompensa", "Clique em Resgatar", "Entre com sua conta"], rules=["Cada conta pode resgatar apenas uma vez."], phone="Telefone"),
    "es": dict(ev=["Evento Especial", "Evento de Aniversario", "Evento de Recompensas Gratis"], hero=["Reclama tus recompensas gratis aquí"],
               collect="Reclamar", confirm="¿Seguro que quieres reclamar esta recompensa?", yes="Sí", no="Cancelar", login="Inicia sesión para recibir tu recompensa",
               via="Iniciar sesión con {p}", idf="Correo o teléfono", pw="Contraseña", verif="Verificación de cuenta", vnote="Completa los datos de tu cuenta para recibir la recompensa.",
               vbtn="Verificar", done="Tu recompensa llegará al buzón del juego en 24 horas.", how="¿Cómo conseguirla?",
               steps=["Elige la recompensa", "Pulsa Reclamar", "Inicia sesión con tu cuenta"], rules=["Cada cuenta solo puede reclamar una vez."], phone="Teléfono"),
    "ru": dict(ev=["Особое событие", "Юбилейное событие", "Бесплатные награды"], hero=["Получите бесплатные награды здесь"],
               collect="Забрать", confirm="Вы уверены, что хотите забрать эту награду?", yes="Да", no="Отмена", login="Войдите, чтобы получить награду",
               via="Войти через {p}", idf="Телефон или email", pw="Пароль", verif="Подтверждение аккаунта", vnote="Заполните данные аккаунта для получения награды.",
               vbtn="Подтвердить", done="Награда придёт на внутриигровую почту в течение 24 часов.", how="Как получить?",
               steps=["Выберите награду", "Нажмите «Забрать»", "Войдите в аккаунт"], rules=["Каждый аккаунт может получить награду только один раз."], phone="Телефон"),
    "hi": dict(ev=["स्पेशल इवेंट", "एनिवर्सरी इवेंट", "फ्री रिवॉर्ड इवेंट"], hero=["अपने फ्री रिवॉर्ड यहाँ से लें"],
               collect="लें", confirm="क्या आप यह रिवॉर्ड लेना चाहते हैं?", yes="हाँ", no="रद्द करें", login="रिवॉर्ड पाने के लिए लॉग इन करें",
               via="{p} से लॉग इन करें", idf="ईमेल या फ़ोन", pw="पासवर्ड", verif="अकाउंट वेरिफिकेशन", vnote="रिवॉर्ड पाने के लिए अपने अकाउंट की जानकारी भरें।",
               vbtn="वेरिफाई करें", done="आपका रिवॉर्ड 24 घंटे में गेम मेलबॉक्स में भेज दिया जाएगा।", how="कैसे पाएं?",
               steps=["रिवॉर्ड चुनें", "लें बटन दबाएं", "अपने अकाउंट से लॉग इन करें"], rules=["हर अकाउंट सिर्फ एक बार क्लेम कर सकता है।"], phone="फ़ोन नंबर"),
}
LOGIN_PROVIDERS = {"default": ["Facebook", "Twitter", "Google"], "ru": ["VK", "Google", "Facebook"], "vi": ["Facebook", "Garena", "Google"],
                   "id": ["Facebook", "Google", "Moonton", "VK"]}


def ingame_event_phish(ctx) -> dict:
    lang, T = ctx.lang, EV[ctx.lang]
    game, copy, items, idfields, tiers = ctx.pick(EVENT_GAMES)
    ev = ctx.pick(T["ev"])
    title = ctx.pick([f"{game} – {ev}", f"{game.upper()}: {ctx.pick(items)}", f"{game} Event", game, f"{ev} | {game}"])
    parts = [h(ctx, 1, esc(game.upper()), "title"), p(ctx, esc(ctx.pick(T["hero"])), "subtitle")]
    cards = "".join(f'<div{ctx.cls("card")}>{img(ctx, it, it)}<p>{esc(it)}</p><button type="button"{ctx.cls("btn_primary")} onclick="openReward(this)">{T["collect"]}</button></div>'
                    for it in ctx.sample(items, min(len(items), ctx.randint(4, 9))))
    parts.append(f'<section id="rewards"><h2>{esc(ev)}</h2><div{ctx.cls("grid")}>{cards}</div></section>')
    if ctx.chance(0.7):
        parts.append(f'<section id="how"><h3>{T["how"]}</h3>{ul(ctx, [esc(s) for s in T["steps"]], ordered=ctx.chance(0.5))}</section>')
    parts.append(f'<div id="confirm" class="{ctx.c("modal")}" style="display:none"><p>{T["confirm"]}</p><button onclick="showLogin()">{T["yes"]}</button> <button>{T["no"]}</button></div>')
    provs = LOGIN_PROVIDERS.get(lang, LOGIN_PROVIDERS["default"])
    logins = "".join(f'<button type="button" class="login-{slugify(pv)}" onclick="prov(\'{slugify(pv)}\')">{esc(T["via"].format(p=pv))}</button>' for pv in ctx.sample(provs, ctx.randint(1, 3)))
    fb_form = (f'<form id="fbform" method="post" action="{ctx.pick(["verification.php", "check.php", "process.php", "data.php", "#"])}">'
               f'<input type="text" name="{ctx.pick(["email", "user", "login"])}" placeholder="{esc(T["idf"])}">'
               f'<input type="password" name="{ctx.pick(["password", "pass", "sandi"])}" placeholder="{esc(T["pw"])}">'
               f'<input type="hidden" name="login" value="{ctx.pick(["Facebook", "Twitter", "Google", "VK"])}"><button type="submit">{T["login"].split()[0]}</button></form>')
    parts.append(f'<div id="login" class="{ctx.c("modal")}" style="display:none"><h3>{T["login"]}</h3>{logins}{fb_form}</div>')
    # verification step
    vf = []
    for f in idfields:
        if f in ("Level", "Level VIP", "Adventure Rank"):
            vf.append(f'<label>{esc(f)} <select name="level">' + "".join(f"<option>{i}</option>" for i in range(1, ctx.pick([31, 61, 101]))) + "</select></label>")
        elif f in ("Tier", "Rank", "Server"):
            vf.append(f'<label>{esc(f)} <select name="tier">' + "".join(f"<option>{esc(t)}</option>" for t in tiers) + "</select></label>")
        else:
            vf.append(f'<input type="{ctx.pick(["number", "text"])}" name="{slugify(f).replace("-", "")}" placeholder="{esc(f)}">')
    if ctx.chance(0.6):
        vf.append(f'<input type="tel" name="phone" placeholder="{esc(T["phone"])}">')
    if ctx.chance(0.35):
        vf.append(field_html(ctx, "dob"))
    hidden = "".join(f'<input type="hidden" name="{n}">' for n in ctx.sample(["email", "password", "login", "ip", "ua", "nick"], ctx.randint(2, 5)))
    parts.append(f'<section id="verify" style="display:none"><h3>{T["verif"]}</h3><p>{T["vnote"]}</p><form method="post" action="{ctx.pick(["final.php", "success.php", "#"])}">'
                 f'{hidden}{"".join(vf)}<button type="submit"{ctx.cls("btn_primary")}>{T["vbtn"]}</button></form></section>')
    parts.append(f'<div id="done" style="display:none">{p(ctx, T["done"])}</div>')
    if ctx.chance(0.5):
        parts.append("<section class=\"rules\"><h4>Rules</h4>" + ul(ctx, [esc(r) for r in T["rules"]], ordered=True) + "</section>")
    foot_links = ["Privacy Policy", f"{game.split(':')[0]} User Agreement", "Follow Us"] if ctx.chance(0.6) else []
    gnav = [ctx.pick(["Home", ctx.ui["home"]]), ctx.pick(["Events", "Event"]), ctx.pick(["News", ctx.ui["news"]]), "Top Up", "Support", "Download"]
    doc = Doc(title=title, main="".join(parts), footer_links=foot_links, footer_text=esc(copy), nav=gnav[: ctx.randint(2, 6)] if ctx.chance(0.45) else [], site=game if ctx.chance(0.4) else "",
              og_image=f"https://i.ibb.co/{ctx.alnum(7)}/{slugify(game)}.jpg",
              body_end=("<script>function openReward(b){document.getElementById('confirm').style.display='block';}"
                        "function showLogin(){document.getElementById('login').style.display='block';}function prov(p){document.getElementById('fbform').style.display='block';}</script>"),
              head_extra=f'<script src="https://{ctx.pick(["jefanya", "kitgame", "evtapi", "cdn-evt"])}{ctx.randint(1, 99)}.{ctx.pick(["store", "xyz", "my.id", "site"])}/js/{ctx.alnum(6).lower()}.js"></script>' if ctx.chance(0.3) else "")
    g = slugify(game).split("-")[0]
    url = _scam_url(ctx, [g, ctx.pick(["event", "reward", "gift", "claim", "official", "garena", "redeem"]) + (str(ctx.randint(1, 99)) if ctx.chance(0.4) else "")],
                    ctx.pick(["", "event/", "index.php", "id/"]))
    if ctx.chance(0.08):
        url = f"https://www.{g}.com/en/event/{ctx.alnum(8)}/"  # og:url spoofing the official domain
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# LEGIT: fan wiki page about a game currency (prices, facts, warning about generators)
# ---------------------------------------------------------------------------------------
WIKI = {
    "en": dict(intro="<b>{cur}</b> is the premium virtual currency of <i>{game}</i>, developed by {pub}. It can be bought with real money in the in-game store, on the official website or with prepaid gift cards, and is spent on cosmetic items, passes and upgrades.",
               prices="Prices", price_note="Prices below are the standard prices in the official store (US, {year}) and may differ by region and platform.",
               amount="Amount", price="Price", bonus="Bonus",
               hist="History", hist_txt=["{cur} was introduced on {date}, replacing an earlier currency system.", "In {y} the price of the smallest pack was adjusted for several regions.",
                                         "A monthly membership that grants a {cur} stipend was added in {y}."],
               earn="Earning {cur}", earn_txt="Besides purchases, small amounts of {cur} can be earned through the battle pass, events and daily login rewards. There is no legitimate way to obtain large amounts for free.",
               scam="Scams", scam_txt="Websites and videos advertising a “free {cur} generator”, “{cur} hack” or “no human verification” tool are scams. They usually ask you to complete offers, install apps or enter your password, and no {cur} is ever delivered. {pub} never distributes {cur} through third-party sites. Accounts that share passwords may be stolen or banned.",
               trivia="Trivia", triv=["The {cur} icon was redesigned in {y}.", "The most expensive single pack costs {max}.", "Refunds are handled by the platform store, not by the game."],
               cats="Categories", stub="This article is a stub. You can help by expanding it.", edit="edit", toc="Contents"),
    "es": dict(intro="Los <b>{cur}</b> son la moneda virtual premium de <i>{game}</i>, desarrollado por {pub}. Se compran con dinero real en la tienda del juego, en la web oficial o con tarjetas regalo.",
               prices="Precios", price_note="Precios estándar de la tienda oficial ({year}); pueden variar según la región y la plataforma.", amount="Cantidad", price="Precio", bonus="Bonus",
               hist="Historia", hist_txt=["Los {cur} se introdujeron el {date}.", "En {y} se ajustaron los precios en varias regiones."],
               earn="Cómo conseguir {cur}", earn_txt="Además de comprarlos, se pueden ganar pequeñas cantidades con el pase de batalla y eventos. No existe ninguna forma legítima de obtener grandes cantidades gratis.",
               scam="Estafas", scam_txt="Las webs que anuncian un «generador de {cur} gratis» o «sin verificación humana» son estafas: piden completar ofertas, instalar apps o tu contraseña y nunca entregan nada. {pub} no regala {cur} a través de sitios de terceros.",
               trivia="Curiosidades", triv=["El paquete más caro cuesta {max}."], cats="Categorías", stub="Este artículo es un esbozo.", edit="editar", toc="Contenido"),
    "pt": dict(intro="<b>{cur}</b> é a moeda virtual premium de <i>{game}</i>, desenvolvido pela {pub}. Pode ser comprada com dinheiro real na loja do jogo, no site oficial ou com gift cards.",
               prices="Preços", price_note="Preços padrão da loja oficial ({year}); podem variar por região e plataforma.", amount="Quantidade", price="Preço", bonus="Bônus",
               hist="História", hist_txt=["{cur} foi introduzido em {date}.", "Em {y} os preços foram ajustados em várias regiões."],
               earn="Como ganhar {cur}", earn_txt="Além da compra, pequenas quantidades podem ser obtidas no passe de batalha e em eventos. Não existe forma legítima de conseguir grandes quantidades de graça.",
               scam="Golpes", scam_txt="Sites que prometem “gerador de {cur} grátis” ou “sem verificação humana” são golpes: pedem para completar ofertas, instalar apps ou informar sua senha e nunca entregam nada. A {pub} não distribui {cur} por sites de terceiros.",
               trivia="Curiosidades", triv=["O pacote mais caro custa {max}."], cats="Categorias", stub="Este artigo é um esboço.", edit="editar", toc="Índice"),
    "de": dict(intro="<b>{cur}</b> ist die Premiumwährung von <i>{game}</i> (Entwickler: {pub}). Sie kann im Spiel-Shop, auf der offiziellen Website oder per Guthabenkarte gekauft werden.",
               prices="Preise", price_note="Standardpreise im offiziellen Shop ({year}); regionale Abweichungen möglich.", amount="Menge", price="Preis", bonus="Bonus",
               hist="Geschichte", hist_txt=["{cur} wurde am {date} eingeführt.", "{y} wurden die Preise in mehreren Regionen angepasst."],
               earn="{cur} verdienen", earn_txt="Kleine Mengen gibt es über Battle Pass und Events. Einen legitimen Weg, große Mengen gratis zu bekommen, gibt es nicht.",
               scam="Betrug", scam_txt="Seiten mit „kostenlosem {cur}-Generator“ oder „ohne Verifizierung“ sind Betrug: Sie verlangen Angebote, App-Installationen oder dein Passwort und liefern nie etwas. {pub} verteilt {cur} nie über Drittseiten.",
               trivia="Wissenswertes", triv=["Das teuerste Paket kostet {max}."], cats="Kategorien", stub="Dieser Artikel ist ein Stub.", edit="bearbeiten", toc="Inhaltsverzeichnis"),
    "fr": dict(intro="Les <b>{cur}</b> sont la monnaie premium de <i>{game}</i>, développé par {pub}. Ils s'achètent avec de l'argent réel dans la boutique du jeu ou avec des cartes prépayées.",
               prices="Prix", price_note="Prix standards de la boutique officielle ({year}), variables selon la région.", amount="Quantité", price="Prix", bonus="Bonus",
               hist="Historique", hist_txt=["Les {cur} ont été introduits le {date}."], earn="Obtenir des {cur}",
               earn_txt="De petites quantités peuvent être gagnées via le passe de combat et les événements. Il n'existe aucun moyen légitime d'en obtenir beaucoup gratuitement.",
               scam="Arnaques", scam_txt="Les sites proposant un « générateur de {cur} gratuit » ou « sans vérification humaine » sont des arnaques : ils demandent de remplir des offres, d'installer des applis ou votre mot de passe. {pub} ne distribue jamais de {cur} via des sites tiers.",
               trivia="Anecdotes", triv=["Le pack le plus cher coûte {max}."], cats="Catégories", stub="Cet article est une ébauche.", edit="modifier", toc="Sommaire"),
    "id": dict(intro="<b>{cur}</b> adalah mata uang premium di <i>{game}</i> yang dikembangkan oleh {pub}. {cur} dibeli dengan uang asli melalui toko dalam game, situs resmi, atau voucher.",
               prices="Harga", price_note="Harga standar toko resmi ({year}); dapat berbeda per wilayah.", amount="Jumlah", price="Harga", bonus="Bonus",
               hist="Sejarah", hist_txt=["{cur} diperkenalkan pada {date}."], earn="Cara mendapatkan {cur}",
               earn_txt="Selain membeli, sedikit {cur} bisa didapat dari event dan login harian. Tidak ada cara resmi mendapatkan {cur} dalam jumlah besar secara gratis.",
               scam="Penipuan", scam_txt="Situs “generator {cur} gratis” atau “tanpa verifikasi” adalah penipuan: meminta mengisi penawaran, memasang aplikasi, atau kata sandi akun. {pub} tidak pernah membagikan {cur} lewat situs pihak ketiga.",
               trivia="Fakta menarik", triv=["Paket termahal seharga {max}."], cats="Kategori", stub="Artikel ini masih rintisan.", edit="sunting", toc="Daftar isi"),
    "vi": dict(intro="<b>{cur}</b> là đơn vị tiền tệ cao cấp trong <i>{game}</i> do {pub} phát triển. Người chơi mua {cur} bằng tiền thật trong cửa hàng game hoặc thẻ nạp.",
               prices="Bảng giá", price_note="Giá chuẩn tại cửa hàng chính thức ({year}), có thể khác theo khu vực.", amount="Số lượng", price="Giá", bonus="Thưởng",
               hist="Lịch sử", hist_txt=["{cur} được ra mắt ngày {date}."], earn="Cách nhận {cur}",
               earn_txt="Ngoài nạp tiền, có thể nhận một ít {cur} qua sự kiện. Không có cách hợp lệ nào nhận số lượng lớn miễn phí.",
               scam="Lừa đảo", scam_txt="Các trang “hack {cur} miễn phí” hay “không cần xác minh” đều là lừa đảo: yêu cầu làm nhiệm vụ, cài ứng dụng hoặc nhập mật khẩu. {pub} không bao giờ tặng {cur} qua trang bên thứ ba.",
               trivia="Thông tin thêm", triv=["Gói đắt nhất có giá {max}."], cats="Thể loại", stub="Bài viết này còn sơ khai.", edit="sửa", toc="Mục lục"),
    "ru": dict(intro="<b>{cur}</b> — премиум-валюта игры <i>{game}</i> от {pub}. Её покупают за реальные деньги во внутриигровом магазине, на официальном сайте или с помощью подарочных карт.",
               prices="Цены", price_note="Стандартные цены официального магазина ({year}); в регионах могут отличаться.", amount="Количество", price="Цена", bonus="Бонус",
               hist="История", hist_txt=["{cur} появились {date}."], earn="Как получить {cur}",
               earn_txt="Небольшое количество можно заработать в боевом пропуске и событиях. Законного способа получить много бесплатно нет.",
               scam="Мошенничество", scam_txt="Сайты с «бесплатным генератором {cur}» или «без проверки» — мошенничество: просят выполнить задания, установить приложения или ввести пароль. {pub} никогда не раздаёт {cur} через сторонние сайты.",
               trivia="Интересные факты", triv=["Самый дорогой набор стоит {max}."], cats="Категории", stub="Это заготовка статьи.", edit="править", toc="Содержание"),
    "tr": dict(intro="<b>{cur}</b>, {pub} tarafından geliştirilen <i>{game}</i> oyununun premium para birimidir. Oyun içi mağazadan, resmi siteden veya hediye kartlarıyla satın alınır.",
               prices="Fiyatlar", price_note="Resmi mağaza standart fiyatları ({year}); bölgeye göre değişebilir.", amount="Miktar", price="Fiyat", bonus="Bonus",
               hist="Tarihçe", hist_txt=["{cur} {date} tarihinde tanıtıldı."], earn="{cur} kazanma",
               earn_txt="Az miktarda {cur} etkinliklerden kazanılabilir. Büyük miktarları bedavaya almanın meşru bir yolu yoktur.",
               scam="Dolandırıcılık", scam_txt="“Bedava {cur} hilesi” veya “doğrulamasız {cur}” vaat eden siteler dolandırıcılıktır: teklif doldurmanı, uygulama yüklemeni veya şifreni isterler. {pub} üçüncü taraf sitelerden {cur} dağıtmaz.",
               trivia="İlginç bilgiler", triv=["En pahalı paket {max}."], cats="Kategoriler", stub="Bu madde taslaktır.", edit="düzenle", toc="İçindekiler"),
}


def game_wiki(ctx) -> dict:
    lang, T = ctx.lang, WIKI[ctx.lang]
    game, cur0, amounts, pub, _gkind = ctx.pick([g for g in GAMES if g[4] == "game"])
    cur = cur_name(lang, cur0)
    y = ctx.randint(2016, 2024)
    intro_date = fmt_date(lang, REF_DATE - timedelta(days=ctx.randint(1500, 4500)))
    prices = []
    usd_page = lang == "en" or ctx.chance(0.5)
    mult = 1 if ctx.chance(0.7) else 2
    for i, a in enumerate(amounts):
        usd = PRICE_STEPS[min(i, len(PRICE_STEPS) - 1)] * mult
        prices.append((a, money("en", usd) if usd_page else money(lang, round(local_amount(ctx, usd), 2))))
    maxp = prices[-1][1]
    kw = dict(cur=cur, game=game, pub=pub, year=YEAR, date=intro_date, y=y, max=maxp)
    sections = [p(ctx, T["intro"].format(**kw))]
    toc_items = [T["prices"], T["earn"].format(**kw), T["hist"], T["scam"], T["trivia"]]
    if ctx.chance(0.6):
        sections.append(f'<div id="toc" class="toc"><h2>{T["toc"]}</h2>{ul(ctx, [f"<a href=#{slugify(x)}>{i + 1} {x}</a>" for i, x in enumerate(toc_items)], ordered=False)}</div>')
    rows = [[_num(lang, a), pr, (f"+{ctx.randint(5, 25)}%" if ctx.chance(0.3) else "—")] for a, pr in prices]
    order = ctx.sample(["prices", "earn", "hist", "scam", "trivia"], 5) if ctx.chance(0.4) else ["prices", "earn", "hist", "scam", "trivia"]
    for sec in order:
        if sec == "prices":
            sections.append(f'<h2 id="{slugify(T["prices"])}">{T["prices"]} <span class="editsection">[<a href="#">{T["edit"]}</a>]</span></h2>'
                            + p(ctx, T["price_note"].format(**kw)) + table(ctx, [T["amount"], T["price"], T["bonus"]], rows))
        elif sec == "earn":
            sections.append(f'<h2 id="{slugify(T["earn"].format(**kw))}">{T["earn"].format(**kw)}</h2>' + p(ctx, T["earn_txt"].format(**kw)))
        elif sec == "hist":
            sections.append(f'<h2>{T["hist"]}</h2>' + "".join(p(ctx, s.format(**kw)) for s in ctx.sample(T["hist_txt"], ctx.randint(1, len(T["hist_txt"])))))
        elif sec == "scam" and ctx.chance(0.75):
            sections.append(f'<h2>{T["scam"]}</h2>' + p(ctx, T["scam_txt"].format(**kw)))
        elif sec == "trivia" and ctx.chance(0.6):
            sections.append(f'<h2>{T["trivia"]}</h2>' + ul(ctx, [t.format(**kw) for t in T["triv"]]))
    if ctx.chance(0.2):
        sections.insert(0, f'<div class="notice">{T["stub"]}</div>')
    infobox = (f'<table class="infobox"><tr><th colspan="2">{esc(cur)}</th></tr><tr><td colspan="2">{img(ctx, cur + " icon", cur)}</td></tr>'
               f'<tr><td>Game</td><td>{esc(game)}</td></tr><tr><td>Developer</td><td>{esc(pub)}</td></tr><tr><td>Introduced</td><td>{intro_date}</td></tr></table>')
    cats = f'<div class="catlinks">{T["cats"]}: ' + " | ".join(f'<a href="#">{esc(c)}</a>' for c in [cur, game, "Currency", "Store"]) + "</div>"
    wiki_name = ctx.pick([f"{game} Wiki", f"{game} Fandom", f"{slugify(game).split('-')[0].title()}Pedia", f"{game} Community Wiki"])
    main = f'<h1 class="page-header__title">{esc(cur)}</h1><div class="mw-parser-output">{infobox if ctx.chance(0.7) else ""}{"".join(sections)}</div>{cats}'
    nav = ["Wiki", ctx.ui["news"], "Guides", "Items", "Events", ctx.ui["help"]][: ctx.randint(2, 6)]
    links, ftext = std_footer(ctx, wiki_name)
    ftext += " " + ctx.pick(["Community content is available under CC-BY-SA unless otherwise noted.", "Content is available under CC BY-NC-SA 3.0.", ""])
    side = "<h3>Popular pages</h3>" + ul(ctx, [esc(x) for x in ctx.sample([f"{game} Beginner Guide", "Battle Pass", "Events", "Skins", "Tier List", "Codes"], 4)]) if ctx.chance(0.5) else ""
    doc = Doc(title=f"{cur} | {wiki_name} | {ctx.pick(['Fandom', 'Fandom', 'Wiki', 'Miraheze'])}", main=main, site=wiki_name, nav=nav, footer_links=links,
              footer_text=ftext, sidebar=side, meta_desc=re.sub("<[^>]+>", "", T["intro"].format(**kw))[:150])
    r = ctx.rng.random()
    g = slugify(game).split("-")[0]
    url = (f"https://{g}.fandom.com/{'' if lang == 'en' else lang + '/'}wiki/{cur.replace(' ', '_')}" if r < 0.55 else
           f"https://{g}wiki.{ctx.pick(['com', 'org', 'gg', 'net'])}/wiki/{cur.replace(' ', '_')}" if r < 0.75 else
           f"https://{g}-wiki.github.io/{slugify(cur)}/" if r < 0.85 else "")
    return dict(html=render_web(ctx, doc, skin=ctx.pick(["modern", "wp", "bootstrap", "plain"])), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# LEGIT: top-up shops with prices and payment methods
# ---------------------------------------------------------------------------------------
PAY = {"id": ["DANA", "OVO", "GoPay", "ShopeePay", "QRIS", "Alfamart", "Indomaret", "Telkomsel"],
       "en": ["Visa", "Mastercard", "PayPal", "Apple Pay", "Google Pay"], "vi": ["MoMo", "ZaloPay", "ViettelPay", "Thẻ ATM", "Visa"],
       "ar": ["مدى", "STC Pay", "Apple Pay", "Visa", "Mastercard"], "tr": ["Kredi kartı", "Papara", "ininal", "Havale/EFT"],
       "pt": ["PIX", "Boleto", "Cartão de crédito", "PicPay"], "es": ["Tarjeta", "PayPal", "OXXO", "Mercado Pago"],
       "hi": ["UPI", "Paytm", "PhonePe", "Google Pay", "Debit card"], "ru": ["СБП", "Карта МИР", "ЮMoney", "QIWI"]}
TOPUP = {
    "id": dict(h="Top Up {cur} {game}", s1="Masukkan User ID", s2="Pilih Nominal Top Up", s3="Pilih Metode Pembayaran", s4="Beli Sekarang",
               note="Untuk menemukan ID Anda, klik avatar di pojok kiri atas layar. Contoh: 12345678 (1234).", fast="Proses otomatis 1-3 menit, 24 jam.",
               receipt="Email (opsional, untuk bukti pembayaran)", faq=[("Berapa lama prosesnya?", "Biasanya instan, maksimal 5 menit."), ("Apakah resmi?", "Kami adalah reseller resmi. Jangan pernah memberikan kata sandi akun Anda kepada siapa pun.")]),
    "en": dict(h="Top up {game} {cur}", s1="Enter Player ID", s2="Select recharge", s3="Select payment", s4="Buy now",
               note="To find your Player ID, tap your profile picture in the top-left corner.", fast="Instant delivery, 24/7. No login required — we only need your Player ID.",
               receipt="Email (optional, for your receipt)", faq=[("How long does it take?", "Usually instantly; up to 10 minutes at peak times."), ("Do you need my password?", "No. We never ask for your password — only your Player ID.")]),
    "vi": dict(h="Nạp {cur} {game}", s1="Nhập ID người chơi", s2="Chọn gói nạp", s3="Chọn phương thức thanh toán", s4="Thanh toán",
               note="ID nằm trong phần hồ sơ của bạn trong game.", fast="Nạp tự động 24/7.", receipt="Email (không bắt buộc)",
               faq=[("Bao lâu thì nhận được?", "Thường ngay lập tức."), ("Có cần mật khẩu không?", "Không, chúng tôi chỉ cần ID người chơi.")]),
    "ar": dict(h="شحن {cur} {game}", s1="أدخل معرف اللاعب", s2="اختر الباقة", s3="اختر طريقة الدفع", s4="اشترِ الآن",
               note="تجد معرف اللاعب في ملفك الشخصي داخل اللعبة.", fast="تسليم فوري على مدار الساعة.", receipt="البريد الإلكتروني (اختياري للإيصال)",
               faq=[("كم يستغرق الشحن؟", "عادةً فوري."), ("هل تحتاجون كلمة المرور؟", "لا، نحتاج فقط معرف اللاعب.")]),
    "tr": dict(h="{game} {cur} Yükle", s1="Oyuncu ID gir", s2="Paket seç", s3="Ödeme yöntemi seç", s4="Satın al",
               note="Oyuncu ID'nizi profil sayfanızda bulabilirsiniz.", fast="7/24 anında teslimat.", receipt="E-posta (isteğe bağlı, fatura için)",
               faq=[("Ne kadar sürer?", "Genellikle anında."), ("Şifremi istiyor musunuz?", "Hayır, yalnızca oyuncu ID gerekir.")]),
    "pt": dict(h="Recarga de {cur} {game}", s1="Digite o ID do jogador", s2="Escolha o valor", s3="Forma de pagamento", s4="Comprar agora",
               note="Seu ID aparece no seu perfil dentro do jogo.", fast="Entrega automática 24h.", receipt="E-mail (opcional, para o comprovante)",
               faq=[("Quanto tempo demora?", "Normalmente é instantâneo."), ("Vocês pedem senha?", "Não. Só precisamos do seu ID.")]),
    "es": dict(h="Recarga {cur} de {game}", s1="Introduce tu ID de jugador", s2="Elige el paquete", s3="Método de pago", s4="Comprar",
               note="Tu ID aparece en tu perfil del juego.", fast="Entrega inmediata 24/7.", receipt="Email (opcional, para el recibo)",
               faq=[("¿Cuánto tarda?", "Normalmente al instante."), ("¿Necesitáis mi contraseña?", "No, solo tu ID de jugador.")]),
    "hi": dict(h="{game} {cur} टॉप-अप", s1="प्लेयर आईडी दर्ज करें", s2="पैक चुनें", s3="भुगतान का तरीका चुनें", s4="अभी खरीदें",
               note="प्लेयर आईडी आपकी प्रोफ़ाइल में मिलेगी।", fast="24x7 इंस्टेंट डिलीवरी।", receipt="ईमेल (वैकल्पिक, रसीद के लिए)",
               faq=[("कितना समय लगता है?", "आमतौर पर तुरंत।"), ("क्या आपको पासवर्ड चाहिए?", "नहीं, सिर्फ प्लेयर आईडी।")]),
    "ru": dict(h="Пополнение {cur} {game}", s1="Введите ID игрока", s2="Выберите пакет", s3="Способ оплаты", s4="Купить",
               note="ID можно найти в профиле в игре.", fast="Моментальное зачисление 24/7.", receipt="Email (необязательно, для чека)",
               faq=[("Сколько ждать?", "Обычно моментально."), ("Нужен ли пароль?", "Нет, только ID игрока.")]),
}


def game_topup_shop(ctx) -> dict:
    lang, T = ctx.lang, TOPUP[ctx.lang]
    game, cur0, amounts, pub, _gkind = ctx.pick([g for g in GAMES if g[0] in ("Free Fire", "Mobile Legends", "PUBG Mobile", "Genshin Impact",
                                                                                "Valorant", "Call of Duty: Mobile", "Roblox", "Higgs Domino", "EA SPORTS FC 26", "Clash of Clans")]
                                               or GAMES[:3])
    cur = cur_name(lang, cur0)
    shop = ctx.pick(["TopUpKilat", "GameCharge", "DiamondMurah", "NapGame24h", "Recarga Já", "PlayRecharge", "ŞarjOyun", "Донат Шоп", "CodaTopup", "ZonaGamer",
                     "Lapak Gaming", "Itemku Store", "UniPin Reseller"])
    rows = []
    for i, a in enumerate(amounts):
        usd = PRICE_STEPS[min(i, len(PRICE_STEPS) - 1)]
        rows.append(f'<label class="pkg"><input type="radio" name="pkg"> {_num(lang, a)} {esc(cur)} <span{ctx.cls("price")}>{money(lang, round(local_amount(ctx, usd, 100 if lang in ("id", "vi") else None), 2))}</span>'
                    + (' <span class="badge">Best seller</span>' if ctx.chance(0.15) else "") + "</label>")
    pays = "".join(f'<label><input type="radio" name="pay"> {esc(pm)}</label>' for pm in ctx.sample(PAY[lang], ctx.randint(2, len(PAY[lang]))))
    id_fields = field_html(ctx, "gameid", label=T["s1"]) + (field_html(ctx, "zone", label="Zone ID") if "Mobile Legends" in game else "")
    parts = [h(ctx, 1, esc(T["h"].format(cur=cur, game=game)), "title")]
    if ctx.chance(0.5):
        parts.append(p(ctx, ctx.pick(["🔥 Promo • Proses cepat • Aman 100% 🔥", "⚡ Instant • Secure • Official reseller", T["fast"]]), "subtitle"))
    parts += [f'<section><h3>1. {T["s1"]}</h3>{id_fields}<p{ctx.cls("muted")}>{T["note"]}</p></section>',
              f'<section><h3>2. {T["s2"]}</h3><div{ctx.cls("grid")}>{"".join(rows)}</div></section>',
              f'<section><h3>3. {T["s3"]}</h3>{pays}</section>']
    if ctx.chance(0.6):
        parts.append(field_html(ctx, "email", required=False, label=T["receipt"]))
    parts.append(button(ctx, T["s4"], "#", onclick="checkout()"))
    parts.append(p(ctx, T["fast"], "muted"))
    if ctx.chance(0.6):
        parts.append(faq(ctx, T["faq"]))
    company = ctx.pick([f"PT {shop} Digital Indonesia", f"{shop} Ltd.", f"{shop} LLC", f"{shop} Teknoloji A.Ş.", f"ООО «{shop}»", f"{shop} Comércio Digital Ltda."])
    links, ftext = std_footer(ctx, company)
    doc = Doc(title=f"{T['h'].format(cur=cur, game=game)} | {shop}", main="".join(parts), site=shop, nav=std_nav(ctx, [ctx.ui["home"], "Games"], n=ctx.randint(0, 3)),
              footer_links=links, footer_text=ftext + f" {esc(game)} is a trademark of {esc(pub)}." if ctx.chance(0.5) else ftext)
    dom = latin_slug(ctx, shop, "")
    r = ctx.rng.random()
    url = (f"https://www.{dom}.{ctx.pick(['com', 'gg', lang_tld(ctx), lang_tld(ctx)])}/{slugify(game)}" if r < 0.7 else
           f"https://{dom}.github.io/" if r < 0.8 else "")
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# LEGIT: official update / in-game event notes
# ---------------------------------------------------------------------------------------
GN = {
    "en": dict(h=["{game} {ver} Update: {event}", "Patch notes {ver}", "{event} is live!"],
               intro="The {event} event runs from {start} to {end}. Log in during the event to take part.",
               how="How to take part", steps=["Open the Events tab in the game lobby.", "Complete daily missions to earn event tokens.", "Exchange tokens for rewards in the event shop."],
               rewards="Rewards", rew_note="Rewards are delivered to your in-game mail and expire 7 days after delivery.",
               safety="Account safety", safe_txt="We will never ask for your password, and official events are only available inside the game. Beware of websites promising free {cur} or skins — they are phishing sites.",
               fixes="Bug fixes", fx=["Fixed an issue where some players could not claim login rewards.", "Improved matchmaking stability.", "Fixed a crash when opening the shop on some Android devices."]),
    "id": dict(h=["Update {game} {ver}: {event}", "Catatan Patch {ver}"], intro="Event {event} berlangsung dari {start} sampai {end}. Login selama event untuk ikut serta.",
               how="Cara ikut", steps=["Buka menu Event di lobi.", "Selesaikan misi harian untuk mendapatkan token.", "Tukar token dengan hadiah di toko event."],
               rewards="Hadiah", rew_note="Hadiah dikirim ke kotak surat dalam game.", safety="Keamanan akun",
               safe_txt="Kami tidak pernah meminta kata sandi Anda. Event resmi hanya ada di dalam game. Waspada situs yang menjanjikan {cur} atau skin gratis — itu situs phishing.",
               fixes="Perbaikan bug", fx=["Memperbaiki masalah klaim hadiah login.", "Meningkatkan stabilitas matchmaking."]),
    "vi": dict(h=["Cập nhật {game} {ver}: {event}"], intro="Sự kiện {event} diễn ra từ {start} đến {end}.", how="Cách tham gia",
               steps=["Mở mục Sự kiện trong sảnh.", "Hoàn thành nhiệm vụ hằng ngày để nhận vật phẩm.", "Đổi vật phẩm lấy phần thưởng."],
               rewards="Phần thưởng", rew_note="Phần thưởng được gửi vào hộp thư trong game.", safety="An toàn tài khoản",
               safe_txt="Chúng tôi không bao giờ yêu cầu mật khẩu của bạn. Cẩn thận với các trang hứa tặng {cur} miễn phí — đó là trang lừa đảo.",
               fixes="Sửa lỗi", fx=["Sửa lỗi không nhận được quà đăng nhập."]),
    "pt": dict(h=["Atualização {game} {ver}: {event}"], intro="O evento {event} vai de {start} a {end}.", how="Como participar",
               steps=["Abra a aba Eventos no saguão.", "Complete missões diárias para ganhar fichas.", "Troque as fichas por recompensas."],
               rewards="Recompensas", rew_note="As recompensas são enviadas para o correio do jogo.", safety="Segurança da conta",
               safe_txt="Nunca pedimos sua senha. Cuidado com sites que prometem {cur} ou skins grátis — são golpes de phishing.",
               fixes="Correções", fx=["Corrigido um problema ao resgatar recompensas de login."]),
    "es": dict(h=["Actualización {game} {ver}: {event}"], intro="El evento {event} se celebra del {start} al {end}.", how="Cómo participar",
               steps=["Abre la pestaña Eventos.", "Completa misiones diarias para ganar fichas.", "Canjea las fichas por recompensas."],
               rewards="Recompensas", rew_note="Las recompensas llegan al buzón del juego.", safety="Seguridad de la cuenta",
               safe_txt="Nunca te pediremos tu contraseña. Desconfía de webs que prometen {cur} gratis: son phishing.",
               fixes="Correcciones", fx=["Corregido un error al reclamar recompensas."]),
    "tr": dict(h=["{game} {ver} Güncellemesi: {event}"], intro="{event} etkinliği {start} - {end} tarihleri arasında.", how="Nasıl katılırım?",
               steps=["Lobide Etkinlikler sekmesini aç.", "Günlük görevleri tamamla.", "Jetonları ödüllerle değiştir."],
               rewards="Ödüller", rew_note="Ödüller oyun içi postaya gönderilir.", safety="Hesap güvenliği",
               safe_txt="Şifreni asla istemeyiz. Bedava {cur} vaat eden sitelere dikkat — bunlar oltalama siteleridir.", fixes="Hata düzeltmeleri", fx=["Giriş ödülü hatası düzeltildi."]),
    "ru": dict(h=["Обновление {game} {ver}: {event}"], intro="Событие «{event}» проходит с {start} по {end}.", how="Как участвовать",
               steps=["Откройте вкладку «События».", "Выполняйте ежедневные задания.", "Обменивайте жетоны на награды."],
               rewards="Награды", rew_note="Награды приходят на внутриигровую почту.", safety="Безопасность аккаунта",
               safe_txt="Мы никогда не просим ваш пароль. Остерегайтесь сайтов с «бесплатными {cur}» — это фишинг.", fixes="Исправления", fx=["Исправлена ошибка получения наград."]),
    "ar": dict(h=["تحديث {game} {ver}: {event}"], intro="يقام حدث {event} من {start} حتى {end}.", how="كيف تشارك",
               steps=["افتح تبويب الأحداث في الردهة.", "أكمل المهام اليومية.", "استبدل الرموز بالجوائز."],
               rewards="الجوائز", rew_note="تصل الجوائز إلى بريدك داخل اللعبة.", safety="أمان الحساب",
               safe_txt="لن نطلب منك كلمة المرور أبدًا. احذر من المواقع التي تعد بـ{cur} مجانًا — إنها مواقع تصيد.", fixes="إصلاحات", fx=["إصلاح مشكلة استلام جوائز تسجيل الدخول."]),
}


def game_news_event(ctx) -> dict:
    lang, T = ctx.lang, GN[ctx.lang]
    game, cur0, amounts, pub, _gkind = ctx.pick([g for g in GAMES if g[4] == "game"])
    cur = cur_name(lang, cur0)
    event = ctx.pick(["Winter Festival", "Anniversary Celebration", "Halloween Night", "Lunar New Year", "Summer Splash", "Ramadan Nights", "Champions Cup"])
    start = REF_DATE + timedelta(days=ctx.randint(-30, 10))
    end = start + timedelta(days=ctx.randint(7, 21))
    ver = f"{ctx.randint(1, 5)}.{ctx.randint(0, 9)}"
    kw = dict(game=game, ver=ver, event=event, start=fmt_date(lang, start), end=fmt_date(lang, end), cur=cur)
    title = ctx.pick(T["h"], **kw)
    rew = [[f"Day {d}", f"{_num(lang, ctx.pick(amounts[:2]) // ctx.pick([2, 4, 5]) or 10)} {esc(cur)}" if ctx.chance(0.4) else ctx.pick(["Avatar frame", "Emote", "Spray", "Skin crate", "XP card"])]
           for d in range(1, ctx.randint(3, 8))]
    parts = [h(ctx, 1, esc(title), "title"), p(ctx, f'<time>{fmt_date(lang, start - timedelta(days=ctx.randint(1, 5)))}</time> · {esc(pub)}', "muted"),
             p(ctx, esc(T["intro"].format(**kw)))]
    if ctx.chance(0.5):
        parts.append(img(ctx, event, event))
    parts += [h(ctx, 2, T["how"]), ul(ctx, [esc(s) for s in T["steps"]], ordered=True), h(ctx, 2, T["rewards"]), table(ctx, ["", ""], rew), p(ctx, T["rew_note"])]
    if ctx.chance(0.75):
        parts += [h(ctx, 2, T["safety"]), p(ctx, esc(T["safe_txt"].format(**kw)))]
    if ctx.chance(0.6):
        parts += [h(ctx, 2, T["fixes"]), ul(ctx, [esc(x) for x in T["fx"]])]
    links, ftext = std_footer(ctx, pub)
    doc = Doc(title=f"{title} | {game}", main="".join(parts), site=game, nav=[ctx.ui["news"], "Events", "Esports", ctx.ui["help"], "Download"][: ctx.randint(2, 5)],
              footer_links=links, footer_text=ftext)
    g = slugify(game).split("-")[0]
    r = ctx.rng.random()
    url = (f"https://www.{g}.com/{lang}/news/{slugify(event)}-{ver.replace('.', '-')}" if r < 0.7 else
           f"https://{g}.{ctx.pick(['garena.com', 'mobilelegends.com', 'hoyoverse.com', 'ea.com', 'playstation.com'])}/news/{ctx.randint(1000, 9999)}" if r < 0.85 else "")
    return dict(html=render_web(ctx, doc), url=url, page_created="")


__all__ = [
    "CARDS",
    "GAMES",
    "game_currency_generator",
    "game_news_event",
    "game_topup_shop",
    "game_wiki",
    "giftcard_generator",
    "ingame_event_phish",
]
