"""A small district for sync tests: two inspectors' laptops, their chief and HQ, each a real
encrypted database, enrolled with one another as people would do it (cards and fingerprints)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from inspector_app.services import people
from inspector_app.services.audit import dump_lines
from inspector_app.services.session import Session, open_session
from inspector_app.services.setup import InitRequest, init_database
from inspector_app.services.sync import devices
from inspector_app.services.sync.export import export_package
from inspector_app.services.sync.importing import ImportOutcome, import_package
from tests.conftest import FAST_KDF, PASSWORD


@dataclass
class Node:
    name: str
    path: Path
    session: Session
    outbox: Path
    received: list[ImportOutcome] = field(default_factory=list)

    @property
    def device_id(self) -> str:
        return self.session.device_id

    def add_person(self, surname: str, **more: str) -> str:
        person_id, _cautions = people.add_person(
            self.session, {"surname": surname, **more}, force=True
        )
        return person_id

    def export(self, to: Node | None = None) -> Path:
        return export_package(self.session, self.outbox, to.device_id if to else None).path

    def take(self, package: Path) -> ImportOutcome:
        outcome = import_package(self.session, package)
        self.received.append(outcome)
        return outcome

    def dump(self) -> list[str]:
        return list(dump_lines(self.session))

    def close(self) -> None:
        self.session.close()


def make_node(
    folder: Path,
    name: str,
    role: str,
    *,
    precinct: str | None = None,
    district: str | None = "12",
    country: str = "KZ",
) -> Node:
    path = folder / f"{name}.db"
    init_database(
        InitRequest(
            path=path,
            role=role,
            country=country,
            device_name=name,
            login="admin",
            full_name=f"Пользователь {name}",
            password=PASSWORD,
            precinct_code=precinct,
            precinct_name=f"Участок {precinct}" if precinct else None,
            district_code=district,
        ),
        kdf=FAST_KDF,
    )
    outbox = folder / f"{name}-out"
    outbox.mkdir()
    return Node(name, path, open_session(path, "admin", PASSWORD, "en"), outbox)


def enrol(a: Node, b: Node, folder: Path) -> None:
    """Each side trusts the other's card after comparing its fingerprint."""
    for one, other in ((a, b), (b, a)):
        card_file = folder / f"{one.name}-card-for-{other.name}.json"
        read_out = devices.write_card(one.session, card_file)
        devices.trust_card(
            other.session, devices.read_card(card_file), expected_fingerprint=read_out
        )


@dataclass
class District:
    first: Node  # inspector, precinct 05
    second: Node  # inspector, precinct 06
    chief: Node
    hq: Node

    def nodes(self) -> Iterator[Node]:
        yield from (self.first, self.second, self.chief, self.hq)

    def close(self) -> None:
        for node in self.nodes():
            node.close()


def make_district(folder: Path) -> District:
    district = District(
        make_node(folder, "first", "inspector", precinct="05"),
        make_node(folder, "second", "inspector", precinct="06"),
        make_node(folder, "chief", "chief"),
        make_node(folder, "hq", "hq", district=None),
    )
    enrol(district.first, district.chief, folder)
    enrol(district.second, district.chief, folder)
    enrol(district.chief, district.hq, folder)
    return district
