"""Template placeholders: what a form marks to be filled in, left unfilled.

Report templates mark blanks with XX, ××, 某某, ○○, □□ (XX 年 XX 月, 某某单位)
and with runs of underscores (____). The zeros of a year written in Chinese
(二〇〇八年) are not placeholders, nor are Latin words such as XXL; asterisks
are not either, because published reports use them to mask personal names.
One definition serves the structure rule (STR507) and the pack language's
``has_placeholder``.
"""

from __future__ import annotations

import re

from crossfoot.patterns import LazyPattern

_NUMERALS = "零〇○一二三四五六七八九十0-9"
# Every branch starts by matching its first character in one shared class, so that the
# regex engine can skip ahead to those characters instead of trying each branch at every
# position (ten times faster on a report's paragraphs); the lookbehinds then check what
# stands before that first character.
#: (compiled on first use: a small JSON check never asks; its compiling cost a start 1.2 ms)
PLACEHOLDER = LazyPattern(
    r"[XxＸｘ×✕╳某○〇□_＿](?:"
    r"(?<=[XxＸｘ])(?<![A-Za-z][XxＸｘ])[XxＸｘ]+(?![A-Za-z])"
    r"|(?<=[×✕╳])(?<![A-Za-z][×✕╳])[×✕╳]+(?![A-Za-z])"
    r"|(?<=某)(?<![A-Za-z]某)某(?![A-Za-z])"
    r"|(?<=[_＿])[_＿]{2,}"
    # ○○ / □□, but not the zeros of a year written 二〇〇八 / 二○○八
    rf"|(?<=[○〇□])(?<![{_NUMERALS}][○〇□])[○〇□]+(?![{_NUMERALS}]))")
#: a cell that holds only a star: in a target or result column, no value was given
STAR_ONLY = LazyPattern(r"^\s*[*＊]+\s*$")


def find_placeholder(text: str) -> re.Match[str] | None:
    """The first placeholder in ``text``, if any."""
    return PLACEHOLDER.search(text)
