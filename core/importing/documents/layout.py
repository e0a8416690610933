"""What a document reader hands on: narrative lines and table grids, each with its place.

A place is said the way the original names it: ``paragraph 12``,
``table 1, row 3, cell 4``, ``text box in paragraph 12`` and ``footnote 2`` in
Word, ``page 2 (x 72, y 310)`` in a PDF, ``Sheet1!C7`` in Excel. The model
carries it so findings can name it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crossfoot.importing.text.tables import Note


@dataclass(frozen=True, slots=True)
class Line:
    """A paragraph (Word) or a printed line (PDF) of the narrative."""

    text: str
    place: str
    #: a paragraph break before this line (Word paragraphs, a PDF page's first line)
    breaks: bool = True
    #: (offset in ``text``, place) where a word after a space starts elsewhere (PDF: its x)
    marks: tuple[tuple[int, str], ...] = ()
    #: the outline level a heading style gives the paragraph (1 = top), else None
    level: int | None = None


@dataclass(frozen=True, slots=True)
class GridCell:
    """One position of a table's grid; a merged cell fills every position it covers."""

    text: str
    place: str
    #: the same id for every position of one merged cell
    span: int = 0


@dataclass
class SourceTable:
    """A table as the document draws it: rows of grid cells, after ``lines_before`` lines."""

    rows: list[list[GridCell]]
    lines_before: int
    place: str
    title: str = ""


@dataclass
class Layout:
    lines: list[Line] = field(default_factory=list)
    tables: list[SourceTable] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
