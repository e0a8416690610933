"""Plain digits short enough to skip the range check are always within the limits."""

from __future__ import annotations

import random

from crossfoot.importing.load import MAX_EXPONENT, _text_number_problem, number_problem


def test_short_plain_digits_are_never_out_of_range() -> None:
    rng = random.Random(16)
    for _ in range(20_000):
        size = rng.randrange(1, MAX_EXPONENT + 1)
        digits = "".join(rng.choice("0000000001") for _ in range(size))
        sign = rng.choice(("", "-", "+"))
        point = rng.randrange(1, size + 1)
        text = (sign + digits[:point] + ("." + digits[point:] if point < size else ""))
        if len(text) <= MAX_EXPONENT:
            assert number_problem(text) is None, text
            assert _text_number_problem(text) is None


def test_long_digits_are_still_checked() -> None:
    tiny = "0." + "0" * 40 + "1"
    assert _text_number_problem(tiny) == number_problem(tiny) is not None
    assert _text_number_problem(" 1" + "0" * 50 + " ") is not None
