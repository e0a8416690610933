"""What an expression sees: the report, the item its scope is at, and how names resolve.

References never touch Python objects directly: each documented form
(``row.得分``, ``fact.value``, ``cell(...)``) is answered here from the
Report model, as a language value that carries its location, so a finding
can point at the cell or fact that failed.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any, TypeAlias

from crossfoot.analysis.measures import CellAt
from crossfoot.model.places import Location
from crossfoot.model.records import Record
from crossfoot.model.report import Column, Fact, Paragraph, Report, Row, Table
from crossfoot.model.table_tree import covered_rows, is_total_row
from crossfoot.packs.budgets import StepBudget
from crossfoot.packs.names import (
    Synonyms,
    column_labels,
    find_column,
    find_row,
    matching_tables,
    normalise,
    row_labels,
)
from crossfoot.packs.values import NULL, ListV, Null, Num, Text, Value, exact, from_quantity

META_FIELDS = ("title", "organization", "kind", "fiscal_year", "interim", "excerpt", "plain_text",
               "report_date", "language", "unit", "region", "source")
TABLE_FIELDS = ("id", "title", "unit")
ROW_FIELDS = ("id", "label", "level", "role")
#: the fields of a row that are not its cells
ROW_RESERVED = frozenset(ROW_FIELDS)
FACT_FIELDS = ("id", "concept", "label", "measure", "value", "unit", "period", "qualifier")
PARAGRAPH_FIELDS = ("id", "text", "section")
CLAIM_FIELDS = ("kind", "coverage", "value", "label", "subject", "measure", "parts", "count",
                "grade", "sign")
TEXT_ROLES = frozenset({"label", "text"})
#: the only fields a reference may name; row fields are column names (None: any)
FIELDS: dict[str, tuple[str, ...] | None] = {
    "meta": META_FIELDS, "table": TABLE_FIELDS, "row": None, "fact": FACT_FIELDS,
    "paragraph": PARAGRAPH_FIELDS, "claim": CLAIM_FIELDS}


class Item(Record):
    """Where a scope is: the whole report, a table, a row of it, a fact or a paragraph."""

    kind: str
    location: Location
    table: Table | None = None
    row: Row | None = None
    fact: Fact | None = None
    paragraph: Paragraph | None = None
    claim: Any = None  # a claim read from the narrative (crossfoot.analysis)


REPORT_ITEM = Item("report", Location(pointer="", anchor="report", label="report"))


#: facts' places in ``Report.facts`` by a name: the place itself for a name one fact has,
#: an array of machine ints only for a name several share (an (index, fact) pair per entry
#: was 1.5 MiB at 10,000 facts, a list per name 2 MiB, a list of int objects 0.3 MiB)
FactIndex: TypeAlias = "dict[str, int | array[int]]"
LookupKey = tuple[str, str | None, str | None, str | None]


class Resolved:
    """Names resolved on one report for one pack: every rule of the pack asks for the same
    columns, cells and figures, so each is looked up once (the first asker pays the steps).

    ``Resolved`` and ``Env`` are plain classes: a dataclass costs every start its
    definition (see ``crossfoot.model.records``), and nothing compares or prints them.
    """

    __slots__ = ("cells", "column_labels", "columns", "fact_index", "lookups", "row_fields",
                 "row_items", "row_labels", "scopes")

    def __init__(self, columns: dict[tuple[str, str], Column | None] | None = None,
                 cells: dict[tuple[str, str, str], Value] | None = None,
                 row_fields: dict[tuple[int, str], Value] | None = None,
                 lookups: dict[LookupKey, Value] | None = None,
                 fact_index: FactIndex | None = None) -> None:
        self.columns = {} if columns is None else columns
        self.cells = {} if cells is None else cells
        #: ``row.<name>`` answers by the row object's id (rows live as long as the report)
        self.row_fields = {} if row_fields is None else row_fields
        #: lookup(name, col, measure, source) answers
        self.lookups = {} if lookups is None else lookups
        #: the report's facts by id or concept, and by normalised label, with their positions
        self.fact_index = fact_index
        #: each table's rows by normalised label (the first row of each), by table id
        self.row_labels: dict[str, dict[str, int]] = {}
        #: each table's column labels, normalised, by table id
        self.column_labels: dict[str, tuple[str, ...]] = {}
        #: the row scopes' item of each row, by the row object's id (``scopes.items``)
        self.row_items: dict[int, Item] = {}
        #: a table, row or fact scope's items, with the steps its walk charges
        #: (``scopes.shared_items``)
        self.scopes: dict[Any, tuple[list[Item], list[int]]] = {}


class Env:
    """One evaluation: the report, the pack's settings and the current item."""

    __slots__ = ("_narrative", "analysis", "budget", "grade_scale", "item", "plugins",
                 "report", "resolved", "settings", "synonyms")

    def __init__(self, report: Report, synonyms: Synonyms | None = None,
                 grade_scale: tuple[tuple[str, Decimal], ...] = (),
                 settings: Mapping[str, Any] | None = None, budget: StepBudget | None = None,
                 plugins: Mapping[str, Callable[..., Any]] | None = None,
                 item: Item = REPORT_ITEM, resolved: Resolved | None = None,
                 analysis: Callable[[], Sequence[Any]] | None = None,
                 _narrative: list[Narrative] | None = None) -> None:
        self.report = report
        self.synonyms = Synonyms() if synonyms is None else synonyms
        self.grade_scale = grade_scale
        self.settings: Mapping[str, Any] = {} if settings is None else settings
        self.budget = StepBudget() if budget is None else budget
        self.plugins: Mapping[str, Callable[..., Any]] = {} if plugins is None else plugins
        self.item = item
        self.resolved = Resolved() if resolved is None else resolved
        #: what the analyzers read from the narrative, computed on first use
        self.analysis = analysis
        self._narrative: list[Narrative] = [] if _narrative is None else _narrative

    def at(self, item: Item) -> Env:
        """The same environment at another item (caches shared)."""
        return Env(self.report, self.synonyms, self.grade_scale, self.settings, self.budget,
                   self.plugins, item, self.resolved, self.analysis, self._narrative)

    # -- columns, rows, cells ------------------------------------------------

    def column(self, table: Table, name: str) -> Column | None:
        key = (table.id, name)
        columns = self.resolved.columns
        if key not in columns:
            self.budget.spend(len(table.columns))
            labels = self.resolved.column_labels.get(table.id)
            if labels is None:
                labels = self.resolved.column_labels[table.id] = column_labels(table)
            columns[key] = find_column(table, name, self.synonyms, labels)
        return columns[key]

    def cell(self, table: Table, row: Row, column: Column) -> Value:
        key = (table.id, row.id, column.id)
        cells = self.resolved.cells
        value = cells.get(key)
        if value is None:
            value = cells[key] = _cell_value(table, row, column)
        return value

    def row_field(self, table: Table, row: Row, name: str) -> Value:
        """``row.<name>``: a reserved field or the cell of the column ``name`` names,
        resolved once per row for every rule of the pack."""
        key = (id(row), name)
        fields = self.resolved.row_fields
        value = fields.get(key)
        if value is None:
            value = fields[key] = self._row_field(table, row, name)
        return value

    def _row_field(self, table: Table, row: Row, name: str) -> Value:
        if name == "label":
            return Text(row.label, table.row_location(row))
        if name == "id":
            return Text(row.id, table.row_location(row))
        if name == "level":
            return exact(row.level)
        if name == "role":
            return Text(row_role(table, row), table.row_location(row))
        return self.column_field(table, row, self.column(table, name))

    def column_field(self, table: Table, row: Row, column: Column | None) -> Value:
        """``row.<name>`` of a name that is no reserved field, its column found already."""
        return NULL if column is None else self.cell(table, row, column)

    def tables(self, patterns: tuple[str, ...] | None) -> list[Table]:
        """Tables named by patterns; by default the current one, else every table."""
        if patterns:
            self.budget.spend(len(self.report.tables))
            return matching_tables(patterns, self.report.tables)
        if self.item.table is not None:
            return [self.item.table]
        return list(self.report.tables)

    def find_cell(self, patterns: tuple[str, ...] | None, row_name: str, col_name: str) -> Value:
        for table in self.tables(patterns):
            self.budget.spend(len(table.rows))
            row = self.find_row(table, row_name)
            column = self.column(table, col_name)
            if row is not None and column is not None:
                return self.cell(table, row, column)
        return NULL

    def find_row(self, table: Table, name: str) -> Row | None:
        """``names.find_row``, each table's labels normalised once per report."""
        labels = self.resolved.row_labels.get(table.id)
        if labels is None:
            labels = self.resolved.row_labels[table.id] = row_labels(table)
        return find_row(table, name, self.synonyms, labels)

    def rows(self, table: Table, level: int | None = None, role: str | None = None,
             under: str | None = None) -> Iterator[Row]:
        self.budget.spend(len(table.rows))
        parents = ancestors(table) if under else {}
        wanted = normalise(under) if under else ""
        for row in table.rows:
            if level is not None and row.level != level:
                continue
            if role is not None and row_role(table, row) != role:
                continue
            if under and not any(wanted in normalise(a.label) for a in parents.get(row.id, ())):
                continue
            yield row

    def children(self, table: Table, row: Row) -> list[Row]:
        self.budget.spend(len(table.rows))
        return child_rows(table, row)

    def narrative(self) -> Narrative:
        """The narrative's figures and claims (empty when no analyzer is loaded)."""
        if not self._narrative:
            items = self.analysis() if self.analysis is not None else ()
            self.budget.spend(1 + len(items))
            self._narrative.append(Narrative(self.report, items))
        return self._narrative[0]

    # -- facts and labels ------------------------------------------------------

    def fact_value(self, fact: Fact) -> Value:
        if fact.quantity is not None:
            return from_quantity(fact.quantity, fact.location())
        if fact.text is not None:
            return Text(fact.text, fact.location())
        return Null(fact.location())

    def fact(self, key: str) -> Fact | None:
        self.budget.spend(len(self.report.facts))
        facts = self.report.facts
        return next((f for f in facts if f.id == key), None) or next(
            (f for f in facts if f.concept == key), None)

    def lookup(self, name: str, col: str | None = None, measure: str | None = None,
               source: str | None = None) -> Value:
        """A figure named ``name`` anywhere: a fact (id, concept, label), else a table row;
        ``source`` 'fact' or 'table' looks in that one place only."""
        key = (name, col, measure, source)
        found = self.resolved.lookups.get(key)
        if found is None:
            found = self.resolved.lookups[key] = self._lookup(name, col, measure, source)
        return found

    def _lookup(self, name: str, col: str | None, measure: str | None,
                source: str | None) -> Value:
        variants = self.synonyms.variants(name)
        self.budget.spend(len(self.report.facts) + len(self.report.tables))
        if source != "table":  # a table's row only: the facts' index is not built for it
            by_label = self._fact_index()
            facts = self.report.facts
            candidates = [*(i for i, fact in enumerate(facts)
                            if name in (fact.id, fact.concept or fact.id)),
                          *(found for v in variants for found in _places(by_label, v))]
            first = min((i for i in candidates
                         if measure is None or facts[i].measure == measure), default=None)
            if first is not None:
                return self.fact_value(facts[first])
        if source == "fact":
            return NULL
        for table in self.report.tables:
            self.budget.spend(len(table.rows))
            row = self.find_row(table, name)
            if row is None:
                continue
            value = self._row_figure(table, row, col, measure)
            if not isinstance(value, Null):
                return value
        return NULL

    def _fact_index(self) -> FactIndex:
        """Facts by normalised label, built once per report. An id or a concept is looked
        for by a scan of the facts (each name once: ``lookups``): an index of them was two
        entries per fact, 0.5 MiB at 1 MB of text, at the rules' peak."""
        if self.resolved.fact_index is None:
            by_label: FactIndex = {}
            for index, fact in enumerate(self.report.facts):
                if fact.label:
                    _place(by_label, normalise(fact.label), index)
            self.resolved.fact_index = by_label
        return self.resolved.fact_index

    def _row_figure(self, table: Table, row: Row, col: str | None, measure: str | None) -> Value:
        if col is not None:
            column = self.column(table, col)
            return self.cell(table, row, column) if column else NULL
        for column in table.columns:
            if measure is not None and column.role != measure:
                continue
            if column.role in TEXT_ROLES:
                continue
            value = self.cell(table, row, column)
            if isinstance(value, Num):
                return value
        return NULL


