"""The worked third-party plugin, installed as its own distribution, and crossfoot.testing."""

from __future__ import annotations

import importlib.util
import json
from typing import Any

import pytest

from conftest import ROOT

pytest_plugins = ["pytester"]

EXAMPLE = ROOT / "examples" / "crossfoot-example-plugin"
FIXTURES = EXAMPLE / "tests" / "fixtures"
installed = pytest.mark.skipif(
    importlib.util.find_spec("crossfoot_example") is None,
    reason="example plugin not installed: pip install -e examples/crossfoot-example-plugin "
           "(.ci/run does)")


@installed
def test_plugin_is_loaded_from_its_entry_point(run: Any) -> None:
    code, out, _ = run("plugins")
    assert code == 0
    assert "example  crossfoot_example.plugin  crossfoot-example-plugin 0.1.0  rules: 1" in \
        out.splitlines()
    code, out, _ = run("rule", "EXA101")
    assert code == 0 and out.splitlines()[:3] == [
        "# EXA101 title-year-mismatch", "",
        "Family example · default severity warning · provided by crossfoot-example-plugin 0.1.0"]


@installed
def test_plugin_rule_runs_and_can_be_disabled(run: Any) -> None:
    fail = FIXTURES / "title-year-fail.json"
    code, out, _ = run("check", str(fail), "--select", "EXA101", "--format", "json")
    assert code == 0  # a warning does not fail the run by default
    [finding] = json.loads(out)["files"][0]["findings"]
    assert (finding["rule"], finding["origin"]) == ("EXA101", "crossfoot-example-plugin 0.1.0")
    code, out, _ = run("check", str(fail), "--select", "EXA101", "--fail-on", "warning")
    assert code == 1 and " EXA101 警告 标题写的是 2021 年，但报告年度为 2022 年" in out
    code, out, _ = run("check", str(fail), "-p", "no:example", "--format", "json")
    assert "EXA101" not in {f["rule"] for f in json.loads(out)["files"][0]["findings"]}
    # disabled, its rules are unknown: selecting one alone is a typo, not an empty run
    code, _, err = run("check", str(fail), "-p", "no:example", "--select", "EXA101")
    assert (code, err) == (2, "crossfoot: error: --select EXA101 names no rule (not an id, "
                              "prefix or name; see `crossfoot rules`)\n")


@installed
def test_plugin_pack_is_shipped_and_active(run: Any) -> None:
    from crossfoot_example.plugin import crossfoot_packs

    assert [p.name for p in crossfoot_packs()] == ["example.toml"]
    assert run("rule", "EXA201")[0] == 0
    code, out, _ = run("check", str(FIXTURES / "dated-early-fail.json"), "--select", "EXA201",
                       "--format", "json")
    assert code == 0
    assert [f["rule"] for f in json.loads(out)["files"][0]["findings"]] == ["EXA201"]


def test_testing_plugin_compares_and_updates_expected_files(pytester: pytest.Pytester) -> None:
    report = {"crossfoot": "1.0", "meta": {"title": "t"}, "facts": [
        {"id": "a", "label": "合计", "value": 10, "unit": "人", "measure": "count"},
        {"id": "b", "label": "甲", "value": 4, "unit": "人", "measure": "count"},
        {"id": "c", "label": "乙", "value": 5, "unit": "人", "measure": "count"}],
        "relations": [{"id": "r", "total": {"fact": "a"}, "parts": [{"fact": "b"},
                                                                      {"fact": "c"}]}]}
    (pytester.path / "case.json").write_text(json.dumps(report, ensure_ascii=False),
                                             encoding="utf-8")
    pytester.makepyfile(test_rule="""
        from decimal import Decimal
        from pathlib import Path

        def test_case(crossfoot):
            crossfoot.check_fixture(Path(__file__).parent / "case.json", select=["SUM103"])

        def test_dict(crossfoot):
            # shown digits matter: give amounts as Decimal or text, a float has lost them
            report = crossfoot.report({"facts": [{"id": "x", "value": Decimal("1.50")},
                                                 {"id": "y", "value": 0.1}]})
            assert [str(f.quantity) for f in report.facts] == ["1.50", "0.1"]
    """)
    missing = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    missing.assert_outcomes(passed=1, failed=1)
    assert "case.expected.json does not exist: run pytest --crossfoot-update" in \
        missing.stdout.str()
    pytester.runpytest_subprocess("-p", "no:cacheprovider", "--crossfoot-update").assert_outcomes(
        passed=2)
    expected = json.loads((pytester.path / "case.expected.json").read_text(encoding="utf-8"))
    assert [f["rule"] for f in expected] == ["SUM103"]
    pytester.runpytest_subprocess("-p", "no:cacheprovider").assert_outcomes(passed=2)
    (pytester.path / "case.expected.json").write_text("[]\n", encoding="utf-8")
    changed = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    changed.assert_outcomes(passed=1, failed=1)
    assert "found, not expected: SUM103 /facts/0" in changed.stdout.str()
