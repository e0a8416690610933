"""Score crossfoot against generated reports whose defects are known.

    python bench/recall.py --count 200 --seed 1

Generates ``--count`` clean reports and ``--count`` reports with one injected
defect each (families in turn, see generate.py), checks them all with every
rule (in-process, ``Session.check_path``, with a fixed "today"), and prints:

- recall: per family, how many injected defects a finding of one of the
  family's rules reports at the defect's place (its JSON pointer, or one of the
  finding's related places), with every miss named;
- false findings: every finding on a clean report (there should be none);
- knock-on findings on injected reports: other findings at the defect's place
  (the rate stated beside a changed figure no longer agrees with it, too);
- other findings on injected reports: anything else (there should be none).

Exit code 0 when recall is 100 % and no finding is false (none on clean
reports, none away from the defect on injected ones), else 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import FAMILIES, generate_folder, size_arguments, size_from

from crossfoot.app.session import Session
from crossfoot.checking.context import Options
from crossfoot.checking.findings import Finding
from crossfoot.reporting.results import FileResult

TODAY = dt.date(2026, 11, 29)


@dataclass
class Score:
    injected: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    clean_reports: int = 0
    clean_findings: list[tuple[str, Finding]] = field(default_factory=list)
    knock_on: list[tuple[str, Finding]] = field(default_factory=list)
    other_findings: list[tuple[str, Finding]] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        total = sum(self.injected.values())
        return sum(self.found.values()) / total if total else 1.0

    @property
    def perfect(self) -> bool:
        return (self.recall == 1.0 and not self.clean_findings and not self.other_findings
                and not self.failed)


def at(pointer: str, place: str) -> bool:
    """``pointer`` is ``place`` or inside it (JSON pointer steps, not characters)."""
    return pointer == place or pointer.startswith(place.rstrip("/") + "/")


def touches(finding: Finding, defect: dict[str, Any]) -> bool:
    """The finding's place, or one of its related places, holds or is the defect's."""
    places = [finding.location.pointer, *(r.pointer for r in finding.related)]
    return any(at(p, defect["pointer"]) or at(defect["pointer"], p)
               for p in places if p not in ("", "/"))


def reports_defect(finding: Finding, defect: dict[str, Any]) -> bool:
    return finding.rule_id in defect["rules"] and touches(finding, defect)


def score_file(result: FileResult, truth: dict[str, Any], score: Score) -> None:
    name = Path(result.path).name
    if result.error:
        score.failed.append(f"{name}: {result.error[0]}")
        return
    defects = truth["defects"]
    if not defects:
        score.clean_reports += 1
        score.clean_findings.extend((name, f) for f in result.findings)
        return
    explained: set[int] = set()
    for defect in defects:
        family = defect["family"]
        score.injected[family] += 1
        hits = [i for i, f in enumerate(result.findings) if reports_defect(f, defect)]
        if hits:
            score.found[family] += 1
            explained.update(hits)
        else:
            seen = ", ".join(sorted({f"{f.rule_id} {f.location.pointer}"
                                     for f in result.findings})) or "no findings"
            score.misses.append(f"{name}: {family} ({defect['what']}) at {defect['pointer']}: "
                                f"{defect['detail']}; found: {seen}")
    for i, finding in enumerate(result.findings):
        if i in explained:
            continue
        knock_on = any(touches(finding, defect) for defect in defects)
        (score.knock_on if knock_on else score.other_findings).append((name, finding))


def run(folder: Path, count: int, seed: int, kind: str, size_args: argparse.Namespace,
        families: Sequence[str], jobs_note: bool = True) -> Score:
    size = size_from(size_args)
    generate_folder(folder / "clean", count, seed, kind, size, "none")
    generate_folder(folder / "injected", count, seed, kind, size, "one", families,
                    first=count + 1)
    session = Session(options=Options(today=TODAY))
    score = Score()
    for part in ("clean", "injected"):
        for path in sorted((folder / part / "reports").glob("*.json")):
            truth = json.loads((folder / part / "truth" / path.name).read_text("utf-8"))
            score_file(session.check_path(path), truth, score)
    return score


def by_rule(items: list[tuple[str, Finding]], show: int) -> list[str]:
    counts = Counter(f.rule_id for _, f in items)
    lines = []
    for rule, n in sorted(counts.items()):
        lines.append(f"  {rule}: {n}")
        examples = [(name, f) for name, f in items if f.rule_id == rule][:show]
        lines.extend(f"      {name} {f.location.pointer}: {f.message_en}" for name, f in examples)
    return lines


def report(score: Score, show: int) -> str:
    lines = ["recall of injected defects:"]
    for family in FAMILIES:
        n = score.injected[family]
        if n:
            lines.append(f"  {family:<10} {score.found[family]:>5} / {n:<5} "
                         f"{100 * score.found[family] / n:6.1f} %")
    total = sum(score.injected.values())
    lines.append(f"  {'all':<10} {sum(score.found.values()):>5} / {total:<5} "
                 f"{100 * score.recall:6.1f} %")
    if score.misses:
        lines.append(f"misses ({len(score.misses)}):")
        lines.extend(f"  {m}" for m in score.misses[: show * 5])
    lines.append(f"false findings on {score.clean_reports} clean reports: "
                 f"{len(score.clean_findings)}")
    lines.extend(by_rule(score.clean_findings, show))
    lines.append(f"knock-on findings at the defects' places: {len(score.knock_on)}")
    lines.extend(by_rule(score.knock_on, show))
    lines.append(f"other findings on {total} injected reports: {len(score.other_findings)}")
    lines.extend(by_rule(score.other_findings, show))
    if score.failed:
        lines.append(f"reports that could not be checked: {len(score.failed)}")
        lines.extend(f"  {f}" for f in score.failed[:show])
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100,
                        help="clean reports, and as many injected ones (default 100)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kind", choices=("department", "project", "mixed"), default="mixed")
    parser.add_argument("--families", default=",".join(FAMILIES))
    parser.add_argument("--dir", type=Path, help="keep the generated reports here")
    parser.add_argument("--show", type=int, default=2, help="examples shown per rule")
    size_arguments(parser)
    args = parser.parse_args(argv)
    families = [f.strip() for f in args.families.split(",") if f.strip()]
    if args.dir is not None:
        score = run(args.dir, args.count, args.seed, args.kind, args, families)
    else:
        with tempfile.TemporaryDirectory(prefix="crossfoot-recall-") as temp:
            score = run(Path(temp), args.count, args.seed, args.kind, args, families)
    print(report(score, args.show))
    return 0 if score.perfect else 1


if __name__ == "__main__":
    raise SystemExit(main())
