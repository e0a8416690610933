"""The Report model: validated, immutable, with a JSON pointer on every part.

Built once by the loader from JSON that passed the schema; rules read it and
never change it. Every number is a ``Quantity`` (Decimal inside).

The parts a report has few of are ``Record``s, which cost a start almost
nothing to define; those it has hundreds of (cells, rows, paragraphs, facts,
their sources and references) stay dataclasses, whose generated constructors
are two to three times faster than a record's.
"""

from __future__ import annotations

import copyreg
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from operator import itemgetter
from types import MappingProxyType
from typing import Any, ClassVar

from crossfoot.model.places import Location
from crossfoot.model.quantity import Quantity, format_value
from crossfoot.model.records import Record, factory
from crossfoot.model.runs import Run, Runs, pack, pack_place, unpack, unpack_place
from crossfoot.model.runs import place as run_place

DECIMAL_TEXT = re.compile(r"^[+-]?[0-9]+(\.[0-9]+)?$")
NON_ADDITIVE_ROLES = frozenset({"label", "text", "rate", "share", "change", "grade", "target",
                                "result", "weight_text"})
#: a run's or a place's starting offset, by which a paragraph's runs are searched
_first = itemgetter(0)


#: the kind of an ``analysis.notes`` entry that says a narrative reader failed: its claims
#: are left out and the rest was read (reported as CF001, the other notes as CF003)
READER_FAILED = "internal-error"


class Meta(Record):
    title: str
    organization: str | None = None
    kind: str | None = None
    fiscal_year: int | None = None
    #: a report on part of the year (上半年): it may be dated within it
    interim: bool = False
    #: a text that may start in the middle of a report (no title): 三、 may be its first heading
    excerpt: bool = False
    #: read from a plain-text copy: its tables may have lost columns and cells on the way
    plain_text: bool = False
    report_date: str | None = None
    language: str = "zh"
    unit: str | None = None
    region: str | None = None
    source: str | None = None


class Paragraph(Record):
    id: str
    text: str
    #: the pointer of its section, and its index among the section's paragraphs: its own
    #: pointer is made when asked (a string per paragraph kept through the rules)
    section_pointer: str
    index: int
    section_id: str
    #: (offset in text, line, column) where each run of file characters begins (imported
    #: text), packed (``runs.pack``): read them as ``origin``
    runs: Runs = ()
    #: (offset in text, place) where each run read from one place begins (PDF, Word, Excel)
    places: tuple[tuple[int, str], ...] = ()

    @property
    def pointer(self) -> str:
        return f"{self.section_pointer}/paragraphs/{self.index}"

    @property
    def origin(self) -> tuple[Run, ...]:
        """(offset in text, line, column) where each run of file characters begins."""
        return unpack(self.runs)

    def where(self, offset: int | None) -> str | None:
        """The place in the original document of the character at ``offset``, if known."""
        if not self.places:
            return None
        at = 0 if offset is None else offset
        # searched in place by each run's offset (no list of the offsets made per ask)
        return self.places[max(bisect_right(self.places, at, key=_first) - 1, 0)][1]

    def place(self, offset: int | None) -> tuple[int | None, int | None]:
        """Line and column in the imported file of the character at ``offset``, if known."""
        if offset is None or not self.runs:
            return None, None
        return run_place(self.runs, offset)

    def location(self, start: int | None = None, end: int | None = None) -> Location:
        quote = self.text[start:end] if start is not None and end is not None else None
        line, column = self.place(start)
        return Location(pointer=self.pointer + "/text", anchor=f"paragraph:{self.id}",
                        label=f"段落 {self.id}", section=self.section_id, paragraph=self.id,
                        start=start, end=end, quote=quote, line=line, column=column,
                        place=self.where(start))


