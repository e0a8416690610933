"""Measure groups: one item with its budget, actual, rate, weight, score, grade ...

Rules that relate the figures of one item (execution rate, score against its
weight, grade against score, change against the prior year) ask for groups
here and never care where the figures came from: a table row (columns by
role, or by label when roles are missing), facts sharing a concept and a
period (which is also what the text importer emits), or an average row and
the rows it averages.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Any, ClassVar

from crossfoot.analysis.views import View
from crossfoot.analysis.vocabulary import measures as measures_words
from crossfoot.model.interval import Interval
from crossfoot.model.places import Location
from crossfoot.model.quantity import Quantity
from crossfoot.model.records import Record, replace
from crossfoot.model.report import Column, Fact, Report, Row, Table
from crossfoot.model.table_tree import TOTAL_ROLES, covered_rows
from crossfoot.model.units import unit_for
from crossfoot.patterns import LazyPattern

#: Column labels that say what a column measures when it has no role; first match wins.
LABEL_MEASURES: tuple[tuple[LazyPattern, str], ...] = tuple(
    (LazyPattern(pattern), measure) for pattern, measure in (
        # (为调整预算%: of the budget; 完成调整预算% / 完成年初预算%: revenue tables' rate)
        (r"执行率|预算完成率|完成.{0,4}预算|^为.{0,6}预算", "rate"),
        (r"增减|增长率|增幅|降幅|变动|同比|较上年", "change"),
        (r"上年|去年|上期", "prior"),
        (r"年初预算", "budget_initial"),
        (r"调整数|追加|追减|调增|调减", "adjustment"),
        (r"执行数|决算数|实际支出|支出数|完成数|完成额", "actual"),  # (预算数 | 完成数 | …)
        (r"预算", "budget"),
        (r"分值|权重|满分", "weight"),
        (r"得分|评分", "score"),
        (r"等级|评级|档次", "grade"),
        (r"占比|比重|所占比例|构成比", "share"),
        (r"指标值|目标值", "target"),
        (r"完成值|实际值", "result"),
        (r"平均", "average"),
    ))

#: What counts as "this year's value" when a change is compared with the prior year.
CURRENT_MEASURES = ("actual", "amount", "count", "result", "budget")
#: Rates that are an execution rate (actual / budget).
EXECUTION_LABEL = LazyPattern(r"执行率|预算完成|完成预算")
#: Rates that are a part of a whole, so 0..100 %.
BOUNDED_LABEL = LazyPattern(r"占比|比重|比例|满意度|合格率|覆盖率|达标率|知晓率|出勤率|到位率|"
                            r"及时率|准确率|使用率|完好率|达成率")
#: Rates of doing something against a target: cannot be negative, may exceed 100 %.
COMPLETION_LABEL = LazyPattern(r"完成率")
INITIAL_LABEL = LazyPattern(r"年初")
BUDGET_WORD = LazyPattern(r"预算")
ACTUAL_WORD = LazyPattern(r"决算|执行|实际")
AVERAGE_LABEL = LazyPattern(r"平均")
RATIO_MEASURES = ("rate", "share")
POINT_MEASURES = ("score", "weight")
#: Concept suffixes that only repeat the measure (evaluation.project.score / .grade).
MEASURE_SUFFIXES = {"score": ("score",), "grade": ("grade",), "weight": ("weight",),
                    "rate": ("rate", "execution_rate"), "share": ("share",),
                    "budget": ("budget",), "actual": ("actual",), "prior": ("prior",),
                    "change": ("change",), "target": ("target",), "result": ("result",),
                    "budget_initial": ("budget_initial", "initial_budget")}


class CellAt:
    """A table cell whose place is built when first asked (``Table.cell_location``): rules
    hold many cells to compare and report few. It equals, hashes and prints as its place."""

    __slots__ = ("column", "row", "table")

    def __init__(self, table: Table, row: Row, column: Column) -> None:
        self.table, self.row, self.column = table, row, column

    def location(self) -> Location:
        return self.table.cell_location(self.row, self.column)

    @property
    def anchor(self) -> str:
        """The place's anchor, without building the place."""
        return f"table:{self.table.id}/row:{self.row.id}/col:{self.column.id}"

    @property
    def pointer(self) -> str:
        return self.location().pointer

    def __eq__(self, other: object) -> bool:
        """Equal to its place (and to a cell of an equal place), as the place would be."""
        if isinstance(other, CellAt):
            if self.table is other.table and self.row is other.row \
                    and self.column is other.column:
                return True
            return self.location() == other.location()
        if isinstance(other, Location):
            return self.location() == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.location())

    def __repr__(self) -> str:
        return repr(self.location())


