"""CF005's letter count by regular expressions equals asking each character."""

from __future__ import annotations

import random
import re
from types import SimpleNamespace

from crossfoot.checking.engine_rules import NarrativeNotRead
from crossfoot.checking.letters import HAN_LETTERS, LATIN_LETTERS, NOT_LETTERS, count_letters

ALL = range(0x110000)


def by_loop(text: str) -> tuple[int, int]:
    letters = han = 0
    for char in text:
        if char.isalpha():
            letters += 1
            han += "\u3400" <= char <= "\u9fff"
    return letters, han


def test_known_letters_are_letters_and_known_others_are_not() -> None:
    letters = re.compile(f"[{HAN_LETTERS}{LATIN_LETTERS}]")
    others = re.compile(f"[{NOT_LETTERS}]")
    assert all(chr(c).isalpha() for c in ALL if letters.match(chr(c)))
    assert not any(chr(c).isalpha() for c in ALL if others.match(chr(c)))


def test_every_chinese_letter_is_known() -> None:
    han = re.compile(f"[{HAN_LETTERS}]")
    assert all(bool(han.match(chr(c))) == chr(c).isalpha() for c in range(0x3400, 0xA000))


def test_counts_equal_the_loop_on_random_text() -> None:
    pool = ("预算执行率为 98.5%，较上年增长 3 个百分点。ABCxyz ＡＢ１２（）、。々〆〇Ⅻªµ½²"
            "\u4dc0\u4dff\u3400\u9fff\u00a0\u3000\t\n é ß Ω Ж ｶ ㄅ 가 ﬁ 𠀀 😀")
    rng = random.Random(16)
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(0, 40)))
        assert count_letters(text) == by_loop(text)


def test_counts_equal_the_loop_over_all_characters() -> None:
    text = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    assert count_letters(text) == by_loop(text)


def sample_by_loop(texts: list[str], sample: int) -> tuple[int, int]:
    """CF005's sample as it was read: paragraph by paragraph, until ``sample`` letters."""
    letters = han = 0
    for text in texts:
        more, more_han = by_loop(text[:sample])
        letters += more
        han += more_han
        if letters >= sample:
            break
    return letters, han


def test_the_sample_is_the_one_read_paragraph_by_paragraph() -> None:
    rule = NarrativeNotRead()
    rng = random.Random(5)
    words = ["预算执行率", "The budget was spent. ", "１２３，", "。", "x" * 300, "中" * 700, " "]
    for _ in range(300):
        texts = ["".join(rng.choice(words) for _ in range(rng.randrange(0, 40)))
                 for _ in range(rng.randrange(0, 60))]
        paragraphs = iter([SimpleNamespace(text=text) for text in texts])
        assert rule._count(paragraphs) == sample_by_loop(texts, rule.SAMPLE)  # type: ignore[arg-type]
