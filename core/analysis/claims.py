"""Claims: the relationships a text asserts among its figures, with how sure the reading is.

- a **breakdown**: a total and its parts, opened by a cue (其中 / 包括 / 分别为 …)
  after the total, in the same sentence, in brackets after it, or in the
  numbered items or known component names that follow; complete when the cue
  says so (分别为 / 即) or the parts are a known complete breakdown
  (``vocabulary.breakdowns``), partial otherwise (其中, 主要, a list ending 等);
- a count split by phases without a cue (共 15 个项目 … 年初 8 个项目 … 年中增加 8 个项目);
- a **change**: an item's level, its change and its percent change, with the
  base when the text gives it (较 2024 年的 2190 万元, 从 … 到 …);
- a **share** of a whole (占 X 的 p%, the whole given in place, by name, or as
  the total the item is a part of) and a **rate** of an item's own figures
  (执行率, 完成年初预算的 p%);
- an **enumeration**: a count and the names listed after it (设 9 个机构，分别为 …);
- **paid in full**: an amount said to be paid out in full, and what the text
  says was paid of the same fund.

A claim is ``certain`` when its figures were bound by a cue and nothing else
could have been meant; rules report an uncertain claim at most as info.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from crossfoot.analysis import labels
from crossfoot.analysis.averages import Average
from crossfoot.analysis.enumerations import Enumeration
from crossfoot.analysis.items import Item
from crossfoot.analysis.spending_classes import ClassSplit
from crossfoot.analysis.statements import (
    BASE,
    CHANGE,
    FROM,
    LEVEL,
    PERCENT_CHANGE,
    RATE,
    SHARE,
    TO,
    WHOLE,
    Statement,
)
from crossfoot.analysis.vocabulary import breakdowns, changes, cues, ratios, scores
from crossfoot.model.sums import COMPLETE, PARTIAL, check_sum

#: the fewest significant digits an amount needs to name one fund by its value alone
COREFERENCE_DIGITS = 4


@dataclass(slots=True)
class Breakdown:
    total: Item
    parts: list[Item]
    complete: bool
    certain: bool
    cue: str


@dataclass(slots=True)
class Composition:
    """A budget and how it was set: 年初预算 ± 追加 / 调整 = 全年（调整后）预算."""

    item: Item
    total: Statement
    parts: list[Statement]
    weights: list[int]


@dataclass(slots=True)
class ShareSet:
    """Shares of one whole stated side by side: together they are at most all of it."""

    shares: list[Statement]
    whole: str  # the whole's name as written ('' when the sentence names none)
    complete: bool


@dataclass(slots=True)
class Product:
    """共计 as counts times amounts each (5 个村各 20 万元，另 2 个村各 10 万元，共计 120 万元)."""

    terms: list[tuple[Statement, Statement]]  # (count, amount each)
    total: Statement


@dataclass(slots=True)
class Change:
    item: Item
    current: Statement | None
    change: Statement | None
    percent: Statement | None
    base: Statement | None
    flat: bool
    certain: bool
    #: another level the change may be of (the total of a list whose last part states it)
    alternative: Statement | None = None


@dataclass(slots=True)
class Ratio:
    kind: str  # share or rate
    stated: Statement
    part: Statement
    whole: Statement
    certain: bool


@dataclass(slots=True)
class FullPayment:
    stated: Statement  # the amount said to be paid in full
    span: tuple[int, int]  # the words saying so
    paid: Statement  # what the text says was paid of the same fund
    certain: bool


@dataclass(slots=True)
class Claims:
    breakdowns: list[Breakdown] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    ratios: list[Ratio] = field(default_factory=list)
    enumerations: list[Enumeration] = field(default_factory=list)
    payments: list[FullPayment] = field(default_factory=list)
    compositions: list[Composition] = field(default_factory=list)
    products: list[Product] = field(default_factory=list)
    share_sets: list[ShareSet] = field(default_factory=list)
    averages: list[Average] = field(default_factory=list)
    class_splits: list[ClassSplit] = field(default_factory=list)


def key(subject: str) -> str:
    """The comparison key of a subject: normalised, measure words off, synonyms applied."""
    return labels.default_synonyms().key(subject) if subject else ""


# ---------------------------------------------------------------------------
# Breakdowns


def find_breakdowns(items: Sequence[Item], index_of: dict[str, list[Item]] | None = None
                    ) -> list[Breakdown]:
    found: list[Breakdown] = []
    taken: set[str] = set()
    for index, item in enumerate(items):
        if item.id in taken:
            continue
        start = _list_start(items, index, index_of or {})
        if start is None:
            continue
        total, cue, certain = start
        parts = _closing_prefix(total, _members(items, index, total, cue))
        if not parts or any(cues.HIERARCHY_LEVEL.match(p.subject) for p in parts):
            continue
        taken.update(p.id for p in parts)
        complete = cues.PARTS_OPEN.get(cue, False)
        concepts = [breakdowns.concept(p.subject) for p in parts]
        total_concept = breakdowns.concept(total.subject)
        if total_concept and all(concepts) and breakdowns.completes(
                total_concept, [c for c in concepts if c]):
            complete = True
        if _scores(total, parts) and scores.completes(total.subject, [p.subject for p in parts]):
            complete = True
        found.append(Breakdown(total, parts, complete, certain, cue))
    found.extend(_distributed(items, taken))
    found.extend(_additions(items, taken))
    found.extend(_asides_of_parts(items, taken))
    found.extend(_phase_splits(items, {p.id for b in found for p in b.parts}))
    return found


def _scores(total: Item, parts: Sequence[Item]) -> bool:
    """Every figure of the total and its parts is a score (分)."""
    return all(s.quantity.unit == scores.SCORE_UNIT
               for item in (total, *parts) for s in item.levels()) \
        and all(item.levels() for item in (total, *parts))


def _distributed(items: Sequence[Item], taken: set[str]) -> list[Breakdown]:
    """在职和退休人员分别为 25、8 人，合计 33 人 / 支出合计 776 万元，基本支出、项目支出分别为 ….

    The names of a 分别 list are all the parts of the total stated with the list
    (合计 33 人 after it) or just before it in the sentence (支出合计 776 万元，…):
    分别 gives every name its figure, and the total is of those names.
    """
    found = []
    for index, item in enumerate(items):
        parts = [p for p in item.distributed if p.id not in taken]
        if len(parts) < 2 or len(parts) != len(item.distributed):
            continue
        total: Item | None = item if any(s.total_cue for s in item.levels()) else None
        if total is None and not item.statements and item.opened_by is None and index > 0:
            before = items[index - 1]
            if _in_sentence(before, item) and any(s.total_cue for s in before.levels()):
                total = before
        if total is not None:
            taken.update(p.id for p in parts)
            found.append(Breakdown(total, parts, True, True, "分别"))
    return found


def _additions(items: Sequence[Item], taken: set[str]) -> list[Breakdown]:
    """收入 45.2 亿元，加上级补助收入 60.5 亿元、转贷收入 12.0 亿元，收入总计 131.0 亿元.

    A figure, a clause that opens with 加 and adds figures to it, and a total
    (总计 / 合计) that closes the sentence's list: the total is all of them.
    """
    found = []
    for index, item in enumerate(items):
        if index == 0 or item.id in taken or not _adds(item):
            continue
        augend = items[index - 1]
        if not _in_sentence(augend, item) or augend.id in taken:
            continue
        parts, total = [augend, item], None
        for other in items[index + 1:index + 1 + MAX_ADDENDS]:
            if not _in_sentence(other, item):
                break
            if any(s.total_cue for s in other.levels()):
                total = other
                break
            parts.append(other)
        if total is None or not all(_comparable(total, p) for p in parts):
            continue
        taken.update(p.id for p in parts)
        found.append(Breakdown(total, parts, True, True, cues.ADDITION_OPEN))
    return found


#: the most figures one 加 clause adds before its total (a government's 收入总计 has about 8)
MAX_ADDENDS = 32


def _adds(item: Item) -> bool:
    return item.subject.startswith(cues.ADDITION_OPEN) \
        and not item.subject.startswith(cues.NOT_ADDITION) and not item.aside


def _in_sentence(a: Item, b: Item) -> bool:
    return (a.paragraph, a.sentence) == (b.paragraph, b.sentence)


def _asides_of_parts(items: Sequence[Item], taken: set[str]) -> list[Breakdown]:
    """公务用车购置及运行费 585.53 万元（购置费 0 万元，运行维护费 585.53 万元）.

    Without a cue, an aside that names exactly the known parts of the item it
    follows (``vocabulary.breakdowns``) is that item's complete breakdown.
    """
    found = []
    for index, host in enumerate(items):
        concept = breakdowns.concept(host.subject)
        if concept is None or concept not in breakdowns.COMPLETE or host.aside:
            continue
        parts = []
        for item in items[index + 1:]:
            if not item.aside or item.paragraph != host.paragraph:
                break
            parts.append(item)
        names = [breakdowns.concept(p.subject) for p in parts]
        if len(parts) >= 2 and all(p.id not in taken for p in parts) and all(names) \
                and breakdowns.completes(concept, [n for n in names if n]):
            found.append(Breakdown(host, parts, True, True, "aside"))
            taken.update(p.id for p in parts)
    return found


def _list_start(items: Sequence[Item], index: int, index_of: dict[str, list[Item]]
                ) -> tuple[Item, str, bool] | None:
    """(total, cue, certain) when ``items[index]`` is the first part of a list."""
    item = items[index]
    previous = items[index - 1] if index else None
    if item.opened_by is None:
        if previous is None or not previous.parts_cue or previous.section != item.section:
            return None
        total = previous if previous.statements else _stated_elsewhere(previous, index_of)
        if total is not None and _comparable(total, item):
            return total, previous.parts_cue, True
        return None
    for candidate in reversed(items[:index]):
        if candidate.section != item.section \
                or candidate.paragraph_index < item.paragraph_index - 1:
            return None
        if item.aside and candidate.aside:
            continue  # an aside lists parts of the item it follows, not of another aside
        same_sentence = _in_sentence(candidate, item)
        next_sentence = (candidate.paragraph == item.paragraph
                         and candidate.sentence == item.sentence - 1) or (
            candidate.paragraph_index == item.paragraph_index - 1
            and _first_in_paragraph(items, item))  # 其中: opens the next paragraph
        if not (same_sentence or next_sentence or candidate.parts_cue):
            return None
        if _comparable(candidate, item):
            return candidate, item.opened_by, True
        if not same_sentence:
            return None
    return None


def _stated_elsewhere(named: Item, index_of: dict[str, list[Item]]) -> Item | None:
    """The one item that states a figure for a name given here without one (its owner's
    word before it allowed: 本部门一般公共预算拨款支出 for 一般公共预算拨款支出)."""
    wanted = key(named.subject)
    holders = [item for name, found in index_of.items() if _owned(name, wanted)
               for item in found if item is not named and item.levels()]
    values = {(s.quantity.value, s.quantity.unit, s.measure) for item in holders
              for s in item.levels() if s.dimension != "ratio"}
    return holders[0] if len(holders) == 1 and len(values) == 1 else None


def _owned(name: str, wanted: str) -> bool:
    """``name`` is ``wanted``, or ``wanted`` after an owner's word (本部门, 本单位 …)."""
    return name == wanted or (name.endswith(wanted)
                              and name[:-len(wanted)] in cues.OWNERS)


