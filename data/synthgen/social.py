# ruff: noqa: E501  (template modules are mostly multilingual text tables)
"""Social-media post exports: like-and-share scams and ordinary / legitimate business posts.

Scam and legit posts go through the same ``render_social`` skins, use the same comment
mechanics and engagement-count ranges overlap. ``page_created`` is recent for most scam pages
(days to weeks before REF_DATE) but some scam pages are old hijacked pages, and some legit
pages are brand new businesses.
"""

from __future__ import annotations

from datetime import timedelta

from .core import (
    REF_DATE,
    Ctx,
    Post,
    days_before,
    esc,
    fb_post_url,
    free_host_url,
    ig_post_url,
    lang_tld,
    latin_slug,
    local_amount,
    lookalike_url,
    money,
    person,
    rel_time,
    render_social,
    slugify,
)

# ---------------------------------------------------------------------------------------
# Pools
# ---------------------------------------------------------------------------------------
BRANDS = {
    "en": ["Costco", "Walmart", "Target", "Kroger", "Aldi", "Lidl", "Tesco", "Sam's Club", "IKEA", "Coca-Cola",
           "Cadbury", "Yeti", "Stanley", "Dunkin'", "Starbucks", "Home Depot", "Lowe's", "Publix", "Sainsbury's",
           "Woolworths", "Bunnings", "Canadian Tire", "Trader Joe's", "Asda"],
    "es": ["Mercadona", "Lidl", "Carrefour", "El Corte Inglés", "Zara", "Coca-Cola", "Oxxo", "Walmart", "Soriana",
           "Coppel", "Liverpool", "Éxito", "Alcampo", "Día"],
    "pt": ["Magazine Luiza", "Casas Bahia", "Americanas", "Pão de Açúcar", "O Boticário", "Natura", "Havaianas",
           "Carrefour", "Continente", "Pingo Doce", "Atacadão", "Assaí"],
    "fr": ["Carrefour", "Leclerc", "Auchan", "Lidl", "Intermarché", "Decathlon", "IKEA", "Sephora", "Picard",
           "Leroy Merlin", "Colruyt", "Super U"],
    "de": ["Lidl", "Aldi", "Rewe", "Edeka", "dm", "Rossmann", "IKEA", "MediaMarkt", "Tchibo", "Haribo", "Kaufland",
           "Thermomix", "Penny"],
    "id": ["Indomaret", "Alfamart", "Shopee", "Tokopedia", "Pertamina", "Telkomsel", "Indomie", "Aqua", "Honda",
           "Yamaha", "Hypermart", "Transmart"],
    "hi": ["Reliance Jio", "Amul", "Tata", "Flipkart", "Big Bazaar", "DMart", "Maruti Suzuki", "Haldiram's", "Airtel",
           "Patanjali", "Amazon India"],
    "ar": ["كارفور", "لولو هايبر ماركت", "المراعي", "طيران الإمارات", "الخطوط القطرية", "بنده", "الخطوط السعودية",
           "العثيم", "Carrefour", "Lulu"],
    "vi": ["Vinamilk", "Bách Hóa Xanh", "Thế Giới Di Động", "Điện Máy Xanh", "Co.opmart", "Highlands Coffee", "Honda",
           "Viettel", "Shopee", "WinMart"],
    "tr": ["Migros", "BİM", "A101", "Şok", "Türk Telekom", "Turkcell", "Arçelik", "LC Waikiki", "Ülker",
           "Türk Hava Yolları", "CarrefourSA"],
    "ru": ["Пятёрочка", "Магнит", "Лента", "Ozon", "Wildberries", "М.Видео", "Сбер", "Ашан", "ВкусВилл", "Перекрёсток",
           "DNS"],
}

ANNIV_PRIZES = {
    "en": ["coolers filled with groceries", "Stanley tumblers", "air fryers", "$100 gift cards",
           "camping coolers with a $200 gift card inside", "grocery hampers", "e-bikes", "65-inch smart TVs",
           "Christmas food boxes", "Yeti coolers", "family food boxes worth $250"],
    "es": ["neveras portátiles llenas de productos", "cestas de Navidad", "freidoras de aire", "tarjetas regalo de 200 €",
           "bicicletas eléctricas", "televisores Smart TV", "lotes de productos"],
    "pt": ["caixas térmicas cheias de compras", "cestas básicas", "air fryers", "vales-compra de R$ 1.000",
           "bicicletas elétricas", "Smart TVs", "kits de churrasco"],
    "fr": ["glacières remplies de courses", "paniers garnis", "friteuses sans huile", "cartes cadeaux de 200 €",
           "vélos électriques", "téléviseurs 4K", "coffrets gourmands"],
    "de": ["Kühlboxen voller Lebensmittel", "Geschenkkörbe", "Heißluftfritteusen", "Gutscheine im Wert von 250 €",
           "E-Bikes", "Thermomix TM6", "Einkaufsgutscheine"],
    "id": ["paket sembako", "kulkas", "voucher belanja Rp 1.000.000", "motor matic", "kompor gas", "rice cooker",
           "hampers lebaran"],
    "hi": ["राशन किट", "स्मार्टफोन", "₹5000 के गिफ्ट वाउचर", "स्कूटी", "LED टीवी", "मिक्सर ग्राइंडर"],
    "ar": ["سلال غذائية", "قسائم شراء بقيمة 1000 ريال", "هواتف آيفون", "أجهزة قلي هوائي", "تذاكر سفر", "ثلاجات"],
    "vi": ["thùng quà Tết", "phiếu mua hàng 2.000.000đ", "xe máy", "nồi chiên không dầu", "điện thoại iPhone", "tủ lạnh"],
    "tr": ["1000 TL market çeki", "airfryer", "bayram kolisi", "bisiklet", "akıllı televizyon", "buzdolabı"],
    "ru": ["продуктовые наборы", "сертификаты на 5000 ₽", "аэрогрили", "электросамокаты", "телевизоры", "холодильники"],
}

DAYS = {
    "en": ["Friday", "Monday", "Sunday", "Saturday", "Thursday", "tomorrow"],
    "es": ["el viernes", "el lunes", "el domingo", "mañana"],
    "pt": ["sexta-feira", "segunda-feira", "domingo", "amanhã"],
    "fr": ["vendredi", "lundi", "dimanche", "demain"],
    "de": ["Freitag", "Montag", "Sonntag", "morgen"],
    "id": ["Jumat", "Senin", "Minggu", "besok"],
    "hi": ["शुक्रवार", "सोमवार", "रविवार", "कल"],
    "ar": ["الجمعة", "الاثنين", "الأحد", "غدًا"],
    "vi": ["thứ Sáu", "thứ Hai", "Chủ nhật", "ngày mai"],
    "tr": ["Cuma", "Pazartesi", "Pazar", "yarın"],
    "ru": ["в пятницу", "в понедельник", "в воскресенье", "завтра"],
}

