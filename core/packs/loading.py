"""Rule packs in a run: found, read once, and turned into ordinary ``Rule`` objects.

Packs come from four places, in this order of precedence: ``--pack PATH``
(repeatable), ``packs = [...]`` in the configuration, plugins
(``crossfoot_packs``), and the packs built into crossfoot (``crossfoot.rules``
package data). A pack id loaded twice with the same content counts once;
a user's copy of a built-in or plugin pack replaces it. Each pack is parsed
once per content (cached by digest), so a batch or a test suite pays once.

A pack rule behaves like any other rule: ``crossfoot rules`` lists it,
select / ignore / severity overrides apply, its origin is "pack-id version".
"""

from __future__ import annotations

import decimal
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, ClassVar

from crossfoot.analysis.views import View
from crossfoot.checking.context import Context
from crossfoot.checking.findings import Evidence, Finding, Location
from crossfoot.checking.rule import Applicability, Rule, Setting
from crossfoot.errors import ConfigError
from crossfoot.model.quantity import format_value
from crossfoot.model.records import Record
from crossfoot.model.report import Row, Table
from crossfoot.model.units import unit_for
from crossfoot.packaged import package_files
from crossfoot.packs import ast, stored
from crossfoot.packs.budgets import (
    EVAL_CONTEXT,
    STEPS_PER_REPORT,
    STEPS_PER_RULE,
    BudgetExceeded,
    StepBudget,
)
from crossfoot.packs.columns import Batch, column_of
from crossfoot.packs.env import CLAIM_FIELDS, ROW_FIELDS, Env, Item, Resolved
from crossfoot.packs.errors import PackError, Problem
from crossfoot.packs.evaluator import (
    Evaluator,
    PositionedError,
    function_table,
    truth_of,
)
from crossfoot.packs.functions import BUILTINS, NARRATIVE_FUNCTIONS, FunctionSpec
from crossfoot.packs.packfile import Expression, Pack, PackRuleSpec, read_pack
from crossfoot.packs.scopes import items, shared_items
from crossfoot.packs.values import ListV, Null, Num, Text, Truth, Value, Witness, placed

BUILTIN_PACKAGE = "crossfoot.rules"
_CACHE: dict[tuple[bytes, str, tuple[str, ...]], Pack] = {}


class LoadedPack(Record):
    pack: Pack
    path: str
    source: str  # "--pack", "config", "plugin NAME" or "built-in"


class PackRuleError(Exception):
    """A pack rule that could not be evaluated on a report: file:line:col and why."""


# ---------------------------------------------------------------------------
# finding and reading packs


def builtin_pack_paths() -> list[Path]:
    """The packs shipped with crossfoot (``rules/*.toml``)."""
    folder = package_files(BUILTIN_PACKAGE)
    return sorted(Path(str(entry)) for entry in folder.iterdir()
                  if entry.name.endswith(".toml") and entry.is_file())


def read_pack_file(path: Path, functions: Mapping[str, FunctionSpec]) -> Pack:
    """The pack at ``path``, built once per content and function set (in this process,
    and across processes by ``crossfoot.packs.stored``)."""
    name = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise PackError([Problem(name, 1, 1, "no such pack file")]) from None
    except IsADirectoryError:
        raise PackError([Problem(name, 1, 1, "is a folder, not a pack file")]) from None
    except OSError as exc:
        raise PackError([Problem(name, 1, 1, f"cannot read: {exc.strerror or exc}")]) from None
    key = (data, name, tuple(sorted(functions)))
    pack = _CACHE.get(key)
    if pack is None:
        pack = stored.load(data, name, functions)
    if pack is None:
        pack = read_pack(data, name, functions)
        stored.save(data, name, functions, pack)
    _CACHE[key] = pack
    return pack