class Section(Record):
    id: str
    number: str | None
    title: str
    paragraphs: tuple[Paragraph, ...]
    sections: tuple[Section, ...]
    pointer: str
    depth: int
    parent_id: str | None
    #: line and column of the heading in the imported file, for a report read from text,
    #: packed in one int (``runs.pack_place``): read them as ``origin``
    at: int | tuple[int, int] | None = None
    #: where the heading was read in the original document (PDF, Word, Excel)
    place: str | None = None

    @property
    def origin(self) -> tuple[int, int] | None:
        """Line and column of the heading in the imported file, if the importer said."""
        return unpack_place(self.at)

    @property
    def heading(self) -> str:
        """The heading as printed (四、偏离…), so a quote matches the page."""
        from crossfoot.model.numbering import printed_heading

        return printed_heading(self.number, self.title)

    def location(self) -> Location:
        """The heading; in a report read from text, at its line (when the importer says it)."""
        line, column = self.origin or (None, None)
        return Location(pointer=self.pointer, anchor=f"section:{self.id}",
                        label=self.heading, section=self.id, quote=self.heading,
                        line=line, column=column, place=self.place)


class Column(Record):
    id: str
    label: str
    unit: str | None
    role: str | None
    additive: bool


class Cell(Record):
    """One cell: a quantity, a piece of text, or empty (both None)."""

    quantity: Quantity | None
    text: str | None
    concept: str | None
    period: str | None
    pointer: str
    #: line and column in the imported file, for a table read from text
    origin: tuple[int, int] | None = None
    #: where it was read in the original document (``Sheet1!C7``)
    place: str | None = None

    @property
    def empty(self) -> bool:
        return self.quantity is None and not (self.text or "").strip()


class Row(Record):
    id: str
    label: str
    level: int
    role: str | None
    sum_of: tuple[str, ...] | None
    coverage: str | None
    cells: Mapping[str, Cell]
    pointer: str
    #: where the row's label was read in the original document
    place: str | None = None


class ColumnSum(Record):
    total: str
    parts: tuple[str, ...]
    weights: tuple[int, ...]


class Table(Record):
    _hidden: ClassVar[tuple[str, ...]] = ("_places", "_row_places")

    id: str
    title: str
    unit: str | None
    section: str | None
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    column_sums: tuple[ColumnSum, ...]
    pointer: str
    #: line and column of the title in the imported file, for a table read from text
    origin: tuple[int, int] | None = None
    #: cell places built so far, by the row and column objects (many rules ask for each)
    _places: dict[tuple[int, int], tuple[Row, Column, Location]] = factory(dict)
    #: row places built so far, by the row object
    _row_places: dict[int, tuple[Row, Location]] = factory(dict)

    def column(self, column_id: str) -> Column | None:
        return next((c for c in self.columns if c.id == column_id), None)

    def forget_places(self) -> None:
        """Let the cell and row places built so far go: the rules of one family ask for
        the same places, the next family builds what it asks for (at 1 MB of text, 1.9 MiB
        kept from the packs' family through all the later ones)."""
        self._places.clear()
        self._row_places.clear()

    def row(self, row_id: str) -> Row | None:
        return next((r for r in self.rows if r.id == row_id), None)

    def cell(self, row: Row, column: Column) -> Cell | None:
        return row.cells.get(column.id)

    def cell_location(self, row: Row, column: Column) -> Location:
        """The cell's place, built once per row and column (kept with the table)."""
        key = (id(row), id(column))
        known = self._places.get(key)
        if known is not None and known[0] is row and known[1] is column:
            return known[2]
        location = self._cell_location(row, column)
        self._places[key] = (row, column, location)
        return location

    def _cell_location(self, row: Row, column: Column) -> Location:
        # positional: (pointer, anchor, label, section, paragraph, start, end, quote, line,
        # column, place); every table cell's place is built once per report, most by packs
        cell = row.cells.get(column.id)
        anchor = f"table:{self.id}/row:{row.id}/col:{column.id}"
        label = f"{self.title}：{row.label} / {column.label}"
        if cell is None:  # a blank cell: its table's line
            line, column_number = self.origin or (None, None)
            return Location(f"{row.pointer}/cells/{column.id}", anchor, label, None, None, None,
                            None, None, line, column_number, None)
        quantity, origin, place = cell.quantity, cell.origin, cell.place
        quote = None
        if quantity is not None:
            # a cell read from text is quoted as the file prints it: its digits, no unit
            quote = format_value(quantity.value) if origin or place \
                else format_value(quantity.value) + quantity.unit
        line, column_number = origin or (None, None)
        if quote is None and line is None:
            line, column_number = self.origin or (None, None)
        return Location(cell.pointer, anchor, label, None, None, None, None, quote, line,
                        column_number, place)

    def location(self, suffix: str = "", quote: str | None = None) -> Location:
        """The table (``/title`` with ``suffix``); read from text, at its title's line."""
        line, column = self.origin or (None, None)
        return Location(pointer=self.pointer + suffix, anchor=f"table:{self.id}{suffix}",
                        label=self.title, quote=quote, line=line, column=column)

    def row_location(self, row: Row) -> Location:
        """The row's place, built once per row (kept with the table)."""
        known = self._row_places.get(id(row))
        if known is not None and known[0] is row:
            return known[1]
        location = self._row_location(row)
        self._row_places[id(row)] = (row, location)
        return location

    def _row_location(self, row: Row) -> Location:
        """The row; in a table read from text, where its label cell is."""
        line, column = next((c.origin for c in row.cells.values()
                             if c.origin and c.text == row.label), (None, None))
        return Location(pointer=row.pointer, anchor=f"table:{self.id}/row:{row.id}",
                        label=f"{self.title}：{row.label}", quote=row.label, line=line,
                        column=column, place=row.place)


