"""The narrative reader piece by piece: normalize, clauses, figures, statements, items, claims.

Each test feeds a short sentence written for it through the same pipeline
``narrative.read`` runs (normalize → clauses.split → figures.find →
statements.read → items.build → claims) and pins what the module docstrings
promise: the exact values, units, roles, signs, measures and subjects read, so
that a change in any one piece shows up here before it shows up as a missed or
false finding on a whole report.
"""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from crossfoot.analysis import clauses, figures
from crossfoot.analysis.items import Item
from crossfoot.analysis.narrative import Reading, read
from crossfoot.analysis.normalize import normalize
from crossfoot.analysis.statements import (
    CHANGE,
    LEVEL,
    PERCENT_CHANGE,
    RATE,
    SHARE,
    WHOLE,
    Statement,
)

YEAR = 2023


def _read(text: str) -> Reading:
    """The reading of one paragraph, in a report of ``YEAR``."""
    return read([{"id": "s1", "paragraphs": [{"id": "p1", "text": text}]}], YEAR)


def _found(text: str, money: bool = True) -> list[tuple[str, Decimal | int, str]]:
    """The figures of ``text`` as (kind, value or year, unit or printed text)."""
    body = normalize(text).text
    out: list[tuple[str, Decimal | int, str]] = []
    for found in figures.find(body, money):
        if found.quantity is not None:
            out.append((found.kind, found.quantity.value, found.quantity.unit))
        else:
            assert found.date is not None and found.date.year is not None
            out.append((found.kind, found.date.year, body[found.start:found.end]))
    return out


def _roles(statements: list[Statement]) -> list[tuple[str, int, Decimal, str]]:
    return [(s.role, s.sign, s.quantity.value, s.quantity.unit) for s in statements]


def _only_item(reading: Reading) -> Item:
    assert len(reading.items) == 1, [i.subject for i in reading.items]
    return reading.items[0]


# ---------------------------------------------------------------------------
# normalize


@pytest.mark.parametrize(("printed", "normal"), [
    ("１，２３４．５６萬元", "1,234.56万元"),
    ("合计１２，３４５，６７８．００元", "合计12,345,678.00元"),
    ("收入12，345元", "收入12,345元"),
    ("共７６５．４３万元", "共765.43万元"),
])
def test_normalize_folds_full_width_digits_and_thousands_commas(printed: str,
                                                                 normal: str) -> None:
    assert normalize(printed).text == normal


@pytest.mark.parametrize("printed", ["1，2，3", "增长5，下降3", "12，3456"])
def test_normalize_keeps_a_full_width_comma_that_groups_no_thousands(printed: str) -> None:
    assert normalize(printed).text == printed


@pytest.mark.parametrize(("printed", "normal"), [
    ("经 费 总预 算", "经费总预算"),
    ("三公经费　　５０万元", "三公经费50万元"),
    ("支出 25 万元", "支出25万元"),
    ("合计10 000元", "合计10 000元"),  # a space between digit groups stays
    ("支出\u200b25万元", "支出25万元"),
    ("經費總預(yù)算", "经费总预算"),
])
def test_normalize_drops_spaces_inside_words_invisibles_and_pinyin(printed: str,
                                                                   normal: str) -> None:
    assert normalize(printed).text == normal


def test_normalized_span_quotes_the_printed_text() -> None:
    printed = "經費 總額１２３萬元"
    normal = normalize(printed)
    assert normal.text == "经费总额123万元"
    start = normal.text.index("123")
    begin, end = normal.span(start, len(normal.text))
    assert printed[begin:end] == "１２３萬元"


def test_normalized_characters_each_come_from_their_printed_one() -> None:
    rng = random.Random(13)
    alphabet = [*"经费總額１２，3 \u3000\t\u200b\u00ad（）", "預(yù)", "10 000", "1，234"]
    for _ in range(3000):
        printed = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        normal = normalize(printed)
        assert len(normal.origin) == len(normal.text)
        for index, char in enumerate(normal.text):
            source = printed[normal.origin[index]]
            assert char == source or (char, source) in _FOLDED, (printed, index)


