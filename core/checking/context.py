"""What a rule sees while it checks one report.

The context holds the report, the options in force and, computed once on
first use, what the analyzers read out of the narrative. Rules never parse
text themselves: they ask ``ctx.analysis``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import Any, TypeVar

from crossfoot.errors import ConfigError
from crossfoot.model.report import Report

T = TypeVar("T")

DEFAULT_GRADE_SCALE: tuple[tuple[str, Decimal], ...] = (
    ("优", Decimal(90)),
    ("良", Decimal(80)),
    ("中", Decimal(60)),
    ("差", Decimal(0)),
)


@dataclass(frozen=True)
class Options:
    """Settings rules read; ``settings`` carries per-rule keys from configuration."""

    today: dt.date = field(default_factory=dt.date.today)
    lang: str | None = None
    grade_scale: tuple[tuple[str, Decimal], ...] = DEFAULT_GRADE_SCALE
    synonyms: tuple[frozenset[str], ...] = ()
    settings: Mapping[str, Any] = field(default_factory=dict)

    def setting(self, key: str, default: Any) -> Any:
        return self.settings.get(key, default)

    def decimal_setting(self, key: str, default: Decimal) -> Decimal:
        """A numeric setting as Decimal (TOML floats read through their text, never binary)."""
        value = self.settings.get(key, default)
        number = _decimal(value)
        if number is None:
            raise ConfigError(f"option {key} must be a number, not {value!r}")
        return number


def parse_grade_scale(scale: Mapping[str, Any], source: str = "configuration"
                      ) -> tuple[tuple[str, Decimal], ...]:
    """``{优 = 90, 良 = 80, 中 = 60, 差 = 0}`` as (grade, lowest score) pairs, best first."""
    pairs = []
    for name, value in scale.items():
        number = _decimal(value)
        if number is None or not str(name).strip():
            raise ConfigError(f"{source}: grade-scale: {name!r} needs a lowest score, "
                              f"not {value!r}")
        pairs.append((str(name).strip(), number))
    if not pairs:
        raise ConfigError(f"{source}: grade-scale is empty")
    pairs.sort(key=lambda pair: pair[1], reverse=True)
    if len({low for _, low in pairs}) != len(pairs):
        raise ConfigError(f"{source}: grade-scale: two grades have the same lowest score")
    return tuple(pairs)


def _decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int | float | str):
        try:
            number = Decimal(str(value).strip())
        except ArithmeticError:
            return None
        return number if number.is_finite() else None
    return None


class Context:
    def __init__(self, report: Report, options: Options | None = None,
                 analyze: Callable[[Report], list[Any]] | None = None) -> None:
        self.report = report
        self.options = options or Options()
        self._analyze = analyze
        self._memo: dict[Hashable, Any] = {}

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()`` once per report: derived data several rules read.

        Rules of one family often walk the same structure (every sum of a
        table, every dated value); the first rule to ask pays, the others reuse.
        """
        if key not in self._memo:
            self._memo[key] = compute()
        value: T = self._memo[key]
        return value

    @cached_property
    def analysis(self) -> list[Any]:
        """Mentions and claims the analyzers read from the narrative."""
        return self._analyze(self.report) if self._analyze else []
