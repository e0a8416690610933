"""Changes: an item's level, its change and its percent change, with the base when given."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from crossfoot.analysis.claims.breakdowns import Breakdown
from crossfoot.analysis.claims.common import (
    BUDGETS,
    each_of,
    first_figure,
    in_sentence,
    key,
    same_kind,
    without_each,
)
from crossfoot.analysis.items import Item
from crossfoot.analysis.statements import (
    BASE,
    CHANGE,
    FROM,
    LEVEL,
    PERCENT_CHANGE,
    RATE,
    SHARE,
    TARGET,
    TO,
    WHOLE,
    Statement,
    names_this_year,
)
from crossfoot.analysis.vocabulary import breakdowns, changes, cues, measures, per_unit
from crossfoot.model.qualifiers import BOUNDS


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


def _spans_its_years(change: Change) -> bool:
    """A change that counts its years (由 2020 年的 a 扩大到 2023 年的 b，三年增加 d) is of the
    levels that many years apart, and of none other (…2023 年 47.3%，2024 年达到 49.1%，五年累计
    提高 d: not of the last two)."""
    spans = {s.span for s in (change.change, change.percent) if s is not None and s.span}
    if not spans:
        return True
    base, current = change.base, change.current
    return base is not None and current is not None and base.period is not None \
        and current.period is not None and {current.period - base.period} == spans


def _mean_after_its_total(items: Sequence[Item], at: int, current: Statement) -> bool:
    """Is ``current`` a mean per one (站均 / 人均 / 户均) said right after a figure of its unit
    in its sentence that is no mean (the total it is the mean of)?"""
    if not per_unit.per_one(current.label):
        return False
    return any(s.quantity.unit == current.quantity.unit and s.sentence == current.sentence
               and s.paragraph == current.paragraph and s.start < current.start
               and not per_unit.per_one(s.label)
               and s.quantity.value >= MEAN_FACTOR * current.quantity.value
               for item in items[max(0, at - MEAN_LOOK_BACK):at + 1] for s in item.levels())


#: how many items before a mean a change's current may be looked back through for its total
MEAN_LOOK_BACK = 3
#: how many times its mean a total is at least (a mean over two or more: 个人缴费 380 元 before
#: 人均筹资 1,030 元 is no total of it)
MEAN_FACTOR = 2


def find_changes(items: Sequence[Item], index: dict[str, list[Item]],
                 found_breakdowns: Sequence[Breakdown] = ()) -> list[Change]:
    found = []
    lone = _lone_changes(found_breakdowns)
    reported = _ReportWide(items)
    position = {item.id: k for k, item in enumerate(items)}
    after_list = _after_lists(items, position, found_breakdowns)
    for item in items:
        pairs = _change_pairs(item.statements)
        if item.flat is not None and not pairs:
            bases = [s for s in item.statements if s.role == BASE and s.aside
                     and s.end <= item.flat[0]]
            pairs = [(None, None, bases[-1] if bases else None)]  # (与上年（b）持平: of b)
        for change, percent, base in pairs:
            if any(s is not None and s.quantity.qualifier for s in (change, percent, base)):
                continue  # 8000 多万元, 超过 1 亿元: a bound says too little to check
            anchor = change or percent
            if anchor is not None and _undistributed(item, anchor):
                continue
            if change is not None and change.quantity.unit == changes.PERCENTAGE_POINTS:
                moved = _point_change(item, change, index)
                if moved is not None:
                    found.append(moved)
                continue
            if anchor is not None and anchor.base_kind == "budget":
                against = _against_budget(item, anchor, change, percent)
                if against is not None:
                    found.append(against)
                continue
            adjusted = _against_initial(item, anchor, percent)
            if adjusted is not None:  # 年初预算 a，年中追加 b，全年预算 c，较年初增长 p%
                found.append(Change(item, adjusted[0], change, percent, adjusted[1], False, True,
                                    None))
                continue
            current, certain = _current(item, anchor, index)
            if base is not None and change is None and current is not None \
                    and not same_kind(base, current):
                kin = [s for s in item.levels() if same_kind(s, base)
                       and s.sentence == base.sentence and s.start < base.start]
                if len(kin) == 1:  # 发放贷款 9,836 笔、37.42 亿元，笔数比上年的 10,484 笔增长
                    current, certain = kin[0], False  # p%: the base stated says whose it is
            if not certain and current is not None and base is not None and change is None \
                    and same_kind(base, current) and base.sentence == current.sentence \
                    and _one_of_kind(item, base):
                certain = True  # (项目 356 个，金额 14.27 亿元，较上年的 12.85 亿元增长 p%: the
                # base stated says whose the percent is)
            if current is not None and item.opened_by is None \
                    and _mean_after_its_total(items, position[item.id], current):
                certain = False  # 累计服务 a 人次，站均 m 人次；较基期的 b 增长 p: of a or of m?
                # (not a part a list names so: 其中：生均拨款收入 b，比上年 … 增长 p)
            if base is None and change is None and anchor is not None \
                    and anchor.dimension == "ratio" and anchor.base_kind == "prior":
                base = _rate_of_base_year(item, anchor)  # (执行率为 95.4%，2020 年为 91.2%，
                # 较上年提高 p: the rate its base year names)
            if base is not None and base.dimension == "ratio" and change is None \
                    and anchor is not None:
                # 占 71.5%，较上年的 68.2% 提高 3.3%: a rate's change is of the rate said before
                # it, not of the amount (none said: no level to read it against); so is one
                # after the rate's move (比重由 28.4% 提高到 31.6%，提高 3.2%)
                rates = [s for s in item.statements if s.role in (SHARE, RATE, LEVEL, TO)
                         and s.dimension == "ratio" and s is not base
                         and s.start < anchor.start]
                if not rates:
                    continue
                current = rates[-1]
                certain = current.sentence == anchor.sentence == base.sentence
            if current is not None and anchor is not None \
                    and current.period == _base_year(anchor) != anchor.period \
                    and item.levels() == [current]:
                # 2022 年收入 a，2023 年较 2022 年增加 b，增长 p%: a is what b is against (where
                # it is the item's one level: 2022 年、2023 年分别为 a 和 c may leave c unyeared);
                # 上年执行数为 a，本年较上年增加 b: so is last year's
                base, current = base or current, None
            elif current is not None and anchor is not None and current.aside \
                    and current.period_stated and anchor.period is not None \
                    and current.period == anchor.period - 1 and current.start > anchor.start \
                    and item.levels() == [current]:
                base, current = base or current, None  # 比上年增长 p%（上年为 b）: b is the base
            if current is None and anchor is not None and not item.levels():
                # 2022 年“三公”经费决算数较上年增加 …: the report's one 三公经费 of each year
                current, before = reported.levels(item, anchor)
                certain = current is not None
                base = base or (before if current is not None else None)
            if current is None and base is not None and anchor is not None \
                    and base in item.levels():
                # 其他资金 a。其他资金比上年增长 p%（上年为 b）: this year's figure is the one its
                # name was given in the paragraph, where it was given once
                current = _namesake_level(item, anchor, base, index)
                certain = certain and current is not None
            if current is not None and current.quantity.qualifier:
                continue
            if current is None:  # the change and its percent alone: one sentence says both
                certain = change is not None and percent is not None \
                    and change.sentence == percent.sentence
            if base is None and current is not None:
                base = _earlier(item, current, anchor)
            breakdown, alternative = lone.get(item.id) or after_list.get(item.id) or (None, None)
            if breakdown is not None and anchor is not None \
                    and _parts_changes_follow(items, position[breakdown.parts[-1].id], anchor):
                # 其中 A a，B b。比上年减少 d。其中：A 减少 …: the change is the total's
                taken = [s for s in (change, percent) if s is not None]
                item.statements = [s for s in item.statements if s not in taken]
                breakdown.total.statements.extend(taken)
                item, current, certain, base = breakdown.total, alternative, True, None
                alternative = None
            elif item.id in after_list:
                alternative = None  # neither reading is sure without the parts' changes
            if alternative is not None and current is not None \
                    and alternative.quantity == current.quantity:
                alternative = None  # (A 14.26，其中 …，A2 14.26，比上年 … : either, the same)
            if current is not None and not current.quantity.value and percent is not None \
                    and percent.sign >= 0:
                certain = False  # 其中年初结转和结余 0 万元，较上年增加 5.24 万元，增长 2.3%: no
                # rise ends at nothing; the change is likely the total's before the list
            if certain and anchor is not None \
                    and _mean_after_total(items, position[item.id], anchor):
                certain = False
            if certain and anchor is not None and current is not None \
                    and current not in item.statements and anchor.measure in BUDGETS \
                    and current.measure != anchor.measure:
                certain = False  # 收入预算总计 a，其中本年收入 b …。收入预算比上年减少 c: the
                # budget's change, found by the bare 收入 of b, which is not said to be the budget
            if certain and base is not None and current is not None \
                    and base.measure in BUDGETS and current.measure == "actual":
                certain = False  # 执行数 a。与上年安排的 b 相比，增加 c: of this year's 安排,
                # which the words before do not give, not of what was spent
            if current is not None and base is not None and current.role == LEVEL \
                    and per_unit.mean_of_one(base.label) \
                    and not per_unit.mean_of_one(current.label):
                # 运行维护费 a，车均 m，较上年车均 b 下降 p: a mean's base is of the mean
                mean = _said_before_of_kind(items, position[item.id], base, per_unit.mean_of_one)
                current, certain = (mean, certain) if mean is not None else (None, False)
                if current is None:
                    continue
            if current is not None and base is not None and not same_kind(current, base):
                current = _said_before_of_kind(items, position[item.id], base)
                certain = certain and current is not None
                if current is None:
                    continue  # 事故 142 起、死亡 23 人，较上年的 158 起、27 人分别下降 p、q: a
                    # base of another kind, its own figure not found, is some other one's
                # (改造小区 126 个，涉及居民 9,837 户，较上年的 148 个增长 p: of the 126 个)
            found.append(Change(item, current, change, percent, base,
                                item.flat is not None and anchor is None,
                                certain and alternative is None, alternative))
    return [c for c in found if _spans_its_years(c)]


def _said_before_of_kind(items: Sequence[Item], at: int, base: Statement,
                         named: Callable[[str], bool] = lambda label: True
                         ) -> Statement | None:
    """The one level of the base's kind and sentence said before it, in its item or the
    items before it (and whose label ``named`` picks)."""
    kin = [s for item in items[max(0, at - _KIN_ITEMS):at + 1] for s in item.levels()
           if s.paragraph == base.paragraph and s.sentence == base.sentence
           and s.start < base.start and same_kind(s, base) and named(s.label)]
    return kin[0] if len(kin) == 1 else None


#: how many items before a change's own its base's kin is looked for in
_KIN_ITEMS = 4


def _rate_of_base_year(item: Item, anchor: Statement) -> Statement | None:
    """The one rate of the item said before a change of a rate against the year before (or
    after it in brackets), in its sentence and with that year named, where one rate of the
    change's year (named or the report's) is said before it too (2021 年执行率为 95.4%，
    2020 年为 91.2%，较上年提高 p)."""
    if anchor.period is None:
        return None
    rates = [s for s in item.statements if s.dimension == "ratio" and s.role in (RATE, LEVEL)
             and s.sentence == anchor.sentence]
    before = [s for s in rates if s.period == anchor.period - 1 and s.period_stated
              and (s.start < anchor.start or s.aside)]  # (下降 p（上年末为 b）)
    now = [s for s in rates if s.period == anchor.period and s.start < anchor.start]
    return before[0] if len(before) == 1 and len(now) == 1 else None


def _undistributed(item: Item, anchor: Statement) -> bool:
    """小学由 600 元提高到 650 元，初中由 800 元提高到 850 元，分别增长 8.3% 和 6.3%: changes
    handed out in turn (分别) that stayed together on the last item are not read: whose is
    which, the reading did not say."""
    return anchor.label.startswith(cues.DISTRIBUTED) and any(
        s.clause == anchor.clause and s.start > anchor.start
        and s.quantity.unit == anchor.quantity.unit for s in item.statements)


def _namesake_level(item: Item, anchor: Statement, base: Statement,
                    index: dict[str, list[Item]]) -> Statement | None:
    """The one level of the change's year that another item of the same name states in the
    item's paragraph, before it."""
    found = [s for other in index.get(item.subject, ()) if other is not item
             and other.paragraph == item.paragraph
             for s in other.levels() if s.period == anchor.period and same_kind(s, base)
             and s.order < anchor.order]
    return found[0] if len({s.quantity.value for s in found}) == 1 else None


