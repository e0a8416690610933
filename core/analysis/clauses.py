"""Sentences, segments and clauses of a paragraph, and the asides in brackets.

A sentence ends at 。！？ or a line break; a segment at ；(the items of a
list that 其中 opens are often set off by it); a clause at ，or ：. Text in
brackets is an aside with clauses of its own (``995 万元（其中购置费 38 万元，
运行费 958 万元）``) unless it is part of a name: short, with no digit
(``因公出国（境）费``), or a note on a name right before its figure (``特种专业技术
用车（路政清障车、检测车）3 辆``). Works on normalized text, where brackets are ASCII.
"""

from __future__ import annotations

import re

from crossfoot.model.records import Record

SENTENCE_END = "。！？!?\n"
SEGMENT_END = "；;"
CLAUSE_END = "，,：:"
#: any end of a clause, segment or sentence
BREAK = re.compile("[" + re.escape(CLAUSE_END + SEGMENT_END + SENTENCE_END) + "]")
#: the characters ``split`` acts on: breaks and brackets (the rest it passes over in C)
_MARK = re.compile("[()." + re.escape(CLAUSE_END + SEGMENT_END + SENTENCE_END) + "]")
#: the characters ``_asides`` acts on: brackets and sentence ends
_BRACKET_OR_END = re.compile("[()" + re.escape(SENTENCE_END) + "]")
#: a sentence's end
_SENTENCE_END = re.compile("[" + re.escape(SENTENCE_END) + "]")
#: the longest bracketed text that may still be part of a name
NAME_BRACKET = 6
#: the longest aside looked for before giving up on a closing bracket
MAX_ASIDE = 240


class Clause(Record):
    """A clause: its span in the paragraph's normalized text and where it stands (a record:
    a few hundred are made for a page of text, quicker than a frozen dataclass)."""

    start: int
    end: int
    sentence: int
    segment: int
    #: 0 outside brackets; otherwise the number of the aside it is in (1, 2 ...)
    aside: int
    #: the clause of the sentence that the aside follows, for clauses in an aside
    host: int | None
    #: the character that ended the clause before it ('' at a sentence's start)
    opener: str

    def text(self, paragraph: str) -> str:
        return paragraph[self.start:self.end]


def split(text: str) -> list[Clause]:
    """The clauses of ``text`` in order (empty ones left out)."""
    asides = _asides(text)
    closing = set(asides.values())
    clauses: list[Clause] = []
    sentence = segment = 0
    aside_count = 0
    stack: list[tuple[int, int | None]] = []  # (aside number, host clause index)
    start = 0
    opener = ""

    def close(end: int, next_opener: str) -> None:
        nonlocal start, opener
        if text[start:end].strip():
            aside, host = stack[-1] if stack else (0, None)
            clauses.append(Clause(start, end, sentence, segment, aside, host, opener))
        start, opener = end + 1, next_opener

    for mark in _MARK.finditer(text):
        index, char = mark.start(), mark.group()
        if char == "(" and index in asides:
            close(index, "(")
            aside_count += 1
            stack.append((aside_count, len(clauses) - 1 if clauses else None))
        elif char == ")" and stack and index in closing:
            close(index, ")")
            stack.pop()
        elif (char in SENTENCE_END or (char in ASCII_STOPS and _stops(text, index))) \
                and not stack:
            close(index, "")
            sentence += 1
            segment += 1
        elif char in SEGMENT_END:
            close(index, char)
            segment += 1
        elif char in CLAUSE_END and not _thousands(text, index):
            close(index, char)
    close(len(text), "")
    return clauses


def _stops(text: str, index: int) -> bool:
    """住院日 5.8 天.全年门急诊收入 …: an ASCII full stop between Chinese words (a page's
    punctuation set in ASCII), not a decimal point, an entry's number or a name's dot."""
    before, after = text[index - 1:index], text[index + 1:index + 2]
    return bool(HAN_CHARACTER.match(before)) and (not after or bool(HAN_CHARACTER.match(after))
                                              or after in "“\"")


#: the full stop a page may set in ASCII (not ·, which joins the parts of a transliterated
#: name: 买买提·艾力)
ASCII_STOPS = "."
#: one Chinese character (a name has at least one; a full stop in ASCII stands between two)
HAN_CHARACTER = re.compile("[\u4e00-\u9fff]")


def _thousands(text: str, index: int) -> bool:
    """The comma of 21,340: between a digit and a group of three digits."""
    return (text[index] == "," and index > 0 and text[index - 1].isdigit()
            and text[index + 1:index + 4].isdigit() and not text[index + 4:index + 5].isdigit())


#: the most digits of an entry's number in brackets ((1) / (12))
MARKER_DIGITS = 2
#: what an entry's number follows: the start of the text, or the end of a clause or sentence
_OPENS_ENTRY = frozenset({"", *CLAUSE_END, *SEGMENT_END, *SENTENCE_END})


#: the longest note on a name between the name and its figure
NAME_NOTE = 20


def _note_before_figure(text: str, inside: str, closing: int) -> bool:
    """A bracket of words (no clause break) right before a figure notes the name before it,
    or inside a name that runs on to its figure (市级(市本级、“三区”)一般公共预算收入 49.5 亿元)."""
    if len(inside) > NAME_NOTE or any(c in inside for c in CLAUSE_END + SEGMENT_END) \
            or inside.startswith(_SHORT_NAME):
        return False
    return text[closing + 1:closing + 2].isdigit() or (
        _NAME_TO_FIGURE.match(text, closing + 1) is not None)


#: the words of a bracket that gives a short name (（以下简称“中心”）): an aside, not a note
_SHORT_NAME = ("以下简称", "下称", "简称", "以下称")
#: the rest of a name after a bracket inside it, up to its figure
_NAME_TO_FIGURE = re.compile(r"[\u4e00-\u9fff“”\"]{2,16}+[0-9]")


def _asides(text: str) -> dict[int, int]:
    """Opening bracket -> its closing bracket, for brackets that hold an aside."""
    found: dict[int, int] = {}
    stack: list[int] = []
    for mark in _BRACKET_OR_END.finditer(text):
        index, char = mark.start(), mark.group()
        if char == "(":
            stack.append(index)
        elif char == ")" and stack:
            opening = stack.pop()
            inside = text[opening + 1:index]
            if len(inside) > MAX_ASIDE or stack:
                continue  # too long to be one aside, or nested: read it as running text
            if not any(c.isdigit() for c in inside) and (
                    len(inside) <= NAME_BRACKET or _note_before_figure(text, inside, index)):
                continue  # part of a name: 因公出国(境)费, 特种专业技术用车(路政清障车、检测车)3 辆
            if inside.isdigit() and len(inside) <= MARKER_DIGITS \
                    and text[:opening].rstrip()[-1:] in _OPENS_ENTRY:
                continue  # (1)公务用车购置费 a；(2)…: an entry's number, not an aside
            found[opening] = index
        elif char in SENTENCE_END:
            stack.clear()
    return found


def sentence_start(text: str, at: int) -> int:
    """Where the sentence ``at`` stands in starts: after the last end mark before it."""
    return max(text.rfind(mark, 0, max(at, 0)) for mark in SENTENCE_END) + 1


def sentence_end(text: str, start: int) -> int:
    """Where the sentence ``start`` stands in ends: its end mark, or the text's end."""
    stop = _SENTENCE_END.search(text, start)
    return stop.start() if stop else len(text)
