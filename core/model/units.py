"""Units of measure and their dimensions.

Two figures can be compared only in the same dimension; within it, each unit
has a scale to the dimension's base unit (元 for money, 1 for ratios).
Counts (人, 件, 宗 ...) are exact integers, not measurements. How units are
printed after a number is ``crossfoot.model.unit_words``.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from crossfoot.model.records import Record
from crossfoot.model.unit_words import COUNT, CURRENCIES


class Unit(Record):
    symbol: str
    dimension: str
    scale: Decimal
    exact: bool = False



#: counting words whose figures are no count of things to add or multiply: levels (一级指标 4
#: 个 … 共 3 级) and hours of teaching, paid per person per hour (每人每课时 a 元)
NOT_COUNTED = ("级", "课时", "学时")


def _units() -> dict[str, Unit]:
    table: dict[str, Unit] = {}
    for symbol, scale in (("元", "1"), ("千元", "1000"), ("万元", "10000"),
                          ("百万元", "1000000"), ("亿元", "100000000"),
                          ("万亿元", "1000000000000")):
        table[symbol] = Unit(symbol, "money", Decimal(scale))
    for currency in CURRENCIES:  # 48.37 亿美元 = 483,700 万美元, never yuan
        for scale, factor in (("亿", "100000000"), ("万", "10000"), ("", "1")):
            table[scale + currency] = Unit(scale + currency, f"money:{currency}",
                                           Decimal(factor))
    table["%"] = Unit("%", "ratio", Decimal("0.01"))
    table["％"] = table["%"]
    table["‰"] = Unit("‰", "ratio", Decimal("0.001"))
    table["分"] = Unit("分", "score", Decimal(1), exact=True)  # 18 分 is 18: scores are awarded
    table["亩"] = Unit("亩", "area", Decimal(1))
    table["平方米"] = Unit("平方米", "area", Decimal("0.0015"))
    # (管护面积 25.92 万亩，人均管护 300 亩 / 改造面积 12.6 万平方米，其中 … 平方米: forestry,
    # farmland and housing reports give an area's total in 万 and its parts or mean in ones)
    table["万亩"] = Unit("万亩", "area", Decimal(10000))
    table["万平方米"] = Unit("万平方米", "area", Decimal(15))
    for symbol in COUNT:  # (one list of counting words: what each counts is said there)
        if symbol not in NOT_COUNTED:
            table[symbol] = Unit(symbol, "count", Decimal(1), exact=True)
    return table


UNITS: dict[str, Unit] = _units()
NUMBER = Unit("", "number", Decimal(1))


@lru_cache(maxsize=1024)
def unit_for(symbol: str | None) -> Unit:
    """The unit for a symbol; unknown symbols get a dimension of their own."""
    if not symbol:
        return NUMBER
    symbol = symbol.strip()
    known = UNITS.get(symbol)
    if known is not None:
        return known
    head, per, _ = symbol.partition("/")
    if per and head in UNITS:  # 1,461 元/人: an amount per one, measured as its amount is
        return UNITS[head]
    return Unit(symbol, f"other:{symbol}", Decimal(1))


def same_dimension(a: str | None, b: str | None) -> bool:
    return unit_for(a).dimension == unit_for(b).dimension
