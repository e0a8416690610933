"""What a rule sees while it checks one report.

The context holds the report, the options in force and, computed once on
first use, what the analyzers read out of the narrative. Rules never parse
text themselves: they ask ``ctx.analysis``.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Mapping
from decimal import Decimal
from functools import cached_property
from typing import Any, TypeVar, cast

from crossfoot.analysis.views import View
from crossfoot.errors import ConfigError
from crossfoot.model.records import Record, factory
from crossfoot.model.report import Report

DEFAULT_GRADE_SCALE: tuple[tuple[str, Decimal], ...] = (
    ("优", Decimal(90)),
    ("良", Decimal(80)),
    ("中", Decimal(60)),
    ("差", Decimal(0)),
)


class Options(Record):
    """Settings rules read; ``settings`` carries per-rule keys from configuration."""

    today: dt.date = factory(dt.date.today)
    lang: str | None = None
    grade_scale: tuple[tuple[str, Decimal], ...] = DEFAULT_GRADE_SCALE
    synonyms: tuple[frozenset[str], ...] = ()
    settings: Mapping[str, Any] = factory(dict)

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


V = TypeVar("V", bound=View)


#: the facts of a report large enough that its views' memory is worth collecting between
#: rule families (about 50 KB of text; a full collection costs milliseconds in a busy process)
LARGE_REPORT_FACTS = 500


class Context:
    """What a rule sees: the report, the options in force, and views of both."""

    def __init__(self, report: Report, options: Options | None = None,
                 analyze: Callable[[Report], list[Any]] | None = None,
                 release: Callable[[], None] | None = None) -> None:
        self.report = report
        self.options = options or Options()
        self._analyze = analyze
        self._release = release
        self._views: dict[type[View], View] = {}

    def view(self, kind: type[V]) -> V:
        """The ``kind`` view of this report, built the first time a rule asks."""
        found = self._views.get(kind)
        if found is None:
            found = self._views[kind] = kind.build(self)
        return cast(V, found)

    def forget_views(self) -> None:
        """Let the views built so far go: the rules of the next family build their own.

        Each view serves one family; kept to the end of a check, all of them
        together were the peak of a large report's memory. The tables' places go too.
        What views were let go is collected (when the collector is on: a report too large
        to pause it for), so the next family's views are built in their memory: freed
        tuples otherwise stay on the interpreter's free lists, which only a full
        collection empties (at 100 KB of text 0.13 MiB of the check's peak).
        """
        forgotten = bool(self._views)
        self._views.clear()
        for table in self.report.tables:
            table.forget_places()
        if forgotten and gc.isenabled() and len(self.report.facts) >= LARGE_REPORT_FACTS:
            gc.collect()  # (a small report's views are not worth a full collection's time)

    def forget_analysis(self) -> None:
        """No rule left to run asks for the analysis: let it go, and what ``release``
        (given to the constructor) holds for it (a text's import hands its reading on)."""
        self.__dict__.pop("analysis", None)
        if self._release is not None:
            self._release()

    @cached_property
    def analysis(self) -> list[Any]:
        """Mentions and claims the analyzers read from the narrative."""
        return self._analyze(self.report) if self._analyze else []
