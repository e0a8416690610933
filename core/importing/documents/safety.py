"""A document's bytes, refused with one clear line before any library parses them.

Word and Excel files are zip archives of XML parts. Before python-docx or
openpyxl sees one, the archive is opened here and every part read with a cap:
a file that is not what its suffix says, a macro-enabled file, a corrupt
archive, a zip bomb (parts that inflate past the cap or far past their packed
size) and XML with a DTD (the only way to an entity bomb or an external
entity: OOXML never needs one) are refused. Nothing in the file is run and no
link in it is followed: the libraries only read the parts.
"""

from __future__ import annotations

import importlib
import io
import zipfile
from typing import Any

from crossfoot.errors import InputError
from crossfoot.importing.load import document_kind

#: the most one part may inflate to, and the most all parts together may
MAX_PART = 64 * 1024 * 1024
MAX_TOTAL = 256 * 1024 * 1024
#: a part this many times larger than packed is a bomb, not a document
MAX_RATIO = 200
_CHUNK = 1 << 16
_MACRO_PARTS = ("vbaproject.bin", "vbadata.xml")
_FORMATS = {".docx": ("Word document", "word/document.xml"),
            ".xlsx": ("Excel workbook", "xl/workbook.xml")}


def what_it_is(data: bytes) -> str | None:
    """What a file's first bytes say it is, when that is a format people mix up."""
    return document_kind(data) or ("JSON" if data.lstrip()[:1] in (b"{", b"[") else None)


def open_package(data: bytes, name: str, suffix: str) -> io.BytesIO:
    """``data`` checked as a safe Word or Excel package, ready for the library to read."""
    kind, main_part = _FORMATS[suffix]
    found = what_it_is(data)
    if found != "a zip archive":
        raise InputError(name, f"not a {kind}: the file is {found or 'not a zip archive'}")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
        names = {m.filename.lower() for m in members}
        if any(n.rsplit("/", 1)[-1] in _MACRO_PARTS for n in names) or _declares_macros(
                archive):
            raise InputError(name, f"is a macro-enabled file (.{suffix[1:4]}m); crossfoot does "
                                   "not open files with macros: save it as "
                                   f"{suffix} without macros")
        if main_part not in names:
            raise InputError(name, f"not a {kind}: the archive has no {main_part}")
        total = 0
        for member in members:
            total += _check_part(archive, member, name, MAX_TOTAL - total)
    except zipfile.BadZipFile as exc:
        raise InputError(name, f"corrupt archive: {exc}") from None
    except (zipfile.LargeZipFile, NotImplementedError, EOFError, OSError) as exc:
        raise InputError(name, f"corrupt archive: {exc}") from None
    return io.BytesIO(data)


def _declares_macros(archive: zipfile.ZipFile) -> bool:
    try:
        types = archive.read("[Content_Types].xml")[:MAX_PART]
    except KeyError:
        return False
    return b"macroEnabled" in types or b"vbaProject" in types


def _check_part(archive: zipfile.ZipFile, member: zipfile.ZipInfo, name: str,
                budget: int) -> int:
    """Inflate one part with a cap; refuse a bomb or a DTD. Its size."""
    cap = min(MAX_PART, budget)
    if member.file_size > cap or (member.compress_size and member.file_size
                                  > MAX_RATIO * member.compress_size + _CHUNK):
        raise InputError(name, _bomb(member))
    size = 0
    head = b""
    with archive.open(member) as part:
        while chunk := part.read(_CHUNK):
            if size < 4096:
                head += chunk[:4096]
            size += len(chunk)
            if size > cap:
                raise InputError(name, _bomb(member))
    lowered = member.filename.lower()
    if lowered.endswith((".xml", ".rels", ".vml")) and _has_dtd(head):
        raise InputError(name, f"{member.filename}: XML with a DTD (a possible entity bomb or "
                               "external entity) is refused")
    return size


def _has_dtd(head: bytes) -> bool:
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        head = head.decode("utf-16", "ignore").encode("utf-8")
    return b"<!DOCTYPE" in head.upper() or b"<!ENTITY" in head.upper()


def _bomb(member: zipfile.ZipInfo) -> str:
    return (f"{member.filename}: inflates to more than the limit (a zip bomb?); "
            f"{member.compress_size} bytes packed")


#: the distribution that installs each optional library
_DISTRIBUTIONS = {"docx": "python-docx"}


def library(module: str, name: str) -> Any:
    """The optional library ``module``, or the one line saying what to install for ``name``."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise InputError(name, f"reading this format needs {_DISTRIBUTIONS.get(module, module)}: "
                               "pip install 'crossfoot[documents]'") from None


def reason(exc: Exception) -> str:
    """A library's exception in a few words, for the one line a user sees."""
    text = str(exc).splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."
