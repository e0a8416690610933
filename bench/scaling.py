"""Scaling: the same kind of report at about 1x, 10x and 100x the size.

    python bench/scaling.py [--runs 5]

Reports come from bench/generate.py (``Size.scaled``: more sections,
sub-sections, paragraphs, tables and rows; --seed fixed). Each is checked
in-process with all rules (median of ``--runs``; half as many, at least three,
for the largest).
Reported per step: bytes, milliseconds, the time ratio to the step before and
that ratio per tenfold size (time ratio x 10 / size ratio). Target (issue 7):
time grows linearly, each 10x step costs <= 12x. The last column names the
rules (or the narrative analysis) whose own time grew fastest, to point at the
cause of a miss.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Size, generate_folder
from timing import TODAY, median_ms, table, verdict

from crossfoot.app.batch import check_one
from crossfoot.app.runtime import settle_after_startup
from crossfoot.app.session import Session
from crossfoot.checking.context import Context, Options
from crossfoot.checking.findings import Finding
from crossfoot.checking.rule import Rule
from crossfoot.model.report import Report


def rule_times(session: Session, path: Path) -> dict[str, float]:
    """Seconds of each rule in one full check of ``path``; the narrative analysis,
    when a rule asks for it, is timed on its own instead of inside that rule."""
    report = session.load(path)
    times: dict[str, float] = {"analysis": 0.0}
    analyze = session.analyze

    def timed_analysis(report: Report) -> list[Any]:
        begun = time.perf_counter()
        try:
            return analyze(report)
        finally:
            times["analysis"] += time.perf_counter() - begun

    def timed(rule: Rule) -> Callable[[Context], list[Finding]]:
        original = rule.check

        def check(ctx: Context) -> list[Finding]:
            begun = time.perf_counter()
            analysed = times["analysis"]
            found = list(original(ctx))
            times[rule.id] = time.perf_counter() - begun - (times["analysis"] - analysed)
            return found

        return check

    for rule in session.rules:
        rule.check = timed(rule)  # type: ignore[method-assign]
    session.analyze = timed_analysis  # type: ignore[method-assign]
    try:
        session.check_report(report, path)
    finally:
        for rule in session.rules:
            del rule.check  # the class's own check again
        del session.analyze
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    session = Session(options=Options(today=TODAY))
    settle_after_startup()  # as `crossfoot check` does once its session is ready
    rows = []
    previous: tuple[int, float, dict[str, float]] | None = None
    with tempfile.TemporaryDirectory(prefix="crossfoot-scaling-") as temp:
        for factor in (1, 10, 100):
            folder = Path(temp) / f"x{factor}"
            path = generate_folder(folder, 1, args.seed, "project", Size().scaled(factor),
                                   truth=False)[0]
            size = path.stat().st_size
            runs = args.runs if factor < 100 else max(3, args.runs // 2)
            ms = median_ms(lambda p=path: check_one(session, p), runs, warmup=1)
            per_rule = rule_times(session, path)
            if previous is None:
                rows.append((f"{factor}x", f"{size / 1024:.0f} KB", f"{ms:.0f}", "", "", "", ""))
            else:
                ratio, grown = ms / previous[1], size / previous[0]
                per_tenfold = ratio * 10 / grown
                worst = sorted((r for r in per_rule if previous[2][r] > 0),
                               key=lambda r: per_rule[r] / previous[2][r], reverse=True)[:3]
                rows.append((f"{factor}x", f"{size / 1024:.0f} KB", f"{ms:.0f}",
                             f"{ratio:.1f}x for {grown:.1f}x size", f"{per_tenfold:.1f}x",
                             verdict(per_tenfold, 12),
                             ", ".join(f"{r} {per_rule[r] / previous[2][r]:.0f}x"
                                       for r in worst)))
            previous = (size, ms, per_rule)
    print(f"in-process check with {len(session.rules)} rules, median of {args.runs} runs "
          f"({max(3, args.runs // 2)} at 100x)")
    print(table(("size", "bytes", "ms", "step", "per 10x size", "target <= 12x",
                 "fastest-growing rules"), rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
