"""The classes of 政府支出经济分类: what a body's spending is made of, by economic kind.

Class of phrasing served: 部门整体支出绩效自评报告 and 部门决算 / 预算说明 analyse
spending 按经济分类科目 (工资福利支出预算 …，决算数 …；商品和服务支出 …). The
first-level classes (类) of 部门预算支出经济分类科目 are one national table, and
every amount a body spends falls in exactly one of them, so the classes a report
names are parts of its spending: together they cannot make more than it, and
when they make less, the rest is in classes the report does not name.
Names are the table's own and the shortened forms reports print (商品服务支出,
对个人和家庭补助); a name with anything more (项目支出中的工资福利支出, 公用经费)
is another quantity.
"""

from __future__ import annotations

#: class -> the names reports give it (normalised: no spaces, punctuation or 的)
CLASSES: dict[str, tuple[str, ...]] = {
    "工资福利支出": ("工资福利支出",),
    "商品和服务支出": ("商品和服务支出", "商品服务支出"),
    "对个人和家庭补助": ("对个人和家庭补助", "对个人和家庭补助支出"),
    "资本性支出": ("资本性支出",),
    "对企业补助": ("对企业补助", "对企业补助支出"),
    "债务利息及费用支出": ("债务利息及费用支出",),
}
#: names of a body's whole spending (normalised), of which the classes are parts
WHOLE_SPENDING: frozenset[str] = frozenset({"支出", "总支出", "支出总额", "本年支出",
                                            "支出合计", "本年支出合计"})
#: measures a class and its whole are compared under: (budget words, spent words)
MEASURE_GROUPS: dict[str, str] = {"budget": "budget", "budget_initial": "budget",
                                  "actual": "actual"}

_BY_NAME = {name: cls for cls, names in CLASSES.items() for name in names}


def class_of(name: str) -> str | None:
    """The class a normalised name names, if it is one of the table's names."""
    return _BY_NAME.get(name)