def _comparable(total: Item, part: Item) -> bool:
    """A total and a part state figures of one kind (money with money, 人 with 名)."""
    if key(total.subject) == key(part.subject):
        return False
    totals = [s for s in total.levels() if s.dimension != "ratio"]
    parts = [s for s in part.levels() if s.dimension != "ratio"]
    if not parts and part.flat is not None:
        return any(total.of(CHANGE))
    return any(same_kind(a, b) for a in totals for b in parts)


_PEOPLE = frozenset({"人", "名", "位"})


def same_kind(a: Statement, b: Statement) -> bool:
    """Figures that may add up: one dimension; for counts one unit (人 with 名) and one noun."""
    if a.dimension != b.dimension:
        return False
    if a.dimension != "count":
        return True
    if a.noun and b.noun and a.noun != b.noun:
        return False  # 102 个部门 and 104 个项目
    return a.quantity.unit == b.quantity.unit or {a.quantity.unit, b.quantity.unit} <= _PEOPLE


def _category(subject: str) -> str | None:
    return next((c for c in cues.CATEGORIES if subject.endswith(c)), None)


def _members(items: Sequence[Item], index: int, total: Item, cue: str) -> list[Item]:
    """The parts a list holds, from its first: in its sentence, or as it goes on.

    A list goes on past its sentence when its parts are numbered alike (1. 2.),
    are the known parts of the total (三公经费: 出国, 接待, 公车), or began a
    paragraph of their own after a 其中： that ended the total's paragraph. It
    ends at a restatement of the total, a part of another category (支出 in a list
    of 收入), a name already listed, or a new segment (；) when its parts so far
    were one comma list. Of the lists a reading allows, the one whose first parts
    make the total exactly is taken (``_closing_prefix``).
    """
    first = items[index]
    parts = [first]
    total_concept = breakdowns.concept(total.subject)
    known = breakdowns.COMPLETE.get(total_concept or "", ())
    by_paragraph = first.paragraph != total.paragraph and total.parts_cue is not None
    for item in items[index + 1:]:
        if item.section != first.section:
            break
        if item.aside != first.aside:
            if item.aside and not first.aside:
                continue  # an aside inside the list belongs to the part before it
            break
        if key(item.subject) == key(total.subject) or any(s.total_cue for s in item.levels()) \
                or item.subject.startswith(cues.TOTAL_LEADS):
            break  # the total again, or another total (累计投入 after the year's parts)
        if item.opened_by is not None and item.opened_by != cue:
            break  # a list of its own begins
        if known and not _comparable(total, item) and breakdowns.concept(item.subject) is None:
            continue  # 三公经费 parts, with a count about one of them in between (1 个团组)
        if not _comparable(total, item) or not item.subject:
            break
        if _category(item.subject) and _category(total.subject) \
                and _category(item.subject) != _category(total.subject):
            break
        if key(item.name) in {key(p.name) for p in parts}:
            break  # a name listed twice (年初 7 个项目，年中 5 个项目 are two names)
        concept = breakdowns.concept(item.subject)
        if concept is not None and concept in {breakdowns.concept(p.subject) for p in parts}:
            break
        if concept is not None and any(concept in breakdowns.COMPLETE.get(c or "", ())
                                       for c in (breakdowns.concept(p.subject) for p in parts)):
            continue  # 公务用车购置费 under 公务用车购置及运行费: a part of a part
        same_sentence = _in_sentence(item, parts[-1])
        if same_sentence and item.segment != parts[-1].segment and len(parts) >= 2 \
                and all(p.segment == first.segment for p in parts):
            break  # A，B；C: the comma list ended at the segment
        if same_sentence and item.clause != parts[-1].clause and len(parts) >= 2 \
                and all(_same_clause(p, first) for p in parts):
            break  # A、B，控制在限额 C 以内: the 、 list ended at its clause
        numbered = first.marker is not None and item.marker is not None \
            and _same_style(first.marker, item.marker)
        paragraph_part = by_paragraph and item.paragraph_index == parts[-1].paragraph_index + 1 \
            and _first_in_paragraph(items, item) and _first_in_paragraph(items, parts[-1])
        parallel = not same_sentence and _first_in_sentence(items, item) \
            and _shape(item) == _shape(first) and len(_shape(first)) >= 2 \
            and item.paragraph_index <= parts[-1].paragraph_index + 1
        if same_sentence or numbered or (concept in known) or paragraph_part or parallel:
            parts.append(item)
            continue
        break
    return parts


