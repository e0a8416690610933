"""The collector settings a checking process uses after start-up."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager

import pytest

from crossfoot.app import runtime
from crossfoot.app.cli import main
from crossfoot.app.runtime import (
    READING_YOUNG_THRESHOLD,
    YOUNG_THRESHOLD,
    collection_paused,
    reading_collected,
    settle_after_startup,
    settled,
    starting,
)

from conftest import FIXTURES


@pytest.fixture
def restored_gc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    thresholds = gc.get_threshold()
    monkeypatch.setattr(runtime, "_SETTLED", False)  # settle_after_startup sets it
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


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_a_check_runs_without_collections_and_its_cycles_are_freed_after() -> None:
    freed: list[str] = []
    assert gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
        cycle = _Cycle()
        weakref.finalize(cycle, freed.append, "freed")
        del cycle
        assert freed == []
    assert gc.isenabled()
    assert freed == ["freed"]


@pytest.mark.usefixtures("restored_gc")
def test_a_worker_empties_what_a_check_left_and_freezes_what_lives_on() -> None:
    """In a process that checks for its whole life, a full collection after each check (the
    free lists emptied) and its survivors frozen; elsewhere only a young collection."""
    gc.unfreeze()
    kept: list[object] = []
    with collection_paused():
        kept.append(object())  # a cache entry, say
    assert gc.get_freeze_count() == 0
    settle_after_startup()
    frozen = gc.get_freeze_count()
    freed: list[str] = []
    with collection_paused():
        cycle = _Cycle()
        weakref.finalize(cycle, freed.append, "freed")
        del cycle
        kept.append([])  # tracked by the collector: frozen once the check is over
    assert freed == ["freed"]
    assert gc.get_freeze_count() > frozen
    assert gc.is_tracked(kept[-1]) and gc.get_count()[0] < 100


@pytest.mark.parametrize("pause", [collection_paused, starting])
def test_collection_stays_off_where_the_host_turned_it_off(
        pause: Callable[[], AbstractContextManager[None]]) -> None:
    gc.disable()
    try:
        with pause():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.usefixtures("restored_gc")
def test_a_command_leaves_the_collector_as_it_found_it() -> None:
    gc.unfreeze()
    gc.set_threshold(700, 10, 10)
    with settled():
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold() == (YOUNG_THRESHOLD, 10, 10)
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == (700, 10, 10)


def test_crossfoot_check_restores_the_collector(capsys: pytest.CaptureFixture[str]) -> None:
    thresholds, frozen = gc.get_threshold(), gc.get_freeze_count()
    assert main(["check", str(FIXTURES / "seed" / "yiyang-2021.json"), "--exit-zero"]) == 0
    assert (gc.get_threshold(), gc.get_freeze_count()) == (thresholds, frozen)
    assert "yiyang-2021.json" in capsys.readouterr().out


@pytest.mark.usefixtures("restored_gc")
def test_a_text_is_read_with_young_garbage_collected_often_then_as_before() -> None:
    gc.set_threshold(YOUNG_THRESHOLD, 10, 10)
    with reading_collected():
        assert gc.get_threshold() == (READING_YOUNG_THRESHOLD, 10, 10)
    assert gc.get_threshold() == (YOUNG_THRESHOLD, 10, 10)
    gc.set_threshold(100, 5, 5)  # a host's lower threshold is kept
    with reading_collected():
        assert gc.get_threshold() == (100, 5, 5)
    assert gc.get_threshold() == (100, 5, 5)


@pytest.mark.usefixtures("restored_gc")
def test_start_up_runs_without_collections_and_freezes_nothing_in_a_host() -> None:
    gc.unfreeze()
    with starting():
        assert not gc.isenabled()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


@pytest.mark.usefixtures("restored_gc")
def test_a_process_of_its_own_freezes_what_start_up_built(
        monkeypatch: pytest.MonkeyPatch) -> None:
    gc.unfreeze()
    monkeypatch.setattr(runtime, "_OWN_PROCESS", True)
    with starting():
        built = [_Cycle() for _ in range(3)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(built)



@pytest.mark.usefixtures("restored_gc")
def test_a_process_of_its_own_freezes_what_it_built_so_far(
        monkeypatch: pytest.MonkeyPatch) -> None:
    gc.unfreeze()
    monkeypatch.setattr(runtime, "_OWN_PROCESS", False)
    runtime.own_process()
    assert runtime._OWN_PROCESS
    assert gc.get_freeze_count() > 0
