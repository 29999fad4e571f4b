# ruff: noqa: E501  (template modules are mostly multilingual text tables)
"""Scam web pages: share-with-N-friends chains, survey funnels, checkout-for-shipping, app-install
lockers, spin-the-wheel prizes with a delivery fee, answer-and-win quizzes."""

from __future__ import annotations

from .core import (
    FIELDS,
    Doc,
    button,
    comments_block,
    consent_checkbox,
    countdown_script,
    counter_script,
    date_writer_script,
    esc,
    faq,
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
from .social import BRANDS

YEAR = 2026

WEB_PRIZES = {
    "en": ["$500 Amazon Gift Card", "iPhone 17 Pro", "$750 Shein gift card", "100GB of free data", "2 free flight tickets",
           "$1,000 Walmart voucher", "Samsung Galaxy S26 Ultra", "PlayStation 5 Pro", "Dyson Airwrap", "$250 Cash App reward"],
    "es": ["tarjeta regalo Amazon de 500 €", "iPhone 17 Pro", "100 GB de datos gratis", "2 billetes de avión gratis",
           "cheque de 300 € de Mercadona", "Samsung Galaxy S26", "PlayStation 5"],
    "pt": ["vale-presente de R$ 1.000", "iPhone 17 Pro", "100GB de internet grátis", "cesta de Natal", "Samsung Galaxy S26",
           "PIX de R$ 500", "PlayStation 5"],
    "fr": ["carte cadeau de 500 €", "iPhone 17 Pro", "billets d'avion gratuits", "bon d'achat Carrefour de 300 €",
           "Samsung Galaxy S26", "PlayStation 5"],
    "de": ["Amazon-Gutschein über 500 €", "iPhone 17 Pro", "Lidl-Einkaufsgutschein über 250 €", "Samsung Galaxy S26",
           "PlayStation 5", "Dyson V15"],
    "id": ["kuota gratis 100GB", "saldo DANA Rp 500.000", "iPhone 17 Pro", "voucher Shopee Rp 1.000.000", "motor Honda Beat"],
    "hi": ["₹5000 Paytm कैश", "फ्री 100GB डेटा", "₹999 का फ्री रिचार्ज", "iPhone 17 Pro", "Amazon ₹10,000 गिफ्ट कार्ड"],
    "ar": ["قسيمة بقيمة 1000 ريال", "100 جيجا إنترنت مجانًا", "تذكرتي طيران مجانًا", "آيفون 17 برو", "بطاقة هدايا نون بقيمة 500 درهم"],
    "vi": ["thẻ quà tặng 2.000.000đ", "iPhone 17 Pro", "100GB data miễn phí", "xe máy Honda Vision", "phiếu mua hàng 5.000.000đ"],
    "tr": ["100 GB bedava internet", "1000 TL market çeki", "iPhone 17 Pro", "PlayStation 5", "Dyson süpürge"],
    "ru": ["сертификат на 10 000 ₽", "iPhone 17 Pro", "100 ГБ интернета бесплатно", "PlayStation 5", "пылесос Dyson"],
}

GLOBAL_BRANDS = ["Amazon", "Walmart", "Lidl", "Aldi", "Carrefour", "Shell", "DHL", "Netflix", "Google Chrome", "Samsung",
                 "Apple", "Coca-Cola", "Costco", "Shein", "Temu", "IKEA", "McDonald's", "KFC", "Heineken", "Emirates"]


def _brand(ctx):
    return ctx.pick(GLOBAL_BRANDS + BRANDS[ctx.lang])


def _scam_url(ctx, words, path=""):
    r = ctx.rng.random()
    if r < 0.2:
        return ""
    if r < 0.6:
        return lookalike_url(ctx, words, path)
    return free_host_url(ctx, "-".join(words)[:30] + (str(ctx.randint(1, 99)) if ctx.chance(0.4) else ""), path)


def _scam_footer(ctx, site):
    links, text = std_footer(ctx, site, legal=ctx.chance(0.7))
    if ctx.chance(0.35):
        text += " " + ctx.pick([
            "This site is not a part of the Facebook website or Facebook Inc.",
            "All trademarks are the property of their respective owners.",
            "This promotion is in no way sponsored, endorsed or administered by, or associated with, Facebook or Instagram.",
            "Terms and conditions apply.", "*Limited to one prize per household.",
        ])
    return links, text


# ---------------------------------------------------------------------------------------
# WhatsApp / share-with-N-friends prize chains
# ---------------------------------------------------------------------------------------
WA = {
    "en": dict(title=["Get FREE {prize} (Limited Time Only)", "{brand} is giving away FREE {prize}!", "Claim your {prize} now", "{brand} {year} Free Gift"],
               share=["Share with {n} WhatsApp friends to claim your gift", "Share this offer with {n} friends or {g} groups on WhatsApp",
                      "COMPLETE THIS STEP TO WIN: forward the link to {n} contacts", "Invite {n} friends to unlock your reward"],
               remain=["Gifts remaining:", "Remaining:", "Left in stock:"], btn=["Share on WhatsApp", "Forward on WhatsApp", "Click to share"],
               msg=["Hey, {brand} is giving away FREE {prize}! I just got mine, claim yours here: {url}", "I got a free {prize} from {brand} 😍 get yours before it ends: {url}"],
               prog="{k} of {n} shares completed", alert="Please share with {n} friends to continue. You have shared {c} times.",
               cont=["Continue", "Claim gift", "Next step"], terms=["Terms and conditions apply.", "Offer valid while stocks last.", "Only one gift per person."],
               intro=["Congratulations! You are one of the lucky visitors selected today.", "To celebrate our anniversary we are giving away {qty} {prize}.",
                      "How to participate: 1) Share with your friends on WhatsApp 2) Download 2 apps 3) Claim your prize."]),
    "es": dict(title=["Obtén {prize} GRATIS (Por tiempo limitado)", "¡{brand} regala {prize}!", "Reclama tu {prize} ahora"],
               share=["Comparte con {n} amigos de WhatsApp para reclamar tu regalo", "Comparte esta oferta con {n} amigos o {g} grupos de WhatsApp"],
               remain=["Regalos restantes:", "Quedan:"], btn=["Compartir en WhatsApp", "Haz clic para compartir"],
               msg=["¡{brand} está regalando {prize}! Yo ya tengo el mío, reclama el tuyo aquí: {url}"],
               prog="{k} de {n} compartidos", alert="Comparte con {n} amigos para continuar. Has compartido {c} veces.",
               cont=["Continuar", "Reclamar regalo"], terms=["Aplican términos y condiciones.", "Oferta válida hasta agotar existencias."],
               intro=["¡Felicidades! Eres uno de los visitantes seleccionados hoy.", "Por nuestro aniversario regalamos {qty} {prize}."]),
    "pt": dict(title=["Ganhe {prize} GRÁTIS (Por tempo limitado)", "{brand} está dando {prize}!", "Resgate seu {prize} agora"],
               share=["Compartilhe com {n} amigos no WhatsApp para resgatar seu presente", "Envie esta promoção para {n} amigos ou {g} grupos do WhatsApp"],
               remain=["Presentes restantes:", "Restam:"], btn=["Compartilhar no WhatsApp", "Clique para compartilhar"],
               msg=["A {brand} está dando {prize}! Eu já peguei o meu, pegue o seu aqui: {url}"],
               prog="{k} de {n} compartilhamentos", alert="Compartilhe com {n} amigos para continuar. Você compartilhou {c} vezes.",
               cont=["Continuar", "Resgatar presente"], terms=["Promoção sujeita a disponibilidade.", "Válido enquanto durarem os estoques."],
               intro=["Parabéns! Você é um dos visitantes selecionados hoje.", "Em comemoração ao nosso aniversário, vamos distribuir {qty} {prize}."]),
    "fr": dict(title=["Obtenez {prize} GRATUITEMENT (Durée limitée)", "{brand} offre {prize} !"],
               share=["Partagez avec {n} amis WhatsApp pour recevoir votre cadeau", "Partagez cette offre avec {n} amis ou {g} groupes WhatsApp"],
               remain=["Cadeaux restants :"], btn=["Partager sur WhatsApp"], msg=["{brand} offre {prize} ! J'ai reçu le mien, réclamez le vôtre ici : {url}"],
               prog="{k} sur {n} partages", alert="Partagez avec {n} amis pour continuer. Vous avez partagé {c} fois.",
               cont=["Continuer", "Recevoir mon cadeau"], terms=["Offre valable dans la limite des stocks disponibles."],
               intro=["Félicitations ! Vous faites partie des visiteurs sélectionnés aujourd'hui."]),
    "id": dict(title=["Dapatkan {prize} GRATIS (Waktu Terbatas)", "{brand} bagi-bagi {prize}!", "Klaim {prize} sekarang"],
               share=["Bagikan ke {n} teman WhatsApp untuk klaim hadiah", "Bagikan promo ini ke {n} teman atau {g} grup WhatsApp"],
               remain=["Sisa hadiah:", "Tersisa:"], btn=["Bagikan ke WhatsApp", "Klik untuk bagikan"],
               msg=["{brand} lagi bagi-bagi {prize}! Aku udah dapat, klaim punyamu di sini: {url}"],
               prog="{k} dari {n} dibagikan", alert="Bagikan ke {n} teman untuk melanjutkan. Kamu baru membagikan {c} kali.",
               cont=["Lanjutkan", "Klaim hadiah"], terms=["Syarat dan ketentuan berlaku.", "Selama persediaan masih ada."],
               intro=["Selamat! Kamu terpilih sebagai pengunjung beruntung hari ini.", "Dalam rangka ulang tahun, kami bagikan {qty} {prize}."]),
    "hi": dict(title=["फ्री {prize} पाएं (सीमित समय)", "{brand} दे रहा है फ्री {prize}!", "अभी क्लेम करें {prize}"],
               share=["अपना गिफ्ट पाने के लिए {n} WhatsApp दोस्तों के साथ शेयर करें", "इस ऑफर को {n} दोस्तों या {g} ग्रुप में शेयर करें"],
               remain=["बचे हुए गिफ्ट:"], btn=["WhatsApp पर शेयर करें", "शेयर करने के लिए क्लिक करें"],
               msg=["{brand} फ्री {prize} दे रहा है! मुझे मिल गया, आप भी यहाँ से लें: {url}"],
               prog="{n} में से {k} शेयर पूरे", alert="आगे बढ़ने के लिए {n} दोस्तों को शेयर करें। आपने {c} बार शेयर किया है।",
               cont=["आगे बढ़ें", "गिफ्ट क्लेम करें"], terms=["नियम और शर्तें लागू।"],
               intro=["बधाई हो! आज के भाग्यशाली विज़िटर में आप चुने गए हैं।", "वर्षगांठ के मौके पर हम {qty} {prize} मुफ्त दे रहे हैं।"]),
    "ar": dict(title=["احصل على {prize} مجانًا (لفترة محدودة)", "{brand} تقدم {prize} مجانًا!"],
               share=["شارك مع {n} من أصدقائك على واتساب للحصول على هديتك", "شارك هذا العرض مع {n} أصدقاء أو {g} مجموعات على واتساب"],
               remain=["الهدايا المتبقية:"], btn=["مشاركة عبر واتساب"], msg=["{brand} تقدم {prize} مجانًا! حصلت على هديتي، احصل على هديتك من هنا: {url}"],
               prog="تمت {k} من {n} مشاركات", alert="يرجى المشاركة مع {n} أصدقاء للمتابعة. لقد شاركت {c} مرات.",
               cont=["متابعة", "استلم الهدية"], terms=["تطبق الشروط والأحكام."], intro=["مبروك! لقد تم اختيارك اليوم كأحد الزوار المحظوظين."]),
    "vi": dict(title=["Nhận {prize} MIỄN PHÍ (Có hạn)", "{brand} tặng {prize}!"],
               share=["Chia sẻ cho {n} bạn bè qua WhatsApp/Zalo để nhận quà", "Chia sẻ ưu đãi này tới {n} bạn hoặc {g} nhóm"],
               remain=["Quà còn lại:"], btn=["Chia sẻ ngay"], msg=["{brand} đang tặng {prize}! Mình nhận rồi, bạn nhận tại đây: {url}"],
               prog="Đã chia sẻ {k}/{n}", alert="Vui lòng chia sẻ cho {n} bạn để tiếp tục. Bạn đã chia sẻ {c} lần.",
               cont=["Tiếp tục", "Nhận quà"], terms=["Áp dụng điều khoản và điều kiện."], intro=["Chúc mừng! Bạn là một trong những người may mắn hôm nay."]),
    "tr": dict(title=["ÜCRETSİZ {prize} kazan (Sınırlı süre)", "{brand} {prize} dağıtıyor!"],
               share=["Hediyeni almak için {n} WhatsApp arkadaşınla paylaş", "Bu kampanyayı {n} arkadaşına veya {g} gruba gönder"],
               remain=["Kalan hediye:"], btn=["WhatsApp'ta paylaş"], msg=["{brand} bedava {prize} veriyor! Ben aldım, sen de buradan al: {url}"],
               prog="{n} paylaşımdan {k} tamamlandı", alert="Devam etmek için {n} arkadaşınla paylaş. {c} kez paylaştın.",
               cont=["Devam et", "Hediyeyi al"], terms=["Stoklarla sınırlıdır."], intro=["Tebrikler! Bugün şanslı ziyaretçilerimizden biri seçildin."]),
    "ru": dict(title=["Получите {prize} БЕСПЛАТНО (Ограниченное время)", "{brand} дарит {prize}!"],
               share=["Поделитесь с {n} друзьями в WhatsApp, чтобы получить подарок", "Отправьте акцию {n} друзьям или в {g} группы"],
               remain=["Осталось подарков:"], btn=["Поделиться в WhatsApp"], msg=["{brand} дарит {prize}! Я уже получил, забери свой здесь: {url}"],
               prog="{k} из {n} репостов", alert="Поделитесь с {n} друзьями, чтобы продолжить. Вы поделились {c} раз.",
               cont=["Продолжить", "Получить подарок"], terms=["Количество подарков ограничено."], intro=["Поздравляем! Вы стали одним из счастливчиков сегодня."]),
}


WA_COMMENTS = {
    "en": ["Got mine yesterday!! 😍", "It works, thank you!", "Shared, waiting...", "Received it today 🙌", "Is this real? I just shared with 10 friends"],
    "es": ["¡Recibido, gracias!", "¡Funciona! 😍", "Ya lo compartí, esperando...", "¿Es real?"], "pt": ["Chegou rapidinho 😍", "Funciona, obrigada!", "Já compartilhei, aguardando..."],
    "fr": ["Reçu hier !! 😍", "Ça marche, merci !", "Partagé, j'attends..."], "id": ["Alhamdulillah sudah masuk", "Beneran dapet 😍", "Sudah share, nunggu..."],
    "hi": ["मुझे मिल गया 😍", "सच में काम करता है!", "शेयर कर दिया, इंतज़ार है..."], "ar": ["وصلتني الهدية 😍", "شغال، شكرًا!", "شاركت، أنتظر..."],
    "vi": ["Mình nhận được rồi 😍", "Thật đó mọi người!", "Đã chia sẻ, đang chờ..."], "tr": ["Benimki dün geldi 😍", "Gerçekten çalışıyor!", "Paylaştım, bekliyorum..."],
    "ru": ["Мне вчера пришло!! 😍", "Работает, спасибо!", "Поделилась, жду..."],
}

TRIP_DAYS = ["Arrival and welcome dinner in {c}", "Guided walking tour of the old town", "Free day for shopping and museums", "Day trip to the coast",
             "Wine tasting in the countryside", "High-speed train to {c2}", "Boat cruise and sunset photos", "Mountain village and local market",
             "Cooking class with a local chef", "Farewell dinner and transfer to the airport"]


def _long_prize_description(ctx, prize: str) -> str:
    """Benign-looking filler many share-chain kits carry (itinerary or product specs)."""
    if ctx.chance(0.5):
        cities = ctx.sample(["Paris", "Rome", "Barcelona", "Vienna", "Prague", "Amsterdam", "Lisbon", "Venice", "Berlin", "Zurich"], 4)
        days = [f"<li><b>Day {i + 1}:</b> {d.format(c=cities[i % 4], c2=cities[(i + 1) % 4])}</li>" for i, d in enumerate(ctx.sample(TRIP_DAYS, ctx.randint(5, 10)))]
        return (f"<h2>Your {len(days)}-day European holiday</h2><p>The prize includes return flights for two, 4-star hotels with breakfast, all transfers "
                f"and a local guide.</p><ol>{''.join(days)}</ol>")
    specs = ["6.9-inch Super Retina XDR display", "A19 Pro chip", "48MP triple camera system", "All-day battery life", "Titanium design", "256 GB storage",
             "Face ID", "5G connectivity", "Water resistant (IP68)", "USB-C fast charging"]
    return f"<h2>About the {esc(prize)}</h2><ul>" + "".join(f"<li>{s}</li>" for s in ctx.sample(specs, ctx.randint(4, 10))) + "</ul>"


def whatsapp_prize_chain(ctx) -> dict:
    lang, T = ctx.lang, WA[ctx.lang]
    brand, prize = _brand(ctx), ctx.pick(WEB_PRIZES[lang])
    n, g = ctx.pick([5, 10, 10, 15, 20]), ctx.pick([3, 5, 5])
    url = _scam_url(ctx, [slugify(brand).replace("-", "")[:10], ctx.pick(["gift", "promo", "free", "bonus", "reward"])])
    share_url = url or f"http://{slugify(brand).replace('-', '')}-gift.{ctx.pick(['xyz', 'top', 'club'])}/"
    kw = dict(prize=prize, brand=brand, n=n, g=g, year=YEAR, qty=ctx.pick([500, 1000, 3000]), url=share_url)
    title = ctx.pick(T["title"], **kw)
    msg = ctx.pick(T["msg"], **kw)
    remain = ctx.randint(37, 480)
    wa_href = ctx.pick([f"whatsapp://send?text={esc(msg)}", f"https://wa.me/?text={esc(msg)}", f"https://api.whatsapp.com/send?text={esc(msg)}"])
    parts = [h(ctx, 1, esc(title), "title")]
    if ctx.chance(0.6):
        parts.append(img(ctx, prize, prize))
    if ctx.chance(0.6):
        parts.append(p(ctx, ctx.pick(T["intro"], **kw)))
    if lang == "en" and ctx.chance(0.3):
        parts.append(_long_prize_description(ctx, prize))
    parts.append(h(ctx, 2, ctx.pick(T["share"], **kw)))
    parts.append(f'<p{ctx.cls("subtitle")}>{ctx.pick(T["remain"])} <b id="count">{remain}</b></p>')
    if ctx.chance(0.7):
        parts.append(f'<div{ctx.cls("progress")}><div{ctx.cls("bar")} id="bar" style="width:0%"></div></div>'
                     f'<p id="prog">{T["prog"].format(k=0, n=n)}</p>')
    parts.append(f'<a href="{wa_href}" id="share"{ctx.cls("btn_primary")} onclick="shareClick()">{ctx.pick(T["btn"])}</a>')
    parts.append(button(ctx, ctx.pick(T["cont"]), ctx.pick(["step2.html", "survey.html", "claim.html", "#"]), primary=False, onclick="goNext()"))
    if ctx.chance(0.45):
        parts.append(comments_block(ctx, [(person(ctx), ctx.pick(WA_COMMENTS.get(lang, WA_COMMENTS["en"])), rel_time(ctx))
                                          for _ in range(ctx.randint(2, 6))]))
    parts.append(f'<p{ctx.cls("muted")}>{ctx.pick(T["terms"])}</p>')
    a, b = (x.replace("'", "\\'") for x in T["alert"].format(n=n, c="\x00").split("\x00"))
    js = (f"<script>var c=0;function shareClick(){{c++;var pct=Math.min(100,c*{100 // n});"
          f"var b=document.getElementById('bar');if(b)b.style.width=pct+'%';}}"
          f"function goNext(){{if(c>={n}){{window.location.href='{ctx.pick(['survey.html', 'step2.html', 'apps.html'])}';}}"
          f"else{{alert('{a}'+c+'{b}');}}}}</script>")
    body_end = js + counter_script(ctx, "count", remain)
    site = ctx.pick([brand + " Rewards", brand, title])
    links, ftext = _scam_footer(ctx, site)
    doc = Doc(title=title, main="".join(parts), site=site if ctx.chance(0.4) else "", nav=std_nav(ctx, n=ctx.randint(1, 4)) if ctx.chance(0.35) else [],
              footer_links=links if ctx.chance(0.6) else [], footer_text=ftext, meta_desc=title, body_end=body_end,
              og_image=f"https://i.imgur.com/{ctx.alnum(7)}.jpg")
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# Survey funnel ("congratulations, you have been selected ... 4 questions ... pay shipping")
# ---------------------------------------------------------------------------------------
SF = {
    "en": dict(dear=["Dear {brand} customer,", "Dear user,", "Dear {brand} shopper,"], congr="Congratulations!",
               sel=["You have been randomly selected to take part in our {year} customer satisfaction survey. It only takes 30 seconds and as a thank-you you can receive a <b>{prize}</b>!",
                    "Every {day} we randomly select 10 users to receive a gift from our sponsors. Today you are one of the lucky ones! Answer 4 quick questions to claim your <b>{prize}</b>.",
                    "You've been personally selected to take our {year} Annual Visitor Survey! Tell us what you think of {brand} and get a chance to win a {prize}."],
               timer=["This offer expires in", "Hurry! Your session expires in", "Time remaining:"], left="Only {n} prizes left today!",
               q="Question {i} of {t}:", check=["Checking your answers…", "Verifying your IP address…", "Checking prize availability…"],
               ok=["You answered {t} of {t} questions", "Your IP address is valid for this promotion", "Prize available: 1 left"],
               boxes="Choose a gift box. You have 3 attempts!", empty="Oops, this box is empty! {k} attempts left.",
               won="Congratulations! You won a {prize}!", claim=["To receive your prize, enter your details on the next page and pay only {fee} for shipping.",
                                                                 "Fill in your shipping address. You will only pay the delivery fee of {fee}."],
               com=["I got my {prize} today!! Thank you {brand} 😍", "At first I thought it was fake but it arrived in 3 days", "Just finished the survey, waiting for mine",
                    "Can't believe it actually works", "Does it ship to Canada?", "My sister got one last week 🙌"],
               comt="Comments", day="day", cta="Claim now"),
    "es": dict(dear=["Estimado cliente de {brand}:", "Estimado usuario:"], congr="¡Enhorabuena!",
               sel=["Has sido seleccionado al azar para participar en nuestra encuesta de satisfacción {year}. Solo te llevará 30 segundos y como agradecimiento podrás recibir un <b>{prize}</b>.",
                    "Cada {day} elegimos al azar a 10 usuarios para recibir un regalo de nuestros patrocinadores. ¡Hoy eres uno de ellos! Responde 4 preguntas para reclamar tu <b>{prize}</b>."],
               timer=["Esta oferta caduca en", "¡Date prisa! Tu sesión caduca en"], left="¡Solo quedan {n} premios hoy!",
               q="Pregunta {i} de {t}:", check=["Comprobando tus respuestas…", "Verificando tu dirección IP…", "Comprobando disponibilidad…"],
               ok=["Has respondido {t} de {t} preguntas", "Tu IP es válida para esta promoción", "Premio disponible: queda 1"],
               boxes="Elige una caja regalo. ¡Tienes 3 intentos!", empty="¡Vaya, esta caja está vacía! Te quedan {k} intentos.",
               won="¡Enhorabuena! ¡Has ganado un {prize}!", claim=["Para recibir tu premio, introduce tus datos en la página siguiente y paga solo {fee} de gastos de envío."],
               com=["¡Hoy me llegó el mío! Gracias {brand} 😍", "Pensaba que era falso pero llegó en 3 días", "Acabo de hacer la encuesta, a esperar"],
               comt="Comentarios", day="día", cta="Reclamar ahora"),
    "pt": dict(dear=["Prezado cliente {brand},", "Caro usuário,"], congr="Parabéns!",
               sel=["Você foi selecionado aleatoriamente para participar da nossa pesquisa de satisfação {year}. Leva só 30 segundos e, como agradecimento, você pode receber um <b>{prize}</b>!",
                    "Todo {day} escolhemos 10 usuários para receber um presente dos nossos patrocinadores. Hoje é você! Responda 4 perguntas rápidas para resgatar seu <b>{prize}</b>."],
               timer=["Esta oferta expira em", "Corra! Sua sessão expira em"], left="Restam apenas {n} prêmios hoje!",
               q="Pergunta {i} de {t}:", check=["Verificando suas respostas…", "Verificando seu endereço IP…", "Verificando disponibilidade…"],
               ok=["Você respondeu {t} de {t} perguntas", "Seu IP é válido para esta promoção", "Prêmio disponível: resta 1"],
               boxes="Escolha uma caixa de presente. Você tem 3 tentativas!", empty="Ops, esta caixa está vazia! Restam {k} tentativas.",
               won="Parabéns! Você ganhou um {prize}!", claim=["Para receber seu prêmio, preencha seus dados na próxima página e pague apenas {fee} de frete."],
               com=["Recebi o meu hoje!! Obrigada {brand} 😍", "Achei que era golpe mas chegou em 3 dias", "Acabei de responder, aguardando o meu"],
               comt="Comentários", day="dia", cta="Resgatar agora"),
    "fr": dict(dear=["Cher client {brand},", "Cher utilisateur,"], congr="Félicitations !",
               sel=["Vous avez été sélectionné au hasard pour participer à notre enquête de satisfaction {year}. Cela ne prend que 30 secondes et pour vous remercier vous pouvez recevoir un <b>{prize}</b> !"],
               timer=["Cette offre expire dans", "Dépêchez-vous ! Votre session expire dans"], left="Plus que {n} cadeaux aujourd'hui !",
               q="Question {i} sur {t} :", check=["Vérification de vos réponses…", "Vérification de votre adresse IP…", "Vérification de la disponibilité…"],
               ok=["Vous avez répondu à {t} questions sur {t}", "Votre adresse IP est valide", "Cadeau disponible : il en reste 1"],
               boxes="Choisissez une boîte cadeau. Vous avez 3 essais !", empty="Oups, cette boîte est vide ! Il vous reste {k} essais.",
               won="Félicitations ! Vous avez gagné un {prize} !", claim=["Pour recevoir votre cadeau, indiquez vos coordonnées à la page suivante et payez seulement {fee} de frais de port."],
               com=["J'ai reçu le mien aujourd'hui !! Merci {brand} 😍", "Je pensais que c'était faux mais il est arrivé en 3 jours"],
               comt="Commentaires", day="jour", cta="Réclamer"),
    "de": dict(dear=["Lieber {brand}-Kunde,", "Sehr geehrter Nutzer,"], congr="Herzlichen Glückwunsch!",
               sel=["Sie wurden zufällig ausgewählt, an unserer Kundenzufriedenheitsumfrage {year} teilzunehmen. Es dauert nur 30 Sekunden und als Dankeschön erhalten Sie ein <b>{prize}</b>!",
                    "Jeden {day} wählen wir 10 Nutzer aus, die ein Geschenk unserer Sponsoren erhalten. Heute sind Sie dabei! Beantworten Sie 4 kurze Fragen."],
               timer=["Dieses Angebot läuft ab in", "Beeilen Sie sich! Ihre Sitzung läuft ab in"], left="Heute nur noch {n} Preise verfügbar!",
               q="Frage {i} von {t}:", check=["Ihre Antworten werden geprüft…", "IP-Adresse wird überprüft…", "Verfügbarkeit wird geprüft…"],
               ok=["Sie haben {t} von {t} Fragen beantwortet", "Ihre IP-Adresse ist gültig", "Preis verfügbar: noch 1"],
               boxes="Wählen Sie eine Geschenkbox. Sie haben 3 Versuche!", empty="Leider leer! Noch {k} Versuche.",
               won="Glückwunsch! Sie haben ein {prize} gewonnen!", claim=["Um Ihren Preis zu erhalten, geben Sie auf der nächsten Seite Ihre Daten ein und zahlen nur {fee} Versandkosten."],
               com=["Meins kam heute an!! Danke {brand} 😍", "Dachte erst es ist Fake, aber es kam nach 3 Tagen"],
               comt="Kommentare", day="Tag", cta="Jetzt sichern"),
    "id": dict(dear=["Pelanggan {brand} yang terhormat,", "Pengguna yang terhormat,"], congr="Selamat!",
               sel=["Anda terpilih secara acak untuk mengikuti survei kepuasan pelanggan {year}. Hanya 30 detik dan sebagai ucapan terima kasih Anda bisa mendapatkan <b>{prize}</b>!"],
               timer=["Penawaran berakhir dalam", "Cepat! Sesi Anda berakhir dalam"], left="Hanya tersisa {n} hadiah hari ini!",
               q="Pertanyaan {i} dari {t}:", check=["Memeriksa jawaban Anda…", "Memverifikasi alamat IP…", "Memeriksa ketersediaan hadiah…"],
               ok=["Anda menjawab {t} dari {t} pertanyaan", "IP Anda valid", "Hadiah tersedia: tinggal 1"],
               boxes="Pilih kotak hadiah. Anda punya 3 kesempatan!", empty="Yah, kotak ini kosong! Sisa {k} kesempatan.",
               won="Selamat! Anda memenangkan {prize}!", claim=["Untuk menerima hadiah, isi data Anda di halaman berikutnya dan bayar ongkir {fee} saja."],
               com=["Hadiahku sudah sampai!! Makasih {brand} 😍", "Awalnya kukira hoax tapi beneran dikirim"],
               comt="Komentar", day="hari", cta="Klaim sekarang"),
    "tr": dict(dear=["Değerli {brand} müşterisi,", "Sayın kullanıcı,"], congr="Tebrikler!",
               sel=["{year} müşteri memnuniyeti anketimize katılmak için rastgele seçildiniz. Sadece 30 saniye sürer ve teşekkür olarak <b>{prize}</b> kazanabilirsiniz!"],
               timer=["Bu teklifin bitmesine kalan süre", "Acele edin! Oturumunuz sona eriyor"], left="Bugün sadece {n} ödül kaldı!",
               q="Soru {i} / {t}:", check=["Cevaplarınız kontrol ediliyor…", "IP adresiniz doğrulanıyor…", "Ödül stoğu kontrol ediliyor…"],
               ok=["{t} sorunun {t} tanesini cevapladınız", "IP adresiniz geçerli", "Ödül mevcut: 1 adet"],
               boxes="Bir hediye kutusu seçin. 3 hakkınız var!", empty="Maalesef bu kutu boş! {k} hakkınız kaldı.",
               won="Tebrikler! {prize} kazandınız!", claim=["Ödülünüzü almak için bir sonraki sayfada bilgilerinizi girin ve yalnızca {fee} kargo ücreti ödeyin."],
               com=["Benimki bugün geldi!! Teşekkürler {brand} 😍", "Önce sahte sandım ama 3 günde geldi"],
               comt="Yorumlar", day="gün", cta="Hemen al"),
    "ru": dict(dear=["Уважаемый покупатель {brand}!", "Уважаемый пользователь!"], congr="Поздравляем!",
               sel=["Вы случайным образом выбраны для участия в опросе удовлетворённости клиентов {year}. Это займёт 30 секунд, а в благодарность вы можете получить <b>{prize}</b>!"],
               timer=["Предложение истекает через", "Спешите! Сессия истекает через"], left="Сегодня осталось всего {n} призов!",
               q="Вопрос {i} из {t}:", check=["Проверяем ваши ответы…", "Проверяем IP-адрес…", "Проверяем наличие призов…"],
               ok=["Вы ответили на {t} из {t} вопросов", "Ваш IP-адрес подходит", "Приз доступен: остался 1"],
               boxes="Выберите подарочную коробку. У вас 3 попытки!", empty="Увы, коробка пуста! Осталось попыток: {k}.",
               won="Поздравляем! Вы выиграли {prize}!", claim=["Чтобы получить приз, укажите данные на следующей странице и оплатите только доставку — {fee}."],
               com=["Мой приз пришёл сегодня!! Спасибо {brand} 😍", "Думала, что развод, но пришло за 3 дня"],
               comt="Комментарии", day="день", cta="Получить"),
    "vi": dict(dear=["Kính gửi khách hàng {brand},", "Kính gửi người dùng,"], congr="Xin chúc mừng!",
               sel=["Bạn đã được chọn ngẫu nhiên tham gia khảo sát mức độ hài lòng {year}. Chỉ mất 30 giây và bạn có thể nhận <b>{prize}</b>!"],
               timer=["Ưu đãi hết hạn sau", "Nhanh lên! Phiên của bạn hết hạn sau"], left="Hôm nay chỉ còn {n} phần quà!",
               q="Câu hỏi {i}/{t}:", check=["Đang kiểm tra câu trả lời…", "Đang xác minh địa chỉ IP…", "Đang kiểm tra quà tặng…"],
               ok=["Bạn đã trả lời {t}/{t} câu hỏi", "Địa chỉ IP hợp lệ", "Quà còn: 1"],
               boxes="Chọn một hộp quà. Bạn có 3 lượt!", empty="Hộp này trống! Còn {k} lượt.",
               won="Chúc mừng! Bạn đã trúng {prize}!", claim=["Để nhận quà, điền thông tin ở trang tiếp theo và chỉ thanh toán phí vận chuyển {fee}."],
               com=["Mình nhận được quà hôm nay rồi!! Cảm ơn {brand} 😍", "Tưởng lừa đảo ai ngờ 3 ngày là tới"],
               comt="Bình luận", day="ngày", cta="Nhận ngay"),
    "ar": dict(dear=["عزيزي عميل {brand}،", "عزيزي المستخدم،"], congr="تهانينا!",
               sel=["تم اختيارك عشوائيًا للمشاركة في استبيان رضا العملاء لعام {year}. يستغرق 30 ثانية فقط، وكشكر لك يمكنك الحصول على <b>{prize}</b>!"],
               timer=["ينتهي هذا العرض خلال", "أسرع! تنتهي جلستك خلال"], left="تبقى {n} جوائز فقط اليوم!",
               q="السؤال {i} من {t}:", check=["جارٍ التحقق من إجاباتك…", "جارٍ التحقق من عنوان IP…", "جارٍ التحقق من توفر الجائزة…"],
               ok=["أجبت عن {t} من {t} أسئلة", "عنوان IP الخاص بك صالح", "الجائزة متاحة: تبقى 1"],
               boxes="اختر صندوق هدايا. لديك 3 محاولات!", empty="للأسف الصندوق فارغ! تبقى {k} محاولات.",
               won="تهانينا! لقد ربحت {prize}!", claim=["لاستلام جائزتك، أدخل بياناتك في الصفحة التالية وادفع رسوم الشحن فقط {fee}."],
               com=["وصلتني الجائزة اليوم!! شكرًا {brand} 😍", "كنت أظنها خدعة لكنها وصلت خلال 3 أيام"],
               comt="التعليقات", day="يوم", cta="احصل عليها الآن"),
}

SQ = {
    "en": [("Are you male or female?", ["Male", "Female"]), ("How old are you?", ["18-24", "25-34", "35-49", "50+"]),
           ("How would you rate {brand}?", ["Excellent", "Good", "Fair", "Poor"]), ("How often do you shop at {brand}?", ["Every week", "Every month", "Rarely"]),
           ("Do you own an iPhone?", ["Yes", "No"]), ("Would you recommend {brand} to your friends?", ["Yes", "No", "Maybe"]),
           ("Which browser do you use most?", ["Chrome", "Safari", "Firefox", "Other"])],
    "es": [("¿Eres hombre o mujer?", ["Hombre", "Mujer"]), ("¿Cuántos años tienes?", ["18-24", "25-34", "35-49", "50+"]),
           ("¿Cómo valorarías {brand}?", ["Excelente", "Buena", "Regular", "Mala"]), ("¿Con qué frecuencia compras en {brand}?", ["Cada semana", "Cada mes", "Casi nunca"]),
           ("¿Recomendarías {brand} a tus amigos?", ["Sí", "No", "Quizás"])],
    "pt": [("Você é homem ou mulher?", ["Homem", "Mulher"]), ("Qual a sua idade?", ["18-24", "25-34", "35-49", "50+"]),
           ("Como você avalia a {brand}?", ["Excelente", "Boa", "Regular", "Ruim"]), ("Com que frequência você compra na {brand}?", ["Toda semana", "Todo mês", "Raramente"]),
           ("Você recomendaria a {brand}?", ["Sim", "Não", "Talvez"])],
    "fr": [("Êtes-vous un homme ou une femme ?", ["Homme", "Femme"]), ("Quel âge avez-vous ?", ["18-24", "25-34", "35-49", "50+"]),
           ("Comment évaluez-vous {brand} ?", ["Excellent", "Bien", "Moyen", "Mauvais"]), ("À quelle fréquence faites-vous vos achats chez {brand} ?", ["Chaque semaine", "Chaque mois", "Rarement"]),
           ("Recommanderiez-vous {brand} ?", ["Oui", "Non", "Peut-être"])],
    "de": [("Sind Sie männlich oder weiblich?", ["Männlich", "Weiblich"]), ("Wie alt sind Sie?", ["18-24", "25-34", "35-49", "50+"]),
           ("Wie bewerten Sie {brand}?", ["Sehr gut", "Gut", "Befriedigend", "Schlecht"]), ("Wie oft kaufen Sie bei {brand} ein?", ["Jede Woche", "Jeden Monat", "Selten"]),
           ("Würden Sie {brand} weiterempfehlen?", ["Ja", "Nein", "Vielleicht"])],
    "id": [("Apakah Anda pria atau wanita?", ["Pria", "Wanita"]), ("Berapa usia Anda?", ["18-24", "25-34", "35-49", "50+"]),
           ("Bagaimana penilaian Anda tentang {brand}?", ["Sangat baik", "Baik", "Cukup", "Buruk"]), ("Seberapa sering Anda berbelanja di {brand}?", ["Setiap minggu", "Setiap bulan", "Jarang"]),
           ("Apakah Anda akan merekomendasikan {brand}?", ["Ya", "Tidak", "Mungkin"])],
    "tr": [("Cinsiyetiniz nedir?", ["Erkek", "Kadın"]), ("Kaç yaşındasınız?", ["18-24", "25-34", "35-49", "50+"]),
           ("{brand} hizmetini nasıl değerlendirirsiniz?", ["Mükemmel", "İyi", "Orta", "Kötü"]), ("Ne sıklıkla alışveriş yaparsınız?", ["Her hafta", "Her ay", "Nadiren"]),
           ("{brand} markasını arkadaşlarınıza tavsiye eder misiniz?", ["Evet", "Hayır", "Belki"])],
    "ru": [("Ваш пол?", ["Мужской", "Женский"]), ("Сколько вам лет?", ["18-24", "25-34", "35-49", "50+"]),
           ("Как вы оцениваете {brand}?", ["Отлично", "Хорошо", "Удовлетворительно", "Плохо"]), ("Как часто вы делаете покупки в {brand}?", ["Каждую неделю", "Каждый месяц", "Редко"]),
           ("Порекомендуете ли вы {brand} друзьям?", ["Да", "Нет", "Возможно"])],
    "vi": [("Bạn là nam hay nữ?", ["Nam", "Nữ"]), ("Bạn bao nhiêu tuổi?", ["18-24", "25-34", "35-49", "50+"]),
           ("Bạn đánh giá {brand} thế nào?", ["Rất tốt", "Tốt", "Bình thường", "Kém"]), ("Bạn mua sắm tại {brand} thường xuyên không?", ["Hàng tuần", "Hàng tháng", "Hiếm khi"]),
           ("Bạn có giới thiệu {brand} cho bạn bè không?", ["Có", "Không", "Có thể"])],
    "ar": [("هل أنت ذكر أم أنثى؟", ["ذكر", "أنثى"]), ("كم عمرك؟", ["18-24", "25-34", "35-49", "50+"]),
           ("كيف تقيّم {brand}؟", ["ممتاز", "جيد", "مقبول", "سيئ"]), ("كم مرة تتسوق من {brand}؟", ["كل أسبوع", "كل شهر", "نادرًا"]),
           ("هل تنصح أصدقاءك بـ{brand}؟", ["نعم", "لا", "ربما"])],
}

FEES = {"en": ["$1.95", "$2.00", "$4.95", "$1.00", "$2.95"], "es": ["1,95 €", "2 €", "2,95 €"], "pt": ["R$ 9,90", "R$ 14,90", "R$ 4,99"],
        "fr": ["1,95 €", "2 €", "2,99 €"], "de": ["1,95 €", "2 €", "2,95 €"], "id": ["Rp 19.000", "Rp 25.000"], "hi": ["₹49", "₹99"],
        "ar": ["9 ر.س", "10 درهم"], "vi": ["25.000 ₫", "39.000 ₫"], "tr": ["29,90 ₺", "49,90 ₺"], "ru": ["199 ₽", "249 ₽"]}


def _questions(ctx, brand, k):
    qs = ctx.sample(SQ[ctx.lang], k)
    return [(q.format(brand=brand), a) for q, a in qs]


def survey_funnel(ctx) -> dict:
    lang, T = ctx.lang, SF[ctx.lang]
    brand, prize = _brand(ctx), ctx.pick(WEB_PRIZES.get(lang, WEB_PRIZES["en"]))
    fee = ctx.pick(FEES[lang])
    nq = ctx.pick([3, 4, 4, 5])
    parts = []
    if ctx.chance(0.6):
        parts.append(f'<div{ctx.cls("muted")} id="date">{date_writer_script(ctx, lang)}</div>')
    if ctx.chance(0.5):
        parts.append(img(ctx, brand + " logo", brand))
    parts.append(h(ctx, 1, T["congr"], "title"))
    parts.append(p(ctx, esc(ctx.pick(T["dear"], brand=brand))))
    parts.append(p(ctx, ctx.pick(T["sel"], brand=brand, prize=esc(prize), year=YEAR, day=T["day"])))
    timer_min = ctx.randint(2, 9)
    if ctx.chance(0.75):
        parts.append(f'<div{ctx.cls("alert")}>{ctx.pick(T["timer"])} <span id="timer">0{timer_min}:00</span></div>')
    if ctx.chance(0.5):
        parts.append(p(ctx, f"<b>{T['left'].format(n=ctx.randint(2, 9))}</b>"))
    qs = _questions(ctx, brand, nq)
    qhtml = []
    for i, (q, answers) in enumerate(qs, 1):
        ans = "".join(button(ctx, esc(a), "#", primary=False, onclick=f"nextQ({i})") for a in answers)
        disp = "" if i == 1 else ' style="display:none"'
        qhtml.append(f'<div class="question" id="q{i}"{disp}><p{ctx.cls("muted")}>{T["q"].format(i=i, t=nq)}</p>{h(ctx, 3, esc(q))}{ans}</div>')
    parts.append(f'<section id="survey">{"".join(qhtml)}</section>')
    checks = "".join(f"<li>✔ {c} <span>{o.format(t=nq)}</span></li>" for c, o in zip(T["check"], T["ok"], strict=True))
    parts.append(f'<div id="checking" style="display:none"><ul>{checks}</ul></div>')
    if ctx.chance(0.6):
        boxes = "".join(f'<div class="box" onclick="openBox(this)">{img(ctx, "gift box", "gift box")}</div>' for _ in range(ctx.pick([3, 6, 9, 12])))
        parts.append(f'<div id="boxes" style="display:none"><h3>{T["boxes"]}</h3><div{ctx.cls("grid")}>{boxes}</div>'
                     f'<p id="empty">{T["empty"].format(k=2)}</p></div>')
    parts.append(f'<div id="won" style="display:none">{h(ctx, 2, esc(T["won"].format(prize=prize)))}{img(ctx, prize, prize)}'
                 f'{p(ctx, ctx.pick(T["claim"], fee=fee))}{button(ctx, T["cta"], ctx.pick(["checkout.html", "claim.php", "/order?prize=1", "step3.html"]))}</div>')
    variant = ctx.rng.random()
    if variant < 0.3:
        # inline details form (common in smaller kits)
        F = FIELDS[lang]
        fields = ctx.pick([["name", "email", "phone"], ["first", "last", "email", "phone", "address", "city", "zip"],
                           ["name", "email", "phone", "dob", "address"], ["email"], ["phone"]])
        parts.append(f'<div id="details">{form(ctx, fields, T["cta"], extra=consent_checkbox(ctx, esc(F["email"]) + " ✓") if ctx.chance(0.2) else "")}</div>')
    if ctx.chance(0.7):
        com = [(person(ctx, ctx.chance(0.5)), esc(ctx.pick(T["com"], brand=brand, prize=prize)), rel_time(ctx)) for _ in range(ctx.randint(3, 9))]
        parts.append(comments_block(ctx, com, T["comt"]))
    js = ("<script>function nextQ(i){document.getElementById('q'+i).style.display='none';var n=document.getElementById('q'+(i+1));"
          "if(n){n.style.display='block';}else{document.getElementById('checking').style.display='block';"
          "setTimeout(function(){var b=document.getElementById('boxes');(b||document.getElementById('won')).style.display='block';},3000);}}"
          "var tries=0;function openBox(e){tries++;if(tries>=2){document.getElementById('won').style.display='block';}}</script>")
    body_end = js + (countdown_script(ctx, "timer", timer_min) if "timer" in "".join(parts) else "")
    site = ctx.pick([f"{brand} Rewards", f"{brand} Survey", f"{YEAR} Customer Survey", brand])
    links, ftext = _scam_footer(ctx, site)
    url = _scam_url(ctx, [ctx.pick(["survey", "rewards", "promo", "prize", "winner", "giftcenter"]), slugify(brand).replace("-", "")[:8]],
                    ctx.pick(["", "?c=" + ctx.alnum(8), "lp/" + ctx.alnum(5).lower(), "index.html"]))
    doc = Doc(title=ctx.pick([f"{T['congr']} {brand}", f"{brand} {YEAR}", site, f"{T['congr']} – {prize}"]), main="".join(parts),
              site=site if ctx.chance(0.5) else "", footer_links=links, footer_text=ftext, body_end=body_end,
              nav=[] if ctx.chance(0.6) else std_nav(ctx, n=ctx.randint(2, 4)), cookie=ctx.chance(0.15))
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# Claim checkout: "your prize is reserved, pay only shipping" with card fields
# ---------------------------------------------------------------------------------------
CO = {
    "en": dict(h=["Congratulations! Your {prize} is reserved", "Claim your {prize}", "Final step: confirm your shipping"],
               sub=["Complete the form below to receive your prize.", "Enter your shipping details. Your prize will be sent within 5-7 business days."],
               value="Retail value", price="Your price", ship="Shipping & handling", total="Total today",
               expires="Your reservation expires in", stock="Only {n} units left!", pay="Pay {fee} and claim",
               fine="By clicking the button above you agree to the Terms and Conditions. You will be charged {fee} today for shipping and handling. You will also be enrolled in our {club} with a {days}-day trial; after the trial period you will be billed {monthly} every {period} days until you cancel. To cancel, contact support@{domain}.",
               secure="🔒 Secure 256-bit SSL payment", club=["VIP Rewards Club", "Premium Deals Membership", "Prize Insider Club"]),
    "es": dict(h=["¡Enhorabuena! Tu {prize} está reservado", "Reclama tu {prize}"], sub=["Completa el formulario para recibir tu premio."],
               value="Valor", price="Tu precio", ship="Gastos de envío", total="Total hoy", expires="Tu reserva caduca en", stock="¡Solo quedan {n} unidades!",
               pay="Pagar {fee} y reclamar", fine="Al hacer clic aceptas los Términos y Condiciones. Hoy se te cobrarán {fee} de gastos de envío. También quedarás inscrito en nuestro {club} con una prueba de {days} días; después se te cobrarán {monthly} cada {period} días hasta que canceles. Para cancelar escribe a support@{domain}.",
               secure="🔒 Pago seguro SSL", club=["Club VIP de Premios"]),
    "pt": dict(h=["Parabéns! Seu {prize} está reservado", "Resgate seu {prize}"], sub=["Preencha o formulário abaixo para receber seu prêmio."],
               value="Valor", price="Seu preço", ship="Frete", total="Total hoje", expires="Sua reserva expira em", stock="Restam apenas {n} unidades!",
               pay="Pagar {fee} e resgatar", fine="Ao clicar você concorda com os Termos e Condições. Será cobrado {fee} hoje referente ao frete. Você também será inscrito no nosso {club} com teste de {days} dias; após o teste será cobrado {monthly} a cada {period} dias até o cancelamento. Para cancelar, escreva para support@{domain}.",
               secure="🔒 Pagamento seguro", club=["Clube VIP de Prêmios"]),
    "fr": dict(h=["Félicitations ! Votre {prize} est réservé", "Recevez votre {prize}"], sub=["Remplissez le formulaire ci-dessous pour recevoir votre lot."],
               value="Valeur", price="Votre prix", ship="Frais de port", total="Total aujourd'hui", expires="Votre réservation expire dans", stock="Plus que {n} exemplaires !",
               pay="Payer {fee} et recevoir", fine="En cliquant, vous acceptez les Conditions générales. {fee} vous seront débités aujourd'hui pour les frais de port. Vous serez également inscrit à notre {club} avec un essai de {days} jours ; ensuite {monthly} seront prélevés tous les {period} jours jusqu'à résiliation. Pour résilier : support@{domain}.",
               secure="🔒 Paiement sécurisé", club=["Club Privilège"]),
    "de": dict(h=["Glückwunsch! Ihr {prize} ist reserviert", "Sichern Sie sich Ihr {prize}"], sub=["Füllen Sie das Formular aus, um Ihren Gewinn zu erhalten."],
               value="Wert", price="Ihr Preis", ship="Versand", total="Heute zu zahlen", expires="Ihre Reservierung läuft ab in", stock="Nur noch {n} Stück!",
               pay="{fee} bezahlen und sichern", fine="Mit dem Klick akzeptieren Sie die AGB. Heute werden {fee} Versandkosten berechnet. Zusätzlich werden Sie Mitglied im {club} mit {days} Tagen Testzeitraum; danach werden alle {period} Tage {monthly} abgebucht, bis Sie kündigen. Kündigung an support@{domain}.",
               secure="🔒 Sichere SSL-Zahlung", club=["VIP-Vorteilsclub"]),
    "tr": dict(h=["Tebrikler! {prize} sizin için ayrıldı", "{prize} ödülünüzü alın"], sub=["Ödülünüzü almak için aşağıdaki formu doldurun."],
               value="Değeri", price="Sizin fiyatınız", ship="Kargo", total="Bugün ödenecek", expires="Rezervasyonunuzun bitmesine", stock="Sadece {n} adet kaldı!",
               pay="{fee} öde ve al", fine="Tıklayarak Şartlar ve Koşulları kabul edersiniz. Bugün {fee} kargo ücreti tahsil edilecektir. Ayrıca {days} günlük deneme ile {club} üyeliğine kaydolursunuz; deneme sonrası iptal edene kadar her {period} günde bir {monthly} tahsil edilir. İptal için support@{domain}.",
               secure="🔒 Güvenli ödeme", club=["VIP Ödül Kulübü"]),
    "ru": dict(h=["Поздравляем! Ваш {prize} зарезервирован", "Получите {prize}"], sub=["Заполните форму ниже, чтобы получить приз."],
               value="Стоимость", price="Ваша цена", ship="Доставка", total="К оплате сегодня", expires="Бронь истекает через", stock="Осталось всего {n} шт.!",
               pay="Оплатить {fee} и получить", fine="Нажимая кнопку, вы принимаете Условия. Сегодня с вас будет списано {fee} за доставку. Также вы будете подключены к {club} с пробным периодом {days} дней; затем каждые {period} дней будет списываться {monthly} до отмены. Отмена: support@{domain}.",
               secure="🔒 Безопасная оплата", club=["VIP-клуб призов"]),
    "id": dict(h=["Selamat! {prize} Anda sudah dipesan", "Klaim {prize} Anda"], sub=["Lengkapi formulir di bawah untuk menerima hadiah."],
               value="Nilai", price="Harga Anda", ship="Ongkos kirim", total="Total hari ini", expires="Reservasi berakhir dalam", stock="Tinggal {n} unit!",
               pay="Bayar {fee} dan klaim", fine="Dengan mengklik tombol Anda menyetujui Syarat dan Ketentuan. Anda akan dikenakan {fee} untuk ongkos kirim hari ini dan didaftarkan ke {club} dengan masa uji coba {days} hari; setelah itu ditagih {monthly} setiap {period} hari sampai dibatalkan. Pembatalan: support@{domain}.",
               secure="🔒 Pembayaran aman", club=["Klub VIP Hadiah"]),
}


def claim_checkout(ctx) -> dict:
    lang, T = ctx.lang, CO[ctx.lang]
    brand, prize = _brand(ctx), ctx.pick(WEB_PRIZES[lang])
    fee = ctx.pick(FEES[lang])
    domain = ctx.pick(["prize-", "rewards-", "gift", "winner-", "vip"]) + ctx.alnum(5).lower() + "." + ctx.pick(["com", "net", "shop", "xyz"])
    monthly = money(lang, local_amount(ctx, ctx.pick([39.95, 49.95, 69.99, 89.95, 79.9])))
    parts = [h(ctx, 1, esc(ctx.pick(T["h"], prize=prize)), "title"), p(ctx, ctx.pick(T["sub"]))]
    if ctx.chance(0.6):
        parts.append(img(ctx, prize, prize))
    val = money(lang, local_amount(ctx, ctx.pick([499, 799, 999, 1199, 1499])))
    summary = [(T["value"], f"<s>{val}</s>"), (T["price"], money(lang, 0)), (T["ship"], fee), (T["total"], f"<b>{fee}</b>")]
    parts.append("<table class=\"summary\">" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in summary) + "</table>")
    if ctx.chance(0.7):
        parts.append(f'<p{ctx.cls("alert")}>{T["expires"]} <span id="t">0{ctx.randint(3, 9)}:{ctx.randint(10, 59)}</span> · {T["stock"].format(n=ctx.randint(2, 11))}</p>')
    fields = ["first", "last", "address", "city", "zip", "phone", "email"]
    if ctx.chance(0.5):
        fields.append("dob")
    if ctx.chance(0.3):
        fields.append("country")
    fields += ["card", "exp", "cvv"]
    parts.append(form(ctx, fields, T["pay"].format(fee=fee), action=ctx.pick(["pay.php", "/checkout/process", "order.php", "#"])))
    parts.append(p(ctx, T["secure"], "muted"))
    fine = T["fine"].format(fee=fee, club=ctx.pick(T["club"]), days=ctx.pick([5, 7, 14]), monthly=monthly, period=ctx.pick([14, 30]), domain=domain)
    parts.append(f'<p{ctx.cls("muted")} style="font-size:{ctx.pick([9, 10, 11])}px">{fine}</p>')
    if ctx.chance(0.3):
        parts.append(img(ctx, "visa mastercard secure", "Visa Mastercard Norton Secured"))
    links, ftext = _scam_footer(ctx, ctx.pick([domain, f"{brand} Rewards"]))
    doc = Doc(title=ctx.pick([f"Checkout – {prize}", ctx.pick(T["h"], prize=prize), "Secure Checkout", domain]), main="".join(parts),
              footer_links=links, footer_text=ftext, nav=std_nav(ctx, n=ctx.randint(1, 3)) if ctx.chance(0.3) else [], body_end=countdown_script(ctx, "t", 7) if any('id="t"' in x for x in parts) else "")
    url = _scam_url(ctx, [domain.split(".")[0]], ctx.pick(["checkout", "claim", "order.php?id=" + str(ctx.randint(100, 999)), ""]))
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# App-install-to-unlock
# ---------------------------------------------------------------------------------------
APPS = [("Cleaner Master Pro", "Boost & clean your phone"), ("Turbo VPN Lite", "Fast secure proxy"), ("Audiomay – Music Player", "Listen free"),
        ("Coin Rush Rewards", "Play and earn"), ("Battery Saver Max", "Longer battery life"), ("Solitaire Cash Win", "Win real prizes"),
        ("QR Scanner Fast", "Scan any code"), ("Weather Live Radar", "Forecast & alerts"), ("Lucky Spin Winner", "Spin daily"),
        ("Fast Booster 2026", "Speed up games"), ("Photo Editor AI", "Magic filters"), ("Step Counter Cash", "Walk and earn")]
