"""Evaluating a checked expression on a report: values in, a value out.

The evaluator walks our own node types only. Each node costs a step of
the budget (functions charge more for the data they scan); Decimal runs
in a bounded context so an overflow is an error, not infinity. Conditions
use three-valued logic (true, false, unknown): ``and``/``or``/``not``
follow Kleene, so missing data and rounding ambiguity never decide a
finding by themselves.
"""

from __future__ import annotations

import decimal
from collections.abc import Callable, Mapping
from decimal import Decimal
from functools import lru_cache
from typing import Any, TypeVar

from crossfoot.packs import ast
from crossfoot.packs import values as v
from crossfoot.packs.budgets import EVAL_CONTEXT
from crossfoot.packs.env import FIELDS, Env, Item
from crossfoot.packs.errors import EvalError
from crossfoot.packs.functions import BUILTINS, FunctionSpec, plugin_spec
from crossfoot.packs.names import Synonyms
from crossfoot.packs.values import NULL, ListV, Null, Num, Text, Truth, Value, Witness


class PositionedError(EvalError):
    """An evaluation error with the offset of the expression part that raised it."""

    def __init__(self, message: str, pos: int, key: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.pos = pos
        #: which expression ``pos`` is in: None for the one being run, "let.x" for a let
        self.key = key


def function_table(plugins: Mapping[str, Callable[..., Any]] | None = None
                   ) -> dict[str, FunctionSpec]:
    """Built-ins plus plugin functions (a plugin may not replace a built-in)."""
    table = dict(BUILTINS)
    for name, function in sorted((plugins or {}).items()):
        if name not in table:
            table[name] = plugin_spec(name, function)
    return table


class Evaluator:
    """Evaluates nodes in one environment; ``lets`` are computed once, on first use.

    A node is compiled once (``compiled``) into a closure that holds what the
    tree says (the operator, the field a reference names, a literal's value)
    and calls its children's closures directly, so evaluating a rule on a row
    is a chain of plain calls with nothing left to decide about the tree.
    """

    def __init__(self, env: Env, functions: Mapping[str, FunctionSpec],
                 lets: Mapping[str, ast.Node] | None = None) -> None:
        self.env = env
        self.functions = functions
        self.let_nodes = lets or {}
        self.let_values: dict[str, Value] = {}
        self.steps = 0

    def move_to(self, item: Item) -> None:
        """Evaluate at ``item`` from now on; its ``let`` values are computed afresh."""
        self.env.item = item
        self.let_values.clear()

    def run(self, node: ast.Node) -> Value:
        """Evaluate under the bounded Decimal context; node steps are charged in bulk.

        A run visits each node of its (size-limited) tree at most once per let, so
        charging after the run bounds the work as well as charging node by node.
        """
        self.steps = 0
        try:
            if decimal.getcontext().Emax == EVAL_CONTEXT.Emax:
                return compiled(node)(self)
            with decimal.localcontext(EVAL_CONTEXT):
                return compiled(node)(self)
        finally:
            self.env.budget.spend(self.steps)

    def condition(self, node: ast.Node) -> Truth:
        value = self.run(node)
        return self.truth(value, node)

    def truth(self, value: Value, node: ast.Node) -> Truth:
        return truth_of(value, node)

    def eval(self, node: ast.Node) -> Value:
        return compiled(node)(self)

    def let_value(self, name: str) -> Value:
        """A ``let`` value of the rule, computed on first use."""
        if name not in self.let_values:
            if name not in self.let_nodes:
                raise EvalError(f"unknown name '{name}'")
            self.let_values[name] = NULL  # a cycle reads null, it cannot recurse
            try:
                with decimal.localcontext(EVAL_CONTEXT):
                    self.let_values[name] = compiled(self.let_nodes[name])(self)
            except PositionedError as exc:
                exc.key = exc.key or f"let.{name}"
                raise
        return self.let_values[name]


# ---------------------------------------------------------------------------
# Compiling a checked tree to closures

#: a compiled node: evaluates it with an evaluator's environment, functions and lets
Compiled = Callable[[Evaluator], Value]
_RANGE_ERRORS = (decimal.Overflow, decimal.InvalidOperation, decimal.DivisionByZero)
#: compiled trees by node identity (the node is kept, so its id is not reused)
_COMPILED: dict[int, tuple[ast.Node, Compiled]] = {}
#: trees kept compiled at most (packs have a few hundred; tests and fuzzing make many)
MAX_COMPILED = 10_000


def compiled(node: ast.Node) -> Compiled:
    """The closure of ``node``, compiled on its first evaluation and kept."""
    return kept(_COMPILED, node, _compile)


Made = TypeVar("Made")


def kept(table: dict[int, tuple[ast.Node, Made]], node: ast.Node,
         make: Callable[[ast.Node], Made]) -> Made:
    """``make(node)``, made once and kept in ``table`` by the node's identity."""
    found = table.get(id(node))
    if found is not None and found[0] is node:
        return found[1]
    made = make(node)
    if len(table) >= MAX_COMPILED:
        table.clear()
    table[id(node)] = (node, made)
    return made


def _compile(node: ast.Node) -> Compiled:
    make = _MAKERS.get(type(node))
    if make is None:
        message = f"cannot evaluate {type(node).__name__}"  # an unchecked tree

        def unknown(ev: Evaluator) -> Value:
            raise EvalError(message)

        return _guarded(node.pos, unknown)
    return make(node)


def _guarded(pos: int, body: Compiled) -> Compiled:
    """One step per node visit; an error says where in the expression it arose."""
    def run(ev: Evaluator) -> Value:
        ev.steps += 1
        try:
            return body(ev)
        except PositionedError:
            raise
        except EvalError as exc:
            raise PositionedError(str(exc), pos) from None
        except _RANGE_ERRORS:
            raise PositionedError("a number went out of range", pos) from None

    return run


def _constant(value: Value) -> Compiled:
    def run(ev: Evaluator) -> Value:
        ev.steps += 1
        return value

    return run


def _number(node: ast.Number) -> Compiled:
    text = node.text
    return _guarded(node.pos, lambda ev: literal_number(text))


def _string(node: ast.String) -> Compiled:
    return _constant(Text(node.value))


def _constant_node(node: ast.Constant) -> Compiled:
    return _constant(NULL if node.value is None else Truth(node.value))


def _list_of(node: ast.ListOf) -> Compiled:
    items = [_compile(item) for item in node.items]
    return _guarded(node.pos, lambda ev: ListV(tuple(item(ev) for item in items)))


def _let(node: ast.Name) -> Compiled:
    name = node.name
    return _guarded(node.pos, lambda ev: ev.let_value(name))


def _ref(node: ast.Ref) -> Compiled:
    root, name = node.root, node.field
    body: Compiled
    if name not in (FIELDS.get(root) or (name,)):
        message = f"unknown field {root}.{name}"  # an unchecked tree

        def body(ev: Evaluator) -> Value:
            raise EvalError(message)
    elif root == "meta":
        def body(ev: Evaluator) -> Value:
            value = getattr(ev.env.report.meta, name)
            if value is None:
                return NULL
            if isinstance(value, bool):
                return Truth(value)
            return v.exact(value) if isinstance(value, int) else Text(str(value))
    elif root == "table":
        def body(ev: Evaluator) -> Value:
            item = ev.env.item
            if item.table is None:
                return NULL
            value = getattr(item.table, name)
            return Text(value, item.location) if value is not None else NULL
    elif root == "row":
        def body(ev: Evaluator) -> Value:
            env = ev.env
            item = env.item
            if item.table is not None and item.row is not None:
                return env.row_field(item.table, item.row, name)
            return NULL
    elif root == "fact":
        def body(ev: Evaluator) -> Value:
            item = ev.env.item
            if item.fact is None:
                return NULL
            if name == "value":
                return ev.env.fact_value(item.fact)
            value = getattr(item.fact, name)
            return Text(value, item.location) if value is not None else NULL
    elif root == "claim":
        def body(ev: Evaluator) -> Value:
            item = ev.env.item
            if item.claim is None:
                return NULL
            return ev.env.narrative().claim_field(item.claim, name)
    elif root == "paragraph":
        def body(ev: Evaluator) -> Value:
            paragraph = ev.env.item.paragraph
            if paragraph is None:
                return NULL
            if name == "text":
                return Text(paragraph.text, paragraph.location(), paragraph)
            return Text(paragraph.id if name == "id" else paragraph.section_id,
                        paragraph.location())
    else:
        def body(ev: Evaluator) -> Value:
            return NULL
    return _guarded(node.pos, body)


def _call(node: ast.Call) -> Compiled:
    name = node.name
    args = [_compile(a) for a in node.args]
    kwargs = [(k.name, _compile(k.value)) for k in node.kwargs]

    def body(ev: Evaluator) -> Value:
        spec = ev.functions.get(name)
        if spec is None:
            raise EvalError(f"unknown function '{name}'")
        return spec.impl(ev.env, [a(ev) for a in args],
                         {k: f(ev) for k, f in kwargs} if kwargs else {})

    return _guarded(node.pos, body)


def _unary(node: ast.Unary) -> Compiled:
    op, operand_node, operand = node.op, node.operand, _compile(node.operand)
    return _guarded(node.pos, lambda ev: unary_value(op, operand(ev), operand_node))


def _binary(node: ast.Binary) -> Compiled:
    op, left_of, right_of = node.op, _compile(node.left), _compile(node.right)
    return _guarded(node.pos, lambda ev: binary_value(op, left_of(ev), right_of(ev)))


def _compare(node: ast.Compare) -> Compiled:
    first, *rest = (_compile(operand) for operand in node.operands)
    pairs = list(zip(node.ops, rest, strict=True))

    def body(ev: Evaluator) -> Truth:
        left = first(ev)
        unknown: Witness | None = None
        witness: Witness | None = None
        synonyms = ev.env.synonyms
        for op, operand in pairs:
            right = operand(ev)
            verdict, witness = compare_step(op, left, right, synonyms)
            if verdict is False:
                return Truth(False, witness)
            if verdict is None:
                unknown = unknown or witness
            left = right
        return chain_result(unknown, witness)

    return _guarded(node.pos, body)


def _logical(node: ast.Logical) -> Compiled:
    deciding = node.op == "or"  # the value that settles it at once
    parts = [(_compile(item), item) for item in node.items]

    def body(ev: Evaluator) -> Truth:
        unknown = False
        settled: list[Truth] = []
        for part, item in parts:
            truth = truth_of(part(ev), item)
            if truth.value is deciding:
                return truth
            if truth.value is None:
                unknown = True
            else:
                settled.append(truth)
        return logical_result(deciding, unknown, settled)

    return _guarded(node.pos, body)


def _if_else(node: ast.IfElse) -> Compiled:
    cond_node = node.cond
    cond_of, then_of, other_of = _compile(node.cond), _compile(node.then), _compile(node.other)

    def body(ev: Evaluator) -> Value:
        cond = truth_of(cond_of(ev), cond_node)
        if cond.value is True:
            return then_of(ev)
        if cond.value is False:
            return other_of(ev)
        return either(then_of(ev), other_of(ev))

    return _guarded(node.pos, body)


_MAKERS: dict[type, Callable[[Any], Compiled]] = {
    ast.Number: _number, ast.String: _string, ast.Constant: _constant_node,
    ast.ListOf: _list_of, ast.Name: _let, ast.Ref: _ref, ast.Call: _call, ast.Unary: _unary,
    ast.Binary: _binary, ast.Compare: _compare, ast.Logical: _logical, ast.IfElse: _if_else,
}


# ---------------------------------------------------------------------------
# What a node does to its operands' values, shared by the row and the column
# evaluators (``crossfoot.packs.columns``)


def truth_of(value: Value, node: ast.Node) -> Truth:
    """A value used as a condition: null is unknown, anything else but a truth an error."""
    if isinstance(value, Truth):
        return value
    if isinstance(value, Null):
        return v.UNKNOWN
    raise PositionedError(f"expected a condition (true or false), got "
                          f"{v.type_name(value)}", node.pos)


def unary_value(op: str, value: Value, operand: ast.Node) -> Value:
    if op == "not":
        truth = truth_of(value, operand)
        flag = None if truth.value is None else not truth.value
        return Truth(flag, truth.witness)
    if isinstance(value, Num):
        return v.negate(value) if op == "-" else value
    if isinstance(value, Null | Text):
        return NULL
    raise EvalError(f"cannot apply {op} to {v.type_name(value)}")


def binary_value(op: str, left: Value, right: Value) -> Value:
    for side in (left, right):
        if isinstance(side, Truth | ListV):
            raise EvalError(f"cannot use {v.type_name(side)} with {op}")
    if not isinstance(left, Num) or not isinstance(right, Num):
        return NULL  # missing data or text such as "≥95%": unknown, not an error
    if op == "+":
        return v.add(left, right)
    if op == "-":
        return v.add(left, right, -1)
    if op == "*":
        return v.multiply(left, right)
    return v.divide(left, right)


def compare_step(op: str, left: Value, right: Value, synonyms: Synonyms
                 ) -> tuple[bool | None, Witness]:
    """One comparison of a chain: its verdict and what a finding shows of it."""
    shown_left, shown_right = left, right
    if isinstance(left, Num) and isinstance(right, Num) and op not in ("in", "not in"):
        shown_left, shown_right = v.align(left, right, "compare")  # 100 meets 万元
        verdict: bool | None = v.compare_numbers(op, shown_left, shown_right)
    else:
        verdict = v.compare(op, left, right, synonyms)
    return verdict, Witness(op, shown_left, shown_right, getattr(left, "loc", None))


def chain_result(unknown: Witness | None, last: Witness | None) -> Truth:
    """A comparison chain none of whose steps failed."""
    return Truth(None, unknown) if unknown else Truth(True, last)


def logical_result(deciding: bool, unknown: bool, settled: list[Truth]) -> Truth:
    """Kleene and/or once no part settled it; a failed ``or`` reports the last failed
    part that has a place.

    ``guard or check`` is the usual shape (count(parts) < 3 or total == sum(parts)),
    so the check, not the guard, is what a finding should show.
    """
    if unknown:
        return v.UNKNOWN
    if not settled:
        return Truth(not deciding)
    if deciding:
        placed = [t for t in settled if t.witness is not None and t.witness.loc is not None]
        return placed[-1] if placed else settled[0]
    return settled[0]


def either(then: Value, other: Value) -> Value:
    """``if`` with an unknown condition: the branches' common truth, else null."""
    if isinstance(then, Truth) and isinstance(other, Truth) and then.value == other.value:
        return then
    return NULL


@lru_cache(maxsize=1024)
def literal_number(text: str) -> Num:
    """A number as written in a pack: exact; ``90%`` is the fraction 0.9 shown in %."""
    if text.endswith("%"):
        return v.exact(Decimal(text[:-1]), "%")
    return v.exact(Decimal(text))
