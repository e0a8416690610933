"""A document's real table (a grid of cells, merges resolved) as the model's table data.

The grid's header rows give each column its name (a merged group name over
its columns reads ``全年预算数/小计``); the body rows give the cells. Two
shapes are recognised, both with the text importer's own rules so that a
table reads the same whichever file it came from:

- a self-evaluation summary table (序号 / 项目名称 / 年初预算数 … 自评得分) or
  a form's funds part (项目资金 / 年初预算数 / 全年预算数 / 全年执行数 …):
  columns take the roles ``importing.text.tables`` names, rows are items,
  the 合计 / 年度资金总额 total, the 平均 average and notes;
- any other table: the first column is the row label (in an indicator table
  the 三级指标 column, under rows for its 一级 / 二级 groups), every other
  column a value column, laid out as ``importing.text.grids`` lays out a grid
  read from text (its totals are read later by ``analysis.tables``).

Every figure keeps the place it was read from (``place``).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from crossfoot.importing.documents.layout import GridCell, SourceTable
from crossfoot.importing.text import grids as text_grids
from crossfoot.importing.text import tables as text_tables

_UNIT = re.compile(r"单位\s*[:：]\s*(亿元|万元|千元|元)")
#: such a declaration as a note in a header's cell, with its brackets
_UNIT_NOTE = re.compile(r"[（(]?\s*单位\s*[:：]\s*(?:亿元|万元|千元|元)\s*[)）]?")
#: the roles that make a table a summary table (项目 … 得分) or a form's funds part
_SUMMARY_NEEDS = (frozenset({"project", "score"}),
                  frozenset({"budget_initial", "budget", "actual"}))
_TOTAL = re.compile(r"总额|合\s*计|总\s*计|总分")
_IDENTITY = frozenset({"no", "unit_name", "project"})
#: a summary table's column of each row's grade (自评等级: 优 / 良 …), kept as words
_GRADE, _GRADE_NAMES = "grade", ("等级",)
_INDICATOR = re.compile(r"[一二三]级指标")
#: a column header that names an indicator's weight
_WEIGHT = "分值"
#: a row that opens a classification of the total above (按收入性质分：财政拨款)
_CLASSIFIED = re.compile(r"按[\u4e00-\u9fff]{1,8}?(?:分类|划分|分)[：:]")


def has_figures(source: SourceTable) -> bool:
    """Whether any cell holds a figure: a table of words alone has nothing to check."""
    return any(_kind(c.text) == "number" for row in source.rows for c in row)


def unit_of(text: str) -> str | None:
    """The unit a line such as ``单位：万元`` declares."""
    found = _UNIT.search(text.replace(" ", ""))
    return found.group(1) if found else None


def to_tables(source: SourceTable, title: str, unit: str | None) -> list[dict[str, Any]]:
    """The table data of ``source`` (ids ``t1``, ``t2`` … to be set by the caller).

    A form (绩效自评表) stacks blocks in one grid: field rows (项目名称 | …),
    then a header and its rows of figures, then another header and its rows.
    Each header with the figure rows under it is one table; field rows,
    which have fewer distinct cells than half the grid's width, are no header.
    """
    rows = [row for row in source.rows if any(c.text.strip() for c in row)]
    width = max((len(r) for r in rows), default=0)
    rows = [row + [GridCell("", row[-1].place if row else "")] * (width - len(row))
            for row in rows]
    while rows and _spanning(rows[0]):
        text = rows.pop(0)[0].text.strip()
        if unit_of(text):
            unit = unit or unit_of(text)
        elif not title:
            title = text
    while rows and unit_of("".join(c.text for c in rows[0])) and not _has_number(rows[0]):
        if sum(bool(c.text.strip()) for c in rows[0]) > 1:
            # 村名 | 资产总额 | 负债 | 所有者权益（单位：万元）: a header that notes the unit in
            # its last cell is the header still, without the note
            unit = unit or unit_of("".join(c.text for c in rows[0]))
            rows[0] = [GridCell(_UNIT_NOTE.sub("", c.text), c.place, c.span) for c in rows[0]]
            break
        unit = unit or unit_of("".join(c.text for c in rows.pop(0)))
    title = title or source.title
    tables: list[dict[str, Any]] = []
    for header, body in header_blocks(rows, width):
        names = [_path(header, column) for column in range(width)]
        roles = [_role(path) for path in names]
        named = title if not tables else f"{title}（{names[0][-1] if names[0] else len(tables)}）"
        table = _summary(names, roles, body, named) if _is_summary(roles) \
            else _grid(names, body, named)
        if unit:
            table["unit"] = unit
        tables.append(table)
    return tables


def header_blocks(rows: list[list[GridCell]], width: int,
                  set_aside: list[list[GridCell]] | None = None
                  ) -> list[tuple[list[list[GridCell]], list[list[GridCell]]]]:
    """(header rows, body rows) of each block of figures in the grid; the rows under the
    header of two lists side by side, which no block reads, go to ``set_aside``."""
    blocks: list[tuple[list[list[GridCell]], list[list[GridCell]]]] = []
    rows = [row for row in rows if not text_grids.numbers_columns([c.text for c in row])]
    # (栏次 | 1 | 2 …: the numbers of the header's columns, no row of figures)
    index = 0
    beside = False  # the block before ended at the header of two lists side by side
    while index < len(rows):
        start = index
        while index < len(rows) and not _has_number(rows[index][1:]):
            index += 1
        end = index
        while index < len(rows) and (_has_number(rows[index][1:]) or not _header_row(
                rows[index], width)) and not _beside(rows, index, end):
            index += 1
        header_start = end
        while header_start > start and _header_row(rows[header_start - 1], width):
            header_start -= 1
        if end < len(rows) and header_start < end:
            blocks.append((rows[header_start:end], rows[end:index]))
        elif beside and set_aside is not None:
            set_aside.extend(rows[end:index])
        beside = index < len(rows) and _side_by_side(rows[index])
        # (rows off the block's columns under no such header are a grid not resolved)
    return blocks


def _beside(rows: list[list[GridCell]], index: int, end: int) -> bool:
    """Does a list set beside the block's columns begin at ``index`` (the block's figures
    began at ``end``)?"""
    return index < len(rows) and (_side_by_side(rows[index]) or (
        index > end and _off_columns(rows[index], rows[end])))


def _header_row(row: list[GridCell], width: int) -> bool:
    """Column names: as many distinct cells as half the grid's width, none a figure."""
    cells = {c.span: c.text.strip() for c in row if c.text.strip()}
    names = list(cells.values())
    return len(names) * 2 >= width and len(set(names)) == len(names) and not _has_number(row)


