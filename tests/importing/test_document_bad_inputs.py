"""Every malformed PDF, Word or Excel file: one line naming the file and the problem, exit 2.

Each case is made here from bytes (or from a fixture's bytes), not committed:
a zip named .pdf, an encrypted PDF, macro-enabled files renamed, a corrupt
archive, a zip bomb, an XML entity bomb; a scanned page is an info, not silence.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

DOCUMENTS = Path(__file__).resolve().parents[2] / "fixtures" / "documents"
SEED_DOCX = (DOCUMENTS / "seed.docx").read_bytes()
SEED_XLSX = (DOCUMENTS / "seed.xlsx").read_bytes()


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def _parts(package: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _with(package: bytes, **changes: bytes) -> bytes:
    parts = _parts(package)
    parts.update({name.replace("__", "/").replace("_dot_", "."): data
                  for name, data in changes.items()})
    return _zip(parts)


def _macro(package: bytes, content_type: bytes) -> bytes:
    parts = _parts(package)
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Default Extension="bin" ContentType="' + content_type + b'"/></Types>')
    folder = "word" if "word/document.xml" in parts else "xl"
    parts[f"{folder}/vbaProject.bin"] = b"\xd0\xcf\x11\xe0" + bytes(100)
    return _zip(parts)


ENTITY_BOMB = (b'<?xml version="1.0"?>\n<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">'
               b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n'
               b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
               b'main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>')


def _bomb() -> bytes:
    parts = _parts(SEED_DOCX)
    parts["word/media/padding.bin"] = bytes(20 * 1024 * 1024)  # packs to about 20 KB
    return _zip(parts)


def _empty_docx() -> bytes:
    import docx

    out = io.BytesIO()
    docx.Document().save(out)
    return out.getvalue()


def _encrypted_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, encrypt="secret")
    page.drawString(72, 720, "2021")
    page.save()
    return out.getvalue()


# (case id, file name, content, expected problem after "<path>: ")
CASES: list[tuple[str, str, Any, str]] = [
    ("zip-named-pdf", "report.pdf", lambda: SEED_DOCX, "not a PDF: the file is a zip archive"),
    ("text-named-pdf", "report.pdf", lambda: "一、概述\n".encode(),
     "not a PDF: the file is not a PDF"),
    ("pdf-named-docx", "report.docx", lambda: (DOCUMENTS / "seed.rl.pdf").read_bytes(),
     "not a Word document: the file is a PDF"),
    ("ole-named-xlsx", "report.xlsx", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
     "not a Excel workbook: the file is an encrypted or legacy Office (OLE) file (.doc/.xls, "
     "or password-protected)"),
    ("encrypted-pdf", "report.pdf", _encrypted_pdf,
     "encrypted PDF: it needs a password to open; save an unencrypted copy"),
    ("docm-renamed", "report.docx",
     lambda: _macro(SEED_DOCX, b"application/vnd.ms-office.vbaProject"),
     "is a macro-enabled file (.docm); crossfoot does not open files with macros: save it as "
     ".docx without macros"),
    ("xlsm-renamed", "report.xlsx",
     lambda: _macro(SEED_XLSX, b"application/vnd.ms-office.vbaProject"),
     "is a macro-enabled file (.xlsm); crossfoot does not open files with macros: save it as "
     ".xlsx without macros"),
    ("corrupt-archive", "report.docx", lambda: SEED_DOCX[:len(SEED_DOCX) // 2],
     "corrupt archive: File is not a zip file"),
    ("xlsx-without-workbook", "report.xlsx", lambda: SEED_DOCX,
     "not a Excel workbook: the archive has no xl/workbook.xml"),
    ("zip-bomb", "report.docx", _bomb,
     "word/media/padding.bin: inflates to more than the limit (a zip bomb?); "),
    ("entity-bomb", "report.docx", lambda: _with(SEED_DOCX, word__document_dot_xml=ENTITY_BOMB),
     "word/document.xml: XML with a DTD (a possible entity bomb or external entity) is "
     "refused"),
    ("empty-docx", "report.docx", lambda: _empty_docx(),
     "the document has no text and no tables"),
    ("corrupt-pdf", "report.pdf", lambda: b"%PDF-1.7\n" + bytes(range(256)) * 4,
     "not a readable PDF: "),
]


@pytest.mark.parametrize(("name", "content", "problem"),
                         [pytest.param(n, c, p, id=i) for i, n, c, p in CASES])
def test_malformed_document_is_one_line(tmp_path: Path, run: Any, name: str, content: Any,
                                        problem: str) -> None:
    path = tmp_path / name
    path.write_bytes(content())
    before = path.read_bytes()
    code, out, err = run("check", str(path))
    assert code == 2
    assert err.startswith(f"{path}: {problem}"), err
    assert err.count("\n") == 1 and err.endswith("\n")
    assert out.splitlines()[-1].endswith("1 file(s) could not be checked")
    assert path.read_bytes() == before  # input files are never modified


def test_bomb_names_its_packed_size(tmp_path: Path, run: Any) -> None:
    path = tmp_path / "bomb.docx"
    data = _bomb()
    path.write_bytes(data)
    packed = next(m.compress_size for m in zipfile.ZipFile(io.BytesIO(data)).infolist()
                  if m.filename == "word/media/padding.bin")
    assert run("check", str(path))[2] == (
        f"{path}: word/media/padding.bin: inflates to more than the limit (a zip bomb?); "
        f"{packed} bytes packed\n")


def test_scanned_page_is_said_not_read(tmp_path: Path, run: Any) -> None:
    """A page with an image and no text layer gives CF003 info, never silence."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawImage(ImageReader(Image.new("L", (40, 40), 128)), 72, 600, 200, 200)
    page.save()
    path = tmp_path / "scan.pdf"
    path.write_bytes(out.getvalue())
    code, out_text, err = run("check", str(path), "--lang", "en")
    assert (code, err) == (0, "")
    assert out_text.splitlines()[0] == (
        f"{path}:page 1: CF003 info Page 1 has no text layer (a scanned image?); "
        "it was not read, compare it with the original.")


