"""Is a stated total consistent with its stated parts? Interval arithmetic decides.

Closed form of design.md: consistent iff
``|total - Σ w·v| <= ½·10^-d_total + Σ |w|·½·10^-d_i``, with every value
first converted to the total's unit. Partial lists (其中) only require the
parts not to exceed the total; unstated coverage flags a gap as a gap.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from crossfoot.model.interval import Interval
from crossfoot.model.quantity import Quantity, format_value
from crossfoot.model.records import Record

COMPLETE, PARTIAL, UNSTATED = "complete", "partial", "unstated"


class SumCheck(Record):
    """The outcome: ``verdict`` is ok, mismatch, exceeds or short; numbers in ``unit``."""

    verdict: str
    expected: Decimal
    actual: Decimal
    tolerance: Decimal | None
    unit: str
    decimals: int

    @property
    def ok(self) -> bool:
        return self.verdict == "ok"

    @property
    def difference(self) -> Decimal:
        return self.actual - self.expected

    def shown(self, value: Decimal) -> str:
        return format_value(value, self.decimals)

    def rounded(self, value: Decimal) -> Decimal:
        """``value`` to the places the figures show, as evidence carries it."""
        return value.quantize(Decimal(1).scaleb(-self.decimals))


def comparable(total: Quantity, parts: Sequence[Quantity]) -> bool:
    unit, dimension = total.unit, total.dimension
    return all(p.unit == unit or p.dimension == dimension for p in parts)


def check_sum(total: Quantity, parts: Sequence[tuple[int, Quantity]],
              coverage: str = COMPLETE) -> SumCheck:
    """Compare ``total`` with ``Σ weight·part`` under the tolerance of shown digits."""
    unit = total.unit
    converted = [(w, p.in_unit(unit)) for w, p in parts]
    # one pass for the sum, the places shown and the parts' share of the tolerance, each
    # added in the parts' order from 0 (the integer weight 1 multiplies nothing: the same
    # digits either way)
    point = spread = Decimal(0)
    decimals, bounded = total.decimals, bool(total.qualifier)
    for weight, part in converted:
        if weight == 1 and type(weight) is int:
            point += part.value
            spread += part.half_unit
        else:
            point += weight * part.value
            spread += abs(weight) * part.half_unit
        if not (part.exact and not part.value):  # (0 元 in a list of 万元: no digits shown)
            decimals = max(decimals, part.decimals)
        bounded = bounded or bool(part.qualifier)
    # ``½·10^-d_total + Σ |w|·½·10^-d_i``; none when a figure is a bound or approximate
    tolerance = None if bounded else total.half_unit + spread
    if tolerance is not None:  # rounded figures only: the closed form
        gap = point - total.value
        meets, above = abs(gap) <= tolerance, gap > tolerance
    else:  # a bound (以上) or 约 among them: intervals
        span = Interval.point(Decimal(0))
        for weight, part in converted:
            span = span + part.interval().scale(Decimal(weight))
        stated = total.interval()
        meets, above = stated.meets(span), span.above(stated)
    if meets:
        verdict = "ok"
    elif coverage == PARTIAL:
        verdict = "exceeds" if above else "ok"
    elif coverage == UNSTATED:
        verdict = "exceeds" if above else "short"
    else:
        verdict = "mismatch"
    return SumCheck(verdict, point, total.value, tolerance, unit, decimals)
