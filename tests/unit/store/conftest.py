"""Fresh encrypted stores for the tests of the store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.changes_kit import StoreFactory, store_factory


@pytest.fixture
def fresh_store(tmp_path: Path) -> Iterator[StoreFactory]:
    yield from store_factory(tmp_path)
