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
import pickle
import sys
import unicodedata
from collections import deque
from collections.abc import Collection, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, fields
from multiprocessing import get_context
from pathlib import Path
from types import ModuleType
from typing import Any, TextIO

from crossfoot.app.runtime import collection_paused, settle_after_startup
from crossfoot.app.session import Session
from crossfoot.checking.findings import Severity
from crossfoot.reporting.results import FileResult
from crossfoot.reporting.streaming import RenderOptions, stream_json

#: below this many files one process is quicker than starting workers
SMALL_BATCH = 8
#: results in flight per worker: enough to keep workers busy, few enough to stay small
WINDOW_PER_JOB = 4
#: files the folder walk never takes: expected findings of fixtures, hidden files
SKIPPED_SUFFIXES = (".expected.json",)


# ---------------------------------------------------------------------------
# Which files


def collect(arguments: Sequence[Path], suffixes: Collection[str]) -> list[Path]:
    """Files named on the command line as given, folders walked for report files.

    A folder contributes its files with a known suffix, sorted by path
    (folders by name, depth first); files named explicitly are always taken,
    so an unreadable one is reported rather than skipped. Each path once.
    An empty folder named like a report (``x.json/``) is kept as a path, so
    the loader's "is a folder" error names it.
    """
    seen: set[Path] = set()
    found: list[Path] = []
    for argument in arguments:
        batch = sorted(_walk(argument, suffixes), key=lambda p: p.parts) \
            if argument.is_dir() else [argument]
        if not batch and argument.suffix.lower() in suffixes:
            batch = [argument]  # an empty folder named like a report: say it is a folder
        for path in batch:
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                found.append(path)
    return found


def _walk(folder: Path, suffixes: Collection[str]) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            lower = name.lower()
            if name.startswith(".") or lower.endswith(SKIPPED_SUFFIXES):
                continue
            if Path(lower).suffix in suffixes:
                yield Path(root) / name


# ---------------------------------------------------------------------------
# Checking them


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def session_spec(session: Session) -> dict[str, Any]:
    """The session's constructor arguments, as values a worker process can receive."""
    spec = {f.name: getattr(session, f.name) for f in fields(session) if f.init}
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
    """``session.check_path`` with the collector paused during the check (crossfoot.app.runtime)."""
    with collection_paused():
        return session.check_path(path, fmt)


_WORKER: Session | None = None


def _start_worker(spec: dict[str, Any]) -> None:
    global _WORKER
    _WORKER = Session(**spec)
    settle_after_startup()


def _check_in_worker(path: Path, fmt: str | None) -> FileResult:
    assert _WORKER is not None, "worker started without a session"
    try:
        return check_one(_WORKER, path, fmt)
    except Exception as exc:  # a bug must cost one file, not the batch
        return _internal_error(path, exc)


def _pool(spec: dict[str, Any], jobs: int) -> ProcessPoolExecutor:
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
                result = _internal_error(path, exc)
            yield result
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _retry_alone(spec: dict[str, Any], path: Path, fmt: str | None) -> FileResult:
    """Check ``path`` in a pool of its own; if that worker dies too, the file failed."""
    pool = _pool(spec, 1)
    try:
        return pool.submit(_check_in_worker, path, fmt).result()
    except BrokenProcessPool:
        return FileResult(str(path), error=(f"{path}: the worker process checking this file "
                                            "died",))
    except Exception as exc:
        return _internal_error(path, exc)
    finally:
        pool.shutdown(cancel_futures=True)


def _internal_error(path: Path, exc: Exception) -> FileResult:
    return FileResult(str(path), error=(f"{path}: internal error: {type(exc).__name__}: {exc}",))


# ---------------------------------------------------------------------------
# What is kept per file: one summary row


@dataclass(frozen=True, slots=True)
class FileSummary:
    path: str
    code: int
    counts: dict[str, int]
    waived: int
    known: int
    failed: bool


def file_exit_code(result: FileResult, fail_on: Severity, exit_zero: bool = False) -> int:
    """2 could not be checked; 1 a live finding at or above ``fail_on``; else 0."""
    if result.failed:
        return 2
    worst = result.worst()
    return 1 if not exit_zero and worst is not None and worst.rank >= fail_on.rank else 0


@dataclass
class Tally:
    """Summary rows of the files printed so far, and totals by severity."""

    fail_on: Severity = Severity.ERROR
    exit_zero: bool = False
    rows: list[FileSummary] = field(default_factory=list)
    language: str | None = None

    def add(self, result: FileResult) -> None:
        waived = sum(1 for f in result.findings if f.waived is not None)
        code = file_exit_code(result, self.fail_on, self.exit_zero)
        self.rows.append(FileSummary(result.path, code, result.counts(), waived, result.known,
                                     result.failed))
        if self.language is None and not result.failed:
            self.language = result.language

    def track(self, results: Iterable[FileResult],
              progress: Progress | None = None) -> Iterator[FileResult]:
        """Pass ``results`` through, noting each (and drawing progress between them)."""
        for result in results:
            self.add(result)
            if progress is not None:
                progress.clear()
            yield result
            if progress is not None:
                progress.show(len(self.rows))
        if progress is not None:
            progress.clear()

    def exit_code(self) -> int:
        return max((row.code for row in self.rows), default=0)

    def totals(self) -> dict[str, int]:
        totals = {s.value: 0 for s in Severity}
        for row in self.rows:
            for key, n in row.counts.items():
                totals[key] += n
        totals["waived"] = sum(r.waived for r in self.rows)
        totals["known"] = sum(r.known for r in self.rows)
        totals["failed_files"] = sum(1 for r in self.rows if r.failed)
        return totals