ANNIV_POSTS = {
    "en": [
        "🎁 LIKE &amp; SHARE TO WIN 🎁 {brand} is giving away {qty} {prize} for our {years}th birthday! Just like and share this post and comment DONE below. You must be following our page. Winners picked {day}!",
        "Like, share and comment ❤️ to win one of {qty} {prize}! {brand} {years} years celebration 🎉 Tag 3 friends for an extra chance 👇",
        "🎉 {brand} is turning {years}! 🎉<br>To celebrate, we are giving away {qty} {prize} to our loyal customers!<br><br>To enter, just:<br>1️⃣ Like this post 👍<br>2️⃣ Share it ↪️<br>3️⃣ Comment “Done” ✅<br><br>Winners will be contacted by private message on {day}. Good luck everyone! 🍀",
        "{brand} {years}th ANNIVERSARY GIVEAWAY!!! We have {qty} {prize} left from our anniversary stock. Everyone who SHARES this post and comments DONE will receive one 🎁 Make sure you follow our page so we can message you!!",
        "Hello everyone! 😊 As a thank-you for {years} amazing years, {brand} will send {prize} to the first {qty} people who share this post. ⚠️ Please share PUBLICLY otherwise we can't see it. Then tap the link below to register your address 👇<br>{link}",
        "FREE {prize} for everyone who shares + comments DONE 👇 {brand} {years} years 🥳",
        "📢 GIVEAWAY TIME 📢<br>We're celebrating {years} years of {brand} with {qty} gift boxes worth {amount} each! 🎁🎁🎁<br>✅ Like &amp; share<br>✅ Comment “Done”<br>✅ Follow our page<br>That's it! Results announced in {n} days.",
        "Due to our {years}th anniversary, {brand} is giving away {qty} free {prize}. Only {left} left! 😱 Type 'Done' in the comments after sharing and check your messages.<br>Claim here ➡️ {link}",
        "🚨 LAST CHANCE 🚨 {brand} {years} year celebration — {left} of {qty} {prize} still unclaimed. Like ✔ Share ✔ Comment ✔ and click the link to confirm your delivery 👉 {link}",
    ],
    "es": [
        "🎁 DALE LIKE Y COMPARTE PARA GANAR 🎁 {brand} regala {qty} {prize} por su {years}º aniversario. Dale me gusta, comparte y comenta «HECHO». ¡Ganadores {day}!",
        "🎉 ¡{brand} cumple {years} años! 🎉<br>Para celebrarlo regalamos {qty} {prize} a nuestros clientes.<br>Para participar:<br>1️⃣ Dale me gusta a esta publicación<br>2️⃣ Compártela<br>3️⃣ Comenta «Hecho» ✅<br>Los ganadores recibirán un mensaje privado {day}. ¡Suerte! 🍀",
        "ANIVERSARIO {years} AÑOS {brand} 🎁 Nos quedan {qty} {prize} del aniversario. Todo el que COMPARTA esta publicación y comente LISTO recibirá uno. ¡Síguenos para poder escribirte!",
        "¡Hola a todos! Como agradecimiento por {years} años, {brand} enviará {prize} a las primeras {qty} personas que compartan esta publicación. ⚠️ Comparte en modo PÚBLICO. Después registra tu dirección aquí 👉 {link}",
        "🎁 {prize} GRATIS para quien comparta y comente HECHO 👇 {brand} {years} años 🥳 ¡Solo quedan {left}!",
    ],
    "pt": [
        "🎁 CURTA E COMPARTILHE PARA GANHAR 🎁 A {brand} está dando {qty} {prize} pelos {years} anos! Curta, compartilhe e comente “FEITO”. Resultado {day}!",
        "🎉 {brand} completa {years} anos! 🎉<br>Para comemorar, vamos dar {qty} {prize} para nossos clientes!<br>Para participar:<br>1️⃣ Curta esta publicação<br>2️⃣ Compartilhe<br>3️⃣ Comente “Feito” ✅<br>Os ganhadores serão avisados por mensagem {day}. Boa sorte! 🍀",
        "ANIVERSÁRIO DE {years} ANOS {brand} 🎁 Ainda temos {qty} {prize}! Todos que COMPARTILHAREM e comentarem PRONTO vão receber o seu. Siga a página para podermos te chamar no privado!",
        "Olá pessoal! Em agradecimento aos {years} anos, a {brand} vai enviar {prize} para as primeiras {qty} pessoas que compartilharem. ⚠️ Compartilhe no modo PÚBLICO. Depois cadastre seu endereço aqui 👉 {link}",
        "{prize} GRÁTIS para quem compartilhar + comentar FEITO 👇 {brand} {years} anos 🥳 Restam apenas {left}!",
    ],
    "fr": [
        "🎁 AIME ET PARTAGE POUR GAGNER 🎁 {brand} offre {qty} {prize} pour ses {years} ans ! Aimez, partagez et commentez « FAIT ». Tirage {day} !",
        "🎉 {brand} fête ses {years} ans ! 🎉<br>Pour l'occasion, nous offrons {qty} {prize} à nos fidèles clients !<br>Pour participer :<br>1️⃣ Aimez cette publication<br>2️⃣ Partagez-la<br>3️⃣ Commentez « Fait » ✅<br>Les gagnants seront contactés en message privé {day}. Bonne chance ! 🍀",
        "ANNIVERSAIRE {years} ANS {brand} 🎁 Il nous reste {qty} {prize} ! Toute personne qui PARTAGE cette publication et commente FAIT en recevra un. Abonnez-vous à la page pour qu'on puisse vous écrire !",
        "Bonjour à tous ! Pour vous remercier de {years} ans de fidélité, {brand} envoie {prize} aux {qty} premières personnes qui partagent ce post. ⚠️ Partagez en PUBLIC. Ensuite enregistrez votre adresse ici 👉 {link}",
    ],
    "de": [
        "🎁 LIKEN &amp; TEILEN UND GEWINNEN 🎁 {brand} verschenkt zum {years}. Geburtstag {qty} {prize}! Einfach liken, teilen und „FERTIG“ kommentieren. Auslosung {day}!",
        "🎉 {brand} wird {years}! 🎉<br>Zur Feier verschenken wir {qty} {prize} an unsere treuen Kunden!<br>So machst du mit:<br>1️⃣ Beitrag liken<br>2️⃣ Teilen<br>3️⃣ Kommentiere „Erledigt“ ✅<br>Die Gewinner werden {day} per Privatnachricht benachrichtigt. Viel Glück! 🍀",
        "{years} JAHRE {brand} – GEWINNSPIEL!!! Wir haben noch {qty} {prize} aus unserem Jubiläumsbestand. Jeder, der diesen Beitrag TEILT und FERTIG kommentiert, bekommt eins 🎁 Folgt unserer Seite, damit wir euch schreiben können!",
        "Hallo zusammen! Als Dankeschön für {years} Jahre schickt {brand} den ersten {qty} Personen, die diesen Beitrag teilen, {prize}. ⚠️ Bitte ÖFFENTLICH teilen. Danach hier deine Adresse eintragen 👉 {link}",
    ],
    "id": [
        "🎁 LIKE &amp; SHARE UNTUK MENANG 🎁 {brand} bagi-bagi {qty} {prize} di HUT ke-{years}! Cukup like dan share postingan ini lalu komen SUDAH. Diundi hari {day}!",
        "🎉 {brand} ulang tahun ke-{years}! 🎉<br>Untuk merayakannya, kami bagikan {qty} {prize} GRATIS untuk pelanggan setia!<br>Caranya:<br>1️⃣ Like postingan ini<br>2️⃣ Bagikan<br>3️⃣ Komen “Sudah” ✅<br>Pemenang akan dihubungi lewat pesan pribadi hari {day}. Semoga beruntung! 🍀",
        "HUT {brand} KE-{years} 🎁 Masih ada {qty} {prize} tersisa! Semua yang BAGIKAN postingan ini dan komen SUDAH akan mendapatkannya. Jangan lupa follow halaman kami ya!",
        "Halo semuanya! Sebagai ucapan terima kasih atas {years} tahun, {brand} akan mengirim {prize} untuk {qty} orang pertama yang membagikan postingan ini. ⚠️ Bagikan secara PUBLIK. Lalu daftarkan alamatmu di sini 👉 {link}",
    ],
    "hi": [
        "🎁 लाइक और शेयर करें और जीतें 🎁 {brand} {years} साल पूरे होने पर {qty} {prize} दे रहा है! बस इस पोस्ट को लाइक और शेयर करें और DONE लिखें।",
        "🎉 {brand} के {years} साल पूरे! 🎉<br>इस खुशी में हम अपने ग्राहकों को {qty} {prize} मुफ्त दे रहे हैं!<br>भाग लेने के लिए:<br>1️⃣ इस पोस्ट को लाइक करें<br>2️⃣ शेयर करें<br>3️⃣ कमेंट में “Done” लिखें ✅<br>विजेताओं को {day} मैसेज किया जाएगा। शुभकामनाएँ! 🍀",
        "{brand} {years}वीं वर्षगांठ ऑफर 🎁 सिर्फ {qty} {prize} बचे हैं! जो भी इस पोस्ट को शेयर करेगा और DONE लिखेगा उसे मिलेगा। हमारे पेज को फॉलो करना न भूलें!",
        "नमस्ते दोस्तों! {years} साल के साथ के लिए धन्यवाद के रूप में {brand} पहले {qty} लोगों को {prize} भेजेगा जो इस पोस्ट को शेयर करेंगे। ⚠️ पोस्ट को PUBLIC शेयर करें। फिर अपना पता यहाँ दर्ज करें 👉 {link}",
    ],
    "ar": [
        "🎁 لايك وشير واربح 🎁 {brand} توزع {qty} {prize} بمناسبة مرور {years} عامًا! اعمل لايك وشير للمنشور واكتب «تم».",
        "🎉 {brand} تحتفل بمرور {years} عامًا! 🎉<br>بهذه المناسبة نقدم {qty} {prize} مجانًا لعملائنا!<br>للمشاركة:<br>1️⃣ اضغط إعجاب على المنشور<br>2️⃣ شارك المنشور<br>3️⃣ اكتب «تم» في التعليقات ✅<br>سيتم التواصل مع الفائزين عبر رسالة خاصة يوم {day}. بالتوفيق! 🍀",
        "الذكرى الـ{years} لـ{brand} 🎁 تبقى لدينا {qty} {prize}! كل من يشارك هذا المنشور ويكتب «تم» سيحصل على هدية. تابع الصفحة حتى نتمكن من مراسلتك!",
        "مرحبًا بالجميع! شكرًا لكم على {years} عامًا، سترسل {brand} {prize} لأول {qty} شخص يشاركون المنشور. ⚠️ شارك المنشور بشكل عام. ثم سجّل عنوانك هنا 👈 {link}",
    ],
    "vi": [
        "🎁 LIKE VÀ SHARE ĐỂ NHẬN QUÀ 🎁 {brand} tặng {qty} {prize} mừng {years} năm! Chỉ cần like và share bài viết, bình luận XONG.",
        "🎉 {brand} tròn {years} năm! 🎉<br>Để tri ân khách hàng, chúng tôi tặng {qty} {prize} MIỄN PHÍ!<br>Cách tham gia:<br>1️⃣ Thích bài viết<br>2️⃣ Chia sẻ bài viết<br>3️⃣ Bình luận “Xong” ✅<br>Người trúng thưởng sẽ được nhắn tin vào {day}. Chúc may mắn! 🍀",
        "KỶ NIỆM {years} NĂM {brand} 🎁 Chỉ còn {qty} {prize}! Ai CHIA SẺ bài viết và bình luận XONG sẽ nhận được quà. Nhớ theo dõi trang để chúng tôi nhắn tin nhé!",
        "Xin chào mọi người! Cảm ơn {years} năm đồng hành, {brand} sẽ gửi {prize} cho {qty} người đầu tiên chia sẻ bài viết này. ⚠️ Chia sẻ ở chế độ CÔNG KHAI. Sau đó đăng ký địa chỉ nhận quà tại đây 👉 {link}",
    ],
    "tr": [
        "🎁 BEĞEN VE PAYLAŞ, KAZAN 🎁 {brand} {years}. yılında {qty} adet {prize} hediye ediyor! Gönderiyi beğen ve paylaş, yorumlara TAMAM yaz.",
        "🎉 {brand} {years}. yılını kutluyor! 🎉<br>Bu özel günde sadık müşterilerimize {qty} adet {prize} hediye ediyoruz!<br>Katılmak için:<br>1️⃣ Gönderiyi beğen<br>2️⃣ Paylaş<br>3️⃣ Yorumlara “Tamam” yaz ✅<br>Kazananlara {day} özel mesaj atılacak. Bol şans! 🍀",
        "{brand} {years}. YIL ÇEKİLİŞİ 🎁 Elimizde {qty} adet {prize} kaldı! Bu gönderiyi PAYLAŞIP TAMAM yazan herkes bir tane alacak. Sana yazabilmemiz için sayfamızı takip etmeyi unutma!",
        "Herkese merhaba! {years} yıllık desteğiniz için teşekkür olarak {brand}, bu gönderiyi paylaşan ilk {qty} kişiye {prize} gönderecek. ⚠️ Gönderiyi HERKESE AÇIK paylaşın. Ardından adresinizi buradan kaydedin 👉 {link}",
    ],
    "ru": [
        "🎁 ЛАЙК И РЕПОСТ — И ПРИЗ ТВОЙ 🎁 {brand} в честь {years}-летия дарит {qty} {prize}! Поставь лайк и сделай репост, напиши «ГОТОВО».",
        "🎉 {brand} исполняется {years} лет! 🎉<br>В честь праздника мы дарим {qty} {prize} нашим покупателям!<br>Чтобы участвовать:<br>1️⃣ Поставьте лайк<br>2️⃣ Сделайте репост<br>3️⃣ Напишите в комментариях «Готово» ✅<br>Победителям напишем в личные сообщения {day}. Удачи! 🍀",
        "{years} ЛЕТ {brand} — РОЗЫГРЫШ!!! У нас осталось {qty} {prize}. Каждый, кто СДЕЛАЕТ РЕПОСТ и напишет ГОТОВО, получит подарок 🎁 Подпишитесь на страницу, чтобы мы могли вам написать!",
        "Всем привет! В благодарность за {years} лет {brand} отправит {prize} первым {qty} людям, которые поделятся этой записью. ⚠️ Делитесь ПУБЛИЧНО. Затем укажите адрес доставки здесь 👉 {link}",
    ],
}

