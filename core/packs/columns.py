"""Evaluating a rule's expression over all the items of its scope at once.

A row rule asks the same question of every row. Compiled here, each node
becomes one loop over the rows still undecided, so the tree's dispatch is
paid once per rule instead of once per row, and each row's fields come from
the pack's shared answers (``Env.row_field``). The (node, row) pairs visited,
and so the steps charged, are the row evaluator's (``crossfoot.packs.evaluator``):
``and``/``or``, ``if`` and comparison chains evaluate a part only for the
rows it can still decide, and a ``let`` is computed for a row the first time
that row needs it. Errors carry no place here: the rule is then run again
row by row, which raises the error the row evaluator raises (``PackRule``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from crossfoot.model.report import Column, Table
from crossfoot.packs import ast
from crossfoot.packs.env import ROW_RESERVED, Item
from crossfoot.packs.errors import EvalError
from crossfoot.packs.evaluator import (
    Evaluator,
    binary_value,
    chain_result,
    compare_step,
    compiled,
    either,
    kept,
    literal_number,
    logical_result,
    truth_of,
    unary_value,
)
from crossfoot.packs.values import NULL, ListV, Text, Truth, Value, Witness


class Batch:
    """One rule's evaluation over a list of items; ``rows`` are indexes into ``items``.

    A node's steps are charged as it runs over its rows, so a pass stops at the
    budget as the row evaluator does; the leaves it runs item by item count on
    ``ev.steps``, which the caller charges after each pass.
    """

    def __init__(self, ev: Evaluator, items: Sequence[Item],
                 lets: Mapping[str, ast.Node]) -> None:
        self.ev = ev
        self.items = items
        self.lets = lets
        #: each let's value by row, computed for a row when that row first needs it
        self.let_values: dict[str, dict[int, Value]] = {}

    def spend(self, steps: int) -> None:
        self.ev.env.budget.spend(steps)

    def let_value(self, name: str, rows: list[int]) -> list[Value]:
        known = self.let_values.setdefault(name, {})
        missing = [r for r in rows if r not in known]
        if missing:
            if name not in self.lets:
                raise EvalError(f"unknown name '{name}'")
            for r in missing:
                known[r] = NULL  # a cycle reads null, it cannot recurse
            for r, value in zip(missing, column_of(self.lets[name])(self, missing),
                                strict=True):
                known[r] = value
        return [known[r] for r in rows]

    def lets_at(self, row: int) -> dict[str, Value]:
        """The let values computed for ``row``, to finish its finding with."""
        return {name: values[row] for name, values in self.let_values.items()
                if row in values}


#: a compiled node: its values on the given rows, in their order
Columnar = Callable[[Batch, list[int]], list[Value]]
#: compiled trees by node identity, as ``evaluator.compiled`` keeps the row closures
_COLUMNS: dict[int, tuple[ast.Node, Columnar]] = {}


def column_of(node: ast.Node) -> Columnar:
    """The column form of ``node``, compiled on first use and kept."""
    return kept(_COLUMNS, node, _compile)


def _compile(node: ast.Node) -> Columnar:
    make = _MAKERS.get(type(node))
    if make is not None:
        return make(node)
    if isinstance(node, ast.Ref) and node.root == "row":
        return _row_field(node.field)
    return _each_row(node)


def _each_row(node: ast.Node) -> Columnar:
    """A leaf (meta, table, fact ... references) by the row evaluator, item by item."""
    single = compiled(node)

    def run(batch: Batch, rows: list[int]) -> list[Value]:
        ev, items = batch.ev, batch.items
        out = []
        for r in rows:
            ev.env.item = items[r]
            out.append(single(ev))
        return out

    return run


def _constant(value: Value) -> Columnar:
    def run(batch: Batch, rows: list[int]) -> list[Value]:
        batch.spend(len(rows))
        return [value] * len(rows)

    return run


def _number(node: ast.Number) -> Columnar:
    try:
        value = literal_number(node.text)
    except (ArithmeticError, ValueError):  # an unchecked tree: the row evaluator says why
        return _each_row(node)
    return _constant(value)


def _string(node: ast.String) -> Columnar:
    return _constant(Text(node.value))


def _constant_node(node: ast.Constant) -> Columnar:
    return _constant(NULL if node.value is None else Truth(node.value))


def _row_field(name: str) -> Columnar:
    if name in ROW_RESERVED:
        return _reserved_field(name)

    def run(batch: Batch, rows: list[int]) -> list[Value]:
        """A column's cells: the column is found once per table met (in the rows' order,
        so its steps are charged as ``Env.row_field`` charges them), each cell kept as
        ``Env.row_field`` keeps it."""
        batch.spend(len(rows))
        env, items = batch.ev.env, batch.items
        known = env.resolved.row_fields  # ``Env.row_field``'s answers, asked here first
        out: list[Value] = []
        met: Table | None = None
        column: Column | None = None
        for r in rows:
            item = items[r]
            table, row = item.table, item.row
            if table is None or row is None:
                out.append(NULL)
                continue
            key = (id(row), name)
            value = known.get(key)
            if value is None:
                if table is not met:
                    met, column = table, env.column(table, name)
                value = known[key] = env.column_field(table, row, column)
            out.append(value)
        return out

    return run


def _reserved_field(name: str) -> Columnar:
    def run(batch: Batch, rows: list[int]) -> list[Value]:
        batch.spend(len(rows))
        env, items = batch.ev.env, batch.items
        known = env.resolved.row_fields  # ``Env.row_field``'s answers, asked here first
        out: list[Value] = []
        for r in rows:
            item = items[r]
            table, row = item.table, item.row
            if table is not None and row is not None:
                value = known.get((id(row), name))
                out.append(env.row_field(table, row, name) if value is None else value)
            else:
                out.append(NULL)
        return out

    return run


def _let(node: ast.Name) -> Columnar:
    name = node.name

    def run(batch: Batch, rows: list[int]) -> list[Value]:
        batch.spend(len(rows))
        return batch.let_value(name, rows)

    return run


def _list_of(node: ast.ListOf) -> Columnar:
    items = [column_of(item) for item in node.items]

    def run(batch: Batch, rows: list[int]) -> list[Value]:
        batch.spend(len(rows))
        columns = [item(batch, rows) for item in items]
        return [ListV(tuple(column[i] for column in columns)) for i in range(len(rows))]

    return run


def _call(node: ast.Call) -> Columnar:
    name = node.name
    args = [column_of(a) for a in node.args]
    kwargs = [(k.name, column_of(k.value)) for k in node.kwargs]

    def run(batch: Batch, rows: list[int]) -> list[Value]:
        ev = batch.ev
        batch.spend(len(rows))
        spec = ev.functions.get(name)
        if spec is None:
            raise EvalError(f"unknown function '{name}'")
        arg_columns = [a(batch, rows) for a in args]
        kw_columns = [(k, f(batch, rows)) for k, f in kwargs]
        env, items, impl = ev.env, batch.items, spec.impl
        # each row's arguments as a list, made in C; keywords (rare) by a dict per row
        arg_rows = list(map(list, zip(*arg_columns, strict=True))) if arg_columns \
            else [[] for _ in rows]
        out = []
        for i, r in enumerate(rows):
            env.item = items[r]
            out.append(impl(env, arg_rows[i],
                            {k: c[i] for k, c in kw_columns} if kw_columns else {}))
        return out

    return run


def _unary(node: ast.Unary) -> Columnar:
    op, operand_node, operand = node.op, node.operand, column_of(node.operand)

    def run(batch: Batch, rows: list[int]) -> list[Value]:
        batch.spend(len(rows))
        return [unary_value(op, value, operand_node) for value in operand(batch, rows)]

    return run


def _binary(node: ast.Binary) -> Columnar:
    op, left_of, right_of = node.op, column_of(node.left), column_of(node.right)

    def run(batch: Batch, rows: list[int]) -> list[Value]:
        batch.spend(len(rows))
        lefts, rights = left_of(batch, rows), right_of(batch, rows)
        return [binary_value(op, a, b) for a, b in zip(lefts, rights, strict=True)]

    return run


def _compare(node: ast.Compare) -> Columnar:
    first, *rest = (column_of(operand) for operand in node.operands)
    pairs = list(zip(node.ops, rest, strict=True))

    def run(batch: Batch, rows: list[int]) -> list[Value]:
        batch.spend(len(rows))
        lefts = first(batch, rows)
        count = len(rows)
        results: list[Value] = [NULL] * count
        unknown: list[Witness | None] = [None] * count
        last: list[Witness | None] = [None] * count
        synonyms = batch.ev.env.synonyms
        open_ = list(range(count))  # positions whose chain has not failed yet
        for op, operand in pairs:
            if not open_:
                break
            rights = operand(batch, [rows[i] for i in open_])
            going = []
            for i, right in zip(open_, rights, strict=True):
                verdict, witness = compare_step(op, lefts[i], right, synonyms)
                if verdict is False:
                    results[i] = Truth(False, witness)
                    continue
                if verdict is None:
                    unknown[i] = unknown[i] or witness
                last[i] = witness
                lefts[i] = right
                going.append(i)
            open_ = going
        for i in open_:
            results[i] = chain_result(unknown[i], last[i])
        return results

    return run


def _logical(node: ast.Logical) -> Columnar:
    deciding = node.op == "or"
    parts = [(column_of(item), item) for item in node.items]

    def run(batch: Batch, rows: list[int]) -> list[Value]:
        batch.spend(len(rows))
        count = len(rows)
        results: list[Value] = [NULL] * count
        unknown = [False] * count
        settled: list[list[Truth]] = [[] for _ in range(count)]
        open_ = list(range(count))  # positions no part has settled yet
        for part, item in parts:
            if not open_:
                break
            going = []
            for i, value in zip(open_, part(batch, [rows[i] for i in open_]), strict=True):
                truth = truth_of(value, item)
                if truth.value is deciding:
                    results[i] = truth
                    continue
                if truth.value is None:
                    unknown[i] = True
                else:
                    settled[i].append(truth)
                going.append(i)
            open_ = going
        for i in open_:
            results[i] = logical_result(deciding, unknown[i], settled[i])
        return results

    return run


def _if_else(node: ast.IfElse) -> Columnar:
    cond_node = node.cond
    cond_of, then_of, other_of = column_of(node.cond), column_of(node.then), \
        column_of(node.other)

    def run(batch: Batch, rows: list[int]) -> list[Value]:
        batch.spend(len(rows))
        conds = [truth_of(c, cond_node).value for c in cond_of(batch, rows)]
        then_at = [i for i, c in enumerate(conds) if c is not False]
        other_at = [i for i, c in enumerate(conds) if c is not True]
        thens = dict(zip(then_at, then_of(batch, [rows[i] for i in then_at]) if then_at
                         else [], strict=True))
        others = dict(zip(other_at, other_of(batch, [rows[i] for i in other_at]) if other_at
                          else [], strict=True))
        return [thens[i] if c is True else others[i] if c is False
                else either(thens[i], others[i]) for i, c in enumerate(conds)]

    return run


_MAKERS: dict[type, Callable[[Any], Columnar]] = {
    ast.Number: _number, ast.String: _string, ast.Constant: _constant_node,
    ast.ListOf: _list_of, ast.Name: _let, ast.Call: _call, ast.Unary: _unary,
    ast.Binary: _binary, ast.Compare: _compare, ast.Logical: _logical, ast.IfElse: _if_else,
}