def _closing_prefix(total: Item, parts: list[Item]) -> list[Item]:
    """The first parts when they alone make the total and the whole list would exceed it.

    ``财政供养人员 9244 人，其中行政 1845 人，事业 7399 人，离退休人员 1206 人``: the
    first two make 9244; the third is a sentence's next item, not a third part.
    Where the text allows a reading under which it is consistent, that reading wins;
    a list written with 、 in one clause allows no cut inside it.
    """
    levels = [s for s in total.levels() if s.dimension != "ratio"]
    if not levels or len(parts) < 3:
        return parts
    head = levels[0]
    values = [next((s for s in p.levels() if same_kind(head, s) and s.period == head.period),
                   None) for p in parts]
    if any(v is None for v in values):
        return parts
    quantities = [(1, v.quantity) for v in values if v is not None]
    if check_sum(head.quantity, quantities, PARTIAL).verdict != "exceeds":
        return parts
    for size in range(len(parts) - 1, 1, -1):
        if _same_clause(parts[size - 1], parts[size]):
            continue  # A、B、C: one 、 list is never cut in two
        if check_sum(head.quantity, quantities[:size], COMPLETE).ok:
            return parts[:size]
    return parts


def _same_clause(a: Item, b: Item) -> bool:
    return (a.paragraph, a.clause) == (b.paragraph, b.clause)


