"""The built-in functions of the pack language, and plugin functions.

Each function takes evaluated values and returns a value; none can reach
Python objects or do I/O. Aggregates skip missing values (``null``) and
text, so a blank cell never turns into a zero; with nothing left they give
``null`` and the rule stays silent. Work proportional to the data (a column
of 10,000 rows) is charged to the step budget.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from crossfoot.analysis.placeholders import find_placeholder
from crossfoot.model.interval import Interval
from crossfoot.model.quantity import Quantity
from crossfoot.model.records import Record
from crossfoot.model.units import UNITS, unit_for
from crossfoot.packs import values as v
from crossfoot.packs.budgets import MAX_LIST_ITEMS, MAX_TEXT_CHARS
from crossfoot.packs.env import Env
from crossfoot.packs.errors import EvalError
from crossfoot.packs.names import normalise
from crossfoot.packs.values import NULL, ListV, Null, Num, Text, Truth, Value, Witness
from crossfoot.patterns import LazyPattern

Impl = Callable[[Env, list[Value], dict[str, Value]], Value]


class FunctionSpec(Record):
    name: str
    impl: Impl
    min_args: int = 0
    max_args: int | None = None
    keywords: frozenset[str] = frozenset()
    scopes: frozenset[str] | None = None  # where it may be used; None: anywhere
    summary: str = ""


#: what a blank cell may hold; a star is a placeholder (STR507), not a blank
BLANK_CHARS = frozenset(" \t\r\n\u3000_＿-－—–/／")
_UNIT_SYMBOLS = sorted((u for u in UNITS if u), key=len, reverse=True)
NUMBER_TEXT = LazyPattern(r"([-+]?[0-9][0-9,]*(?:\.[0-9]+)?)\s*(" + "|".join(
    re.escape(u) for u in _UNIT_SYMBOLS) + ")?")
COMPARATORS = (
    (">=", ("≥", ">=", "大于等于", "大于或等于", "不低于", "不少于", "不小于", "以上", "至少")),
    ("<=", ("≤", "<=", "小于等于", "小于或等于", "不高于", "不超过", "不大于", "不多于", "以下",
            "以内", "至多")),
    (">", (">", "大于", "高于", "超过", "多于")),
    ("<", ("<", "小于", "低于", "少于")),
    ("=", ("=", "等于")),
)
DATE_TEXT = re.compile(r"^\s*([0-9]{4})(?:\s*[-./年]\s*([0-9]{1,2}))?")


# ---------------------------------------------------------------------------
# argument helpers


def numbers(env: Env, args: Sequence[Value], what: str) -> list[Num]:
    """The numbers among ``args`` (one level of lists flattened); null and text skipped."""
    out: list[Num] = []
    for arg in args:
        items = arg.items if isinstance(arg, ListV) else (arg,)
        env.budget.spend(len(items))
        for item in items:
            if isinstance(item, Num):
                out.append(item)
            elif isinstance(item, Truth | ListV):
                raise EvalError(f"{what}() takes numbers, not {v.type_name(item)}")
    return out


def text_of(value: Value, what: str) -> str | None:
    if isinstance(value, Text):
        return value.value
    if isinstance(value, Null):
        return None
    if isinstance(value, Num):
        return value.shown()
    raise EvalError(f"{what} must be a text, not {v.type_name(value)}")


def patterns_of(value: Value | None, what: str) -> tuple[str, ...] | None:
    if value is None or isinstance(value, Null):
        return None
    if isinstance(value, ListV):
        return tuple(t for item in value.items if (t := text_of(item, what)) is not None)
    text = text_of(value, what)
    return (text,) if text is not None else None


def integer_of(value: Value | None, what: str, low: int, high: int) -> int | None:
    if value is None or isinstance(value, Null):
        return None
    if not isinstance(value, Num) or not value.exact or value.value != value.value.to_integral():
        raise EvalError(f"{what} must be a whole number")
    number = int(value.value)
    if not low <= number <= high:
        raise EvalError(f"{what} must be between {low} and {high}")
    return number


def listv(items: Sequence[Value]) -> ListV:
    if len(items) > MAX_LIST_ITEMS:
        raise EvalError(f"a list of more than {MAX_LIST_ITEMS} items")
    return ListV(tuple(items))


def truth(flag: bool | None, loc: Any = None, op: str = "", left: Value | None = None) -> Truth:
    return Truth(flag, Witness(op, left, None, loc))


# ---------------------------------------------------------------------------
# numbers


def f_sum(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    nums = numbers(env, args, "sum")
    if not nums:
        return NULL
    total = nums[0]
    for num in nums[1:]:
        total = v.add(total, num)
    return total


def f_avg(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    total = f_sum(env, args, kw)
    if not isinstance(total, Num):
        return NULL
    count = len(numbers(env, args, "avg"))
    mean = v.divide(total, v.exact(count))
    return v.Num(mean.value, mean.iv, total.dim, total.unit, total.places, None,
                  total.refs) if isinstance(mean, Num) else NULL


def f_min(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    nums = numbers(env, args, "min")
    return v.extreme(nums, smallest=True) if nums else NULL


def f_max(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    nums = numbers(env, args, "max")
    return v.extreme(nums, smallest=False) if nums else NULL


def f_count(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    (arg,) = args
    if isinstance(arg, ListV):
        env.budget.spend(len(arg.items))
        return v.exact(sum(1 for item in arg.items if not isinstance(item, Null)))
    return v.exact(0 if isinstance(arg, Null) else 1)


def f_exact(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    """A stated figure taken as exact: a weight or a target is set, not rounded."""
    (arg,) = args
    if isinstance(arg, ListV):
        return ListV(tuple(_exact(item) for item in arg.items))
    return _exact(arg)


def _exact(value: Value) -> Value:
    if not isinstance(value, Num):
        return value
    return Num(value.value, Interval.point(value.value), value.dim, value.unit, value.places,
               value.loc, value.refs)


def f_near(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    """``near(a, b, tolerance)``: |a - b| <= tolerance, reported as a against b."""
    a, b, tolerance = args
    if not isinstance(a, Num) or not isinstance(b, Num) or not isinstance(tolerance, Num):
        return Truth(None)
    gap = v.absolute(v.add(a, b, -1))
    flag = v.compare("<=", gap, tolerance, env.synonyms)
    return Truth(flag, Witness("near", *v.align(a, b, "compare"), a.loc))


def f_abs(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    (arg,) = args
    return v.absolute(arg) if isinstance(arg, Num) else NULL


def f_round(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    arg = args[0]
    places = integer_of(args[1] if len(args) > 1 else kw.get("places"), "round() places", 0, 12)
    return v.rounded(arg, places or 0) if isinstance(arg, Num) else NULL


def f_ratio(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    a, b = args
    if not isinstance(a, Num) or not isinstance(b, Num):
        return NULL
    result = v.divide(a, b)
    return v.as_percent(result) if isinstance(result, Num) and result.dim == v.PLAIN else result


def f_percent(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    if len(args) == 2:
        return f_ratio(env, args, kw)
    (a,) = args
    if not isinstance(a, Num):
        return NULL
    if a.dim != v.PLAIN:
        raise EvalError(f"percent() of {a.shown_with_unit()}: give a plain number of percent "
                        "points, or two numbers")
    result = v.divide(a, v.exact(100))
    return v.as_percent(result) if isinstance(result, Num) else NULL


def _date_part(arg: Value, index: int) -> Value:
    if isinstance(arg, Num):
        return arg if index == 1 else NULL
    if not isinstance(arg, Text):
        return NULL
    match = DATE_TEXT.match(unicodedata.normalize("NFKC", arg.value))
    if not match or not match.group(index):
        return NULL
    return v.exact(int(match.group(index)))


def f_year(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    return _date_part(args[0], 1)


def f_month(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    return _date_part(args[0], 2)


def f_number(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    """The first number in a text with its unit (``≥95%`` -> 95%); numbers pass through."""
    arg = args[0]
    like = kw.get("like")
    if isinstance(arg, Num):
        return arg
    if not isinstance(arg, Text):
        return arg if isinstance(arg, Null) else NULL
    text = unicodedata.normalize("NFKC", arg.value[:MAX_TEXT_CHARS])
    env.budget.spend(1 + len(text) // 100)
    match = NUMBER_TEXT.search(text)
    if not match or NUMBER_TEXT.search(text, match.end()):
        return Null(arg.loc)  # none, or several (2021年完成14人): which one is meant is a guess
    try:
        number = Decimal(match.group(1).replace(",", ""))
    except InvalidOperation:
        return NULL
    unit = match.group(2) or ""
    if not unit and like is not None:
        hint = f_number(env, [like], {})
        unit = hint.unit if isinstance(hint, Num) else ""
    return v.from_quantity(Quantity.of(number, unit), arg.loc)


def f_comparator(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    """The direction a target states: ``>=`` (≥, 不低于, 以上), ``<=``, ``>``, ``<``, ``=``."""
    arg = args[0]
    if not isinstance(arg, Text):
        return NULL
    text = unicodedata.normalize("NFKC", arg.value[:MAX_TEXT_CHARS])
    for symbol, words in COMPARATORS:
        if any(word in text for word in words):
            return Text(symbol, arg.loc)
    return NULL


def f_grade(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    """The grade of a score under the pack's scale (the best one its rounding allows)."""
    score = args[0]
    if not isinstance(score, Num):
        return NULL
    for name, floor in env.grade_scale:
        if v.compare(">=", score, v.exact(floor), env.synonyms):
            return Text(name, score.loc)
    return NULL


