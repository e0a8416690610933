"""Finding things by name in a pack: columns and rows, table titles.

Reports label the same column in many ways (全年预算数（小计）, 全年预算数,
调整后预算数). A name in a pack matches a column by id, by its label once
normalised (``crossfoot.analysis.labels``: width, spaces, punctuation, a
leading 其中：, trailing bracketed notes dropped), by a synonym the pack
declares, or by the column's role. Table titles match glob patterns
(``*自评表*``; ``!*汇总*`` excludes).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from crossfoot.analysis.labels import Synonyms, normalise_label
from crossfoot.model.report import Column, Row, Table

__all__ = ["Synonyms", "column_labels", "find_column", "find_row", "glob", "matching_tables",
           "normalise", "row_labels", "same_text", "title_matches"]

def normalise(text: str) -> str:
    """A name reduced for comparison: ``“三公”经费（万元）`` and ``三公经费`` agree."""
    return normalise_label(text)


def same_text(a: str, b: str, synonyms: Synonyms) -> bool:
    """Equal texts: the same once normalised, or synonyms of each other."""
    return a == b or normalise(b) in synonyms.variants(a)


def find_column(table: Table, name: str, synonyms: Synonyms,
                labels: Sequence[str] | None = None) -> Column | None:
    """The column ``name`` means: by id, then label, then synonym, then role.

    ``labels`` is ``column_labels(table)``, for a caller that keeps it between questions.
    """
    variants = synonyms.variants(name)
    key = normalise(name)
    labels = column_labels(table) if labels is None else labels
    best, best_score = None, 0
    for column, label in zip(table.columns, labels, strict=True):
        if column.id == name:
            score = 4
        elif label == key:
            score = 3
        elif label in variants:
            score = 2
        elif (column.role and (column.role == name or column.role in variants)) \
                or column.id.lower() in variants:
            score = 1
        else:
            continue
        if score > best_score:
            best, best_score = column, score
    return best


def find_row(table: Table, name: str, synonyms: Synonyms,
             labels: Mapping[str, int] | None = None) -> Row | None:
    """The row ``name`` means: by id, then (the first) by label or a synonym of it.

    ``labels`` is ``row_labels(table)``, for a caller that keeps it between questions.
    """
    for row in table.rows:
        if row.id == name:
            return row
    labels = row_labels(table) if labels is None else labels
    found = [labels[v] for v in synonyms.variants(name) if v in labels]
    return table.rows[min(found)] if found else None


def column_labels(table: Table) -> tuple[str, ...]:
    """Each column's label, normalised, in the table's order."""
    return tuple(normalise(column.label) for column in table.columns)


def row_labels(table: Table) -> dict[str, int]:
    """The position of the first row of each normalised label."""
    labels: dict[str, int] = {}
    for index, row in enumerate(table.rows):
        labels.setdefault(normalise(row.label), index)
    return labels


def glob(pattern: str, text: str) -> bool:
    """``*`` any run, ``?`` one character; linear time, no regular expression."""
    parts = pattern.split("*")
    if len(parts) == 1:
        return _fits(pattern, text)
    head, *middle, tail = parts
    if len(head) + len(tail) > len(text) or not _fits(head, text[:len(head)]) \
            or not _fits(tail, text[len(text) - len(tail):]):
        return False
    pos, end = len(head), len(text) - len(tail)
    for part in middle:
        if not part:
            continue
        found = _find(part, text, pos, end)
        if found < 0:
            return False
        pos = found + len(part)
    return True


def _fits(pattern: str, text: str) -> bool:
    return len(pattern) == len(text) and all(p in ("?", t) for p, t in zip(pattern, text,
                                                                           strict=True))


def _find(part: str, text: str, start: int, end: int) -> int:
    if "?" not in part:
        return text.find(part, start, end)
    for i in range(start, end - len(part) + 1):
        if _fits(part, text[i:i + len(part)]):
            return i
    return -1


def title_matches(patterns: Sequence[str], table: Table) -> bool:
    """True when a pattern names the table (id or title glob) and no ``!pattern`` excludes it."""
    wanted = [p for p in patterns if not p.startswith("!")]
    unwanted = [p[1:] for p in patterns if p.startswith("!")]

    def hit(pattern: str) -> bool:
        return pattern == table.id or glob(pattern, table.title)

    return (not wanted or any(hit(p) for p in wanted)) and not any(hit(p) for p in unwanted)


def matching_tables(patterns: Sequence[str], tables: Iterable[Table]) -> list[Table]:
    if list(patterns) == ["*"]:
        return list(tables)
    return [t for t in tables if title_matches(patterns, t)]
