"""A rate against the time elapsed: 完成年度预算的 71.4%，超序时进度 3.6 个百分点.

Monthly and quarterly execution reports set what was done of the year's budget against the
share of the year gone (序时进度: 50% after June, 75% after September) and say by how many
points it is ahead or behind. The gap is the rate less the schedule, ahead (超 / 高于 / 快于)
or behind (低于 / 慢于 / 落后). Read only where the gap's words name the schedule and one way,
the rate is the last percentage of its sentence before them, and the schedule is stated
there (序时进度（75%）) or the period's months are named (its sentence's 1-9 月, or the
title's). A whole number of quarters gives an exact share (75.00); other months give one the
writer may have rounded either way (1-10 月: 83, 83.3 or 83.33), so it stands as the whole
percent (83, i.e. 82.5 to 83.5), which holds every such rounding.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from crossfoot.analysis.clauses import sentence_start
from crossfoot.analysis.statements import LEVEL, RATE, SHARE, Statement
from crossfoot.analysis.vocabulary import completion
from crossfoot.model.dates import ANY_YEAR, part_of_year_end, parts_of_year_named

#: the months of a year
MONTHS = 12


@dataclass(slots=True)
class ScheduleGap:
    """``gap`` points between ``rate`` and the schedule: ``schedule`` as stated, or the
    share of the year gone, ``elapsed`` percent as printed (75.00, or 83 for 1-10 月);
    ``sign`` +1 ahead, -1 behind."""

    rate: Statement
    gap: Statement
    sign: int
    schedule: Statement | None
    elapsed: str | None
    #: where the schedule's name stands in the gap's paragraph (its quote, when not stated)
    named_at: tuple[int, int]


def find_schedule_gaps(statements: Sequence[Statement], texts: Mapping[str, str],
                       title: str = "", year: int | None = None) -> list[ScheduleGap]:
    """Each gap to the schedule with the rate it is of and the schedule it is against."""
    found = []
    for at, gap in enumerate(statements):
        if gap.quantity.unit != completion.POINTS_UNIT:
            continue
        said = [s for s in statements[max(0, at - LOOK_BACK):at]
                if (s.paragraph, s.sentence) == (gap.paragraph, gap.sentence)]
        host = [s for s in said if not s.aside]
        text = texts.get(gap.paragraph, "")
        opened = host[-1].end if host else gap.quote_start
        words = text[opened:gap.start]  # (，较序时进度（50%）低 9.64 个百分点: its bracket too)
        named = next((w for w in completion.SCHEDULE if w in words), None)
        if named is None:
            continue
        ways = {sign for sign, group in ((1, completion.AHEAD), (-1, completion.BEHIND))
                if any(word in words for word in group)}
        where = opened + words.index(named)
        stated = [s for s in said if s.start > where and s.quantity.unit == "%"]
        rates = [s for s in host if s.end <= opened and s.quantity.unit == "%"
                 and s.role in (RATE, SHARE, LEVEL)]
        if len(ways) != 1 or not rates or rates[-1] is not host[-1] or len(stated) > 1:
            continue
        opening = text[sentence_start(text, gap.start):gap.start]  # (1-9 月，…完成 …)
        elapsed = None if stated else _elapsed(opening, title, year)
        if stated or elapsed is not None:
            found.append(ScheduleGap(rates[-1], gap, ways.pop(), stated[0] if stated else None,
                                     elapsed, (where, where + len(named))))
    return found


#: the most figures looked back through for a gap's rate: its sentence's, in practice
LOOK_BACK = 8


def _elapsed(sentence: str, title: str, year: int | None) -> str | None:
    """The percent of the year gone by the end of the period the sentence (else the title)
    names, as printed: exact for a whole number of quarters (75.00), else the whole percent
    nearest (83 after October), whose interval holds every rounding a writer may use."""
    if parts_of_year_named(sentence) > 1:
        return None  # 1-8 月累计 a，…1-9 月累计 b: of which period the rate is, unsure
    for words in (sentence, title):
        end = part_of_year_end(words, year or ANY_YEAR)
        if end is not None:
            month = end[0].month
            if month * 100 % MONTHS == 0:
                return f"{Decimal(month * 100 // MONTHS):.2f}"
            return str((Decimal(month * 100) / MONTHS).quantize(Decimal(1), ROUND_HALF_UP))
    return None
