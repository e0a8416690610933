"""Values of the pack language and their arithmetic, with the tolerance of shown digits.

A number is a point value plus the interval its printed digits allow
(design.md, "Tolerance"), in the base unit of its dimension (元 for money, a
plain fraction for %), and remembers the unit to show it in and where it
came from. Arithmetic is interval arithmetic. Comparisons allow for
rounding: two figures are equal when their intervals meet, ``a < b`` only
when ``a`` is below ``b`` however both are rounded, so exactly one of
``<``, ``==``, ``>`` holds and rounding alone never fails an ``assert``.

Missing data is ``Null``: arithmetic with it gives ``Null``, comparisons
with it are unknown (conditions are three-valued: true, false, unknown), so
a rule stays silent where the report says nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from crossfoot.analysis.measures import CellAt
from crossfoot.model.interval import Interval
from crossfoot.model.places import Location
from crossfoot.model.quantity import Quantity, format_value, shown_decimals
from crossfoot.model.records import Record
from crossfoot.model.units import unit_for
from crossfoot.packs.errors import EvalError
from crossfoot.packs.names import Synonyms, normalise, same_text

if TYPE_CHECKING:
    from crossfoot.model.report import Paragraph

PLAIN = "number"  # dimensionless: plain numbers, ratios, percentages
MAX_REFS = 24
#: where a value comes from: a place, or a table cell whose place is built for a finding only
Place = Location | CellAt


def placed(place: Place) -> Location:
    """The place itself (a cell's is built here, once per report)."""
    return place if isinstance(place, Location) else place.location()


class Num(Record):
    value: Decimal
    iv: Interval
    dim: str = PLAIN
    unit: str = ""
    places: int = 0
    loc: Place | None = None
    refs: tuple[Place, ...] = ()

    @property
    def exact(self) -> bool:
        return self.iv.lo == self.iv.hi == self.value

    def shown(self) -> str:
        """The value as a person reads it, in its display unit."""
        scale = unit_for(self.unit).scale if self.unit else Decimal(1)
        return format_value(self.value / scale, self.places)

    def shown_with_unit(self) -> str:
        return self.shown() + self.unit

    def half_width(self) -> Decimal | None:
        """Half the interval, in the display unit: the tolerance this value brings."""
        width = self.iv.width
        if width is None:
            return None
        scale = unit_for(self.unit).scale if self.unit else Decimal(1)
        return width / 2 / scale


class Text(Record):
    value: str
    loc: Place | None = None
    paragraph: Paragraph | None = None


class Null(Record):
    """Missing: no such fact, cell, column; ``loc`` says where it would be."""

    loc: Place | None = None


class Witness(Record):
    """What decided a condition: the comparison (or test) and its operands."""

    op: str
    left: Value | None = None
    right: Value | None = None
    loc: Place | None = None


class Truth(Record):
    value: bool | None
    witness: Witness | None = None


class ListV(Record):
    items: tuple[Value, ...]


Value = Num | Text | Null | Truth | ListV
NULL = Null()
TRUE, FALSE, UNKNOWN = Truth(True), Truth(False), Truth(None)


def exact(value: Decimal | int, unit: str = "") -> Num:
    """An exact number (a literal, a count): its interval is the point itself."""
    number = Decimal(value)
    scaled = number * unit_for(unit).scale if unit else number
    return Num(scaled, Interval.point(scaled), _dimension(unit), unit, shown_decimals(number))


def from_quantity(q: Quantity, loc: Place | None = None) -> Num:
    """A report figure: its interval from the digits it shows, in base units."""
    unit = unit_for(q.unit)  # once for the scale and the dimension (a pack's cells: hundreds)
    return Num(q.value * unit.scale, q.base_interval(), _plain(unit.dimension), q.unit,
               q.decimals, loc, (loc,) if loc else ())


def _dimension(unit: str) -> str:
    return _plain(unit_for(unit).dimension)


def _plain(dimension: str) -> str:
    """The language's dimension: ratios and plain numbers are both plain numbers."""
    return PLAIN if dimension in ("ratio", "number") else dimension


def type_name(value: Value) -> str:
    return {Num: "a number", Text: "a text", Null: "null", Truth: "a condition",
            ListV: "a list"}[type(value)]


def _refs(*values: Num) -> tuple[Place, ...]:
    """The places a computed number comes from (the first ``MAX_REFS``, for findings)."""
    first = values[0].refs
    if len(first) >= MAX_REFS:
        return first
    out = {loc.anchor or loc.pointer: loc for loc in first}
    for value in values[1:]:
        for loc in value.refs:
            if len(out) >= MAX_REFS:
                return tuple(out.values())
            out.setdefault(loc.anchor or loc.pointer, loc)
    return tuple(out.values())


def align(a: Num, b: Num, what: str) -> tuple[Num, Num]:
    """Both numbers in one dimension: a plain number takes the unit of the other.

    ``row.预算数 > 100`` means 100 万元 when the cell is in 万元; percentages are
    fractions, so ``row.执行率 < 90%`` (not ``< 90``).
    """
    if a.dim == b.dim:
        return a, b
    if a.dim == PLAIN and b.dim != PLAIN:
        return _adopt(a, b), b
    if b.dim == PLAIN and a.dim != PLAIN:
        return a, _adopt(b, a)
    raise EvalError(f"cannot {what} {a.shown_with_unit()} and {b.shown_with_unit()}: "
                    f"{a.unit or 'number'} and {b.unit or 'number'} are different kinds of "
                    "quantity")


def _adopt(plain: Num, other: Num) -> Num:
    scale = unit_for(other.unit).scale
    iv = plain.iv.scale(scale)
    return Num(plain.value * scale, iv, other.dim, other.unit, plain.places, plain.loc,
               plain.refs)


def add(a: Num, b: Num, sign: int = 1) -> Num:
    a, b = align(a, b, "add" if sign > 0 else "subtract")
    iv = a.iv + b.iv if sign > 0 else a.iv - b.iv
    unit = a.unit or b.unit
    return Num(a.value + sign * b.value, iv, a.dim, unit, max(a.places, b.places), None,
               _refs(a, b))


def negate(a: Num) -> Num:
    return Num(-a.value, -a.iv, a.dim, a.unit, a.places, a.loc, a.refs)


def multiply(a: Num, b: Num) -> Num:
    if a.dim != PLAIN and b.dim != PLAIN:
        raise EvalError(f"cannot multiply {a.shown_with_unit()} by {b.shown_with_unit()}")
    dim, unit = (b.dim, b.unit) if a.dim == PLAIN else (a.dim, a.unit)
    if dim == PLAIN:
        unit = ""
    places = max(a.places, b.places, 2 if not (a.exact and b.exact) else 0)
    return Num(a.value * b.value, a.iv * b.iv, dim, unit, places, None, _refs(a, b))


def divide(a: Num, b: Num) -> Num | Null:
    """``a / b``; ``Null`` when ``b`` is or may be zero (no rate of an empty budget)."""
    if b.value == 0:
        return NULL
    if a.dim == b.dim:
        dim, unit = PLAIN, "%" if a.dim != PLAIN else ""
    elif b.dim == PLAIN:
        dim, unit = a.dim, a.unit
    else:
        raise EvalError(f"cannot divide {a.shown_with_unit()} by {b.shown_with_unit()}")
    iv = a.iv / b.iv
    if iv is None:
        return NULL
    return Num(a.value / b.value, iv, dim, unit, max(a.places, b.places, 2), None, _refs(a, b))


def as_percent(a: Num) -> Num:
    """The same fraction, shown in % with two decimals."""
    return Num(a.value, a.iv, a.dim, "%", 2, a.loc, a.refs)


def absolute(a: Num) -> Num:
    if a.value >= 0 and (a.iv.lo is None or a.iv.lo >= 0):
        return a
    lo, hi = a.iv.lo, a.iv.hi
    if lo is not None and hi is not None and hi <= 0:
        iv = Interval(-hi, -lo)
    else:
        top = None if lo is None or hi is None else max(-lo, hi)
        iv = Interval(Decimal(0), top)
    return Num(abs(a.value), iv, a.dim, a.unit, a.places, a.loc, a.refs)


def rounded(a: Num, places: int) -> Num:
    """Rounded half up to ``places`` decimals of its display unit (bounds too)."""
    scale = unit_for(a.unit).scale if a.unit else Decimal(1)
    step = Decimal(1).scaleb(-places)

    def r(x: Decimal | None) -> Decimal | None:
        return None if x is None else (x / scale).quantize(step, ROUND_HALF_UP) * scale

    value = r(a.value)
    assert value is not None
    return Num(value, Interval(r(a.iv.lo), r(a.iv.hi)), a.dim, a.unit, places, a.loc, a.refs)


def extreme(values: Sequence[Num], smallest: bool) -> Num:
    """min or max of numbers, as intervals: min([a,b]) lies in [min lo, min hi]."""
    first = values[0]
    result = first
    for other in values[1:]:
        left, right = align(result, other, "compare")
        pick = min if smallest else max
        value = pick(left.value, right.value)
        lo = _bound(left.iv.lo, right.iv.lo, smallest, low=True)
        hi = _bound(left.iv.hi, right.iv.hi, smallest, low=False)
        chosen = left if value == left.value else right
        result = Num(value, Interval(lo, hi), left.dim, left.unit or right.unit,
                     max(left.places, right.places), chosen.loc, _refs(left, right))
    return result


def _bound(a: Decimal | None, b: Decimal | None, smallest: bool, low: bool) -> Decimal | None:
    """One bound of min/max; ``None`` is infinite (below for ``lo``, above for ``hi``)."""
    if a is None or b is None:
        if smallest == low:  # min's low bound, max's high bound: the infinite one wins
            return None
        return b if a is None else a
    return min(a, b) if smallest else max(a, b)


# ---------------------------------------------------------------------------
# Comparisons: true, false or unknown


def compare(op: str, a: Value, b: Value, synonyms: Synonyms) -> bool | None:
    if isinstance(a, Null) or isinstance(b, Null):
        return None
    if op in ("in", "not in"):
        found = contains(b, a, synonyms)
        return found if found is None or op == "in" else not found
    if isinstance(a, Num) and isinstance(b, Num):
        return compare_numbers(op, *align(a, b, "compare"))
    if op in ("==", "!="):
        same = equal(a, b, synonyms)
        return same if same is None or op == "==" else not same
    if isinstance(a, Text) or isinstance(b, Text):
        return None  # "≥95%" against a number: the report's text, not a pack error
    raise EvalError(f"cannot compare {type_name(a)} with {type_name(b)} using {op}")


def compare_numbers(op: str, a: Num, b: Num) -> bool:
    """Tolerant order: equal when the intervals meet, less only when below whatever rounding.

    For any two figures exactly one of ``a < b``, ``a == b``, ``a > b`` holds,
    so ``a <= b`` fails only when ``a`` is above ``b`` however both are rounded.
    """
    x, y = a.iv, b.iv
    if op == "==":
        return x.meets(y)
    if op == "!=":
        return not x.meets(y)
    if op in (">", ">="):
        x, y = y, x
        op = "<" if op == ">" else "<="
    if op == "<":
        return _lt(x.hi, y.lo)
    return not _lt(y.hi, x.lo)


def _lt(a: Decimal | None, b: Decimal | None) -> bool:
    return a is not None and b is not None and a < b


def equal(a: Value, b: Value, synonyms: Synonyms) -> bool | None:
    """Equality of any two values; texts compare by the label rules (see ``labels``)."""
    if isinstance(a, Null) or isinstance(b, Null):
        return None
    if isinstance(a, Num) and isinstance(b, Num):
        return compare_numbers("==", *align(a, b, "compare"))
    if isinstance(a, Text) and isinstance(b, Text):
        return same_text(a.value, b.value, synonyms)
    if isinstance(a, Truth) and isinstance(b, Truth):
        return None if a.value is None or b.value is None else a.value == b.value
    if isinstance(a, ListV) or isinstance(b, ListV):
        raise EvalError("cannot compare a list with ==; use in")
    return False


def contains(container: Value, item: Value, synonyms: Synonyms) -> bool | None:
    """``item in container`` for a list (any element equal) or a text (substring)."""
    if isinstance(container, Text):
        if isinstance(item, Text):
            return normalise(item.value) in normalise(container.value)
        return None
    if not isinstance(container, ListV):
        raise EvalError(f"'in' needs a list or a text on its right, not {type_name(container)}")
    unknown = False
    for element in container.items:
        same = equal(item, element, synonyms)
        if same:
            return True
        unknown = unknown or same is None
    return None if unknown else False
