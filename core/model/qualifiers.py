"""Words that make a figure a bound or an approximation, never an exact value.

``约 22592 件`` is about that many; ``200 余件`` and ``超过 200 件`` more than
200; ``95%以上`` and ``不低于 95%`` at least 95 %; ``不高于 5 万元`` at most.
Names are the schema's qualifier enum (crossfoot.model.quantity.QUALIFIERS).
"""

from __future__ import annotations

import re

import pyparsing as pp

APPROX, AT_LEAST, AT_MOST, MORE_THAN, LESS_THAN = (
    "approx", "at_least", "at_most", "more_than", "less_than")
#: qualifiers that make a figure a bound rather than a value (all but approx)
BOUNDS = (AT_LEAST, AT_MOST, MORE_THAN, LESS_THAN)

#: words printed before the number
BEFORE = {
    "约": APPROX, "大约": APPROX, "近": APPROX, "将近": APPROX, "接近": APPROX, "约为": APPROX,
    "超过": MORE_THAN, "突破": MORE_THAN, "逾": MORE_THAN, "高于": MORE_THAN, "大于": MORE_THAN,
    "多于": MORE_THAN,
    "不低于": AT_LEAST, "不少于": AT_LEAST, "至少": AT_LEAST, "最少": AT_LEAST, "不小于": AT_LEAST,
    "不高于": AT_MOST, "不超过": AT_MOST, "不多于": AT_MOST, "最多": AT_MOST, "至多": AT_MOST,
    "不大于": AT_MOST, "低于": LESS_THAN, "小于": LESS_THAN, "少于": LESS_THAN, "不足": LESS_THAN,
    "≥": AT_LEAST, "≧": AT_LEAST, ">=": AT_LEAST, "≤": AT_MOST, "≦": AT_MOST, "<=": AT_MOST,
    ">": MORE_THAN, "<": LESS_THAN,
}
#: words between the number and its unit (``200 余件``)
BETWEEN = {"余": MORE_THAN, "多": MORE_THAN}
#: words after the unit (``95%以上``)
AFTER = {"以上": AT_LEAST, "及以上": AT_LEAST, "以下": AT_MOST, "及以下": AT_MOST,
         "以内": AT_MOST, "左右": APPROX, "上下": APPROX}


def _words(table: dict[str, str], name: str) -> pp.ParserElement:
    expr = pp.one_of(sorted(table, key=len, reverse=True)).leave_whitespace()
    return expr.set_parse_action(lambda t: table[str(t[0])]).set_name(name)


QUALIFIER_BEFORE = _words(BEFORE, "qualifier before")
QUALIFIER_BETWEEN = _words(BETWEEN, "qualifier between")
QUALIFIER_AFTER = _words(AFTER, "qualifier after")

_BEFORE_AT_END = re.compile("(?:" + "|".join(sorted(map(re.escape, BEFORE), key=len,
                                                    reverse=True)) + r")[ ]{0,2}$")
#: characters that make 约 / 近 part of a word (预约, 节约, 附近, 最近), not a qualifier
_WORD_BEFORE = {"约": "预节制签条公契合邀赴相违履特简婚大", "近": "附最将接邻靠就亲贴"}


def ends_a_word(words: str, tail: str) -> bool:
    """Does ``words``' ending ``tail`` (约, 近) belong to a longer word (节约, 附近), so that it
    is no qualifier of the figure after it?"""
    before = _WORD_BEFORE.get(tail)
    return before is not None and len(words) > len(tail) and words[-len(tail) - 1] in before


def prefix_start(text: str, number_start: int) -> int:
    """Where a qualifier printed just before the number begins (or the number itself)."""
    window = text[max(0, number_start - 6):number_start]
    found = _BEFORE_AT_END.search(window)
    if not found:
        return number_start
    start = number_start - len(window) + found.start()
    word = found.group(0).strip()
    if ends_a_word(text[:start + len(word)], word):
        return number_start
    return start
