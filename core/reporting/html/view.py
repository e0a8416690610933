"""One file as the templates see it: its document, its marks and its finding cards.

Everything a template shows is computed here, so the templates only lay it
out: the place of each finding, the cut paragraphs, the cells as printed,
the evidence as text (the same text the JSON output has).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from crossfoot.checking.findings import Finding
from crossfoot.checking.rule import Rule
from crossfoot.model.quantity import format_value
from crossfoot.model.report import Cell, Meta, Paragraph, Report, Table
from crossfoot.reporting.html.places import Marks, Piece, PlaceKey, mark, pieces, section_chain
from crossfoot.reporting.results import FileResult
from crossfoot.reporting.serialize import evidence_json

#: a section filter lists headings down to this depth (deeper ones are found through them)
FILTER_DEPTH = 2


@dataclass
class FileView:
    id: str
    path: str
    failed: bool
    error: str
    counts: dict[str, int]
    waived: int
    known: int
    worst: str
    open: bool
    report: Report | None = None
    marks: Marks | None = None
    cards: list[dict[str, Any]] = field(default_factory=list)
    by_rule: list[tuple[str, int]] = field(default_factory=list)
    section_options: list[dict[str, str]] = field(default_factory=list)
    doc_lang: str = "zh-CN"
    _tables: dict[str | None, list[Table]] = field(default_factory=dict)

    def rule_ids(self) -> list[str]:
        return [rule_id for rule_id, _ in self.by_rule]

    def tables_in(self, section_id: str | None) -> list[Table]:
        return self._tables.get(section_id, [])

    def pieces(self, paragraph: Paragraph) -> list[Piece]:
        assert self.marks is not None
        return pieces(paragraph, self.marks)

    def element(self, key: PlaceKey) -> dict[str, str]:
        assert self.marks is not None
        return self.marks.element(key)

    @staticmethod
    def cell_text(cell: Cell | None) -> str:
        if cell is None:
            return ""
        if cell.quantity is not None:
            return format_value(cell.quantity.value)
        return cell.text or ""


def file_view(result: FileResult, index: int, rules: Mapping[str, Rule], lang: str,
              open_: bool) -> FileView:
    """The view of one checked (or failed) file; its ids start with ``x<index>-``."""
    prefix = f"x{index}-"
    live = [f for f in result.findings if f.waived is None]
    worst = result.worst()
    view = FileView(id=f"file-{index}", path=result.path, failed=result.failed,
                    error="\n".join(result.error), counts=result.counts(),
                    waived=len(result.findings) - len(live), known=result.known,
                    worst=worst.value if worst else "clean", open=open_)
    if result.failed:
        return view
    # a result checked without its report (a caller that did not ask for it): findings only
    report = result.report or Report(Meta(title=result.path))
    findings = [*result.findings, *result.known_findings]
    marks = mark(report, findings, prefix)
    first_known = len(result.findings)
    view.report, view.marks = report, marks
    view.doc_lang = "en" if report.meta.language == "en" else "zh-CN"
    view.cards = [_card(f, k, k >= first_known, prefix, marks, report, rules, lang)
                  for k, f in enumerate(findings)]
    view.by_rule = sorted(Counter(f.rule_id for f in findings).items())
    sections = {s.id for f in findings for s in section_chain(report, _section_of(report, f))}
    view.section_options = [
        {"id": s.id, "label": "\u3000" * s.depth + s.heading}
        for s in report.iter_sections() if s.id in sections and s.depth < FILTER_DEPTH]
    known_sections = {s.id for s in report.iter_sections()}
    for table in report.tables:
        where = table.section if table.section in known_sections else None
        view._tables.setdefault(where, []).append(table)
    return view


def _section_of(report: Report, finding: Finding) -> str | None:
    """The section a finding is in: its location's, its table's, or the one its pointer names."""
    if finding.location.section:
        return finding.location.section
    for table in report.tables:
        if finding.location.pointer.startswith(table.pointer + "/"):
            return table.section
    for section in report.iter_sections():
        if finding.location.pointer.startswith(section.pointer + "/") \
                or finding.location.pointer == section.pointer:
            return section.id
    return None


def _card(finding: Finding, k: int, known: bool, prefix: str, marks: Marks, report: Report,
          rules: Mapping[str, Rule], lang: str) -> dict[str, Any]:
    rule = rules.get(finding.rule_id)
    location = finding.location
    chain = section_chain(report, _section_of(report, finding))
    return {
        "id": f"{prefix}f{k}", "k": k, "known": known, "severity": finding.severity.value,
        "rule": finding.rule_id, "name": finding.rule_name, "message": finding.message(lang),
        "waived": finding.waived, "target": marks.targets[k],
        "label": location.label or location.quote or location.pointer,
        "sections": " ".join(s.id for s in chain),
        "evidence": evidence_json(finding.evidence),
        "related": marks.related_targets[k],
        "summary": rule.summary if rule else "",
    }