def _same_style(a: str, b: str) -> bool:
    """Two list markers of one numbering style (1. and 2., （一） and （二））."""
    def style(marker: str) -> str:
        if marker.startswith("("):
            return "paren" + ("digit" if marker[1:2].isdigit() else "cn")
        if marker[:1].isdigit():
            return "arabic" + marker[-1]
        return "other" + marker[-1]
    return style(a) == style(b)


def _shape(item: Item) -> tuple[str, ...]:
    """What an item states, in order: a list's parts written alike have one shape."""
    return tuple(f"{s.role}:{s.whole or ''}" for s in item.statements)


def _first_in_sentence(items: Sequence[Item], item: Item) -> bool:
    return next(i for i in items if _in_sentence(i, item)) is item


def _first_in_paragraph(items: Sequence[Item], item: Item) -> bool:
    return next(i for i in items if i.paragraph == item.paragraph) is item


def _phase_splits(items: Sequence[Item], taken: set[str]) -> list[Breakdown]:
    """共 15 个项目 … 年初 8 个项目 … 年中增加 8 个项目: counts of one noun split by phases."""
    found = []
    for index, total in enumerate(items):
        counts = [s for s in total.statements if s.total_cue and s.dimension == "count"
                  and s.quantity.exact]
        if not counts:
            continue
        noun = counts[0].noun or _tail_noun(total.subject)
        parts = []
        for item in items[index + 1:]:
            if item.paragraph != total.paragraph or item.sentence != total.sentence:
                break
            if item.aside or item.id in taken or item.subject != noun or not item.phase \
                    or not any(p in item.phase for p in cues.PHASES):
                continue
            parts.append(item)
        if len(parts) >= 2:
            found.append(Breakdown(total, parts, False, True, "phase"))
    return found


def _tail_noun(subject: str) -> str:
    return subject[-2:] if len(subject) >= 2 else subject


# ---------------------------------------------------------------------------
# Budget compositions


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
            if len(initial) == 1 and len(full) == 1 and adjustments:
                weights = [_adjustment_sign(s) for s in adjustments]
                found.append(Composition(item, full[0], [initial[0], *adjustments],
                                         [1, *weights]))
    return found


def _adjustment_sign(statement: Statement) -> int:
    if statement.sign:
        return statement.sign
    return -1 if "减" in statement.label else 1


# ---------------------------------------------------------------------------
# Products

#: the word that gives every one of a count the same figure (4 个村各补助 12.5 万元)
EACH = "各"
#: the word that gives every one of a count's units the same figure (6 期，每期 50 人)
EVERY = "每"


#: what 各 begins when it is "every kind of", not "each" (各类规费, 各项工作, 各级财政)
_NOT_EACH = "类种项级地部单方界族"
_CLAUSE_BREAK = re.compile(r"[，,。；;：:！？]")


def _each(between: str, count: Statement) -> bool:
    """The words between a count and an amount say "each".

    ``4 个村各补助``, ``12 家企业各给予`` (各 in the clause, not 各类 / 各项), or
    ``培训 6 期，每期培训学员`` (每 and the count's own unit after the comma), or
    ``20 台，单价 0.6 万元`` (the unit's price right after the count).
    """
    at = between.find(EACH)
    if at >= 0 and not _CLAUSE_BREAK.search(between) and between[at + 1:at + 2] not in _NOT_EACH:
        return True
    unit = count.quantity.unit
    after = between.lstrip("，, ")
    if after.removesuffix("：").removesuffix("为") in cues.UNIT_PRICE:
        return True  # 20 台，单价 0.6 万元
    return bool(unit) and after.startswith(EVERY + unit)


#: a count of people times a count of sessions is a count of person-times (6 期 × 50 人)
_TIMES_UNITS = {("人", "人次"), ("名", "人次")}


def _of_total(each: Statement, total: Statement) -> bool:
    return same_kind(each, total) or (each.quantity.unit, total.quantity.unit) in _TIMES_UNITS


def find_products(text: str, statements: Sequence[Statement]) -> list[Product]:
    """Counts, an amount each right after each count, and a total (共 / 共计) after them.

    Counts must be exact and whole, amounts of the total's kind, all in one
    sentence; then the total is the sum of the counts times their amounts.
    """
    found = []
    terms: list[tuple[Statement, Statement]] = []
    for index, statement in enumerate(statements):
        if terms and statement.sentence != terms[-1][1].sentence:
            terms = []
        if index > 0 and _term(text, statements[index - 1], statement):
            terms.append((statements[index - 1], statement))
            continue
        if not terms or statement.role != LEVEL:
            continue
        words = text[terms[-1][1].end + len(terms[-1][1].noun):statement.start]
        if all(_of_total(each, statement) for _, each in terms) \
                and any(cue in words for cue in cues.TOTAL):
            found.append(Product(terms, statement))
            terms = []
    return found


def _term(text: str, count: Statement, each: Statement) -> bool:
    between = text[count.end + len(count.noun):each.start]
    return _each(between, count) and count.dimension == "count" and count.role == LEVEL \
        and count.quantity.exact and not count.quantity.value % 1 \
        and count.sentence == each.sentence and each.role == LEVEL


# ---------------------------------------------------------------------------
# Changes


