"""Waivers: findings a person has looked at and accepted, each with a reason.

A waiver names a rule (id or name) and, optionally, a place: a JSON pointer
(the finding's pointer or anything below it) and/or a quote of the narrative
(the finding's quoted span, or the paragraph words around it). Waivers live
in the report's ``waivers`` list or in a side file ``crossfoot-waivers.toml``
next to the report or in a parent folder (the nearest one wins).

Nothing is hidden silently: a waived finding is kept, marked with its reason,
and only stops counting for the exit code. A waiver that matches nothing is
itself reported (CF004), so stale waivers do not pile up unnoticed: those in
the report, and those of a side file that name one report (``file`` without
wildcards); a side-file waiver for many reports cannot be judged on one.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import os
from collections.abc import Iterable, Mapping, Sequence, Set
from functools import lru_cache
from pathlib import Path
from typing import Any

from crossfoot.checking.context import Context, Options
from crossfoot.checking.engine import sort_findings
from crossfoot.checking.engine_rules import UnusedWaiver
from crossfoot.checking.findings import Finding, Location
from crossfoot.checking.rule import Rule
from crossfoot.errors import ConfigError, InputError
from crossfoot.filtering.selection import names_exactly
from crossfoot.importing.toml import read_toml
from crossfoot.model.records import Record, replace
from crossfoot.model.report import Report, Waiver

SIDE_FILE = "crossfoot-waivers.toml"
SIDE_KEYS = {"file", "rule", "pointer", "quote", "reason", "by", "date"}


class Placed(Record):
    """A waiver, where it was written, and whether one report can tell it is unused.

    A side-file waiver for many reports (no ``file``, or a glob) may match in
    one report and not in the others, so it is never reported as unused.
    """

    waiver: Waiver
    location: Location
    single_report: bool = True


class Outcome(Record):
    """Findings marked by the waivers, and what is left to judge across a batch.

    ``pending`` holds a CF004 for each side-file waiver for many reports
    that matched nothing here, keyed by where it is written; ``matched`` the
    keys of those that matched. Once every report is checked, a key pending
    somewhere and matched nowhere is a stale waiver (``unmatched_in_batch``).
    """

    findings: list[Finding]
    pending: tuple[tuple[str, Finding], ...] = ()
    matched: frozenset[str] = frozenset()


def apply(report: Report, findings: Sequence[Finding], rules: Sequence[Rule],
          options: Options, path: Path | None = None,
          catalogue: Sequence[Rule] = ()) -> Outcome:
    """``findings`` with matching ones marked waived, plus CF004 for each unused waiver.

    Only waivers of rules that ran on this report can be unused: a waiver of
    a rule left out by ``--select`` is not stale. A waiver naming no rule of
    the ``catalogue`` at all is a typo, reported wherever it applies.
    """
    placed = [*in_report(report), *(side_file(path) if path is not None else ())]
    if not placed:
        return Outcome(list(findings))
    texts = {p.id: p.text for p in report.iter_paragraphs()}
    used = [False] * len(placed)
    marked: list[Finding] = []
    for finding in findings:
        reason = finding.waived
        for i, entry in enumerate(placed):
            if matches(entry.waiver, finding, texts):
                used[i] = True
                reason = entry.waiver.reason if reason is None else reason
        marked.append(finding if reason == finding.waived else replace(finding, waived=reason))
    reporter = next((r for r in rules if r.id == UnusedWaiver.id), None)
    if reporter is None:
        return Outcome(sort_findings(marked))
    ran = [r for r in rules if _applies(r, report)]
    ctx = Context(report, options)
    pending: list[tuple[str, Finding]] = []
    matched: set[str] = set()
    for entry, was_used in zip(placed, used, strict=True):
        rule = entry.waiver.rule
        if catalogue and not any(names_exactly(rule, r.id, r.name) for r in catalogue):
            marked.append(_unused(reporter, ctx, entry, "unknown"))
        elif was_used or not any(names_exactly(rule, r.id, r.name) for r in ran):
            if was_used and not entry.single_report:
                matched.add(entry.location.label)
        elif entry.single_report:
            marked.append(_unused(reporter, ctx, entry))
        else:
            pending.append((entry.location.label, _unused(reporter, ctx, entry)))
    return Outcome(sort_findings(marked), tuple(pending), frozenset(matched))


def unmatched_in_batch(pending: Iterable[tuple[str, Finding]], matched: Set[str]
                       ) -> list[Finding]:
    """The CF004 of each side-file waiver that matched in no report of the batch (once)."""
    found: dict[str, Finding] = {}
    for key, finding in pending:
        if key not in matched:
            found.setdefault(key, finding)
    return sort_findings(found.values())


def _applies(rule: Rule, report: Report) -> bool:
    meta = report.meta
    try:
        return rule.applies_to.covers(meta.kind, meta.fiscal_year, meta.language)
    except Exception:  # the engine reported it (CF001); its waivers are not judged
        return False


def matches(waiver: Waiver, finding: Finding, texts: Mapping[str, str]) -> bool:
    """Does ``waiver`` cover ``finding``? Rule, then pointer, then quote must all fit."""
    if not names_exactly(waiver.rule, finding.rule_id, finding.rule_name):
        return False
    if waiver.pointer is not None and not _below(finding.location.pointer, waiver.pointer):
        return False
    return waiver.quote is None or _quoted(waiver.quote, finding.location, texts)


def _below(pointer: str, prefix: str) -> bool:
    prefix = prefix.rstrip("/")
    return not prefix or pointer == prefix or pointer.startswith(prefix + "/")


def _quoted(quote: str, location: Location, texts: Mapping[str, str]) -> bool:
    """The finding's own quote contains ``quote``, or ``quote`` overlaps its span."""
    if not quote:
        return False
    if location.quote and quote in location.quote:
        return True
    text = texts.get(location.paragraph or "")
    if text is None or location.start is None or location.end is None:
        return False
    at = text.find(quote)
    while at >= 0:
        if at < location.end and location.start < at + len(quote):
            return True
        at = text.find(quote, at + 1)
    return False