def _mean_after_total(items: Sequence[Item], at: int, anchor: Statement) -> bool:
    """运行维护费 7.38 万元，平均每辆 1.23 万元，同比减少 0.72 万元: a change after an amount per
    one may be of the total its sentence states before it; which, the words do not say."""
    item = items[at]
    if not key(item.subject).startswith(per_unit.MEAN_OPENERS):
        return False  # (人均筹资标准 / 生均拨款收入: a standard or a fund of its own name)
    for earlier in reversed(items[max(0, at - MAX_BEFORE_MEAN):at]):
        if not in_sentence(earlier, item) or earlier.segment != item.segment:
            return False
        if any(s.dimension == anchor.dimension or anchor.dimension == "ratio"
               for s in earlier.levels()):
            return True
    return False


#: how many items before an amount per one its total is looked for among
MAX_BEFORE_MEAN = 4



def _lone_changes(found_breakdowns: Sequence[Breakdown]
                  ) -> dict[str, tuple[Breakdown, Statement]]:
    """Parts whose change may be their total's: 其中 A 1 元，B 2 元，同比增加 3 元.

    When only the last part of a list states a change, the change may be the
    total's as well as that part's: the total and its level are the other reading.
    """
    found = {}
    for breakdown in found_breakdowns:
        changed = [p for p in breakdown.parts if p.of(CHANGE) or p.of(PERCENT_CHANGE)]
        last = breakdown.parts[-1]
        level = first_figure(breakdown.total)
        if len(breakdown.parts) >= 2 and changed == [last] and level is not None:
            found[last.id] = (breakdown, level)
    return found


