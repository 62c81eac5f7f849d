"""The chain inspector -> chief -> HQ and back, on real databases and real package files."""

from __future__ import annotations

import json
from pathlib import Path

from inspector_app.services import people
from inspector_app.services.sync.status import PeerStatus, sync_status
from tests.sync.network import District, Node


def _records(node_dump: list[str], entity: str) -> dict[str, dict[str, object]]:
    found = {}
    for line in node_dump:
        row = json.loads(line)
        if row["type"] == "record" and row["entity"] == entity:
            found[row["id"]] = row
    return found


def test_a_resident_typed_on_a_laptop_reaches_the_chief_and_hq_unchanged(
    district: District,
) -> None:
    first, chief, hq = district.first, district.chief, district.hq
    person = first.add_person("Сейітқали", name="Әлия", birth_date="1990-03-04")

    package = first.export()
    outcome = chief.take(package)
    assert (outcome.status, outcome.error) == ("imported", None)
    assert outcome.added >= 1
    at_chief = _records(chief.dump(), "person")[person]
    assert at_chief == _records(first.dump(), "person")[person]

    relayed = chief.export(hq)
    outcome = hq.take(relayed)
    assert (outcome.status, outcome.error) == ("imported", None)
    assert _records(hq.dump(), "person")[person] == at_chief


def test_importing_a_package_twice_changes_nothing_the_second_time(district: District) -> None:
    first, chief = district.first, district.chief
    first.add_person("Омаров")
    package = first.export()
    assert chief.take(package).status == "imported"
    before = chief.dump()

    again = chief.take(package)

    assert again.status == "already-imported"
    assert chief.dump() == before


def test_a_chiefs_correction_travels_down_and_acknowledges_the_laptops_batches(
    district: District,
) -> None:
    first, chief = district.first, district.chief
    person = first.add_person("Ахметов", name="Серик")
    chief.take(first.export())
    people.set_person(chief.session, person, {"name": "Серік"})

    down = chief.export(first)
    outcome = first.take(down)

    assert (outcome.status, outcome.error) == ("imported", None)
    assert _records(first.dump(), "person")[person]["fields"]["name"] == "Серік"
    # the chief confirmed the laptop's first batch: the next package carries nothing again
    assert first.session.store.count("person") == 1
    from inspector_app.services.sync.export import export_package

    result = export_package(first.session, first.outbox)
    assert (result.batches, result.changes) == (0, 0)


def test_edits_of_different_fields_merge_and_of_one_field_conflict_on_both_sides(
    district: District,
) -> None:
    first, chief = district.first, district.chief
    person = first.add_person("Байжанов", name="Нұрлан")
    chief.take(first.export())
    first.take(chief.export(first))

    people.set_person(first.session, person, {"workplace": "Мектеп", "notes": "ауылда"})
    people.set_person(chief.session, person, {"address": "Орталық 5", "notes": "қалада"})
    chief.take(first.export())
    first.take(chief.export(first))

    at_first = _records(first.dump(), "person")[person]["fields"]
    at_chief = _records(chief.dump(), "person")[person]["fields"]
    assert at_first == at_chief
    assert (at_first["workplace"], at_first["address"]) == ("Мектеп", "Орталық 5")
    conflicts = [json.loads(line) for line in first.dump() if '"type":"conflict"' in line]
    assert len(conflicts) == 1
    assert conflicts[0]["field"] == "notes"
    assert {at_first["notes"], json.loads(json.dumps(conflicts[0]["loser_value"]))} == {
        "ауылда",
        "қалада",
    }
    assert [line for line in chief.dump() if '"type":"conflict"' in line] == [
        line for line in first.dump() if '"type":"conflict"' in line
    ]


def test_a_package_for_another_device_is_refused_and_changes_nothing(district: District) -> None:
    first, second, chief = district.first, district.second, district.chief
    first.add_person("Жұмабаев")
    package = first.export()  # for the chief
    before = second.dump()

    outcome = second.take(package)

    assert outcome.status == "refused"
    assert outcome.error is not None and outcome.error.code in (
        "package.not_for_us",
        "package.unknown_sender",
    )
    assert second.dump() == before
    assert chief.take(package).status == "imported"


