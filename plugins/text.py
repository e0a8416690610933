"""Plain-text reports: the ``.txt`` importer and the narrative analyzer.

``crossfoot check report.txt`` reads the text into the ordinary Report model
(crossfoot.textimport), so every rule checks it as it checks JSON; the
analyzer hook gives rules that ask for ``ctx.analysis`` the figures and
claims read from any report's paragraphs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from crossfoot import hookimpl
from crossfoot.analyze import analyze_report
from crossfoot.model import Report
from crossfoot.textimport import import_text


@hookimpl
def crossfoot_importers() -> dict[str, Callable[..., Report]]:
    return {".txt": import_text}


@hookimpl
def crossfoot_analyze(report: Report) -> Iterable[Any]:
    return analyze_report(report)