def _after_lists(items: Sequence[Item], position: dict[str, int],
                 found_breakdowns: Sequence[Breakdown]) -> dict[str, tuple[Breakdown, Statement]]:
    """Unnamed sentences after a list opened in its total's sentence, with that total.

    ``支出 120 万元，其中 A a、B b。较上年减少 d`` leaves the change's owner open
    (the items builder opens it as an item of no name); only a list of the
    parts' own changes after it says it is the total's.
    """
    found = {}
    for breakdown in found_breakdowns:
        after = position[breakdown.parts[-1].id] + 1
        level = first_figure(breakdown.total)
        if after < len(items) and not items[after].subject and items[after].continued \
                and items[after].paragraph == breakdown.total.paragraph and level is not None:
            found[items[after].id] = (breakdown, level)
    return found


def _parts_changes_follow(items: Sequence[Item], at: int, anchor: Statement) -> bool:
    """Does a list of the parts' own changes open the sentence after the lone change's?

    ``其中，A a，B b。比上年减少 d，下降 p%。其中：A 减少 …`` names the parts
    again with their changes: the sentence between them is the total's. ``at`` is
    the list's last part's place in ``items``.
    """
    last = items[at]
    if anchor.sentence == last.sentence:
        return False
    after = []
    for item in items[at + 1:]:
        if item.paragraph != last.paragraph or item.sentence > anchor.sentence + 1:
            break
        if item.sentence == anchor.sentence + 1:
            after.append(item)
    return bool(after) and after[0].opened_by is not None \
        and any(i.of(CHANGE) or i.of(PERCENT_CHANGE) for i in after)


