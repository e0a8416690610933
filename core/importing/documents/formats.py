"""Which reader lays out which suffix, and the document it gives.

Each reader is imported when first used: its library (python-docx,
openpyxl, pdfplumber) is an optional extra, and costs start-up time that a
check of a JSON report should not pay.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from crossfoot.errors import InputError
from crossfoot.importing.documents.assemble import to_document
from crossfoot.importing.documents.layout import Layout
from crossfoot.importing.load import Limits
from crossfoot.importing.text import TextDocument

SUFFIXES = (".docx", ".xlsx", ".pdf")


def read_layout(path: Path, suffix: str, options: Mapping[str, Any] | None = None) -> Layout:
    """The layout of ``path`` read as ``suffix`` says (its own, or ``--from``)."""
    max_bytes = Limits.of(options or {}).max_bytes
    if suffix == ".docx":
        from crossfoot.importing.documents import word

        return word.read_layout(path, max_bytes)
    if suffix == ".xlsx":
        from crossfoot.importing.documents import excel

        return excel.read_layout(path, max_bytes)
    from crossfoot.importing.documents import pdf

    return pdf.read_layout(path, max_bytes)


def read_file(path: Path, suffix: str, options: Mapping[str, Any] | None = None) -> TextDocument:
    """The document of a PDF, Word or Excel file, laid out (not yet read by analysis)."""
    layout = read_layout(path, suffix, options)
    if not (layout.lines or layout.tables or layout.notes):
        raise InputError(str(path), "the document has no text and no tables")
    document = to_document(layout, path.name)
    document.data["analysis"]["format"] = suffix[1:]
    return document
