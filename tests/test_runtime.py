"""The collector settings a checking process uses after start-up."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from crossfoot.runtime import YOUNG_THRESHOLD, settle_after_startup


@pytest.fixture
def restored_gc() -> Iterator[None]:
    thresholds = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)


@pytest.mark.usefixtures("restored_gc")
def test_startup_objects_are_frozen_and_young_ones_collected_less_often() -> None:
    gc.unfreeze()
    gc.set_threshold(700, 10, 10)
    assert gc.get_freeze_count() == 0
    settle_after_startup()
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == (YOUNG_THRESHOLD, 10, 10)


@pytest.mark.usefixtures("restored_gc")
def test_a_higher_threshold_is_kept() -> None:
    gc.set_threshold(50_000, 10, 10)
    settle_after_startup()
    assert gc.get_threshold()[0] == 50_000