# ---------------------------------------------------------------------------
# The summary table

HEADINGS = {
    "zh": {"code": "退出码", "error": "错误", "warning": "警告", "info": "提示",
           "waived": "已豁免", "known": "基线已知", "path": "文件", "total": "合计"},
    "en": {"code": "exit", "error": "error", "warning": "warning", "info": "info",
           "waived": "waived", "known": "known", "path": "file", "total": "total"},
}
SUMMARY_EXTRA = {
    "zh": {"known": "，{n} 个为基线已知（未列出）"},
    "en": {"known": ", {n} known from the baseline (not listed)"},
}


def summary_language(tally: Tally, forced: str | None) -> str:
    return forced or (tally.language if tally.language in HEADINGS else None) or "en"


def render_table(tally: Tally, lang: str, with_known: bool) -> list[str]:
    """One row per file: its exit code, live findings by severity, waived (and known)."""
    words = HEADINGS[lang]
    keys = ["code", "error", "warning", "info", "waived", *(["known"] if with_known else [])]
    body = [[str(r.code), *_cells(r, keys[1:]), r.path] for r in tally.rows]
    totals = tally.totals()
    body.append(["", *(str(totals[k]) for k in keys[1:]), words["total"]])
    head = [words[k] for k in [*keys, "path"]]
    widths = [max(_width(line[i]) for line in [head, *body]) for i in range(len(keys))]
    return ["  ".join([*(_right(cell, w) for cell, w in zip(line, widths, strict=False)),
                       line[-1]]) for line in [head, *body]]


def _cells(row: FileSummary, keys: Sequence[str]) -> list[str]:
    if row.failed:
        return ["-"] * len(keys)
    values = {**row.counts, "waived": row.waived, "known": row.known}
    return [str(values[k]) for k in keys]


def totals_line(tally: Tally, lang: str) -> str:
    """The closing line, worded as the text reporter words its summary."""
    from crossfoot.reporting.text import WORDS

    words = WORDS[lang]
    totals = tally.totals()
    line = words["summary"].format(files=len(tally.rows), **totals)
    if totals["waived"]:
        line += words["waived_count"].format(n=totals["waived"])
    if totals["known"]:
        line += SUMMARY_EXTRA[lang]["known"].format(n=totals["known"])
    if totals["failed_files"]:
        line += words["failed"].format(n=totals["failed_files"])
    return line


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _right(text: str, width: int) -> str:
    return " " * (width - _width(text)) + text


# ---------------------------------------------------------------------------
# Progress on a terminal


class Progress:
    """``[#####.....] 120/1000`` on stderr, redrawn in place; only for a terminal."""

    def __init__(self, total: int, stream: TextIO, width: int = 30) -> None:
        self.total = total
        self.stream = stream
        self.width = width
        self.shown = False

    @classmethod
    def for_terminal(cls, total: int, stream: TextIO | None = None) -> Progress | None:
        stream = stream if stream is not None else sys.stderr
        is_tty = getattr(stream, "isatty", None)
        return cls(total, stream) if total > 1 and is_tty is not None and is_tty() else None

    def show(self, done: int) -> None:
        filled = self.width * done // max(self.total, 1)
        bar = "#" * filled + "." * (self.width - filled)
        self.stream.write(f"\r[{bar}] {done}/{self.total}")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False


# ---------------------------------------------------------------------------
# Text and JSON, streamed one report at a time


def stream_text(results: Iterable[FileResult], options: RenderOptions) -> Iterator[str]:
    """Each report's findings as the text reporter writes them, then the summary.

    With more than one report, a table of the files (exit code and counts by
    severity) comes before the closing line.
    """
    from crossfoot.reporting import text

    tally = Tally(options.fail_on, options.exit_zero)
    for result in tally.track(results):
        lines = text.render_file(result, options.lang)
        if lines:
            yield "\n".join(lines) + "\n"
    lang = summary_language(tally, options.lang)
    if len(tally.rows) > 1:
        yield "\n" + "\n".join(render_table(tally, lang, options.baseline)) + "\n\n"
    yield totals_line(tally, lang) + "\n"


def stream_json_report(results: Iterable[FileResult],
                       options: RenderOptions) -> Iterator[str]:
    """The JSON reporter's document, one file at a time (same text as its ``render``)."""
    from crossfoot.reporting import json as json_reporter

    tally = Tally(options.fail_on, options.exit_zero)

    def files() -> Iterator[dict[str, Any]]:
        for result in tally.track(results):
            data = json_reporter.file_to_json(result)
            if options.baseline:
                data["known"] = result.known
            yield data

    def build(slot: Any) -> dict[str, Any]:
        document = json_reporter.to_json([])
        counted = tally.totals()
        document["files"] = slot
        document["totals"] = {key: counted.get(key, zero)
                              for key, zero in document["totals"].items()}
        if options.baseline:
            document["totals"]["known"] = counted["known"]
        return document

    return stream_json(build, files())
