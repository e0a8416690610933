"""Blocks into an outline: parts, numbered sections and their paragraphs.

Headings are told from sentences by ``crossfoot.model.numbering.split_heading``
(a number with its delimiter) and by shape: a heading is short, states no
figure and ends its line; ``1.数量指标。招聘 14 名`` is a heading with its
first paragraph on the same line. Nesting follows the printed numbers: a
number of a style already open continues that list (四 after 三, and also a
duplicate or a gap, which the structure rules report); 一 of an open style
restarts inside the current section; a new style opens a deeper level.
Short title lines ending in 报告 / 说明 open a part (a report inside the
document, unnumbered).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from crossfoot.importing.text.offsets import Offsets
from crossfoot.importing.text.reflow import Block
from crossfoot.model.numbering import HeadingNumber, split_heading
from crossfoot.model.numerals import fold
from crossfoot.model.printed import parse_quantity
from crossfoot.model.script import simplified
from crossfoot.model.unit_words import is_money
from crossfoot.report_caches import report_cache

PART_TITLE = re.compile(r"(?:报告|说明|情况说明|自评报告|评价报告)(?:[（(][^（）()]{0,12}[)）])?$")
TABLE_TITLE = re.compile(r"表(?:[（(][^（）()]{0,20}[)）])?$")
SENTENCE_PUNCTUATION = re.compile(r"[。；;，,！？!?]")
MAX_TITLE = 40
MAX_HEADING = 64
MAX_INLINE_HEADING = 16
MAX_HEADING_LINES = 3
#: 五、一般…: a heading whose title begins with a word that starts with a numeral
_NUMERAL_WORD = re.compile(r"^\s*[一二三四五六七八九十]{1,3}[、.．]\s*[一二三四五六七八九十]"
                           r"[^一二三四五六七八九十、级是，,。.．]")


@dataclass
class ParagraphNode:
    text: str
    offsets: Offsets
    id: str = ""


@dataclass
class SectionNode:
    number: HeadingNumber | None
    title: str
    offset: int
    paragraphs: list[ParagraphNode] = field(default_factory=list)
    children: list[SectionNode] = field(default_factory=list)
    parent: SectionNode | None = None
    id: str = ""
    part: bool = False
    #: the outline level a document's heading style gives an unnumbered heading (1 = top)
    level: int | None = None


#: what a heading line can start with; anything else is not worth parsing as one
HEADING_START = re.compile(r"^\s*[（(0-9０-９一二三四五六七八九十第①-⑳⑴-⒇㈠-㈩]")


#: the fewest characters a heading's title has
MIN_HEADING = 2


@report_cache(maxsize=4096)
def heading_split(text: str) -> tuple[HeadingNumber, str] | None:
    """``numbering.split_heading``, skipped for lines that cannot start with a number.

    Cached: a block is asked about several times (part title, table title, heading).
    """
    if not HEADING_START.match(text):
        return None
    found = split_heading(text)
    word = _NUMERAL_WORD.match(text)
    if found is None and word is not None:
        # 五、一般公共预算…: split_heading reads 五、一 as an enumeration (一、二级指标); a
        # numeral that begins a word (一般, 一体化) is the title's, so ask again without it
        at = word.end() - 2
        found = split_heading(text[:at] + "甲" + text[at + 1:])
        if found is not None:
            number, title = found
            found = number, text[len(text) - len(title):] if title else title
    return found


def is_part_title(block: Block) -> bool:
    text = block.text.strip()
    return (len(text) <= MAX_TITLE and not SENTENCE_PUNCTUATION.search(text)
            and bool(PART_TITLE.search(text)) and heading_split(text) is None)


def is_table_title(block: Block) -> bool:
    text = block.text.strip()
    return (len(text) <= MAX_TITLE and not SENTENCE_PUNCTUATION.search(text)
            and bool(TABLE_TITLE.search(text)) and heading_split(text) is None)


def heading_of(block: Block) -> tuple[HeadingNumber, str, str, int] | None:
    """(number, title, body on the same line, where the body starts) for a heading block."""
    if len(block.lines) > MAX_HEADING_LINES:
        return None
    found = heading_split(block.text)
    if found is None:
        return None
    number, rest = found
    title, _, body = _split_title(rest)
    body = body.strip()
    if not body:
        title = rest  # keep the heading as printed, 。 included
    if len(title) > MAX_HEADING or "；" in title or ";" in title:
        return None
    if len(title.strip()) < MIN_HEADING and not body:
        return None  # 五、经: a cut row label of a table, not a section (五、其他 has two)
    if title.rstrip().endswith(("，", "、", ",")):
        return None
    if body and len(title) > MAX_INLINE_HEADING:
        return None
    if _states_figure(title):
        return None
    if len(block.lines) > 1 and (body or title.count("。") > 1):
        return None
    body_start = block.text.find(body, len(block.text) - len(rest)) if body else len(block.text)
    return number, title.strip(), body, body_start


def _states_figure(title: str) -> bool:
    """A number with its unit (``共 15 个``, ``1.55 亿元``): a sentence, not a heading.

    A single Chinese numeral before a count word is a phrase (三个方面), not a figure.
    """
    folded = fold(simplified(title))
    for match in _FIGURE_START.finditer(folded):
        if folded[max(0, match.start() - 1):match.start()] == "第":
            continue
        found = parse_quantity(folded, match.start())
        if found is None:
            continue
        one_numeral = found.number_end - found.number_start < 2 \
            and not folded[found.number_start].isdigit()
        if not one_numeral or found.unit in ("%", "‰") or is_money(found.unit):
            return True
    return False


#: where a figure may start: the first digit or numeral of a run
_FIGURE_START = re.compile(r"(?<![0-9零〇一二两三四五六七八九十百千万亿.,])"
                           r"[0-9零〇一二两三四五六七八九十百千万亿]")


def _split_title(rest: str) -> tuple[str, str, str]:
    """``数量指标。招聘…`` or ``数量指标：完成…``: the title, the separator, the body."""
    stop = min((i for i in (rest.find("。"), rest.find("："), rest.find(":")) if i >= 0),
               default=-1)
    if stop < 0:
        return rest, "", ""
    if rest[stop] != "。" and (stop > MAX_INLINE_HEADING
                               or rest[stop + 1:stop + 2].strip(" ").isdigit()):
        # a long lead, or 收入：792.22 万元 (the colon introduces a figure): not a title
        title, _, body = rest.partition("。")
        return title, "。", body
    return rest[:stop], rest[stop], rest[stop + 1:]


#: headings nest this deep at most: more is a list that keeps restarting, not an outline
MAX_NESTING = 12


def _attach(stack: list[SectionNode], node: SectionNode, top: list[SectionNode]) -> None:
    """Put a numbered section where its number says it belongs; ``stack`` is the open path."""
    number = node.number
    assert number is not None
    same = [i for i, s in enumerate(stack) if s.number is not None
            and s.number.style == number.style]
    values = {i: n.value for i, s in enumerate(stack) if (n := s.number) is not None}
    index: int | None = None
    if same:
        follows = [i for i in same if number.value == values[i] + 1]
        if follows:
            index = follows[-1]
        elif number.value == 1 and same[-1] == len(stack) - 1 and len(stack) < MAX_NESTING:
            index = None  # a restart under a heading of its own style: that heading's child
        else:
            index = same[-1]
    if index is not None:
        parent = stack[index].parent
        del stack[index:]
    else:
        parent = stack[-1] if stack else None
        if parent is not None and not same and number.rank is not None:
            # a style of a higher level than the open ones closes them
            while stack and stack[-1].number is not None and stack[-1].number.rank is not None \
                    and stack[-1].number.rank >= number.rank:
                stack.pop()
            parent = stack[-1] if stack else None
    node.parent = parent
    (parent.children if parent is not None else top).append(node)
    stack.append(node)


def build(blocks: list[Block], styled: Mapping[int, int] | None = None) -> list[SectionNode]:
    """The outline of ``blocks`` (already without tables and metadata lines).

    ``styled`` maps the offset where a block starts to the outline level its
    document's heading style gives it: such a block without a printed number
    is a heading too, nested by that level.
    """
    top: list[SectionNode] = []
    stack: list[SectionNode] = []
    preamble: SectionNode | None = None
    headings = _headings(blocks)
    for block, found in zip(blocks, headings, strict=True):
        if is_part_title(block):
            part = SectionNode(None, block.text.strip(), block.offsets[0], part=True)
            top.append(part)
            stack[:] = [part]
            continue
        level = (styled or {}).get(block.offsets[0]) if block.offsets else None
        if found is None and level is not None and _styled_title(block.text):
            _attach_styled(stack, SectionNode(None, block.text.strip(), block.offsets[0],
                                              level=level), top)
            continue
        if found is not None:
            number, title, body, body_start = found
            node = SectionNode(number, title, block.offsets[0])
            _attach(stack, node, top)
            if body:
                node.paragraphs.append(ParagraphNode(block.text[body_start:],
                                                     block.offsets[body_start:]))
            continue
        paragraph = ParagraphNode(block.text, block.offsets)
        if stack:
            stack[-1].paragraphs.append(paragraph)
        else:
            if preamble is None:
                preamble = SectionNode(None, "", block.offsets[0])
                top.append(preamble)
                stack.append(preamble)
            preamble.paragraphs.append(paragraph)
    top = [s for s in top if s.paragraphs or s.children]
    _number_ids(top, "s")
    for node in walk(top):
        node.parent = None  # only building needs it: without the cycle, refcounting frees the tree
    return top


def _styled_title(text: str) -> bool:
    """A styled line short enough to be a heading and not a sentence stating a figure."""
    title = text.strip()
    return MIN_HEADING <= len(title) <= MAX_HEADING and not _states_figure(title)


def _attach_styled(stack: list[SectionNode], node: SectionNode, top: list[SectionNode]) -> None:
    """An unnumbered styled heading closes every open section down to a styled one above
    its level (or a part), and opens under it; numbered headings then nest below it."""
    assert node.level is not None
    while stack and not stack[-1].part and not (
            stack[-1].level is not None and stack[-1].level < node.level):
        stack.pop()
    node.parent = stack[-1] if stack else None
    (node.parent.children if node.parent is not None else top).append(node)
    stack.append(node)


Heading = tuple[HeadingNumber, str, str, int]
#: how far to look for the numbered neighbours of an item
NEIGHBOURS = 8
_TITLE_END = re.compile(r"[。：:，,；;]")


def _headings(blocks: list[Block]) -> list[Heading | None]:
    """Each block's heading, with numbered items made to match their numbered neighbours.

    ``1、收入：792.22 万元…`` reads as a paragraph (it states a figure) while
    ``2、人员情况`` reads as a heading: one list, so the first is a heading too
    (title up to its first stop; the whole text stays its paragraph, so no
    figure loses its label), and the numbering has no hole that is not printed.
    """
    found = [heading_of(block) for block in blocks]
    numbers = [f[0] if f is not None else (n[0] if (n := heading_split(b.text)) else None)
               for f, b in zip(found, blocks, strict=True)]
    # forward, then back: 1、…；2、…；3、…；4、…；5、其他事宜 — the last a heading, so 4 is,
    # so 3 is … (one pass forward would stop at 4)
    for order in (range(len(numbers)), range(len(numbers) - 1, -1, -1)):
        for index in order:
            number = numbers[index]
            if found[index] is not None or number is None or is_part_title(blocks[index]):
                continue
            if _neighbour_heading(found, numbers, index, number):
                text = blocks[index].text
                rest = text[len(number.text):] if text.startswith(number.text) else text
                stop = _TITLE_END.search(rest)
                title = (rest[:stop.start()] if stop and stop.start() <= MAX_INLINE_HEADING
                         else rest[:MAX_INLINE_HEADING]).strip()
                found[index] = (number, title, text, 0)
    return found


def _neighbour_heading(found: list[Heading | None], numbers: list[HeadingNumber | None],
                       index: int, number: HeadingNumber) -> bool:
    """Is the nearest numbered block of the same style, before or after, a heading ±1?"""
    for step, offset in ((-1, -1), (1, 1)):
        position = index + step
        while 0 <= position < len(numbers) and abs(position - index) <= NEIGHBOURS:
            other = numbers[position]
            if other is not None and other.style == number.style:
                if found[position] is not None and other.value == number.value + offset:
                    return True
                break
            position += step
    return False


def _number_ids(sections: list[SectionNode], prefix: str) -> None:
    for index, section in enumerate(sections, 1):
        section.id = f"{prefix}{index}" if prefix == "s" else f"{prefix}-{index}"
        for p_index, paragraph in enumerate(section.paragraphs, 1):
            paragraph.id = f"{section.id}-p{p_index}"
        _number_ids(section.children, section.id)


def walk(sections: list[SectionNode]) -> list[SectionNode]:
    out: list[SectionNode] = []
    for section in sections:
        out.append(section)
        out.extend(walk(section.children))
    return out
