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


def _by_grammar(printed: str) -> tuple[str, int] | None:
    """What the pyparsing grammar alone reads from a printed number (the quick path's oracle)."""
    import pyparsing as pp

    from crossfoot.model.numbering import _loose
    from crossfoot.model.numerals import fold_brackets

    try:
        style, value = _loose().parse_string(fold_brackets(printed.strip()), parse_all=True)[0]
    except pp.ParseException:
        return None
    return style, value


def _line_by_grammar(line: str) -> tuple[str, int, int] | None:
    import pyparsing as pp

    from crossfoot.model.numbering import _strict
    from crossfoot.model.numerals import fold_brackets

    try:
        located = _strict().parse_string(fold_brackets(line.lstrip()))
    except pp.ParseException:
        return None
    (style, value), end = located["value"][0], int(located["locn_end"])
    return style, value, end


#: the characters the regular expressions of the quick path look at, and neighbours of theirs
_ALPHABET = "一九十019(（)、.．第章 \t"


def _strings(length: int) -> list[str]:
    import itertools

    return ["".join(chars) for n in range(1, length + 1)
            for chars in itertools.product(_ALPHABET, repeat=n)]


def test_quick_reading_of_a_number_is_the_grammars() -> None:
    for printed in [*_strings(3), "二十五、", "(二十)", "（12）、", "00", "01.", "99", "100"]:
        read = parse_number(printed)
        assert (None if read is None else (read.style, read.value)) == _by_grammar(printed), \
            printed


def test_quick_split_of_a_heading_line_is_the_grammars() -> None:
    from crossfoot.model.numbering import _continues_numeral
    from crossfoot.model.numerals import fold_brackets

    for start in [*_strings(3), "二十五、", "(二十)", "12、", "123、", "0、", "2021 年初", "一是"]:
        for line in (start + "年度", start + "二级", start + "5 月", start + " 、项目", start):
            split = split_heading(line)
            expected = _line_by_grammar(line)
            if expected is None or split is None:
                assert split is None, line
                if expected is not None:  # only a line that reads on as a numeral (3、4 月)
                    title = fold_brackets(line.lstrip()[expected[2]:].strip())
                    assert title and _continues_numeral(expected[0], title[0]), line
                continue
            number, _ = split
            shown = len(line.lstrip()[:expected[2]].strip())
            assert (number.style, number.value, len(number.text)) == (*expected[:2], shown), line
