"""Headline figures of a body's budget or accounts: one quantity in every section of a report.

Class of phrasing served: 部门决算说明 and 部门预算公开说明 follow the 财政部
template, whose sections each restate the body's appropriation totals (收入
决算情况 gives 财政拨款收入 as a part of 本年收入合计; 财政拨款收入支出决算总体
情况 states it again on its own; 一般公共预算财政拨款支出决算情况 repeats its
fund's total; 机关运行经费 has a section of its own and is restated in the overview).
In one report these names denote one figure per year and
measure, wherever they stand, so a second value for them is a disagreement.
Only the exact names are listed: a name with anything more (项目财政拨款收入,
上年结转的财政拨款) is another quantity, and stays scoped to its section; so is
a figure stated as a total of the name (财政拨款收入总计 / 合计, which the template
uses for the year's receipts with the balances carried into it).
"""

from __future__ import annotations

#: names (label keys: no spaces, quotes, 的; a year or 本年 before them dropped)
NAMES: frozenset[str] = frozenset({
    "财政拨款收入", "财政拨款支出",
    "一般公共预算财政拨款收入", "一般公共预算财政拨款支出",
    "政府性基金预算财政拨款收入", "政府性基金预算财政拨款支出",
    "国有资本经营预算财政拨款收入", "国有资本经营预算财政拨款支出",
    "机关运行经费",
})
#: other names of the same headline (机关运行经费支出 is the 机关运行经费 itself)
ALIASES: dict[str, str] = {"机关运行经费支出": "机关运行经费"}


def headline(name: str) -> str | None:
    """The headline figure a name (a label key) denotes, if it is one."""
    name = ALIASES.get(name, name)
    return name if name in NAMES else None
