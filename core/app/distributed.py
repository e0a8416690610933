"""Batches on a Dask cluster: the per-file check mapped over its workers.

The same contract as the process pool of ``batch``: results come back in
path order, whatever finishes first, so the output is byte-identical to
``--jobs 1``; only a bounded window of work is in flight, so memory stays
flat for a million files. Files travel in small chunks because a task costs
the scheduler about a millisecond and a report's check ten or so. Each
worker builds the session once from its constructor arguments (one task's
result, fetched once per worker) and keeps it for the run.

A worker lost mid-run (killed, out of memory, a crash in native code) is
the scheduler's to notice: it hands that worker's tasks to another one.
When a chunk still cannot finish (``KilledWorker``), each of its files is
tried again alone, so only the file that kills its workers is reported as
failed.

Workers read the files themselves, so they must see them: on this machine
(``local``) they do; on a cluster, give paths on a shared file system,
absolute unless the workers start in the same folder.
"""

from __future__ import annotations

import logging
import pickle
import uuid
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crossfoot.app.batch import check_one, default_jobs, session_spec
from crossfoot.app.runtime import settle_after_startup
from crossfoot.app.session import Session, internal_error
from crossfoot.errors import ConfigError
from crossfoot.model.records import replace
from crossfoot.reporting.results import FileResult

if TYPE_CHECKING:
    from distributed import Client, Future, LocalCluster

#: what ``--dask`` takes to start a cluster of worker processes on this machine
LOCAL = "local"
#: most files in one task; fewer when there are too few files to keep every worker busy
CHUNK = 16
#: chunks in flight per worker thread
WINDOW_PER_THREAD = 4
#: seconds to wait for a remote scheduler to answer
CONNECT_TIMEOUT = 10
#: tries of a task whose worker died, on a local cluster, before the chunk is split up
LOCAL_ALLOWED_FAILURES = 1


def check_paths(session: Session, paths: Sequence[Path], address: str,
                jobs: int | None = None, fmt: str | None = None) -> Iterator[FileResult]:
    """``session.check_path`` over ``paths`` on the Dask cluster at ``address``, in order.

    ``address`` is a scheduler address (``tcp://host:8786``) or ``local`` for a
    cluster of ``jobs`` single-threaded worker processes here (one per core by
    default). Connecting happens now, so a cluster that cannot be reached is
    a configuration error before any output is written.
    """
    spec = session_spec(session)
    try:
        pickle.dumps(spec)
    except Exception as exc:
        raise ConfigError(f"--dask: the session cannot be sent to the workers "
                          f"({type(exc).__name__}: {exc})") from None
    client, cluster = connect(address, jobs)
    return _stream(client, cluster, spec, list(paths), fmt)


def connect(address: str, jobs: int | None) -> tuple[Client, LocalCluster | None]:
    """A client of the scheduler at ``address``, or of a new local cluster (returned too)."""
    try:
        import dask
        from distributed import Client, LocalCluster
    except ImportError:
        raise ConfigError("--dask needs Dask: pip install 'crossfoot[dask]'") from None
    if address == LOCAL:
        with dask.config.set({"distributed.scheduler.allowed-failures":
                              LOCAL_ALLOWED_FAILURES}):
            cluster = LocalCluster(n_workers=jobs or default_jobs(), threads_per_worker=1,
                                   processes=True, dashboard_address=":0",
                                   silence_logs=logging.ERROR)
        return Client(cluster), cluster
    try:
        return Client(address, timeout=CONNECT_TIMEOUT), None
    except (OSError, TimeoutError, ValueError, TypeError) as exc:
        raise ConfigError(f"cannot reach the Dask scheduler at {address}: {exc}") from None


def chunked(paths: Sequence[Path], threads: int) -> list[list[Path]]:
    """Consecutive runs of paths: at most ``CHUNK``, and enough runs to fill every window."""
    size = max(1, min(CHUNK, len(paths) // max(1, threads * WINDOW_PER_THREAD)))
    return [list(paths[i:i + size]) for i in range(0, len(paths), size)]


def _stream(client: Client, cluster: LocalCluster | None, spec: dict[str, Any],
            paths: list[Path], fmt: str | None) -> Iterator[FileResult]:
    from distributed import KilledWorker

    try:
        threads = max(1, sum(client.nthreads().values()))
        # a task, not scattered data: the scheduler computes it again if its workers are lost
        shared_spec = client.submit(_given, spec, pure=False)
        token, base = uuid.uuid4().hex, str(Path.cwd())

        def submit(chunk: list[Path]) -> Future[list[FileResult]]:
            return client.submit(_check_chunk, token, shared_spec, base, chunk, fmt, pure=False)

        todo = iter(chunked(paths, threads))
        window: deque[tuple[list[Path], Future[list[FileResult]]]] = deque()
        while True:
            while len(window) < threads * WINDOW_PER_THREAD and \
                    (chunk := next(todo, None)) is not None:
                window.append((chunk, submit(chunk)))
            if not window:
                return
            chunk, future = window.popleft()
            try:
                results: list[FileResult] = future.result()
            except KilledWorker:
                results = [_retry_alone(submit, path) for path in chunk]
            except Exception as exc:  # the result could not come back (it did not pickle, say)
                results = [internal_error(path, exc) for path in chunk]
            yield from results
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _retry_alone(submit: Callable[[list[Path]], Future[list[FileResult]]],
                 path: Path) -> FileResult:
    """Check one file of a chunk whose workers died; if its own do too, the file failed."""
    from distributed import KilledWorker

    try:
        [result] = submit([path]).result()
        return result
    except KilledWorker:
        return FileResult(str(path), error=(f"{path}: the worker process checking this file "
                                            "died",))
    except Exception as exc:
        return internal_error(path, exc)


# ---------------------------------------------------------------------------
# On the workers

#: the session of the current run, by run token: built on a worker's first task of the run
_SESSIONS: dict[str, Session] = {}


def _given(value: Any) -> Any:
    return value


def _check_chunk(token: str, spec: dict[str, Any], base: str, chunk: list[Path],
                 fmt: str | None) -> list[FileResult]:
    session = _SESSIONS.get(token)
    if session is None:
        _SESSIONS.clear()  # one run at a time keeps its session
        session = _SESSIONS[token] = Session(**spec)
        settle_after_startup()
    return [_check_file(session, path, base, fmt) for path in chunk]


def _check_file(session: Session, path: Path, base: str, fmt: str | None) -> FileResult:
    """A relative path is read from the client's folder when the worker started elsewhere."""
    readable = path if path.is_absolute() or str(Path.cwd()) == base else Path(base) / path
    try:
        result = check_one(session, readable, fmt)
    except Exception as exc:  # a bug must cost one file, not the batch
        return internal_error(path, exc)
    if readable is path:
        return result
    shown, read = str(path), str(readable)
    return replace(result, path=shown, error=tuple(
        shown + line[len(read):] if line.startswith(read) else line for line in result.error))