DONE_COMMENTS = {
    "en": ["Done ✅", "Done 🙏", "Done! Fingers crossed 🤞", "Shared ❤️", "Done, would love this for my family",
           "DONE", "Liked and shared 😍", "Done 👍 thank you", "Done, hope I win 🥰", "I shared it! Done", "Done!!",
           "Done 🙏🙏🙏 Amen", "shared and done", "Done. Me please!"],
    "es": ["Hecho ✅", "Listo 🙏", "¡Compartido! ❤️", "Hecho, ojalá gane 🤞", "LISTO", "Hecho, gracias 😍", "Hecho!!"],
    "pt": ["Feito ✅", "Pronto 🙏", "Compartilhei ❤️", "Feito, tomara que eu ganhe 🤞", "PRONTO", "Feito, obrigada 😍", "Feito!!"],
    "fr": ["Fait ✅", "Fait 🙏", "Partagé ❤️", "Fait, je croise les doigts 🤞", "FAIT", "C'est fait merci 😍"],
    "de": ["Erledigt ✅", "Fertig 🙏", "Geteilt ❤️", "Erledigt, Daumen drücken 🤞", "FERTIG", "Erledigt, danke 😍"],
    "id": ["Sudah ✅", "Sudah min 🙏", "Sudah dibagikan ❤️", "Sudah, semoga menang 🤞", "SUDAH", "Done min 😍"],
    "hi": ["Done ✅", "हो गया 🙏", "शेयर कर दिया ❤️", "Done, उम्मीद है मैं जीतूँ 🤞", "DONE", "हो गया धन्यवाद 😍"],
    "ar": ["تم ✅", "تم 🙏", "تمت المشاركة ❤️", "تم، إن شاء الله أفوز 🤞", "تم تم", "تم شكرًا 😍"],
    "vi": ["Xong ✅", "Xong rồi ạ 🙏", "Đã chia sẻ ❤️", "Xong, mong được nhận quà 🤞", "XONG", "Done ạ 😍"],
    "tr": ["Tamam ✅", "Tamamdır 🙏", "Paylaştım ❤️", "Tamam, inşallah kazanırım 🤞", "TAMAM", "Tamam teşekkürler 😍"],
    "ru": ["Готово ✅", "Готово 🙏", "Сделала репост ❤️", "Готово, надеюсь выиграть 🤞", "ГОТОВО", "Готово, спасибо 😍"],
}

SKEPTIC_COMMENTS = {
    "en": ["This is a scam. The real page has the blue tick.", "Fake page, created last week. Don't give them your card details!",
           "Please report this page, it's not the real {brand}."],
    "es": ["Es una estafa, la página oficial tiene la insignia azul.", "Página falsa creada hace unos días. ¡No deis los datos de la tarjeta!"],
    "pt": ["Isso é golpe, a página oficial tem o selo azul.", "Página falsa criada semana passada. Não passem dados do cartão!"],
    "fr": ["C'est une arnaque, la vraie page est certifiée.", "Fausse page créée la semaine dernière, ne donnez pas votre carte !"],
    "de": ["Das ist Betrug, die echte Seite hat den blauen Haken.", "Fake-Seite, erst letzte Woche erstellt. Keine Kartendaten angeben!"],
    "id": ["Ini penipuan, halaman resmi ada centang birunya.", "Halaman palsu, baru dibuat minggu lalu. Jangan kasih data kartu!"],
    "hi": ["यह फ्रॉड है, असली पेज पर ब्लू टिक होता है।", "नकली पेज है, पिछले हफ्ते बना है। कार्ड की जानकारी मत देना!"],
    "ar": ["هذا احتيال، الصفحة الرسمية موثقة بالعلامة الزرقاء.", "صفحة مزيفة أُنشئت الأسبوع الماضي، لا تعطوهم بيانات البطاقة!"],
    "vi": ["Lừa đảo đấy, trang thật có tích xanh.", "Trang giả mới lập tuần trước, đừng đưa thông tin thẻ!"],
    "tr": ["Bu dolandırıcılık, gerçek sayfada mavi tik var.", "Sahte sayfa, geçen hafta açılmış. Kart bilgisi vermeyin!"],
    "ru": ["Это мошенники, у настоящей страницы есть синяя галочка.", "Фейковая страница, создана на прошлой неделе. Не вводите данные карты!"],
}

CATEGORIES_SCAM = ["Shopping & retail", "Product/service", "Community", "Grocery store", "Digital creator",
                   "Supermarket", "Retail company", "Personal blog", "Brand", "Entertainment website"]

SCAM_PAGE_NAMES = ["{brand} Fans", "{brand}.Official.Club", "{brand} Anniversary", "{brand} Giveaway {year}",
                   "{brand} Customer Care", "{brand} Deals & Coupons", "{brand} Community", "{brand} Family",
                   "{brand} Rewards", "{brand} Lovers", "{brand} Fan Club", "{brand} Official Store",
                   "{brand} {country}"]
COUNTRY_SUFFIX = {"en": ["USA", "UK", "Canada", "Australia"], "es": ["España", "México", "Colombia"],
                  "pt": ["Brasil", "Portugal"], "fr": ["France", "Belgique"], "de": ["Deutschland", "Österreich"],
                  "id": ["Indonesia"], "hi": ["India"], "ar": ["KSA", "UAE", "مصر"], "vi": ["Việt Nam"],
                  "tr": ["Türkiye"], "ru": ["Россия"]}


def _short_link(ctx: Ctx) -> str:
    return ctx.pick([f"https://bit.ly/{ctx.alnum(7)}", f"https://tinyurl.com/{ctx.alnum(8).lower()}",
                     f"https://cutt.ly/{ctx.alnum(7)}", f"https://rb.gy/{ctx.alnum(6).lower()}",
                     f"https://is.gd/{ctx.alnum(6)}"])


def _claim_link(ctx: Ctx, brand: str) -> str:
    b = latin_slug(ctx, brand, "")[:12] or "gift"
    r = ctx.rng.random()
    if r < 0.35:
        return lookalike_url(ctx, [b, ctx.pick(["anniversary", "gift", "promo", "rewards", "club", "giveaway", "winner"])],
                             ctx.pick(["", "claim", "?id=" + str(ctx.randint(1000, 99999)), "survey/"]))
    if r < 0.7:
        return free_host_url(ctx, f"{b}-{ctx.pick(['gift', 'promo', 'anniversary', 'giveaway', 'rewards'])}{ctx.randint(1, 99)}")
    return _short_link(ctx)


def _scam_page_created(ctx: Ctx) -> tuple:
    """(page_created, post_date, name_changes_flag) for scam pages."""
    if ctx.chance(0.82):
        age = ctx.randint(1, 45)
        created = days_before(age)
        post = created + timedelta(days=ctx.randint(0, min(age, 10)))
        return created, post, False
    created = days_before(ctx.randint(400, 3300))  # hijacked / renamed older page
    post = days_before(ctx.randint(0, 12))
    return created, post, True


def _legit_page_created(ctx: Ctx) -> tuple:
    if ctx.chance(0.85):
        created = days_before(ctx.randint(500, 5200))
    else:
        created = days_before(ctx.randint(3, 120))  # new business / new event page
    post = max(created, days_before(ctx.randint(0, 320)))
    return created, post


def _engagement(ctx: Ctx, big: bool) -> tuple[int, int, int]:
    likes = ctx.randint(300, 48000) if big else ctx.randint(3, 2500)
    comments = int(likes * ctx.rng.uniform(0.05, 1.1))
    shares = int(likes * ctx.rng.uniform(0.02, 1.6))
    return likes, comments, shares


def _followers(ctx: Ctx, lo: int, hi: int) -> str:
    n = ctx.randint(lo, hi)
    if n >= 1_000_000:
        return f"{n / 1e6:.1f}M"
    if n >= 1000:
        return f"{n / 1000:.1f}K".replace(".0K", "K")
    return str(n)


