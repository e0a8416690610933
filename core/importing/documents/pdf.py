"""PDF reports read with pdfplumber: text lines in reading order and ruled tables.

Tables are the ruled grids pdfplumber's table finder draws from the page's
lines; a cell spanning several grid positions (a merged header) fills each
of them. The narrative is the page's text outside its tables, line by line
(the text reader re-joins wrapped lines). A table that ends a page and one
with as many columns that opens the next are one table broken by the page;
a header repeated on the new page is dropped. A page with images but no text
layer (a scan) is said as not read, never skipped silently. A line in the
top or bottom margin that repeats on half the pages or more (a running
header, 第 3 页) is not narrative. Places are
``page 2 (x 72, y 310)``: the page and the top left of the cell, or of the
word (between spaces) of the line where the text in question begins, in
points from the page's top left. A heading printed without a number gets
its outline level from its font (``font_headings``).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from crossfoot.errors import InputError
from crossfoot.importing.documents import font_headings
from crossfoot.importing.documents.layout import GridCell, Layout, Line, SourceTable
from crossfoot.importing.documents.safety import (
    library,
    reason,
    what_it_is,
)
from crossfoot.importing.load import read_bytes
from crossfoot.importing.text.reflow import PAGE_NUMBER
from crossfoot.importing.text.tables import Note

#: the most pages read; a longer file is refused rather than half read
MAX_PAGES = 2000
#: the share of a page's height at its top and bottom where running headers stand
MARGIN = 0.08
MIN_RUNNING_PAGES = 2
_DIGITS = re.compile(r"[0-9]+")


def read_layout(path: Path, max_bytes: int) -> Layout:
    name = str(path)
    pdfplumber = library("pdfplumber", name)
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    data = read_bytes(path, max_bytes)
    if what_it_is(data) != "a PDF":
        raise InputError(name, f"not a PDF: the file is {what_it_is(data) or 'not a PDF'}")
    import io

    try:
        with pdfplumber.open(io.BytesIO(data)) as document:
            if len(document.pages) > MAX_PAGES:
                raise InputError(name, f"has {len(document.pages)} pages, over the limit of "
                                       f"{MAX_PAGES}")
            return _layout(document)
    except InputError:
        raise
    except Exception as exc:  # pdfminer's errors are many; each is a bad file
        cause = _cause(exc)
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise InputError(name, "encrypted PDF: it needs a password to open; "
                                   "save an unencrypted copy") from None
        raise InputError(name, f"not a readable PDF: {reason(cause)}") from None


def _cause(exc: Exception) -> Exception:
    """pdfplumber wraps pdfminer's error (PdfminerException): the error itself."""
    inner = exc.__cause__ or (exc.args[0] if exc.args else None)
    return inner if isinstance(inner, Exception) else exc


def _layout(document: Any) -> Layout:
    layout = Layout()
    pages = []
    for number, page in enumerate(document.pages, 1):
        if not page.chars:
            if page.images:
                layout.notes.append(_scanned(number))
            continue
        found = page.find_tables()
        boxes = [t.bbox for t in found]
        items: list[tuple[float, Any]] = [(t.bbox[1], t) for t in found]
        text = page.filter(lambda obj, boxes=boxes: not _inside(obj, boxes))
        items.extend((line["top"], line) for line in text.extract_text_lines())
        items.sort(key=lambda item: item[0])
        pages.append((number, page, items))
    running = _running(pages)
    open_table: SourceTable | None = None  # the table that ended the previous page
    fonts = _Fonts()
    for number, page, items in pages:
        first = True
        fonts.starts.add(len(layout.lines))
        for _, item in items:
            if isinstance(item, dict):
                if _margin_key(page, item) in running:
                    continue  # the same header or footer on every page is not narrative
                fonts.add(item)
                layout.lines.append(Line(item["text"], _place(number, item["x0"], item["top"]),
                                         first, _marks(item, number)))
                if not PAGE_NUMBER.match(item["text"]):  # a page number ends no table
                    open_table = None
                    first = False
                continue
            rows = _grid(page, item, number, len(layout.tables))
            if open_table is not None and first and _continues(open_table, rows):
                open_table.rows.extend(_without_header(open_table.rows, rows))
            else:
                open_table = SourceTable(rows, len(layout.lines),
                                         _place(number, item.bbox[0], item.bbox[1]))
                layout.tables.append(open_table)
            fonts.starts.add(len(layout.lines))
            first = False
    for index, level in fonts.levels().items():
        layout.lines[index] = replace(layout.lines[index], level=level)
    return layout


@dataclass
class _Fonts:
    """The narrative lines' fonts, for ``font_headings`` to find unnumbered headings by."""

    texts: list[str] = field(default_factory=list)
    styles: list[font_headings.Style | None] = field(default_factory=list)
    #: lines a page or a table parts from the line before
    starts: set[int] = field(default_factory=set)
    counts: Counter[font_headings.Style] = field(default_factory=Counter)

    def add(self, line: dict[str, Any]) -> None:
        chars = line.get("chars", ())
        self.texts.append(line["text"])
        self.styles.append(font_headings.line_style(chars))
        self.counts.update(font_headings.char_styles(chars))

    def levels(self) -> dict[int, int]:
        return font_headings.levels(self.texts, self.styles, self.starts, self.counts)


