"""``exact`` on a fact or a cell: a standard is its figure exactly; a mean of counts is rounded."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from crossfoot.app.config import Config
from crossfoot.app.session import Session
from crossfoot.checking.context import Options
from crossfoot.importing.load import report_from_data


def _product(standard: dict[str, Any], total: str, count: int) -> dict[str, Any]:
    """27 户 × 每户 2 万元 = c: a report of the standard, the total and their relation."""
    return {"crossfoot": "1.0", "meta": {"title": "奖补项目", "language": "zh"},
            "facts": [{"id": "f1", "label": "按每户", "unit": "万元", **standard},
                      {"id": "f2", "label": "发放奖补资金", "value": total, "unit": "万元"}],
            "relations": [{"id": "r1", "kind": "sum", "total": {"fact": "f2"},
                           "parts": [{"fact": "f1"}], "weights": [count],
                           "coverage": "complete"}]}


def _rules(data: dict[str, Any]) -> list[tuple[str, str]]:
    session = Session(config=Config(select=("SUM",)), options=Options(today=dt.date(2026, 1, 1)))
    findings = session.check_report(report_from_data(data, "exact.json"))
    return [(f.rule_id, f.severity.value) for f in findings]


def test_a_standard_marked_exact_is_not_widened_by_its_digits() -> None:
    # 27 × [1.5, 2.5] holds 56; 27 × 2 exactly is 54
    assert _rules(_product({"value": "2"}, "56", 27)) == []
    assert _rules(_product({"value": "2", "exact": True}, "56", 27)) == [("SUM103", "error")]
    assert _rules(_product({"value": "2", "exact": True}, "54", 27)) == []


def test_a_mean_of_counts_marked_not_exact_is_rounded() -> None:
    data = {"crossfoot": "1.0", "meta": {"title": "培训", "language": "zh"},
            "facts": [{"id": "f1", "label": "期均培训", "value": "45", "unit": "人次"},
                      {"id": "f2", "label": "累计培训", "value": "545", "unit": "人次"}],
            "relations": [{"id": "r1", "kind": "sum", "total": {"fact": "f2"},
                           "parts": [{"fact": "f1"}], "weights": [12],
                           "coverage": "complete"}]}
    assert _rules(data) == [("SUM103", "error")]  # counts are exact: 12 × 45 = 540
    data["facts"][0]["exact"] = False
    assert _rules(data) == []  # 545 / 12 = 45.4, printed 45


@pytest.mark.parametrize(("exact", "expected"), [(None, []), (True, [("SUM103", "error")])])
def test_a_cell_marked_exact(exact: bool | None, expected: list[tuple[str, str]]) -> None:
    cell: dict[str, Any] = {"value": "2", **({"exact": exact} if exact is not None else {})}
    data = {"crossfoot": "1.0", "meta": {"title": "测算表", "language": "zh"},
            "tables": [{"id": "t1", "title": "奖补资金测算表", "unit": "万元",
                        "columns": [{"id": "label", "label": "类别", "role": "label"},
                                    {"id": "c1", "label": "奖补标准"},
                                    {"id": "c2", "label": "奖补金额"}],
                        "rows": [{"id": "r1", "label": "四星级", "cells": {"c1": cell,
                                                                        "c2": "20"}}]}],
            "relations": [{"id": "r1", "kind": "sum",
                           "total": {"table": "t1", "row": "r1", "col": "c2"},
                           "parts": [{"table": "t1", "row": "r1", "col": "c1"}],
                           "weights": [9], "coverage": "complete"}]}
    assert _rules(data) == expected  # 9 × [1.5, 2.5] holds 20; 9 × 2 is 18