# ---------------------------------------------------------------------------------------
# SCAM: brand-anniversary like-share-comment giveaways
# ---------------------------------------------------------------------------------------
def like_share_fb_post(ctx: Ctx) -> dict:
    lang = ctx.lang
    brand = ctx.pick(BRANDS[lang])
    link = _claim_link(ctx, brand)
    kw = dict(brand=brand, years=ctx.pick([10, 15, 20, 25, 30, 35, 40, 45, 50, 60, 75, 100]),
              qty=ctx.pick([100, 200, 250, 300, 500, 700, 1000, 1500, 2000]), prize=ctx.pick(ANNIV_PRIZES[lang]),
              day=ctx.pick(DAYS[lang]), n=ctx.randint(2, 7), left=ctx.randint(7, 96),
              amount=money(lang, local_amount(ctx, ctx.pick([100, 150, 250, 300]), 10)), link=link)
    text = ctx.pick(ANNIV_POSTS[lang], **kw)
    if esc(link) not in text and link not in text and ctx.chance(0.15):
        text += "<br>👉 " + esc(link)
    created, post_date, hijacked = _scam_page_created(ctx)
    name = ctx.pick(SCAM_PAGE_NAMES, brand=brand, year=2026, country=ctx.pick(COUNTRY_SUFFIX[lang]))
    nslug = latin_slug(ctx, brand, "") + "-" + slugify(name.replace(brand, "")).strip("-")
    handle = ctx.pick([nslug.replace("-", ".").strip("."), nslug.strip("-") + str(ctx.randint(1, 999)),
                       f"profile.php?id={ctx.randint(61550000000000, 61599999999999)}"])
    likes, cn, sh = _engagement(ctx, big=ctx.chance(0.7))
    comments = [(person(ctx, ctx.chance(0.3)), ctx.pick(DONE_COMMENTS[lang]), rel_time(ctx)) for _ in range(ctx.randint(0, 9))]
    if ctx.chance(0.15):
        comments.append((person(ctx), ctx.pick(SKEPTIC_COMMENTS[lang], brand=brand), rel_time(ctx)))
    if ctx.chance(0.3):
        comments.insert(0, (name, ctx.pick(["Congratulations to everyone who commented! Check your inbox 📩 ",
                                            "Claim link 👉 ", "Register here ➡️ ", "👇👇👇 "]) + esc(_claim_link(ctx, brand)), rel_time(ctx)))
    post = Post(page_name=name, handle=handle.replace("profile.php?id=", "profile.php?id="), text=text,
                category=ctx.pick(CATEGORIES_SCAM), followers=_followers(ctx, 40, 25000), likes=likes,
                comments_n=cn, shares=sh, comments=comments,
                image_alt=ctx.pick([f"May be an image of {kw['prize']} and text that says '{brand.upper()} {kw['years']} YEARS'",
                                    "May be an image of cooler and text that says 'GIVEAWAY'", f"{brand} {kw['years']}",
                                    "May be an image of 1 person and text", ""]),
                link_url=link if ctx.chance(0.3) else "", link_title=ctx.pick([f"{brand} Anniversary Gift", f"Claim your {brand} reward", "Congratulations!", ""]),
                post_date=post_date, page_created=created,
                name_changes=[name] if hijacked and ctx.chance(0.7) else [],
                hashtags=ctx.sample([slugify(brand).replace("-", ""), "giveaway", "anniversary", "free", "gratis", "winner"], ctx.randint(0, 3)))
    url = fb_post_url(ctx, post.handle) if ctx.chance(0.85) else ""
    return dict(html=render_social(ctx, post), url=url, page_created=created.isoformat())


# ---------------------------------------------------------------------------------------
# SCAM: "damaged boxes / moving abroad / warehouse closing" prize posts (often hijacked pages)
# ---------------------------------------------------------------------------------------
PRIZE_ITEMS = {
    "en": ["iPhone 17 Pro phones", "PlayStation 5 consoles", "MacBook Air laptops", "Dyson vacuums", "Samsung Galaxy S26 phones",
           "Traeger grills", "KitchenAid mixers", "Apple Watches"],
    "es": ["iPhone 17 Pro", "consolas PlayStation 5", "portátiles MacBook Air", "aspiradoras Dyson", "móviles Samsung Galaxy"],
    "pt": ["iPhones 17 Pro", "consoles PlayStation 5", "notebooks MacBook Air", "aspiradores Dyson", "celulares Samsung Galaxy"],
    "fr": ["iPhone 17 Pro", "consoles PlayStation 5", "MacBook Air", "aspirateurs Dyson", "Samsung Galaxy"],
    "de": ["iPhone 17 Pro", "PlayStation 5 Konsolen", "MacBook Air", "Dyson Staubsauger", "Samsung Galaxy Handys"],
    "id": ["iPhone 17 Pro", "PlayStation 5", "laptop MacBook Air", "HP Samsung Galaxy", "motor listrik"],
    "hi": ["iPhone 17 Pro", "PlayStation 5", "MacBook Air लैपटॉप", "Samsung Galaxy फोन", "इलेक्ट्रिक स्कूटर"],
    "ar": ["هواتف آيفون 17 برو", "أجهزة بلايستيشن 5", "لابتوب ماك بوك", "مكانس دايسون", "هواتف سامسونج جالكسي"],
    "vi": ["iPhone 17 Pro", "máy PlayStation 5", "laptop MacBook Air", "máy hút bụi Dyson", "điện thoại Samsung Galaxy"],
    "tr": ["iPhone 17 Pro", "PlayStation 5", "MacBook Air", "Dyson süpürge", "Samsung Galaxy telefon"],
    "ru": ["iPhone 17 Pro", "PlayStation 5", "ноутбуки MacBook Air", "пылесосы Dyson", "смартфоны Samsung Galaxy"],
}
CARS = ["2024 Ford Ranger", "Toyota RAV4", "camper van", "Tesla Model Y", "Jeep Wrangler", "Honda CR-V", "VW T6 California",
        "Mercedes Sprinter camper", "Toyota Hilux", "BMW X5"]

PRIZE_POSTS = {
    "en": [
        "We have {qty} {item} that can't be sold because the boxes are slightly damaged 📦 They are brand new and sealed. Instead of throwing them away we will give them to people who share this post 🙏 Comment which colour you want! 👇",
        "I'm giving away my {car} because I'm moving abroad and can't take it with me 🚗 Everything works perfectly. To be fair I'll pick one random person who SHARES and comments on this post. Winner announced {day}!",
        "Our company is closing its warehouse and we have {qty} {item} left 😢 Rather than selling them cheap, we want to give them away! Simply: ✅ Share ✅ Comment 'Me' ✅ Follow our page. Delivery is FREE, you only confirm your address via the link in the comments.",
        "‼️ BIG GIVEAWAY ‼️ {qty} x {item} 🎁 Like ➡️ Share ➡️ Comment your city. Hurry, ends at midnight!!",
        "My husband passed away last month and I can't bear to look at his {car} anymore 💔 I'd like it to go to a family who needs it. Share this post and comment 'Amen' and I'll choose someone {day}. God bless 🙏",
        "Returned stock: {qty} {item}, never used ✨ We'll send one to everyone who shares and tags 2 friends. Only pay postage 📬",
    ],
    "es": [
        "Tenemos {qty} {item} que no podemos vender porque las cajas están un poco dañadas 📦 Son nuevos y precintados. En vez de tirarlos, se los regalaremos a quien comparta esta publicación 🙏 ¡Comenta qué color quieres! 👇",
        "Regalo mi {car} porque me mudo al extranjero y no puedo llevármelo 🚗 Funciona perfectamente. Elegiré al azar a una persona que COMPARTA y comente. ¡Ganador {day}!",
        "‼️ GRAN SORTEO ‼️ {qty} x {item} 🎁 Me gusta ➡️ Compartir ➡️ Comenta tu ciudad. ¡Termina a medianoche!",
    ],
    "pt": [
        "Temos {qty} {item} que não podem ser vendidos porque as caixas estão um pouco amassadas 📦 São novos e lacrados. Em vez de jogar fora, vamos dar para quem compartilhar esta publicação 🙏 Comente a cor que você quer! 👇",
        "Estou doando meu {car} porque vou morar fora e não posso levar 🚗 Está perfeito. Vou sortear uma pessoa que COMPARTILHAR e comentar. Resultado {day}!",
        "‼️ SORTEIO GIGANTE ‼️ {qty} x {item} 🎁 Curta ➡️ Compartilhe ➡️ Comente sua cidade. Corre que acaba meia-noite!",
    ],
    "fr": [
        "Nous avons {qty} {item} invendables car les boîtes sont légèrement abîmées 📦 Ils sont neufs et scellés. Plutôt que de les jeter, nous les offrons à ceux qui partagent cette publication 🙏 Dites-nous la couleur souhaitée ! 👇",
        "Je donne mon {car} car je pars vivre à l'étranger 🚗 Il fonctionne parfaitement. Je tirerai au sort une personne qui PARTAGE et commente. Résultat {day} !",
    ],
    "de": [
        "Wir haben {qty} {item}, die wir wegen leicht beschädigter Kartons nicht verkaufen können 📦 Sie sind neu und originalverpackt. Statt sie wegzuwerfen, verschenken wir sie an alle, die diesen Beitrag teilen 🙏 Schreibt, welche Farbe ihr wollt! 👇",
        "Ich verschenke meinen {car}, weil ich ins Ausland ziehe 🚗 Alles funktioniert einwandfrei. Ich lose eine Person aus, die TEILT und kommentiert. Gewinner {day}!",
    ],
    "id": [
        "Kami punya {qty} {item} yang tidak bisa dijual karena dusnya sedikit rusak 📦 Barang baru dan masih segel. Daripada dibuang, kami bagikan GRATIS untuk yang share postingan ini 🙏 Komen warna yang kamu mau! 👇",
        "‼️ GIVEAWAY BESAR ‼️ {qty} x {item} 🎁 Like ➡️ Share ➡️ Komen kota kamu. Buruan, berakhir tengah malam!",
    ],
    "hi": [
        "हमारे पास {qty} {item} हैं जो डिब्बे थोड़े खराब होने की वजह से बेचे नहीं जा सकते 📦 बिल्कुल नए और सील पैक हैं। जो भी इस पोस्ट को शेयर करेगा उसे मुफ्त मिलेगा 🙏 कमेंट में अपना पसंदीदा रंग बताएं! 👇",
        "‼️ बड़ा गिवअवे ‼️ {qty} x {item} 🎁 लाइक ➡️ शेयर ➡️ अपने शहर का नाम कमेंट करें। आज रात खत्म!",
    ],
    "ar": [
        "لدينا {qty} من {item} لا يمكن بيعها لأن العلب متضررة قليلاً 📦 جديدة ومغلقة. بدلاً من رميها سنهديها لكل من يشارك هذا المنشور 🙏 اكتب اللون الذي تريده! 👇",
        "‼️ سحب كبير ‼️ {qty} × {item} 🎁 إعجاب ➡️ مشاركة ➡️ اكتب مدينتك في التعليقات. ينتهي منتصف الليل!",
    ],
    "vi": [
        "Chúng tôi có {qty} {item} không bán được vì hộp bị móp nhẹ 📦 Hàng mới nguyên seal. Thay vì bỏ đi, chúng tôi tặng cho ai chia sẻ bài viết này 🙏 Bình luận màu bạn muốn nhé! 👇",
        "‼️ GIVEAWAY KHỦNG ‼️ {qty} x {item} 🎁 Thích ➡️ Chia sẻ ➡️ Bình luận tỉnh thành của bạn. Kết thúc lúc nửa đêm!",
    ],
    "tr": [
        "Kutuları hafif hasarlı olduğu için satamadığımız {qty} adet {item} var 📦 Sıfır ve kapalı kutu. Çöpe atmak yerine bu gönderiyi paylaşanlara hediye edeceğiz 🙏 İstediğin rengi yorumlara yaz! 👇",
        "‼️ DEV ÇEKİLİŞ ‼️ {qty} x {item} 🎁 Beğen ➡️ Paylaş ➡️ Şehrini yorumlara yaz. Gece yarısı bitiyor!",
    ],
    "ru": [
        "У нас {qty} {item}, которые нельзя продать из-за помятых коробок 📦 Новые, в плёнке. Вместо того чтобы выбросить, подарим их тем, кто поделится этой записью 🙏 Напишите, какой цвет хотите! 👇",
        "‼️ БОЛЬШОЙ РОЗЫГРЫШ ‼️ {qty} x {item} 🎁 Лайк ➡️ Репост ➡️ Напишите свой город. Заканчивается в полночь!",
    ],
}

