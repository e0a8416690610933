"""Printed heading numbers: every style, both widths, and lines that are not headings."""

from __future__ import annotations

import pytest

from crossfoot.model.numbering import HeadingNumber, cn_numeral, parse_number, render, split_heading


@pytest.mark.parametrize(("printed", "style", "value"), [
    ("一", "cn", 1),
    ("一、", "cn", 1),
    ("四．", "cn", 4),
    ("十", "cn", 10),
    ("十二、", "cn", 12),
    ("二十", "cn", 20),
    ("二十三、", "cn", 23),
    ("九十九", "cn", 99),
    ("（三）", "cn_paren", 3),
    ("(三)", "cn_paren", 3),
    ("（三)", "cn_paren", 3),
    ("（十一）、", "cn_paren", 11),
    ("㈢", "cn_paren", 3),
    ("1.", "arabic", 1),
    ("1．", "arabic", 1),
    ("1、", "arabic", 1),
    ("１２．", "arabic", 12),
    ("7", "arabic", 7),
    ("（1）", "arabic_paren", 1),
    ("(12)", "arabic_paren", 12),
    ("（１）", "arabic_paren", 1),
    ("⑶", "arabic_paren", 3),
    ("①", "circled", 1),
    ("⑳", "circled", 20),
    ("2)", "arabic_rparen", 2),
    ("第一部分", "part", 1),
    ("第三章", "chapter", 3),
    ("第2节", "section", 2),
    ("第十四条", "article", 14),
])
def test_parse_number_styles(printed: str, style: str, value: int) -> None:
    assert parse_number(printed) == HeadingNumber(style, value, printed)


@pytest.mark.parametrize("printed", ["", "  ", "0", "100", "2021", "一是", "十十", "一一",
                                     "(a)", "A.", "1.5", "（）", "第章"])
def test_parse_number_rejects(printed: str) -> None:
    assert parse_number(printed) is None


def test_full_and_half_width_are_the_same_number() -> None:
    pairs = [("（一）", "(一)"), ("1．", "1."), ("（１）", "(1)")]
    for full, half in pairs:
        a, b = parse_number(full), parse_number(half)
        assert a is not None and b is not None
        assert (a.style, a.value) == (b.style, b.value)
        assert a.text == full and b.text == half


@pytest.mark.parametrize(("line", "number", "title"), [
    ("（三）项目效果指标", ("cn_paren", 3, "（三）"), "项目效果指标"),
    ("一、2021 年主要工作", ("cn", 1, "一、"), "2021 年主要工作"),
    ("  四、偏离绩效目标的原因", ("cn", 4, "四、"), "偏离绩效目标的原因"),
    ("1．经济效益指标。", ("arabic", 1, "1．"), "经济效益指标。"),
    ("2.质量指标", ("arabic", 2, "2."), "质量指标"),
    ("（２）统筹推进党建工作", ("arabic_paren", 2, "（２）"), "统筹推进党建工作"),
    ("② 窗口服务", ("circled", 2, "②"), "窗口服务"),
    ("十、其他", ("cn", 10, "十、"), "其他"),
    ("五、", ("cn", 5, "五、"), ""),
])
def test_split_heading(line: str, number: tuple[str, int, str], title: str) -> None:
    assert split_heading(line) == (HeadingNumber(*number), title)


@pytest.mark.parametrize("line", [
    "1138 人次", "2021 年", "2021年度部门整体支出", "1.55 亿元", "3、4 月份共办理",
    "一、二级指标均已完成", "一是乡镇便民服务体制建设", "（2021）年", "1.1 小节",
    "共办理 202 件", "", "截止目前，已经完成",
])
def test_split_heading_rejects_sentences(line: str) -> None:
    assert split_heading(line) is None


def test_render_and_numerals() -> None:
    assert [cn_numeral(v) for v in (1, 10, 12, 20, 23, 99)] == \
        ["一", "十", "十二", "二十", "二十三", "九十九"]
    assert render("cn", 5) == "五、"
    assert render("cn_paren", 3) == "（三）"
    assert render("arabic", 4) == "4."
    assert render("circled", 2) == "②"
    number = parse_number("(三)")
    assert number is not None and number.rank == 1 and number.render(4) == "（四）"
    with pytest.raises(ValueError):
        cn_numeral(100)
