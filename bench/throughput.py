"""Throughput and memory: 10,000 generated seed-size reports, --jobs 1 and --jobs 2.

    python bench/throughput.py                      # 10,000 reports (about 20 minutes)
    python bench/throughput.py --count 2000 --also 500

Each run is ``crossfoot check FOLDER --jobs N --format json`` as a fresh
process, output discarded, with the peak resident memory of the whole process
tree (sampled by bench/batch_throughput.py's ``measure``). Reported: reports
per second, per core, and peak RSS; ``--also`` measures a smaller batch too,
to show whether memory grows with the number of reports (it should not).
Then the same reports in-process, one check after another (``batch.check_one``, as the CLI),
which is the checking work alone without process start-up or output.
Targets (issue 7): >= 200 reports/s per core, peak RSS <= 300 MB, flat in N.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch_throughput import measure
from generate import generate_folder
from timing import TODAY, table, verdict

from crossfoot.app.batch import check_one
from crossfoot.app.runtime import settle_after_startup
from crossfoot.app.session import Session
from crossfoot.checking.context import Options

os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # the workers start as an installed copy would


def in_process(paths: list[Path]) -> float:
    """Reports per second of one Session checking ``paths`` one after another."""
    session = Session(options=Options(today=TODAY))
    settle_after_startup()  # as `crossfoot check` does once its session is ready
    session.check_path(paths[0])
    start = time.perf_counter()
    for path in paths:
        check_one(session, path)
    return len(paths) / (time.perf_counter() - start)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--also", type=int, nargs="*", default=[1_000],
                        help="smaller batches to compare memory with (default 1000)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--in-process", type=int, default=500, dest="sample",
                        help="reports checked in-process for the work-only rate (default 500)")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="crossfoot-throughput-") as temp:
        started = time.perf_counter()
        paths = generate_folder(Path(temp), args.count, seed=20261129, mode="one", truth=False)
        size = sum(p.stat().st_size for p in paths) / len(paths) / 1024
        print(f"generated {args.count} reports (mean {size:.0f} KB, one defect each) in "
              f"{time.perf_counter() - started:.0f} s", file=sys.stderr)
        for count in sorted({*args.also, args.count}):
            folder = Path(temp) / "reports"
            if count < args.count:
                folder = Path(temp) / f"first-{count}"
                folder.mkdir()
                for path in paths[:count]:
                    (folder / path.name).symlink_to(path)
            for jobs in args.jobs:
                m = measure(folder, jobs, "json")
                rate = count / m["seconds"]
                rows.append((count, jobs, f"{m['seconds']:.1f}", f"{rate:.1f}",
                             f"{rate / jobs:.1f}", verdict(rate / jobs, 200, False),
                             f"{m['tree_mib']:.0f}", verdict(m["tree_mib"], 300)))
                print(f"  {count} reports, --jobs {jobs}: {rate:.1f} reports/s", file=sys.stderr)
        work_only = in_process(paths[: args.sample])
    print(f"crossfoot check FOLDER --jobs N --format json, whole process, {os.cpu_count()} cores")
    print(table(("reports", "jobs", "seconds", "reports/s", "per core", "target >= 200/core",
                 "peak RSS MiB", "target <= 300"), rows))
    print(f"\nin-process, one Session, {args.sample} reports: {work_only:.1f} reports/s "
          f"({1000 / work_only:.1f} ms per report)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
