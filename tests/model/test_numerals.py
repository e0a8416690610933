"""Grammars for numbers, units and qualifiers: what a printed figure is worth."""

from __future__ import annotations

from decimal import Decimal

import pytest

from crossfoot.model.numerals import chinese_value, fold, fold_brackets, parse_number
from crossfoot.model.printed import parse_quantity


@pytest.mark.parametrize(("text", "value"), [
    ("一百二十", "120"), ("两千", "2000"), ("三点五", "3.5"), ("十七", "17"), ("十", "10"),
    ("一百零五", "105"), ("二十万零五", "200005"), ("一亿二千万", "120000000"),
    ("九千九百九十九", "9999"), ("两百", "200"),
])
def test_chinese_numerals(text: str, value: str) -> None:
    assert chinese_value(text) == Decimal(value)


@pytest.mark.parametrize("text", ["一一", "零", "一百二", "十四五", "百", ""])
def test_not_chinese_numerals(text: str) -> None:
    assert chinese_value(text) is None


@pytest.mark.parametrize(("text", "value", "end"), [
    ("1,046,068元", "1046068", 9), ("23,866.88万元", "23866.88", 9), ("10 000 元", "10000", 6),
    ("１２３．４５万元", "123.45", 6), ("240.99 万元", "240.99", 6), ("1,2项", "1", 1),
])
def test_arabic_numbers(text: str, value: str, end: int) -> None:
    number = parse_number(fold(text))
    assert number is not None
    assert (number.value, number.end) == (Decimal(value), end)


def test_digit_runs_too_long_for_an_amount_are_codes() -> None:
    assert parse_number("1" * 30) is None
    assert parse_number("1" * 5000) is None  # linear: one regular token, no backtracking


def test_shown_decimals_are_kept() -> None:
    number = parse_number("241.40 万元")
    assert number is not None and number.decimals == 2


@pytest.mark.parametrize(("text", "start", "value", "unit", "qualifier"), [
    ("共开展延时错时预约服务约 22592 件", 13, "22592", "件", "approx"),
    ("提供帮办代办服务 200 余件。", 9, "200", "件", "more_than"),
    ("满意度都高达 95%以上", 7, "95", "%", "at_least"),
    ("人均不高于 5 万元", 6, "5", "万元", "at_most"),
    ("占比不低于 60%", 6, "60", "%", "at_least"),
    ("超过 30 人", 3, "30", "人", "more_than"),
    ("近 100 户", 2, "100", "户", "approx"),
    ("增长百分之十", 5, "10", "%", None),
    ("补贴金额 1.55 亿元", 5, "1.55", "亿元", None),
    ("收入 20.35 万亿元", 3, "20.35", "万亿元", None),
    ("首次突破 2 万亿元", 5, "2", "万亿元", "more_than"),
    ("下降3.8 %，", 2, "3.8", "%", None),
    ("十七个乡镇", 0, "17", "个", None),
    ("三点五万元", 0, "3.5", "万元", None),
    ("得分 97.44 分", 3, "97.44", "分", None),
    ("培训 1200 人次", 3, "1200", "人次", None),
    ("增加 2 个百分点", 3, "2", "个百分点", None),
])
def test_quantities(text: str, start: int, value: str, unit: str, qualifier: str | None) -> None:
    parsed = parse_quantity(fold(text), start)
    assert parsed is not None
    assert (parsed.value, parsed.unit, parsed.qualifier) == (Decimal(value), unit, qualifier)


@pytest.mark.parametrize(("text", "start"), [
    ("5 分别", 0), ("2 个人创业", 0), ("2021 年", 0), ("1.县财政", 0), ("8 号", 0),
    ("3 项目标", 0),
])
def test_a_number_without_a_unit_is_no_quantity(text: str, start: int) -> None:
    assert parse_quantity(fold(text), start) is None


def test_yue_inside_a_word_is_not_a_qualifier() -> None:
    parsed = parse_quantity("场地预约 3 宗", 5)
    assert parsed is not None and parsed.qualifier is None and parsed.start == 5


@pytest.mark.parametrize(("text", "qualifier"), [
    ("≥95%", "at_least"), ("≤3000元", "at_most"), ("＞50 公斤", "more_than"),
    ("<1 天", "less_than"),
])
def test_comparison_signs_are_bounds(text: str, qualifier: str) -> None:
    folded = fold(text)
    start = next(i for i, ch in enumerate(folded) if ch.isdigit())
    parsed = parse_quantity(folded, start)
    assert parsed is not None and parsed.qualifier == qualifier


@pytest.mark.parametrize(("text", "folded", "bracketed"), [
    ("１２３．４５万元（含）", "123.45万元（含）", "123.45万元(含)"),
    ("ＡＢｃ\u3000x\t预算执行率９５％", "ABc x 预算执行率95%", "ABc x 预算执行率95%"),
    ("全年预算数 万元", "全年预算数 万元", "全年预算数 万元"),
])
def test_folding_keeps_length_and_changes_only_what_it_folds(text: str, folded: str,
                                                              bracketed: str) -> None:
    assert fold(text) == folded and fold_brackets(text) == bracketed
    assert len(fold(text)) == len(fold_brackets(text)) == len(text)
    assert fold("") == fold_brackets("") == ""
