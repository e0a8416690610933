"""Points lost: an indicator's weight less its score (分值 20 分，得 17.6 分，扣 2.4 分).

Self-evaluation reports give, for each indicator or for the whole, its weight (分值 / 满分),
the score it got and the points it lost, in one sentence; the points lost are the weight
less the score. Read only where a segment of a sentence (up to ；) gives exactly one weight,
one score and one figure of points lost, or, when it goes on to list the deductions one by
one, one whose name says it is their total (共扣 2.5 分：A 扣 1 分，…): two indicators in a
segment are never told apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from crossfoot.analysis.claims.compositions import Composition
from crossfoot.analysis.statements import LEVEL, SCORE, Statement
from crossfoot.analysis.vocabulary import scores


def find_deductions(statements: Sequence[Statement]) -> list[Composition]:
    """Each segment's points lost (a sentence's up to ；), with the weight and the score they
    are the gap of."""
    found = []
    for _, segment in groupby(statements, key=lambda s: (s.paragraph, s.sentence, s.segment)):
        scored = [s for s in segment if s.role == LEVEL and s.quantity.unit == scores.SCORE_UNIT]
        lost = [s for s in scored if s.label.endswith(scores.LOST_ENDINGS)]
        weights = [s for s in scored if s.measure == "weight" and s not in lost]
        got = [s for s in scored if s.measure == SCORE and s not in lost]
        total = _total_lost(lost)
        if len(weights) == 1 and len(got) == 1 and total is not None:
            found.append(Composition("扣分 = 分值 − 得分", total, [weights[0], got[0]],
                                     [1, -1]))
    return found


def _total_lost(lost: Sequence[Statement]) -> Statement | None:
    """The figure of points lost: the only one, or the first when its name says it is the
    total of those listed after it (共扣 2.5 分：…扣 1 分，…扣 1.5 分)."""
    if len(lost) == 1 or (lost and lost[0].label.startswith(scores.LOST_TOTALS)):
        return lost[0]
    return None