class Source(Record):
    """Where a fact or claim is stated. A source in a paragraph of the report reads its
    line, column and place (and its quote, when that is the paragraph's text from start
    to end) from the paragraph when asked: a quote and a line number held per fact were
    1.2 MiB through the rules of a 1 MB text."""

    _hidden: ClassVar[tuple[str, ...]] = ("of",)

    pointer: str | None = None
    section: str | None = None
    paragraph: str | None = None
    start: int | None = None
    end: int | None = None
    #: the quote as given, unless it is the paragraph's own text from start to end (``cut``)
    given: str | None = None
    #: the quote is ``of``'s text from ``start`` to ``end``
    cut: bool = False
    #: the paragraph it is in, if the report has it
    of: Paragraph | None = None

    @property
    def quote(self) -> str | None:
        if self.cut and self.of is not None:
            return self.of.text[self.start:self.end]
        return self.given

    @property
    def line(self) -> int | None:
        """In the imported file, from the paragraph's origin."""
        return self.of.place(self.start)[0] if self.of is not None else None

    @property
    def column(self) -> int | None:
        return self.of.place(self.start)[1] if self.of is not None else None

    @property
    def place(self) -> str | None:
        """In the original document, from the paragraph's places."""
        return self.of.where(self.start) if self.of is not None else None


class Fact(Record):
    id: str
    concept: str | None
    label: str | None
    measure: str | None
    quantity: Quantity | None
    text: str | None
    unit: str | None
    period: str | None
    qualifier: str | None
    source: Source | None
    #: its index in the report's facts (its pointer is made when asked); None when its id
    #: says it (``f1`` is the first: every fact a text's narrative states), an int each less
    index: int | None

    @property
    def pointer(self) -> str:
        return f"/facts/{self.index if self.index is not None else int(self.id[1:]) - 1}"

    @property
    def name(self) -> str:
        return self.label or self.concept or self.id

    def location(self) -> Location:
        src = self.source or Source()
        return Location(pointer=src.pointer or self.pointer, anchor=f"fact:{self.id}",
                        label=self.name, section=src.section, paragraph=src.paragraph,
                        start=src.start, end=src.end, quote=src.quote, line=src.line,
                        column=src.column, place=src.place)