@pytest.mark.parametrize(("suffix", "module"), [(".docx", "docx"), (".xlsx", "openpyxl"),
                                                (".pdf", "pdfplumber")])
def test_without_the_extra_says_what_to_install(tmp_path: Path, run: Any,
                                                monkeypatch: pytest.MonkeyPatch, suffix: str,
                                                module: str) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # import fails as when not installed
    path = tmp_path / f"report{suffix}"
    path.write_bytes(b"anything")
    library = {"docx": "python-docx"}.get(module, module)
    code, _, err = run("check", str(path))
    assert (code, err) == (2, f"{path}: reading this format needs {library}: "
                              "pip install 'crossfoot[documents]'\n")


@pytest.mark.parametrize(("name", "content", "problem"), [
    ("report.txt", SEED_DOCX,
     "is a zip archive, not text: read it with --from docx or --from xlsx, if it is one"),
    ("report.txt", b"%PDF-1.4\n1 0 obj", "is a PDF, not text: read it with --from pdf (or name "
                                          "it .pdf)"),
    ("report.json", b"%PDF-1.4\n1 0 obj", "is a PDF, not JSON: read it with --from pdf (or name "
                                           "it .pdf)"),
    ("report.txt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64),
     "is an encrypted or legacy Office (OLE) file (.doc/.xls, or password-protected), not "
     "text: save it as .docx or .xlsx without a password"),
])
def test_document_read_as_text_or_json_says_what_it_is(tmp_path: Path, run: Any, name: str,
                                                       content: bytes, problem: str) -> None:
    """Not an encoding error at some byte: the file is a document, read it as one."""
    path = tmp_path / name
    path.write_bytes(content)
    assert run("check", str(path))[::2] == (2, f"{path}: {problem}\n")
