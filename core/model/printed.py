"""A quantity: [qualifier] number [余/多] unit [以上/以下], as one pyparsing grammar.

``约 22592 件``, ``200 余件``, ``95%以上``, ``百分之十``, ``1.55 亿元``,
``不高于 5 万元``. A number without a unit is not a quantity in narrative:
it is a list marker, a code or part of a name.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pyparsing as pp

from crossfoot.model import qualifiers, quantity_scan, unit_words
from crossfoot.model.numerals import ARABIC, CHINESE
from crossfoot.model.records import Record

_SPACE = pp.Opt(pp.Regex(r"[ ]{1,3}")).leave_whitespace().suppress()


def _number(expr: pp.ParserElement) -> pp.ParserElement:
    return expr.copy().leave_whitespace()


_NUMBER = pp.Located(_number(ARABIC) | _number(CHINESE))("number")
_PERCENT_WORD = pp.Literal("百分之").leave_whitespace()
_PERCENT = _PERCENT_WORD.suppress() + _NUMBER \
    + pp.Empty().set_parse_action(lambda: "%")("unit")
_PLAIN = (_NUMBER + _SPACE + pp.Opt(qualifiers.QUALIFIER_BETWEEN("between") + _SPACE)
          + unit_words.UNIT.copy().leave_whitespace()("unit")
          + pp.Opt(_SPACE + qualifiers.QUALIFIER_AFTER("after")))
QUANTITY = pp.Located(pp.Opt(qualifiers.QUALIFIER_BEFORE("before") + _SPACE)
                      + (_PERCENT | _PLAIN)).set_name("quantity")


class Parsed(Record):
    value: Decimal
    unit: str
    qualifier: str | None
    start: int
    end: int
    number_start: int
    number_end: int


#: a cheap look ahead: a number run, maybe 余/多, then a unit word; the grammar decides
_UNIT_AHEAD = re.compile(r"[0-9零〇一二两三四五六七八九十百千万亿点.,]{1,40}?(?: [0-9]{3}){0,8}+"
                         r"(?:\.[0-9]{1,8})?"  # (1 452.00 万元: the decimals after the groups)
                         r"[ ]{0,3}[余多]?[ ]{0,3}(?:" + unit_words.UNIT_RE.pattern + ")")


def parse_quantity(text: str, number_start: int) -> Parsed | None:
    """The quantity whose number begins at ``number_start`` (text already folded)."""
    if not _UNIT_AHEAD.match(text, number_start) and not text.startswith(
            "百分之", max(0, number_start - 3)):
        return None
    start = qualifiers.prefix_start(text, number_start)
    if text.startswith("百分之", number_start - 3) and start == number_start:
        start = number_start - 3
    window = text[start:start + 80]
    quick = quantity_scan.read(window)
    if quick is None:
        return None
    if isinstance(quick, tuple):
        value, printed, qualifier, end, digits_start, digits_end = quick
        return Parsed(value, unit_words.symbol(printed), qualifier, start, start + end,
                      start + digits_start, start + digits_end)
    return _by_grammar(window, start)


def _by_grammar(window: str, start: int) -> Parsed | None:
    """What ``QUANTITY`` reads at the start of ``window`` (which begins at ``start``)."""
    try:
        result = QUANTITY.parse_string(window, parse_all=False)
    except pp.ParseException:
        return None
    begin, tokens, end = result[0], result[1], result[2]
    if begin != 0:
        return None
    if "number" not in tokens or "unit" not in tokens:
        return None
    number = tokens["number"]
    value = number[1][0]
    if not isinstance(value, Decimal):
        return None
    qualifier = next((str(tokens[k]) for k in ("before", "between", "after") if k in tokens),
                     None)
    unit = unit_words.symbol(str(tokens["unit"]))
    return Parsed(value, unit, qualifier, start, start + end, start + number[0],
                  start + number[2])
