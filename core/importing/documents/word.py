"""Word (.docx) reports read with python-docx, in body order.

Paragraphs and tables come in the order the body holds them; a paragraph's
place is its number among the body's paragraphs (``paragraph 12``), a table
cell's its grid position (``table 1, row 3, cell 4``). A merged cell covers
every grid position it spans with one text, so a header group reads over each
of its columns. Automatic numbering of headings and list paragraphs is
written out (``一、``, ``（一）``, ``1.``) as Word prints it, so the outline
reads the same as when the numbers are typed; a heading style (标题 1,
Heading 2, an outline level) makes a heading of a paragraph printed without
a number.
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

    layout = Layout()
    numbering = Numbering.of(document)
    levels = OutlineLevels()
    paragraphs = 0
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            place = f"table {len(layout.tables) + 1}"
            layout.tables.append(SourceTable(_grid(item, place), len(layout.lines), place))
            continue
        paragraphs += 1
        text = numbering.label(item) + item.text
        if text.strip():
            layout.lines.append(Line(text.strip(), f"paragraph {paragraphs}",
                                     level=levels.level(item) or None))
    return layout


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

