"""Where ``read_date``'s quick test says no date begins, the prose grammar finds none."""

from __future__ import annotations

import itertools
import random

import pyparsing as pp

from crossfoot.model.date_scan import DATE_START
from crossfoot.model.dates import DATE_WINDOW, _prose, read_date

#: the characters the grammar's tokens are made of, and a few it never takes
ALPHABET = "0129 年月日号底末初上中下旬份度-./至一二十〇零两三五九〔，a\n"


def grammar_finds(text: str) -> bool:
    try:
        result = _prose()["DATE"].parse_string(text[:DATE_WINDOW], parse_all=False)
    except pp.ParseException:
        return False
    return bool(result[0] == 0)


def test_every_short_text_the_grammar_reads_passes_the_quick_test() -> None:
    for size in range(1, 4):
        for chars in itertools.product(ALPHABET, repeat=size):
            text = "".join(chars)
            if DATE_START.match(text, 0, DATE_WINDOW) is None:
                assert not grammar_finds(text), text


def test_random_texts_agree() -> None:
    rng = random.Random(16)
    pieces = [*ALPHABET, "2021", "2021 年", "二〇二一年", "二 0 二一年", "12 月", "十二月",
              "2021-9-", "2022.9.18", "  ", "2021年9月2日"]
    for _ in range(10_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 8)))
        if DATE_START.match(text, 0, DATE_WINDOW) is None:
            assert not grammar_finds(text), text
            assert read_date(text, 0) is None


def test_dates_are_still_read() -> None:
    for text in ("2021 年 9 月 2 日", "二〇二二年九月十八日", "2022-09-18", "11 月底", "2021年度"):
        assert read_date(text, 0) is not None, text
