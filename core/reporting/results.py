"""What a check of one file comes to: its findings, or the error that stopped it.

Reporters render these; the batch tallies them; the exit code is read off
them. Nothing here computes a finding.
"""

from __future__ import annotations

from typing import ClassVar

from crossfoot.checking.findings import Finding, Severity
from crossfoot.model.records import Record
from crossfoot.model.report import Report


class FileResult(Record):
    _hidden: ClassVar[tuple[str, ...]] = ("report", "known_findings")

    path: str
    findings: tuple[Finding, ...] = ()
    error: tuple[str, ...] = ()
    language: str | None = None
    #: findings left out because the baseline (--baseline) already knows them
    known: int = 0
    #: side-file waivers for many reports that matched nothing here (their CF004), and the
    #: keys of those that matched: judged once the whole batch is checked
    pending: tuple[tuple[str, Finding], ...] = ()
    matched: frozenset[str] = frozenset()
    #: the report itself and the findings the baseline knew, kept only for a reporter that
    #: shows the document (``needs_report``); JSON, SARIF and the rest never read them
    #: (both left out of equality and repr: ``_hidden``)
    report: Report | None = None
    known_findings: tuple[Finding, ...] = ()

    @property
    def failed(self) -> bool:
        return bool(self.error)

    def counts(self) -> dict[str, int]:
        counts = {s.value: 0 for s in Severity}
        for finding in self.findings:
            if finding.waived is None:
                counts[finding.severity.value] += 1
        return counts

    def worst(self) -> Severity | None:
        live = [f.severity for f in self.findings if f.waived is None]
        return max(live, key=lambda s: s.rank) if live else None
