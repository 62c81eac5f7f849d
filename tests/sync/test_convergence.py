"""Five devices (three laptops, their chief, HQ) type, edit and delete at random and exchange
packages in random order, with packages repeated and lost. Once everyone has exchanged again,
they agree on every record within each one's scope, every database passes `verify`, and no
change anyone made is lost on the way to HQ."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from inspector_app.services import people
from inspector_app.services.audit import verify
from inspector_app.services.session import open_session
from inspector_app.store import sync_state
from inspector_app.store.keyfile import key_file_for
from tests.conftest import PASSWORD
from tests.sync.network import Node, enrol, make_node

NAMES = ("first", "second", "third", "chief", "hq")
TEXTS = st.sampled_from(("Әлия", "Болат", "Ерлан", "Гүлнар", "Дәурен", "Жанар"))
FIELDS = st.sampled_from(("name", "workplace", "notes"))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Five enrolled databases, made once and copied for every example."""
    folder = tmp_path_factory.mktemp("template")
    nodes = [
        make_node(folder, "first", "inspector", precinct="05"),
        make_node(folder, "second", "inspector", precinct="06"),
        make_node(folder, "third", "inspector", precinct="07"),
        make_node(folder, "chief", "chief"),
        make_node(folder, "hq", "hq", district=None),
    ]
    for laptop in nodes[:3]:
        enrol(laptop, nodes[3], folder)
    enrol(nodes[3], nodes[4], folder)
    for node in nodes:
        node.close()
    return folder


def _open(template: Path, folder: Path, name: str) -> Node:
    source = template / f"{name}.db"
    target = folder / source.name
    shutil.copy2(source, target)
    shutil.copy2(key_file_for(source), key_file_for(target))
    outbox = folder / f"{name}-out"
    outbox.mkdir()
    return Node(name, target, open_session(target, "admin", PASSWORD, "en"), outbox)


class District(RuleBasedStateMachine):
    template: Path
    base: Path
    counter = 0

    @initialize()
    def start(self) -> None:
        District.counter += 1
        folder = self.base / f"example-{District.counter}"
        folder.mkdir()
        self.nodes = {name: _open(self.template, folder, name) for name in NAMES}
        self.people: dict[str, list[str]] = {name: [] for name in NAMES}
        self.in_flight: list[tuple[str, Path]] = []  # (recipient, package file)

    def _of(self, laptop: str, line: str) -> bool:
        row = json.loads(line)
        record = row.get("id") or row.get("record_id")
        return record in self.people[laptop]

    def teardown(self) -> None:
        for node in getattr(self, "nodes", {}).values():
            node.close()

    # --- typing ---------------------------------------------------------------------------
    @rule(laptop=st.sampled_from(NAMES[:3]), surname=TEXTS)
    def add_resident(self, laptop: str, surname: str) -> None:
        self.people[laptop].append(self.nodes[laptop].add_person(surname))

    @precondition(lambda self: any(self.people[n] for n in NAMES[:3]))
    @rule(data=st.data(), field=FIELDS, value=TEXTS, by_chief=st.booleans())
    def edit_resident(self, data: st.DataObject, field: str, value: str, by_chief: bool) -> None:
        laptop = data.draw(st.sampled_from([n for n in NAMES[:3] if self.people[n]]))
        person = data.draw(st.sampled_from(self.people[laptop]))
        editor = self.nodes["chief" if by_chief else laptop]
        if editor.session.store.get("person", person) is None:
            return  # the chief has not received this person yet
        current = editor.session.store.get("person", person)
        if current is None or current["deleted"]:
            return
        people.set_person(editor.session, person, {field: value})

    @precondition(lambda self: any(self.people[n] for n in NAMES[:3]))
    @rule(data=st.data())
    def delete_resident(self, data: st.DataObject) -> None:
        laptop = data.draw(st.sampled_from([n for n in NAMES[:3] if self.people[n]]))
        person = data.draw(st.sampled_from(self.people[laptop]))
        session = self.nodes[laptop].session
        with session.store.transaction():
            session.update("person", person, {"deleted": 1}, "test.delete")

    # --- exchanging -----------------------------------------------------------------------
    @rule(
        pair=st.sampled_from(
            [(n, "chief") for n in NAMES[:3]]
            + [("chief", n) for n in NAMES[:3]]
            + [("chief", "hq"), ("hq", "chief")]
        )
    )
    def export(self, pair: tuple[str, str]) -> None:
        sender, recipient = self.nodes[pair[0]], self.nodes[pair[1]]
        self.in_flight.append((pair[1], sender.export(recipient)))

    @precondition(lambda self: bool(self.in_flight))
    @rule(data=st.data(), keep=st.booleans())
    def deliver(self, data: st.DataObject, keep: bool) -> None:
        """A package arrives (in any order); kept packages may arrive again later."""
        index = data.draw(st.integers(0, len(self.in_flight) - 1))
        recipient, package = self.in_flight[index]
        if not keep:
            del self.in_flight[index]
        outcome = self.nodes[recipient].take(package)
        assert outcome.status in ("imported", "already-imported"), outcome.error

    @precondition(lambda self: bool(self.in_flight))
    @rule(data=st.data())
    def lose(self, data: st.DataObject) -> None:
        del self.in_flight[data.draw(st.integers(0, len(self.in_flight) - 1))]

    @invariant()
    def nothing_refused(self) -> None:
        for node in getattr(self, "nodes", {}).values():
            assert all(o.status != "refused" for o in node.received), node.name

    # --- the end ----------------------------------------------------------------------------
    def settle(self) -> None:
        """Everyone exchanges until nothing new moves."""
        chief, hq = self.nodes["chief"], self.nodes["hq"]
        for _ in range(2):
            for laptop in NAMES[:3]:
                chief.take(self.nodes[laptop].export(chief))
            hq.take(chief.export(hq))
            chief.take(hq.export(chief))
            for laptop in NAMES[:3]:
                self.nodes[laptop].take(chief.export(self.nodes[laptop]))

    def check_agreement(self) -> None:
        self.settle()
        shared = {name: _residents(node.dump()) for name, node in self.nodes.items()}
        # the chief holds the district, HQ everything: here the same residents and conflicts
        assert shared["chief"] == shared["hq"]
        for laptop in NAMES[:3]:  # a laptop holds its precinct as the chief does
            assert shared[laptop] <= shared["chief"], laptop
            mine = {line for line in shared["chief"] if self._of(laptop, line)}
            assert mine <= shared[laptop], laptop
        for name, node in self.nodes.items():
            assert verify(node.session).sound, name
        # every change typed on a laptop reached HQ: merged there, or set aside for review
        at_hq = sync_state.change_ids_of(self.nodes["hq"].session.store, None)
        for laptop in NAMES[:3]:
            node = self.nodes[laptop]
            made = sync_state.change_ids_of(node.session.store, node.device_id)
            assert made <= at_hq, laptop


def _residents(dump: list[str]) -> set[str]:
    """The residents and open conflicts of a dump (what every device in scope must agree on)."""
    return {
        line
        for line in dump
        if json.loads(line)["type"] == "conflict" or json.loads(line).get("entity") == "person"
    }


def test_devices_agree_whatever_the_order_of_packages(template: Path, tmp_path: Path) -> None:
    class Run(District):
        def teardown(self) -> None:
            try:
                if hasattr(self, "nodes"):
                    self.check_agreement()
            finally:
                super().teardown()

    Run.template = template
    Run.base = tmp_path
    Run.TestCase.settings = settings(
        max_examples=12,
        stateful_step_count=25,
        deadline=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    Run.TestCase().runTest()
