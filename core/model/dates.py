"""Dates as reports write them: partial dates, periods, years in labels, dates in prose.

A report may give a year (2021), a month (2021-11) or a day (2021-11-30); each
is valid if it exists on the calendar, and each stands for a span of days, so
comparisons ask what the span allows (like a rounded figure's interval).
Years in headings are found by a small scanner that knows a document
number such as 赣发〔2019〕8 号 is a name, not a year of the report.

Prose prints dates many ways: ``2021 年 9 月 2 日``, ``2021年9月``, ``11 月底``,
``二〇二二年九月十八日`` (also ``二 0 二二年``: a digit 0 inside a Chinese year),
``2022-09-18``, ``2022.9.18``, ``2022/9/18`` and ranges such as
``2022年12月6日至8日``; ``read_date`` reads them into a ``PrintedDate``. A year
alone (``2021 年``, ``2021 年度``) is a period: it names the year the figures
around it belong to.
"""

from __future__ import annotations

import calendar as _gregorian
import datetime as dt
import re
from functools import cache
from typing import TYPE_CHECKING, Any

from crossfoot.model.numerals import YEAR_DIGITS, chinese_value
from crossfoot.model.records import Record
from crossfoot.patterns import LazyPattern
from crossfoot.report_caches import report_cache

if TYPE_CHECKING:
    import pyparsing as pp

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")
_CJK = LazyPattern(r"^\s*(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?\s*$")
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


class PartialDate(Record):
    """A year, a month or a day; stands for every day it covers.

    Ordered by (year, month, day), as a dataclass with ``order=True`` is.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def _order(self, other: PartialDate) -> tuple[tuple[Any, ...], tuple[Any, ...]] | None:
        if other.__class__ is not self.__class__:
            return None
        return (self.year, self.month, self.day), (other.year, other.month, other.day)

    def __lt__(self, other: PartialDate) -> bool:
        pair = self._order(other)
        return NotImplemented if pair is None else pair[0] < pair[1]

    def __le__(self, other: PartialDate) -> bool:
        pair = self._order(other)
        return NotImplemented if pair is None else pair[0] <= pair[1]

    def __gt__(self, other: PartialDate) -> bool:
        pair = self._order(other)
        return NotImplemented if pair is None else pair[0] > pair[1]

    def __ge__(self, other: PartialDate) -> bool:
        pair = self._order(other)
        return NotImplemented if pair is None else pair[0] >= pair[1]

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


@report_cache(maxsize=4096)  # the same few dates and years recur in every table and report
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


class Period(Record):
    """A span ``start/end`` (or one partial date standing for its own span)."""

    start: PartialDate
    end: PartialDate

    @property
    def is_range(self) -> bool:
        return self.start != self.end

    @property
    def reversed(self) -> bool:
        """True when the start is surely after the end, whatever the partial dates mean."""
        if self.start is self.end:  # one date standing for its own span (most periods)
            return False
        return self.start.first_day > self.end.last_day

    def __str__(self) -> str:
        return str(self.start) if not self.is_range else f"{self.start}/{self.end}"


@report_cache(maxsize=4096)
def parse_period(text: str) -> Period:
    """``2021`` or ``2021-01-01/2021-11-30``; raises DateError naming the bad side."""
    start_text, sep, end_text = text.partition("/")
    start = parse_date(start_text)
    if not sep:
        return Period(start, start)
    return Period(start, parse_date(end_text))


def year_end(year: int) -> dt.date:
    return dt.date(year, 12, 31)


#: the marks between the two ends of a span (2019—2023 年, 2019 年至 2023 年, 1-6 月)
SPAN_MARK = r"(?:-|－|—|–|~|～|至|到)"
#: a span of years as text (2019—2023 / 2019 年至 2023), its two years as groups 1 and 2
YEAR_SPAN = r"((?:19|20)[0-9]{2})\s?年?\s?" + SPAN_MARK + r"\s?((?:19|20)[0-9]{2})"
#: a span of years in brackets (（2021—2030 年）/ (2016-2020年)): a plan's period
_PLAN_SPAN = re.compile(r"[（(]\s*(?:19|20)[0-9]{2}\s*年?\s*" + SPAN_MARK
                        + r"\s*(?:19|20)[0-9]{2}\s*年?\s*[）)]")


def without_plan_spans(title: str) -> str:
    """``title`` with the plan periods in its brackets blanked, offsets kept: 妇女发展规划
    （2021—2030 年）2023 年统计监测报告 reports on 2023, not on the plan's years."""
    return _PLAN_SPAN.sub(lambda found: " " * len(found[0]), title)
