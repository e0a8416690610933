"""A final account's totals: 收入总计 and 支出总计 as the template's lines make them.

Every 部门决算说明 restates its 收入支出决算总表: 收入总计 is 本年收入合计 with the balances
used (使用非财政拨款结余, 用事业基金弥补收支差额) and 年初结转和结余; 支出总计 is 本年支出合计,
结余分配 and 年末结转和结余. Writers list them after 其中, which alone would promise only some
of a total, but these lines are all of it. Read only where a total's paragraph names, right
after it (or before it in its sentence), each line the template requires exactly once and
no other amount between: a total with lines of another kind (一般公共预算财政拨款, 上级补助
收入: a government's or an appropriation table's) is left to the other readings.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from crossfoot.analysis.claims.common import name_before
from crossfoot.analysis.claims.compositions import Composition
from crossfoot.analysis.statements import LEVEL, Statement
from crossfoot.analysis.vocabulary import balances

#: the end of the words before a figure (the small words joining them were taken off)
_TAIL = r"\s*$"
_TOTALS = {total: re.compile(total + _TAIL) for total in balances.ACCOUNT_TOTALS}
_LINES = {total: [(re.compile("(?:" + line + ")" + _TAIL), line, required)
                  for line, required in lines]
          for total, lines in balances.ACCOUNT_TOTALS.items()}


def find_account_totals(statements: Sequence[Statement], texts: Mapping[str, str]
                        ) -> list[Composition]:
    """Each 收入总计 / 支出总计 with the template's lines said with it."""
    money = [s for s in statements if s.role == LEVEL and s.dimension == "money"]
    found = []
    for at, statement in enumerate(money):
        lead = name_before(statement, texts)
        for total in (name for name, pattern in _TOTALS.items() if pattern.search(lead)):
            after = _lines(total, money[at + 1:], statement, texts)
            lines = after if after else _lines(total, money[at - 1::-1] if at else [],
                                               statement, texts, same_sentence=True)
            if lines:  # (财政拨款收入总计 by its funds, else by the plain template's lines)
                found.append(Composition(f"{total} = " + " + ".join(n for _, n in lines),
                                         statement, [line for line, _ in lines]))
                break
    return found


def _lines(total: str, run: Sequence[Statement], of: Statement, texts: Mapping[str, str],
           same_sentence: bool = False) -> list[tuple[Statement, str]]:
    """The template's lines of ``total`` at the start of ``run``, each once, every required
    one among them, each with the name it is said by, in the text's order; [] where they are
    not so."""
    taken: dict[str, tuple[Statement, str]] = {}
    for statement in run:
        if statement.paragraph != of.paragraph or (
                same_sentence and statement.sentence != of.sentence) \
                or statement.quantity.unit != of.quantity.unit:
            break
        lead = name_before(statement, texts)
        found = next(((name, match) for pattern, name, _ in _LINES[total]
                      if (match := pattern.search(lead))), None)
        if found is None or found[0] in taken:
            break
        taken[found[0]] = (statement, lead[found[1].start():])
    required = {name for _, name, needed in _LINES[total] if needed}
    if not required <= taken.keys():
        return []
    return sorted(taken.values(), key=lambda pair: pair[0].start)
