"""Batch throughput and peak memory: 1,000 generated reports, --jobs 1 and --jobs 2.

    python bench/batch_throughput.py              # 250 and 1000 reports, jobs 1 and 2
    python bench/batch_throughput.py --sizes 1000 --jobs 2 --format text

Each run is ``crossfoot check FOLDER --format json`` in a fresh process, output
thrown away. Reported per run: wall time, reports per second, the peak
resident memory of the whole process tree (main process plus workers,
sampled from /proc every 20 ms) and of its largest single process, and the
CPU seconds the run used (user + system, workers included). Memory should not
grow with the number of reports: compare the rows for 250 and for 1000. On a
machine shared with other work, compare CPU seconds with wall time: with
--jobs 2 and two free cores the wall time is about half the CPU time.

Reports come from bench/generate.py when it exists (``generate_folder``: a
department or project report with one known defect each), otherwise from
copies of our fixtures (the seed report and the rule
fixtures) with varied numbers, so some are clean and some have findings.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


def templates() -> list[dict[str, Any]]:
    paths = [FIXTURES / "seed" / "yiyang-2021.json"]
    paths += sorted(p for p in (FIXTURES / "rules").rglob("*.json")
                    if not p.name.endswith(".expected.json"))
    return [json.loads(p.read_text(encoding="utf-8"), parse_float=Decimal) for p in paths]


def vary(report: dict[str, Any], index: int, rng: random.Random) -> dict[str, Any]:
    """A copy with its own title and, one time in three, a nudged figure in a fact or cell."""
    varied = copy.deepcopy(report)
    varied["meta"]["title"] = f"{varied['meta']['title']}（第 {index} 号）"
    if rng.random() < 1 / 3:
        numbers = [(fact, "value") for fact in varied.get("facts", [])
                   if isinstance(fact.get("value"), int | Decimal)]
        for table in varied.get("tables", []):
            for row in table["rows"]:
                cells = row.get("cells", {})
                numbers += [(cells, key) for key, value in cells.items()
                            if isinstance(value, int | Decimal) and not isinstance(value, bool)]
        if numbers:
            holder, key = rng.choice(numbers)
            holder[key] = holder[key] + rng.choice([1, 2, 5])
    return varied


def generate(folder: Path, count: int) -> Path:
    """``count`` reports in a folder below ``folder``; returns the folder to check."""
    own = ROOT / "bench" / "generate.py"
    if own.is_file():
        sys.path.insert(0, str(own.parent))
        import generate as shared  # type: ignore[import-not-found]

        if hasattr(shared, "generate_folder"):
            # one known defect in each report, families in turn; no truth files needed here
            shared.generate_folder(folder, count, seed=20261129, mode="one", truth=False)
            return folder / "reports"
    rng = random.Random(20261129)
    bases = templates()
    for i in range(count):
        report = vary(bases[i % len(bases)], i, rng)
        sub = folder / "reports" / f"{i // 100:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        text = json.dumps(report, ensure_ascii=False, indent=1, default=str)
        (sub / f"report-{i:05d}.json").write_text(text, encoding="utf-8")
    return folder / "reports"


def tree_rss(root_pid: int) -> tuple[int, int]:
    """Resident memory (bytes) of ``root_pid`` with all its descendants, and of the largest."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            parents[int(entry)] = int(fields[1])
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    total, largest, todo = 0, 0, [root_pid]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        largest = max(largest, rss.get(pid, 0))
        todo.extend(child for child, parent in parents.items() if parent == pid)
    return total, largest


def measure(folder: Path, jobs: int, fmt: str) -> dict[str, float]:
    command = [sys.executable, "-m", "crossfoot", "check", str(folder), "--jobs", str(jobs),
               "--format", fmt, "--exit-zero", "--today", "2026-11-29"]
    cpu_before = _children_cpu()
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = largest = 0
    while process.poll() is None:
        total, single = tree_rss(process.pid)
        peak, largest = max(peak, total), max(largest, single)
        time.sleep(0.02)
    elapsed = time.perf_counter() - start
    if process.returncode not in (0, 2):
        raise SystemExit(f"crossfoot failed ({process.returncode}): "
                         f"{process.stderr.read().decode() if process.stderr else ''}")
    return {"seconds": elapsed, "cpu": _children_cpu() - cpu_before, "tree_mib": peak / 2**20,
            "largest_mib": largest / 2**20}


def _children_cpu() -> float:
    """CPU seconds used by finished children (and their workers) so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 1000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--format", default="json")
    args = parser.parse_args()
    print(f"{'reports':>7}  {'jobs':>4}  {'seconds':>7}  {'reports/s':>9}  {'cpu s':>6}  "
          f"{'tree peak MiB':>13}  {'largest process MiB':>19}")
    for size in args.sizes:
        with tempfile.TemporaryDirectory(prefix="crossfoot-bench-") as temp:
            folder = generate(Path(temp), size)
            for jobs in args.jobs:
                m = measure(folder, jobs, args.format)
                print(f"{size:>7}  {jobs:>4}  {m['seconds']:>7.2f}  {size / m['seconds']:>9.1f}  "
                      f"{m['cpu']:>6.1f}  {m['tree_mib']:>13.1f}  {m['largest_mib']:>19.1f}",
                      flush=True)


if __name__ == "__main__":
    main()
