"""Plain-text reports: the ``.txt`` importer and the narrative analyzer.

``crossfoot check report.txt`` reads the text into the ordinary Report model
(crossfoot.importing.text), so every rule checks it as it checks JSON; the
analyzer hook gives rules that ask for ``ctx.analysis`` the figures and
claims read from any report's paragraphs.

Both are imported on first use: their grammars and regular expressions take
longer to build than a whole check of a JSON report, which needs neither.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from crossfoot import hookimpl
from crossfoot.model.report import Report


def import_text(path: Path, options: Mapping[str, Any] | None = None) -> Report:
    """``crossfoot.importing.text.import_text``, imported when a text file is first read."""
    from crossfoot.importing.text import import_text as importer

    return importer(path, options)


@hookimpl
def crossfoot_importers() -> dict[str, Callable[..., Report]]:
    return {".txt": import_text}


@hookimpl
def crossfoot_analyze(report: Report) -> Iterable[Any]:
    from crossfoot.analysis import analyze_report

    return analyze_report(report)
