"""Passwords are judged by how easily they are guessed (zxcvbn), not only by their length, and
the reason is given in our own message codes, so it can be said in every language."""

from __future__ import annotations

import pytest

from inspector_app.domain.password_strength import password_problem
from inspector_app.messages import TEXTS, describe


@pytest.mark.parametrize(
    ("password", "code"),
    [
        ("aaaaaaaa", "password.weak_repeat"),
        ("        ", "password.weak_repeat"),
        ("abcdefgh", "password.weak_sequence"),
        ("secret123", "password.weak_common"),
        ("qwertyuiop", "password.weak_common"),
        ("йцукенгшщз", "password.weak_common"),  # qwertyuiop on the Russian layout
        ("пароль123", "password.weak_common"),  # gfhjkm123: "password" typed in Russian
        ("nurgaliev2026", "password.weak_personal"),
        ("Нургалиев1", "password.weak_personal"),  # the name, transliterated
        ("01.02.1985x", "password.weak_date"),
        ("short", "password.too_short"),
    ],
)
def test_weak_passwords_are_refused_with_their_kind(password: str, code: str) -> None:
    problem = password_problem(password, ["nurgaliev", "Нургалиев Ерлан"])
    assert problem is not None and problem.code == code


@pytest.mark.parametrize(
    "password",
    ["steppe-horse-lantern", "Мой кот Барсик 7", "kz-Almaty-2026", "correct horse battery"],
)
def test_passwords_hard_to_guess_pass(password: str) -> None:
    assert password_problem(password, ["nurgaliev", "Нургалиев Ерлан"]) is None


def test_a_very_long_password_is_judged_quickly_and_passes() -> None:
    assert password_problem("река-степь-" * 10_000) is None


def test_every_weakness_has_words_in_every_language() -> None:
    codes = [code for code in TEXTS if code.startswith("password.weak_")]
    assert len(codes) == 9
    for code in codes:
        from inspector_app.domain.errors import AppError

        english = describe(AppError(code), "en")
        assert "too easy to guess" in english
        for lang in ("ru", "kk", "ky"):
            assert describe(AppError(code), lang) != english
