"""Numerals as reports print them: width, Arabic numbers, Chinese numerals.

One home for the character-level facts every reader of printed text needs:

- folding: ``１２３``, ``％`` and ideographic spaces become ASCII, one character
  for one character, so an offset found in folded text is an offset into the
  printed text and a finding quotes exactly what the report printed;
- Arabic numbers: ``1,046,068``, ``23,866.88``, ``10 000`` (PDF extraction
  leaves spaces between digit groups; only exact groups of three are joined);
- Chinese numerals: ``十七``, ``一百二十``, ``两千``, ``三点五``, ``一亿二千万``,
  and the digits of a year written ``二〇二二`` or ``二 0 二二``.

Values are Decimal and keep the decimals shown, because the shown digits set
the tolerance. Every pattern is a single regular token, so matching is linear
in the input however long a digit run is.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyparsing as pp

from crossfoot.model.quantity import shown_decimals
from crossfoot.model.records import Record
from crossfoot.patterns import LazyPattern

_PAIRS = {
    "％": "%", "．": ".", "，": "，", "＋": "+", "－": "-", "／": "/", "：": "：",
    "\u3000": " ", "\u00a0": " ", "\t": " ", "﹪": "%", "‰": "‰", "〇": "〇",
    "～": "~", "＝": "=", "＊": "*", "﹒": ".", "・": "·", "＞": ">", "＜": "<",
}


def _table() -> dict[int, str]:
    table = {ord(k): v for k, v in _PAIRS.items() if k != v}
    for i in range(10):
        table[0xFF10 + i] = str(i)
    for i in range(26):
        table[0xFF21 + i] = chr(ord("A") + i)
        table[0xFF41 + i] = chr(ord("a") + i)
    return table


FOLD = _table()


def _any_of(table: dict[int, str]) -> LazyPattern:
    """A pattern of the characters ``table`` changes: ``str.translate`` of a text that is not
    all ASCII looks every character up in the table, while the search runs in C and most
    report texts hold none of them."""
    return LazyPattern("[" + re.escape("".join(map(chr, table))) + "]")


_FOLDED = _any_of(FOLD)


def fold(text: str) -> str:
    """``text`` with full-width digits, letters, % and spaces made ASCII; same length."""
    return text.translate(FOLD) if _FOLDED.search(text) else text


#: brackets and the full stop as well: heading numbers are read from ``(一)`` and ``1.``
_BRACKETS = {**FOLD, ord("（"): "(", ord("）"): ")"}
_BRACKETED = _any_of(_BRACKETS)


def fold_brackets(text: str) -> str:
    """``fold`` that also makes full-width round brackets ASCII; same length."""
    return text.translate(_BRACKETS) if _BRACKETED.search(text) else text


MAX_DIGITS = 18
MAX_CHINESE = 20
CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}
#: the nine digits in order, as heading numbers use them (一、 … 九、)
CN_ONE_TO_NINE = "一二三四五六七八九"
#: digits a year may be printed with: Chinese, the circle and letter O that stand for 〇
YEAR_DIGITS = {**CN_DIGITS, "○": 0, "Ｏ": 0, "O": 0}
CN_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_CHARS = "".join(CN_DIGITS) + "十百千万亿"


class Number(Record):
    """A number found in text: its value, where it is, and how it was written."""

    value: Decimal
    start: int
    end: int
    chinese: bool = False

    @property
    def decimals(self) -> int:
        return shown_decimals(self.value)


def arabic_value(text: str) -> Decimal | None:
    """``1,046,068``, ``10 000`` or ``3.50`` as a Decimal; None for codes too long for amounts."""
    digits = text.replace(",", "").replace(" ", "")
    if len(digits.replace(".", "")) > MAX_DIGITS:
        return None
    return Decimal(digits)


def chinese_value(text: str) -> Decimal | None:
    """The value of a Chinese numeral (``一百二十``, ``三点五``), None when it is not one."""
    if not text or len(text) > MAX_CHINESE:
        return None
    whole, sep, fraction = text.partition("点")
    value = _chinese_int(whole) if whole else None
    if value is None:
        return None
    if not sep:
        return Decimal(value)
    if not fraction or any(ch not in CN_DIGITS for ch in fraction):
        return None
    return Decimal(f"{value}." + "".join(str(CN_DIGITS[ch]) for ch in fraction))


def _chinese_int(text: str) -> int | None:
    for big, factor in (("亿", 10 ** 8), ("万", 10 ** 4)):
        if big in text:
            high, _, low = text.partition(big)
            head = _chinese_int(high) if high else None
            if head is None:
                return None
            if not low:
                return head * factor
            tail = _chinese_int(low.removeprefix("零") if low.startswith("零") else low)
            return None if tail is None else head * factor + tail
    return _section(text)


def _section(text: str) -> int | None:
    """A numeral below ten thousand: units must fall (千, 百, 十), digits never repeat."""
    total, digit, last_unit, zero = 0, None, 10 ** 4, False
    for ch in text:
        if ch in CN_DIGITS:
            if digit is not None:
                return None
            digit = CN_DIGITS[ch]
            if digit == 0:
                digit, zero = None, True
                continue
        elif ch in CN_SMALL_UNITS:
            unit = CN_SMALL_UNITS[ch]
            if unit >= last_unit or (digit is None and unit != 10):
                return None
            total += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
        else:
            return None
    if digit is not None:
        if last_unit not in (10, 10 ** 4) and not zero:
            return None  # 一百二: colloquial, ambiguous; not read
        total += digit
    return total if text.strip("零〇") else None


def _arabic(tokens: pp.ParseResults) -> Decimal:
    import pyparsing as pp

    value = arabic_value(str(tokens[0]))
    if value is None:
        raise pp.ParseException("", 0, "too many digits for an amount")
    return value


def _chinese(tokens: pp.ParseResults) -> Decimal:
    import pyparsing as pp

    value = chinese_value(str(tokens[0]))
    if value is None:
        raise pp.ParseException("", 0, "not a Chinese numeral")
    return value


#: how much of the text after a number's start the grammar is given (``located``)
WINDOW = 64


@cache
def _grammar() -> dict[str, Any]:
    """The number grammar, built (and pyparsing imported) when first asked for.

    Checking a JSON report reads no number out of prose, so it never pays for it.
    """
    import pyparsing as pp

    arabic = pp.Regex(
        r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?(?![0-9])"
        r"|[0-9]{1,3}(?: [0-9]{3})+(?:\.[0-9]+)?(?![0-9])"
        r"|[0-9]+(?:\.[0-9]+)?"
    ).set_name("arabic number").add_parse_action(_arabic)
    chinese = pp.Regex(
        f"[{CN_CHARS}]{{1,{MAX_CHINESE}}}(?:点[{''.join(CN_DIGITS)}]{{1,8}})?"
    ).set_name("Chinese numeral").add_parse_action(_chinese)
    return {"ARABIC": arabic, "CHINESE": chinese,
            "NUMBER": (arabic | chinese).set_name("number"),
            "_LOCATED": {False: pp.Located(arabic.copy().leave_whitespace()),
                         True: pp.Located(chinese.copy().leave_whitespace())}}


def __getattr__(name: str) -> Any:
    """``ARABIC``, ``CHINESE`` and ``NUMBER``: pyparsing elements, built on first use."""
    if name in ("ARABIC", "CHINESE", "NUMBER"):
        return _grammar()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def located(expr: pp.ParserElement, text: str, start: int,
            window: int = WINDOW) -> tuple[object, int] | None:
    """Parse ``expr`` (wrapped in ``pp.Located``) exactly at ``start``: (value, end) or None."""
    import pyparsing as pp

    try:
        result = expr.parse_string(text[start:start + window], parse_all=False)
    except pp.ParseException:
        return None
    begin, tokens, end = result[0], result[1], result[2]
    if begin != 0:
        return None
    return tokens[0], start + end


def parse_number(text: str, start: int = 0) -> Number | None:
    """The number that begins at ``start`` in ``text`` (already folded), or None.

    Read by the grammar's own compiled token, as the grammar reads it (the token
    matched where the window starts, then its parse action's value), without
    running the parser; a window with a tab goes to the grammar, which expands
    tabs before it reads.
    """
    chinese = text[start:start + 1] in CN_CHARS
    window = text[start:start + WINDOW]
    if "\t" in window:
        return grammar_number(text, start)
    match = _grammar()["CHINESE" if chinese else "ARABIC"].re.match(window)
    if match is None:
        return None
    value = chinese_value(match.group()) if chinese else arabic_value(match.group())
    if value is None:
        return None
    return Number(value, start, start + match.end(), chinese)


def grammar_number(text: str, start: int = 0) -> Number | None:
    """``parse_number`` by the pyparsing grammar, which stays the grammar of record."""
    chinese = text[start:start + 1] in CN_CHARS
    found = located(_grammar()["_LOCATED"][chinese], text, start)
    if found is None or not isinstance(found[0], Decimal):
        return None
    return Number(found[0], start, found[1], chinese)
