"""What was done said above or below its budget in words: 决算数大于年初预算数的主要原因是….

Final accounts explain each line's gap to its budget (年初预算 a，支出决算 b，完成年初预算的
r%。决算数小于年初预算数的主要原因是 …) and self-evaluations each fund's, or say an output
went past its target (年度目标 120 公里，实际完成 118.6 公里，超额完成年度目标). The words give
the gap's way and no figure. Read only where they stand with no figure after them, and their
sentence (and, for a budget's words, the one before) states one figure of what was done and one
of the budget the words name (年初 / 调整 / 全年, or a bare 预算 where only one is stated) or of
the target, of one dimension: the claim is a change from that budget or target to what was
done, above or below zero.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import groupby

from crossfoot.analysis.claims.common import budget_measures
from crossfoot.analysis.clauses import sentence_start
from crossfoot.analysis.statements import LEVEL, Statement
from crossfoot.analysis.vocabulary import changes
from crossfoot.analysis.vocabulary.measures import BUDGET_MEASURES


@dataclass(slots=True)
class BudgetGap:
    """``actual`` said above (``sign`` +1) or below (-1) ``budget``, by the words at ``said_at``
    in their paragraph."""

    actual: Statement
    budget: Statement
    sign: int
    said_at: tuple[int, int]


def _alternatives(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_DONE, _BUDGET = _alternatives(changes.DONE_NAMES), _alternatives(changes.BUDGET_NAMES)
_WAY = _alternatives((*changes.ABOVE, *changes.BELOW))
_SAID = re.compile(rf"(?:(?P<done>{_DONE})(?P<way>{_WAY})(?P<budget>{_BUDGET})"
                   rf"|(?P<budget_first>{_BUDGET})(?P<way_back>{_WAY})(?P<done_last>{_DONE})"
                   rf"|(?P<over>{_alternatives(changes.OVER_DONE)}))")
#: the measures of what was done, and of what an 超额完成 is over (one of them stated)
_DONE_MEASURES = ("actual", "result")
_PLANNED = ("target", *BUDGET_MEASURES)
#: the characters after the words a figure of the gap may begin within (大于预算 3.74 万元)
_FIGURE_AFTER = re.compile(r"[\s（(]{0,2}[0-9０-９]")


def find_budget_gaps(statements: Sequence[Statement], texts: Mapping[str, str]
                     ) -> list[BudgetGap]:
    """Each gap to a budget said in words with the two figures it is between."""
    found = []
    for paragraph, said in groupby(statements, key=lambda s: s.paragraph):
        levels = [s for s in said if s.role == LEVEL and not s.aside]
        text = texts.get(paragraph, "")
        for match in _SAID.finditer(text):
            if _FIGURE_AFTER.match(text, match.end()):
                continue
            gap = _gap(match, levels, text)
            if gap is not None:
                found.append(gap)
    return found


def _gap(match: re.Match[str], levels: Sequence[Statement], text: str) -> BudgetGap | None:
    start = sentence_start(text, match.start())
    done_measures: tuple[str, ...]
    wanted: tuple[str, ...]
    if match.group("over"):  # 超额完成: above the one target or budget of its sentence
        sign, wanted, done_measures = 1, _PLANNED, _DONE_MEASURES
    else:
        budget_name = match.group("budget") or match.group("budget_first")
        way = match.group("way") or match.group("way_back")
        sign = 1 if way in changes.ABOVE else -1
        if match.group("budget_first"):
            sign = -sign  # 预算数大于决算数: what was done is below it
        start = sentence_start(text, start - 1) if start > 0 else start  # or the one before
        wanted = budget_measures(budget_name)
        done_measures = ("actual",)
    near = [s for s in levels if start <= s.start < match.start()]
    done = [s for s in near if s.measure in done_measures]
    budgets = [s for s in near if s.measure in wanted]
    if len(done) != 1 or len(budgets) != 1 or done[0].dimension != budgets[0].dimension:
        return None
    return BudgetGap(done[0], budgets[0], sign, (match.start(), match.end()))
