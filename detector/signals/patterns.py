"""Phrase families shared by the signal modules, matched in one pass over the page text.

Phrases are written against the normalised text (``Page.norm_text``): lowercase, every number
folded to ``#``, double quotes dropped, spaces collapsed. So ``share with # friends`` matches
"Share with 10 friends" and "SHARE WITH 3 FRIENDS", and ``comment done`` matches
'comment "DONE"'. A phrase must start and end on a word boundary in scripts that separate words
with spaces; a trailing ``*`` lifts the end boundary (``giveaway*`` also finds "giveaways").

All families live in one Aho-Corasick automaton: one linear scan of the text counts every
family, whatever the number of phrases (many ``\\b...`` regexes under ``re.I`` ran at about
1.5 MB/s; this runs at tens of MB/s).
"""

from __future__ import annotations

import sys
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import ahocorasick

if TYPE_CHECKING:
    from ..page import Page

_COINS = ("btc", "bitcoin", "eth", "ethereum", "doge", "dogecoin", "xrp", "usdt", "bnb", "sol",
          "shib", "pepe", "ltc", "trx", "ada", "matic", "brise", "usdc")
_PRIZE_ITEMS = ("iphone", "ipad", "macbook", "airpods", "samsung", "galaxy", "playstation", "ps5",
                "ps4", "xbox", "nintendo switch", "gift card", "giftcard", "amazon gift card",
                "robux", "v-bucks", "vbucks", "v bucks", "diamonds", "diamond", "uc", "coins",
                "gems", "followers", "likes", "skins", "skin", "btc", "bitcoin", "eth", "crypto",
                "money", "cash", "tesla", "car", "netflix", "spotify premium", "youtube premium",
                "minecraft", "riot points", "steam gift card", "steam wallet", "paypal money",
                "cash app money", "gift cards", "vc", "elite pass", "royale pass", "emotes")
_CURRENCIES = ("robux", "v-bucks", "vbucks", "v bucks", "diamonds", "diamond", "uc", "gems",
               "coins", "followers", "riot points", "vc", "kim cương", "diamantes", "almaz",
               "алмазов", "جواهر", "chips")

