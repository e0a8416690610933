"""The example plugin's own tests, written with crossfoot.testing (the ``crossfoot`` fixture).

Regenerate the expected files with ``pytest --crossfoot-update`` and review them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crossfoot.testing import RuleTester, make_session

FIXTURES = Path(__file__).parent / "fixtures"


def test_rule_comes_from_this_distribution() -> None:
    rule = make_session().rule("title-year-mismatch")
    assert rule is not None and rule.id == "EXA101"
    assert rule.origin == "crossfoot-example-plugin 0.1.0"


def test_title_year_from_a_dict(crossfoot: RuleTester) -> None:
    report = crossfoot.report({"meta": {"title": "2021年度部门决算", "fiscal_year": 2022}})
    [finding] = crossfoot.check(report, select=["EXA101"])
    assert finding.message_zh == "标题写的是 2021 年，但报告年度为 2022 年"
    assert finding.location.pointer == "/meta/title"
    same_year = crossfoot.report({"meta": {"title": "2022年度部门决算", "fiscal_year": 2022}})
    assert crossfoot.check(same_year, select=["EXA101"]) == []


@pytest.mark.parametrize("name", ["title-year-pass.json", "title-year-fail.json"])
def test_title_year_fixtures(crossfoot: RuleTester, name: str) -> None:
    crossfoot.check_fixture(FIXTURES / name, select=["EXA101"])


def test_pack_rule_is_shipped_and_active(crossfoot: RuleTester) -> None:
    if make_session().rule("EXA201") is None:
        pytest.skip("this crossfoot does not load rule packs from crossfoot_packs yet")
    findings = crossfoot.check_fixture(FIXTURES / "dated-early-fail.json", select=["EXA201"])
    assert [f.rule_id for f in findings] == ["EXA201"]
    assert crossfoot.check(FIXTURES / "title-year-pass.json", select=["EXA201"]) == []
