"""Devices of two record models exchange packages: a laptop still on model 1 (no proposals)
never receives a record it cannot read, so its package is never refused whole, and it gets
what was held back once it is upgraded. A model-1 build is simulated by setting the model
constant and taking the proposal out of the entities the change check knows."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from inspector_app.domain import change_check
from inspector_app.domain.errors import AppError
from inspector_app.domain.model import ENTITIES
from inspector_app.services import partnership
from inspector_app.services.sync import devices, export, importing
from inspector_app.services.sync.status import sync_status
from inspector_app.store import sync_state
from inspector_app.sync.wire import change_line
from tests.sync.network import Node, make_node


@contextmanager
def model_one() -> Iterator[None]:
    """What the build of record model 1 does: it knows no proposal, and says model 1."""
    known = {name: entity for name, entity in ENTITIES.items() if name != "proposal"}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(change_check, "ENTITIES", known)
        for module in (change_check, importing, export, devices):
            patch.setattr(module, "MODEL_VERSION", 1)
        yield


def _enrol(old: Node, new: Node, folder: Path) -> None:
    """Each side trusts the other's card; the old one's card says model 1."""
    for one, other in ((old, new), (new, old)):
        card = folder / f"{one.name}.card"
        if one is old:
            with model_one():
                fingerprint = devices.write_card(one.session, card)
        else:
            fingerprint = devices.write_card(one.session, card)
        devices.trust_card(other.session, devices.read_card(card), expected_fingerprint=fingerprint)


def _proposals(node: Node) -> list[str]:
    return [r["text"] for r in node.session.store.select("SELECT text FROM proposal")]


def _peer(node: Node, other: Node):  # type: ignore[no-untyped-def]
    return next(p for p in sync_status(node.session).peers if p.device_id == other.device_id)


def test_a_model_one_laptop_gets_what_it_reads_and_the_proposals_once_upgraded(
    tmp_path: Path,
) -> None:
    with model_one():
        laptop = make_node(tmp_path, "laptop", "inspector", precinct="05")
    chief = make_node(tmp_path, "chief", "chief")
    try:
        _enrol(laptop, chief, tmp_path)
        with model_one():
            laptop.add_person("Ахметов")
            assert chief.take(laptop.export()).status == "imported"
        precinct = sync_state.precinct_ids_with_code(chief.session.store, "05")[0]
        with chief.session.store.transaction():
            chief.session.create("person", {"surname": "Бекова", "precinct_id": precinct}, "t")
            chief.session.create(
                "proposal",
                {"text": "Фонарь у школы", "status": "received", "precinct_id": precinct},
                "t",
            )

        row = chief.session.store.db.conn.execute(
            f"SELECT {sync_state.CHANGE_COLUMNS} FROM change WHERE entity = 'proposal'"
        ).fetchone()
        with model_one(), pytest.raises(AppError):  # what refused the whole package
            change_check.check_received(json.loads(change_line(row)), sender_model_version=2)

        sent = export.export_package(chief.session, chief.outbox, laptop.device_id)
        assert sent.held_back == 1
        assert (_peer(chief, laptop).model, _peer(chief, laptop).held_back) == (1, 1)
        with model_one():  # the old build reads everything it was sent
            assert laptop.take(sent.path).status == "imported"
        surnames = {r["surname"] for r in laptop.session.store.select("SELECT surname FROM person")}
        assert "Бекова" in surnames

        # upgraded: its next package says model 2, and the chief sends what it held back
        assert chief.take(laptop.export()).status == "imported"
        assert (_peer(chief, laptop).model, _peer(chief, laptop).held_back) == (2, 0)
        again = export.export_package(chief.session, chief.outbox, laptop.device_id)
        assert again.held_back == 0
        assert laptop.take(again.path).status == "imported"
        assert _proposals(laptop) == ["Фонарь у школы"]
    finally:
        laptop.close()
        chief.close()


def test_a_laptop_holds_back_the_batch_of_proposals_from_a_model_one_chief(
    tmp_path: Path,
) -> None:
    laptop = make_node(tmp_path, "laptop", "inspector", precinct="05")
    with model_one():
        chief = make_node(tmp_path, "chief", "chief")
    try:
        _enrol(chief, laptop, tmp_path)
        laptop.add_person("Ахметов")
        partnership.add_proposal(laptop.session, text="Фонарь у школы", raised_by="сход с. Акжар")
        laptop.add_person("Бекова")

        sent = export.export_package(laptop.session, laptop.outbox)
        # the laptop's changes are sealed in two signed batches, by the model they need
        assert (sent.batches, sent.held_back) == (1, 1)
        with model_one():
            assert chief.take(sent.path).status == "imported"
        surnames = {r["surname"] for r in chief.session.store.select("SELECT surname FROM person")}
        assert surnames >= {"Ахметов", "Бекова"}
        assert _peer(laptop, chief).held_back == 1  # not acknowledged: it waits

        with model_one():
            laptop.take(chief.export(laptop))
        assert _peer(laptop, chief).held_back == 1  # its package still said model 1
        laptop.take(chief.export(laptop))  # upgraded chief
        assert _peer(laptop, chief).held_back == 0
        again = export.export_package(laptop.session, laptop.outbox)
        assert (again.batches, again.held_back) == (1, 0)
        assert chief.take(again.path).status == "imported"
        assert _proposals(chief) == ["Фонарь у школы"]
    finally:
        laptop.close()
        chief.close()
