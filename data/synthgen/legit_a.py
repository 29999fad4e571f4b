# ruff: noqa: E501  (template modules are mostly multilingual text tables)
"""Legit hard negatives (part A): news and warnings ABOUT giveaway scams (quoting their phrases),
sweepstakes official rules, brand contest entry pages, newsletter signups."""

from __future__ import annotations

import re
from datetime import timedelta

from .core import (
    REF_DATE,
    Doc,
    comments_block,
    consent_checkbox,
    esc,
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
    ul,
)
from .social import ANNIV_PRIZES, BRANDS, WARN_COMMENTS

YEAR = 2026

# ---------------------------------------------------------------------------------------
# News / consumer warnings about giveaway scams
# ---------------------------------------------------------------------------------------
NEWS = {
    "en": dict(
        outlets=["The Daily Courier", "Metro News", "Consumer Watch", "TechSafe Blog", "KXTV 7 News", "Northern Echo", "Money Matters", "Scam Alert Weekly"],
        heads=["Beware fake {brand} anniversary giveaway spreading on Facebook", "No, {brand} is not giving away free {prize} — it's a scam",
               "Police warn of WhatsApp message offering free {prize}", "How to spot a fake 'free Robux' or 'V-Bucks generator'",
               "Crypto 'double your Bitcoin' scams use deepfakes of {celeb}", "Survey scam promises {prize} for $1.95 shipping — and then charges monthly",
               "Like-and-share giveaways: why you should think twice before commenting 'Done'"],
        paras=["A post claiming that {brand} is giving away {prize} to celebrate its anniversary has been shared thousands of times this week. The post asks users to like, share and comment “Done” to enter. {brand} has confirmed that the page is not affiliated with the company.",
               "The scam follows a familiar pattern. A newly created page copies a brand's logo, promises a generous prize to anyone who shares the post, and later sends winners a link asking for their address, phone number and card details to pay a small “delivery fee”.",
               "“Scammers ask you to like and share because engagement makes the page look legitimate and spreads it to your friends,” said {expert}, a fraud researcher at {org}. “Once the page has enough followers, it is often renamed and sold or used for other fraud.”",
               "Victims who enter their card details for a shipping fee of {fee} are frequently signed up for recurring subscriptions of up to {monthly} a month, according to complaints filed with consumer protection authorities.",
               "Similar messages circulate on WhatsApp: “Congratulations! You have been selected to receive {prize}. Share this message with 10 friends to claim.” The links lead to survey pages that collect personal data and push users to install apps.",
               "Gamers are targeted too. Sites advertising “free Robux” or a “V-Bucks generator” ask players to enter their username, then demand that they complete “human verification” offers. No currency is ever delivered, and some sites also ask for passwords.",
               "In cryptocurrency giveaway scams, victims are told to send coins to an address and promised double the amount back. Anything sent is lost; the transactions shown on the page are fake.",
               "The page had been created only {days} days before the post went viral, according to the page transparency section on Facebook."],
        tips_h="How to protect yourself", tips=["Check that the page is verified and was not created recently.", "Real companies don't ask you to pay shipping for a prize you won.",
                                                "Never enter your password or card details on a site you reached from a giveaway post.", "Search the brand's official website for the promotion and its official rules.",
                                                "Report suspicious pages to the platform."],
        by="By", upd="Updated", related="Related stories", expert_orgs=["the University of Leeds", "Which?", "the Better Business Bureau", "a cybersecurity firm", "ESET"]),
    "es": dict(outlets=["Diario del Sur", "El Informador Digital", "Consumo Hoy", "Noticias 24", "Maldita.es"],
               heads=["Cuidado con el falso sorteo de aniversario de {brand} en Facebook", "No, {brand} no regala {prize}: es una estafa", "La Policía alerta de un mensaje de WhatsApp que ofrece {prize} gratis"],
               paras=["Una publicación que asegura que {brand} regala {prize} por su aniversario se ha compartido miles de veces. Pide a los usuarios que den «me gusta», compartan y comenten «Hecho». {brand} ha confirmado que la página no es oficial.",
                      "El fraude sigue un patrón conocido: una página recién creada copia el logotipo de la marca y, más tarde, envía a los «ganadores» un enlace donde piden dirección, teléfono y datos de la tarjeta para pagar unos «gastos de envío» de {fee}.",
                      "«Piden compartir porque así la página parece legítima y llega a tus amigos», explica {expert}, investigador de fraude en {org}.",
                      "En WhatsApp circulan mensajes similares: «¡Enhorabuena! Has sido seleccionado para recibir {prize}. Comparte este mensaje con 10 amigos». Los enlaces llevan a encuestas que recopilan datos personales.",
                      "La página se había creado solo {days} días antes de que la publicación se hiciera viral."],
               tips_h="Cómo protegerte", tips=["Comprueba que la página esté verificada.", "Las empresas no cobran envío por un premio.", "Nunca introduzcas tu tarjeta en un enlace de un sorteo.", "Busca las bases legales en la web oficial."],
               by="Por", upd="Actualizado", related="Noticias relacionadas", expert_orgs=["la Universidad de Granada", "la OCU", "INCIBE"]),
    "pt": dict(outlets=["Jornal do Povo", "G1 Regional", "Consumidor Moderno", "Boatos.org", "Diário de Notícias"],
               heads=["Cuidado com o falso sorteio de aniversário da {brand} no Facebook", "Não, a {brand} não está dando {prize}: é golpe", "Polícia alerta para mensagem no WhatsApp que oferece {prize} grátis"],
               paras=["Uma publicação afirmando que a {brand} está dando {prize} pelo aniversário foi compartilhada milhares de vezes. O post pede para curtir, compartilhar e comentar “Feito”. A {brand} confirmou que a página não é oficial.",
                      "O golpe segue um padrão: uma página recém-criada copia a marca e depois envia aos “ganhadores” um link pedindo endereço, telefone e dados do cartão para pagar um “frete” de {fee}.",
                      "“Eles pedem compartilhamento porque isso faz a página parecer legítima”, explica {expert}, pesquisador de fraudes da {org}.",
                      "No WhatsApp circulam mensagens parecidas: “Parabéns! Você foi selecionado para receber {prize}. Compartilhe com 10 amigos para resgatar.”",
                      "A página havia sido criada apenas {days} dias antes de viralizar."],
               tips_h="Como se proteger", tips=["Verifique se a página tem selo de verificação.", "Empresas não cobram frete por prêmios.", "Nunca informe dados do cartão em links de sorteio.", "Procure o regulamento no site oficial."],
               by="Por", upd="Atualizado", related="Leia também", expert_orgs=["a USP", "o Procon", "uma empresa de segurança digital"]),
    "fr": dict(outlets=["Le Quotidien", "Info Conso", "France Actu", "Les Décodeurs", "Ouest Info"],
               heads=["Attention au faux jeu-concours anniversaire {brand} sur Facebook", "Non, {brand} n'offre pas de {prize} : c'est une arnaque"],
               paras=["Une publication affirmant que {brand} offre des {prize} pour son anniversaire a été partagée des milliers de fois. Elle demande d'aimer, de partager et de commenter « Fait ». {brand} confirme que la page n'est pas officielle.",
                      "L'arnaque suit un schéma connu : une page récemment créée copie le logo de la marque puis envoie aux « gagnants » un lien demandant adresse, téléphone et coordonnées bancaires pour des « frais de livraison » de {fee}.",
                      "« Ils demandent de partager car cela donne l'illusion d'une page légitime », explique {expert}, chercheur à {org}.",
                      "La page avait été créée seulement {days} jours avant que le message ne devienne viral."],
               tips_h="Comment se protéger", tips=["Vérifiez que la page est certifiée.", "Une vraie marque ne fait pas payer la livraison d'un lot.", "Ne saisissez jamais vos coordonnées bancaires."],
               by="Par", upd="Mis à jour", related="À lire aussi", expert_orgs=["l'université de Lille", "UFC-Que Choisir", "Cybermalveillance.gouv.fr"]),
    "de": dict(outlets=["Lokalzeitung", "Verbraucherzentrale aktuell", "Tech-News", "Mimikama", "Abendblatt Online"],
               heads=["Vorsicht vor falschem {brand}-Jubiläumsgewinnspiel auf Facebook", "Nein, {brand} verschenkt keine {prize} – es ist Betrug", "Polizei warnt vor WhatsApp-Kettenbrief mit Gratis-{prize}"],
               paras=["Ein Beitrag, laut dem {brand} zum Jubiläum {prize} verschenkt, wurde tausendfach geteilt. Nutzer sollen liken, teilen und „Erledigt“ kommentieren. {brand} bestätigte, dass die Seite nicht offiziell ist.",
                      "Die Masche ist bekannt: Eine neu erstellte Seite kopiert das Logo der Marke und schickt „Gewinnern“ später einen Link, auf dem Adresse, Telefonnummer und Kartendaten für angebliche Versandkosten von {fee} abgefragt werden.",
                      "„Das Teilen lässt die Seite glaubwürdig wirken und verbreitet sie im Freundeskreis“, sagt {expert} von {org}.",
                      "Wer seine Karte angibt, landet oft in einem Abo über {monthly} im Monat.", "Die Seite war erst {days} Tage vor dem viralen Beitrag erstellt worden."],
               tips_h="So schützen Sie sich", tips=["Prüfen Sie, ob die Seite verifiziert ist.", "Echte Unternehmen verlangen keine Versandkosten für Gewinne.", "Geben Sie niemals Passwörter oder Kartendaten ein.", "Suchen Sie die Teilnahmebedingungen auf der offiziellen Website."],
               by="Von", upd="Aktualisiert", related="Mehr zum Thema", expert_orgs=["der Verbraucherzentrale", "dem BSI", "der Polizei"]),
    "id": dict(outlets=["Kabar Digital", "Warta Kota Online", "Cek Fakta", "Tekno Hari Ini", "Liputan Nusantara"],
               heads=["Waspada giveaway palsu ulang tahun {brand} di Facebook", "Hoaks: {brand} bagikan {prize} gratis", "Polisi imbau warga waspadai pesan WhatsApp berhadiah {prize}"],
               paras=["Sebuah unggahan yang menyebut {brand} membagikan {prize} dalam rangka ulang tahun telah dibagikan ribuan kali. Pengguna diminta like, share dan komen “Sudah”. {brand} memastikan halaman tersebut bukan akun resmi.",
                      "Modusnya sama: halaman baru meniru logo merek, lalu mengirim tautan kepada “pemenang” untuk mengisi alamat, nomor HP, bahkan data kartu untuk membayar ongkir {fee}.",
                      "“Mereka minta dibagikan supaya halaman terlihat asli,” kata {expert} dari {org}.",
                      "Untuk gamer, situs “generator diamond gratis” meminta ID dan kata sandi akun. Tidak ada diamond yang pernah dikirim.", "Halaman itu baru dibuat {days} hari sebelum unggahannya viral."],
               tips_h="Tips agar tidak tertipu", tips=["Pastikan halaman bercentang biru.", "Hadiah asli tidak meminta ongkir.", "Jangan pernah memberikan kata sandi atau OTP.", "Cek informasi di situs resmi."],
               by="Oleh", upd="Diperbarui", related="Berita terkait", expert_orgs=["Kominfo", "Vaksincom", "Universitas Indonesia"]),
    "hi": dict(outlets=["समाचार दर्पण", "डिजिटल भारत न्यूज़", "फैक्ट चेक डेस्क", "टेक हिंदी"],
               heads=["सावधान: Facebook पर {brand} की नकली वर्षगांठ गिवअवे वायरल", "फैक्ट चेक: {brand} मुफ्त {prize} नहीं दे रहा, यह धोखाधड़ी है", "पुलिस की चेतावनी: WhatsApp पर मुफ्त {prize} वाले मैसेज से बचें"],
               paras=["एक पोस्ट में दावा किया जा रहा है कि {brand} अपनी वर्षगांठ पर {prize} मुफ्त दे रहा है। इसमें लाइक, शेयर और “Done” कमेंट करने को कहा गया है। {brand} ने साफ किया है कि यह पेज आधिकारिक नहीं है।",
                      "ठगी का तरीका वही है: नया बना पेज ब्रांड का लोगो कॉपी करता है और बाद में “विजेताओं” से पता, मोबाइल नंबर और कार्ड की जानकारी {fee} डिलीवरी शुल्क के नाम पर माँगता है।",
                      "WhatsApp पर भी ऐसे मैसेज घूम रहे हैं: “बधाई हो! आपको {prize} के लिए चुना गया है। इसे 10 दोस्तों को भेजें।” लिंक पर सर्वे और ऐप डाउनलोड करवाए जाते हैं।",
                      "{expert} ({org}) के अनुसार, शेयर करवाने से पेज असली लगता है और ज़्यादा लोगों तक पहुँचता है।"],
               tips_h="कैसे बचें", tips=["पेज पर ब्लू टिक देखें।", "असली इनाम के लिए डिलीवरी शुल्क नहीं लिया जाता।", "OTP या पासवर्ड कभी न बताएं।", "साइबर अपराध की शिकायत 1930 पर करें।"],
               by="लेखक", upd="अपडेट", related="संबंधित खबरें", expert_orgs=["साइबर सेल", "CERT-In"]),
    "ar": dict(outlets=["البوابة الإخبارية", "صحيفة اليوم", "تقنية نيوز", "مرصد الشائعات"],
               heads=["احذروا مسابقة مزيفة باسم {brand} على فيسبوك", "لا، {brand} لا توزع {prize} مجانًا: إنها عملية احتيال", "الشرطة تحذر من رسائل واتساب تعد بـ{prize} مجانًا"],
               paras=["انتشر منشور يزعم أن {brand} توزع {prize} احتفالًا بذكرى تأسيسها، ويطلب من المستخدمين الإعجاب والمشاركة وكتابة «تم». وأكدت {brand} أن الصفحة غير رسمية.",
                      "يتبع الاحتيال نمطًا معروفًا: صفحة حديثة الإنشاء تنسخ شعار العلامة التجارية، ثم ترسل للفائزين رابطًا يطلب العنوان ورقم الهاتف وبيانات البطاقة لدفع «رسوم توصيل» قدرها {fee}.",
                      "وقال {expert} من {org} إن طلب المشاركة يجعل الصفحة تبدو موثوقة وينشرها بين الأصدقاء.", "وكانت الصفحة قد أُنشئت قبل {days} أيام فقط من انتشار المنشور."],
               tips_h="كيف تحمي نفسك", tips=["تحقق من توثيق الصفحة.", "الشركات الحقيقية لا تطلب رسوم شحن للجوائز.", "لا تُدخل بيانات بطاقتك في روابط المسابقات."],
               by="بقلم", upd="تحديث", related="أخبار ذات صلة", expert_orgs=["هيئة الأمن السيبراني", "جامعة الملك سعود"]),
    "vi": dict(outlets=["Báo Điện Tử 24h", "Tin Công Nghệ", "Người Tiêu Dùng", "An Ninh Mạng"],
               heads=["Cảnh giác trang giả mạo {brand} tặng {prize} dịp kỷ niệm", "{brand} không tặng {prize} miễn phí: đây là lừa đảo", "Công an cảnh báo tin nhắn tặng {prize} miễn phí"],
               paras=["Một bài đăng cho rằng {brand} tặng {prize} nhân dịp kỷ niệm đã được chia sẻ hàng nghìn lần. Bài viết yêu cầu thích, chia sẻ và bình luận “Xong”. {brand} khẳng định trang này không phải trang chính thức.",
                      "Thủ đoạn quen thuộc: trang mới lập sao chép logo thương hiệu, sau đó gửi đường link yêu cầu “người trúng thưởng” nhập địa chỉ, số điện thoại và thông tin thẻ để trả phí vận chuyển {fee}.",
                      "Các trang “hack kim cương Free Fire miễn phí” cũng yêu cầu người chơi đăng nhập tài khoản Facebook, dẫn đến mất tài khoản.", "Trang này chỉ mới được tạo {days} ngày trước khi bài đăng lan truyền."],
               tips_h="Cách phòng tránh", tips=["Kiểm tra tích xanh của trang.", "Không trả phí để nhận quà.", "Không bao giờ cung cấp mật khẩu hoặc mã OTP."],
               by="Tác giả", upd="Cập nhật", related="Tin liên quan", expert_orgs=["Cục An toàn thông tin", "Bkav"]),
    "tr": dict(outlets=["Gündem Haber", "Tüketici Rehberi", "Teknoloji Dünyası", "Teyit Merkezi"],
               heads=["Dikkat: Facebook'ta sahte {brand} yıl dönümü çekilişi", "{brand} bedava {prize} dağıtmıyor: bu bir dolandırıcılık", "Emniyet uyardı: WhatsApp'ta bedava {prize} mesajına dikkat"],
               paras=["{brand}'in yıl dönümü için {prize} dağıttığını iddia eden bir paylaşım binlerce kez paylaşıldı. Kullanıcılardan beğenip paylaşmaları ve “Tamam” yazmaları isteniyor. {brand}, sayfanın resmi olmadığını açıkladı.",
                      "Yöntem tanıdık: yeni açılmış bir sayfa markanın logosunu kopyalıyor, ardından “kazananlara” adres, telefon ve kart bilgisi isteyen bir bağlantı gönderiyor; gerekçe {fee} kargo ücreti.",
                      "{org} uzmanı {expert}, paylaşım istenmesinin sayfayı güvenilir gösterdiğini söylüyor.", "Sayfa, paylaşım viral olmadan yalnızca {days} gün önce oluşturulmuştu."],
               tips_h="Kendinizi nasıl korursunuz", tips=["Sayfanın mavi tikini kontrol edin.", "Gerçek ödüller için kargo ücreti istenmez.", "Şifre veya kart bilgisi paylaşmayın."],
               by="Yazan", upd="Güncellendi", related="İlgili haberler", expert_orgs=["USOM", "bir siber güvenlik şirketi"]),
    "ru": dict(outlets=["Городские новости", "Потребитель.ру", "Tech-Обзор", "Антифейк"],
               heads=["Осторожно: фейковый юбилейный розыгрыш {brand} во «ВКонтакте» и Facebook", "Нет, {brand} не раздаёт {prize} — это мошенничество", "Полиция предупреждает о рассылке в WhatsApp с «бесплатными» {prize}"],
               paras=["Запись о том, что {brand} в честь юбилея дарит {prize}, распространилась в соцсетях. Пользователей просят поставить лайк, сделать репост и написать «Готово». В {brand} подтвердили, что страница не официальная.",
                      "Схема известна: недавно созданная страница копирует логотип бренда, а затем присылает «победителям» ссылку, где просят адрес, телефон и данные карты для оплаты доставки {fee}.",
                      "«Репосты нужны, чтобы страница выглядела настоящей», — объясняет {expert} из {org}.", "Страница была создана всего за {days} дней до того, как запись стала вирусной."],
               tips_h="Как защититься", tips=["Проверяйте, подтверждена ли страница.", "Настоящие компании не берут плату за доставку приза.", "Никогда не вводите данные карты по ссылкам из розыгрышей."],
               by="Автор", upd="Обновлено", related="Читайте также", expert_orgs=["Роскачества", "Лаборатории Касперского"]),
}