class Ref(Record):
    fact: str | None = None
    table: str | None = None
    row: str | None = None
    col: str | None = None


class Relation(Record):
    id: str
    label: str | None
    total: Ref
    parts: tuple[Ref, ...]
    weights: tuple[int, ...]
    coverage: str
    pointer: str
    #: False when the reading that bound the figures had another possibility (then: info)
    certain: bool = True


class Claim(Record):
    """A relationship other than a sum: a change, a share, a rate, an enumeration.

    ``refs`` names its figures by role (current, change, percent, base for a
    change; value, part, whole for a share or rate; count for an enumeration;
    value and of/0, of/1 … for an average).
    """

    id: str
    kind: str
    refs: Mapping[str, Ref]
    pointer: str
    items: tuple[str, ...] = ()
    readings: tuple[int, ...] = ()
    complete: bool = True
    source: Source | None = None
    certain: bool = True
    #: a change: the year it says it compares with (较 2021 年), if it names one
    base_year: int | None = None

    def location(self) -> Location:
        src = self.source or Source()
        return Location(pointer=src.pointer or self.pointer, anchor=f"claim:{self.id}",
                        label=self.kind, section=src.section, paragraph=src.paragraph,
                        start=src.start, end=src.end, quote=src.quote, line=src.line,
                        column=src.column, place=src.place)


class Waiver(Record):
    rule: str
    reason: str
    pointer: str | None = None
    quote: str | None = None
    by: str | None = None
    date: str | None = None


class Report(Record):
    _hidden: ClassVar[tuple[str, ...]] = ("_flat", "_sections", "_facts", "_tables")

    meta: Meta
    sections: tuple[Section, ...] = ()
    tables: tuple[Table, ...] = ()
    facts: tuple[Fact, ...] = ()
    relations: tuple[Relation, ...] = ()
    waivers: tuple[Waiver, ...] = ()
    path: str = "<report>"
    #: the JSON form less the parts the model holds in full (``MODELLED``): what has no
    #: model (``analysis``, its notes)
    data: Mapping[str, Any] = factory(dict)
    claims: tuple[Claim, ...] = ()
    # indexes built once (by ``__post_init__``): rules look sections, facts and tables up
    # by id many times
    _flat: tuple[Section, ...] = ()
    _sections: Mapping[str, Section] = MappingProxyType({})
    _facts: Mapping[str, Fact] = MappingProxyType({})
    _tables: Mapping[str, Table] = MappingProxyType({})

    def __post_init__(self) -> None:
        flat: list[Section] = []
        stack = list(reversed(self.sections))
        while stack:
            section = stack.pop()
            flat.append(section)
            stack.extend(reversed(section.sections))
        object.__setattr__(self, "_flat", tuple(flat))
        object.__setattr__(self, "_sections", _first_by_id(flat))
        object.__setattr__(self, "_facts", _first_by_id(self.facts))
        object.__setattr__(self, "_tables", _first_by_id(self.tables))

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as its fields, its indexes rebuilt on arrival: a batch worker sends
        the report back to the process that renders it (the HTML report)."""
        return (_report_of, ({name: getattr(self, name) for name in self._shown},))

    def iter_sections(self) -> Iterator[Section]:
        """Every section, depth first, in document order."""
        return iter(self._flat)

    def iter_paragraphs(self) -> Iterator[Paragraph]:
        for section in self.iter_sections():
            yield from section.paragraphs

    def table(self, table_id: str) -> Table | None:
        return self._tables.get(table_id)

    def fact(self, fact_id: str) -> Fact | None:
        return self._facts.get(fact_id)

    def section(self, section_id: str) -> Section | None:
        return self._sections.get(section_id)

    def resolve(self, ref: Ref) -> tuple[Quantity | None, Location, str]:
        """The quantity a reference names, where it is, and what to call it."""
        if ref.fact is not None:
            fact = self.fact(ref.fact)
            if fact is None:
                return None, Location(anchor=f"fact:{ref.fact}"), ref.fact
            return fact.quantity, fact.location(), fact.name
        table = self.table(ref.table or "")
        row = table.row(ref.row or "") if table else None
        column = table.column(ref.col or "") if table else None
        if table is None or row is None or column is None:
            anchor = f"table:{ref.table}/row:{ref.row}/col:{ref.col}"
            return None, Location(anchor=anchor), anchor
        cell = row.cells.get(column.id)
        name = f"{row.label} / {column.label}"
        return (cell.quantity if cell else None), table.cell_location(row, column), name


def _report_of(parts: dict[str, Any]) -> Report:
    return Report(**parts)


def _frozen(items: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    return MappingProxyType(items)


def _pickled_view(view: MappingProxyType[Any, Any]) -> tuple[Any, ...]:
    """A read-only view (cells, references, data) pickles as a copy of what it shows."""
    return (_frozen, (dict(view),))


copyreg.pickle(MappingProxyType, _pickled_view)


def _first_by_id(items: Iterable[Any]) -> dict[str, Any]:
    """Items by id; the first wins, as a linear search would find it."""
    index: dict[str, Any] = {}
    for item in items:
        index.setdefault(item.id, item)
    return index


# ---------------------------------------------------------------------------
# Building the model from validated JSON

#: parts of the JSON form the model holds in full, so ``Report.data`` does not keep them twice
#: (at 100x the seed text, 6 MiB of dicts alive through the whole check; the sections, whose
#: paragraphs the narrative reader reads from the model, 4 MiB more)
MODELLED = frozenset({"sections", "tables", "facts", "relations", "claims"})


def build_sections(sections: Iterable[Mapping[str, Any]]) -> tuple[Section, ...]:
    """The model of a report's sections, from their JSON form (that passed the schema)."""
    return tuple(_section(s, f"/sections/{i}", 0, None) for i, s in enumerate(sections))