PERSONAL_PAGE_NAMES = ["{first} {last}", "{first}'s Garage", "{first} & Family", "Tech Deals Daily", "Warehouse Clearance {year}",
                       "Daily Deals Hub", "Gadget Outlet", "{first} {last} Fan Page", "Happy Life", "Nature Lovers"]


def like_share_prize_post(ctx: Ctx) -> dict:
    lang = ctx.lang
    kw = dict(qty=ctx.pick([12, 20, 25, 37, 48, 50, 100, 150, 300]), item=ctx.pick(PRIZE_ITEMS[lang]),
              car=ctx.pick(CARS), day=ctx.pick(DAYS[lang]))
    text = ctx.pick(PRIZE_POSTS[lang], **kw)
    created, post_date, hijacked = _scam_page_created(ctx)
    if not hijacked and ctx.chance(0.3):  # this family is more often on hijacked pages
        created = days_before(ctx.randint(700, 4000))
        hijacked = True
    from .core import FIRST_NAMES, LAST_NAMES
    first = ctx.pick(FIRST_NAMES[lang])
    last = ctx.pick(LAST_NAMES[lang]) or ""
    name = ctx.pick(PERSONAL_PAGE_NAMES, first=first, last=last, year=2026).strip()
    old_names = [ctx.pick(["Funny Cats World", "Bella's Bakery", "Photography by Sam", "Home Decor Ideas", "Music Lovers 80s",
                           "Best Recipes", "Travel Diaries"])] if hijacked else []
    likes, cn, sh = _engagement(ctx, big=True)
    comments = [(person(ctx, ctx.chance(0.3)), ctx.pick(DONE_COMMENTS[lang] + ["Me please 🙏", "Black please!", "Amen 🙏", "Shared ❤️"]),
                 rel_time(ctx)) for _ in range(ctx.randint(1, 10))]
    link = ""
    if ctx.chance(0.35):
        link = _claim_link(ctx, "gift")
        comments.insert(0, (name, ctx.pick(["To confirm delivery fill the form 👉 ", "Winners list: ", "Claim ➡️ "]) + esc(link), rel_time(ctx)))
    post = Post(page_name=name, handle=latin_slug(ctx, name) + str(ctx.randint(10, 9999)), text=text,
                category=ctx.pick(CATEGORIES_SCAM), followers=_followers(ctx, 200, 90000), likes=likes, comments_n=cn,
                shares=sh, comments=comments, image_alt=ctx.pick([f"May be an image of {kw['item']}", "May be an image of car",
                                                                   "May be an image of 1 person, car and outdoors", ""]),
                post_date=post_date, page_created=created,
                name_changes=[name] if old_names and ctx.chance(0.6) else [],
                about=("Previously: " + old_names[0]) if old_names and ctx.chance(0.3) else "")
    url = fb_post_url(ctx, post.handle) if ctx.chance(0.8) else ""
    return dict(html=render_social(ctx, post), url=url, page_created=created.isoformat())


# ---------------------------------------------------------------------------------------
# LEGIT: ordinary business posts (opening hours, menus, hiring, events)
# ---------------------------------------------------------------------------------------
BUSINESSES = {
    "en": [("Rosie's Bakery", "Bakery"), ("Harbor Street Coffee", "Coffee shop"), ("Greenway Garden Centre", "Garden centre"),
           ("Bluebird Diner", "Diner"), ("Ironside Fitness", "Gym/Physical fitness center"), ("Maple Leaf Books", "Book store"),
           ("Northside Auto Repair", "Automotive repair shop"), ("Cedar Dental Clinic", "Dentist & dental office"),
           ("Riverbend Brewing Co.", "Brewery"), ("Luna Nail Studio", "Nail salon"), ("Pinecrest Public Library", "Library"),
           ("Oak & Ember Pizza", "Pizza place"), ("Sunrise Pharmacy", "Pharmacy / Drugstore"), ("The Corner Deli", "Deli")],
    "es": [("Panadería La Espiga", "Panadería"), ("Bar Casa Paco", "Bar de tapas"), ("Librería El Faro", "Librería"),
           ("Gimnasio Olimpo", "Gimnasio"), ("Taller Mecánico Ruiz", "Taller mecánico"), ("Clínica Dental Sonríe", "Dentista"),
           ("Floristería Azahar", "Floristería"), ("Heladería Polar", "Heladería")],
    "pt": [("Padaria Pão Quente", "Padaria"), ("Restaurante Sabor Mineiro", "Restaurante"), ("Academia Corpo em Forma", "Academia"),
           ("Livraria Cultura Viva", "Livraria"), ("Oficina do Zé", "Oficina mecânica"), ("Salão Bella Vista", "Salão de beleza"),
           ("Pizzaria Forno a Lenha", "Pizzaria"), ("Pet Shop Amigo Fiel", "Pet shop")],
    "fr": [("Boulangerie du Marché", "Boulangerie"), ("Café des Arts", "Café"), ("Librairie La Plume", "Librairie"),
           ("Garage Martin", "Garage automobile"), ("Salle de sport Énergie", "Salle de sport"), ("Fromagerie Dubois", "Fromagerie"),
           ("Brasserie Le Zinc", "Brasserie")],
    "de": [("Bäckerei Sonnenschein", "Bäckerei"), ("Café am Markt", "Café"), ("Buchhandlung Seitenwind", "Buchhandlung"),
           ("Autowerkstatt Becker", "Autowerkstatt"), ("Fitnessstudio Kraftwerk", "Fitnessstudio"), ("Gasthaus Zur Linde", "Gasthaus"),
           ("Blumen Koch", "Blumenladen")],
    "id": [("Warung Makan Bu Sri", "Rumah makan"), ("Kopi Kenangan Senja", "Kedai kopi"), ("Toko Buku Pelita", "Toko buku"),
           ("Bengkel Jaya Motor", "Bengkel"), ("Salon Cantik Ayu", "Salon kecantikan"), ("Bakso Pak Kumis", "Rumah makan"),
           ("Apotek Sehat Sentosa", "Apotek")],
    "hi": [("शर्मा स्वीट्स", "मिठाई की दुकान"), ("Gupta Electronics", "Electronics store"), ("Annapurna Restaurant", "Restaurant"),
           ("Fit India Gym", "Gym"), ("Krishna Medical Store", "Pharmacy"), ("Saraswati Book Depot", "Book store")],
    "ar": [("مخبز السنابل", "مخبز"), ("مطعم بيت الشام", "مطعم"), ("مقهى الياسمين", "مقهى"), ("مكتبة المعرفة", "مكتبة"),
           ("صيدلية الشفاء", "صيدلية"), ("نادي القوة الرياضي", "نادي رياضي")],
    "vi": [("Tiệm bánh Hạnh Phúc", "Tiệm bánh"), ("Phở Hà Nội 1987", "Nhà hàng"), ("Cà phê Góc Phố", "Quán cà phê"),
           ("Nhà sách Bình Minh", "Nhà sách"), ("Gara Ô tô Thành Công", "Gara sửa xe"), ("Spa Hoa Sen", "Spa")],
    "tr": [("Simit Sarayı Kadıköy", "Fırın"), ("Ocakbaşı Lezzet", "Restoran"), ("Kahve Durağı", "Kafe"),
           ("Kitapçı Sayfa", "Kitabevi"), ("Usta Oto Servis", "Oto servis"), ("Güzellik Salonu Lale", "Güzellik salonu")],
    "ru": [("Пекарня «Колосок»", "Пекарня"), ("Кофейня «Зерно»", "Кофейня"), ("Книжный «Буквоед на Ленина»", "Книжный магазин"),
           ("Автосервис «Мотор»", "Автосервис"), ("Фитнес-клуб «Атлант»", "Фитнес-клуб"), ("Кафе «Уют»", "Кафе")],
}

