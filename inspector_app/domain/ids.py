"""Personal ID numbers: the Kazakh IIN and the Kyrgyz PIN.

A number that cannot be right (wrong length, bad check digit, a business number) is refused.
What it encodes about the person (birth date, sex) is only compared with what the user
entered: since 2013 a Kazakh IIN need not encode them, so a mismatch is a Caution, never a
refusal.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from inspector_app.domain.errors import AppError, Caution


@dataclass(frozen=True)
class IdCheck:
    """A valid number with what it says about its holder (None where it says nothing)."""

    number: str
    birth_date: date | None
    sex: str | None  # "M" or "F"
    cautions: tuple[Caution, ...]


def _clean(text: str) -> str:
    return "".join(text.split())


def _compare(
    decoded_date: date | None, decoded_sex: str | None, birth_date: date | None, sex: str | None
) -> tuple[Caution, ...]:
    """Cautions where the number disagrees with the entered birth date or sex."""
    cautions: list[Caution] = []
    if decoded_date is not None and birth_date is not None and decoded_date != birth_date:
        cautions.append(
            Caution(
                "id.birth_date_mismatch",
                {"decoded": decoded_date.isoformat(), "given": birth_date.isoformat()},
            )
        )
    if decoded_sex is not None and sex is not None and decoded_sex != sex:
        cautions.append(Caution("id.sex_mismatch", {"decoded": decoded_sex, "given": sex}))
    return tuple(cautions)


# --- Kazakhstan: IIN --------------------------------------------------------------------------

_IIN_WEIGHTS_1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_IIN_WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
# Digit 7: century and sex. Odd digits are men, even women.
_IIN_CENTURY = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}


def _iin_check_digit(first11: Sequence[int]) -> int | None:
    """The 12th digit for these 11, or None when the number cannot be issued."""
    for weights in (_IIN_WEIGHTS_1, _IIN_WEIGHTS_2):
        rest = sum(d * w for d, w in zip(first11, weights, strict=True)) % 11
        if rest != 10:
            return rest
    return None


def _iin_decode(digits: Sequence[int]) -> tuple[date | None, str | None]:
    """Birth date and sex from digits 1-7, or (None, None) where they do not encode them."""
    century = _IIN_CENTURY.get(digits[6])
    if century is None:
        return None, None
    year = century + digits[0] * 10 + digits[1]
    month = digits[2] * 10 + digits[3]
    day = digits[4] * 10 + digits[5]
    try:
        born = date(year, month, day)
    except ValueError:
        return None, None  # a number issued after 2013 need not encode a date
    return born, ("M" if digits[6] % 2 else "F")


def validate_iin(text: str, birth_date: date | None = None, sex: str | None = None) -> IdCheck:
    """Check a Kazakh IIN (12 digits, two-pass check digit) and decode what it can."""
    number = _clean(text)
    if len(number) != 12 or not (number.isascii() and number.isdigit()):
        raise AppError("iin.format", value=text)
    digits = [int(c) for c in number]
    check = _iin_check_digit(digits[:11])
    if check is None:
        raise AppError("iin.not_issued", value=number)
    if check != digits[11]:
        raise AppError("iin.checksum", value=number)
    if digits[4] in (4, 5, 6):
        # Where a person's day of birth starts, a BIN has the kind of business.
        raise AppError("iin.business", value=number)
    decoded_date, decoded_sex = _iin_decode(digits)
    return IdCheck(
        number, decoded_date, decoded_sex, _compare(decoded_date, decoded_sex, birth_date, sex)
    )


def make_iin(birth_date: date, sex: str, serial: int) -> str:
    """A valid IIN encoding the birth date and sex (for tests and demonstration data).

    `serial` (0..9999) fills digits 8-11; when it would give a number that cannot be issued,
    the next serial is taken.
    """
    if sex not in ("M", "F"):
        raise ValueError(f"sex must be 'M' or 'F', not {sex!r}")
    if not 1800 <= birth_date.year <= 2099:
        raise ValueError(f"an IIN cannot encode the year {birth_date.year}")
    if not 0 <= serial <= 9999:
        raise ValueError(f"serial must be 0..9999, not {serial}")
    century_digit = (birth_date.year // 100 - 18) * 2 + (1 if sex == "M" else 2)
    head = f"{birth_date.year % 100:02d}{birth_date.month:02d}{birth_date.day:02d}{century_digit}"
    for step in range(10000):
        first11 = head + f"{(serial + step) % 10000:04d}"
        check = _iin_check_digit([int(c) for c in first11])
        if check is not None:
            return first11 + str(check)
    raise AssertionError("unreachable: some serial always gives an issuable number")


# --- Kyrgyzstan: PIN --------------------------------------------------------------------------

_PIN_SEX = {"1": "F", "2": "M"}


def validate_pin(
    text: str,
    birth_date: date | None = None,
    sex: str | None = None,
    *,
    today: date | None = None,
) -> IdCheck:
    """Check a Kyrgyz PIN: sex digit, DDMMYYYY birth date, 5-digit serial (no check digit).

    `today` defaults to the system date; tests pass it to stay deterministic.
    """
    number = _clean(text)
    if len(number) != 14 or not (number.isascii() and number.isdigit()):
        raise AppError("pin.format", value=text)
    decoded_sex = _PIN_SEX.get(number[0])
    if decoded_sex is None:
        raise AppError("pin.sex_digit", value=number)
    try:
        born = date(int(number[5:9]), int(number[3:5]), int(number[1:3]))
    except ValueError:
        raise AppError("pin.date", value=number) from None
    if born.year < 1900 or born > (today or date.today()):
        raise AppError("pin.date", value=number)
    return IdCheck(number, born, decoded_sex, _compare(born, decoded_sex, birth_date, sex))


def make_pin(birth_date: date, sex: str, serial: int) -> str:
    """A PIN of the right shape for the birth date and sex; `serial` is 0..99999."""
    sex_digit = {v: k for k, v in _PIN_SEX.items()}.get(sex)
    if sex_digit is None:
        raise ValueError(f"sex must be 'M' or 'F', not {sex!r}")
    if not 0 <= serial <= 99999:
        raise ValueError(f"serial must be 0..99999, not {serial}")
    return f"{sex_digit}{birth_date.day:02d}{birth_date.month:02d}{birth_date.year:04d}{serial:05d}"


# --- either -----------------------------------------------------------------------------------


def validate_id_number(
    country: str,
    text: str,
    birth_date: date | None = None,
    sex: str | None = None,
    *,
    today: date | None = None,
) -> IdCheck:
    """The IIN check for Kazakhstan, the PIN check for Kyrgyzstan."""
    if country == "KZ":
        return validate_iin(text, birth_date, sex)
    if country == "KG":
        return validate_pin(text, birth_date, sex, today=today)
    raise AppError("country.unknown", country=country)