def build_report(data: Mapping[str, Any], path: str = "<report>",
                 read: Mapping[str, Quantity] | None = None,
                 handed_over: bool = False,
                 sections: tuple[Section, ...] | None = None) -> Report:
    """The model of a document that already passed the JSON Schema.

    ``read`` maps fact ids to the quantities an importer read those figures as
    (a text's narrative): a fact whose value is exactly one of them keeps that
    very object instead of an equal copy (at 1 MB of text, 2 MiB while the
    model, the import's analysis and the rules are alive together).
    ``handed_over``: the caller has no further use for ``data``'s facts,
    relations and claims, so each one's JSON is let go as soon as its model
    is built (at 1 MB of text the facts' dicts were 5 MiB beside the model).
    ``sections``: the report's sections, built already (``build_sections``) by an
    importer that keeps no JSON form of them (``data`` then has none).
    """
    meta_data = data["meta"]
    meta = Meta(
        title=meta_data["title"],
        organization=meta_data.get("organization"),
        kind=meta_data.get("kind"),
        fiscal_year=meta_data.get("fiscal_year"),
        interim=meta_data.get("interim", False),
        excerpt=meta_data.get("excerpt", False),
        plain_text=meta_data.get("plain_text", False),
        report_date=meta_data.get("report_date"),
        language=meta_data.get("language", "zh"),
        unit=meta_data.get("unit"),
        region=meta_data.get("region"),
        source=meta_data.get("source"),
    )
    if sections is None:
        sections = build_sections(data.get("sections", ()))
    tables = tuple(_table(t, f"/tables/{i}", meta.unit)
                   for i, t in enumerate(data.get("tables", ())))
    paragraphs = {p.id: p for s in sections for p in _paragraphs(s)}
    take = _taken if handed_over else iter
    facts = tuple(_fact(f, i, meta.unit, paragraphs, read or {})
                  for i, f in enumerate(take(data.get("facts", ()))))
    relations = tuple(_relation(r, f"/relations/{i}")
                      for i, r in enumerate(take(data.get("relations", ()))))
    waivers = tuple(Waiver(rule=w["rule"], reason=w["reason"], pointer=w.get("pointer"),
                           quote=w.get("quote"), by=w.get("by"), date=w.get("date"))
                    for w in data.get("waivers", ()))
    claims = tuple(_claim(c, f"/claims/{i}", paragraphs)
                   for i, c in enumerate(take(data.get("claims", ()))))
    return Report(meta, sections, tables, facts, relations, waivers, path,
                  MappingProxyType({k: v for k, v in data.items() if k not in MODELLED}),
                  claims)


