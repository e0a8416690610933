"""Dates as reports print them, read into ISO form.

``2021 年 9 月 2 日``, ``2021年9月``, ``11 月底``, ``二〇二二年九月十八日`` (also
``二 0 二二年``: a digit 0 inside a Chinese year), ``2022-09-18``, ``2022.9.18``,
``2022/9/18`` and ranges such as ``2022年12月6日至8日``. A year alone
(``2021 年``, ``2021 年度``) is a period, not a date: it names the year the
figures around it belong to.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyparsing as pp

from crossfoot.analysis.numbers import CN_DIGITS, chinese_value

_S = pp.Opt(pp.Regex(r"[ ]{1,2}")).leave_whitespace().suppress()
_CN_OR_ARABIC = "".join(CN_DIGITS) + "0-9"


def _leave(expr: pp.ParserElement) -> pp.ParserElement:
    return expr.leave_whitespace()


def _cn_year(tokens: pp.ParseResults) -> int:
    chars = [ch for ch in str(tokens[0]) if ch != " "]
    if all(ch.isdigit() for ch in chars):
        raise pp.ParseException(str(tokens[0]), 0, "an Arabic number, not a Chinese year")
    year = int("".join(ch if ch.isdigit() else str(CN_DIGITS[ch]) for ch in chars))
    if not 1900 <= year <= 2199:
        raise pp.ParseException(str(tokens[0]), 0, "not a plausible year")
    return year


def _small(tokens: pp.ParseResults) -> int:
    text = str(tokens[0])
    if text.isdigit():
        return int(text)
    value = chinese_value(text)
    if value is None:
        raise pp.ParseException(text, 0, "not a month or day")
    return int(value)


ARABIC_YEAR = _leave(pp.Regex(r"(?:19|20|21)[0-9]{2}(?![0-9])")).set_parse_action(
    lambda t: int(t[0]))
CN_YEAR = _leave(pp.Regex(
    f"[{_CN_OR_ARABIC}](?: ?[{_CN_OR_ARABIC}]){{3}}(?! ?[0-9])"
)).set_parse_action(_cn_year)
YEAR = (ARABIC_YEAR | CN_YEAR)("year")
_SMALL = _leave(pp.Regex(r"[0-9]{1,2}(?![0-9.])|[一二三四五六七八九十]{1,3}"))
_SMALL.set_parse_action(_small)
MONTH = _SMALL("month") + _S + _leave(pp.Literal("月")).suppress()
DAY = _SMALL("day") + _S + _leave(pp.one_of("日 号")).suppress()
MARK = _leave(pp.one_of("底 末 初 上旬 中旬 下旬 份"))("mark")
NIAN = _leave(pp.Literal("年")).suppress()
DU = _leave(pp.Literal("度"))("du")

CHINESE_DATE = (YEAR + _S + NIAN + pp.Opt(_S + MONTH + pp.Opt(_S + DAY)) + pp.Opt(MARK | DU))
MONTH_DATE = MONTH + pp.Opt(_S + DAY) + pp.Opt(MARK)
NUMERIC_DATE = _leave(pp.Regex(
    r"(?P<y>(?:19|20|21)[0-9]{2})(?P<sep>[-./])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})"
    r"(?![0-9])"))
DATE = pp.Located(NUMERIC_DATE | CHINESE_DATE | MONTH_DATE).set_name("date")
RANGE_TAIL = pp.Located(_leave(pp.one_of("至 到 ~ — - －")).suppress() + _S
                        + (NUMERIC_DATE | CHINESE_DATE | MONTH_DATE | DAY))


@dataclass(frozen=True, slots=True)
class DateText:
    """A date or year found in text; missing parts are None."""

    start: int
    end: int
    year: int | None
    month: int | None = None
    day: int | None = None
    mark: str | None = None  # 底 / 末 / 初 / 度 ...

    @property
    def kind(self) -> str:
        if self.month is None:
            return "year"
        return "date"

    def iso(self, year: int | None = None) -> str | None:
        """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; ``year`` fills a missing year."""
        y = self.year if self.year is not None else year
        if y is None:
            return None
        if self.month is None:
            return f"{y:04d}"
        if self.day is None:
            return f"{y:04d}-{self.month:02d}"
        return f"{y:04d}-{self.month:02d}-{self.day:02d}"


def _field(tokens: pp.ParseResults, name: str) -> int | None:
    return int(tokens[name]) if name in tokens else None


def _build(tokens: pp.ParseResults, start: int, end: int,
           defaults: DateText | None = None) -> DateText | None:
    year: int | None
    month: int | None
    day: int | None
    mark: str | None = None
    if "y" in tokens:
        year, month, day = int(tokens["y"]), int(tokens["m"]), int(tokens["d"])
    else:
        year = _field(tokens, "year")
        month = _field(tokens, "month")
        day = _field(tokens, "day")
        if "mark" in tokens:
            mark = str(tokens["mark"])
        elif "du" in tokens:
            mark = "度"
    if defaults is not None and year is None:
        year = defaults.year
        if month is None:
            month = defaults.month
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    if year is None and month is None:
        return None
    return DateText(start, end, year, month, day, str(mark) if mark else None)


def parse_date(text: str, start: int) -> tuple[DateText, DateText | None] | None:
    """The date (and the end of a range) beginning at ``start`` in folded text."""
    try:
        result = DATE.parse_string(text[start:start + 40], parse_all=False)
    except pp.ParseException:
        return None
    begin, tokens, end = result[0], result[1], result[2]
    if begin != 0:
        return None
    first = _build(tokens, start, start + end)
    if first is None:
        return None
    if first.month is None and first.mark in ("初", "底", "末"):
        # 2021 年初预算: 年初 belongs to the words that follow; the span keeps the year only
        cut = text.rfind("年", start, first.end)
        first = DateText(start, cut if cut > start else first.end, first.year, None, None,
                         first.mark)
    if first.year is None and first.day is None and first.mark is None \
            and text[start:start + end].strip()[-1:] == "月" and not _month_word(text, start + end):
        return None
    second = None
    if first.month is not None:
        try:
            tail = RANGE_TAIL.parse_string(text[first.end:first.end + 30], parse_all=False)
        except pp.ParseException:
            tail = None
        if tail is not None and tail[0] == 0:
            second = _build(tail[1], first.end, first.end + tail[2], first)
    return first, second


def _month_word(text: str, end: int) -> bool:
    """``八月`` alone is a month only when it reads like a time (八月份, 于八月 ...)."""
    return text[end:end + 1] in ("份", "正", "起", "底", "末", "初", "，", "。", "、", "至", "开")
