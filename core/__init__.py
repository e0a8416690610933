"""crossfoot: rule-based audit and consistency checks for structured reports.

This module is the public API: what a plugin author imports. Everything a
rule needs is here, under stable names; the packages below (``crossfoot.model``,
``crossfoot.checking`` ...) are the implementation and may move.

- plugins: ``hookimpl`` marks hook implementations (specs: ``crossfoot.hookspecs``);
- rules: ``Rule``, ``Applicability``, ``Context`` (with ``ctx.view(Kind)`` for
  derived data built once per report), ``View``, ``Finding``, ``Location``,
  ``Evidence``, ``Severity``;
- the report model: ``Report``, ``Meta``, ``Section``, ``Paragraph``, ``Table``,
  ``Column``, ``Row``, ``Cell``, ``Fact``, ``Ref``, ``Relation``;
- figures and tolerance: ``Quantity`` (a Decimal with the digits it shows),
  ``Interval``, ``format_value``, ``check_sum`` / ``SumCheck`` (design.md's
  tolerance for totals), ``covered_rows`` (which rows a total row adds up);
- dates and headings: ``PartialDate``, ``Period``, ``DateError``, ``parse_date``,
  ``parse_period``, ``find_years``, ``year_end``, ``part_of_year_end``,
  ``without_plan_spans``; ``HeadingNumber``,
  ``parse_heading_number``, ``printed_heading``, ``render_heading_number``,
  ``HEADING_STYLES``;
- value classes and patterns that cost a start next to nothing: ``Record`` (an
  immutable class from annotations, as a frozen dataclass but defined in
  microseconds) and ``LazyPattern`` (a regular expression compiled on first use).

Names load on first use (PEP 562), so that ``crossfoot --version`` and other
quick commands do not pay for pluggy and the rule machinery.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    import pluggy

    from crossfoot.analysis.views import View
    from crossfoot.checking.context import Context
    from crossfoot.checking.findings import Evidence, Finding, Location, Severity
    from crossfoot.checking.rule import Applicability, Rule, Setting
    from crossfoot.model.dates import (
        DateError,
        PartialDate,
        Period,
        find_years,
        parse_date,
        parse_period,
        part_of_year_end,
        without_plan_spans,
        year_end,
    )
    from crossfoot.model.interval import Interval
    from crossfoot.model.numbering import STYLE_ORDER as HEADING_STYLES
    from crossfoot.model.numbering import HeadingNumber, printed_heading
    from crossfoot.model.numbering import parse_number as parse_heading_number
    from crossfoot.model.numbering import render as render_heading_number
    from crossfoot.model.quantity import Quantity, format_value
    from crossfoot.model.records import Record
    from crossfoot.model.report import (
        Cell,
        Column,
        Fact,
        Meta,
        Paragraph,
        Ref,
        Relation,
        Report,
        Row,
        Section,
        Table,
    )
    from crossfoot.model.sums import COMPLETE, PARTIAL, UNSTATED, SumCheck, check_sum, comparable
    from crossfoot.model.table_tree import covered_rows
    from crossfoot.patterns import LazyPattern

    hookimpl: pluggy.HookimplMarker

#: public name -> (module, name in it)
_FROM: dict[str, tuple[str, str]] = {
    "Context": ("crossfoot.checking.context", "Context"),
    "View": ("crossfoot.analysis.views", "View"),
    **{n: ("crossfoot.checking.findings", n)
       for n in ("Evidence", "Finding", "Location", "Severity")},
    **{n: ("crossfoot.checking.rule", n) for n in ("Applicability", "Rule", "Setting")},
    **{n: ("crossfoot.model.dates", n)
       for n in ("DateError", "PartialDate", "Period", "find_years", "parse_date",
                 "parse_period", "part_of_year_end", "without_plan_spans", "year_end")},
    "Interval": ("crossfoot.model.interval", "Interval"),
    "HEADING_STYLES": ("crossfoot.model.numbering", "STYLE_ORDER"),
    "HeadingNumber": ("crossfoot.model.numbering", "HeadingNumber"),
    "printed_heading": ("crossfoot.model.numbering", "printed_heading"),
    "parse_heading_number": ("crossfoot.model.numbering", "parse_number"),
    "render_heading_number": ("crossfoot.model.numbering", "render"),
    **{n: ("crossfoot.model.quantity", n) for n in ("Quantity", "format_value")},
    **{n: ("crossfoot.model.report", n)
       for n in ("Cell", "Column", "Fact", "Meta", "Paragraph", "Ref", "Relation", "Report",
                 "Row", "Section", "Table")},
    **{n: ("crossfoot.model.sums", n)
       for n in ("COMPLETE", "PARTIAL", "UNSTATED", "SumCheck", "check_sum", "comparable")},
    "covered_rows": ("crossfoot.model.table_tree", "covered_rows"),
    "Record": ("crossfoot.model.records", "Record"),
    "LazyPattern": ("crossfoot.patterns", "LazyPattern"),
}

__all__ = [
    "COMPLETE",
    "HEADING_STYLES",
    "PARTIAL",
    "UNSTATED",
    "Applicability",
    "Cell",
    "Column",
    "Context",
    "DateError",
    "Evidence",
    "Fact",
    "Finding",
    "HeadingNumber",
    "Interval",
    "LazyPattern",
    "Location",
    "Meta",
    "Paragraph",
    "PartialDate",
    "Period",
    "Quantity",
    "Record",
    "Ref",
    "Relation",
    "Report",
    "Row",
    "Rule",
    "Section",
    "Setting",
    "Severity",
    "SumCheck",
    "Table",
    "View",
    "__version__",
    "check_sum",
    "comparable",
    "covered_rows",
    "find_years",
    "format_value",
    "hookimpl",
    "parse_date",
    "parse_heading_number",
    "parse_period",
    "part_of_year_end",
    "printed_heading",
    "render_heading_number",
    "without_plan_spans",
    "year_end",
]


def __getattr__(name: str) -> Any:
    import importlib

    if name == "hookimpl":
        import pluggy

        value: Any = pluggy.HookimplMarker("crossfoot")
    elif name in _FROM:
        module, attribute = _FROM[name]
        value = getattr(importlib.import_module(module), attribute)
    else:
        raise AttributeError(f"module 'crossfoot' has no attribute {name!r}")
    globals()[name] = value  # once: every plugin shares the same hookimpl marker
    return value