def _taken(items: Any) -> Iterator[Any]:
    """The items of a list handed over, each let go of by the list as it is taken."""
    if not isinstance(items, list):
        yield from items
        return
    for index, item in enumerate(items):
        items[index] = None
        yield item


def _section(data: Mapping[str, Any], pointer: str, depth: int, parent: str | None) -> Section:
    paragraphs = tuple(Paragraph(p["id"], p["text"], pointer, i, data["id"],
                                 pack(p.get("origin", ())),
                                 tuple((r[0], r[1]) for r in p.get("places", ())))
                       for i, p in enumerate(data.get("paragraphs", ())))
    children = tuple(_section(s, f"{pointer}/sections/{i}", depth + 1, data["id"])
                     for i, s in enumerate(data.get("sections", ())))
    origin = _origin(data)
    return Section(data["id"], data.get("number"), data["title"], paragraphs, children,
                   pointer, depth, parent, None if origin is None else pack_place(*origin),
                   data.get("place"))


def _origin(data: Mapping[str, Any]) -> tuple[int, int] | None:
    """``[line, column]`` of a heading or title in the imported file, if the importer gave it."""
    origin = data.get("origin")
    return (int(origin[0]), int(origin[1])) if origin else None


def _table(data: Mapping[str, Any], pointer: str, default_unit: str | None) -> Table:
    table_unit = data.get("unit", default_unit)
    columns = tuple(
        Column(c["id"], c["label"], c.get("unit", table_unit), c.get("role"),
               c.get("additive", c.get("role") not in NON_ADDITIVE_ROLES
                     and c.get("unit") not in ("%", "‰")))
        for c in data["columns"]
    )
    units = {c.id: c.unit for c in columns}
    rows = tuple(_row(r, f"{pointer}/rows/{i}", units) for i, r in enumerate(data["rows"]))
    sums = tuple(ColumnSum(s["total"], tuple(s["parts"]),
                           tuple(s.get("weights", [1] * len(s["parts"]))))
                 for s in data.get("column_sums", ()))
    return Table(data["id"], data["title"], table_unit, data.get("section"), columns, rows,
                 sums, pointer, _origin(data))


def _row(data: Mapping[str, Any], pointer: str, units: Mapping[str, str | None]) -> Row:
    cells = {key: _cell(value, f"{pointer}/cells/{key}", units.get(key))
             for key, value in data.get("cells", {}).items()}
    sum_of = data.get("sum_of")
    return Row(data["id"], data["label"], data.get("level", 0), data.get("role"),
               tuple(sum_of) if sum_of is not None else None, data.get("coverage"),
               MappingProxyType(cells), pointer, data.get("place"))


def _cell(value: Any, pointer: str, unit: str | None) -> Cell:
    concept = period = origin = place = exact = None
    kind = type(value)  # asked in C first: the ABC check is slow, and most cells are bare
    if kind is dict or (kind not in _BARE_VALUES and isinstance(value, Mapping)):
        concept, period = value.get("concept"), value.get("period")
        unit = value.get("unit", unit)
        origin = tuple(value["origin"]) if "origin" in value else None
        place = value.get("place")
        exact = value.get("exact")
        value = value.get("value")
    quantity, text = _number_or_text(value, unit, exact=exact)
    return Cell(quantity, text, concept, period, pointer, origin, place)


#: the types of a cell given as its bare value, not as a mapping with its value inside
_BARE_VALUES = frozenset({str, int, float, bool, Decimal, type(None)})


