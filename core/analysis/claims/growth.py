"""Average yearly growth: 从 2015 年的 99,229 万元上升到 2020 年的 181,398 万元，年均增长 12.82%.

A compound rate over the years between a move's two ends. Read only where one
sentence of an item states where the move started and where it ended, each
with its own year, and then one average rate (年均增长 / 年均下降): the rate is
then ((end / start) ^ (1 / years) - 1), and nothing else could be meant.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from crossfoot.analysis.items import Item
from crossfoot.analysis.statements import AVERAGE, FROM, TO, Statement


@dataclass(slots=True)
class Growth:
    start: Statement
    end: Statement
    rate: Statement


def find_growths(items: Sequence[Item]) -> list[Growth]:
    found = []
    for item in items:
        for rate in item.of(AVERAGE):
            if rate.quantity.unit != "%" or rate.quantity.qualifier:
                continue
            ends = [s for s in item.statements if s.role in (FROM, TO)
                    and s.sentence == rate.sentence and s.start < rate.start
                    and s.dimension != "ratio" and not s.quantity.qualifier]
            starts = [s for s in ends if s.role == FROM]
            reached = [s for s in ends if s.role == TO]
            if len(starts) != 1 or len(reached) != 1:
                continue
            start, end = starts[0], reached[0]
            if not (start.period_stated and end.period_stated) or start.period is None \
                    or end.period is None or end.period <= start.period \
                    or start.dimension != end.dimension:
                continue
            found.append(Growth(start, end, rate))
    return found
