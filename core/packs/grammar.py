"""The pyparsing grammar of pack expressions: text to syntax tree.

Precedence, loosest first: ``if … then … else``, ``or``, ``and``, ``not``,
comparisons (``== != < <= > >= in``, ``not in``; chainable), ``+ -``,
``* /``, unary ``- +``, then postfix ``.name`` / ``["name"]`` on atoms
(numbers, ``90%``, strings, ``true false null``, ``[lists]``, calls,
names, parentheses). There is no power operator, no indexing by number
and no way to reach Python: the tree holds only our node types.

Before pyparsing sees a text, a linear scan rejects what would make it
recurse deeply (nesting beyond ``MAX_NESTING``) or is simply too long, so
a hostile expression costs microseconds, not a stack overflow.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from typing import Any

from crossfoot.packs import ast
from crossfoot.packs.budgets import MAX_EXPRESSION_CHARS, MAX_NESTING
from crossfoot.packs.errors import LangError
from crossfoot.patterns import LazyPattern

KEYWORDS = ("and", "or", "not", "if", "then", "else", "in", "true", "false", "null")
_OPENERS = {"(": ")", "[": "]"}
MAX_PREFIX_RUN = 8
#: extra Python frames pyparsing may use while parsing one expression
PARSE_STACK = 3000
#: what the pre-scan needs to see: strings (skipped whole), brackets, words, operators
_TOKEN = LazyPattern(r"\"(?:\\.|[^\"\\])*\"?|'(?:\\.|[^'\\])*'?|\*\*|[()\[\]]|\w+|[-+]|[^\s\w]")


@cache
def _parser() -> Any:
    """The grammar, built once.

    pyparsing's cost is per element tried, so terminals are single regexes
    and the common case comes first: a plain operand (number, string, name)
    before calls, groups and lists; a flat expression before ``if``.
    """
    import pyparsing as pp

    def located(pattern: str, name: str) -> Any:
        return pp.Regex(pattern).set_name(name).set_parse_action(lambda s, loc, t: (t[0], loc))

    reserved = "|".join(KEYWORDS)
    ident = rf"(?!(?:{reserved})(?!\w))[^\W\d]\w*"
    string = r"\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*'"
    expr = pp.Forward().set_name("expression")
    terminal = pp.Regex(
        r"(?P<number>[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?%?)"
        rf"|(?P<string>{string})"
        r"|(?P<constant>(?:true|false|null)(?!\w))"
        rf"|(?P<name>{ident})(?!\w)(?!\s*\()").set_name("an operand").set_parse_action(_terminal)
    rpar, rbrack = pp.Suppress(")"), pp.Suppress("]")
    keyword_arg = (pp.Regex(rf"({ident})\s*=(?!=)").set_parse_action(
        lambda s, loc, t: (t[0].rstrip("= \t\r\n"), loc)) - expr).set_parse_action(
        lambda s, loc, t: ast.Keyword(t[0][1], t[0][0], t[1]))
    arguments = pp.Optional(pp.DelimitedList(keyword_arg | expr))
    call = (located(rf"{ident}(?!\w)(?=\s*\()", "name") + pp.Suppress("(") - arguments - rpar
            ).set_parse_action(_call)
    list_of = (located(r"\[", "'['") + pp.Optional(
        pp.DelimitedList(expr, allow_trailing_delim=True)) - rbrack).set_parse_action(
        lambda s, loc, t: ast.ListOf(t[0][1], tuple(t[1:])))
    group = pp.Suppress("(") - expr - rpar
    atom = (terminal | call | group | list_of).set_name("an operand")
    field = pp.Regex(rf"\.\s*(?P<field>{ident})|\[\s*(?P<quoted>{string})\s*\]").set_name(
        "a field").set_parse_action(_field)
    postfix = (atom + pp.ZeroOrMore(field)).set_parse_action(_postfix)
    prefix = pp.Regex(r"(?:(?:[-+]|not(?!\w))\s*)+").set_name("sign").set_parse_action(
        _prefixes)
    operand = pp.Group(pp.Optional(prefix) + postfix).set_name("an operand")
    binary = pp.Regex(r"==|!=|<=|>=|<|>|\*|/|\+|-|not\s+in(?!\w)|(?:in|and|or)(?!\w)"
                      ).set_name("an operator").set_parse_action(
        lambda s, loc, t: (" ".join(t[0].split()), loc))
    flat = (operand + pp.ZeroOrMore(binary - operand)).set_parse_action(_precedence)
    conditional = (located(r"if(?!\w)", "'if'") - expr - pp.Regex(r"then(?!\w)").suppress()
                   - expr - pp.Regex(r"else(?!\w)").suppress() - expr
                   ).set_parse_action(lambda s, loc, t: ast.IfElse(t[0][1], t[1], t[2], t[3]))
    expr <<= flat | conditional
    return expr + pp.StringEnd().set_name("end of expression")


def _field(s: str, loc: int, t: Any) -> tuple[str, str, int]:
    """``.name`` or ``["name"]`` after an operand: (name, how, offset of the name)."""
    text = t[0]
    if text.startswith("."):
        name = text[1:].lstrip()
        return (name, "dot", loc + len(text) - len(name))
    quoted = text[1:-1].strip()
    return (_unescape(quoted[1:-1]), "quoted", loc + text.index(quoted))


def _prefixes(s: str, loc: int, t: Any) -> list[tuple[str, str, int]]:
    """A run of prefix operators (``- not -``), each with its offset."""
    out = []
    for match in re.finditer(r"[-+]|not", t[0]):
        out.append(("prefix", match.group(), loc + match.start()))
    return out


_ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", '"': '"', "'": "'"}


def _terminal(s: str, loc: int, t: Any) -> ast.Node:
    text = t[0]
    if text[0].isdigit():
        return ast.Number(loc, text)
    if text[0] in "\"'":
        return ast.String(loc, _unescape(text[1:-1]))
    if text in ("true", "false", "null"):
        return ast.Constant(loc, {"true": True, "false": False}.get(text))
    return ast.Name(loc, text)


def _unescape(body: str) -> str:
    out, i = [], 0
    while i < len(body):
        if body[i] == "\\" and i + 1 < len(body):
            out.append(_ESCAPES.get(body[i + 1], body[i + 1]))
            i += 2
        else:
            out.append(body[i])
            i += 1
    return "".join(out)


def _call(s: str, loc: int, t: Any) -> ast.Call:
    name, pos = t[0]
    args = tuple(x for x in t[1:] if not isinstance(x, ast.Keyword))
    kwargs = tuple(x for x in t[1:] if isinstance(x, ast.Keyword))
    return ast.Call(pos, name, args, kwargs)


def _postfix(s: str, loc: int, t: Any) -> ast.Node:
    node: ast.Node = t[0]
    for name, how, pos in t[1:]:
        node = ast.Access(pos, node, name, how == "quoted")
    return node


#: binding power of binary operators (higher binds tighter) and of prefix operators
BINARY_POWER = {"or": 1, "and": 2, "==": 4, "!=": 4, "<": 4, "<=": 4, ">": 4, ">=": 4,
                "in": 4, "not in": 4, "+": 5, "-": 5, "*": 6, "/": 6}
PREFIX_POWER = {"not": 3, "-": 7, "+": 7}
COMPARISONS = frozenset(op for op, power in BINARY_POWER.items() if power == 4)


def _precedence(s: str, loc: int, t: Any) -> ast.Node:
    """Operator precedence over the flat operand/operator list (a Pratt parser).

    pyparsing finds operands and operators in one flat pass (fast: no cascade
    of one grammar level per precedence); binding powers are applied here.
    """
    tokens: list[Any] = []
    for i, item in enumerate(t):
        if i % 2:
            tokens.append(("binary", *item))
        else:
            tokens.extend(item[:-1])
            tokens.append(item[-1])
    node, _end = _pratt(tokens, 0, 0)
    return node


def _pratt(tokens: list[Any], i: int, floor: int) -> tuple[ast.Node, int]:
    head = tokens[i]
    if isinstance(head, tuple):
        _kind, symbol, pos = head
        operand, i = _pratt(tokens, i + 1, PREFIX_POWER[symbol])
        left: ast.Node = ast.Unary(pos, symbol, operand)
    else:
        left, i = head, i + 1
    while i < len(tokens):
        _kind, symbol, pos = tokens[i]
        power = BINARY_POWER[symbol]
        if power <= floor:
            break
        if symbol in COMPARISONS:
            operands, ops, places = [left], [], []
            while i < len(tokens) and tokens[i][1] in COMPARISONS:
                _kind, symbol, pos = tokens[i]
                right, i = _pratt(tokens, i + 1, power)
                operands.append(right)
                ops.append(symbol)
                places.append(pos)
            left = ast.Compare(places[0], tuple(operands), tuple(ops), tuple(places))
        elif symbol in ("and", "or"):
            items = [left]
            while i < len(tokens) and tokens[i][1] == symbol:
                right, i = _pratt(tokens, i + 1, power)
                items.append(right)
            left = ast.Logical(items[0].pos, symbol, tuple(items))
        else:
            right, i = _pratt(tokens, i + 1, power)
            left = ast.Binary(pos, symbol, left, right)
    return left, i


def parse(text: str) -> ast.Node:
    """The syntax tree of ``text``, or a ``LangError`` at the offending offset."""
    prescan(text)
    import pyparsing as pp

    parser = _parser()
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(limit + PARSE_STACK)  # the pre-scan bounded what is needed
    try:
        result = parser.parse_string(text.replace("\u3000", " "), parse_all=True)
    except pp.ParseBaseException as exc:
        raise LangError(_syntax_message(text, exc), min(exc.loc, len(text))) from None
    except RecursionError:
        raise LangError("expression is nested too deeply", 0) from None
    finally:
        sys.setrecursionlimit(limit)
    node: ast.Node = result[0]
    return node


def prescan(text: str) -> None:
    """Refuse, before parsing, what is too long, too deeply nested or clearly not ours.

    Nesting counts brackets, ``if`` keywords (an else-if chain nests) and runs
    of prefix operators (``- - x``, ``not not x``): each costs pyparsing stack.
    """
    if len(text) > MAX_EXPRESSION_CHARS:
        raise LangError(f"expression is {len(text)} characters long, over the limit of "
                        f"{MAX_EXPRESSION_CHARS}", MAX_EXPRESSION_CHARS)
    stack: list[str] = []
    ifs = run = 0
    for match in _TOKEN.finditer(text):
        token, pos = match.group(), match.start()
        if token in _OPENERS:
            stack.append(_OPENERS[token])
        elif stack and token == stack[-1]:
            stack.pop()
        elif token == "**":
            raise LangError("there is no power operator ** in pack expressions", pos)
        elif token == "if":
            ifs += 1
        elif token[0] == "_":
            raise LangError(f"names beginning with '_' are not allowed: '{token}'", pos)
        run = run + 1 if token in ("-", "+", "not") else 0
        if run > MAX_PREFIX_RUN:
            raise LangError(f"more than {MAX_PREFIX_RUN} signs or 'not' in a row", pos)
        if len(stack) + ifs + run > MAX_NESTING:
            raise LangError(f"expression nests more than {MAX_NESTING} levels deep", pos)


def _syntax_message(text: str, exc: Any) -> str:
    loc = min(exc.loc, len(text))
    found = text[loc:loc + 1]
    if not found:
        return "syntax error: the expression ends too early"
    if found in "\"'":
        return "syntax error: unterminated string"
    if found == "=" and text[loc:loc + 2] != "==":
        return "syntax error: '=' is not an operator here (compare with ==)"
    if not str(exc.msg).startswith("Expected "):
        return f"syntax error: {exc.msg}"
    expected = str(exc.msg).removeprefix("Expected ")
    if len(expected) > 40:
        expected = "an operand"
    return f"syntax error: expected {expected}, found {found!r}"