def _number_or_text(value: Any, unit: str | None, qualifier: str | None = None,
                    exact: bool | None = None) -> tuple[Quantity | None, str | None]:
    if value is None or isinstance(value, bool):
        return None, None
    if isinstance(value, int):
        value = Decimal(value)
    if isinstance(value, Decimal):
        return Quantity.of(value, unit, qualifier=qualifier, exact=exact), None
    text = str(value)
    digits = text.strip()
    if DECIMAL_TEXT.match(digits):  # plain digits: a finite Decimal, no commas to drop
        point = digits.find(".")
        return Quantity.of(Decimal(digits), unit, qualifier=qualifier, exact=exact,
                           decimals=len(digits) - point - 1 if point >= 0 else 0), None
    return None, text


def _paragraphs(section: Section) -> Iterator[Paragraph]:
    yield from section.paragraphs
    for child in section.sections:
        yield from _paragraphs(child)


def _fact(data: Mapping[str, Any], index: int, default_unit: str | None,
          paragraphs: Mapping[str, Paragraph], read: Mapping[str, Quantity]) -> Fact:
    unit = data.get("unit", default_unit)
    qualifier = data.get("qualifier")
    exact = data.get("exact")
    quantity, text = _number_or_text(data["value"], unit, qualifier,
                                     None if exact is None or qualifier else exact)
    if quantity is not None and read:
        quantity = _same(read.get(data["id"]), quantity)
    source = _source(data.get("source"), paragraphs)
    return Fact(data["id"], data.get("concept"), data.get("label"), data.get("measure"),
                quantity, text, unit, data.get("period"), qualifier, source,
                None if data["id"] == f"f{index + 1}" else index)


def _same(held: Quantity | None, built: Quantity) -> Quantity:
    """``held`` if it is ``built`` field for field, down to the printed digits (1.50 is
    not 1.5), else ``built``: a figure read as a negative change is stored negated."""
    if held is not None and held == built and held.value.as_tuple() == built.value.as_tuple():
        return held
    return built


def _source(src: Mapping[str, Any] | None, paragraphs: Mapping[str, Paragraph]
            ) -> Source | None:
    if not src:
        return None
    paragraph = paragraphs.get(src.get("paragraph", ""))
    start, end, quote = src.get("start"), src.get("end"), src.get("quote")
    cut = paragraph is not None and quote is not None and start is not None \
        and end is not None and paragraph.text[start:end] == quote
    return Source(src.get("pointer"), src.get("section"), src.get("paragraph"), start, end,
                  None if cut else quote, cut, paragraph)


def _ref(data: Mapping[str, Any]) -> Ref:
    return Ref(fact=data.get("fact"), table=data.get("table"), row=data.get("row"),
               col=data.get("col"))


def _relation(data: Mapping[str, Any], pointer: str) -> Relation:
    parts = tuple(_ref(p) for p in data["parts"])
    weights = tuple(data.get("weights", [1] * len(parts)))
    return Relation(data["id"], data.get("label"), _ref(data["total"]), parts, weights,
                    data.get("coverage", "complete"), pointer, data.get("certain", True))


#: the roles a claim names figures by
CLAIM_ROLES = ("current", "change", "percent", "base", "alternative", "value", "part", "whole",
               "count")


def _claim(data: Mapping[str, Any], pointer: str, paragraphs: Mapping[str, Paragraph]
           ) -> Claim:
    refs = {name: _ref(data[name]) for name in CLAIM_ROLES if name in data}
    refs.update({f"of/{i}": _ref(ref) for i, ref in enumerate(data.get("of", ()))})
    return Claim(data["id"], data["kind"], MappingProxyType(refs), pointer,
                 tuple(data.get("items", ())), tuple(data.get("readings", ())),
                 data.get("complete", True), _source(data.get("source"), paragraphs),
                 data.get("certain", True), data.get("base_year"))
