"""Which files a folder walk passes over, and why (said as a note, never silently).

A folder named on the command line is searched for reports; what sits
beside them is not always one. A FIFO or a device would block the run when
read; ``package.json`` and other JSON (settings, outputs) would fail it as
reports that do not match the schema. Files named explicitly are always read.
"""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path


def skip_reason(path: Path) -> str | None:
    """Why a folder walk does not take ``path``, or None to take it."""
    if _special(path):
        return "not a regular file"
    if not _report_like(path):
        return 'not a crossfoot report (no "crossfoot" key)'
    return None


#: the largest JSON file a folder walk reads whole to tell a report from other JSON
PEEK = 1024 * 1024
#: how reports are written: ``crossfoot`` the first key of the top object, so its opening
#: bytes settle it and the loader alone reads the whole file
_OPENS_AS_REPORT = re.compile(rb'\s*\{\s*"crossfoot"\s*:')
_OPENING = 256


def _report_like(path: Path) -> bool:
    """Whether a folder walk takes this file: JSON only if shaped like a report.

    Folders of reports also hold ``package.json``, settings and outputs. A
    report is a JSON object with the ``crossfoot`` key (the format version,
    which the schema requires); a complete JSON document of any other shape
    is not one. A file that does not parse, or is larger than ``PEEK``, is
    taken: the loader then says what is wrong with it. Other suffixes are taken.
    """
    if path.suffix.lower() != ".json":
        return True
    try:
        if path.stat().st_size > PEEK:
            return True
        with path.open("rb") as handle:
            if _OPENS_AS_REPORT.match(handle.read(_OPENING)):
                return True
        data = json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError):
        return True  # the loader names the problem
    return isinstance(data, dict) and "crossfoot" in data


def _special(path: Path) -> bool:
    """A FIFO, device or socket: reading one from a folder walk could block forever.

    A dangling or looping symlink is not special: the loader names its problem.
    """
    try:
        return not stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