def _place(index: FactIndex, key: str, place: int) -> None:
    """Add a fact's place under ``key``."""
    held = index.get(key)
    if held is None:
        index[key] = place
    elif isinstance(held, int):
        index[key] = array("q", (held, place))
    else:
        held.append(place)


def _places(index: FactIndex, key: str) -> Sequence[int]:
    """The places of the facts under ``key``, in order."""
    held = index.get(key, ())
    return (held,) if isinstance(held, int) else held


def _cell_value(table: Table, row: Row, column: Column) -> Value:
    location = CellAt(table, row, column)  # its place is built only for a finding
    cell = row.cells.get(column.id)
    if cell is None or cell.empty:
        return Null(location)
    if cell.quantity is not None:
        return from_quantity(cell.quantity, location)
    return Text(cell.text or "", location)


class Narrative:
    """The figures and claims the analyzers read from the paragraphs, as language values.

    Items are duck-typed: figures have ``id``, ``paragraph``, ``start``, ``end``,
    ``label``, ``subject``, ``measure`` and a ``quantity`` or a ``grade``;
    claims have ``kind``, ``figures`` (ids), ``coverage`` and ``sign``.
    """

    def __init__(self, report: Report, items: Sequence[Any]) -> None:
        self.paragraphs = {p.id: p for p in report.iter_paragraphs()}
        self.figures = {i.id: i for i in items if hasattr(i, "paragraph")}
        self.claims = [i for i in items if hasattr(i, "kind") and hasattr(i, "figures")]

    def location(self, figure: Any) -> Location | None:
        paragraph = self.paragraphs.get(getattr(figure, "paragraph", ""))
        if paragraph is None:
            return None
        return paragraph.location(figure.start, figure.end)

    def value(self, figure: Any) -> Value:
        loc = self.location(figure)
        if getattr(figure, "grade", None):
            return Text(figure.grade, loc)
        if getattr(figure, "quantity", None) is not None:
            return from_quantity(figure.quantity, loc)
        return Null(loc)

    def claim_field(self, claim: Any, name: str) -> Value:
        figures = [self.figures[f] for f in claim.figures if f in self.figures]
        first = figures[0] if figures else None
        if name == "kind":
            return Text(claim.kind)
        if name == "coverage":
            return Text(claim.coverage) if claim.coverage else NULL
        if name == "count":
            return exact(len(figures))
        if name == "sign":
            return exact(claim.sign) if isinstance(claim.sign, int) else NULL
        if name == "parts":
            return ListV(tuple(self.value(f) for f in figures[1:]))
        if name == "grade":
            graded = next((f for f in figures if getattr(f, "grade", None)), None)
            return self.value(graded) if graded is not None else NULL
        if first is None:
            return NULL
        if name == "value":
            return self.value(first)
        text = getattr(first, name, "")
        return Text(text, self.location(first)) if text else NULL


def row_role(table: Table, row: Row) -> str:
    """The row's role, declared or (in a table without roles) read off its label."""
    if row.role:
        return row.role
    if is_total_row(table, row):
        return "subtotal" if "小计" in row.label else "total"
    return "item"


def child_rows(table: Table, row: Row) -> list[Row]:
    """The rows ``row`` adds up: declared or by role (table_tree), else the deeper block below."""
    covered = covered_rows(table, row)
    if covered:
        return covered
    rows = list(table.rows)
    block: list[Row] = []
    for later in rows[rows.index(row) + 1:]:
        if later.level <= row.level:
            break
        block.append(later)
    if not block:
        return []
    top = min(r.level for r in block)
    return [r for r in block if r.level == top]


def ancestors(table: Table) -> dict[str, tuple[Row, ...]]:
    """For each row, the rows above it at shallower levels (its 一级 / 二级 headings)."""
    out: dict[str, tuple[Row, ...]] = {}
    chain: list[Row] = []
    for row in table.rows:
        while chain and chain[-1].level >= row.level:
            chain.pop()
        out[row.id] = tuple(chain)
        chain.append(row)
    return out