def plugin_functions(provided: Iterable[tuple[str, Mapping[str, Any]]]
                     ) -> tuple[dict[str, Callable[..., Any]], list[str]]:
    """Functions plugins add through ``crossfoot_functions``; clashes are warnings.

    ``provided`` is each plugin's answer to the hook, by plugin name.
    """
    found: dict[str, Callable[..., Any]] = {}
    warnings: list[str] = []
    builtin = function_table()
    for plugin, functions in provided:
        for name, function in sorted((functions or {}).items()):
            if name in builtin or name in found or not callable(function) \
                    or name.startswith("_"):
                warnings.append(f"warning: plugin {plugin!r}: pack function "
                                f"{name!r} ignored (a built-in, a duplicate or not callable)")
                continue
            found[name] = function
    return found, warnings


def load_packs(sources: Iterable[tuple[Path, str]], functions: Mapping[str, FunctionSpec],
               warnings: list[str] | None = None) -> list[LoadedPack]:
    """Every pack of ``sources`` (highest precedence first), each pack id once.

    A broken pack given by the user is an error; one shipped by a plugin costs a
    warning (with every problem line) and the run goes on without it, as a plugin
    that fails to import does.
    """
    loaded: dict[str, LoadedPack] = {}
    for path, source in sources:
        try:
            pack = read_pack_file(path, functions)
        except PackError as exc:
            if warnings is None or not source.startswith("plugin "):
                raise
            warnings.append(f"warning: {source}: rule pack skipped:")
            warnings.extend(f"  {line}" for line in exc.lines())
            continue
        earlier = loaded.get(pack.id)
        if earlier is None:
            loaded[pack.id] = LoadedPack(pack, str(path), source)
            continue
        if earlier.pack.digest == pack.digest or source == "built-in" \
                or source.startswith("plugin "):
            continue  # the same pack again, or a user's copy that replaces it
        raise ConfigError(f"pack {pack.id!r} is loaded twice with different content: from "
                          f"{earlier.path} ({earlier.source}) and {path} ({source})")
    return list(loaded.values())


class PackSet:
    """The packs of a session, their rules and the function table they were checked with.

    ``PackSet`` and ``_ReportState`` are plain classes: a dataclass costs every start
    its definition (see ``crossfoot.model.records``), and nothing compares them.
    """

    __slots__ = ("functions", "packs", "rules", "warnings")

    def __init__(self, packs: list[LoadedPack], rules: list[Rule],
                 functions: dict[str, FunctionSpec], warnings: list[str]) -> None:
        self.packs = packs
        self.rules = rules
        self.functions = functions
        self.warnings = warnings


def session_packs(functions_given: Iterable[tuple[str, Mapping[str, Any]]],
                  packs_given: Iterable[tuple[str, Iterable[Any]]],
                  explicit: Sequence[str] = (), configured: Sequence[str] = ()) -> PackSet:
    """All packs of a run: ``--pack`` paths, configured, plugins' and built-in ones.

    ``functions_given`` and ``packs_given`` are the plugins' answers to
    ``crossfoot_functions`` and ``crossfoot_packs``, by plugin name.
    """
    extra, warnings = plugin_functions(functions_given)
    functions = function_table(extra)
    shipped = [(Path(p), f"plugin {plugin}") for plugin, paths in packs_given
               for p in paths or ()]
    sources = [*((Path(p), "--pack") for p in explicit),
               *((Path(p), "config") for p in configured),
               *shipped,
               *((p, "built-in") for p in builtin_pack_paths())]
    packs = load_packs(sources, functions, warnings)
    rules = [rule for loaded in packs for rule in pack_rules(loaded.pack, functions)]
    return PackSet(packs, rules, functions, warnings)


def describe_packs(pack_set: PackSet) -> list[str]:
    """One line per pack: id, version, rule count, where it was loaded from."""
    rows = [(lp.pack.id, lp.pack.version, _count(len(lp.pack.rules), "rule"), lp.source,
             lp.path) for lp in pack_set.packs]
    if not rows:
        return ["no rule packs loaded"]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    return ["  ".join([*(row[i].ljust(widths[i]) for i in range(4)), row[4]]) for row in rows]


