"""Tables laid out with spaces between cells, marked with tabs where the layout is certain.

Text taken out of PDF pages (and some web pages) writes a table's rows as their cells
with spaces between: ``项目 预算数 执行数 完成预算%`` over ``税收收入 1,650 1,712 103.8``.
A run of lines is read so only when nothing else fits: a header of names only (two or
more), then at least two rows, each a name followed by figures only, with as many cells as
the header. The first space of each gap between those cells becomes a tab, one character
for one, so every offset stays where it was; the tab reader takes the table from there.
"""

from __future__ import annotations

import re

from crossfoot.importing.text import grids

#: a cell: what stands between spaces (ASCII or ideographic)
_CELL = re.compile(r"[^\s\u3000]+")
#: the fewest cells a header names (a name column and one of figures: 科目名称 决算数)
MIN_COLUMNS = 2
#: the fewest rows under it
MIN_ROWS = 2
#: the longest cell a header or a row's name holds
MAX_NAME = 30


def mark(text: str) -> str:
    """``text`` with the cells of its space-separated tables parted by tabs."""
    if " " not in text and "\u3000" not in text:
        return text  # (most texts have no spaces to read)
    lines = _lines(text)
    gaps: list[int] = []  # where a tab goes: the first blank of each gap between cells
    index = 0
    while index < len(lines):
        header = _cells(text, lines[index])
        rows = _rows_under(text, lines, index, header) if header else []
        if header and rows:
            numbered = _numbered(header)
            for cells in (header, *rows):
                # (序号 项目名称 / 1 A: the number stays with the name, as a list's marker; a
                # 合计 row spans both)
                joined = 1 if numbered and len(cells) == len(header) else 0
                gaps.extend(at + len(cell) for at, cell in cells[joined:-1])
            index += 1 + len(rows)
        else:
            index += 1
    if not gaps:
        return text
    chars = list(text)
    for at in gaps:
        chars[at] = "\t"
    return "".join(chars)


def _lines(text: str) -> list[tuple[int, int]]:
    """Where each line begins and ends, built without copying the lines."""
    spans = []
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        spans.append((start, end))
        start = end + 1
    return spans


def _cells(text: str, line: tuple[int, int]) -> list[tuple[int, str]] | None:
    """A line's cells with where each begins, if it has enough of them to be a header."""
    start, end = line
    if text.count(" ", start, end) + text.count("\u3000", start, end) < MIN_COLUMNS - 1:
        return None  # (a line of prose: one or two blanks at most)
    cells = [(m.start(), m.group()) for m in _CELL.finditer(text, start, end)]
    spread = 0  # (合  计 / 项    目: a name's characters spread out to fill its column)
    while spread < len(cells) and len(cells[spread][1]) == 1 and _IDEOGRAPH.match(cells[spread][1]):
        spread += 1
    if MIN_SPREAD <= spread <= MAX_SPREAD:
        first, last = cells[0][0], cells[spread - 1][0]
        cells[:spread] = [(first, text[first:last + 1])]
    return cells


#: one Chinese character, and how many such cells in a row open a line as one spread name
_IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")
MIN_SPREAD, MAX_SPREAD = 2, 4


def _rows_under(text: str, lines: list[tuple[int, int]], index: int,
                header: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """The rows of figures under a header of names at ``index`` (none: no table)."""
    if len(header) < MIN_COLUMNS \
            or any(_kind(c) != "text" or len(c) > MAX_NAME for _, c in header):
        return []
    numbered = _numbered(header)
    yearly = header[0][1] in _YEAR_HEADERS
    rows = []
    for line in lines[index + 1:]:
        row = _cells(text, line)
        if row is None or not (
                (len(row) == len(header) and _is_row(row, yearly))
                or (numbered and len(row) == len(header) and row[0][1].isdigit()
                    and _is_row(row[1:]))
                or (numbered and len(row) == len(header) - 1 and _is_row(row))):
            break  # (序号 项目名称 … / 1 A 18,600 … / 合计 124,510: rows numbered before their
            # names, and a total row whose name spans the number's column)
        rows.append(row)
    return rows if len(rows) >= MIN_ROWS else []


def _numbered(header: list[tuple[int, str]]) -> bool:
    """Does the header's first column number the rows (序号, 编号)?"""
    return header[0][1].replace(" ", "") in grids.ROW_NUMBER_HEADERS


def _is_row(row: list[tuple[int, str]], yearly: bool = False) -> bool:
    """A name, then figures (or the marks of an empty cell) only, at least one figure; under
    a header of years (年度 | 中央 | 省级 …), a year is the name (2021 1,800 720 …)."""
    name, rest = row[0][1], [c for _, c in row[1:]]
    kinds = [_kind(c) for c in rest]
    named = _kind(name) == "text" or (yearly and _YEAR_NAME.fullmatch(name) is not None)
    return named and len(name) <= MAX_NAME and "text" not in kinds and "number" in kinds


#: the headers of a column of years, and a year as a row's name
_YEAR_HEADERS = ("年度", "年份", "年")
_YEAR_NAME = re.compile(r"(?:19|20)[0-9]{2}年?度?")


def _kind(cell: str) -> str:
    return grids.classify(cell, 0).kind
