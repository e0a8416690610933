"""A rate of a budget not stated, with what was done passing it by: 收入完成 4,655 万元，超预算
455 万元，完成预算的 110.8%.

Execution reports give a line's result, its excess over the budget (超收 / 短收 / 超预算 d) and
the rate of that budget, often without the budget itself. The budget is what was done less
the excess, so the rate is a ÷ (a − d). Read only where the sentence states one result of the
item before the rate, one excess against the budget and no budget of its own (where it states
one the rate is read against it: ``ratios``), and the rate names the budget it is of.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from crossfoot.analysis.claims.common import BUDGETS
from crossfoot.analysis.items import Item
from crossfoot.analysis.statements import CHANGE, LEVEL, RATE, Statement
from crossfoot.analysis.vocabulary import measures


@dataclass(slots=True)
class ExcessRate:
    """A rate of a budget, what was done, and what that passed the budget by (signed)."""

    stated: Statement
    done: Statement
    excess: Statement


def find_excess_rates(items: Sequence[Item], rated: set[str]) -> list[ExcessRate]:
    """Each rate of a budget its sentence leaves unstated (``rated``: the rates read against a
    figure already), with the item's one result and one excess in that sentence."""
    found = []
    for item in items:
        for stated in item.of(RATE):
            if stated.id in rated or stated.measure not in BUDGETS or not stated.whole \
                    or any(word in stated.label for word in measures.FORECAST):
                continue  # (预算执行率 100% beside 较年初预算增加 d: of the adjusted budget)
            here = [s for s in item.statements if s.sentence == stated.sentence
                    and s.paragraph == stated.paragraph and s.dimension == "money"]
            done = [s for s in here if s.role == LEVEL and s.measure == "actual"
                    and s.start < stated.start]
            excess = [s for s in here if s.role == CHANGE and s.base_kind == "budget"]
            budgets = [s for s in here if s.measure in BUDGETS and s.role != CHANGE]
            if len(done) == 1 and len(excess) == 1 and not budgets \
                    and _same_budget(stated.whole or "", excess[0].label) \
                    and not done[0].quantity.qualifier and not excess[0].quantity.qualifier:
                found.append(ExcessRate(stated, done[0], excess[0]))
    return found


def _same_budget(whole: str, excess: str) -> bool:
    """Does the excess name no budget of its own (超收 d) or the one the rate names (超年初预算 d
    beside 完成年初预算的 p)?"""
    named = {word for word in BUDGET_KINDS if word in excess}
    return not named or named == {word for word in BUDGET_KINDS if word in whole}


#: the words that say which budget one is: the initial or the adjusted
BUDGET_KINDS = ("年初", "调整")
