"""Totals over many files: one summary row per file, counts, exit codes, the summary table.

What is kept per file after it is printed is one row, so memory stays flat
however many reports a batch checks. Reporters read the tally to write their
closing lines; the application reads its exit code.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from crossfoot.checking.findings import Severity
from crossfoot.model.records import Record
from crossfoot.reporting.results import FileResult


class Progress(Protocol):
    """Something that shows how far a batch has come (the console's bar)."""

    def show(self, done: int) -> None: ...

    def clear(self) -> None: ...




class FileSummary(Record):
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


class Tally:
    """Summary rows of the files printed so far, and totals by severity.

    A plain class: a dataclass costs every start its definition (see
    ``crossfoot.model.records``), and nothing compares tallies.
    """

    def __init__(self, fail_on: Severity = Severity.ERROR, exit_zero: bool = False,
                 rows: list[FileSummary] | None = None, language: str | None = None) -> None:
        self.fail_on = fail_on
        self.exit_zero = exit_zero
        self.rows: list[FileSummary] = [] if rows is None else rows
        self.language = language

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
