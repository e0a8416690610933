"""Every regex on the text path runs in time linear in its input (issue 13).

Two proofs. The shape: no unbounded repeat sits inside another repeat that
can backtrack (``(a+)*``), the shape of catastrophic backtracking. The
behaviour: each pattern searches 10^5 repetitions of its own parts (every
repeated body, every alternative, all alternatives in a row), the inputs on
which an overlapping or nested pattern backtracks. A linear pattern does
all of it in seconds; a quadratic one needs about 10^10 steps, an
exponential one never ends, so the run has a deadline far above the first
and far below the second (a hang guard, not a timing).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from . import text_patterns
from .deadline import ROOT, run_within

TEXT_PATH = [ROOT / "core" / "model", ROOT / "core" / "importing", ROOT / "core" / "analysis"]
REPETITIONS = 100_000
#: seconds for all patterns together: linear ones need well under a minute on 2 shared cores
DEADLINE = 600
_RE_CALLS = {"compile", "search", "match", "fullmatch", "sub", "subn", "split", "findall",
             "finditer"}


def test_the_text_path_holds_its_patterns() -> None:
    patterns = text_patterns.text_path_patterns()
    assert len(patterns) >= 80
    assert any(name.startswith("crossfoot.analysis.figures._EXCLUDED") for name in patterns)


@pytest.mark.parametrize("path", sorted(p for folder in TEXT_PATH for p in folder.rglob("*.py")),
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_patterns_are_compiled_at_module_level(path: Path) -> None:
    """A ``re.search("...")`` inside a function would escape the tests below."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    inside = [node for function in ast.walk(tree)
              if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)
              for node in ast.walk(function)
              if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
              and node.func.attr in _RE_CALLS]
    assert [ast.unparse(n)[:60] for n in inside] == []


def test_no_unbounded_repeat_inside_a_repeat() -> None:
    nested = {name: found for name, pattern in text_patterns.text_path_patterns().items()
              if (found := text_patterns.nested_unbounded(text_patterns.parsed(pattern)))}
    assert nested == {}


def test_each_pattern_on_a_hundred_thousand_repetitions_of_its_parts() -> None:
    script = (
        "import sys\n"
        f"sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
        "import text_patterns\n"
        "for name, pattern in text_patterns.text_path_patterns().items():\n"
        "    print(name, flush=True)\n"
        "    for part in text_patterns.attacks(pattern):\n"
        f"        pattern.search(part * {REPETITIONS} + '\\x00')\n"
        "print('done', flush=True)\n")
    assert run_within(script, DEADLINE).splitlines()[-1] == "done"
