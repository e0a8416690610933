"""Ratio bounds (RAT2xx): rates agree with their operands and stay within sense.

Every figure stands for the interval its shown digits allow, so a rate is
wrong only when the stated interval and the interval the operands give
(interval division) cannot meet, and a bound is crossed only when the whole
interval lies beyond it: a rate right after rounding is never flagged.
Figures come from ``crossfoot.analysis.measures``, whatever their source.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal, localcontext
from functools import partial
from typing import Any

from crossfoot import (
    Context,
    Evidence,
    Finding,
    Interval,
    Quantity,
    Record,
    Ref,
    Report,
    Rule,
    Setting,
    Severity,
    format_value,
    hookimpl,
)
from crossfoot.analysis.measures import (
    AverageCase,
    MeasureGroup,
    Member,
    ShareCase,
    average_cases,
    rate_kind,
    share_cases,
)
from crossfoot.analysis.vocabulary import changes
from crossfoot.analysis.vocabulary.scores import SCORE_UNIT
from crossfoot.plugins.bases import ImpliedBasesMismatch, member_of
from crossfoot.plugins.executions import ExecutionOverBudget, LowExecutionRate
from crossfoot.plugins.grades import GradeScoreMismatch
from crossfoot.plugins.members import (
    HUNDRED,
    beside,
    groups_of,
    groups_with,
    percent,
    place,
    point_ratio,
    q,
    ratio,
    stated,
)

ONE = Decimal(1)
ZERO = Decimal(0)
NON_NEGATIVE = ("budget_initial", "budget", "actual", "weight", "score", "count")
SIGNED = ("change", "adjustment")


# ---------------------------------------------------------------------------
# Interval helpers


def relative_change(current: Member, prior: Member) -> Interval | None:
    change = ratio(current, prior)
    return None if change is None else change - Interval.point(ONE)


# ---------------------------------------------------------------------------
# RAT201: a stated rate against its operands


class RateCase(Record):
    kind: str
    rate: Member
    #: (computed interval, how it was computed, operands, the point value): the last
    #: three are asked only for a finding, and most rates agree with their operands
    readings: tuple[tuple[Interval, Callable[[], str], tuple[Member, ...],
                          Callable[[], Decimal | None]], ...]
    zero_base: bool = False
    #: False for a claim read from prose that could have been meant otherwise: info at most
    certain: bool = True
    #: a change whose amount and percent go opposite ways (减少 … 增长 …): the amount
    opposite: Member | None = None


def _execution_cases(groups: Sequence[MeasureGroup]) -> Iterator[RateCase]:
    for group in groups:
        for rate in group.all("rate"):
            if rate.quantity is None or rate_kind(group, rate) != "execution":
                continue
            actual = group.number("actual", rate)
            if actual is None:
                continue
            readings = []
            for measure in ("budget", "budget_initial"):
                budget = group.number(measure, rate)
                if budget is None:
                    continue
                computed = ratio(actual, budget)
                if computed is not None:
                    readings.append((computed, partial(_quotient, actual, budget, rate),
                                     (actual, budget), partial(point_ratio, actual, budget)))
            if readings and not _capped(rate, readings):
                yield RateCase("execution", rate, tuple(readings))


def _capped(rate: Member, readings: Sequence[tuple[Interval, Any, Any, Any]]) -> bool:
    """100 % for an actual over its budget: the rate capped at 100 %, as a self-evaluation
    scores it (执行率超过 100% 的按 100% 计), not a miscalculation."""
    quantity = q(rate)
    return quantity.dimension == "ratio" and quantity.value * quantity.unit_info.scale == ONE \
        and all(reading.lo is not None and reading.lo >= ONE for reading, *_ in readings)


def _quotient(top: Member, bottom: Member, rate: Member) -> str:
    return f"{beside(top, rate)} {q(top)} ÷ {beside(bottom, rate)} {q(bottom)}"


def _relative(current: Member, prior: Member, change: Member) -> str:
    return (f"({beside(current, change)} {q(current)} − "
            f"{beside(prior, change)} {q(prior)}) ÷ {q(prior)}")


def _difference(current: Member, prior: Member, change: Member) -> str:
    return f"{beside(current, change)} {q(current)} − {beside(prior, change)} {q(prior)}"


def _share_case(case: ShareCase) -> RateCase | None:
    readings = []
    for part, whole in case.candidates:
        computed = ratio(part, whole)
        if computed is not None:
            readings.append((computed, partial(_quotient, part, whole, case.share),
                             (part, whole), partial(point_ratio, part, whole)))
    return RateCase("share", case.share, tuple(readings)) if readings else None


def _change_cases(groups: Sequence[MeasureGroup]) -> Iterator[RateCase]:
    for group in groups:
        for change in group.all("change"):
            if change.quantity is None:
                continue
            current, prior = group.current(change), group.number("prior", change)
            if current is None or prior is None:
                continue
            if change.quantity.dimension == "ratio":
                if q(prior).value == 0:
                    yield RateCase("change", change, (), zero_base=True)
                    continue
                computed = relative_change(current, prior)
                expected = partial(_change_point, current, prior)
                formula = partial(_relative, current, prior, change)
            elif q(change).dimension == q(current).dimension == q(prior).dimension:
                unit = q(change).unit
                now, before = q(current).in_unit(unit), q(prior).in_unit(unit)
                computed = now.interval() - before.interval()
                expected = partial(_given, now.value - before.value)
                formula = partial(_difference, current, prior, change)
            else:
                continue
            if computed is not None:
                yield RateCase("change", change, ((computed, formula, (current, prior),
                                                   expected),))


def rate_cases(ctx: Context) -> Iterator[RateCase]:
    groups = groups_of(ctx)
    yield from _execution_cases(groups_with(ctx, "rate"))
    for case in share_cases(ctx.report, groups):
        found = _share_case(case)
        if found is not None:
            yield found
    yield from _change_cases(groups_with(ctx, "change"))
    yield from _claim_cases(ctx.report)


# ---------------------------------------------------------------------------
# Declared claims: a change with its percent, a share of a whole, a rate


def _claim_cases(report: Report) -> Iterator[RateCase]:
    for claim in report.claims:
        found = {name: member_of(report, ref) for name, ref in claim.refs.items()}
        if claim.kind == "change":
            yield from _declared_change(found, claim.certain)
        elif claim.kind in ("share", "rate"):
            value, part, whole = found.get("value"), found.get("part"), found.get("whole")
            excess = found.get("change") if claim.kind == "rate" else None
            if value is not None and part is not None and whole is None and excess is not None:
                yield from _rate_past_excess(value, part, excess, claim.certain)
                continue
            if value is None or part is None or whole is None:
                continue
            if claim.kind == "rate" and whole.measure == "target" \
                    and q(whole).qualifier in (None, *TARGET_BOUNDS):
                # 指标值≥40 期，完成值 36 期，完成率: of the 40 set; 目标值 300 万人次: a target is
                # a number chosen, not measured, so exactly 300
                whole = _as_set(whole)
            computed = ratio(part, whole)
            if computed is None:
                continue
            kind = "share" if claim.kind == "share" else "execution"
            yield RateCase(kind, value, ((computed, partial(_quotient, part, whole, value),
                                         (part, whole), partial(point_ratio, part, whole)),),
                           certain=claim.certain)


def _rate_past_excess(value: Member, done: Member, excess: Member, certain: bool
                      ) -> Iterator[RateCase]:
    """完成 a，超预算 d，完成预算的 p: the budget unstated is a − d, so p = 1 / (1 − d ÷ a)
    (each figure's interval taken once)."""
    share = ratio(excess, done)
    if share is None:
        return
    left = Interval.point(ONE) - share
    computed = Interval.point(ONE) / left
    point = point_ratio(excess, done)
    if computed is None or point is None or point == ONE:
        return
    yield RateCase("execution", value, ((computed, partial(_past_excess, done, excess, value),
                                         (done, excess), partial(_given, ONE / (ONE - point))),),
                   certain=certain)


def _past_excess(done: Member, excess: Member, rate: Member) -> str:
    return f"{beside(done, rate)} {q(done)} ÷ ({q(done)} − {_signed(excess)})"


#: the bounds a target is set with (指标值≥40 期): the number is the target a rate is of
TARGET_BOUNDS = frozenset({"at_least", "at_most", "more_than", "less_than"})


def _as_set(target: Member) -> Member:
    """A target (300 万人次, or set as a bound: ≥40 期), taken as exactly the number it sets."""
    quantity = q(target)
    return Member(target.measure, target.label, target.source,
                  Quantity.of(quantity.value, quantity.unit, exact=True), target.text,
                  target.order)


def _declared_change(found: dict[str, Member | None], certain: bool) -> Iterator[RateCase]:
    """A change against its level and base: the amount's sign, the difference, the percent.

    The base of a percent is the base stated (较 2024 年的 2190 万元) or, when only
    the level and the amount are given, the level less the amount (242 万元，减少
    12 万元: 254); with an alternative level (the total of a list whose last part
    states the change) either reading will do. One change gives at most one
    finding: an amount that contradicts its two levels is that finding.
    """
    current, change = found.get("current"), found.get("change")
    percent, base = found.get("percent"), found.get("base")
    levels = [m for m in (current, found.get("alternative")) if m is not None]
    if change is None and percent is not None and current is not None and base is not None:
        yield from _moved(current, base, percent, certain)  # 由 318 万元增加到 367.29 万元，增幅…
        return
    if change is not None and percent is not None and q(change).value and q(percent).value \
            and (q(change).value > 0) != (q(percent).value > 0):
        yield RateCase("change", percent, (), certain=certain, opposite=change)
        return
    points = change is not None and q(change).unit == changes.PERCENTAGE_POINTS  # 2.3% apart
    if change is not None and current is not None and base is not None \
            and (points or q(change).dimension == q(current).dimension) \
            and q(current).dimension == q(base).dimension:
        unit = "%" if points else q(change).unit
        now, before = q(current).in_unit(unit), q(base).in_unit(unit)
        difference = now.interval() - before.interval()
        if not q(change).interval().meets(difference):
            point = now.value - before.value
            yield RateCase("change", change, ((difference,
                                               partial(_difference, current, base, change),
                                               (current, base), partial(_given, point)),),
                           certain=certain)
            return
    if percent is None or change is None:
        return
    readings = []
    for label, bottom in _bases(levels, change, base):
        computed = change_interval(change) / bottom
        if computed is not None:
            readings.append((computed, partial(_over_base, change, label), (change,),
                             partial(_point, change, bottom)))
    if readings:
        yield RateCase("change", percent, tuple(readings), certain=certain)
    elif current is not None and _base_is_zero(current, change) \
            and (q(change).value or q(percent).value):  # 0 元，增加 0 元，增长 0%: nothing moved
        yield RateCase("change", percent, (), zero_base=True, certain=certain)


def _moved(current: Member, base: Member, percent: Member, certain: bool
           ) -> Iterator[RateCase]:
    """A percent change stated with both levels: (current − base) / base."""
    computed = relative_change(current, base)
    if computed is None:
        return
    yield RateCase("change", percent, ((computed, partial(_relative, current, base, percent),
                                        (current, base), partial(_change_point, current, base)),),
                   certain=certain)


def _change_point(current: Member, base: Member) -> Decimal | None:
    point = point_ratio(current, base)
    return None if point is None else point - ONE


def _given(point: Decimal | None) -> Decimal | None:
    return point


def change_interval(change: Member) -> Interval:
    return q(change).base_interval()


def _bases(levels: Sequence[Member], change: Member, base: Member | None
           ) -> list[tuple[str, Interval]]:
    """The bases a percent change may be of, in the change's base unit."""
    found = []
    if base is not None and q(base).dimension == q(change).dimension:
        found.append((f"{q(base)}", q(base).base_interval()))
    for level in levels:
        if q(level).dimension == q(change).dimension:
            below = q(level).base_interval() - change_interval(change)
            found.append((f"({q(level)} − {_signed(change)})", below))
    return found


def _signed(change: Member) -> str:
    quantity = q(change)
    return f"({quantity})" if quantity.value < 0 else str(quantity)


def _over_base(change: Member, base: str) -> str:
    return f"{_signed(change)} ÷ {base}"


def _point(change: Member, bottom: Interval) -> Decimal | None:
    middle = bottom.mid
    if middle is None or middle == 0:
        return None
    return q(change).value * q(change).unit_info.scale / middle


def _base_is_zero(current: Member, change: Member) -> bool:
    if q(current).dimension != q(change).dimension:
        return False
    unit = q(change).unit
    return q(current).in_unit(unit).value - q(change).value == 0


def _stated_interval(member: Member) -> Interval:
    """A rate in its plain form: 12.5% is 0.125; an absolute change stays in its unit."""
    quantity = q(member)
    return quantity.base_interval() if quantity.dimension == "ratio" else quantity.interval()


def _shown(member: Member, value: Decimal | None, operands: Sequence[Member] = ()) -> str:
    """The computed value at one digit more than the stated rate shows, or, for an amount,
    at the digits its operands show (与上年持平 states 0: 3.20 − 2.90 is 0.30, not 0)."""
    quantity = q(member)
    if value is None:
        return "—"
    if quantity.dimension == "ratio":
        return percent(value, max(quantity.decimals + 1, 1))
    digits = max([quantity.decimals, *(q(m).decimals for m in operands
                                       if q(m).unit == quantity.unit)])
    return format_value(value, digits) + quantity.unit


class RateMismatch(Rule):
    id = "RAT201"
    name = "rate-mismatch"
    family = "ratios"
    reads_analysis = False
    severity = Severity.ERROR
    summary = "A stated rate, share or change does not agree with the figures it is computed from."
    explanation = (
        "Execution rate = actual / budget (cn-rules B.11: 执行率 = 全年执行数 / 全年预算数); "
        "share = part / whole (A.10, B.23); change = (current - prior) / prior, stored signed, so "
        "减少 / 下降 is negative (D.29), or current - prior for an amount of change. Every "
        "figure stands for the interval its shown digits allow and the computation is done on "
        "intervals: the rate is reported only when the stated interval and the computed one "
        "cannot meet, so 90.0% for 63 / 70 is never flagged. A share is compared with every "
        "amount column of its table and is reported only when it fits none; an execution rate "
        "beside both an initial and an adjusted budget only when it fits neither. A percentage "
        "change stated on a prior-year value of 0 is reported too: it has no meaning. From "
        "plain text it trusts a change whose amount and percent one sentence states of one item "
        "(the base is the stated one, 比 2022 年预算数 X, or the level less the change; a "
        "change in 个百分点 is the difference of the item's percentages of the two years; "
        "against a budget, 比年初预算数 X 减少, only where the sentence states one spent "
        "figure and one budget of the item; 决算数大于 / 小于年初预算数 and 超额完成, words "
        "with no figure, as a change above or below zero between the one spending or result "
        "and the one budget or target they name), a "
        "share whose whole is named or is the total the part belongs to, and a rate whose "
        "budget is stated before it or in its sentence; a reading with another possibility "
        "(a change that could be a list's or its last part's) is info at most, and an average "
        "over several years (年均增长) is never compared with two levels."
    )
    example = "全年预算数 70, 全年执行数 63, 执行率 80%: 63 / 70 = 90.0%"
    messages = {
        "zh": "{label} 为 {stated}，但按 {formula} 计算应为 {expected}，舍入误差无法解释",
        "en": "{label} is stated as {stated}, but {formula} gives {expected}, "
              "more than rounding explains",
        "opposite.zh": "{label} 为 {stated}，但同一变动的金额为 {amount}：增减方向相反",
        "opposite.en": "{label} is stated as {stated}, but the same change's amount is "
                       "{amount}: they go opposite ways",
        "zero.zh": "{label}以上年数 0 为基数标称变动 {stated}，以零为基数的百分比没有意义",
        "zero.en": "{label} states a change of {stated} on a prior-year value of 0; "
                   "a percentage of a zero base has no meaning",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        for case in rate_cases(ctx):
            for finding in self._case(ctx, case):
                yield finding if case.certain else finding.with_severity(Severity.INFO)

    def _case(self, ctx: Context, case: RateCase) -> Iterator[Finding]:
        if case.opposite is None and not case.zero_base:
            claimed = _stated_interval(case.rate)
            if any(claimed.meets(reading) for reading, *_ in case.readings):
                return  # most rates agree: their words are made only for a finding
        values: dict[str, Any] = {"label": place(case.rate), "stated": stated(case.rate)}
        if case.opposite is not None:
            yield self.finding(ctx, case.rate.location, Evidence(actual=q(case.rate)),
                               related=[case.opposite.location], message="opposite",
                               amount=stated(case.opposite), **values)
            return
        if case.zero_base:
            yield self.finding(ctx, case.rate.location, Evidence(actual=q(case.rate)),
                               message="zero", **values)
            return
        _, how, operands, point_of = case.readings[0]
        point = point_of()
        expected = _shown(case.rate, point, operands)
        difference = None
        if point is not None:
            ratio_form = q(case.rate).dimension == "ratio"
            gap = q(case.rate).value - point * (HUNDRED if ratio_form else ONE)
            difference = format_value(gap, q(case.rate).decimals + 1) + (
                "%" if ratio_form else q(case.rate).unit)
        yield self.finding(
            ctx, case.rate.location,
            Evidence(expected=expected, actual=q(case.rate), difference=difference),
            related=[m.location for m in operands],
            formula=how(), expected=expected, **values)


# ---------------------------------------------------------------------------
# RAT202: averages


def _mean_meets(case: AverageCase) -> tuple[bool, Decimal]:
    """Does the stated average fit the plain mean (or a mean weighted by an amount column)?"""
    unit = q(case.average).unit
    parts = [q(p).in_unit(unit) for p in case.parts]
    count = Decimal(len(parts))
    total = Interval.point(ZERO)
    for part in parts:
        total = total + part.interval()
    mean_point = sum((p.value for p in parts), ZERO) / count
    stated_interval = q(case.average).interval()
    if stated_interval.scale(count).meets(total):
        return True, mean_point
    for _label, weights in case.weightings:
        if len({w.dimension for w in weights}) != 1:
            continue
        # Weights only say how much each figure counts; their rounding is not the question.
        weight_total = sum((w.value for w in weights), ZERO)
        if weight_total <= 0:
            continue
        weighted = Interval.point(ZERO)
        for weight, part in zip(weights, parts, strict=True):
            weighted = weighted + part.interval().scale(weight.value)
        if stated_interval.scale(weight_total).meets(weighted):
            return True, mean_point
    return False, mean_point


class AverageMismatch(Rule):
    id = "RAT202"
    name = "average-mismatch"
    family = "ratios"
    reads_analysis = False
    severity = Severity.ERROR
    summary = "A stated average does not equal the mean of the figures it averages."
    explanation = (
        "A row with role average (or labelled 平均 in a table without roles) averages the rows "
        "it lists in sum_of, or else the item rows of its table, column by column; an average "
        "claim averages the figures it lists (from plain text: 平均 after figures of its unit "
        "that the sentence lists with 分别 or numbers with a count, 3 个项目). The mean is "
        "computed on intervals (each figure stands for what its shown digits allow), so 97.44 "
        "for (95.38 + 99.5) / 2 holds. A mean weighted by the table's budget or actual column "
        "is accepted as well; the average is reported only when it fits neither."
    )
    example = "项目得分 95.38 and 99.5, 自评价平均分 96.44: the mean is 97.44"
    messages = {
        "zh": "{label} 为 {actual}，但所列 {count} 项（{formula}）的平均值为 {expected}，"
              "相差 {difference}",
        "en": "{label} is {actual}, but the mean of the {count} figures it covers "
              "({formula}) is {expected} (off by {difference})",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        for case in (*average_cases(ctx.report), *_claimed_averages(ctx.report)):
            average = q(case.average)
            if any(q(p).dimension != average.dimension for p in case.parts):
                continue
            ok, mean = _mean_meets(case)
            if ok:
                continue
            places = max([average.decimals, *(q(p).decimals for p in case.parts)])
            step = Decimal(1).scaleb(-places)
            expected = mean.quantize(step)
            yield self.finding(
                ctx, case.average.location,
                Evidence(expected=expected, actual=average.value,
                         difference=(average.value - mean).quantize(step),
                         unit=average.unit or None,
                         parts=tuple((p.label, q(p)) for p in case.parts)),
                related=[p.location for p in case.parts],
                label=case.label, actual=str(average),
                expected=format_value(expected) + average.unit,
                difference=format_value(abs(average.value - mean), places) + average.unit,
                count=len(case.parts),
                formula=" + ".join(str(q(p)) for p in case.parts))


def _claimed_averages(report: Report) -> Iterator[AverageCase]:
    """Average claims (the narrative's 平均得分 after its listed scores): a case each."""
    for claim in report.claims:
        if claim.kind != "average" or not claim.certain:
            continue
        average = member_of(report, claim.refs.get("value"))
        parts = [member_of(report, ref) for name, ref in claim.refs.items()
                 if name.startswith("of/")]
        if average is not None and len(parts) >= 2 and all(p is not None for p in parts):
            yield AverageCase(average.label, average, tuple(p for p in parts if p))


# ---------------------------------------------------------------------------
# RAT203: shares and rates out of range


#: a bounded share above this (1,000 %) is read from digits run together, not stated
RUN_TOGETHER = Decimal(10)


class ShareOutOfRange(Rule):
    id = "RAT203"
    name = "share-out-of-range"
    family = "ratios"
    reads_analysis = False
    severity = Severity.ERROR
    summary = "A share, a satisfaction or coverage rate lies outside 0 to 100 %, or a rate is " \
              "negative."
    explanation = (
        "A part of a whole (占比, 比重, 满意度, 合格率, 覆盖率 ...) lies between 0 and 100 % "
        "(cn-rules B.23). Execution and completion rates may exceed 100 % (overspending and "
        "over-fulfilment are other rules' business) but never fall below 0; other rates, such "
        "as growth rates, may be negative and are left alone. The whole interval "
        "of the stated figure must lie outside the range: 100.4% shown with no decimals could "
        "be 100% and is not reported. A share over 1,000 % is digits a converter ran together "
        "(a form's score and rate, 合格率20100%) more likely than a slip, and only info."
    )
    example = "群众满意度 102%"
    messages = {
        "zh": "{label} 为 {value}，超出 0～100% 的可能范围",
        "en": "{label} is {value}, outside the possible range of 0 to 100%",
        "negative.zh": "{label} 为 {value}，比率不可能为负",
        "negative.en": "{label} is {value}; a rate cannot be negative",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        for group in groups_with(ctx, "share", "rate"):
            for member in [*group.all("share"), *group.all("rate")]:
                if member.quantity is None or member.quantity.dimension != "ratio":
                    continue
                span = member.quantity.base_interval()
                kind = rate_kind(group, member)
                if kind != "other" and span.hi is not None and span.hi < 0:
                    yield self.finding(ctx, member.location,
                                       Evidence(expected="≥ 0%", actual=q(member)),
                                       message="negative", label=place(member),
                                       value=stated(member))
                elif kind == "bounded" and span.lo is not None and span.lo > ONE:
                    finding = self.finding(ctx, member.location,
                                           Evidence(expected="0% – 100%", actual=q(member)),
                                           label=place(member), value=stated(member))
                    # 合格率20100%100%20, a form's cells run into one line: a share of ten
                    # times its whole is digits read together, not a slip of the hand
                    yield finding.with_severity(Severity.INFO) if span.lo > RUN_TOGETHER \
                        else finding


# ---------------------------------------------------------------------------
# RAT206: score above its maximum


class ScoreAboveMaximum(Rule):
    id = "RAT206"
    name = "score-above-maximum"
    family = "ratios"
    reads_analysis = False
    severity = Severity.ERROR
    summary = "A score is higher than its weight (得分 > 分值), or than the full mark."
    explanation = (
        "An indicator's score lies between 0 and its weight (分值); real systems refuse "
        "\"自评得分不能大于分值\" (cn-rules B.15). A weight is an allocation, not a measurement, "
        "so it is taken exactly; the score keeps the tolerance of its shown digits. A score "
        "given without a weight is held to the full mark of the scoring system, 100 by "
        "default (option max-score), unless the points are a fund allocation's (因素得分), or "
        "two or more of the report's points pass it, or it adds points up past it (四个片区"
        "得分合计 678 分): points of another scale."
    )
    example = "分值 10, 得分 12"
    messages = {
        "zh": "{label} 为 {score}，超过分值 {weight}",
        "en": "{label} is {score}, higher than its maximum {weight}",
        "full.zh": "{label} 为 {score}，超过满分 {weight}",
        "full.en": "{label} is {score}, higher than the full mark {weight}",
    }

    settings = (Setting("max-score", "number", "the full mark of a score"),)

    def check(self, ctx: Context) -> Iterator[Finding]:
        full_mark = ctx.options.decimal_setting("max-score", HUNDRED)
        over_full: list[Finding] = []
        for group in groups_with(ctx, "score"):
            for score in group.all("score"):
                if score.quantity is None or score.quantity.dimension not in ("score", "number"):
                    continue
                weight = group.number("weight", score)
                if weight is not None and q(weight).dimension == score.quantity.dimension:
                    limit, key, related = q(weight).value, None, [weight.location]
                elif FACTOR_POINTS in place(score):
                    continue  # (因素得分 of a fund's allocation: points of no full mark)
                else:
                    limit, key, related = full_mark, "full", []
                low = score.quantity.interval().lo
                if low is None or low <= limit:
                    continue
                unit = score.quantity.unit
                finding = self.finding(
                    ctx, score.location,
                    Evidence(expected=f"≤ {format_value(limit)}",
                             actual=score.quantity.value,
                             difference=score.quantity.value - limit,
                             unit=unit or None),
                    related=related, message=key, label=place(score), score=str(score.quantity),
                    weight=format_value(limit) + unit)
                if key is None:
                    yield finding
                else:
                    over_full.append(finding)
        if len(over_full) < OTHER_SCALE and not _adds_past(ctx, full_mark):
            yield from over_full
        # (东片区 158 分 … 南片区 261 分 … 合计 678 分: several points past the full mark, or a
        # sum of them, are of another scale, not slips)


#: the points a fund's allocation gives each place by its factors (因素得分): no full mark
FACTOR_POINTS = "因素"
#: how many scores past the full mark make it another scale
OTHER_SCALE = 2


def _adds_past(ctx: Context, full_mark: Decimal) -> bool:
    """Does the report add points up to more than the full mark (四个片区得分合计 678 分)?
    Then its points are of another scale, and no score of it is held to the full mark."""
    for relation in ctx.report.relations:
        total = member_of(ctx.report, relation.total)
        if total is not None and q(total).unit == SCORE_UNIT and q(total).value > full_mark:
            return True
    return False


# ---------------------------------------------------------------------------
# RAT207: negative amounts


class NegativeAmount(Rule):
    id = "RAT207"
    name = "negative-amount"
    family = "ratios"
    reads_analysis = False
    severity = Severity.ERROR
    summary = "A budget, an amount spent, a weight, a score or a count is negative."
    explanation = (
        "Budgets, amounts executed, weights, scores and counts of people or items cannot be "
        "negative; changes and adjustments (调减) can, and are left alone. Counts are "
        "recognised by their unit (人, 件, 个 ...) as well as by their measure."
    )
    example = "全年预算数 -12.5"
    messages = {
        "zh": "{label} 为 {value}，此类数额不可能为负",
        "en": "{label} is {value}; this figure cannot be negative",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        for group in groups_of(ctx):
            for member in group.members:
                quantity = member.quantity
                if quantity is None or member.measure in SIGNED:
                    continue
                if member.measure not in NON_NEGATIVE and quantity.dimension != "count":
                    continue
                high = quantity.interval().hi
                if high is None or high >= 0:
                    continue
                yield self.finding(ctx, member.location,
                                   Evidence(expected="≥ 0", actual=quantity.value,
                                            unit=quantity.unit or None),
                                   label=place(member), value=str(quantity))


# ---------------------------------------------------------------------------
# RAT209: average yearly growth


class GrowthMismatch(Rule):
    id = "RAT209"
    name = "average-growth-mismatch"
    family = "ratios"
    reads_analysis = False
    severity = Severity.ERROR
    summary = "A stated average yearly growth does not follow from the two dated levels it joins."
    explanation = (
        "A growth claim (from plain text: 从 2015 年的 a 上升到 2020 年的 b，年均增长 p%) "
        "states a compound rate: b = a × (1 + p)^n over the n years between the levels. The "
        "rate the levels give is computed on intervals (each figure stands for what its shown "
        "digits allow, and the root keeps their order), so the stated rate is reported only "
        "when no rounding of the three figures makes them agree."
    )
    example = ("从 2015 年的 99,229 万元上升到 2020 年的 181,398 万元，年均增长 13.82%: "
               "(181,398 / 99,229)^(1/5) − 1 = 12.82 %")
    messages = {
        "zh": "{label}年均增长率为 {actual}，但按 {start} 至 {end}（{years} 年）计算应为 "
              "{expected}，舍入误差无法解释",
        "en": "{label} is said to grow {actual} a year, but {start} to {end} over {years} years "
              "gives {expected}, more than rounding explains",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        report = ctx.report
        for claim in report.claims:
            if claim.kind != "growth" or not claim.certain:
                continue
            start, end, rate = (member_of(report, claim.refs.get(role))
                                for role in ("base", "current", "percent"))
            years = _years_between(report, claim.refs.get("base"), claim.refs.get("current"))
            if start is None or end is None or rate is None or not years \
                    or start.quantity is None or end.quantity is None or rate.quantity is None:
                continue
            implied = _growth(start.quantity, end.quantity, years)
            stated = rate.quantity.base_interval()
            if implied is None or stated.lo is None or stated.hi is None \
                    or implied.lo is None or implied.hi is None \
                    or (stated.lo <= implied.hi and implied.lo <= stated.hi):
                continue
            point = _growth_point(start.quantity.value, end.quantity.value, years)
            places = rate.quantity.decimals + 2
            expected = (point * 100).quantize(ONE.scaleb(-places))
            yield self.finding(
                ctx, rate.location,
                Evidence(expected=expected, actual=rate.quantity.value, unit="%"),
                related=[start.location, end.location], label=end.label,
                actual=str(rate.quantity), start=str(start.quantity), end=str(end.quantity),
                years=years, expected=f"{format_value(expected)}%")


def _years_between(report: Report, start: Ref | None, end: Ref | None) -> int | None:
    """The years between two facts' periods (2015 … 2020: 5), when both name one."""
    found = []
    for ref in (start, end):
        fact = report.fact(ref.fact) if ref is not None and ref.fact is not None else None
        period = fact.period if fact is not None else None
        if not period or not period[:4].isdigit():
            return None
        found.append(int(period[:4]))
    years = found[1] - found[0]
    return years if years > 0 else None


def _growth(start: Quantity, end: Quantity, years: int) -> Interval | None:
    """The yearly rates two rounded levels allow, as a fraction (the root keeps order)."""
    low, high = start.base_interval(), end.base_interval()
    if low.lo is None or low.hi is None or high.lo is None or high.hi is None \
            or low.lo <= 0 or high.lo <= 0:
        return None
    return Interval(_growth_point(low.hi, high.lo, years), _growth_point(low.lo, high.hi, years))


def _growth_point(start: Decimal, end: Decimal, years: int) -> Decimal:
    with localcontext() as context:
        context.prec = 34
        return (end / start) ** (ONE / years) - ONE


@hookimpl
def crossfoot_rules() -> list[Rule]:
    return [RateMismatch(), AverageMismatch(), ShareOutOfRange(), ExecutionOverBudget(),
            LowExecutionRate(), ScoreAboveMaximum(), NegativeAmount(), GradeScoreMismatch(),
            GrowthMismatch(), ImpliedBasesMismatch()]
