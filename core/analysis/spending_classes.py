"""Spending by economic class: the classes a report names against its whole spending.

A report that gives its year's spending (年初预算支出 240.99 万元) and, in the same
part of the document, the budgets or outturns of economic classes
(工资福利支出预算 183.36，商品服务支出预算 54.63) states parts of that spending
without saying they are all of it. The classes cannot exceed the whole, and a
gap is worth a reviewer's question. Which figure is the whole is a reading, not
a statement, so what is found here is reported as info at most.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import attrgetter

from crossfoot.analysis.items import Item
from crossfoot.analysis.labels import normalise_label
from crossfoot.analysis.statements import Statement
from crossfoot.analysis.vocabulary import measures
from crossfoot.analysis.vocabulary import spending_classes as vocabulary

#: statements in reading order
_ORDER = attrgetter("order")
#: the fewest classes that make a split worth comparing (one class is a figure, not a split)
MIN_CLASSES = 2


@dataclass(slots=True)
class ClassSplit:
    """A body's whole spending of one measure and the economic classes of it a report names."""

    total: Statement
    parts: list[Statement]


def find(items: Sequence[Item], part_of: Mapping[str, str], taken: Iterable[str]
         ) -> list[ClassSplit]:
    """Class splits per document part, measure and year.

    ``taken`` holds the ids of items already parts of a stated total (基本支出 …，
    其中：工资福利支出 …): classes listed under another total are that total's.
    A split is read only where its part states exactly one whole spending figure
    for the measure and year, and each class one figure.
    """
    skipped = set(taken)
    classes: dict[tuple[str, str, int | None], dict[str, list[Statement]]] = {}
    wholes: dict[tuple[str, str, int | None], list[Statement]] = {}
    for item in items:
        if item.id in skipped:
            continue
        name = normalise_label(item.subject)
        named_class = vocabulary.class_of(name)
        whole = _without_measure(name) in vocabulary.WHOLE_SPENDING
        if named_class is None and not whole:
            continue
        for statement in item.levels():
            group = vocabulary.MEASURE_GROUPS.get(statement.measure or "")
            if group is None or statement.dimension != "money":
                continue
            key = (part_of.get(item.section, ""), group, statement.period)
            if named_class is not None:
                classes.setdefault(key, {}).setdefault(named_class, []).append(statement)
            else:
                wholes.setdefault(key, []).append(statement)
    found = []
    for key, named in sorted(classes.items(), key=lambda pair: repr(pair[0])):
        stated = wholes.get(key, [])
        if len(named) < MIN_CLASSES or len({_amount(s) for s in stated}) != 1 \
                or any(len({_amount(s) for s in figures}) != 1 for figures in named.values()):
            continue
        parts = [min(figures, key=_ORDER) for figures in named.values()]
        found.append(ClassSplit(min(stated, key=_ORDER), sorted(parts, key=_ORDER)))
    return found


#: measure words a whole's name may open with (决算支出总额, 年初预算支出), longest first
_LEADING_MEASURE = re.compile("^(?:" + "|".join(sorted(
    (re.escape(word) for group, _ in measures.MEASURE_WORDS for word in group),
    key=len, reverse=True)) + ")")


def _without_measure(name: str) -> str:
    return _LEADING_MEASURE.sub("", name, count=1)


def _amount(statement: Statement) -> tuple[object, str]:
    return statement.quantity.value, statement.quantity.unit
