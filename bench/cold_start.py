"""Cold start: ``crossfoot --version`` and ``crossfoot check`` of a small report,
each as a whole new process, as a pre-commit hook or a shell user runs them.

    python bench/cold_start.py [--runs 20]

Uses hyperfine when it is installed (its median), else a Python loop timing
``subprocess.run`` (median wall time; includes the fork and exec a shell pays
too). Bytecode caching is switched on for the runs (PYTHONDONTWRITEBYTECODE
removed), as it is for an installed package: without it every start compiles
every module again, which no user pays. Also lists the slowest imports of ``crossfoot --version``
(python -X importtime), since imports are most of a cold start. Targets
(issue 7): --version <= 150 ms, check <= 300 ms; (issue 16) against a bare
``python -c pass`` timed in the same run, the commands interleaved run by run:
--version <= 2x, check <= 5x.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import SMALL, table, verdict


def crossfoot_command() -> list[str]:
    found = shutil.which("crossfoot", path=os.path.dirname(sys.executable)) or \
        shutil.which("crossfoot")
    return [found] if found else [sys.executable, "-m", "crossfoot"]


ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def with_hyperfine(commands: list[list[str]], runs: int) -> list[float]:
    with tempfile.TemporaryDirectory() as temp:
        out = Path(temp) / "h.json"
        subprocess.run(["hyperfine", "--warmup", "3", "--runs", str(runs), "-N", "-i",
                        "--export-json", str(out), *(" ".join(c) for c in commands)],
                       check=True, capture_output=True, env=ENV)
        results = json.loads(out.read_text())["results"]
    return [r["median"] * 1000 for r in results]


def with_loop(commands: list[list[str]], runs: int) -> list[float]:
    """Median wall ms of each command; one run of each in turn, so drift hits all alike."""
    samples: list[list[float]] = [[] for _ in commands]
    for index in range(runs + 3):
        for command, taken in zip(commands, samples, strict=True):
            start = time.perf_counter()
            subprocess.run(command, capture_output=True, check=False, env=ENV)
            if index >= 3:  # warm-up runs fill the page cache and bytecode caches
                taken.append((time.perf_counter() - start) * 1000)
    return [statistics.median(taken) for taken in samples]


def slowest_imports(count: int = 8) -> list[tuple[int, str]]:
    """(cumulative microseconds, module) of the slowest imports of ``crossfoot --version``."""
    script = "import sys; sys.argv = ['crossfoot', '--version']; " \
             "from crossfoot.app.cli import main; main()"
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", script],
                          capture_output=True, text=True, check=False, env=ENV)
    rows = []
    for line in done.stderr.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \|\s+(.*)", line)
        if match:
            rows.append((int(match.group(1)), match.group(2).rstrip()))
    return sorted(rows, reverse=True)[:count]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    base = crossfoot_command()
    commands = [[sys.executable, "-c", "pass"], [*base, "--version"],
                [*base, "check", str(SMALL), "--exit-zero"]]
    tool = "hyperfine" if shutil.which("hyperfine") else "python loop"
    bare, version, check = (with_hyperfine if tool == "hyperfine" else with_loop)(
        commands, args.runs)
    rows = [("python -c pass", f"{bare:.0f}", "", "", "", ""),
            ("crossfoot --version", f"{version:.0f}", "<= 150", verdict(version, 150),
             f"{version / bare:.1f}x", f"<= 2x, {verdict(version / bare, 2)}"),
            ("crossfoot check (small report)", f"{check:.0f}", "<= 300", verdict(check, 300),
             f"{check / bare:.1f}x", f"<= 5x, {verdict(check / bare, 5)}")]
    print(f"whole processes, median of {args.runs} runs ({tool}; {base[0]})")
    print(table(("command", "ms", "target ms", "", "of python -c pass", "target"), rows))
    print("\nslowest imports of `crossfoot --version` (cumulative ms):")
    for micros, module in slowest_imports():
        print(f"  {micros / 1000:7.1f}  {module}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