#: Extra background paragraphs: news pages pick some of these to reach long-form length.
NEWS_MORE = {
    "en": ["Consumer protection agencies received more than {k} reports about fake giveaways in the first half of the year, a sharp rise compared with the same period last year. Most victims lost small amounts, but some reported unauthorised charges of several hundred dollars.",
           "Security researchers say the pages often reuse the same templates. The only things that change are the brand name, the prize and the colour scheme, which allows a small group of operators to run hundreds of pages at once.",
           "“If you have already entered your card details, contact your bank immediately and ask them to block the card,” a police spokesperson said. “Keep screenshots of the page and the messages you received, and report them.”",
           "Social networks say they remove millions of fake accounts every quarter, but new pages appear faster than they can be taken down. Some scam pages are not new at all: they are older pages that were hacked or bought and then renamed.",
           "Legitimate competitions usually have official rules that name the company running them, explain how winners are chosen and state that no purchase is necessary. They do not ask winners to pay fees or to share a post with a set number of friends.",
           "Experts also warn about the personal data collected by these pages. Names, phone numbers and dates of birth are valuable to marketers and criminals, and victims often receive a wave of spam calls and text messages after entering a fake giveaway.",
           "The company said it was working with the platform to have the page removed and thanked customers who had reported it. “We would love to give everyone a free gift, but this is not us,” a spokesperson added.",
           "Older users and teenagers are particularly likely to fall for such offers, according to a recent survey, because the posts appear in their feeds shared by friends and family they trust.",
           "What to do if you clicked: change any passwords you entered, enable two-factor authentication, check your bank statements for unknown charges and cancel any subscriptions you did not sign up for."],
    "es": ["Las asociaciones de consumidores recibieron más de {k} denuncias por sorteos falsos en lo que va de año.",
           "«Si ya has introducido los datos de tu tarjeta, llama a tu banco de inmediato para bloquearla», recomienda la Policía.",
           "Los sorteos legales tienen bases que identifican a la empresa organizadora y nunca piden pagar por recibir el premio.",
           "Muchas de estas páginas no son nuevas: son perfiles antiguos hackeados o comprados a los que se les cambia el nombre."],
    "pt": ["Os órgãos de defesa do consumidor receberam mais de {k} reclamações sobre sorteios falsos neste ano.",
           "“Se você já informou os dados do cartão, ligue imediatamente para o banco e peça o bloqueio”, orienta a polícia.",
           "Promoções legítimas têm regulamento com o nome da empresa e nunca cobram taxa para entregar o prêmio.",
           "Muitas dessas páginas são perfis antigos invadidos ou comprados que mudaram de nome."],
    "fr": ["Les associations de consommateurs ont reçu plus de {k} signalements de faux jeux-concours cette année.",
           "« Si vous avez saisi vos coordonnées bancaires, faites immédiatement opposition auprès de votre banque », conseille la police.",
           "Un vrai jeu-concours dispose d'un règlement qui identifie l'organisateur et ne demande jamais de frais au gagnant."],
    "de": ["Verbraucherzentralen verzeichneten in diesem Jahr mehr als {k} Beschwerden über gefälschte Gewinnspiele.",
           "„Wer Kartendaten eingegeben hat, sollte die Karte sofort sperren lassen“, rät die Polizei. Die Sperr-Notrufnummer ist 116 116.",
           "Seriöse Gewinnspiele haben Teilnahmebedingungen, nennen den Veranstalter und verlangen nie Gebühren für die Zustellung eines Gewinns.",
           "Häufig handelt es sich nicht um neue Seiten, sondern um gehackte oder gekaufte alte Seiten, die umbenannt wurden."],
    "id": ["Lembaga perlindungan konsumen menerima lebih dari {k} laporan terkait giveaway palsu tahun ini.",
           "“Jika sudah memasukkan data kartu atau OTP, segera hubungi bank untuk memblokir,” kata pihak kepolisian.",
           "Undian resmi selalu mencantumkan penyelenggara dan tidak pernah meminta pemenang membayar biaya apa pun."],
    "hi": ["इस साल फर्जी गिवअवे को लेकर {k} से ज़्यादा शिकायतें दर्ज हुई हैं।", "अगर आपने कार्ड की जानकारी डाल दी है तो तुरंत बैंक को कॉल करके कार्ड ब्लॉक करवाएं।"],
    "ar": ["تلقت جهات حماية المستهلك أكثر من {k} بلاغًا عن مسابقات مزيفة هذا العام.", "إذا أدخلت بيانات بطاقتك فاتصل بالبنك فورًا لإيقافها، بحسب الشرطة."],
    "vi": ["Cơ quan bảo vệ người tiêu dùng đã nhận hơn {k} phản ánh về các chương trình tặng quà giả mạo trong năm nay.", "Nếu đã nhập thông tin thẻ, hãy liên hệ ngân hàng ngay để khóa thẻ."],
    "tr": ["Tüketici derneklerine bu yıl sahte çekilişlerle ilgili {k}'den fazla şikâyet ulaştı.", "Kart bilgilerinizi girdiyseniz hemen bankanızı arayıp kartı kapattırın."],
    "ru": ["В этом году в общества защиты прав потребителей поступило более {k} жалоб на фальшивые розыгрыши.", "Если вы ввели данные карты, немедленно позвоните в банк и заблокируйте её."],
}