BIZ_POSTS = {
    "en": [
        "Holiday hours 🎄<br>Dec 24: 8am – 2pm<br>Dec 25–26: CLOSED<br>Dec 31: 8am – 4pm<br>Thanks for a wonderful year, see you in January!",
        "NEW on the menu this week: {dish} 😋 Available while stocks last. Come by and let us know what you think!",
        "We're hiring! 🙌 Looking for a friendly part-time {job} (weekends). Experience is a plus but not required. Drop your CV in store or email jobs@{domain}.",
        "Big thank you to everyone who came to our open day on Saturday ❤️ Photos are up in the album. Next one in spring!",
        "Reminder: we will be closed on Monday for staff training. Normal hours resume Tuesday 8am.",
        "Our {dish} is back by popular demand! Pre-orders can be placed by phone at {phone}.",
        "Road works on Main St this week — parking is still available behind the building. Thanks for your patience!",
        "Happy 10th birthday to us! 🎂 Ten years ago we opened our doors with one oven and a lot of hope. Thank you for every visit. Cake is on us today for everyone who pops in (while it lasts) 🍰",
        "Sold out of {dish} by 11am today 😅 Tomorrow we're baking double, promise.",
        "Now open Sundays 10–4 ☀️ Same great coffee, slower mornings.",
    ],
    "es": [
        "Horario de Navidad 🎄<br>24 dic: 8:00 – 14:00<br>25 dic: CERRADO<br>31 dic: 8:00 – 16:00<br>¡Gracias por este año tan bonito!",
        "NUEVO en la carta esta semana: {dish} 😋 Hasta fin de existencias. ¡Venid a probarlo y contadnos qué os parece!",
        "¡Buscamos personal! 🙌 Necesitamos un/a {job} a media jornada (fines de semana). Deja tu CV en la tienda o escribe a empleo@{domain}.",
        "Recordad: el lunes cerramos por formación del equipo. El martes volvemos en horario normal.",
        "Gracias a todos los que vinisteis a la jornada de puertas abiertas del sábado ❤️ Ya están las fotos en el álbum.",
    ],
    "pt": [
        "Horário de fim de ano 🎄<br>24/12: 8h às 14h<br>25/12: FECHADO<br>31/12: 8h às 16h<br>Obrigado por mais um ano com a gente!",
        "NOVIDADE no cardápio desta semana: {dish} 😋 Enquanto durar o estoque. Venha provar e conta pra gente o que achou!",
        "Estamos contratando! 🙌 Procuramos {job} meio período (fins de semana). Deixe seu currículo na loja ou envie para vagas@{domain}.",
        "Aviso: segunda-feira estaremos fechados para treinamento da equipe. Terça voltamos ao horário normal.",
        "Muito obrigado a todos que vieram no nosso evento de sábado ❤️ As fotos já estão no álbum!",
    ],
    "fr": [
        "Horaires des fêtes 🎄<br>24 déc. : 8h – 14h<br>25 déc. : FERMÉ<br>31 déc. : 8h – 16h<br>Merci pour cette belle année !",
        "NOUVEAU cette semaine : {dish} 😋 Dans la limite des stocks disponibles. Venez goûter et dites-nous ce que vous en pensez !",
        "On recrute ! 🙌 Nous cherchons un·e {job} à temps partiel (week-ends). Déposez votre CV en boutique ou écrivez à emploi@{domain}.",
        "Rappel : fermeture exceptionnelle lundi pour formation de l'équipe. Réouverture mardi aux horaires habituels.",
    ],
    "de": [
        "Öffnungszeiten an den Feiertagen 🎄<br>24.12.: 8–14 Uhr<br>25./26.12.: GESCHLOSSEN<br>31.12.: 8–16 Uhr<br>Danke für ein tolles Jahr!",
        "NEU diese Woche: {dish} 😋 Solange der Vorrat reicht. Kommt vorbei und sagt uns, wie es euch schmeckt!",
        "Wir suchen Verstärkung! 🙌 {job} (m/w/d) in Teilzeit, auch am Wochenende. Bewerbung gerne im Laden oder an jobs@{domain}.",
        "Hinweis: Am Montag bleibt unser Geschäft wegen einer Teamschulung geschlossen. Ab Dienstag sind wir wie gewohnt für euch da.",
        "Vielen Dank an alle, die am Samstag beim Tag der offenen Tür waren ❤️ Die Fotos sind jetzt im Album.",
    ],
    "id": [
        "Jam operasional selama libur Lebaran 🌙<br>H-1: 08.00–14.00<br>Hari H dan H+1: TUTUP<br>Mulai H+2 buka seperti biasa. Mohon maaf lahir dan batin 🙏",
        "MENU BARU minggu ini: {dish} 😋 Selama persediaan masih ada. Yuk mampir dan kasih tahu pendapatmu!",
        "Lowongan kerja! 🙌 Kami mencari {job} paruh waktu (akhir pekan). Kirim CV ke toko atau email ke karir@{domain}.",
        "Pengumuman: hari Senin kami tutup untuk pelatihan karyawan. Selasa buka kembali seperti biasa.",
    ],
    "hi": [
        "दिवाली पर दुकान का समय 🪔<br>धनतेरस: सुबह 9 से रात 10 बजे तक<br>दिवाली के दिन: दोपहर 2 बजे तक<br>भाई दूज: बंद<br>आप सभी को शुभकामनाएँ!",
        "इस हफ्ते नया: {dish} 😋 स्टॉक रहने तक। आइए और बताइए कैसा लगा!",
        "हमें स्टाफ की ज़रूरत है! 🙌 पार्ट-टाइम {job} चाहिए। दुकान पर अपना बायोडाटा जमा करें या {phone} पर कॉल करें।",
        "सूचना: सोमवार को स्टाफ ट्रेनिंग के कारण दुकान बंद रहेगी। मंगलवार से सामान्य समय पर खुलेगी।",
    ],
    "ar": [
        "مواعيد العمل خلال عيد الفطر 🌙<br>آخر يوم في رمضان: 9 صباحًا – 3 عصرًا<br>أول وثاني أيام العيد: مغلق<br>كل عام وأنتم بخير!",
        "جديد هذا الأسبوع: {dish} 😋 حتى نفاد الكمية. زورونا وأخبرونا برأيكم!",
        "نحن نوظف! 🙌 نبحث عن {job} بدوام جزئي. أرسل سيرتك الذاتية إلى jobs@{domain} أو سلّمها في المحل.",
        "تنبيه: سنكون مغلقين يوم الأحد بسبب تدريب الموظفين، ونعود يوم الاثنين بالمواعيد المعتادة.",
    ],
    "vi": [
        "Lịch nghỉ Tết 🧧<br>28 Tết: mở cửa đến 14h<br>29 Tết – mùng 4: NGHỈ<br>Mùng 5 mở cửa bình thường. Chúc mọi người năm mới an khang!",
        "MÓN MỚI tuần này: {dish} 😋 Số lượng có hạn. Ghé quán thử và cho chúng mình biết cảm nhận nhé!",
        "Tuyển dụng! 🙌 Cần {job} bán thời gian (cuối tuần). Gửi CV tại quán hoặc email tuyendung@{domain}.",
        "Thông báo: thứ Hai quán nghỉ để đào tạo nhân viên. Thứ Ba mở cửa lại bình thường.",
    ],
    "tr": [
        "Bayram çalışma saatlerimiz 🌙<br>Arife: 09.00–14.00<br>1. gün: KAPALI<br>2. günden itibaren normal saatler. İyi bayramlar!",
        "Bu hafta menüde YENİ: {dish} 😋 Stoklarla sınırlı. Gelin deneyin, fikrinizi yazın!",
        "Eleman arıyoruz! 🙌 Yarı zamanlı {job} (hafta sonu). CV'nizi mağazaya bırakabilir veya is@{domain} adresine gönderebilirsiniz.",
        "Duyuru: Pazartesi personel eğitimi nedeniyle kapalıyız. Salı normal saatlerde açığız.",
    ],
    "ru": [
        "График работы в праздники 🎄<br>31 декабря: 9:00–15:00<br>1–2 января: выходной<br>С 3 января работаем как обычно. С наступающим!",
        "НОВИНКА недели: {dish} 😋 Количество ограничено. Заходите попробовать и делитесь впечатлениями!",
        "Мы ищем сотрудника! 🙌 Требуется {job} на неполный день (выходные). Резюме можно оставить в магазине или прислать на job@{domain}.",
        "Внимание: в понедельник мы закрыты на обучение персонала. Со вторника работаем в обычном режиме.",
    ],
}
DISHES = {
    "en": ["pumpkin spice cinnamon rolls", "sourdough focaccia", "smoked brisket sandwich", "oat-milk maple latte", "lemon tart"],
    "es": ["tarta de queso al horno", "croquetas de jamón", "tortilla de patatas con cebolla", "roscón de Reyes"],
    "pt": ["pão de queijo recheado", "feijoada de sábado", "bolo de cenoura com chocolate", "coxinha de costela"],
    "fr": ["galette des rois", "quiche lorraine maison", "tarte aux pommes", "croissant aux amandes"],
    "de": ["Kürbisbrot", "Apfelstrudel", "Zwiebelkuchen", "Dinkel-Vollkornbrötchen"],
    "id": ["nasi goreng kampung", "es kopi gula aren", "bakso beranak", "martabak manis keju"],
    "hi": ["काजू कतली", "स्पेशल थाली", "मसाला डोसा", "गुलाब जामुन"],
    "ar": ["كنافة نابلسية", "منسف", "معمول بالتمر", "شاورما دجاج"],
    "vi": ["bánh mì chảo", "cà phê muối", "bún chả Hà Nội", "bánh flan"],
    "tr": ["fıstıklı baklava", "mercimek çorbası", "künefe", "lahmacun"],
    "ru": ["пирог с капустой", "сырники со сметаной", "борщ", "медовик"],
}
JOBS = {"en": "barista", "es": "dependiente", "pt": "atendente", "fr": "vendeur", "de": "Verkäufer", "id": "kasir",
        "hi": "सेल्समैन", "ar": "موظف مبيعات", "vi": "nhân viên phục vụ", "tr": "kasiyer", "ru": "продавец-кассир"}

