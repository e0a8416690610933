"""Text import and check at 1x, 10x and 100x the seed text: time and peak memory.

    python bench/text_scaling.py [--runs 3]

The seed text (fixtures/text) repeated 1, 10 and 100 times, each size checked
in a fresh process, as ``crossfoot check`` does it (``check_one``, collector
settled). Reported per size: the median time of ``--runs`` checks, its growth
per tenfold size, and memory: the process's resident size once it is ready
(session built, a small text and the other reports' texts in ``WARM_UP``
checked, so every module, grammar and cache of the text path is built: the
start-up footprint) and its peak during the checks alone (the warm-up's peak
is reset first). Targets (issue 13): each tenfold step costs <= 12x the
time, and the peak stays under the start-up footprint plus 20x the file size.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import ROOT, SEED_TEXT, table, verdict

#: a report of a few lines, checked first so the start-up footprint includes the text path
SMALL_TEXT = ("某县2023年度部门决算说明\n\n一、收入情况\n\n"
              "本年收入合计 12.5 万元，较上年增加 2.5 万元。\n")

#: texts of other reports, checked next so the grammars and caches a real text needs are
#: built before the footprint is taken (the small text alone leaves them for the first size)
WARM_UP = sorted((ROOT / "fixtures" / "text" / "claims").glob("*.txt"))

_CHILD = """
import json, statistics, sys, time
from pathlib import Path
from crossfoot.app.batch import check_one
from crossfoot.app.runtime import settle_after_startup
from crossfoot.app.session import Session

def status(key):
    for line in open("/proc/self/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1]) * 1024

session = Session(rule_timeout=None)
settle_after_startup()
for warm in sys.argv[3:]:
    check_one(session, Path(warm))
with open("/proc/self/clear_refs", "w") as clear:
    clear.write("5")  # the peak so far was the warm-up's: measure from the ready process on
ready = status("VmRSS")
times = []
for _ in range(int(sys.argv[2])):
    begun = time.perf_counter()
    check_one(session, Path(sys.argv[1]))
    times.append((time.perf_counter() - begun) * 1000)
print(json.dumps({"ms": statistics.median(times), "ready": ready, "peak": status("VmHWM")}))
"""


def measure(path: Path, runs: int) -> dict[str, float]:
    small = path.with_name("small.txt")
    small.write_text(SMALL_TEXT, encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", _CHILD, str(path), str(runs), str(small),
                          *map(str, WARM_UP)],
                         capture_output=True, text=True, check=True).stdout
    result: dict[str, float] = json.loads(out)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    seed = SEED_TEXT.read_text(encoding="utf-8")
    rows = []
    previous: tuple[int, float] | None = None
    mib = 1024 * 1024
    with tempfile.TemporaryDirectory(prefix="crossfoot-text-scaling-") as temp:
        for factor in (1, 10, 100):
            path = Path(temp) / f"seed-x{factor}.txt"
            path.write_text(seed * factor, encoding="utf-8")
            size = path.stat().st_size
            got = measure(path, args.runs if factor < 100 else 1)
            step, per_tenfold = "", ""
            if previous is not None:
                ratio, grown = got["ms"] / previous[1], size / previous[0]
                step = f"{ratio:.1f}x for {grown:.0f}x size"
                per_tenfold = f"{ratio * 10 / grown:.1f}x ({verdict(ratio * 10 / grown, 12)})"
            allowed = got["ready"] + 20 * size
            rows.append((f"{factor}x", f"{size / 1024:.0f} KB", f"{got['ms']:.0f}", step,
                         per_tenfold, f"{got['ready'] / mib:.0f}", f"{got['peak'] / mib:.0f}",
                         f"{allowed / mib:.0f}", verdict(got["peak"], allowed)))
            previous = (size, got["ms"])
    print(table(("size", "bytes", "ms", "step", "per 10x size (<= 12x)", "ready MiB",
                 "peak MiB", "ready + 20x size MiB", "memory"), rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
