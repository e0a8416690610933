"""Lines back into blocks: undo the line and page breaks PDF extraction leaves.

A PDF-extracted report breaks every line at the page width and marks page
breaks with blank lines (and sometimes page numbers such as —10—). A line
that reaches the usual width continues in the next one; a shorter line ends
its block. Text copied from a web page has no such width: each line is a
block. Each block keeps, for every character, its offset in the original
text, so anything found in a block can be located in the file.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache

from crossfoot.importing.text.offsets import Offsets
from crossfoot.model.unit_words import UNIT_RE

PAGE_NUMBER = re.compile(r"^\s*(?:[—－\-–]\s*[0-9]{1,4}\s*[—－\-–]|第\s*[0-9]{1,4}\s*页"
                         r"(?:\s*[/，,]?\s*共\s*[0-9]{1,4}\s*页)?|[0-9]{1,4}\s*/\s*[0-9]{1,4})\s*$")
MIN_WRAP_WIDTH = 14
WRAPPED_SHARE = 0.3
MIN_WRAP_LINES = 3
OVER = 2.5  # justified lines run a little over the page width
OVERLONG_SHARE = 0.2
SLACK = 1.5
INDENT = 2.5
#: a line that starts like an enumerated item begins a block after a finished sentence
ITEM_START = re.compile(r"^(?:[0-9]{1,2}\s*[.．](?![0-9])|[0-9]{1,2}\s*[、：:）)]"
                        r"|[（(][0-9一二三四五六七八九十]{1,3}[）)]|"
                        r"[一二三四五六七八九十]{1,3}[、是]|第[一二三四五六七八九十]{1,3}[，、是]|"
                        r"[①②③④⑤⑥⑦⑧⑨⑩])")
SENTENCE_DONE = "。；;：:！？!?"


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    offset: int  # of the first character in the original text
    width: float
    gap_before: int  # blank lines before this one


@dataclass(frozen=True, slots=True)
class Block:
    """A run of lines that belong together: a heading, a paragraph or a table line."""

    text: str
    offsets: Offsets  # where each character of ``text`` stood in the file
    lines: tuple[Line, ...]
    page_break_before: bool

    @property
    def first_line(self) -> str:
        return self.lines[0].text


@cache
def _char_width(ch: str) -> float:
    return 1.0 if unicodedata.east_asian_width(ch) in "WFA" else 0.5


#: runs of characters every one of which is wide (CJK ideographs, CJK punctuation, full-width
#: forms): counted by their length, so the width cache holds only the other characters (at
#: its first check of a report, each new ideograph was an entry kept for good: 30 KiB at 1x)
_WIDE_RUN = re.compile("[\u4e00-\u9fff\u3000-\u303e\uff01-\uff60]+")


def width(text: str) -> float:
    """Printed width: wide characters count 1, narrow ones one half."""
    rest = _WIDE_RUN.sub("", text)
    wide = len(text) - len(rest)
    narrow = sum(map(_char_width, rest))
    return float(wide) + narrow if wide else narrow


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    #: one float object per width (widths are halves: few values), not one per line (1.5 MiB
    #: of the 47,000 lines of a 1 MB text, all alive while it is laid out)
    widths: dict[float, float] = {}
    gap = 0
    offset = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.rstrip()
        lead = len(stripped) - len(stripped.lstrip())
        if not stripped.strip() or PAGE_NUMBER.match(stripped):
            gap += 1
        else:
            content = stripped.strip()
            wide = width(content)
            lines.append(Line(content, offset + lead, widths.setdefault(wide, wide), gap))
            gap = 0
        offset += len(raw)
    return lines


@dataclass(frozen=True, slots=True)
class Layout:
    wrapped: bool
    full_width: float
    line_gap: int  # blank lines between two lines of one page (0 or 1)


def layout(lines: list[Line]) -> Layout:
    """Is the text wrapped at a page width, how wide, and how far apart are lines?"""
    widths = Counter(round(line.width) for line in lines if line.width >= MIN_WRAP_WIDTH)
    gaps = Counter(line.gap_before for line in lines[1:])
    line_gap = 1 if gaps and gaps.most_common(1)[0][0] >= 1 and gaps[0] < len(lines) / 3 else 0
    if not widths:
        return Layout(False, 0.0, line_gap)
    # the page width: the most common width of long lines (justified lines run a little over)
    full, count = widths.most_common(1)[0]
    near = sum(1 for line in lines if full - SLACK - INDENT <= line.width <= full + OVER)
    wider = sum(1 for line in lines if line.width > full + OVER)
    wrapped = (full >= MIN_WRAP_WIDTH and count >= MIN_WRAP_LINES
               and near >= WRAPPED_SHARE * len(lines) and wider <= OVERLONG_SHARE * len(lines))
    return Layout(wrapped, float(full), line_gap)


def is_full(line: Line, shape: Layout, first: bool = False) -> bool:
    """Does the line reach the page width (a first line may be indented two characters)?

    The indent allowance is not given to a line that ends a sentence: a short
    paragraph of one line is over when it says so.
    """
    indent = INDENT if first and line.text[-1:] not in "。！？!?" else 0.0
    return shape.wrapped and line.width >= shape.full_width - SLACK - indent


#: a line this much of the page width, in the middle of a sentence, goes on in the next
MID_SENTENCE_SHARE = 0.6


def _mid_sentence(last: Line, line: Line, shape: Layout) -> bool:
    """``…716052.51 元，占基本支出预算`` then ``81.25%，…``: a sentence the page wrapped early.

    Narrow digits make a line of figures fall short of the page width; a line
    that has a clause in it, does not end one, and is followed without a gap by
    a line that does not start an item, continues.
    """
    return (shape.wrapped and line.gap_before <= shape.line_gap
            and last.width >= MID_SENTENCE_SHARE * shape.full_width
            and any(mark in last.text for mark in "，,；;")
            and last.text[-1:] not in SENTENCE_DONE + "，,、"
            and not ITEM_START.match(line.text))


#: a clause mark inside a line: a Chinese comma, semicolon or full stop (a line that goes on
#: past a sentence's end is prose), or an ASCII comma or semicolon not between digits
#: (1,234.56 is one number), or a 、 between names (not a heading's 一、); not a colon, which
#: web pages' "key: value" lines hold
_CLAUSE_MARK = re.compile(r"[，；。]|[,;](?![0-9])|(?<![一二三四五六七八九十0-9])、")


def _runs_on(last: Line, line: Line, shape: Layout) -> bool:
    """``其中:基本支出812.40万元,比上年增`` then ``加36.58万元,增长4.98%``: text with no page
    width (lines of any length, as converters and web pages break them) goes on where a
    line that has a clause in it stops mid-sentence, and the next, right below it, starts
    no item. Lines of a table (| or tabs) are left alone."""
    return (not shape.wrapped and line.gap_before <= shape.line_gap
            and last.text[-1:] not in SENTENCE_DONE
            and _CLAUSE_MARK.search(last.text) is not None
            and not ITEM_START.match(line.text)
            and not any(mark in last.text or mark in line.text for mark in "|\t"))


def _split_figure(last: Line, line: Line, shape: Layout) -> bool:
    """``…调整为13,250.10`` then ``万元，调增…`` (or ``增加 1.05 万`` then ``元，…``): a figure
    whose unit the break put on the next line, right below it, is one figure."""
    if line.gap_before > shape.line_gap:
        return False
    end = last.text.rstrip()
    if end[-1:].isdigit():
        return UNIT_RE.match(line.text) is not None
    return end.endswith(_SCALES) and end[:-1].rstrip()[-1:].isdigit() \
        and line.text.startswith("元")


#: the scale of a money unit a break may leave before its 元 (1.05 万 / 元)
_SCALES = ("万", "亿", "千", "百万", "千万", "万亿")


def blocks(text: str) -> list[Block]:
    """The text as blocks."""
    return reflow(text)[0]


def reflow(text: str, alone: Collection[int] = ()) -> tuple[list[Block], Layout]:
    """The text as blocks, and the layout they were read with.

    A line starting at an offset in ``alone`` is a block of its own: a heading
    a document marks by its style, which no shape of the text may join on.
    """
    lines = split_lines(text)
    shape = layout(lines)
    out: list[Block] = []
    current: list[Line] = []
    page_break = False

    def flush() -> None:
        nonlocal current, page_break
        if current:
            out.append(_join(current, page_break))
            page_break = False
        current = []

    for line in lines:
        breaks = line.gap_before > shape.line_gap
        if current and (line.offset in alone or current[-1].offset in alone):
            flush()
        if current:
            last = current[-1]
            done = last.text[-1:] in SENTENCE_DONE
            new_item = done and (bool(ITEM_START.match(line.text))
                                 or (breaks and last.text[-1:] in "。！？!?"))
            continues = (is_full(last, shape, len(current) == 1)
                         or _mid_sentence(last, line, shape)
                         or _runs_on(last, line, shape)
                         or _split_figure(last, line, shape)) and not new_item \
                and "\t" not in last.text and "\t" not in line.text  # (a table's row)
            if not continues:
                flush()
        if not current and breaks and out:
            page_break = True
        current.append(line)
    flush()
    return out, shape


def _join(lines: list[Line], page_break: bool) -> Block:
    offsets = Offsets.of_pieces((line.offset, len(line.text)) for line in lines)
    return Block("".join(line.text for line in lines), offsets, tuple(lines), page_break)


def line_starts(text: str) -> array[int]:
    """Offsets where each line of ``text`` begins: machine integers, not an int object each
    (1.5 MiB for the 47,000 lines of a 1 MB text, at the peak of laying it out)."""
    starts = array("q", [0])
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


def line_and_column(offset: int, starts: Sequence[int]) -> tuple[int, int]:
    """The 1-based line and column of the character at ``offset``, given ``line_starts``."""
    line = bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1
