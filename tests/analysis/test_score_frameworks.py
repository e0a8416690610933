"""Score lists that name a whole framework's first-level indicators are whole scores."""

from __future__ import annotations

import pytest

from crossfoot.analysis.vocabulary import scores


@pytest.mark.parametrize(("total", "parts"), [
    ("自评总分", ["预算执行率得分", "产出指标得分", "效益指标得分", "满意度指标得分"]),
    ("综合评价得分", ["决策指标", "过程指标", "产出指标", "效益指标"]),
    ("部门整体支出绩效自评得分", ["投入", "过程", "产出", "效果"]),
])
def test_a_whole_framework_completes_its_total(total: str, parts: list[str]) -> None:
    assert scores.completes(total, parts)


@pytest.mark.parametrize(("total", "parts"), [
    ("自评总分", ["产出指标得分", "效益指标得分"]),  # some of the form's indicators
    ("自评总分", ["决策", "过程", "产出", "效果"]),  # two frameworks mixed
    ("自评总分", ["产出", "效益", "社会效益", "满意度"]),  # an indicator named twice
    ("产出指标得分", ["数量指标", "质量指标", "时效指标", "成本指标"]),  # second level
    ("效益指标得分", ["预算执行", "产出", "效益", "满意度"]),  # the total is an indicator
])
def test_anything_else_does_not(total: str, parts: list[str]) -> None:
    assert not scores.completes(total, parts)
