"""Paid in full: an amount said to be paid out in full, and what was paid of the same fund."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from crossfoot.analysis.claims.common import COREFERENCE_DIGITS, digits, key
from crossfoot.analysis.items import Item
from crossfoot.analysis.statements import Statement


@dataclass(slots=True)
class FullPayment:
    stated: Statement  # the amount said to be paid in full
    span: tuple[int, int]  # the words saying so
    paid: Statement  # what the text says was paid of the same fund
    certain: bool


def find_payments(items: Sequence[Item]) -> list[FullPayment]:
    found = []
    for item in items:
        if item.full is None:
            continue
        stated = next((s for s in reversed(item.levels()) if s.dimension == "money"), None)
        if stated is None:
            continue
        for other in items:
            if other is item:
                continue
            paid = [s for s in other.levels() if s.measure == "actual" and s.dimension == "money"
                    and s.quantity.unit == stated.quantity.unit]
            if not paid:
                continue
            same_fund = key(other.subject) == key(item.subject) or any(
                s.quantity.value == stated.quantity.value and s.quantity.unit
                == stated.quantity.unit and digits(s) >= COREFERENCE_DIGITS
                for s in other.levels())
            if same_fund and paid[-1].quantity.value < stated.quantity.value:
                found.append(FullPayment(stated, item.full, paid[-1], True))
                break
    return found
