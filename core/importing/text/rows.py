"""Tables laid out one row a line, cells between ``|`` or tabs, read as the grid they are.

A form copied out of a web page or a Word table (绩效自评表: the funds part,
then the indicator part) keeps its rows as lines: ``年度资金总额 | 43.2 | 43.2 |
37.24 | 10 | 86% | 9``. Such lines are a grid already, so they are read as
a document's table is (``importing.documents.grids``), where every row that
holds a figure reaches across its header (``_aligned``), once the empty
cells a page pads every row with are taken off: a shorter one could be
missing any of its cells (a web page leaves out the cells a merged one
covers), and is not guessed (the caller reports the table as not read).
Merged cells are read back as a Word table draws them (``_merge_repeats``).
Each figure keeps the line and column it stands at.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from crossfoot.importing.documents.grids import header_blocks, to_tables
from crossfoot.importing.documents.layout import GridCell, SourceTable
from crossfoot.importing.text import grids as text_grids
from crossfoot.importing.text import tables as text_tables
from crossfoot.importing.text.reflow import Block, Line, line_and_column

#: the characters between cells, tried in this order on each line
SEPARATORS = ("|", "\t")
#: the fewest rows with figures a grid is read from
MIN_FIGURE_ROWS = 2
#: the roles of columns that name or number a table's items
IDENTITY = frozenset({"no", "project", "unit_name"})
#: a total row's word
_TOTAL = re.compile(r"合\s*计|总\s*计")
#: header names of columns that name or rank the items, never a figure's
_NAMING = re.compile(r"[一二三]级指标|名称|绩效指标")
#: header names of columns for words, which a row may leave off at its end
REMARK = re.compile(r"原因|措施|备注|说明")


def read(blocks: Sequence[Block], title: str, starts: Sequence[int], text: str,
         unit: str | None = None) -> list[dict[str, Any]] | None:
    """The tables of ``blocks``; none when its rows do not resolve for certain, and None
    when they are not laid out a row a line (a line holds one cell). ``text`` (the file's
    text) gives back the tabs a line began with: its first cells, left empty."""
    rows: list[list[GridCell]] = []
    tabbed = True
    for block in blocks:
        for line in block.lines:
            cells = _cells(line)
            if cells is None:
                return None
            if "\t" in line.text:
                cells = _leading_tabs(text, line) + cells
            rows.append(cells)
            tabbed = tabbed and "|" not in line.text
    rows = _unpadded(rows)
    _two_level_header(rows)
    _spread_totals(rows)
    _merge_repeats(rows)
    if sum(_has_figure(row) for row in rows) < MIN_FIGURE_ROWS or not _aligned(rows, tabbed):
        return []
    tables = to_tables(SourceTable(rows, 0, ""), title, unit)
    for table in tables:
        _origins(table, starts)
    return tables


def _spread_totals(rows: list[list[GridCell]]) -> None:
    """A total row whose word stands over the columns that name the items (合计 over 序号
    and 项目名称, or over 一级指标 and 二级指标: one cell in Word): its figures are moved
    under their columns."""
    header: list[GridCell] = []
    for index, row in enumerate(rows):
        if len(row) > 1 and not row[0].text and _TOTAL.fullmatch(row[1].text):
            row[0] = row[1]  # | | 合计 | 603.48: the word of a cell over 科目编码 and 科目名称
        if not _has_figure(row) and len(row) >= len(header):
            header = row
            continue
        naming = 0
        while naming < len(header) and _identity(header[naming].text):
            naming += 1
        spread = naming - 1
        if spread > 0 and len(row) + spread <= len(header) and _TOTAL.fullmatch(row[0].text) \
                and _figure(row[1].text):
            rows[index] = [row[0], *(GridCell("", row[0].place) for _ in range(spread)), *row[1:]]


def _two_level_header(rows: list[list[GridCell]]) -> None:
    """A header of two rows whose first cell stands over both (``项目 | 预算数 | 决算数``,
    then ``合计 | 一般公共预算 | 政府性基金 | 合计 | …``): a web page leaves out the cells
    the merged ones cover, so the first row names a group for each run of columns below
    and the second lacks its first cell. They are read as one row of names, each column's
    group and its own (预算数/合计, …, 决算数/政府性基金)."""
    for index in range(len(rows) - 2):
        top, below, first = rows[index], rows[index + 1], rows[index + 2]
        if _has_figure(top) or _has_figure(below) or not _has_figure(first):
            continue
        width, groups = len(first), len(top) - 1
        if groups < 2 or len(below) != width - 1 or (width - 1) % groups \
                or not all(cell.text for cell in (*top, *below)):
            return
        each = (width - 1) // groups
        named = [GridCell(f"{group.text}/{cell.text}", cell.place)
                 for number, group in enumerate(top[1:])
                 for cell in below[number * each:(number + 1) * each]]
        rows[index:index + 2] = [[top[0], *named]]
        return


def _identity(name: str) -> bool:
    """A column that names, numbers or ranks the items (序号, 项目名称, 一级指标)."""
    return bool(_NAMING.search(name)) or any(
        known in name for known, role in text_tables.COLUMN_NAMES if role in IDENTITY)


def _aligned(rows: list[list[GridCell]], tabbed: bool = False) -> bool:
    """Whether every row of figures stands under a header and reaches across it: it may
    end early only where the header's last columns are for words (偏差原因分析及改进措施).

    Such short rows must be the table's way, not one row's: a row a merged cell shifted
    left, among rows that reach across, ends early too. Tabs at a line's end are lost with
    its trailing space, so a ``tabbed`` row may end early anywhere, as long as none of its
    figures stands under a column that names or ranks the items (三级指标, 项目名称).
    """
    width = max(len(row) for row in rows)
    padded = [row + [GridCell("", "")] * (width - len(row)) for row in rows]
    length = {id(full): len(row) for full, row in zip(padded, rows, strict=True)}
    headed = 0
    aside: list[list[GridCell]] = []  # (a list beside a block's columns: not read, on purpose)
    for header, body in header_blocks(padded, width, aside):
        names = [max((row[column].text for row in header), key=len) for column in range(width)]
        across = max(length[id(row)] for row in header)
        figured = [row for row in body if _has_figure(row)]
        headed += len(figured)
        short = [row for row in figured if length[id(row)] < across]
        if any(length[id(row)] > across for row in figured):
            return False
        if tabbed:
            if any(_figure(cell.text) and _NAMING.search(name)
                   for row in short for cell, name in zip(row, names, strict=True)):
                return False
        elif short and (len(short) * 2 < len(figured) or not all(
                REMARK.search(name) for row in short for name in names[length[id(row)]:across])):
            return False
    return headed + sum(_has_figure(row) for row in aside) == sum(
        _has_figure(row) for row in rows
        if not text_grids.numbers_columns([c.text for c in row]))  # (栏次 | 1 | 2: no row)


def _has_figure(row: list[GridCell]) -> bool:
    return any(_figure(cell.text) for cell in row)


def _cells(line: Line) -> list[GridCell] | None:
    """The cells of one line, each placed at its offset; None for a ``|`` line of one cell
    (a table laid out a cell a line). A line without separators among tabbed rows is a
    row whose cells are all empty: the tabs after its label went with its end."""
    separator = next((s for s in SEPARATORS if s in line.text), None)
    if separator is None:
        text = line.text.strip()
        return [GridCell(text, str(line.offset + line.text.index(text)))] if text else None
    pieces = line.text.split(separator)
    offset = line.offset
    cells: list[GridCell] = []
    for piece in pieces:
        text = piece.strip()
        at = offset + len(piece) - len(piece.lstrip())
        offset += len(piece) + 1
        cells.append(GridCell(text, str(at)))
    # a line drawn with | at both ends: the empty pieces outside them are no cells
    if separator == "|" and len(cells) > 1 and not cells[0].text and not cells[-1].text:
        cells = cells[1:-1]
    return cells if len(cells) > 1 or separator == "\t" else None


def _leading_tabs(text: str, line: Line) -> list[GridCell]:
    """The empty cells a tabbed line began with (a Word table's merged 一级指标 left blank
    under its first row), which its indent took off the line's text."""
    start = line.offset
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    return [GridCell("", str(line.offset))] * text.count("\t", start, line.offset)


