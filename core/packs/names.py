"""Finding things by name: labels of columns and rows, table titles, synonyms.

Reports label the same column in many ways (全年预算数（小计）, 全年预算数,
调整后预算数). A name in a pack matches a column by id, by its label once
normalised (width, spaces, quotes, a leading 其中：, trailing bracketed notes
dropped), by a synonym the pack declares, or by the column's role. Table
titles match glob patterns (``*自评表*``; ``!*汇总*`` excludes).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from crossfoot.model.report import Column, Row, Table

_QUOTES = str.maketrans("", "", "\"'“”‘’「」『』《》〈〉")
_TRAILING_NOTE = re.compile(r"\([^()]*\)$")
_LEADING = re.compile(r"^(其中[:：]?|[0-9]+[.、]|[（(][一二三四五六七八九十0-9]+[)）])")


def normalise(text: str) -> str:
    """A label reduced for comparison: ``“三公”经费（万元）`` and ``三公经费`` agree."""
    return _normalise_label(text) if len(text) <= 200 else _normalise(text)


@lru_cache(maxsize=8192)
def _normalise_label(text: str) -> str:
    """Labels recur (every rule asks for 得分): remember them; long paragraphs are not kept."""
    return _normalise(text)


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = "".join(text.split()).lower()
    text = _LEADING.sub("", text)
    while True:
        shorter = _TRAILING_NOTE.sub("", text)
        if shorter == text or not shorter:
            return text
        text = shorter


@dataclass(frozen=True)
class Synonyms:
    """Groups of names that mean the same; a group may name roles (``actual``) too."""

    groups: tuple[tuple[str, ...], ...] = ()
    _index: dict[str, frozenset[str]] = field(default_factory=dict, init=False, repr=False,
                                               compare=False)

    def __post_init__(self) -> None:
        for group in self.groups:
            members = frozenset(normalise(g) for g in group)
            for member in members:
                self._index[member] = self._index.get(member, frozenset()) | members

    def variants(self, name: str) -> frozenset[str]:
        key = normalise(name)
        return self._index.get(key, frozenset()) | {key}


def same_text(a: str, b: str, synonyms: Synonyms) -> bool:
    """Equal texts: the same once normalised, or synonyms of each other."""
    return a == b or normalise(b) in synonyms.variants(a)


def find_column(table: Table, name: str, synonyms: Synonyms) -> Column | None:
    """The column ``name`` means: by id, then label, then synonym, then role."""
    variants = synonyms.variants(name)
    key = normalise(name)
    best, best_score = None, 0
    for column in table.columns:
        if column.id == name:
            score = 4
        elif normalise(column.label) == key:
            score = 3
        elif normalise(column.label) in variants:
            score = 2
        elif (column.role and (column.role == name or column.role in variants)) \
                or column.id.lower() in variants:
            score = 1
        else:
            continue
        if score > best_score:
            best, best_score = column, score
    return best


def find_row(table: Table, name: str, synonyms: Synonyms) -> Row | None:
    """The row ``name`` means: by id, then by label or a synonym of it."""
    for row in table.rows:
        if row.id == name:
            return row
    variants = synonyms.variants(name)
    return next((r for r in table.rows if normalise(r.label) in variants), None)


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
