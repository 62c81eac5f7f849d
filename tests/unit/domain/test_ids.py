"""IIN (Kazakhstan) and PIN (Kyrgyzstan): what is refused, what only cautions."""

from __future__ import annotations

from datetime import date

import pytest

from inspector_app.domain.errors import AppError
from inspector_app.domain.ids import (
    IdCheck,
    make_iin,
    make_pin,
    validate_id_number,
    validate_iin,
    validate_pin,
)

TODAY = date(2026, 4, 1)


# --- IIN --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "born", "sex"),
    [
        ("061211600012", date(2006, 12, 11), "F"),  # 21st century, woman
        ("900101300017", date(1990, 1, 1), "M"),  # 20th century, man
        ("900101300811", date(1990, 1, 1), "M"),  # check digit from the second pass
    ],
)
def test_iin_examples_of_the_domain_validate_and_decode(number: str, born: date, sex: str) -> None:
    assert validate_iin(number) == IdCheck(number, born, sex, ())


def test_iin_spaces_are_ignored() -> None:
    assert validate_iin(" 900101 300017 ").number == "900101300017"


@pytest.mark.parametrize(
    "text", ["", "90010130001", "9001013000170", "90010130001a", "９００１０１３０００１７"]
)
def test_iin_of_wrong_shape_is_refused(text: str) -> None:
    with pytest.raises(AppError) as caught:
        validate_iin(text)
    assert caught.value.code == "iin.format"
    assert caught.value.params == {"value": text}


def test_iin_with_wrong_check_digit_is_refused() -> None:
    with pytest.raises(AppError) as caught:
        validate_iin("900101300018")
    assert caught.value.code == "iin.checksum"
    assert caught.value.params == {"value": "900101300018"}


def test_iin_wrong_on_second_pass_is_refused() -> None:
    with pytest.raises(AppError) as caught:
        validate_iin("900101300812")
    assert caught.value.code == "iin.checksum"


@pytest.mark.parametrize("last", "0123456789")
def test_iin_whose_both_passes_give_10_is_not_issued(last: str) -> None:
    # 9001013008: pass one sums to 120 and pass two to 76, both 10 modulo 11
    with pytest.raises(AppError) as caught:
        validate_iin("90010130080" + last)
    assert caught.value.code == "iin.not_issued"


@pytest.mark.parametrize("fifth", "456")
def test_business_number_is_refused(fifth: str) -> None:
    first11 = f"0101{fifth}0000001"[:11]
    number = next(
        candidate
        for candidate in (first11 + str(d) for d in range(10))
        if _iin_passes_checksum(candidate)
    )
    with pytest.raises(AppError) as caught:
        validate_iin(number)
    assert caught.value.code == "iin.business"


def test_real_looking_bin_is_refused() -> None:
    # A BIN made like the ones on receipts: registered 2010-04, legal entity (4)
    number = next(c for c in (f"10044000123{d}" for d in range(10)) if _iin_passes_checksum(c))
    with pytest.raises(AppError, match=r"iin\.business"):
        validate_iin(number)


def _iin_passes_checksum(number: str) -> bool:
    try:
        validate_iin(number)
    except AppError as error:
        return error.code == "iin.business"
    return True


def test_iin_birth_date_mismatch_is_a_caution_not_an_error() -> None:
    check = validate_iin("900101300017", birth_date=date(1990, 1, 2), sex="M")
    assert [c.code for c in check.cautions] == ["id.birth_date_mismatch"]
    assert check.cautions[0].params == {"decoded": "1990-01-01", "given": "1990-01-02"}
    assert check.birth_date == date(1990, 1, 1)


def test_iin_sex_mismatch_is_a_caution() -> None:
    check = validate_iin("061211600012", birth_date=date(2006, 12, 11), sex="M")
    assert [(c.code, c.params) for c in check.cautions] == [
        ("id.sex_mismatch", {"decoded": "F", "given": "M"})
    ]


def test_iin_both_mismatches_give_two_cautions() -> None:
    check = validate_iin("061211600012", birth_date=date(2006, 12, 12), sex="M")
    assert [c.code for c in check.cautions] == ["id.birth_date_mismatch", "id.sex_mismatch"]


def test_iin_agreeing_with_the_entered_data_has_no_caution() -> None:
    assert validate_iin("061211600012", date(2006, 12, 11), "F").cautions == ()


@pytest.mark.parametrize("century_digit", "0789")
def test_iin_not_encoding_a_century_decodes_nothing(century_digit: str) -> None:
    number = _with_check_digit(f"900101{century_digit}1234")
    check = validate_iin(number, birth_date=date(1985, 5, 5), sex="F")
    assert (check.birth_date, check.sex, check.cautions) == (None, None, ())


def test_iin_with_impossible_encoded_date_decodes_nothing() -> None:
    number = _with_check_digit("901301312345")  # month 13: a post-2013 number
    check = validate_iin(number, birth_date=date(1990, 1, 1), sex="M")
    assert (check.birth_date, check.sex, check.cautions) == (None, None, ())


def test_iin_19th_century_digits_decode() -> None:
    check = validate_iin(_with_check_digit("991231212345"))
    assert (check.birth_date, check.sex) == (date(1899, 12, 31), "F")


def _with_check_digit(first11: str) -> str:
    """The valid IIN starting with these 11 digits (or the first 11 of a longer text)."""
    for d in range(10):
        candidate = first11[:11] + str(d)
        try:
            validate_iin(candidate)
        except AppError:
            continue
        return candidate
    raise AssertionError(f"no check digit for {first11}")


