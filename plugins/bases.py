"""Implied bases (RAT210): a total's and its parts' changes must start from levels that add up.

Where a total and every one of its parts state their change (较上年下降 19%，其中
A 下降 86%，B 增长 6%，…), each change says what its figure was the year before:
the level less the amount, the level over one plus the percent, or the base it
names. The parts made the total then as they make it now, so those earlier levels
add up too. Reviewers check it by hand (reports often print a total's percent
that is the mean of the parts' percents, or a part's percent against the wrong
base); here the earlier levels are intervals built from the shown digits, and the
sum is wrong only when no rounding of the figures makes the intervals meet.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

from crossfoot import (
    COMPLETE,
    PARTIAL,
    Context,
    Evidence,
    Finding,
    Interval,
    Quantity,
    Record,
    Ref,
    Report,
    Rule,
    Severity,
    check_sum,
    format_value,
)
from crossfoot.analysis.measures import Member

ONE = Decimal(1)
#: the measures of a level a change starts from (not a change, a share or a rate)
LEVELS = frozenset({"amount", "actual", "budget", "budget_initial", "count", "value"})


class Before(Record):
    """A figure, its change and the level the change says it had before."""

    current: Member
    change: Member  # the percent (or the amount) that says it
    prior: Interval
    certain: bool
    #: the level before is a figure the text states (比上年 57.55 万元), not one implied
    stated: bool = False

    @property
    def level(self) -> Quantity:
        return _quantity(self.current)

    @property
    def said(self) -> Quantity:
        return _quantity(self.change)


def _quantity(member: Member) -> Quantity:
    quantity = member.quantity
    assert quantity is not None  # ``befores`` keeps figures with a quantity only
    return quantity


def member_of(report: Report, ref: Ref | None) -> Member | None:
    """The figure a claim names: a fact of the narrative or a table's cell."""
    if ref is None:
        return None
    quantity, location, name = report.resolve(ref)
    if quantity is None:
        return None
    fact = report.fact(ref.fact) if ref.fact is not None else None
    measure = (fact.measure if fact is not None else None) or "amount"
    return Member(measure, name, location, quantity)


def _prior(current: Quantity, change: Quantity | None, percent: Quantity | None,
           base: Quantity | None) -> Interval | None:
    """The level before, in base units: the base stated, the level less the amount, or the
    level over one plus the percent."""
    if base is not None and base.dimension == current.dimension:
        return base.base_interval()
    if change is not None and change.dimension == current.dimension:
        return current.base_interval() - change.base_interval()
    if percent is not None and percent.dimension == "ratio":
        return current.base_interval() / (Interval.point(ONE) + percent.base_interval())
    return None


def befores(report: Report) -> dict[str, Before]:
    """Each figure's level before its change, by fact id, for figures with one change."""
    found: dict[str, Before] = {}
    seen: set[str] = set()
    for claim in report.claims:
        ref = claim.refs.get("current")
        if claim.kind != "change" or ref is None or ref.fact is None:
            continue
        if ref.fact in seen:
            found.pop(ref.fact, None)  # two changes of one figure: which one is unsure
            continue
        seen.add(ref.fact)
        members = {role: member_of(report, claim.refs.get(role))
                   for role in ("current", "change", "percent", "base")}
        current, said = members["current"], members["percent"] or members["change"]
        if current is None or said is None or current.quantity is None \
                or said.quantity is None or current.measure not in LEVELS:
            continue
        change, percent, base = (m.quantity if m is not None else None
                                 for m in (members["change"], members["percent"],
                                           members["base"]))
        prior = _prior(current.quantity, change, percent, base)
        if prior is not None and prior.bounded:
            stated = base is not None and base.dimension == current.quantity.dimension
            found[ref.fact] = Before(current, said, prior, claim.certain, stated)
    return found


