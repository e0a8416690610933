"""A disk cache of checked expression trees, so a run does not re-parse unchanged packs.

Parsing with pyparsing costs about a millisecond per expression; a pack of a
hundred expressions would cost every ``crossfoot check`` a tenth of a second.
Checked trees are stored as plain JSON per pack file content (and crossfoot
version, grammar version and function names), read back into our node
types only, and checked again, so a damaged or tampered cache file can at
worst be ignored. ``CROSSFOOT_NO_CACHE=1`` turns the cache off;
``CROSSFOOT_CACHE_DIR`` moves it (default: ``$XDG_CACHE_HOME/crossfoot``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from crossfoot import __version__
from crossfoot.packs import ast

#: bump when the grammar or the tree changes meaning
TREE_VERSION = "1"
MAX_CACHE_BYTES = 20_000_000
_BINARY = ("+", "-", "*", "/")
_UNARY = ("-", "+", "not")
_COMPARE = ("==", "!=", "<", "<=", ">", ">=", "in", "not in")


def cache_dir() -> Path | None:
    if os.environ.get("CROSSFOOT_NO_CACHE"):
        return None
    explicit = os.environ.get("CROSSFOOT_CACHE_DIR")
    if explicit:
        return Path(explicit) / "packs"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "crossfoot" / "packs"


def cache_key(digest: str, functions: Iterable[str]) -> str:
    import hashlib  # OpenSSL's start-up, paid only when a pack is built (``packs.stored``)

    text = "\0".join([__version__, TREE_VERSION, digest, *sorted(functions)])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def expression_key(scope: str, names: Iterable[str], text: str) -> str:
    return "\0".join([scope, ",".join(names), text])


def load(key: str) -> dict[str, Any]:
    """The stored trees for ``key`` (as JSON), or nothing when absent or unreadable."""
    folder = cache_dir()
    if folder is None:
        return {}
    path = folder / f"{key}.json"
    try:
        if path.stat().st_size > MAX_CACHE_BYTES:
            return {}
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def save(key: str, trees: dict[str, Any]) -> None:
    """Store ``trees`` atomically; a cache that cannot be written is simply not used."""
    folder = cache_dir()
    if folder is None:
        return
    import tempfile  # with random: only a start that parses a pack pays for it

    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".pack-", suffix=".json", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(trees, handle, ensure_ascii=False, separators=(",", ":"))
        os.replace(temp, folder / f"{key}.json")
    except OSError:
        return


def encode(node: ast.Node) -> Any:
    """A checked tree as nested JSON lists."""
    if isinstance(node, ast.Number):
        return ["n", node.pos, node.text]
    if isinstance(node, ast.String):
        return ["s", node.pos, node.value]
    if isinstance(node, ast.Constant):
        return ["c", node.pos, node.value]
    if isinstance(node, ast.ListOf):
        return ["l", node.pos, [encode(i) for i in node.items]]
    if isinstance(node, ast.Name):
        return ["v", node.pos, node.name]
    if isinstance(node, ast.Ref):
        return ["r", node.pos, node.root, node.field]
    if isinstance(node, ast.Call):
        return ["f", node.pos, node.name, [encode(a) for a in node.args],
                [[k.pos, k.name, encode(k.value)] for k in node.kwargs]]
    if isinstance(node, ast.Unary):
        return ["u", node.pos, node.op, encode(node.operand)]
    if isinstance(node, ast.Binary):
        return ["b", node.pos, node.op, encode(node.left), encode(node.right)]
    if isinstance(node, ast.Compare):
        return ["cmp", node.pos, [encode(o) for o in node.operands], list(node.ops),
                list(node.op_pos)]
    if isinstance(node, ast.Logical):
        return ["lg", node.pos, node.op, [encode(i) for i in node.items]]
    if isinstance(node, ast.IfElse):
        return ["if", node.pos, encode(node.cond), encode(node.then), encode(node.other)]
    raise ValueError(f"cannot store {type(node).__name__}")


def decode(data: Any, depth: int = 0) -> ast.Node:
    """Our node types back from JSON; anything unexpected is a ``ValueError``."""
    if depth > 200 or not isinstance(data, list) or len(data) < 2:
        raise ValueError("not a stored tree")
    tag, pos, *rest = data
    if not isinstance(pos, int) or isinstance(pos, bool):
        raise ValueError("bad position")
    sub = depth + 1
    if tag == "n" and _strs(rest, 1):
        return ast.Number(pos, rest[0])
    if tag == "s" and _strs(rest, 1):
        return ast.String(pos, rest[0])
    if tag == "c" and len(rest) == 1 and rest[0] in (True, False, None):
        return ast.Constant(pos, rest[0])
    if tag == "l" and len(rest) == 1 and isinstance(rest[0], list):
        return ast.ListOf(pos, tuple(decode(i, sub) for i in rest[0]))
    if tag == "v" and _strs(rest, 1):
        return ast.Name(pos, rest[0])
    if tag == "r" and _strs(rest, 2):
        return ast.Ref(pos, rest[0], rest[1])
    if tag == "f" and len(rest) == 3 and isinstance(rest[0], str):
        name, args, kwargs = rest
        return ast.Call(pos, name, tuple(decode(a, sub) for a in _list(args)),
                        tuple(_keyword(k, sub) for k in _list(kwargs)))
    if tag == "u" and len(rest) == 2 and rest[0] in _UNARY:
        return ast.Unary(pos, rest[0], decode(rest[1], sub))
    if tag == "b" and len(rest) == 3 and rest[0] in _BINARY:
        return ast.Binary(pos, rest[0], decode(rest[1], sub), decode(rest[2], sub))
    if tag == "cmp" and len(rest) == 3:
        operands, ops, places = (_list(r) for r in rest)
        if len(operands) != len(ops) + 1 or len(ops) != len(places) or not ops \
                or any(o not in _COMPARE for o in ops) \
                or any(not isinstance(p, int) for p in places):
            raise ValueError("bad comparison")
        return ast.Compare(pos, tuple(decode(o, sub) for o in operands), tuple(ops),
                           tuple(places))
    if tag == "lg" and len(rest) == 2 and rest[0] in ("and", "or"):
        return ast.Logical(pos, rest[0], tuple(decode(i, sub) for i in _list(rest[1])))
    if tag == "if" and len(rest) == 3:
        return ast.IfElse(pos, *(decode(r, sub) for r in rest))
    raise ValueError(f"unknown stored node {tag!r}")


def _strs(items: list[Any], count: int) -> bool:
    return len(items) == count and all(isinstance(i, str) for i in items)


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise ValueError("expected a list")
    return value


def _keyword(data: Any, depth: int) -> ast.Keyword:
    pos, name, value = _list(data)
    if not isinstance(pos, int) or not isinstance(name, str):
        raise ValueError("bad keyword")
    return ast.Keyword(pos, name, decode(value, depth))
