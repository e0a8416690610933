"""Batches on Dask beside the process pool: the same reports, the same output, reports/s.

    python bench/dask_throughput.py [--count 10000] [--workers 2]

Generates ``--count`` reports (bench/generate.py, one defect each), then runs
``crossfoot check FOLDER --format json`` as a fresh process three ways:
``--jobs 1``, ``--jobs N`` (the process pool) and ``--dask local --jobs N``
(a local Dask cluster of N single-threaded worker processes). Reported:
wall seconds, reports per second and per worker, and whether each output is
byte-identical to ``--jobs 1``'s (issue 16: it must be). The Dask run's
seconds include starting its cluster (about 2 s here).
"""

from __future__ import annotations

import argparse
import filecmp
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate_folder
from timing import table

os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # the workers start as an installed copy would


def run(folder: Path, out: Path, *options: str) -> float:
    """Seconds of one ``crossfoot check`` of ``folder``, its output written to ``out``."""
    command = [sys.executable, "-m", "crossfoot", "check", str(folder), "--format", "json",
               "--exit-zero", "--today", "2026-11-29", "-o", str(out), *options]
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="crossfoot-dask-") as temp:
        root = Path(temp)
        generate_folder(root, args.count, seed=20261204, mode="one", truth=False)
        folder = root / "reports"
        n = str(args.workers)
        ways = [("--jobs 1", ("--jobs", "1"), 1), (f"--jobs {n}", ("--jobs", n), args.workers),
                (f"--dask local --jobs {n}", ("--dask", "local", "--jobs", n), args.workers)]
        first: Path | None = None
        for name, options, workers in ways:
            out = root / f"out-{len(rows)}.json"
            seconds = run(folder, out, *options)
            first = first or out
            same = filecmp.cmp(first, out, shallow=False)
            rate = args.count / seconds
            rows.append((name, args.count, f"{seconds:.1f}", f"{rate:.1f}",
                         f"{rate / workers:.1f}", "yes" if same else "NO"))
    print(table(("run", "reports", "seconds", "reports/s", "per worker",
                 "output identical to --jobs 1"), rows))
    return 0 if all(row[-1] == "yes" for row in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