FAMILIES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    # --- words that lure ------------------------------------------------------------------
    "free": (
        "free", "gratis", "gratuit*", "gratuito", "gratuita", "grátis", "kostenlos", "umsonst",
        "бесплатно", "бесплатн*", "miễn phí", "ücretsiz", "bedava", "مجانا", "مجاني*", "मुफ्त",
        "फ्री", "免费", "無料", "무료", "za darmo", "darmowe",
    ),
    "lure": (
        "giveaway*", "give away", "giving away", "give-away", "prize*", "winner*", "you won",
        "win", "chance to win", "you could win",
        "claim*", "generator*", "unlimited", "reward*", "free gift*", "jackpot", "lucky draw",
        "lucky crate", "lucky spin", "spin the wheel", "spin now", "redeem*", "airdrop*",
        "sorteo*", "premio*", "ganador*", "regalo*", "reclam*", "gana ", "ganhe", "sorteio*",
        "prêmio*", "ganhador*", "resgat*", "brinde*", "cadeau*", "gagnant*", "gagner",
        "générateur", "gewinnspiel*", "gewinner*", "gewinnen", "geschenk*", "hadiah", "pemenang",
        "klaim", "ambil", "menang*", "इनाम", "विजेता", "जीत", "उपहार", "जीतें", "جائزة", "جوائز",
        "فائز", "هدية", "приз*", "подар*", "бонус*", "tặng quà", "nhận quà", "quà tặng",
        "trúng thưởng", "hediye", "çekiliş", "ödül", "kazan*", "奖品", "赠送", "プレゼント",
    ),
    "urgency": (
        "limited time", "only # left", "# left", "only #", "ends tonight", "announced tonight",
        "tonight only", "hurry", "expires today", "expires in",
        "ends today", "ends soon", "time left", "time remaining", "remaining:", "# remaining",
        "act now", "last chance", "don't miss", "first come", "first serve*", "today only",
        "within # hours", "within # minutes", "offer ends", "before it's too late", "last step",
        "final step", "limited stock", "limited offer", "countdown", "remaining time",
        "the remaining time", "tiempo limitado", "por tiempo limitado", "date prisa", "quedan #",
        "restantes:", "solo hoy", "última oportunidad", "último paso", "tempo limitado",
        "restam #", "apenas hoje", "corra", "última chance", "temps limité", "dépêchez",
        "plus que #", "dernière chance", "dernière étape", "nur heute", "begrenzte zeit",
        "letzte chance", "nur noch #", "waktu terbatas", "buruan", "segera", "hanya hari ini",
        "tersisa", "kesempatan terakhir", "langkah terakhir", "जल्दी", "सीमित समय", "आखिरी मौका",
        "لفترة محدودة", "أسرع", "آخر فرصة", "осталось", "торопитесь", "ограничен*", "có hạn",
        "nhanh tay", "còn lại", "son şans", "sınırlı süre", "acele",
    ),
    "social_proof": (
        "people claimed", "have claimed", "has claimed", "already claimed", "just claimed",
        "users online", "online users", "recent activity", "recent winners", "winners list",
        "latest winners", "see winners", "successfully got", "successful get", "successfully get",
        "successfully claimed", "successfully received", "just won", "just received", "collected",
        "liked this", "people are viewing", "# people have", "# users have", "payment verified",
        "recent payouts", "latest payouts", "live transactions", "live comment*",
        "# participants", "ganadores", "ha reclamado", "reclamaron", "ganhadores", "resgataram",
        "gagnants", "berhasil mendapatkan", "berhasil klaim", "telah mengklaim", "pemenang hari",
        "विजेताओं", "الفائزين", "победители", "đã nhận", "kazananlar",
    ),
    "congrats": (
        "congratulations", "congrats", "congratulation", "you have been selected",
        "you've been selected", "you were selected", "personally selected", "randomly selected",
        "you are eligible", "you're eligible", "you are the lucky", "you have won", "you've won",
        "you won", "you are a winner", "lucky visitor", "lucky winner", "selected to receive",
        "chosen to receive", "#th visitor", "#rd visitor", "#nd visitor", "#st visitor",
        "#th customer", "#rd customer", "#nd customer", "#st customer", "felicidades",
        "felicitaciones", "enhorabuena", "has sido seleccionado", "has ganado", "ganaste",
        "parabéns", "você foi selecionado", "você ganhou", "félicitations",
        "vous avez été sélectionné", "vous avez gagné", "herzlichen glückwunsch",
        "sie wurden ausgewählt", "sie haben gewonnen", "selamat", "anda terpilih",
        "anda mendapatkan", "kamu mendapatkan", "anda menang", "बधाई", "आप चुने गए",
        "आपने जीता", "مبروك", "تهانينا", "لقد ربحت", "تم اختيارك", "поздравляем", "вы выиграли",
        "chúc mừng", "bạn đã trúng", "tebrikler", "kazandınız", "恭喜",
    ),
    "impossible_offer": tuple(
        [f"free {item}" for item in _PRIZE_ITEMS]
        + [f"win {a} {item}" for a in ("a", "an", "the") for item in _PRIZE_ITEMS]
        + [f"get {item} for free" for item in _PRIZE_ITEMS]
        + [f"{c} generator" for c in _CURRENCIES]
        + [f"# {c}" for c in _CURRENCIES]
        + [f"unlimited {c}" for c in _CURRENCIES]
        + [f"{c} gratis" for c in _CURRENCIES]
        + [f"{item} gratis" for item in ("iphone", "robux", "tarjeta de regalo", "gift card")]
        + ["$# gift card", "$# amazon gift card", "gift card code", "gift card codes",
           "# euros gratis", "# rs", "win an iphone",
           "win a brand new", "brand new iphone", "tarjeta de regalo", "cartão presente",
           "carte cadeau", "gutschein", "diamond gratis", "diamantes grátis",
           "kim cương miễn phí", "جواهر مجانا", "free fire diamond*", "free-fire diamond*"]
    ),
    # --- demands on the visitor -------------------------------------------------------------
    "like_share": (
        "like and share", "like & share", "like + share", "like n share", "like, share",
        "like share", "like this page and share", "like our page and share", "like & follow",
        "like and follow", "share this post", "shares this post", "share this page",
        "share this link",
        "share this message", "share this with", "click to share",
        "click on share", "click share", "dale like y comparte", "dale me gusta y comparte",
        "curta e compartilhe", "aimez et partagez", "liken und teilen", "like dan share",
        "like dan bagikan", "लाइक और शेयर", "اعجاب ومشاركة", "лайк и репост",
    ),
    "share_friends": (
        "share with # friends", "share with # people", "share it # people",
        "share it with # people", "share it with # friends", "share to # friends",
        "share to # groups", "share in # groups", "share with # groups", "share with # whatsapp",
        "share on # groups", "send to # friends", "send this to # friends", "invite # friends",
        "tell # friends", "tell your # friends", "send it to # friends",
        "invite your friends", "share with your friends", "share it with your friends",
        "share with friends", "forward to # friends", "forward this to # friends",
        "compartir con # amigos", "compártelo con # amigos", "comparte con # amigos",
        "comparte con tus amigos", "envía a # amigos", "compartilhe com # amigos",
        "compartilhe com # grupos", "partagez avec # amis", "teile mit # freunden",
        "bagikan ke # teman", "bagikan ke # grup", "bagikan ke teman", "# दोस्तों", "# ग्रुप",
        "شارك مع # أصدقاء", "أرسل إلى # أصدقاء", "поделись с # друзьями", "chia sẻ cho # bạn",
    ),
    "tag_friends": (
        "tag # friends", "tag a friend", "tag your friends", "tag # people", "tag someone",
        "tag your friend", "mention # friends", "etiqueta a # amigos", "etiqueta a tus amigos",
        "marque # amigos", "marca a # amigos", "identifie # amis", "tag # teman",
        "tandai # teman", "markiere # freunde", "# दोस्तों को टैग",
    ),
    "comment_demand": (
        "comment done", "type done", "comment yes", "comment # ", "comment interested",
        "comment your name", "comment below to claim", "comment to claim", "comment to win",
        "comment amen", "comenta listo", "comenta si", "comente pronto", "comente sim",
        "commentez", "kommentiere", "komentar done", "ketik done", "कमेंट करें",
    ),
    "whatsapp_forward": (
        "forward on whatsapp", "forward to your whatsapp", "forward the link", "share on whatsapp",
        "share via whatsapp", "share it on whatsapp", "whatsapp friends", "whatsapp groups",
        "whatsapp contacts", "send to whatsapp", "share to whatsapp", "compartir en whatsapp",
        "compartilhe no whatsapp", "bagikan ke whatsapp", "व्हाट्सएप पर शेयर",
        "व्हाट्सएप ग्रुप", "شارك على واتساب", "واتساب",
    ),
    # --- offers that take something from the visitor -------------------------------------------
    "install_for_reward": (
        "download our sponsors", "download our sponsor", "sponsors apps", "sponsor app*",
        "download # apps", "install # apps", "install and open", "install and run",
        "play for # seconds", "try # apps", "download to unlock", "install to unlock",
        "download now to claim", "download to claim", "app to claim", "download the app to",
        "install the app to", "download app (+", "download app to", "install apps to",
        "download and install", "install the extension", "add the extension",
        "download the extension", "run the app for", "open the app for", "instala la app",
        "descarga la app", "instala # aplicaciones", "descarga # aplicaciones",
        "baixe o app", "instale o app", "baixe # aplicativos", "téléchargez l'application",
        "installez l'application", "unduh aplikasi", "pasang aplikasi", "instal aplikasi",
        "download aplikasi", "ऐप डाउनलोड", "ऐप इंस्टॉल", "حمل التطبيق", "تحميل التطبيق",
        "установи приложение", "скачай приложение",
    ),
    "app_download": (
        "download the app", "download app", "get the app", "download now", "install now",
        "app store", "google play", "get it on", "download on the",
    ),
    "human_verification": (
        "human verification", "verify you are human", "verify that you are human",
        "verify you're human", "prove you are human", "prove you're human",
        "prove that you are human", "you are a human", "you are human", "not a robot",
        "automated bot", "human check", "anti-bot verification", "verify now",
        "verify your account", "account verification", "verification required",
        "complete verification", "complete the verification", "complete human verification",
        "verificación humana", "verifica que eres humano", "verificação humana",
        "vérification humaine", "menschliche verifizierung", "verifikasi akun",
        "verifikasi manusia", "verifikasi id", "मानव सत्यापन", "التحقق البشري",
        "подтвердите что вы человек", "xác minh", "doğrulama",
    ),
    "complete_offer": (
        "complete an offer", "complete the offer", "complete # offer*", "complete one offer",
        "complete a survey", "complete the survey", "complete a short survey",
        "complete a quick survey", "complete tasks", "complete the tasks", "complete # task*",
        "offer wall", "offerwall", "choose an offer", "select an offer", "content locker",
        "unlock the giveaway", "unlock your reward", "unlock your prize", "unlock your gift",
        "completed an offer", "complete the steps", "complete these steps", "completa una oferta",
        "completa la encuesta", "complete uma oferta", "complete a pesquisa",
        "complétez une offre", "selesaikan tugas", "selesaikan survei",
    ),
    "generator": (
        "generator", "generate now", "generating", "hack", "hacks", "cheat", "cheats",
        "mod menu", "mod apk", "no survey", "no human verification", "without human verification",
        "no verification", "glitch", "anti-ban", "anti ban", "undetectable", "connecting to",
        "connecting with", "injecting", "encrypting", "loading generator", "generador",
        "gerador", "générateur", "generatore", "hack gratis", "no password needed",
        "no password required",
    ),
    # --- survey funnels and what they harvest ------------------------------------------------
    "survey_questions": (
        "question # of #", "question #/#", "answer # questions", "answer # simple questions",
        "answer the following questions", "answer these questions", "answer all questions",
        "quick survey", "short survey", "take our survey", "take the survey",
        "annual visitor survey", "customer survey", "visitor survey", "answer & win",
        "answer and win", "pregunta #", "responde # preguntas", "pergunta #",
        "responda # perguntas", "pertanyaan #", "jawab # pertanyaan", "प्रश्न #", "سؤال #",
    ),
    "fee_request": (
        "pay shipping", "shipping fee", "delivery fee", "just pay", "only pay", "pay only",
        "small fee", "processing fee", "handling fee", "pay the shipping", "cover the shipping",
        "shipping and handling", "customs fee", "activation fee", "registration fee",
        "release fee", "clearance fee", "gastos de envío", "costo de envío",
        "taxa de entrega", "frais de livraison", "ongkos kirim", "biaya pengiriman",
        "biaya admin", "डिलीवरी शुल्क", "رسوم الشحن",
    ),
    "pii_request": (
        "enter your email", "enter your e-mail", "enter your phone", "submit your email",
        "your email or phone", "email or phone number", "your phone number",
        "your email address", "your full address", "your home address", "date of birth",
        "credit card", "card number", "cvv", "your password", "account password",
        "your user id", "zone id", "player id", "game id", "login with facebook",
        "log in with facebook", "sign in with facebook", "sign in with gmail",
        "sign in with google", "enter your username", "your username", "delivery details",
        "shipping details", "masukkan id", "nomor ponsel", "nomor telepon", "kata sandi",
        "contraseña", "senha", "mot de passe", "passwort", "رقم الهاتف", "كلمة المرور",
        "пароль", "mật khẩu", "şifre", "fecha de nacimiento", "data de nascimento",
        "tanggal lahir", "जन्म तिथि",
    ),
    # --- privacy-policy clauses ---------------------------------------------------------------
    "privacy_sell": (
        "sell your personal information", "sell your information", "sell your data",
        "sell personal information", "sell or rent", "rent or sell", "sell, rent",
        "sell, trade", "sell, share", "trade or rent", "may sell", "we sell", "may rent",
        "share your personal information with third parties",
        "share your information with third parties", "share your data with third parties",
        "share your personal information with our partners",
        "share your information with our partners", "share your information with our sponsors",
        "disclose your personal information to third parties",
        "transfer your personal information to third parties",
        "provide your information to third parties", "third party partners",
        "third-party partners", "marketing partners", "to our sponsors", "with our sponsors",
        "with our affiliates", "to our affiliates", "to third parties for marketing",
        "third parties for their own marketing", "vender sus datos",
        "compartir sus datos con terceros", "vender seus dados",
        "compartilhar seus dados com terceiros", "vendre vos données", "céder vos données",
        "partenaires commerciaux", "an dritte weitergeben", "an dritte verkaufen",
        "menjual data", "pihak ketiga",
    ),
    "privacy_no_sell": (
        "do not sell", "does not sell", "will not sell", "never sell", "don't sell",
        "won't sell", "not sell", "do not rent", "never share", "will not share",
        "do not share your personal", "no vendemos", "não vendemos", "ne vendons pas",
        "verkaufen keine", "nicht verkaufen", "tidak menjual",
    ),
    "privacy_merger": (
        "merger", "acquisition", "sale of assets", "sale of all or substantially all",
        "business transfer", "bankruptcy", "fusión", "adquisición", "fusão", "aquisição",
        "fusion", "übernahme", "penggabungan",
    ),
    "privacy_change_notice": (
        "without notice", "without prior notice", "without further notice",
        "change this policy at any time", "change the policy at any time",
        "modify this policy at any time", "update this policy at any time",
        "at our sole discretion", "reserve the right to change", "reserve the right to modify",
        "reserve the right to update", "subject to change at any time", "sin previo aviso",
        "sem aviso prévio", "sans préavis", "ohne vorherige ankündigung", "tanpa pemberitahuan",
        "बिना सूचना",
    ),
    "privacy_your_responsibility": (
        "your responsibility to check", "your responsibility to review",
        "responsibility to periodically", "review this page periodically",
        "check this page periodically", "check back periodically",
        "review this policy periodically",
        "continued use constitutes", "continued use of the site", "deemed to have accepted",
        "constitutes your acceptance", "su responsabilidad revisar", "sua responsabilidade",
        "votre responsabilité",
    ),
    # --- crypto doubling ------------------------------------------------------------------------
    "crypto_doubling": tuple(
        [*(f"double your {w}" for w in ("bitcoin", "bitcoins", "crypto", "btc", "eth", "money",
                                          "coins", "investment", "deposit", "funds")),
         "x2 back", "2x back", "(x2)", "x2 giveaway", "doubled", "double up",
         "send you back", "send back", "get double", "double the amount", "receive double",
         "contribution address", "participation address", "deposit address", "get doubled",
         "we will immediately send",
         "will be returned", "multiply your", "double bits", "bitcoin doubler", "doubler"]
        + [f"send # {c}" for c in _COINS]
        + [f"send from # {c}" for c in _COINS]
        + [f"get # {c} back" for c in _COINS]
        + [f"receive # {c}" for c in _COINS]
        + [f"# {c} back" for c in _COINS]
        + [f"{c} x2" for c in _COINS]
        + [f"x2 {c}" for c in _COINS]
    ),
    "crypto_coin": (
        "btc", "bitcoin", "eth", "ethereum", "doge", "dogecoin", "usdt", "tether", "xrp",
        "ripple", "bnb", "solana", "shib", "crypto", "cryptocurrency", "airdrop*", "wallet",
        "token", "blockchain",
    ),
    "celebrity": (
        "elon musk", "musk", "mrbeast", "mr beast", "mr best", "michael saylor", "saylor",
        "brad garlinghouse", "garlinghouse", "vitalik", "buterin", "changpeng zhao",
        "jeff bezos", "bill gates", "mark zuckerberg", "cathie wood", "jack dorsey",
        "cristiano ronaldo", "ronaldo", "messi", "donald trump", "kim kardashian",
        "zachary testa", "sundar pichai", "tim cook",
    ),
    # --- what legitimate look-alikes say --------------------------------------------------------
    "official_rules": (
        "no purchase necessary", "void where prohibited", "official rules", "odds of winning",
        "alternate method of entry", "abbreviated rules", "sponsored by", "eligibility",
        "are eligible to enter", "legal residents", "entry period", "teilnahmebedingungen",
        "bases legales", "bases del sorteo", "regulamento", "règlement", "syarat dan ketentuan",
        "terms and conditions of entry",
    ),
    "scam_talk": (
        "scam", "scams", "scammer*", "fraud*", "phishing", "beware", "warning", "police",
        "report it", "estafa*", "golpe", "arnaque*", "escroquer*", "betrug*", "penipuan",
        "धोखाधड़ी", "احتيال", "мошенни*", "lừa đảo", "dolandırıcı*",
    ),
    "scam_denial": (
        "not a scam", "no scam", "not scam", "scam free", "scam-free", "isn't a scam",
        "is not a scam", "no scams", "100% no scam", "bukan penipuan", "no es estafa",
        "não é golpe",
    ),
    "legit_claims": (
        "100% legit", "not a scam", "no scam", "100% working", "100% free", "100% safe",
        "no virus", "virus free", "safe and secure", "totally free", "completely free",
        "guaranteed prize", "guaranteed", "official event", "official giveaway",
        "trusted by", "ssl secured", "verified by",
    ),
})


