"""Photos of places, events and people, and scans of documents (never of identity documents,
which Kazakhstan forbids collecting): attached to a record, stored once by content hash, and
carried in sync packages beside the attachment record."""

from __future__ import annotations

import hashlib
from pathlib import Path

from inspector_app.domain.errors import AppError
from inspector_app.domain.model import ENTITIES
from inspector_app.services.session import Session
from inspector_app.store import attachments
from inspector_app.store.files import read_capped

MAX_BYTES = 20 * 1024 * 1024
# what a file is, by its first bytes (the name can say anything)
_KINDS = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"%PDF-", "application/pdf"),
)


def attach_file(
    session: Session, entity: str, record_id: str, path: Path, caption: str | None = None
) -> str:
    """Attach a photo or scan (JPEG, PNG or PDF, at most 20 MiB) to a record; returns the
    attachment's id."""
    session.require("record.write")
    if entity not in ENTITIES or entity in ("attachment", "device", "user"):
        raise AppError("attachment.entity", entity=entity)
    data = _read_capped(path)
    mime = next((kind for magic, kind in _KINDS if data.startswith(magic)), None)
    if mime is None:
        raise AppError("attachment.kind", path=str(path))
    digest = hashlib.sha256(data).hexdigest()
    store = session.store
    with store.transaction():
        if store.get(entity, record_id) is None:
            raise AppError("record.missing", entity=entity, id=record_id)
        attachments.put_blob(store, digest, data)
        return session.create(
            "attachment",
            {
                "sha256": digest,
                "mime": mime,
                "size": len(data),
                "file_name": path.name[:200],
                "entity": entity,
                "record_id": record_id,
                "caption": caption,
            },
            "attachment.add",
        )


def _read_capped(path: Path) -> bytes:
    data = read_capped(path, MAX_BYTES)
    if len(data) > MAX_BYTES:
        raise AppError("attachment.too_large", maximum=MAX_BYTES // (1024 * 1024))
    return data


def attachment_bytes(session: Session, sha256: str) -> bytes | None:
    session.require("record.read")
    return attachments.blob(session.store, sha256)
