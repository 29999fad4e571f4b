"""Survey funnels and the personal data their forms harvest."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._registry import signal
from .patterns import phrase_counts

if TYPE_CHECKING:
    from ..page import Field, Page

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


def _kinds(page: Page) -> dict[str, int]:
    def compute(p: Page) -> dict[str, int]:
        counts: dict[str, int] = {}
        for form in p.forms:
            for f in form.fields:
                kind = field_kind(f)
                if kind:
                    counts[kind] = counts.get(kind, 0) + 1
        return counts

    return page.cached("field_kinds", compute)


def _fields_of(kind: str, page: Page) -> float:
    return _kinds(page).get(kind, 0)


@signal("survey_email_field_count", version=1)
def email_field_count(page: Page) -> float:
    """Has a form asking for your email address."""
    return _fields_of("email", page)


@signal("survey_phone_field_count", version=1)
def phone_field_count(page: Page) -> float:
    """Has a form asking for your phone number."""
    return _fields_of("phone", page)


@signal("survey_address_field_count", version=1)
def address_field_count(page: Page) -> float:
    """Has a form asking for your home address."""
    return _fields_of("address", page)


@signal("survey_dob_field_count", version=1)
def dob_field_count(page: Page) -> float:
    """Has a form asking for your date of birth."""
    return _fields_of("dob", page)


@signal("survey_card_field_count", version=1, direction=1)
def card_field_count(page: Page) -> float:
    """Has a form asking for payment card details.

    "Free" prizes that need a card number end in a subscription trap or theft.
    """
    return _fields_of("card", page)


@signal("survey_password_field_count", version=1)
def password_field_count(page: Page) -> float:
    """Has a form asking for a password.

    A giveaway never needs your account password.
    """
    return _fields_of("password", page)


@signal("survey_game_login_field_count", version=1, direction=1)
def game_login_field_count(page: Page) -> float:
    """Has a form asking for a game or social account ID.

    Fake reward events collect player IDs, then ask for the login.
    """
    return _fields_of("game_id", page)


@signal("survey_pii_kind_count", version=1, unit="number")
def pii_kind_count(page: Page) -> float:
    """Number of different kinds of personal data its forms ask for.

    Email plus phone plus address plus birth date is a data-harvesting funnel.
    """
    return sum(1 for k in _kinds(page) if k != "name")


@signal("survey_question_count", version=1)
def question_count(page: Page) -> float:
    """Runs a quiz or survey ("question 1 of 4", "answer 3 questions").

    Survey scams dress up the harvest as a quick questionnaire.
    """
    return phrase_counts(page)["survey_questions"]


@signal("survey_fee_request_count", version=1)
def fee_request_count(page: Page) -> float:
    """Asks you to pay a shipping, delivery or processing fee.

    A prize that costs a "small fee" is the payment scam behind the giveaway.
    """
    return phrase_counts(page)["fee_request"]


@signal("survey_pii_request_count", version=1)
def pii_request_count(page: Page) -> float:
    """Asks in its text for your email, phone, password, card or game ID.

    Lure pages ask for personal data in words as well as in form fields.
    """
    return phrase_counts(page)["pii_request"]