def in_report(report: Report) -> list[Placed]:
    placed = []
    for i, waiver in enumerate(report.waivers):
        if not waiver.reason.strip():
            raise InputError(report.path, f"/waivers/{i}/reason: a waiver needs a reason")
        where = waiver.pointer or waiver.quote or ""
        placed.append(Placed(waiver, Location(
            pointer=f"/waivers/{i}", anchor=f"waiver:{waiver.rule}:{where}",
            label=f"waiver {i + 1}", quote=where or None)))
    return placed


def side_file(report_path: Path) -> list[Placed]:
    """Waivers of the nearest ``crossfoot-waivers.toml`` that apply to ``report_path``."""
    found = find_side_file(report_path)
    if found is None:
        return []
    stat = found.stat()
    entries = _read_side_file(str(found), stat.st_mtime_ns, stat.st_size)
    relative = Path(os.path.relpath(report_path.resolve(), found.parent)).as_posix()
    return [placed for pattern, placed in entries
            if pattern is None or fnmatch.fnmatchcase(relative, pattern)]


def find_side_file(report_path: Path) -> Path | None:
    """Look in the report's folder, then upwards, stopping at a repository root."""
    for folder in report_path.resolve().parents:
        candidate = folder / SIDE_FILE
        if candidate.is_file():
            return candidate
        if (folder / ".git").exists():
            return None
    return None


@lru_cache(maxsize=64)
def _read_side_file(path: str, mtime_ns: int, size: int) -> tuple[tuple[str | None, Placed], ...]:
    """Parsed side file, cached by path, modification time and size."""
    data = read_toml(path)
    unknown = sorted(set(data) - {"waiver"})
    entries = data.get("waiver", [])
    if unknown or not isinstance(entries, list):
        raise ConfigError(f"{path}: expected only [[waiver]] tables, found "
                          f"{', '.join(unknown) or 'waiver = ...'}")
    return tuple(_side_entry(path, n, entry) for n, entry in enumerate(entries, 1))


def _side_entry(path: str, n: int, entry: Any) -> tuple[str | None, Placed]:
    where = f"{path}: waiver {n}"
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: expected a [[waiver]] table")
    unknown = sorted(set(entry) - SIDE_KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)} "
                          f"(known: {', '.join(sorted(SIDE_KEYS))})")
    values = {key: _text(where, key, entry.get(key)) for key in SIDE_KEYS}
    if not values["rule"]:
        raise ConfigError(f"{where}: a waiver needs a rule (id or name)")
    if not (values["reason"] or "").strip():
        raise ConfigError(f"{where}: a waiver needs a reason")
    if values["pointer"] is not None and values["pointer"] and \
            not values["pointer"].startswith("/"):
        raise ConfigError(f"{where}: pointer must be a JSON pointer starting with /")
    waiver = Waiver(rule=values["rule"], reason=values["reason"] or "",
                    pointer=values["pointer"], quote=values["quote"], by=values["by"],
                    date=values["date"])
    spot = waiver.pointer or waiver.quote or ""
    location = Location(pointer="", anchor=f"waiver-file:{waiver.rule}:{spot}",
                        label=where, quote=spot or None)
    pattern = values["file"]
    single = pattern is not None and not any(c in pattern for c in "*?[")
    return pattern, Placed(waiver, location, single)


def _text(where: str, key: str, value: Any) -> str | None:
    if value is None:
        return None
    if key == "date" and isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise ConfigError(f"{where}: {key} must be a string")
    return value


def _unused(rule: Rule, ctx: Context, entry: Placed, message: str | None = None) -> Finding:
    waiver = entry.waiver
    spot = waiver.pointer or (f"“{waiver.quote}”" if waiver.quote else "")
    return rule.finding(ctx, entry.location, message=message, rule=waiver.rule,
                        where=spot or "*", reason=waiver.reason, source=entry.location.label)
