"""Measure groups: the same item's figures found by role, by label, by concept and period."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from crossfoot.analysis.measures import (
    average_cases,
    measure_groups,
    measure_of_label,
    normalise,
    share_cases,
)
from crossfoot.model.quantity import Quantity
from crossfoot.model.report import Report, build_report


def _report(**parts: Any) -> Report:
    data: dict[str, Any] = {"crossfoot": "1.0",
                            "meta": {"title": "测试", "fiscal_year": 2023, "unit": "万元"}}
    data.update(parts)
    return build_report(data)


def _measures(report: Report, key: str) -> list[tuple[str, str]]:
    group = next(g for g in measure_groups(report) if g.key == key)
    return [(m.measure, m.shown) for m in group.members]


def test_row_members_by_role_and_initial_budget_by_label() -> None:
    report = _report(tables=[{
        "id": "t", "title": "资金表", "columns": [
            {"id": "name", "label": "项目", "role": "label"},
            {"id": "b0", "label": "年初预算数", "role": "budget"},
            {"id": "b", "label": "全年预算数", "role": "budget"},
            {"id": "a", "label": "全年执行数", "role": "actual"},
            {"id": "r", "label": "执行率", "role": "rate"}],
        "rows": [{"id": "r1", "label": "道路", "cells": {"name": "道路", "b0": 60, "b": 70,
                                                         "a": 63, "r": 90}}]}])
    assert _measures(report, "table:t/row:r1") == [
        ("budget_initial", "60万元"), ("budget", "70万元"), ("actual", "63万元"), ("rate", "90%")]


def test_columns_without_roles_are_read_by_label() -> None:
    labels = {"预算数": "budget", "全年预算数": "budget", "年初预算数": "budget_initial",
              "执行数": "actual", "决算数": "actual", "全年执行数": "actual", "执行率": "rate",
              "分值": "weight", "权重": "weight", "得分": "score", "等级": "grade",
              "评价等级": "grade", "占比": "share", "上年决算数": "prior", "增减率": "change",
              "年度指标值": "target", "实际完成值": "result", "备注": None}
    assert {label: measure_of_label(label) for label in labels} == {
        label: ("budget_initial" if label == "年初预算数" else measure)
        for label, measure in labels.items()}
    report = _report(tables=[{
        "id": "t", "title": "评分表", "columns": [
            {"id": "n", "label": "指标"}, {"id": "w", "label": "分值", "unit": "分"},
            {"id": "s", "label": "得分", "unit": "分"}, {"id": "g", "label": "评价等级"},
            {"id": "p", "label": "受益人数", "unit": "人"}],
        "rows": [{"id": "i1", "label": "满意度", "cells": {"n": "满意度", "w": 10, "s": 9,
                                                           "g": "优", "p": 120}}]}])
    assert _measures(report, "table:t/row:i1") == [
        ("weight", "10分"), ("score", "9分"), ("grade", "优"), ("count", "120人")]


def test_facts_group_by_concept_and_period_with_measure_suffix_dropped() -> None:
    report = _report(facts=[
        {"id": "s", "concept": "evaluation.project.score", "measure": "score", "value": "97.44",
         "unit": "分", "period": "2023"},
        {"id": "g", "concept": "evaluation.project.grade", "measure": "grade", "value": "优秀",
         "period": "2023"},
        {"id": "b", "concept": "spend.goods", "label": "商品服务支出预算", "measure": "budget",
         "value": "54.63", "period": "2023"},
        {"id": "a", "concept": "spend.goods", "label": "商品服务支出决算数", "measure": "actual",
         "value": "91.73", "period": "2023"},
        {"id": "old", "concept": "spend.goods", "measure": "actual", "value": "60",
         "period": "2022"},
        {"id": "loose", "label": "参训人数", "measure": "count", "value": 3, "unit": "人"}])
    keys = [g.key for g in measure_groups(report)]
    assert keys == ["concept:evaluation.project|2023", "concept:spend.goods|2023",
                    "concept:spend.goods|2022", "fact:loose"]
    assert _measures(report, "concept:evaluation.project|2023") == [("score", "97.44分"),
                                                                    ("grade", "优秀")]
    # The year before gives the prior-year figure a change is computed from.
    assert _measures(report, "concept:spend.goods|2023") == [
        ("budget", "54.63万元"), ("actual", "91.73万元"), ("prior", "60万元")]


def test_duplicates_pair_with_the_figure_stated_nearest() -> None:
    def fact(fid: str, measure: str, value: str, paragraph: str) -> dict[str, Any]:
        return {"id": fid, "concept": "spend.goods", "measure": measure, "value": value,
                "period": "2023", "source": {"section": "s", "paragraph": paragraph}}

    report = _report(facts=[fact("a1", "actual", "91.72", "p2"),
                            fact("b", "budget", "54.63", "p1"),
                            fact("a2", "actual", "91.73", "p1")])
    group = measure_groups(report)[0]
    budget = group.number("budget")
    assert budget is not None
    nearest = group.number("actual", budget)
    assert nearest is not None and nearest.shown == "91.73万元"
    first = group.number("actual")
    assert first is not None and first.shown == "91.72万元"


def test_average_row_covers_item_rows_and_knows_weight_columns() -> None:
    report = _report(tables=[{
        "id": "t", "title": "汇总表", "columns": [
            {"id": "n", "label": "项目", "role": "label"},
            {"id": "b", "label": "全年预算数", "role": "budget"},
            {"id": "s", "label": "得分", "role": "score", "unit": "分", "additive": False}],
        "rows": [
            {"id": "r1", "label": "甲", "role": "item", "cells": {"b": 70, "s": "95.38"}},
            {"id": "r2", "label": "乙", "role": "item", "cells": {"b": "7.42", "s": "99.5"}},
            {"id": "rt", "label": "合计", "role": "total", "cells": {"b": "77.42"}},
            {"id": "ra", "label": "平均分", "role": "average", "cells": {"s": "97.44"}}]}])
    [case] = list(average_cases(report))
    assert case.average.shown == "97.44分"
    assert [p.shown for p in case.parts] == ["95.38分", "99.5分"]
    assert [(label, [str(w) for w in weights]) for label, weights in case.weightings] == [
        ("全年预算数", ["70万元", "7.42万元"])]


def test_shares_pair_with_their_total_row_in_each_amount_column() -> None:
    report = _report(tables=[{
        "id": "t", "title": "结构表", "columns": [
            {"id": "n", "label": "类别", "role": "label"},
            {"id": "a", "label": "决算数", "role": "actual"},
            {"id": "p", "label": "占比", "role": "share", "unit": "%"}],
        "rows": [
            {"id": "r1", "label": "工资", "role": "item", "cells": {"a": "149.72", "p": 62}},
            {"id": "rt", "label": "合计", "role": "total", "cells": {"a": "241.44", "p": 100}}]}])
    cases = list(share_cases(report, measure_groups(report)))
    assert [(c.share.shown, [(p.shown, w.shown) for p, w in c.candidates]) for c in cases] == [
        ("62%", [("149.72万元", "241.44万元")]), ("100%", [("241.44万元", "241.44万元")])]


def test_a_rate_in_a_money_table_is_a_percentage() -> None:
    report = _report(tables=[{
        "id": "t", "title": "表", "unit": "万元", "columns": [
            {"id": "r", "label": "执行率"}, {"id": "s", "label": "得分"}],
        "rows": [{"id": "r1", "label": "甲", "cells": {"r": "90.5", "s": 8}}]}])
    group = measure_groups(report)[0]
    rate, score = group.number("rate"), group.number("score")
    assert rate is not None and rate.quantity is not None
    assert rate.quantity.base_interval().lo == Decimal("0.9045")
    assert score is not None and score.shown == "8分"


def test_shares_of_a_whole_outside_the_table_are_left_alone() -> None:
    report = _report(tables=[{
        "id": "t", "title": "项目表", "columns": [
            {"id": "a", "label": "全年执行数", "role": "actual"},
            {"id": "p", "label": "占本部门项目支出的比例", "role": "share", "unit": "%"}],
        "rows": [
            {"id": "r1", "label": "甲", "role": "item", "cells": {"a": 63, "p": "30.1"}},
            {"id": "r2", "label": "乙", "role": "item", "cells": {"a": "7.42", "p": "3.5"}},
            {"id": "rt", "label": "合计", "role": "total", "cells": {"a": "70.42", "p": "33.6"}}]}])
    assert list(share_cases(report, measure_groups(report))) == []


def test_a_change_is_about_the_budget_or_the_actual_its_label_names() -> None:
    def fact(fid: str, measure: str, value: str, label: str) -> dict[str, Any]:
        return {"id": fid, "concept": "spend", "label": label, "measure": measure,
                "value": value, "period": "2023"}

    report = _report(facts=[fact("b", "budget", "11.8", "预算"),
                            fact("a", "actual", "2.41", "决算数"),
                            fact("cb", "change", "-1.7", "预算较上年减少"),
                            fact("ca", "change", "-62.6", "决算数较上年减少"),
                            fact("c", "change", "-5", "较上年减少")])
    group = measure_groups(report)[0]
    changes = {m.label: m for m in group.all("change")}
    shown = {label: (c.shown if (c := group.current(m)) else None) for label, m in changes.items()}
    assert shown == {"预算较上年减少": "11.8万元", "决算数较上年减少": "2.41万元",
                     "较上年减少": None}


def test_a_fact_member_stands_where_its_fact_does() -> None:
    """A fact's member keeps the fact and gives its place when asked, as a cell's member
    gives the cell's."""
    report = _report(facts=[
        {"id": "b", "concept": "spend.goods", "label": "商品服务支出预算", "measure": "budget",
         "value": "54.63", "period": "2023"},
        {"id": "a", "concept": "spend.goods", "label": "商品服务支出决算数", "measure": "actual",
         "value": "91.73", "period": "2023"}])
    group = next(g for g in measure_groups(report) if g.key == "concept:spend.goods|2023")
    assert [m.location for m in group.members] == [f.location() for f in report.facts]
    assert [m.location.anchor for m in group.members] == ["fact:b", "fact:a"]


def test_a_relabelled_figure_has_the_interval_of_its_new_unit() -> None:
    """A copy in another unit is built afresh: the original's cached interval is not kept."""
    money = Quantity.of(Decimal("90.5"), "万元")
    assert money.base_interval().lo == Decimal("904500")  # asked, so kept with the figure
    rate = normalise("rate", money)
    assert rate == Quantity(Decimal("90.5"), "%", 1, False, None)
    assert rate is not None and rate.base_interval().lo == Decimal("0.9045")
    score = normalise("score", Quantity.of(Decimal("8"), "元"))
    assert score is not None and score.unit == "分" and score.base_interval().lo == Decimal("7.5")