def _side_by_side(row: list[GridCell]) -> bool:
    """按收入性质分 | 全年执行数 | 按支出性质分 | 全年执行数: the header of two lists side by
    side, a column's name said twice. It ends the block above it; the rows under it are
    no block of its columns (which figure is under which name is not certain), so none."""
    names = [c.text.strip() for c in {c.span: c for c in row}.values() if c.text.strip()]
    return len(set(names)) >= SIDE_BY_SIDE_NAMES and len(set(names)) < len(names) \
        and not _has_number(row)


def _off_columns(row: list[GridCell], first: list[GridCell]) -> bool:
    """按支出性质分 | | 基本支出 | | 1,098.24: a row with a figure that names something where
    the block's first row has a figure: laid out on other columns (a list set beside the
    block's, as the form draws it), so no row of the block's header, nor are those after it."""
    label = _first_text(row)  # (a label merged over the empty cells after it is no name)
    return _has_number(row) and _label_column(row) == _label_column(first) and any(
        cell.text.strip() not in ("", label) and _kind(cell.text) == "text"
        and _kind(above.text) == "number"
        for cell, above in zip(row[1:], first[1:], strict=False))
    # (only a row labelled where the first is: a total whose figures stand under the names
    # of the rows below it (合计 | 18 个 | 1,673.886 over 项目名称) is a grid not resolved)


def _label_column(row: list[GridCell]) -> int | None:
    return next((at for at, cell in enumerate(row) if _kind(cell.text) == "text"), None)


#: the fewest distinct names a header of two lists side by side has (two lists' names and
#: their column's; a label merged over a row's empty cells repeats one name only)
SIDE_BY_SIDE_NAMES = 3


def _is_summary(roles: list[str | None]) -> bool:
    return any(needs <= set(roles) for needs in _SUMMARY_NEEDS)


def _spanning(row: list[GridCell]) -> bool:
    """A title or unit line drawn as one cell across the table."""
    texts = {(c.span, c.text.strip()) for c in row if c.text.strip()}
    return len(texts) == 1 and len(row) > 1 and len({c.span for c in row}) == 1


