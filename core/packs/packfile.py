"""Reading a rule pack: TOML to a checked ``Pack``, or every problem with its place.

The format (docs/packs.md has the author's guide)::

    [pack]
    id = "cn-budget-performance"      # kebab-case
    version = "1.0.0"
    title = "..."
    applies_to = ["project", "department"]
    grade_scale = [["优", 90], ["良", 80], ["中", 60], ["差", 0]]
    synonyms = [["全年预算数", "调整后预算数", "budget"]]

    [[rule]]
    id = "CNP005"; name = "score-within-weight"; severity = "error"
    title = "..."; explanation = "..."
    scope = { each = "row", columns = ["分值", "得分"] }
    when = "exists(row.得分)"
    assert = "0 <= row.得分 <= row.分值"
    message.zh = "..."; message.en = "..."

Unknown keys, wrong types, duplicate ids, bad expressions: each is a
problem at file:line:column with the line and a caret; all are collected
so an author sees every mistake at once.
"""

from __future__ import annotations

import bisect
import re
import string
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar

from crossfoot.checking.findings import Severity
from crossfoot.checking.rule import RULE_ID, RULE_NAME
from crossfoot.model.records import Record
from crossfoot.packs import ast, cache
from crossfoot.packs.budgets import MAX_PACK_BYTES, MAX_RULES
from crossfoot.packs.check import check
from crossfoot.packs.env import FIELDS
from crossfoot.packs.errors import LangError, PackError, Problem
from crossfoot.packs.functions import FunctionSpec
from crossfoot.packs.grammar import KEYWORDS, parse
from crossfoot.packs.names import Synonyms
from crossfoot.packs.scopes import EACH, Scope
from crossfoot.packs.source import Place, RuleValueOffsets, SourceMap, source_map
from crossfoot.patterns import LazyPattern

if TYPE_CHECKING:
    import tomllib

PACK_ID = LazyPattern(r"^[a-z0-9]+(-[a-z0-9]+)*$")
LET_NAME = LazyPattern(r"^[^\W\d]\w*$")
KINDS = ("department", "project", "department+project", "final-accounts", "other")
ROW_ROLES = ("item", "subtotal", "total", "average", "note")
SEVERITY_ALIASES = {"强制性": "error", "逻辑性": "error", "提示性": "warning", "核实性": "warning",
                    "模板": "info", "合理性": "info"}
PACK_KEYS = ("id", "version", "title", "description", "language", "applies_to", "grade_scale",
             "synonyms")
RULE_KEYS = ("id", "name", "severity", "title", "explanation", "example", "scope", "when",
             "let", "assert", "message", "messages", "applies_to")
#: keyword arguments of Rule.finding: a let of these names could not reach a message
RESERVED = ("ctx", "location", "evidence", "related", "message", "messages", "self")
SCOPE_KEYS = ("each", "table", "columns", "roles", "levels", "concept", "measure", "kind")
MESSAGE_NAMES = ("expected", "actual", "difference", "tolerance", "unit", "value", "row",
                 "table", "fact", "paragraph", "claim", "meta", "pack")


class Expression(Record):
    """An expression of a rule: its text, its checked tree, and where each character is.

    Where each character is gets worked out when an error first asks (``locate``):
    finding a key in the file costs a regular expression per key, which every start
    paid for every expression of the built-in pack while only errors need it.
    """

    _hidden: ClassVar[tuple[str, ...]] = ("locate", "line_starts", "_offsets")

    key: str
    text: str
    node: ast.Node
    locate: Callable[[], tuple[int, ...]]
    line_starts: tuple[int, ...] = (0,)
    _offsets: tuple[int, ...] | None = None

    @property
    def offsets(self) -> tuple[int, ...]:
        """The file offset of each character (and one past the end), worked out once."""
        known = self._offsets
        if known is None:
            known = self.locate()
            object.__setattr__(self, "_offsets", known)
        return known

    def place(self, pos: int) -> Place:
        offset = self.offsets[min(max(pos, 0), len(self.offsets) - 1)]
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return Place(line + 1, offset - self.line_starts[line] + 1)


class PackRuleSpec(Record):
    id: str
    name: str
    severity: Severity
    title: str
    explanation: str
    example: str
    scope: Scope
    when: Expression | None
    lets: tuple[Expression, ...]
    check: Expression
    messages: Mapping[str, str]
    kinds: tuple[str, ...] | None
    place: Place


