"""Garbage-collector settings for a process that checks many reports.

A check allocates tens of thousands of short-lived objects (model parts,
quantities, locations, findings), nearly all freed by reference counting as
soon as the report is done. With CPython's default thresholds the collector
still runs a full collection every few reports, and each one walks every
object alive, including all that start-up built: plugins, parsed packs,
grammars. Freezing the start-up objects and collecting the youngest
generation less often takes that walk out of each check; mypy raises its
thresholds for the same reason. The command line does so while it checks
(``settled``), each batch worker for its whole life; a program that embeds
crossfoot's session decides for itself.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager

#: allocations between collections of the youngest generation (CPython's default is 700)
YOUNG_THRESHOLD = 20_000


def settle_after_startup() -> None:
    """Freeze what start-up built and collect young objects less often.

    No collection first: it would cost a one-file check more (8 ms) than the
    little start-up garbage it frees is worth.
    """
    global _SETTLED
    _SETTLED = True
    gc.freeze()
    _raise_young_threshold()


@contextmanager
def settled() -> Iterator[None]:
    """``settle_after_startup`` for one command, then the collector as it was.

    The command line's ``main()`` may run inside another program (tests, an
    embedding tool), which keeps its own settings afterwards. Start-up
    objects are frozen only where nothing was frozen before, since unfreezing
    cannot tell whose objects it releases.
    """
    thresholds = gc.get_threshold()
    freezing = gc.get_freeze_count() == 0
    if freezing:
        gc.freeze()
    _raise_young_threshold()
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        if freezing:
            gc.unfreeze()


def _raise_young_threshold() -> None:
    young, middle, old = gc.get_threshold()
    gc.set_threshold(max(young, YOUNG_THRESHOLD), middle, old)


#: set by the installed command (``own_process``): this process runs one command and ends
_OWN_PROCESS = False
#: set by ``settle_after_startup``: a process that checks reports for its whole life
_SETTLED = False


def own_process() -> None:
    """Say that this process exists for one command: what it builds lives until it ends.

    What is built so far (the command line, its parsed arguments) is frozen
    now: the watchdog's parent then only waits, and the collection at its
    exit skips all of it (6 ms); its forked child inherits it frozen.
    """
    global _OWN_PROCESS
    _OWN_PROCESS = True
    gc.freeze()


@contextmanager
def starting() -> Iterator[None]:
    """No automatic collection while a command starts up (imports, plugins, packs).

    Start-up builds a few hundred thousand objects that live as long as the
    command (modules, classes, the built pack) and frees almost nothing in
    cycles, yet each young collection on the way walks what was built since
    and each older one all of it: 8 ms of a one-file check's CPU time. In a
    process of its own (``own_process``) what start-up built is frozen at
    the end, as ``settled`` would do before the checks, so the first young
    collection after start-up does not walk it all once more; elsewhere
    (tests, a program embedding the command line) nothing is frozen. The
    collector is then on again; one that was off stays off.
    """
    with _paused(then=_freeze_if_own):
        yield


def _freeze_if_own() -> None:
    if _OWN_PROCESS:
        gc.freeze()


@contextmanager
def _paused(then: Callable[[], object]) -> Iterator[None]:
    """The collector off for the block, then on and ``then()``; one that was off stays off."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        then()


#: reports up to this many bytes are checked with the collector paused; a larger one builds
#: enough cyclic garbage on the way (parse trees, the reading) that pausing costs memory
PAUSE_LIMIT = 64 * 1024


@contextmanager
def collection_paused(size: int | None = None) -> Iterator[None]:
    """No automatic collection while one report is checked, one young collection after.

    The objects a check builds live until the check ends, so collections in
    the middle find little to free, and they grow with the report: a check of
    a 4.7 MB report spent 8 % of its time in them. The young collection after
    the check frees what it left in cycles and scans only what it built. A
    process that had turned collection off keeps it off. A report of ``size``
    over ``PAUSE_LIMIT`` bytes is checked with the collector on.
    """
    if size is not None and size > PAUSE_LIMIT:
        yield
        return
    with _paused(then=_after_check):
        yield


def _after_check() -> None:
    """A young collection after a check; in a process that checks for its whole life
    (``settle_after_startup``: a batch or Dask worker) a full one, and what survives it frozen.

    A check frees its objects by reference counts, but the interpreter keeps many of them on
    its free lists (tuples, lists, dicts), which only a full collection empties; their blocks
    stay scattered over the allocator's pools, so each check of a worker took fresh pages
    beside them (60 checks of the seed text in one process: 0.67 MiB more resident, and
    still growing; with this, flat from the third check on). What survives a check lives on
    (caches, interned names): frozen, the next collection walks only what that check left
    (0.05 ms, not 3.5). The command line's own process checks once or a few files and ends:
    it keeps the young collection.
    """
    if _SETTLED:
        gc.collect()
        gc.freeze()
    else:
        gc.collect(1)


#: allocations between young collections while a text is read (``reading_collected``)
READING_YOUNG_THRESHOLD = 1000


@contextmanager
def reading_collected() -> Iterator[None]:
    """Young garbage collected often while a text's narrative is read, then as it was.

    Reading leaves reference cycles as it goes (each exception pyparsing
    raises and catches keeps its frames): under the settled threshold up to
    20,000 young objects of them pile up between collections, 2 MiB of a
    100 KB text's peak. Collecting the young generation more often costs a
    read nothing measurable; the rules keep the settled threshold. A paused
    collector (a small report's check) stays paused.
    """
    thresholds = gc.get_threshold()
    gc.set_threshold(min(thresholds[0], READING_YOUNG_THRESHOLD), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def release_cycles() -> None:
    """A full collection now, unless a small report's check has paused the collector.

    Reading a large text leaves its whole reading in reference cycles (each
    exception pyparsing raises and catches keeps its frames, and they their
    callers'), so it would live on through the rules until the collector next
    reached the old generation. A paused collector gets to it after the check.
    """
    if gc.isenabled():
        gc.collect()