EXPERTS = {"en": ["Dr. Hannah Moore", "James Patel", "Sarah O'Neill"], "es": ["Lucía Romero", "Javier Ortega"], "pt": ["Ana Ribeiro", "Paulo Mendes"],
           "fr": ["Julie Lambert", "Marc Girard"], "de": ["Dr. Katrin Vogel", "Jens Hartmann"], "id": ["Andi Pratama", "Sari Wulandari"],
           "hi": ["डॉ. अमित वर्मा", "नेहा सिंह"], "ar": ["د. خالد العمري", "سارة حداد"], "vi": ["Nguyễn Minh Tuấn", "Trần Thu Hà"],
           "tr": ["Dr. Emre Kaya", "Selin Aydın"], "ru": ["Андрей Соколов", "Мария Кузнецова"]}
CELEBS_NEWS = ["Elon Musk", "Michael Saylor", "Vitalik Buterin", "MrBeast", "Cristiano Ronaldo"]


def news_scam_warning(ctx) -> dict:
    lang, T = ctx.lang, NEWS[ctx.lang]
    brand = ctx.pick(BRANDS[lang])
    prize = ctx.pick(ANNIV_PRIZES[lang])
    fee = {"en": "$1.95", "es": "1,95 €", "pt": "R$ 9,90", "fr": "1,95 €", "de": "1,95 €", "id": "Rp 19.000", "hi": "₹49", "ar": "9 ريال",
           "vi": "25.000đ", "tr": "29,90 TL", "ru": "199 ₽"}[lang]
    kw = dict(brand=brand, prize=prize, celeb=ctx.pick(CELEBS_NEWS), fee=fee, expert=ctx.pick(EXPERTS[lang]), org=ctx.pick(T["expert_orgs"]),
              days=ctx.randint(3, 21), monthly=money(lang, local_amount(ctx, ctx.pick([49.95, 69.99, 89.95]))))
    outlet = ctx.pick(T["outlets"])
    head = ctx.pick(T["heads"], **kw)
    pub = REF_DATE - timedelta(days=ctx.randint(0, 700))
    paras = T["paras"][:]
    n = ctx.randint(2, len(paras))
    chosen = [paras[0], *ctx.sample(paras[1:], n - 1)]
    if ctx.chance(0.6):
        more = NEWS_MORE[lang]
        chosen += ctx.sample(more, ctx.randint(1, len(more)))
    kw["k"] = f"{ctx.randint(2, 90) * 1000:,}".replace(",", "." if lang in ("de", "es", "pt", "id", "tr", "vi") else ",")
    parts = [f'<article><header><h1{ctx.cls("title")}>{esc(head)}</h1><p{ctx.cls("muted")}>{T["by"]} {esc(person(ctx))} · <time datetime="{pub.isoformat()}">{fmt_date(lang, pub)}</time>'
             + (f' · {T["upd"]} {fmt_date(lang, pub + timedelta(days=ctx.randint(0, 3)))}' if ctx.chance(0.3) else "") + "</p></header>"]
    if ctx.chance(0.5):
        parts.append(f"<figure>{img(ctx, 'scam screenshot', 'Screenshot of the fake giveaway post')}<figcaption>{esc(ctx.pick(['Screenshot', 'Captura', 'Foto', '']))}</figcaption></figure>")
    for i, para in enumerate(chosen):
        parts.append(p(ctx, esc(para.format(**kw))))
        if i == 1 and ctx.chance(0.3):
            parts.append(f"<blockquote>{esc(ctx.pick(ANNIV_QUOTES.get(lang, ANNIV_QUOTES['en'])).format(**kw))}</blockquote>")
    if ctx.chance(0.75):
        parts.append(h(ctx, 2, T["tips_h"]) + ul(ctx, [esc(t) for t in ctx.sample(T["tips"], ctx.randint(2, len(T["tips"])))]))
    parts.append("</article>")
    if ctx.chance(0.5):
        rel = [esc(ctx.pick(T["heads"], **dict(kw, brand=ctx.pick(BRANDS[lang]), prize=ctx.pick(ANNIV_PRIZES[lang])))) for _ in range(ctx.randint(2, 5))]
        parts.append(f'<aside class="related"><h3>{T["related"]}</h3>{ul(ctx, [f"<a href=#>{r}</a>" for r in rel])}</aside>')
    if ctx.chance(0.25):
        parts.append(comments_block(ctx, [(person(ctx), esc(ctx.pick(WARN_COMMENTS[lang])), rel_time(ctx)) for _ in range(ctx.randint(2, 5))]))
    links, ftext = std_footer(ctx, outlet)
    nav = std_nav(ctx, [ctx.ui["news"]], n=ctx.randint(3, 7)) + ctx.sample(["Politics", "Business", "Tech", "Sport", "Local", "Opinion", "Weather"], ctx.randint(0, 4))
    side = ("<h3>" + esc(ctx.pick(["Most read", "Trending", T["related"]])) + "</h3>" + ul(ctx, [esc(x) for x in ctx.sample(
        ["Council approves new budget", "Weekend weather: sun returns", "Local team wins derby", "Fuel prices drop again", "New bus routes from Monday",
         "School holidays dates announced"], 4)])) if ctx.chance(0.5) else ""
    doc = Doc(title=f"{head} | {outlet}", main="".join(parts), site=outlet, nav=nav, footer_links=links, footer_text=ftext, sidebar=side,
              meta_desc=esc(chosen[0].format(**kw))[:160], cookie=ctx.chance(0.5), analytics=ctx.chance(0.7))
    dom = latin_slug(ctx, outlet, "")
    r = ctx.rng.random()
    tld = {"en": ["com", "co.uk", "com.au"], "es": ["es", "com.mx"], "pt": ["com.br", "pt"], "fr": ["fr", "be"], "de": ["de", "at"], "id": ["co.id", "id", "com"],
           "hi": ["in", "com"], "ar": ["com", "ae", "sa"], "vi": ["vn", "com.vn"], "tr": ["com.tr", "com"], "ru": ["ru", "com"]}[lang]
    url = (f"https://www.{dom}.{ctx.pick(tld)}/{ctx.pick(['news', 'consumer', 'tech', 'local'])}/{pub.year}/{pub.month:02d}/{slugify(head)[:60]}" if r < 0.8 else
           f"https://{dom}.blogspot.com/{pub.year}/{pub.month:02d}/{slugify(head)[:40]}.html" if r < 0.88 else "")
    return dict(html=render_web(ctx, doc, skin=ctx.pick(["wp", "modern", "bootstrap", "plain", "wp"])), url=url, page_created="")