def _has_number(row: list[GridCell]) -> bool:
    return any(_kind(c.text) == "number" for c in row)


def _kind(text: str) -> str:
    return text_grids.classify(text.strip(), 0).kind


def _path(rows: list[list[GridCell]], column: int) -> list[str]:
    """A column's header names top to bottom, each merged cell once.

    A field row of a form (主管部门 | 示例局 | 实施单位 | 示例局) repeats a value, so
    it is no header (``_header_row``); the names are those of the header rows.
    """
    names: list[str] = []
    seen: set[int] = set()
    for row in rows:
        cell = row[column]
        name = cell.text.replace("\n", "").replace(" ", "").strip()
        if name and cell.span not in seen and name not in names:
            names.append(name)
        seen.add(cell.span)
    return names


def _role(path: list[str]) -> str | None:
    """The summary-table role of a column, from its most specific name up."""
    for name in reversed(path):
        for known, role in text_tables.COLUMN_NAMES:
            if known in name:
                return role
        if name.endswith(_GRADE_NAMES):
            return _GRADE
    return None


def _summary(header: list[list[str]], roles: list[str | None], body: list[list[GridCell]],
             title: str) -> dict[str, Any]:
    columns: list[dict[str, Any]] = []
    used: dict[int, str] = {}
    if "project" not in roles:  # a form's funds part: its first column names the rows
        used[0] = "item"
        columns.append({"id": "item", "label": "/".join(header[0]) or "项目", "role": "label"})
    for index, (path, role) in enumerate(zip(header, roles, strict=True)):
        if index in used or role is None or role in used.values() or not (
                role in text_tables.ROLE_ORDER or role in _IDENTITY or role == _GRADE):
            continue
        used[index] = role
        columns.append(text_tables.column_of(role, _label(path)))
    items: list[str] = []
    out: list[dict[str, Any]] = []
    for number, row in enumerate(body, 1):
        cells: dict[str, Any] = {}
        for index, role in used.items():
            cell = row[index]
            text = cell.text.strip()
            if role in text_tables.ROLE_ORDER:
                # an empty figure keeps its place too: a finding may be about it (请补填)
                value = text_grids.decimal_text(text) if _kind(text) == "number" else None
                cells[role] = {"value": value, "place": cell.place}
            elif text and _kind(text) != "empty":
                cells[role] = text.replace("\n", "")
        label = str(cells.get("project") or cells.get("item") or _first_text(row))
        figures = any(isinstance(cells.get(r), dict) and cells[r]["value"] is not None
                      for r in text_tables.ROLE_ORDER)
        # without a 序号 column, a row of figures that is no total or average is an item
        numbered = _kind(str(cells.get("no", ""))) == "number" if "no" in used.values() \
            else figures and text_tables.row_role(label, False) == "note"
        role = text_tables.row_role(label, numbered and not _TOTAL.search(label))
        if role == "note" and _TOTAL.search(label):
            role = "total"  # 年度资金总额, 总分
        if not figures:
            role = "note"
        if role != "item":  # a merged label over 序号 … 项目名称 is the row's label only
            cells = {k: v for k, v in cells.items() if k not in _IDENTITY and k != "item"}
        row_id = f"r{number}"
        data: dict[str, Any] = {"id": row_id, "label": label, "level": int(role == "item"),
                                "role": role, "cells": cells, "place": row[0].place}
        if role == "item":
            items.append(row_id)
        if role == "total" and items:
            data["sum_of"] = list(items)
            items = []
        out.append(data)
    _leading_totals(out)
    table: dict[str, Any] = {"id": "", "title": title or "表", "columns": columns,
                             "rows": out}
    present = set(used.values())
    if {"budget", "budget_initial", "adjustment"} <= present:
        table["column_sums"] = [{"total": "budget", "parts": ["budget_initial", "adjustment"]}]
    return table


def _leading_totals(rows: list[dict[str, Any]]) -> None:
    """A total above its items (年度资金总额, then 其中：…) sums the items that follow it,
    up to a second classification of the same total (按收入性质分：… then 按支出性质分：…),
    which sums it again and is not read as more parts."""
    for index, row in enumerate(rows):
        if row["role"] != "total" or "sum_of" in row:
            continue
        after: list[str] = []
        for later in rows[index + 1:]:
            if later["role"] == "total" or (after and _CLASSIFIED.match(later["label"])):
                break
            if later["role"] == "item":
                after.append(later["id"])
        if after:
            row["sum_of"] = after


