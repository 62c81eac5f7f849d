"""Folding for search and the alphabetical sort key."""

from __future__ import annotations

import random

import pytest

from inspector_app.domain.text import fold, invisible_characters, search_tokens, sort_key

# --- fold -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("нургалиева алия", "Нұрғалиева Әлия"),
        ("елкин", "Ёлкин"),
        ("илияс", "Ілияс"),
        ("iлияс", "Ілияс"),  # Latin i typed for Kazakh і
        ("ILIYAS", "iliyas"),
        ("омирбек", "Өмірбек"),
        ("улан уулу", "Улан уулу"),
        ("уркер", "Үркер"),
        ("кани", "Қаңи"),
        ("хакимов", "Һакимов"),
        ("гани", "Ғани"),
        ("сергеи", "Сергей"),
        ("кудаибергенов", "Құдайбергенов"),
        ("эркинбек", "Эркинбек"),
        ("jose", "José"),
    ],
)
def test_typing_without_special_letters_finds_the_name(typed: str, stored: str) -> None:
    assert fold(typed) == fold(stored)


def test_fold_exact_forms() -> None:
    assert fold("Нұрғалиева Әлия") == "нургалиева алия"
    assert fold("ӘҒҚҢӨҰҮҺІЁЙ") == "агкноуухиеи"
    assert fold("Ёлкин") == "елкин"


def test_fold_handles_decomposed_letters() -> None:
    assert fold("Е\u0308лкин") == "елкин"  # е + combining diaeresis
    assert fold("И\u0306одов") == "иодов"  # и + combining breve
    assert fold("ї") == "и"  # Ukrainian yi decomposes to і + diaeresis


def test_fold_collapses_whitespace() -> None:
    assert fold("  Иван \t Петрович\nСидоров  ") == "иван петрович сидоров"
    assert fold("") == ""


def test_fold_keeps_distinct_letters_distinct() -> None:
    assert fold("Ким") != fold("Кім Қ")
    assert fold("Ж") != fold("З")


# --- search tokens ----------------------------------------------------------------------------


def test_search_tokens_of_a_name() -> None:
    assert search_tokens("Нұрғалиева Әлия-Сейітқызы") == ["нургалиева", "алия", "сеииткызы"]


def test_search_tokens_keep_digit_runs_whole() -> None:
    assert search_tokens("+7 701 123-45-67") == ["7", "701", "123", "45", "67"]
    assert search_tokens("ИИН 900101300017") == ["иин", "900101300017"]
    assert search_tokens("+77011234567") == ["77011234567"]


def test_search_tokens_drop_punctuation_and_underscores() -> None:
    assert search_tokens("ул. Абая, д.5/1, кв_3") == ["ул", "абая", "д", "5", "1", "кв", "3"]
    assert search_tokens("  ") == []


def test_search_tokens_of_query_and_stored_text_agree() -> None:
    assert search_tokens("Өмірбеков Ерлан") == search_tokens("омирбеков ерлан")


# --- sort key ---------------------------------------------------------------------------------


def test_sort_key_follows_the_kazakh_alphabet() -> None:
    expected = ["А", "а", "Ә", "Б", "Е", "е", "Ё", "ё", "Ж", "Ы", "І", "і", "Я"]
    shuffled = expected[:]
    random.Random(7).shuffle(shuffled)
    assert sorted(shuffled, key=sort_key) == expected


def test_sort_key_puts_yo_after_ye_not_after_ya() -> None:
    names = ["Яковлев", "Ёлкин", "Егоров", "Жуков", "Ежов"]
    assert sorted(names, key=sort_key) == ["Егоров", "Ежов", "Ёлкин", "Жуков", "Яковлев"]


