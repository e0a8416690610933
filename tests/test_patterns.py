"""Patterns compiled on first use answer as the compiled pattern does."""

from __future__ import annotations

import re

from crossfoot.patterns import LazyPattern

TEXT = "2021年 与 二〇二二年, 2023 年"
SOURCE = r"([0-9]{4}|[〇一二三四五六七八九]{4})\s*年"


def test_every_method_answers_as_re_does() -> None:
    lazy, compiled = LazyPattern(SOURCE), re.compile(SOURCE)
    found, expected = lazy.search(TEXT, 1), compiled.search(TEXT, 1)
    assert found is not None and expected is not None and found.span() == expected.span()
    assert lazy.match(TEXT) is not None and lazy.match(TEXT, 3) is None
    assert lazy.fullmatch("2021年") is not None and lazy.fullmatch(TEXT) is None
    assert [m.span() for m in lazy.finditer(TEXT)] == [m.span() for m in compiled.finditer(TEXT)]
    assert lazy.findall(TEXT) == compiled.findall(TEXT) == ["2021", "二〇二二", "2023"]
    assert lazy.sub("Y", TEXT) == compiled.sub("Y", TEXT)
    assert lazy.sub(lambda m: m[1][:2], TEXT, 1) == compiled.sub(lambda m: m[1][:2], TEXT, 1)
    assert lazy.split(TEXT, 1) == compiled.split(TEXT, 1)


def test_compiled_once_then_the_compiled_methods_answer() -> None:
    lazy = LazyPattern(r"a+", re.IGNORECASE)
    assert "search" not in vars(lazy)
    assert lazy.search("xAAy") is not None
    assert vars(lazy)["search"].__self__ is re.compile(r"a+", re.IGNORECASE)
    assert lazy.compiled().flags & re.IGNORECASE
    assert repr(lazy) == "LazyPattern('a+', re.IGNORECASE)"