def _running(pages: list[tuple[int, Any, list[tuple[float, Any]]]]) -> set[str]:
    """Lines in the top or bottom margin that repeat on at least half the pages (two or
    more): a running header or footer (its digits ignored: 第 3 页 and 第 4 页 are one)."""
    if len(pages) < MIN_RUNNING_PAGES:
        return set()
    seen: dict[str, int] = {}
    for _, page, items in pages:
        keys = {_margin_key(page, item) for _, item in items if isinstance(item, dict)}
        for key in keys - {""}:
            seen[key] = seen.get(key, 0) + 1
    return {key for key, count in seen.items()
            if count >= MIN_RUNNING_PAGES and count * 2 >= len(pages)}


def _margin_key(page: Any, line: dict[str, Any]) -> str:
    """The line's text with digits folded, if it stands in the page's top or bottom margin."""
    height = float(page.height)
    if MARGIN * height < line["top"] and line["bottom"] < (1 - MARGIN) * height:
        return ""
    return _DIGITS.sub("#", "".join(line["text"].split()))


def _marks(line: dict[str, Any], page: int) -> tuple[tuple[int, str], ...]:
    """Where each word after a space starts on the line: a figure is placed at its own x."""
    text: str = line["text"]
    chars = iter(line.get("chars", ()))
    marks = []
    for index, ch in enumerate(text):
        if ch.isspace():
            continue
        char = next(chars, None)
        while char is not None and char["text"] != ch:
            char = next(chars, None)  # a character the line's text does not show
        if char is None:
            break
        if index and text[index - 1].isspace():
            marks.append((index, _place(page, char["x0"], line["top"])))
    return tuple(marks)


def _inside(obj: dict[str, Any], boxes: list[tuple[float, float, float, float]]) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def _place(page: int, x: float, y: float) -> str:
    return f"page {page} (x {round(x)}, y {round(y)})"


def _grid(page: Any, table: Any, number: int, before: int) -> list[list[GridCell]]:
    """The table's grid: each position filled by the cell that covers its centre."""
    columns = sorted({round(c[0], 1) for c in table.cells} | {round(c[2], 1)
                                                               for c in table.cells})
    tops = sorted({round(c[1], 1) for c in table.cells} | {round(c[3], 1)
                                                            for c in table.cells})
    texts = _cell_texts(page, table.cells)
    rows: list[list[GridCell]] = []
    for top, bottom in itertools.pairwise(tops):
        row = []
        for left, right in itertools.pairwise(columns):
            x, y = (left + right) / 2, (top + bottom) / 2
            cell = next((c for c in table.cells if c[0] <= x <= c[2] and c[1] <= y <= c[3]),
                        None)
            if cell is None:
                row.append(GridCell("", _place(number, left, top), 0))
                continue
            span = before * 100000 + table.cells.index(cell) + 1
            row.append(GridCell(texts[cell], _place(number, cell[0], cell[1]), span))
        rows.append(row)
    return rows


def _cell_texts(page: Any, cells: list[tuple[float, float, float, float]]
                ) -> dict[tuple[float, float, float, float], str]:
    """Each cell's text: the characters whose centre is in it (a neighbour's overhang is
    not), its wrapped lines joined (a cell's line breaks are its width's, not words')."""
    from pdfplumber.utils.text import extract_text

    chars: dict[tuple[float, float, float, float], list[dict[str, Any]]] = {c: [] for c in cells}
    for char in page.chars:
        box = next((c for c in cells if _inside(char, [c])), None)
        if box is not None:
            chars[box].append(char)
    return {box: "".join(extract_text(found).split("\n")).strip() if found else ""
            for box, found in chars.items()}


def _continues(table: SourceTable, rows: list[list[GridCell]]) -> bool:
    return bool(rows) and bool(table.rows) and len(rows[0]) == len(table.rows[0])


def _without_header(before: list[list[GridCell]],
                    rows: list[list[GridCell]]) -> list[list[GridCell]]:
    """The rows of a table's continuation, without the header the page repeats."""
    index = 0
    while index < len(rows) and index < len(before) and [c.text for c in rows[index]] == [
            c.text for c in before[index]]:
        index += 1
    rest = rows[index:]
    if rest and before and not rest[0][0].text and any(c.text for c in rest[0]):
        # a row the page broke: its first column is blank, its cells go on the row above
        last = before[-1]
        before[-1] = [GridCell(a.text + b.text, a.place, a.span) if a.span != 0 else a
                      for a, b in zip(last, rest.pop(0), strict=True)]
    return rest


def _scanned(page: int) -> Note:
    title = f"page {page}"
    return Note(f"第 {page} 页没有文字层（可能是扫描图像），未读取，请对照原件核对。",
                f"Page {page} has no text layer (a scanned image?); it was not read, "
                "compare it with the original.", title, title)