class Member(Record):
    """One figure of an item: what it measures, its value, where it stands."""

    _hidden: ClassVar[tuple[str, ...]] = ("_place",)
    measure: str
    label: str
    #: where it stands, or the fact or cell that states it, whose place is built when first
    #: asked
    source: Location | Fact | CellAt
    quantity: Quantity | None = None
    text: str | None = None
    order: int = 0
    _place: Location | None = None

    @property
    def location(self) -> Location:
        place = self._place
        if place is None:
            source = self.source
            place = source if isinstance(source, Location) else source.location()
            object.__setattr__(self, "_place", place)
        return place

    @property
    def shown(self) -> str:
        return str(self.quantity) if self.quantity is not None else (self.text or "")


class MeasureGroup(Record):
    """One item (a table row, or a concept in a period) and its figures."""

    _hidden: ClassVar[tuple[str, ...]] = ("_stated",)
    label: str
    origin: str
    members: tuple[Member, ...]
    concept: str | None = None
    period: str | None = None
    #: the members that state something, in order: ``members`` itself when all do (a dict
    #: of lists per group was 2 MiB at 10,000 facts; a group has few members to look through)
    _stated: tuple[Member, ...] = ()

    def __post_init__(self) -> None:
        stated = tuple(m for m in self.members
                       if m.quantity is not None or (m.text or "").strip())
        object.__setattr__(self, "_stated",
                           self.members if len(stated) == len(self.members) else stated)

    @property
    def key(self) -> str:
        """Which item it is (``table:t1/row:r3``, ``concept:…|2021``, ``fact:f12``), made when
        asked: no rule asks, and a string per group was a third of the view."""
        if self.concept is not None:
            return f"concept:{self.concept}|{self.period or ''}"
        source = self.members[0].source
        if isinstance(source, CellAt):
            return f"table:{source.table.id}/row:{source.row.id}"
        assert isinstance(source, Fact)
        return f"fact:{source.id}"

    def all(self, measure: str) -> list[Member]:
        """The members of ``measure`` that state something."""
        return [m for m in self._stated if m.measure == measure]

    def number(self, measure: str, near: Member | None = None) -> Member | None:
        """The figure for ``measure``; with duplicates, the one stated nearest ``near``."""
        found = [m for m in self.all(measure) if m.quantity is not None]
        if not found:
            return None
        if near is None or len(found) == 1:
            return found[0]
        return min(found, key=lambda m: (_distance(m.location, near.location), m.order))

    def current(self, near: Member | None = None) -> Member | None:
        """This year's figure a change is about; None when a change's label leaves it open."""
        measures: tuple[str, ...] = CURRENT_MEASURES
        if near is not None and self.number("budget") and self.number("actual"):
            if BUDGET_WORD.search(near.label) and not ACTUAL_WORD.search(near.label):
                measures = ("budget",)
            elif ACTUAL_WORD.search(near.label):
                measures = ("actual",)
            else:
                return None
        for measure in measures:
            member = self.number(measure, near)
            if member is not None:
                return member
        return None


class AverageCase(Record):
    """An average and the figures it averages; ``weightings`` are other columns to weight by."""

    label: str
    average: Member
    parts: tuple[Member, ...]
    weightings: tuple[tuple[str, tuple[Quantity, ...]], ...] = ()


class ShareCase(Record):
    """A stated share and the (part, whole) pairs it may be a share of."""

    label: str
    share: Member
    candidates: tuple[tuple[Member, Member], ...]


