"""The device's register of issued reports: a document number per distinct report. Asking
for the same report again (the same request key) gives the same number, so its bytes repeat;
a row here is device-local, never a change of the data."""

from __future__ import annotations

from inspector_app.store.store import Store, utc_now


def document_number(store: Store, request_key: str) -> int:
    """The running number of the report with this key, issued now if it is new."""
    found = store.db.conn.execute(
        "SELECT seq FROM report_issue WHERE request_key = ?", [request_key]
    ).fetchone()
    if found:
        return int(found[0])
    with store.transaction():
        store.db.conn.execute(
            "INSERT OR IGNORE INTO report_issue (request_key, issued_at) VALUES (?, ?)",
            [request_key, utc_now()],
        )
        row = store.db.conn.execute(
            "SELECT seq FROM report_issue WHERE request_key = ?", [request_key]
        ).fetchone()
    return int(row[0])