def find_changes(items: Sequence[Item], index: dict[str, list[Item]],
                 found_breakdowns: Sequence[Breakdown] = ()) -> list[Change]:
    found = []
    lone = _lone_changes(found_breakdowns)
    for item in items:
        pairs = _change_pairs(item.statements)
        if item.flat is not None and not pairs:
            pairs = [(None, None, None)]
        for change, percent, base in pairs:
            if any(s is not None and s.quantity.qualifier for s in (change, percent, base)):
                continue  # 8000 多万元, 超过 1 亿元: a bound says too little to check
            anchor = change or percent
            if change is not None and change.quantity.unit == changes.PERCENTAGE_POINTS:
                moved = _point_change(item, change)
                if moved is not None:
                    found.append(moved)
                continue
            if anchor is not None and anchor.base_kind == "budget":
                against = _against_budget(item, anchor, change, percent)
                if against is not None:
                    found.append(against)
                continue
            current, certain = _current(item, anchor, index)
            if current is not None and current.quantity.qualifier:
                continue
            if current is None:  # the change and its percent alone: one sentence says both
                certain = change is not None and percent is not None \
                    and change.sentence == percent.sentence
            if base is None and current is not None:
                base = _earlier(item, current)
            alternative = lone.get(item.id)
            found.append(Change(item, current, change, percent, base,
                                item.flat is not None and anchor is None,
                                certain and alternative is None, alternative))
    return found


def _lone_changes(found_breakdowns: Sequence[Breakdown]) -> dict[str, Statement]:
    """Parts whose change may be their total's: 其中 A 1 元，B 2 元，同比增加 3 元.

    When only the last part of a list states a change, the change may be the
    total's as well as that part's: the total's level is the other reading.
    """
    found = {}
    for breakdown in found_breakdowns:
        changed = [p for p in breakdown.parts if p.of(CHANGE) or p.of(PERCENT_CHANGE)]
        last = breakdown.parts[-1]
        if len(breakdown.parts) >= 2 and changed == [last]:
            totals = [s for s in breakdown.total.levels() if s.dimension != "ratio"]
            if totals:
                found[last.id] = totals[0]
    return found


def _earlier(item: Item, current: Statement) -> Statement | None:
    """The item's level of the year before ``current``'s, when it states both years."""
    if current.period is None:
        return None
    earlier = [s for s in item.levels() if s.period == current.period - 1
               and s.dimension == current.dimension]
    return earlier[-1] if earlier else None


def _change_pairs(statements: Sequence[Statement]
                  ) -> list[tuple[Statement | None, Statement | None, Statement | None]]:
    """Each change amount with the percent change beside it, in either order, and its base.

    ``减少 12 万元，下降 4.7%`` and ``下降 4.7%，减少 12 万元`` are one change; a
    change with no partner beside it stands alone; a 由 … 增加到 … with only a
    percent is a change too (its amount is the difference of the two levels).
    """
    pairs: list[tuple[Statement | None, Statement | None, Statement | None]] = []
    base: Statement | None = None
    amount: Statement | None = None
    percent: Statement | None = None

    def close() -> None:
        nonlocal amount, percent, base
        if amount is not None or percent is not None:
            pairs.append((amount, percent, base))
        amount, percent, base = None, None, None

    for statement in statements:
        if statement.role in (BASE, FROM):
            close()
            base = statement
        elif statement.role == CHANGE:
            if amount is not None or (percent is not None and percent.sentence
                                      != statement.sentence):
                close()
            amount = statement
        elif statement.role == PERCENT_CHANGE:
            if percent is not None or (amount is not None and amount.sentence
                                       != statement.sentence):
                close()
            percent = statement
    close()
    return pairs


def _point_change(item: Item, change: Statement) -> Change | None:
    """执行率 96.5%，较上年提高 2.3 个百分点；上年 94.2%: a move in percentage points,
    read where the item states exactly one percentage for the change's year and one
    for the year before."""
    if change.period is None or change.base_kind != "prior":
        return None
    rates = [s for s in item.statements
             if s.quantity.unit == "%" and s.role in (LEVEL, RATE, SHARE)]
    now = [s for s in rates if s.period == change.period]
    before = [s for s in rates if s.period == change.period - 1]
    if len(now) != 1 or len(before) != 1:
        return None
    return Change(item, now[0], change, None, before[0], False, True, None)


#: the measures of a budget a change may be stated against (比年初预算数 … 减少)
_BUDGETS = ("budget", "budget_initial")


def _against_budget(item: Item, anchor: Statement, change: Statement | None,
                    percent: Statement | None) -> Change | None:
    """决算数 3.24 万元，比年初预算数 5.00 万元减少 1.76 万元，下降 35.2%: a change
    against the budget, when its sentence states exactly one spent figure of the
    item and, before the change, exactly one budget of it."""
    levels = [s for s in item.levels() if s.sentence == anchor.sentence
              and s.dimension == anchor.dimension == "money"]
    budgets = [s for s in levels if s.measure in _BUDGETS and s.start < anchor.start]
    spent = [s for s in levels if s.measure == "actual"]
    if len(budgets) != 1 or len(spent) != 1:
        return None
    return Change(item, spent[0], change, percent, budgets[0], False, True, None)


def _current(item: Item, anchor: Statement | None, index: dict[str, list[Item]]
             ) -> tuple[Statement | None, bool]:
    """The level a change is of: the item's latest (a TO level first), else its subject's."""
    own = [s for s in item.statements if s.role in (LEVEL, TO) and s.dimension != "ratio"]
    if anchor is not None and anchor.dimension != "ratio":
        own = [s for s in own if s.dimension == anchor.dimension]
    tos = [s for s in own if s.role == TO]
    if tos:
        return tos[-1], True
    if own:
        latest = max((s.period or 0) for s in own)
        return [s for s in own if (s.period or 0) == latest][-1], True
    others = [s for name in (_each_of(item.subject) or [item.subject])
              for other in index.get(key(name), ()) if other is not item
              for s in other.levels() if s.dimension != "ratio"]
    values = {(s.quantity.value, s.quantity.unit) for s in others}
    if len(values) == 1:
        return others[0], True
    return None, False