#: pairs (normalized, printed) of characters that fold
_FOLDED = {("经", "經"), ("费", "費"), ("总", "總"), ("额", "額"), ("预", "預"), ("1", "１"),
           ("2", "２"), (",", "，"), ("(", "（"), (")", "）"), (" ", "\u3000"), (" ", "\t")}


# ---------------------------------------------------------------------------
# clauses


def _clauses(text: str) -> list[tuple[str, int, int, int, str]]:
    body = normalize(text).text
    return [(c.text(body), c.sentence, c.segment, c.aside, c.opener)
            for c in clauses.split(body)]


def test_split_into_sentences_segments_and_clauses() -> None:
    text = "收入120万元，支出100万元；结余20万元。较上年增加5万元！其中：人员经费3万元"
    assert _clauses(text) == [
        ("收入120万元", 0, 0, 0, ""),
        ("支出100万元", 0, 0, 0, "，"),
        ("结余20万元", 0, 1, 0, "；"),
        ("较上年增加5万元", 1, 2, 0, ""),
        ("其中", 2, 3, 0, ""),
        ("人员经费3万元", 2, 3, 0, "："),
    ]


def test_a_thousands_comma_ends_no_clause() -> None:
    assert _clauses("合计21,340元，其他5元") == [
        ("合计21,340元", 0, 0, 0, ""), ("其他5元", 0, 0, 0, "，")]


@pytest.mark.parametrize("text", [
    "车辆费995万元（其中购置费38万元，运行费958万元）。",
    "车辆费995万元(其中购置费38万元,运行费958万元)。",
])
def test_brackets_with_figures_are_an_aside_after_their_host(text: str) -> None:
    body = normalize(text).text
    found = clauses.split(body)
    assert [(c.text(body), c.aside, c.host) for c in found] == [
        ("车辆费995万元", 0, None), ("其中购置费38万元", 1, 0), ("运行费958万元", 1, 0)]


@pytest.mark.parametrize("text", ["因公出国（境）费12万元", "因公出国(境)费12万元"])
def test_short_brackets_without_digits_are_part_of_a_name(text: str) -> None:
    assert _clauses(text) == [("因公出国(境)费12万元", 0, 0, 0, "")]


# ---------------------------------------------------------------------------
# figures


@pytest.mark.parametrize("text", [
    "1、2、3", "合计25、8", "项目编号123", "第三个项目", "上午9:30召开",
    "根据赣财预〔2023〕8号文件", "《2023年预算管理办法》", "电话0791-8888888",
])
def test_a_number_without_a_unit_is_no_figure(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("在职和退休人员分别为25、8人", [(25, "人"), (8, "人")]),
    ("专项资金分别为80和96万元", [(80, "万元"), (96, "万元")]),
    ("培训分别为12及30人次", [(12, "人次"), (30, "人次")]),
    ("补贴分别为10.5与4.5万元", [(Decimal("10.5"), "万元"), (Decimal("4.5"), "万元")]),
])
def test_numbers_in_a_list_share_the_unit_after_the_last(
        text: str, expected: list[tuple[Decimal | int, str]]) -> None:
    assert _found(text) == [("quantity", Decimal(v), u) for v, u in expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("1、2023年收入总计500万元", [("year", 2023, "2023年"), ("quantity", Decimal(500), "万元")]),
    ("2、2022年度支出合计36.5万元",
     [("year", 2022, "2022年度"), ("quantity", Decimal("36.5"), "万元")]),
    ("3、收入12万元", [("quantity", Decimal(12), "万元")]),
])
def test_list_markers_are_not_figures(text: str,
                                      expected: list[tuple[str, Decimal | int, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("本年增收4,376万", Decimal(4376), "万元"),
    ("减支1.2亿，", Decimal("1.2"), "亿元"),
    ("节约资金0.8万。", Decimal("0.8"), "万元"),
    ("增收1.25万亿，", Decimal("1.25"), "万亿元"),
])
def test_a_bare_scale_after_a_number_is_money_in_a_report_of_money(
        text: str, value: Decimal, unit: str) -> None:
    assert _found(text, money=True) == [("quantity", value, unit)]
    assert _found(text, money=False) == []


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("服务人口3万人", Decimal(3), "万人"),
    ("覆盖2万户", Decimal(2), "万户"),
])
def test_a_scale_that_begins_another_unit_is_not_money(text: str, value: Decimal,
                                                       unit: str) -> None:
    assert _found(text) == [("quantity", value, unit)]


