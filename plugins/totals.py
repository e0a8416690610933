"""Arithmetic totals (SUM1xx): totals equal their parts, within rounding.

Sources of sums: total and subtotal rows of a table, declared column sums
(a row's 小计 equals its component columns) and declared relations among
facts and cells. All checks use the interval tolerance of shown digits.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal

from crossfoot import (
    COMPLETE,
    PARTIAL,
    UNSTATED,
    Column,
    Context,
    Evidence,
    Finding,
    Location,
    Quantity,
    Record,
    Row,
    Rule,
    Severity,
    SumCheck,
    Table,
    View,
    check_sum,
    comparable,
    covered_rows,
    format_value,
    hookimpl,
)
from crossfoot.analysis.measures import CellAt


def _place(where: Location | CellAt) -> Location:
    return where if isinstance(where, Location) else where.location()


class Part(Record):
    weight: int
    quantity: Quantity
    label: str
    #: its place, or its cell, whose place is built only for a finding
    where: Location | CellAt

    @property
    def location(self) -> Location:
        return _place(self.where)


class SumCase(Record):
    """One declared or implied sum, wherever it comes from."""

    label: str
    total: Quantity
    total_where: Location | CellAt
    parts: tuple[Part, ...]
    coverage: str
    source: str  # "rows", "columns" or "relation"
    #: False for a sum read from prose that could have been meant otherwise: info at most
    certain: bool = True

    @property
    def total_location(self) -> Location:
        return _place(self.total_where)


def sum_evidence(check: SumCheck, parts: Sequence[Part]) -> Evidence:
    shown = tuple((_signed(p, p.label) if abs(p.weight) != 1 else p.label,
                   p.quantity if p.weight > 0 else _negated(p.quantity))
                  for p in parts)
    return Evidence(expected=check.rounded(check.expected), actual=check.rounded(check.actual),
                    difference=check.rounded(check.difference), tolerance=check.tolerance,
                    unit=check.unit or None, parts=shown)


def _negated(quantity: Quantity) -> Quantity:
    """``quantity`` with its sign turned, built afresh: its cached interval is of the original."""
    return Quantity(-quantity.value, quantity.unit, quantity.decimals, quantity.exact,
                    quantity.qualifier)


def sum_values(check: SumCheck, case: SumCase) -> dict[str, str]:
    formula = _formula(case.parts, "{}")
    formula_zh = _formula(case.parts, "“{}”")
    gap = check.expected - check.actual
    return {
        "label": case.label,
        "formula": formula,
        "formula_zh": formula_zh,
        "expected": check.shown(check.expected) + check.unit,
        "actual": check.shown(check.actual) + check.unit,
        "difference": check.shown(abs(check.difference)) + check.unit,
        "gap": check.shown(abs(gap)) + check.unit,
    }


def _formula(parts: Sequence[Part], quoted: str) -> str:
    """``a + b - c``: each part after the first joined by its sign."""
    text = ""
    for index, part in enumerate(parts):
        term = _signed(part, quoted.format(part.label))
        if index and term.startswith("-"):
            text += f" - {term[1:]}"
        else:
            text += f" + {term}" if index else term
    return text


def _signed(part: Part, text: str) -> str:
    """A part as the formula uses it: ``-x`` subtracts it, ``4 × x`` counts it four times."""
    times = f"{abs(part.weight)} × " if abs(part.weight) != 1 else ""
    return f"-{times}{text}" if part.weight < 0 else f"{times}{text}"


def _row_cases(table: Table) -> Iterator[tuple[SumCase | None, Row, Column, list[Part]]]:
    """Total rows against the rows they cover, column by column."""
    for row in table.rows:
        children = covered_rows(table, row)
        if not children:
            continue
        coverage = row.coverage or COMPLETE
        for column in table.columns:
            if not column.additive:
                continue
            parts = [Part(1, cell.quantity, child.label, CellAt(table, child, column))
                     for child in children
                     if (cell := child.cells.get(column.id)) is not None and cell.quantity]
            cell = row.cells.get(column.id)
            if not parts:
                continue
            if cell is None or cell.quantity is None:
                yield None, row, column, parts
                continue
            label = f"{table.title}：{row.label} / {column.label}"
            yield (SumCase(label, cell.quantity, CellAt(table, row, column), tuple(parts),
                           coverage, "rows"), row, column, parts)


def _column_cases(table: Table) -> Iterator[tuple[SumCase | None, Row, Column, list[Part]]]:
    """Declared column sums on every row."""
    columns = {c.id: c for c in table.columns}
    for declared in table.column_sums:
        total_column = columns[declared.total]
        for row in table.rows:
            if row.role == "note":
                continue  # a row of remarks or of changes is not a row of the sums
            parts = []
            for weight, key in zip(declared.weights, declared.parts, strict=False):
                cell = row.cells.get(key)
                if cell is not None and cell.quantity is not None:
                    parts.append(Part(weight, cell.quantity, columns[key].label,
                                      CellAt(table, row, columns[key])))
            if not parts:
                continue
            cell = row.cells.get(total_column.id)
            if cell is None or cell.quantity is None:
                yield None, row, total_column, parts
                continue
            label = f"{table.title}：{row.label} / {total_column.label}"
            yield (SumCase(label, cell.quantity, CellAt(table, row, total_column),
                           tuple(parts), COMPLETE, "columns"), row, total_column, parts)


def _relation_cases(ctx: Context) -> Iterator[SumCase]:
    report = ctx.report
    for relation in report.relations:
        total, total_location, total_name = report.resolve(relation.total)
        if total is None:
            continue
        parts = []
        for weight, ref in zip(relation.weights, relation.parts, strict=False):
            quantity, location, name = report.resolve(ref)
            if quantity is not None:
                parts.append(Part(weight, quantity, name, location))
        if parts:
            yield SumCase(total_name, total, total_location, tuple(parts),
                          relation.coverage, "relation", relation.certain)


#: a total cell left empty whose parts are filled: the table, its row and column, the parts
EmptyTotalCase = tuple[Table, Row, Column, list[Part]]


def all_sum_cases(ctx: Context) -> tuple[list[SumCase], list[EmptyTotalCase]]:
    """Every sum of the report (rows, declared columns, relations), and the empty totals
    met on the way: one walk of the tables for all the SUM rules."""
    cases: list[SumCase] = []
    empty: list[EmptyTotalCase] = []
    for table in ctx.report.tables:
        for found in (_row_cases(table), _column_cases(table)):
            for case, row, column, parts in found:
                if case is not None:
                    cases.append(case)
                else:
                    empty.append((table, row, column, parts))
    cases.extend(_relation_cases(ctx))
    return cases, empty


class CheckedSums(View):
    """Every comparable sum of the report, checked once for all the SUM rules, and the
    empty totals (SUM106)."""

    def __init__(self, checked: list[tuple[SumCase, SumCheck]],
                 empty: list[EmptyTotalCase]) -> None:
        self.checked = checked
        self.empty = empty

    @classmethod
    def build(cls, ctx: Context) -> CheckedSums:
        cases, empty = all_sum_cases(ctx)
        return cls([(case, check_sum(case.total, [(p.weight, p.quantity) for p in case.parts],
                                     case.coverage))
                    for case in cases if comparable(case.total, [p.quantity for p in case.parts])],
                   empty)


def _checked(ctx: Context, sources: Iterable[str]) -> Iterator[tuple[SumCase, SumCheck]]:
    wanted = set(sources)
    for case, result in ctx.view(CheckedSums).checked:
        if case.source in wanted:
            yield case, result


class _SumRule(Rule):
    family = "totals"
    reads_analysis = False
    sources: tuple[str, ...] = ()
    verdict = "mismatch"
    coverages: tuple[str, ...] = (COMPLETE,)

    def check(self, ctx: Context) -> Iterator[Finding]:
        for case, result in _checked(ctx, self.sources):
            if result.verdict != self.verdict or case.coverage not in self.coverages:
                continue
            finding = self.finding(ctx, case.total_location, sum_evidence(result, case.parts),
                                   related=[p.location for p in case.parts],
                                   **sum_values(result, case))
            yield finding.with_severity(self.severity_of(case))

    def severity_of(self, case: SumCase) -> Severity:
        """Uncertain readings give info; parts named without a cue at most a warning."""
        if not case.certain:
            return Severity.INFO
        if case.coverage == UNSTATED and self.severity is Severity.ERROR:
            return Severity.WARNING
        return self.severity


class RowTotalMismatch(_SumRule):
    id = "SUM101"
    name = "row-total-mismatch"
    severity = Severity.ERROR
    sources = ("rows",)
    summary = "A total or subtotal row does not equal the sum of the rows it covers."
    explanation = (
        "For each total or subtotal row (role total/subtotal, an explicit sum_of, or a row "
        "labelled 合计/总计/小计 in a table without roles), every additive column must equal the "
        "sum of the rows it covers. Each figure stands for the interval its shown digits allow "
        "(241.44 is 241.435 to 241.445), so a difference that rounding explains is never "
        "reported; the finding shows each part, the expected sum, the stated total and the gap."
    )
    example = "rows 70 and 7.42, total row 合计 77.52: expected 77.42, stated 77.52"
    messages = {
        "zh": "“{label}”为 {actual}，但所含各行合计 {expected}，相差 {difference}，请核实。",
        "en": "{label} is {actual}, but the rows it covers add up to {expected} "
              "(off by {difference})",
    }


class ColumnSumMismatch(_SumRule):
    id = "SUM102"
    name = "column-sum-mismatch"
    severity = Severity.ERROR
    sources = ("columns",)
    summary = "A column declared as the sum of other columns does not equal them on a row."
    explanation = (
        "A table may declare column_sums, e.g. 全年预算数 = 年初预算数 + 年中调整数. The relation "
        "is checked on every row that has the parts filled, with rounding tolerance."
    )
    example = "年初预算数 70, 调整数 5, 全年预算数 70: expected 75"
    messages = {
        "zh": "“{label}”为 {actual}，但 {formula_zh} 为 {expected}，相差 {difference}，请核实。",
        "en": "{label} is {actual}, but {formula} gives {expected} (off by {difference})",
    }


class RelationMismatch(_SumRule):
    id = "SUM103"
    name = "relation-mismatch"
    severity = Severity.ERROR
    sources = ("relation",)
    summary = "A declared total does not equal the sum of its declared parts."
    explanation = (
        "Relations in the report (like an XBRL calculation linkbase) declare that a fact or cell "
        "is the sum of others, e.g. 编制人数 = 参公事业编制 + 补助事业编制. With complete "
        "coverage the parts must add up to the total within rounding; counts of people or items "
        "are exact. From plain text the relations read are: a total and the parts a cue opens "
        "(分别为 / 即 / 具体为, or a known complete breakdown such as 三公经费 or 政府采购, "
        "or the scores of every first-level indicator of a 财政部 evaluation framework, "
        "预算执行率、产出、效益、满意度 …), "
        "`A、B 分别为 x、y，合计 z`, 年初预算 ± 调整 = 全年预算, counts times amounts each "
        "(4 个村各 12.5 万元，共计 50 万元) and shares of one whole side by side; a relation "
        "read where the words allow another reading is marked uncertain and reported as info."
    )
    example = "编制人数共 10 人，其中参公 7 人，补助事业编制 4 人: 7 + 4 = 11, not 10"
    messages = {
        "zh": "“{label}”为 {actual}，但 {formula_zh} 合计 {expected}，相差 {difference}，请核实。",
        "en": "{label} is stated as {actual}, but {formula} add up to {expected} "
              "(off by {difference})",
    }


class PartsExceedTotal(_SumRule):
    id = "SUM104"
    name = "parts-exceed-total"
    severity = Severity.ERROR
    sources = ("rows", "relation")
    verdict = "exceeds"
    coverages = (PARTIAL, UNSTATED)
    summary = "The listed parts of a total add up to more than the total."
    explanation = (
        "When only some parts are listed (其中 ...), they need not add up to the total, but they "
        "cannot exceed it. This rule reports a partial breakdown whose parts are larger than the "
        "total even after rounding is allowed for."
    )
    example = "共办结 297 件，其中 200 件、90 件、62 件: 352 > 297"
    messages = {
        "zh": "“{label}”为 {actual}，但其中所列 {formula_zh} 已达 {expected}，"
              "超出 {difference}，请核实。",
        "en": "{label} is {actual}, but the listed parts ({formula}) already add up to "
              "{expected}, {difference} more",
    }


class BreakdownGap(_SumRule):
    id = "SUM105"
    name = "breakdown-gap"
    severity = Severity.INFO
    sources = ("rows", "relation")
    verdict = "short"
    coverages = (UNSTATED,)
    summary = "Named parts of a total leave part of it unexplained."
    explanation = (
        "When a report names parts of a total without saying whether they are all of it, and "
        "they fall short, nothing is proven wrong, but the gap is worth a reviewer's question: "
        "what makes up the rest? From plain text this is also read for the classes of "
        "政府支出经济分类 a report names (工资福利支出、商品和服务支出 …) against its whole "
        "spending of the same measure and year."
    )
    example = "年初预算支出 240.99; 工资福利 183.36 + 商品服务 54.63 = 237.99: 3.00 unexplained"
    messages = {
        "zh": "“{label}”为 {actual}，所列 {formula_zh} 合计 {expected}，尚有 {gap} 未作说明。",
        "en": "{label} is {actual}; the named parts ({formula}) add up to {expected}, "
              "leaving {gap} unexplained",
    }


class EmptyTotal(Rule):
    id = "SUM106"
    name = "empty-total"
    family = "totals"
    reads_analysis = False
    severity = Severity.INFO
    summary = "A total cell is empty while the cells it adds up are filled."
    explanation = (
        "A total row (or a column declared as a sum) has no value in a column where its parts "
        "have values. The total may have been forgotten; the finding gives the sum of the "
        "parts as the value to expect."
    )
    example = "开展绩效自评项目合计 / 全年执行数 empty; parts 63 and 7.42 (sum 70.42)"
    messages = {
        "zh": "“{label}”为空，而其所含各项已填写（合计应为 {expected}），请补填。",
        "en": "{label} is empty although its parts are filled (they add up to {expected})",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        seen: set[tuple[int, str, str]] = set()  # a total of rows and of columns: once
        for table, row, column, parts in ctx.view(CheckedSums).empty:
            if (id(table), row.id, column.id) in seen:
                continue
            seen.add((id(table), row.id, column.id))
            unit = parts[0].quantity.unit
            if not comparable(parts[0].quantity, [p.quantity for p in parts]):
                continue
            total = sum((p.weight * p.quantity.in_unit(unit).value for p in parts), Decimal(0))
            decimals = max(p.quantity.decimals for p in parts)
            expected = total.quantize(Decimal(1).scaleb(-decimals))
            yield self.finding(
                ctx, table.cell_location(row, column),
                Evidence(expected=expected, unit=unit or None,
                         parts=tuple((p.label, p.quantity) for p in parts)),
                related=[p.location for p in parts],
                label=f"{table.title}：{row.label} / {column.label}",
                expected=format_value(expected) + unit)


class EnumerationCount(Rule):
    id = "SUM107"
    name = "enumeration-count"
    family = "totals"
    reads_analysis = False
    severity = Severity.WARNING
    summary = "A count does not match the names the text lists for it."
    explanation = (
        "A report that says how many units, sections or items there are and then names them "
        "(设 9 个内设机构，分别为：办公室、…) must name as many as it says. A list opened by "
        "分别为, 即 or a colon is all of them; one opened by 包括 or ending in 等 may be fewer, "
        "never more. When the last two names are joined by 和 or 及, both readings (one name "
        "or two) are tried, and the count is reported only when it fits neither (the joined "
        "pair counts as two where both halves end as every other name does: 综合股和军休服务股)."
    )
    example = "设 9 个内设机构，分别为：A、B、C、D、E、F、G、H (8 names)"
    messages = {
        "zh": "称有 {count}，但列出的名称为 {listed} 个：{names}",
        "en": "The text says {count}, but lists {listed} names: {names}",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        report = ctx.report
        for claim in report.claims:
            if claim.kind != "enumeration" or claim.refs.get("count") is None:
                continue
            count, location, _ = report.resolve(claim.refs["count"])
            if count is None or not claim.readings:
                continue
            stated = int(count.value)
            fits = stated in claim.readings if claim.complete \
                else stated >= min(claim.readings)
            if fits:
                continue
            named = len(claim.items)  # as written, where that is one of its readings
            # the reading nearest the count stated (…教育局、城南街道和白鹤镇 6 个: five), as
            # written where two are as near
            listed = min(claim.readings, key=lambda n: (abs(n - stated), n != named)) \
                if claim.complete else min(claim.readings)
            finding = self.finding(
                ctx, location, Evidence(expected=Decimal(listed), actual=count.value,
                                        unit=count.unit or None),
                related=[claim.location()], count=str(count), listed=listed,
                names="、".join(claim.items))
            yield finding if claim.certain else finding.with_severity(Severity.INFO)


@hookimpl
def crossfoot_rules() -> list[Rule]:
    return [RowTotalMismatch(), ColumnSumMismatch(), RelationMismatch(), PartsExceedTotal(),
            BreakdownGap(), EmptyTotal(), EnumerationCount()]
