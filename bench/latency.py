"""Latency of one seed-size report, in-process: median of repeated checks.

    python bench/latency.py [--runs 50] [--cpu]

One ``Session`` (plugins loaded, rules chosen) checks the same report again
and again, as an editor integration or a pre-commit hook on a warm process
would; each run reads the file, loads and validates it, analyses the
narrative and runs every rule. The process is set up as ``crossfoot check``
sets up its own (``crossfoot.app.runtime``: start-up objects frozen, no automatic
collection during a check, ``batch.check_one``). Reported: the seed fixture (JSON), a generated
report of the default (seed-like) size, and, when a ``.txt`` importer is
installed, the seed's text form. Stages are timed apart (load, then rules)
so a regression points at its cause. Targets (issue 16): seed JSON <= 5 ms,
generated 50 KB JSON <= 5 ms, seed text <= 15 ms. ``--cpu`` times each check in this
thread's CPU time instead of wall time: on a shared machine it is far less disturbed by
waiting for a core, so it is what runs compared across a busy afternoon should use.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate_folder
from scaling import rule_times
from timing import SEED, SEED_TEXT, TODAY, median_ms, sample_ms, table, verdict

from crossfoot.app.batch import check_one
from crossfoot.app.runtime import settle_after_startup
from crossfoot.app.session import Session
from crossfoot.checking.context import Options


def measure(session: Session, path: Path, runs: int,
            clock: Callable[[], float] = time.perf_counter) -> tuple[float, float, float, float]:
    """(median check, fastest check, median load, the rest: analysis and rules), in ms.

    The rest is the difference of the two medians: timing the rules on one
    loaded report over and over measures a warmer case than a real check.
    The fastest run shows the cost with the least disturbance from other
    processes on a shared machine.
    """
    checks = sample_ms(lambda: check_one(session, path), runs, clock=clock)
    whole = statistics.median(checks)
    load = median_ms(lambda: session.load(path), runs, clock=clock)
    return whole, min(checks), load, whole - load


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--top", type=int, default=10, help="most expensive rules listed")
    parser.add_argument("--cpu", action="store_true",
                        help="CPU time of this thread (time.thread_time), not wall time")
    args = parser.parse_args()
    session = Session(options=Options(today=TODAY))
    settle_after_startup()  # as `crossfoot check` does once its session is ready
    rows = []
    with tempfile.TemporaryDirectory(prefix="crossfoot-latency-") as temp:
        generated = generate_folder(Path(temp), 1, seed=7, truth=False)[0]
        cases = [("seed JSON (fixtures/seed, 84 KB)", SEED, 5.0),
                 (f"generated JSON ({generated.stat().st_size // 1024} KB)", generated, 5.0)]
        if ".txt" in session.importers() and SEED_TEXT.exists():
            cases.append(("seed text (fixtures/text)", SEED_TEXT, 15.0))
        else:
            print("no .txt importer installed: text latency not measured", file=sys.stderr)
        for name, path, target in cases:
            whole, fastest, load, rest = measure(
                session, path, args.runs, time.thread_time if args.cpu else time.perf_counter)
            rows.append((name, f"{whole:.1f}", f"{fastest:.1f}", f"{load:.1f}", f"{rest:.1f}",
                         f"<= {target:g}", verdict(whole, target)))
        seed_costs, generated_costs = rule_costs(session, SEED), rule_costs(session, generated)
    print(f"in-process median of {args.runs} runs, {len(session.rules)} rules, one core, "
          f"{'CPU' if args.cpu else 'wall'} time")
    print(table(("report", "median ms", "fastest ms", "load ms", "analysis + rules ms",
                 "target ms", ""), rows))
    top = sorted(seed_costs.items(), key=lambda item: item[1], reverse=True)[:args.top]
    print(f"\nwhere the seed's time goes (median of 7 instrumented runs, the {args.top} "
          "most expensive):")
    print(table(("rule", "ms"), [(name, f"{seconds * 1000:.1f}") for name, seconds in top]))
    families = sorted({family(name) for name in seed_costs | generated_costs})
    print("\nby family (ms; a rule that first asks for what its family shares pays for it):")
    print(table(("family", "seed JSON", "generated JSON"),
                [(name, *(f"{sum(v for k, v in costs.items() if family(k) == name) * 1000:.1f}"
                          for costs in (seed_costs, generated_costs))) for name in families]))
    return 0


def rule_costs(session: Session, path: Path) -> dict[str, float]:
    """Seconds of each rule on ``path``: the median of 7 instrumented checks."""
    samples = [rule_times(session, path) for _ in range(7)]
    return {name: statistics.median(s[name] for s in samples) for name in samples[0]}


def family(rule_id: str) -> str:
    """SUM, RAT, ... and packs by their prefix (CNP, EXA); the narrative analysis apart."""
    return rule_id if rule_id == "analysis" else rule_id.rstrip("0123456789")


if __name__ == "__main__":
    raise SystemExit(main())
