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
from collections.abc import Callable, Container, Mapping, Sequence

from crossfoot.analysis.claims.common import key
from crossfoot.analysis.clauses import sentence_end
from crossfoot.analysis.items import Item
from crossfoot.analysis.statements import LEVEL, Statement
from crossfoot.analysis.vocabulary import cues

#: the name after a referring figure's unit, up to what follows it (的, a verb, a mark)
_NAME_AFTER = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?=的|已|共|均|中|，|,|。|；|;|$"
                         r"|主要|全部|用于|将|按)")  # (上述 146.25 万元机关运行经费主要用于 …)
#: the fewest characters of that name
MIN_NAME = 2
#: a name between 上述 and its figure (上述资金 358 万元), and how far back it is looked for
_NAME_BETWEEN = re.compile(r"(?:上述|前述)([\u4e00-\u9fff]{2,8})\s*$")
_NAME_BETWEEN_WITHIN = 12
#: a verb of funds with 的 right before a figure, nothing named before it (将下达的 / ，下达的)
_BY_VERB = re.compile(r"(?:^|[，,。；;：:]|将|已)(下达|拨付|安排)的\s*$")
_VERB_WITHIN = 6


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
                said = _referred(statement, texts)
                target = _one_before(earlier, statement, said) if said is not None else None
                if target is not None:
                    found[statement.id] = target
                elif item.id not in parts:
                    earlier.append((item, statement))
    return found


def _said_name(text: str, statement: Statement) -> str:
    """The name after a figure 上述 stands before (or between them: 上述资金 358 万元), ''
    when it stands before none."""
    before = text[max(0, statement.start - 3):statement.start].rstrip()
    between = _NAME_BETWEEN.search(text, max(0, statement.start - _NAME_BETWEEN_WITHIN),
                                   statement.start)
    if between is not None and between[1] not in cues.CATEGORIES:
        return between[1]
    if not before.endswith(cues.AFORESAID):
        return ""
    named = None if statement.noun else _NAME_AFTER.match(text, statement.end)
    name = statement.noun or (named.group(1) if named else "")  # (412 件案件: its noun)
    return name if len(name) >= MIN_NAME and name not in cues.CATEGORIES else ""


def _verb_said(text: str, statement: Statement) -> str | None:
    """下达的 265 万元已全部拨付 / 将下达的 34.8 万元补助资金全部拨付: a figure named by the
    verb that gave it, with 的, said to have gone out whole, is the one that verb gave before;
    None for any other (市级下达的 50 万元: a name before the verb, some of it)."""
    said = _BY_VERB.search(text, max(0, statement.start - _VERB_WITHIN), statement.start)
    if said is None:
        return None
    after = text[statement.end:sentence_end(text, statement.end)]
    return said[1] if any(w in after for w in cues.WHOLE_OUT) else None


def _referred(statement: Statement, texts: Mapping[str, str]
              ) -> Callable[[Item, Statement], bool] | None:
    """What picks the earlier figure ``statement`` is said to be: one of the name 上述 gives
    it, else one given with the verb it is named by (下达的 b … 全部拨付); None for neither."""
    text = texts.get(statement.paragraph, "")
    name = _said_name(text, statement)
    if name:
        return _named(name)
    verb = _verb_said(text, statement)
    return None if verb is None else _given_by(verb, statement, texts)


def _named(name: str) -> Callable[[Item, Statement], bool]:
    """An earlier figure of ``name``: its item's name ends so, or it counts that noun."""
    wanted = key(name)
    return lambda item, s: key(item.subject).endswith(wanted) or s.noun == name


def _given_by(verb: str, statement: Statement, texts: Mapping[str, str]
              ) -> Callable[[Item, Statement], bool]:
    """An earlier figure of ``statement``'s paragraph said with ``verb`` (下达 … a)."""
    return lambda item, s: s.paragraph == statement.paragraph \
        and verb in texts.get(s.paragraph, "")[s.quote_start:s.start]


def _one_before(earlier: Sequence[tuple[Item, Statement]], statement: Statement,
                said: Callable[[Item, Statement], bool]) -> tuple[Item, Statement] | None:
    """The one earlier figure of ``statement``'s kind that ``said`` picks, where all such
    figures agree."""
    candidates = [(item, s) for item, s in earlier
                  if s.dimension == statement.dimension
                  and (s.quantity.unit == statement.quantity.unit or s.dimension == "money")
                  and said(item, s)]
    # (新增专项债券 35,000 万元 …。上述 3.5 亿元专项债券资金: one amount in another unit)
    values = {s.quantity.value * s.quantity.unit_info.scale for _, s in candidates}
    return candidates[-1] if len(values) == 1 else None
