"""Side-file waivers for many reports, judged once the whole run is done.

A waiver in ``crossfoot-waivers.toml`` without ``file`` (or with a pattern)
covers many reports; it may match in one and not in another, so no single
report can call it stale. Each result carries the CF004 of such waivers that
matched nothing in it, and the keys of those that matched; after the last
result, a waiver that matched in none of the reports it covers is reported
once, as a finding of the waiver file itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from crossfoot.checking.findings import Finding
from crossfoot.filtering.waivers import unmatched_in_batch
from crossfoot.reporting.results import FileResult


def waivers_judged(results: Iterable[FileResult]) -> Iterator[FileResult]:
    """The results, then one per waiver file whose waivers for many reports matched in none."""
    pending: list[tuple[str, Finding]] = []
    matched: set[str] = set()
    language = None
    for result in results:
        pending.extend(result.pending)
        matched.update(result.matched)
        language = language or result.language
        yield result
    by_file: dict[str, list[Finding]] = {}
    for finding in unmatched_in_batch(pending, matched):
        # a side-file waiver's place is labelled "<waiver file>: waiver <n>"
        by_file.setdefault(finding.location.label.rsplit(": waiver ", 1)[0], []).append(finding)
    for path, findings in sorted(by_file.items()):
        yield FileResult(path, tuple(findings), language=language)
