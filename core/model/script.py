"""Traditional and simplified characters: one reading of both.

Reports mirrored on traditional-character sites (經費, 預算, 萬元) say what
their simplified originals say. Readers fold them to simplified characters
with OpenCC (``t2s``), character for character where a phrase conversion
would change the length, so offsets into the folded text stay offsets into
the printed one.
"""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s.json")


def simplified(text: str) -> str:
    """``text`` in simplified characters, exactly as long as ``text``.

    Not remembered: OpenCC converts a paragraph in about 2 µs, and each text a cache
    kept (every paragraph of a report is new to it) was 0.1 KiB of a check.
    """
    if text.isascii():
        return text
    converted: str = _converter().convert(text)
    if len(converted) == len(text):
        # a text already simplified is kept as itself: the cache holds no copy of it
        return text if converted == text else converted
    return "".join(c if len(c := _converter().convert(ch)) == 1 else ch for ch in text)
