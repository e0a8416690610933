"""Time text import plus check on one report, and how it grows with the text.

Usage: python bench/text_latency.py [FILE.txt] [--runs N]

Default FILE is our seed-like fixture (fixtures/text/yiyang-2021.txt). Prints the
median time per report after warm-up for extraction alone (text -> model data),
extraction plus schema validation, and extraction plus the full check with all
built-in rules, on one core; then the same for the text repeated ten times
(pages appended), with the ratio to the single text. Targets (issue 4): median of
extraction + check <= 50 ms, and the tenfold text <= 12 times as long.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import median_ms

from crossfoot.app.config import Config
from crossfoot.app.session import Session
from crossfoot.checking.context import Options
from crossfoot.importing.load import report_from_data
from crossfoot.importing.text import read_text

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "fixtures" / "text" / "yiyang-2021.txt"



def stages(text: str, session: Session, runs: int) -> tuple[float, float, float]:
    def extract() -> object:
        return read_text(text, "bench.txt")

    def validated() -> object:
        return report_from_data(read_text(text, "bench.txt").data, "bench.txt")

    def checked() -> object:
        report = report_from_data(read_text(text, "bench.txt").data, "bench.txt")
        return session.check_report(report)

    return median_ms(extract, runs), median_ms(validated, runs), median_ms(checked, runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path, nargs="?", default=DEFAULT)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    text = args.file.read_text(encoding="utf-8")
    session = Session(config=Config(), options=Options(today=dt.date(2026, 11, 29)))
    single = stages(text, session, args.runs)
    tenfold = stages("\n\n\n\n".join([text] * 10), session, max(3, args.runs // 3))
    names = ("extract", "extract+validate", "extract+validate+check")
    print(f"{args.file.name}: {len(text)} characters; median of {args.runs} runs after warm-up")
    for name, one, ten in zip(names, single, tenfold, strict=True):
        print(f"  {name:24} {one:8.1f} ms   x10 text {ten:9.1f} ms   ratio {ten / one:5.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