def _unpadded(rows: list[list[GridCell]]) -> list[list[GridCell]]:
    """Rows without the empty cells a page pads every row with to one width (every row
    as long, every one ending empty); elsewhere an empty last cell is a cell."""
    if len({len(row) for row in rows}) > 1 or any(row[-1].text for row in rows):
        return rows
    trimmed = []
    for row in rows:
        end = len(row)
        while end > 1 and not row[end - 1].text:
            end -= 1
        trimmed.append(row[:end])
    return trimmed


def _figure(text: str) -> bool:
    return text_grids.classify(text, 0).kind == "number"


def _merge_repeats(rows: list[list[GridCell]]) -> None:
    """Number each cell's span as a Word table draws merged cells.

    Before a row's first figure, an empty cell after words is part of them (``总分 | | |
    100 | 98``: one cell over the indicator columns); a cell that repeats the words of
    the one above it is that cell, merged down (``产出指标`` on every indicator row).
    """
    span = 0
    above: dict[int, GridCell] = {}
    for row in rows:
        figures = False
        for column, cell in enumerate(row):
            figures = figures or _figure(cell.text)
            left = row[column - 1] if column else None
            upper = above.get(column)
            if not cell.text and not figures and left is not None and left.text:
                row[column] = GridCell(left.text, cell.place, left.span)
            elif upper is not None and cell.text and cell.text == upper.text \
                    and not _figure(cell.text):
                row[column] = GridCell(cell.text, cell.place, upper.span)
            else:
                span += 1
                row[column] = GridCell(cell.text, cell.place, span)
            above[column] = row[column]


def _origins(table: dict[str, Any], starts: Sequence[int]) -> None:
    """Places (offsets in the text) become the ``[line, column]`` a finding points at; a
    row's label's place says whether it is set in under a 其中 row."""
    rows = table["rows"]
    under = text_grids.under_parts([
        (row["label"], line_and_column(int(row["place"]), starts)[1] if "place" in row else 0)
        for row in rows])
    for index, row in enumerate(rows):
        row.pop("place", None)
        if index in under:
            row["level"] = 2  # set in under a 其中 row (tables._rows reads it as a part)
        for cell in row.get("cells", {}).values():
            if isinstance(cell, dict) and "place" in cell:
                cell["origin"] = list(line_and_column(int(cell.pop("place")), starts))