def _spaced(ch: str) -> bool:
    """Whether a character belongs to a script that separates words with spaces."""
    if ch.isdigit() or ch in "#$":
        return True
    if not ch.isalpha():
        return False
    name = unicodedata.name(ch, "")
    return name.startswith(("LATIN", "CYRILLIC", "GREEK"))


def _phrase_key(phrase: str) -> tuple[str, bool, bool]:
    """The automaton key of a phrase and whether its start and end must be word boundaries."""
    open_end = phrase.endswith("*")
    key = phrase.rstrip("*")
    if not key:
        return "", False, False
    check_start = _spaced(key[0]) and key[0] not in "#$("
    check_end = not open_end and _spaced(key[-1]) and key[-1] not in " (+:"
    return key, check_start, check_end


class PageScan:
    """Every phrase list that reads a page's normalised text, matched in one scan.

    A phrase must start and end on a word boundary where its first and last characters belong
    to a script that separates words with spaces (a trailing ``*`` leaves the end open).
    Signal families register their lists at import: word-bounded phrase families to count
    (each over the first ``limit`` characters, as if the text were cut there) and plain
    substrings whose positions they want. Each separate automaton pass cost about 0.3 ms on
    a typical page; one pass over the text serves them all.
    """

    def __init__(self) -> None:
        self._families: list[tuple[str, int]] = []
        self._span_names: list[str] = []
        # key -> (phrase targets (family, check_start, check_end), span targets)
        self._entries: dict[str, tuple[list[tuple[int, bool, bool]], list[int]]] = {}
        self._automaton: Any = None

    def count_families(self, families: Mapping[str, Iterable[str]], limit: int) -> None:
        """Count each family's phrases (as :class:`PhraseBook` does) in ``text[:limit]``."""
        known = {name for name, _ in self._families}
        for name, phrases in families.items():
            if name in known:
                raise ValueError(f"phrase family {name!r} is registered twice")
            index = len(self._families)
            self._families.append((name, limit))
            for phrase in phrases:
                key, check_start, check_end = _phrase_key(phrase)
                if key:
                    self._entries.setdefault(key, ([], []))[0].append(
                        (index, check_start, check_end))
        self._automaton = None

    def find_spans(self, name: str, needles: Iterable[str]) -> None:
        """Record ``(start, end)`` of every occurrence of any of ``needles`` (no boundaries)."""
        if name in self._span_names:
            raise ValueError(f"substring list {name!r} is registered twice")
        index = len(self._span_names)
        self._span_names.append(name)
        for needle in needles:
            self._entries.setdefault(needle.lower(), ([], []))[1].append(index)
        self._automaton = None

    def _built(self) -> Any:
        if self._automaton is None:
            automaton = ahocorasick.Automaton()
            for key, (phrases, spans) in self._entries.items():
                automaton.add_word(key, (len(key), tuple(phrases), tuple(spans)))
            automaton.make_automaton()
            self._automaton = automaton
        return self._automaton

    def scan(self, text: str) -> tuple[dict[str, int], dict[str, list[tuple[int, int]]]]:
        """Counts per phrase family and spans per substring list, from one pass over ``text``."""
        n = len(text)
        limits = [min(n, limit) for _, limit in self._families]
        counts = [0] * len(self._families)
        spans: list[list[tuple[int, int]]] = [[] for _ in self._span_names]
        for end, (length, phrases, span_lists) in self._built().iter(text):
            start = end - length + 1
            for index in span_lists:
                spans[index].append((start, end + 1))
            if not phrases:
                continue
            before_ok = start == 0 or not text[start - 1].isalnum()
            after_ok = end + 1 >= n or not text[end + 1].isalnum()
            for fam_index, check_start, check_end in phrases:
                cut = limits[fam_index]
                # Exactly what scanning text[:cut] would find: inside the cut, and the cut
                # itself counts as the end of the text.
                if end >= cut:
                    continue
                if (before_ok or not check_start) and (after_ok or end + 1 >= cut
                                                       or not check_end):
                    counts[fam_index] += 1
        return (dict(zip((name for name, _ in self._families), counts, strict=True)),
                dict(zip(self._span_names, spans, strict=True)))