BIZ_COMMENTS = {
    "en": ["Are you open on Sunday?", "Looks delicious 😍", "Best in town!", "See you Saturday!", "Do you deliver?",
           "Congrats on 10 years!", "Will you have gluten-free options?", "Thank you for the great service"],
    "es": ["¿Abrís el domingo?", "¡Qué buena pinta! 😍", "¡El mejor del barrio!", "¿Hacéis envíos?", "¡Enhorabuena!"],
    "pt": ["Abre domingo?", "Que delícia 😍", "O melhor da cidade!", "Vocês entregam?", "Parabéns pelo trabalho!"],
    "fr": ["Vous êtes ouverts dimanche ?", "Ça a l'air délicieux 😍", "Le meilleur du quartier !", "Vous livrez ?"],
    "de": ["Habt ihr Sonntag offen?", "Sieht lecker aus 😍", "Die Besten in der Stadt!", "Liefert ihr auch?"],
    "id": ["Buka hari Minggu kak?", "Mantap 😍", "Langganan dari dulu!", "Bisa delivery?"],
    "hi": ["रविवार को खुला है?", "बहुत बढ़िया 😍", "शहर में सबसे अच्छा!", "होम डिलीवरी है?"],
    "ar": ["هل أنتم مفتوحون يوم الجمعة؟", "شكله لذيذ 😍", "الأفضل في المدينة!", "هل يوجد توصيل؟"],
    "vi": ["Chủ nhật quán có mở không ạ?", "Nhìn ngon quá 😍", "Quán ruột của mình!", "Có ship không ạ?"],
    "tr": ["Pazar açık mısınız?", "Çok güzel görünüyor 😍", "Şehrin en iyisi!", "Paket servis var mı?"],
    "ru": ["В воскресенье работаете?", "Выглядит вкусно 😍", "Лучшие в городе!", "Доставка есть?"],
}


FOOD_WORDS = ("bak", "coffee", "caf", "diner", "brew", "pizza", "deli", "pan", "bar", "hela", "padaria", "restaur", "boulang", "fromag",
              "brasserie", "bäck", "gasthaus", "warung", "kopi", "bakso", "sweets", "मिठाई", "restaurant", "مخبز", "مطعم", "مقهى", "tiệm bánh",
              "phở", "cà phê", "simit", "ocakbaşı", "kahve", "пекарня", "кофейня", "кафе", "fırın", "kafe", "rumah makan", "kedai", "nhà hàng")


def business_social_post(ctx: Ctx) -> dict:
    lang = ctx.lang
    name, cat = ctx.pick(BUSINESSES[lang])
    food = any(w in (name + " " + cat).lower() for w in FOOD_WORDS)
    handle = latin_slug(ctx, name, "")
    domain = handle[:18] + "." + ctx.pick(["com", "net", "shop", "store", lang_tld(ctx)])
    posts = BIZ_POSTS[lang] if food else [x for x in BIZ_POSTS[lang] if "{dish}" not in x]
    text = ctx.pick(posts, dish=ctx.pick(DISHES[lang]), job=JOBS[lang], domain=domain,
                    phone=f"{ctx.randint(200, 999)} {ctx.randint(100, 999)} {ctx.randint(1000, 9999)}")
    created, post_date = _legit_page_created(ctx)
    likes, cn, sh = _engagement(ctx, big=ctx.chance(0.15))
    comments = [(person(ctx, ctx.chance(0.3)), ctx.pick(BIZ_COMMENTS[lang]), rel_time(ctx)) for _ in range(ctx.randint(0, 6))]
    comments = comments if food else [c for c in comments if "😍" not in c[1]]
    post = Post(page_name=name, handle=handle, text=text, category=cat,
                followers=_followers(ctx, 80, 40000), likes=likes, comments_n=cn, shares=sh, comments=comments,
                image_alt=ctx.pick(["May be an image of food" if food else "May be an image of indoor", "May be an image of indoor", "May be an image of text", "", ""]),
                post_date=post_date, page_created=created, verified=ctx.chance(0.05),
                link_url=f"https://www.{domain}/" if ctx.chance(0.15) else "", link_title=name)
    r = ctx.rng.random()
    url = fb_post_url(ctx, post.handle) if r < 0.7 else (ig_post_url(ctx) if r < 0.8 else "")
    return dict(html=render_social(ctx, post), url=url, page_created=created.isoformat())


# ---------------------------------------------------------------------------------------
# LEGIT: small-business / brand giveaways with rules (real, not scams)
# ---------------------------------------------------------------------------------------
LEGIT_GIVEAWAY_POSTS = {
    "en": [
        "🎉 GIVEAWAY 🎉 To celebrate {years} years of {name}, we're giving away a {prize}!<br>To enter:<br>✅ Follow our page<br>✅ Like this post<br>✅ Tag a friend who'd love it<br>Winner picked at random on {date} and announced in the comments. Open to UK residents 18+. No purchase necessary. This promotion is not sponsored, endorsed or administered by Facebook. Full T&amp;Cs: {rules}",
        "It's our birthday week! 🥳 One lucky follower will win a {prize}. Comment your favourite item from our menu to enter. One entry per person. Closes {date} at 5pm; winner drawn at random and contacted via this post (we will NEVER ask you for card details or to click a link to claim). Terms: {rules}",
        "Back-to-school giveaway 📚 Win a {prize}! Entry: like + comment below. Winner chosen {date} by random draw. Pick-up in store only. Rules at {rules}",
        "Like &amp; share this post and tag a friend to enter our draw for a {prize}! 🎁 Winner drawn {date} live in store and announced here. 18+, local residents only. Not affiliated with Facebook. T&amp;Cs: {rules}",
    ],
    "es": [
        "🎉 SORTEO 🎉 Para celebrar {years} años de {name}, sorteamos un {prize}.<br>Para participar:<br>✅ Sigue nuestra página<br>✅ Dale me gusta<br>✅ Menciona a un amigo<br>El ganador se elegirá al azar el {date} y se anunciará en los comentarios. Mayores de 18 residentes en España. Facebook no patrocina ni administra este sorteo. Bases legales: {rules}",
        "¡Semana de aniversario! 🥳 Un seguidor ganará un {prize}. Comenta tu producto favorito para participar. Sorteo el {date}; nunca te pediremos datos bancarios. Bases: {rules}",
    ],
    "pt": [
        "🎉 SORTEIO 🎉 Para comemorar {years} anos da {name}, vamos sortear um {prize}!<br>Como participar:<br>✅ Siga a página<br>✅ Curta este post<br>✅ Marque um amigo<br>Resultado em {date}, por sorteio aleatório, anunciado nos comentários. Retirada na loja. Esta promoção não é patrocinada pelo Facebook. Regulamento: {rules}",
        "Semana de aniversário! 🥳 Um seguidor vai ganhar um {prize}. Comente seu produto favorito para participar. Sorteio em {date}. Nunca pedimos dados de cartão. Regulamento: {rules}",
    ],
    "fr": [
        "🎉 JEU-CONCOURS 🎉 Pour fêter les {years} ans de {name}, nous faisons gagner un {prize} !<br>Pour participer :<br>✅ Abonnez-vous à la page<br>✅ Aimez ce post<br>✅ Identifiez un ami<br>Tirage au sort le {date}, gagnant annoncé en commentaire. Réservé aux majeurs résidant en France. Ce jeu n'est pas associé à Facebook. Règlement : {rules}",
    ],
    "de": [
        "🎉 GEWINNSPIEL 🎉 Zum {years}-jährigen Jubiläum von {name} verlosen wir einen {prize}!<br>So nimmst du teil:<br>✅ Folge unserer Seite<br>✅ Like diesen Beitrag<br>✅ Markiere eine Person<br>Die Auslosung erfolgt am {date}, der Gewinner wird in den Kommentaren bekanntgegeben. Teilnahme ab 18, nur in Deutschland. Facebook steht in keiner Verbindung zu diesem Gewinnspiel. Teilnahmebedingungen: {rules}",
    ],
    "id": [
        "🎉 GIVEAWAY 🎉 Dalam rangka ulang tahun ke-{years} {name}, kami bagikan {prize} untuk 1 pemenang!<br>Cara ikut:<br>✅ Follow halaman kami<br>✅ Like postingan ini<br>✅ Tag 2 teman<br>Pemenang diundi {date} dan diumumkan di kolom komentar. Hadiah diambil di toko. Kami tidak pernah meminta transfer atau data kartu. S&amp;K: {rules}",
    ],
    "tr": [
        "🎉 ÇEKİLİŞ 🎉 {name} olarak {years}. yılımızı kutluyoruz ve bir {prize} hediye ediyoruz!<br>Katılım:<br>✅ Sayfamızı takip et<br>✅ Gönderiyi beğen<br>✅ Bir arkadaşını etiketle<br>Kazanan {date} tarihinde noter huzurunda çekilişle belirlenecek. Hediye mağazadan teslim alınır. Katılım koşulları: {rules}",
    ],
}
LEGIT_PRIZES = {"en": ["£50 voucher", "hamper of our best-sellers", "family pizza night for four", "year of free coffee", "signed cookbook"],
                "es": ["cheque regalo de 50 €", "lote de productos", "cena para dos"], "pt": ["vale-presente de R$ 200", "kit de produtos", "jantar para dois"],
                "fr": ["bon d'achat de 50 €", "panier gourmand", "dîner pour deux"], "de": ["Gutschein über 50 €", "Geschenkkorb", "Frühstück für zwei"],
                "id": ["voucher makan Rp 300.000", "hampers produk kami"], "tr": ["500 TL hediye çeki", "kahvaltı keyfi (2 kişilik)"]}