def _each_of(subject: str) -> list[str]:
    """``收、支总计各`` -> 收入总计, 支出总计: names that each had the figure after them.

    The words after the last name's head (总计) belong to every name; a
    one-character name stands for its whole word (收 for 收入).
    """
    bare = subject.removesuffix(cues.EACH_OF[0]).removesuffix(cues.EACH_OF[1])
    if "、" not in bare:
        return []
    names = [n.strip() for n in bare.split("、")]
    head = len(names[0])
    if not all(names) or any(len(n) != head for n in names[:-1]) or len(names[-1]) < head:
        return []
    tail = names[-1][head:]
    names = [*names[:-1], names[-1][:head]]
    if bare == subject and not all(n in cues.SHORT_NAMES for n in names):
        return []  # without 各 / 均 only 收、支 can mean each of them (the 均 was read away)
    return [cues.SHORT_NAMES.get(n, n) + tail for n in names]


# ---------------------------------------------------------------------------
# Shares and rates


def find_ratios(items: Sequence[Item], breakdowns_found: Sequence[Breakdown],
                index: dict[str, list[Item]]) -> list[Ratio]:
    parent = {p.id: b for b in breakdowns_found for p in b.parts}
    found: list[Ratio] = []
    #: the items read so far, by paragraph: a rate looks for its figures only in its own
    earlier: dict[str, list[Item]] = {}
    for item in items:
        before = earlier.setdefault(item.paragraph, [])
        for statement in item.statements:
            if statement.role == SHARE:
                ratio = _share(item, statement, parent.get(item.id), index)
            elif statement.role == RATE:
                ratio = _rate(item, statement) or _paragraph_budget_rate(
                    before, item, statement) or _count_completion_rate(
                    [*before, item], statement) or _sentence_plan_rate(
                    [*before, item], statement) or _received_rate([*before, item], statement)
            else:
                continue
            if ratio is not None:
                found.append(ratio)
        before.append(item)
    return found


def _paragraph_budget_rate(before: Sequence[Item], item: Item, stated: Statement
                           ) -> Ratio | None:
    """预算执行率 of an item that states only what was spent: the paragraph's one budget.

    ``项目年度预算资金 436 万元，… 实际支出资金 412.58 万元，预算执行率为 92.8%``:
    the rate names the budget, and the paragraph states exactly one (``before``: the
    paragraph's items before ``item``).
    """
    if stated.measure != "budget" or stated.whole:
        return None
    spent = [s for s in item.levels() if s.dimension == "money" and s.measure == "actual"
             and s.sentence == stated.sentence and s.start < stated.start]
    budgets = [s for other in before if _one_category(other, item) for s in other.levels()
               if s.dimension == "money" and s.measure == "budget"]
    if len(spent) != 1 or len({(s.quantity.value, s.quantity.unit) for s in budgets}) != 1:
        return None
    received = [s for other in (*before, item) for s in other.levels()
                if s.dimension == "money" and s.start < stated.start]
    return Ratio("rate", stated, spent[0], budgets[-1],
                 not _received_beside(received, spent[0], budgets[-1]))


def _sentence_plan_rate(upto: Sequence[Item], stated: Statement) -> Ratio | None:
    """完成率 of money against its plan: 计划投资 1,200 万元，实际完成投资 1,080 万元，
    投资完成率 90%.

    Read only where the rate's sentence states, before it, exactly two amounts:
    one planned or budgeted and one done, of one category (not 收入 against 支出).
    """
    if stated.whole:
        return None
    before = [(other, s) for other in upto for s in other.statements
              if s.sentence == stated.sentence and s.start < stated.start
              and (s.dimension == "money" or s.role == RATE)]
    if any(s.role == RATE for _, s in before):
        return None  # a second rate of the sentence: the amounts are the first one's
    planned = [(o, s) for o, s in before if s.measure in _BUDGETS]
    done = [(o, s) for o, s in before if s.measure == "actual"]
    if len(before) != 2 or len(planned) != 1 or len(done) != 1 \
            or not _one_category(planned[0][0], done[0][0]):
        return None
    return Ratio("rate", stated, done[0][1], planned[0][1], True)


def _received_rate(upto: Sequence[Item], stated: Statement) -> Ratio | None:
    """到位率 of all a project's funds: 计划总投资 2,850 万元 … 实际到位资金 2,622 万元，
    资金到位率 92%.

    Read only where the rate's sentence states, before it, one amount of funds
    received that names no particular fund (a fund's own 到位 is of its own plan),
    and the paragraph up to the rate states one plan of all the funds.
    """
    if ratios.RECEIVED_RATE not in stated.label or stated.whole:
        return None
    received = [s for item in upto if _all_received(item.subject) for s in item.levels()
                if s.dimension == "money" and s.sentence == stated.sentence
                and s.start < stated.start]
    plans = [s for item in upto if _owned_by_project(item.subject) in ratios.FUND_PLANS
             for s in item.levels() if s.dimension == "money"
             and (s.sentence, s.start) < (stated.sentence, stated.start)]
    if len(received) != 1 or len({(s.quantity.value, s.quantity.unit) for s in plans}) != 1:
        return None
    return Ratio("rate", stated, received[0], plans[0], True)


def _owned_by_project(subject: str) -> str:
    return next((subject.removeprefix(owner) for owner in ratios.FUND_OWNERS
                 if subject.startswith(owner)), subject)