def check_pack_files(paths: Sequence[Path],
                     functions_given: Iterable[tuple[str, Mapping[str, Any]]],
                     warnings_so_far: Sequence[str] = ()) -> tuple[int, list[str], list[str]]:
    """``crossfoot pack check``: (exit code, lines for stdout, lines for stderr)."""
    extra, warnings = plugin_functions(functions_given)
    functions = function_table(extra)
    out: list[str] = []
    err: list[str] = [*warnings_so_far, *warnings]
    code = 0
    for path in paths:
        try:
            pack = read_pack_file(path, functions)
        except PackError as exc:
            err.extend(exc.lines())
            code = 2
            continue
        out.append(f"{path}: ok: pack {pack.id} {pack.version}, "
                   f"{_count(len(pack.rules), 'rule')}")
    return code, out, err


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def check_unique(rules: Iterable[Rule]) -> None:
    """Rule ids must be unique across plugins and packs."""
    seen: dict[str, str] = {}
    for rule in rules:
        if rule.id in seen:
            raise ConfigError(f"rule id {rule.id} is provided twice: by {seen[rule.id]} and by "
                              f"{rule.origin}")
        seen[rule.id] = rule.origin


# ---------------------------------------------------------------------------
# pack rules as Rules


def pack_rules(pack: Pack, functions: Mapping[str, FunctionSpec]) -> list[Rule]:
    """The pack's rules. Their expressions are compiled (row by row and by columns) when
    first evaluated and kept by node (``evaluator.compiled``, ``columns.column_of``): a
    start compiled every expression of the built-in pack here (2 ms of a one-file check)
    while a small report evaluates a few."""
    rules: list[Rule] = []
    for spec in pack.rules:
        attrs = {
            "id": spec.id, "name": spec.name, "family": pack.id, "severity": spec.severity,
            "summary": spec.title, "explanation": _explanation(spec),
            "example": spec.example, "messages": dict(spec.messages),
            "applies_to": Applicability(kinds=spec.kinds if spec.kinds is not None
                                        else pack.applies_to),
            "spec": spec, "pack": pack, "functions": functions,
            "lets": {e.key.removeprefix("let."): e.node for e in spec.lets},
            "settings": (*PackRule.settings, *_settings_read(spec)),
            "reads_analysis": _reads_analysis(spec, functions),
        }
        cls = type(f"PackRule_{spec.id}", (PackRule,), attrs)
        rule = cls()
        rule.origin = pack.origin
        rules.append(rule)
    return rules


def _reads_analysis(spec: PackRuleSpec, functions: Mapping[str, FunctionSpec]) -> bool:
    """May the rule ask for the narrative's analysis? A rule over its claims, one that calls
    ``narrative()``, and one that calls a plugin's function (which may) can; no other
    built-in function or scope reads it."""
    if spec.scope.each == "claim":
        return True
    stack = [e.node for e in (*spec.lets, *((spec.when,) if spec.when else ()), spec.check)]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Call) and (node.name in NARRATIVE_FUNCTIONS or functions.get(
                node.name) is not BUILTINS.get(node.name)):
            return True
        stack.extend(ast.children(node))
    return False


def _settings_read(spec: PackRuleSpec) -> list[Setting]:
    """The options a pack rule reads: each ``setting('key', default)`` with a literal key.

    The default's type is the type the option takes (a string default, a string).
    """
    kinds: dict[type, str] = {ast.String: "text", ast.Number: "number"}
    found: dict[str, Setting] = {}
    stack = [e.node for e in (*spec.lets, *((spec.when,) if spec.when else ()), spec.check)]
    while stack:
        node = stack.pop()
        stack.extend(ast.children(node))
        if isinstance(node, ast.Call) and node.name == "setting" and node.args \
                and isinstance(node.args[0], ast.String):
            default = node.args[1] if len(node.args) > 1 else None
            kind = kinds.get(type(default), "any")
            if isinstance(default, ast.Constant) and isinstance(default.value, bool):
                kind = "flag"
            found[node.args[0].value] = Setting(node.args[0].value, kind,
                                                f"read by pack rule {spec.id}")
    return [found[key] for key in sorted(found)]