AI = {
    "en": dict(h=["One Last Step!", "Final Step: Verify you are human", "Almost done!", "Unlock your reward"],
               body=["Download and open {n} sponsor apps below and keep each open for 30 seconds to unlock your {prize}.",
                     "To prevent bots, install {n} free apps from our sponsors. Your {prize} will be unlocked automatically.",
                     "Click on Download, install the app and open it for at least 30 seconds. Then come back to this page to claim your {prize}."],
               inst="Install", prog="{k}/{n} apps completed", locked="🔒 Claim {prize}", note="Do not close this page until the apps are installed.",
               left="Gifts remaining:"),
    "es": dict(h=["¡Un último paso!", "Paso final: verifica que eres humano"], body=["Descarga y abre {n} apps de nuestros patrocinadores durante 30 segundos para desbloquear tu {prize}."],
               inst="Instalar", prog="{k}/{n} apps completadas", locked="🔒 Reclamar {prize}", note="No cierres esta página hasta instalar las apps.", left="Regalos restantes:"),
    "pt": dict(h=["Último passo!", "Passo final: prove que você é humano"], body=["Baixe e abra {n} apps dos nossos patrocinadores por 30 segundos para liberar seu {prize}."],
               inst="Instalar", prog="{k}/{n} apps concluídos", locked="🔒 Resgatar {prize}", note="Não feche esta página até instalar os apps.", left="Presentes restantes:"),
    "hi": dict(h=["बस एक आखिरी स्टेप!", "फाइनल स्टेप"], body=["अपना {prize} अनलॉक करने के लिए नीचे दिए {n} स्पॉन्सर ऐप डाउनलोड करें और 30 सेकंड तक खोलें।"],
               inst="इंस्टॉल करें", prog="{n} में से {k} ऐप पूरे", locked="🔒 {prize} क्लेम करें", note="ऐप इंस्टॉल होने तक यह पेज बंद न करें।", left="बचे हुए गिफ्ट:"),
    "id": dict(h=["Langkah Terakhir!", "Verifikasi bahwa kamu manusia"], body=["Download dan buka {n} aplikasi sponsor di bawah selama 30 detik untuk membuka {prize} kamu."],
               inst="Pasang", prog="{k}/{n} aplikasi selesai", locked="🔒 Klaim {prize}", note="Jangan tutup halaman ini sampai aplikasi terpasang.", left="Sisa hadiah:"),
    "fr": dict(h=["Dernière étape !"], body=["Téléchargez et ouvrez {n} applications de nos partenaires pendant 30 secondes pour débloquer votre {prize}."],
               inst="Installer", prog="{k}/{n} applications", locked="🔒 Recevoir {prize}", note="Ne fermez pas cette page.", left="Cadeaux restants :"),
    "tr": dict(h=["Son bir adım!"], body=["{prize} ödülünün kilidini açmak için sponsor uygulamalarından {n} tanesini indirip 30 saniye açık tut."],
               inst="Yükle", prog="{k}/{n} uygulama tamamlandı", locked="🔒 {prize} al", note="Uygulamalar yüklenene kadar bu sayfayı kapatma.", left="Kalan hediye:"),
    "vi": dict(h=["Bước cuối cùng!"], body=["Tải và mở {n} ứng dụng tài trợ bên dưới trong 30 giây để mở khóa {prize}."],
               inst="Cài đặt", prog="Hoàn thành {k}/{n} ứng dụng", locked="🔒 Nhận {prize}", note="Đừng đóng trang này cho đến khi cài xong.", left="Quà còn lại:"),
}