@pytest.mark.parametrize(
    ("born", "sex", "century_digit"),
    [
        (date(1899, 3, 4), "M", "1"),
        (date(1899, 3, 4), "F", "2"),
        (date(1975, 10, 31), "M", "3"),
        (date(1975, 10, 31), "F", "4"),
        (date(2012, 2, 29), "M", "5"),
        (date(2024, 7, 1), "F", "6"),
    ],
)
def test_make_iin_encodes_date_and_sex(born: date, sex: str, century_digit: str) -> None:
    number = make_iin(born, sex, 1234)
    assert number[6] == century_digit
    assert validate_iin(number, born, sex) == IdCheck(number, born, sex, ())


def test_make_iin_skips_a_serial_that_cannot_be_issued() -> None:
    # serial 80 gives the not-issued 9001013008x; the next serial is taken
    assert make_iin(date(1990, 1, 1), "M", 80) == "900101300811"
    assert make_iin(date(1990, 1, 1), "M", 1) == "900101300017"


def test_make_iin_is_valid_for_every_serial_of_a_day() -> None:
    numbers = {make_iin(date(2001, 9, 11), "F", serial) for serial in range(0, 10000, 7)}
    for number in numbers:
        validate_iin(number)


@pytest.mark.parametrize(
    ("born", "sex", "serial"),
    [
        (date(1799, 1, 1), "M", 1),
        (date(2100, 1, 1), "M", 1),
        (date(1990, 1, 1), "X", 1),
        (date(1990, 1, 1), "M", 10000),
        (date(1990, 1, 1), "M", -1),
    ],
)
def test_make_iin_rejects_what_it_cannot_encode(born: date, sex: str, serial: int) -> None:
    with pytest.raises(ValueError):
        make_iin(born, sex, serial)


# --- PIN --------------------------------------------------------------------------------------


def test_pin_validates_and_decodes() -> None:
    check = validate_pin("21503198500123", today=TODAY)
    assert check == IdCheck("21503198500123", date(1985, 3, 15), "M", ())


def test_pin_woman_and_spaces() -> None:
    check = validate_pin("1 01012000 00001", today=TODAY)
    assert (check.number, check.birth_date, check.sex) == ("10101200000001", date(2000, 1, 1), "F")


@pytest.mark.parametrize("text", ["", "2150319850012", "215031985001234", "2150319850012x"])
def test_pin_of_wrong_shape_is_refused(text: str) -> None:
    with pytest.raises(AppError) as caught:
        validate_pin(text, today=TODAY)
    assert caught.value.code == "pin.format"
    assert caught.value.params == {"value": text}


@pytest.mark.parametrize("first", "03456789")
def test_pin_with_unknown_sex_digit_is_refused(first: str) -> None:
    with pytest.raises(AppError) as caught:
        validate_pin(first + "1503198500123", today=TODAY)
    assert caught.value.code == "pin.sex_digit"


@pytest.mark.parametrize(
    "date_digits",
    [
        "32011990",  # day 32
        "15131990",  # month 13
        "29022023",  # not a leap year
        "31121899",  # before 1900
        "02042026",  # tomorrow
        "01012099",  # far future
    ],
)
def test_pin_with_impossible_birth_date_is_refused(date_digits: str) -> None:
    with pytest.raises(AppError) as caught:
        validate_pin("2" + date_digits + "00001", today=TODAY)
    assert caught.value.code == "pin.date"


def test_pin_born_today_and_on_leap_day_are_accepted() -> None:
    assert validate_pin("10104202600001", today=TODAY).birth_date == TODAY
    assert validate_pin("12902200000001", today=TODAY).birth_date == date(2000, 2, 29)


def test_pin_mismatches_are_cautions() -> None:
    check = validate_pin("21503198500123", birth_date=date(1985, 3, 16), sex="F", today=TODAY)
    assert [(c.code, c.params) for c in check.cautions] == [
        ("id.birth_date_mismatch", {"decoded": "1985-03-15", "given": "1985-03-16"}),
        ("id.sex_mismatch", {"decoded": "M", "given": "F"}),
    ]


def test_pin_without_today_uses_the_system_date() -> None:
    assert validate_pin("21503198500123").birth_date == date(1985, 3, 15)


def test_make_pin_round_trips() -> None:
    number = make_pin(date(1999, 12, 31), "F", 42)
    assert number == "13112199900042"
    assert validate_pin(number, date(1999, 12, 31), "F", today=TODAY).cautions == ()
    assert make_pin(date(1970, 5, 6), "M", 99999) == "20605197099999"


@pytest.mark.parametrize(("sex", "serial"), [("X", 1), ("M", 100000), ("F", -1)])
def test_make_pin_rejects_bad_arguments(sex: str, serial: int) -> None:
    with pytest.raises(ValueError):
        make_pin(date(1990, 1, 1), sex, serial)


# --- by country -------------------------------------------------------------------------------


def test_validate_id_number_dispatches_by_country() -> None:
    assert validate_id_number("KZ", "900101300017").sex == "M"
    assert validate_id_number("KG", "21503198500123", today=TODAY).sex == "M"
    with pytest.raises(AppError, match=r"iin\.format"):
        validate_id_number("KZ", "21503198500123")
    with pytest.raises(AppError, match=r"pin\.format"):
        validate_id_number("KG", "900101300017")


def test_validate_id_number_passes_the_entered_data_on() -> None:
    check = validate_id_number("KZ", "900101300017", date(1991, 1, 1), "M")
    assert [c.code for c in check.cautions] == ["id.birth_date_mismatch"]


def test_validate_id_number_refuses_an_unknown_country() -> None:
    with pytest.raises(AppError) as caught:
        validate_id_number("RU", "900101300017")
    assert (caught.value.code, caught.value.params) == ("country.unknown", {"country": "RU"})
