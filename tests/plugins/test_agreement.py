"""Agreement (AGR4xx): the same quantity stated twice must have one value, rounding allowed."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from crossfoot.model.quantity import Quantity
from crossfoot.plugins.agreement import Span

from conftest import FIXTURES, findings_json

SEED = FIXTURES / "seed" / "yiyang-2021.json"


def q(value: str, unit: str = "万元", qualifier: str | None = None) -> Quantity:
    return Quantity.of(Decimal(value), unit, qualifier=qualifier)


def agree(*quantities: Quantity) -> bool:
    return Span.common(Span.of(x) for x in quantities)


@pytest.mark.parametrize(("a", "b"), [
    (q("91.7"), q("91.73")),              # equal at the coarser precision
    (q("91.73"), q("91.73")),
    (q("91.725"), q("91.73")),            # 91.725 rounds half up to 91.73
    (q("91.7249"), q("91.72")),
    (q("91.73"), q("91.735")),            # 91.7348 prints as either
    (q("-1.3", "%"), q("-1.35", "%")),
    (q("241.44"), q("2414400", "元")),     # units normalised
    (q("241.44"), q("2414412", "元")),     # 2414412 元 is 241.44 万元 once rounded
    (q("14", "人"), q("14", "名")),         # persons either way
    (q("-1.3", "%"), q("-1.25", "%")),     # 四舍五入 rounds -1.25 away from zero to -1.3
    (q("95", "%", "at_least"), q("96.2", "%")),
    (q("22592", "件", "approx"), q("24000", "件")),
    (q("5", "万元", "at_most"), q("5", "万元", "at_most")),
])
def test_equal_after_rounding_is_never_flagged(a: Quantity, b: Quantity) -> None:
    assert agree(a, b)
    assert agree(b, a)


@pytest.mark.parametrize(("a", "b"), [
    (q("91.72"), q("91.73")),             # same precision, different digits
    (q("91.73"), q("91.736")),            # no value rounds to both
    (q("13", "人"), q("14", "名")),         # counts are exact
    (q("70.42"), q("77.42")),
    (q("241.44"), q("2414500", "元")),
    (q("95", "%", "at_least"), q("94", "%")),
    (q("-1.3", "%"), q("-1.36", "%")),
])
def test_different_values_disagree(a: Quantity, b: Quantity) -> None:
    assert not agree(a, b)
    assert not agree(b, a)


def test_three_statements_need_one_common_value() -> None:
    # 91.7 meets both 91.66 and 91.74, but those two cannot be the same figure
    assert not agree(q("91.66"), q("91.7"), q("91.74"))
    assert agree(q("91.7"), q("91.7"), q("91.74"))


def _report(tmp_path: Path, facts: list[dict[str, Any]], tables: list[Any] | None = None,
            paragraphs: int = 3) -> Path:
    data = {
        "crossfoot": "1.0",
        "meta": {"title": "测试报告", "kind": "department", "fiscal_year": 2023,
                 "report_date": "2024-03-20", "unit": "万元"},
        "sections": [{"id": "s1", "number": "一", "title": "预算执行情况",
                      "paragraphs": [{"id": f"p{i}", "text": "略。"}
                                     for i in range(1, paragraphs + 1)]}],
        "facts": facts,
    }
    if tables:
        data["tables"] = tables
    path = tmp_path / "report.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _fact(id: str, value: Any, paragraph: str, **extra: Any) -> dict[str, Any]:
    return {"id": id, "value": value, "source": {"section": "s1", "paragraph": paragraph},
            **extra}


def _rules(found: list[dict[str, Any]]) -> list[tuple[str, str, list[str]]]:
    return [(f["rule"], f["location"]["pointer"], [r["pointer"] for r in f["related"]])
            for f in found]


def test_different_periods_are_never_compared(tmp_path: Path) -> None:
    path = _report(tmp_path, [
        _fact("a", "35.62", "p1", concept="goods", measure="actual", period="2023"),
        _fact("b", "31.20", "p2", concept="goods", measure="actual", period="2022"),
        _fact("c", "35.62", "p3", concept="goods", measure="actual"),  # no period: the year
    ])
    assert findings_json(path, ("AGR",)) == []


def test_measures_keep_budget_and_actual_apart(tmp_path: Path) -> None:
    path = _report(tmp_path, [
        _fact("a", "54.63", "p1", concept="goods", measure="budget"),
        _fact("b", "91.73", "p2", concept="goods", measure="actual"),
        _fact("c", "91.73", "p3", label="商品服务支出决算数"),  # measure read off the label
    ])
    assert findings_json(path, ("AGR",)) == []


def test_one_finding_for_a_group_with_every_location(tmp_path: Path) -> None:
    path = _report(tmp_path, [
        _fact("a", "35.62", "p1", concept="goods", measure="actual"),
        _fact("b", "35.62", "p2", concept="goods", measure="actual"),
        _fact("c", "35.26", "p3", concept="goods", measure="actual"),
    ])
    found = findings_json(path, ("AGR",))
    assert _rules(found) == [("AGR401", "/facts/0", ["/facts/1", "/facts/2"])]
    assert found[0]["evidence"] == {"expected": "35.62", "actual": "35.26",
                                    "difference": "-0.36", "tolerance": "0.005",
                                    "unit": "万元"}


def test_labels_alone_link_only_where_nothing_says_otherwise(tmp_path: Path) -> None:
    path = _report(tmp_path, [
        # same label, different concepts: two quantities (编制 vs 实有)
        _fact("a", 4, "p1", concept="staff.authorized.sub", label="补助事业编制", unit="人"),
        _fact("b", 1, "p2", concept="staff.actual.sub", label="补助事业编制", unit="人"),
        # label-only, one paragraph: an enumeration under two totals, not a repeat
        _fact("c", 7, "p3", label="参照公务员管理人员", unit="人"),
        _fact("d", 6, "p3", label="参照公务员管理人员", unit="人"),
        # a label-only fact that could be either concept above: ambiguous, left alone
        _fact("e", 9, "p1", label="补助事业编制", unit="人"),
        # counts of different things under one label: 件 and 人次 are not the same count
        _fact("f", 1138, "p1", label="即时办理", unit="人次"),
        _fact("g", 1200, "p2", label="即时办理", unit="件"),
    ])
    assert findings_json(path, ("AGR",)) == []


def test_parts_of_different_totals_are_different_quantities(tmp_path: Path) -> None:
    facts = [
        _fact("t1", 10, "p1", label="编制人数", unit="人"),
        _fact("a", 4, "p1", label="补助事业编制", unit="人"),
        _fact("t2", 25, "p2", label="实有人数", unit="人"),
        _fact("b", 1, "p2", label="补助事业编制", unit="人"),
    ]
    path = _report(tmp_path, facts)
    assert _rules(findings_json(path, ("AGR",))) == [("AGR401", "/facts/1", ["/facts/3"])]
    data = json.loads(path.read_text(encoding="utf-8"))
    data["relations"] = [
        {"id": "r1", "total": {"fact": "t1"}, "parts": [{"fact": "a"}], "coverage": "partial"},
        {"id": "r2", "total": {"fact": "t2"}, "parts": [{"fact": "b"}], "coverage": "partial"},
    ]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert findings_json(path, ("AGR",)) == []


def test_cells_link_to_text_by_row_label_but_never_to_each_other(tmp_path: Path) -> None:
    columns = [{"id": "item", "label": "项目", "role": "label"},
               {"id": "actual", "label": "全年执行数", "role": "actual"}]

    def table(id: str, value: str) -> dict[str, Any]:
        return {"id": id, "title": f"表{id}", "columns": columns,
                "rows": [{"id": "r1", "label": "（一）道路保洁", "cells": {"actual": value}}]}

    path = _report(tmp_path, [], [table("t1", "38.2"), table("t2", "40")])
    assert findings_json(path, ("AGR",)) == []
    path = _report(tmp_path, [_fact("a", "38.6", "p1", label="道路保洁", measure="actual")],
                   [table("t1", "38.2")])
    assert _rules(findings_json(path, ("AGR",))) == [
        ("AGR402", "/facts/0", ["/tables/0/rows/0/cells/actual"])]


def test_configured_synonyms_reach_the_rule(tmp_path: Path, run: Any) -> None:
    path = _report(tmp_path, [
        _fact("a", "120", "p1", label="人员经费", measure="actual"),
        _fact("b", "125", "p2", label="工资福利支出", measure="actual"),
    ])
    code, out, _ = run("check", str(path), "--select", "AGR", "--format", "json",
                       "--today", "2024-06-01")
    assert code == 0 and json.loads(out)["files"][0]["findings"] == []
    (tmp_path / "crossfoot.toml").write_text(
        'synonyms = [["人员经费", "工资福利支出"]]\n', encoding="utf-8")
    code, out, _ = run("check", str(path), "--select", "AGR", "--format", "json",
                       "--today", "2024-06-01")
    found = json.loads(out)["files"][0]["findings"]
    assert [f["rule"] for f in found] == ["AGR401"]


def test_bad_synonyms_configuration_is_one_line(tmp_path: Path, run: Any) -> None:
    path = _report(tmp_path, [])
    (tmp_path / "crossfoot.toml").write_text('synonyms = [["人员经费"]]\n', encoding="utf-8")
    code, _, err = run("check", str(path))
    assert code == 2
    assert err.strip().splitlines() == [
        f"crossfoot: error: {tmp_path / 'crossfoot.toml'}: synonyms[0] must be a list of at "
        "least two labels, not ['人员经费']"]


def test_seed_agreement_findings() -> None:
    found = findings_json(SEED, ("AGR",))
    assert _rules(found) == [
        # defect 6: 政府购买人员 13 人 vs 招聘政府购买工作人员 14 名
        ("AGR401", "/facts/7", ["/facts/88"]),
        # defect 2: 商品服务支出决算数 91.73 vs 日常公用支出 91.72
        ("AGR401", "/facts/20", ["/facts/24"]),
        # defect 7: 项目资金总计 70.42 vs the summary table's 合计 / 全年预算数 77.42
        ("AGR402", "/facts/69", ["/tables/0/rows/2/cells/budget"]),
    ]
    assert [(f["evidence"]["expected"], f["evidence"]["actual"]) for f in found] == [
        ("13", "14"), ("91.73", "91.72"), ("77.42", "70.42")]
    assert found[2]["message"]["zh"] == (
        "正文与表格数据不一致：“项目资金总计”70.42万元（见“（一）项目概况”），"
        "“开展绩效自评项目合计 / 全年预算数（小计）”77.42万元"
        "（见“2021 年度项目支出绩效自评情况汇总审核表”），相差 7.00万元，请核实。")