class _ReportWide:
    """The levels of the quantities a report states once for the whole body (三公经费 and its
    parts, ``breakdowns.REPORT_WIDE``), by concept, for a change whose own sentence names the
    quantity but states no level of it."""

    def __init__(self, items: Sequence[Item]) -> None:
        self.items = items
        self.by_concept: dict[str, list[Statement]] | None = None  # built when first asked

    def levels(self, item: Item, anchor: Statement) -> tuple[Statement | None, Statement | None]:
        """(this year's level, last year's), each only where the report gives one value."""
        concept = _report_wide(item)
        if concept is None or anchor.period is None or anchor.base_kind != "prior" \
                or anchor.quantity.unit == changes.PERCENTAGE_POINTS:
            return None, None
        if self.by_concept is None:
            self.by_concept = {}
            for other in self.items:
                name = _report_wide(other)
                if name is not None:
                    self.by_concept.setdefault(name, []).extend(
                        s for s in other.levels() if s.dimension == "money"
                        and s.measure not in BUDGETS and not s.quantity.qualifier)
        stated = self.by_concept.get(concept, [])
        return _one(stated, anchor.period), _one(stated, anchor.period - 1)


def _base_year(change: Statement) -> int | None:
    """The year a change is against: the one it names (较 2022 年), else the year before its
    own where its words name its own (本年较上年). A change that names no year of its own
    is of the level before it (去年收入 a，同比增加 b: 去年's change, not this year's)."""
    if change.base_year is not None:
        return change.base_year
    if change.base_kind == "prior" and change.period is not None \
            and names_this_year(change.label):
        return change.period - 1
    return None


def _report_wide(item: Item) -> str | None:
    """The report-wide quantity the item names, unless it is a part of the body's (区直)."""
    concept = breakdowns.concept(item.subject)
    return concept if concept in breakdowns.REPORT_WIDE \
        and measures.scope_owner(item.subject) is None else None


def _one(levels: Sequence[Statement], period: int) -> Statement | None:
    found = [s for s in levels if s.period == period]
    return found[0] if found and len({s.quantity.value for s in found}) == 1 else None


