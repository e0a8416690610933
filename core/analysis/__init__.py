"""Reading the narrative: figures, dates, grades and the claims the text makes.

``scan`` (mentions) finds what a paragraph states with pyparsing grammars
(numbers, units, qualifiers, dates); ``resolve`` says what each figure is
about; ``total_claims`` / ``other_claims`` read the relationships; the
text importer turns all of it into facts and relations
(``crossfoot.analysis.facts``) so the ordinary rules check it.
"""

from __future__ import annotations

from collections.abc import Iterable

from crossfoot.analysis.claims import Claim, Figure, other_claims, resolve, total_claims
from crossfoot.analysis.mentions import Mention, scan
from crossfoot.model.report import Report

__all__ = ["Claim", "Figure", "Mention", "analyze_report", "scan"]


def analyze_paragraphs(paragraphs: Iterable[tuple[str, str, str]]) -> list[Figure | Claim]:
    """Figures and claims of ``(section id, paragraph id, text)`` triples, in order."""
    found: list[Figure | Claim] = []
    count = 0
    for section, paragraph, text in paragraphs:
        figures = [Figure(f"m{count + i + 1}", m, section, paragraph, text)
                   for i, m in enumerate(scan(text))]
        count += len(figures)
        resolve(figures)
        found.extend(figures)
        found.extend(total_claims(figures))
        found.extend(other_claims(figures))
    return found


def analyze_report(report: Report) -> list[Figure | Claim]:
    """What the analyzers read from any report's paragraphs (JSON or imported text)."""
    return analyze_paragraphs((p.section_id, p.id, p.text) for p in report.iter_paragraphs())
