"""Text as reports print it, made readable, with every character traced back.

Real reports come with traditional characters (mirror sites), pinyin left in
brackets after characters by converters (``預(yù)算``), zero-width characters
between a number and its unit, full-width digits, and PDF extraction's spaces
inside words (``经 费 总预 算``). The reader works on the normalized text; each
of its characters keeps the offset of the character it came from, so every
finding quotes the report exactly as printed.

Traditional characters are folded to simplified ones (``model.script``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from crossfoot.importing.text.offsets import Offsets
from crossfoot.model.numerals import fold_brackets
from crossfoot.model.script import simplified

#: zero-width and invisible characters that may sit between a number and its unit
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad"
#: pinyin a converter left after a character: 預(yù), 經(jīng); a tone mark or ü makes it certain
_PINYIN = (r"(?<=[\u4e00-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü])"
           r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\)")
#: what the reader never sees: invisible characters and pinyin
_DROPPED = re.compile(f"[{_INVISIBLE}]+|{_PINYIN}")
#: what anything dropped holds: an invisible character, or the bracket pinyin opens with
_MAY_DROP = re.compile(f"[{_INVISIBLE}(]")


@dataclass(frozen=True, slots=True)
class Normalized:
    """Readable text, and for each of its characters the offset it has in the original."""

    text: str
    #: kept as runs: a paragraph loses few characters, and one int per character is 36 bytes
    origin: Offsets

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of ``text[start:end]``."""
        if start >= end or not self.origin:
            at = self.origin[min(start, len(self.origin) - 1)] if self.origin else 0
            return at, at
        return self.origin[start], self.origin[end - 1] + 1


def normalize(text: str) -> Normalized:
    """The readable form of one paragraph, traced back character by character."""
    kept = _kept_runs(text)
    chars = fold_brackets(simplified("".join(text[a:b] for a, b in kept)))
    shown = _shown_runs(chars)
    out = "".join(chars[a:b] for a, b in shown)
    if _DIGIT_COMMA_DIGITS.search(out):  # every thousands comma stands so; most paragraphs none
        out = _THOUSANDS.sub(",", out)
    # a paragraph already readable keeps its own text, not an equal copy beside it
    return Normalized(text if out == text else out, Offsets.of_pieces(_through(shown, kept)))


def _kept_runs(text: str) -> list[tuple[int, int]]:
    """The runs of ``text`` left when invisible characters and converters' pinyin go."""
    if not _MAY_DROP.search(text):  # a class of characters is quicker to scan for
        return [(0, len(text))]
    runs = []
    position = 0
    for dropped in _DROPPED.finditer(text):
        if dropped.start() > position:
            runs.append((position, dropped.start()))
        position = dropped.end()
    if position < len(text) or not runs:
        runs.append((position, len(text)))
    return runs


def _shown_runs(chars: str) -> list[tuple[int, int]]:
    """The runs of ``chars`` left when spaces go, but those between digit groups (10 000)."""
    runs = []
    position = 0
    for spaces in _SPACE_RUN.finditer(chars):
        start, end = spaces.span()
        if start > 0 and end < len(chars) and chars[end].isdigit() and (
                chars[start - 1].isdigit() or _latin(chars[start - 1])):
            continue  # a space that separates digit groups is kept, and one between a word in
            # letters and a figure (车用 CNG 0.31 亿立方米: joined, they would be a code); PDF's
            # spaces in words not
        runs.append((position, start))
        position = end
    runs.append((position, len(chars)))
    return runs


def _latin(char: str) -> bool:
    """A letter of the Latin alphabet (of a name in letters: CNG, LNG, GDP)?"""
    return char.isascii() and char.isalpha()


def _through(shown: list[tuple[int, int]], kept: list[tuple[int, int]]
             ) -> Iterator[tuple[int, int]]:
    """``(offset in the original, length)`` of each shown run, through the kept runs."""
    index, kept_start = 0, 0  # the kept run at hand, and where it begins among the kept chars
    for start, end in shown:
        while start < end:
            while kept_start + kept[index][1] - kept[index][0] <= start:
                kept_start += kept[index][1] - kept[index][0]
                index += 1
            origin, stop = kept[index]
            size = min(end, kept_start + stop - origin) - start
            yield origin + start - kept_start, size
            start += size


#: spaces, and the bars a table pasted as lines separates its cells with (A｜B｜95.6%), which
#: the reader passes over as it does a tab
_SPACE_RUN = re.compile("[ \t\u3000\xa0|｜]+")
#: a full-width comma between digit groups is a thousands separator (１，２３４．５６萬元)
_THOUSANDS = re.compile(r"(?<=(?<![0-9])[0-9])，(?=[0-9]{3}(?![0-9]))|(?<=(?<![0-9])[0-9]{2})，"
                        r"(?=[0-9]{3}(?![0-9]))|(?<=(?<![0-9])[0-9]{3})，(?=[0-9]{3}(?![0-9]))"
                        r"|(?<=,[0-9]{3})，(?=[0-9]{3}(?![0-9]))")
#: what every match of ``_THOUSANDS`` holds: a digit, the full-width comma, three digits
_DIGIT_COMMA_DIGITS = re.compile("[0-9]，[0-9]{3}")


