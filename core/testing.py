"""crossfoot.testing: a pytest plugin for people who write rules.

Installed with crossfoot (entry point ``pytest11``), so any project that has
crossfoot gets the ``crossfoot`` fixture::

    def test_title_year(crossfoot):
        report = crossfoot.report({"meta": {"title": "2021年度绩效自评报告",
                                            "fiscal_year": 2022}})
        [finding] = crossfoot.check(report, select=["EXA101"])
        assert finding.rule_id == "EXA101"

    def test_fixture(crossfoot):
        crossfoot.check_fixture(HERE / "fixtures" / "fail.json", select=["EXA101"])

``check_fixture`` compares the findings with ``fail.expected.json`` beside the
fixture; ``pytest --crossfoot-update`` (or CROSSFOOT_UPDATE=1) writes the
expected files instead, for you to review. Dates are checked against a fixed
``today`` (2026-01-01 unless given) so that tests do not change with the calendar.

Imports of crossfoot happen inside the functions: this module is loaded by
every pytest run in an environment with crossfoot installed, and must cost
nothing there.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from crossfoot.app.session import Session
    from crossfoot.checking.findings import Finding
    from crossfoot.model.report import Report

TODAY = dt.date(2026, 1, 1)


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("crossfoot", "crossfoot rule testing")
    group.addoption("--crossfoot-update", action="store_true", default=False,
                    help="write *.expected.json files from the current findings "
                         "instead of comparing with them")


def make_report(data: Mapping[str, Any], name: str = "<test report>") -> Report:
    """A validated Report from a dict, numbers read as Decimal exactly as files are.

    ``crossfoot`` (the format version) and ``meta.title`` are filled in when
    missing, so a test states only what it is about.
    """
    from crossfoot.importing.load import parse_json, report_from_data

    document = dict(data)
    document.setdefault("crossfoot", "1.0")
    document["meta"] = {"title": "test report", **document.get("meta", {})}
    text = json.dumps(document, ensure_ascii=False, default=str)
    return report_from_data(parse_json(text, name), name)


def make_session(select: Iterable[str] = ("ALL",), plugins: Sequence[tuple[str, Any]] = (),
                 today: dt.date = TODAY, lang: str | None = None,
                 settings: Mapping[str, Any] | None = None) -> Session:
    """A session running only ``select``, with in-process ``plugins`` (name, module) added."""
    from crossfoot.app.config import Config
    from crossfoot.app.session import Session
    from crossfoot.checking.context import Options

    return Session(config=Config(select=tuple(select), lang=lang),
                   options=Options(today=today, lang=lang, settings=dict(settings or {})),
                   extra_plugins=tuple(plugins))


def check(subject: Report | Mapping[str, Any] | Path, select: Iterable[str] = ("ALL",),
          **session_options: Any) -> list[Finding]:
    """Findings of the chosen rules on a Report, a dict or a report file."""
    from crossfoot.model.report import Report

    session = make_session(select, **session_options)
    if isinstance(subject, Path):
        result = session.check_path(subject)
        if result.error:
            raise AssertionError("\n".join(result.error))
        return list(result.findings)
    report = subject if isinstance(subject, Report) else make_report(subject)
    return session.check_report(report)


def as_json(findings: Iterable[Finding]) -> list[dict[str, Any]]:
    from crossfoot.reporting.serialize import finding_json

    return [finding_json(f) for f in findings]


def expected_path(fixture: Path) -> Path:
    return fixture.with_name(fixture.stem + ".expected.json")


def compare(findings: Iterable[Finding], fixture: Path, update: bool = False) -> None:
    """Assert the findings equal ``<fixture>.expected.json``; with ``update``, write it."""
    compare_json(as_json(findings), expected_path(fixture), update)


def compare_json(actual: list[dict[str, Any]], target: Path, update: bool = False) -> None:
    """Assert findings (as JSON) equal those in ``target``; with ``update``, write it."""
    if update or os.environ.get("CROSSFOOT_UPDATE") == "1":
        target.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n",
                          encoding="utf-8")
        return
    if not target.exists():
        pytest.fail(f"{target} does not exist: run pytest --crossfoot-update, then review it",
                    pytrace=False)
    expected = json.loads(target.read_text(encoding="utf-8"))
    if expected != actual:
        pytest.fail(f"findings differ from {target.name}:\n{_difference(expected, actual)}\n"
                    "(pytest --crossfoot-update rewrites it)", pytrace=False)


def _difference(expected: list[dict[str, Any]], actual: list[dict[str, Any]]) -> str:
    def key(item: dict[str, Any]) -> str:
        return f"{item.get('rule')} {item.get('location', {}).get('pointer', '')}"

    missing = [key(e) for e in expected if e not in actual]
    extra = [key(a) for a in actual if a not in expected]
    lines = [f"  expected, not found: {k}" for k in missing]
    lines += [f"  found, not expected: {k}" for k in extra]
    return "\n".join(lines) or "  same findings in another order"


class RuleTester:
    """What the ``crossfoot`` fixture gives a test."""

    def __init__(self, update: bool) -> None:
        self.update = update

    def report(self, data: Mapping[str, Any]) -> Report:
        return make_report(data)

    def check(self, subject: Report | Mapping[str, Any] | Path,
              select: Iterable[str] = ("ALL",), **session_options: Any) -> list[Finding]:
        return check(subject, select, **session_options)

    def compare(self, findings: Iterable[Finding], fixture: Path) -> None:
        compare(findings, fixture, self.update)

    def check_fixture(self, fixture: Path, select: Iterable[str] = ("ALL",),
                      **session_options: Any) -> list[Finding]:
        """Check a report file and compare with the expected file beside it."""
        findings = check(fixture, select, **session_options)
        compare(findings, fixture, self.update)
        return findings


@pytest.fixture
def crossfoot(request: pytest.FixtureRequest) -> RuleTester:
    """Build reports, run chosen rules, compare findings with expected files."""
    return RuleTester(bool(request.config.getoption("crossfoot_update", False)))
