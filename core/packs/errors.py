"""Errors of the pack language: where in the pack file, and what is wrong.

A problem found while reading a pack (TOML, grammar, names, limits) is a
``PackError``: every line names file:line:column and shows the offending
line with a caret, like a compiler. A problem found while evaluating on a
report is an ``EvalError``; the engine turns it into a CF finding.
"""

from __future__ import annotations

import unicodedata

from crossfoot.errors import CrossfootError
from crossfoot.model.records import Record


class LangError(Exception):
    """A problem in one expression at character offset ``pos``."""

    def __init__(self, message: str, pos: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.pos = pos


class EvalError(Exception):
    """A rule could not be evaluated on a report (wrong types, units, a budget)."""


class Problem(Record):
    """One problem in a pack file, at a 1-based line and column."""

    path: str
    line: int
    column: int
    message: str
    source: str = ""

    def lines(self) -> list[str]:
        head = f"{self.path}:{self.line}:{self.column}: {self.message}"
        if not self.source:
            return [head]
        text = self.source.rstrip("\n").expandtabs(1)
        prefix = text[: max(self.column - 1, 0)]
        return [head, f"    {text}", "    " + " " * display_width(prefix) + "^"]


class PackError(CrossfootError):
    """A pack that cannot be used; ``problems`` lists every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        out: list[str] = []
        for problem in self.problems:
            out.extend(problem.lines())
        return out


def display_width(text: str) -> int:
    """Terminal columns of ``text``: CJK and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