class Pack(Record):
    id: str
    version: str
    title: str
    description: str
    language: str | None
    applies_to: tuple[str, ...]
    grade_scale: tuple[tuple[str, Decimal], ...]
    synonym_groups: tuple[tuple[str, ...], ...]
    rules: tuple[PackRuleSpec, ...]
    path: str
    digest: str
    synonyms: Synonyms = Synonyms()  # no groups: nothing in it changes after it is made

    @property
    def origin(self) -> str:
        return f"{self.id} {self.version}"


def read_pack(data: bytes, path: str, functions: Mapping[str, FunctionSpec]) -> Pack:
    """The pack in ``data`` (the bytes of ``path``), or a ``PackError`` listing every problem."""
    if len(data) > MAX_PACK_BYTES:
        raise PackError([Problem(path, 1, 1, f"pack file is {len(data)} bytes, over the limit "
                                              f"of {MAX_PACK_BYTES}")])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PackError([Problem(path, 1, 1, f"not UTF-8 text: invalid byte at offset "
                                              f"{exc.start}")]) from None
    source = source_map(text)
    import tomllib  # only a pack that is not stored whole is read (``packs.stored``)

    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PackError([_toml_problem(path, source, exc)]) from None
    except RecursionError:
        raise PackError([Problem(path, 1, 1, "invalid TOML: nested too deeply")]) from None
    import hashlib  # OpenSSL's start-up, paid only when a pack is built (``packs.stored``)

    digest = hashlib.sha256(data).hexdigest()
    key = cache.cache_key(digest, functions)
    reader = _Reader(path, source, functions, cache.load(key))
    pack = reader.pack(document, digest)
    if reader.problems:
        raise PackError(reader.problems)
    assert pack is not None
    if reader.parsed:
        cache.save(key, reader.trees)
    return pack


def _toml_problem(path: str, source: SourceMap, exc: tomllib.TOMLDecodeError) -> Problem:
    message = str(exc)
    match = re.search(r"\(at line (\d+), column (\d+)\)", message)
    line, column = (int(match.group(1)), int(match.group(2))) if match else (1, 1)
    message = re.sub(r"\s*\(at line \d+, column \d+\)", "", message) or "invalid TOML"
    text = source.lines[line - 1] if 0 < line <= len(source.lines) else ""
    return Problem(path, line, column, f"invalid TOML: {message}", text)


