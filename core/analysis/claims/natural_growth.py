"""Natural growth as births less deaths: 出生率 a‰，死亡率 b‰，人口自然增长率 c‰ (c = a − b).

Read only where one paragraph states exactly one birth rate, one death rate and one
natural growth rate, all per thousand and of one year; a rate of another group or year
(户籍人口 beside 常住人口, 上年) makes two of a kind, and none is guessed.
"""

from __future__ import annotations

from collections.abc import Sequence

from crossfoot.analysis.claims.compositions import Composition
from crossfoot.analysis.statements import Statement
from crossfoot.analysis.vocabulary import population


def find_natural_growth(statements: Sequence[Statement]) -> list[Composition]:
    """Each paragraph's natural growth rate with the birth and death rates it is the gap of."""
    by_paragraph: dict[str, list[Statement]] = {}
    for statement in statements:
        if statement.quantity.unit == population.PER_MILLE:
            by_paragraph.setdefault(statement.paragraph, []).append(statement)
    found = []
    for rates in by_paragraph.values():
        births, deaths, growths = (
            [s for s in rates if _named(s) == kind] for kind in
            (population.BIRTH_RATE, population.DEATH_RATE, population.NATURAL_GROWTH))
        if len(births) == len(deaths) == len(growths) == 1 \
                and len({births[0].period, deaths[0].period, growths[0].period}) == 1:
            found.append(Composition("人口自然增长率 = 出生率 − 死亡率", growths[0],
                                     [births[0], deaths[0]], [1, -1]))
    return found


def _named(statement: Statement) -> str | None:
    """The kind of population rate the figure's words end with, if any (自然增长率 before the
    死亡率 it does not end with)."""
    words = statement.label.rstrip("".join(population.COPULAS) + " -－−")
    return next((kind for kind in (population.NATURAL_GROWTH, population.BIRTH_RATE,
                                   population.DEATH_RATE) if words.endswith(kind)), None)
