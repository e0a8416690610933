"""A rule's documentation: what it does, why it matters, an example, what to write instead.

``crossfoot rule ID`` prints it and ``python -m crossfoot.app.ruledoc`` writes
one page per rule to ``docs/rules/<ID>.md``, ruff-style. The example is not
prose written beside the rule: it is the rule's own fail fixture
(``fixtures/rules/<ID>/fail.json``), the first finding crossfoot reports on
it, and the same place in the pass fixture, which is what to write instead.
Without the fixtures (an installed copy), the rule's own example text stands in.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from crossfoot.app.config import Config
from crossfoot.app.session import Session
from crossfoot.checking.context import Options
from crossfoot.checking.rule import Rule
from crossfoot.reporting.serialize import show

#: where a source checkout keeps the rule fixtures and the pages
ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures" / "rules"
PAGES = ROOT / "docs" / "rules"
#: fixtures are checked against a fixed day, so that pages do not change with the calendar
TODAY = dt.date(2026, 11, 29)


def page(rule: Rule, fixtures: Path = FIXTURES) -> str:
    """The Markdown page of ``rule``."""
    lines = [f"# {rule.id} {rule.name}", "",
             f"Family {rule.family} · default severity {rule.severity.value} · "
             f"provided by {rule.origin or 'crossfoot'}", "",
             "## What it does", "", rule.summary, ""]
    if rule.explanation.strip():
        lines += ["## Why it matters", "", rule.explanation.strip(), ""]
    lines += ["## Messages", ""]
    lines += [f"- {lang}: {rule.messages[key]}" for key, lang in _message_keys(rule)]
    lines.append("")
    lines += _example(rule, fixtures)
    return "\n".join(lines).rstrip() + "\n"


def _message_keys(rule: Rule) -> list[tuple[str, str]]:
    return [(key, key) for key in sorted(rule.messages) if "." not in key]


def _example(rule: Rule, fixtures: Path) -> list[str]:
    fail, good = fixtures / rule.id / "fail.json", fixtures / rule.id / "pass.json"
    finding = _first_finding(rule, fail) if fail.is_file() else None
    if finding is None:
        if not rule.example.strip():
            return []
        return ["## Example", "", *("    " + line for line in rule.example.strip().splitlines()),
                ""]
    where = finding.location
    lines = ["## Example", "", f"In `fixtures/rules/{rule.id}/fail.json`, at `{where.pointer}`"
             + (f" (“{where.quote}”)" if where.quote else "") + ":", "",
             f"    {rule.id} {finding.severity.value}: {finding.message_zh}",
             f"    {rule.id} {finding.severity.value}: {finding.message_en}"]
    evidence = finding.evidence
    numbers = [f"{key} {show(value)}" for key in ("expected", "actual", "difference",
                                                   "tolerance")
               if (value := getattr(evidence, key)) is not None]
    if numbers:
        lines.append("    " + "; ".join(numbers) + (f" ({evidence.unit})" if evidence.unit
                                                    else ""))
    lines.append("")
    instead = _at_pointer(good, where.pointer) if good.is_file() else None
    if instead is not None:
        lines += ["## What to write instead", "",
                  f"`fixtures/rules/{rule.id}/pass.json` gives no {rule.id} finding; "
                  f"at `{where.pointer}` it has:", "", "```json",
                  json.dumps(instead, ensure_ascii=False, indent=2), "```", ""]
    return lines


def _first_finding(rule: Rule, fixture: Path) -> Any:
    session = Session(config=Config(select=(rule.id,)), options=Options(today=TODAY))
    result = session.check_path(fixture)
    return result.findings[0] if result.findings and not result.error else None


def _at_pointer(path: Path, pointer: str) -> Any:
    node: Any = json.loads(path.read_text(encoding="utf-8"))
    for step in [s for s in pointer.split("/")[1:] if s]:
        step = step.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list) and step.isdigit() and int(step) < len(node):
            node = node[int(step)]
        elif isinstance(node, dict) and step in node:
            node = node[step]
        else:
            return None
    return node


def write_pages(folder: Path = PAGES, fixtures: Path = FIXTURES) -> list[Path]:
    """Every rule's page, and an index; the paths written."""
    session = Session()
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    index = ["# Rules", "", "| id | name | family | severity | summary |", "|---|---|---|---|---|"]
    for rule in session.all_rules:
        target = folder / f"{rule.id}.md"
        target.write_text(page(rule, fixtures), encoding="utf-8")
        written.append(target)
        index.append(f"| [{rule.id}]({rule.id}.md) | {rule.name} | {rule.family} | "
                     f"{rule.severity.value} | {rule.summary} |")
    (folder / "README.md").write_text("\n".join(index) + "\n", encoding="utf-8")
    return written


if __name__ == "__main__":
    for path in write_pages():
        sys.stdout.write(f"{path}\n")