def _explanation(spec: PackRuleSpec) -> str:
    lines = [spec.explanation.strip(), "", f"Condition ({spec.scope.describe()}):"]
    for expression in (*spec.lets, *((spec.when,) if spec.when else ()), spec.check):
        lines.append(f"  {expression.key} = {' '.join(expression.text.split())}")
    return "\n".join(lines).strip()


class _ReportState(View):
    """What the rules of all packs share on one report: the step budget, resolved names."""

    def __init__(self, budget: StepBudget, resolved: dict[str, Resolved]) -> None:
        self.budget = budget
        self.resolved = resolved  # by pack digest

    @classmethod
    def build(cls, ctx: Context) -> _ReportState:
        return cls(StepBudget(_limit(ctx, "pack.steps-per-rule", STEPS_PER_RULE),
                              _limit(ctx, "pack.steps-per-report", STEPS_PER_REPORT)), {})


class _Saved:
    """What a rule's evaluation may change of the report's shared state, to undo it.

    The shared answers only grow (each key is set once, when first asked), so the
    keys added since are the last ones of each table; the first asker of an
    answer pays its steps, and a rule run again after an undo pays them again.
    """

    def __init__(self, env: Env) -> None:
        self.env = env
        resolved, budget = env.resolved, env.budget
        self.tables = [(table, len(table)) for table in _answers(resolved)]
        self.fact_index = resolved.fact_index
        self.narrative = len(env._narrative)
        self.budget = (budget.rule_left, budget.report_left)

    def restore(self) -> None:
        for table, size in self.tables:
            for key in list(table)[size:]:
                del table[key]
        self.env.resolved.fact_index = self.fact_index
        del self.env._narrative[self.narrative:]
        self.env.budget.rule_left, self.env.budget.report_left = self.budget


def _answers(resolved: Resolved) -> list[dict[Any, Any]]:
    return [resolved.columns, resolved.cells, resolved.row_fields, resolved.lookups,
            resolved.scopes]