def _series_year(own: Sequence[Statement], anchor: Statement) -> int | None:
    """The year of a change in a series of years' levels (2021 年 a，比上年增长 p；2022 年 b，
    增长 q …): its own where it names one, else that of the level said right before it in its
    segment; None where the levels are no series (fewer than three years named)."""
    if len({s.period for s in own if s.period_stated}) < MIN_SERIES:
        return None
    before = [s for s in own if s.start < anchor.start]
    if anchor.period_stated:
        year = anchor.period if anchor.period != _base_year(anchor) else None
    else:
        year = before[-1].period if before and before[-1].period_stated \
            and before[-1].sentence == anchor.sentence \
            and before[-1].segment == anchor.segment else None
    return year if any(s.period == year for s in before) else None


#: the fewest years a series states a level of (a year and its base are no series: 2022 年
#:决算 a，较上年减少 d may compare the report's year with it)
MIN_SERIES = 3


def _earlier(item: Item, current: Statement, anchor: Statement | None) -> Statement | None:
    """The item's level of the year the change is against (the year before ``current``'s
    unless it names another: 2025 年比 2023 年增加 …), when it states both years."""
    if current.period is None:
        return None
    named = _base_year(anchor) if anchor is not None else None
    year = named if named is not None and named < current.period else current.period - 1
    earlier = [s for s in item.levels() if s.period == year
               and s.dimension == current.dimension and same_kind(s, current)
               and (per_unit.says_per_one(current.label) or not per_unit.says_per_one(s.label))]
    # (工资福利支出 a，比上年减少 d；人均 m，上年人均 n: n is last year's mean, not its total)
    # (96 批次、845 人次，上年为 120 批次、1,056 人次: the 批次 of the year before)
    alike = [s for s in earlier if _same_measure(s, current)]
    # (执行数 a，2022 年为 b，同比增长 p% …（2022 年全年预算数 c）: b, not the year's budget)
    return (alike or earlier)[-1] if earlier else None


def _same_measure(earlier: Statement, current: Statement) -> bool:
    """Is the earlier level of the current's measure: the same, or unsaid beside an actual?"""
    if earlier.measure == current.measure:
        return True
    return current.measure == "actual" and earlier.measure is None


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
            if amount is not None or (percent is not None and (
                    percent.sentence != statement.sentence or _other_base(percent, statement))):
                close()
            amount = statement
        elif statement.role == PERCENT_CHANGE:
            if percent is not None or (amount is not None and (
                    amount.sentence != statement.sentence or _other_base(amount, statement))):
                close()
            percent = statement
    close()
    return pairs


def _other_base(a: Statement, b: Statement) -> bool:
    """超收 500 万元，同比增长 8%: one change against the budget, one against last year."""
    return {a.base_kind, b.base_kind} == {"budget", "prior"}