#: the part of a year a title names, by its last month: 1-6 月 / 一至九月 (the month after
#: the dash), 5 月份 (that month), 上半年, 一季度, 前三季度 (the quarter's or half's last)
_PART_OF_YEAR = LazyPattern(
    r"(?<![0-9])(?:1|一)\s*" + SPAN_MARK + r"\s*([0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*月"
    r"|(?<![0-9])([0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*月份"
    r"|(上半年|半年度|前三季度|第?[一二三]季度)")
#: the last month of each half or quarter a title may name
_PART_LAST_MONTH = {"上半年": 6, "半年度": 6, "前三季度": 9, "一季度": 3, "第一季度": 3,
                    "二季度": 6, "第二季度": 6, "三季度": 9, "第三季度": 9}
#: words of a title that reports on more than the part it names (上半年工作总结和下半年工作
#: 计划, 1-6 月预算执行及全年预计): the rest of the year is spoken of too
_MORE_THAN_THE_PART = ("下半年", "全年", "计划", "打算", "安排", "预计")


#: the year a part of a year's end is dated in when only its month is wanted
ANY_YEAR = 2000


def part_of_year_end(title: str, year: int) -> tuple[dt.date, str] | None:
    """The last day of the part of ``year`` a title says the report covers, and the words
    naming it: (2021-06-30, "1-6月") for 2021 年 1-6 月医保基金运行情况通报; None for a whole
    year, or a title that speaks of the rest of the year too."""
    if any(word in title for word in _MORE_THAN_THE_PART):
        return None
    found = _PART_OF_YEAR.search(title)
    return None if found is None else _part_end(found, year)


def parts_of_year_named(words: str) -> int:
    """How many parts of a year (1-8 月, 1-9 月, 上半年) ``words`` name: a sentence that names
    two says by itself of which part no figure is."""
    return sum(1 for _ in _PART_OF_YEAR.finditer(words))


def _part_end(found: re.Match[str], year: int) -> tuple[dt.date, str] | None:
    through, single, named = found.groups()
    said = through or single
    month = _PART_LAST_MONTH[named] if named else (
        int(said) if said.isdigit() else int(chinese_value(said) or 0))
    if not 1 <= month <= 11:  # (1-12 月: the whole year)
        return None
    last = dt.date(year, month, _gregorian.monthrange(year, month)[1])
    return last, "".join(found.group(0).split())


# ---------------------------------------------------------------------------
# Years named in labels and headings


class YearMention(Record):
    """A year (or a range of years) written in a label, with its span in the text."""

    first: int
    last: int
    start: int
    end: int
    text: str


# The grammar of years in labels, scanned as pyparsing's ``scan_string`` scanned it (the
# tests keep that grammar and compare): at each place that is not a space (" \n\t\r"), a
# document number, else a year range, else a year followed by 年; after a match the scan goes
# on at its end. Parts after the first may follow spaces, as a grammar's tokens may.
_SPACES = " \n\t\r"
_CN_YEAR_CHARS = "〇○零一二三四五六七八九0-9"
_ARABIC_YEAR = LazyPattern(r"(?<![0-9.])(?:1[89]|2[0-9])[0-9]{2}(?![0-9.])")
_CN_YEAR = LazyPattern(rf"(?<![{_CN_YEAR_CHARS}])[{_CN_YEAR_CHARS}](?:\s?[{_CN_YEAR_CHARS}]){{3}}"
                       rf"(?![{_CN_YEAR_CHARS}])")
#: (both matched by _after, past the blanks before them)
_NIAN = LazyPattern(r"年")
_DASH = LazyPattern(SPAN_MARK + r"\s*")
_DOCUMENT_NUMBER = LazyPattern(r"[〔\[［【]\s*[0-9]{4}\s*[〕\]］】]"
                               r"|[(（]\s*[0-9]{4}\s*[)）]\s*[0-9]+\s*号")
#: where a document number or a year can begin
_START = LazyPattern(rf"[〔\[［【(（{_CN_YEAR_CHARS}]")


def _skip(text: str, at: int) -> int:
    while at < len(text) and text[at] in _SPACES:
        at += 1
    return at