def _distance(a: Location, b: Location) -> int:
    if a.paragraph is not None and a.paragraph == b.paragraph:
        return 0
    if a.section is not None and a.section == b.section:
        return 1
    return 2


def measure_of_label(label: str) -> str | None:
    """The measure a column label names, for tables that declare no roles (none for a
    forecast: 全年预计执行数 and 预计执行率 are neither what was done nor its rate)."""
    if any(word in label for word in measures_words.FORECAST):
        return None
    for pattern, measure in LABEL_MEASURES:
        if pattern.search(label):
            return measure
    return None


def column_measure(column: Column) -> str | None:
    measure = column.role or measure_of_label(column.label)
    if measure is None and column.unit and unit_for(column.unit).dimension == "count":
        measure = "count"
    return None if measure in ("label", "text") else refine(measure, column.label)


def refine(measure: str | None, label: str) -> str | None:
    """A budget labelled 年初 is the initial budget, whatever the source called it."""
    if measure == "budget" and INITIAL_LABEL.search(label):
        return "budget_initial"
    return measure


def normalise(measure: str, quantity: Quantity | None) -> Quantity | None:
    """A rate or score that inherited the table's money unit is a percentage or points."""
    if quantity is None:
        return None
    if measure in RATIO_MEASURES and quantity.dimension != "ratio":
        return _with_unit(quantity, "%")
    if measure in POINT_MEASURES and quantity.dimension == "money":
        return _with_unit(quantity, "分")
    return quantity


def _with_unit(quantity: Quantity, unit: str) -> Quantity:
    """``quantity`` relabelled in ``unit``, built afresh: its cached interval is in the old
    unit."""
    return Quantity(quantity.value, unit, quantity.decimals, quantity.exact, quantity.qualifier)


def rate_kind(group: MeasureGroup, member: Member) -> str:
    """execution, bounded (0..100 %), completion (>= 0) or other."""
    if member.measure == "share" or BOUNDED_LABEL.search(member.label):
        return "bounded"
    if EXECUTION_LABEL.search(member.label):
        return "execution"
    if COMPLETION_LABEL.search(member.label):
        return "completion"
    has_budget = group.number("budget") or group.number("budget_initial")
    if member.measure == "rate" and has_budget and group.number("actual"):
        return "execution"
    return "other"


# ---------------------------------------------------------------------------
# Gathering


class MeasureGroups(View):
    """The report's measure groups, built once per report however many rules ask."""

    def __init__(self, groups: list[MeasureGroup]) -> None:
        self.groups = groups

    @classmethod
    def build(cls, ctx: Any) -> MeasureGroups:
        return cls(measure_groups(ctx.report))


def measure_groups(report: Report) -> list[MeasureGroup]:
    """Every item with its figures: table rows first, then facts by concept and period."""
    groups = [g for table in report.tables for g in _row_groups(table)]
    groups.extend(_fact_groups(report.facts))
    return groups


def _row_groups(table: Table) -> Iterator[MeasureGroup]:
    measures = {c.id: column_measure(c) for c in table.columns}
    for index, row in enumerate(table.rows):
        if row.role == "note":
            continue
        members = []
        for column in table.columns:
            measure = measures[column.id]
            cell = row.cells.get(column.id)
            if measure is None or measure == "average" or cell is None or cell.empty:
                continue
            members.append(Member(measure, column.label, CellAt(table, row, column),
                                  normalise(measure, cell.quantity), cell.text, index))
        if members:
            yield MeasureGroup(f"{table.title}：{row.label}", "row", tuple(members))


def concept_key(fact: Fact, measure: str) -> str:
    """The concept without a last segment that only repeats the measure."""
    concept = fact.concept or ""
    head, _, last = concept.rpartition(".")
    if head and last in MEASURE_SUFFIXES.get(measure, ()):
        return head
    return concept


def _fact_member(index: int, fact: Fact) -> Member:
    measure = refine(fact.measure, fact.label or "") or "other"
    return Member(measure, fact.name, fact, normalise(measure, fact.quantity),
                  fact.text, index)