ANNIV_QUOTES = {
    "en": ["“🎉 {brand} is turning 40! To celebrate, we are giving away {prize}. Like, share and comment Done!”", "“Share with 10 friends to claim your {prize}.”"],
    "es": ["«¡{brand} cumple 40 años! Comparte y comenta Hecho para recibir {prize}.»"], "pt": ["“A {brand} faz 40 anos! Curta, compartilhe e comente Feito.”"],
    "fr": ["« {brand} fête ses 40 ans ! Partagez et commentez Fait. »"], "de": ["„{brand} wird 40! Liken, teilen und Erledigt kommentieren!“"],
    "id": ["“HUT {brand}! Like, share dan komen Sudah untuk dapat {prize}.”"], "hi": ["“{brand} के 40 साल! लाइक, शेयर और Done कमेंट करें।”"],
    "ar": ["«{brand} تحتفل! شارك واكتب تم لتحصل على {prize}.»"], "vi": ["“{brand} tròn 40 năm! Thích, chia sẻ và bình luận Xong.”"],
    "tr": ["“{brand} 40 yaşında! Beğen, paylaş ve Tamam yaz.”"], "ru": ["«{brand} исполняется 40! Лайк, репост и «Готово» в комментариях.»"],
}


# ---------------------------------------------------------------------------------------
# Sweepstakes official rules
# ---------------------------------------------------------------------------------------
SPONSORS = {
    "en": [("Harbor Coffee Roasters, Inc.", "1200 Commerce St., Suite 400, Seattle, WA 98101"), ("Blue Ridge Outdoor Co.", "55 Mill Road, Asheville, NC 28801"),
           ("Northwind Foods LLC", "8800 Industrial Pkwy, Columbus, OH 43219"), ("Brightline Media Group", "350 5th Avenue, New York, NY 10118"),
           ("Maple Street Books Ltd.", "14 King Street, Toronto, ON M5H 1A1"), ("Sunny Valley Dairy Co-op", "2 Creamery Lane, Madison, WI 53703")],
    "es": [("Cafés La Montaña S.L.", "Calle Mayor 12, 28013 Madrid"), ("Deportes Norte S.A.", "Av. Diagonal 420, 08037 Barcelona")],
    "fr": [("Brasserie des Flandres SAS", "12 rue Nationale, 59000 Lille"), ("Éditions du Midi SARL", "3 place du Capitole, 31000 Toulouse")],
    "de": [("Bergquell Getränke GmbH", "Hauptstraße 8, 80331 München"), ("Nordlicht Verlag GmbH", "Am Hafen 3, 20457 Hamburg")],
    "pt": [("Café Serra Alta Ltda.", "Rua Augusta, 1500, São Paulo – SP, CEP 01304-001"), ("Livraria Horizonte Lda.", "Rua de Santa Catarina 200, 4000-442 Porto")],
}
RULES = {
    "en": dict(title="{promo} — Official Rules", npn="NO PURCHASE NECESSARY TO ENTER OR WIN. A PURCHASE OR PAYMENT OF ANY KIND WILL NOT INCREASE YOUR CHANCES OF WINNING. VOID WHERE PROHIBITED.",
               secs=[("Sponsor", "The {promo} (the “Sweepstakes”) is sponsored by {sponsor}, {addr} (“Sponsor”)."),
                     ("Eligibility", "Open only to legal residents of the fifty (50) United States and the District of Columbia who are eighteen (18) years of age or older at the time of entry. Employees of Sponsor, its affiliates, advertising and promotion agencies, and their immediate family members are not eligible."),
                     ("Sweepstakes Period", "The Sweepstakes begins at 12:00:00 a.m. Eastern Time (“ET”) on {start} and ends at 11:59:59 p.m. ET on {end} (the “Sweepstakes Period”). Sponsor's computer is the official time-keeping device."),
                     ("How to Enter", "Visit {site} and complete the entry form with your first and last name, email address, phone number and date of birth. Limit one (1) entry per person and per email address per day. Alternate method of entry: hand-print your name, address, phone number and date of birth on a 3”x5” card and mail it in a stamped envelope to the Sponsor's address above, received by {end}."),
                     ("Prizes", "Grand Prize (1): {prize}. Approximate Retail Value (“ARV”): {arv}. First Prizes ({n1}): a {small} (ARV {sarv} each). Total ARV of all prizes: {total}. Prizes are non-transferable and no substitution or cash equivalent is allowed, except by Sponsor."),
                     ("Odds", "Odds of winning depend on the total number of eligible entries received during the Sweepstakes Period."),
                     ("Winner Selection and Notification", "Winners will be selected in a random drawing on or about {draw} from among all eligible entries. Potential winners will be notified by email and may be required to sign and return an Affidavit of Eligibility and Liability/Publicity Release within seven (7) days. Sponsor will never ask a winner to pay a fee to receive a prize."),
                     ("Taxes", "Winners are responsible for all federal, state and local taxes. An IRS Form 1099 will be issued for prizes valued at $600 or more."),
                     ("General Conditions", "Sponsor reserves the right to cancel, suspend or modify the Sweepstakes if fraud, technical failures or any other factor beyond Sponsor's control impairs its integrity. Any attempt to enter using multiple identities or automated means will result in disqualification."),
                     ("Limitation of Liability", "By entering, entrants agree to release and hold harmless Sponsor and its affiliates from any liability arising from participation in the Sweepstakes or acceptance or use of any prize."),
                     ("Privacy", "Information collected from entrants is subject to Sponsor's Privacy Policy at {site}/privacy. Sponsor does not sell entrant information."),
                     ("Winners List", "For a list of winners, send a self-addressed, stamped envelope to the Sponsor's address above within sixty (60) days of {end}.")],
               social="This Sweepstakes is in no way sponsored, endorsed, administered by, or associated with Facebook, Instagram or TikTok.",
               eff="Effective"),
    "es": dict(title="Bases legales — {promo}", npn="PARTICIPACIÓN GRATUITA. NO ES NECESARIA NINGUNA COMPRA PARA PARTICIPAR NI PARA GANAR.",
               secs=[("Empresa organizadora", "{sponsor}, con domicilio en {addr}, organiza la promoción «{promo}»."),
                     ("Ámbito y duración", "La promoción es válida en territorio español desde el {start} hasta el {end}, ambos inclusive."),
                     ("Requisitos", "Pueden participar personas físicas mayores de 18 años residentes en España. Quedan excluidos los empleados de la empresa organizadora y sus familiares."),
                     ("Mecánica", "Para participar, rellena el formulario de {site} con tu nombre, email y teléfono. Solo se admite una participación por persona."),
                     ("Premios", "Se sorteará un {prize} (valor aproximado {arv}) y {n1} premios de {small}. El premio no podrá canjearse por dinero."),
                     ("Selección del ganador", "El ganador se elegirá mediante sorteo aleatorio ante notario el {draw} y se le comunicará por correo electrónico. Nunca se pedirá al ganador ningún pago."),
                     ("Protección de datos", "Los datos se tratarán conforme al RGPD y a nuestra política de privacidad. No se cederán a terceros."),
                     ("Aceptación de las bases", "La participación implica la aceptación íntegra de las presentes bases.")],
               social="Esta promoción no está patrocinada, avalada ni administrada por Facebook o Instagram.", eff="Fecha"),
    "fr": dict(title="Règlement du jeu-concours « {promo} »", npn="JEU GRATUIT SANS OBLIGATION D'ACHAT.",
               secs=[("Article 1 – Organisateur", "La société {sponsor}, dont le siège est situé {addr}, organise un jeu gratuit sans obligation d'achat intitulé « {promo} »."),
                     ("Article 2 – Durée", "Le jeu se déroule du {start} au {end} inclus."), ("Article 3 – Participation", "Le jeu est ouvert à toute personne majeure résidant en France métropolitaine, à l'exclusion du personnel de l'organisateur."),
                     ("Article 4 – Modalités", "Pour participer, il suffit de remplir le formulaire sur {site}. Une seule participation par foyer."),
                     ("Article 5 – Dotations", "Le gagnant recevra un {prize} d'une valeur de {arv}. {n1} lots de {small} seront également attribués."),
                     ("Article 6 – Désignation des gagnants", "Les gagnants seront désignés par tirage au sort le {draw} et prévenus par e-mail. Aucun frais ne sera demandé aux gagnants."),
                     ("Article 7 – Données personnelles", "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données.")],
               social="Ce jeu n'est ni organisé ni parrainé par Facebook ou Instagram.", eff="Version du"),
    "de": dict(title="Teilnahmebedingungen – {promo}", npn="Die Teilnahme ist kostenlos und unabhängig vom Kauf einer Ware oder Dienstleistung.",
               secs=[("§ 1 Veranstalter", "Veranstalter des Gewinnspiels „{promo}“ ist die {sponsor}, {addr}."), ("§ 2 Teilnahmezeitraum", "Das Gewinnspiel läuft vom {start} bis zum {end}."),
                     ("§ 3 Teilnahmeberechtigung", "Teilnahmeberechtigt sind natürliche Personen ab 18 Jahren mit Wohnsitz in Deutschland. Mitarbeiter des Veranstalters sind ausgeschlossen."),
                     ("§ 4 Teilnahme", "Zur Teilnahme füllen Sie das Formular auf {site} aus. Pro Person ist nur eine Teilnahme möglich."),
                     ("§ 5 Gewinne", "Verlost wird ein {prize} im Wert von ca. {arv} sowie {n1}× {small}. Eine Barauszahlung ist ausgeschlossen."),
                     ("§ 6 Gewinnermittlung", "Die Gewinner werden am {draw} per Zufallsprinzip ermittelt und per E-Mail benachrichtigt. Für den Erhalt des Gewinns fallen keine Kosten an."),
                     ("§ 7 Datenschutz", "Die erhobenen Daten werden ausschließlich zur Durchführung des Gewinnspiels verwendet und nach Abschluss gelöscht. Eine Weitergabe an Dritte erfolgt nicht.")],
               social="Dieses Gewinnspiel steht in keiner Verbindung zu Facebook oder Instagram und wird in keiner Weise von ihnen gesponsert.", eff="Stand"),
    "pt": dict(title="Regulamento — {promo}", npn="PARTICIPAÇÃO GRATUITA. NÃO É NECESSÁRIA COMPRA.",
               secs=[("1. Empresa promotora", "A promoção “{promo}” é realizada por {sponsor}, {addr}."), ("2. Período", "De {start} a {end}."),
                     ("3. Quem pode participar", "Pessoas físicas maiores de 18 anos residentes no Brasil. Funcionários da promotora não podem participar."),
                     ("4. Como participar", "Preencha o cadastro em {site} com nome, e-mail e telefone. Uma participação por CPF."),
                     ("5. Prêmios", "1 (um) {prize}, no valor aproximado de {arv}, e {n1} prêmios de {small}."),
                     ("6. Apuração", "O sorteio será realizado em {draw}. Os ganhadores serão comunicados por e-mail. Nenhum valor será cobrado dos ganhadores."),
                     ("7. Dados pessoais", "Os dados serão tratados conforme a LGPD e não serão vendidos a terceiros.")],
               social="Esta promoção não é patrocinada, administrada ou associada ao Facebook ou Instagram.", eff="Vigência"),
}
PROMO_NAMES = ["Summer Getaway Sweepstakes", "Win a Year of Coffee", "Ultimate Camping Kit Giveaway", "Back to School Sweepstakes",
               "Holiday Cash Giveaway", "Road Trip of a Lifetime", "Kitchen Makeover Sweepstakes", "Spring Into Reading Giveaway"]