def _point_change(item: Item, change: Statement, index: dict[str, list[Item]]
                  ) -> Change | None:
    """执行率 96.5%，较上年提高 2.3 个百分点；上年 94.2%: a move in percentage points,
    read where the item states exactly one percentage for the change's year and one
    for the year before (or as the base of the change's sentence: 比上年（94.2%）)."""
    if change.base_kind == "budget":
        return None  # against the budget: another comparison
    # 优良路率由 71.5% 提高到 76.2%，提高 4.7 个百分点: the move's two ends, said before it
    ends = [s for s in item.statements if s.quantity.unit == "%" and s.role in (FROM, TO)
            and s.sentence == change.sentence and s.start < change.start]
    starts, reached = [s for s in ends if s.role == FROM], [s for s in ends if s.role == TO]
    if ends:
        if len(starts) != 1 or len(reached) != 1:
            return None
        return Change(item, reached[0], change, None, starts[0], False, True, None)
    # 项目支出占…的比重为 78.4%，上年项目支出 3,576.44 万元，占当年…的 74.2%，提高 5.2 个
    # 百分点: the name's percentages in the change's sentence, each of the year of its item
    own = [other for other in index.get(key(item.subject), ()) if other is not item
           and in_sentence(other, item)] if item.subject else []
    rates = [(s, _year_of(holder, s)) for holder in (*own, item) for s in holder.statements
             if s.quantity.unit == "%" and s.role in (LEVEL, RATE, SHARE)
             and s.quantity.qualifier not in BOUNDS]  # (控制在 3.5% 以内: a ceiling)
    now = [s for s, year in rates if year == change.period]
    base_year = change.base_year if change.base_year is not None else (
        change.period - 1 if change.period is not None else None)
    before = [s for s, year in rates if year == base_year] if base_year is not None else []
    # (较 2023 年提高 5.3 个百分点，较 2021 年累计提高 23.2 个百分点: each of the year it names)
    before = before or [s for s in item.of(BASE) if s.quantity.unit == "%"
                        and s.sentence == change.sentence
                        and (change.period is not None or s.period is not None)]
    # (a report that states no year of its own, 第七次全国人口普查公报: 占 15.82%，比 2010 年的
    # 17.36% 下降 1.54 个百分点 is read against the base its sentence gives with a year)
    if not now and len(before) == 1 and item.subject:
        # 基本支出 a，占 50.94%。上年基本支出占…的比重为 53.12%，本年下降 3.18 个百分点: this
        # year's share of the name, said once in the paragraph before
        now = [s for other in index.get(key(item.subject), ()) if other is not item
               and other.paragraph == item.paragraph and other.sentence < change.sentence
               for s in other.statements if s.role == before[0].role == SHARE
               and s.quantity.unit == "%" and _year_of(other, s) == change.period]
    if not now and len(before) == 1 and before[0].role == BASE:
        # 增加值增长 6.2%，较上年的 8.5% 回落 2.3 个百分点: a growth rate against the last
        # year's, which its sentence gives as the base
        now = [s for s in item.statements if s.role == PERCENT_CHANGE
               and s.sentence == change.sentence and s.start < before[0].start]
    if len(now) != 1 or len(before) != 1:
        return None
    return Change(item, now[0], change, None, before[0], False, True, None)


def _list_stem(subject: str) -> str:
    """收、支总计各 -> 收、支: a list of names with its total word and 各 / 均 off, as the
    sentence that gave the figure (收、支总计 1,234.56 万元) is keyed; '' for other names."""
    if "、" not in subject:
        return ""
    stem = without_each(subject)
    for word in cues.TOTAL:
        stem = stem.removesuffix(word)
    return stem if stem != subject else ""


def _year_of(item: Item, percent: Statement) -> int | None:
    """A percentage's year: its own, or, said without one right after a level of a stated
    earlier year (上年项目支出 …，占当年支出合计的 74.2%), that level's."""
    if percent.period_stated:
        return percent.period
    said = [s for s in item.levels() if s.start < percent.start and s.quantity.unit != "%"]
    return said[-1].period if said and said[-1].period_stated else percent.period


def _against_budget(item: Item, anchor: Statement, change: Statement | None,
                    percent: Statement | None) -> Change | None:
    """决算数 3.24 万元，比年初预算数 5.00 万元减少 1.76 万元，下降 35.2%: a change
    against the budget, when its sentence states exactly one spent figure of the
    item and, before the change, at most one budget of it (none: the change and its
    percent imply it, 决算数 2,921.7 万元，较年初预算数减少 1,111.4 万元，下降 27.56%)."""
    if anchor.label.endswith(changes.OVER_DONE):  # 目标 860 户，实际完成 912 户，超额完成 52 户
        said = [s for s in item.levels() if s.sentence == anchor.sentence
                and s.start < anchor.start and same_kind(s, anchor)]
        targets = [s for s in said if s.measure == TARGET]
        done = [s for s in said if s.measure == "actual"]
        if len(targets) == 1 and len(done) == 1:
            return Change(item, done[0], change, percent, targets[0], False, True, None)
    levels = [s for s in item.levels() if s.sentence == anchor.sentence
              and s.dimension == anchor.dimension == "money"]
    budgets = [s for s in levels if s.measure in BUDGETS and s.start < anchor.start]
    if not budgets and anchor.label.endswith(changes.AGAINST_PLAN):
        budgets = [s for s in levels if s.measure == TARGET and s.start < anchor.start]
        # (税收年度计划 a，完成 b，超收 d: the plan revenue is collected against)
    if not budgets:  # 比报告数 81,600 万元增加 50 万元: the base the comparison names; 为调整
        # 预算 25,600 万元的 104.8%，超收 1,234 万元: the budget the rate was of
        budgets = [s for s in item.statements if s.role in (BASE, WHOLE)
                   and s.sentence == anchor.sentence
                   and s.start < anchor.start and s.dimension == anchor.dimension == "money"]
    spent = [s for s in levels if s.measure == "actual"]
    if not spent and len(budgets) == 1 and budgets[0].role in (BASE, WHOLE):
        # 资产总额 a，比清查前账面数 b 增加 c: the level said before the base it names (收入 a，
        # 为预算 b 的 p，超收 c: before the budget its rate is of)
        spent = [s for s in levels if s.measure is None and s.start < budgets[0].start]
    adjusted = [s for s in budgets if s.measure == "budget"]
    if not spent and len(adjusted) == 1:
        # 调整预算为 a，比年初预算 b 增加 c: the adjusted budget against the opening one
        opening = [s for s in item.statements if s.role in (LEVEL, BASE)
                   and s.sentence == anchor.sentence and s.measure == "budget_initial"
                   and adjusted[0].start < s.start < anchor.start]
        if len(opening) == 1 and all(s in adjusted or s in opening for s in budgets):
            spent, budgets = adjusted, opening
    if len(budgets) > 1 or len(spent) != 1:
        return None
    if not budgets and (change is None or percent is None):
        return None  # 较年初预算数减少 1,111.4 万元，下降 27.56%: the budget they imply, else none
    return Change(item, spent[0], change, percent, budgets[0] if budgets else None, False,
                  True, None)


