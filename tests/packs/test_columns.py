"""A rule evaluated over all rows at once gives what it gives row by row, for the same steps."""

from __future__ import annotations

import decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crossfoot.app.config import Config
from crossfoot.app.session import Session
from crossfoot.checking.context import Options
from crossfoot.model.report import Report, build_report
from crossfoot.packs.budgets import EVAL_CONTEXT, StepBudget
from crossfoot.packs.check import check
from crossfoot.packs.columns import Batch, column_of
from crossfoot.packs.env import Env, Item
from crossfoot.packs.evaluator import Evaluator, function_table
from crossfoot.packs.grammar import parse
from crossfoot.packs.loading import PackRule
from crossfoot.packs.values import Value

FUNCTIONS = function_table()
LETS = {"x": "row.得分 * 2", "y": "x + row.分值", "z": "z + 1"}
TOKENS = ["(", ")", "[", "]", ",", "+", "-", "*", "/", "==", "!=", "<", "<=", ">", "not", "and",
          "or", "in", "if", "then", "else", "1", "0", "90%", "'甲'", "null", "true", "false",
          "row.得分", "row.分值", "row.label", "row.无此列", "x", "y", "z", "meta.fiscal_year",
          "exists(row.得分)", "coalesce(row.得分, 0)", "ratio(row.得分, row.分值)",
          "sum(col('分值'))", "is_blank(row.得分)", "[1, 'a']"]
ROWS = [("a", "甲", 10, "9.5"), ("b", "乙", "x", None), ("c", "丙", 10, "10"),
        ("d", "丁", None, "8"), ("e", "戊", "5", "-3")]


def report() -> Report:
    return build_report({
        "meta": {"title": "t", "fiscal_year": 2021, "unit": "万元"},
        "tables": [{"id": "t", "title": "表", "columns": [
            {"id": "w", "label": "分值", "unit": "分"}, {"id": "s", "label": "得分", "unit": "分"}],
            "rows": [{"id": i, "label": label, "cells": {"w": w, "s": s}}
                     for i, label, w, s in ROWS]}]})


def by_rows(node: Any, lets: dict[str, Any]) -> tuple[list[Value] | None, int]:
    """Each row's value by the row evaluator (None if any row fails), and the steps spent."""
    rep = report()
    table = rep.tables[0]
    budget = StepBudget()
    env = Env(rep, budget=budget)
    values = []
    try:
        for row in table.rows:
            item = Item("row", table.row_location(row), table, row)
            values.append(Evaluator(env.at(item), FUNCTIONS, lets).run(node))
    except Exception:
        return None, budget.report_limit - budget.report_left
    return values, budget.report_limit - budget.report_left


def by_columns(node: Any, lets: dict[str, Any]) -> tuple[list[Value] | None, int]:
    rep = report()
    table = rep.tables[0]
    budget = StepBudget()
    env = Env(rep, budget=budget)
    items = [Item("row", table.row_location(row), table, row) for row in table.rows]
    evaluator = Evaluator(env.at(env.item), FUNCTIONS, lets)
    try:
        with decimal.localcontext(EVAL_CONTEXT):  # as PackRule.check runs it
            values = column_of(node)(Batch(evaluator, items, lets), list(range(len(items))))
        budget.spend(evaluator.steps)
    except Exception:
        return None, -1
    return values, budget.report_limit - budget.report_left


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=12))
def test_columns_give_the_rows_values_and_steps(tokens: list[str]) -> None:
    lets = {name: check(parse(text), "row", FUNCTIONS, tuple(LETS)) for name, text in LETS.items()}
    try:
        node = check(parse(" ".join(tokens)), "row", FUNCTIONS, tuple(LETS))
    except Exception:
        return
    rows, row_steps = by_rows(node, lets)
    columns, column_steps = by_columns(node, lets)
    if rows is None:
        assert columns is None
        return
    assert columns == rows
    assert column_steps == row_steps


def test_short_circuits_and_lets_as_by_rows() -> None:
    lets = {name: check(parse(text), "row", FUNCTIONS, tuple(LETS)) for name, text in LETS.items()}
    for text in ("row.得分 > 9 and y > 0 or z == null",
                 "if row.分值 > 5 then x else y",
                 "0 < row.得分 < 10 <= y",
                 "not (row.得分 in [9.5, 10]) or ratio(row.得分, row.分值) < 90%"):
        node = check(parse(text), "row", FUNCTIONS, tuple(LETS))
        rows, row_steps = by_rows(node, lets)
        columns, column_steps = by_columns(node, lets)
        assert rows is not None and columns == rows and column_steps == row_steps, text


PACK = """
[pack]
id = "col-test"
version = "1"
title = "t"

[[rule]]
id = "COL001"
name = "late-error"
severity = "error"
title = "t"
scope = { each = "row", columns = ["得分"] }
let.half = "row.得分 / 2"
when = "exists(row.得分)"
assert = "if row.label == '丁' then half + (half > 0) > 0 else half < 5"
message.en = "{row.label}: {half}"
"""


def run_pack(pack: Path) -> list[tuple[str, str]]:
    session = Session(config=Config(select=("COL",)), options=Options(), packs=(str(pack),))
    return [(f.rule_id, f.message_en) for f in session.check_report(report())]


def test_a_rule_failing_on_a_later_row_says_where_as_by_rows(tmp_path: Path) -> None:
    pack = tmp_path / "col.toml"
    pack.write_text(PACK, encoding="utf-8")
    found = run_pack(pack)
    assert [rule for rule, _ in found] == ["CF001"], found
    assert f"{pack}:15:" in found[0][1] and "let" not in found[0][1], found


def test_findings_of_a_rule_by_columns_are_those_of_each_row(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pack = tmp_path / "col.toml"
    pack.write_text(PACK.replace(" + (half > 0)", ""), encoding="utf-8")
    found = run_pack(pack)
    assert found == [("COL001", "丙: 5.00分")]

    def unavailable(*args: Any) -> None:
        raise RuntimeError("by rows only")

    monkeypatch.setattr(PackRule, "_by_columns", unavailable)
    assert run_pack(pack) == found