BIG_PRIZES = {"en": ["7-night trip for two to Hawaii", "$10,000 cash", "2026 Jeep Wrangler", "kitchen makeover package", "year's supply of coffee"],
              "es": ["viaje para dos a Canarias", "cheque de 5.000 €", "patinete eléctrico"], "fr": ["séjour pour deux à Lisbonne", "chèque de 3 000 €", "vélo électrique"],
              "de": ["Reise für zwei nach Mallorca", "E-Bike", "Einkaufsgutschein über 1.000 €"], "pt": ["viagem para dois a Fernando de Noronha", "vale-compras de R$ 10.000", "moto 0 km"]}
SMALL_PRIZES = {"en": ["$50 gift card", "branded tumbler", "tote bag"], "es": ["tarjeta regalo de 50 €"], "fr": ["bon d'achat de 50 €"], "de": ["Gutschein über 50 €"], "pt": ["vale de R$ 200"]}


def sweepstakes_rules(ctx) -> dict:
    lang, T = ctx.lang, RULES[ctx.lang]
    sponsor, addr = ctx.pick(SPONSORS[lang])
    promo = ctx.pick(PROMO_NAMES) if lang == "en" else ctx.pick(["Gran Sorteo de Verano", "Jeu de l'été", "Sommer-Gewinnspiel", "Promoção Verão Premiado", "Sorteo Aniversario"])
    start = REF_DATE - timedelta(days=ctx.randint(-20, 400))
    end = start + timedelta(days=ctx.randint(20, 90))
    draw = end + timedelta(days=ctx.randint(3, 15))
    dom = latin_slug(ctx, sponsor.split(",")[0], "")[:20]
    site = ctx.pick([f"www.{dom}.com/sweeps", f"{dom}.com/giveaway", f"promo.{dom}.com"])
    arv_usd = ctx.pick([500, 2500, 5000, 10000, 35000])
    kw = dict(promo=promo, sponsor=sponsor, addr=addr, start=fmt_date(lang, start), end=fmt_date(lang, end), draw=fmt_date(lang, draw), site=site,
              prize=ctx.pick(BIG_PRIZES[lang]), arv=money(lang if lang != "pt" else "pt", local_amount(ctx, arv_usd, 10)), n1=ctx.randint(3, 50),
              small=ctx.pick(SMALL_PRIZES[lang]), sarv=money(lang, local_amount(ctx, 50, 5)), total=money(lang, local_amount(ctx, arv_usd + 500, 10)))
    parts = [h(ctx, 1, esc(T["title"].format(**kw)), "title"), p(ctx, f"<strong>{T['npn']}</strong>")]
    if ctx.chance(0.5):
        parts.append(p(ctx, f"{T['eff']}: {fmt_date(lang, start - timedelta(days=ctx.randint(1, 30)))}", "muted"))
    secs = T["secs"] if ctx.chance(0.7) else T["secs"][: ctx.randint(4, len(T["secs"]))]
    numbered = ctx.chance(0.6) and lang == "en"
    for i, (hd, body) in enumerate(secs, 1):
        parts.append(h(ctx, 3, esc(f"{i}. {hd}" if numbered else hd)) + p(ctx, esc(body.format(**kw))))
    if ctx.chance(0.5):
        parts.append(p(ctx, esc(T["social"]), "muted"))
    links, ftext = std_footer(ctx, sponsor.split(",")[0])
    doc = Doc(title=T["title"].format(**kw), main="".join(parts), site=sponsor.split(",")[0], nav=std_nav(ctx, n=ctx.randint(0, 4)),
              footer_links=links, footer_text=ftext)
    r = ctx.rng.random()
    url = (f"https://{site.replace('www.', 'www.', 1)}/rules" if r < 0.7 else f"https://{dom}.github.io/sweepstakes-rules/" if r < 0.8 else "")
    return dict(html=render_web(ctx, doc), url=url.replace("https://www.www.", "https://www."), page_created="")


