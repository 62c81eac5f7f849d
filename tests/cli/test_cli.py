"""The command-line contract (DESIGN.md section 7): exit codes, data on stdout, one plain
line for a person on stderr, global options on either side of the subcommand."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pytest

from inspector_app.cli import main
from tests.conftest import PASSWORD


class Run:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    @property
    def lines(self) -> list[str]:
        return self.out.splitlines()


def run(*argv: str | Path) -> Run:
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out=out, err=err)
    return Run(code, out.getvalue(), err.getvalue())


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "a.db"
    monkeypatch.setenv("INSPECTOR_APP_PASSWORD", PASSWORD)
    result = run(
        "--db",
        path,
        "--user",
        "admin",
        "init",
        "--role",
        "inspector",
        "--country",
        "KZ",
        "--device-name",
        "Ноутбук",
        "--full-name",
        "Нұрғалиев Ерлан",
        "--precinct-code",
        "05",
        "--district-code",
        "12",
    )
    assert result.code == 0, result.err
    monkeypatch.setenv("INSPECTOR_APP_DB", str(path))
    monkeypatch.setenv("INSPECTOR_APP_USER", "admin")
    return path


def test_init_prints_ids_and_the_recovery_key_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "n.db"
    monkeypatch.setenv("INSPECTOR_APP_PASSWORD", PASSWORD)
    result = run(
        "--db",
        path,
        "--user",
        "admin",
        "init",
        "--role",
        "inspector",
        "--country",
        "KZ",
        "--device-name",
        "Ноутбук",
        "--full-name",
        "Нұрғалиев Ерлан",
        "--precinct-code",
        "05",
    )
    assert result.code == 0
    printed = dict(line.split("\t") for line in result.lines)
    assert list(printed) == ["device", "user", "fingerprint", "recovery-key"]
    recovery = printed["recovery-key"]
    assert len(recovery.replace("-", "")) == 25
    # shown once: it is kept nowhere, not even in the key file it can unlock
    keys = path.with_name("n.db.keys").read_text()
    assert recovery not in keys and recovery.replace("-", "") not in keys
    assert recovery not in run("--db", path, "--user", "admin", "dump").out


def test_init_never_overwrites(db: Path) -> None:
    result = run(
        "init", "--role", "chief", "--country", "KZ", "--device-name", "x", "--full-name", "y"
    )
    assert result.code == 2 and result.out == ""
    assert len(result.err.strip().splitlines()) == 1


def test_init_without_password_says_how_to_give_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("INSPECTOR_APP_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    result = run(
        "--db",
        tmp_path / "b.db",
        "--user",
        "admin",
        "--lang",
        "en",
        "init",
        "--role",
        "hq",
        "--country",
        "KG",
        "--device-name",
        "HQ",
        "--full-name",
        "Асанов Бакыт",
    )
    assert result.code == 2
    assert "INSPECTOR_APP_PASSWORD" in result.err
    assert not (tmp_path / "b.db").exists()


def test_person_add_show_set_and_search(db: Path) -> None:
    added = run(
        "person",
        "add",
        "--surname",
        "Нұрғалиева",
        "--name",
        "Әлия",
        "--birth-date",
        "01.01.1990",
        "--sex",
        "ж",
        "--id-number",
        "900101300017",
        "--phone",
        "8 701 123 45 67",
    )
    assert added.code == 0, added.err
    person_id = added.out.strip()
    # the IIN encodes a man: a caution on stderr, but the person is added
    assert added.err.strip()
    shown = json.loads(run("person", "show", person_id).out)
    assert shown["surname"] == "Нұрғалиева" and shown["phones"] == ["+77011234567"]
    assert shown["birth_date"] == "1990-01-01" and shown["sex"] == "F"
    assert run("person", "set", person_id, "notes=учитель", "name=Алия").code == 0
    shown = json.loads(run("person", "show", person_id).out)
    assert (shown["name"], shown["notes"]) == ("Алия", "учитель")
    found = run("search", "нургалиева али")
    assert found.lines == [f"{person_id}\tНұрғалиева Алия\t900101300017"]


def test_global_options_work_after_the_subcommand(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("INSPECTOR_APP_DB")
    monkeypatch.delenv("INSPECTOR_APP_USER")
    result = run("search", "кто-нибудь", "--db", db, "--user", "admin", "--lang", "kk")
    assert result.code == 0 and result.out == ""
    result = run("--db", db, "--user", "admin", "search", "кто-нибудь")
    assert result.code == 0


def test_refusals_exit_2_with_one_line(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for argv in (
        ("person", "add", "--surname", "А", "--id-number", "900101300018"),
        ("person", "add", "--surname", "А", "--birth-date", "31.02.1990"),
        ("person", "add", "--surname", "А", "--phone", "12"),
        ("person", "show", "no-such-id"),
        ("person", "set", "no-such-id", "notes=x"),
        ("person", "add"),
    ):
        result = run(*argv)
        assert result.code == 2, argv
        assert result.out == ""
    monkeypatch.setenv("INSPECTOR_APP_PASSWORD", "wrong-password")
    wrong = run("--lang", "en", "search", "x")
    assert wrong.code == 2 and wrong.err.strip() == "Wrong user name or password."
    assert "Traceback" not in wrong.err


def test_duplicate_is_reported_before_a_second_is_created(db: Path) -> None:
    first = run(
        "person", "add", "--surname", "Иванов", "--name", "Пётр", "--birth-date", "1980-05-06"
    )
    again = run(
        "person", "add", "--surname", "ИВАНОВ", "--name", "петр", "--birth-date", "06.05.1980"
    )
    assert again.code == 2 and first.out.strip() in again.err
    forced = run(
        "person",
        "add",
        "--surname",
        "Иванов",
        "--name",
        "Пётр",
        "--birth-date",
        "06.05.1980",
        "--force",
    )
    assert forced.code == 0


def test_messages_in_the_users_language(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INSPECTOR_APP_PASSWORD", "wrong-password")
    texts = {
        lang: run("--lang", lang, "search", "x").err.strip() for lang in ("ru", "kk", "ky", "en")
    }
    assert len(set(texts.values())) == 4
    assert texts["en"] == "Wrong user name or password."


def test_verify_sound_then_damaged(db: Path) -> None:
    run("person", "add", "--surname", "Қасымов")
    sound = run("verify")
    assert sound.code == 0 and sound.lines[0] == "status\tsound"
    from inspector_app.services.session import open_session

    session = open_session(db, "admin", PASSWORD)
    session.store.db.conn.execute("UPDATE person SET surname = 'Подделкин'")
    session.store.db.conn.commit()
    session.close()
    damaged = run("verify")
    assert damaged.code == 1 and damaged.lines[0] == "status\tdamaged"
    assert any(line.startswith("problem\tverify.record_altered\t") for line in damaged.lines)
    assert len(damaged.err.strip().splitlines()) == 1


def test_dump_is_canonical_json_lines(db: Path) -> None:
    run("person", "add", "--surname", "Ёлкин", "--name", "Пётр")
    result = run("dump")
    assert result.code == 0
    lines = result.lines
    assert lines and all(
        json.dumps(json.loads(line), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        == line
        for line in lines
    )
    assert any('"surname":"Ёлкин"' in line for line in lines)
    # device-local state stays out
    assert not any(word in result.out for word in ('"journal"', "change_id", "sign_private"))
    assert run("dump").out == result.out  # stable


def test_roles_are_enforced_by_the_services(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INSPECTOR_APP_NEW_PASSWORD", "helper-pass")
    added = run("user", "add", "aset", "--full-name", "Асет Б.", "--role", "assistant")
    assert added.code == 0, added.err
    listed = run("user", "list")
    assert [line.split("\t")[1] for line in listed.lines] == ["admin", "aset"]
    monkeypatch.setenv("INSPECTOR_APP_USER", "aset")
    monkeypatch.setenv("INSPECTOR_APP_PASSWORD", "helper-pass")
    assert run("person", "add", "--surname", "Сейітов").code == 0
    assert run("dump").code == 2  # personal data export: admin or chief only
    assert run("user", "add", "x", "--full-name", "X", "--role", "inspector").code == 2
    # own password
    monkeypatch.setenv("INSPECTOR_APP_NEW_PASSWORD", "another-pass-2")
    assert run("user", "passwd").code == 0
    assert run("search", "сейітов").code == 2  # old password no longer works
    monkeypatch.setenv("INSPECTOR_APP_PASSWORD", "another-pass-2")
    assert len(run("search", "сейітов").lines) == 1


CSV_HEADER = "Фамилия;Имя;Отчество;Дата рождения;Пол;ИИН;Телефон;Адрес\n"


def test_people_import_windows_1251_with_semicolons(db: Path, tmp_path: Path) -> None:
    csv = tmp_path / "people.csv"
    csv.write_bytes(
        (
            CSV_HEADER
            + "Ковальчук;Олег;Петрович;12.04.1970;м;700412300046;87012223344;ул. Ленина 3\n"
            + "Бекова;Сауле;;1985-03-04;ж;123;;\n"
            + "Ковальчук;Олег;Петрович;12.04.1970;м;;;\n"
            + ";Без фамилии;;;;;;\n"
        ).encode("cp1251")
    )
    result = run("--lang", "en", "people", "import", csv)
    assert result.code == 3
    assert result.lines == ["imported\t1", "rejected\t3"]
    rejected = [line for line in result.err.splitlines() if line.startswith("line ")]
    assert [line.split(":")[0] for line in rejected] == ["line 3", "line 4", "line 5"]
    assert "line 2" in rejected[1]  # the duplicate names the line it repeats
    assert len(run("search", "ковальчук").lines) == 1


def test_people_import_utf8_commas_all_valid(db: Path, tmp_path: Path) -> None:
    csv = tmp_path / "people.csv"
    csv.write_text(
        "surname,name,birth_date,phone\nӘлиев,Бауыржан,1991-07-08,+77475556677\n"
        "Ерланова,Гүлнар,08.09.1992,\n",
        encoding="utf-8-sig",
    )
    result = run("people", "import", csv)
    assert result.code == 0 and result.lines == ["imported\t2", "rejected\t0"]
    assert len(run("search", "алиев бауыр").lines) == 1
    assert run("verify").code == 0  # imported rows are journaled like typed ones


def test_all_or_nothing_imports_nothing_on_one_bad_row(db: Path, tmp_path: Path) -> None:
    csv = tmp_path / "people.csv"
    csv.write_text("surname,birth_date\nАхметов,01.01.1990\nБеков,32.01.1990\n")
    result = run("people", "import", csv, "--all-or-nothing")
    assert result.code == 2
    assert run("search", "ахметов").lines == []


def test_people_import_xlsx(db: Path, tmp_path: Path) -> None:
    import datetime as dt

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Фамилия", "Имя", "Дата рождения", "ИИН"])
    sheet.append(["Жұмабаев", "Нұрлан", dt.date(1980, 1, 2), None])
    sheet.append(["Серікова", "Айгүл", "15.06.1995", None])
    path = tmp_path / "people.xlsx"
    book.save(path)
    result = run("people", "import", path)
    assert result.code == 0 and result.lines[0] == "imported\t2"
    person_id = run("search", "жумабаев").lines[0].split("\t")[0]
    assert json.loads(run("person", "show", person_id).out)["birth_date"] == "1980-01-02"


@pytest.mark.parametrize(
    "content", [b"", b"\x00\x01\x02binary", b"PK\x03\x04not a zip", "Имя;Отчество\nА;Б\n".encode()]
)
def test_hostile_import_files_change_nothing(db: Path, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    before = run("dump").out
    result = run("people", "import", path)
    assert result.code == 2 and len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err
    assert run("dump").out == before


def test_a_missing_database_is_refused_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INSPECTOR_APP_PASSWORD", PASSWORD)
    result = run("--db", tmp_path / "none.db", "--user", "admin", "--lang", "en", "search", "x")
    assert result.code == 2 and "inspector-app init" in result.err


def test_a_bug_gives_exit_1_and_one_line(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError

    monkeypatch.setattr("inspector_app.services.people.search_people", broken)
    result = run("search", "x")
    assert result.code == 1
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err


def test_a_forgotten_password_is_replaced_with_the_recovery_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "r.db"
    monkeypatch.setenv("INSPECTOR_APP_PASSWORD", PASSWORD)
    created = run(
        "--db",
        path,
        "--user",
        "admin",
        "init",
        "--role",
        "chief",
        "--country",
        "KG",
        "--device-name",
        "РОВД",
        "--full-name",
        "Асанов Бакыт",
        "--district-code",
        "7",
    )
    recovery = dict(line.split("\t") for line in created.lines)["recovery-key"]
    monkeypatch.setenv("INSPECTOR_APP_NEW_PASSWORD", "brand-new-pass")
    monkeypatch.setenv("INSPECTOR_APP_RECOVERY_KEY", "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE")
    assert run("--db", path, "--user", "admin", "user", "recover").code == 2
    monkeypatch.setenv("INSPECTOR_APP_RECOVERY_KEY", recovery)
    assert run("--db", path, "--user", "admin", "user", "recover").code == 0
    monkeypatch.setenv("INSPECTOR_APP_PASSWORD", "brand-new-pass")
    assert run("--db", path, "--user", "admin", "verify").code == 0


def test_rows_that_cannot_be_read_as_they_are_are_rejected(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text(
        "\n\nФамилия;Имя\nСейітов;Марат\nБеков;Ерлан;лишнее\nКим;Ан\x01на\n", encoding="utf-8"
    )
    result = run("--lang", "en", "people", "import", path)
    assert result.code == 3 and result.lines == ["imported\t1", "rejected\t2"]
    assert [line.split(":")[0] for line in result.err.splitlines()] == ["line 5", "line 6"]
