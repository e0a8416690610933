"""PDF headings printed without a number, told by their font.

A PDF has no heading styles, only fonts: a report that numbers no heading
marks it by printing it larger or bolder than its body text. The outline
needs a level for such a line, as Word's heading styles give one. Only the
clear case counts: the document has a body size (most of its narrative
characters, not bold), and the line is alone in its font (a line of the same
font before or after it means a wrapped heading or a title over two lines,
which stays text), larger than the body or bold at the body size, printed
without a number (numbered headings are the outline's own), not ending as a
sentence does (。；：) and no page number. Levels go by rank: the largest
font is level 1, bold at a size before plain at it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from crossfoot.importing.text import outline
from crossfoot.importing.text.reflow import PAGE_NUMBER

#: (font size rounded to half a point, bold)
Style = tuple[float, bool]
_BOLD = re.compile(r"bold|heavy|black", re.IGNORECASE)
#: a line ending as a sentence or a clause does is a sentence in a large font, not a heading
_SENTENCE_END = ("。", "；", ";", "，", ",", "：", ":")
#: the least share of narrative characters the body font must have, and the least count
BODY_SHARE = 0.5
MIN_BODY_CHARS = 100


def line_style(chars: Iterable[dict[str, Any]]) -> Style | None:
    """The one font of a line's printed characters, None when they mix sizes or weights."""
    styles = {_style(char) for char in chars if char["text"].strip()}
    return styles.pop() if len(styles) == 1 else None


def char_styles(chars: Iterable[dict[str, Any]]) -> Counter[Style]:
    return Counter(_style(char) for char in chars if char["text"].strip())


def levels(texts: Sequence[str], styles: Sequence[Style | None], starts: set[int],
           counts: Counter[Style]) -> dict[int, int]:
    """Line index -> outline level of each unnumbered heading among the narrative lines.

    ``starts`` holds the lines a page or a table separates from the line before.
    """
    total = sum(counts.values())
    if not total:
        return {}
    body, count = counts.most_common(1)[0]
    if body[1] or count < MIN_BODY_CHARS or count < BODY_SHARE * total:
        return {}
    found: dict[int, Style] = {}
    for index, (text, style) in enumerate(zip(texts, styles, strict=True)):
        if style is None or not _above(style, body) or _same(index - 1, index, styles, starts) \
                or _same(index, index + 1, styles, starts):
            continue
        if outline.heading_split(text) is None and not PAGE_NUMBER.match(text) \
                and not text.rstrip().endswith(_SENTENCE_END):
            found[index] = style
    ranks = sorted(set(found.values()), key=lambda s: (-s[0], not s[1]))
    return {index: ranks.index(style) + 1 for index, style in found.items()}


def _style(char: dict[str, Any]) -> Style:
    return round(float(char["size"]) * 2) / 2, bool(_BOLD.search(char.get("fontname", "")))


def _above(style: Style, body: Style) -> bool:
    return style[0] > body[0] or (style[1] and style[0] == body[0])


def _same(before: int, after: int, styles: Sequence[Style | None], starts: set[int]) -> bool:
    """Whether two neighbouring lines, not parted by a page or a table, share a font."""
    return before >= 0 and after < len(styles) and after not in starts \
        and styles[before] == styles[after]
