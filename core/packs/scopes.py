"""Scopes: where a rule runs. Once per report, per table, per row, per fact, per paragraph.

A scope narrows by table title patterns, by the columns a table must have
(resolved like ``row.<name>``: id, label, synonym or role), by row role and
level, by fact concept pattern and measure. Each item carries its own
location, so each failing row or fact gives its own finding.
"""

from __future__ import annotations

from collections.abc import Iterator

from crossfoot.model.places import Location
from crossfoot.model.records import Record
from crossfoot.model.report import Table
from crossfoot.packs.env import Env, Item, row_role
from crossfoot.packs.names import glob, matching_tables

EACH = ("report", "table", "row", "fact", "paragraph", "claim")


class Scope(Record):
    each: str = "report"
    tables: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    levels: tuple[int, ...] = ()
    concepts: tuple[str, ...] = ()
    measures: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()

    def describe(self) -> str:
        """The scope in words, for ``crossfoot rule ID``."""
        if self.each == "report":
            return "once per report"
        parts = [f"for each {self.each}"]
        for words, values, joint in (("of tables matching", self.tables, ", "),
                                     ("with columns", self.columns, ", "),
                                     ("with role", self.roles, " or "),
                                     ("at level", tuple(map(str, self.levels)), " or "),
                                     ("with concept", self.concepts, " or "),
                                     ("measuring", self.measures, " or "),
                                     ("of kind", self.kinds, " or ")):
            if values:
                parts.append(f"{words} {joint.join(values)}")
        return " ".join(parts)


def items(scope: Scope, env: Env) -> Iterator[Item]:
    report = env.report
    if scope.each == "report":
        yield Item("report", Location(pointer="", anchor="report", label=report.meta.title))
    elif scope.each in ("table", "row"):
        for table in _tables(scope, env):
            if scope.each == "table":
                yield Item("table", table.location(), table)
                continue
            env.budget.spend(len(table.rows))
            made = env.resolved.row_items
            for row in table.rows:
                if scope.roles and row_role(table, row) not in scope.roles:
                    continue
                if scope.levels and row.level not in scope.levels:
                    continue
                # one item per row for every scope of the pack (rows live as long as the
                # report): most rules of a pack walk the same rows under other scopes
                item = made.get(id(row))
                if item is None:
                    item = made[id(row)] = Item("row", table.row_location(row), table, row)
                yield item
    elif scope.each == "fact":
        env.budget.spend(len(report.facts))
        for fact in report.facts:
            if scope.concepts and not any(glob(p, fact.concept or "") for p in scope.concepts):
                continue
            if scope.measures and fact.measure not in scope.measures:
                continue
            yield Item("fact", fact.location(), fact=fact)
    elif scope.each == "claim":
        narrative = env.narrative()
        for claim in narrative.claims:
            env.budget.spend()
            if scope.kinds and claim.kind not in scope.kinds:
                continue
            first = narrative.figures.get(claim.figures[0]) if claim.figures else None
            location = narrative.location(first) if first is not None else None
            yield Item("claim", location or Location(pointer="", anchor="report"), claim=claim)
    else:
        for paragraph in report.iter_paragraphs():
            env.budget.spend()
            yield Item("paragraph", paragraph.location(), paragraph=paragraph)


#: scopes whose items depend on the report alone (a claim scope reads the narrative)
_SHARED = ("table", "row", "fact")


def shared_items(scope: Scope, env: Env) -> list[Item]:
    """``items`` as a list. Rules of a pack share scopes (the same columns, the same rows), so
    a table, row or fact scope is walked once per report; a later rule with it pays the
    steps the walk charges for rows and facts (its columns are answered already)."""
    if scope.each not in _SHARED:
        return list(items(scope, env))
    known = env.resolved.scopes.get(scope)
    if known is not None:
        for steps in known[1]:
            env.budget.spend(steps)
        return known[0]
    found = list(items(scope, env))
    if scope.each == "row":
        charges = [len(table.rows) for table in _tables(scope, env)]
    else:
        charges = [len(env.report.facts)] if scope.each == "fact" else []
    env.resolved.scopes[scope] = (found, charges)
    return found


def _tables(scope: Scope, env: Env) -> Iterator[Table]:
    tables = matching_tables(scope.tables, env.report.tables) if scope.tables \
        else env.report.tables
    for table in tables:
        if all(env.column(table, name) is not None for name in scope.columns):
            yield table