def test_a_bare_scale_is_money_when_the_document_speaks_of_yuan() -> None:
    with_yuan = _read("税收收入较上年增收4,376万，非税收入较上年减收1.2亿元。")
    assert _roles(with_yuan.statements) == [
        (CHANGE, 1, Decimal(4376), "万元"), (CHANGE, -1, Decimal("1.2"), "亿元")]
    assert _read("本年增收4,376万，减支1.2亿。").statements == []


@pytest.mark.parametrize(("text", "value"), [
    ("全县三个村各补助", 3),
    ("设三个科室，分别为", 3),
    ("两个工作组分别是", 2),
    ("共五个乡镇各安排", 5),
])
def test_a_one_numeral_count_before_each_or_respectively_is_a_figure(text: str,
                                                                     value: int) -> None:
    assert _found(text) == [("quantity", Decimal(value), "个")]


@pytest.mark.parametrize("text", ["三个方面", "完成一件事", "确定一个目标", "两个维护"])
def test_a_one_numeral_count_in_a_phrase_is_no_figure(text: str) -> None:
    assert _found(text) == []


def test_a_count_of_several_chinese_numerals_is_a_figure() -> None:
    assert _found("十二个") == [("quantity", Decimal(12), "个")]


@pytest.mark.parametrize(("text", "kind", "year", "month", "day"), [
    ("2023年", "year", 2023, None, None),
    ("2022年度", "year", 2022, None, None),
    ("该项目于2022年5月开工", "date", 2022, 5, None),
    ("2023年12月31日前完成", "date", 2023, 12, 31),
])
def test_years_and_dates_are_their_own_kinds(text: str, kind: str, year: int,
                                             month: int | None, day: int | None) -> None:
    found = figures.find(normalize(text).text)
    assert len(found) == 1
    assert found[0].kind == kind and found[0].quantity is None
    assert found[0].date is not None
    assert (found[0].date.year, found[0].date.month, found[0].date.day) == (year, month, day)


# ---------------------------------------------------------------------------
# statements


@pytest.mark.parametrize(("text", "expected"), [
    ("公务接待费242万元。", [(LEVEL, 0, Decimal(242), "万元")]),
    ("办公费20万元，较上年增加5.2万元。",
     [(LEVEL, 0, Decimal(20), "万元"), (CHANGE, 1, Decimal("5.2"), "万元")]),
    ("办公费20万元，比上年减少3万元。",
     [(LEVEL, 0, Decimal(20), "万元"), (CHANGE, -1, Decimal(3), "万元")]),
    ("差旅费8万元，同比下降2.5万元。",
     [(LEVEL, 0, Decimal(8), "万元"), (CHANGE, -1, Decimal("2.5"), "万元")]),
    ("收入120万元，较上年增长8.6%。",
     [(LEVEL, 0, Decimal(120), "万元"), (PERCENT_CHANGE, 1, Decimal("8.6"), "%")]),
    ("收入120万元，较上年下降4.7%。",
     [(LEVEL, 0, Decimal(120), "万元"), (PERCENT_CHANGE, -1, Decimal("4.7"), "%")]),
    ("收入120万元，增幅为8%。",
     [(LEVEL, 0, Decimal(120), "万元"), (PERCENT_CHANGE, 1, Decimal(8), "%")]),
    ("收入120万元，降幅为2.5%。",
     [(LEVEL, 0, Decimal(120), "万元"), (PERCENT_CHANGE, -1, Decimal("2.5"), "%")]),
    ("收入120万元，负增长3%。",
     [(LEVEL, 0, Decimal(120), "万元"), (PERCENT_CHANGE, -1, Decimal(3), "%")]),
])
def test_roles_and_signs_of_levels_and_changes(
        text: str, expected: list[tuple[str, int, Decimal, str]]) -> None:
    assert _roles(_read(text).statements) == expected


