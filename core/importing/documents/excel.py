"""Excel (.xlsx) workbooks read with openpyxl in read-only mode: every sheet a table.

Values are the ones Excel last computed (``data_only``), never formulas
evaluated here; where a cell has both a formula and a cached value, a sum or
difference of cells (``=SUM(C3:C6)``, ``=C3+C4-C5``) is checked against the
cached value, and a disagreement (or a formula never computed) is said as a
note. Merged cells come from the sheet's own ``mergeCell`` list (read-only
mode does not give them), so a header group covers its columns. Places are
``Sheet1!C7``.
"""

from __future__ import annotations

import re
import zipfile
from decimal import Decimal, InvalidOperation
from pathlib import Path, PurePosixPath
from typing import Any
from xml.etree import ElementTree

from crossfoot.errors import InputError
from crossfoot.importing.documents.layout import GridCell, Layout, Line, SourceTable
from crossfoot.importing.documents.safety import (
    library,
    open_package,
    reason,
)
from crossfoot.importing.load import read_bytes
from crossfoot.importing.text.tables import Note
from crossfoot.model.quantity import format_value

#: the largest sheet read; a bigger one is refused rather than half read
MAX_ROWS = 20000
MAX_COLUMNS = 200
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_REF = re.compile(r"^\$?([A-Z]{1,3})\$?([0-9]{1,7})$")
_SUM = re.compile(r"^=SUM\(\$?([A-Z]{1,3})\$?([0-9]{1,7}):\$?([A-Z]{1,3})\$?([0-9]{1,7})\)$",
                  re.IGNORECASE)
_TERM = re.compile(r"([+-]?)\$?([A-Z]{1,3}\$?[0-9]{1,7})", re.IGNORECASE)
_TERMS = re.compile(r"^=([+-]?\$?[A-Z]{1,3}\$?[0-9]{1,7})((?:[+-]\$?[A-Z]{1,3}\$?[0-9]{1,7})*)$",
                    re.IGNORECASE)


def read_layout(path: Path, max_bytes: int) -> Layout:
    name = str(path)
    openpyxl = library("openpyxl", name)
    package = open_package(read_bytes(path, max_bytes), name, ".xlsx")
    merges = _merges(zipfile.ZipFile(package))
    try:
        values = openpyxl.load_workbook(package, read_only=True, data_only=True,
                                        keep_links=False)
        formulas = openpyxl.load_workbook(package, read_only=True, data_only=False,
                                          keep_links=False)
    except Exception as exc:  # the library's own errors are many; each is a bad file
        raise InputError(name, f"not a readable Excel workbook: {reason(exc)}") from None
    layout = Layout()
    for sheet in values.worksheets:
        grid = _values(sheet, name)
        if not grid:
            continue
        layout.notes.extend(_formula_notes(formulas[sheet.title], grid, sheet.title))
        rows = _grid(grid, merges.get(sheet.title, []), sheet.title)
        layout.tables.append(SourceTable(rows, len(layout.lines), f"{sheet.title}!A1",
                                         sheet.title))
        if len(layout.tables) == 1 and rows and rows[0][0].text.strip():
            # the first sheet's title row says whose report of which year (the meta)
            layout.lines.append(Line(rows[0][0].text.strip(), rows[0][0].place))
    values.close()
    formulas.close()
    return layout


def _values(sheet: Any, name: str) -> list[list[Any]]:
    grid: list[list[Any]] = []
    for row in sheet.iter_rows(values_only=True):
        if len(grid) >= MAX_ROWS or len(row) > MAX_COLUMNS:
            raise InputError(name, f"sheet {sheet.title!r} is over {MAX_ROWS} rows or "
                                   f"{MAX_COLUMNS} columns; crossfoot reads report tables")
        grid.append(list(row))
    while grid and all(v is None for v in grid[-1]):
        grid.pop()
    return grid


