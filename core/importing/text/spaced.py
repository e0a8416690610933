"""Tables laid out with spaces between cells, marked with tabs where the layout is certain.

Text taken out of PDF pages (and some web pages) writes a table's rows as their cells
with spaces between: ``项目 预算数 执行数 完成预算%`` over ``税收收入 1,650 1,712 103.8``.
A run of lines is read so only when nothing else fits: a header of names only (three or
more), then at least two rows, each a name followed by figures only, with as many cells as
the header. The first space of each gap between those cells becomes a tab, one character
for one, so every offset stays where it was; the tab reader takes the table from there.
"""

from __future__ import annotations

import re

from crossfoot.importing.text import grids

#: a cell: what stands between spaces (ASCII or ideographic)
_CELL = re.compile(r"[^\s\u3000]+")
#: the fewest cells a header names (a name column and two of figures)
MIN_COLUMNS = 3
#: the fewest rows under it
MIN_ROWS = 2
#: the longest cell a header or a row's name holds
MAX_NAME = 30


def mark(text: str) -> str:
    """``text`` with the cells of its space-separated tables parted by tabs."""
    if "  " not in text and " " not in text.strip():
        return text  # (most texts have no spaces to read)
    lines = text.split("\n")
    cells = [[(m.start(), m.group()) for m in _CELL.finditer(line)] for line in lines]
    marked = list(lines)
    index = 0
    while index < len(lines):
        rows = _rows_under(cells, index)
        if rows:
            for number in range(index, index + 1 + rows):
                marked[number] = _tabbed(lines[number], cells[number])
            index += 1 + rows
        else:
            index += 1
    return "\n".join(marked)


def _rows_under(cells: list[list[tuple[int, str]]], index: int) -> int:
    """How many rows of figures follow a header of names at ``index`` (0: none)."""
    header = cells[index]
    if len(header) < MIN_COLUMNS or "\t" in "".join(c for _, c in header) \
            or any(_kind(c) != "text" or len(c) > MAX_NAME for _, c in header):
        return 0
    count = 0
    for row in cells[index + 1:]:
        if len(row) != len(header) or not _is_row(row):
            break
        count += 1
    return count if count >= MIN_ROWS else 0


def _is_row(row: list[tuple[int, str]]) -> bool:
    """A name, then figures (or the marks of an empty cell) only, at least one figure."""
    name, rest = row[0][1], [c for _, c in row[1:]]
    kinds = [_kind(c) for c in rest]
    return _kind(name) == "text" and len(name) <= MAX_NAME and "text" not in kinds \
        and "number" in kinds


def _kind(cell: str) -> str:
    return grids.classify(cell, 0).kind


def _tabbed(line: str, cells: list[tuple[int, str]]) -> str:
    """The line with the first blank of each gap between its cells made a tab."""
    chars = list(line)
    for start, text in cells[:-1]:
        chars[start + len(text)] = "\t"
    return "".join(chars)
