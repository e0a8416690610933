"""A score over the points it was out of: 分值 30 分，得分 25.8 分，得分率 86.0%.

Evaluation reports give each indicator's points, its score and the score's rate of them (得分率
= 得分 ÷ 分值). Read only where the rate's name ends in 得分率 and its sentence states, before
it (in its segment, where that holds two: 效益指标满分 30 分，得 25.5 分，得分率 85%；满意度
…), exactly one figure of points and one score.
"""

from __future__ import annotations

from collections.abc import Sequence

from crossfoot.analysis.claims.ratios import Ratio
from crossfoot.analysis.statements import Statement
from crossfoot.analysis.vocabulary import scores

#: the most figures looked back through for a rate's score and points: its sentence's
LOOK_BACK = 8


def find_score_rates(statements: Sequence[Statement]) -> list[Ratio]:
    """Each 得分率 with the score and the points its sentence gave before it."""
    found = []
    for at, rate in enumerate(statements):
        if rate.quantity.unit != "%" or not rate.label.endswith(scores.SCORE_RATE):
            continue
        said = [s for s in statements[max(0, at - LOOK_BACK):at]
                if (s.paragraph, s.sentence) == (rate.paragraph, rate.sentence)
                and s.quantity.unit == scores.SCORE_UNIT]
        own = [s for s in said if s.segment == rate.segment]
        said = own if len(own) == 2 else said  # (…得分率 85%；满意度指标满分 10 分，得 9 分，…)
        weights = [s for s in said if s.measure == "weight"]
        got = [s for s in said if s.measure == "score"]
        if len(weights) == 1 and len(got) == 1 and len(said) == 2:
            found.append(Ratio("share", rate, got[0], weights[0], True))
    return found
