"""The prose date grammar (``dates._prose``) read step by step, without pyparsing.

pyparsing stays the grammar of record, but one parse of a date costs it about
50 microseconds, a tenth of what reading a figure costs a text report. These
steps take the grammar's token patterns (``*_PATTERN`` below) in the
grammar's order, as a parsing expression grammar does: each token, option and
first alternative that matches is kept, never retried. They return the tokens
``dates._build`` reads (``y``/``sep``/``m``/``d`` of a numeric date; ``year``,
``month``, ``day``, ``mark``, ``du`` of the others) and where the date ends.
A window holding a tab goes back to the grammar, which expands tabs before it
reads. ``tests/model/test_date_scan.py`` compares both on every short string of
the characters that matter and on random texts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from crossfoot.model.numerals import CN_DIGITS, chinese_value

# the prose grammar's tokens (``dates._prose`` builds the grammar from them)
_CN_OR_ARABIC = "".join(CN_DIGITS) + "0-9"
ARABIC_YEAR_PATTERN = r"(?:19|20|21)[0-9]{2}(?![0-9])"
CN_YEAR_PATTERN = f"[{_CN_OR_ARABIC}](?: ?[{_CN_OR_ARABIC}]){{3}}(?! ?[0-9])"
SMALL_PATTERN = r"[0-9]{1,2}(?![0-9.])|[一二三四五六七八九十]{1,3}"
SPACE_PATTERN = r"[ ]{1,2}"
NUMERIC_DATE_PATTERN = (r"(?P<y>(?:19|20|21)[0-9]{2})(?P<sep>[-./])(?P<m>[0-9]{1,2})(?P=sep)"
                        r"(?P<d>[0-9]{1,2})(?![0-9])")
DAY_WORDS = ("日", "号")
MARKS = ("底", "末", "初", "上旬", "中旬", "下旬", "份")
RANGE_WORDS = ("至", "到", "~", "—", "-", "－")

#: What each kind of date begins with, and more: 2022-, 2022., 2022/; a year of four digits
#: (Arabic or Chinese, single spaces between) and 年 after at most two spaces; a month of
#: one or two digits or one to three Chinese numerals and 月 after at most two spaces.
#: Where this does not match, no date begins (the tests run the grammar on the same texts):
#: most places ``read_date`` is asked about are quickly refused.
DATE_START = re.compile(f"(?:19|20|21)[0-9]{{2}}[-./]|[{_CN_OR_ARABIC}](?: ?[{_CN_OR_ARABIC}])"
                        "{3}[ ]{0,2}年|(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[ ]{0,2}月")


def cn_year_value(text: str) -> int | None:
    """The year a ``CN_YEAR_PATTERN`` match writes; None for an Arabic number or an
    implausible year (the grammar's parse action refuses both)."""
    chars = [ch for ch in text if ch != " "]
    if all(ch.isdigit() for ch in chars):
        return None  # an Arabic number, not a Chinese year
    year = int("".join(ch if ch.isdigit() else str(CN_DIGITS[ch]) for ch in chars))
    return year if 1900 <= year <= 2199 else None


def small_value(text: str) -> int | None:
    """A month's or day's number (``SMALL_PATTERN``); None for Chinese that is no numeral."""
    if text.isdigit():
        return int(text)
    value = chinese_value(text)
    return None if value is None else int(value)


Tokens = dict[str, Any]
Scanned = tuple[Tokens, int]

_NUMERIC = re.compile(NUMERIC_DATE_PATTERN)
_ARABIC_YEAR = re.compile(ARABIC_YEAR_PATTERN)
_CN_YEAR = re.compile(CN_YEAR_PATTERN)
_SMALL = re.compile(SMALL_PATTERN)
_SPACE = re.compile(SPACE_PATTERN)


def scan_date(text: str, pos: int, end: int) -> Scanned | None:
    """``DATE`` at ``pos`` of ``text[:end]``: a numeric, a Chinese or a month date."""
    return _numeric(text, pos, end) or _chinese(text, pos, end) or _month_date(text, pos, end)


def scan_range_tail(text: str, pos: int, end: int) -> Scanned | None:
    """``RANGE_TAIL`` at ``pos``: 至 (到, ~ …), spaces, and a date or a day."""
    if not _word(text, pos, end, RANGE_WORDS):
        return None
    at = _spaces(text, pos + 1, end)
    found = scan_date(text, at, end)
    if found is not None:
        return found
    day = _day(text, at, end)
    return ({"day": day[0]}, day[1]) if day is not None else None


def _numeric(text: str, pos: int, end: int) -> Scanned | None:
    match = _NUMERIC.match(text, pos, end)
    if match is None:
        return None
    return {name: match.group(name) for name in ("y", "sep", "m", "d")}, match.end()


def _chinese(text: str, pos: int, end: int) -> Scanned | None:
    """YEAR, spaces, 年, then optionally a month (and a day), then a mark or 度."""
    year = _year(text, pos, end)
    if year is None:
        return None
    at = _spaces(text, year[1], end)
    if not text.startswith("年", at, end):
        return None
    at += 1
    tokens: Tokens = {"year": year[0]}
    month = _month(text, _spaces(text, at, end), end)
    if month is not None:
        tokens["month"] = month[0]
        at = _day_after(tokens, text, month[1], end)
    return tokens, _mark_after(tokens, text, at, end, du=True)


def _month_date(text: str, pos: int, end: int) -> Scanned | None:
    """MONTH, then optionally spaces and a day, then optionally a mark."""
    month = _month(text, pos, end)
    if month is None:
        return None
    tokens: Tokens = {"month": month[0]}
    at = _day_after(tokens, text, month[1], end)
    return tokens, _mark_after(tokens, text, at, end, du=False)


def _day_after(tokens: Tokens, text: str, at: int, end: int) -> int:
    """Past the optional spaces and day after a month (kept in ``tokens``)."""
    day = _day(text, _spaces(text, at, end), end)
    if day is None:
        return at
    tokens["day"] = day[0]
    return day[1]


def _mark_after(tokens: Tokens, text: str, at: int, end: int, du: bool) -> int:
    """Past the optional mark (底, 上旬 …) or, after a year (``du``), 度."""
    mark = _mark(text, at, end)
    if mark is not None:
        tokens["mark"] = mark[0]
        return mark[1]
    if du and text.startswith("度", at, end):
        tokens["du"] = "度"
        return at + 1
    return at


def _year(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """ARABIC_YEAR, else CN_YEAR (which its parse action may refuse)."""
    match = _ARABIC_YEAR.match(text, pos, end)
    if match is not None:
        return int(match.group()), match.end()
    return _valued(_CN_YEAR, cn_year_value, text, pos, end)


def _month(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """A small number, spaces, 月."""
    return _small_before(("月",), text, pos, end)


def _day(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """A small number, spaces, 日 or 号."""
    return _small_before(DAY_WORDS, text, pos, end)


def _small_before(words: tuple[str, ...], text: str, pos: int, end: int
                  ) -> tuple[int, int] | None:
    small = _valued(_SMALL, small_value, text, pos, end)
    if small is None:
        return None
    at = _spaces(text, small[1], end)
    return (small[0], at + 1) if _word(text, at, end, words) else None


def _valued(pattern: re.Pattern[str], value_of: Callable[[str], int | None], text: str,
            pos: int, end: int) -> tuple[int, int] | None:
    """A token and its value, where the grammar's parse action would refuse it: None."""
    match = pattern.match(text, pos, end)
    if match is None:
        return None
    value = value_of(match.group())
    return (value, match.end()) if value is not None else None


def _mark(text: str, pos: int, end: int) -> tuple[str, int] | None:
    for mark in MARKS:  # none is the beginning of another: the order does not matter
        if text.startswith(mark, pos, end):
            return mark, pos + len(mark)
    return None


def _spaces(text: str, pos: int, end: int) -> int:
    """Past the optional one or two spaces (``_S``)."""
    match = _SPACE.match(text, pos, end)
    return match.end() if match is not None else pos


def _word(text: str, pos: int, end: int, words: tuple[str, ...]) -> bool:
    return any(text.startswith(word, pos, end) for word in words)
