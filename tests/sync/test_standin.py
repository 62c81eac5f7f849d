"""A stand-in: the chief lets the first laptop keep precinct 06 for a period. The laptop
receives the precinct with the next package, and its changes there are accepted within the
period and set aside outside it."""

from __future__ import annotations

from datetime import timedelta

from inspector_app.services.standin import assign_standin, list_standins
from tests.sync.network import District


def test_a_stand_in_receives_the_colleagues_precinct_and_may_edit_it(district: District) -> None:
    first, second, chief = district.first, district.second, district.chief
    resident = second.add_person("Көрші", name="Бақыт")
    chief.take(second.export())
    today = district.chief.session.today()
    assign_standin(
        chief.session,
        first.device_id,
        "06",
        today.isoformat(),
        (today + timedelta(days=10)).isoformat(),
    )
    assert [(s.device_id, s.precinct_code) for s in list_standins(chief.session)] == [
        (first.device_id, "06")
    ]

    first.take(chief.export(first))
    assert first.session.store.get("person", resident) is not None
    from inspector_app.services import people

    people.set_person(first.session, resident, {"workplace": "Мектеп"})
    outcome = chief.take(first.export())

    assert (outcome.status, outcome.set_aside) == ("imported", 0)
    record = chief.session.store.get("person", resident)
    assert record is not None and record["workplace"] == "Мектеп"


def test_a_stand_ins_change_after_the_period_is_set_aside(district: District) -> None:
    first, second, chief = district.first, district.second, district.chief
    resident = second.add_person("Көрші")
    chief.take(second.export())
    today = district.chief.session.today()
    standin = assign_standin(
        chief.session, first.device_id, "06", today.isoformat(), today.isoformat()
    )
    first.take(chief.export(first))
    from inspector_app.services import people

    people.set_person(first.session, resident, {"notes": "кеш"})
    package = first.export()
    # meanwhile the chief ends the period yesterday: the change, made today, is outside it
    with chief.session.store.transaction():
        chief.session.update(
            "standin",
            standin,
            {
                "starts": (today - timedelta(days=5)).isoformat(),
                "ends": (today - timedelta(days=1)).isoformat(),
            },
            "test",
        )
    outcome = chief.take(package)
    assert outcome.status == "imported"
    assert outcome.set_aside == 1


def test_hq_accepts_a_stand_ins_changes_relayed_with_the_chiefs_decision(
    district: District,
) -> None:
    first, second, chief, hq = district.first, district.second, district.chief, district.hq
    resident = second.add_person("Көрші")
    chief.take(second.export())
    today = district.chief.session.today().isoformat()
    assign_standin(chief.session, first.device_id, "06", today, today)
    first.take(chief.export(first))
    from inspector_app.services import people

    people.set_person(first.session, resident, {"workplace": "Клуб"})
    chief.take(first.export())

    outcome = hq.take(chief.export(hq))  # the stand-in and the laptop's edit in one package

    assert (outcome.status, outcome.set_aside) == ("imported", 0)
    record = hq.session.store.get("person", resident)
    assert record is not None and record["workplace"] == "Клуб"