# ---------------------------------------------------------------------------------------
# Brand contest entry pages (forms with name/email/phone/dob + rules link)
# ---------------------------------------------------------------------------------------
CE = {
    "en": dict(h=["Win a {prize}!", "Enter for a chance to win {prize}", "The {promo} is on!", "Enter to WIN!"],
               sub=["Enter daily through {end}. {n} lucky winners will be drawn at random.", "It's free to enter — just fill in the form below.",
                    "Buy any specially marked pack and enter the code under the lid, or enter without a code at no cost."],
               agree="I am 18 or older and have read and agree to the <a href=\"{rules}\">Official Rules</a> and <a href=\"/privacy\">Privacy Policy</a>.",
               optin="Yes, I'd like to receive news and offers by email (optional). You can unsubscribe at any time.", btn=["Enter now", "Submit entry", "Enter to win"],
               fine="NO PURCHASE NECESSARY. Open to legal residents of the 50 U.S. & D.C., 18+. Ends {end}. Void where prohibited. Odds depend on number of eligible entries. See <a href=\"{rules}\">Official Rules</a> for details. Sponsor: {sponsor}.",
               thanks="Thanks for entering! You're in the draw. Come back tomorrow for another entry.", code="Code from pack (optional)", how="How to enter",
               steps=["Fill in your details", "Confirm your email address", "Come back daily for more entries"]),
    "es": dict(h=["¡Gana un {prize}!", "Participa y gana {prize}"], sub=["Participa hasta el {end}. Sortearemos {n} premios entre todos los participantes.", "Participar es gratis: solo rellena el formulario."],
               agree="Soy mayor de 18 años y acepto las <a href=\"{rules}\">bases legales</a> y la <a href=\"/privacidad\">política de privacidad</a>.",
               optin="Quiero recibir novedades por email (opcional).", btn=["Participar", "Enviar"], fine="Participación gratuita. Mayores de 18 años residentes en España. Finaliza el {end}. Consulta las <a href=\"{rules}\">bases legales</a>. Organiza: {sponsor}.",
               thanks="¡Gracias por participar!", code="Código del envase (opcional)", how="Cómo participar", steps=["Rellena tus datos", "Confirma tu email", "¡Suerte en el sorteo!"]),
    "fr": dict(h=["Gagnez un {prize} !", "Tentez de gagner {prize}"], sub=["Participez jusqu'au {end}. {n} gagnants tirés au sort.", "Jeu gratuit sans obligation d'achat."],
               agree="J'ai plus de 18 ans et j'accepte le <a href=\"{rules}\">règlement</a> et la <a href=\"/confidentialite\">politique de confidentialité</a>.",
               optin="J'accepte de recevoir les offres par e-mail (facultatif).", btn=["Je participe", "Valider"], fine="Jeu gratuit sans obligation d'achat, réservé aux majeurs résidant en France. Fin le {end}. <a href=\"{rules}\">Règlement complet</a>. Organisateur : {sponsor}.",
               thanks="Merci pour votre participation !", code="Code (facultatif)", how="Comment participer", steps=["Remplissez le formulaire", "Confirmez votre e-mail", "Croisez les doigts !"]),
    "de": dict(h=["Gewinne ein {prize}!", "Jetzt teilnehmen und {prize} gewinnen"], sub=["Teilnahme bis {end}. Unter allen Teilnehmern verlosen wir {n} Preise.", "Die Teilnahme ist kostenlos."],
               agree="Ich bin mindestens 18 Jahre alt und akzeptiere die <a href=\"{rules}\">Teilnahmebedingungen</a> und die <a href=\"/datenschutz\">Datenschutzerklärung</a>.",
               optin="Ich möchte den Newsletter erhalten (optional, jederzeit abbestellbar).", btn=["Jetzt teilnehmen", "Absenden"], fine="Teilnahme ab 18 Jahren, nur mit Wohnsitz in Deutschland. Einsendeschluss: {end}. <a href=\"{rules}\">Teilnahmebedingungen</a>. Veranstalter: {sponsor}.",
               thanks="Danke für deine Teilnahme!", code="Aktionscode (optional)", how="So funktioniert's", steps=["Formular ausfüllen", "E-Mail bestätigen", "Daumen drücken!"]),
    "pt": dict(h=["Concorra a um {prize}!", "Participe e ganhe {prize}"], sub=["Participe até {end}. Serão sorteados {n} ganhadores.", "Participação gratuita: é só preencher o formulário."],
               agree="Tenho 18 anos ou mais e li o <a href=\"{rules}\">regulamento</a> e a <a href=\"/privacidade\">política de privacidade</a>.",
               optin="Quero receber novidades por e-mail (opcional).", btn=["Participar", "Enviar cadastro"], fine="Promoção gratuita. Maiores de 18 anos. Até {end}. Consulte o <a href=\"{rules}\">regulamento</a>. Promotora: {sponsor}.",
               thanks="Obrigado por participar!", code="Código da embalagem (opcional)", how="Como participar", steps=["Preencha seus dados", "Confirme seu e-mail", "Boa sorte!"]),
    "id": dict(h=["Menangkan {prize}!", "Ikuti dan menangkan {prize}"], sub=["Berlaku sampai {end}. {n} pemenang akan diundi.", "Gratis, cukup isi formulir di bawah."],
               agree="Saya berusia 18 tahun ke atas dan menyetujui <a href=\"{rules}\">Syarat & Ketentuan</a>.", optin="Saya ingin menerima info promo lewat email (opsional).",
               btn=["Ikut sekarang", "Kirim"], fine="Gratis tanpa pembelian. Berakhir {end}. <a href=\"{rules}\">S&K berlaku</a>. Penyelenggara: {sponsor}. Pemenang tidak dipungut biaya apa pun.",
               thanks="Terima kasih sudah ikut!", code="Kode unik (opsional)", how="Cara ikut", steps=["Isi data diri", "Konfirmasi email", "Tunggu pengundian"]),
    "tr": dict(h=["{prize} kazanma şansı!", "Katıl, {prize} kazan"], sub=["Son katılım {end}. {n} kazanan noter huzurunda belirlenecek.", "Katılım ücretsizdir."],
               agree="18 yaşından büyüğüm ve <a href=\"{rules}\">katılım koşullarını</a> okudum, kabul ediyorum.", optin="Kampanyalardan e-posta ile haberdar olmak istiyorum (isteğe bağlı).",
               btn=["Katıl", "Gönder"], fine="Katılım ücretsizdir. {end} tarihinde sona erer. <a href=\"{rules}\">Katılım koşulları</a>. Düzenleyen: {sponsor}.",
               thanks="Katıldığın için teşekkürler!", code="Kampanya kodu (isteğe bağlı)", how="Nasıl katılırım", steps=["Bilgilerini gir", "E-postanı onayla", "Bol şans!"]),
}


