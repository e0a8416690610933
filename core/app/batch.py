"""Many reports at once: walk folders, check in parallel, print in a stable order.

The per-report work is ``Session.check_path``, a pure function from a file to
its result, so any executor can map it (a process pool here; Dask or Ray
later). Workers rebuild the session from its constructor arguments, which
are plain picklable values. Results come back in input order, whatever
finishes first, with only a small window in flight; what is kept per file
after it is printed is one summary row, so memory stays flat however many
reports are checked.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Collection, Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from crossfoot.app.runtime import collection_paused, settle_after_startup
from crossfoot.app.session import Session, internal_error
from crossfoot.app.walk import skip_reason
from crossfoot.reporting.results import FileResult

if TYPE_CHECKING:  # imported where used: a one-process check never starts a pool
    from concurrent.futures import Future, ProcessPoolExecutor

#: below this many files one process is quicker than starting workers
SMALL_BATCH = 8
#: results in flight per worker: enough to keep workers busy, few enough to stay small
WINDOW_PER_JOB = 4
#: files the folder walk never takes: expected findings of fixtures, hidden files
SKIPPED_SUFFIXES = (".expected.json",)


# ---------------------------------------------------------------------------
# Which files


def collect(arguments: Sequence[Path], suffixes: Collection[str],
            notes: list[tuple[bool, str]] | None = None) -> list[Path]:
    """Files named on the command line as given, folders walked for report files.

    A folder contributes its files with a known suffix, sorted by path
    (folders by name, depth first); files named explicitly are always taken,
    so an unreadable one is reported rather than skipped. Each path once.
    An empty folder named like a report (``x.json/``) is kept as a path, so
    the loader's "is a folder" error names it. What a walk passes over (a
    FIFO, which would block the run; a folder it cannot read) is said in
    ``notes``, one line each, with whether it fails the run (an unread folder
    may hold reports nobody checked).
    """
    seen: set[str] = set()
    found: list[Path] = []
    for argument in arguments:
        batch = sorted(_walk(argument, suffixes, notes), key=lambda p: p.parts) \
            if argument.is_dir() else [argument]
        if not batch and argument.suffix.lower() in suffixes:
            batch = [argument]  # an empty folder named like a report: say it is a folder
        for path in batch:
            key = os.path.realpath(path)  # never raises, even for a symlink loop
            if key not in seen:
                seen.add(key)
                found.append(path)
    return found


def _walk(folder: Path, suffixes: Collection[str],
          notes: list[tuple[bool, str]] | None = None) -> Iterator[Path]:
    def unreadable(error: OSError) -> None:
        if notes is not None:
            notes.append((True, f"{error.filename}: cannot read folder: "
                                f"{error.strerror or error}"))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            lower = name.lower()
            # ~$report.docx is the lock file Word or Excel keeps beside an open file
            if name.startswith((".", "~$")) or lower.endswith(SKIPPED_SUFFIXES):
                continue
            if Path(lower).suffix in suffixes:
                path = Path(root) / name
                skip = skip_reason(path)
                if skip is not None:
                    if notes is not None:
                        notes.append((False, f"{path}: skipped: {skip}"))
                    continue
                yield path


# ---------------------------------------------------------------------------
# Checking them


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def session_spec(session: Session) -> dict[str, Any]:
    """The session's constructor arguments, as values a worker process can receive."""
    spec = {name: getattr(session, name) for name in session.ARGUMENTS}
    spec["extra_plugins"] = tuple(
        (name, plugin.__name__ if isinstance(plugin, ModuleType) else plugin)
        for name, plugin in spec.get("extra_plugins", ()))
    return spec


