"""Execution rates (RAT204, RAT205): what was spent against what was budgeted.

An execution is a group's budget (or its initial budget), the actual spent
against it and the rate the report states; each is found once per check and
read by the rate rule (RAT201) as by the two bounds here: spending above the
budget said as done, and spending far below it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any

from crossfoot import (
    Context,
    Evidence,
    Fact,
    Finding,
    Interval,
    Record,
    Rule,
    Setting,
    Severity,
    View,
    find_years,
    format_value,
)
from crossfoot.analysis.measures import CellAt, MeasureGroup, Member, rate_kind
from crossfoot.analysis.vocabulary.balances import START_BALANCE
from crossfoot.analysis.vocabulary.measures import REVENUE
from crossfoot.plugins.members import (
    HUNDRED,
    beside,
    groups_with,
    percent,
    place,
    point_ratio,
    q,
    ratio,
    stated,
)

ONE = Decimal(1)


class Execution(Record):
    """An execution rate: actual against budget, and the rate the report states."""

    group: MeasureGroup
    budget: Member | None
    initial: bool
    actual: Member | None
    rate: Member | None

    def computed(self) -> Interval | None:
        if self.budget is None or self.actual is None:
            return None
        return ratio(self.actual, self.budget)


#: what an execution is made of: a rate, or a budget (with the actual spent against it)
EXECUTION_MEASURES = ("rate", "budget", "budget_initial")


class Executions(View):
    """The report's execution rates, gathered once per check for the rules that read them."""

    def __init__(self, found: list[Execution]) -> None:
        self.found = found

    @classmethod
    def build(cls, ctx: Context) -> Executions:
        # an execution needs a rate or a budget (and its actual): other groups yield none
        return cls(list(executions(groups_with(ctx, *EXECUTION_MEASURES))))


def executions_of(ctx: Context) -> list[Execution]:
    return ctx.view(Executions).found


def executions(groups: Sequence[MeasureGroup]) -> Iterator[Execution]:
    for group in groups:
        rates = [m for m in group.all("rate")
                 if m.quantity is not None and rate_kind(group, m) == "execution"]
        rate = rates[0] if rates else None
        budget = group.number("budget", rate)
        initial = False
        if budget is None:
            budget = group.number("budget_initial", rate)
            initial = budget is not None
        actual = group.number("actual", budget or rate)
        if (budget is not None and actual is not None) or rate is not None:
            yield Execution(group, budget, initial, actual, rate)


# ---------------------------------------------------------------------------
# RAT204, RAT205: execution above budget, far below budget


def _execution_values(execution: Execution, point: Decimal | None) -> dict[str, Any]:
    values: dict[str, Any] = {"rate": percent(point)}
    if execution.budget is not None and execution.actual is not None:
        values.update(actual_label=place(execution.actual), actual=str(q(execution.actual)),
                      budget_label=beside(execution.budget, execution.actual),
                      budget=str(q(execution.budget)))
    if execution.rate is not None:
        values.update(label=place(execution.rate), stated=stated(execution.rate))
    return values


def _execution_evidence(point: Decimal | None, bound: str) -> Evidence:
    return Evidence(expected=bound, actual=percent(point, 2))


