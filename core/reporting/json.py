"""Findings as JSON: stable keys, stable order, documented by findings.schema.json."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from crossfoot import __version__
from crossfoot.reporting.results import FileResult

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
    data["findings"] = [f.to_json() for f in result.findings]
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
    return json.dumps(to_json(results), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