def test_every_flipped_byte_gets_the_package_refused(district: District, tmp_path: Path) -> None:
    first, chief = district.first, district.chief
    first.add_person("Тоқтаров", notes="x" * 1500)
    good = first.export().read_bytes()
    before = chief.dump()
    step = max(1, len(good) // 300)
    for position in range(0, len(good), step):
        mutated = bytearray(good)
        mutated[position] ^= 0x01
        path = tmp_path / f"mutated-{position}.iapkg"
        path.write_bytes(bytes(mutated))
        outcome = chief.take(path)
        assert outcome.status == "refused", position
        assert outcome.error is not None
    for cut in (0, 5, 20, len(good) // 2, len(good) - 1):
        path = tmp_path / f"cut-{cut}.iapkg"
        path.write_bytes(good[:cut])
        assert chief.take(path).status == "refused", cut
    assert chief.dump() == before


def test_a_laptop_writing_into_another_precinct_has_that_change_set_aside(
    district: District,
) -> None:
    first, second, chief = district.first, district.second, district.chief
    chief.take(second.export())  # the chief knows precinct 06
    other_precinct = second.session.own_precinct_id
    assert other_precinct is not None
    mine = first.add_person("Өз адамым")
    first.session.store.create(  # behind the services' back: a person of precinct 06
        "person",
        {"surname": "Бөгде", "precinct_id": other_precinct},
        author=first.session.user_id,
        device=first.device_id,
        action="test",
    )

    outcome = chief.take(first.export())

    assert outcome.status == "imported"
    assert outcome.set_aside == 1
    at_chief = _records(chief.dump(), "person")
    assert mine in at_chief
    assert all(r["fields"]["surname"] != "Бөгде" for r in at_chief.values())


def test_gaps_in_a_senders_numbers_are_reported_not_refused(district: District) -> None:
    first, chief = district.first, district.chief
    first.add_person("Бір")
    first.export()  # package 1 is lost on the way
    first.add_person("Екі")
    outcome = chief.take(first.export())
    assert outcome.status == "imported"
    assert outcome.gaps == [1]
    status = sync_status(chief.session)
    line = next(p for p in status.peers if p.device_id == first.device_id)
    assert line.gaps == (1,)


def test_a_revoked_laptops_later_packages_are_refused(district: District) -> None:
    from inspector_app.services.sync.devices import revoke_device

    first, chief = district.first, district.chief
    first.add_person("Бірінші")
    chief.take(first.export())
    revoke_device(chief.session, first.device_id)
    first.add_person("Ұры енгізген")

    outcome = chief.take(first.export())

    assert outcome.status == "refused"
    assert outcome.error is not None and outcome.error.code == "package.revoked_sender"


def test_a_resident_who_moves_to_another_precinct_arrives_there_whole(district: District) -> None:
    first, second, chief = district.first, district.second, district.chief
    person = first.add_person("Көшкенов", name="Асқар", workplace="Ферма")
    chief.take(first.export())
    chief.take(second.export())
    second.take(chief.export(second))  # the second laptop is up to date before the move
    assert person not in _records(second.dump(), "person")
    new_precinct = second.session.own_precinct_id
    with chief.session.store.transaction():
        chief.session.update("person", person, {"precinct_id": new_precinct}, "person.move")

    second.take(chief.export(second))
    first.take(chief.export(first))

    moved = _records(second.dump(), "person")[person]
    assert moved == _records(chief.dump(), "person")[person]
    assert (moved["fields"]["surname"], moved["fields"]["workplace"]) == ("Көшкенов", "Ферма")
    # the old precinct keeps the history, and sees where the resident went
    assert _records(first.dump(), "person")[person]["fields"]["precinct_id"] == new_precinct


def test_a_laptop_whose_clock_ran_ahead_is_told_so(district: District) -> None:
    import time

    from inspector_app.services.sync.importing import import_package

    first, chief = district.first, district.chief
    first.add_person("Болашақ")
    package = first.export()
    # the chief's clock is two days behind the laptop's
    outcome = import_package(
        chief.session, package, now_ms=int(time.time() * 1000) - 2 * 86_400_000
    )
    assert outcome.held >= 1

    told = first.take(chief.export(first))

    assert told.clock_ahead == outcome.held


def test_a_replacement_laptop_is_provisioned_from_the_chiefs_copy(
    district: District, tmp_path: Path
) -> None:
    from tests.sync.network import enrol, make_node

    first, chief = district.first, district.chief
    people_typed = [first.add_person(f"Тұрғын{n}") for n in range(3)]
    chief.take(first.export())
    replacement = make_node(tmp_path / "new", "replacement", "inspector", precinct="05")
    try:
        enrol(replacement, chief, tmp_path)

        outcome = replacement.take(chief.export(replacement))

        assert (outcome.status, outcome.error) == ("imported", None)
        at_chief = _records(chief.dump(), "person")
        at_new = _records(replacement.dump(), "person")
        assert all(at_new[p] == at_chief[p] for p in people_typed)
    finally:
        replacement.close()


def test_a_chiefs_change_of_a_registration_number_is_set_aside_on_the_laptop(
    district: District,
) -> None:
    first, chief = district.first, district.chief
    with first.session.store.transaction():
        appeal = first.session.create(
            "appeal", {"number": "05-26-00001", "summary": "Шу"}, "appeal.register"
        )
    chief.take(first.export())
    with chief.session.store.transaction():
        chief.session.update("appeal", appeal, {"number": "05-26-99999"}, "test")

    outcome = first.take(chief.export(first))

    assert (outcome.status, outcome.set_aside) == ("imported", 1)
    record = first.session.store.get("appeal", appeal)
    assert record is not None and record["number"] == "05-26-00001"


def test_sync_status_counts_what_each_side_has_not_confirmed(district: District) -> None:
    first, chief = district.first, district.chief

    def line(node: Node, other: Node) -> PeerStatus:
        return next(p for p in sync_status(node.session).peers if p.device_id == other.device_id)

    person = first.add_person("Бір")
    chief.take(first.export())
    first.add_person("Екі")
    first.export()  # on its way: not taken yet
    assert line(first, chief).unconfirmed_batches == 2  # nothing confirmed back yet
    people.set_person(chief.session, person, {"notes": "түзету"})
    assert line(chief, first).unconfirmed_changes >= 1

    first.take(chief.export(first))

    assert line(first, chief).unconfirmed_batches == 1  # the chief confirmed the first batch
    assert line(chief, first).unconfirmed_changes >= 1  # until the laptop says it has them
    chief.take(first.export())
    assert line(chief, first).unconfirmed_changes == 0


def _new_epoch(node: Node, epoch: int) -> None:
    """What a restore from a backup does to the device's numbering."""
    with node.session.store.transaction():
        node.session.store.set_meta("epoch", str(epoch))


def test_a_new_epoch_starts_its_numbers_again_without_a_gap_or_a_clash(district: District) -> None:
    first, chief = district.first, district.chief
    first.add_person("Бір")
    chief.take(first.export())
    first.add_person("Екі")
    chief.take(first.export())
    _new_epoch(first, 2_000_000_000)
    first.add_person("Үш")

    outcome = chief.take(first.export())

    assert (outcome.status, outcome.gaps) == ("imported", [])
    assert len(_records(chief.dump(), "person")) == 3


def test_a_revoked_laptop_stays_refused_in_a_later_epoch(district: District) -> None:
    from inspector_app.services.sync.devices import revoke_device

    first, chief = district.first, district.chief
    first.add_person("Бірінші")
    chief.take(first.export())
    revoke_device(chief.session, first.device_id)
    _new_epoch(first, 2_000_000_000)  # a thief restores a backup: numbering starts again
    first.add_person("Ұры")

    outcome = chief.take(first.export())

    assert outcome.status == "refused"
    assert outcome.error is not None and outcome.error.code == "package.revoked_sender"