@pytest.mark.parametrize(("text", "whole"), [
    ("基本支出120万元，占总支出的60%。", "总支出"),
    ("人员经费150万元，占全部支出比例为75.5%。", "全部支出"),
    ("商品和服务支出80万元，占基本支出的比重为40%。", "基本支出"),
])
def test_a_share_names_its_whole_after_zhan(text: str, whole: str) -> None:
    share = _read(text).statements[1]
    assert (share.role, share.whole) == (SHARE, whole)


@pytest.mark.parametrize("text", [
    "项目支出1,620万元，占比45.6%。", "工资福利支出300万元，比重为62.5%。",
    "项目支出1,620万元，占比为45.6%。",
])
def test_a_share_word_names_no_whole(text: str) -> None:
    share = _read(text).statements[1]
    assert (share.role, share.whole, share.sign) == (SHARE, None, 0)


@pytest.mark.parametrize("text", [
    "道路维修资金预算200万元，实际执行180万元，执行率为90%。",
    "道路维修资金预算200万元，实际执行180万元，预算执行率90%。",
])
def test_an_execution_rate_is_a_rate_of_the_items_own_figures(text: str) -> None:
    reading = _read(text)
    item = _only_item(reading)
    assert item.subject == "道路维修资金"
    assert [(s.role, s.measure) for s in item.statements[:2]] == [
        (LEVEL, "budget"), (LEVEL, "actual")]
    rate = item.statements[2]
    assert (rate.role, rate.whole, rate.quantity.value) == (RATE, None, Decimal(90))
    [ratio] = reading.claims.ratios
    assert (ratio.kind, ratio.part.quantity.value, ratio.whole.quantity.value,
            ratio.certain) == ("rate", Decimal(180), Decimal(200), True)


@pytest.mark.parametrize(("text", "whole", "budget", "measure", "rate"), [
    ("一般公共预算收入完成年初预算5,800.00万元的112.7%。", "年初预算", "5800.00",
     "budget_initial", "112.7"),
    ("非税收入完成全年预算1,200万元的101.3%。", "全年预算", "1200", "budget", "101.3"),
])
def test_a_rate_of_a_named_budget_with_its_amount_in_between(
        text: str, whole: str, budget: str, measure: str, rate: str) -> None:
    amount, stated = _read(text).statements  # the budget is the rate's whole, not a level
    assert (amount.role, str(amount.quantity.value), amount.quantity.unit,
            amount.measure) == (WHOLE, budget, "万元", measure)
    assert (stated.role, stated.whole, str(stated.quantity.value)) == (RATE, whole, rate)


def test_a_rate_of_a_named_budget_without_its_amount() -> None:
    level, stated = _read("税收收入3,200万元，完成调整预算的98.5%。").statements
    assert (level.role, level.quantity.value) == (LEVEL, Decimal(3200))
    assert (stated.role, stated.whole, stated.quantity.value) == (
        RATE, "调整预算", Decimal("98.5"))


@pytest.mark.parametrize(("text", "subject", "measure"), [
    ("一般公共预算收入6,536.6万元。", "一般公共预算收入", None),
    ("政府性基金预算支出320万元。", "政府性基金预算支出", None),
    ("国有资本经营预算收入45万元。", "国有资本经营预算收入", None),
    ("社会保险基金预算支出1,150.8万元。", "社会保险基金预算支出", None),
    ("一般公共预算收入预算数6,000万元。", "一般公共预算收入", "budget"),
    ("一般公共预算支出决算数5,500万元。", "一般公共预算支出", "actual"),
    ("公共财政预算收入12,400万元。", "公共财政预算收入", None),
    ("基金预算支出860万元。", "基金预算支出", None),
])
def test_a_fund_name_is_not_a_budget_measure(text: str, subject: str,
                                             measure: str | None) -> None:
    item = _only_item(_read(text))
    [statement] = item.statements
    assert (item.subject, statement.role, statement.measure) == (subject, LEVEL, measure)


