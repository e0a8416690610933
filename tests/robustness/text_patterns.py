"""Every regular expression on the text path, and inputs built from its own parts.

The text path is ``crossfoot.model``, ``crossfoot.importing`` and
``crossfoot.analysis``; its patterns are declared once, at module level (a
test keeps it so), compiled there or on first use (``crossfoot.patterns``),
which is how they can all be found here.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import re._constants as sre  # the parser's own node names
import re._parser as sre_parse
from collections.abc import Iterator
from typing import Any

from crossfoot.patterns import LazyPattern

PACKAGES = ("crossfoot.model", "crossfoot.importing", "crossfoot.analysis")
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_SAMPLE_OF_CATEGORY = {sre.CATEGORY_DIGIT: "1", sre.CATEGORY_SPACE: " ",
                       sre.CATEGORY_WORD: "a", sre.CATEGORY_NOT_DIGIT: "a",
                       sre.CATEGORY_NOT_SPACE: "a", sre.CATEGORY_NOT_WORD: " "}


def modules() -> Iterator[Any]:
    for name in PACKAGES:
        package = importlib.import_module(name)
        yield package
        for info in pkgutil.walk_packages(package.__path__, name + "."):
            yield importlib.import_module(info.name)


def text_path_patterns() -> dict[str, re.Pattern[str]]:
    """Every compiled pattern a text-path module holds, by where it is held."""
    found: dict[str, re.Pattern[str]] = {}
    seen: set[tuple[str, int]] = set()
    for module in modules():
        for name, value in sorted(vars(module).items()):
            for pattern in _patterns_in(value, 0):
                if (pattern.pattern, pattern.flags) not in seen:
                    seen.add((pattern.pattern, pattern.flags))
                    found[f"{module.__name__}.{name}#{len(found)}"] = pattern
    return found


def _patterns_in(value: Any, depth: int) -> Iterator[re.Pattern[str]]:
    if isinstance(value, LazyPattern):  # compiled on first use: the same pattern
        value = value.compiled()
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            yield value
    elif depth < 3 and isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, depth + 1)
    elif depth < 3 and isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _patterns_in(item, depth + 1)


def parsed(pattern: re.Pattern[str]) -> Any:
    return sre_parse.parse(pattern.pattern, pattern.flags)


def sample(items: Any) -> str:
    """A short string the nodes ``items`` can match, or nearly."""
    out: list[str] = []
    for op, arg in items:
        if op is sre.LITERAL:
            out.append(chr(arg))
        elif op is sre.NOT_LITERAL:
            out.append("y" if arg == ord("x") else "x")
        elif op is sre.IN:
            out.append(_sample_of_set(arg))
        elif op is sre.ANY:
            out.append("a")
        elif op in _REPEATS:
            low, _, body = arg
            out.append(sample(body) * max(low, 1))
        elif op is sre.SUBPATTERN:
            out.append(sample(arg[-1]))
        elif op is sre.ATOMIC_GROUP:
            out.append(sample(arg))
        elif op is sre.BRANCH:
            out.append(sample(arg[1][0]))
    return "".join(out)


def _sample_of_set(members: Any) -> str:
    negated = False
    for op, arg in members:
        if op is sre.NEGATE:
            negated = True
        elif negated:
            return "乙"
        elif op is sre.LITERAL:
            return chr(arg)
        elif op is sre.RANGE:
            return chr(arg[0])
        elif op is sre.CATEGORY:
            return _SAMPLE_OF_CATEGORY.get(arg, "a")
    return "乙"


def pieces(items: Any) -> Iterator[str]:
    """Samples of every repeated body and every alternative, and of all alternatives in a row."""
    for op, arg in items:
        if op in _REPEATS:
            yield sample(arg[2])
            yield from pieces(arg[2])
        elif op is sre.SUBPATTERN:
            yield from pieces(arg[-1])
        elif op is sre.ATOMIC_GROUP:
            yield from pieces(arg)
        elif op is sre.BRANCH:
            for branch in arg[1]:
                yield sample(branch)
                yield from pieces(branch)
            yield "".join(sample(branch) for branch in arg[1])
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            yield from pieces(arg[1])


def attacks(pattern: re.Pattern[str]) -> list[str]:
    """The strings a pattern is fed: its whole sample and each of its pieces, one by one."""
    tree = parsed(pattern)
    return sorted({p for p in (sample(tree), *pieces(tree)) if p})


def nested_unbounded(items: Any, inside_repeat: bool = False) -> list[str]:
    """Unbounded repeats inside a repeat, the shape that backtracks without end."""
    found: list[str] = []
    for op, arg in items:
        if op in _REPEATS:
            _, high, body = arg
            if inside_repeat and high is sre.MAXREPEAT and op is not sre.POSSESSIVE_REPEAT:
                found.append(sample(body))
            found.extend(nested_unbounded(body, inside_repeat or (
                high is not None and (high is sre.MAXREPEAT or high > 1)
                and op is not sre.POSSESSIVE_REPEAT)))
        elif op is sre.SUBPATTERN:
            found.extend(nested_unbounded(arg[-1], inside_repeat))
        elif op is sre.BRANCH:
            for branch in arg[1]:
                found.extend(nested_unbounded(branch, inside_repeat))
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            found.extend(nested_unbounded(arg[1], inside_repeat))
    return found
