"""Which rules run, and at what severity: ruff-style selection by id, prefix or name.

One notion of "this entry names that rule" serves selection, severity
overrides, waivers and ``crossfoot rule KEY``: an exact id (any case) or
kebab-case name names it outright; a prefix (``SUM1``) names every rule whose
id starts with it; ``ALL`` names every rule. The longest match decides.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol, TypeVar

from crossfoot.checking.findings import Severity
from crossfoot.model.records import Record, factory

#: how strongly an exact id or name names a rule; a prefix scores 1 + its length
EXACT = 1000


class Named(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def name(self) -> str: ...


R = TypeVar("R", bound=Named)


def specificity(entry: str, rule_id: str, rule_name: str) -> int:
    """How specifically ``entry`` names the rule: 0 not at all, higher is more specific."""
    entry = entry.strip()
    if entry == "ALL":
        return 1
    if names_exactly(entry, rule_id, rule_name):
        return EXACT
    if entry and rule_id.startswith(entry.upper()):
        return 1 + len(entry)
    return 0


def names_exactly(entry: str, rule_id: str, rule_name: str) -> bool:
    """An exact reference: the id in any case, or the name."""
    entry = entry.strip()
    return entry in (rule_id, rule_name) or entry.upper() == rule_id


def best(entries: Iterable[str], rule_id: str, rule_name: str) -> int:
    return max((specificity(e, rule_id, rule_name) for e in entries), default=0)


class Selection(Record):
    """The rules chosen and the severities overridden; the command line merges on top."""

    select: tuple[str, ...] = ("ALL",)
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = factory(dict)

    def selects(self, rule_id: str, rule_name: str) -> bool:
        chosen = best((*self.select, *self.extend_select), rule_id, rule_name)
        dropped = best((*self.ignore, *self.extend_ignore), rule_id, rule_name)
        return chosen > 0 and chosen > dropped

    def chosen(self, rules: Iterable[R]) -> list[R]:
        """The selected rules, in id order (the order they run in)."""
        return sorted((r for r in rules if self.selects(r.id, r.name)), key=lambda r: r.id)

    def severity_for(self, rule_id: str, rule_name: str, default: Severity) -> Severity:
        found, score = default, 0
        for entry, severity in self.severity.items():
            here = specificity(entry, rule_id, rule_name)
            if here > score:
                found, score = severity, here
        return found