def _all_received(subject: str) -> bool:
    """实际到位资金 / 项目资金到位: funds received, of no fund in particular."""
    rest = _owned_by_project(subject)
    for word in ratios.RECEIVED_WORDS:
        rest = rest.replace(word, "")
    return ratios.RECEIVED[0] in subject and not rest


def _one_category(a: Item, b: Item) -> bool:
    """Not 收入 against 支出: a budget and a spending figure of one category, or unnamed."""
    return len({_category(a.subject), _category(b.subject)} - {None}) <= 1


def _count_completion_rate(upto: Sequence[Item], stated: Statement) -> Ratio | None:
    """完成率 of a count: 年度指标值 120 户，实际完成值 114 户，指标完成率 96%.

    Read only where the rate's sentence states, before it, exactly one planned
    count (指标值, 目标) and exactly one achieved (实际完成值) in the same unit
    (``upto``: the paragraph's items up to the rate's own), or only the achieved
    one, whose subject an earlier sentence gave exactly one target.
    """
    if stated.whole:
        return None
    before = [s for other in upto for s in other.levels() if s.dimension == "count"
              and s.sentence == stated.sentence and s.start < stated.start]
    planned = [s for s in before if s.measure == "target" or (
        s.measure is None and any(word in s.label for word in ratios.PLAN_WORDS))]
    done = [s for s in before if s.measure in ("result", "actual")]
    if len(done) == 1 and len(before) == 1:
        planned = _target_before(upto, done[0])  # 年度目标：… 600 个。实际完成：… 660 个，完成率 …
    elif len(before) != 2:
        return None
    if len(planned) != 1 or len(done) != 1 or planned[0].quantity.unit != done[0].quantity.unit:
        return None
    return Ratio("rate", stated, done[0], planned[0], True)


def _target_before(upto: Sequence[Item], done: Statement) -> list[Statement]:
    """The target of the same subject an earlier sentence of the paragraph states."""
    owner = next((item for item in upto if done in item.statements), None)
    if owner is None:
        return []
    return [s for item in upto if key(item.subject) == key(owner.subject)
            for s in item.levels() if s.measure == "target" and s.sentence < done.sentence
            and s.dimension == "count"]


def find_share_sets(items: Sequence[Item], breakdowns_found: Sequence[Breakdown]
                    ) -> list[ShareSet]:
    """财政拨款收入占 86.4%，事业收入占 18.2%，其他收入占 1.3%: siblings' shares of one whole.

    Shares in one sentence, each of a different item, of the same named whole
    (or none named), where no item is a part of another (其中 opens a level
    below): together they cannot pass 100%. They must reach it when the items
    are the complete parts of a breakdown (分别为 …).
    """
    parent = {p.id: b for b in breakdowns_found for p in b.parts}
    groups: dict[tuple[str, int, str], list[tuple[Item, Statement]]] = {}
    for item in items:
        for statement in item.of(SHARE):
            if statement.quantity.qualifier:
                continue
            whole = _whole_key(statement.whole) if statement.whole else ""
            groups.setdefault((item.paragraph, statement.sentence, whole), []).append(
                (item, statement))
    found = []
    for members in groups.values():
        owners = [item for item, _ in members]
        if len(members) < 2 or len({i.id for i in owners}) != len(owners) \
                or any(i.opened_by for i in owners[1:]) \
                or any(parent.get(i.id) is not None and parent[i.id].total in owners
                       for i in owners):
            continue
        breakdown = parent.get(owners[0].id)
        complete = breakdown is not None and breakdown.complete \
            and all(parent.get(i.id) is breakdown for i in owners) \
            and len(owners) == len(breakdown.parts)
        found.append(ShareSet([s for _, s in members], members[0][1].whole or "", complete))
    return found


def _nearest_level(item: Item, stated: Statement) -> Statement | None:
    levels = [s for s in item.statements if s.role in (LEVEL, TO) and s.dimension != "ratio"
              and s.start < stated.start and s.clause <= stated.clause]
    return levels[-1] if levels else None


#: words around the name of a whole that do not name it (本年收入, 支出总额)
_WHOLE_PREFIXES = ("本年度", "本年", "当年", "全年", "总", "全部")
_WHOLE_TAILS = ("总额", "总计", "合计", "总数", "总量")


def _bare_whole(name: str, tails: tuple[str, ...] = _WHOLE_TAILS) -> str:
    bare = name
    for prefix in _WHOLE_PREFIXES:
        bare = bare.removeprefix(prefix)
    for tail in tails:
        bare = bare.removesuffix(tail)
    return bare


def _whole_key(name: str) -> str:
    """``总支出`` / ``支出总额`` / ``本年收入``: the whole a share names, as its subject's key."""
    bare = _bare_whole(name)
    return key(bare) if len(bare) >= 2 else key(name)


def _share(item: Item, stated: Statement, breakdown: Breakdown | None,
           index: dict[str, list[Item]]) -> Ratio | None:
    part = _nearest_level(item, stated)
    if part is None:  # “三公”经费占基本支出的比例为 3.6%: the part is stated elsewhere
        others = [s for other in _named(item.subject, index) if other is not item
                  for s in other.levels() if s.dimension != "ratio"]
        if len({(s.quantity.value, s.quantity.unit) for s in others}) != 1:
            return None
        part = others[0]
    inline = [s for s in item.statements if s.role == WHOLE and s.clause == stated.clause
              and s.start < stated.start]
    if inline:
        return Ratio("share", stated, part, inline[-1], True)
    if stated.whole:
        holders = [other for other in _named(stated.whole, index) if other is not item] \
            or _owned_wholes(stated.whole, item, index)
        if breakdown is not None and (breakdown.total in holders or (
                not holders and _names_total(stated.whole, breakdown.total.subject))):
            whole = _level_like(breakdown.total, part)
            if whole is not None:
                return Ratio("share", stated, part, whole, True)
        named = [s for other in holders for s in [_level_like(other, part)] if s is not None]
        if len({(s.quantity.value, s.quantity.unit) for s in named}) == 1:
            return Ratio("share", stated, part, named[0], True)
        return None
    if breakdown is not None:  # 其中项目支出 1,620 万元，占比 45.6%: of the total it is part of
        whole = _level_like(breakdown.total, part)
        if whole is not None:
            return Ratio("share", stated, part, whole, breakdown.certain)
    return None