def brand_contest_entry(ctx) -> dict:
    lang, T = ctx.lang, CE[ctx.lang]
    sp_lang = lang if lang in SPONSORS else "en"
    sponsor = ctx.pick(SPONSORS[sp_lang])[0]
    prize = ctx.pick(BIG_PRIZES.get(lang, BIG_PRIZES["en"]) if lang in BIG_PRIZES else ANNIV_PRIZES[lang])
    end = REF_DATE + timedelta(days=ctx.randint(-60, 60))
    dom = latin_slug(ctx, sponsor.split(",")[0], "")[:20]
    rules = ctx.pick(["/official-rules", "rules.html", f"https://www.{dom}.com/rules", "/bases-legales", "/teilnahmebedingungen", "/regulamento"])
    kw = dict(prize=prize, end=fmt_date(lang, end), n=ctx.randint(1, 100), promo=ctx.pick(PROMO_NAMES), rules=rules, sponsor=sponsor)
    parts = [h(ctx, 1, esc(ctx.pick(T["h"], **kw)), "title")]
    if ctx.chance(0.6):
        parts.append(img(ctx, prize, prize))
    parts.append(p(ctx, esc(ctx.pick(T["sub"], **kw))))
    if ctx.chance(0.5):
        parts.append(h(ctx, 3, T["how"]) + ul(ctx, T["steps"], ordered=True))
    fields = ["first", "last", "email"]
    if ctx.chance(0.7):
        fields.append("phone")
    if ctx.chance(0.5):
        fields.append("dob")
    if ctx.chance(0.4):
        fields.append(field_html(ctx, "state", options=["—", "CA", "NY", "TX", "FL", "OH", "WA"] if lang == "en" else None))
    if ctx.chance(0.25):
        fields += ["address", "city", "zip"]
    if ctx.chance(0.3):
        fields.append(field_html(ctx, "code", required=False, label=T["code"]))
    if ctx.chance(0.15):
        fields.append('<label>Photo <input type="file" name="photo" accept="image/*"></label>')
    extra = consent_checkbox(ctx, T["agree"].format(rules=rules)) + consent_checkbox(ctx, T["optin"])
    parts.append(form(ctx, fields, ctx.pick(T["btn"]), extra=extra))
    parts.append(f'<p{ctx.cls("muted")}>{T["fine"].format(**kw)}</p>')
    cd = ""
    if ctx.chance(0.3):
        parts.insert(2, f'<p{ctx.cls("badge")}>⏰ <span id="ends">{ctx.randint(1, 20)}d {ctx.randint(0, 23):02d}:{ctx.randint(0, 59):02d}:{ctx.randint(0, 59):02d}</span></p>')
        from .core import countdown_script
        cd = countdown_script(ctx, "ends", ctx.randint(60, 20000))
    if ctx.chance(0.2):
        parts.append(f'<div id="thanks" style="display:none">{p(ctx, T["thanks"])}</div>')
    links, ftext = std_footer(ctx, sponsor.split(",")[0])
    links = ["Official Rules", *links] if ctx.chance(0.3) else links
    doc = Doc(title=f"{ctx.pick(T['h'], **kw)} | {sponsor.split(',')[0]}", main="".join(parts), site=sponsor.split(",")[0],
              nav=std_nav(ctx, n=ctx.randint(0, 5)), footer_links=links, footer_text=ftext, analytics=ctx.chance(0.6), body_end=cd)
    r = ctx.rng.random()
    path = {"en": ["win", "sweepstakes", "contest", "promo"], "es": ["sorteo", "concurso", "promo"], "de": ["gewinnspiel", "aktion"], "fr": ["jeu-concours", "concours"],
            "pt": ["promocao", "sorteio"], "id": ["undian", "promo"], "tr": ["cekilis", "kampanya"]}[lang]
    url = (f"https://www.{dom}.{ctx.pick(['com', lang_tld(ctx)])}/{ctx.pick(path)}" if r < 0.6 else
           f"https://promo.{dom}.com/" if r < 0.75 else f"https://{dom}.github.io/contest/" if r < 0.82 else "")
    return dict(html=render_web(ctx, doc), url=url, page_created="")


