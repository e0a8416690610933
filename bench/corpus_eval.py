"""Score crossfoot's findings on a folder of text reports against hand-checked truth.

Usage: python bench/corpus_eval.py DIR [--verbose] [--today YYYY-MM-DD]

DIR holds ``raw/NNN.txt`` (report text as extracted) and ``truth/NNN.json``
(``checks``: kind, quote, verdict consistent / inconsistent / unverifiable).
Each raw file is imported and checked with every rule; a finding matches a
truth entry when one of its quoted spans (its location or a related one,
traced back to the file's character offsets) overlaps an occurrence of the
entry's quote. For error and warning findings it prints:

- precision: findings matching an inconsistent entry / all such findings
  (a finding that matches no entry counts against precision);
- recall: inconsistent entries matched by at least one finding / all of them;
- false alarms: consistent or unverifiable entries matched by a finding that
  matches no inconsistent entry.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crossfoot.app.builtin import read_text_document
from crossfoot.app.config import Config
from crossfoot.app.session import Session
from crossfoot.checking.context import Options
from crossfoot.checking.findings import Finding, Location, Severity
from crossfoot.importing.load import report_from_data
from crossfoot.importing.text import TextDocument

COUNTED = (Severity.ERROR, Severity.WARNING)


@dataclass
class FileScore:
    name: str
    findings: list[tuple[Finding, set[int]]] = field(default_factory=list)  # finding, entries hit
    inconsistent: set[int] = field(default_factory=set)
    consistent: set[int] = field(default_factory=set)
    found: set[int] = field(default_factory=set)
    alarms: set[int] = field(default_factory=set)
    true_positives: int = 0
    counted: int = 0


def spans(location: Location, document: TextDocument, raw: str) -> list[tuple[int, int]]:
    """The original-text span of a location that quotes a paragraph or a table's cell."""
    if location.paragraph is None and location.line is not None and location.column is not None:
        start = _line_start(raw, location.line) + location.column - 1
        end = min((i for i in (raw.find("|", start), raw.find("\n", start), len(raw))
                   if i >= 0), default=len(raw))
        return [(start, max(end, start + 1))]
    offsets = document.offsets.get(location.paragraph or "")
    if offsets is None or location.start is None or location.end is None:
        return []
    inside = offsets[location.start:max(location.end, location.start + 1)]
    return [(min(inside), max(inside) + 1)] if inside else []


def _line_start(raw: str, line: int) -> int:
    start = 0
    for _ in range(line - 1):
        start = raw.index("\n", start) + 1
    return start


def occurrences(raw: str, quote: str) -> list[tuple[int, int]]:
    found, start = [], raw.find(quote)
    while start >= 0 and quote:
        found.append((start, start + len(quote)))
        start = raw.find(quote, start + 1)
    return found


def overlaps(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    return any(x0 < y1 and y0 < x1 for x0, x1 in a for y0, y1 in b)


def score_file(session: Session, raw_path: Path, truth_path: Path) -> FileScore:
    raw = raw_path.read_text(encoding="utf-8")
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    checks: list[dict[str, Any]] = truth["checks"]
    document = read_text_document(raw_path)
    report = report_from_data(document.data, str(raw_path))
    result = FileScore(raw_path.name)
    entry_spans = [occurrences(raw, c["quote"]) for c in checks]
    for i, check in enumerate(checks):
        (result.inconsistent if check["verdict"] == "inconsistent" else result.consistent).add(i)
    for finding in session.check_report(report):
        places = [finding.location, *finding.related]
        found = [s for place in places for s in spans(place, document, raw)]
        hit = {i for i, occ in enumerate(entry_spans) if overlaps(found, occ)}
        result.findings.append((finding, hit))
        if finding.severity not in COUNTED:
            continue
        result.counted += 1
        if hit & result.inconsistent:
            result.true_positives += 1
            result.found |= hit & result.inconsistent
        else:
            result.alarms |= hit & result.consistent
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date(2026, 11, 29))
    args = parser.parse_args(argv)
    session = Session(config=Config(), options=Options(today=args.today))
    scores = []
    for raw_path in sorted((args.folder / "raw").glob("*.txt")):
        truth_path = args.folder / "truth" / (raw_path.stem + ".json")
        if not truth_path.exists():
            continue
        score = score_file(session, raw_path, truth_path)
        scores.append(score)
        if args.verbose:
            _show(score)
    counted = sum(s.counted for s in scores)
    positives = sum(s.true_positives for s in scores)
    inconsistent = sum(len(s.inconsistent) for s in scores)
    found = sum(len(s.found) for s in scores)
    consistent = sum(len(s.consistent) for s in scores)
    alarms = sum(len(s.alarms) for s in scores)
    unmatched = sum(1 for s in scores for f, hit in s.findings
                    if f.severity in COUNTED and not hit)
    precision = positives / counted if counted else 1.0
    recall = found / inconsistent if inconsistent else 1.0
    print(f"files: {len(scores)}; error+warning findings: {counted} "
          f"(matching an inconsistency: {positives}, matching nothing: {unmatched})")
    print(f"precision: {precision:.2f}  recall: {recall:.2f} ({found}/{inconsistent} "
          f"inconsistencies found)")
    print(f"false alarms on consistent or unverifiable relationships: {alarms}/{consistent}")
    return 0


def _show(score: FileScore) -> None:
    print(f"== {score.name}")
    for finding, hit in score.findings:
        mark = "TP" if hit & score.inconsistent else ("FA" if hit else "--")
        quote = finding.location.quote or finding.location.label
        print(f"  {mark} {finding.rule_id} {finding.severity.value}: {finding.message('en')}"
              f" [{quote}] entries={sorted(hit)}")
    missed = score.inconsistent - score.found
    if missed:
        print(f"  missed inconsistent entries: {sorted(missed)}")


if __name__ == "__main__":
    sys.exit(main())
