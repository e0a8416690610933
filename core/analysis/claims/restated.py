"""A figure said again in brackets in another unit: 发放补贴 86.4 万元（共计 864,000 元）.

Reports give an amount and, right after it in brackets, the same amount in another unit
of money (万元 and 元, 亿元 and 万元), so that the reader need not convert it. The two are
one amount: they must agree within the digits each shows. Read only where the bracket
holds that figure alone, with at most a word that says it restates (共计 / 合计 / 即 /
折合 / 约 …) before it, and nothing after it: 预算 50 万元（其中中央 30 万元） or 120 万元
（上年 100 万元） hold another figure.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence

from crossfoot.analysis.claims.compositions import Composition
from crossfoot.analysis.statements import LEVEL, Statement
from crossfoot.analysis.vocabulary import cues

#: what may stand in the bracket before the figure that restates (（共计 864,000 元） /
#: （折合 0.86 亿元） / （约 0.86 亿元）): nothing else
_OPENS = re.compile("[（(](?:" + "|".join(map(re.escape, sorted(
    {*cues.RESTATED, "共计", "合计", "即", "约", "约为", "计"}, key=len, reverse=True)))
    + r")?[:：]?\s*$")
#: what closes the bracket right after the figure
_CLOSES = ("）", ")")


def find_restated(statements: Sequence[Statement], texts: Mapping[str, str]
                  ) -> list[Composition]:
    """Each amount with the same amount restated in another unit in the bracket after it."""
    found: list[Composition] = []
    for said, again in itertools.pairwise(statements):
        text = texts.get(said.paragraph, "")
        if said.paragraph != again.paragraph or said.role != LEVEL or again.role != LEVEL \
                or said.dimension != "money" or again.dimension != "money" \
                or said.quantity.unit == again.quantity.unit or said.aside or not again.aside:
            continue
        between = text[said.end:again.start]
        if _OPENS.fullmatch(between) is None \
                or not text.startswith(_CLOSES, _past_noun(text, again)):
            continue
        found.append(Composition("同一数额的另一单位", said, [again], [1]))
    return found


def _past_noun(text: str, statement: Statement) -> int:
    """Where the words after a figure's unit begin (its noun: 864,000 元 has none)."""
    return statement.end + len(statement.noun)