@pytest.mark.parametrize(("text", "subject"), [
    ("经济责任审计8个。", "经济责任审计"),
    ("财务会计2人。", "财务会计"),
    ("施工图设计3项。", "施工图设计"),
    ("各项支出共计45万元。", "各项支出"),
])
def test_a_noun_ending_like_a_total_word_keeps_it(text: str, subject: str) -> None:
    assert _only_item(_read(text)).subject == subject


@pytest.mark.parametrize(("text", "measures"), [
    ("年初预算收入240.99万元、支出240.99万元。", ["budget_initial", "budget_initial"]),
    ("决算收入为241.44万元，支出为241.44万元。", ["actual", "actual"]),
    ("全年预算支出500万元，收入480万元。", ["budget", "budget"]),
    ("年初预算收入300万元，上年结转40万元。", ["budget_initial", None]),  # no flow: its own
    ("决算收入100万元。支出90万元。", ["actual", None]),  # another sentence: its own
])
def test_a_bare_flow_after_the_other_takes_its_measure(text: str,
                                                      measures: list[str | None]) -> None:
    """年初预算收入 x、支出 y: the measure written once is of both flows."""
    assert [s.measure for s in _read(text).statements] == measures


@pytest.mark.parametrize(("text", "subject", "period", "stated", "total"), [
    ("上年支出6.80万元。", "支出", YEAR - 1, True, False),
    ("2022年收入合计88万元。", "收入", 2022, True, True),
    ("本年收入合计90万元。", "收入", YEAR, False, True),
])
def test_the_period_of_a_level(text: str, subject: str, period: int, stated: bool,
                               total: bool) -> None:
    item = _only_item(_read(text))
    [statement] = item.statements
    assert (item.subject, statement.period, statement.period_stated,
            statement.total_cue) == (subject, period, stated, total)


# ---------------------------------------------------------------------------
# items


def test_a_clause_without_a_subject_continues_the_item() -> None:
    item = _only_item(_read("公务接待费242万元，较上年减少12万元，下降4.7%。"))
    assert item.subject == "公务接待费"
    assert not item.continued
    assert _roles(item.statements) == [
        (LEVEL, 0, Decimal(242), "万元"), (CHANGE, -1, Decimal(12), "万元"),
        (PERCENT_CHANGE, -1, Decimal("4.7"), "%")]


def test_a_sentence_without_a_subject_continues_the_last_item() -> None:
    item = _only_item(_read("办公费支出18.6万元。较上年增加2.1万元，增长12.7%。"))
    assert item.subject == "办公费支出"
    assert item.continued
    assert [(s.role, s.sign, s.sentence) for s in item.statements] == [
        (LEVEL, 0, 0), (CHANGE, 1, 1), (PERCENT_CHANGE, 1, 1)]


def test_a_new_subject_opens_a_new_item() -> None:
    reading = _read("公务接待费3万元，公务用车运行维护费12万元。")
    assert [(i.subject, [s.quantity.value for s in i.statements]) for i in reading.items] == [
        ("公务接待费", [Decimal(3)]), ("公务用车运行维护费", [Decimal(12)])]