class ImpliedBasesMismatch(Rule):
    id = "RAT210"
    name = "implied-bases-mismatch"
    family = "ratios"
    reads_analysis = False
    severity = Severity.WARNING
    summary = "A total's and its parts' changes imply year-before levels that do not add up."
    explanation = (
        "When a total and every one of its parts (a complete list: 分别为, a known complete "
        "breakdown, or a 其中 list whose parts make the total) state their change, each "
        "change implies the level its figure had before: the level less the amount, or the "
        "level divided by one plus the percent. The parts made up the total then as now, so "
        "those levels add up (for a 其中 list, which may have left out a part that is nil this "
        "year, they may not add up to more). Each is "
        "an interval from the shown digits, and the finding is raised only when the parts' "
        "sum and the total's cannot meet. Where the changes of a complete list are all "
        "amounts, SUM103 already compares the parts' changes with the total's; a 其中 list's "
        "amounts are read here (合计 a，增加 x；其中 A b，增加 y；B c，减少 z, b + c = a: the "
        "parts' changes may not add up to less than x)."
    )
    example = ("“三公”经费 81.0 万元，下降 19%；其中 出国 1.4 万元，下降 86%；"
               "接待 26.5 万元，增长 6%；车辆 53.1 万元，下降 28.3%: "
               "100.0 before, but the parts give 10.0 + 25.0 + 74.1")
    messages = {
        "zh": "按所述变动推算，{total} 上年为 {expected}，而其各组成部分上年合计为 {actual}"
              "（{parts}），相差 {difference}，变动幅度与数值不能同时成立",
        "en": "The changes imply {total} was {expected} the year before, but its parts were "
              "{actual} ({parts}), {difference} apart: the stated changes cannot all hold",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        report = ctx.report
        found = befores(report) if report.claims else {}
        for relation in report.relations:
            if relation.coverage not in (COMPLETE, PARTIAL) \
                    or any(w != 1 for w in relation.weights):
                continue
            total = found.get(relation.total.fact or "")
            parts = [found.get(p.fact or "") for p in relation.parts]
            if total is None or not parts or any(p is None for p in parts):
                continue
            known = [p for p in parts if p is not None]
            complete = relation.coverage == COMPLETE
            if not complete and not check_sum(total.level, [(1, p.level) for p in known]).ok:
                continue  # 其中 may list only some parts
            if complete and all(m.said.dimension != "ratio" for m in (total, *known)):
                continue  # amounts only of a complete list: SUM103 compares the changes
                # themselves (a 其中 list's, which may leave out what was nil this year, are
                # read here: its parts may not have made more than the total the year before)
            if all(m.stated for m in (total, *known)):
                continue  # every level before is stated: a sum of stated figures, the sums'
                # rules' (SUM103, SUM104) to check, not an implied one
            finding = self._compare(ctx, total, known, relation.certain, complete)
            if finding is not None:
                yield finding

    def _compare(self, ctx: Context, total: Before, parts: Sequence[Before],
                 certain: bool, complete: bool) -> Finding | None:
        """Complete parts made the total before too; listed ones that make it now (其中)
        may have had another beside them then (其他收入 20 万元 last year, none now), so
        they only may not have made more than it."""
        summed = sum((part.prior for part in parts[1:]), parts[0].prior)
        if summed.meets(total.prior) or (not complete and not summed.above(total.prior)):
            return None
        unit = total.level
        digits = max(m.decimals for before in (total, *parts)
                     for m in (before.level, before.said) if m.unit == unit.unit)
        expected, actual = _shown(total.prior, unit, digits), _shown(summed, unit, digits)
        difference = format_value(abs(_in_unit(total.prior, unit, digits)
                                      - _in_unit(summed, unit, digits)), digits) + unit.unit
        names = " + ".join(f"{p.current.label} {_shown(p.prior, unit, digits)}" for p in parts)
        finding = self.finding(
            ctx, total.change.location,
            Evidence(expected=_in_unit(total.prior, unit, digits),
                     actual=_in_unit(summed, unit, digits), unit=unit.unit),
            related=[p.change.location for p in parts],
            total=total.current.label, expected=expected, actual=actual, parts=names,
            difference=difference)
        sure = certain and total.certain and all(p.certain for p in parts)
        return finding if sure else finding.with_severity(Severity.INFO)


def _in_unit(interval: Interval, like: Quantity, digits: int) -> Decimal:
    """An interval's middle in ``like``'s unit, to ``digits`` decimals (the most any level or
    amount of the comparison shows: 57.55 before 33 is not 58)."""
    mid = interval.mid
    assert mid is not None
    return (mid / like.unit_info.scale).quantize(ONE.scaleb(-digits))


def _shown(interval: Interval, like: Quantity, digits: int) -> str:
    return format_value(_in_unit(interval, like, digits), digits) + like.unit
