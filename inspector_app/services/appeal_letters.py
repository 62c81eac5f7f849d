"""The applicant's papers: the receipt of an appeal (талон-уведомление: number, date, who
registered it, the deadline, how to ask about it) and the letters on its extension,
forwarding and decision, in Russian or the state language as the applicant asked. Saved
through the guarded writer, journaled as an export of personal data."""

from __future__ import annotations

import os
from pathlib import Path

from inspector_app.domain.errors import AppError
from inspector_app.i18n import N_, gettext_for
from inspector_app.reports.pdf.letter import Letter, render_letter
from inspector_app.services.appeals import AppealRow, get_appeal
from inspector_app.services.session import Session
from inspector_app.store import queries, work_queries
from inspector_app.store.files import guarded_output, target_of

LETTER_KINDS = ("receipt", "extension", "forward", "decision")
_STATE_LANGUAGE = {"KZ": "kk", "KG": "ky"}

TITLES = {
    "receipt": N_("Receipt of an appeal"),
    "extension": N_("Notice of the extension of the deadline"),
    "forward": N_("Notice of forwarding the appeal"),
    "decision": N_("Answer to the appeal"),
}
NUMBER = N_("Registration number")
RECEIVED = N_("Received")
REGISTERED = N_("Registered")
REGISTERED_BY = N_("Registered by")
APPLICANT = N_("Applicant")
SUMMARY = N_("Summary")
DEADLINE = N_("To be decided by")
NEW_DEADLINE = N_("New deadline")
AUTHORISED = N_("Extension decided by")
REASON = N_("Reason")
FORWARDED_TO = N_("Forwarded to")
FORWARDED_ON = N_("Forwarded on")
DECISION = N_("Decision")
DECIDED_ON = N_("Decided on")
ANONYMOUS = N_("anonymous")
HOW_TO_ASK = N_(
    "Ask about your appeal by its number at the police station of the precinct or from the "
    "inspector who registered it. The deadline counts working days from the day after receipt."
)
EXTENSION_TEXT = N_(
    "The head of the police unit extended the time to consider your appeal. You will get the "
    "answer by the new deadline."
)
FORWARD_TEXT = N_(
    "The matters of your appeal are for another body to decide: it was sent there, which will "
    "answer you."
)
DECISION_TEXT = N_("Your appeal was considered. The decision is given above.")


def _day(value: object) -> str:
    return value.strftime("%d.%m.%Y") if hasattr(value, "strftime") else "—"


def letter_language(session: Session, appeal: AppealRow) -> str:
    """The language the applicant asked for; Russian when they did not say."""
    return appeal.language if appeal.language in ("ru", _STATE_LANGUAGE[session.country]) else "ru"


def build_letter(session: Session, appeal_id: str, kind: str) -> Letter:
    if kind not in LETTER_KINDS:
        raise AppError("kind.unknown", kind=kind)
    session.require("report.make")
    appeal = get_appeal(session, appeal_id)
    lang = letter_language(session, appeal)
    _ = gettext_for(lang)
    if kind == "extension" and appeal.extended_on is None:
        raise AppError("appeal.not_extended", number=appeal.number)
    if kind == "forward" and appeal.forwarded_on is None:
        raise AppError("appeal.bad_transition", old=appeal.status, new="forwarded")
    if kind == "decision" and appeal.decided_on is None:
        raise AppError("appeal.bad_transition", old=appeal.status, new="decided")
    precinct = queries.own_precinct(session.store)
    sender = " · ".join(p for p in (str(precinct["name"]) if precinct else "",) if p)
    inspector = work_queries.user_names(session.store, [appeal.inspector_id or ""]).get(
        appeal.inspector_id or "", ""
    )
    facts: list[tuple[str, str]] = [
        (_(NUMBER), appeal.number),
        (_(RECEIVED), _day(session.local(appeal.received_at))),
        (_(APPLICANT), appeal.applicant or _(ANONYMOUS)),
    ]
    paragraphs: list[str] = []
    if kind == "receipt":
        registered = session.local(appeal.registered_at) if appeal.registered_at else None
        facts += [
            (_(REGISTERED), registered.strftime("%d.%m.%Y %H:%M") if registered else "—"),
            (_(REGISTERED_BY), inspector),
            (_(SUMMARY), appeal.summary),
            (_(DEADLINE), _day(appeal.deadline)),
        ]
        paragraphs.append(_(HOW_TO_ASK))
    elif kind == "extension":
        facts += [
            (_(NEW_DEADLINE), _day(appeal.extended_to)),
            (_(AUTHORISED), f"{appeal.extension_authorised_by or ''}, {_day(appeal.extended_on)}"),
            (_(REASON), appeal.extension_reason or ""),
        ]
        paragraphs.append(_(EXTENSION_TEXT))
    elif kind == "forward":
        facts += [
            (_(FORWARDED_TO), appeal.forwarded_to or ""),
            (_(FORWARDED_ON), _day(appeal.forwarded_on)),
        ]
        paragraphs.append(_(FORWARD_TEXT))
    else:
        facts += [(_(DECISION), appeal.decision or ""), (_(DECIDED_ON), _day(appeal.decided_on))]
        paragraphs.append(_(DECISION_TEXT))
    return Letter(
        sender=sender,
        title=_(TITLES[kind]),
        facts=tuple(facts),
        paragraphs=tuple(paragraphs),
        signature=inspector,
        lang=lang,
    )


def write_letter(
    session: Session, appeal_id: str, kind: str, path: Path, *, overwrite: bool = False
) -> int:
    """Write the letter as a PDF; returns its page count. The export is journaled before the
    file appears (it names a person)."""
    pdf, pages = render_letter(build_letter(session, appeal_id, kind))
    target = target_of(path)
    with guarded_output(path, database=session.store.path, overwrite=overwrite) as out:
        out.write(pdf)
        out.flush()
        os.fsync(out.fileno())
        with session.store.transaction():
            session.event("appeal.letter", path=str(target), kind=kind, appeal=appeal_id)
    return pages
