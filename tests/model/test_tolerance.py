"""The tolerance model: rounding never raises a finding; real gaps always do."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from crossfoot.model.interval import Interval
from crossfoot.model.quantity import Quantity
from crossfoot.model.sums import PARTIAL, UNSTATED, check_sum

true_values = st.decimals(min_value=Decimal("-100000"), max_value=Decimal("100000"), places=6,
                          allow_nan=False, allow_infinity=False)


def rounded(value: Decimal, places: int, unit: str = "万元") -> Quantity:
    return Quantity.of(value.quantize(Decimal(1).scaleb(-places)), unit)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(true_values, st.integers(0, 4)), min_size=1, max_size=12),
       st.integers(0, 4))
def test_rounded_true_sums_are_never_flagged(parts: list[tuple[Decimal, int]],
                                             total_places: int) -> None:
    # a bare 0 says "none" (exact): a true value that rounds to 0 places is not printed 0
    assume(all(places or rounded(v, places).value != 0 or v == 0 for v, places in parts))
    total = sum((v for v, _ in parts), Decimal(0))
    assume(total_places or rounded(total, total_places).value != 0 or total == 0)
    result = check_sum(rounded(total, total_places),
                       [(1, rounded(v, places)) for v, places in parts])
    assert result.ok, result


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 10**6), min_size=1, max_size=10), st.integers(1, 1000))
def test_counts_are_exact(parts: list[int], off_by: int) -> None:
    people = [(1, Quantity.of(Decimal(p), "人")) for p in parts]
    total = sum(parts)
    assert check_sum(Quantity.of(Decimal(total), "人"), people).ok
    assert check_sum(Quantity.of(Decimal(total + off_by), "人"), people).verdict == "mismatch"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([1, -1, 2, 3, Decimal("1.0"), Decimal("0.5")]),
                          true_values, st.integers(0, 4), st.sampled_from(["万元", "元", "亿元"])),
                min_size=1, max_size=8),
       true_values, st.integers(0, 4))
def test_the_expected_sum_and_its_tolerance_keep_their_digits(
        parts: list[tuple[int | Decimal, Decimal, int, str]], total: Decimal,
        total_places: int) -> None:
    """``expected`` is Σ weight·part in the total's unit and the tolerance ½·10^-d_total +
    Σ |weight|·½·10^-d_part, each added in the parts' order, digits and all (1.50 is not 1.5);
    it is shown to the most places a part or the total shows."""
    stated = rounded(total, total_places)
    given_parts = [(w, rounded(v, places, unit)) for w, v, places, unit in parts]
    result = check_sum(stated, given_parts)  # type: ignore[arg-type]
    converted = [(w, q.in_unit(stated.unit)) for w, q in given_parts]
    expected = Decimal(0)
    spread = Decimal(0)
    for weight, part in converted:
        expected += weight * part.value
        spread += abs(weight) * part.half_unit
    assert result.expected.as_tuple() == expected.as_tuple()
    assert result.tolerance is not None
    assert result.tolerance.as_tuple() == (stated.half_unit + spread).as_tuple()
    # (an exact 0, 0 元 among 万元, shows no digits: it does not widen the places shown)
    assert result.decimals == max([stated.decimals, *(q.decimals for _, q in converted
                                                      if not (q.exact and not q.value))])


def test_design_examples() -> None:
    q = Quantity.of
    assert check_sum(q(Decimal(100), "万元"), [(1, q(Decimal(33), "万元")),
                                             (1, q(Decimal(33), "万元")),
                                             (1, q(Decimal(32), "万元"))]).ok
    ten = check_sum(q(Decimal(10), "人"), [(1, q(Decimal(7), "人")), (1, q(Decimal(4), "人"))])
    assert ten.verdict == "mismatch" and ten.expected == 11 and ten.tolerance == 0
    seed = check_sum(q(Decimal("241.44"), "万元"), [(1, q(Decimal("149.72"), "万元")),
                                                  (1, q(Decimal("91.73"), "万元"))])
    assert seed.verdict == "ok", "241.45 vs 241.44 is within ±0.015"
    assert seed.tolerance == Decimal("0.015")


def test_units_are_normalised() -> None:
    q = Quantity.of
    total = q(Decimal("1.55"), "亿元")
    parts = [(1, q(Decimal("15000"), "万元")), (1, q(Decimal("500"), "万元"))]
    assert check_sum(total, parts).ok
    assert q(Decimal("241.44"), "万元").in_unit("元").value == Decimal("2414400.00")
    assert q(Decimal("95"), "%").base_interval() == Interval(Decimal("0.945"), Decimal("0.955"))


def test_partial_and_unstated_coverage() -> None:
    q = Quantity.of
    total = q(Decimal(297), "件")
    some = [(1, q(Decimal(90), "件")), (1, q(Decimal(62), "件"))]
    assert check_sum(total, some, PARTIAL).ok
    assert check_sum(total, [(1, q(Decimal(300), "件"))], PARTIAL).verdict == "exceeds"
    assert check_sum(total, some, UNSTATED).verdict == "short"


def test_qualifiers_make_bounds() -> None:
    at_least = Quantity.of(Decimal(95), "%", qualifier="at_least").interval()
    assert at_least == Interval(Decimal("94.5"), None)
    assert at_least.meets(Interval.point(Decimal(99)))
    assert not Quantity.of(Decimal(200), "件", qualifier="more_than").interval().meets(
        Interval.point(Decimal(150)))


def test_interval_division() -> None:
    rate = Interval(Decimal("91.725"), Decimal("91.735")) / Interval(Decimal("54.625"),
                                                                     Decimal("54.635"))
    assert rate is not None and rate.lo is not None and rate.hi is not None
    assert Decimal("1.678") < rate.lo < rate.hi < Decimal("1.680")
    assert Interval.point(Decimal(1)) / Interval(Decimal(-1), Decimal(1)) is None


def _bounds(interval: Interval | None) -> tuple[object, ...] | None:
    """The bounds with their digits (1.50 is not 1.5), for comparing exactly."""
    if interval is None:
        return None
    return tuple(None if b is None else b.as_tuple() for b in (interval.lo, interval.hi))


_SIGNED = st.decimals(min_value=-1000, max_value=1000, places=2, allow_nan=False,
                      allow_infinity=False)


@settings(max_examples=400)
@given(_SIGNED, _SIGNED, _SIGNED, _SIGNED, st.booleans())
def test_products_and_quotients_are_the_four_products(a: Decimal, b: Decimal, c: Decimal,
                                                       d: Decimal, open_end: bool) -> None:
    """[a, b] × [c, d] is the least and greatest of the four products, the first of equal
    ones (its digits as well as its value), and a quotient is the product by the divisor's
    inverse bounds, whatever the signs."""
    left, right = Interval(min(a, b), max(a, b)), Interval(min(c, d), max(c, d))
    products = [x * y for x in (left.lo, left.hi) for y in (right.lo, right.hi)]
    assert _bounds(left * right) == _bounds(Interval(min(products), max(products)))
    if open_end:
        assert left * Interval(right.lo, None) == Interval(None, None)
    if right.lo <= 0 <= right.hi:
        assert left / right is None
    else:
        inverse = (Decimal(1) / right.hi, Decimal(1) / right.lo)
        quotients = [x * y for x in (left.lo, left.hi) for y in inverse]
        assert _bounds(left / right) == _bounds(Interval(min(quotients), max(quotients)))