def check_paths(session: Session, paths: Sequence[Path], jobs: int | None = None,
                fmt: str | None = None) -> Iterator[FileResult]:
    """``session.check_path`` over ``paths``, in their order, in ``jobs`` processes.

    ``jobs=None`` means one per core, but one process for a small batch. A
    session that cannot be sent to workers (an in-process plugin object that
    does not pickle) is checked in this process instead.
    """
    if jobs is None:
        jobs = default_jobs() if len(paths) >= SMALL_BATCH else 1
    jobs = min(jobs, len(paths))
    spec = session_spec(session)
    if jobs > 1:
        import pickle

        try:
            pickle.dumps(spec)
        except Exception as exc:
            print(f"crossfoot: warning: checking in one process: the session cannot be sent "
                  f"to worker processes ({type(exc).__name__}: {exc})", file=sys.stderr)
            jobs = 1
    if jobs <= 1:
        return (check_one(session, path, fmt) for path in paths)
    return _parallel(spec, paths, jobs, fmt)


def check_one(session: Session, path: Path, fmt: str | None = None) -> FileResult:
    """``session.check_path``, the collector paused while a small report is checked
    (``crossfoot.app.runtime.collection_paused``: a large one is checked with it on)."""
    with collection_paused(_size(path)):
        return session.check_path(path, fmt)


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None  # the importer says why, in its own words


_WORKER: Session | None = None


def _start_worker(spec: dict[str, Any]) -> None:
    global _WORKER
    from crossfoot.app.watchdog import guard_worker

    guard_worker()
    _WORKER = Session(**spec)
    settle_after_startup()


def _check_in_worker(path: Path, fmt: str | None) -> FileResult:
    assert _WORKER is not None, "worker started without a session"
    try:
        return check_one(_WORKER, path, fmt)
    except Exception as exc:  # a bug must cost one file, not the batch
        return internal_error(path, exc)


def _pool(spec: dict[str, Any], jobs: int) -> ProcessPoolExecutor:
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    # spawn, not fork: workers start clean (no inherited threads or locks) on every platform
    return ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn"),
                               initializer=_start_worker, initargs=(spec,))


def _parallel(spec: dict[str, Any], paths: Sequence[Path], jobs: int,
              fmt: str | None) -> Iterator[FileResult]:
    """Results in input order from a bounded window of work in flight.

    A worker that dies (a crash in a plugin's native code, say) breaks the
    pool: the file at the head is then retried alone in a one-worker pool,
    and only if that dies too is it reported as failed; the rest go on in a
    fresh pool.
    """
    from concurrent.futures.process import BrokenProcessPool

    pool: ProcessPoolExecutor | None = None
    window: deque[tuple[Path, Future[FileResult]]] = deque()
    todo = iter(paths)
    try:
        while True:
            while len(window) < jobs * WINDOW_PER_JOB and (path := next(todo, None)) is not None:
                pool = pool or _pool(spec, jobs)
                window.append((path, pool.submit(_check_in_worker, path, fmt)))
            if not window:
                return
            path, future = window.popleft()
            try:
                result = future.result()
            except BrokenProcessPool:
                if pool is not None:
                    pool.shutdown(cancel_futures=True)
                result = _retry_alone(spec, path, fmt)
                pool = _pool(spec, jobs) if window else None
                window = deque((p, pool.submit(_check_in_worker, p, fmt))
                               for p, _ in window if pool is not None)
            except Exception as exc:  # the result could not come back (it did not pickle, say)
                result = internal_error(path, exc)
            yield result
    except BaseException:  # Ctrl-C, SIGTERM, the reader gone: stop the workers now
        if pool is not None:
            _stop(pool)
            pool = None
        raise
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _stop(pool: ProcessPoolExecutor) -> None:
    """End the workers at once (shutdown() would wait for the files they are checking)."""
    workers = list((getattr(pool, "_processes", None) or {}).values())
    for worker in workers:
        worker.terminate()
    pool.shutdown(wait=True, cancel_futures=True)


def _retry_alone(spec: dict[str, Any], path: Path, fmt: str | None) -> FileResult:
    """Check ``path`` in a pool of its own; if that worker dies too, the file failed."""
    from concurrent.futures.process import BrokenProcessPool

    pool = _pool(spec, 1)
    try:
        return pool.submit(_check_in_worker, path, fmt).result()
    except BrokenProcessPool:
        return FileResult(str(path), error=(f"{path}: the worker process checking this file "
                                            "died",))
    except Exception as exc:
        return internal_error(path, exc)
    finally:
        pool.shutdown(cancel_futures=True)
