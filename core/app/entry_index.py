"""The ``crossfoot`` entry points, remembered between runs of the same interpreter.

Finding them with ``importlib.metadata`` costs a start about 20 ms of CPU:
the module brings ``email``, ``zipfile`` and ``importlib.resources``, and it
reads every distribution's entry points and the plugins' metadata. The list
it found (names, targets, distribution names and versions) is kept in the
cache folder together with what it was read from: the distribution folders
in every ``sys.path`` entry (a zip file's time and size), each with the
times, sizes and inodes of the folder, its ``entry_points.txt`` and its
``METADATA``. Installing, removing or upgrading a distribution, or editing
those files, changes that, and the list is read again through
``importlib.metadata`` (a few hundred ``stat`` calls decide it, under a
millisecond). A meta-path finder of distributions other than the standard
one turns the memory off, as does ``CROSSFOOT_NO_CACHE``.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import zlib
from pathlib import Path
from typing import Any

from crossfoot import __version__
from crossfoot.model.records import Record
from crossfoot.packs.cache import cache_dir

_DIST_FOLDERS = (".dist-info", ".egg-info")
_WATCHED = ("", "/entry_points.txt", "/METADATA")
_MAX_BYTES = 1_000_000


class Found(Record):
    """One entry point: ``module:attr`` as ``importlib.metadata`` parsed it, and its origin."""

    name: str
    value: str
    module: str
    attr: str
    distribution: str
    version: str


def entry_points(group: str) -> list[Found]:
    """The entry points of ``group``, from the kept list when nothing it came from changed."""
    path = _index_file(group)
    if path is None:
        return _read(group)
    sources = _sources()
    kept = _load(path, sources)
    if kept is not None:
        return kept
    found = _read(group)
    _save(path, sources, found)
    return found


def load(found: Found) -> Any:
    """What ``EntryPoint.load`` gives: the module, or the attribute path in it."""
    if not found.module:  # a target importlib.metadata cannot read fails as its loader fails
        from importlib.metadata import EntryPoint

        return EntryPoint(found.name, found.value, "").load()
    import importlib

    target: Any = importlib.import_module(found.module)
    for part in filter(None, found.attr.split(".")):
        target = getattr(target, part)
    return target


def _read(group: str) -> list[Found]:
    from importlib.metadata import entry_points as listed

    named: dict[int, tuple[str, str]] = {}
    found = []
    for ep in listed(group=group):
        dist = ep.dist
        if dist is None:
            origin = ("", "")
        else:  # one metadata parse per distribution, not one per access of name or version
            if id(dist) not in named:
                metadata = dist.metadata
                named[id(dist)] = (metadata["Name"], metadata["Version"])
            origin = named[id(dist)]
        try:
            module, attr = ep.module, ep.attr or ""
        except AttributeError:  # not ``module:attr``: ``load`` raises what EntryPoint.load does
            module, attr = "", ""
        found.append(Found(ep.name, ep.value, module, attr, *origin))
    return found


def _index_file(group: str) -> Path | None:
    """The kept list's file for this interpreter and path, or None when not kept."""
    folder = cache_dir()
    if folder is None or _other_finders():
        return None
    place = zlib.crc32("\0".join([sys.executable, group, *sys.path]).encode("utf-8",
                                                                          "surrogatepass"))
    return folder.parent / f"entry-points-{place:08x}.json"


def _other_finders() -> bool:
    """Whether a finder besides the standard path finder lists distributions too."""
    from importlib.machinery import PathFinder

    return any(finder is not PathFinder and hasattr(finder, "find_distributions")
               for finder in sys.meta_path)


def _sources() -> list[Any]:
    """What the list is read from, as names, times and sizes (see the module docstring)."""
    seen: list[Any] = [__version__, sys.version, sys.executable]
    for entry in sys.path:
        try:
            listing = os.scandir(entry or ".")
        except NotADirectoryError:  # a zip file: its own time and size
            seen.append([entry, _stamp(entry)])
            continue
        except (OSError, ValueError):
            seen.append([entry, None])
            continue
        seen.append([entry])
        with listing:
            for item in listing:
                if item.name.lower().endswith(_DIST_FOLDERS):
                    seen.append([item.name, *(_stamp(item.path + part) for part in _WATCHED)])
    return seen


def _stamp(path: str) -> list[int] | None:
    try:
        stat = os.stat(path)
    except (OSError, ValueError):
        return None
    return [stat.st_mtime_ns, stat.st_size, stat.st_ino]


def _load(path: Path, sources: list[Any]) -> list[Found] | None:
    try:
        if path.stat().st_size > _MAX_BYTES:
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("sources") != sources:
            return None
        rows = data["found"]
        if not all(isinstance(row, list) and len(row) == len(Found._fields)
                   and all(isinstance(value, str) for value in row) for row in rows):
            return None
        return [Found(name, value, module, attr, dist, version)
                for name, value, module, attr, dist, version in rows]
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return None


def _save(path: Path, sources: list[Any], found: list[Found]) -> None:
    """Write the list atomically; a cache folder that cannot be written is simply not used."""
    temp = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp.write_text(json.dumps({"sources": sources,
                                    "found": [list(type(f)._values(f)) for f in found]}),
                        encoding="utf-8")
        os.replace(temp, path)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink()
