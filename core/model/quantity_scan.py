"""The quantity grammar (``printed.QUANTITY``) as one regular expression, for its common forms.

pyparsing stays the grammar of record, but running it costs about a third of
a text check; this expression reads the same quantities in one match. It is
built from the grammar's own token patterns, each in an atomic group, so
that it backtracks no more than pyparsing does (a parsing expression grammar
commits to every token, option and first alternative it takes). What it
cannot decide alone goes back to the grammar: ``百分之…``, tabs (which
pyparsing expands), a number the grammar's parse actions refuse (an Arabic
one of more than 18 digits, a Chinese one that is no numeral).
``tests/model/test_quantity_scan.py`` compares both on every short string of
the characters that matter and on random texts.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

import pyparsing as pp

from crossfoot.model import numerals, qualifiers, unit_words
from crossfoot.model.numerals import arabic_value, chinese_value


def _token(element: pp.ParserElement) -> str:
    """A token of the grammar as an atomic group: matched as pyparsing matches it, no retries."""
    assert isinstance(element, pp.Regex), element
    return f"(?>{element.pattern})"


def _pattern() -> str:
    space = "(?>(?:[ ]{1,3})?)"  # printed._SPACE
    before = _token(qualifiers.QUALIFIER_BEFORE)
    between = _token(qualifiers.QUALIFIER_BETWEEN)
    after = _token(qualifiers.QUALIFIER_AFTER)
    number = f"(?>(?P<arabic>{_token(numerals.ARABIC)})|(?P<chinese>{_token(numerals.CHINESE)}))"
    # at a window's start the look-behind always holds; a search skips the inside of digit runs
    return (f"(?<![0-9,. ])(?>(?:(?P<before>{before}){space})?)"
            f"(?P<number>{number}){space}"
            f"(?>(?:(?P<between>{between}){space})?)"
            f"(?P<unit>{_token(unit_words.UNIT)})"
            f"(?>(?:{space}(?P<after>{after}))?)")


#: printed.QUANTITY's plain form: [qualifier] number [余/多] unit [以上/以下]
_QUANTITY = re.compile(_pattern())

#: the grammar must decide (see the module's docstring)
UNSURE: Final = "unsure"
#: 百分之 this near the start may begin the grammar's percent form (after a qualifier and spaces)
PERCENT_REACH = 12

Reading = tuple[Decimal, str, str | None, int, int, int]


def read(window: str) -> Reading | str | None:
    """``QUANTITY.parse_string(window)`` read by the expression, or ``UNSURE``.

    A reading is (value, printed unit, qualifier name, end, number start,
    number end), offsets in ``window``; None where the grammar finds no
    quantity at the window's start.
    """
    if "\t" in window or "百分之" in window[:PERCENT_REACH]:
        return UNSURE
    found = _QUANTITY.match(window)
    if found is None:
        return None
    arabic = found["arabic"]
    value = arabic_value(arabic) if arabic is not None else chinese_value(found["chinese"])
    if value is None:
        return UNSURE
    qualifier = None
    for name, table in (("before", qualifiers.BEFORE), ("between", qualifiers.BETWEEN),
                        ("after", qualifiers.AFTER)):
        if found[name] is not None:
            qualifier = table[found[name]]
            break
    return (value, found["unit"], qualifier, found.end(), found.start("number"),
            found.end("number"))
