"""Averages the narrative states: 平均得分 93 分 after 得分分别为 95、88、90 分.

A mean is checked against the figures it averages only where its sentence
says they are the whole set (listed with 分别, or numbered by a count), so a
mean of something else (年均 / 人均) or of an unsaid set is never compared.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from crossfoot.analysis.statements import LEVEL, Statement
from crossfoot.analysis.vocabulary import per_unit, ratios
from crossfoot.model.dates import YEAR_SPAN
from crossfoot.model.numbering import cn_numeral


@dataclass(slots=True)
class Average:
    """平均得分 92 分 after 得分分别为 95 分、88 分、90 分: a mean and what it is of."""

    stated: Statement
    parts: list[Statement]


def find(text: str, statements: Sequence[Statement]) -> list[Average]:
    """A figure named a mean (平均) and the run of figures in its unit just before it.

    Read only where the sentence says the run is the whole set: it is listed
    with 分别, or a count before it (3 个项目) numbers exactly its figures.
    """
    found = []
    for index, stated in enumerate(statements):
        each = _each_of(stated.label)
        yearly = stated.label.startswith(ratios.YEARLY_MEAN)
        if stated.role != LEVEL or not (_names_mean(stated.label) or each or yearly):
            continue
        first = index
        while first > 0 and index - first < MAX_AVERAGED and _same_run(statements[first - 1],
                                                                        stated):
            first -= 1
        run = list(statements[first:index])
        if run and run[-1].total_cue:
            run.pop()  # (分别为 a、b、c、d，合计 e，平均每条 m: the mean of the four, not of e)
        if len(run) < 2:
            continue
        sentence_start = max(text.rfind(mark, 0, run[0].start) for mark in "。！？\n") + 1
        before = text[sentence_start:run[0].start]
        lead = [s for s in statements[max(0, first - MAX_AVERAGED):first]
                if s.sentence == stated.sentence]
        counts = [s for s in lead if s.dimension == "count" and s.quantity.value == len(run)]
        if yearly:  # 2022 年、2023 年、2024 年分别拨付 a、b、c，…，年均拨付 m: the years' mean
            # (累计 a，各年分别为 b、c …，年均 m: of the years, not of their total before them)
            years = next((r for r in (run, run[1:]) if len(r) >= 2 and _a_year_each(
                text[sentence_start:stated.start], r)), None)
            if years is not None:
                found.append(Average(stated, years))
            continue
        if each:  # 3 个污水处理站处理量分别为 a、b、c，平均每站 m: each of the counted things
            if any(s.noun.endswith(each) or s.quantity.unit == each for s in counts):
                found.append(Average(stated, run))
            continue
        if EACH_LISTED in before or counts or _numbered(stated.label, len(run)):
            found.append(Average(stated, run))
    return found


def _a_year_each(sentence: str, run: Sequence[Statement]) -> bool:
    """Is each figure of the run one year's, in turn: their own years one after another, or
    the span its sentence names as many years long (2019—2023 年 … 各年分别为 a、b、c、d、e)?"""
    years = [s.period for s in run if s.period is not None and s.period_stated]
    if len(years) == len(run) and years == list(range(years[0], years[0] + len(run))):
        return True
    span = _YEAR_SPAN.search(sentence)
    return span is not None and int(span[2]) - int(span[1]) + 1 == len(run) \
        and EACH_LISTED in sentence[span.end():]


#: a span of years a sentence names (2019—2023 年 / 2019 年至 2023 年)
_YEAR_SPAN = re.compile(YEAR_SPAN)


def _each_of(label: str) -> str:
    """站 of 平均每站, 条 of 平均每条: the thing a mean per one names, or the unit it is counted
    in (a mean of a listed set only where a count of that thing numbers the set), or ''."""
    rest = per_unit.after_mean_each(label)
    if rest is None or any(word in label for word in ratios.NOT_MEAN if word != per_unit.MEAN_EACH):
        return ""
    return rest[:1]


#: the word that lists one figure for each name (分别为)
EACH_LISTED = "分别"
#: the most figures a mean is read over
MAX_AVERAGED = 64


def _same_run(other: Statement, stated: Statement) -> bool:
    return other.sentence == stated.sentence and other.role == LEVEL \
        and other.quantity.unit == stated.quantity.unit


def _numbered(label: str, count: int) -> bool:
    """三个项目平均 / 3 项平均: the mean's own words number the figures before it."""
    words = {str(count)} | ({cn_numeral(count)} if count < CN_NUMERALS_UP_TO else set()) \
        | ({"两"} if count == 2 else set())
    return any(f"{word}{noun}" in label for word in words for noun in _COUNTED_NOUNS)


#: Chinese numerals spelled here (一 to 九十九)
CN_NUMERALS_UP_TO = 100
#: what a mean's words may count (三个项目 / 3 项)
_COUNTED_NOUNS = ("个", "项")


def _names_mean(label: str) -> bool:
    return ratios.MEAN_WORD in label and not any(word in label for word in ratios.NOT_MEAN)
