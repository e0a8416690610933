"""A stated figure: value, unit, the decimals it shows, and what it may mean.

The interval of a quantity is the set of true values its printed digits
allow (design.md, "Tolerance"): ``241.44`` 万元 is [241.435, 241.445] 万元;
counts are exact; a qualifier such as 以上 turns it into a bound.
"""

from __future__ import annotations

import sys
from decimal import Context, Decimal, InvalidOperation
from functools import lru_cache
from typing import ClassVar

from crossfoot.model.interval import Interval
from crossfoot.model.records import Record
from crossfoot.model.units import Unit, unit_for

HALF = Decimal("0.5")
APPROX_RELATIVE = Decimal("0.1")
#: enough digits that every number the loader accepts (exponent within ±30, at most 40
#: characters) adds up exactly, so rounding inside Decimal can neither raise a finding nor
#: hide one (Decimal's default of 28 digits can, and can fail to quantize)
EXACT = Context(prec=100)
QUALIFIERS = ("approx", "at_least", "at_most", "more_than", "less_than")


class Quantity(Record):
    """A record, not a dataclass (a dataclass costs every start its definition); a copy
    with another value or unit is built with ``Quantity(...)``, never ``records.replace``,
    which would keep the cached ``_base`` of the original."""

    _hidden: ClassVar[tuple[str, ...]] = ("_base",)
    value: Decimal
    unit: str = ""
    decimals: int = 0
    exact: bool = False
    qualifier: str | None = None
    #: the base interval once asked for (rules of every family ask for the same figures)
    _base: Interval | None = None

    @classmethod
    def of(cls, value: Decimal, unit: str | None = "", *, exact: bool | None = None,
           qualifier: str | None = None, decimals: int | None = None) -> Quantity:
        """A quantity whose shown decimals are read off the Decimal itself (or given by
        a caller that read them off the digits it was made from)."""
        if decimals is None:
            decimals = shown_decimals(value)
        symbol = sys.intern(unit) if unit else ""  # a few units, shared by thousands of figures
        if exact is None:
            # counts are whole things; a bare 0 amount says "none", not "less than a half"
            # (a 0% rate is a rounded measurement like any other)
            unit_info = unit_for(symbol)
            exact = decimals == 0 and (unit_info.exact or (
                value == 0 and not qualifier and unit_info.dimension != "ratio"))
        return cls(value, symbol, decimals, exact, qualifier)

    @property
    def unit_info(self) -> Unit:
        return unit_for(self.unit)

    @property
    def dimension(self) -> str:
        # asked thousands of times a check (every family compares dimensions): one call
        return unit_for(self.unit).dimension

    @property
    def half_unit(self) -> Decimal:
        """Half of one unit in the last shown place: the rounding tolerance."""
        return Decimal(0) if self.exact else _half_unit(self.decimals)

    def interval(self) -> Interval:
        """The true values this figure allows, in its own unit."""
        v = self.value
        if self.qualifier == "at_least":
            return Interval(v - self.half_unit, None)
        if self.qualifier == "more_than":
            return Interval(v, None)
        if self.qualifier == "at_most":
            return Interval(None, v + self.half_unit)
        if self.qualifier == "less_than":
            return Interval(None, v)
        if self.qualifier == "approx":
            spread = max(abs(v) * APPROX_RELATIVE, self.half_unit)
            return Interval.around(v, spread)
        return Interval.around(v, self.half_unit)

    def in_unit(self, symbol: str) -> Quantity:
        """The same quantity expressed in another unit of its dimension."""
        if symbol == self.unit:
            return self
        target = unit_for(symbol)
        if target.dimension != self.dimension:
            raise ValueError(f"cannot convert {self.unit or 'number'} to {symbol}")
        if target.symbol == self.unit_info.symbol:
            return self
        factor = self.unit_info.scale / target.scale
        # 146.38 万元 in 元 is 1,463,800 ± 50: its places go below the units (-2), so the
        # tolerance its digits give is kept whatever unit it is compared in
        decimals = self.decimals + _shift(factor)
        return Quantity(self.value * factor, symbol, decimals, self.exact, self.qualifier)

    def base_interval(self) -> Interval:
        """The interval in the dimension's base unit (元, a plain ratio, ...), worked out once.

        Computed exactly, by ``EXACT``'s own operations (the loader bounds every
        number well within its digits), so it is the same whatever context the
        asker runs in and can be kept with the figure.
        """
        known = self._base
        if known is None:
            known = self._exact_base_interval()
            object.__setattr__(self, "_base", known)
        return known

    def _exact_base_interval(self) -> Interval:
        v, half, qualifier = self.value, self.half_unit, self.qualifier
        lo: Decimal | None
        hi: Decimal | None
        if qualifier == "at_least":
            lo, hi = EXACT.subtract(v, half), None
        elif qualifier == "more_than":
            lo, hi = v, None
        elif qualifier == "at_most":
            lo, hi = None, EXACT.add(v, half)
        elif qualifier == "less_than":
            lo, hi = None, v
        else:
            if qualifier == "approx":
                half = max(EXACT.multiply(EXACT.abs(v), APPROX_RELATIVE), half)
            lo, hi = EXACT.subtract(v, half), EXACT.add(v, half)
        scale = self.unit_info.scale
        lo = None if lo is None else EXACT.multiply(lo, scale)
        hi = None if hi is None else EXACT.multiply(hi, scale)
        return Interval(lo, hi) if scale >= 0 else Interval(hi, lo)

    def __str__(self) -> str:
        return format_value(self.value) + self.unit


def shown_decimals(value: Decimal) -> int:
    """How many decimal places a Decimal shows: 91.70 shows 2, 10 shows 0."""
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


@lru_cache(maxsize=64)
def _half_unit(decimals: int) -> Decimal:
    return HALF * Decimal(1).scaleb(-decimals)


def _shift(factor: Decimal) -> int:
    """How many more decimals a value needs after multiplying by ``factor`` (fewer, below
    zero, for a factor of 10 or more: 万元 to 元 is -4)."""
    exponent = factor.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) else 0


def parse_decimal(text: str) -> Decimal | None:
    """A Decimal from a plain decimal string, or None; never a float."""
    try:
        value = Decimal(text.strip().replace(",", ""))
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def format_value(value: Decimal, places: int | None = None) -> str:
    """A Decimal as a person writes it: no exponent; ``places`` rounds computed values."""
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places))
    text = f"{value:f}"
    return text[1:] if text.startswith("-") and not text.strip("-0.") else text