def _year_at(text: str, at: int) -> tuple[int, int] | None:
    """(year, end) of a year at ``at`` (after spaces): Arabic digits first, else any digits
    (二〇二一, 2 0 2 1) of a plausible year."""
    at = _skip(text, at)
    arabic = _ARABIC_YEAR.match(text, at)
    if arabic is not None:
        return int(arabic[0]), arabic.end()
    chinese = _CN_YEAR.match(text, at)
    if chinese is None:
        return None
    value = int("".join(str(YEAR_DIGITS.get(c, c)) for c in chinese[0] if not c.isspace()))
    return (value, chinese.end()) if 1800 <= value <= 2999 else None


def _after(pattern: LazyPattern, text: str, at: int) -> int | None:
    """The end of ``pattern`` after the blanks at ``at`` (any white space, as ``\\s*``)."""
    while at < len(text) and text[at].isspace():
        at += 1
    found = pattern.match(text, at)
    return None if found is None else found.end()


def _years_at(text: str, at: int) -> tuple[int | None, int, int] | None:
    """(first, last, end) of what begins at ``at``; first is None for a document number."""
    document = _DOCUMENT_NUMBER.match(text, at)
    if document is not None:
        return None, 0, document.end()
    first = _year_at(text, at)
    if first is None:
        return None
    value, end = first
    dash = _after(_DASH, text, _after(_NIAN, text, end) or end)
    last = _year_at(text, dash) if dash is not None else None
    closed = _after(_NIAN, text, last[1]) if last is not None else None
    if last is not None and closed is not None:
        return value, last[0], closed
    closed = _after(_NIAN, text, end)
    return (value, value, closed) if closed is not None else None


@report_cache(maxsize=4096)
def find_years(text: str) -> tuple[YearMention, ...]:
    """Years written as years (2021 年, 2019-2021 年, 二〇二二年) outside document numbers.

    Remembered per text: reports of one template repeat their headings and row
    labels, and a batch run reads the same ones thousands of times.
    """
    return _scan_years(text) if _MAYBE_YEAR.search(text) else ()


def _scan_years(text: str) -> tuple[YearMention, ...]:
    found: list[YearMention] = []
    at = 0
    while (start := _START.search(text, at)) is not None:
        begin = start.start()
        match = _years_at(text, begin)
        if match is None:
            at = begin + 1
            continue
        first, last, at = match
        if first is not None:
            found.append(YearMention(min(first, last), max(first, last), begin, at,
                                     text[begin:at]))
    return tuple(found)


# ---------------------------------------------------------------------------
# Dates printed in prose

def _leave(expr: pp.ParserElement) -> pp.ParserElement:
    return expr.leave_whitespace()


def _cn_year(tokens: pp.ParseResults) -> int:
    import pyparsing as pp

    from crossfoot.model.date_scan import cn_year_value

    year = cn_year_value(str(tokens[0]))
    if year is None:
        raise pp.ParseException(str(tokens[0]), 0, "not a Chinese year")
    return year


def _small(tokens: pp.ParseResults) -> int:
    import pyparsing as pp

    from crossfoot.model.date_scan import small_value

    value = small_value(str(tokens[0]))
    if value is None:
        raise pp.ParseException(str(tokens[0]), 0, "not a month or day")
    return value


@cache
def _prose() -> dict[str, Any]:
    """The grammar of dates in prose, built (and pyparsing imported) when first asked for.

    A JSON report's dates are fields, read by ``parse_date``; only prose needs this.
    """
    import pyparsing as pp

    from crossfoot.model.date_scan import (
        ARABIC_YEAR_PATTERN,
        CN_YEAR_PATTERN,
        DAY_WORDS,
        MARKS,
        NUMERIC_DATE_PATTERN,
        RANGE_WORDS,
        SMALL_PATTERN,
        SPACE_PATTERN,
    )

    _S = pp.Opt(pp.Regex(SPACE_PATTERN)).leave_whitespace().suppress()
    ARABIC_YEAR = _leave(pp.Regex(ARABIC_YEAR_PATTERN)).set_parse_action(lambda t: int(t[0]))
    CN_YEAR = _leave(pp.Regex(CN_YEAR_PATTERN)).set_parse_action(_cn_year)
    YEAR = (ARABIC_YEAR | CN_YEAR)("year")
    _SMALL = _leave(pp.Regex(SMALL_PATTERN))
    _SMALL.set_parse_action(_small)
    MONTH = _SMALL("month") + _S + _leave(pp.Literal("月")).suppress()
    DAY = _SMALL("day") + _S + _leave(pp.one_of(DAY_WORDS)).suppress()
    MARK = _leave(pp.one_of(MARKS))("mark")
    NIAN = _leave(pp.Literal("年")).suppress()
    DU = _leave(pp.Literal("度"))("du")

    CHINESE_DATE = (YEAR + _S + NIAN + pp.Opt(_S + MONTH + pp.Opt(_S + DAY)) + pp.Opt(MARK | DU))
    MONTH_DATE = MONTH + pp.Opt(_S + DAY) + pp.Opt(MARK)
    NUMERIC_DATE = _leave(pp.Regex(NUMERIC_DATE_PATTERN))
    DATE = pp.Located(NUMERIC_DATE | CHINESE_DATE | MONTH_DATE).set_name("date")
    RANGE_TAIL = pp.Located(_leave(pp.one_of(RANGE_WORDS)).suppress() + _S
                            + (NUMERIC_DATE | CHINESE_DATE | MONTH_DATE | DAY))
    return {name: value for name, value in locals().items() if name.isupper() or name == "_S"}


