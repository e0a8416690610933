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


def find_lost_sums(statements: Sequence[Statement]) -> list[Composition]:
    """A 扣 1.5 分；B 扣 2 分；C 扣 2.5 分。合计扣 5 分 (or 共扣 6.5 分，其中 A 扣 2 分 …): the
    deductions listed one by one in a paragraph, with no other score between them, add up to
    the figure whose name says it is their total, said after them or opening them in its
    sentence."""
    found: list[Composition] = []
    for _, paragraph in groupby(statements, key=lambda s: s.paragraph):
        run: list[Statement] = []  # the deductions since the last other score
        opened: Statement | None = None  # a total said before its deductions
        for statement in paragraph:
            if statement.role != LEVEL or statement.quantity.unit != scores.SCORE_UNIT:
                continue
            if not statement.label.endswith(scores.LOST_ENDINGS):
                _add_sum(found, opened, run)
                run, opened = [], None
            elif statement.label.startswith(scores.LOST_TOTALS) \
                    or statement.label.endswith(scores.LOST_TOTALS):  # (项目共扣 5.5 分)
                if len(run) >= MIN_DEDUCTIONS and opened is None \
                        and statement.label.startswith(scores.LOST_TOTALS):
                    # (not 决策和过程指标合计扣 5 分 after 产出扣 a、效益扣 b: of others, named)
                    _add_sum(found, statement, run)
                    run = []
                else:
                    _add_sum(found, opened, run)
                    run, opened = [], statement
            elif opened is not None and statement.sentence != opened.sentence:
                _add_sum(found, opened, run)
                run, opened = [statement], None
            else:
                run.append(statement)
        _add_sum(found, opened, run)
    return found


def _add_sum(found: list[Composition], total: Statement | None, run: list[Statement]) -> None:
    """The sum of the deductions ``run`` as ``total`` (one said after them, or one that opened
    them, once they end), where there is a total and two deductions or more."""
    if total is not None and len(run) >= MIN_DEDUCTIONS:
        found.append(Composition("合计扣分 = 各项扣分之和", total, list(run), [1] * len(run)))


#: the fewest deductions listed for a total of them to be read
MIN_DEDUCTIONS = 2
