"""Inputs for the robustness suite: one report that uses every part of the schema,
ways to break it, and small helpers to walk and write JSON documents.

The complete report is consistent (its sums hold, its dates are in range), so
any finding a mutation provokes comes from the mutation, and a crash is a bug.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def complete_report() -> dict[str, Any]:
    """A small, valid, consistent report touching every schema element."""
    return {
        "crossfoot": "1.0",
        "meta": {
            "title": "示例县水务局 2023 年度项目支出绩效自评报告",
            "organization": "示例县水务局",
            "kind": "project",
            "fiscal_year": 2023,
            "report_date": "2024-03-20",
            "language": "zh",
            "unit": "万元",
            "region": "示例县",
            "source": "robustness sample",
        },
        "sections": [
            {
                "id": "s1", "number": "一", "title": "项目基本情况",
                "paragraphs": [
                    {"id": "s1-p1", "text": "本项目用于农村供水管网维护，年初预算 120 万元。"},
                ],
                "sections": [
                    {"id": "s1-1", "number": "（一）", "title": "项目概况",
                     "paragraphs": [{"id": "s1-1-p1", "text": "项目由县水务局组织实施。"}],
                     "sections": [{"id": "s1-1-1", "number": None, "title": "实施范围"}]},
                ],
            },
            {"id": "s2", "number": "二", "title": "绩效目标完成情况", "paragraphs": [
                {"id": "s2-p1", "text": "全年维修管网 12 公里，群众满意度 95% 以上。"}]},
        ],
        "tables": [
            {
                "id": "t1", "title": "项目资金情况表", "unit": "万元", "section": "s1",
                "columns": [
                    {"id": "item", "label": "项目", "role": "label"},
                    {"id": "initial", "label": "年初预算数", "role": "budget_initial"},
                    {"id": "adj", "label": "调整数", "role": "adjustment"},
                    {"id": "budget", "label": "全年预算数", "role": "budget"},
                    {"id": "actual", "label": "全年执行数", "role": "actual"},
                    {"id": "rate", "label": "执行率", "role": "rate", "unit": "%",
                     "additive": False},
                ],
                "rows": [
                    {"id": "r1", "label": "管网维修", "level": 1, "role": "item",
                     "cells": {"item": "管网维修", "initial": 80, "adj": "-5.50",
                               "budget": "74.50", "actual": 70, "rate": "93.96"}},
                    {"id": "r2", "label": "水质检测", "level": 1, "role": "item",
                     "cells": {"item": {"value": "水质检测", "concept": "project.name"},
                               "initial": 40, "adj": None, "budget": 40,
                               "actual": {"value": "40.00", "concept": "actual",
                                          "period": "2023"},
                               "rate": 100}},
                    {"id": "rt", "label": "合计", "level": 0, "role": "total",
                     "sum_of": ["r1", "r2"], "coverage": "complete",
                     "cells": {"initial": 120, "adj": "-5.50", "budget": "114.50",
                               "actual": "110.00", "rate": "96.07"}},
                    {"id": "rn", "label": "注：数据来源于财务账", "role": "note", "cells": {}},
                ],
                "column_sums": [
                    {"total": "budget", "parts": ["initial", "adj"], "weights": [1, 1]},
                ],
            },
        ],
        "facts": [
            {"id": "f-budget", "concept": "budget", "label": "年初预算", "measure": "budget",
             "value": 120, "unit": "万元", "period": "2023",
             "source": {"pointer": "/sections/0/paragraphs/0/text", "section": "s1",
                        "paragraph": "s1-p1", "start": 18, "end": 24, "quote": "120 万元"}},
            {"id": "f-length", "label": "维修管网", "measure": "result", "value": "12",
             "unit": "公里", "period": "2023"},
            {"id": "f-satisfaction", "label": "群众满意度", "measure": "result", "value": 95,
             "unit": "%", "qualifier": "at_least"},
            {"id": "f-grade", "label": "自评等级", "measure": "grade", "value": "优"},
            {"id": "f-actual", "concept": "actual", "label": "全年执行数", "measure": "actual",
             "value": "110.00", "unit": "万元"},
        ],
        "relations": [
            {"id": "rel-actual", "kind": "sum", "label": "执行数 = 各项目执行数之和",
             "total": {"fact": "f-actual"},
             "parts": [{"table": "t1", "row": "r1", "col": "actual"},
                       {"table": "t1", "row": "r2", "col": "actual"}],
             "weights": [1, 1], "coverage": "complete"},
        ],
        "waivers": [
            {"rule": "SUM105", "pointer": "/facts/0", "quote": "120 万元",
             "reason": "年初预算另有说明", "by": "审核人", "date": "2024-04-01"},
        ],
        "analysis": {"note": "informative only"},
    }


def walk(value: Any, pointer: str = "") -> Iterator[tuple[str, Any]]:
    """Every (JSON pointer, value) below and including ``value``, depth first."""
    yield pointer or "/", value
    if isinstance(value, dict):
        for key, child in value.items():
            yield from walk(child, f"{pointer}/{key.replace('~', '~0').replace('/', '~1')}")
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from walk(child, f"{pointer}/{index}")


def replaced(document: Any, pointer: str, new: Any) -> Any:
    """A copy of ``document`` with the value at ``pointer`` replaced by ``new``."""
    if pointer == "/":
        return new
    result = copy.deepcopy(document)
    steps = [s.replace("~1", "/").replace("~0", "~") for s in pointer.split("/")[1:]]
    parent = result
    for step in steps[:-1]:
        parent = parent[int(step)] if isinstance(parent, list) else parent[step]
    if isinstance(parent, list):
        parent[int(steps[-1])] = new
    else:
        parent[steps[-1]] = new
    return result


def replaced_if_there(document: Any, pointer: str, new: Any) -> Any:
    """Like ``replaced``, but unchanged when an earlier change removed the place."""
    try:
        return replaced(document, pointer, new)
    except (KeyError, IndexError, TypeError, ValueError):
        return document


def wrong_type(value: Any) -> Any:
    """A value of a type the schema accepts nowhere in place of ``value``."""
    return {"wrong": 1} if isinstance(value, list) else [1]


def write_json(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def nested_sections(depth: int) -> dict[str, Any]:
    """A valid report whose sections nest ``depth`` levels deep."""
    section: dict[str, Any] = {"id": f"s{depth}", "title": "最内层"}
    for level in range(depth - 1, 0, -1):
        section = {"id": f"s{level}", "title": f"第 {level} 层", "sections": [section]}
    return {"crossfoot": "1.0", "meta": {"title": "层层嵌套"}, "sections": [section]}


def nested_text(depth: int, open_: str = "[", close: str = "]") -> str:
    """JSON text nested ``depth`` levels deep without building it in Python."""
    return open_ * depth + close * depth


def _money_table(cells: list[Any], total: Any, **extra: Any) -> dict[str, Any]:
    rows = [{"id": f"r{i}", "label": f"第{i}项", "level": 1, "role": "item",
             "cells": {"budget": v, "actual": v, "rate": "100"}} for i, v in enumerate(cells)]
    rows.append({"id": "t", "label": "合计", "level": 0, "role": "total",
                 "cells": {"budget": total, "actual": total, "rate": "100"}})
    return {"id": "t1", "title": "资金表", "columns": [
        {"id": "item", "label": "项目", "role": "label"},
        {"id": "budget", "label": "全年预算数", "role": "budget"},
        {"id": "actual", "label": "全年执行数", "role": "actual"},
        {"id": "rate", "label": "执行率", "role": "rate", "unit": "%"}], "rows": rows, **extra}


def edge_reports() -> dict[str, dict[str, Any]]:
    """Valid reports at the edges of what the schema allows: each rule must cope."""
    head = {"crossfoot": "1.0"}
    meta = {"title": "边界情况", "kind": "project", "fiscal_year": 2023,
            "report_date": "2024-03-01", "language": "zh", "unit": "万元"}
    full = complete_report()
    no_rows = copy.deepcopy(full)
    no_rows["tables"][0]["rows"] = []
    no_rows["relations"] = []
    odd_sources = copy.deepcopy(full)
    odd_sources["facts"][0]["source"].update(start=9999, end=99999)
    odd_sources["facts"][1]["source"] = {"start": 5, "end": 2, "quote": "不在原文中"}
    return {
        "only-meta": {**head, "meta": {"title": ""}},
        "empty-lists": {**head, "meta": meta, "sections": [], "tables": [], "facts": [],
                        "relations": [], "waivers": []},
        "no-rows": no_rows,
        "zero-budgets": {**head, "meta": meta, "tables": [_money_table(["0", 0], "0.00")]},
        "negative": {**head, "meta": meta, "tables": [_money_table(["-5", "-7.5"], "-12.5")]},
        "negative-zero": {**head, "meta": meta, "tables": [_money_table(["-0", "-0.0"], "-0")]},
        "huge-and-tiny": {**head, "meta": meta, "tables": [
            _money_table(["1" + "0" * 29, "0.01"], "1" + "0" * 29 + ".01")], "facts": [
            {"id": "tiny", "value": "0.000000000000000000000000000001", "measure": "rate",
             "unit": "%"}]},
        "text-cells": {**head, "meta": meta, "tables": [_money_table(["约五万", "—"], "另计")]},
        "null-cells": {**head, "meta": meta, "tables": [_money_table([None, None], None)]},
        "lonely-total": {**head, "meta": meta, "tables": [_money_table([], "10", column_sums=[
            {"total": "budget", "parts": ["actual", "actual"], "weights": [1, -1]}])]},
        "odd-numbers": {**head, "meta": meta, "sections": [
            {"id": f"s{i}", "number": number, "title": f"标题{i}"}
            for i, number in enumerate(["第十二章", "①", "（１）", "一、", "", None, "99.", "A"])]},
        "deep-sections": {**nested_sections(30), "meta": meta},
        "text-facts": {**head, "meta": meta, "facts": [
            {"id": f"f{i}", "measure": measure, "value": value, "label": "指标",
             "qualifier": qualifier}
            for i, (measure, value, qualifier) in enumerate([
                ("grade", "优秀", "approx"), ("date", "2023-02-29", "at_least"),
                ("date", "去年", "at_most"), ("rate", "150", "more_than"),
                ("score", "-1", "less_than"), ("count", "0.5", "approx")])]},
        "odd-sources": odd_sources,
        "edge-years": {**head, "meta": {**meta, "fiscal_year": 1900, "report_date": "2200",
                                        "language": "en"}},
        "blank-text": {**head, "meta": meta, "sections": [{"id": "s", "title": " ", "paragraphs": [
            {"id": "p1", "text": ""}, {"id": "p2", "text": " \n\t"},
            {"id": "p3", "text": "。。。"}]}]},
    }
