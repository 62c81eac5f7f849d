"""The import window's service side: a preview that matches columns and checks the first rows by
the import's own rules without writing anything, an import with the columns a person chose, and
a progress report that stops the import with nothing kept."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from inspector_app.domain.errors import AppError
from inspector_app.domain.ids import make_iin
from inspector_app.services.people import add_person
from inspector_app.services.people_import import chosen_columns, import_people
from inspector_app.services.people_import_preview import preview_import
from inspector_app.services.session import Session


def _people(session: Session) -> int:
    return int(session.store.select("SELECT count(*) AS n FROM person")[0]["n"])


def _file(folder: Path, text: str) -> Path:
    path = folder / "people.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_preview_matches_columns_and_gives_reasons_without_writing(
    session: Session, tmp_path: Path
) -> None:
    add_person(session, {"surname": "Ахметов", "name": "Бауыржан", "birth_date": "01.02.1980"})
    path = _file(
        tmp_path,
        "Фамилия;Имя;Дата рождения;Примечание\n"
        "Ахметов;Бауыржан;01.02.1980;уже есть\n"
        "Сериков;Арман;31.02.1990;\n"
        "Омарова;Айгуль;05.06.1975;\n" + "".join(f"Жанов{i};Ерлан;01.01.1990;\n" for i in range(5)),
    )
    before = _people(session)
    preview = preview_import(session, path, limit=3)
    assert preview.header == ["Фамилия", "Имя", "Дата рождения", "Примечание"]
    assert preview.columns == ["surname", "name", "birth_date", None]
    assert preview.total == 8 and len(preview.rows) == 3
    problems = {r.row.line: r.problem.code if r.problem else None for r in preview.rows}
    assert problems[2] == "person.duplicate"
    assert problems[3] is not None and problems[3] != "person.duplicate"
    assert problems[4] is None
    assert _people(session) == before  # the check wrote nothing


def test_a_column_matched_by_hand_is_imported(session: Session, tmp_path: Path) -> None:
    path = _file(tmp_path, "Фамилия;Имя;Туылған\nОмарова;Айгуль;05.06.1975\n")
    preview = preview_import(session, path)
    assert preview.columns == ["surname", "name", None]
    preview = preview_import(session, path, ["surname", "name", "birth_date"])
    assert preview.problem is None and preview.rejected == 0
    result = import_people(session, path, match=chosen_columns(preview.header, preview.columns))
    assert result.imported == 1
    born = session.store.select("SELECT birth_date FROM person WHERE surname = 'Омарова'")
    assert born[0]["birth_date"] == "1975-06-05"


def test_a_match_without_a_surname_is_a_problem_not_a_refusal(
    session: Session, tmp_path: Path
) -> None:
    path = _file(tmp_path, "Фамилия;Имя\nОмарова;Айгуль\n")
    preview = preview_import(session, path, [None, "name"])
    assert preview.problem is not None and preview.problem.code == "import.no_header"
    preview = preview_import(session, path, ["surname", "surname"])
    assert preview.problem is not None and preview.problem.code == "import.duplicate_column"


def test_a_file_changed_after_the_preview_is_refused(session: Session, tmp_path: Path) -> None:
    path = _file(tmp_path, "Фамилия;Имя\nОмарова;Айгуль\n")
    preview = preview_import(session, path)
    path.write_text("Имя;Фамилия\nАйгуль;Омарова\n", encoding="utf-8")
    with pytest.raises(AppError) as caught:
        import_people(session, path, match=chosen_columns(preview.header, preview.columns))
    assert caught.value.code == "import.file_changed"
    assert _people(session) == 0


class Stop(Exception):
    pass


def test_an_exception_from_progress_leaves_the_data_as_it_was(
    session: Session, tmp_path: Path
) -> None:
    add_person(session, {"surname": "Ахметов", "name": "Бауыржан"})
    rows = "".join(
        f"Жанов;Ерлан;01.01.1990;{make_iin(date(1990, 1, 1), 'M', i)}\n" for i in range(1, 4001)
    )
    path = _file(tmp_path, "Фамилия;Имя;Дата рождения;ИИН\n" + rows)
    seen: list[int] = []

    def progress(done: int) -> None:
        seen.append(done)
        if done > 2000:
            raise Stop

    with pytest.raises(Stop):
        import_people(session, path, progress=progress)
    assert seen == [2000, 4000]  # the first chunk was written, then undone
    assert _people(session) == 1


def test_duplicates_are_counted_apart(session: Session, tmp_path: Path) -> None:
    add_person(session, {"surname": "Ахметов", "name": "Бауыржан", "birth_date": "01.02.1980"})
    path = _file(
        tmp_path,
        "Фамилия;Имя;Дата рождения\nАхметов;Бауыржан;01.02.1980\nСериков;Арман;31.02.1990\n"
        "Омарова;Айгуль;05.06.1975\nОмарова;Айгуль;05.06.1975\n",
    )
    result = import_people(session, path)
    assert (result.imported, len(result.rejected), result.duplicates) == (1, 3, 2)


def test_a_known_count_is_not_read_again(session: Session, tmp_path: Path) -> None:
    path = _file(tmp_path, "Фамилия;Имя\n" + "".join(f"Жанов{i};Ерлан\n" for i in range(30)))
    first = preview_import(session, path, limit=5)
    assert first.total == 30
    counted: list[int] = []
    again = preview_import(
        session, path, ["surname", None], limit=5, known_total=999, progress=counted.append
    )
    assert again.total == 999 and counted == []  # the rest of the file was not read
    # a file shorter than the preview is counted whole whatever was known
    assert preview_import(session, path, limit=50, known_total=999).total == 30
