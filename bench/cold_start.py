"""Cold start: ``crossfoot --version`` and ``crossfoot check`` of a small report,
each as a whole new process, as a pre-commit hook or a shell user runs them.

    python bench/cold_start.py [--runs 20]

Uses hyperfine when it is installed (its median), else a Python loop timing
``subprocess.run`` (median wall time; includes the fork and exec a shell pays
too). Bytecode caching is switched on for the runs (PYTHONDONTWRITEBYTECODE
removed), as it is for an installed package: without it every start compiles
every module again, which no user pays. Also lists the slowest imports of ``crossfoot --version``
(python -X importtime), since imports are most of a cold start. Targets
(issue 7): --version <= 150 ms, check <= 300 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import SMALL, median_ms, table, verdict


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
    return [median_ms(lambda c=command: subprocess.run(c, capture_output=True, check=False,
                                                       env=ENV),
                      runs, warmup=3) for command in commands]


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
    commands = [[*base, "--version"], [*base, "check", str(SMALL), "--exit-zero"]]
    tool = "hyperfine" if shutil.which("hyperfine") else "python loop"
    times = (with_hyperfine if tool == "hyperfine" else with_loop)(commands, args.runs)
    rows = [("crossfoot --version", f"{times[0]:.0f}", "<= 150", verdict(times[0], 150)),
            ("crossfoot check (small report)", f"{times[1]:.0f}", "<= 300",
             verdict(times[1], 300))]
    print(f"whole processes, median of {args.runs} runs ({tool}; {base[0]})")
    print(table(("command", "ms", "target ms", ""), rows))
    print("\nslowest imports of `crossfoot --version` (cumulative ms):")
    for micros, module in slowest_imports():
        print(f"  {micros / 1000:7.1f}  {module}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
