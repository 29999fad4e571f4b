"""Survey funnels and the personal data their forms harvest."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._registry import signal
from .patterns import phrases

if TYPE_CHECKING:
    from ..pages.page import Page
    from ..pages.parse import Field

# What a field asks for, judged from its type, name, id, placeholder, label and autocomplete.
_KINDS: dict[str, tuple[str, ...]] = {
    # Checked in this order: "card number for shipping" is a card field, not an address.
    "password": ("password", "passwd", "pass", "senha", "contraseña", "mot de passe",
                 "passwort", "sandi", "şifre", "sifre", "пароль", "كلمة", "mật khẩu"),
    "card": ("card", "cc-", "ccnum", "cvv", "cvc", "expiry", "exp-", "tarjeta", "cartão",
             "carte", "kartu", "كارت", "карт"),
    "email": ("email", "e-mail", "mail", "correo", "courriel", "surel", "почта", "البريد"),
    "phone": ("phone", "tel", "mobile", "whatsapp", "celular", "telefone", "teléfono",
              "téléphone", "ponsel", "telepon", "handphone", "nomor hp", "no hp", "फोन",
              "मोबाइल", "هاتف", "جوال", "телефон", "điện thoại", "telefon", "msisdn"),
    "dob": ("birth", "dob", "bday", "birthday", "nacimiento", "nascimento", "naissance",
            "geburt", "lahir", "जन्म", "الميلاد", "рождения", "ngày sinh", "doğum"),
    "game_id": ("user id", "userid", "user_id", "zone id", "zoneid", "zone_id", "player id",
                "playerid", "game id", "gameid", "id game", "server id", "uid", "nickname",
                "character", "id pengguna", "id akun"),
    "address": ("address", "street", "city", "zip", "postal", "postcode", "dirección",
                "endereço", "adresse", "alamat", "kota", "pincode", "pin code", "पता", "عنوان",
                "адрес", "địa chỉ", "adres", "address-line", "shipping"),
    "name": ("name", "nombre", "nome", "nom", "nama", "नाम", "الاسم", "имя", "tên", "isim"),
}
_TYPE_KINDS = {"email": "email", "tel": "phone", "password": "password", "date": "dob"}
_NOT_ASKED = frozenset({"hidden", "submit", "button", "image", "reset", "checkbox", "radio",
                        "search", "range", "color", "file"})

SURVEY_QUESTIONS = phrases("survey_questions", (
    "question # of #", "question #/#", "answer # questions", "answer # simple questions",
    "answer the following questions", "answer these questions", "answer all questions",
    "quick survey", "short survey", "take our survey", "take the survey",
    "annual visitor survey", "customer survey", "visitor survey", "answer & win",
    "answer and win", "pregunta #", "responde # preguntas", "pergunta #",
    "responda # perguntas", "pertanyaan #", "jawab # pertanyaan", "प्रश्न #", "سؤال #",
))
FEE_REQUEST = phrases("fee_request", (
    "pay shipping", "shipping fee", "delivery fee", "just pay", "only pay", "pay only",
    "small fee", "processing fee", "handling fee", "pay the shipping", "cover the shipping",
    "shipping and handling", "customs fee", "activation fee", "registration fee",
    "release fee", "clearance fee", "gastos de envío", "costo de envío",
    "taxa de entrega", "frais de livraison", "ongkos kirim", "biaya pengiriman",
    "biaya admin", "डिलीवरी शुल्क", "رسوم الشحن",
))
PII_REQUEST = phrases("pii_request", (
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
))
#: This module's phrase families, in the order the page scan lists them.
FAMILIES = (SURVEY_QUESTIONS, FEE_REQUEST, PII_REQUEST)


def field_kind(field: Field) -> str | None:
    """The kind of personal data a form field asks for, or ``None``."""
    if field.type in _NOT_ASKED:
        return None
    if field.type in _TYPE_KINDS:
        return _TYPE_KINDS[field.type]
    text = field.descriptor
    if not text:
        return None
    for kind, words in _KINDS.items():
        if any(w in text for w in words):
            return kind
    return None


def field_kinds(page: Page) -> dict[str, int]:
    """How many form fields ask for each kind of personal data."""
    counts: dict[str, int] = {}
    for form in page.forms:
        for f in form.fields:
            kind = field_kind(f)
            if kind:
                counts[kind] = counts.get(kind, 0) + 1
    return counts


def _fields_of(kind: str, page: Page) -> float:
    return page.derived(field_kinds).get(kind, 0)


@signal("survey_email_field_count", version=1, evidence="form_fields",
        absent="no form asks for your email address")
def email_field_count(page: Page) -> float:
    """Has a form asking for your email address."""
    return _fields_of("email", page)


@signal("survey_phone_field_count", version=1, evidence="form_fields",
        absent="no form asks for your phone number")
def phone_field_count(page: Page) -> float:
    """Has a form asking for your phone number."""
    return _fields_of("phone", page)


@signal("survey_address_field_count", version=1, evidence="form_fields",
        absent="no form asks for your home address")
def address_field_count(page: Page) -> float:
    """Has a form asking for your home address."""
    return _fields_of("address", page)


@signal("survey_dob_field_count", version=1, evidence="form_fields",
        absent="no form asks for your date of birth")
def dob_field_count(page: Page) -> float:
    """Has a form asking for your date of birth."""
    return _fields_of("dob", page)


@signal("survey_card_field_count", version=1, direction=1, evidence="form_fields",
        absent="no form asks for payment card details")
def card_field_count(page: Page) -> float:
    """Has a form asking for payment card details.

    "Free" prizes that need a card number end in a subscription trap or theft.
    """
    return _fields_of("card", page)


@signal("survey_password_field_count", version=1, evidence="form_fields",
        absent="no form asks for a password")
def password_field_count(page: Page) -> float:
    """Has a form asking for a password.

    A giveaway never needs your account password.
    """
    return _fields_of("password", page)


@signal("survey_game_login_field_count", version=1, direction=1, evidence="form_fields",
        absent="no form asks for a game or social account ID")
def game_login_field_count(page: Page) -> float:
    """Has a form asking for a game or social account ID.

    Fake reward events collect player IDs, then ask for the login.
    """
    return _fields_of("game_id", page)


@signal("survey_pii_kind_count", version=1, unit="number", evidence="form_fields",
        absent="its forms ask for no personal data")
def pii_kind_count(page: Page) -> float:
    """Number of different kinds of personal data its forms ask for.

    Email plus phone plus address plus birth date is a data-harvesting funnel.
    """
    return sum(1 for k in page.derived(field_kinds) if k != "name")


@signal("survey_question_count", version=1, absent="runs no quiz or survey")
def question_count(page: Page) -> float:
    """Runs a quiz or survey ("question 1 of 4", "answer 3 questions").

    Survey scams dress up the harvest as a quick questionnaire.
    """
    return SURVEY_QUESTIONS.count(page)


@signal("survey_fee_request_count", version=1,
        absent="does not ask you to pay a shipping or processing fee")
def fee_request_count(page: Page) -> float:
    """Asks you to pay a shipping, delivery or processing fee.

    A prize that costs a "small fee" is the payment scam behind the giveaway.
    """
    return FEE_REQUEST.count(page)


@signal("survey_pii_request_count", version=1,
        absent="does not ask in its text for your email, phone, password or card")
def pii_request_count(page: Page) -> float:
    """Asks in its text for your email, phone, password, card or game ID.

    Lure pages ask for personal data in words as well as in form fields.
    """
    return PII_REQUEST.count(page)
