from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.network import District, make_district


@pytest.fixture
def district(tmp_path: Path) -> Iterator[District]:
    made = make_district(tmp_path)
    try:
        yield made
    finally:
        made.close()
