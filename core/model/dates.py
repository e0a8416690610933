"""Dates as reports write them: partial dates, periods, and years named in labels.

A report may give a year (2021), a month (2021-11) or a day (2021-11-30); each
is valid if it exists on the calendar, and each stands for a span of days, so
comparisons ask what the span allows (like a rounded figure's interval).
Years in headings are found with a small pyparsing grammar that knows a
document number such as 赣发〔2019〕8 号 is a name, not a year of the report.
"""

from __future__ import annotations

import calendar as _gregorian
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

import pyparsing as pp

CHINESE_DIGITS = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3,
                  "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")
_CJK = re.compile(r"^\s*(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?\s*$")
#: four digits in a row (Arabic or Chinese, single spaces allowed): every year and document
#: number the grammar below can match has them, so text without them is skipped unparsed
_MAYBE_YEAR = re.compile(r"[〇○零一二三四五六七八九0-9](?:\s?[〇○零一二三四五六七八九0-9]){3}")


class DateError(ValueError):
    """A date that cannot be read or does not exist, said in Chinese and English."""

    def __init__(self, text: str, zh: str, en: str, readable: bool = True) -> None:
        super().__init__(f"{text}: {en}")
        self.text = text
        self.zh = zh
        self.en = en
        self.readable = readable


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A year, a month or a day; stands for every day it covers."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> dt.date:
        if self.month is None:
            return dt.date(self.year, 12, 31)
        if self.day is None:
            return dt.date(self.year, self.month, _gregorian.monthrange(self.year, self.month)[1])
        return dt.date(self.year, self.month, self.day)

    @property
    def whole_day(self) -> bool:
        return self.day is not None

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text


@lru_cache(maxsize=4096)  # the same few dates and years recur in every table and report
def parse_date(text: str) -> PartialDate:
    """``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` (or 2021年9月2日); raises DateError."""
    match = _ISO.match(text) or _CJK.match(text)
    if match is None:
        raise DateError(text, "不是可识别的日期（应为 YYYY、YYYY-MM 或 YYYY-MM-DD）",
                        "is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)", readable=False)
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    return make_date(text, year, month, day)


def make_date(text: str, year: int, month: int | None, day: int | None) -> PartialDate:
    if year < 1:
        raise DateError(text, "年份 0 不存在", "year 0 does not exist")
    if month is not None and not 1 <= month <= 12:
        raise DateError(text, f"没有 {month} 月", f"there is no month {month}")
    if day is not None and month is not None:
        last = _gregorian.monthrange(year, month)[1]
        if not 1 <= day <= last:
            raise DateError(text, f"{year} 年 {month} 月只有 {last} 天",
                            f"{year}-{month:02d} has only {last} days")
    return PartialDate(year, month, day)


@dataclass(frozen=True, slots=True)
class Period:
    """A span ``start/end`` (or one partial date standing for its own span)."""

    start: PartialDate
    end: PartialDate

    @property
    def is_range(self) -> bool:
        return self.start != self.end

    @property
    def reversed(self) -> bool:
        """True when the start is surely after the end, whatever the partial dates mean."""
        return self.start.first_day > self.end.last_day

    def __str__(self) -> str:
        return str(self.start) if not self.is_range else f"{self.start}/{self.end}"


@lru_cache(maxsize=4096)
def parse_period(text: str) -> Period:
    """``2021`` or ``2021-01-01/2021-11-30``; raises DateError naming the bad side."""
    start_text, sep, end_text = text.partition("/")
    start = parse_date(start_text)
    if not sep:
        return Period(start, start)
    return Period(start, parse_date(end_text))


def year_end(year: int) -> dt.date:
    return dt.date(year, 12, 31)


# ---------------------------------------------------------------------------
# Years named in labels and headings


@dataclass(frozen=True, slots=True)
class YearMention:
    """A year (or a range of years) written in a label, with its span in the text."""

    first: int
    last: int
    start: int
    end: int
    text: str


def _chinese_year(tokens: pp.ParseResults) -> int:
    digits = [c for c in "".join(tokens) if not c.isspace()]
    return int("".join(str(CHINESE_DIGITS.get(c, c)) for c in digits))


@cache
def _grammar() -> pp.ParserElement:
    """Document numbers first (so their years are skipped), then year ranges, then years."""
    year_digits = pp.Regex(r"(?<![0-9.])(?:1[89]|2[0-9])[0-9]{2}(?![0-9.])")
    year_digits.set_parse_action(lambda t: int(t[0]))
    cn_char = "〇○零一二三四五六七八九0-9"
    cn_year = pp.Regex(rf"(?<![{cn_char}])[{cn_char}](?:\s?[{cn_char}]){{3}}(?![{cn_char}])")
    cn_year.add_condition(lambda t: any(c in CHINESE_DIGITS for c in t[0]))
    cn_year.set_parse_action(_chinese_year)
    cn_year.add_condition(lambda t: 1800 <= t[0] <= 2999)
    year = year_digits | cn_year
    nian = pp.Regex(r"\s*年")
    dash = pp.Regex(r"\s*(?:-|－|—|–|~|～|至|到)\s*")

    brackets = pp.Regex(r"[〔\[［【]\s*[0-9]{4}\s*[〕\]］】]")
    paren_number = pp.Regex(r"[(（]\s*[0-9]{4}\s*[)）]\s*[0-9]+\s*号")
    document_number = (brackets | paren_number).set_parse_action(lambda: "doc")

    year_range = (year("first") + pp.Opt(nian) + dash + year("last") + nian).set_parse_action(
        lambda t: ("range", t["first"], t["last"]))
    single = (year("first") + nian).set_parse_action(lambda t: ("year", t["first"], t["first"]))
    grammar: pp.ParserElement = document_number | year_range | single
    return grammar


@lru_cache(maxsize=4096)
def find_years(text: str) -> tuple[YearMention, ...]:
    """Years written as years (2021 年, 2019-2021 年, 二〇二二年) outside document numbers.

    Remembered per text: reports of one template repeat their headings and row
    labels, and a batch run reads the same ones thousands of times.
    """
    if not _MAYBE_YEAR.search(text):
        return ()
    found: list[YearMention] = []
    for tokens, start, end in _grammar().scan_string(text):
        item = tokens[0]
        if item == "doc":
            continue
        _kind, first, last = item
        found.append(YearMention(min(first, last), max(first, last), start, end,
                                 text[start:end]))
    return tuple(found)
