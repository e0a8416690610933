"""Which Word paragraphs are headings by their style, and at what outline level.

Many reports number their headings by hand or not at all and mark them only
with a heading style (标题 1, Heading 2) or an outline level set on the
paragraph. The outline needs those levels for a heading printed without a
number. A paragraph's own ``outlineLvl`` wins, then its style's, then the
styles it is based on; a built-in heading style's name gives the level when
no ``outlineLvl`` is written (Word leaves it implicit for them).
"""

from __future__ import annotations

import re
from typing import Any

from docx.oxml.ns import qn

#: Word's level 9 (0-based) is body text; levels above 8 do not exist
BODY_TEXT = 9
#: built-in heading style names as python-docx reports them (English and Chinese Word)
_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.IGNORECASE)
#: how many styles a basedOn chain may pass through (a loop in a broken file ends here)
MAX_BASED_ON = 16


class OutlineLevels:
    """Levels of a document's paragraphs, each style looked up once."""

    def __init__(self) -> None:
        self._styles: dict[str | None, int | None] = {}

    def level(self, paragraph: Any) -> int | None:
        """1 for a top-level heading, 2 below it ...; None for body text."""
        own = _outline_level(paragraph._p.pPr)
        if own is not None:
            return own
        style_id = paragraph._p.style
        if style_id not in self._styles:
            self._styles[style_id] = _style_level(paragraph)
        return self._styles[style_id]


def _outline_level(ppr: Any) -> int | None:
    """The 1-based level an ``outlineLvl`` gives, 0 for explicit body text, None if unset."""
    node = None if ppr is None else ppr.find(qn("w:outlineLvl"))
    value = None if node is None else node.get(qn("w:val"))
    if value is None or not value.isdigit():
        return None
    return int(value) + 1 if int(value) < BODY_TEXT else 0


def _style_level(paragraph: Any) -> int | None:
    try:
        style = paragraph.style
    except (KeyError, ValueError):
        return None
    for _ in range(MAX_BASED_ON):
        if style is None:
            return None
        level = _outline_level(style.element.find(qn("w:pPr")))
        if level is not None:
            return level or None
        named = _HEADING_NAME.match(style.name or "")
        if named:
            return int(named.group(1))
        style = style.base_style
    return None