def business_giveaway_legit(ctx: Ctx) -> dict:
    lang = ctx.lang
    name, cat = ctx.pick(BUSINESSES[lang])
    handle = latin_slug(ctx, name, "")
    domain = handle[:18] + "." + ctx.pick(["com", "shop", lang_tld(ctx), lang_tld(ctx)])
    draw = REF_DATE + timedelta(days=ctx.randint(-20, 14))
    rules = ctx.pick([f"https://www.{domain}/giveaway-terms", f"https://{domain}/rules", f"https://www.{domain}/bases-legales",
                      "link in bio", f"https://{latin_slug(ctx, name)}.github.io/terms"])
    text = ctx.pick(LEGIT_GIVEAWAY_POSTS[lang], years=ctx.randint(2, 40), name=name, prize=ctx.pick(LEGIT_PRIZES[lang]),
                    date=_fmt_short(lang, draw), rules=esc(rules))
    created, post_date = _legit_page_created(ctx)
    likes, cn, sh = _engagement(ctx, big=ctx.chance(0.3))
    comments = [(person(ctx, ctx.chance(0.3)), ctx.pick(DONE_COMMENTS[lang] + BIZ_COMMENTS[lang] + [f"@{person(ctx)} 😍"]), rel_time(ctx))
                for _ in range(ctx.randint(0, 9))]
    post = Post(page_name=name, handle=handle, text=text, category=cat,
                followers=_followers(ctx, 300, 60000), likes=likes, comments_n=cn, shares=sh, comments=comments,
                image_alt=ctx.pick(["May be an image of gift and text that says 'GIVEAWAY'", "May be an image of food", ""]),
                post_date=post_date, page_created=created, verified=ctx.chance(0.1),
                hashtags=ctx.sample(["giveaway", "win", "competition", "sorteo", "gewinnspiel", "local"], ctx.randint(0, 2)))
    r = ctx.rng.random()
    url = fb_post_url(ctx, post.handle) if r < 0.65 else (ig_post_url(ctx) if r < 0.85 else "")
    return dict(html=render_social(ctx, post), url=url, page_created=created.isoformat())


def _fmt_short(lang: str, d) -> str:
    from .core import fmt_date
    return fmt_date(lang, d)


# ---------------------------------------------------------------------------------------
# LEGIT: official brand pages warning about fake giveaway pages
# ---------------------------------------------------------------------------------------
WARNING_POSTS = {
    "en": [
        "⚠️ SCAM ALERT ⚠️ We've been made aware of fake pages pretending to be {brand} and offering free {prize} to celebrate our “anniversary” if you like, share and comment “Done”. These pages are NOT affiliated with {brand}. We will never ask you to pay a delivery fee or enter card details to claim a prize. Please report these pages and don't click their links. Our only official page has the verified badge.",
        "Heads up: a post going around says we're giving away {prize} to everyone who shares it. It's fake 🚫 Genuine {brand} competitions are always listed on our website with full terms and conditions.",
        "Please be careful! Scammers are messaging people saying they've “won” a {brand} {prize} and asking for a small shipping payment. This is not us. If in doubt, check {site}/competitions.",
    ],
    "es": ["⚠️ ALERTA DE ESTAFA ⚠️ Circulan páginas falsas que se hacen pasar por {brand} y regalan {prize} por dar me gusta, compartir y comentar «Hecho». No tienen relación con {brand}. Nunca te pediremos pagar gastos de envío ni datos de tarjeta para recibir un premio. Denuncia esas páginas. Nuestra única página oficial está verificada.",
           "Cuidado: una publicación dice que regalamos {prize} a todos los que la compartan. Es falsa 🚫 Nuestros sorteos reales siempre aparecen en {site} con sus bases legales."],
    "pt": ["⚠️ ALERTA DE GOLPE ⚠️ Existem páginas falsas se passando pela {brand} e oferecendo {prize} grátis para quem curtir, compartilhar e comentar “Feito”. Elas NÃO são da {brand}. Nunca pedimos pagamento de frete ou dados de cartão para resgatar prêmios. Denuncie! Nossa única página oficial tem o selo de verificação.",
           "Atenção: uma publicação diz que estamos dando {prize} para quem compartilhar. É falsa 🚫 Promoções verdadeiras da {brand} estão sempre em {site} com regulamento completo."],
    "fr": ["⚠️ ALERTE ARNAQUE ⚠️ De fausses pages se font passer pour {brand} et promettent {prize} gratuits contre un « j'aime », un partage et un commentaire « Fait ». Elles n'ont aucun lien avec {brand}. Nous ne vous demanderons jamais de payer des frais de livraison ni vos coordonnées bancaires pour recevoir un lot. Signalez ces pages."],
    "de": ["⚠️ BETRUGSWARNUNG ⚠️ Derzeit kursieren gefälschte Seiten, die sich als {brand} ausgeben und angeblich {prize} verschenken, wenn man liked, teilt und „Erledigt“ kommentiert. Diese Seiten haben nichts mit {brand} zu tun. Wir verlangen niemals Versandkosten oder Kartendaten für einen Gewinn. Bitte meldet diese Seiten."],
    "id": ["⚠️ WASPADA PENIPUAN ⚠️ Beredar halaman palsu yang mengatasnamakan {brand} dan membagikan {prize} gratis dengan syarat like, share, dan komen “Sudah”. Halaman tersebut BUKAN milik {brand}. Kami tidak pernah meminta ongkos kirim atau data kartu untuk klaim hadiah. Silakan laporkan halaman tersebut."],
    "hi": ["⚠️ धोखाधड़ी से सावधान ⚠️ कुछ नकली पेज {brand} के नाम से लाइक, शेयर और “Done” कमेंट करने पर मुफ्त {prize} देने का दावा कर रहे हैं। इनका {brand} से कोई संबंध नहीं है। हम इनाम के लिए कभी डिलीवरी शुल्क या कार्ड की जानकारी नहीं माँगते। कृपया ऐसे पेज रिपोर्ट करें।"],
    "ar": ["⚠️ تحذير من الاحتيال ⚠️ هناك صفحات مزيفة تنتحل اسم {brand} وتعد بـ{prize} مجانًا مقابل الإعجاب والمشاركة وكتابة «تم». هذه الصفحات لا علاقة لها بـ{brand}. لن نطلب منك أبدًا دفع رسوم توصيل أو إدخال بيانات بطاقتك لاستلام جائزة. يرجى الإبلاغ عن هذه الصفحات."],
    "vi": ["⚠️ CẢNH BÁO LỪA ĐẢO ⚠️ Đang có các trang giả mạo {brand} hứa tặng {prize} miễn phí khi thích, chia sẻ và bình luận “Xong”. Các trang này KHÔNG liên quan đến {brand}. Chúng tôi không bao giờ yêu cầu trả phí vận chuyển hay nhập thông tin thẻ để nhận quà. Hãy báo cáo các trang này."],
    "tr": ["⚠️ DOLANDIRICILIK UYARISI ⚠️ {brand} adını kullanan sahte sayfalar, beğenip paylaşan ve “Tamam” yazanlara bedava {prize} vereceğini iddia ediyor. Bu sayfaların {brand} ile hiçbir ilgisi yoktur. Ödül için asla kargo ücreti veya kart bilgisi istemeyiz. Lütfen bu sayfaları şikayet edin."],
    "ru": ["⚠️ ОСТОРОЖНО, МОШЕННИКИ ⚠️ Появились фейковые страницы от имени {brand}, которые обещают бесплатные {prize} за лайк, репост и комментарий «Готово». Они не имеют отношения к {brand}. Мы никогда не просим оплатить доставку или ввести данные карты для получения приза. Пожалуйста, жалуйтесь на такие страницы."],
}
WARN_COMMENTS = {
    "en": ["Thanks for the heads up, I nearly fell for it", "My mum shared one of those yesterday 🙄", "Reported!", "Good to know, thanks"],
    "es": ["Gracias por avisar", "Mi madre compartió una ayer 🙄", "¡Denunciada!"], "pt": ["Obrigada pelo aviso", "Minha mãe compartilhou uma ontem 🙄", "Denunciei!"],
    "fr": ["Merci pour l'info", "Ma mère en a partagé une hier 🙄", "Signalé !"], "de": ["Danke für die Warnung", "Meine Mutter hat so was gestern geteilt 🙄", "Gemeldet!"],
    "id": ["Makasih infonya min", "Ibu saya kemarin share yang palsu 🙄", "Sudah dilaporkan!"], "hi": ["जानकारी के लिए धन्यवाद", "रिपोर्ट कर दिया!"],
    "ar": ["شكرًا على التنبيه", "تم الإبلاغ!"], "vi": ["Cảm ơn ad đã cảnh báo", "Đã báo cáo!"], "tr": ["Uyarı için teşekkürler", "Şikayet ettim!"],
    "ru": ["Спасибо за предупреждение", "Пожаловалась!"],
}


def brand_warning_post(ctx: Ctx) -> dict:
    lang = ctx.lang
    brand = ctx.pick(BRANDS[lang])
    bslug = latin_slug(ctx, brand, "")
    site = "www." + bslug + "." + ctx.pick(["com", lang_tld(ctx)])
    text = ctx.pick(WARNING_POSTS[lang], brand=brand, prize=ctx.pick(ANNIV_PRIZES[lang]), site=site)
    created = days_before(ctx.randint(1500, 6000))
    post_date = days_before(ctx.randint(0, 200))
    likes, cn, sh = _engagement(ctx, big=True)
    comments = [(person(ctx, ctx.chance(0.3)), ctx.pick(WARN_COMMENTS[lang]), rel_time(ctx)) for _ in range(ctx.randint(0, 6))]
    post = Post(page_name=brand, handle=bslug + ctx.pick(["", "official", ""]), text=text,
                category=ctx.pick(["Retail company", "Supermarket", "Brand", "Shopping & retail"]),
                followers=_followers(ctx, 50000, 9000000), likes=likes, comments_n=cn, shares=sh, comments=comments,
                image_alt=ctx.pick(["May be an image of text that says 'SCAM ALERT'", "May be an image of text", ""]),
                post_date=post_date, page_created=created, verified=ctx.chance(0.85))
    url = fb_post_url(ctx, post.handle) if ctx.chance(0.8) else ""
    return dict(html=render_social(ctx, post), url=url, page_created=created.isoformat())


__all__ = [
    "ANNIV_PRIZES",
    "BRANDS",
    "DONE_COMMENTS",
    "brand_warning_post",
    "business_giveaway_legit",
    "business_social_post",
    "like_share_fb_post",
    "like_share_prize_post",
]