class ExecutionOverBudget(Rule):
    id = "RAT204"
    name = "execution-over-budget"
    family = "ratios"
    reads_analysis = False
    severity = Severity.WARNING
    summary = "More was spent than budgeted: the execution rate is above 100 %."
    explanation = (
        "执行数 > 预算数 (执行率 > 100 %) needs an explanation (cn-rules B.14; report software "
        "treats it as a query, not an arithmetic error). The execution rate is defined against "
        "the full-year (adjusted) budget (B.11), so a figure set against a budget labelled 年初 "
        "(the initial budget) is not reported: mid-year additions (年中追加) legitimately raise "
        "it; nor is one beside an addition the report states (提前下达 a，追加下达 b，合计到位 c), "
        "nor one after a balance carried in (上年结转 a，本年下达 b，本年支出 c: c is spent out of "
        "a + b), nor a column of one year beside another's (2022 年执行数 | 2023 年预算数), nor an "
        "output past its target (造林 5.56 万亩 against a task of 5.3 万亩): only money is spent. "
        "Reported only when every value the shown digits allow is above the budget; when "
        "no operands are given, a stated execution rate above 100 % is reported."
    )
    example = "商品服务支出预算为 54.63 万元，决算数为 91.73 万元: 167.9%"
    messages = {
        "zh": "{actual_label} {actual} 超过 {budget_label} {budget}，执行率 {rate}，"
              "超支 {excess}，需说明原因",
        "en": "{actual_label} {actual} exceeds {budget_label} {budget}: execution rate {rate}, "
              "{excess} over budget; the overspend needs an explanation",
        "stated.zh": "{label} 为 {stated}，执行数超过预算，需说明原因",
        "stated.en": "{label} is {stated}: more was spent than budgeted, which needs an "
                     "explanation",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        for execution in executions_of(ctx):
            if execution.initial or _collected(execution.group) or _adjusted(execution.group):
                continue
            actual, budget = execution.actual, execution.budget
            if budget is not None and _carried_in(ctx, budget):
                continue
            if actual is not None and budget is not None:
                if _two_years(actual, budget) or q(actual).dimension != q(budget).dimension or \
                        q(budget).dimension not in _SPENT or \
                        not q(actual).base_interval().above(q(budget).base_interval()):
                    continue  # (造林 5.56 万亩 against a task of 5.3: an output past its target)
                point = point_ratio(actual, budget)
                unit = q(budget).unit
                excess = q(actual).in_unit(unit).value - q(budget).value
                places = max(q(actual).in_unit(unit).decimals, q(budget).decimals)
                yield self.finding(ctx, actual.location,
                                   _execution_evidence(point, "≤ 100%"),
                                   related=[budget.location],
                                   excess=format_value(excess, places) + unit,
                                   **_execution_values(execution, point))
            elif execution.rate is not None:
                span = q(execution.rate).base_interval()
                if span.lo is None or span.lo <= ONE:
                    continue
                yield self.finding(ctx, execution.rate.location,
                                   Evidence(expected="≤ 100%", actual=q(execution.rate)),
                                   message="stated", **_execution_values(execution, None))


#: the dimensions of what is spent: money, or a bare figure under a table's unit
_SPENT = ("money", "number")


def _two_years(actual: Member, budget: Member) -> bool:
    """2022 年执行数 beside 2023 年预算数 (a budget table's columns): last year's spending is
    no execution of this year's budget."""
    years = []
    for member in (actual, budget):
        source = member.source
        if not isinstance(source, CellAt):
            return False
        years.append({y for m in find_years(source.column.label) for y in (m.first, m.last)})
    return bool(years[0]) and bool(years[1]) and not years[0] & years[1]


#: the words of an adjustment of a budget (年内追加下达 b): the budget beside it is then the one
#: before the adjustment, whatever its own words
_ADJUSTING = ("追加", "追减", "调增", "调减")


def _adjusted(group: MeasureGroup) -> bool:
    """提前下达 a，年内追加下达 b，合计到位 c: c is against a + b, which no figure states; the
    budget said is the one before the addition, as a 年初 budget is (not reported)."""
    return any(m.measure == "adjustment" or (
        m.measure == "change" and any(w in m.label for w in _ADJUSTING)) for m in group.members)


def _carried_in(ctx: Context, budget: Member) -> bool:
    """上年结转 a，本年下达 b，本年支出 c，年末结余 d (a fund's roll-forward): c is spent out
    of a + b, so spending above the year's b is no overspending."""
    source = budget.source
    if not isinstance(source, Fact) or source.source is None or source.source.paragraph is None:
        return False
    paragraph, start = source.source.paragraph, source.source.start or 0
    return any(fact.source is not None and fact.source.paragraph == paragraph
               and (fact.source.start or 0) < start
               and (fact.label or "").startswith(START_BALANCE) for fact in ctx.report.facts)


def _collected(group: MeasureGroup) -> bool:
    """Money coming in (税收收入 | 预算数 | 完成数 | 完成预算%): collecting more than the budget
    is no overspending. The row's name decides; a row named by neither (合计) is of its
    table's."""
    names = [group.label]
    source = group.members[0].source if group.members else None
    if isinstance(source, CellAt):
        names.append(source.table.title)
    for name in names:
        if "支出" in name:
            return False
        if any(word in name for word in REVENUE):
            return True
    return False


class LowExecutionRate(Rule):
    id = "RAT205"
    name = "low-execution-rate"
    family = "ratios"
    reads_analysis = False
    severity = Severity.INFO
    summary = "Far less was spent than budgeted: the execution rate is below the threshold."
    explanation = (
        "An execution rate far below 100 % asks for a reason (cn-rules B.13 asks one below "
        "90 %; this rule looks for the far cases, below 60 % by default). Set the threshold, "
        "in percent, with the option low-execution-rate in [tool.crossfoot.options]. Reported "
        "only when every value the shown digits allow is below the threshold; the initial "
        "budget is used when no other is given."
    )
    example = "“三公经费”支出预算为 11.8 万元 … 决算数为 2.41 万元: 20.4%"
    messages = {
        "zh": "{actual_label} {actual} 仅为 {budget_label} {budget} 的 {rate}，"
              "低于 {threshold}，需说明执行率偏低的原因",
        "en": "{actual_label} {actual} is only {rate} of {budget_label} {budget}, below "
              "{threshold}; the low execution rate needs an explanation",
        "stated.zh": "{label} 为 {stated}，低于 {threshold}，需说明执行率偏低的原因",
        "stated.en": "{label} is {stated}, below {threshold}; the low execution rate needs an "
                     "explanation",
    }

    settings = (Setting("low-execution-rate", "number",
                        "execution rate (%) below which an explanation is asked for"),)

    def check(self, ctx: Context) -> Iterator[Finding]:
        threshold = ctx.options.decimal_setting("low-execution-rate", Decimal(60)) / HUNDRED
        shown = percent(threshold, 0)
        for execution in executions_of(ctx):
            computed = execution.computed()
            if computed is not None and execution.actual and execution.budget:
                if computed.hi is None or computed.hi >= threshold:
                    continue
                point = point_ratio(execution.actual, execution.budget)
                yield self.finding(ctx, execution.actual.location,
                                   _execution_evidence(point, f"≥ {shown}"),
                                   related=[execution.budget.location], threshold=shown,
                                   **_execution_values(execution, point))
            elif execution.rate is not None and execution.actual is None:
                span = q(execution.rate).base_interval()
                if span.hi is None or span.hi >= threshold:
                    continue
                yield self.finding(ctx, execution.rate.location,
                                   Evidence(expected=f"≥ {shown}", actual=q(execution.rate)),
                                   message="stated", threshold=shown,
                                   **_execution_values(execution, None))
