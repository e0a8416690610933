"""Letters and Chinese characters of a text, counted without a Python loop per character.

CF005 tells a narrative's language by the share of its letters (``str.isalpha``)
that are Chinese characters (U+3400-U+9FFF). Asking each character costs about
0.5 ms of a seed-size report. Nearly every character of a report is a known
letter (a Chinese character, a Latin letter) or a known non-letter (ASCII and
CJK punctuation, digits, full-width forms, spaces): runs of those are taken out
by regular expressions and counted by the length they take away, and only what
is left is asked one by one. The counts are those of the loop, character for
character (the tests compare the classes with ``str.isalpha`` over their ranges).
"""

from __future__ import annotations

import re

#: the letters among U+3400-U+9FFF: all but the Yijing hexagram symbols (U+4DC0-U+4DFF)
HAN_LETTERS = "\u3400-\u4dbf\u4e00-\u9fff"
#: the range CF005 counts as Chinese
HAN_FIRST, HAN_LAST = "\u3400", "\u9fff"
#: ASCII letters
LATIN_LETTERS = "A-Za-z"
#: characters that are no letter: ASCII but its letters, general punctuation, CJK symbols
#: and punctuation but its iteration and closing marks (々 〆 〱-〵 〻 〼 are letters),
#: full-width punctuation and digits, and the common spaces
NOT_LETTERS = ("\x00-\x40\x5b-\x60\x7b-\xa0\u2000-\u206f\u3000-\u3004\u3007-\u3030"
               "\u3036-\u303a\u303d-\u303f\uff01-\uff20\uff3b-\uff40\uff5b-\uff65")

_HAN = re.compile(f"[{HAN_LETTERS}]+")
_LATIN = re.compile(f"[{LATIN_LETTERS}]+")
_NOT_LETTERS = re.compile(f"[{NOT_LETTERS}]+")


def count_letters(text: str) -> tuple[int, int]:
    """(letters, Chinese letters) of ``text``: what ``str.isalpha`` counts, and of those
    the ones in U+3400-U+9FFF."""
    rest = _HAN.sub("", text)
    han = len(text) - len(rest)
    rest = _NOT_LETTERS.sub("", rest)
    others = _LATIN.sub("", rest)
    letters = han + len(rest) - len(others)
    for char in others:
        if char.isalpha():
            letters += 1
            han += HAN_FIRST <= char <= HAN_LAST
    return letters, han