def _play_link(ctx, name):
    pkg = "com." + slugify(name).split("-")[0] + "." + ctx.pick(["app", "free", "pro", "lite", "android"])
    return f"https://play.google.com/store/apps/details?id={pkg}" + (f"&amp;referrer=utm_source%3D{ctx.alnum(8)}" if ctx.chance(0.5) else "")


def app_install_unlock(ctx) -> dict:
    lang, T = ctx.lang, AI[ctx.lang]
    brand, prize = _brand(ctx), ctx.pick(WEB_PRIZES[lang])
    n = ctx.pick([1, 2, 2, 3])
    apps = ctx.sample(APPS, n)
    parts = []
    if ctx.chance(0.5):
        parts.append(f'<p{ctx.cls("subtitle")}>{esc(ctx.pick(WA.get(lang, WA["en"])["title"], prize=prize, brand=brand, year=YEAR))}</p>')
    parts.append(h(ctx, 1, ctx.pick(T["h"]), "title"))
    parts.append(p(ctx, esc(ctx.pick(T["body"], n=n, prize=prize))))
    cards = []
    for name, desc in apps:
        link = _play_link(ctx, name) if ctx.chance(0.6) else ctx.pick([f"https://{ctx.alnum(6).lower()}.{ctx.pick(['xyz', 'top', 'click'])}/go?o={ctx.randint(1000, 99999)}", "#"])
        cards.append(f'<div{ctx.cls("card")}>{img(ctx, name, name)}<h4>{esc(name)}</h4><p{ctx.cls("muted")}>{esc(desc)} · ★ {ctx.pick(["4.1", "4.5", "4.7", "3.9"])}</p>'
                     f'<a href="{link}"{ctx.cls("btn_primary")} onclick="done++">{T["inst"]}</a></div>')
    parts.append(f'<div{ctx.cls("grid")}>{"".join(cards)}</div>')
    parts.append(f'<p id="prog">{T["prog"].format(k=0, n=n)}</p>')
    parts.append(f'<button disabled{ctx.cls("btn")} id="claim">{esc(T["locked"].format(prize=prize))}</button>')
    parts.append(p(ctx, T["note"], "muted"))
    if ctx.chance(0.5):
        parts.append(f'<p>{T["left"]} <b id="left">{ctx.randint(12, 300)}</b></p>')
    links, ftext = _scam_footer(ctx, brand)
    doc = Doc(title=ctx.pick([ctx.pick(T["h"]), prize, f"{brand} – {prize}"]), main="".join(parts), footer_links=links if ctx.chance(0.5) else [],
              nav=std_nav(ctx, n=ctx.randint(1, 4)) if ctx.chance(0.3) else [],
              footer_text=ftext, body_end=(f"<script>var done=0;setInterval(function(){{if(done>={n}){{document.getElementById('claim').disabled=false;}}}},1000);</script>")
              + (counter_script(ctx, "left", 200) if 'id="left"' in parts[-1] else ""))
    url = _scam_url(ctx, [ctx.pick(["apps", "unlock", "gift", "claim"]), slugify(brand).replace("-", "")[:8]], ctx.pick(["", "apps.html", "step3.html"]))
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# Spin-the-wheel / pick-a-box lucky draw with a delivery fee
# ---------------------------------------------------------------------------------------
LS = {
    "en": dict(h=["Spin the wheel and win!", "🎁 Today's Lucky Draw", "You have {k} chances to win!", "Dear {brand} customer, you have been selected!"],
               intro=["Your phone number was randomly selected in today's {brand} lucky draw. Spin the wheel to reveal your prize.",
                      "Only {n} prizes left for visitors from your region. Spin now!", "Pick one of the boxes. If you find the {prize}, it's yours!"],
               spin="SPIN", again="Try again", won="Congratulations! You won a {prize}!", fee="Pay only the delivery fee of {fee} and receive your prize in 3–5 days.",
               res="The prize is reserved for you for", winners="Latest winners", cta="Claim my prize", cod="Cash on delivery available"),
    "es": dict(h=["¡Gira la ruleta y gana!", "🎁 Sorteo de hoy"], intro=["Tu número ha sido seleccionado en el sorteo diario de {brand}. Gira la ruleta para descubrir tu premio."],
               spin="GIRAR", again="Inténtalo de nuevo", won="¡Enhorabuena! ¡Has ganado un {prize}!", fee="Paga solo los gastos de envío de {fee} y recíbelo en 3–5 días.",
               res="El premio está reservado durante", winners="Últimos ganadores", cta="Reclamar premio", cod="Pago contra reembolso"),
    "pt": dict(h=["Gire a roleta e ganhe!", "🎁 Sorteio do dia"], intro=["Seu número foi selecionado no sorteio diário da {brand}. Gire a roleta para descobrir seu prêmio."],
               spin="GIRAR", again="Tente novamente", won="Parabéns! Você ganhou um {prize}!", fee="Pague apenas o frete de {fee} e receba em 3 a 5 dias.",
               res="Prêmio reservado por", winners="Últimos ganhadores", cta="Resgatar prêmio", cod="Pagamento na entrega"),
    "fr": dict(h=["Tournez la roue et gagnez !", "🎁 Tirage du jour"], intro=["Votre numéro a été tiré au sort aujourd'hui par {brand}. Tournez la roue pour découvrir votre lot."],
               spin="TOURNER", again="Réessayez", won="Félicitations ! Vous avez gagné un {prize} !", fee="Payez uniquement les frais de livraison de {fee}.",
               res="Lot réservé pendant", winners="Derniers gagnants", cta="Recevoir mon lot", cod="Paiement à la livraison"),
    "de": dict(h=["Dreh am Glücksrad und gewinne!", "🎁 Heutige Verlosung"], intro=["Ihre Nummer wurde bei der heutigen {brand}-Verlosung gezogen. Drehen Sie das Rad!"],
               spin="DREHEN", again="Nochmal versuchen", won="Glückwunsch! Sie haben ein {prize} gewonnen!", fee="Zahlen Sie nur die Liefergebühr von {fee}.",
               res="Der Preis ist reserviert für", winners="Letzte Gewinner", cta="Gewinn anfordern", cod="Zahlung bei Lieferung"),
    "id": dict(h=["Putar roda dan menangkan hadiah!", "🎁 Undian Hari Ini"], intro=["Nomor Anda terpilih dalam undian harian {brand}. Putar roda untuk melihat hadiah Anda."],
               spin="PUTAR", again="Coba lagi", won="Selamat! Anda memenangkan {prize}!", fee="Cukup bayar ongkir {fee} dan hadiah dikirim 3–5 hari.",
               res="Hadiah disimpan untuk Anda selama", winners="Pemenang terbaru", cta="Klaim hadiah", cod="Bisa COD"),
    "hi": dict(h=["व्हील घुमाएँ और जीतें!", "🎁 आज का लकी ड्रॉ"], intro=["आज के {brand} लकी ड्रॉ में आपका नंबर चुना गया है। अपना इनाम देखने के लिए व्हील घुमाएँ।"],
               spin="घुमाएँ", again="फिर कोशिश करें", won="बधाई हो! आपने {prize} जीता है!", fee="सिर्फ {fee} डिलीवरी चार्ज दें और 3–5 दिन में इनाम पाएं।",
               res="इनाम आपके लिए रिज़र्व है", winners="हाल के विजेता", cta="इनाम क्लेम करें", cod="कैश ऑन डिलीवरी"),
    "ar": dict(h=["أدر العجلة واربح!", "🎁 سحب اليوم"], intro=["تم اختيار رقمك في سحب {brand} اليومي. أدر العجلة لمعرفة جائزتك."],
               spin="أدر", again="حاول مرة أخرى", won="مبروك! لقد ربحت {prize}!", fee="ادفع رسوم التوصيل فقط {fee} واستلم جائزتك خلال 3–5 أيام.",
               res="الجائزة محجوزة لك لمدة", winners="آخر الفائزين", cta="استلم جائزتي", cod="الدفع عند الاستلام"),
    "vi": dict(h=["Quay vòng quay may mắn!", "🎁 Rút thăm hôm nay"], intro=["Số điện thoại của bạn đã được chọn trong chương trình rút thăm của {brand}. Quay để nhận quà."],
               spin="QUAY", again="Thử lại", won="Chúc mừng! Bạn trúng {prize}!", fee="Chỉ cần thanh toán phí giao hàng {fee}.",
               res="Quà được giữ cho bạn trong", winners="Người trúng gần đây", cta="Nhận quà", cod="Thanh toán khi nhận hàng"),
    "tr": dict(h=["Çarkı çevir, kazan!", "🎁 Günün Çekilişi"], intro=["Numaranız bugünkü {brand} çekilişinde seçildi. Ödülünüzü görmek için çarkı çevirin."],
               spin="ÇEVİR", again="Tekrar dene", won="Tebrikler! {prize} kazandınız!", fee="Sadece {fee} kargo ücreti ödeyin.",
               res="Ödül sizin için ayrıldı:", winners="Son kazananlar", cta="Ödülümü al", cod="Kapıda ödeme"),
    "ru": dict(h=["Крутите колесо и выигрывайте!", "🎁 Розыгрыш дня"], intro=["Ваш номер выбран в ежедневном розыгрыше {brand}. Крутите колесо, чтобы узнать приз."],
               spin="КРУТИТЬ", again="Попробуйте ещё", won="Поздравляем! Вы выиграли {prize}!", fee="Оплатите только доставку — {fee}.",
               res="Приз забронирован на", winners="Последние победители", cta="Забрать приз", cod="Оплата при получении"),
}


