"""Baselines: accept the findings of today, fail only on new ones.

``crossfoot check --baseline baseline.json`` reports only findings that the
baseline (written by ``crossfoot baseline``, see ``crossfoot.reporting.baseline``)
does not record, and counts the known ones, so an auditor adopting crossfoot
on a backlog sees what is new. Findings are matched by fingerprint (the rule,
the words of its places and its figures, so unrelated edits of a report, a
sentence added above, do not change it).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

from crossfoot.checking.findings import Finding
from crossfoot.errors import ConfigError
from crossfoot.model.records import Record, factory

#: the version of the baseline document
FORMAT = 1


class Baseline(Record):
    """Known fingerprints per report, keyed by the report's resolved path."""

    files: Mapping[str, Mapping[str, int]] = factory(dict)
    source: str = ""

    def split(self, path: str, findings: Sequence[Finding]) -> tuple[list[Finding], int]:
        """The findings not in the baseline, and how many were known.

        Fingerprints are counted: two known findings with one fingerprint
        cover two, not three. Waived findings stay as they are.
        """
        left = Counter(self.files.get(_key(path), {}))
        new: list[Finding] = []
        known = 0
        for finding in findings:
            if finding.waived is None and left[finding.fingerprint] > 0:
                left[finding.fingerprint] -= 1
                known += 1
            else:
                new.append(finding)
        return new, known


def _key(path: str | Path) -> str:
    return str(Path(path).resolve())


def load(path: Path) -> Baseline:
    """Read a baseline written by ``crossfoot baseline``; a bad one is a configuration error."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such baseline file") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: cannot read baseline: not UTF-8 text: invalid byte at "
                          f"offset {exc.start}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read baseline: {exc.strerror or exc}") from None
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}: line {exc.lineno}, column {exc.colno}: invalid JSON: "
                          f"{exc.msg}") from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid JSON: nested too deeply to read") from None
    if not isinstance(data, dict) or data.get("baseline") != FORMAT \
            or not isinstance(data.get("files"), list):
        raise ConfigError(f"{path}: not a crossfoot baseline (write one with "
                          f"`crossfoot baseline FILE... -o {path.name}`)")
    files: dict[str, dict[str, int]] = {}
    for i, item in enumerate(data["files"]):
        try:
            counts = Counter(str(f["fingerprint"]) for f in item["findings"])
            target = _key(path.parent / str(item["path"]))
        except (KeyError, TypeError):
            raise ConfigError(f"{path}: /files/{i}: expected path and findings with "
                              "fingerprints") from None
        merged = Counter(files.get(target, {}))
        merged.update(counts)
        files[target] = dict(merged)
    return Baseline(files, str(path))