class _Reader:
    def __init__(self, path: str, source: SourceMap, functions: Mapping[str, FunctionSpec],
                 stored: Mapping[str, Any] | None = None) -> None:
        self.path = path
        self.source = source
        self.functions = functions
        self.problems: list[Problem] = []
        self.stored = stored or {}
        self.trees: dict[str, Any] = {}  # checked trees of this pack, for the cache
        self.parsed = 0  # how many expressions were not in the cache

    # -- reporting ---------------------------------------------------------------

    def problem(self, block: str, index: int, key: tuple[str, ...], message: str) -> None:
        found = self.source.key(self.source.block(block, index), key) if key else None
        if found is None:
            block_start = self.source.block(block, index)
            line = block_start.start if block_start else 0
            place = Place(line + 1, 1)
        else:
            place = self.source.place(found[1])
        self.problems.append(Problem(self.path, place.line, place.column, message,
                                     self.source.line_text(place)))

    def expression_problem(self, expression: Expression, exc: LangError) -> None:
        place = expression.place(exc.pos)
        self.problems.append(Problem(self.path, place.line, place.column,
                                     f"{expression.key}: {exc.message}",
                                     self.source.line_text(place)))

    # -- the pack table ------------------------------------------------------------

    def pack(self, document: Mapping[str, Any], digest: str) -> Pack | None:
        for key in document:
            if key not in ("pack", "rule"):
                self.problem("", 0, (key,), f"unknown key '{key}' (a pack has [pack] and "
                                            "[[rule]] tables)")
        head = document.get("pack")
        if not isinstance(head, dict):
            self.problem("", 0, (), "missing [pack] table (id, version, title)")
            return None
        self.unknown_keys(head, PACK_KEYS, "pack", 0, (), "[pack]")
        pack_id = self.string(head, "id", "pack", 0, required=True)
        if pack_id and not PACK_ID.match(pack_id):
            self.problem("pack", 0, ("id",), f"pack id {pack_id!r} must be kebab-case "
                                             "(cn-budget-performance)")
        version = self.string(head, "version", "pack", 0, required=True)
        title = self.string(head, "title", "pack", 0, required=True)
        description = self.string(head, "description", "pack", 0) or ""
        language = self.string(head, "language", "pack", 0)
        if language not in (None, "zh", "en"):
            self.problem("pack", 0, ("language",), "language must be zh or en")
        kinds = self.kinds(head, "pack", 0) or ()
        grades = self.grade_scale(head.get("grade_scale"))
        groups = self.synonym_groups(head.get("synonyms"))
        synonyms = Synonyms(groups)
        rules = document.get("rule", [])
        if not isinstance(rules, list):
            self.problem("", 0, ("rule",), "rules are [[rule]] tables")
            rules = []
        if len(rules) > MAX_RULES:
            self.problem("rule", MAX_RULES, (), f"more than {MAX_RULES} rules in one pack")
            rules = rules[:MAX_RULES]
        specs: list[PackRuleSpec] = []
        seen: dict[tuple[str, Any], int] = {}
        for index, data in enumerate(rules):
            duplicate = False
            for key in ("id", "name"):
                value = data.get(key) if isinstance(data, dict) else None
                if isinstance(value, str) and (key, value) in seen:
                    first = seen[key, value]
                    self.problem("rule", index, (key,), f"duplicate rule {key} {value} (first "
                                                        f"at line {self.rule_line(first)})")
                    duplicate = True
                elif isinstance(value, str):
                    seen[key, value] = index
            spec = self.rule(data, index)
            if spec is not None and not duplicate:
                specs.append(spec)
        self.problems.sort(key=lambda p: (p.line, p.column))
        return Pack(pack_id or "", version or "", title or "", description, language, kinds,
                    grades, groups, tuple(specs), self.path, digest, synonyms)

    def rule_line(self, index: int) -> int:
        block = self.source.block("rule", index)
        return block.start + 1 if block else 1

    def unknown_keys(self, table: Mapping[str, Any], known: Sequence[str], block: str,
                     index: int, prefix: tuple[str, ...], where: str) -> None:
        for key in table:
            if key not in known:
                self.problem(block, index, (*prefix, key),
                             f"unknown key '{key}' in {where} (known: {', '.join(known)})")

    def string(self, table: Mapping[str, Any], key: str, block: str, index: int,
               required: bool = False, prefix: tuple[str, ...] = ()) -> str | None:
        value = table.get(key)
        if value is None:
            if required:
                self.problem(block, index, prefix, f"missing {'.'.join((*prefix, key))}")
            return None
        if not isinstance(value, str):
            self.problem(block, index, (*prefix, key), f"{key} must be a string")
            return None
        return value

    def strings(self, value: Any, block: str, index: int, key: tuple[str, ...]
                ) -> tuple[str, ...] | None:
        if isinstance(value, str):
            return (value,)
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return tuple(value)
        self.problem(block, index, key, f"{'.'.join(key)} must be a string or a list of "
                                        "strings")
        return None

    def kinds(self, table: Mapping[str, Any], block: str, index: int
              ) -> tuple[str, ...] | None:
        if "applies_to" not in table:
            return None
        kinds = self.strings(table["applies_to"], block, index, ("applies_to",))
        for kind in kinds or ():
            if kind not in KINDS:
                self.problem(block, index, ("applies_to",), f"unknown report kind {kind!r} "
                                                            f"(known: {', '.join(KINDS)})")
        return kinds

    def grade_scale(self, value: Any) -> tuple[tuple[str, Decimal], ...]:
        if value is None:
            return ()
        pairs: list[tuple[Any, Any]] = []
        if isinstance(value, dict):
            pairs = list(value.items())
        elif isinstance(value, list) and all(isinstance(p, list) and len(p) == 2 for p in value):
            pairs = [(p[0], p[1]) for p in value]
        else:
            self.problem("pack", 0, ("grade_scale",),
                         'grade_scale must be [["优", 90], ["良", 80], ...] or {优 = 90, ...}')
            return ()
        scale: list[tuple[str, Decimal]] = []
        for name, floor in pairs:
            if not isinstance(name, str) or isinstance(floor, bool) \
                    or not isinstance(floor, int | float | str):
                self.problem("pack", 0, ("grade_scale",), "each grade is a name and a minimum")
                return ()
            try:
                scale.append((name, Decimal(str(floor))))
            except ArithmeticError:
                self.problem("pack", 0, ("grade_scale",), f"minimum {floor!r} is not a number")
                return ()
        return tuple(sorted(scale, key=lambda g: g[1], reverse=True))

    def synonym_groups(self, value: Any) -> tuple[tuple[str, ...], ...]:
        if value is None:
            return ()
        if not isinstance(value, list) or not all(
                isinstance(g, list) and all(isinstance(s, str) for s in g) for g in value):
            self.problem("pack", 0, ("synonyms",), "synonyms must be a list of lists of "
                                                   'strings: [["全年预算数", "调整后预算数"]]')
            return ()
        return tuple(tuple(g) for g in value)

    # -- one rule ------------------------------------------------------------------

    def rule(self, data: Any, index: int) -> PackRuleSpec | None:
        if not isinstance(data, dict):
            self.problem("rule", index, (), "a rule is a table")
            return None
        before = len(self.problems)
        self.unknown_keys(data, RULE_KEYS, "rule", index, (), "[[rule]]")
        rule_id = self.string(data, "id", "rule", index, required=True) or ""
        if rule_id and not RULE_ID.match(rule_id):
            self.problem("rule", index, ("id",), f"rule id {rule_id!r} must be letters then "
                                                 "digits (CNP001)")
        name = self.string(data, "name", "rule", index, required=True) or ""
        if name and not RULE_NAME.match(name):
            self.problem("rule", index, ("name",), f"rule name {name!r} must be kebab-case")
        severity = self.severity(data, index)
        title = self.string(data, "title", "rule", index, required=True) or ""
        explanation = self.string(data, "explanation", "rule", index) or ""
        example = self.string(data, "example", "rule", index) or ""
        kinds = self.kinds(data, "rule", index)
        scope = self.scope(data.get("scope", "report"), index)
        lets = data.get("let", {})
        if not isinstance(lets, dict):
            self.problem("rule", index, ("let",), "let must be a table of name = expression")
            lets = {}
        let_names: list[str] = []
        let_exprs: list[Expression] = []
        for let_name, text in lets.items():
            if not self.let_name(let_name, index):
                continue
            expr = self.expression(text, index, ("let", let_name), scope.each, let_names)
            let_names.append(let_name)
            if expr is not None:
                let_exprs.append(expr)
        when = None
        if "when" in data:
            when = self.expression(data["when"], index, ("when",), scope.each, let_names)
        check_expr = None
        if "assert" in data:
            check_expr = self.expression(data["assert"], index, ("assert",), scope.each,
                                         let_names)
        else:
            self.problem("rule", index, (), "missing assert (the condition that must hold)")
        key = "messages" if "messages" in data and "message" not in data else "message"
        if "messages" in data and "message" in data:
            self.problem("rule", index, ("messages",), "give message or messages, not both")
        messages = self.messages(data.get(key), index, let_names, key)
        if len(self.problems) > before or check_expr is None:
            return None
        block = self.source.block("rule", index)
        place = Place(block.start + 1, 1) if block else Place(1, 1)
        return PackRuleSpec(rule_id, name, severity, title, explanation, example, scope, when,
                            tuple(let_exprs), check_expr, messages, kinds, place)

    def severity(self, data: Mapping[str, Any], index: int) -> Severity:
        text = self.string(data, "severity", "rule", index, required=True) or "warning"
        try:
            return Severity.parse(SEVERITY_ALIASES.get(text.strip(), text))
        except ValueError:
            self.problem("rule", index, ("severity",),
                         f"unknown severity {text!r} (error, warning, info; or 强制性, 提示性, "
                         "模板)")
            return Severity.WARNING

    def let_name(self, name: str, index: int) -> bool:
        problem = None
        if name.startswith("_"):
            problem = f"names beginning with '_' are not allowed: '{name}'"
        elif not LET_NAME.match(name) or name in KEYWORDS:
            problem = f"let name {name!r} must be a plain name, not a keyword"
        elif name in FIELDS or name in self.functions or name in (*MESSAGE_NAMES, *RESERVED):
            problem = f"let name {name!r} is already a reference or function name"
        if problem:
            self.problem("rule", index, ("let", name), problem)
        return problem is None

    def scope(self, value: Any, index: int) -> Scope:
        if isinstance(value, str):
            value = {"each": value}
        if not isinstance(value, dict):
            self.problem("rule", index, ("scope",), 'scope must be "report" or a table '
                                                    '{ each = "row", ... }')
            return Scope()
        self.unknown_keys(value, SCOPE_KEYS, "rule", index, ("scope",), "scope")
        each = value.get("each", "report")
        if each not in EACH:
            self.problem("rule", index, ("scope", "each"), f"scope each must be one of "
                                                           f"{', '.join(EACH)}, not {each!r}")
            return Scope()

        def texts(key: str) -> tuple[str, ...]:
            if key not in value:
                return ()
            return self.strings(value[key], "rule", index, ("scope", key)) or ()

        levels: tuple[int, ...] = ()
        if "levels" in value:
            raw = value["levels"]
            raw = [raw] if isinstance(raw, int) else raw
            if not isinstance(raw, list) or not all(isinstance(x, int) and not isinstance(
                    x, bool) for x in raw):
                self.problem("rule", index, ("scope", "levels"), "levels must be whole numbers")
            else:
                levels = tuple(raw)
        roles = texts("roles")
        for role in roles:
            if role not in ROW_ROLES:
                self.problem("rule", index, ("scope", "roles"), f"unknown row role {role!r} "
                                                                f"(known: {', '.join(ROW_ROLES)})")
        scope = Scope(each, texts("table"), texts("columns"), roles, levels, texts("concept"),
                      texts("measure"), texts("kind"))
        wrong = [k for k, used in (("table", scope.tables), ("columns", scope.columns))
                 if used and each not in ("table", "row")]
        wrong += [k for k, used in (("roles", roles), ("levels", levels)) if used and each != "row"]
        wrong += [k for k, used in (("concept", scope.concepts), ("measure", scope.measures))
                  if used and each != "fact"]
        wrong += ["kind"] if scope.kinds and each != "claim" else []
        for key in wrong:
            self.problem("rule", index, ("scope", key), f"scope {key} does not apply to "
                                                        f"each = {each!r}")
        return scope

    def expression(self, text: Any, index: int, key: tuple[str, ...], scope: str,
                   names: Sequence[str]) -> Expression | None:
        label = ".".join(key)
        if not isinstance(text, str):
            self.problem("rule", index, key, f"{label} must be a string holding an expression")
            return None
        located = Expression(label, text, ast.Constant(0, None),
                             RuleValueOffsets(self.source.text, index, key, len(text)),
                             self.source.line_starts)
        cache_key = cache.expression_key(scope, names, text)
        node = self.cached(cache_key, scope, names)
        if node is None:
            try:
                node = check(parse(text), scope, self.functions, names)
            except LangError as exc:
                self.expression_problem(located, exc)
                return None
            self.parsed += 1
        self.trees[cache_key] = cache.encode(node)
        return Expression(label, text, node, located.locate, located.line_starts)

    def cached(self, key: str, scope: str, names: Sequence[str]) -> ast.Node | None:
        """The checked tree from the cache, checked again; None when absent or unusable."""
        stored = self.stored.get(key)
        if stored is None:
            return None
        try:
            return check(cache.decode(stored), scope, self.functions, names)
        except (ValueError, LangError):
            return None

    def messages(self, value: Any, index: int, names: Sequence[str], key: str
                 ) -> dict[str, str]:
        if not isinstance(value, dict):
            self.problem("rule", index, (key,) if value is not None else (),
                         f"{key} must be a table with zh and/or en templates")
            return {}
        self.unknown_keys(value, ("zh", "en"), "rule", index, (key,), key)
        out: dict[str, str] = {}
        for lang in ("zh", "en"):
            template = value.get(lang)
            if template is None:
                continue
            if not isinstance(template, str):
                self.problem("rule", index, (key, lang), "a message is a string")
                continue
            problem = template_problem(template, names)
            if problem:
                self.problem("rule", index, (key, lang), problem)
            out[lang] = template
        if not value:
            self.problem("rule", index, (key,), f"{key} needs zh or en")
        return out


def template_problem(template: str, names: Sequence[str]) -> str | None:
    """Why a message template cannot be rendered, or None when it can."""
    try:
        fields = list(string.Formatter().parse(template))
    except ValueError as exc:
        return f"message template: {exc}"
    for _literal, name, spec, conversion in fields:
        if name is None:
            continue
        head, _, rest = name.partition(".")
        if spec or conversion:
            return f"message field {{{name}}}: no format spec or conversion allowed"
        if head.startswith("_") or rest[:1] == "_":
            return f"message field {{{name}}}: names beginning with '_' are not allowed"
        if head not in MESSAGE_NAMES and head not in names:
            return (f"unknown message field {{{name}}} (known: "
                    f"{', '.join((*MESSAGE_NAMES, *names))})")
        fields_of = FIELDS.get(head, ())
        if rest and head in FIELDS and fields_of is not None and rest not in (
                *fields_of, "value"):
            return f"unknown message field {{{name}}}"
        if "." in rest or "[" in name:
            return f"message field {{{name}}}: one field after the name at most"
    return None

