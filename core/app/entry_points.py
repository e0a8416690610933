"""Entry points of one group, read straight from the installed distributions' files.

``importlib.metadata`` costs a start about 26 ms of CPU to import (it brings
``email``, ``zipfile``, ``csv`` and ``socket``) and 9 ms more to list entry
points and parse each plugin distribution's metadata with the e-mail parser,
while a start needs one section of each ``entry_points.txt`` and two header
lines of a ``METADATA``. They are found where ``importlib.metadata`` finds
them, in the same order: the ``*.dist-info`` and ``*.egg-info`` folders of
each folder on ``sys.path``, a distribution counted once (the first found,
by normalised name). Whatever this reading does not cover (a zip file on the
path, a finder that lists distributions of its own, a file it cannot parse)
is answered by ``importlib.metadata`` itself.
"""

from __future__ import annotations

import importlib
import os
import re
import sys
from collections.abc import Iterator
from functools import reduce
from importlib.machinery import PathFinder
from typing import Any

from crossfoot.model.records import Record

#: what ``importlib.metadata.EntryPoint.load`` accepts: ``module[:attr.attr] [extras]``
_VALUE = re.compile(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$")
_FOLDERS = (".dist-info", ".egg-info")


class EntryPoint(Record):
    """One entry point, with the name and version of the distribution that declares it."""

    name: str
    value: str
    distribution: str
    version: str

    def load(self) -> Any:
        """The object named, imported as ``importlib.metadata.EntryPoint.load`` does."""
        match = _VALUE.match(self.value)
        if match is None:
            raise ValueError(f"entry point {self.name!r}: {self.value!r} names no module")
        module = importlib.import_module(match.group("module"))
        return reduce(getattr, filter(None, (match.group("attr") or "").split(".")), module)


class _Unusual(Exception):
    """Something only ``importlib.metadata`` reads as it should."""


def entry_points(group: str) -> list[EntryPoint]:
    """The entry points of ``group`` of every installed distribution, in path order."""
    try:
        return list(_read(group))
    except _Unusual:
        return _from_importlib(group)


def _read(group: str) -> Iterator[EntryPoint]:
    if any(getattr(finder, "find_distributions", None) is not None
           and finder is not PathFinder for finder in sys.meta_path):
        raise _Unusual
    seen: set[str] = set()
    for entry in sys.path:
        if not isinstance(entry, str) or os.path.isfile(entry):
            raise _Unusual
        try:
            children = os.listdir(entry or ".")
        except OSError:
            continue
        for child in _distributions(children):
            name = _normalise(child.rpartition(".")[0].partition("-")[0])
            if name in seen:
                continue
            seen.add(name)
            folder = os.path.join(entry, child)
            found = _section(_text(folder, "entry_points.txt"), group)
            if found:
                distribution, version = _identity(folder)
                yield from (EntryPoint(key, value, distribution, version) for key, value in found)


def _distributions(children: list[str]) -> list[str]:
    """Metadata folders in ``importlib.metadata``'s order: grouped by normalised name."""
    groups: dict[str, list[str]] = {}
    for child in children:
        low = child.lower()
        if low.endswith(_FOLDERS):
            groups.setdefault(_normalise(low.rpartition(".")[0].partition("-")[0]),
                              []).append(child)
    return [child for members in groups.values() for child in members]


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower().replace("-", "_")


def _text(folder: str, name: str) -> str | None:
    try:
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            return handle.read()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError):
        return None
    except (OSError, UnicodeDecodeError):
        raise _Unusual from None


def _section(text: str | None, group: str) -> list[tuple[str, str]]:
    """``name = value`` pairs of ``[group]``, read as ``importlib.metadata`` reads them."""
    pairs: list[tuple[str, str]] = []
    section = None
    for line in map(str.strip, (text or "").splitlines()):
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line.strip("[]")
            continue
        if "=" not in line:
            raise _Unusual
        if section == group:
            key, value = line.split("=", 1)
            pairs.append((key.strip(), value.strip()))
    return pairs


def _identity(folder: str) -> tuple[str, str]:
    """Name and version from the metadata's headers (``METADATA``, or ``PKG-INFO``)."""
    text = _text(folder, "METADATA") or _text(folder, "PKG-INFO") or ""
    found: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip():
            break
        key, colon, value = line.partition(":")
        if line[0] in " \t" or not colon:
            raise _Unusual  # a folded header or a malformed line: the e-mail parser's job
        found.setdefault(key.strip().lower(), value.strip())
    if "name" not in found or "version" not in found:
        raise _Unusual
    return found["name"], found["version"]


def _from_importlib(group: str) -> list[EntryPoint]:
    from importlib.metadata import entry_points as listed

    identities: dict[int, tuple[str, str]] = {}
    found = []
    for point in listed(group=group):
        dist = point.dist
        if dist is not None and id(dist) not in identities:
            metadata = dist.metadata
            identities[id(dist)] = (metadata["Name"], metadata["Version"])
        name, version = identities[id(dist)] if dist is not None else ("", "")
        found.append(EntryPoint(point.name, point.value, name, version))
    return found
