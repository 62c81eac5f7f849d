"""What the chain of devices proves: HQ checks each record against the laptop that made it,
the chief sees a laptop's journal cut off or rewritten, and the laptop's own `verify` checks its
journal against the head its chief confirmed."""

from __future__ import annotations

import json

from inspector_app.services.audit import verify
from inspector_app.services.sync.status import sync_status
from tests.sync.network import District


def test_hq_refuses_a_laptops_change_altered_at_the_chief(district: District) -> None:
    first, chief, hq = district.first, district.chief, district.hq
    person = first.add_person("Шынайы")
    chief.take(first.export())
    store = chief.session.store
    with store.transaction():  # someone with the chief's key edits the laptop's change
        row = store.db.conn.execute(
            "SELECT change_id, values_json FROM change WHERE record_id = ?", [person]
        ).fetchone()
        values = json.loads(row[1])
        values["surname"] = "Жалған"
        store.db.conn.execute(
            "UPDATE change SET values_json = ? WHERE change_id = ?", [json.dumps(values), row[0]]
        )
    before = hq.dump()

    outcome = hq.take(chief.export(hq))

    assert outcome.status == "refused"
    assert outcome.error is not None and outcome.error.code == "package.damaged"
    assert hq.dump() == before


def test_the_chief_sees_a_laptops_journal_cut_off(district: District) -> None:
    first, chief = district.first, district.chief
    first.add_person("Бірінші")
    chief.take(first.export())
    store = first.session.store
    head = store.db.conn.execute("SELECT max(seq) FROM journal").fetchone()[0]
    with store.transaction():  # the newest entries removed behind the application's back
        store.db.conn.execute("DELETE FROM journal WHERE seq > ?", [head - 3])
    first.add_person("Екінші")

    outcome = chief.take(first.export())

    assert outcome.status == "imported"
    assert outcome.history_rewritten
    line = next(p for p in sync_status(chief.session).peers if p.device_id == first.device_id)
    assert line.history_rewritten is not None


def test_the_laptops_verify_checks_the_head_its_chief_confirmed(district: District) -> None:
    first, chief = district.first, district.chief
    first.add_person("Бірінші")
    chief.take(first.export())
    first.take(chief.export(first))  # carries the head the chief holds back down
    assert verify(first.session).sound
    store = first.session.store
    confirmed = store.db.conn.execute("SELECT confirmed_head_seq FROM peer").fetchone()[0]
    with store.transaction():
        store.db.conn.execute("UPDATE journal SET hash = ? WHERE seq = ?", ["0" * 64, confirmed])

    report = verify(first.session)

    assert ("verify.journal_rewritten", {"seq": confirmed, "device": chief.device_id}) in [
        (code, params) for code, params in report.problems
    ]


def test_the_chief_finds_an_admin_minted_on_a_laptop(district: District) -> None:
    """Someone holding the laptop's database key makes a new admin, certified by a key of
    their own: the laptop's card, which the chief enrolled, names another anchor, so the
    chief's verify finds the user (judged on the merged state, whatever order changes came
    in; the ordinary work in the same package arrives)."""
    from inspector_app.domain import user_certificate
    from inspector_app.domain.signing import Signer, new_seed

    first, chief = district.first, district.chief
    session = first.session
    minted = Signer("minted-admin", new_seed())
    values = {
        "login": "minted",
        "full_name": "Жасалған",
        "role": "inspector",
        "is_admin": 1,
        "device_id": session.device_id,
        "active": 1,
        "sign_public": minted.public,
    }
    values["certificate"] = user_certificate.make(minted, "minted-admin", values)
    with session.store.transaction():
        session.create("user", values, "user.add", record_id="minted-admin")
    person = first.add_person("Кәдімгі")

    outcome = chief.take(first.export())

    assert outcome.status == "imported"
    assert chief.session.store.get("person", person) is not None
    problems = verify(chief.session).problems
    assert ("verify.user_certificate", {"login": "minted", "problem": "unauthorised"}) in problems


def test_the_chief_accepts_a_user_the_laptops_admin_added(district: District) -> None:
    from inspector_app.services.session import open_session_with_key
    from inspector_app.services.users import add_user
    from tests.conftest import PASSWORD

    first, chief = district.first, district.chief
    path = first.session.store.path
    admin, master = open_session_with_key(path, str(first.session.user["login"]), PASSWORD)
    try:
        bob = add_user(admin, "bob", "Бобов Боб", "assistant", "bob-password-1", master_key=master)
    finally:
        admin.close()

    assert chief.take(first.export()).status == "imported"
    assert chief.session.store.get("user", bob) is not None
    report = verify(chief.session)
    assert report.sound, report.problems


def test_verify_checks_received_changes_against_the_senders_signature(district: District) -> None:
    """On the chief, a laptop's change edited behind the application's back: the batch the
    laptop signed no longer matches, whatever the chief's own journal says."""
    first, chief = district.first, district.chief
    person = first.add_person("Шынайы")
    chief.take(first.export())
    report = verify(chief.session)
    assert report.sound, report.problems
    assert report.counts["batches"] >= 1
    store = chief.session.store
    with store.transaction():
        row = store.db.conn.execute(
            "SELECT change_id, values_json FROM change WHERE record_id = ?", [person]
        ).fetchone()
        values = json.loads(row[1])
        values["surname"] = "Жалған"
        store.db.conn.execute(
            "UPDATE change SET values_json = ? WHERE change_id = ?", [json.dumps(values), row[0]]
        )
    codes = {code for code, _params in verify(chief.session).problems}
    assert "verify.batch_altered" in codes
