"""Every rule of this build, alone, on every edge-case report: findings, never a crash.

The rule list comes from ``crossfoot rules --format json``, so rules other
issues add (and third-party plugins installed beside crossfoot) are covered
as they land. Besides the shared edge cases, each rule also gets its own
fixtures with every figure set to zero, negative, empty, huge or text. A rule
that raises on a valid report is a CF001; one that stalls is a CF002; either
fails here, named by rule and report.
"""

from __future__ import annotations

import contextlib
import io
import json
from typing import Any

import pytest

from crossfoot.app.cli import main
from crossfoot.app.config import Config
from crossfoot.app.session import Session
from crossfoot.checking.context import Options
from crossfoot.errors import InputError
from crossfoot.importing.load import parse_json, report_from_data
from crossfoot.model.report import DECIMAL_TEXT, Report

from .hostile import edge_reports
from conftest import FIXTURES, TODAY


def _catalogue() -> list[str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(["rules", "--format", "json"])
    return [rule["id"] for rule in json.loads(out.getvalue())]


RULES = _catalogue()
EDGES = edge_reports()


def _loaded() -> dict[str, Report]:
    reports = {}
    for name, document in EDGES.items():
        text = json.dumps(document, ensure_ascii=False)
        reports[name] = report_from_data(parse_json(text, f"{name}.json"), f"{name}.json")
    return reports


REPORTS = _loaded()


def test_the_edge_reports_are_valid() -> None:
    assert sorted(REPORTS) == sorted(EDGES)


VARIANTS: dict[str, Any] = {"zero": "0", "negative": "-1", "empty": None,
                            "huge": "9" * 29 + ".99", "text": "——"}


def _numbers_set_to(document: Any, value: Any) -> Any:
    """A copy with every number in table cells and facts replaced by ``value``."""
    copy = json.loads(json.dumps(document))
    for table in copy.get("tables", []):
        for row in table["rows"]:
            cells = row.get("cells", {})
            for key, cell in cells.items():
                inner = cell.get("value") if isinstance(cell, dict) else cell
                if isinstance(inner, int | float) or (isinstance(inner, str)
                                                      and DECIMAL_TEXT.match(inner)):
                    cells[key] = value
    for fact in copy.get("facts", []):
        if isinstance(fact["value"], int | float) and value is not None:
            fact["value"] = value
    return copy


def _own_variants(rule: str) -> dict[str, Report]:
    """The rule's own fixtures with every figure zero, negative, empty, huge or text."""
    found = {}
    for path in sorted((FIXTURES / "rules" / rule).glob("*.json")):
        if path.name.endswith(".expected.json"):
            continue
        document = json.loads(path.read_text(encoding="utf-8"))
        for variant, value in VARIANTS.items():
            name = f"{path.stem}-{variant}"
            text = json.dumps(_numbers_set_to(document, value), ensure_ascii=False)
            try:
                found[name] = report_from_data(parse_json(text, name), name)
            except InputError:
                continue  # e.g. text where the schema wants a number: not this test's case
    return found


@pytest.mark.parametrize("rule", RULES)
def test_rule_copes_with_every_edge_report(rule: str) -> None:
    session = Session(config=Config(select=(rule,)), options=Options(today=TODAY),
                      rule_timeout=10)
    failures: list[Any] = []
    for name, report in {**REPORTS, **_own_variants(rule)}.items():
        for finding in session.check_report(report):
            if finding.rule_id in ("CF001", "CF002"):
                failures.append(f"{name}: {finding.message_en}")
    assert failures == []
