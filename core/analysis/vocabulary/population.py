"""Rates of a population per thousand: 出生率 a‰，死亡率 b‰，自然增长率 c‰.

Class of phrasing served: the population section of statistical bulletins and work
reports (全年出生人口 …，出生率 7.86‰；死亡人口 …，死亡率 6.92‰；人口自然增长率 0.94‰),
where the natural growth is births less deaths, per thousand of the same population.
"""

from __future__ import annotations

#: the words a rate's name ends with, per kind
BIRTH_RATE = "出生率"
DEATH_RATE = "死亡率"
NATURAL_GROWTH = "自然增长率"
#: the unit of such rates
PER_MILLE = "‰"
#: words that may follow a rate's name before its figure
COPULAS = ("为", "是", "：", ":", "达")
