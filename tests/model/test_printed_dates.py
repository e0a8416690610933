"""Date grammar: every way these reports print a date, read to ISO form."""

from __future__ import annotations

import pytest

from crossfoot.model.dates import read_date
from crossfoot.model.numerals import fold


@pytest.mark.parametrize(("text", "iso", "end"), [
    ("2021 年 9 月 2 日起", "2021-09-02", 14),
    ("2021年9月", "2021-09", 7),
    ("二〇二二年九月十八日", "2022-09-18", 10),
    ("二 0 二二年九月十八日", "2022-09-18", 12),
    ("2022-09-18", "2022-09-18", 10),
    ("2022.9.18", "2022-09-18", 9),
    ("2022/9/18", "2022-09-18", 9),
    ("２０２２年１２月８日", "2022-12-08", 10),
    ("2021年2月30日", "2021-02-30", 10),  # kept as printed: the date rules say it does not exist
])
def test_dates(text: str, iso: str, end: int) -> None:
    parsed = read_date(fold(text), 0)
    assert parsed is not None
    first, second = parsed
    assert (first.iso(), first.end, second) == (iso, end, None)


def test_month_end_without_a_year() -> None:
    parsed = read_date("11 月底，县", 0)
    assert parsed is not None
    date = parsed[0]
    assert (date.year, date.month, date.mark, date.iso(2021)) == (None, 11, "底", "2021-11")


def test_a_range_takes_year_and_month_from_its_start() -> None:
    parsed = read_date("2022年12月6日至8日", 0)
    assert parsed is not None
    first, second = parsed
    assert second is not None
    assert (first.iso(), second.iso()) == ("2022-12-06", "2022-12-08")


@pytest.mark.parametrize(("text", "year", "mark", "end"), [
    ("2021 年度", 2021, "度", 7), ("2021 年初预算", 2021, "初", 5), ("2021年", 2021, None, 5),
])
def test_a_year_alone_is_a_period(text: str, year: int, mark: str | None, end: int) -> None:
    parsed = read_date(text, 0)
    assert parsed is not None
    date = parsed[0]
    assert (date.kind, date.year, date.mark, date.end) == ("year", year, mark, end)


@pytest.mark.parametrize("text", ["12345678", "2021-2025年", "20 年", "一二三四年", "第一"])
def test_not_dates(text: str) -> None:
    assert read_date(text, 0) is None


def test_a_date_is_tried_only_where_the_grammar_can_begin_one() -> None:
    """``read_date`` skips the grammar at a character no date begins with: the grammar
    itself reads no date there (one that begins at that very character)."""
    import pyparsing as pp

    from crossfoot.model.date_scan import DATE_START
    from crossfoot.model.dates import _prose

    alphabet = " 0129一二〇零两十年月日底初度至-.（O○Ｏ第约共于"
    for first in alphabet:
        for rest in ("", "0", "〇二一年", "021年3月", "二〇年", "月5日", "年度", " 2021年"):
            text = first + rest
            try:
                begin = _prose()["DATE"].parse_string(text)[0]
            except pp.ParseException:
                begin = None
            if not DATE_START.match(text, 0):
                assert begin != 0, text
                assert read_date(text, 0) is None, text