def _fact_groups(facts: Sequence[Fact]) -> list[MeasureGroup]:
    # each member's source is its fact: no (member, fact) pair is made per fact
    by_key: dict[tuple[str, str | None], list[Member]] = {}
    for index, fact in enumerate(facts):
        member = _fact_member(index, fact)
        concept = concept_key(fact, member.measure) if fact.concept else ""
        key = (concept or f"fact:{fact.id}", fact.period)
        by_key.setdefault(key, []).append(member)
    groups = []
    for (concept, period), members in by_key.items():
        if not _fact_of(members[0]).concept:
            groups.append(MeasureGroup(_group_label(concept, members), "facts",
                                       tuple(members), None, period))
            continue
        prior = _prior_year(by_key, concept, period)
        if prior and not any(m.measure == "prior" for m in members):
            groups.append(MeasureGroup(_group_label(concept, members), "facts",
                                       (*members, *(replace(m, measure="prior") for m in prior)),
                                       concept, period))
            continue
        groups.append(MeasureGroup(_group_label(concept, members), "facts", tuple(members),
                                   concept, period))
    return groups


def _prior_year(by_key: dict[tuple[str, str | None], list[Member]],
                concept: str, period: str | None) -> list[Member]:
    """This year's figures of the same concept in the year before, to compare a change with."""
    if period is None or not period.isdigit():
        return []
    items = by_key.get((concept, str(int(period) - 1)))
    if not items:
        return []
    for measure in CURRENT_MEASURES:
        found = [m for m in items if m.measure == measure and m.quantity is not None]
        if found:
            return found
    return []


def _fact_of(member: Member) -> Fact:
    source = member.source
    assert isinstance(source, Fact)
    return source


def _group_label(concept: str, members: Iterable[Member]) -> str:
    return next((f.label for f in map(_fact_of, members) if f.label), concept)


# ---------------------------------------------------------------------------
# Averages and shares


def average_cases(report: Report) -> Iterator[AverageCase]:
    """Average rows (role average, or 平均 in a table without roles) against their rows."""
    for table in report.tables:
        declared = any(r.role for r in table.rows)
        for row in table.rows:
            is_average = row.role == "average" or (not declared and row.role is None
                                                   and bool(AVERAGE_LABEL.search(row.label)))
            if not is_average:
                continue
            parts_rows = _averaged_rows(table, row, declared)
            yield from _column_averages(table, row, parts_rows)


def _averaged_rows(table: Table, row: Row, declared: bool) -> list[Row]:
    if row.sum_of is not None:
        by_id = {r.id: r for r in table.rows}
        return [by_id[i] for i in row.sum_of if i in by_id]
    if declared:
        return [r for r in table.rows if r.role == "item"]
    return [r for r in table.rows if r is not row and r.role is None
            and not AVERAGE_LABEL.search(r.label) and not covered_rows(table, r)]


def _column_averages(table: Table, row: Row, parts_rows: list[Row]) -> Iterator[AverageCase]:
    money = [c for c in table.columns if column_measure(c) in ("budget", "actual")]
    for column in table.columns:
        cell = row.cells.get(column.id)
        if cell is None or cell.quantity is None:
            continue
        measure = column_measure(column) or "other"
        filled = [(i, r, q) for i, r in enumerate(parts_rows)
                  if (c := r.cells.get(column.id)) is not None and (q := c.quantity) is not None]
        if len(filled) < 2:
            continue
        parts = tuple(Member(measure, r.label, table.cell_location(r, column),
                             normalise(measure, q), None, i) for i, r, q in filled)
        weightings = []
        for weight_column in money:
            weights = [_quantity(r, weight_column) for _, r, _ in filled]
            if all(w is not None for w in weights):
                weightings.append((weight_column.label, tuple(w for w in weights if w)))
        average = Member(measure, column.label, table.cell_location(row, column),
                         normalise(measure, cell.quantity), None, table.rows.index(row))
        yield AverageCase(f"{table.title}：{row.label} / {column.label}", average, parts,
                          tuple(weightings))


def _quantity(row: Row, column: Column) -> Quantity | None:
    cell = row.cells.get(column.id)
    return cell.quantity if cell is not None else None