def _grid(values: list[list[Any]], merges: list[tuple[int, int, int, int]],
          title: str) -> list[list[GridCell]]:
    width = max(len(r) for r in values)
    cover: dict[tuple[int, int], tuple[int, int]] = {}
    for top, left, bottom, right in merges:
        for r in range(top, bottom + 1):
            for c in range(left, right + 1):
                cover[(r, c)] = (top, left)
    rows = []
    for r in range(len(values)):
        cells = []
        for c in range(width):
            top, left = cover.get((r, c), (r, c))
            value = values[top][left] if left < len(values[top]) else None
            cells.append(GridCell(_text(value), f"{title}!{_column(left)}{top + 1}",
                                  top * width + left + 1))
        rows.append(cells)
    return rows


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        # a float from the file, shown as Excel shows it: its shortest exact digits
        return format_value(Decimal(repr(value)))
    return str(value)


def _column(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _index(letters: str) -> int:
    value = 0
    for ch in letters.upper():
        value = value * 26 + ord(ch) - ord("A") + 1
    return value - 1


def _merges(archive: zipfile.ZipFile) -> dict[str, list[tuple[int, int, int, int]]]:
    """Merged ranges per sheet title, as (top, left, bottom, right), 0-based."""
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{_PKG_REL}Relationship")}
    found: dict[str, list[tuple[int, int, int, int]]] = {}
    for sheet in workbook.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_REL}id"), "")
        part = target.lstrip("/") if target.startswith("/") else str(
            PurePosixPath("xl") / target)
        try:
            root = ElementTree.fromstring(archive.read(part))
        except KeyError:
            continue
        ranges = []
        for merge in root.iter(f"{_MAIN}mergeCell"):
            first, _, last = merge.get("ref", "").partition(":")
            a, b = _REF.match(first), _REF.match(last or first)
            if a and b:
                ranges.append((int(a.group(2)) - 1, _index(a.group(1)),
                               int(b.group(2)) - 1, _index(b.group(1))))
        found[sheet.get("name", "")] = ranges
    return found


def _formula_notes(sheet: Any, values: list[list[Any]], title: str) -> list[Note]:
    """Cached values that disagree with their sum formula, and formulas never computed."""
    notes: list[Note] = []
    for r, row in enumerate(sheet.iter_rows(max_row=len(values))):
        for c, cell in enumerate(row):
            formula = cell.value
            if not (isinstance(formula, str) and formula.startswith("=")):
                continue
            place = f"{title}!{_column(c)}{r + 1}"
            cached = _number(values[r][c] if c < len(values[r]) else None)
            if cached is None:
                notes.append(Note(f"{place} 的公式 {formula} 没有计算结果"
                                  "（文件未经 Excel 重新计算），该单元格未作检查。",
                                  f"{place}: the formula {formula} has no computed value (the file "
                                  "was not recalculated by Excel); the cell was not checked.",
                                  place, place))
                continue
            computed = _evaluate(formula.replace(" ", ""), values)
            if computed is not None and computed != cached:
                notes.append(Note(f"{place} 显示的值 {format_value(cached)} 与其公式 {formula} "
                                  f"的结果 {format_value(computed)} 不一致，文件可能未重新计算。",
                                  f"{place} shows {format_value(cached)} but its formula "
                                  f"{formula} gives {format_value(computed)}; the file may not "
                                  "have been recalculated.", place, place))
    return notes


def _evaluate(formula: str, values: list[list[Any]]) -> Decimal | None:
    """A SUM of a range or a sum and difference of cells, from the cached values."""
    total = Decimal(0)
    found = _SUM.match(formula)
    if found:
        top, bottom = int(found.group(2)) - 1, int(found.group(4)) - 1
        left, right = _index(found.group(1)), _index(found.group(3))
        for r in range(top, min(bottom, len(values) - 1) + 1):
            for c in range(left, min(right, len(values[r]) - 1) + 1):
                total += _number(values[r][c]) or Decimal(0)
        return total
    if not _TERMS.match(formula):
        return None
    for sign, ref in _TERM.findall(formula[1:]):
        found_ref = _REF.match(ref.replace("$", "").upper())
        if found_ref is None:
            return None
        r, c = int(found_ref.group(2)) - 1, _index(found_ref.group(1))
        value = _number(values[r][c]) if r < len(values) and c < len(values[r]) else None
        total += -(value or Decimal(0)) if sign == "-" else (value or Decimal(0))
    return total


def _number(value: Any) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return None
    try:
        return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    except InvalidOperation:
        return None

