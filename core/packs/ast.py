"""The syntax tree of a pack expression.

Nodes are frozen values carrying ``pos``, the character offset in the
expression text, so that every later error (unknown name, wrong units at
run time) can point at its place in the pack file.
"""

from __future__ import annotations

from crossfoot.model.records import Record


class Node(Record):
    pos: int


class Number(Node):
    text: str


class String(Node):
    value: str


class Constant(Node):
    """``true``, ``false`` or ``null``."""

    value: bool | None


class ListOf(Node):
    items: tuple[Node, ...]


class Name(Node):
    """A bare name: a ``let`` value of the rule (or, unchecked, anything)."""

    name: str


class Access(Node):
    """``base.field`` or ``base["field"]`` as parsed, before it is checked."""

    base: Node
    field: str
    quoted: bool


class Ref(Node):
    """A checked reference: ``meta.fiscal_year``, ``row.得分``, ``fact.value`` ..."""

    root: str
    field: str


class Keyword(Node):
    name: str
    value: Node


class Call(Node):
    name: str
    args: tuple[Node, ...]
    kwargs: tuple[Keyword, ...]


class Unary(Node):
    op: str  # "-", "+" or "not"
    operand: Node


class Binary(Node):
    op: str  # "+", "-", "*", "/"
    left: Node
    right: Node


class Compare(Node):
    """``a < b <= c``: each adjacent pair compared, all must hold."""

    operands: tuple[Node, ...]
    ops: tuple[str, ...]
    op_pos: tuple[int, ...]


class Logical(Node):
    op: str  # "and" or "or"
    items: tuple[Node, ...]


class IfElse(Node):
    cond: Node
    then: Node
    other: Node


def children(node: Node) -> tuple[Node, ...]:
    """The direct sub-expressions of ``node``."""
    if isinstance(node, ListOf):
        return node.items
    if isinstance(node, Access):
        return (node.base,)
    if isinstance(node, Call):
        return (*node.args, *(k.value for k in node.kwargs))
    if isinstance(node, Unary):
        return (node.operand,)
    if isinstance(node, Binary):
        return (node.left, node.right)
    if isinstance(node, Compare):
        return node.operands
    if isinstance(node, Logical):
        return node.items
    if isinstance(node, IfElse):
        return (node.cond, node.then, node.other)
    return ()


def depth(node: Node) -> int:
    """How deeply ``node`` nests (iteratively, so a deep tree cannot overflow the stack)."""
    deepest = 0
    stack = [(node, 1)]
    while stack:
        current, level = stack.pop()
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in children(current))
    return deepest
