"""Figures of one name whose digits are the same but two side by side swapped.

基本支出 842.16 万元 in one section and 824.16 万元 in another, 政府债务余额 35.72
亿元 and 37.52 亿元: a reviewer reads such a pair as one figure typed twice, one
of them with two digits transposed. Two different quantities that share a name
(上级补助收入 of two funds) almost never differ by exactly that, so the pair is
taken as one quantity, and agreement then reports the two values. Names that
identify nothing (合计, 支出) and figures with a qualifier (约, 多) are left out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal

from crossfoot.analysis.items import Item
from crossfoot.analysis.statements import LEVEL, TO, Statement


def find(items: Iterable[Item], name_of: Callable[[Item], str | None]) -> dict[str, str]:
    """Statement id -> the concept it shares with a transposed twin (``name_of`` gives an
    item's name as a concept may use it, None for names that identify nothing)."""
    groups: dict[tuple[str, str | None, int | None, str, str, str], list[Statement]] = {}
    for item in items:
        name = name_of(item)
        if name is None:
            continue
        for statement in item.statements:
            digits = _digits(statement)
            if statement.role not in (LEVEL, TO) or digits is None:
                continue
            signature = (name, statement.measure, statement.period, statement.dimension,
                         statement.quantity.unit, "".join(sorted(digits)))
            groups.setdefault(signature, []).append(statement)
    shared: dict[str, str] = {}
    for (name, measure, period, *_), statements in groups.items():
        printed = {_digits(s) for s in statements}
        if len(printed) == 2 and _swapped(*sorted(p for p in printed if p)):
            for statement in statements:
                shared[statement.id] = f"transposed/{name}/{measure or ''}/{period or ''}"
    return shared


#: the fewest digits a figure needs for a swap of two of them to say anything
MIN_DIGITS = 3


def _digits(statement: Statement) -> str | None:
    """The digits as printed (842.16 -> 84216), for exact, unqualified figures of money or
    counts; None otherwise."""
    quantity = statement.quantity
    if quantity.qualifier or quantity.dimension not in ("money", "count"):
        return None
    value = quantity.value.quantize(Decimal(1).scaleb(-quantity.decimals)) \
        if quantity.decimals else quantity.value
    digits = format(abs(value), "f").replace(".", "")
    return digits if len(digits.lstrip("0")) >= MIN_DIGITS else None


def _swapped(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` the same digits but for two neighbours changing places?"""
    if len(a) != len(b):
        return False
    differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(differ) == 2 and differ[1] == differ[0] + 1 \
        and a[differ[0]] == b[differ[1]] and a[differ[1]] == b[differ[0]]
