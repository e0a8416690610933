"""Typos are errors: every selector and option key must name something that exists.

As ruff refuses ``--select NOPE999``, a selector (in select, ignore, their
extend- forms or a severity override) that names no rule, by id, prefix or
name, would silently run nothing or ignore nothing; an option key no rule
reads would silently keep its default; a value of the wrong kind would fail
every report it is read in. Each is one configuration error before anything
runs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from crossfoot.checking.rule import Rule, Setting
from crossfoot.filtering.selection import Selection, specificity


def selector_problems(selection: Selection, rules: Sequence[Rule],
                      given: Mapping[str, Iterable[str]] | None = None
                      ) -> list[tuple[bool, str]]:
    """One line per selector that names no rule, and whether the command line gave it.

    ``given`` holds, by key (``select``, ``severity`` ...), the entries that
    came from command-line flags: those are named as the flag, the others as
    the configuration key.
    """
    problems = []
    lists = {"select": selection.select, "extend-select": selection.extend_select,
             "ignore": selection.ignore, "extend-ignore": selection.extend_ignore,
             "severity": tuple(selection.severity)}
    for key, entries in lists.items():
        flagged = set((given or {}).get(key, ()))
        for entry in entries:
            if not any(specificity(entry, r.id, r.name) for r in rules):
                where = f"--{key} {entry}" if entry in flagged else f"{key}: {entry!r}"
                problems.append((entry in flagged, f"{where} names no rule (not an id, prefix "
                                                   "or name; see `crossfoot rules`)"))
    return problems


def setting_problems(settings: Mapping[str, Any], rules: Iterable[Rule]) -> list[str]:
    """One line per option key no rule reads, and per value of the wrong kind."""
    known: dict[str, Setting] = {}
    for rule in rules:
        for setting in getattr(rule, "settings", ()):
            known.setdefault(setting.key, setting)
    problems = []
    for key, value in _flat(settings, known):
        setting = known.get(key)
        if setting is None:
            names = ", ".join(sorted(known)) or "none"
            problems.append(f"options: unknown key {key!r} (known: {names})")
            continue
        problem = setting.problem(value)
        if problem is not None:
            problems.append(f"options: {key} {problem}, not {value!r}")
    return problems


def _flat(settings: Mapping[str, Any], known: Mapping[str, Setting],
          prefix: str = "") -> Iterator[tuple[str, Any]]:
    """(key, value) pairs; a table under an undeclared key is its dotted keys (``cn.x``)."""
    for key, value in settings.items():
        full = f"{prefix}{key}"
        if full not in known and isinstance(value, Mapping):
            yield from _flat(value, known, full + ".")
        else:
            yield full, value
