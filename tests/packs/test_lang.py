"""The pack language: grammar, checks, values with interval tolerance, functions."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from crossfoot.model.report import Report, build_report
from crossfoot.packs import ast
from crossfoot.packs.check import check
from crossfoot.packs.env import Env, Item
from crossfoot.packs.errors import EvalError, LangError
from crossfoot.packs.evaluator import Evaluator, function_table
from crossfoot.packs.grammar import parse
from crossfoot.packs.names import Synonyms, glob, normalise
from crossfoot.packs.values import ListV, Null, Num, Text, Truth, Value

FUNCTIONS = function_table()

REPORT: dict[str, Any] = {
    "meta": {"title": "测试报告", "kind": "project", "fiscal_year": 2021,
             "report_date": "2022-09-18", "unit": "万元"},
    "sections": [{"id": "s", "title": "概况", "paragraphs": [
        {"id": "p1", "text": "执行率偏低的原因是合同延期。"},
        {"id": "p2", "text": "XX 县的情况另行说明。"}]}],
    "tables": [{
        "id": "t1", "title": "项目支出绩效自评表", "unit": "万元",
        "columns": [{"id": "item", "label": "项目", "role": "label"},
                    {"id": "budget", "label": "全年预算数（小计）", "role": "budget"},
                    {"id": "actual", "label": "全年执行数", "role": "actual"},
                    {"id": "rate", "label": "执行率", "role": "rate", "unit": "%"},
                    {"id": "weight", "label": "分值", "role": "weight", "unit": "分"},
                    {"id": "score", "label": "得分", "role": "score", "unit": "分"},
                    {"id": "target", "label": "年度指标值", "role": "target", "unit": ""}],
        "rows": [
            {"id": "total", "label": "合计", "level": 0, "role": "total",
             "cells": {"budget": "100", "actual": "90", "weight": 20, "score": "19.00"}},
            {"id": "a", "label": "其中：甲", "level": 1,
             "cells": {"budget": "60", "actual": "55", "rate": "91.67", "weight": 10,
                       "score": "9.00", "target": "≥95%"}},
            {"id": "b", "label": "乙", "level": 1,
             "cells": {"budget": "40", "actual": "35", "weight": 10, "score": "10.00",
                       "target": "*"}},
        ]}],
    "facts": [
        {"id": "f-staff", "concept": "staff.authorized", "label": "编制人数", "value": 10,
         "unit": "人", "measure": "count"},
        {"id": "f-yuan", "concept": "fees", "label": "规费", "value": "1046068", "unit": "元"},
        {"id": "f-grade", "concept": "evaluation.grade", "label": "等级", "value": "优秀",
         "measure": "grade"},
    ],
}


def report() -> Report:
    return build_report(REPORT)


def run(text: str, scope: str = "report", row: str | None = None,
        synonyms: Synonyms | None = None, settings: dict[str, Any] | None = None) -> Value:
    rep = report()
    env = Env(rep, synonyms or Synonyms((("优", "优秀"),)),
              (("优", Decimal(90)), ("良", Decimal(80)), ("中", Decimal(60)), ("差", Decimal(0))),
              settings or {})
    item = Item("report", env.item.location)
    if scope in ("table", "row"):
        table = rep.tables[0]
        item = Item(scope, item.location, table, table.row(row or "total") if scope == "row"
                    else None)
    return Evaluator(env.at(item), FUNCTIONS).run(check(parse(text), scope, FUNCTIONS))


def truth(text: str, **kwargs: Any) -> bool | None:
    value = run(text, **kwargs)
    assert isinstance(value, Truth | Null), value
    return value.value if isinstance(value, Truth) else None


def shown(text: str, **kwargs: Any) -> str:
    value = run(text, **kwargs)
    assert isinstance(value, Num), value
    return value.shown_with_unit()


def error(text: str, scope: str = "report", names: tuple[str, ...] = ()) -> tuple[str, int]:
    with pytest.raises(LangError) as info:
        check(parse(text), scope, FUNCTIONS, names)
    return info.value.message, info.value.pos


# -- grammar -------------------------------------------------------------------------------


def test_precedence_and_chains() -> None:
    node = parse("1 + 2 * 3 - 4")
    assert isinstance(node, ast.Binary) and node.op == "-"
    assert truth("not 1 == 2 and 3 > 2") is True
    assert truth("1 < 2 <= 2 < 3") is True
    assert truth("1 < 2 > 3") is False
    assert shown("-(2 - 5) * 2") == "6"
    assert shown("if 1 > 2 then 10 else if 2 > 1 then 20 else 30") == "20"
    assert truth("'乙' in ['甲', '乙']") is True
    assert truth("'丙' not in ['甲', '乙']") is True


def test_syntax_errors_point_at_the_problem() -> None:
    def syntax(text: str) -> tuple[str, int]:
        with pytest.raises(LangError) as info:
            parse(text)
        return info.value.message, info.value.pos

    assert syntax("a +* b") == ("syntax error: expected an operand, found '*'", 3)
    assert syntax("sum(1,)") == ("syntax error: expected ')', found ','", 5)
    assert syntax("a = b") == ("syntax error: '=' is not an operator here (compare with ==)", 2)
    assert syntax("(1 + 2") == ("syntax error: the expression ends too early", 6)
    assert syntax("'open") == ("syntax error: unterminated string", 0)
    assert syntax("a & b") == ("syntax error: expected end of expression, found '&'", 2)


def test_checks_names_functions_and_reference_forms() -> None:
    assert error("summ(1)") == ("unknown function 'summ' (did you mean 'sum'?)", 0)
    assert error("row.得分 > 1") == ("row.* is only available in a rule with scope each = "
                                   "'row'", 0)
    assert error("meta.foo")[0].startswith("unknown field meta.foo (known: title,")
    assert error("x + 1") == ("unknown name 'x'", 0)
    assert error("x + 1", names=("y",)) == ("unknown name 'x' (this rule's let names: y)", 0)
    assert error("sum") == ("'sum' is a function: call it as sum(...)", 0)
    assert error("row", scope="row") == ("'row' needs a field, e.g. row.得分", 0)
    assert error("round(1, digits=2)") == ("round() has no argument digits= (known: places)",
                                           9)
    assert error("ratio(1)") == ("ratio() takes 2 arguments, not 1", 0)
    assert error("children('分值')") == ("children() is only available in a rule with scope "
                                        "each = 'row'", 0)
    assert error("foo.bar") == ("unknown reference form 'foo.bar': fields exist only on row, "
                                "table, meta, fact, paragraph and claim", 0)


def test_checked_tree_has_refs_not_accesses() -> None:
    node = check(parse("row.得分 <= row['分值']"), "row", FUNCTIONS)
    assert isinstance(node, ast.Compare)
    assert node.operands == (ast.Ref(0, "row", "得分"), ast.Ref(10, "row", "分值"))


# -- values and tolerance -------------------------------------------------------------------


def test_equality_allows_for_rounding_of_stated_figures() -> None:
    # 100 = 33 + 33 + 32 holds for stated (rounded) amounts, as in design.md
    rep = dict(REPORT, facts=[
        {"id": "t", "value": "100", "unit": "万元"}, {"id": "a", "value": "33", "unit": "万元"},
        {"id": "b", "value": "33", "unit": "万元"}, {"id": "c", "value": "37", "unit": "万元"},
        {"id": "n", "value": 10, "unit": "人"}, {"id": "n1", "value": 7, "unit": "人"},
        {"id": "n2", "value": 4, "unit": "人"}])
    env = Env(build_report(rep))

    def holds(text: str) -> bool | None:
        value = Evaluator(env, FUNCTIONS).run(check(parse(text), "report", FUNCTIONS))
        assert isinstance(value, Truth)
        return value.value

    assert holds("fact('t') == fact('a') + fact('b') + fact('b') - 1") is True
    assert holds("fact('t') == fact('a') + fact('b') + fact('c')") is False
    # counts of people are exact: 10 = 7 + 4 does not hold
    assert holds("fact('n') == fact('n1') + fact('n2')") is False
    assert holds("fact('n') == fact('n1') + fact('n2') - 1") is True


def test_order_is_tolerant_and_exclusive() -> None:
    # 19.00 against 20 分 (a whole score is awarded, not rounded: exactly 20): below
    assert truth("row.得分 < row.分值", scope="row") is True
    assert truth("9.5 == exact(10)") is False
    # a weight of 10 分 is exactly 10, with or without exact()
    assert truth("row.分值 == 10.4", scope="row", row="a") is False
    assert truth("row.分值 < 10.4", scope="row", row="a") is True
    assert truth("row.分值 <= 10.4", scope="row", row="a") is True
    assert truth("exact(row.分值) < 10.4", scope="row", row="a") is True


def test_missing_data_is_unknown_and_logic_is_kleene() -> None:
    assert truth("fact('nope') > 1") is None
    assert truth("fact('nope') > 1 and false") is False
    assert truth("fact('nope') > 1 or true") is True
    assert truth("not (fact('nope') > 1)") is None
    assert isinstance(run("fact('nope') + 1"), Null)
    assert truth("row.执行率 < 90%", scope="row") is None  # the total row has no rate


def test_plain_numbers_take_the_unit_they_meet_and_percent_is_a_fraction() -> None:
    assert truth("fact('f-yuan') > 100", ) is True  # 1046068 元 > 100 元
    assert truth("row.全年预算数 > 99", scope="row") is True  # 100 万元 > 99 万元
    assert truth("row.执行率 > 90%", scope="row", row="a") is True
    assert truth("row.执行率 < 1", scope="row", row="a") is True
    assert shown("ratio(row.全年执行数, row.全年预算数)", scope="row") == "90.00%"
    with pytest.raises(EvalError, match="different kinds of quantity"):
        run("row.全年预算数 + row.得分", scope="row")


def test_columns_resolve_by_id_label_synonym_and_role() -> None:
    syn = Synonyms((("全年执行数", "决算数", "actual"), ("调整后预算数", "全年预算数")))
    assert shown("row.budget", scope="row") == "100万元"           # id
    assert shown("row.全年预算数", scope="row") == "100万元"        # label without （小计）
    assert shown("row.调整后预算数", scope="row", synonyms=syn) == "100万元"  # synonym
    assert shown("row.决算数", scope="row", synonyms=syn) == "90万元"  # synonym of a role
    assert shown("row['weight']", scope="row") == "20分"
    assert isinstance(run("row.不存在", scope="row"), Null)
    assert shown("cell(row='甲', col='全年执行数')", scope="table") == "55万元"  # 其中： dropped


# -- functions ----------------------------------------------------------------------------


def test_aggregates_skip_missing_values() -> None:
    assert shown("sum(col('全年预算数', level=1))", scope="table") == "100万元"
    assert shown("sum(children('得分'))", scope="row") == "19.00分"
    assert shown("avg(col('得分', level=1))", scope="table") == "9.50分"
    assert shown("min(col('得分'))", scope="table") == "9.00分"
    assert shown("max(1, 3, 2)") == "3"
    assert shown("count(col('执行率'))", scope="table") == "1"
    assert isinstance(run("sum(col('执行率', level=0))", scope="table"), Null)
    assert shown("count(rows(level=1))", scope="table") == "2"


def test_numbers_in_text_directions_and_grades() -> None:
    assert shown("number(row.年度指标值)", scope="row", row="a") == "95%"
    assert truth("comparator(row.年度指标值) == '>='", scope="row", row="a") is True
    assert isinstance(run("number('2021年完成14人')"), Null)  # two numbers: ambiguous
    assert shown("number('14', like='≥14人')") == "14人"
    assert run("grade(89.99)") == Text("良")
    assert run("grade(90)") == Text("优")
    assert truth("fact('f-grade') == grade(95)") is True  # 优秀 is a synonym of 优


def test_tests_on_texts() -> None:
    assert truth("is_blank(row.年度指标值)", scope="row", row="b") is False  # "*": a placeholder
    assert truth("has_placeholder('____')") is True
    assert truth("is_blank('-')") is True
    assert truth("is_blank(row.年度指标值)", scope="row", row="total") is True  # missing
    assert truth("exists(row.年度指标值)", scope="row", row="a") is True
    assert truth("has_placeholder('XX 县')") is True
    assert truth("has_placeholder('XXL 码')") is False
    assert truth("mentions('执行率', '原因')") is True
    assert truth("contains('项目支出绩效自评表', '自评')") is True
    assert run("replace('evaluation.grade', 'grade', 'score')") == Text("evaluation.score")
    assert truth("year(meta.report_date) == 2022 and month(meta.report_date) == 9") is True
    assert truth("setting('x.mode', 'a') == 'a'") is True
    assert truth("setting('x.mode', 'a') == 'b'", settings={"x": {"mode": "b"}}) is True


def test_rounding_near_and_exact() -> None:
    assert shown("round(2 / 3, 2)") == "0.67"
    assert truth("near(9.9, 9.5, 0.1)") is False
    assert truth("near(9.55, 9.5, 0.1)") is True
    assert isinstance(run("ratio(1, 0)"), Null)
    value = run("exact(row.分值)", scope="row")
    assert isinstance(value, Num) and value.exact


def test_lists_and_in() -> None:
    value = run("[1, 2, 'x', null]")
    assert isinstance(value, ListV) and len(value.items) == 4
    assert truth("row.label in ['合计', '总计']", scope="row") is True


def test_labels_and_globs() -> None:
    assert normalise("其中：“三公”经费（万元）") == "三公经费"
    assert normalise("全年预算数（小计）") == "全年预算数"
    assert glob("*自评表*", "项目支出绩效自评表") is True
    assert glob("*自评表", "项目支出绩效自评表（资金）") is False
    assert glob("项目?出*", "项目支出绩效自评表") is True


def test_lookup_source_looks_in_one_place_only() -> None:
    """A fact of the name, else a table row; source='fact' or 'table' only that one."""
    assert shown("lookup('编制人数')") == "10人"
    assert truth("exists(lookup('编制人数', source='table'))") is False
    assert shown("lookup('乙')") == "40万元"
    assert shown("lookup('乙', source='table')") == "40万元"
    assert truth("exists(lookup('乙', source='fact'))") is False
    with pytest.raises(EvalError, match="source must be 'fact' or 'table', not 'row'"):
        run("lookup('乙', source='row')")


def test_lookup_finds_a_fact_by_id_concept_or_a_label_several_share() -> None:
    """The first fact of the name, or of the name and the measure asked for."""
    data = {"meta": {"title": "t"}, "tables": [], "facts": [
        {"id": "f1", "concept": "fees/budget", "label": "规费", "value": "10", "unit": "元",
         "measure": "budget"},
        {"id": "f2", "label": "规费", "value": "9", "unit": "元", "measure": "actual"},
        {"id": "f3", "label": "规费", "value": "8", "unit": "元", "measure": "actual"},
        {"id": "f4", "concept": "f2", "label": "其他", "value": "7", "unit": "元"}]}
    env = Env(build_report(data), Synonyms(), (), {})

    def found(text: str) -> str:
        value = Evaluator(env, FUNCTIONS).run(check(parse(text), "report", FUNCTIONS))
        assert isinstance(value, Num), value
        return value.shown_with_unit()

    assert found("lookup('规费')") == "10元"
    assert found("lookup('规费', measure='actual')") == "9元"
    assert found("lookup('f3')") == "8元"
    assert found("lookup('fees/budget')") == "10元"
    assert found("lookup('f2')") == "9元"  # f4's concept is f2 too: the first of the two
    assert found("lookup('f2', measure='actual')") == "9元"
