"""Printed heading numbers: 一、 / （一） / 1. / （1） / ① and their values.

Chinese official documents number headings level by level (GB/T 9704 habit):
一、 then （一） then 1. then （1） then ①. Reports mix full- and half-width
brackets and dots (（一）/(一), 1．/1.), so every form is read to one
``HeadingNumber(style, value, text)``. The structure rules compare styles and
values; the text importer uses ``split_heading`` to tell a heading line from
a sentence that merely starts with a figure ("1138 人次", "2021 年").

The forms a structured report stores (一, 1, 一、, （三）) are read by
regular expressions; the pyparsing grammar is built, and pyparsing imported,
only for the rest, so checking a JSON report seldom loads it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyparsing as pp

from crossfoot.model.numerals import CN_ONE_TO_NINE as CN_DIGITS
from crossfoot.model.numerals import fold_brackets
from crossfoot.model.records import Record
from crossfoot.patterns import LazyPattern
from crossfoot.report_caches import report_cache

#: the usual nesting order of styles, outermost first
STYLE_ORDER: tuple[str, ...] = ("cn", "cn_paren", "arabic", "arabic_paren", "circled")
#: styles outside the usual ladder: 第一部分 / 第一章 / 第一节 / 1) / 第一条
OTHER_STYLES: tuple[str, ...] = ("part", "chapter", "section", "arabic_rparen", "article")

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
PAREN_IDEOGRAPHS = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
MAX_VALUE = 99



class HeadingNumber(Record):
    """A heading number as printed: its style, its value and the printed text."""

    style: str
    value: int
    text: str

    @property
    def rank(self) -> int | None:
        """Position in the usual nesting order (一、 is 0), None for other styles."""
        return STYLE_ORDER.index(self.style) if self.style in STYLE_ORDER else None

    def same_style(self, other: HeadingNumber) -> bool:
        return self.style == other.style

    def render(self, value: int | None = None) -> str:
        """How ``value`` (default: this number's) is printed in this style."""
        return render(self.style, self.value if value is None else value)


def cn_numeral(value: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 23 -> 二十三 (1 to 99)."""
    if not 1 <= value <= MAX_VALUE:
        raise ValueError(f"no Chinese heading numeral for {value}")
    tens, ones = divmod(value, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else CN_DIGITS[tens - 1] + "十")
    return head + (CN_DIGITS[ones - 1] if ones else "")


def _cn(value: int) -> str:
    """cn_numeral where it exists, digits beyond (a message must never fail)."""
    return cn_numeral(value) if 1 <= value <= MAX_VALUE else str(value)


def render(style: str, value: int) -> str:
    """The canonical printed form of ``value`` in ``style`` (for messages)."""
    forms = {
        "cn": lambda v: _cn(v) + "、",
        "cn_paren": lambda v: f"（{_cn(v)}）",
        "arabic": lambda v: f"{v}.",
        "arabic_paren": lambda v: f"（{v}）",
        "arabic_rparen": lambda v: f"{v})",
        "circled": lambda v: CIRCLED[v - 1] if 1 <= v <= len(CIRCLED) else f"({v})",
        "part": lambda v: f"第{_cn(v)}部分",
        "chapter": lambda v: f"第{_cn(v)}章",
        "section": lambda v: f"第{_cn(v)}节",
        "article": lambda v: f"第{_cn(v)}条",
    }
    return forms[style](value) if style in forms else str(value)


# ---------------------------------------------------------------------------
# Grammar (over width-normalised text)


def _cn_value(tokens: pp.ParseResults) -> int:
    return _cn_text_value(str(tokens[0]))


def _cn_text_value(text: str) -> int:
    if "十" not in text:
        return CN_DIGITS.index(text) + 1
    tens_text, _, ones_text = text.partition("十")
    tens = CN_DIGITS.index(tens_text) + 1 if tens_text else 1
    ones = CN_DIGITS.index(ones_text) + 1 if ones_text else 0
    return tens * 10 + ones


def _grammar(strict: bool) -> pp.ParserElement:
    """Heading number grammar; ``strict`` demands the delimiter a heading line has."""
    import pyparsing as pp

    digit = pp.Char(CN_DIGITS)
    cn_number = pp.Combine(pp.Opt(digit) + "十" + pp.Opt(digit)) | digit
    cn_number = cn_number.copy().set_parse_action(_cn_value)
    arabic_number = (pp.Word(pp.nums)
                     .add_condition(lambda t: len(t[0]) <= 2 and int(t[0]) > 0)
                     .add_parse_action(lambda t: int(t[0])))
    no_digit = pp.NotAny(pp.Char(pp.nums))
    dot = pp.Literal(".") + no_digit
    comma = pp.Literal("、")
    cn_delim = comma | dot
    arabic_delim = comma | dot

    def styled(name: str, expr: pp.ParserElement) -> pp.ParserElement:
        return pp.Group(expr).set_parse_action(lambda t: (name, t[0][0]))

    def ordinal(name: str, word: str) -> pp.ParserElement:
        return styled(name, pp.Suppress("第") + (cn_number | arabic_number) + pp.Suppress(word))

    glyph_paren_cn = pp.Char(PAREN_IDEOGRAPHS).set_parse_action(
        lambda t: PAREN_IDEOGRAPHS.index(t[0]) + 1)
    glyph_paren_arabic = pp.Char(PAREN_DIGITS).set_parse_action(
        lambda t: PAREN_DIGITS.index(t[0]) + 1)
    glyph_circled = pp.Char(CIRCLED).set_parse_action(lambda t: CIRCLED.index(t[0]) + 1)
    after_paren = pp.Suppress(pp.Opt(comma))

    def need(delim: pp.ParserElement) -> pp.ParserElement:
        return pp.Suppress(delim) if strict else pp.Suppress(pp.Opt(delim))

    alternatives = [
        ordinal("part", "部分"), ordinal("chapter", "章"), ordinal("section", "节"),
        ordinal("article", "条"),
        styled("cn_paren", (pp.Suppress("(") + cn_number + pp.Suppress(")")
                            | glyph_paren_cn) + after_paren),
        styled("arabic_paren", (pp.Suppress("(") + arabic_number + pp.Suppress(")")
                                | glyph_paren_arabic) + after_paren),
        styled("circled", glyph_circled + after_paren),
        styled("cn", cn_number + need(cn_delim)),
        styled("arabic_rparen", arabic_number + pp.Suppress(")")),
        styled("arabic", arabic_number + need(arabic_delim)),
    ]
    return pp.MatchFirst(alternatives)


@cache
def _loose() -> pp.ParserElement:
    return _grammar(strict=False)


@cache
def _strict() -> pp.ParserElement:
    import pyparsing as pp

    return pp.Located(_grammar(strict=True))


_FIRST = frozenset("0123456789(第十" + CN_DIGITS + CIRCLED + PAREN_DIGITS + PAREN_IDEOGRAPHS)
_GLYPHS = frozenset(CIRCLED + PAREN_DIGITS + PAREN_IDEOGRAPHS)
#: every heading line that does not start with a glyph has one of these (a delimiter, a
#: closing bracket or the word of 第…部分/章/节/条), so a line without any is not one
_NEEDED = frozenset("、.)分章节条")

# The commonest forms, exactly as the grammar reads them (tests compare the two): with
# nothing but the number, the delimiter 、 and brackets, no backtracking can differ.
_CN = f"[{CN_DIGITS}]?十[{CN_DIGITS}]?|[{CN_DIGITS}]"
_BARE = LazyPattern(rf"(?P<cn>{_CN})[、.]?|(?P<arabic>[0-9]{{1,2}})[、.]?"
                    rf"|\((?:(?P<cn_paren>{_CN})|(?P<arabic_paren>[0-9]{{1,2}}))\)、?")
# A heading line's number followed by its delimiter, read as the strict grammar reads it:
# 、 or a dot not before a digit (一、 / 1. / 十二、), or a number in brackets with no blank
# after it (（一） / (1)、). pyparsing would skip blanks between the tokens: a line with
# them is left to the grammar. Each failed alternative of the grammar leaves its
# exception's frames in a reference cycle (1 MiB of a small text's check while the
# collector is paused), so the common forms are read here.
_LEADING = re.compile(rf"(?:(?P<cn>{_CN})|(?P<arabic>[0-9]{{1,2}}))"
                      r"(?:、|\.(?![ \t\r\n]*[0-9]))"
                      rf"|\((?:(?P<cn_paren>{_CN})|(?P<arabic_paren>[0-9]{{1,2}}))\)"
                      r"(?:、|(?![ \t\r\n]))")
#: what a line starting with a numeral needs to be a heading for the strict grammar: one
#: or two digits (pyparsing's Word takes the whole run) or a Chinese numeral, then,
#: after blanks, its delimiter or closing bracket, a dot not before a digit (7.42 is a
#: figure: the grammar's dot refuses it, and a table's row of them built the grammar, 0.13
#: MiB, in the first check of a small text); a line without it is read no further
_POSSIBLE = LazyPattern(rf"[0-9]{{1,2}}(?![0-9])[ \t\r\n]*(?:[)、]|\.(?![ \t\r\n]*[0-9]))"
                        rf"|(?:{_CN})[ \t\r\n]*(?:、|\.(?![ \t\r\n]*[0-9]))")
_NUMERALS = frozenset("0123456789十" + CN_DIGITS)


def _quick(match: re.Match[str] | None) -> tuple[str, int] | None:
    """(style, value) of a match of ``_BARE`` or ``_LEADING``; None for a zero (not a number)."""
    if match is None or match.lastgroup is None:
        return None
    style, digits = match.lastgroup, match[match.lastgroup]
    value = int(digits) if digits.isdigit() else _cn_text_value(digits)
    return (style, value) if value > 0 else None


@report_cache(maxsize=4096)  # rules ask for the same few printed numbers again and again
def parse_number(printed: str) -> HeadingNumber | None:
    """The heading number a section's printed number stands for, or None.

    Accepts the bare forms a structured report stores (``一``, ``1``) as well
    as the delimited ones (``一、``, ``（三）``, ``1．``).
    """
    text = printed.strip()
    if not text:
        return None
    normal = fold_brackets(text)
    quick = _quick(_BARE.fullmatch(normal))
    if quick is not None:
        return HeadingNumber(*quick, text)
    import pyparsing as pp

    try:
        result = _loose().parse_string(normal, parse_all=True)
    except pp.ParseException:
        return None
    style, value = result[0]
    return HeadingNumber(style, value, text)


def split_heading(line: str) -> tuple[HeadingNumber, str] | None:
    """Split a heading line into its number and title; None when it is not one.

    A heading number needs its delimiter (一、, 1., （1）): "2021 年", "1138 人次"
    and "1.55 亿" are sentences. A number followed by another numeral of its
    own kind ("3、4 月", "一、二级指标") is an enumeration, not a heading.
    """
    stripped = line.lstrip()
    offset = len(line) - len(stripped)
    normal = fold_brackets(stripped)
    if not normal or normal[0] not in _FIRST:
        return None  # most lines: no need to run the grammar
    leading = _LEADING.match(normal)
    quick = _quick(leading)
    if leading is not None and quick is not None:
        (style, value), end = quick, leading.end()
    elif normal[0] not in _GLYPHS and _NEEDED.isdisjoint(normal):
        return None
    elif normal[0] in _NUMERALS and _POSSIBLE.match(normal) is None:
        return None  # 2021 年…, 一是…: sentences that start with a numeral
    else:
        import pyparsing as pp

        try:
            located = _strict().parse_string(normal)
        except pp.ParseException:
            return None
        (style, value), end = located["value"][0], int(located["locn_end"])
    title = stripped[end:].strip()
    if title and _continues_numeral(style, fold_brackets(title)[0]):
        return None
    return HeadingNumber(style, value, line[offset:offset + end].strip()), title


def _continues_numeral(style: str, first: str) -> bool:
    if style in ("arabic", "arabic_rparen"):
        return first.isdigit()
    if style == "cn":
        return first in CN_DIGITS or first == "十"
    return False


def printed_heading(number: str | None, title: str) -> str:
    """A heading as a reader quotes it: "四、偏离…", even when the report stores number "四".

    Structured reports often keep the bare number (一, 1) and drop the 、 or .
    that the printed page has; quoting "四偏离…" would misquote the report.
    Not remembered: it is quick to make (its number's parse is remembered), and each
    heading a cache kept was 0.2 KiB of a check (a report's headings are its own).
    """
    parsed = parse_number(number) if number else None
    printed = (number or "").strip()
    if parsed is not None and not printed.endswith(("、", ".", "．")):
        printed += {"cn": "、", "arabic": "."}.get(parsed.style, "")
    return f"{printed}{title}".strip()
