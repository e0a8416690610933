"""Import time per page of PDF, Word and Excel files, next to the bare library's own parse.

    python bench/documents.py [--runs 7]

For each fixture of ``fixtures/documents``, the fastest of ``--runs`` runs (the
least disturbed on a shared machine; the median is printed beside the import) of:

- floor: the library alone doing what the importer asks of it (python-docx
  opening the file and reading every paragraph and cell; openpyxl read-only
  reading every value, once with values and once with formulas; pdfplumber
  reading each page's text lines and finding its tables);
- layout: crossfoot's reader (the package checks, the library, merged cells,
  places): ``importing.documents.formats.read_layout``;
- import: the whole importer, to a validated Report (the text reader on the
  narrative, the tables, the analysis of the narrative, the schema).

Pages are the PDF's pages; a Word file counts the pages of its LibreOffice
PDF, an Excel file its sheets. For the PDFs, pypdfium2's plain text
extraction (no tables, no positions) is shown as the other library
considered. Measured here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import ROOT, sample_ms, table

from crossfoot.app.builtin import crossfoot_importers
from crossfoot.importing.documents.formats import read_layout

DOCUMENTS = ROOT / "fixtures" / "documents"
FILES = ("seed.docx", "seed.lo.pdf", "seed.rl.pdf", "seed.xlsx", "form.docx", "form.lo.pdf",
         "income-expenditure.lo.pdf", "income-expenditure.rl.pdf", "wrong-total.xlsx")


def floor(path: Path) -> None:
    suffix = path.suffix
    if suffix == ".docx":
        import docx

        document = docx.Document(str(path))
        for item in document.iter_inner_content():
            if isinstance(item, docx.table.Table):
                for row in item.rows:
                    for cell in row.cells:
                        _ = cell.text
            else:
                _ = item.text
    elif suffix == ".xlsx":
        import openpyxl

        for data_only in (True, False):
            book = openpyxl.load_workbook(path, read_only=True, data_only=data_only)
            for sheet in book.worksheets:
                for _row in sheet.iter_rows(values_only=True):
                    pass
            book.close()
    else:
        import pdfplumber

        with pdfplumber.open(path) as document:
            for page in document.pages:
                page.extract_text_lines()
                page.find_tables()


def pdfium_text(path: Path) -> None:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    for page in document:
        page.get_textpage().get_text_range()
    document.close()


def pages(path: Path) -> int:
    if path.suffix == ".xlsx":
        import openpyxl

        return len(openpyxl.load_workbook(path, read_only=True).worksheets)
    import pdfplumber

    pdf = path if path.suffix == ".pdf" else path.with_suffix(".lo.pdf")
    with pdfplumber.open(pdf) as document:
        return len(document.pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    importers = crossfoot_importers()
    rows = []
    for name in FILES:
        path = DOCUMENTS / name
        count = pages(path)
        suffix = ".pdf" if name.endswith(".pdf") else path.suffix
        importer = importers[suffix]

        def ms(work: Callable[[], object]) -> float:
            return min(sample_ms(work, args.runs, warmup=1))

        bare = ms(lambda: floor(path))  # noqa: B023
        layout = ms(lambda: read_layout(path, suffix))  # noqa: B023
        times = sample_ms(lambda: importer(path, {}), args.runs, warmup=1)  # noqa: B023
        whole, middle = min(times), statistics.median(times)
        pdfium = f"{ms(lambda: pdfium_text(path)) / count:.1f}" if suffix == ".pdf" else ""  # noqa: B023
        rows.append([name, f"{path.stat().st_size // 1024} KB", count,
                     f"{bare / count:.1f}", f"{layout / count:.1f}", f"{whole / count:.1f}",
                     f"{middle / count:.1f}",
                     f"{whole / bare:.1f}x", pdfium])
    print(f"load average {os.getloadavg()[0]:.1f}, {args.runs} runs each\n")
    print(table(["file", "size", "pages", "floor ms/page", "layout ms/page", "import ms/page",
                 "import median ms/page",
                 "import / floor", "pypdfium2 text ms/page"], rows))


if __name__ == "__main__":
    main()
