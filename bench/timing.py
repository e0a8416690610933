"""Small helpers shared by the benchmarks: timing, the seed report, a results table."""

from __future__ import annotations

import datetime as dt
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "seed" / "yiyang-2021.json"
SEED_TEXT = ROOT / "fixtures" / "text" / "yiyang-2021.txt"
SMALL = ROOT / "fixtures" / "rules" / "SUM101" / "pass.json"
TODAY = dt.date(2026, 11, 29)


def sample_ms(work: Callable[[], object], runs: int, warmup: int = 2,
              clock: Callable[[], float] = time.perf_counter) -> list[float]:
    """Times of ``runs`` calls of ``work`` in milliseconds, after ``warmup`` untimed ones;
    wall time unless ``clock`` is another (``time.thread_time``: this thread's CPU time)."""
    for _ in range(warmup):
        work()
    times = []
    for _ in range(runs):
        start = clock()
        work()
        times.append((clock() - start) * 1000)
    return times


def median_ms(work: Callable[[], object], runs: int, warmup: int = 2,
              clock: Callable[[], float] = time.perf_counter) -> float:
    """Median time of ``work`` in milliseconds (wall time unless ``clock`` says otherwise)."""
    return statistics.median(sample_ms(work, runs, warmup, clock))


def verdict(value: float, target: float, lower_is_better: bool = True) -> str:
    met = value <= target if lower_is_better else value >= target
    return "met" if met else "MISSED"


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A Markdown table, ready to paste into bench/README.md."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)
