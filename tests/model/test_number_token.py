"""``numerals.parse_number`` reads what the pyparsing grammar reads, without running it."""

from __future__ import annotations

import itertools
import random

from crossfoot.model.numerals import WINDOW, grammar_number, parse_number

#: the characters numbers are made of and end at (tab: the grammar's own path)
SHORT_ALPHABET = "09,. 一十百万亿点零两个a\t"
LONG_ALPHABET = "05,. 一十万点零元"


def _same_at_every_start(text: str) -> None:
    for start in range(len(text) + 1):
        assert parse_number(text, start) == grammar_number(text, start), (text, start)


def test_every_short_string_reads_as_the_grammar_reads_it() -> None:
    for length in range(1, 4):
        for chars in itertools.product(SHORT_ALPHABET, repeat=length):
            _same_at_every_start("".join(chars))
    for chars in itertools.product(LONG_ALPHABET, repeat=4):
        _same_at_every_start("".join(chars))


def test_random_texts_read_as_the_grammar_reads_them() -> None:
    rng = random.Random(29)
    pieces = ["1", "23", "456", ",", ".", " ", "000", "一", "二", "十", "百", "千", "万", "亿",
              "点", "五", "零", "〇", "两", "万元", "人", "%", "年", "（", "x"]
    for _ in range(3_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 24)))
        _same_at_every_start(text)


def test_a_number_cut_by_the_window_is_read_as_the_grammar_reads_it() -> None:
    for text in ("9" * (WINDOW + 5), "1,000," * 12, "一" + "十" * (WINDOW + 1),
                 "3." + "4" * (WINDOW + 2), "12 345 678 " * 7):
        _same_at_every_start(text)
