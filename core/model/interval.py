"""Closed intervals of Decimals: the arithmetic behind every tolerance check.

A stated figure stands for every value that rounds to it, so sums and ratios
are computed on intervals and a check fails only when two intervals cannot
meet. ``None`` as a bound means unbounded on that side (``95%以上``).
"""

from __future__ import annotations

from decimal import Decimal

from crossfoot.model.records import Record

Bound = Decimal | None


class Interval(Record):
    lo: Bound
    hi: Bound

    @classmethod
    def point(cls, value: Decimal) -> Interval:
        return cls(value, value)

    @classmethod
    def around(cls, value: Decimal, half_width: Decimal) -> Interval:
        return cls(value - half_width, value + half_width)

    @property
    def bounded(self) -> bool:
        return self.lo is not None and self.hi is not None

    def __add__(self, other: Interval) -> Interval:
        return Interval(_add(self.lo, other.lo), _add(self.hi, other.hi))

    def __neg__(self) -> Interval:
        lo = None if self.hi is None else -self.hi
        hi = None if self.lo is None else -self.lo
        return Interval(lo, hi)

    def __sub__(self, other: Interval) -> Interval:
        return self + (-other)

    def scale(self, factor: Decimal) -> Interval:
        lo = None if self.lo is None else self.lo * factor
        hi = None if self.hi is None else self.hi * factor
        return Interval(lo, hi) if factor >= 0 else Interval(hi, lo)

    def __mul__(self, other: Interval) -> Interval:
        return _product(self.lo, self.hi, other.lo, other.hi)

    def __truediv__(self, other: Interval) -> Interval | None:
        """Interval division (by the inverse's bounds); ``None`` when the divisor may be zero."""
        lo, hi = other.lo, other.hi
        if lo is None or hi is None or lo <= 0 <= hi:
            return None
        return _product(self.lo, self.hi, _ONE / hi, _ONE / lo)

    def meets(self, other: Interval) -> bool:
        """True when some value lies in both intervals."""
        return _le(self.lo, other.hi) and _le(other.lo, self.hi)

    def below(self, other: Interval) -> bool:
        """True when every value here is less than every value of ``other``."""
        return self.hi is not None and other.lo is not None and self.hi < other.lo

    def above(self, other: Interval) -> bool:
        return other.below(self)

    @property
    def width(self) -> Decimal | None:
        if self.lo is None or self.hi is None:
            return None
        return self.hi - self.lo

    @property
    def mid(self) -> Decimal | None:
        if self.lo is None or self.hi is None:
            return None
        return (self.lo + self.hi) / 2


_ONE = Decimal(1)


def _product(a: Bound, b: Bound, c: Bound, d: Bound) -> Interval:
    """[a, b] × [c, d]: the least and greatest of the four products, the first of equal ones
    (as ``min`` and ``max`` pick), so a bound keeps the digits it always had."""
    if a is None or b is None or c is None or d is None:
        return Interval(None, None)
    products = (a * c, a * d, b * c, b * d)
    return Interval(min(products), max(products))


def _add(a: Bound, b: Bound) -> Bound:
    return None if a is None or b is None else a + b


def _le(a: Bound, b: Bound) -> bool:
    return a is None or b is None or a <= b