class PhraseBook:
    """Phrase families counted over a whole short text (a page's title)."""

    def __init__(self, families: Mapping[str, Iterable[str]]) -> None:
        self._scan = PageScan()
        self._scan.count_families(families, limit=sys.maxsize)

    def count(self, text: str) -> dict[str, int]:
        """Occurrences of each family's phrases in normalised text (word-bounded)."""
        return self._scan.scan(text)[0]


#: Only this much normalised text is phrase-matched: lures sit near the top of a page, and the
#: cap bounds the cost of a 20 MB page.
MAX_MATCH_CHARS = 1_000_000
PAGE_SCAN = PageScan()
PAGE_SCAN.count_families(FAMILIES, MAX_MATCH_CHARS)

class Substrings:
    """Which strings contain any of a set of substrings (case-insensitive), in one scan.

    For URL and link checks: a Python ``any(h in u for h in hints)`` per URL costs a
    generator per link; one automaton over all links joined is a single C loop.
    """

    def __init__(self, needles: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for needle in needles:
            self._automaton.add_word(needle.lower(), len(needle))
        self._automaton.make_automaton()

    def count_containing(self, haystacks: Iterable[str]) -> int:
        """How many of ``haystacks`` contain at least one needle."""
        items = [h.lower().replace("\n", " ") for h in haystacks]
        if not items:
            return 0
        joined = "\n".join(items)
        ends, pos = [], -1
        for item in items:
            pos += len(item) + 1
            ends.append(pos)
        hit: set[int] = set()
        for end, length in self._automaton.iter(joined):
            idx = bisect_left(ends, end)
            # A needle that spans the "\n" joint is not inside one haystack.
            if end - length + 1 > (ends[idx - 1] if idx else -1):
                hit.add(idx)
        return len(hit)


def scan(page: Page) -> tuple[dict[str, int], dict[str, list[tuple[int, int]]]]:
    """:meth:`PageScan.scan` of the page's normalised text (computed once per page)."""
    return page.cached("page_scan", lambda p: PAGE_SCAN.scan(p.norm_text))


def phrase_counts(page: Page) -> dict[str, int]:
    """Per-family phrase counts over the page's visible text (computed once per page).

    Families registered by other modules (``brand:...``) are in it too.
    """
    return scan(page)[0]


def policy_counts(page: Page) -> dict[str, int] | None:
    """Per-family phrase counts over the privacy-policy text, when a policy was given."""
    text = page.policy_text
    if text is None:
        return None
    # The page scan counts the phrase families over the first MAX_MATCH_CHARS characters.
    return page.cached("policy_counts", lambda p: PAGE_SCAN.scan(text)[0])


def n_words(page: Page) -> int:
    """Number of words a visitor reads."""
    return len(page.words)


def per100(count: float, page: Page) -> float:
    """``count`` per 100 words; NaN for a page with no words."""
    n = n_words(page)
    return 100.0 * count / n if n else float("nan")
