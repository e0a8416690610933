"""The quantity expression reads what the pyparsing grammar reads, or leaves it to the grammar."""

from __future__ import annotations

import itertools
import random

from crossfoot.model import qualifiers, quantity_scan, unit_words
from crossfoot.model.printed import Parsed, _by_grammar

#: characters that make or break a quantity: digits, separators, numerals, qualifiers, units
SHORT_ALPHABET = "10,. 一十点万元余约不足以上下%分别个人次亿百之>=\t"
#: a smaller alphabet for longer strings
LONG_ALPHABET = "10,. 一万元余约以上%"
PIECES = ["1", "12", "123", "1,234", "1,23", "10 000", "1 00", "3.5", "0.25", ".", ",", " ",
          "  ", "    ", "一", "十七", "两千", "三点五", "一亿二千万", "点", "零", "一百二",
          "1234567890123456789", *qualifiers.BEFORE, *qualifiers.BETWEEN, *qualifiers.AFTER,
          *unit_words.ALL_UNITS, "别", "钟", "员", "年", "的", "，", "百分之", "\t", "x"]


def _agrees(window: str) -> None:
    quick = quantity_scan.read(window)
    if quick == quantity_scan.UNSURE:
        return
    expected = _by_grammar(window, 0)
    if quick is None:
        assert expected is None, window
        return
    assert isinstance(quick, tuple)
    value, printed, qualifier, end, number_start, number_end = quick
    got = Parsed(value, unit_words.symbol(printed), qualifier, 0, end, number_start, number_end)
    assert got == expected, window
    assert str(got.value) == str(expected.value), window  # the same digits shown


def test_every_short_string_reads_as_the_grammar_reads_it() -> None:
    for length in range(1, 4):
        for chars in itertools.product(SHORT_ALPHABET, repeat=length):
            _agrees("".join(chars))
    for chars in itertools.product(LONG_ALPHABET, repeat=4):
        _agrees("".join(chars))


def test_random_texts_read_as_the_grammar_reads_them() -> None:
    rng = random.Random(13)
    for _ in range(20_000):
        window = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 8)))[:80]
        _agrees(window)


def test_texts_shaped_like_quantities_read_as_the_grammar_reads_them() -> None:
    rng = random.Random(16)
    slots = ([*qualifiers.BEFORE, "预约", ""], [" ", "  ", "    ", ""],
             ["12", "1,234.5", "10 000", "1 0000", "十七", "一百二", "三点五", "0", "二〇二一",
              "1234567890123456789"],
             [" ", "", "   "], [*qualifiers.BETWEEN, "", ""], [" ", ""],
             [*unit_words.ALL_UNITS, "年", ""], ["", " ", "  "],
             [*qualifiers.AFTER, "别", "员", "，", "5", ""])
    decided = 0
    for _ in range(20_000):
        window = "".join(rng.choice(slot) for slot in slots)
        decided += isinstance(quantity_scan.read(window), tuple)
        _agrees(window)
    assert decided > 5_000


def test_the_expression_decides_the_common_forms() -> None:
    for window in ("12.5 万元，", "约 22592 件", "200 余件", "95%以上", "1,046,068 元",
                   "十七个", "不高于 5 万元"):
        assert isinstance(quantity_scan.read(window), tuple), window
    assert quantity_scan.read("百分之十") == quantity_scan.UNSURE
