"""Which rows a total or subtotal row adds up.

Declared ``sum_of`` wins. Otherwise a row with role total or subtotal (or,
in a table that declares no roles, a row labelled 合计 / 总计 / 小计) covers
its direct children: the adjacent block of deeper rows, after it when the
next row is deeper (total first), before it otherwise (total last).
"""

from __future__ import annotations

from crossfoot.model.report import Row, Table
from crossfoot.patterns import LazyPattern

TOTAL_LABEL = LazyPattern(r"^\s*(?:.{0,30}?)(合\s*计|总\s*计|小\s*计|共\s*计)\s*$")
TOTAL_ROLES = ("total", "subtotal")
SKIPPED_ROLES = ("note", "average")


def is_total_row(table: Table, row: Row) -> bool:
    if row.sum_of is not None or row.role in TOTAL_ROLES:
        return True
    declared = any(r.role for r in table.rows)
    return not declared and bool(TOTAL_LABEL.match(row.label))


def covered_rows(table: Table, row: Row) -> list[Row]:
    """The rows ``row`` adds up; empty when it is not a total or covers nothing."""
    if row.sum_of is not None:
        by_id = {r.id: r for r in table.rows}
        return [by_id[i] for i in row.sum_of if i in by_id]
    if not is_total_row(table, row):
        return []
    rows = list(table.rows)
    index = rows.index(row)
    after = rows[index + 1:]
    before = list(reversed(rows[:index]))
    if after and after[0].level > row.level:
        block = _block(after, row.level)
    else:
        block = _block(before, row.level)
        block.reverse()
    if not block:
        return []
    top = min(r.level for r in block)
    return [r for r in block if r.level == top and r.role not in SKIPPED_ROLES]


def _block(candidates: list[Row], level: int) -> list[Row]:
    """Rows deeper than ``level`` (or same-level items when no levels are used)."""
    block: list[Row] = []
    flat = all(r.level == level for r in candidates[:1])
    for r in candidates:
        if r.role in SKIPPED_ROLES:
            continue
        if flat:
            if r.level != level or r.role in TOTAL_ROLES or TOTAL_LABEL.match(r.label):
                break
        elif r.level <= level:
            break
        block.append(r)
    return block
