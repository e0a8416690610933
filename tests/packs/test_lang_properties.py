"""Property tests of the pack language: whatever the text, only our own errors come out."""

from __future__ import annotations

import contextlib

from hypothesis import given, settings
from hypothesis import strategies as st

from crossfoot.model.report import build_report
from crossfoot.packs.budgets import BudgetExceeded
from crossfoot.packs.check import check
from crossfoot.packs.env import Env, Item
from crossfoot.packs.errors import EvalError, LangError
from crossfoot.packs.evaluator import Evaluator, function_table
from crossfoot.packs.grammar import parse

FUNCTIONS = function_table()
TOKENS = ["(", ")", "[", "]", ",", ".", "+", "-", "*", "/", "==", "!=", "<", "<=", ">", "not",
          "and", "or", "in", "if", "then", "else", "1", "2.5", "0", "90%", "1e5", "1e99", "'a'",
          '"得分"', "row", "meta", "fiscal_year", "得分", "分值", "label", "sum", "abs", "ratio",
          "min", "count", "col", "exists", "x", "__x", "=", "**", "null", "true", "col('得分')",
          "row.得分", "row.分值", "exact(row.分值)", "meta.fiscal_year", "'甲'", "[1, 'a']"]
REPORT = build_report({
    "meta": {"title": "t", "fiscal_year": 2021, "unit": "万元"},
    "tables": [{"id": "t", "title": "表", "columns": [
        {"id": "w", "label": "分值", "unit": "分"}, {"id": "s", "label": "得分", "unit": "分"}],
        "rows": [{"id": "r", "label": "甲", "cells": {"w": 10, "s": "9.5"}},
                 {"id": "q", "label": "乙", "cells": {"w": "x", "s": None}}]}]})


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=14), st.sampled_from(["", " "]))
def test_any_token_soup_gives_our_errors_only(tokens: list[str], joint: str) -> None:
    text = joint.join(tokens)
    try:
        node = check(parse(text), "row", FUNCTIONS, ("x",))
    except LangError as exc:
        assert 0 <= exc.pos <= len(text)
        return
    table = REPORT.tables[0]
    for row in table.rows:
        env = Env(REPORT).at(Item("row", table.row_location(row), table, row))
        evaluator = Evaluator(env, FUNCTIONS, {"x": check(parse("row.得分 * 2"), "row",
                                                          FUNCTIONS)})
        with contextlib.suppress(EvalError, BudgetExceeded):
            evaluator.run(node)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_text_gives_a_syntax_error_or_a_tree(text: str) -> None:
    try:
        parse(text)
    except LangError as exc:
        assert 0 <= exc.pos <= len(text)
