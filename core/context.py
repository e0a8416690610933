"""What a rule sees while it checks one report.

The context holds the report, the options in force and, computed once on
first use, what the analyzers read out of the narrative. Rules never parse
text themselves: they ask ``ctx.analysis``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import Any

from crossfoot.model import Report

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


class Context:
    def __init__(self, report: Report, options: Options | None = None,
                 analyze: Callable[[Report], list[Any]] | None = None) -> None:
        self.report = report
        self.options = options or Options()
        self._analyze = analyze

    @cached_property
    def analysis(self) -> list[Any]:
        """Mentions and claims the analyzers read from the narrative."""
        return self._analyze(self.report) if self._analyze else []