@pytest.mark.parametrize(("text", "names", "levels", "changes"), [
    ("收入、支出分别为648.20万元和640.5万元，较上年分别增加48.20万元、40.5万元。",
     ["收入", "支出"], ["648.20", "640.5"], [(1, "48.20"), (1, "40.5")]),
    ("基本支出和项目支出分别为420.5万元、180万元，较上年分别减少20万元和5.5万元。",
     ["基本支出", "项目支出"], ["420.5", "180"], [(-1, "20"), (-1, "5.5")]),
])
def test_respectively_gives_each_name_its_own_figures(
        text: str, names: list[str], levels: list[str],
        changes: list[tuple[int, str]]) -> None:
    reading = _read(text)
    [listed] = [i for i in reading.items if i.distributed]
    assert listed.statements == []
    parts = listed.distributed
    assert [p.subject for p in parts] == names
    assert [p.id for p in parts] == [i.id for i in reading.items if i is not listed]
    for part, level, (sign, change) in zip(parts, levels, changes, strict=True):
        assert [(s.role, s.sign, str(s.quantity.value), s.quantity.unit)
                for s in part.statements] == [
            (LEVEL, 0, level, "万元"), (CHANGE, sign, change, "万元")]
    assert [(c.item.subject, str(c.current.quantity.value) if c.current else None,
             c.certain) for c in reading.claims.changes] == [
        (name, level, True) for name, level in zip(names, levels, strict=True)]


@pytest.mark.parametrize(("text", "values", "measures"), [
    ("年初预算和调整后预算分别为80、96万元。", [80, 96], ["budget_initial", "budget"]),
    ("年初预算及全年预算分别为50万元、65万元。", [50, 65], ["budget_initial", "budget"]),
    ("年初预算和决算分别为80、76万元。", [80, 76], ["budget_initial", "actual"]),
])
def test_respectively_over_measures_keeps_one_item(text: str, values: list[int],
                                                   measures: list[str]) -> None:
    item = _only_item(_read(text))
    assert not item.distributed
    assert [(s.role, s.quantity.value, s.quantity.unit, s.measure)
            for s in item.statements] == [
        (LEVEL, Decimal(v), "万元", m) for v, m in zip(values, measures, strict=True)]


# ---------------------------------------------------------------------------
# claims


@pytest.mark.parametrize(("text", "count", "each", "total"), [
    ("对4个村各补助12.5万元，共计48万元。", (4, "个"), "12.5", "48"),
    ("为5户困难家庭各发放救助金0.2万元，共计1万元。", (5, "户"), "0.2", "1"),
    ("向3家企业各奖励2万元，合计6万元。", (3, "家"), "2", "6"),
    ("全县三个村各补助10万元，共计30万元。", (3, "个"), "10", "30"),
])
def test_a_count_each_given_an_amount_with_a_total_is_a_product(
        text: str, count: tuple[int, str], each: str, total: str) -> None:
    [product] = _read(text).claims.products
    [(counted, amount)] = product.terms
    assert (counted.quantity.value, counted.quantity.unit) == (Decimal(count[0]), count[1])
    assert (str(amount.quantity.value), amount.quantity.unit) == (each, "万元")
    assert (str(product.total.quantity.value), product.total.quantity.unit) == (total, "万元")


@pytest.mark.parametrize("text", [
    "收缴各类规费12万元，共计上缴财政12万元。",
    "向2家单位收缴各类规费12万元，共计24万元。",  # 各类: every kind of, not each
    "为3个乡镇开展各项培训6万元，合计18万元。",
    "对5个部门拨付各级补助资金4万元，共计20万元。",
    "各项工作经费8万元，共计8万元。",
    "对2个村各补助10万元。共计20万元。",  # the total is in another sentence
    "对4个村补助12.5万元，共计50万元。",  # no 各
])
def test_no_product_without_each_in_one_sentence(text: str) -> None:
    assert _read(text).claims.products == []


@pytest.mark.parametrize(("text", "total", "parts", "weights"), [
    ("年初预算安排资金500万元，年中追加预算120万元，全年预算数630万元。",
     630, [500, 120], [1, 1]),
    ("乡村振兴资金年初预算300万元，年中调减预算50万元，调整后预算250万元。",
     250, [300, 50], [1, -1]),
    ("年初安排经费80万元，追加预算20万元，全年预算100万元。", 100, [80, 20], [1, 1]),
])
def test_an_initial_budget_with_its_adjustments_makes_the_full_year_budget(
        text: str, total: int, parts: list[int], weights: list[int]) -> None:
    [composition] = _read(text).claims.compositions
    assert (composition.total.quantity.value, composition.total.measure) == (
        Decimal(total), "budget")
    assert [(s.quantity.value, s.measure) for s in composition.parts] == [
        (Decimal(parts[0]), "budget_initial"),
        *((Decimal(p), "adjustment") for p in parts[1:])]
    assert composition.weights == weights