def _said_before_under_its_name(item: Item, own: Sequence[Statement],
                                anchor: Statement | None, index: dict[str, list[Item]]
                                ) -> Statement | None:
    """2023 年度支出总计 a，上年支出总计为 b，减少 c: where every level of the change's item
    is of a year before the change's, the one level of the change's year said before it in
    its paragraph under the same name is what changed (b is the base)."""
    if not own or anchor is None or anchor.period is None \
            or any(s.period is None or s.period >= anchor.period for s in own):
        return None
    found = [s for other in index.get(key(item.subject), ()) if other is not item
             for s in other.levels() if s.paragraph == anchor.paragraph
             and s.period == anchor.period and s.start < anchor.start
             and s.dimension != "ratio" and same_kind(s, own[-1])]
    return found[0] if len(found) == 1 else None


def _against_initial(item: Item, anchor: Statement | None, percent: Statement | None
                     ) -> tuple[Statement, Statement] | None:
    """较年初增长 p% after 年初预算 a … 全年预算 c: the adjusted budget against the initial one,
    where the item states one of each before the percent (or, of a stock, 年末 a … 年初为 b:
    the level against the year's start)."""
    if anchor is None or percent is None or not any(
            w in percent.label for w in changes.AGAINST_INITIAL):
        return None
    said = [s for s in item.levels() if s.start < percent.start]
    initial = [s for s in said if s.measure == "budget_initial"]
    adjusted = [s for s in said if s.measure == "budget"]
    if not initial and not adjusted:  # 年末负债 a，年初为 b，较年初增长 p%: a stock's start
        initial = [s for s in said if s.label.startswith(changes.STOCK_START)]
        adjusted = [s for s in said if s not in initial and s.period == percent.period]
    if len(initial) != 1 or len(adjusted) != 1 or not same_kind(initial[0], adjusted[0]):
        return None
    return adjusted[0], initial[0]


def _one_of_kind(item: Item, base: Statement) -> bool:
    """Does the item state one level of the base's kind (the amount beside a count)?"""
    return sum(same_kind(s, base) for s in item.levels()) == 1


