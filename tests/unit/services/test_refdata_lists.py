"""A database set up before a reference list existed gets the shipped list (the kinds of
appeal came with issue 9): without it a proposal could never be registered as one."""

from __future__ import annotations

import json

import pytest

from inspector_app.domain.refdata import ReferenceData
from inspector_app.resources import resource_path
from inspector_app.services.refdata_lists import with_new_lists


@pytest.mark.parametrize("country", ["KZ", "KG"])
def test_an_older_document_gets_the_shipped_kinds_of_appeal(country: str) -> None:
    shipped = json.loads(resource_path("refdata", f"{country}.json").read_text("utf-8"))
    older = {k: v for k, v in shipped.items() if k != "appeal_kinds"}
    assert ReferenceData.from_json(older).appeal_kinds == ()
    kinds = ReferenceData.from_json(with_new_lists(older, country)).appeal_kinds
    assert "proposal" in {k.code for k in kinds}
    assert kinds == ReferenceData.from_json(shipped).appeal_kinds