def __getattr__(name: str) -> Any:
    """The prose grammar's parts (``DATE``, ``YEAR``, ``MONTH`` …), built on first use."""
    found = _prose().get(name) if name.isupper() else None
    if found is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return found


class PrintedDate(Record):
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
           defaults: PrintedDate | None = None) -> PrintedDate | None:
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
    # with its year written, 2023年13月 is a date that does not exist, said as one; without
    # it, 13月 is more likely no date at all
    limit_month, limit_day = (99, 99) if year is not None and "y" not in tokens else (12, 31)
    if month is not None and not 1 <= month <= limit_month:
        return None
    if day is not None and not 1 <= day <= limit_day:
        return None
    if year is None and month is None:
        return None
    return PrintedDate(start, end, year, month, day, str(mark) if mark else None)


def read_date(text: str, start: int) -> tuple[PrintedDate, PrintedDate | None] | None:
    """The date (and the end of a range) beginning at ``start`` in folded text."""
    from crossfoot.model.date_scan import DATE_START

    if not DATE_START.match(text, start, start + DATE_WINDOW):
        return None  # no date can begin here: the grammar is not run
    parsed = _parse(text, start, DATE_WINDOW, "DATE")
    if parsed is None:
        return None
    tokens, end = parsed
    first = _build(tokens, start, start + end)
    if first is None:
        return None
    if first.month is None and first.mark in ("初", "底", "末"):
        # 2021 年初预算: 年初 belongs to the words that follow; the span keeps the year only
        cut = text.rfind("年", start, first.end)
        first = PrintedDate(start, cut if cut > start else first.end, first.year, None, None,
                         first.mark)
    if first.year is None and first.day is None and first.mark is None \
            and text[start:start + end].strip()[-1:] == "月" and not _month_word(text, start + end):
        return None
    second = None
    if first.month is not None:
        tail = _parse(text, first.end, TAIL_WINDOW, "RANGE_TAIL")
        if tail is not None:
            second = _build(tail[0], first.end, first.end + tail[1], first)
    return first, second


def _parse(text: str, start: int, window: int, name: str) -> tuple[Any, int] | None:
    """The tokens of the grammar's ``name`` (DATE or RANGE_TAIL) beginning at ``start`` and
    where it ends, from ``start``; read by ``model.date_scan`` unless the window holds a
    tab (pyparsing expands tabs before it reads)."""
    end = start + window
    if "\t" not in text[start:end]:
        from crossfoot.model.date_scan import scan_date, scan_range_tail

        scanned = (scan_date if name == "DATE" else scan_range_tail)(text, start, end)
        return None if scanned is None else (scanned[0], scanned[1] - start)
    import pyparsing as pp

    try:
        result = _prose()[name].parse_string(text[start:end], parse_all=False)
    except pp.ParseException:
        return None
    return (result[1], result[2]) if result[0] == 0 else None


#: the characters of text ``read_date`` reads a date in, and the end of a range in
DATE_WINDOW = 40
TAIL_WINDOW = 30


def _month_word(text: str, end: int) -> bool:
    """``八月`` alone is a month only when it reads like a time (八月份, 于八月 ...)."""
    return text[end:end + 1] in ("份", "正", "起", "底", "末", "初", "，", "。", "、", "至", "开")
