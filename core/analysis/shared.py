"""One object for each name and each quantity a reading says more than once.

A report names the same subjects again and again (基本支出 in a dozen
sentences, 一般公共预算拨款 in every section) and states the same figures more
than once (a total in the summary and again with its parts), and the reader
slices each name out of its own sentence and parses each figure afresh: equal
strings and quantities, one object per mention, alive with the reading through
the facts' emission (the peak of a large text's check). Sharing them costs one
pass over the reading and dicts that live only as long as that pass.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import DecimalTuple

from crossfoot.analysis.items import Item
from crossfoot.analysis.statements import Statement
from crossfoot.model.quantity import Quantity


def share(statements: Iterable[Statement], items: Iterable[Item]) -> None:
    """Give equal names and equal quantities of ``statements`` and ``items`` one object.

    Quantities are equal when their values have the same digits and exponent (not merely
    the same value: 12.50 shows two decimals, 12.5 one) and all their other fields are
    equal; they are immutable, so one serves all.
    """
    names: dict[str, str] = {}
    name = names.setdefault
    quantities: dict[tuple[DecimalTuple, str, int, bool, str | None], Quantity] = {}
    for statement in statements:
        statement.lead = name(statement.lead, statement.lead)
        statement.label = name(statement.label, statement.label)
        statement.noun = name(statement.noun, statement.noun)
        if statement.whole is not None:
            statement.whole = name(statement.whole, statement.whole)
        quantity = statement.quantity
        statement.quantity = quantities.setdefault(
            (quantity.value.as_tuple(), quantity.unit, quantity.decimals, quantity.exact,
             quantity.qualifier), quantity)
    for item in items:
        item.subject = name(item.subject, item.subject)
        item.phase = name(item.phase, item.phase)
        if item.marker is not None:
            item.marker = name(item.marker, item.marker)
