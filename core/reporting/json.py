"""Findings as JSON: stable keys, stable order, documented by findings.schema.json."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from crossfoot import __version__
from crossfoot.reporting.results import FileResult
from crossfoot.reporting.serialize import finding_json
from crossfoot.reporting.streaming import RenderOptions, dumps, stream_json
from crossfoot.reporting.tally import Tally

FORMAT_VERSION = 1


def file_to_json(result: FileResult) -> dict[str, Any]:
    data: dict[str, Any] = {"path": result.path}
    if result.error:
        data["status"] = "error"
        data["error"] = list(result.error)
    else:
        data["status"] = "checked"
        data["language"] = result.language
    data["counts"] = result.counts()
    data["findings"] = [finding_json(f) for f in result.findings]
    return data


def to_json(results: Sequence[FileResult]) -> dict[str, Any]:
    totals = {"error": 0, "warning": 0, "info": 0, "waived": 0, "failed_files": 0}
    for result in results:
        for key, n in result.counts().items():
            totals[key] += n
        totals["waived"] += sum(1 for f in result.findings if f.waived is not None)
        totals["failed_files"] += int(result.failed)
    return {
        "tool": "crossfoot",
        "version": __version__,
        "format": FORMAT_VERSION,
        "files": [file_to_json(r) for r in results],
        "totals": totals,
    }


def render(results: Sequence[FileResult], lang: str | None = None) -> str:
    return dumps(to_json(results)) + "\n"


def stream(results: Iterable[FileResult],
                       options: RenderOptions) -> Iterator[str]:
    """The JSON reporter's document, one file at a time (same text as its ``render``)."""
    tally = Tally(options.fail_on, options.exit_zero)

    def files() -> Iterator[dict[str, Any]]:
        for result in tally.track(results):
            data = file_to_json(result)
            if options.baseline:
                data["known"] = result.known
            yield data

    def build(slot: Any) -> dict[str, Any]:
        document = to_json([])
        counted = tally.totals()
        document["files"] = slot
        document["totals"] = {key: counted.get(key, zero)
                              for key, zero in document["totals"].items()}
        if options.baseline:
            document["totals"]["known"] = counted["known"]
        return document

    return stream_json(build, files())
