"""Findings for people: one line each, then the quoted text and the numbers.

Chinese reports get Chinese messages unless ``--lang`` says otherwise.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from crossfoot.checking.findings import Finding, Location
from crossfoot.reporting.results import FileResult
from crossfoot.reporting.serialize import show
from crossfoot.reporting.streaming import RenderOptions
from crossfoot.reporting.tally import FileSummary, Tally
from crossfoot.reporting.terminal import PLAIN, Palette, visible

WORDS = {
    "zh": {"quote": "原文", "expected": "应为", "actual": "实为", "difference": "相差",
           "tolerance": "容差", "related": "另见", "parts": "构成", "waived": "已豁免",
           "summary": "{files} 个文件：{error} 个错误，{warning} 个警告，{info} 个提示",
           "waived_count": "，{n} 个已豁免", "failed": "，{n} 个文件无法检查",
           "error": "错误", "warning": "警告", "info": "提示"},
    "en": {"quote": "quote", "expected": "expected", "actual": "actual",
           "difference": "difference", "tolerance": "tolerance", "related": "see also",
           "parts": "parts", "waived": "waived",
           "summary": "{files} file(s): {error} error(s), {warning} warning(s), {info} info",
           "waived_count": ", {n} waived", "failed": ", {n} file(s) could not be checked",
           "error": "error", "warning": "warning", "info": "info"},
}


def language_for(result: FileResult, forced: str | None) -> str:
    return forced or (result.language if result.language in WORDS else None) or "en"


def render_file(result: FileResult, lang: str | None,
                palette: Palette = PLAIN) -> list[str]:
    if result.error:
        return []  # the error lines go to stderr; the summary counts the file
    use = language_for(result, lang)
    lines: list[str] = []
    for finding in result.findings:
        lines.extend(render_finding(result.path, finding, use, palette))
    return lines


def render_finding(path: str, finding: Finding, lang: str,
                   palette: Palette = PLAIN) -> list[str]:
    """The finding's lines; what comes from the report passes ``visible`` (no raw controls)."""
    words = WORDS[lang]
    where = visible(_where(finding.location))
    severity = words[finding.severity.value]
    head = (f"{palette.path(visible(path))}:{palette.place(where)}: "
            f"{palette.rule(finding.rule_id, finding.severity.value)} {severity} "
            f"{visible(finding.message(lang))}")
    if finding.waived is not None:
        head += palette.dim(f" [{words['waived']}: {visible(finding.waived)}]")
    lines = []
    if finding.location.quote:
        lines.append(f"    {words['quote']}: “{finding.location.quote}”")
    ev = finding.evidence
    numbers = [f"{words[key]} {show(value)}{_unit(ev.unit, key)}"
               for key in ("expected", "actual", "difference", "tolerance")
               if (value := getattr(ev, key)) is not None]
    if numbers:
        lines.append("    " + "; ".join(numbers))
    if ev.parts:
        shown = " + ".join(f"{label} {show(value)}" for label, value in ev.parts)
        lines.append(f"    {words['parts']}: {shown}")
    for related in finding.related:
        text = f"    {words['related']}: {_where(related)}"
        if related.quote:
            text += f" “{related.quote}”"
        lines.append(text)
    return [head, *(visible(line) for line in lines)]


def _unit(unit: str | None, key: str) -> str:
    return f" {unit}" if unit else ""


def _where(location: Location) -> str:
    if location.line is not None:
        return f"{location.line}:{location.column}"  # a text report: its own line and column
    if location.place:
        return location.place  # a PDF, Word or Excel file: the place as that file names it
    where = location.pointer or location.label or "-"
    if location.paragraph:
        where += f" ({location.paragraph}"
        if location.start is not None and location.end is not None:
            where += f" {location.start}-{location.end}"
        where += ")"
    return where


def render_summary(results: Sequence[FileResult], lang: str | None) -> str:
    use = lang or next((r.language for r in results if r.language in WORDS), None) or "en"
    words = WORDS[use]
    counts = {"error": 0, "warning": 0, "info": 0}
    waived = 0
    for result in results:
        for key, n in result.counts().items():
            counts[key] += n
        waived += sum(1 for f in result.findings if f.waived is not None)
    line = words["summary"].format(files=len(results), **counts)
    if waived:
        line += words["waived_count"].format(n=waived)
    failed = sum(1 for r in results if r.failed)
    if failed:
        line += words["failed"].format(n=failed)
    return line


