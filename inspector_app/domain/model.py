"""The replicated entities and their fields.

One table per entity in the store, one column per field. Every entity also carries the
bookkeeping columns of DESIGN.md section 3 (id, origin, version, created/updated, deleted);
they are not listed here. References between records are plain text ids: no SQL foreign key
guards them, since records arrive in any order.

Field kinds say how a value is stored and compared:
  text  - a string (None when empty)
  date  - an ISO date string, YYYY-MM-DD
  time  - an ISO UTC timestamp, YYYY-MM-DDTHH:MM:SSZ
  int   - an integer
  real  - a float
  ref   - the id of another record (the entity named after the colon)
  json  - a list or mapping stored as canonical JSON text
  bool  - 0 or 1
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class Field:
    name: str
    kind: str
    ref: str | None = None
    searchable: bool = False  # goes into the folded full-text index


@dataclass(frozen=True)
class Entity:  # not slotted: cached_property needs the instance dict
    name: str
    fields: tuple[Field, ...]
    # the text index this entity feeds: "person" (people search) or "text" (documents search)
    search_index: str | None = None

    @cached_property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    def field(self, name: str) -> Field:
        return self._by_name[name]

    @cached_property
    def _by_name(self) -> dict[str, Field]:
        return {f.name: f for f in self.fields}

    @cached_property
    def json_fields(self) -> frozenset[str]:
        return frozenset(f.name for f in self.fields if f.kind == "json")


def _f(name: str, kind: str = "text", *, searchable: bool = False) -> Field:
    if kind.startswith("ref:"):
        return Field(name, "ref", ref=kind[4:], searchable=searchable)
    return Field(name, kind, searchable=searchable)


ENTITIES: Mapping[str, Entity] = {
    e.name: e
    for e in (
        # Territory down to the street: region, district, rural_district, settlement, street.
        Entity(
            "territory",
            (
                _f("kind"),
                _f("parent_id", "ref:territory"),
                _f("name"),
                _f("code"),
            ),
        ),
        Entity(
            "household",
            (
                _f("settlement_id", "ref:territory"),
                _f("street_id", "ref:territory"),
                _f("house"),
                _f("flat"),
                _f("landmark"),
                _f("latitude", "real"),
                _f("longitude", "real"),
                _f("notes"),
            ),
        ),
        Entity(
            "precinct",
            (
                _f("code"),
                _f("name"),
                _f("district_id", "ref:territory"),
                _f("district_code"),
                _f("settlement_ids", "json"),
                _f("population", "int"),
                _f("households_count", "int"),
                _f("inspector_id", "ref:user"),
                _f("post_address"),
                _f("notes"),
                _f("phone"),  # of the precinct point, for residents
                _f("reception_hours"),  # as residents read it: "Tue, Thu 9:00-13:00"
            ),
        ),
        # Objects named in the precinct passport: schools, shops, farms, places of worship.
        Entity(
            "precinct_object",
            (
                _f("precinct_id", "ref:precinct"),
                _f("kind"),
                _f("name"),
                _f("address"),
                _f("contact"),
                _f("notes"),
            ),
        ),
        Entity(
            "person",
            (
                _f("surname", searchable=True),
                _f("name", searchable=True),
                _f("patronymic", searchable=True),
                _f("birth_date", "date"),
                _f("sex"),
                _f("id_number", searchable=True),
                _f("phones", "json"),
                _f("address", searchable=True),
                _f("household_id", "ref:household"),
                _f("settlement_id", "ref:territory"),
                _f("workplace"),
                _f("notes", searchable=True),
                _f("precinct_id", "ref:precinct"),
                _f("merged_into", "ref:person"),
            ),
            search_index="person",
        ),
        Entity(
            "register_entry",
            (
                _f("person_id", "ref:person"),
                _f("category"),
                _f("basis"),
                _f("start_date", "date"),
                _f("planned_end", "date"),
                _f("end_date", "date"),
                _f("end_reason"),  # a code of removal_reasons in reference data
                _f("risk_level"),
                _f("source"),
                _f("precinct_id", "ref:precinct"),
                _f("inspector_id", "ref:user"),
                _f("notes"),
                _f("end_note"),  # the words of the "other" removal reason
            ),
        ),
        Entity(
            "register_check",
            (
                _f("entry_id", "ref:register_entry"),
                _f("person_id", "ref:person"),
                _f("checked_on", "date"),
                _f("method"),
                _f("result"),
                _f("notes"),
                _f("inspector_id", "ref:user"),
                _f("log_entry_id", "ref:log_entry"),
            ),
        ),
        Entity(
            "log_entry",
            (
                _f("kind"),
                _f("at", "time"),
                _f("place", searchable=True),
                _f("settlement_id", "ref:territory"),
                _f("household_id", "ref:household"),
                _f("person_ids", "json"),
                _f("companion"),
                _f("summary", searchable=True),
                _f("outcome", searchable=True),
                _f("follow_up", "date"),
                _f("precinct_id", "ref:precinct"),
                _f("inspector_id", "ref:user"),
                _f("cancel_reason"),
                _f("attendance", "int"),  # meetings and council sessions
                _f("police_speaker"),
            ),
            search_index="text",
        ),
        Entity(
            "appeal",
            (
                _f("number"),
                _f("received_at", "time"),
                _f("channel"),
                _f("applicant_id", "ref:person"),
                _f("applicant_name", searchable=True),
                _f("summary", searchable=True),
                _f("deadline", "date"),
                _f("status"),
                _f("extended_to", "date"),
                _f("forwarded_to"),
                _f("forwarded_on", "date"),
                _f("decision", searchable=True),
                _f("decided_on", "date"),
                _f("precinct_id", "ref:precinct"),
                _f("inspector_id", "ref:user"),
                _f("kind"),
                _f("anonymous", "bool"),
                _f("collective", "bool"),
                _f("earlier_id", "ref:appeal"),
                _f("about_officer_id", "ref:user"),
                _f("language"),
                _f("registered_at", "time"),
                _f("taken_by", "ref:user"),
                _f("taken_on", "date"),
                _f("extended_on", "date"),
                _f("extended_from", "date"),
                _f("extension_entered_on", "date"),
                _f("extension_authorised_by"),
                _f("extension_reason"),
                _f("notified_on", "date"),
                _f("notify_late_reason"),
                _f("forward_late_reason"),
                _f("cancelled_on", "date"),
                _f("cancel_reason"),
            ),
            search_index="text",
        ),
        # The status history of an appeal: one event per step (registered, extended, ...).
        Entity(
            "appeal_event",
            (
                _f("appeal_id", "ref:appeal"),
                _f("at", "time"),
                _f("kind"),
                _f("detail"),
                _f("new_deadline", "date"),
                _f("on_date", "date"),
                _f("authorised_by"),
                _f("late", "bool"),
            ),
        ),
        Entity(
            "incident",
            (
                _f("number"),
                _f("occurred_at", "time"),
                _f("place", searchable=True),
                _f("settlement_id", "ref:territory"),
                _f("kind"),
                _f("summary", searchable=True),
                _f("measures", searchable=True),
                _f("external_number"),
                _f("precinct_id", "ref:precinct"),
                _f("inspector_id", "ref:user"),
                _f("register"),  # which external register the number is in (reference data)
                _f("outcome"),
            ),
            search_index="text",
        ),
        # A question or proposal raised at a meeting, a council session or a reception (or
        # filed in writing as an appeal of kind proposal), tracked until it is answered.
        Entity(
            "proposal",
            (
                _f("log_entry_id", "ref:log_entry"),
                _f("appeal_id", "ref:appeal"),
                _f("raised_on", "date"),
                _f("raised_by_person_id", "ref:person"),
                _f("raised_by"),
                _f("text", searchable=True),
                _f("assignee"),
                _f("due", "date"),
                _f("status"),
                _f("answer", searchable=True),
                _f("answered_on", "date"),
                _f("precinct_id", "ref:precinct"),
                _f("inspector_id", "ref:user"),
            ),
            search_index="text",
        ),
        Entity(
            "incident_person",
            (
                _f("incident_id", "ref:incident"),
                _f("person_id", "ref:person"),
                _f("role"),
            ),
        ),
        Entity(
            "notice",
            (
                _f("number"),
                _f("issued_on", "date"),
                _f("title"),
                _f("body"),
                _f("valid_until", "date"),
                _f("precinct_codes", "json"),
                _f("issued_by", "ref:user"),
            ),
        ),
        Entity(
            "task",
            (
                _f("title"),
                _f("body"),
                _f("due", "date"),
                _f("assignee_id", "ref:user"),
                _f("precinct_id", "ref:precinct"),
                _f("status"),
                _f("acknowledged_at", "time"),
                _f("report"),
                _f("done_at", "time"),
                _f("issued_by", "ref:user"),
            ),
        ),
        Entity(
            "notice_ack",
            (
                _f("notice_id", "ref:notice"),
                _f("user_id", "ref:user"),
                _f("acknowledged_at", "time"),
                _f("report"),
            ),
        ),
        Entity(
            "attachment",
            (
                _f("sha256"),
                _f("mime"),
                _f("size", "int"),
                _f("file_name"),
                _f("entity"),
                _f("record_id"),
                _f("caption"),
            ),
        ),
        Entity(
            "user",
            (
                _f("login"),
                _f("full_name"),
                _f("rank"),
                _f("badge"),
                _f("role"),
                _f("is_admin", "bool"),
                _f("device_id", "ref:device"),
                _f("active", "bool"),
                _f("sign_public"),
                _f("certificate"),
            ),
        ),
        Entity(
            "device",
            (
                _f("name"),
                _f("role"),
                _f("country"),
                _f("district_code"),
                _f("precinct_code"),
                _f("number_prefix"),
                _f("sign_public_key"),
                _f("box_public_key"),
                _f("trust"),
                _f("admin_public_key"),
                _f("recovery_public_key"),
            ),
        ),
        # The chief's decision on a change held for its stamp far in the future: "accept"
        # (apply it) or "superseded" (never apply it; the values are entered again). Its id is
        # the held change's id, so two decisions on one change meet as one record.
        Entity(
            "change_review",
            (
                _f("change_id"),
                _f("decision"),
                _f("note"),
            ),
        ),
        # The chief lets a laptop keep a colleague's precinct from `starts` to `ends`.
        Entity(
            "standin",
            (
                _f("device_id", "ref:device"),
                _f("precinct_id", "ref:precinct"),
                _f("starts", "date"),
                _f("ends", "date"),
                _f("note"),
            ),
        ),
        # Reference data (categories, deadlines, kinds): editable, sent down in packages.
        Entity(
            "reference",
            (
                _f("country"),
                _f("kind"),
                _f("code"),
                _f("data", "json"),
            ),
        ),
    )
}

# The version of this model (entities and fields). A change from a device with a newer model
# may carry fields this one does not know: they are kept and relayed, and the merge ignores them.
MODEL_VERSION = 2  # 2: issue 9's register, incident and partnership fields
# The model that brought each entity (1 when not listed). A device of an older model refuses a
# whole package with a record of an entity it does not know, so a sender holds such records
# back from it until its card or its package says it reads them.
ENTITY_SINCE: Mapping[str, int] = {"proposal": 2}


def unreadable_entities(model: int) -> frozenset[str]:
    """The entities a device of record model `model` does not know."""
    return frozenset(name for name, since in ENTITY_SINCE.items() if since > model)


def model_needed(entity: str) -> int:
    """The oldest record model that reads records of `entity`."""
    return ENTITY_SINCE.get(entity, 1)


REVIEW_DECISIONS = ("accept", "superseded")
ROLES = ("inspector", "chief", "hq")
USER_ROLES = ("inspector", "assistant", "chief", "hq")
SEXES = ("M", "F")
COUNTRIES = ("KZ", "KG")
