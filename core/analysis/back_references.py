"""Figures said to be one given before: 上述 38,050 万元专项债券资金, 上述 412 件案件.

上述 (the aforesaid) before a figure and a name says the figure is one the report
gave earlier under that name: the two must agree. The earlier figure is the one
item before it whose name ends with the name said (新增专项债券资金 38,500 万元 for
专项债券资金), of the same kind and unit, leaving out the parts of a list (其中简易程序
案件 58 件 is not the 案件 meant). Where no such figure, or several of different
values, are found, nothing is said.
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping, Sequence

from crossfoot.analysis.claims.common import key
from crossfoot.analysis.items import Item
from crossfoot.analysis.statements import LEVEL, Statement
from crossfoot.analysis.vocabulary import cues

#: the name after a referring figure's unit, up to what follows it (的, a verb, a mark)
_NAME_AFTER = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?=的|已|共|均|中|，|,|。|；|;|$"
                         r"|主要|全部|用于|将|按)")  # (上述 146.25 万元机关运行经费主要用于 …)
#: the fewest characters of that name
MIN_NAME = 2


def find(items: Sequence[Item], texts: Mapping[str, str],
         parts: Container[str]) -> dict[str, tuple[Item, Statement]]:
    """Referring statement id -> the earlier figure it is said to be, with its item
    (``texts``: paragraph id -> its normalized text; ``parts``: ids of the items listed as
    parts of a total)."""
    found: dict[str, tuple[Item, Statement]] = {}
    earlier: list[tuple[Item, Statement]] = []
    for item in items:
        for statement in item.statements:
            if statement.role == LEVEL and not statement.quantity.qualifier:
                name = _said_name(texts.get(statement.paragraph, ""), statement)
                target = _one_before(earlier, statement, name) if name else None
                if target is not None:
                    found[statement.id] = target
                elif item.id not in parts:
                    earlier.append((item, statement))
    return found


def _said_name(text: str, statement: Statement) -> str:
    """The name after a figure 上述 stands before, '' when it stands before none."""
    before = text[max(0, statement.start - 3):statement.start].rstrip()
    if not before.endswith(cues.AFORESAID):
        return ""
    named = None if statement.noun else _NAME_AFTER.match(text, statement.end)
    name = statement.noun or (named.group(1) if named else "")  # (412 件案件: its noun)
    return name if len(name) >= MIN_NAME and name not in cues.CATEGORIES else ""


def _one_before(earlier: Sequence[tuple[Item, Statement]], statement: Statement,
                name: str) -> tuple[Item, Statement] | None:
    wanted = key(name)
    candidates = [(item, s) for item, s in earlier
                  if s.dimension == statement.dimension
                  and (s.quantity.unit == statement.quantity.unit or s.dimension == "money")
                  and (key(item.subject).endswith(wanted) or s.noun == name)]
    # (新增专项债券 35,000 万元 …。上述 3.5 亿元专项债券资金: one amount in another unit)
    values = {s.quantity.value * s.quantity.unit_info.scale for _, s in candidates}
    return candidates[-1] if len(values) == 1 else None
