"""Tables whose grid PDF extraction lost, read back where that is certain.

A self-evaluation summary table (项目支出绩效自评情况汇总表) comes out of a PDF
as a title, header words broken over lines, and per row: its number, its
label pieces and one line of figures. Columns are recognised by their
names; a row's figures go to the numeric columns left to right, and when a
row has fewer figures than columns the blank cells are chosen by the table's
own rule (全年预算数 = 年初预算数 + 调整数) and by which columns are usually
left blank (the adjustment). Only a unique best reading is used; otherwise
the table is reported as unreadable (CF003), never guessed. Tables laid out
with ``|`` separators (web pages) are reported the same way.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from crossfoot.importing.text.reflow import Block
from crossfoot.model.numerals import fold
from crossfoot.model.quantity import format_value

#: column names found in the header, longest first, with their role
COLUMN_NAMES: tuple[tuple[str, str], ...] = (
    ("年中追加数/追减数", "adjustment"), ("年中调整数", "adjustment"), ("调整数", "adjustment"),
    ("追加数", "adjustment"), ("年初预算数", "budget_initial"), ("全年预算数", "budget"),
    ("调整后预算数", "budget"), ("全年执行数", "actual"), ("执行数", "actual"),
    ("执行率", "rate"), ("绩效自评得分", "score"), ("自评得分", "score"), ("得分", "score"),
    ("分值", "weight"), ("小计", "budget"), ("序号", "no"), ("预算单位", "unit_name"),
    ("单位名称", "unit_name"), ("项目名称", "project"),
)
ROLE_ORDER = ("budget_initial", "adjustment", "budget", "actual", "rate", "weight", "score")
#: how unusual it is to leave a column of an item row blank
BLANK_COST = {"adjustment": 0, "rate": 1, "weight": 1, "actual": 2, "score": 2, "budget": 3,
              "budget_initial": 3}
_FIGURE = r"-?[0-9][0-9,]*(?:\.[0-9]+)?%?"
NUMBER_LINE = re.compile(rf"^\s*{_FIGURE}(?:\s+{_FIGURE})*+\s*$")
UNIT_LINE = re.compile(r"单位\s*[:：]\s*(万元|元|千元|亿元)")
LABEL_END = re.compile(r"(?:额|数|分|间|名|称|计|率|见|章|字|%|）|\)|况|位|期|值|注)$")

_TOTAL_WORD = re.compile(r"合\s*计|总\s*计")
#: a line that is only a row number
_ROW_NUMBER = re.compile(r"[0-9]{1,3}")
#: a cell that ends like a table's caption (…表, …表（续）)
_CAPTION_END = re.compile(r"表(?:[（(][^（）()]{0,20}[)）])?$")


@dataclass
class Note:
    """Something the importer could not read, said instead of guessed."""

    zh: str
    en: str
    title: str
    #: where in the original PDF, Word or Excel file (``page 3``, ``Sheet1!C6``)
    place: str | None = None


@dataclass
class ReadTable:
    tables: list[dict[str, Any]]
    notes: list[Note] = field(default_factory=list)


def unreadable(title: str, why_zh: str, why_en: str) -> Note:
    return Note(f"表格“{title}”无法可靠读取（{why_zh}），未作检查，请对照原表核对。",
                f"The table “{title}” could not be read reliably ({why_en}); it was not "
                "checked, compare it with the original.", title)


@dataclass
class _Row:
    label_parts: list[str]
    numbers: list[str]
    number_no: str | None = None


def read_summary_table(title: str, blocks: list[Block], organization: str | None
                       ) -> ReadTable:
    """The table whose title is ``title`` from the blocks after it, or a note."""
    lines = [line.text.strip() for b in blocks for line in b.lines]
    unit = None
    header: list[str] = []
    index = 0
    while index < len(lines) and not _row_start(lines, index):
        found = UNIT_LINE.search(lines[index])
        if found:
            unit = found.group(1)
        elif not lines[index].endswith(("：", ":")):
            header.append(lines[index])
        index += 1
    columns = _columns("".join(header).replace(" ", ""))
    numeric = [c for c in columns if c["role"] in ROLE_ORDER]
    if not numeric or index >= len(lines):
        return ReadTable([], [unreadable(title, "未识别出表头", "its header was not recognised")])
    rows = _rows(lines[index:])
    if rows is None:
        return ReadTable([], [unreadable(title, "行与数字无法对应",
                                           "rows and figures do not line up")])
    out_rows: list[dict[str, Any]] = []
    items: list[str] = []
    for n, row in enumerate(rows, 1):
        label = _join_label(row.label_parts)
        cells: dict[str, Any] = {}
        role = "note"
        level = 0
        if row.number_no is not None:
            role, level = "item", 1
            unit_name, project = _split_names(label, organization)
            label = project or label
            if any(c["id"] == "no" for c in columns):
                cells["no"] = row.number_no
            if unit_name and any(c["id"] == "unit_name" for c in columns):
                cells["unit_name"] = unit_name
            if any(c["id"] == "project" for c in columns):
                cells["project"] = project or label
        elif "平均" in label:
            role = "average"
        elif _TOTAL_WORD.search(label):
            role = "total"
        if row.numbers:
            assigned = _assign(row.numbers, numeric, role)
            if assigned is None:
                return ReadTable([], [unreadable(
                    title, f"“{label}”一行的数字对应不到唯一的列",
                    f"the figures of row “{label}” fit more than one set of columns")])
            cells.update(assigned)
        elif role != "note":
            role = "note"
        row_id = f"r{n}"
        data_row: dict[str, Any] = {"id": row_id, "label": label, "level": level, "role": role,
                                    "cells": cells}
        if role == "item":
            items.append(row_id)
        if role == "total" and items:
            data_row["sum_of"] = list(items)
        out_rows.append(data_row)
    table: dict[str, Any] = {"id": "", "title": title, "columns": columns,
                             "rows": out_rows}
    if unit:
        table["unit"] = unit
    roles = {c["role"] for c in columns}
    if {"budget", "budget_initial", "adjustment"} <= roles:
        table["column_sums"] = [{"total": "budget", "parts": ["budget_initial", "adjustment"]}]
    return ReadTable([table])


def _row_start(lines: list[str], index: int) -> bool:
    return bool(_ROW_NUMBER.fullmatch(lines[index])) or bool(NUMBER_LINE.match(lines[index])
                                                                     and index > 0)


def _columns(header: str) -> list[dict[str, Any]]:
    found: list[tuple[int, str, str]] = []
    position = 0
    while position < len(header):
        for name, role in COLUMN_NAMES:
            if header.startswith(name, position):
                found.append((position, name, role))
                position += len(name)
                break
        else:
            position += 1
    names = [name for _, name, _ in found]
    grouped = "小计" in names and "全年预算数" in names
    columns: list[dict[str, Any]] = []
    seen: set[str] = set()
    for _, name, role in found:
        if grouped and name == "全年预算数":
            continue
        key = role if role in ROLE_ORDER or role in ("no", "unit_name", "project") else name
        if key in seen:
            continue
        seen.add(key)
        label = "全年预算数（小计）" if grouped and name == "小计" else name
        columns.append(column_of(role, label, key))
    if grouped:
        text = [c for c in columns if c["id"] not in ROLE_ORDER]
        numeric = sorted((c for c in columns if c["id"] in ROLE_ORDER),
                         key=lambda c: ROLE_ORDER.index(c["id"]))
        columns = [*text, *numeric]
    return columns


def column_of(role: str, label: str, key: str | None = None) -> dict[str, Any]:
    """A summary table's column of ``role`` (a known name's role), as table data."""
    column: dict[str, Any] = {"id": key or role, "label": label, "role": _schema_role(role)}
    if role == "score":
        column.update(unit="分", additive=False)
    if role == "weight":  # points, not the table's money unit
        column.update(unit="分")
    if role == "rate":
        column.update(unit="%", additive=False)
    return column


_TOTAL_LABEL = re.compile(r"合\s*计|总\s*计")


def row_role(label: str, numbered: bool) -> str:
    """A summary table row's role: a numbered item, the average, the total, or a note
    (the roles ``read_summary_table`` gives rows read from text; for grids of documents)."""
    if numbered:
        return "item"
    if "平均" in label:
        return "average"
    if _TOTAL_LABEL.search(label):
        return "total"
    return "note"


def _schema_role(role: str) -> str:
    return {"no": "label", "unit_name": "text", "project": "label"}.get(role, role)


def _rows(lines: list[str]) -> list[_Row] | None:
    rows: list[_Row] = []
    current: _Row | None = None
    for line in lines:
        if _ROW_NUMBER.fullmatch(line) and (current is None or current.numbers
                                                  or not current.label_parts):
            current = _Row([], [], line)
            rows.append(current)
            continue
        if NUMBER_LINE.match(line):
            if current is None or current.numbers:
                return None
            current.numbers = line.split()
            continue
        if current is None or current.numbers or (current.number_no is None and current.label_parts
                                                  and LABEL_END.search(current.label_parts[-1])):
            current = _Row([], [])
            rows.append(current)
        current.label_parts.append(line)
    return rows


def _join_label(parts: list[str]) -> str:
    return "".join(parts).strip()


def _split_names(label: str, organization: str | None) -> tuple[str | None, str]:
    if organization:
        compact = organization.replace(" ", "")
        if label.replace(" ", "").startswith(compact):
            consumed = 0
            count = 0
            while count < len(compact) and consumed < len(label):
                if label[consumed] != " ":
                    count += 1
                consumed += 1
            return compact, label[consumed:].strip()
    return None, label


def _assign(numbers: list[str], columns: list[dict[str, Any]],
            role: str) -> dict[str, Any] | None:
    values = [fold(n).replace(",", "") for n in numbers]
    ids = [c["id"] for c in columns]
    if role == "average":
        scores = [i for i in ids if i == "score"]
        return {scores[0]: format_value(Decimal(values[0]))} \
            if len(values) == 1 and scores and not values[0].endswith("%") else None
    if len(values) > len(ids):
        return None
    best: list[tuple[int, dict[str, Any]]] = []
    for filled in itertools.combinations(range(len(ids)), len(values)):
        if any(v.endswith("%") and ids[i] != "rate" for i, v in zip(filled, values, strict=True)):
            continue  # a figure shown with % is a rate (执行率 100%), in no other column
        cells = {ids[i]: Decimal(v.removesuffix("%")) for i, v in zip(filled, values, strict=True)}
        if not _plausible(cells):
            continue
        blanks = [ids[i] for i in range(len(ids)) if i not in filled]
        cost = sum(BLANK_COST.get(b, 1) if not (role == "total" and b == "score") else 0
                   for b in blanks)
        best.append((cost, {i: (cells.get(i)) for i in ids}))
    if not best:
        return None
    best.sort(key=lambda item: item[0])
    if len(best) > 1 and best[0][0] == best[1][0]:
        return None
    return {key: (format_value(value) if isinstance(value, Decimal) else None)
            for key, value in best[0][1].items()}


def _plausible(cells: dict[str, Decimal]) -> bool:
    """The row's own arithmetic: 全年预算数 = 年初预算数 + 调整数; a score within 0..100."""
    score = cells.get("score")
    if score is not None and not Decimal(0) <= score <= Decimal(100):
        return False
    budget = cells.get("budget")
    initial = cells.get("budget_initial")
    adjustment = cells.get("adjustment", Decimal(0))
    if budget is not None and initial is not None:
        return budget == initial + adjustment
    return not (budget is not None and initial is None and "adjustment" not in cells)


#: what parts a line's cells (| or a tab)
_CELL_MARKS = re.compile(r"[|\t]")


def pipe_note(blocks: list[Block], caption: str = "") -> Note:
    """A note for a table laid out with ``|`` separators, named by its caption or title cell."""
    title = caption
    for block in blocks:
        for cell in _CELL_MARKS.split(block.text):
            cell = cell.strip()
            if _CAPTION_END.search(cell) and len(cell) <= 40:
                title = cell
                break
        if title:
            break
    title = title or _CELL_MARKS.split(blocks[0].text)[0].strip()[:40]
    return unreadable(title, "表格以“|”分隔、行列结构不完整",
                      "it is laid out with | separators and its rows and columns are incomplete")