def lucky_spin(ctx) -> dict:
    lang, T = ctx.lang, LS[ctx.lang]
    brand, prize = _brand(ctx), ctx.pick(WEB_PRIZES[lang])
    fee = ctx.pick(FEES[lang])
    segs = ctx.sample(WEB_PRIZES[lang], 4) + [T["again"]] * 2
    ctx.rng.shuffle(segs)
    parts = [h(ctx, 1, esc(ctx.pick(T["h"], k=3, brand=brand)), "title"),
             p(ctx, esc(ctx.pick(T["intro"], brand=brand, n=ctx.randint(3, 12), prize=prize)))]
    if ctx.chance(0.6):
        wheel = "".join(f'<div class="seg" style="transform:rotate({i * 60}deg)">{esc(s)}</div>' for i, s in enumerate(segs))
        parts.append(f'<div id="wheel" class="wheel">{wheel}</div><button id="spin"{ctx.cls("btn_primary")} onclick="spin()">{T["spin"]}</button>')
    else:
        parts.append(f'<div{ctx.cls("grid")}>' + "".join(f'<div class="box" onclick="pick(this)">{img(ctx, "gift box", "?")}</div>' for _ in range(9)) + "</div>")
    won = [h(ctx, 2, esc(T["won"].format(prize=prize))), p(ctx, T["fee"].format(fee=fee)),
           p(ctx, f'{T["res"]} <span id="cd">0{ctx.randint(4, 9)}:00</span>')]
    fields = ctx.pick([["name", "phone", "address", "city"], ["name", "phone", "address", "city", "zip", "email"],
                       ["first", "last", "email", "phone", "address", "zip", "card", "exp", "cvv"], ["name", "phone"]])
    won.append(form(ctx, fields, T["cta"]))
    if "card" not in fields and ctx.chance(0.5):
        won.append(p(ctx, T["cod"], "muted"))
    parts.append(f'<div id="result" style="display:none">{"".join(won)}</div>')
    if ctx.chance(0.6):
        rows = "".join(f"<li>{esc(person(ctx, True))} — {esc(ctx.pick(WEB_PRIZES[lang]))} · {rel_time(ctx)}</li>" for _ in range(ctx.randint(3, 8)))
        parts.append(f"<h3>{T['winners']}</h3><ul>{rows}</ul>")
    js = ("<script>var spins=0;function spin(){spins++;var w=document.getElementById('wheel');w.style.transform='rotate('+(1440+spins*47)+'deg)';"
          "if(spins>=2){setTimeout(function(){document.getElementById('result').style.display='block';},2500);}}"
          "function pick(e){spins++;if(spins>=2){document.getElementById('result').style.display='block';}}</script>")
    links, ftext = _scam_footer(ctx, brand)
    doc = Doc(title=ctx.pick([ctx.pick(T["h"], k=3, brand=brand), f"{brand} – {T['h'][0]}", prize]), main="".join(parts),
              footer_links=links, footer_text=ftext, nav=std_nav(ctx, n=ctx.randint(1, 4)) if ctx.chance(0.35) else [], body_end=js + countdown_script(ctx, "cd", 8))
    url = _scam_url(ctx, [ctx.pick(["lucky", "spin", "draw", "wheel", "prize"]), slugify(brand).replace("-", "")[:8]])
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# Answer-and-win quizzes (Indian "Answer & Win ₹4100" style and similar)
# ---------------------------------------------------------------------------------------
QZ = {
    "hi": dict(h=["Answer & Win {amt}", "सवाल का जवाब दें और जीतें {amt}", "GUARANTEED PRIZE — हर प्रतिभागी को {amt}"],
               qs=[("भारत किस महाद्वीप में स्थित है?", ["अमेरिका", "ऑस्ट्रेलिया", "एशिया", "यूरोप"]), ("भारत की राजधानी क्या है?", ["मुंबई", "नई दिल्ली", "कोलकाता", "चेन्नई"]),
                   ("एक सप्ताह में कितने दिन होते हैं?", ["5", "6", "7", "8"]), ("ताजमहल कहाँ है?", ["आगरा", "जयपुर", "दिल्ली", "लखनऊ"])],
               sel="सही विकल्प चुनें", elig="बधाई हो! आप {amt} जीतने के योग्य हैं", share="आगे बढ़ने के लिए इसे {n} लोगों / ग्रुप में WhatsApp पर शेयर करें",
               steps=["दोस्तों को आमंत्रित करें (+5)", "ऐप डाउनलोड करें (+35)", "इनाम क्लेम करें"], tc="T & C applied", score="आपका स्कोर"),
    "en": dict(h=["Answer & Win {amt}", "Answer 3 simple questions and WIN {amt}", "GUARANTEED PRIZE for every participant: {amt}"],
               qs=[("Which is the largest planet in our solar system?", ["Earth", "Jupiter", "Mars", "Venus"]), ("How many days are there in a week?", ["5", "6", "7", "8"]),
                   ("What is the capital of France?", ["Berlin", "Madrid", "Paris", "Rome"]), ("Which animal is known as the King of the Jungle?", ["Tiger", "Lion", "Elephant", "Bear"])],
               sel="Select correct option", elig="Congrats, You are Eligible to WIN {amt}", share="Share it with {n} People to Proceed",
               steps=["Invite Your Friends (+5)", "Download App (+35)", "Claim Prize"], tc="T & C applied", score="Your score"),
    "id": dict(h=["Jawab & Menangkan {amt}", "Jawab 3 pertanyaan mudah dan dapatkan {amt}"],
               qs=[("Apa ibu kota Indonesia?", ["Bandung", "Jakarta", "Surabaya", "Medan"]), ("Berapa jumlah hari dalam seminggu?", ["5", "6", "7", "8"]),
                   ("Pulau terbesar di Indonesia?", ["Jawa", "Kalimantan", "Sumatera", "Papua"])],
               sel="Pilih jawaban yang benar", elig="Selamat, Anda berhak memenangkan {amt}", share="Bagikan ke {n} teman/grup WhatsApp untuk melanjutkan",
               steps=["Undang teman (+5)", "Unduh aplikasi (+35)", "Klaim hadiah"], tc="S&K berlaku", score="Skor Anda"),
    "ar": dict(h=["أجب واربح {amt}", "أجب عن 3 أسئلة سهلة واربح {amt}"],
               qs=[("ما هي عاصمة مصر؟", ["الإسكندرية", "القاهرة", "الجيزة", "أسوان"]), ("كم عدد أيام الأسبوع؟", ["5", "6", "7", "8"]),
                   ("ما هو أكبر كوكب في المجموعة الشمسية؟", ["الأرض", "المشتري", "المريخ", "الزهرة"])],
               sel="اختر الإجابة الصحيحة", elig="مبروك، أنت مؤهل لربح {amt}", share="شارك مع {n} أشخاص للمتابعة",
               steps=["ادعُ أصدقاءك (+5)", "حمّل التطبيق (+35)", "استلم الجائزة"], tc="تطبق الشروط", score="نتيجتك"),
}


