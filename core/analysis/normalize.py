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
from dataclasses import dataclass

from crossfoot.model.numerals import fold_brackets
from crossfoot.model.script import simplified

#: zero-width and invisible characters that may sit between a number and its unit
_INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad")
#: pinyin a converter left after a character: 預(yù), 經(jīng); a tone mark or ü makes it certain
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü])"
                     r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\)")


@dataclass(frozen=True, slots=True)
class Normalized:
    """Readable text, and for each of its characters the offset it has in the original."""

    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of ``text[start:end]``."""
        if start >= end or not self.origin:
            at = self.origin[min(start, len(self.origin) - 1)] if self.origin else 0
            return at, at
        return self.origin[start], self.origin[end - 1] + 1


def normalize(text: str) -> Normalized:
    """The readable form of one paragraph, traced back character by character."""
    kept: list[tuple[str, int]] = []
    dropped = _pinyin_spans(text)
    for index, char in enumerate(text):
        if char in _INVISIBLE or index in dropped:
            continue
        kept.append((char, index))
    chars = fold_brackets(simplified("".join(c for c, _ in kept)))
    out: list[str] = []
    origin: list[int] = []
    for position, (char, (_, source)) in enumerate(zip(chars, kept, strict=True)):
        if char in _SPACES and not _between_digits(chars, position):
            continue
        out.append(char)
        origin.append(source)
    return Normalized(_THOUSANDS.sub(",", "".join(out)), tuple(origin))


def _pinyin_spans(text: str) -> set[int]:
    return {i for match in _PINYIN.finditer(text) for i in range(match.start(), match.end())}


_SPACES = " \t\u3000\xa0"
#: a full-width comma between digit groups is a thousands separator (１，２３４．５６萬元)
_THOUSANDS = re.compile(r"(?<=(?<![0-9])[0-9])，(?=[0-9]{3}(?![0-9]))|(?<=(?<![0-9])[0-9]{2})，"
                        r"(?=[0-9]{3}(?![0-9]))|(?<=(?<![0-9])[0-9]{3})，(?=[0-9]{3}(?![0-9]))"
                        r"|(?<=,[0-9]{3})，(?=[0-9]{3}(?![0-9]))")


def _between_digits(chars: str, position: int) -> bool:
    """A space that separates digit groups (10 000) is kept; PDF's spaces in words are not."""
    before = position - 1
    while before >= 0 and chars[before] in _SPACES:
        before -= 1
    after = position + 1
    while after < len(chars) and chars[after] in _SPACES:
        after += 1
    return before >= 0 and after < len(chars) and chars[before].isdigit() \
        and chars[after].isdigit()
