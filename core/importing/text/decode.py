"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030 / GBK.

Chinese government text files are UTF-8 or GB-encoded. UTF-8 is tried first
because GB18030 decodes almost any byte string without error; a file that is
not valid UTF-8 but is valid GB18030 is GB18030 (GBK is a subset of it).
``--encoding`` forces a codec; a wrong one is an error naming the offset.
"""

from __future__ import annotations

import codecs

from crossfoot.errors import InputError
from crossfoot.importing.load import refuse_document

FALLBACKS = ("gb18030",)


def decode(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """The text and the encoding it was read with."""
    refuse_document(data, name, "text")
    if encoding:
        return _forced(data, name, encoding), encoding.lower()
    if data.startswith(codecs.BOM_UTF8):
        return _forced(data, name, "utf-8-sig"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _forced(data, name, "utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_error = exc
    for codec in FALLBACKS:
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            continue
    raise InputError(name, f"not UTF-8 or GB18030 text: invalid byte "
                           f"0x{data[first_error.start]:02x} at offset {first_error.start} "
                           "(use --encoding to name the encoding)")


def _forced(data: bytes, name: str, encoding: str) -> str:
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise InputError(name, f"unknown encoding {encoding!r}") from None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(name, f"not {encoding} text: invalid byte 0x{data[exc.start]:02x} "
                               f"at offset {exc.start}") from None