def test_no_composition_without_an_adjustment() -> None:
    assert _read("年初预算500万元，全年预算数630万元。").claims.compositions == []


def test_a_count_split_by_phases() -> None:
    reading = _read("实施项目共15个，年初批复预算8个项目，年中增加8个项目。")
    [split] = reading.claims.breakdowns
    assert (split.total.subject, split.cue, split.complete, split.certain) == (
        "实施项目", "phase", False, True)
    assert split.total.statements[0].total_cue
    assert [(p.subject, p.phase, p.name) for p in split.parts] == [
        ("项目", "年初批复预算", "年初批复预算项目"), ("项目", "年中增加", "年中增加项目")]
    # 年中增加 8 个项目: eight new ones, a level of the phase, not a change
    assert [_roles(p.statements) for p in split.parts] == [
        [(LEVEL, 0, Decimal(8), "个")], [(LEVEL, 0, Decimal(8), "个")]]
    assert [s.noun for p in split.parts for s in p.statements] == ["项目", "项目"]


@pytest.mark.parametrize(("text", "change", "percent"), [
    ("比上年增加35.6万元，增长12.5%。", (1, "35.6"), (1, "12.5")),
    ("较上年减少12万元，下降4.7%。", (-1, "12"), (-1, "4.7")),
    ("较上年下降4.7%，减少12万元。", (-1, "12"), (-1, "4.7")),
])
def test_a_change_and_its_percent_in_one_sentence_are_a_certain_pair(
        text: str, change: tuple[int, str], percent: tuple[int, str]) -> None:
    [claim] = _read(text).claims.changes
    assert claim.current is None
    assert claim.change is not None and claim.percent is not None
    assert (claim.change.sign, str(claim.change.quantity.value)) == change
    assert (claim.percent.sign, str(claim.percent.quantity.value)) == percent
    assert claim.certain


def test_a_change_and_a_percent_in_two_sentences_are_not_a_certain_pair() -> None:
    changes = _read("较上年增加35.6万元。增长12.5%。").claims.changes
    assert [(c.change is not None, c.percent is not None, c.certain) for c in changes] == [
        (True, False, False), (False, True, False)]


def test_a_change_with_its_items_level() -> None:
    [claim] = _read("公务接待费242万元，较上年减少12万元，下降4.7%。").claims.changes
    assert claim.item.subject == "公务接待费"
    assert claim.current is not None and claim.current.quantity.value == Decimal(242)
    assert claim.change is not None and claim.change.sign == -1
    assert claim.percent is not None and claim.percent.sign == -1
    assert claim.certain


# ---------------------------------------------------------------------------
# Cases found while writing the above, fixed since


@pytest.mark.parametrize(("text", "values"), [
    ("在编人员分别为25、30、8人。", [25, 30, 8]),
    ("在编人员分别为25、30和8人。", [25, 30, 8]),
    ("三项经费分别为10.5、20.3、5万元。", [Decimal("10.5"), Decimal("20.3"), 5]),
])
def test_every_number_of_a_long_list_shares_the_unit(text: str,
                                                     values: list[Decimal | int]) -> None:
    quantities = [f for f in _found(text) if f[0] == "quantity" and f[2] != "项"]
    assert [v for _, v, _ in quantities] == values


def test_three_names_and_three_figures_give_three_items() -> None:
    reading = _read("行政、事业、离退休人员分别为25、30、8人。")
    parts = [(i.subject, [s.quantity.value for s in i.statements])
             for i in reading.items if i.statements]
    assert parts == [("行政", [25]), ("事业", [30]), ("离退休人员", [8])]


