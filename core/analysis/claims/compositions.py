"""Compositions: a figure the text states as a weighted sum of others it states (年初预算 ±
追加 / 调整 = 全年预算; a year's balance, a carried balance, a saving: ``balances``,
``savings``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from crossfoot.analysis.items import Item
from crossfoot.analysis.statements import (
    CHANGE,
    LEVEL,
    Statement,
)


@dataclass(slots=True)
class Composition:
    """``total`` is the sum of ``parts``, each times its weight (1 when there are none)."""

    label: str
    total: Statement
    parts: list[Statement]
    weights: list[int] | None = None


def find_compositions(items: Sequence[Item]) -> list[Composition]:
    """An item's initial budget, its adjustments and its full-year budget, in one paragraph.

    ``年初预算 500 万元，年中追加 120 万元，全年预算 630 万元``: the full-year
    budget is the initial one with the adjustments (追减 / 调减 subtract). Only an
    item that states exactly one of each budget for one period is read so.
    """
    found = []
    for item in items:
        money = [s for s in item.statements if s.dimension == "money" and s.role in
                 (LEVEL, CHANGE)]
        for period in {s.period for s in money}:
            mine = [s for s in money if s.period == period]
            initial = [s for s in mine if s.measure == "budget_initial" and s.role == LEVEL]
            full = [s for s in mine if s.measure == "budget" and s.role == LEVEL]
            adjustments = [s for s in mine if s.measure == "adjustment"]
            if len(initial) == 1 and len(full) == 1 and adjustments:
                weights = [_adjustment_sign(s) for s in adjustments]
                found.append(Composition(f"{item.name}全年预算 = 年初预算 ± 调整", full[0],
                                         [initial[0], *adjustments],
                                         [1, *weights]))
    return found


def _adjustment_sign(statement: Statement) -> int:
    """The weight of an adjustment in the sum: a change whose way is read (调减 144.4 万元)
    is emitted as a signed figure (-144.4), so it is added as it stands; one whose way is
    not read is taken away when its words say 减."""
    if statement.sign:
        return 1
    return -1 if "减" in statement.label else 1
