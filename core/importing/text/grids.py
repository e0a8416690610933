"""Tables flattened one cell a line, read back into a grid where the layout is certain.

Web pages copied as text give tables one cell a line with ``|`` between cells
(``年度`` / ``|`` / ``合计`` / ``|`` …, or ``总额 |``); PDF and HTML extraction gives
them one cell a line with nothing between. Either way the cells come in
reading order, and the grid is read back from their kinds: a row is a label
followed by the same number of figures as every other row; the header is the
text just before the first row, one name a column, where a group name spans
the columns after it when the header has one name more (``公车购置及运行维护费``
over ``合计 / 车辆购置 / 车辆运行``). A layout that does not resolve so, cell for
cell, is not guessed: the table is reported as not read (CF003).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from crossfoot.importing.text.reflow import Block, line_and_column
from crossfoot.model import unit_words
from crossfoot.model.means import mean_per_thing
from crossfoot.model.numerals import fold
from crossfoot.model.script import simplified

_NUMBER = re.compile(r"^[-−－+＋]?[0-9][0-9,]*(?:\.[0-9]+)?\s*%?$")
_EMPTY = frozenset({"", "/", "-", "—", "－", "——", "…", "……"})
_UNIT = re.compile(r"单位\s*[:：]\s*(亿元|万元|千元|元)|[（(](亿元|万元|千元|元)[)）]")
#: column names of a sum over the columns beside them
SUBTOTAL = ("合计", "小计")
#: the fewest cells a grid is read from, and the fewest rows it needs
MIN_CELLS = 6
MIN_ROWS = 2

#: a column header that names a rate (商品类别 | 出口额 | 同比 | 占比: a 同比 or 增幅 column holds
#: percents, a 同比增减额 column amounts)
#: (not 功率（kW）; 增减幅度 under a table's 单位：亿元、%: a change's percent)
_RATE_HEADER = re.compile(r"(?<!功)率|占比|比重|(?:同比|增幅|增速|幅度)(?!.*额)")
#: a column header that names an amount per one (均价(元/平方米), 单价, 元/吨; 人均 and 次均
#: are ``means.mean_per_thing``): the total row's is the mean of all, not the rows' sum
_PER_ONE_HEADER = re.compile(r"均价|单价|平均|元/|亩产|单产")  # (亩产(公斤): a yield per 亩)
#: a column header that names a multiple (杠杆倍数, 覆盖倍数): a ratio, never summed
_TIMES_HEADER = re.compile(r"倍")
#: a column header that names points (分值, 得分, 自评得分), not the table's unit
_POINTS_HEADER = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}得分|分值)$")
#: names of a table's label column: never a caption over the header
LABEL_HEADERS = frozenset({"项目", "科目", "项目名称", "单位名称", "名称", "年度", "年份"})
#: a column header that names row numbers, not amounts
_INDEX_HEADER = re.compile(r"行次|栏次|序号|编号")
#: the header of a column that numbers a table's rows (序号 项目名称 … / 1 A …)
ROW_NUMBER_HEADERS = frozenset({"序号", "编号"})
#: the label of a row that numbers the columns (栏次 | 1 | 2 | 3: forms of final accounts)
_INDEX_ROW = re.compile(r"栏次|栏号|行次")


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    offset: int  # in the original text
    kind: str  # number, empty or text


def pipe_cells(blocks: list[Block]) -> list[Cell]:
    """The cells of a ``|``-separated run of lines, in reading order."""
    cells: list[Cell] = []
    pending: Cell | None = None
    for block in blocks:
        for line in block.lines:
            pieces = line.text.split("|")
            position = line.offset
            kept = len(pieces)
            while kept > 1 and not pieces[kept - 1].strip():
                kept -= 1  # the | that ends a line, and empty cells a page adds after the last
            for index, piece in enumerate(pieces[:kept]):
                text = piece.strip()
                at = position + (len(piece) - len(piece.lstrip()))
                position += len(piece) + 1
                if len(pieces) == 1:  # a cell on a line of its own, its | on the next
                    if pending is not None:
                        cells.append(pending)
                    pending = _cell(text, at)
                    continue
                if pending is not None and index == 0 and not text:
                    cells.append(pending)
                    pending = None
                    continue
                if pending is not None:
                    cells.append(pending)
                    pending = None
                cells.append(_cell(text, at))
    if pending is not None:
        cells.append(pending)
    return cells


def line_cells(blocks: list[Block]) -> list[Cell]:
    """The cells of a table laid out one cell a line."""
    return [_cell(line.text.strip(), line.offset) for block in blocks for line in block.lines]


def classify(text: str, offset: int) -> Cell:
    """A cell of ``text`` (at ``offset``), of kind number, empty or text."""
    return _cell(text, offset)


def _cell(text: str, offset: int) -> Cell:
    folded = fold(text).replace(" ", "")
    if folded in _EMPTY:
        return Cell(text, offset, "empty")
    if _NUMBER.match(folded):
        return Cell(text, offset, "number")
    return Cell(text, offset, "text")


@dataclass(frozen=True, slots=True)
class Grid:
    header: list[str]  # one name a column, the label column's first
    rows: list[tuple[Cell, list[Cell]]]  # label, then one cell a value column
    unit: str | None


def read(cells: list[Cell]) -> Grid | None:
    """The grid of ``cells``, or None when its layout does not resolve for certain."""
    if len(cells) < MIN_CELLS:
        return None
    runs = _runs(cells)
    widths = [width for _, width in runs if width > 0]
    if not widths:
        return None
    width = max(set(widths), key=lambda w: (widths.count(w), w))
    rows = _rows(cells, runs, width)
    if len(rows) < MIN_ROWS:
        return None
    last_label, last_values = rows[-1]
    after = cells.index(last_label) + 1 + len(last_values)
    if any(c.kind == "number" for c in cells[after:]):
        return None  # figures after the last row: a row that did not fit, not to be dropped
    first = cells.index(rows[0][0])
    if any(run_width > width for index, run_width in runs if index < first):
        return None  # 年度资金总额 with six figures, then 其中 rows with three: which columns?
    header_cells = [c for c in cells[:first] if c.kind == "text" and not _UNIT.search(c.text)
                    and not _INDEX_ROW.fullmatch(c.text.replace(" ", ""))]
    header = _header(header_cells, width)
    if header is None:
        return None
    unit = next((m.group(1) or m.group(2) for c in cells[:first]
                 if (m := _UNIT.search(simplified(c.text)))), None)
    return Grid(header, rows, unit)


def _runs(cells: list[Cell]) -> list[tuple[int, int]]:
    """(index of a text cell, how many number or empty cells follow it)."""
    found = []
    for index, cell in enumerate(cells):
        if cell.kind != "text":
            continue
        width = 0
        while index + 1 + width < len(cells) and cells[index + 1 + width].kind != "text":
            width += 1
        found.append((index, width))
    return found


def _rows(cells: list[Cell], runs: list[tuple[int, int]], width: int
          ) -> list[tuple[Cell, list[Cell]]]:
    """The rows of the commonest width, from the first that has figures, one after another."""
    rows: list[tuple[Cell, list[Cell]]] = []
    for index, run_width in runs:
        values = cells[index + 1:index + 1 + run_width]
        if not rows and numbers_columns([cells[index].text, *(v.text for v in values)]):
            continue  # 栏次 | 1 | 2 …: the header's numbering of its columns, no figures
        if run_width == width and any(v.kind == "number" for v in values):
            rows.append((cells[index], values))
        elif rows and run_width == width:
            rows.append((cells[index], values))  # a row of blanks inside the table
        elif rows:
            break
    return rows


def numbers_columns(texts: Sequence[str]) -> bool:
    """Is this the row that numbers the columns, its cells' texts in turn: 栏次, 1, 2, 3 …?
    (Empty cells, a page's padding, left out.)"""
    said = [t.replace(" ", "") for t in texts if t.strip()]
    return len(said) >= 2 and _INDEX_ROW.fullmatch(said[0]) is not None \
        and said[1:] == [str(n) for n in range(1, len(said))]


def _header(cells: list[Cell], width: int) -> list[str] | None:
    """One name a column: the last ``width + 1`` names, or with one group over its columns.

    A 合计 / 小计 named twice, or first, means a group name spans columns: the
    last ``width + 2`` names must then resolve with one group, or nothing does.
    """
    names = [simplified(c.text).replace(" ", "") for c in cells]
    if len(names) < width + 1:
        return None
    tail = names[-(width + 1):]
    if len(set(names[:-(width + 1)]) & set(tail[1:])) * 2 > width:
        return None  # 收入 预算数 … 决算数 支出 预算 … 决算数: two tables side by side
    if sum(n in SUBTOTAL for n in names[-(width + 2):]) <= 1 and tail[0] not in SUBTOTAL:
        if LABEL_HEADERS & set(names[:-(width + 1)]):
            return None  # 项目 left over: a group name over sub-columns (增减情况 / 增减额 …)
        return tail if _distinct(tail) else None
    found = _with_group(names[-(width + 2):], width) if len(names) >= width + 2 else None
    return found if found is not None and _distinct(found) else None


def _distinct(names: list[str]) -> bool:
    """A header names each column once (收入 行次 金额 支出 行次 金额 is two tables in one)."""
    return len(set(names)) == len(names) and not any(_NUMBER.match(n) for n in names)


def _with_group(names: list[str], width: int) -> list[str] | None:
    """``年度 合计 出国 接待 公车 合计 购置 运行`` with 7 columns: 公车 spans the last three."""
    if len(names) != width + 2:
        return None
    for group in range(2, len(names) - 1):
        if names[group + 1] not in SUBTOTAL:
            continue
        before = names[:group]
        subs = names[group + 1:]
        if len(before) + len(subs) == width + 1:
            return [*before, *(f"{names[group]}/{sub}" for sub in subs)]
    return None


def to_table(grid: Grid, title: str, starts: Sequence[int]) -> dict[str, Any]:
    """The grid as report table data: a label column and one column a header name.

    Each figure keeps the line and column it stands at in the file (``origin``),
    so a finding on a cell points into the text as a finding on a sentence does.
    """
    columns: list[dict[str, Any]] = [{"id": "label", "label": grid.header[0] or "项目",
                                      "role": "label"}]
    mixed: set[int] = set()  # columns where only some figures are percentages (实际完成值)
    for number, name in enumerate(grid.header[1:], 1):
        column: dict[str, Any] = {"id": f"c{number}", "label": name or f"列{number}"}
        marked = {v[number - 1].text.strip().endswith("%") for _, v in grid.rows
                  if v[number - 1].kind == "number"}
        percent = marked == {True} or "%" in name
        if marked == {True, False} and not _RATE_HEADER.search(name):
            mixed.add(number)
        elif percent or _RATE_HEADER.search(name):
            column.update(unit="%", additive=False)
        elif _PER_ONE_HEADER.search(name) or mean_per_thing(name) or _TIMES_HEADER.search(name):
            column.update(additive=False)  # 均价(元/平方米): a mean of each row, never summed
            # (杠杆倍数: one column over another, row by row; its 合计 is the totals' ratio)
        elif _INDEX_HEADER.search(name):
            column.update(role="label")
        elif _POINTS_HEADER.search(name):
            column.update(unit="分")  # an indicator's weight and score are points
        columns.append(column)
    rows = []
    under = under_parts([(label.text, line_and_column(label.offset, starts)[1])
                         for label, _ in grid.rows])
    for number, (label, values) in enumerate(grid.rows, 1):
        cells: dict[str, Any] = {}
        for index, value in enumerate(values, 1):
            if value.kind == "number":
                cells[f"c{index}"] = {"value": _decimal_text(value.text),
                                      "origin": list(line_and_column(value.offset, starts))}
                if index in mixed and value.text.strip().endswith("%"):
                    cells[f"c{index}"]["unit"] = "%"  # this one figure is a percentage
        rows.append({"id": f"r{number}", "label": label.text.strip(), "cells": cells,
                     **({"level": 2} if number - 1 in under else {})})
    table: dict[str, Any] = {"id": "", "title": title, "columns": columns, "rows": rows}
    if grid.unit:
        table["unit"] = grid.unit
    summed = row_sums(columns)
    if summed is not None:
        table["column_sums"] = [summed]
    for column in columns[1:]:  # 户数（户） / 直流桩（个）: counts, exact (64 + 18 + 27 + 95
        # is 204, not 206 within the rounding of four figures)
        counted = header_unit(column["label"]) or next(
            (unit for unit in _COUNTED_ENDINGS if str(column["label"]).endswith(unit)), None)
        if counted in unit_words.COUNT and "unit" not in column:
            column["unit"] = counted  # (抽检批次 / 受益人次: a count's unit ending the header)
    return table


#: count units of two characters or more that may end a header with no brackets (抽检批次 /
#: 不合格批次 / 服务人次): a column of those counts
_COUNTED_ENDINGS = tuple(unit for unit in unit_words.COUNT if len(unit) > 1 and unit.endswith("次"))
#: a column header's unit in brackets (直流桩（个）/ 居民（万元）)
_HEADER_UNIT = re.compile(r"[（(]([^（()）]+)[)）]$")


def header_unit(name: str) -> str | None:
    """The unit a column's header gives in brackets at its end (下达数（万元）: 万元)."""
    found = _HEADER_UNIT.search(name)
    return found[1] if found else None
#: header words of a measure or a year: columns of one thing at two stages or times, which
#: a 合计 column beside them does not add (预算数 | 执行数 | 合计)
_MEASURE_HEADER = re.compile(r"预算|决算|执行|完成|目标|计划|上年|本年|增减|变动|同比|[0-9]{4}")


def row_sums(columns: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """A last column named 合计 / 小计 / 总计 after two or more value columns in its unit
    (乡镇 | 直流桩（个） | 交流桩（个） | 小计（个）): each row's sum of them, as a declared
    column sum; None for any other header."""
    values = [c for c in columns[1:] if c.get("role") != "label"]
    if len(values) < 3:
        return None
    total, parts = values[-1], values[:-1]
    name = total["label"]
    unit = header_unit(name)
    bare = name[:len(name) - len(unit) - 2] if unit else name
    if bare not in (*SUBTOTAL, "总计") or any(
            c.get("additive") is False or c.get("unit") == "%"
            or _MEASURE_HEADER.search(c["label"]) or any(w in c["label"] for w in SUBTOTAL)
            or header_unit(c["label"]) != unit
            for c in parts):
        return None
    return {"total": total["id"], "parts": [c["id"] for c in parts]}


#: a row that opens the parts of the row above it (其中：增值税)
_PARTS_LABEL = re.compile(r"^\s*其中")


def under_parts(labels: Sequence[tuple[str, int]]) -> set[int]:
    """Rows set in under a 其中 row's label: parts of the same row above, like it.

    ``labels``: each row's label and the column it starts at in its line. ``  其中：增值税``
    then ``        企业所得税``: the second part drops the word and keeps the indent. Read
    only where a row's label starts further right than the 其中 row's own; a row back at
    the margin ends the run.
    """
    under: set[int] = set()
    margin: int | None = None
    for index, (label, column) in enumerate(labels):
        if _PARTS_LABEL.match(label):
            margin = column
        elif margin is not None and column > margin:
            under.add(index)
        else:
            margin = None
    return under


def decimal_text(text: str) -> str:
    """A printed figure (full-width digits, thousands commas, %) as decimal text."""
    return _decimal_text(text)


def _decimal_text(text: str) -> str:
    return fold(text).replace(" ", "").replace(",", "").replace("%", "").replace(
        "−", "-").replace("－", "-").lstrip("+＋")  # (+129 in a column of changes)