def test_and_inside_a_name_does_not_split_it() -> None:
    reading = _read("工资福利支出、商品和服务支出分别为300万元、120万元，分别增长8.03%和6.75%。")
    parts = [(i.subject, _roles(i.statements)) for i in reading.items if i.statements]
    assert parts == [
        ("工资福利支出", [(LEVEL, 0, 300, "万元"), (PERCENT_CHANGE, 1, Decimal("8.03"), "%")]),
        ("商品和服务支出", [(LEVEL, 0, 120, "万元"), (PERCENT_CHANGE, 1, Decimal("6.75"), "%")]),
    ]


@pytest.mark.parametrize(("text", "subject"), [
    ("税收收入增加500万元。", "税收收入"),
    ("培训费支出减少3.5万元。", "培训费支出"),
    ("共有职工25人，其中在编8人。", "职工"),
])
def test_a_subject_without_its_direction_or_total_words(text: str, subject: str) -> None:
    assert _read(text).items[0].subject == subject


def test_a_phase_list_after_qizhong_keeps_both_phases() -> None:
    reading = _read("下达项目共12个，其中年初安排7个项目，年中追加5个项目。")
    (breakdown,) = reading.claims.breakdowns
    assert breakdown.total.subject == "下达项目"
    assert [(p.name, p.levels()[0].quantity.value) for p in breakdown.parts] == [
        ("年初安排项目", 7), ("年中追加项目", 5)]


def test_an_average_growth_is_not_the_change_between_its_levels() -> None:
    reading = _read("一般公共预算收入从2015年的2007万元增加到2020年的2468万元，年均增长4.22%。")
    assert reading.claims.changes == []


@pytest.mark.parametrize("text", ["培训费预算20万元，支出18万元，预算执行率90%。",
                                  "培训费年初预算20万元，支出18万元，执行率90%。"])
def test_a_bare_spending_after_a_budget_is_the_items_actual(text: str) -> None:
    reading = _read(text)
    item = reading.items[0]
    assert item.subject == "培训费"
    assert [(s.quantity.value, s.measure) for s in item.levels()][1] == (18, "actual")
    (ratio,) = reading.claims.ratios
    assert (ratio.part.quantity.value, ratio.whole.quantity.value) == (18, 20)


def test_spending_after_a_revenue_budget_is_another_item() -> None:
    reading = _read("单位收入预算100万元，支出90万元。")
    assert [i.subject for i in reading.items] == ["单位收入", "支出"]


def test_several_counts_each_with_an_amount_make_one_total() -> None:
    reading = _read("对5个示范村各安排奖补资金20万元，另对2个重点村各追加奖补资金10万元，"
                    "共计120万元。")
    [product] = reading.claims.products
    assert [(c.quantity.value, e.quantity.value) for c, e in product.terms] == [(5, 20), (2, 10)]
    assert product.total.quantity.value == 120


def test_every_session_of_a_count_is_each() -> None:
    [product] = _read("开展技能培训6期，每期培训学员50人，共培训学员300人次。").claims.products
    assert [(c.quantity.value, e.quantity.value) for c, e in product.terms] == [(6, 50)]
    assert (product.total.quantity.value, product.total.quantity.unit) == (300, "人次")



@pytest.mark.parametrize("text", ["、2021项", "、、3个", "其中、5人"])
def test_a_bare_list_comma_before_a_count_names_nothing(text: str) -> None:
    """、 with no name before a count is no enumeration (it raised IndexError)."""
    assert _read(text).claims.enumerations == []


@pytest.mark.parametrize(("text", "subject"), [
    ("2022年度一般公共预算财政拨款“三公”经费支出预算为14.55万元。",
     "一般公共预算财政拨款“三公”经费支出"),
    ("本单位2022年度一般公共预算财政拨款基本支出决算数为1,286.45万元。",
     "本单位一般公共预算财政拨款基本支出"),
])
def test_a_long_name_is_cut_after_its_quotes_and_measure_words(text: str, subject: str) -> None:
    """A lead past 20 characters keeps its last 20, counted without quotes and without the
    measure words its end loses (预算为 / 决算数为): the name's first word is not cut."""
    assert [item.subject for item in _read(text).items] == [subject]