# ---------------------------------------------------------------------------
# texts and tests


#: what exists() and is_blank() say of a name that resolves to nothing (a column the table
#: lacks): made once, as every row of every rule that asks would make the same
_ABSENT_EXISTS = truth(False, None, "exists", NULL)
_ABSENT_BLANK = truth(True, None, "is_blank", NULL)


def f_exists(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    arg = args[0]
    if arg is NULL:
        return _ABSENT_EXISTS
    blank = isinstance(arg, Null) or (isinstance(arg, Text) and not arg.value.strip())
    return truth(not blank, getattr(arg, "loc", None), "exists", arg)


def f_is_blank(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    arg = args[0]
    if arg is NULL:
        return _ABSENT_BLANK
    if isinstance(arg, Null):
        return truth(True, arg.loc, "is_blank", arg)
    if isinstance(arg, Text):
        blank = all(c in BLANK_CHARS for c in arg.value[:MAX_TEXT_CHARS])
        return truth(blank, arg.loc, "is_blank", arg)
    return truth(False, getattr(arg, "loc", None), "is_blank", arg)


def f_has_placeholder(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    arg = args[0]
    if not isinstance(arg, Text):
        return truth(False)
    text = arg.value[:MAX_TEXT_CHARS]
    env.budget.spend(1 + len(text) // 100)
    match = find_placeholder(text)
    if not match:
        return truth(False, arg.loc, "has_placeholder", arg)
    loc = arg.loc
    if arg.paragraph is not None:
        loc = arg.paragraph.location(match.start(), match.end())
    return Truth(True, Witness("has_placeholder", Text(match.group(), loc), None, loc))


def _texts(args: list[Value], what: str) -> list[str] | None:
    out = []
    for arg in args:
        text = text_of(arg, what)
        if text is None:
            return None
        out.append(text)
    return out


def _text_test(args: list[Value], name: str, test: Callable[[str, str], bool]) -> Truth:
    texts = _texts(args, f"{name}()")
    if texts is None:
        return truth(None)
    return truth(test(normalise(texts[0]), normalise(texts[1])), getattr(args[0], "loc", None))


def f_contains(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    return _text_test(args, "contains", lambda text, part: part in text)


def f_starts_with(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    return _text_test(args, "starts_with", str.startswith)


def f_ends_with(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    return _text_test(args, "ends_with", str.endswith)


def f_replace(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    texts = _texts(args, "replace()")
    if texts is None:
        return NULL
    text, old, new = texts
    if not old:
        raise EvalError("replace() needs a non-empty text to replace")
    if len(text) + text.count(old) * max(len(new) - len(old), 0) > MAX_TEXT_CHARS:
        raise EvalError(f"replace() would make a text longer than {MAX_TEXT_CHARS} characters")
    env.budget.spend(1 + len(text) // 100)
    return Text(text.replace(old, new), getattr(args[0], "loc", None))


def f_coalesce(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    return next((a for a in args if not isinstance(a, Null)), NULL)


# ---------------------------------------------------------------------------
# references


def f_fact(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    key = text_of(args[0], "fact()")
    fact = env.fact(key) if key else None
    return env.fact_value(fact) if fact else NULL


def f_facts(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    from crossfoot.packs.names import glob

    pattern = text_of(args[0], "facts()") or ""
    env.budget.spend(len(env.report.facts))
    return listv([env.fact_value(f) for f in env.report.facts
                  if glob(pattern, f.concept or "") or f.id == pattern])


def f_cell(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    tables = patterns_of(args[0], "cell() table") if args else None
    row = text_of(kw.get("row", NULL), "cell() row")
    col = text_of(kw.get("col", NULL), "cell() col")
    if row is None or col is None:
        return NULL
    return env.find_cell(tables, row, col)


def _row_filters(kw: dict[str, Value]) -> dict[str, Any]:
    return {"level": integer_of(kw.get("level"), "level", 0, 20),
            "role": text_of(kw.get("role", NULL), "role"),
            "under": text_of(kw.get("under", NULL), "under")}


def f_col(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    name = text_of(args[0], "col()")
    if name is None:
        return NULL
    filters = _row_filters(kw)
    out: list[Value] = []
    for table in env.tables(patterns_of(kw.get("table"), "col() table")):
        column = env.column(table, name)
        if column is None:
            continue
        out.extend(env.cell(table, row, column) for row in env.rows(table, **filters))
    return listv(out)


def f_rows(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    filters = _row_filters(kw)
    out: list[Value] = []
    for table in env.tables(patterns_of(kw.get("table"), "rows() table")):
        out.extend(Text(r.label, table.row_location(r)) for r in env.rows(table, **filters))
    return listv(out)


def f_children(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    table, row = env.item.table, env.item.row
    name = text_of(args[0], "children()")
    if table is None or row is None or name is None:
        return NULL
    column = env.column(table, name)
    if column is None:
        return NULL
    return listv([env.cell(table, child, column) for child in env.children(table, row)])


#: where lookup(source=) may look
LOOKUP_SOURCES = ("fact", "table")


def f_lookup(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    name = text_of(args[0], "lookup()")
    if name is None:
        return NULL
    source = text_of(kw.get("source", NULL), "lookup() source")
    if source is not None and source not in LOOKUP_SOURCES:
        raise EvalError(f"lookup() source must be 'fact' or 'table', not {source!r}")
    return env.lookup(name, text_of(kw.get("col", NULL), "lookup() col"),
                      text_of(kw.get("measure", NULL), "lookup() measure"), source)


def f_narrative(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    """Figures the narrative states for a name (label or subject), optionally by measure."""
    name = text_of(args[0], "narrative()")
    measure = text_of(kw.get("measure", NULL), "narrative() measure")
    if name is None:
        return NULL
    narrative = env.narrative()
    variants = env.synonyms.variants(name)
    env.budget.spend(len(narrative.figures))
    return listv([narrative.value(f) for f in narrative.figures.values()
                  if (measure is None or f.measure == measure)
                  and (normalise(f.label) in variants or normalise(f.subject) in variants)])


def f_tables(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    patterns = tuple(p for a in args for p in (patterns_of(a, "tables()") or ()))
    if not patterns:
        return listv([Text(t.title) for t in env.report.tables])
    return listv([Text(t.title) for t in env.tables(patterns)])


def f_has_column(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    name = text_of(args[0], "has_column()")
    if name is None:
        return truth(None)
    tables = env.tables(patterns_of(kw.get("table"), "has_column() table"))
    return truth(any(env.column(t, name) is not None for t in tables))


def f_missing_columns(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    names = patterns_of(args[0], "missing_columns()") or ()
    tables = env.tables(patterns_of(kw.get("table"), "missing_columns() table"))
    return listv([Text(n) for n in names
                  if not any(env.column(t, n) is not None for t in tables)])


def f_mentions(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    """True when one paragraph of the narrative contains every given word."""
    words = _texts(args, "mentions()")
    if not words:
        return truth(None)
    wanted = [normalise(w) for w in words]
    for paragraph in env.report.iter_paragraphs():
        env.budget.spend(1 + len(paragraph.text) // 200)
        text = normalise(paragraph.text)
        if all(w in text for w in wanted):
            return truth(True, paragraph.location(), "mentions")
    return truth(False, None, "mentions")


def f_setting(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
    """A value from the configuration (``[tool.crossfoot.options]``), or the default."""
    key = text_of(args[0], "setting()") or ""
    default = args[1] if len(args) > 1 else NULL
    found: Any = env.settings.get(key, _MISSING)
    if found is _MISSING:
        found = env.settings
        for part in key.split("."):
            found = found.get(part, _MISSING) if isinstance(found, Mapping) else _MISSING
    if found is _MISSING:
        return default
    return from_python(found, f"setting {key!r}")


_MISSING = object()


def from_python(value: Any, what: str) -> Value:
    """A plain Python value (settings, plugin results) as a language value."""
    if value is None:
        return NULL
    if isinstance(value, bool):
        return Truth(value)
    if isinstance(value, int | Decimal):
        number = Decimal(value)
        if not number.is_finite() or abs(number.adjusted()) > 30:
            raise EvalError(f"{what} gave a number out of range")
        return v.exact(number)
    if isinstance(value, str):
        if len(value) > MAX_TEXT_CHARS:
            raise EvalError(f"{what} gave a text longer than {MAX_TEXT_CHARS} characters")
        return Text(value)
    if isinstance(value, list | tuple):
        if len(value) > MAX_LIST_ITEMS:
            raise EvalError(f"{what} gave a list of more than {MAX_LIST_ITEMS} items")
        return ListV(tuple(from_python(item, what) for item in value))
    raise EvalError(f"{what} gave a {type(value).__name__}; use Decimal, str, bool, list "
                    "or None")


def to_python(value: Value, budget: list[int] | None = None) -> Any:
    """A language value as plain Python for a plugin function (numbers in their shown unit).

    Lists may nest (a let of lists of lets); the whole conversion is bounded by
    ``MAX_LIST_ITEMS`` values, however the nesting multiplies them.
    """
    left = budget if budget is not None else [MAX_LIST_ITEMS]
    left[0] -= 1
    if left[0] < 0:
        raise EvalError(f"a plugin function was given more than {MAX_LIST_ITEMS} values")
    if isinstance(value, Num):
        return value.value / unit_for(value.unit).scale
    if isinstance(value, Text):
        return value.value
    if isinstance(value, Truth):
        return value.value
    if isinstance(value, ListV):
        return [to_python(item, left) for item in value.items]
    return None


def plugin_spec(name: str, function: Callable[..., Any]) -> FunctionSpec:
    """A plugin's function wrapped so that it only ever sees and returns plain values."""

    def call(env: Env, args: list[Value], kw: dict[str, Value]) -> Value:
        env.budget.spend(1 + sum(len(a.items) for a in args if isinstance(a, ListV)))
        left = [MAX_LIST_ITEMS]
        plain_args = [to_python(a, left) for a in args]
        plain_kwargs = {k: to_python(x, left) for k, x in kw.items()}
        try:
            result = function(*plain_args, **plain_kwargs)
        except Exception as exc:
            raise EvalError(f"plugin function {name}() failed: {type(exc).__name__}: "
                            f"{exc}") from None
        return from_python(result, f"plugin function {name}()")

    return FunctionSpec(name, call, 0, None, frozenset({"*"}), None,
                        "provided by a plugin (crossfoot_functions)")


TABLES = frozenset({"table"})
ROW_FILTERS = frozenset({"table", "level", "role", "under"})


def _spec(name: str, impl: Impl, low: int, high: int | None, summary: str,
          keywords: frozenset[str] = frozenset(), scopes: frozenset[str] | None = None
          ) -> FunctionSpec:
    return FunctionSpec(name, impl, low, high, keywords, scopes, summary)


#: the built-in functions that read the narrative's analysis (``Env.narrative``)
NARRATIVE_FUNCTIONS = frozenset({"narrative"})

BUILTINS: dict[str, FunctionSpec] = {spec.name: spec for spec in (
    _spec("sum", f_sum, 1, None, "sum of numbers or lists of numbers; null if none"),
    _spec("avg", f_avg, 1, None, "mean of numbers or lists of numbers; null if none"),
    _spec("min", f_min, 1, None, "smallest number"),
    _spec("max", f_max, 1, None, "largest number"),
    _spec("count", f_count, 1, 1, "how many values of a list are present"),
    _spec("abs", f_abs, 1, 1, "absolute value"),
    _spec("exact", f_exact, 1, 1, "a figure (or list) taken as exact: a weight, a target"),
    _spec("near", f_near, 3, 3, "near(a, b, tolerance): |a - b| <= tolerance"),
    _spec("round", f_round, 1, 2, "round half up to N decimals of its unit",
          frozenset({"places"})),
    _spec("ratio", f_ratio, 2, 2, "a / b (shown in %); null when b is zero"),
    _spec("percent", f_percent, 1, 2, "percent(a, b) = a / b in %; percent(x) = x %"),
    _spec("year", f_year, 1, 1, "the year of a date text (2022-09-18, 2022年9月)"),
    _spec("month", f_month, 1, 1, "the month of a date text"),
    _spec("number", f_number, 1, 1, "the one number in a text, with its unit (≥95% -> 95%)",
          frozenset({"like"})),
    _spec("comparator", f_comparator, 1, 1,
          "the direction a target states: >=, <=, >, <, = or null"),
    _spec("grade", f_grade, 1, 1, "the grade of a score under the pack's grade scale"),
    _spec("exists", f_exists, 1, 1, "true when the value is present and not blank"),
    _spec("is_blank", f_is_blank, 1, 1, "true when missing, empty or only * _ - /"),
    _spec("has_placeholder", f_has_placeholder, 1, 1, "true when a text has XX, ××, 某某, ***"),
    _spec("contains", f_contains, 2, 2, "true when the first text contains the second"),
    _spec("starts_with", f_starts_with, 2, 2, "true when the text starts with the second"),
    _spec("ends_with", f_ends_with, 2, 2, "true when the text ends with the second"),
    _spec("replace", f_replace, 3, 3, "the text with every `old` replaced by `new`"),
    _spec("coalesce", f_coalesce, 1, None, "the first value that is not null"),
    _spec("fact", f_fact, 1, 1, "a fact's value by id or concept"),
    _spec("facts", f_facts, 1, 1, "values of the facts whose concept matches a pattern"),
    _spec("cell", f_cell, 0, 1, "a cell: cell([table], row=..., col=...)",
          frozenset({"row", "col"})),
    _spec("col", f_col, 1, 1, "a column's values: col(name, table=, level=, role=, under=)",
          ROW_FILTERS),
    _spec("rows", f_rows, 0, 0, "row labels: rows(table=, level=, role=, under=)",
          ROW_FILTERS),
    _spec("children", f_children, 1, 1, "the values of the rows the current row adds up",
          scopes=frozenset({"row"})),
    _spec("lookup", f_lookup, 1, 1, "a figure by name: a fact, else a table row "
          "(source='fact' or 'table': that one only)", frozenset({"col", "measure", "source"})),
    _spec("narrative", f_narrative, 1, 1, "figures the text states for a name (label or "
          "subject): narrative(name, measure=)", frozenset({"measure"})),
    _spec("tables", f_tables, 0, None, "titles of the tables matching patterns"),
    _spec("has_column", f_has_column, 1, 1, "true when a (matching) table has the column",
          TABLES),
    _spec("missing_columns", f_missing_columns, 1, 1,
          "the names of a list no (matching) table has a column for", TABLES),
    _spec("mentions", f_mentions, 1, None, "true when one paragraph contains every word"),
    _spec("setting", f_setting, 1, 2, "a configuration option, or the default"),
)}