def _owned_wholes(name: str, item: Item, index: dict[str, list[Item]]) -> list[Item]:
    """``占总投资的 90%`` where its section names only ``项目总投资``: a whole written
    without its owner is the one item of the section whose name ends with it."""
    wanted = key(name)
    if len(wanted) < 2:
        return []
    return [other for items in index.values() for other in items
            if other is not item and other.section == item.section
            and len(other.subject) > len(name) and key(other.subject).endswith(wanted)]


def _names_total(name: str, total: str) -> bool:
    """Does a share's whole (总支出, 支出总计, 基本支出预算) name this total (医院支出)?"""
    if _whole_key(name) == _whole_key(total):
        return True
    bare = _bare_whole(name, _WHOLE_TAILS[:3])
    return len(bare) >= 2 and bare != name and total.endswith(bare)


def _named(name: str, index: dict[str, list[Item]]) -> list[Item]:
    """The items a name may mean: by its key, its whole-key or its breakdown concept."""
    found: list[Item] = []
    for wanted in (key(name), _whole_key(name), breakdowns.concept(name)):
        for item in index.get(wanted or "", ()):
            if item not in found:
                found.append(item)
    return found


def _level_like(item: Item, like: Statement) -> Statement | None:
    """``item``'s level in the dimension and period of ``like``."""
    levels = [s for s in item.levels() if s.dimension == like.dimension]
    same = [s for s in levels if s.period == like.period]
    chosen = same or levels
    return chosen[0] if chosen else None


def _rate(item: Item, stated: Statement) -> Ratio | None:
    """执行率 of the item's own actual over its budget (the budget may follow: （全年预算 …））.

    Only figures stated before the rate, or in its sentence, are its figures:
    a budget a later sentence gives may be another (年初 / 调整后). Where both
    the full-year and the initial budget are given the rate is of the former;
    an initial budget that was adjusted is only a guess (info at most).
    """
    levels = [s for s in item.statements if s.role in (LEVEL, WHOLE) and s.dimension == "money"
              and (s.sentence < stated.sentence or s.sentence == stated.sentence)]
    actual = [s for s in levels if s.measure == "actual"]
    if stated.whole:  # 完成年初预算的 45%: the budget named must be stated too
        wanted = "budget_initial" if "年初" in stated.whole else "budget"
        budgets = [s for s in levels if s.measure == wanted]
        done = actual or [s for s in levels if s.measure is None]
        if budgets and done:
            return Ratio("rate", stated, done[-1], budgets[-1], True)
        return None
    budgets = [s for s in levels if s.measure == "budget"]
    certain = True
    if not budgets:
        budgets = [s for s in levels if s.measure == "budget_initial"]
        certain = not any(s.measure == "adjustment" for s in item.statements)
    if not budgets:
        budgets = [s for s in levels if s.measure is None and actual and s.start < actual[0]
                   .start]
    if actual and budgets and budgets[-1] is not actual[-1]:
        certain = certain and not _received_beside(levels, actual[-1], budgets[-1])
        return Ratio("rate", stated, actual[-1], budgets[-1], certain)
    return None


def _received_beside(levels: Sequence[Statement], spent: Statement, budget: Statement) -> bool:
    """Funds received (到位) other than the budget stated beside what was spent: the rate
    may be of them."""
    return any(s is not spent and any(word in s.label for word in ratios.RECEIVED)
               and s.quantity != budget.quantity for s in levels)


# ---------------------------------------------------------------------------
# Paid in full


def find_payments(items: Sequence[Item]) -> list[FullPayment]:
    found = []
    for item in items:
        if item.full is None:
            continue
        stated = next((s for s in reversed(item.levels()) if s.dimension == "money"), None)
        if stated is None:
            continue
        for other in items:
            if other is item:
                continue
            paid = [s for s in other.levels() if s.measure == "actual" and s.dimension == "money"
                    and s.quantity.unit == stated.quantity.unit]
            if not paid:
                continue
            same_fund = key(other.subject) == key(item.subject) or any(
                s.quantity.value == stated.quantity.value and s.quantity.unit
                == stated.quantity.unit and _digits(s) >= COREFERENCE_DIGITS
                for s in other.levels())
            if same_fund and paid[-1].quantity.value < stated.quantity.value:
                found.append(FullPayment(stated, item.full, paid[-1], True))
                break
    return found


def _digits(statement: Statement) -> int:
    return len(statement.quantity.value.normalize().as_tuple().digits)


def subject_index(items: Iterable[Item]) -> dict[str, list[Item]]:
    """Items by the key of their subject, for figures named in another sentence."""
    found: dict[str, list[Item]] = {}
    for item in items:
        if item.subject:
            found.setdefault(key(item.subject), []).append(item)
            concept = breakdowns.concept(item.subject)
            if concept and concept != key(item.subject):
                found.setdefault(concept, []).append(item)
            for name in _each_of(item.subject):  # 收、支总计均为 …: of 收入总计 and 支出总计
                found.setdefault(key(name), []).append(item)
    return found