def quiz_answer_win(ctx) -> dict:
    lang, T = ctx.lang, QZ[ctx.lang]
    amt = money(lang if lang in ("hi", "id", "ar") else ctx.pick(["hi", "en"]), ctx.pick({"hi": [4100, 5000, 423, 2500], "en": [4100, 5000, 500],
                                                                                     "id": [500000, 1000000], "ar": [500, 1000]}[lang]))
    parts = [h(ctx, 1, esc(ctx.pick(T["h"], amt=amt)), "title"), p(ctx, T["tc"], "muted")]
    for i, (q, opts) in enumerate(ctx.sample(T["qs"], ctx.pick([1, 2, 3])), 1):
        radios = "".join(f'<label><input type="radio" name="a{i}" value="{k}"> {chr(65 + k)} {esc(o)}</label><br>' for k, o in enumerate(opts))
        parts.append(f'<div class="q"><h3>Q{i} {esc(q)}</h3>{radios}<p{ctx.cls("muted")}>{T["sel"]}</p></div>')
    parts.append(f'<div id="result" style="display:{ctx.pick(["none", "block"])}">{h(ctx, 2, esc(T["elig"].format(amt=amt)))}'
                 f'<p>{T["score"]} {ctx.randint(70, 100)}/100</p><p><b>{T["share"].format(n=ctx.pick([3, 5, 10]))}</b></p>'
                 f'<a href="whatsapp://send?text={esc(T["elig"].format(amt=amt))}%20{esc(_scam_url(ctx, ["answer", "win"]) or "http://win4100.xyz")}"{ctx.cls("btn_primary")}>WhatsApp</a>'
                 f'{ul(ctx, [esc(s) for s in T["steps"]], ordered=True)}</div>')
    if ctx.chance(0.4):
        parts.append(faq(ctx, [("How to participate?", "Answer the questions, share our link on WhatsApp with genuine people, download the recommended apps and opt in to 4-5 offers."),
                               ("When will I get the prize?", "After completing all steps your prize will be credited within 7 working days.")]))
    links, ftext = _scam_footer(ctx, "Answer & Win")
    doc = Doc(title=ctx.pick(["Answer & Win Prizes", esc(ctx.pick(T["h"], amt=amt)), "Result", "Quiz"]), main="".join(parts),
              nav=std_nav(ctx, n=ctx.randint(1, 3)) if ctx.chance(0.3) else [],
              footer_links=links if ctx.chance(0.5) else [], footer_text=ftext if ctx.chance(0.6) else "")
    url = _scam_url(ctx, [ctx.pick(["answer", "quiz", "jeeto", "win"]), ctx.pick(["win", "prize", "rewards", str(ctx.randint(100, 9999))])])
    return dict(html=render_web(ctx, doc), url=url, page_created="")


__all__ = [
    "APPS",
    "FEES",
    "WEB_PRIZES",
    "app_install_unlock",
    "claim_checkout",
    "lucky_spin",
    "quiz_answer_win",
    "survey_funnel",
    "whatsapp_prize_chain",
]
