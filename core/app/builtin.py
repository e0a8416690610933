"""The built-in formats and analyzer, registered through the same hooks a plugin uses.

``.json`` is the native report; ``.txt`` is a text document laid out by the
text importer and read by the narrative analysis. The output formats (text,
JSON, SARIF, JUnit, HTML) are reporters like any plugin's, and the narrative
analyzer answers ``crossfoot_analyze`` for the packs' narrative functions.
Each is imported when first used: their grammars and writers cost more to
build than a whole check of a JSON report that needs none of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crossfoot import hookimpl
from crossfoot.app.runtime import reading_collected, release_cycles
from crossfoot.model.report import Report

if TYPE_CHECKING:
    from crossfoot.importing.text import TextDocument
    from crossfoot.reporting.results import FileResult
    from crossfoot.reporting.streaming import RenderOptions


def import_json(path: Path, options: Mapping[str, Any] | None = None) -> Report:
    from crossfoot.importing.load import Limits, load_json_report

    return load_json_report(path, Limits.of(options or {}))


def read_text_document(path: Path, options: Mapping[str, Any] | None = None,
                       statements: bool = True) -> TextDocument:
    """A text file laid out and its narrative read: what ``crossfoot extract`` writes."""
    from crossfoot.analysis.narrative import read_document
    from crossfoot.importing.text import read_text_file

    with reading_collected():
        document = read_document(read_text_file(path, options), statements, handed_over=True)
    release_cycles()
    return document


#: a text large enough that collecting before its narrative is read pays in memory (a full
#: collection costs milliseconds in a busy process; a small text's leftovers are small)
LARGE_TEXT_CHARS = 16 * 1024


def import_text(path: Path, options: Mapping[str, Any] | None = None) -> Report:
    from crossfoot.analysis.narrative import read_document
    from crossfoot.importing.text import read_text_file, to_report
    from crossfoot.model.report import build_sections

    with reading_collected():
        document = read_text_file(path, options)
        # each character's offset in the file: the model has each paragraph's origin from
        # the data, so a check lets them go before the narrative is read (1.5 MiB at 1 MB)
        size = sum(map(len, document.offsets.values()))  # the paragraphs' characters
        document.offsets.clear()
        # the model's sections are built first and the narrative read from them: no JSON
        # form of the sections beside the reading (1 MiB more at 1 MB of text)
        sections = build_sections(document.data.pop("sections", ()))
        if size >= LARGE_TEXT_CHARS:
            release_cycles()  # (the layout's freed tuples, reused by the reading)
        document = read_document(document, statements=False, handed_over=True,
                                 hand=_hand(options), sections=sections)
    release_cycles()
    return to_report(document, path, options, sections)


def _hand(options: Mapping[str, Any] | None) -> bool:
    """Keep the narrative's figures for the analyzers, unless the session says no rule will
    ask for them (import option ``analysis = False``)."""
    return bool((options or {}).get("analysis", True))


def read_office_document(path: Path, options: Mapping[str, Any] | None = None,
                         suffix: str | None = None, statements: bool = True) -> TextDocument:
    """A PDF, Word or Excel file laid out and its narrative read, as for text."""
    from crossfoot.analysis.narrative import read_document
    from crossfoot.importing.documents.formats import read_file

    document = read_document(read_file(path, suffix or path.suffix.lower(), options), statements,
                             handed_over=True, hand=_hand(options))
    release_cycles()
    return document


def _office(suffix: str) -> Callable[..., Report]:
    def importer(path: Path, options: Mapping[str, Any] | None = None) -> Report:
        from crossfoot.importing.text import to_report

        return to_report(read_office_document(path, options, suffix, statements=False), path,
                         options)

    return importer


@hookimpl
def crossfoot_importers() -> dict[str, Callable[..., Report]]:
    return {".json": import_json, ".txt": import_text, ".docx": _office(".docx"),
            ".xlsx": _office(".xlsx"), ".pdf": _office(".pdf")}


def _text(results: Iterable[FileResult], options: RenderOptions) -> Iterable[str]:
    from crossfoot.reporting import text

    return text.stream(results, options)


def _json(results: Iterable[FileResult], options: RenderOptions) -> Iterable[str]:
    from crossfoot.reporting import json

    return json.stream(results, options)


def _sarif(results: Iterable[FileResult], options: RenderOptions) -> Iterable[str]:
    from crossfoot.reporting import sarif

    return sarif.stream(results, options)


def _junit(results: Iterable[FileResult], options: RenderOptions) -> Iterable[str]:
    from crossfoot.reporting import junit

    return junit.stream(results, options)


def _html(results: Iterable[FileResult], options: RenderOptions) -> Iterable[str]:
    from crossfoot.reporting import html

    return html.stream(results, options)


#: the HTML report shows the document itself: each result must carry its report
_html.needs_report = True  # type: ignore[attr-defined]


def _baseline(results: Iterable[FileResult], options: RenderOptions) -> Iterable[str]:
    from crossfoot.reporting import baseline

    return baseline.stream(results, options.output)


@hookimpl
def crossfoot_analyze(report: Report) -> Iterable[Any]:
    from crossfoot.analysis.narrative import analyze_report

    return analyze_report(report)


@hookimpl
def crossfoot_reporters() -> dict[str, Callable[..., Iterable[str]]]:
    return {"text": _text, "json": _json, "sarif": _sarif, "junit": _junit, "html": _html,
            "baseline": _baseline}