class PackRule(Rule):
    """A rule of a pack: evaluates its expressions on each item of its scope."""

    settings = (Setting("pack.steps-per-rule", "count", "evaluation steps a pack rule may take"),
                Setting("pack.steps-per-report", "count",
                        "evaluation steps all pack rules may take on one report"))

    spec: ClassVar[PackRuleSpec]
    pack: ClassVar[Pack]
    functions: ClassVar[Mapping[str, FunctionSpec]]
    #: the spec's lets by name (read only: every evaluation of the rule shares them)
    lets: ClassVar[dict[str, ast.Node]]

    def check(self, ctx: Context) -> Iterator[Finding]:
        with decimal.localcontext(EVAL_CONTEXT):
            return iter(list(self._check(ctx)))

    def _check(self, ctx: Context) -> Iterator[Finding]:
        spec, pack = self.spec, self.pack
        state = ctx.view(_ReportState)
        budget = state.budget
        budget.next_rule()
        resolved = state.resolved.get(pack.digest)
        if resolved is None:  # the pack's first rule on this report
            resolved = state.resolved[pack.digest] = Resolved()
        env = Env(ctx.report, pack.synonyms, pack.grade_scale or ctx.options.grade_scale,
                  ctx.options.settings, budget, resolved=resolved,
                  analysis=lambda: ctx.analysis)
        lets = self.lets
        # one evaluator moves from item to item (its environment is not the one the scope
        # walks, so moving cannot change what the scope yields)
        if spec.scope.each == "report":  # one item: nothing to share between items
            return self._by_rows(ctx, env, Evaluator(env.at(env.item), self.functions, lets))
        saved = _Saved(env)
        try:
            findings = self._by_columns(ctx, env, Evaluator(env.at(env.item), self.functions,
                                                            lets))
            if budget.rule_left >= 0 and budget.report_left >= 0:
                return iter(findings)
        except Exception:  # the row evaluator below raises it again, with its place
            pass
        saved.restore()
        return self._by_rows(ctx, env, Evaluator(env.at(env.item), self.functions, lets))

    def _by_columns(self, ctx: Context, env: Env, evaluator: Evaluator) -> list[Finding]:
        """All items at once, each expression one pass over the items it applies to
        (``crossfoot.packs.columns``); any error is left for ``_by_rows`` to place."""
        spec = self.spec
        scoped = shared_items(spec.scope, env)
        batch = Batch(evaluator, scoped, evaluator.let_nodes)
        rows = list(range(len(scoped)))
        if spec.when is not None and rows:
            node = spec.when.node
            values = column_of(node)(batch, rows)
            env.budget.spend(evaluator.steps)
            evaluator.steps = 0
            rows = [r for r, value in zip(rows, values, strict=True)
                    if truth_of(value, node).value is True]
        if not rows:
            return []
        node = spec.check.node
        results = [truth_of(value, node) for value in column_of(node)(batch, rows)]
        env.budget.spend(evaluator.steps)
        evaluator.steps = 0
        findings = []
        for r, result in zip(rows, results, strict=True):
            if result.value is False:
                evaluator.move_to(scoped[r])
                evaluator.let_values.update(batch.lets_at(r))
                findings.append(self._finding(ctx, scoped[r], evaluator, result))
        return findings

    def _by_rows(self, ctx: Context, env: Env, evaluator: Evaluator) -> Iterator[Finding]:
        """Item by item, as the row evaluator runs: errors say where they arose."""
        spec, pack = self.spec, self.pack
        current = spec.check
        try:
            for item in items(spec.scope, env):
                evaluator.move_to(item)
                if spec.when is not None:
                    current = spec.when
                    if evaluator.condition(spec.when.node).value is not True:
                        continue
                current = spec.check
                result = evaluator.condition(spec.check.node)
                if result.value is False:
                    yield self._finding(ctx, item, evaluator, result)
        except PositionedError as exc:
            expression = _expression(spec, exc.key) or current
            place = expression.place(exc.pos)
            raise PackRuleError(f"{pack.path}:{place.line}:{place.column}: {expression.key}: "
                                f"{exc.message}") from None
        except BudgetExceeded as exc:
            raise PackRuleError(f"{pack.path}:{spec.place.line}:{spec.place.column}: "
                                f"{spec.id}: {exc}") from None

    def _finding(self, ctx: Context, item: Item, evaluator: Evaluator, result: Truth
                 ) -> Finding:
        witness = result.witness
        location = placed(witness.loc) if witness is not None and witness.loc else item.location
        evidence, values = _evidence(witness)
        values.update(_item_values(evaluator, item))
        values["meta"] = {k: v for k, v in _meta(ctx).items() if v is not None}
        values["pack"] = {"id": self.pack.id, "version": self.pack.version}
        for expression in self.spec.lets:
            name = expression.key.removeprefix("let.")
            try:
                values[name] = show(evaluator.let_value(name))
            except (PositionedError, BudgetExceeded):
                values[name] = "?"
        related = [loc for loc in _refs(witness) if loc != location]
        return self.finding(ctx, location, evidence, related, **values)


def _limit(ctx: Context, key: str, default: int) -> int:
    """A step budget from the options (``[tool.crossfoot.options]``), within sane bounds."""
    value = ctx.options.setting(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"option {key} must be a positive whole number, not {value!r}")
    return value


def _expression(spec: PackRuleSpec, key: str | None) -> Expression | None:
    if key is None:
        return None
    return next((e for e in spec.lets if e.key == key), None)


def _meta(ctx: Context) -> dict[str, Any]:
    meta = ctx.report.meta
    return {"title": meta.title, "organization": meta.organization, "kind": meta.kind,
            "fiscal_year": meta.fiscal_year, "report_date": meta.report_date,
            "unit": meta.unit, "region": meta.region}


