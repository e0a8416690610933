"""The built pack stored whole, so a start neither reads its TOML nor checks its trees again.

Even with the tree cache (``crossfoot.packs.cache``) warm, building the
built-in pack costs every ``crossfoot check`` 15-25 ms of CPU (TOML, then
decoding and checking each tree); unpickling the built ``Pack`` costs about
one. An entry is used only when the pack file's bytes, its path, crossfoot's
version and the signatures of the functions it was checked with are all
those it was built from. Unpickling may create only the classes a pack is
made of (``ALLOWED``), so a tampered file cannot run code; one that is
damaged, unreadable or unwritable is ignored and the pack is built again.
Same folder and switches as the tree cache (``CROSSFOOT_NO_CACHE``,
``CROSSFOOT_CACHE_DIR``).
"""

from __future__ import annotations

import io
import os
import pickle
import zlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from crossfoot import __version__
from crossfoot.packs.cache import MAX_CACHE_BYTES, cache_dir
from crossfoot.packs.functions import FunctionSpec
from crossfoot.packs.packfile import Pack

#: bump when a stored pack's classes change shape
FORMAT = 6
#: the classes a stored pack is made of: all that unpickling may create
ALLOWED = frozenset({
    ("crossfoot.packs.packfile", "Pack"), ("crossfoot.packs.packfile", "PackRuleSpec"),
    ("crossfoot.packs.packfile", "Expression"), ("crossfoot.packs.scopes", "Scope"),
    ("crossfoot.packs.source", "Place"), ("crossfoot.packs.source", "RuleValueOffsets"),
    ("crossfoot.analysis.labels", "Synonyms"), ("crossfoot.checking.findings", "Severity"),
    ("decimal", "Decimal"),
    *(("crossfoot.packs.ast", name) for name in (
        "Number", "String", "Constant", "ListOf", "Name", "Ref", "Keyword", "Call", "Unary",
        "Binary", "Compare", "Logical", "IfElse")),
})


def load(data: bytes, path: str, functions: Mapping[str, FunctionSpec]) -> Pack | None:
    """The pack built from ``data`` at ``path`` with ``functions``, if stored; else None."""
    file = _file(data, path, functions)
    if file is None:
        return None
    try:
        with open(file, "rb") as handle:
            if os.fstat(handle.fileno()).st_size > MAX_CACHE_BYTES:
                return None
            stored = _PackUnpickler(io.BytesIO(handle.read())).load()
    except Exception:  # whatever a damaged or foreign file makes unpickling raise
        return None
    if not isinstance(stored, tuple) or len(stored) != 6:
        return None
    *key, pack = stored
    if key != [FORMAT, __version__, path, signature(functions), data] \
            or not isinstance(pack, Pack):
        return None
    return pack


def save(data: bytes, path: str, functions: Mapping[str, FunctionSpec], pack: Pack) -> None:
    """Store ``pack`` atomically; a pack that cannot be stored is simply built next time."""
    file = _file(data, path, functions)
    if file is None:
        return
    import tempfile  # with shutil and random: only a start that builds a pack pays for it

    try:
        content = pickle.dumps((FORMAT, __version__, path, signature(functions), data, pack),
                               protocol=pickle.HIGHEST_PROTOCOL)
        file.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".pack-", suffix=".pickle", dir=file.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
        os.replace(temp, file)
    except (OSError, pickle.PicklingError, TypeError, AttributeError, RecursionError):
        return


def signature(functions: Mapping[str, FunctionSpec]) -> tuple[Any, ...]:
    """What checking a tree reads of each function: its name, arity, keywords and scopes."""
    return tuple((name, spec.min_args, spec.max_args, tuple(sorted(spec.keywords)),
                  None if spec.scopes is None else tuple(sorted(spec.scopes)))
                 for name, spec in sorted(functions.items()))


def _file(data: bytes, path: str, functions: Mapping[str, FunctionSpec]) -> Path | None:
    """The entry's file: named by checksums only, since ``load`` compares the whole key."""
    folder = cache_dir()
    if folder is None:
        return None
    named = zlib.crc32(repr((FORMAT, __version__, path, signature(functions))).encode())
    return folder / f"{zlib.crc32(data):08x}{named:08x}.pickle"


class _PackUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a pack")
        return super().find_class(module, name)
