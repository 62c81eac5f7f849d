"""Phone numbers: stored as E.164, typed in any of the local ways.

Local forms use the country's trunk prefix (8 in Kazakhstan, 0 in Kyrgyzstan) or none at all;
`phonenumbers` knows both plans, so "8 (701) 123-45-67" and "+7 701 123 45 67" are one number.
A number of another country is accepted when written with its + prefix (relatives abroad).
"""

from __future__ import annotations

import re

import phonenumbers

from inspector_app.domain.errors import AppError


def normalize_phone(text: str, country: str) -> str:
    """The E.164 form ("+77011234567") of a number typed as people in `country` write it."""
    try:
        number = phonenumbers.parse(text, country)
    except phonenumbers.NumberParseException:
        raise AppError("phone.invalid", value=text) from None
    if not phonenumbers.is_valid_number(number):
        raise AppError("phone.invalid", value=text)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str) -> str:
    """International display form ("+7 701 123 4567"); text that is no number is shown as is."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


_SEPARATORS = re.compile(r"[,;\r\n]+")


def parse_phones(text: str, country: str) -> list[str]:
    """Several numbers in one field (split on , ; and new lines): E.164, duplicates dropped.

    The first invalid piece refuses the whole field, naming that piece.
    """
    phones: list[str] = []
    for piece in (p.strip() for p in _SEPARATORS.split(text)):
        if piece:
            phone = normalize_phone(piece, country)
            if phone not in phones:
                phones.append(phone)
    return phones
