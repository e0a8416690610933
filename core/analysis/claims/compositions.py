"""Compositions: a figure the text states as a weighted sum of others it states (年初预算 ±
追加 / 调整 = 全年预算; a year's balance, a carried balance, a saving: ``balances``,
``savings``)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from crossfoot.analysis.claims.common import count_of, name_before
from crossfoot.analysis.clauses import BREAK
from crossfoot.analysis.items import Item
from crossfoot.analysis.statements import (
    CHANGE,
    LEVEL,
    Statement,
)
from crossfoot.analysis.vocabulary import cues, per_unit
from crossfoot.model.dates import YEAR_SPAN


@dataclass(slots=True)
class Composition:
    """``total`` is the sum of ``parts``, each times its weight (1 when there are none)."""

    label: str
    total: Statement
    parts: list[Statement]
    weights: list[int] | None = None


def find_compositions(items: Sequence[Item]) -> list[Composition]:
    """An item's initial budget, its adjustments and its full-year budget, in one paragraph.

    ``年初预算 500 万元，年中追加 120 万元，全年预算 630 万元``: the full-year
    budget is the initial one with the adjustments (追减 / 调减 subtract). Only an
    item that states exactly one of each budget for one period is read so.
    """
    found = []
    for item in items:
        money = [s for s in item.statements if s.dimension == "money" and s.role in
                 (LEVEL, CHANGE)]
        for period in {s.period for s in money}:
            mine = [s for s in money if s.period == period]
            initial = [s for s in mine if s.measure == "budget_initial" and s.role == LEVEL]
            full = [s for s in mine if s.measure == "budget" and s.role == LEVEL]
            adjustments = [s for s in mine if s.measure == "adjustment"]
            net = [s for s in adjustments if s.label.endswith(cues.NET_ADJUSTMENT)]
            if net and len(net) < len(adjustments):  # (追加 b、调减 c，预算调整数 d: d is
                adjustments = [s for s in adjustments if s not in net]  # their net, not a third)
            if len(initial) == 1 and len(full) == 1 and adjustments:
                found.append(_adjusted(item.name, initial[0], adjustments, full[0]))
    return found + _sentence_budgets(items, {c.total.id for c in found})


def _adjusted(name: str, initial: Statement, adjustments: Sequence[Statement],
              full: Statement) -> Composition:
    """The full-year budget as the initial one with its adjustments, each signed."""
    return Composition(f"{name}全年预算 = 年初预算 ± 调整", full, [initial, *adjustments],
                       [1, *map(_adjustment_sign, adjustments)])


def _sentence_budgets(items: Sequence[Item], read: set[str]) -> list[Composition]:
    """年初预算 a，年中追加 X 资金 b，全年预算数合计 c: the budgets of one sentence, named apart
    (the adjustment names what it was for), read as one item's where the sentence states
    exactly one initial budget, then its adjustments, then one full-year budget, all of money
    and one year, and nothing else."""
    found = []
    sentences: dict[tuple[str, int], list[Statement]] = {}
    for item in items:
        for s in item.statements:
            sentences.setdefault((s.paragraph, s.sentence), []).append(s)
    for said in sentences.values():
        said.sort(key=lambda s: s.start)
        if len(said) < 3 or any(s.id in read for s in said) \
                or any(s.dimension != "money" or s.period != said[0].period or s.aside
                       for s in said):
            continue
        first, *between, last = said
        if first.measure == "budget_initial" and first.role == LEVEL \
                and last.measure == "budget" and last.role == LEVEL \
                and all(s.measure == "adjustment" for s in between):
            found.append(_adjusted("", first, between, last))
    return found


def _adjustment_sign(statement: Statement) -> int:
    """The weight of an adjustment in the sum: a change whose way is read (调减 144.4 万元)
    is emitted as a signed figure (-144.4), so it is added as it stands; one whose way is
    not read is taken away when the last verb of its words takes away (调减 / 收回; not the
    减 of 防灾减灾, a word of the adjustment's cause)."""
    if statement.sign:
        return 1
    label = statement.label
    ups = [label.rfind(word) for word in _ADJUSTED_UP]
    downs = [label.rfind(word) for word in _ADJUSTED_DOWN]
    return -1 if max(downs) > max(ups) else 1


#: the verbs of an adjustment up and down, as an adjustment's words end with them
_ADJUSTED_UP = ("追加", "调增", "增加")
_ADJUSTED_DOWN = ("追减", "调减", "压减", "核减", "减少", "收回", "减支")


def find_respective_totals(statements: Sequence[Statement], texts: Mapping[str, str]
                           ) -> list[Composition]:
    """受益群众分别为 412 人、386 人、529 人，合计 1,372 人: figures listed with 分别 and no names
    read for them (the names were said before), then their 合计, in one sentence.

    The total is the sum of the figures between 分别 and it: levels of one unit, each after
    the first named by nothing but the mark between them, the total the first of them its
    words call one (合计 / 共计 / 五年累计完成 …). ``texts``: each paragraph's normalized
    text, by its id.
    """
    found = []
    for at, first in enumerate(statements):
        text = texts.get(first.paragraph, "")
        opening = _clause_before(text, first)
        if first.role != LEVEL or first.dimension == "ratio" \
                or not _after_respectively(opening) or per_unit.said_per_one(first.label):
            continue  # (分别按每社 20 万元、10 万元的标准 …，共计 c: standards, whose total is
            # of the products with the counts before them)
        said = opening.rpartition(cues.DISTRIBUTED)[2].strip()  # (分别完成: its verb)
        run, total = [first], None
        for statement in statements[at + 1:]:
            if (statement.paragraph, statement.sentence) != (first.paragraph, first.sentence) \
                    or statement.role != LEVEL or statement.quantity.unit != first.quantity.unit:
                break
            own = _clause_before(text, statement)
            if _says_total(own, statement, said) or _counts_the_run(own, len(run)):
                total = statement
                break
            run.append(statement)
            if statement.label.strip(cues.LIST_MARKS):
                break  # (a figure named: the list ended before it)
        if total is None and at and len(run) >= MIN_RESPECTIVE:
            total = _total_just_before(statements[at - 1], first, run, text)
        if total is not None and len(run) >= MIN_RESPECTIVE:
            found.append(Composition(f"{first.lead or total.lead}合计", total, run))
    return found


def _total_just_before(before: Statement, first: Statement, run: Sequence[Statement],
                       text: str) -> Statement | None:
    """A、B、C 三项支出合计 a，分别为 x、y、z: the total said right before 分别, of the list's
    unit and sentence, as many figures as its words count (where they count them)."""
    between = text[before.end:first.start].strip(" ，,：:")
    if (before.paragraph, before.sentence) != (first.paragraph, first.sentence) \
            or before.role != LEVEL or before.quantity.unit != first.quantity.unit \
            or not before.total_cue or between not in cues.RESPECTIVELY_ALONE:
        return None
    counted = _COUNTED_NAMES.search(before.label)
    if counted is not None and count_of(counted.group(1)) != len(run):
        return None
    return before


#: a count of the names a total is of, in its words (五项重点支出合计)
_COUNTED_NAMES = re.compile(r"([0-9]{1,2}|[一二两三四五六七八九十]{1,3})(?:项|个|类|大)")




#: the fewest figures a total sums
MIN_RESPECTIVE = 2


def _says_total(own: str, statement: Statement, said: str) -> bool:
    """合计 1,372 人 / 分别完成 … 五年累计完成 73.15 亿元: do the figure's words (``own``) call it
    the list's total (the total word ends them, or is followed by the verb the list was
    ``said`` with: not 总收入、总支出分别为 a、b，累计结存 c, a balance)?"""
    if any(word in own for word in cues.REST_WORDS):
        return False  # (分别完成 a、b，其他小税种合计 c: the rest's own total, one more part)
    if statement.total_cue:
        return True
    return any(_said_again(own.partition(word)[2].strip(), said)
               for word in cues.TOTAL_LEADS if word in own) and bool(said or own)
    # (三年累计达到 d after 分别为 a、b、c: the total word and a verb of reaching)


def _said_again(rest: str, said: str) -> bool:
    """The words after a total's word say the list's verb again (累计建成 after 分别建成高标准
    农田, 累计改造危桥 after 分别改造农村危桥: the verb, its object shortened or left out), or
    only reach its figure (达到 / 为)."""
    return rest in (said, *cues.TOTAL_COPULAS) or (
        len(rest) >= MIN_VERB and rest[:MIN_VERB] == said[:MIN_VERB])


#: the fewest characters of a verb a total says again of its list's (建成, 完成)
MIN_VERB = 2


def find_year_runs(statements: Sequence[Statement], texts: Mapping[str, str]
                   ) -> list[Composition]:
    """2021 年 a，2022 年 b，2023 年 c，三年累计投入 d: the figures of years in turn, one a year
    and each year said, then a total whose words count as many years, in one sentence: d is
    their sum (the figures of one unit, nothing else between)."""
    found = []
    run: list[Statement] = []
    for statement in statements:
        if run and (statement.paragraph, statement.sentence) != (run[-1].paragraph,
                                                                  run[-1].sentence):
            run = []
        if statement.role != LEVEL:
            run = []
            continue
        if run and statement.quantity.unit == run[0].quantity.unit and not statement.aside \
                and len(run) >= MIN_RESPECTIVE and _counts_the_run(
                    _clause_before(texts.get(statement.paragraph, ""), statement), len(run)):
            found.append(Composition(f"{run[0].lead or statement.lead}（各年之和）", statement,
                                     list(run)))
            run = []
            continue
        follows = bool(run) and run[-1].period is not None \
            and statement.period == run[-1].period + 1 \
            and statement.quantity.unit == run[0].quantity.unit
        run = [*run, statement] if follows and statement.period_stated else (
            [statement] if statement.period_stated else [])
    return found


def _counts_the_run(own: str, figures: int) -> bool:
    """各年分别为 a、b、c，三年累计调出 d: the total's words count the figures before it (三年,
    三项), whatever verb follows."""
    counted = cues.COUNTED_RUN_TOTAL.search(own)
    return counted is not None and count_of(counted.group(1)) == figures


def _clause_before(text: str, statement: Statement) -> str:
    """The words of a figure's clause before it."""
    return BREAK.split(text[max(0, statement.start - RESPECTIVELY_WITHIN):statement.start])[-1]


def _after_respectively(clause: str) -> bool:
    """Does 分别 stand in a figure's clause (its words before it) with no figure after it
    (受益群众分别为 412 人)?"""
    at = clause.rfind(cues.DISTRIBUTED)
    return at >= 0 and not any(char.isdigit() for char in clause[at:])  # (not 386 of 412、386)


#: how far before its first figure 分别 is looked for
RESPECTIVELY_WITHIN = 30


#: a span of years said before a figure (2021 年至 2023 年 / 2016—2020 年), its first and last
_YEAR_SPAN = re.compile(YEAR_SPAN + r"\s?年")
#: the most years such a span is read for (a five-year plan's, with room)
MAX_SPAN_YEARS = 10


def find_year_spans(items: Sequence[Item], texts: Mapping[str, str]) -> list[Composition]:
    """2021 年至 2023 年，累计 a，其中 2021 年 b、2022 年 c、2023 年 d: a figure of a span of
    years, then one figure of each year of it in turn, in one sentence, is their sum.

    Read only where the span is said in the figure's sentence before it, and the figures
    after it give each of its years once and nothing else, in the figure's unit."""
    found = []
    for at, item in enumerate(items):
        levels = item.levels()
        if len(levels) < 3:
            after = items[at + 1] if at + 1 < len(items) else None
            if len(levels) == 1 and after is not None and after.subject in _EACH_YEAR:
                found.extend(_each_year_after(item, after, texts))
            continue
        total, parts = levels[0], levels[1:]
        span = _span_before(texts.get(total.paragraph, ""), total)
        if span is None:
            continue
        first, last = span
        if [p.period for p in parts] == list(range(first, last + 1)) \
                and all(p.period_stated and p.sentence == total.sentence
                        and p.quantity.unit == total.quantity.unit for p in parts):
            found.append(Composition(f"{item.name}（{first}—{last} 年）= 各年之和", total,
                                     list(parts)))
    return found


#: the words that give each year of a span its figure in turn (2019—2023 年累计 a，各年度分别为
#: b、c、d、e、f)
_EACH_YEAR = ("各年度", "各年", "分年度", "逐年")


def _each_year_after(item: Item, each: Item, texts: Mapping[str, str]) -> list[Composition]:
    """2019—2023 年累计发放 a，各年度分别为 b、c、d、e、f: one figure for each year of the
    span in turn, in the total's sentence and unit, with none of them naming a year of its
    own, or each naming its year in order (分年度为：2019 年 b、2020 年 c …)."""
    total, parts = item.levels()[0], each.levels()
    span = _span_before(texts.get(total.paragraph, ""), total)
    if span is None or len(parts) != span[1] - span[0] + 1 \
            or (len({p.period for p in parts}) != 1 and not (  # (分年度为：2019 年 b、…)
                all(p.period_stated for p in parts)
                and [p.period for p in parts] == list(range(span[0], span[1] + 1)))) \
            or any(p.sentence != total.sentence or p.quantity.unit != total.quantity.unit
                   for p in parts):
        return []
    return [Composition(f"{item.name}（{span[0]}—{span[1]} 年）= 各年之和", total, list(parts))]


def _span_before(text: str, total: Statement) -> tuple[int, int] | None:
    """The span of years said in the total's sentence before its figure, if one is."""
    start = max(text.rfind(mark, 0, total.start) for mark in "。；;\n") + 1
    spans = list(_YEAR_SPAN.finditer(text, start, total.start))
    if not spans:
        return None
    first, last = int(spans[-1].group(1)), int(spans[-1].group(2))
    return (first, last) if 1 <= last - first < MAX_SPAN_YEARS else None


def find_grand_totals(items: Sequence[Item], texts: Mapping[str, str]) -> list[Composition]:
    """本级收入 a，上级补助收入 b，调入资金 c，收入总计 d: a budget's 收入总计 (支出总计, 合计收入)
    after the amounts its sentence lists, by definition their sum.

    Read only where everything the sentence gives before the total is one amount of each of
    its own items, none a part of another (其中, brackets) nor said with 其中 in the sentence,
    in the total's unit: a sentence that gives an item twice (预算 a，完成 b) or adds to a
    figure of the sentence before (加上 …, or an amount of the total's flow said there) is
    left alone.
    """
    owner = {s.id: item for item in items for s in item.statements}
    sentences: dict[tuple[str, int], list[Statement]] = {}
    for item in items:
        for statement in item.statements:
            sentences.setdefault((statement.paragraph, statement.sentence), []).append(statement)
    found = []
    for (paragraph, _), said in sentences.items():
        said.sort(key=lambda s: s.start)
        text = texts.get(paragraph, "")
        for at, total in enumerate(said):
            words = name_before(total, texts)
            if total.role != LEVEL or not words.endswith(cues.GRAND_TOTALS):
                continue
            parts = [s for s in said[:at] if s.role == LEVEL]
            flow = next((f for f in cues.FLOWS if f in words), "")
            before = sentences.get((paragraph, total.sentence - 1), [])
            if any(s.role == LEVEL and owner[s.id].subject.endswith(flow) for s in before):
                break  # (…预算支出 a，…。调出资金 b，结转下年 c，支出总计 d: a is one of them)
            if _listed_before(parts, total, owner) and cues.AMONG_CUE not in text[
                    parts[0].quote_start:total.start]:
                found.append(Composition(f"{words} = 各项之和", total, parts))
            break
    return found


def _listed_before(parts: Sequence[Statement], total: Statement, owner: Mapping[str, Item]
                   ) -> bool:
    """Are ``parts`` two or more amounts of the total's kind, each its item's only figure of
    the sentence, none a part of another's list?"""
    items = [owner[p.id] for p in parts]
    return len(parts) >= MIN_RESPECTIVE and len({id(i) for i in items}) == len(items) \
        and all(p.dimension == "money" and p.quantity.unit == total.quantity.unit
                and not p.aside and i.opened_by is None
                for p, i in zip(parts, items, strict=True)) \
        and not any(i.subject.startswith(cues.ADDITION_OPEN) for i in items)
    # (加上上级补助收入 b、上年结余 c，收入总计 d: added to a figure of the sentence before)
