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
from typing import Any

from crossfoot.packs import ast
from crossfoot.packs import values as v
from crossfoot.packs.budgets import EVAL_CONTEXT
from crossfoot.packs.env import FIELDS, Env, Item
from crossfoot.packs.errors import EvalError
from crossfoot.packs.functions import BUILTINS, FunctionSpec, plugin_spec
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
    """Evaluates nodes in one environment; ``lets`` are computed once, on first use."""

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
                return self.eval(node)
            with decimal.localcontext(EVAL_CONTEXT):
                return self.eval(node)
        finally:
            self.env.budget.spend(self.steps)

    def condition(self, node: ast.Node) -> Truth:
        value = self.run(node)
        return self.truth(value, node)

    def truth(self, value: Value, node: ast.Node) -> Truth:
        if isinstance(value, Truth):
            return value
        if isinstance(value, Null):
            return v.UNKNOWN
        raise PositionedError(f"expected a condition (true or false), got "
                              f"{v.type_name(value)}", node.pos)

    def eval(self, node: ast.Node) -> Value:
        self.steps += 1
        method = _DISPATCH.get(type(node))
        try:
            if method is None:
                raise EvalError(f"cannot evaluate {type(node).__name__}")  # unchecked tree
            return method(self, node)
        except PositionedError:
            raise
        except EvalError as exc:
            raise PositionedError(str(exc), node.pos) from None
        except (decimal.Overflow, decimal.InvalidOperation, decimal.DivisionByZero):
            raise PositionedError("a number went out of range", node.pos) from None

    def number(self, node: ast.Number) -> Value:
        return literal_number(node.text)

    def string(self, node: ast.String) -> Value:
        return Text(node.value)

    def constant(self, node: ast.Constant) -> Value:
        return NULL if node.value is None else Truth(node.value)

    def list_of(self, node: ast.ListOf) -> Value:
        return ListV(tuple(self.eval(item) for item in node.items))

    def let(self, node: ast.Name) -> Value:
        return self.let_value(node.name)

    def let_value(self, name: str) -> Value:
        """A ``let`` value of the rule, computed on first use."""
        if name not in self.let_values:
            if name not in self.let_nodes:
                raise EvalError(f"unknown name '{name}'")
            self.let_values[name] = NULL  # a cycle reads null, it cannot recurse
            try:
                with decimal.localcontext(EVAL_CONTEXT):
                    self.let_values[name] = self.eval(self.let_nodes[name])
            except PositionedError as exc:
                exc.key = exc.key or f"let.{name}"
                raise
        return self.let_values[name]

    def ref(self, node: ast.Ref) -> Value:
        env, item = self.env, self.env.item
        if node.field not in (FIELDS.get(node.root) or (node.field,)):
            raise EvalError(f"unknown field {node.root}.{node.field}")  # unchecked tree
        if node.root == "meta":
            value = getattr(env.report.meta, node.field)
            if value is None:
                return NULL
            if isinstance(value, bool):
                return Truth(value)
            return v.exact(value) if isinstance(value, int) else Text(str(value))
        if node.root == "table" and item.table is not None:
            value = getattr(item.table, node.field)
            return Text(value, item.location) if value is not None else NULL
        if node.root == "row" and item.table is not None and item.row is not None:
            return env.row_field(item.table, item.row, node.field)
        if node.root == "fact" and item.fact is not None:
            if node.field == "value":
                return env.fact_value(item.fact)
            value = getattr(item.fact, node.field)
            return Text(value, item.location) if value is not None else NULL
        if node.root == "claim" and item.claim is not None:
            return env.narrative().claim_field(item.claim, node.field)
        if node.root == "paragraph" and item.paragraph is not None:
            paragraph = item.paragraph
            if node.field == "text":
                return Text(paragraph.text, paragraph.location(), paragraph)
            return Text(paragraph.id if node.field == "id" else paragraph.section_id,
                        paragraph.location())
        return NULL

    def call(self, node: ast.Call) -> Value:
        spec = self.functions.get(node.name)
        if spec is None:
            raise EvalError(f"unknown function '{node.name}'")
        args = [self.eval(a) for a in node.args]
        kwargs = {k.name: self.eval(k.value) for k in node.kwargs}
        return spec.impl(self.env, args, kwargs)

    def unary(self, node: ast.Unary) -> Value:
        operand = self.eval(node.operand)
        if node.op == "not":
            truth = self.truth(operand, node.operand)
            flag = None if truth.value is None else not truth.value
            return Truth(flag, truth.witness)
        if isinstance(operand, Num):
            return v.negate(operand) if node.op == "-" else operand
        if isinstance(operand, Null | Text):
            return NULL
        raise EvalError(f"cannot apply {node.op} to {v.type_name(operand)}")

    def binary(self, node: ast.Binary) -> Value:
        left, right = self.eval(node.left), self.eval(node.right)
        for side in (left, right):
            if isinstance(side, Truth | ListV):
                raise EvalError(f"cannot use {v.type_name(side)} with {node.op}")
        if not isinstance(left, Num) or not isinstance(right, Num):
            return NULL  # missing data or text such as "≥95%": unknown, not an error
        if node.op == "+":
            return v.add(left, right)
        if node.op == "-":
            return v.add(left, right, -1)
        if node.op == "*":
            return v.multiply(left, right)
        return v.divide(left, right)

    def compare(self, node: ast.Compare) -> Truth:
        left = self.eval(node.operands[0])
        unknown: Witness | None = None
        witness: Witness | None = None
        for op, operand in zip(node.ops, node.operands[1:], strict=True):
            right = self.eval(operand)
            shown_left, shown_right = left, right
            if isinstance(left, Num) and isinstance(right, Num) and op not in ("in", "not in"):
                shown_left, shown_right = v.align(left, right, "compare")  # 100 meets 万元
                verdict: bool | None = v.compare_numbers(op, shown_left, shown_right)
            else:
                verdict = v.compare(op, left, right, self.env.synonyms)
            witness = Witness(op, shown_left, shown_right, getattr(left, "loc", None))
            if verdict is False:
                return Truth(False, witness)
            if verdict is None:
                unknown = unknown or witness
            left = right
        return Truth(None, unknown) if unknown else Truth(True, witness)

    def logical(self, node: ast.Logical) -> Truth:
        """Kleene and/or; a failed ``or`` reports the last failed part that has a place.

        ``guard or check`` is the usual shape (count(parts) < 3 or total == sum(parts)),
        so the check, not the guard, is what a finding should show.
        """
        deciding = node.op == "or"  # the value that settles it at once
        unknown = False
        settled: list[Truth] = []
        for item in node.items:
            truth = self.truth(self.eval(item), item)
            if truth.value is deciding:
                return truth
            if truth.value is None:
                unknown = True
            else:
                settled.append(truth)
        if unknown:
            return v.UNKNOWN
        if not settled:
            return Truth(not deciding)
        if deciding:
            placed = [t for t in settled if t.witness is not None and t.witness.loc is not None]
            return placed[-1] if placed else settled[0]
        return settled[0]

    def if_else(self, node: ast.IfElse) -> Value:
        cond = self.truth(self.eval(node.cond), node.cond)
        if cond.value is True:
            return self.eval(node.then)
        if cond.value is False:
            return self.eval(node.other)
        then, other = self.eval(node.then), self.eval(node.other)
        if isinstance(then, Truth) and isinstance(other, Truth) and then.value == other.value:
            return then
        return NULL


_DISPATCH: dict[type, Callable[[Evaluator, Any], Value]] = {
    ast.Number: Evaluator.number, ast.String: Evaluator.string,
    ast.Constant: Evaluator.constant, ast.ListOf: Evaluator.list_of, ast.Name: Evaluator.let,
    ast.Ref: Evaluator.ref, ast.Call: Evaluator.call, ast.Unary: Evaluator.unary,
    ast.Binary: Evaluator.binary, ast.Compare: Evaluator.compare,
    ast.Logical: Evaluator.logical, ast.IfElse: Evaluator.if_else,
}


@lru_cache(maxsize=1024)
def literal_number(text: str) -> Num:
    """A number as written in a pack: exact; ``90%`` is the fraction 0.9 shown in %."""
    if text.endswith("%"):
        return v.exact(Decimal(text[:-1]), "%")
    return v.exact(Decimal(text))
