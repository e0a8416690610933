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


class Unit(Record):
    symbol: str
    dimension: str
    scale: Decimal
    exact: bool = False


#: money in other currencies (出口 48.37 亿美元 / 实际利用外资 52,380 万美元: trade, tourism and
#: investment bulletins): each currency a dimension of its own, never yuan
CURRENCIES = ("美元", "欧元", "港元", "日元", "英镑")
#: names of money in currencies read as no unit, whose figures are never yuan either
OTHER_CURRENCY_WORDS = ("港币", "澳门元", "澳門元", "澳元", "卢布", "韩元", "新台币")


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
    for symbol in ("人", "名", "人次", "批次", "件", "宗", "户", "项", "个", "家", "次", "条", "所",
                   "座", "台", "辆", "套", "场", "期", "批", "份", "篇", "本", "册", "处", "张",
                   "类", "轮", "头", "只", "株", "棵", "架", "剂次", "起", "场次", "片", "件次",
                   "笔", "具", "艘", "例", "册次", "页", "盏"):
        # (问题主要有 3 类：一是 …: kinds counted; 检查 4 轮: rounds; 栽植 12,400 株: plants;
        # 植保无人机 45 架: aircraft; 接种 41,980 剂次: doses of a vaccine; 火灾 23 起:
        # incidents; 演出 126 场次: events; 发放贷款 9,836 笔: loans and payments; 火化遗体
        # 4,912 具: bodies; 渔船 18 艘: vessels; 病例 263 例: cases; 外借 12.84 万册次: loans;
        # 数字化加工 215,000 页: pages; 路灯 1,260 盏: lamps)
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
