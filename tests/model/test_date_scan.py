"""The step-by-step date reader reads what the prose grammar reads, token for token."""

from __future__ import annotations

import itertools
import random
from typing import Any

import pyparsing as pp

from crossfoot.model.date_scan import scan_date, scan_range_tail
from crossfoot.model.dates import _prose, read_date

NAMES = ("y", "sep", "m", "d", "year", "month", "day", "mark", "du")
#: the characters the grammar's tokens are made of, and a few it never takes
ALPHABET = "0129 年月日号底末上旬份度-./至~一二十〇两a"
#: fewer of them, for every text of four
SHORT_ALPHABET = "02 年月日底度-至十〇"


def by_grammar(name: str, text: str) -> tuple[dict[str, Any], int] | None:
    try:
        result = _prose()[name].parse_string(text, parse_all=False)
    except pp.ParseException:
        return None
    if result[0] != 0:
        return None
    tokens = result[1]
    return {key: tokens[key] for key in NAMES if key in tokens}, result[2]


def by_steps(name: str, text: str) -> tuple[dict[str, Any], int] | None:
    scan = scan_date if name == "DATE" else scan_range_tail
    return scan(text, 0, len(text))


def agree(text: str) -> None:
    for name in ("DATE", "RANGE_TAIL"):
        assert by_steps(name, text) == by_grammar(name, text), (name, text)


def test_every_short_text() -> None:
    shorter = (itertools.product(ALPHABET, repeat=size) for size in (1, 2, 3))
    for chars in itertools.chain(*shorter, itertools.product(SHORT_ALPHABET, repeat=4)):
        agree("".join(chars))


def test_random_texts() -> None:
    rng = random.Random(16)
    pieces = [*ALPHABET, "2021", "2021 年", "二〇二一年", "二 0 二一年", "12 月", "十二月",
              "2021-9-", "2022.9.18", "  ", "2021年9月2日", "至", "九", "三十一", "十十", "5.",
              "下旬", "2199", "1899", "〇〇〇〇", "0 0 0 0", "1 2 3 4"]
    for _ in range(30_000):
        agree("".join(rng.choice(pieces) for _ in range(rng.randrange(1, 9))))


def test_read_date_is_unchanged_where_the_grammar_reads() -> None:
    rng = random.Random(61)
    pieces = ["2021 年", "9 月", "2 日", "至", "8 日", "底", "度", "\t", " ", "十二月", "份", "，",
              "2022-9-18", "到 2023 年 1 月"]
    for _ in range(3_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 8)))
        for start in range(len(text)):
            found = read_date(text, start)
            expected = _read_by_grammar(text, start)
            assert found == expected, (text, start)


def _read_by_grammar(text: str, start: int) -> Any:
    """``read_date`` with the grammar forced (a tab makes it read by the grammar)."""
    import crossfoot.model.dates as dates

    original = dates._parse

    def grammar_only(text: str, start: int, window: int, name: str) -> Any:
        found = by_grammar(name, text[start:start + window])
        return None if found is None else found

    dates._parse = grammar_only  # type: ignore[assignment]
    try:
        return dates.read_date(text, start)
    finally:
        dates._parse = original  # type: ignore[assignment]
