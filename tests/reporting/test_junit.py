"""JUnit XML output, parsed back: a suite per report, a failing case per finding."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from conftest import FIXTURES

TABLE_FAIL = FIXTURES / "rules" / "SUM102" / "fail.json"
INFO_FAIL = FIXTURES / "rules" / "SUM105" / "fail.json"
GOOD = FIXTURES / "rules" / "SUM102" / "pass.json"


def junit(run: Any, *args: str) -> tuple[int, ET.Element]:
    code, out, _ = run("check", *args, "--select", "SUM", "--format", "junit", "--jobs", "1")
    return code, ET.fromstring(out)


def test_one_suite_per_report_one_failing_case_per_finding(run: Any, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{}", encoding="utf-8")
    code, root = junit(run, str(TABLE_FAIL), str(GOOD), str(broken))
    assert code == 2 and root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [str(TABLE_FAIL), str(GOOD), str(broken)]
    failing = suites[0]
    assert (failing.get("tests"), failing.get("failures")) == ("1", "1")
    [case] = failing.findall("testcase")
    assert case.get("name") == "SUM102 /tables/0/rows/0/cells/budget"
    failure = case.find("failure")
    assert failure is not None and failure.get("type") == "SUM102"
    assert failure.get("message", "").endswith("相差 1.0万元，请核实。")
    assert "expected 44.5; actual 45.5; difference 1.0; tolerance 0.60 (万元)" in \
        (failure.text or "")
    [passing] = suites[1].findall("testcase")
    assert passing.get("name") == "no findings at or above error" and len(passing) == 0
    assert suites[2].get("errors") == "1"
    error = suites[2].find("testcase/error")
    assert error is not None and error.get("message", "").startswith(f"{broken}: does not match")


def test_fail_on_decides_what_fails(run: Any) -> None:
    code, root = junit(run, str(INFO_FAIL))
    assert code == 0
    suite = root.find("testsuite")
    assert suite is not None and suite.get("failures") == "0"
    out = suite.find("system-out")
    assert out is not None and "SUM105 info" in (out.text or "")
    code, root = junit(run, str(INFO_FAIL), "--fail-on", "info")
    assert code == 1
    suite = root.find("testsuite")
    assert suite is not None and suite.get("failures") == "1"
    assert suite.find("system-out") is None


def test_waived_findings_are_skipped_cases(run: Any, tmp_path: Path) -> None:
    data = json.loads(TABLE_FAIL.read_text(encoding="utf-8"))
    data["waivers"] = [{"rule": "SUM102", "reason": "已说明 <原因> & 依据"}]
    report = tmp_path / "w.json"
    report.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, root = junit(run, str(report))
    assert code == 0
    suite = root.find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures"), suite.get("skipped")) == ("2", "0", "1")
    skipped = suite.find("testcase/skipped")
    assert skipped is not None and skipped.get("message") == "waived: 已说明 <原因> & 依据"


def test_junit_to_a_file_is_atomic(run: Any, tmp_path: Path) -> None:
    target = tmp_path / "junit.xml"
    target.write_text("old", encoding="utf-8")
    code, out, _ = run("check", str(TABLE_FAIL), "--format", "junit", "-o", str(target))
    assert (code, out) == (1, "")
    assert ET.fromstring(target.read_text(encoding="utf-8")).tag == "testsuites"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["junit.xml"]
    code, _, err = run("check", str(TABLE_FAIL), "--format", "nope", "-o", str(target))
    assert code == 2 and err.startswith("crossfoot: error: unknown output format 'nope' "
                                        "(known: html, json, junit, sarif, text")
    assert ET.fromstring(target.read_text(encoding="utf-8")).tag == "testsuites"
