"""A reader of the narrative that raises costs its own claims only, and says so (CF001)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crossfoot.analysis import claims
from crossfoot.app.config import Config
from crossfoot.app.session import Session

TEXT = """东坪县民政局2023年度项目支出绩效自评报告
一、项目情况
按每人每月100元标准为120名老年人发放高龄津贴，全年共计14.40万元。
二、资金使用情况
项目预算20.00万元，实际支出18.00万元，预算执行率95.0%。
"""


def _check(tmp_path: Path) -> list[tuple[str, str, str]]:
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = Session(config=Config(ignore=("STR", "EXA", "DAT"))).check_path(path)
    assert not result.error
    return [(f.rule_id, f.severity.value, f.message("en")) for f in result.findings]


def test_a_failing_reader_gives_cf001_and_the_other_readings_still_check(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> list[object]:
        raise ValueError("bad figure")

    monkeypatch.setattr(claims, "find_products", broken)
    assert _check(tmp_path) == [
        ("CF001", "error", "Rule reader:products failed and did not finish checking: "
                           "ValueError: bad figure"),
        ("RAT201", "error", "项目预算执行率 is stated as 95.0%, but 项目（执行数） 18.00万元 ÷ "
                            "项目（预算） 20.00万元 gives 90.00%, more than rounding explains")]


def test_without_a_failure_there_is_no_cf001(tmp_path: Path) -> None:
    assert [rule for rule, _, _ in _check(tmp_path)] == ["RAT201"]