# ---------------------------------------------------------------------------------------
# Newsletter signups (email only), discount popups, spin-to-win for a coupon, confirmations
# ---------------------------------------------------------------------------------------
NL = {
    "en": dict(h=["Subscribe to our newsletter", "Stay in the loop", "Get 10% off your first order", "Join our mailing list", "Never miss a post"],
               body=["One email a week with new arrivals, recipes and stories. No spam.", "Be the first to hear about new products, events and exclusive offers.",
                     "Sign up and we'll send you a 10% discount code for your first order."],
               never=["We never sell your data. Unsubscribe at any time.", "We respect your privacy and will never share your email address.", "You can unsubscribe with one click in every email."],
               btn=["Subscribe", "Sign up", "Join", "Get my code"], confirm_h="Please confirm your subscription",
               confirm="We've sent an email to your address. Click the link in it to confirm. If you don't see it, check your spam folder.",
               spin_h="Spin to win a discount!", spin="Enter your email for a chance to win up to 25% off. One spin per customer. Codes valid for 7 days on full-price items.",
               segs=["10% OFF", "FREE SHIPPING", "15% OFF", "Try again", "25% OFF", "5% OFF"], soon="Our new store is coming soon. Leave your email and we'll let you know when we launch."),
    "es": dict(h=["Suscríbete a nuestra newsletter", "Consigue un 10% de descuento en tu primer pedido"], body=["Un email a la semana con novedades. Sin spam."],
               never=["Nunca vendemos tus datos. Puedes darte de baja cuando quieras."], btn=["Suscribirme", "Quiero mi código"], confirm_h="Confirma tu suscripción",
               confirm="Te hemos enviado un email. Haz clic en el enlace para confirmar.", spin_h="¡Gira y gana un descuento!", spin="Introduce tu email para girar la ruleta. Un giro por cliente. Códigos válidos 7 días.",
               segs=["10% DTO", "ENVÍO GRATIS", "15% DTO", "Otra vez", "20% DTO"], soon="Nuestra tienda abre pronto. Déjanos tu email y te avisamos."),
    "pt": dict(h=["Assine nossa newsletter", "Ganhe 10% de desconto na primeira compra"], body=["Um e-mail por semana com novidades. Sem spam."],
               never=["Nunca vendemos seus dados. Cancele quando quiser."], btn=["Assinar", "Quero meu cupom"], confirm_h="Confirme sua inscrição",
               confirm="Enviamos um e-mail para você. Clique no link para confirmar.", spin_h="Gire e ganhe um desconto!", spin="Informe seu e-mail para girar a roleta. Um giro por cliente.",
               segs=["10% OFF", "FRETE GRÁTIS", "15% OFF", "Tente de novo"], soon="Nossa loja estreia em breve. Deixe seu e-mail."),
    "fr": dict(h=["Abonnez-vous à notre newsletter", "-10 % sur votre première commande"], body=["Un e-mail par semaine avec nos nouveautés. Pas de spam."],
               never=["Nous ne vendons jamais vos données. Désinscription en un clic."], btn=["S'abonner", "Recevoir mon code"], confirm_h="Confirmez votre inscription",
               confirm="Un e-mail vient de vous être envoyé. Cliquez sur le lien pour confirmer.", spin_h="Tournez la roue !", spin="Saisissez votre e-mail pour tenter de gagner jusqu'à -25 %. Un essai par client.",
               segs=["-10 %", "LIVRAISON OFFERTE", "-15 %", "Perdu"], soon="Notre boutique ouvre bientôt. Laissez votre e-mail."),
    "de": dict(h=["Newsletter abonnieren", "10 % Rabatt auf deine erste Bestellung"], body=["Einmal pro Woche Neuigkeiten und Angebote. Kein Spam."],
               never=["Wir verkaufen deine Daten niemals. Abmeldung jederzeit möglich."], btn=["Abonnieren", "Code sichern"], confirm_h="Bitte bestätige deine Anmeldung",
               confirm="Wir haben dir eine E-Mail geschickt (Double-Opt-in). Klicke auf den Link, um die Anmeldung zu bestätigen.", spin_h="Dreh am Rad und gewinne Rabatt!",
               spin="Gib deine E-Mail ein und gewinne bis zu 25 % Rabatt. Ein Dreh pro Kunde.", segs=["10 %", "GRATIS VERSAND", "15 %", "Niete"], soon="Unser Shop startet bald. Trag dich ein!"),
    "id": dict(h=["Berlangganan newsletter kami", "Diskon 10% untuk pesanan pertama"], body=["Info produk baru dan promo seminggu sekali. Tanpa spam."],
               never=["Kami tidak pernah menjual data Anda. Berhenti berlangganan kapan saja."], btn=["Berlangganan", "Dapatkan kode"], confirm_h="Konfirmasi langganan Anda",
               confirm="Kami sudah mengirim email. Klik tautan di dalamnya untuk konfirmasi.", spin_h="Putar dan dapatkan diskon!", spin="Masukkan email untuk memutar roda. Satu kali per pelanggan.",
               segs=["Diskon 10%", "GRATIS ONGKIR", "Diskon 15%", "Coba lagi"], soon="Toko kami segera dibuka. Tinggalkan email Anda."),
    "hi": dict(h=["हमारा न्यूज़लेटर सब्सक्राइब करें", "पहले ऑर्डर पर 10% छूट पाएं"], body=["हर हफ्ते नए प्रोडक्ट और ऑफ़र की जानकारी। कोई स्पैम नहीं।"],
               never=["हम आपका डेटा कभी नहीं बेचते। कभी भी अनसब्सक्राइब करें।"], btn=["सब्सक्राइब करें"], confirm_h="अपनी सदस्यता की पुष्टि करें",
               confirm="हमने आपको ईमेल भेजा है। पुष्टि के लिए लिंक पर क्लिक करें।", spin_h="घुमाएं और छूट जीतें!", spin="छूट जीतने के लिए अपना ईमेल डालें। प्रति ग्राहक एक बार।",
               segs=["10% छूट", "फ्री डिलीवरी", "15% छूट", "फिर कोशिश करें"], soon="हमारा स्टोर जल्द खुल रहा है।"),
    "ar": dict(h=["اشترك في نشرتنا البريدية", "خصم 10% على طلبك الأول"], body=["رسالة أسبوعية بأحدث المنتجات والعروض. بدون رسائل مزعجة."],
               never=["لا نبيع بياناتك أبدًا. يمكنك إلغاء الاشتراك في أي وقت."], btn=["اشترك"], confirm_h="يرجى تأكيد اشتراكك",
               confirm="أرسلنا لك رسالة بريد إلكتروني. اضغط على الرابط للتأكيد.", spin_h="أدر العجلة واربح خصمًا!", spin="أدخل بريدك الإلكتروني لتدوير العجلة. محاولة واحدة لكل عميل.",
               segs=["خصم 10%", "شحن مجاني", "خصم 15%", "حاول مجددًا"], soon="متجرنا يفتح قريبًا."),
    "vi": dict(h=["Đăng ký nhận bản tin", "Giảm 10% cho đơn hàng đầu tiên"], body=["Mỗi tuần một email về sản phẩm mới và ưu đãi. Không spam."],
               never=["Chúng tôi không bao giờ bán dữ liệu của bạn. Hủy đăng ký bất cứ lúc nào."], btn=["Đăng ký"], confirm_h="Vui lòng xác nhận đăng ký",
               confirm="Chúng tôi đã gửi email cho bạn. Nhấn vào liên kết để xác nhận.", spin_h="Quay để nhận mã giảm giá!", spin="Nhập email để quay. Mỗi khách một lượt.",
               segs=["Giảm 10%", "MIỄN PHÍ VẬN CHUYỂN", "Giảm 15%", "Chúc may mắn lần sau"], soon="Cửa hàng sắp khai trương."),
    "tr": dict(h=["Bültenimize abone olun", "İlk siparişe %10 indirim"], body=["Haftada bir e-posta ile yenilikler ve fırsatlar. Spam yok."],
               never=["Verilerinizi asla satmayız. İstediğiniz zaman abonelikten çıkabilirsiniz."], btn=["Abone ol"], confirm_h="Aboneliğinizi onaylayın",
               confirm="Size bir e-posta gönderdik. Onaylamak için bağlantıya tıklayın.", spin_h="Çarkı çevir, indirim kazan!", spin="İndirim kazanmak için e-postanı gir. Müşteri başına bir hak.",
               segs=["%10 İNDİRİM", "ÜCRETSİZ KARGO", "%15 İNDİRİM", "Tekrar dene"], soon="Mağazamız yakında açılıyor."),
    "ru": dict(h=["Подпишитесь на рассылку", "Скидка 10% на первый заказ"], body=["Одно письмо в неделю с новинками и акциями. Без спама."],
               never=["Мы никогда не продаём ваши данные. Отписаться можно в любой момент."], btn=["Подписаться"], confirm_h="Подтвердите подписку",
               confirm="Мы отправили вам письмо. Перейдите по ссылке, чтобы подтвердить подписку.", spin_h="Крутите колесо и выиграйте скидку!", spin="Введите email, чтобы крутить колесо. Одна попытка на покупателя.",
               segs=["-10%", "БЕСПЛАТНАЯ ДОСТАВКА", "-15%", "Попробуйте ещё"], soon="Наш магазин скоро откроется."),
}
NL_SITES = ["Fern & Fable", "The Weekend Cook", "Urban Trail Gear", "Little Sprout Toys", "Nordic Knits", "Pixel Press", "Café Aroma", "Green Thumb Weekly",
            "La Huerta", "Casa Bonita Decor", "Blumenwerk", "Toko Batik Sari", "Kahve Evi", "Книжная полка", "Trà Xanh Shop"]


def newsletter_signup(ctx) -> dict:
    T = NL[ctx.lang]
    site = ctx.pick(NL_SITES)
    v = ctx.pick(["plain", "plain", "discount", "spin", "confirm", "soon"])
    parts = []
    if v == "confirm":
        parts += [h(ctx, 1, T["confirm_h"], "title"), p(ctx, T["confirm"])]
    elif v == "spin":
        segs = "".join(f'<div class="seg">{esc(s)}</div>' for s in T["segs"])
        parts += [h(ctx, 2, T["spin_h"], "title"), f'<div class="wheel">{segs}</div>', p(ctx, T["spin"]),
                  form(ctx, ["email"], ctx.pick(T["btn"]), action="/api/spin"), p(ctx, ctx.pick(T["never"]), "muted")]
    elif v == "soon":
        parts += [h(ctx, 1, esc(site), "title"), p(ctx, T["soon"]), form(ctx, ["email"], ctx.pick(T["btn"])), p(ctx, ctx.pick(T["never"]), "muted")]
    else:
        hd = T["h"][2] if v == "discount" and len(T["h"]) > 2 else (T["h"][1] if v == "discount" else ctx.pick(T["h"]))
        parts += [h(ctx, ctx.pick([1, 2]), hd, "title"), p(ctx, ctx.pick(T["body"]))]
        fields = ["email"] if ctx.chance(0.75) else ["first", "email"]
        extra = consent_checkbox(ctx, f'{ctx.pick(T["never"])} <a href="/privacy">{ctx.ui["privacy"]}</a>') if ctx.chance(0.5) else ""
        parts.append(form(ctx, fields, ctx.pick(T["btn"]), action=ctx.pick(["/subscribe", "https://" + slugify(site) + ".us21.list-manage.com/subscribe/post?u=" + ctx.hexs(25),
                                                                         "https://app.convertkit.com/forms/" + str(ctx.randint(100000, 9999999)) + "/subscriptions", "#"]), extra=extra))
        if not extra:
            parts.append(p(ctx, f'{ctx.pick(T["never"])} <a href="/privacy">{ctx.ui["privacy"]}</a>', "muted"))
    if ctx.chance(0.35):
        parts.insert(0, img(ctx, site + " logo", site))
    long = ctx.chance(0.4)
    links, ftext = std_footer(ctx, site)
    doc = Doc(title=f"{re.sub('<[^>]+>', '', parts[0] if not parts[0].startswith('<img') else parts[1])[:60]} | {site}", main="".join(parts),
              site=site if long else "", nav=std_nav(ctx) if long else [], footer_links=links if long or ctx.chance(0.4) else [], footer_text=ftext)
    dom = latin_slug(ctx, site, "")
    r = ctx.rng.random()
    url = (f"https://www.{dom}.{ctx.pick(['com', 'co', 'shop', lang_tld(ctx), lang_tld(ctx)])}/{ctx.pick(['newsletter', 'subscribe', '', 'pages/newsletter'])}" if r < 0.65 else
           f"https://{dom}.substack.com/" if r < 0.72 else f"https://{dom}.github.io/" if r < 0.78 else "")
    return dict(html=render_web(ctx, doc), url=url, page_created="")


__all__ = ["brand_contest_entry", "news_scam_warning", "newsletter_signup", "sweepstakes_rules"]
