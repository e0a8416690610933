"""Word (.docx) reports read with python-docx, in body order.

Paragraphs and tables come in the order the body holds them; a paragraph's
place is its number among the body's paragraphs (``paragraph 12``), a table
cell's its grid position (``table 1, row 3, cell 4``). A merged cell covers
every grid position it spans with one text, so a header group reads over each
of its columns. Automatic numbering of headings and list paragraphs is
written out (``一、``, ``（一）``, ``1.``) as Word prints it, so the outline
reads the same as when the numbers are typed; a heading style (标题 1,
Heading 2, an outline level) makes a heading of a paragraph printed without
a number. A table nested in a cell is a table of its own, placed in that
cell (``table 1, row 2, cell 3, table 1``); the cell keeps its own text.
Text boxes and notes are read by ``word_parts``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from crossfoot.errors import InputError
from crossfoot.importing.documents.layout import GridCell, Layout, Line, SourceTable
from crossfoot.importing.documents.safety import (
    library,
    open_package,
    reason,
)
from crossfoot.importing.load import read_bytes


def read_layout(path: Path, max_bytes: int) -> Layout:
    name = str(path)
    docx = library("docx", name)
    package = open_package(read_bytes(path, max_bytes), name, ".docx")
    try:
        document = docx.Document(package)
    except Exception as exc:  # the library's own errors are many; each is a bad file
        raise InputError(name, f"not a readable Word document: {reason(exc)}") from None
    return _layout(document)


def _layout(document: Any) -> Layout:
    from docx.table import Table

    from crossfoot.importing.documents.numbering import Numbering
    from crossfoot.importing.documents.outline_levels import OutlineLevels
    from crossfoot.importing.documents.word_parts import Notes, text, text_boxes

    layout = Layout()
    numbering = Numbering.of(document)
    levels = OutlineLevels()
    notes = Notes.of(document)
    paragraphs = tables = 0
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            tables += 1
            for rows, place in _tables(item, f"table {tables}"):
                layout.tables.append(SourceTable(rows, len(layout.lines), place))
            _add_notes(layout, notes.referenced(item._tbl))
            continue
        paragraphs += 1
        place = f"paragraph {paragraphs}"
        label = numbering.label(item) + item.text
        if label.strip():
            layout.lines.append(Line(label.strip(), place, level=levels.level(item) or None))
        _add_notes(layout, notes.referenced(item._p))
        for number, box in enumerate(text_boxes(item._p), 1):
            where = f"text box{f' {number}' if number > 1 else ''} in {place}"
            for element in box:
                if text(element).strip():
                    layout.lines.append(Line(text(element).strip(), where))
                _add_notes(layout, notes.referenced(element, in_box=True))
    return layout


def _add_notes(layout: Layout, notes: list[tuple[str, list[str]]]) -> None:
    for place, paragraphs in notes:
        layout.lines.extend(Line(p.strip(), place) for p in paragraphs if p.strip())


def _tables(table: Any, place: str) -> list[tuple[list[list[GridCell]], str]]:
    """The table's grid, then each table nested in its cells (and theirs), in order."""
    found = [(_grid(table, place), place)]
    seen: set[Any] = set()
    for r, row in enumerate(table.rows, 1):
        for c, cell in enumerate(row.cells, 1):
            if cell._tc in seen:
                continue
            seen.add(cell._tc)
            for n, inner in enumerate(cell.tables, 1):
                found.extend(_tables(inner, f"{place}, row {r}, cell {c}, table {n}"))
    return found


def _grid(table: Any, place: str) -> list[list[GridCell]]:
    rows: list[list[GridCell]] = []
    spans: dict[Any, tuple[str, int]] = {}  # keyed by the cell's element: one per merge
    for r, row in enumerate(table.rows, 1):
        cells: list[GridCell] = []
        for c, cell in enumerate(row.cells, 1):
            key = cell._tc
            if key not in spans:
                spans[key] = (f"{place}, row {r}, cell {c}", len(spans) + 1)
            where, span = spans[key]
            cells.append(GridCell(cell.text, where, span))
        rows.append(cells)
    return rows
