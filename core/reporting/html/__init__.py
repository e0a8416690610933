"""The HTML report: the document with its findings marked, one self-contained page.

Rendered with Jinja2 (autoescaping on: every string from a report is text,
never markup). The page loads nothing: its style and script are inlined and
allowed by their hashes in a Content-Security-Policy meta tag, so a report
that smuggles in ``<script>`` shows the characters and runs nothing, and the
file opens offline. A batch streams one file at a time; what is kept per
file is its index row.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from crossfoot.reporting.html.page import Download, environment, page_parts
from crossfoot.reporting.html.view import FileView, file_view
from crossfoot.reporting.html.words import words
from crossfoot.reporting.results import FileResult
from crossfoot.reporting.streaming import RenderOptions

__all__ = ["Download", "Extras", "render", "stream"]

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class Extras:
    """What the self-check page adds to a report: download links and a way back."""

    downloads: Sequence[Download] = ()
    again: str | None = None
    #: the CSP's form-action and the like, for a page served rather than opened from disk
    served: bool = False


def stream(results: Iterable[FileResult], options: RenderOptions,
           extras: Extras = Extras()) -> Iterator[str]:
    """The page, one file's section at a time, the index and rule notes at the end."""
    lang = options.lang or "zh"
    w = words(lang)
    env = environment()
    parts = page_parts(served=extras.served)
    rules = {rule.id: rule for rule in options.rules}
    items = iter(results)
    first = [r for _, r in zip(range(2), items, strict=False)]
    batch = len(first) > 1
    title = w["title"]
    if len(first) == 1 and first[0].report is not None:
        title = f"{first[0].report.meta.title} · {w['title']}"
    common = {"lang": lang, "w": w, "severities": SEVERITIES, "batch": batch}
    yield env.get_template("page_head.html.j2").render(
        common, title=title, csp=parts.csp, style=parts.style, version=parts.version,
        downloads=extras.downloads, again=extras.again)
    rows: list[dict[str, Any]] = []
    used: dict[str, None] = {}
    file_template = env.get_template("file.html.j2")
    for index, result in enumerate(_chain(first, items)):
        view = file_view(result, index, rules, lang, open_=not batch)
        used.update(dict.fromkeys(view.rule_ids()))
        rows.append(_row(view))
        yield file_template.render(common, f=view)
    totals = {key: sum(row[key] for row in rows) for key in ("waived", "known")}
    totals.update({sev: sum(row["counts"][sev] for row in rows) for sev in SEVERITIES})
    yield env.get_template("page_tail.html.j2").render(
        common, rows=rows, totals=totals, failed=sum(1 for r in rows if r["failed"]),
        rules=[rules[i] for i in sorted(used) if i in rules], script=parts.script)


def render(results: Iterable[FileResult], options: RenderOptions,
           extras: Extras = Extras()) -> str:
    return "".join(stream(results, options, extras))


def _chain(first: list[FileResult], rest: Iterator[FileResult]) -> Iterator[FileResult]:
    yield from first
    yield from rest


def _row(view: FileView) -> dict[str, Any]:
    return {"id": view.id, "path": view.path, "failed": view.failed, "counts": view.counts,
            "waived": view.waived, "known": view.known, "worst": view.worst}