def render(results: Sequence[FileResult], lang: str | None) -> str:
    lines: list[str] = []
    for result in results:
        lines.extend(render_file(result, lang))
    lines.append(render_summary(results, lang))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# The summary table

HEADINGS = {
    "zh": {"code": "退出码", "error": "错误", "warning": "警告", "info": "提示",
           "waived": "已豁免", "known": "基线已知", "path": "文件", "total": "合计"},
    "en": {"code": "exit", "error": "error", "warning": "warning", "info": "info",
           "waived": "waived", "known": "known", "path": "file", "total": "total"},
}
SUMMARY_EXTRA = {
    "zh": {"known": "，{n} 个为基线已知（未列出）"},
    "en": {"known": ", {n} known from the baseline (not listed)"},
}


def summary_language(tally: Tally, forced: str | None) -> str:
    return forced or (tally.language if tally.language in HEADINGS else None) or "en"


def render_table(tally: Tally, lang: str, with_known: bool) -> list[str]:
    """One row per file: its exit code, live findings by severity, waived (and known)."""
    words = HEADINGS[lang]
    keys = ["code", "error", "warning", "info", "waived", *(["known"] if with_known else [])]
    body = [[str(r.code), *_cells(r, keys[1:]), r.path] for r in tally.rows]
    totals = tally.totals()
    body.append(["", *(str(totals[k]) for k in keys[1:]), words["total"]])
    head = [words[k] for k in [*keys, "path"]]
    widths = [max(_width(line[i]) for line in [head, *body]) for i in range(len(keys))]
    return ["  ".join([*(_right(cell, w) for cell, w in zip(line, widths, strict=False)),
                       line[-1]]) for line in [head, *body]]


def _cells(row: FileSummary, keys: Sequence[str]) -> list[str]:
    if row.failed:
        return ["-"] * len(keys)
    values = {**row.counts, "waived": row.waived, "known": row.known}
    return [str(values[k]) for k in keys]


def totals_line(tally: Tally, lang: str) -> str:
    """The closing line, worded as the text reporter words its summary."""
    words = WORDS[lang]
    totals = tally.totals()
    line = words["summary"].format(files=len(tally.rows), **totals)
    if totals["waived"]:
        line += words["waived_count"].format(n=totals["waived"])
    if totals["known"]:
        line += SUMMARY_EXTRA[lang]["known"].format(n=totals["known"])
    if totals["failed_files"]:
        line += words["failed"].format(n=totals["failed_files"])
    return line


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _right(text: str, width: int) -> str:
    return " " * (width - _width(text)) + text


def stream(results: Iterable[FileResult], options: RenderOptions) -> Iterator[str]:
    """Each report's findings as the text reporter writes them, then the summary.

    With more than one report, a table of the files (exit code and counts by
    severity) comes before the closing line; ``--quiet`` leaves out both,
    ``--statistics`` gives counts per rule instead of the findings.
    """
    tally = Tally(options.fail_on, options.exit_zero)
    palette = Palette(options.color)
    per_rule: Counter[tuple[str, str]] = Counter()
    for result in tally.track(results):
        if options.statistics:
            per_rule.update((f.rule_id, f.rule_name) for f in result.findings
                            if f.waived is None)
            continue
        lines = render_file(result, options.lang, palette)
        if lines:
            yield "\n".join(lines) + "\n"
    if options.statistics:
        yield from statistics_lines(per_rule, palette)
    if options.quiet:
        return
    lang = summary_language(tally, options.lang)
    if len(tally.rows) > 1 and not options.statistics:
        yield "\n" + "\n".join(render_table(tally, lang, options.baseline)) + "\n\n"
    yield totals_line(tally, lang) + "\n"


def statistics_lines(per_rule: Counter[tuple[str, str]], palette: Palette) -> Iterator[str]:
    """``count  RULE  name`` per rule, most frequent first (as ruff's --statistics)."""
    rows = sorted(per_rule.items(), key=lambda item: (-item[1], item[0]))
    width = max((len(str(n)) for _, n in rows), default=1)
    for (rule_id, name), count in rows:
        yield f"{str(count).rjust(width)}  {palette.path(rule_id)}  {visible(name)}\n"