def _label(path: list[str]) -> str:
    """``全年预算数（小计）`` for a subtotal under its group, else the column's own name."""
    if len(path) > 1 and path[-1] in text_grids.SUBTOTAL:
        return f"{path[-2]}（{path[-1]}）"
    return path[-1]


def _first_text(row: list[GridCell]) -> str:
    return next((c.text.replace("\n", "").strip() for c in row
                 if _kind(c.text) == "text"), "")


def _grid(header: list[list[str]], body: list[list[GridCell]], title: str) -> dict[str, Any]:
    """A label and value columns, laid out as a grid read from text, places kept.

    The label is the first column, or the most specific of leading indicator
    columns (一级指标 / 二级指标 / 三级指标: the 三级 one); the others are value
    columns, whose text cells (年度指标值 ≥95%) are kept as text.
    """
    label = 0
    while label + 1 < len(header) and _INDICATOR.search("".join(header[label + 1])) \
            and _INDICATOR.search("".join(header[label])):
        label += 1
    order = [label, *(i for i in range(len(header)) if i != label)]
    names = ["/".join(header[i]) or ("项目" if n == 0 else f"列{n}")
             for n, i in enumerate(order)]
    places: list[str] = []
    texts: list[str] = []
    rows = []
    for row in body:
        values = []
        for index in order[1:]:
            cell = row[index]
            text = "" if cell.span == row[label].span else cell.text.strip()
            values.append(text_grids.classify(text, len(places)))
            places.append(cell.place)
            texts.append(text.replace("\n", ""))
        rows.append((text_grids.classify(row[label].text.replace("\n", "").strip(), 0), values))
    grid = text_grids.Grid(names, rows, None)
    # Offsets stand for the index of each cell's place: ``starts`` of one line
    # makes the figure's "column" that index plus one.
    table = text_grids.to_table(grid, title or "表", [0])
    for row_data, (_, values), grid_row in zip(table["rows"], rows, body, strict=True):
        row_data["place"] = grid_row[label].place
        cells = row_data["cells"]
        for cell in cells.values():
            _, column = cell.pop("origin")
            cell["place"] = places[column - 1]
        for number, value in enumerate(values, 1):
            if value.kind == "text":
                cells[f"c{number}"] = texts[value.offset]
    if label:
        _indicators(table, body, label)
    return table


def _weight(row: dict[str, Any], column: str) -> Decimal | None:
    cell = row["cells"].get(column)
    return Decimal(cell["value"]) if isinstance(cell, dict) and cell.get("value") else None


def _indicators(table: dict[str, Any], body: list[list[GridCell]], label: int) -> None:
    """An indicator table laid out as its levels: a row for each 一级 / 二级 group (its
    merged cell), then the 三级 indicators under it. 总分 is the form's score total, which
    adds the funds part's execution-rate points, so it sums no rows here, unless its 分值 is
    the sum of the rows' (a score table with no funds part: 合计 100 over weights of 100)."""
    table["columns"][0]["id"] = "indicator"
    rows: list[dict[str, Any]] = []
    open_groups: list[int] = [0] * label
    weights = [c["id"] for c in table["columns"] if c["label"].endswith(_WEIGHT)]
    for row_data, grid_row in zip(table["rows"], body, strict=True):
        row_data["cells"].pop("label", None)
        if _TOTAL.search(row_data["label"]):
            total = {**row_data, "role": "total", "level": 0}
            items = [r for r in rows if r.get("role") == "item"]
            weight = _weight(total, weights[0]) if weights else None
            if items and weight is not None and weight == sum(
                    (_weight(r, weights[0]) or Decimal(0)) for r in items):
                total["sum_of"] = [r["id"] for r in items]  # its weights are all of theirs
            rows.append(total)
            continue
        for level in range(label):
            cell = grid_row[level]
            if cell.span != open_groups[level] and cell.text.strip():
                open_groups[level] = cell.span
                open_groups[level + 1:] = [0] * (label - level - 1)
                rows.append({"id": f"g{len(rows) + 1}", "label": cell.text.strip(),
                             "level": level + 1, "cells": {}})
        rows.append({**row_data, "role": "item", "level": label + 1})
    table["rows"] = rows
