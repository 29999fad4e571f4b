"""Shouting and lure words: capitals, exclamation marks, prizes, urgency, fake social proof."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from ._registry import signal
from .patterns import per100, phrases

if TYPE_CHECKING:
    from ..pages.page import Page

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

# --- words that lure ----------------------------------------------------------------------
FREE = phrases("free", (
    "free", "gratis", "gratuit*", "gratuito", "gratuita", "grátis", "kostenlos", "umsonst",
    "бесплатно", "бесплатн*", "miễn phí", "ücretsiz", "bedava", "مجانا", "مجاني*", "मुफ्त",
    "फ्री", "免费", "無料", "무료", "za darmo", "darmowe",
))
LURE = phrases("lure", (
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
))
URGENCY = phrases("urgency", (
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
))
SOCIAL_PROOF = phrases("social_proof", (
    "people claimed", "have claimed", "has claimed", "already claimed", "just claimed",
    "users online", "online users", "recent activity", "recent winners", "winners list",
    "latest winners", "see winners", "successfully got", "successful get", "successfully get",
    "successfully claimed", "successfully received", "just won", "just received", "collected",
    "liked this", "people are viewing", "# people have", "# users have", "payment verified",
    "recent payouts", "latest payouts", "live transactions", "live comment*",
    "# participants", "ganadores", "ha reclamado", "reclamaron", "ganhadores", "resgataram",
    "gagnants", "berhasil mendapatkan", "berhasil klaim", "telah mengklaim", "pemenang hari",
    "विजेताओं", "الفائزين", "победители", "đã nhận", "kazananlar",
))
CONGRATS = phrases("congrats", (
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
))
IMPOSSIBLE_OFFER = phrases("impossible_offer", tuple(
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
))
OFFICIAL_RULES = phrases("official_rules", (
    "no purchase necessary", "void where prohibited", "official rules", "odds of winning",
    "alternate method of entry", "abbreviated rules", "sponsored by", "eligibility",
    "are eligible to enter", "legal residents", "entry period", "teilnahmebedingungen",
    "bases legales", "bases del sorteo", "regulamento", "règlement", "syarat dan ketentuan",
    "terms and conditions of entry",
))
SCAM_TALK = phrases("scam_talk", (
    "scam", "scams", "scammer*", "fraud*", "phishing", "beware", "warning", "police",
    "report it", "estafa*", "golpe", "arnaque*", "escroquer*", "betrug*", "penipuan",
    "धोखाधड़ी", "احتيال", "мошенни*", "lừa đảo", "dolandırıcı*",
))
SCAM_DENIAL = phrases("scam_denial", (
    "not a scam", "no scam", "not scam", "scam free", "scam-free", "isn't a scam",
    "is not a scam", "no scams", "100% no scam", "bukan penipuan", "no es estafa",
    "não é golpe",
))
LEGIT_CLAIMS = phrases("legit_claims", (
    "100% legit", "not a scam", "no scam", "100% working", "100% free", "100% safe",
    "no virus", "virus free", "safe and secure", "totally free", "completely free",
    "guaranteed prize", "guaranteed", "official event", "official giveaway",
    "trusted by", "ssl secured", "verified by",
))

#: This module's phrase families, in the order the page scan lists them.
FAMILIES = (FREE, LURE, URGENCY, SOCIAL_PROOF, CONGRATS, IMPOSSIBLE_OFFER, OFFICIAL_RULES,
            SCAM_TALK, SCAM_DENIAL, LEGIT_CLAIMS)

_FREE_CAPS = frozenset({
    "FREE", "GRATIS", "GRATUIT", "GRATUITO", "GRATUITA", "GRÁTIS", "KOSTENLOS", "БЕСПЛАТНО",
    "ÜCRETSIZ", "ÜCRETSİZ", "BEDAVA", "FREEE", "FR33",
})
_EDGE_PUNCT = ".,;:!?¡¿()[]{}\"'“”‘’«»*-–—…/|#@~^+=<>_"


class WordStats(NamedTuple):
    """Per-word counts the capitals signals share."""

    free_caps: int
    caps: int
    #: Words of 3+ letters (punctuation trimmed).
    total: int


def word_stats(page: Page) -> WordStats:
    """Capitalised FREE tokens, all-caps words of 3+ letters, and words with 3+ letters."""
    # Words of 3+ letters, punctuation trimmed ("FREE!!!" counts; "FREE2WIN", "x86" not).
    free = caps = total = 0
    for token, n in page.word_counts.items():
        w = token.strip(_EDGE_PUNCT)
        if len(w) >= 3 and w.isalpha():
            total += n
            if w.isupper():
                caps += n
                if w in _FREE_CAPS:
                    free += n
    return WordStats(free, caps, total)


@signal("text_free_caps_count", version=1, direction=1, evidence="lure_words",
        absent='never shouts "FREE" in capitals')
def free_caps_count(page: Page) -> float:
    """Shouts "FREE" in capitals.

    Giveaway scams lean on all-caps FREE / GRATIS; real shops write "free shipping".
    """
    return page.derived(word_stats).free_caps


@signal("text_free_caps_density", version=1, unit="per100", direction=1, high_from=0.5,
        evidence="lure_words", low='says "FREE" in capitals now and then',
        absent='never shouts "FREE" in capitals')
def free_caps_density(page: Page) -> float:
    """Says "FREE" in capitals often for its length.

    Density separates a banner-length lure from one FREE in a long article.
    """
    return per100(page.derived(word_stats).free_caps, page)


@signal("text_free_word_density", version=1, unit="per100", high_from=0.5, evidence="lure_words",
        low='says "free" now and then', absent='does not say "free"')
def free_word_density(page: Page) -> float:
    """Uses the word "free" (in any language) often.

    Lures promise something for nothing; most ordinary pages rarely say free.
    """
    return per100(FREE.count(page), page)


@signal("text_caps_word_ratio", version=1, unit="ratio", high_from=0.1,
        low="few words in capitals")
def caps_word_ratio(page: Page) -> float:
    """Writes many words in capitals.

    Shouting is a lure-page habit; NaN for pages with too few words to judge.
    """
    _, caps, total = page.derived(word_stats)
    return caps / total if total >= 5 else float("nan")


@signal("text_exclaim_density", version=1, unit="per100", high_from=1.0,
        low="few exclamation marks", absent="no exclamation marks")
def exclaim_density(page: Page) -> float:
    """Uses many exclamation marks.

    "Congratulations!!! You won!!!" — excitement is part of the lure.
    """
    return per100(page.search_text.count("!") + page.search_text.count("！"), page)


@signal("text_lure_word_count", version=1, evidence="lure_words",
        absent="no giveaway, prize or winner words")
def lure_word_count(page: Page) -> float:
    """Talks about giveaways, prizes, winners, claiming or generators.

    The vocabulary of every giveaway and generator scam, in several languages.
    """
    return LURE.count(page)


@signal("text_lure_word_density", version=1, unit="per100", high_from=1.0, evidence="lure_words",
        low="giveaway and prize words are a small part of the text",
        absent="no giveaway, prize or winner words")
def lure_word_density(page: Page) -> float:
    """Giveaway and prize words make up much of the text.

    A news article may mention a giveaway; a lure page is mostly about it.
    """
    return per100(LURE.count(page), page)


@signal("text_urgency_count", version=1, direction=1, absent="no pressure to hurry")
def urgency_count(page: Page) -> float:
    """Pushes you to hurry ("only 3 left", "expires today", countdown).

    Scarcity and deadlines stop visitors from thinking twice.
    """
    return URGENCY.count(page)


@signal("text_social_proof_count", version=1, direction=1,
        absent="shows no one else claiming prizes")
def social_proof_count(page: Page) -> float:
    """Shows others claiming prizes ("1,234 people claimed", "successfully got").

    Fake activity feeds and winner lists make an impossible offer look real.
    """
    return SOCIAL_PROOF.count(page)


@signal("text_congrats_count", version=1, direction=1,
        absent="does not say you have won or been selected")
def congrats_count(page: Page) -> float:
    """Says "congratulations, you have been selected" or "you won".

    You cannot win a draw you never entered.
    """
    return CONGRATS.count(page)


@signal("text_impossible_offer_count", version=1, direction=1,
        absent="offers nothing valuable for free")
def impossible_offer_count(page: Page) -> float:
    """Offers something valuable for nothing (free iPhone, gift card, robux, diamonds, BTC).

    Nobody gives away phones, game currency or crypto to anonymous visitors.
    """
    return IMPOSSIBLE_OFFER.count(page)


@signal("text_legit_claim_count", version=1, direction=1,
        absent="does not insist it is legitimate")
def legit_claim_count(page: Page) -> float:
    """Insists it is legitimate ("100% legit", "not a scam", "guaranteed").

    Honest pages rarely need to say they are not a scam.
    """
    return LEGIT_CLAIMS.count(page) + SCAM_DENIAL.count(page)


@signal("text_scam_talk_count", version=1, direction=-1,
        absent="does not talk about scams or fraud")
def scam_talk_count(page: Page) -> float:
    """Talks about scams, fraud or phishing.

    News and warnings about scams use these words; scam pages avoid them, except to deny
    being one ("not a scam"), which is not counted here.
    """
    return max(0, SCAM_TALK.count(page) - SCAM_DENIAL.count(page))


@signal("text_official_rules_count", version=1, direction=-1,
        absent="carries no sweepstakes legal terms (official rules, no purchase necessary)")
def official_rules_count(page: Page) -> float:
    """Carries sweepstakes legal terms ("no purchase necessary", "official rules").

    Real promotions publish rules with a sponsor and eligibility; fake ones do not.
    """
    return OFFICIAL_RULES.count(page)
