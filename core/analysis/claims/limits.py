"""A balance said to be within its limit: 政府债务余额 a，…，控制在省核定的债务限额 b 以内.

Debt reports bound the year's debt by the limit set for it (控制在 … 限额 b 以内). The words
claim the balance is no more than the limit. Read only where the limit's figure is named 限额
with those words around it, and its sentence opened with a balance (…余额 a) said before it, of
its dimension: the claim is a change from the limit to the balance, at most zero. 低于限额 d
is left alone: d may be the limit or what the balance is below it by.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from crossfoot.analysis.claims.budget_gaps import BudgetGap
from crossfoot.analysis.items import Item
from crossfoot.analysis.statements import Statement
from crossfoot.analysis.vocabulary import balances

#: the word a balance's name ends with
BALANCE_END = "余额"


def find_within_limits(items: Sequence[Item], texts: Mapping[str, str]) -> list[BudgetGap]:
    """Each limit said to bound a balance, with the balance its sentence opened with."""
    found = []
    opening: dict[tuple[str, int], Item] = {}
    for item in items:
        place = (item.paragraph, item.sentence)
        levels = item.levels()
        if place not in opening and any(s.label.endswith(BALANCE_END) for s in levels):
            opening[place] = item
        for limit in levels:
            if balances.LIMIT not in limit.label or place not in opening:
                continue
            text = texts.get(limit.paragraph, "")
            before = text[limit.quote_start:limit.start]
            after = text[limit.end:limit.end + max(map(len, balances.WITHIN_AFTER))]
            # (the figure's own words may hold the 以内: 47.95 亿元以内 read as a bound)
            tail = text[limit.start:limit.end] + after
            bounded = any(w in before for w in balances.WITHIN_LIMIT) \
                and any(w in tail for w in balances.WITHIN_AFTER)
            balance = next((s for s in opening[place].levels()
                            if s.label.endswith(BALANCE_END) and s is not limit), None)
            if not bounded or balance is None or balance.dimension != limit.dimension:
                continue
            end = limit.end + next((len(w) for w in balances.WITHIN_AFTER
                                    if after.startswith(w)), 0)
            found.append(BudgetGap(balance, limit, -1, (limit.quote_start, end)))
    return found + _limit_said_before(items, texts, {gap.actual.id for gap in found})


def _limit_said_before(items: Sequence[Item], texts: Mapping[str, str],
                       read: set[str]) -> list[BudgetGap]:
    """核定债务限额 b。…债务余额 a，控制在省核定的限额之内: the words with no figure of their
    own bound the balance said right before them by the one limit its paragraph states."""
    found = []
    by_paragraph: dict[str, list[Statement]] = {}
    for item in items:
        for level in item.levels():
            by_paragraph.setdefault(level.paragraph, []).append(level)
    for paragraph, here in by_paragraph.items():
        for words in _WITHIN_NAMED.finditer(texts.get(paragraph, "")):
            limits = [s for s in here if balances.LIMIT in s.label and s.end <= words.start()]
            before = [s for s in here if s.end <= words.start()]
            if len(limits) != 1 or not before or before[-1] is limits[0]:
                continue
            balance = before[-1]
            if not balance.label.endswith(BALANCE_END) or balance.id in read \
                    or balance.dimension != limits[0].dimension:
                continue
            found.append(BudgetGap(balance, limits[0], -1, (words.start(), words.end())))
    return found


#: the words bounding a balance by a limit named without its figure (控制在省核定的限额之内)
_WITHIN_NAMED = re.compile("(?:" + "|".join(balances.WITHIN_LIMIT) + ")[^，,；;。0-9]{0,16}"
                           + balances.LIMIT + "(?:" + "|".join(balances.WITHIN_AFTER) + ")")