def _item_values(evaluator: Evaluator, item: Item) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if item.table is not None:
        values["table"] = {"id": item.table.id, "title": item.table.title}
    if item.table is not None and item.row is not None:
        values["row"] = RowValues(evaluator.env, item.table, item.row)
    if item.fact is not None:
        fact = item.fact
        values["fact"] = {"id": fact.id, "label": fact.name, "concept": fact.concept or "",
                          "value": show(evaluator.env.fact_value(fact)),
                          "unit": fact.unit or "", "period": fact.period or ""}
    if item.paragraph is not None:
        values["paragraph"] = {"id": item.paragraph.id, "section": item.paragraph.section_id}
    if item.claim is not None:
        narrative = evaluator.env.narrative()
        values["claim"] = {name: show(narrative.claim_field(item.claim, name))
                           for name in CLAIM_FIELDS}
    return values


class RowValues(Mapping[str, str]):
    """``{row.<name>}`` in a message: a column found like ``row.<name>`` in an expression."""

    def __init__(self, env: Env, table: Table, row: Row) -> None:
        self.env, self.table, self.row = env, table, row

    def __getitem__(self, name: str) -> str:
        if name not in ROW_FIELDS and self.env.column(self.table, name) is None:
            raise KeyError(name)
        return show(self.env.row_field(self.table, self.row, name))

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and (name in ROW_FIELDS
                                          or self.env.column(self.table, name) is not None)

    def __iter__(self) -> Iterator[str]:
        return iter([*ROW_FIELDS, *(c.id for c in self.table.columns)])

    def __len__(self) -> int:
        return len(ROW_FIELDS) + len(self.table.columns)


SHOWN_ITEMS = 50  # the most values a message lists, however lists nest


def show(value: Value, budget: list[int] | None = None) -> str:
    """A value as a message shows it (long or nested lists cut at ``SHOWN_ITEMS``)."""
    left = budget if budget is not None else [SHOWN_ITEMS]
    left[0] -= 1
    if isinstance(value, Num):
        return value.shown_with_unit()
    if isinstance(value, Text):
        return value.value[:1000]
    if isinstance(value, Truth):
        return {True: "true", False: "false", None: "unknown"}[value.value]
    if isinstance(value, ListV):
        shown = []
        for item in value.items:
            if left[0] <= 0:
                shown.append("…")
                break
            shown.append(show(item, left))
        return "[" + ", ".join(shown) + "]" if budget is not None else ", ".join(shown)
    return "—"


def _evidence(witness: Witness | None) -> tuple[Evidence, dict[str, Any]]:
    if witness is None:
        return Evidence(), {}
    left, right = witness.left, witness.right
    if isinstance(left, Num) and isinstance(right, Num):
        unit = left.unit or right.unit
        scale = unit_for(unit).scale
        places = max(left.places, right.places)
        difference = (left.value - right.value) / scale
        lw, rw = left.iv.width, right.iv.width
        tolerance = None if lw is None or rw is None else \
            ((lw + rw) / 2 / scale).quantize(Decimal(1).scaleb(-places - 2)).normalize()
        actual = (left.value / scale).quantize(Decimal(1).scaleb(-left.places))
        expected = (right.value / scale).quantize(Decimal(1).scaleb(-right.places))
        difference = difference.quantize(Decimal(1).scaleb(-places))
        evidence = Evidence(expected=expected, actual=actual, difference=difference,
                            tolerance=tolerance, unit=unit or None)
        return evidence, {"expected": format_value(expected) + unit,
                          "actual": format_value(actual) + unit,
                          "difference": format_value(abs(difference)) + unit,
                          "tolerance": format_value(tolerance) + unit if tolerance is not None
                          else unit, "unit": unit}
    values: dict[str, Any] = {}
    stated = show(left) if left is not None and not isinstance(left, Null) else None
    wanted = show(right) if right is not None and not isinstance(right, Null) else None
    if stated is not None:
        values["actual"] = stated
    if wanted is not None:
        values["expected"] = wanted
    return Evidence(expected=wanted, actual=stated), values


def _refs(witness: Witness | None) -> list[Location]:
    if witness is None:
        return []
    out: list[Location] = []
    for side in (witness.left, witness.right):
        if isinstance(side, Num):
            out.extend(loc for loc in map(placed, side.refs) if loc not in out)
        elif isinstance(side, Text | Null) and side.loc is not None \
                and (loc := placed(side.loc)) not in out:
            out.append(loc)
    return out
