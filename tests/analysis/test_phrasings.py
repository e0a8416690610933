"""Each claim kind, said many ways: ``fixtures/phrasings/*.toml``.

The cases are short texts written by us, each with a verdict: an
``inconsistent`` one must give an error or warning whose quoted span (or a
related one) overlaps the case's ``quote``; a ``consistent`` one must give
neither. This is what keeps the reader general: a cue that works for one
sentence and not for its rephrasing fails here. A case with ``known_miss``
says why it is not caught yet; it is expected to fail, and strictly, so that
fixing it means moving it out of the list.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import Any

import pytest

from crossfoot.analysis.narrative import read_document
from crossfoot.app.config import Config
from crossfoot.app.session import Session
from crossfoot.checking.context import Options
from crossfoot.checking.findings import Finding, Severity
from crossfoot.importing.load import report_from_data
from crossfoot.importing.text import TextDocument, read_text
from crossfoot.importing.text.reflow import line_starts
from crossfoot.model.places import Location

from conftest import FIXTURES

#: report-level rules that a one-paragraph text trips by being short (no sections,
#: no report date), not by what its sentences claim
SHAPE_RULES = ("STR", "EXA", "DAT302", "DAT303")
#: the fewest phrasings of one kind
MIN_PHRASINGS = 5


def _cases() -> list[Any]:
    found = []
    for path in sorted((FIXTURES / "phrasings").glob("*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
            marks = [pytest.mark.xfail(reason=case["known_miss"], strict=True)] \
                if "known_miss" in case else []
            found.append(pytest.param(case, id=case["id"], marks=marks))
    return found


CASES = _cases()
SESSION = Session(config=Config(ignore=SHAPE_RULES), options=Options(today=dt.date(2026, 1, 1)))


def _spans(location: Location, document: TextDocument, text: str) -> list[tuple[int, int]]:
    if location.line is not None and location.column is not None and not location.paragraph:
        # a table's cell, read from the text's lines: the figure at its line and column
        start = line_starts(text)[location.line - 1] + location.column - 1
        return [(start, start + max(len(location.quote or ""), 1))]
    offsets = document.offsets.get(location.paragraph or "")
    if offsets is None or location.start is None or location.end is None:
        return []
    inside = offsets[location.start:max(location.end, location.start + 1)]
    return [(min(inside), max(inside) + 1)] if inside else []


def _alarms(text: str, name: str) -> tuple[list[Finding], TextDocument]:
    document = read_document(read_text(text, name))
    report = report_from_data(document.data, name)
    findings = [f for f in SESSION.check_report(report)
                if f.severity in (Severity.ERROR, Severity.WARNING)]
    return findings, document


@pytest.mark.parametrize("case", CASES)
def test_phrasing(case: dict[str, Any]) -> None:
    text = f"{case['title']}\n{case['text']}"
    findings, document = _alarms(text, case["id"])
    if case["verdict"] == "consistent":
        assert [f.message("en") for f in findings] == [], case["note"]
        return
    start = text.index(case["quote"])
    end = start + len(case["quote"])
    hits = [f for f in findings for place in (f.location, *f.related)
            for a, b in _spans(place, document, text) if a < end and start < b]
    assert hits, f"{case['note']}; found: {[f.message('en') for f in findings]}"


def test_every_kind_has_several_phrasings_both_ways() -> None:
    for path in sorted((FIXTURES / "phrasings").glob("*.toml")):
        cases = tomllib.loads(path.read_text(encoding="utf-8"))["case"]
        verdicts = [c["verdict"] for c in cases]
        assert len(cases) >= MIN_PHRASINGS, path.name
        assert "consistent" in verdicts and "inconsistent" in verdicts, path.name


def test_case_ids_are_unique_and_quotes_are_in_their_texts() -> None:
    seen: set[str] = set()
    for case in (p.values[0] for p in CASES):
        assert isinstance(case, dict)
        assert case["id"] not in seen
        seen.add(case["id"])
        assert case["quote"] in f"{case['title']}\n{case['text']}", case["id"]


def test_a_consistent_case_stays_silent_when_read_from_a_file(tmp_path: Path) -> None:
    """The same path a user takes: a .txt file through ``Session.check_path``."""
    case = next(p.values[0] for p in CASES if p.id == "dist-03")
    assert isinstance(case, dict)
    path = tmp_path / "dist-03.txt"
    path.write_text(f"{case['title']}\n{case['text']}", encoding="utf-8")
    result = SESSION.check_path(path)
    assert not result.error
    assert [f for f in result.findings if f.severity in (Severity.ERROR, Severity.WARNING)] == []