def test_sort_key_kazakh_names() -> None:
    names = [
        "Үмбетов",
        "Ұлықбек",
        "Уалиев",
        "Нұрлан",
        "Ңа",
        "Нұрғали",
        "Өмір",
        "Оразов",
        "Қасым",
        "Кенжебаев",
        "Ғалым",
        "Гүлнар",
        "Һарун",
        "Хасен",
        "Іргебай",
        "Ысқақ",
        "Ибраев",
    ]
    assert sorted(names, key=sort_key) == [
        "Гүлнар",
        "Ғалым",
        "Ибраев",
        "Кенжебаев",
        "Қасым",
        "Нұрғали",
        "Нұрлан",
        "Ңа",
        "Оразов",
        "Өмір",
        "Уалиев",
        "Ұлықбек",
        "Үмбетов",
        "Хасен",
        "Һарун",
        "Ысқақ",
        "Іргебай",
    ]


def test_sort_key_is_case_insensitive_and_ties_by_original() -> None:
    names = ["иванов", "Иванов", "ИВАНОВ", "Иванова", "ивАнов"]
    ordered = sorted(names, key=sort_key)
    assert ordered[-1] == "Иванова"
    assert ordered[:4] == sorted([*names[:3], "ивАнов"])  # ties in plain code-point order


def test_sort_key_digits_then_cyrillic_then_latin() -> None:
    items = ["Zorro", "abc", "Ёж", "2-й подъезд", "10", "Абай", "Ян"]
    assert sorted(items, key=sort_key) == ["10", "2-й подъезд", "Абай", "Ёж", "Ян", "abc", "Zorro"]


def test_sort_key_prefix_first_and_space_before_letters() -> None:
    items = ["Анна", "Ан", "Ан Б", "Ан-Би"]
    assert sorted(items, key=sort_key) == ["Ан", "Ан Б", "Ан-Би", "Анна"]


def test_sort_key_of_empty_and_none_is_lowest() -> None:
    assert sort_key(None) == "" == sort_key("")
    assert sorted(["Б", None, "А", ""], key=sort_key) == [None, "", "А", "Б"]


def test_sort_key_ignores_surrounding_and_doubled_spaces_at_first() -> None:
    assert sort_key("  Абай  ").split("\x01")[0] == sort_key("Абай").split("\x01")[0]
    assert sort_key(" Абай") != sort_key("Абай")  # still total


def test_sort_key_accented_latin_sorts_with_its_base_letter() -> None:
    assert sorted(["Zoe", "Émile", "Eva", "Fox"], key=sort_key) == ["Émile", "Eva", "Fox", "Zoe"]


def test_sort_key_other_scripts_after_all_letters() -> None:
    assert sorted(["ა", "Zed", "Я"], key=sort_key) == ["Я", "Zed", "ა"]


def test_sort_key_keys_compare_as_utf8_bytes_like_sqlite_binary() -> None:
    names = ["Ёлкин", "Егоров", "Әлия", "Абай", "Іргебай", "Ысқақ", "Zed", "12", "Ан Б", "Анна"]
    by_str = sorted(names, key=sort_key)
    by_bytes = sorted(names, key=lambda n: sort_key(n).encode("utf-8"))
    assert by_str == by_bytes


# --- invisible characters -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ерланов", []),
        ("Ёлкин-Сергеева Әлия", []),
        ("Ер\u200bланов", ["U+200B"]),  # zero-width space
        ("\u202eвонаЛ", ["U+202E"]),  # right-to-left override: shows reversed
        ("Ан\u2066на\u2069", ["U+2066", "U+2069"]),  # bidi isolates
        ("Ким\ufeff", ["U+FEFF"]),  # a BOM inside text
        ("Ли\u00ad\u200d\u00ad", ["U+00AD", "U+200D"]),  # soft hyphen, zero-width joiner; once each
        ("Ан\u3164на", ["U+3164"]),  # a Hangul filler: a letter that shows nothing
        ("Ан\u034fна", ["U+034F"]),  # combining grapheme joiner
    ],
)
def test_invisible_characters_are_named_by_code_point(text: str, found: list[str]) -> None:
    assert invisible_characters(text) == found


def test_the_fold_keeps_invisible_characters_so_they_would_hide_a_duplicate() -> None:
    # why they are refused: the duplicate check folds names, and these survive the fold
    assert fold("Ер\u200bланов") != fold("Ерланов")