def share_cases(report: Report, groups: Sequence[MeasureGroup]) -> Iterator[ShareCase]:
    """Stated shares with the parts and wholes they could be a share of."""
    yield from _table_shares(report)
    yield from _fact_shares(groups)


def _table_shares(report: Report) -> Iterator[ShareCase]:
    for table in report.tables:
        shares = [c for c in table.columns if column_measure(c) == "share"]
        if not shares:
            continue
        bases = [c for c in table.columns if c.additive and column_measure(c) is not None
                 and column_measure(c) not in ("share", "rate", "change", "average")]
        if any(c.additive and c.role != "label" and column_measure(c) != "count"
               for c in table.columns if c not in bases):
            # (等级 | 项目数（个） | 资金（万元） | 资金占比: a share beside counts and amounts
            # is of which? Not of the counts for sure)
            bases = [c for c in bases if column_measure(c) != "count"]
        wholes, top = _wholes(table)
        for row in table.rows:
            for column in shares:
                cell = row.cells.get(column.id)
                if cell is None or cell.quantity is None:
                    continue
                share = Member("share", column.label, table.cell_location(row, column),
                               normalise("share", cell.quantity))
                candidates = []
                for whole_row in wholes.get(row.id, ()):
                    if whole_row is top and not _whole_is_table(whole_row, column):
                        continue
                    for base in bases:
                        part = _cell_member(table, row, base)
                        whole = _cell_member(table, whole_row, base)
                        if part is not None and whole is not None:
                            candidates.append((part, whole))
                if candidates:
                    yield ShareCase(f"{table.title}：{row.label} / {column.label}", share,
                                    tuple(candidates))


def _wholes(table: Table) -> tuple[dict[str, list[Row]], Row | None]:
    """What each row may be a share of: the totals above it, or itself when it is the top.

    A share under a subtotal may be of the subtotal or of the grand total; both are
    tried, and a share is wrong only when it fits none. Also returns the grand total.
    """
    parent: dict[str, Row] = {}
    for row in table.rows:
        for child in covered_rows(table, row):
            parent.setdefault(child.id, row)
    tops = [r for r in table.rows if r.role == "total" and r.id not in parent]
    top = tops[0] if len(tops) == 1 else None
    wholes: dict[str, list[Row]] = {}
    for row in table.rows:
        chain: list[Row] = []
        current = row
        while current.id in parent and parent[current.id] not in chain:
            current = parent[current.id]
            chain.append(current)
        if not chain and row.role in TOTAL_ROLES:
            chain.append(row)
        if top is not None and top not in chain:
            chain.append(top)
        wholes[row.id] = chain
    return wholes, top


def _whole_is_table(whole_row: Row, column: Column) -> bool:
    """Shares are of the table's total only if that total's own share is 100 % or blank.

    A total row showing, say, 34.5 % tells that the column is a share of something
    outside the table (占本部门项目支出总额的比例), which the table cannot check.
    """
    cell = whole_row.cells.get(column.id)
    quantity = normalise("share", cell.quantity) if cell is not None else None
    if quantity is None:
        return True
    return quantity.base_interval().meets(Interval.point(Decimal(1)))


def _cell_member(table: Table, row: Row, column: Column) -> Member | None:
    quantity = _quantity(row, column)
    if quantity is None:
        return None
    return Member(column_measure(column) or "other", f"{row.label} / {column.label}",
                  table.cell_location(row, column), quantity)


def _fact_shares(groups: Sequence[MeasureGroup]) -> Iterator[ShareCase]:
    facts = {(g.concept, g.period): g for g in groups if g.concept}
    for group in facts.values():
        parent_concept = (group.concept or "").rpartition(".")[0]
        parent = facts.get((parent_concept, group.period)) if parent_concept else None
        if parent is None:
            continue
        for share in group.all("share"):
            if share.quantity is None:
                continue
            candidates = []
            for measure in CURRENT_MEASURES:
                part = group.number(measure, share)
                whole = parent.number(measure, share)
                if part is not None and whole is not None:
                    candidates.append((part, whole))
            if candidates:
                yield ShareCase(share.label, share, tuple(candidates))
