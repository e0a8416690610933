"""Checking a parsed expression before it ever runs: names, fields, functions, limits.

Everything a pack author can get wrong without a report is caught here,
with the offset of the problem: unknown functions and names, a reference
form that does not exist (``fact("x").__dict__``, ``meta.foo``), a field
that the rule's scope does not have (``row.x`` in a report-wide rule),
names with underscores in front, numbers and literals beyond the limits.
The result replaces ``Access`` nodes by checked ``Ref`` nodes.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from crossfoot.packs import ast
from crossfoot.packs.budgets import (
    MAX_AST_DEPTH,
    MAX_EXPONENT,
    MAX_LIST_LITERAL,
    MAX_NUMBER_DIGITS,
    MAX_STRING_LITERAL,
)
from crossfoot.packs.env import FIELDS
from crossfoot.packs.errors import LangError
from crossfoot.packs.functions import FunctionSpec

#: which roots each scope offers (meta is always there)
SCOPE_ROOTS = {"report": {"meta"}, "table": {"meta", "table"}, "row": {"meta", "table", "row"},
               "fact": {"meta", "fact"}, "paragraph": {"meta", "paragraph"},
               "claim": {"meta", "claim"}}
SCOPES = tuple(SCOPE_ROOTS)


def check(node: ast.Node, scope: str, functions: Mapping[str, FunctionSpec],
          names: Collection[str] = ()) -> ast.Node:
    """``node`` validated for a rule of ``scope`` that defines the ``let`` names ``names``."""
    if ast.depth(node) > MAX_AST_DEPTH:
        raise LangError(f"expression nests more than {MAX_AST_DEPTH} levels deep", 0)
    return _Checker(scope, functions, names).visit(node)


class _Checker:
    def __init__(self, scope: str, functions: Mapping[str, FunctionSpec],
                 names: Collection[str]) -> None:
        self.scope = scope
        self.roots = SCOPE_ROOTS[scope]
        self.functions = functions
        self.names = names

    def visit(self, node: ast.Node) -> ast.Node:
        if isinstance(node, ast.Number):
            _check_number(node)
            return node
        if isinstance(node, ast.String):
            if len(node.value) > MAX_STRING_LITERAL:
                raise LangError(f"string of {len(node.value)} characters, over the limit of "
                                f"{MAX_STRING_LITERAL}", node.pos)
            return node
        if isinstance(node, ast.Constant):
            return node
        if isinstance(node, ast.Name):
            return self.name(node)
        if isinstance(node, ast.Access):
            return self.access(node)
        if isinstance(node, ast.Ref):  # a tree read back from the cache: check it again
            return self.reference(node.root, node.pos, node.field, node.pos, False)
        if isinstance(node, ast.Call):
            return self.call(node)
        if isinstance(node, ast.ListOf):
            if len(node.items) > MAX_LIST_LITERAL:
                raise LangError(f"list of {len(node.items)} items, over the limit of "
                                f"{MAX_LIST_LITERAL}", node.pos)
            return ast.ListOf(node.pos, tuple(self.visit(i) for i in node.items))
        if isinstance(node, ast.Unary):
            return ast.Unary(node.pos, node.op, self.visit(node.operand))
        if isinstance(node, ast.Binary):
            return ast.Binary(node.pos, node.op, self.visit(node.left), self.visit(node.right))
        if isinstance(node, ast.Compare):
            return ast.Compare(node.pos, tuple(self.visit(o) for o in node.operands), node.ops,
                               node.op_pos)
        if isinstance(node, ast.Logical):
            return ast.Logical(node.pos, node.op, tuple(self.visit(i) for i in node.items))
        if isinstance(node, ast.IfElse):
            return ast.IfElse(node.pos, self.visit(node.cond), self.visit(node.then),
                              self.visit(node.other))
        raise LangError("unsupported expression", node.pos)  # pragma: no cover

    def name(self, node: ast.Name) -> ast.Node:
        name = node.name
        _no_underscore(name, node.pos)
        if name in self.names:
            return node
        if name in FIELDS:
            raise LangError(f"'{name}' needs a field, e.g. {_example(name)}", node.pos)
        if name in self.functions:
            raise LangError(f"'{name}' is a function: call it as {name}(...)", node.pos)
        hint = _suggest(name, [*self.names, *FIELDS])
        known = f" (this rule's let names: {', '.join(self.names)})" if self.names else ""
        raise LangError(f"unknown name '{name}'{hint}{known}", node.pos)

    def access(self, node: ast.Access) -> ast.Node:
        _no_underscore(node.field, node.pos)
        base = node.base
        if isinstance(base, ast.Call):
            raise LangError(f"'.{node.field}' after {base.name}(...): a function result has "
                            "no fields", node.pos - 1)
        if not isinstance(base, ast.Name):
            raise LangError("unknown reference form: fields exist only on row, table, meta, "
                            "fact, paragraph and claim", node.pos)
        return self.reference(base.name, base.pos, node.field, node.pos, node.quoted)

    def reference(self, root: str, root_pos: int, field: str, field_pos: int,
                  quoted: bool) -> ast.Node:
        _no_underscore(root, root_pos)
        _no_underscore(field, field_pos)
        if root not in FIELDS:
            raise LangError(f"unknown reference form '{root}.{field}': fields exist only on "
                            "row, table, meta, fact, paragraph and claim", root_pos)
        if root not in self.roots:
            wanted = [s for s, roots in SCOPE_ROOTS.items() if root in roots]
            raise LangError(f"{root}.* is only available in a rule with scope each = "
                            f"{' or '.join(repr(s) for s in wanted)}", root_pos)
        fields = FIELDS[root]
        if quoted and root != "row":
            raise LangError(f"{root}[...] is not a reference form; write {root}.<field>",
                            field_pos)
        if fields is not None and field not in fields:
            raise LangError(f"unknown field {root}.{field} (known: {', '.join(fields)})",
                            field_pos)
        return ast.Ref(root_pos, root, field)

    def call(self, node: ast.Call) -> ast.Node:
        _no_underscore(node.name, node.pos)
        spec = self.functions.get(node.name)
        if spec is None:
            hint = _suggest(node.name, list(self.functions))
            raise LangError(f"unknown function '{node.name}'{hint}", node.pos)
        count = len(node.args)
        if count < spec.min_args or (spec.max_args is not None and count > spec.max_args):
            raise LangError(f"{node.name}() takes {_arity(spec)}, not {count}", node.pos)
        seen: set[str] = set()
        for keyword in node.kwargs:
            _no_underscore(keyword.name, keyword.pos)
            if keyword.name in seen:
                raise LangError(f"{keyword.name}= given twice", keyword.pos)
            seen.add(keyword.name)
            if "*" not in spec.keywords and keyword.name not in spec.keywords:
                known = ", ".join(sorted(spec.keywords)) or "none"
                raise LangError(f"{node.name}() has no argument {keyword.name}= "
                                f"(known: {known})", keyword.pos)
        if spec.scopes is not None and self.scope not in spec.scopes:
            raise LangError(f"{node.name}() is only available in a rule with scope each = "
                            f"{' or '.join(repr(s) for s in sorted(spec.scopes))}", node.pos)
        return ast.Call(node.pos, node.name, tuple(self.visit(a) for a in node.args),
                        tuple(ast.Keyword(k.pos, k.name, self.visit(k.value))
                              for k in node.kwargs))


def _check_number(node: ast.Number) -> None:
    text = node.text.rstrip("%")
    mantissa, _, exponent = text.lower().partition("e")
    digits = len(mantissa.replace(".", ""))
    if digits > MAX_NUMBER_DIGITS or (exponent and abs(int(exponent)) > MAX_EXPONENT):
        raise LangError(f"number {node.text[:20]}{'…' if len(node.text) > 20 else ''} is out "
                        f"of range (at most {MAX_NUMBER_DIGITS} digits and an exponent up to "
                        f"{MAX_EXPONENT})", node.pos)


def _no_underscore(name: str, pos: int) -> None:
    if name.startswith("_"):
        raise LangError(f"names beginning with '_' are not allowed: '{name}'", pos)


def _example(root: str) -> str:
    return {"row": "row.得分", "meta": "meta.fiscal_year", "table": "table.title",
            "fact": "fact.value", "paragraph": "paragraph.text", "claim": "claim.value"}[root]


def _suggest(name: str, known: list[str]) -> str:
    import difflib  # for an author's typo only

    close = difflib.get_close_matches(name, known, n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _arity(spec: FunctionSpec) -> str:
    if spec.max_args is None:
        return f"at least {spec.min_args} argument{'s' if spec.min_args != 1 else ''}"
    if spec.min_args == spec.max_args:
        return f"{spec.min_args} argument{'s' if spec.min_args != 1 else ''}"
    return f"{spec.min_args} to {spec.max_args} arguments"
