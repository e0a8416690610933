"""The filter stage: one decision per finding, made in one place.

As flake8's DecisionEngine decides once per code, each finding passes the
same steps in the same order: waivers mark what a person has accepted (and
CF004 names each waiver that matched nothing), the configured severity
replaces the rule's own, and a baseline takes out what was already known.
Which rules ran at all was decided before checking (``Selection.chosen``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from crossfoot.checking.context import Options
from crossfoot.checking.engine import sort_findings
from crossfoot.checking.findings import Finding
from crossfoot.checking.rule import Rule
from crossfoot.filtering import waivers
from crossfoot.filtering.baseline import Baseline
from crossfoot.filtering.selection import Selection
from crossfoot.model.records import Record
from crossfoot.model.report import Report


class Decided(Record):
    """The findings to report, and how many a baseline already knew."""

    findings: tuple[Finding, ...]
    known: int = 0
    #: the findings the baseline knew (a report that shows them marked reads these)
    known_findings: tuple[Finding, ...] = ()
    #: side-file waivers for many reports: CF004 if unmatched in every report (waivers.Outcome)
    pending: tuple[tuple[str, Finding], ...] = ()
    matched: frozenset[str] = frozenset()


def decide(report: Report, findings: Sequence[Finding], rules: Sequence[Rule],
           selection: Selection, options: Options, path: Path | None = None,
           baseline: Baseline | None = None, catalogue: Sequence[Rule] = ()) -> Decided:
    """Waivers, severities and the baseline applied to the raw findings of one report.

    ``catalogue`` is every rule known (not only those selected), so that a
    waiver naming none of them is reported as a typo.
    """
    outcome = waivers.apply(report, findings, rules, options, path, catalogue)
    kept = sort_findings(_with_severity(f, selection) for f in outcome.findings)
    pending = tuple((key, _with_severity(f, selection)) for key, f in outcome.pending)
    if baseline is None or path is None:
        return Decided(tuple(kept), pending=pending, matched=outcome.matched)
    new, known = baseline.split(str(path), kept)
    reported = {id(f) for f in new}
    return Decided(tuple(new), known, known_findings=tuple(
        f for f in kept if id(f) not in reported), pending=pending, matched=outcome.matched)


def _with_severity(finding: Finding, selection: Selection) -> Finding:
    severity = selection.severity_for(finding.rule_id, finding.rule_name, finding.severity)
    return finding if severity is finding.severity else finding.with_severity(severity)
