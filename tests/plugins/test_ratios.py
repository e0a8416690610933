"""Ratio rules: rounding never raises an alarm, bounds and grades, options, the seed."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crossfoot.analysis.narrative import read_document
from crossfoot.checking.context import Context, Options, parse_grade_scale
from crossfoot.checking.rule import Rule
from crossfoot.errors import ConfigError
from crossfoot.importing.text import read_text
from crossfoot.model.report import Report, build_report
from crossfoot.plugins import executions, grades, members, ratios

from conftest import FIXTURES, findings_json

SEED = FIXTURES / "seed" / "yiyang-2021.json"


def _report(cells: dict[str, Any], extra_columns: tuple[dict[str, Any], ...] = ()) -> Report:
    columns = [{"id": "b", "label": "全年预算数", "role": "budget"},
               {"id": "a", "label": "全年执行数", "role": "actual"},
               {"id": "r", "label": "执行率", "role": "rate", "unit": "%"}, *extra_columns]
    return build_report({"crossfoot": "1.0",
                         "meta": {"title": "测试", "fiscal_year": 2023, "unit": "万元"},
                         "tables": [{"id": "t", "title": "表", "columns": columns,
                                     "rows": [{"id": "r1", "label": "甲", "cells": cells}]}]})


def _found(rule: Rule, report: Report, options: Options | None = None) -> list[str]:
    return [f.message_en for f in rule.check(Context(report, options or Options()))]


def _round(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


money = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999.99"), places=2)


@given(money, money, st.integers(0, 3), st.integers(0, 2))
def test_a_rate_right_after_rounding_is_never_flagged(budget: Decimal, actual: Decimal,
                                                     places: int, money_places: int) -> None:
    # The report rounds its amounts and then its rate from the true (unrounded) figures.
    shown_budget, shown_actual = _round(budget, money_places), _round(actual, money_places)
    if shown_budget == 0 or (shown_actual == 0 and money_places == 0):
        return  # a bare 0 amount says "none" (exact): one that rounds to it is not printed so
    rate = _round(actual / budget * 100, places)
    report = _report({"b": str(shown_budget), "a": str(shown_actual), "r": str(rate)})
    assert _found(ratios.RateMismatch(), report) == []


def test_a_rate_beyond_rounding_is_flagged() -> None:
    assert _found(ratios.RateMismatch(), _report({"b": 70, "a": 63, "r": "90.0"})) == []
    # 63 and 70 shown without decimals allow 62.5 / 70.5 to 63.5 / 69.5: 88.7 % to 91.4 %.
    assert _found(ratios.RateMismatch(), _report({"b": 70, "a": 63, "r": "90.2"})) == []
    assert _found(ratios.RateMismatch(), _report({"b": "70.00", "a": "63.00", "r": "90.2"})) == [
        "表：甲 / 执行率 is stated as 90.2%, but 全年执行数 63.00万元 ÷ 全年预算数 70.00万元 gives "
        "90.00%, more than rounding explains"]


def test_overspending_needs_every_allowed_value_above_the_budget() -> None:
    rule = executions.ExecutionOverBudget()
    assert _found(rule, _report({"b": 10, "a": "10.4"})) == []
    assert _found(rule, _report({"b": "10.0", "a": "10.4"})) == [
        "表：甲 / 全年执行数 10.4万元 exceeds 全年预算数 10.0万元: execution rate 104.0%, "
        "0.4万元 over budget; the overspend needs an explanation"]


def test_initial_budget_overrun_is_not_an_execution_rate() -> None:
    report = _report({"b": "240.99", "a": "241.44"})
    initial = build_report({**report.data, "tables": [{
        "id": "t", "title": "表", "columns": [
            {"id": "b", "label": "年初预算数", "role": "budget"},
            {"id": "a", "label": "全年执行数", "role": "actual"}],
        "rows": [{"id": "r1", "label": "甲", "cells": {"b": "240.99", "a": "241.44"}}]}]})
    assert len(_found(executions.ExecutionOverBudget(), report)) == 1
    assert _found(executions.ExecutionOverBudget(), initial) == []


def test_low_execution_threshold_is_an_option() -> None:
    report = _report({"b": "11.8", "a": "2.41"})
    rule = executions.LowExecutionRate()
    assert len(_found(rule, report)) == 1
    assert _found(rule, report, Options(settings={"low-execution-rate": 20})) == []
    assert len(_found(rule, report, Options(settings={"low-execution-rate": "20.6"}))) == 1
    with pytest.raises(ConfigError, match="option low-execution-rate must be a number"):
        _found(rule, report, Options(settings={"low-execution-rate": "low"}))


def _graded(score: str, grade: str) -> Report:
    return build_report({"crossfoot": "1.0", "meta": {"title": "测试", "fiscal_year": 2023},
                         "facts": [
                             {"id": "s", "concept": "eval.score", "label": "自评得分",
                              "measure": "score", "value": score, "unit": "分", "period": "2023"},
                             {"id": "g", "concept": "eval.grade", "label": "评价等级",
                              "measure": "grade", "value": grade, "period": "2023"}]})


@pytest.mark.parametrize(("score", "grade", "flagged"), [
    ("97.44", "优秀", False), ("90.00", "良", False), ("90.0", "良好", False),
    ("89.994", "优", True), ("85", "优秀", True), ("59", "合格", True), ("59.5", "中等", True),
    ("60.0", "不合格", False), ("12", "较差", False), ("75", "A", False),
    # a whole score is awarded, not rounded: 90 分 is 优 and 60 分 合格, whatever it is called
    ("90", "良好", True), ("60", "不合格", True),
])
def test_grade_against_score_never_flags_a_straddling_score(score: str, grade: str,
                                                           flagged: bool) -> None:
    assert bool(_found(grades.GradeScoreMismatch(), _graded(score, grade))) is flagged


def test_a_configured_grade_scale_is_used() -> None:
    scale = parse_grade_scale({"合格": 60, "优秀": 85, "不合格": 0, "良好": 75})
    assert [name for name, _ in scale] == ["优秀", "良好", "合格", "不合格"]
    options = Options(grade_scale=scale)
    assert _found(grades.GradeScoreMismatch(), _graded("86", "优秀"), options) == []
    assert _found(grades.GradeScoreMismatch(), _graded("80", "优秀"), options) == [
        "自评得分 is 80分, which under the grade scale (优秀 ≥ 85，良好 ≥ 75，合格 ≥ 60，"
        "不合格 < 60) is “良好”, but the report grades it “优秀”"]
    with pytest.raises(ConfigError, match="grade-scale: '优' needs a lowest score"):
        parse_grade_scale({"优": "high"}, "crossfoot.toml")
    with pytest.raises(ConfigError, match="two grades have the same lowest score"):
        parse_grade_scale({"优": 90, "良": 90})


def test_grade_scale_from_the_configuration_file(run: Any, tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    report.write_bytes((FIXTURES / "rules" / "RAT208" / "fail.json").read_bytes())
    (tmp_path / "crossfoot.toml").write_text('[grade-scale]\n"优秀" = 85\n"良" = 80\n"中" = 60\n'
                                             '"差" = 0\n', encoding="utf-8")
    assert run("check", str(report), "--select", "RAT208")[0] == 0
    (tmp_path / "crossfoot.toml").write_text('[grade-scale]\n"优" = "很高"\n', encoding="utf-8")
    code, _, err = run("check", str(report), "--select", "RAT208")
    assert code == 2
    assert err == (f"crossfoot: error: {tmp_path / 'crossfoot.toml'}: grade-scale: '优' needs "
                   "a lowest score, not '很高'\n")


def test_seed_ratio_findings_are_exactly_the_known_defects() -> None:
    # Defect 8 (91.73 against 54.63: 167.9 %) and defect 9 (2.41 against 11.8: 20.4 %).
    # 240.99 against 241.44 is set against the initial budget (年初), 97.44 is 优秀, the
    # average 97.44 is (95.38 + 99.5) / 2 and 95% 以上 is a valid share: none is reported.
    found = findings_json(SEED, ("RAT",))
    assert [(f["rule"], f["location"]["pointer"], f["severity"]) for f in found] == [
        ("RAT205", "/facts/14", "info"), ("RAT204", "/facts/20", "warning")]
    assert found[1]["message"]["zh"] == (
        "商品服务支出决算数 91.73万元 超过 商品服务支出预算 54.63万元，执行率 167.9%，"
        "超支 37.10万元，需说明原因")


@pytest.mark.parametrize("rule", [f"RAT20{i}" for i in range(1, 9)])
def test_rule_documentation(run: Any, rule: str) -> None:
    code, out, _ = run("rule", rule)
    assert code == 0
    assert out.splitlines()[0].startswith(f"# {rule} ") and "Family ratios · default " in out
    assert "## Example" in out and "- zh: " in out and "- en: " in out


def test_a_share_under_a_subtotal_may_be_of_the_subtotal_or_the_grand_total() -> None:
    def table(first_share: str) -> Report:
        columns = [{"id": "a", "label": "决算数", "role": "actual"},
                   {"id": "p", "label": "占比", "role": "share", "unit": "%"}]
        rows = [
            {"id": "t", "label": "支出合计", "level": 0, "role": "total",
             "cells": {"a": 200, "p": 100}},
            {"id": "b", "label": "基本支出", "level": 1, "role": "subtotal",
             "cells": {"a": 150, "p": 75}},
            {"id": "b1", "label": "人员经费", "level": 2, "role": "item",
             "cells": {"a": 120, "p": first_share}},
            {"id": "b2", "label": "公用经费", "level": 2, "role": "item",
             "cells": {"a": 30, "p": 20}},
            {"id": "x", "label": "项目支出", "level": 1, "role": "item",
             "cells": {"a": 50, "p": 25}}]
        return build_report({"crossfoot": "1.0", "meta": {"title": "测试", "unit": "万元"},
                             "tables": [{"id": "s", "title": "支出结构", "columns": columns,
                                         "rows": rows}]})

    assert _found(ratios.RateMismatch(), table("60")) == []  # of the grand total
    assert _found(ratios.RateMismatch(), table("80")) == []  # of its subtotal
    assert _found(ratios.RateMismatch(), table("70")) == [
        "支出结构：人员经费 / 占比 is stated as 70%, but 人员经费 / 决算数 120万元 ÷ "
        "支出结构：基本支出 / 决算数 150万元 gives 80.0%, more than rounding explains"]


def _average_claim(mean: str, figures: tuple[str, ...], refs: int | None = None
                   ) -> dict[str, Any]:
    facts = [{"id": f"f{i}", "label": f"项目{i}得分", "value": v, "unit": "分"}
             for i, v in enumerate(figures, 1)]
    facts.append({"id": "m", "label": "平均得分", "value": mean, "unit": "分"})
    return {"crossfoot": "1.0", "meta": {"title": "测试", "fiscal_year": 2023},
            "facts": facts,
            "claims": [{"id": "c1", "kind": "average", "value": {"fact": "m"},
                        "of": [{"fact": f"f{i}"} for i in range(1, (refs or len(figures)) + 1)]}]}


def test_an_average_claim_is_checked_against_its_figures() -> None:
    wrong = build_report(_average_claim("93", ("95", "88", "90")))
    assert _found(ratios.AverageMismatch(), wrong) == [
        "平均得分 is 93分, but the mean of the 3 figures it covers (95分 + 88分 + 90分) is 91分 "
        "(off by 2分)"]
    right = build_report(_average_claim("91", ("95", "88", "90")))
    assert _found(ratios.AverageMismatch(), right) == []


def test_an_average_claim_naming_a_missing_figure_is_refused(tmp_path: Path) -> None:
    import json

    from crossfoot.errors import InputError
    from crossfoot.importing.load import load_json_report

    path = tmp_path / "average.json"
    path.write_text(json.dumps(_average_claim("91", ("95", "88"), refs=3)), encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_json_report(path)
    assert raised.value.problems == ["/claims/0/of/2: no fact 'f3'"]


def _excess_rate_claim(rate: str, excess: str, whole: bool = False) -> dict[str, Any]:
    facts = [{"id": "a", "label": "利润收入", "measure": "actual", "value": "4655", "unit": "万元"},
             {"id": "d", "label": "超预算", "measure": "change", "value": excess, "unit": "万元"},
             {"id": "p", "label": "完成预算的", "measure": "rate", "value": rate, "unit": "%"}]
    claim = {"id": "c1", "kind": "rate", "value": {"fact": "p"}, "part": {"fact": "a"}}
    if not whole:
        claim["change"] = {"fact": "d"}
    return {"crossfoot": "1.0", "meta": {"title": "测试", "fiscal_year": 2021},
            "facts": facts, "claims": [claim]}


def test_a_rate_of_a_budget_unstated_is_of_the_result_less_its_excess() -> None:
    """完成 4,655 万元，超预算 455 万元，完成预算的 110.8%: the budget is 4,655 − 455."""
    assert _found(ratios.RateMismatch(), build_report(_excess_rate_claim("110.8", "455"))) == []
    assert _found(ratios.RateMismatch(), build_report(_excess_rate_claim("110.8", "445"))) == [
        "完成预算的 is stated as 110.8%, but 利润收入 4655万元 ÷ (4655万元 − 445万元) gives "
        "110.57%, more than rounding explains"]
    # a shortfall is a negative excess: 4,655 ÷ (4,655 + 145) = 96.98%
    assert _found(ratios.RateMismatch(), build_report(_excess_rate_claim("97.0", "-145"))) == []


def test_a_rate_claim_with_neither_its_whole_nor_an_excess_is_refused(tmp_path: Path) -> None:
    import json

    from crossfoot.errors import InputError
    from crossfoot.importing.load import load_json_report

    path = tmp_path / "rate.json"
    path.write_text(json.dumps(_excess_rate_claim("110.8", "455", whole=True)),
                    encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_json_report(path)
    assert raised.value.problems == ["/claims/0: a rate claim needs whole or change"]


@pytest.mark.parametrize("measures", [("rate",), ("change",), ("score",), ("grade",),
                                      ("share", "rate"), executions.EXECUTION_MEASURES])
def test_the_groups_of_a_measure_are_every_group_stating_it_in_order(
        measures: tuple[str, ...]) -> None:
    """The rules look only at the groups the index gives for their measures: it must hold
    every group with a stated member of them, in the report's order."""
    from crossfoot.importing.load import load_json_report

    stated = 0
    for path in [*sorted(FIXTURES.glob("rules/RAT*/*.json")), SEED]:
        if path.name.endswith(".expected.json"):
            continue
        ctx = Context(load_json_report(path), Options())
        order = {id(group): index for index, group in enumerate(members.groups_of(ctx))}
        having = members.groups_with(ctx, *measures)
        stating = [g for g in members.groups_of(ctx) if any(g.all(m) for m in measures)]
        assert {id(g) for g in stating} <= {id(g) for g in having}
        assert [order[id(g)] for g in having] == sorted(order[id(g)] for g in having)
        assert all(any(m.measure in measures for m in g.members) for g in having)
        stated += len(stating)
    assert stated  # the fixtures state each of these measures somewhere


def test_an_amount_of_change_is_shown_at_its_operands_digits() -> None:
    # 与上年持平 states a change of 0; what the figures give is shown as they show it (0.30,
    # not 0 rounded to the stated zero's digits).
    text = "某镇2022年度部门决算说明\n\n公务接待费3.20万元，上年为2.90万元，与上年持平。\n"
    report = build_report(read_document(read_text(text, "x")).data)
    assert _found(ratios.RateMismatch(), report) == [
        "公务接待费变动 is stated as 0万元, but 公务接待费 3.20万元 − 公务接待费 2.90万元 "
        "gives 0.30万元, more than rounding explains"]
