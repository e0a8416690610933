"""The baseline document: every live finding of every file, by fingerprint.

``crossfoot baseline FILE... -o baseline.json`` writes it; paths are stored
relative to the baseline file, so it moves with the reports it describes.
``crossfoot.filtering.baseline`` reads it back.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from crossfoot import __version__
from crossfoot.filtering.baseline import FORMAT
from crossfoot.reporting.results import FileResult
from crossfoot.reporting.streaming import stream_json


def entry(result: FileResult, folder: Path) -> dict[str, Any]:
    """One file of a baseline document: its path relative to ``folder`` and its findings."""
    relative = Path(os.path.relpath(Path(result.path).resolve(), folder.resolve())).as_posix()
    return {
        "path": relative,
        "findings": [{"fingerprint": f.fingerprint, "rule": f.rule_id,
                      "pointer": f.location.pointer}
                     for f in result.findings if f.waived is None],
    }


def stream(results: Iterable[FileResult], output: Path | None) -> Iterator[str]:
    """The baseline document; files that could not be checked are left out."""
    folder = output.parent if output is not None else Path(".")

    def build(files: Any) -> dict[str, Any]:
        return {"tool": "crossfoot", "version": __version__, "baseline": FORMAT, "files": files}

    return stream_json(build, (entry(r, folder) for r in results if not r.failed))


def render(results: Iterable[FileResult], output: Path | None = None) -> str:
    return "".join(stream(results, output))