def _current(item: Item, anchor: Statement | None, index: dict[str, list[Item]]
             ) -> tuple[Statement | None, bool]:
    """The level a change is of: the item's latest (a TO level first; of the latest year,
    the last said before the change), else its subject's."""
    own = [s for s in item.statements if s.role in (LEVEL, TO) and s.dimension != "ratio"]
    # 总额 10,286.4 亿元，首次突破 1 万亿元，比上年增加 …: a bound passed is no level
    own = [s for s in own if s.quantity.qualifier not in BOUNDS] or own
    # (客运量 15,632 万人次，日均 42.8 万人次，同比增长 9.9%: of the total said before its
    # mean in the sentence, not of the mean; 平均浓度 27 微克/立方米 alone is the level)
    means = {id(s) for s in own if per_unit.per_one(s.label)}
    if means:  # (one pass: the first figure of each year and sentence that is no mean)
        first: dict[tuple[int | None, int], int] = {}
        for s in own:
            if id(s) not in means:
                at = (s.period, s.sentence)
                first[at] = min(first.get(at, s.start), s.start)
        if any(id(s) in means and first.get((s.period, s.sentence), s.start) < s.start
               for s in own):
            own = [s for s in own if id(s) not in means]
    if anchor is not None and anchor.dimension != "ratio":
        own = [s for s in own if same_kind(s, anchor)]  # (受益农户 150 户，较上年增加 171 台:
        # the 台 are of another count)
    elif anchor is not None:
        named = changes.dimension_named(anchor.label)
        if named is not None:  # 发放 1.48 万笔、58.27 亿元 …，笔数增长 8.82%: the count's
            own = [s for s in own if (s.dimension == "money") == (named == "money")] or own
            # (1.48 万笔 is a count of another scale: what is not money)
    tos = [s for s in own if s.role == TO]
    if tos:
        return tos[-1], True
    earlier = _said_before_under_its_name(item, own, anchor, index)
    if earlier is not None:
        return earlier, True
    guess: Statement | None = None
    if own:
        latest = max((s.period or 0) for s in own)
        year = _series_year(own, anchor) if anchor is not None else None
        if year is not None and year != latest:
            latest = year  # 分年度看：2017 年 a，增长 p；2018 年 b，增长 q；…: each year's change
            # in a series is of its own year's level, not of the last's
        current = [s for s in own if (s.period or 0) == latest]
        # 完成 36.42 亿元，下降 12.6%（…本年预算 33.60 亿元）: the level said before the change
        said = [s for s in current if anchor is None or s.start < anchor.start]
        done = [s for s in said if s.measure not in BUDGETS and s.measure != TARGET]
        budgeted = [s for s in said if anchor is not None and anchor.measure in BUDGETS
                    and s.measure == anchor.measure]
        if budgeted:
            said = budgeted  # 预算分别为 a 和 b，实际支出分别为 c 和 d。预算较上年增加 …: b's
        elif done and anchor is not None and anchor.base_kind != "budget":
            said = done  # 完成 24,627 万元，完成年初预算数 60,999 万元的 40.4%，比上年减收 …
        if said or not all(s.measure in BUDGETS for s in current):
            chosen = (said or current)[-1]
            return chosen, not (anchor is not None and anchor.dimension == "ratio" and any(
                s.sentence == anchor.sentence and not same_kind(s, chosen) for s in said))
            # (发放贷款 9,846 笔、48.27 亿元，同比分别增长 p、q: which percent is whose, the
            # reading of one item does not say)
        # 与上年相比，…减少 103.27 万元，…。年初预算为 2,850.00 万元: a budget said after the
        # change is no level it is of; the figure the report gave the name before is
        guess = current[-1]
    # 收、支总计 … 。…收、支总计各增加 …: the list said so before, else each of its names
    stem = _list_stem(item.subject)
    year = anchor.period if anchor is not None else None
    # (与 2020 年度（收入、支出总计均为 a）相比，各增加 …: a is the base year's, no level of
    # the change's year)
    others = [s for other in (index.get(key(stem), ()) if stem else ()) if other is not item
              for s in other.levels() if s.dimension != "ratio"
              and s.period in (year, None)] or [
        s for name in (each_of(item.subject) or [item.subject])
        for other in index.get(key(name), ()) if other is not item
        for s in other.levels() if s.dimension != "ratio"]
    total_said = _total_word(anchor.label) if anchor is not None else None
    if total_said is not None:  # 收入总计 a，其中本年收入合计 b …。收入总计增加 c: of a, not b
        others = [s for s in others if _total_word(s.label) in (None, total_said)]
    if anchor is not None and anchor.measure in BUDGETS:
        # 收入预算总计 a，其中本年收入合计 b …。收入预算总计比上年预算增加 …: the budget's
        budgeted = [s for s in others if s.measure == anchor.measure]
        others = budgeted or others
    values = {(s.quantity.value, s.quantity.unit) for s in others}
    if len(values) == 1:
        return others[0], True
    # 收入总计 23,866.88 万元，支出总计 23,866.88 万元。收支较上年减少 …: where the report
    # gives the name other figures too, the ones its own paragraph said before the change
    if item.statements and not own:
        said = [s for s in others if s.paragraph == item.paragraph
                and s.start < item.statements[0].start and s.measure not in BUDGETS
                and (anchor is None or s.period == anchor.period)]
        if said and len({(s.quantity.value, s.quantity.unit) for s in said}) == 1:
            return said[0], True
    return guess, False  # at most a budget said after the change: a guess


#: the words of a grand total and of a sum of the year's flows, which final accounts keep
#: apart (收入总计 holds what was carried in, 本年收入合计 does not)
_TOTAL_WORDS = ("总计", "合计")


def _total_word(label: str) -> str | None:
    """The total word a label names its figure by, if one."""
    return next((word for word in _TOTAL_WORDS if word in label), None)

