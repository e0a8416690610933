"""Adversarial text for the grammars: does time grow linearly with the input?

    python bench/adversarial.py [--max 32000]

Long runs of what the pyparsing grammars look for (digits, 其中, brackets,
years, number separators, Chinese numerals) and a realistic sentence repeated,
at doubling lengths, through three doors:

- narrative: one paragraph of a JSON report, checked with every rule (the
  analyzers read it, the rules use what they read);
- text import: the same text as a .txt report (extraction alone), when the
  text importer is installed;
- pack expressions: long and deeply nested expressions for the pack
  language's parser, up to its own limits (4,000 characters, 24 levels).

Reported: milliseconds at each length (the fastest of three runs) and the
worst ratio between two successive lengths. Linear growth doubles the time (ratio ~2); the verdict
flags a ratio above 2.6 as superlinear. A CF002 (rule stopped by its time
budget) is shown as "budget". Measured here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import TODAY, table

from crossfoot.app.session import Session
from crossfoot.checking.context import Options
from crossfoot.importing.load import report_from_data

RUNS: dict[str, Callable[[int], str]] = {
    "digits 999…": lambda n: "9" * n,
    "其中其中…": lambda n: "其中" * (n // 2),
    "（（（…）））": lambda n: "（" * (n // 2) + "）" * (n // 2),
    "2021年2021年…": lambda n: "2021年" * (n // 5),
    "1,1,1,…": lambda n: "1," * (n // 2),
    "一二三四…": lambda n: "一二三四五六七八九十百千万亿" * (n // 14),
    "共…万元，其中…": lambda n: ("共 120 万元，其中 80 万元、40 万元。" * n)[:n],
    "realistic sentence": lambda n: ("2023 年项目全年预算 120.50 万元，实际支出 118.25 万元，"
                                     "预算执行率 98.13%，较上年增长 5%。" * n)[:n],
}
EXPRESSIONS: dict[str, Callable[[int], str]] = {
    "1 + 1 + …": lambda n: " + ".join(["1"] * max(n // 4, 1)),
    "((((1)))) + …": lambda n: " + ".join(["(" * 20 + "1" + ")" * 20] * max(n // 44, 1)),
    "not (1 > 2) and …": lambda n: " and ".join(["not (1 > 2)"] * max(n // 16, 1)),
    "'字字…' == 'x' or …": lambda n: " or ".join(["'" + "字" * 40 + "' == 'x'"] * max(n // 52, 1)),
}


def timed(work: Callable[[], Any], repeat: int = 3) -> float:
    """The fastest of ``repeat`` runs, in ms: the least disturbed by other processes."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def report_with(text: str) -> dict[str, Any]:
    return {"crossfoot": "1.0",
            "meta": {"title": "对抗性文本", "kind": "project", "fiscal_year": 2023,
                     "report_date": "2024-03-01", "language": "zh", "unit": "万元"},
            "sections": [{"id": "s1", "number": "一", "title": "项目基本情况",
                          "paragraphs": [{"id": "p1", "text": text}]}]}


def narrative(session: Session, text: str) -> str:
    report = report_from_data(report_with(text), "adversarial.json")
    findings = session.check_report(report)
    if any(f.rule_id == "CF002" for f in findings):
        return "budget"
    return f"{timed(lambda: session.check_report(report)):.0f}"


def row(name: str, cells: list[str]) -> tuple[str, ...]:
    numbers = [float(c) for c in cells if c.replace(".", "").isdigit()]
    ratios = [b / a for a, b in itertools.pairwise(numbers) if a >= 5]  # below 5 ms: noise
    worst = max(ratios, default=0.0)
    if "budget" in cells:
        verdict = "stopped by time budget"
    elif not ratios:
        verdict = "too fast to tell"
    else:
        verdict = "linear" if worst <= 2.6 else "SUPERLINEAR"
    return (name, *cells, f"{worst:.1f}" if ratios else "-", verdict)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max", type=int, default=32_000, help="longest input (characters)")
    args = parser.parse_args()
    lengths = [1000]
    while lengths[-1] * 2 <= args.max:
        lengths.append(lengths[-1] * 2)
    session = Session(options=Options(today=TODAY))
    session.check_report(report_from_data(report_with("预热"), "warm.json"))
    header = ("input", *(f"{n // 1000}K chars ms" for n in lengths), "worst step", "")
    narrative_rows = [row(name, [narrative(session, make(n)) for n in lengths])
                      for name, make in RUNS.items()]
    print(f"narrative paragraph, all {len(session.rules)} rules "
          f"(rule budget {session.rule_timeout:g} s)")
    print(table(header, narrative_rows))
    try:
        from crossfoot.importing.text import read_text
    except ImportError:
        print("\ntext import: not installed")
    else:
        def extract_ms(text: str) -> str:
            return f"{timed(lambda: read_text(text, 'adversarial.txt')):.0f}"

        text_rows = [row(name, [extract_ms(make(n)) for n in lengths])
                     for name, make in RUNS.items()]
        print("\ntext import (extraction only)")
        print(table(header, text_rows))
    try:
        from crossfoot.packs.errors import LangError
        from crossfoot.packs.grammar import parse
    except ImportError:
        print("\npack expressions: no pack language installed")
        return 0

    def parse_ms(text: str) -> str:
        try:
            return f"{timed(lambda: parse(text)):.1f}"
        except LangError as exc:
            return f"refused ({exc.message[:30]})"

    sizes = [250, 500, 1000, 2000, 3900]
    print("\npack expression parser (limit 4,000 characters, 24 levels)")
    print(table(("expression", *(f"{n} chars ms" for n in sizes), "worst step", ""),
                [row(name, [parse_ms(make(n)) for n in sizes])
                 for name, make in EXPRESSIONS.items()]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
