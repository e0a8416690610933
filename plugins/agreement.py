"""Agreement (AGR4xx): one quantity, stated in several places, has one value.

Every place that states a figure (a fact from the narrative or the JSON, a
table cell) becomes a ``Statement``. Statements of the same quantity are
grouped like XBRL duplicate facts: the same concept, or (where no concept
says otherwise) the same label after normalisation or a synonym group, always
with the same measure (预算 / 决算 ...), period and unit dimension. A group is
inconsistent when no single true value lies in every statement's interval
(shown digits and qualifiers such as 以上 / 约 decide the interval), so
figures equal after rounding are never reported. Unlike a sum, a duplicate is
one rounding of one value: a printed 91.73 under 四舍五入 stands for
[91.725, 91.735), so 91.72 and 91.73 never agree while 91.7 and 91.73 do
(XBRL 2.1: duplicates agree when equal at the lower precision). Each inconsistent group is
ONE finding naming every place, under the rule that says where the
disagreement lies: between narrative statements (AGR401), between the
narrative and a table (AGR402), or between table cells (AGR403).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from crossfoot import (
    Column,
    Context,
    Evidence,
    Fact,
    Finding,
    Location,
    Quantity,
    Record,
    Ref,
    Report,
    Rule,
    Setting,
    Severity,
    View,
    format_value,
    hookimpl,
)
from crossfoot.analysis.labels import Synonyms, is_generic, split_measure, synonyms
from crossfoot.analysis.measures import measure_of_label
from crossfoot.analysis.transpositions import CONCEPT as TRANSPOSED

#: measures of a column that are not of a level (增减% / 执行率 / 占比)
RATIO_OR_CHANGE = frozenset({"change", "rate", "share"})
#: measures that say nothing about budget vs actual: they match one another
GENERIC_MEASURES = frozenset({"", "amount", "count", "other", "value", "number", "quantity"})
#: the measure of what was spent or done (决算数 / 执行数)
ACTUAL = "actual"
#: columns whose cells are not quantities of a row's subject
SKIPPED_ROLES = frozenset({"label", "text", "grade", "weight_text"})
SKIPPED_ROW_ROLES = frozenset({"note"})
#: count units that name the same thing (people)
PERSON_UNITS = frozenset({"人", "名", "位"})
YEAR = re.compile(r"^\d{4}$")
LAST = (1 << 30,)
NO_TOTALS: frozenset[str] = frozenset()
#: the concept of a fact whose label a configured synonym group names
DECLARED = "synonym:"


class Statement(Record):
    """One place that states a quantity (one per fact and cell: a slotted record, and a
    fact's place built only when a finding asks, kept 9 MiB off the check of 1 MB of text)."""

    kind: str  # "text" or "table"
    concept: str | None
    label: str
    key: str | None  # synonym key of the label; None when the label is generic or absent
    measure: str
    period: str | None
    quantity: Quantity
    #: the fact or the cell's place: a fact's place is built only for a finding
    source: Fact | Location
    where: str
    paragraph: str | None
    context: frozenset[str]
    #: its place in document order (``_order``): text before tables, then by position
    order: int

    @property
    def location(self) -> Location:
        source = self.source
        return source if isinstance(source, Location) else source.location()

    @property
    def dimension(self) -> str:
        return self.quantity.dimension  # a lookup: cheaper than a cached_property (a lock)

    @property
    def count_class(self) -> str:
        unit = self.quantity.unit
        if self.dimension != "count":
            return ""
        return "person" if unit in PERSON_UNITS else unit

    @property
    def span(self) -> Span:
        return Span.of(self.quantity)


class Span(Record):
    """The true values a printed figure allows, in base units, with open or closed ends.

    A rounded figure (四舍五入, half away from zero) includes its lower
    midpoint and excludes its upper one; counts, bounds (以上) and 约 ranges
    are closed.
    """

    lo: Decimal | None
    hi: Decimal | None
    lo_open: bool = False
    hi_open: bool = False

    @classmethod
    def of(cls, quantity: Quantity) -> Span:
        interval = quantity.base_interval()
        rounded = quantity.qualifier is None and quantity.half_unit > 0
        positive = quantity.value >= 0
        return cls(interval.lo, interval.hi, rounded and not positive, rounded and positive)

    def meets(self, other: Span) -> bool:
        return Span.common([self, other])

    @staticmethod
    def common(spans: Iterable[Span]) -> bool:
        """True when one value lies in every span (1-D Helly: pairwise is enough)."""
        lo: tuple[Decimal, bool] | None = None
        hi: tuple[Decimal, bool] | None = None
        for span in spans:
            if span.lo is not None and (lo is None or (span.lo, span.lo_open) > lo):
                lo = (span.lo, span.lo_open)
            if span.hi is not None and (hi is None or (span.hi, not span.hi_open) < hi):
                hi = (span.hi, not span.hi_open)
        if lo is None or hi is None:
            return True
        if lo[0] != hi[0]:
            return lo[0] < hi[0]
        return not lo[1] and hi[1]

    @property
    def mid(self) -> Decimal:
        if self.lo is None or self.hi is None:
            return self.lo if self.lo is not None else self.hi or Decimal(0)
        return (self.lo + self.hi) / 2


def _measure(declared: str | None, label: str | None) -> str:
    measure = declared or (split_measure(label)[1] if label else None) or ""
    return "" if measure in GENERIC_MEASURES else measure


def _column_measure(column: Column) -> str:
    """A column's measure; one its label names a ratio or a change of (增减% / 占比) is never
    a level's, though the label names no measure of a level."""
    measure = _measure(column.role, column.label)
    named = measure_of_label(column.label) if not measure and column.label else None
    return named if named in RATIO_OR_CHANGE else measure


def _period(period: str | None, report: Report) -> str | None:
    """A period as a comparable string: a year is the whole calendar year."""
    year = report.meta.fiscal_year
    text = (period or (str(year) if year else "")).strip()
    if YEAR.match(text):
        return f"{text}-01-01/{text}-12-31"
    return text or None


def _key(label: str | None, names: Synonyms) -> str | None:
    if not label:
        return None
    key = names.key(label)
    return None if is_generic(split_measure(label)[0]) or is_generic(key) else key


def _contexts(report: Report) -> dict[str, frozenset[str]]:
    """For each fact or cell: the totals it is declared a part of."""
    def anchor(ref: Ref) -> str:
        return f"fact:{ref.fact}" if ref.fact else f"cell:{ref.table}/{ref.row}/{ref.col}"

    found: dict[str, set[str]] = defaultdict(set)
    for relation in report.relations:
        for part in relation.parts:
            found[anchor(part)].add(anchor(relation.total))
    return {key: frozenset(totals) for key, totals in found.items()}


def _heading(report: Report, section_id: str | None) -> str:
    section = report.section(section_id) if section_id else None
    return section.heading.rstrip("。.:：") if section else ""


class _Said:
    """What many statements of one report share, worked out once per section or period."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.headings: dict[str | None, str] = {}
        self.periods: dict[str | None, str | None] = {}

    def heading(self, section_id: str | None) -> str:
        found = self.headings.get(section_id)
        if found is None:
            found = self.headings[section_id] = _heading(self.report, section_id)
        return found

    def period(self, period: str | None) -> str | None:
        if period not in self.periods:
            self.periods[period] = _period(period, self.report)
        return self.periods[period]


def statements(ctx: Context, names: Synonyms) -> list[Statement]:
    """Every stated quantity of the report, in document order (text, then tables)."""
    report = ctx.report
    contexts = _contexts(report)
    paragraphs = {p.id: i for i, p in enumerate(report.iter_paragraphs())}
    said = _Said(report)
    declared = Declared.of(ctx.options.synonyms, names)
    found: list[Statement] = []
    own = {f"fact:{fact.id}": declared.measure(fact.label, _measure(fact.measure, fact.label))
           for fact in report.facts if fact.quantity is not None}
    for index, fact in enumerate(report.facts):
        if fact.quantity is not None:
            found.append(_fact_statement(said, fact, index, names, paragraphs, contexts,
                                         declared, own))
    # A cell joins a group by its concept or through a narrative statement of its row's
    # label (two cells are never linked by label alone): other cells are left out.
    text_keys = {s.key for s in found if s.kind == "text" and s.key is not None}
    for t_index, table in enumerate(report.tables):
        for r_index, row in enumerate(table.rows):
            if row.role in SKIPPED_ROW_ROLES:
                continue
            key = _key(row.label, names)
            by_label = key in text_keys
            for c_index, column in enumerate(table.columns):
                cell = row.cells.get(column.id)
                if cell is None or cell.quantity is None or column.role in SKIPPED_ROLES \
                        or not (by_label or cell.concept):
                    continue
                anchor = f"cell:{table.id}/{row.id}/{column.id}"
                found.append(Statement(
                    kind="table", concept=cell.concept, label=f"{row.label} / {column.label}",
                    key=key, measure=_column_measure(column),
                    period=said.period(cell.period), quantity=cell.quantity,
                    source=table.cell_location(row, column), where=table.title,
                    paragraph=None, context=contexts.get(anchor, NO_TOTALS),
                    order=_order(1, t_index, r_index, c_index)))
    return sorted(found, key=lambda s: s.order)


class Declared:
    """What the configured synonym groups say: a user's word that their labels name one
    quantity of the report, wherever it is stated.

    The reader keeps a figure to its section and its total, and a document has no place
    to say that its 日常公用支出 is the 商品服务支出决算数 of another section: the
    configuration does. A member written with a measure word (决算数) gives that measure
    to the group's members written without one.
    """

    def __init__(self, keys: frozenset[str], measures: dict[str, str]) -> None:
        self.keys = keys
        #: a measure-less member's label (normalised) -> the one measure the group names
        self.measures = measures

    @classmethod
    def of(cls, groups: Iterable[Iterable[str]], names: Synonyms) -> Declared:
        keys: set[str] = set()
        measures: dict[str, str] = {}
        for group in groups:
            split = [split_measure(label) for label in group]
            keys.update(names.key(label) for label in group)
            named = {measure for _, measure in split if measure is not None}
            if len(named) == 1:
                (one,) = named
                measures.update((label, one) for label, measure in split if measure is None)
        return cls(frozenset(keys), measures)

    def concept(self, key: str | None, concept: str | None) -> str | None:
        return f"{DECLARED}{key}" if key is not None and key in self.keys else concept

    def measure(self, label: str | None, measure: str) -> str:
        if measure or not label or not self.measures:
            return measure
        return self.measures.get(split_measure(label)[0], measure)


def _fact_statement(said: _Said, fact: Fact, index: int, names: Synonyms,
                    paragraphs: dict[str, int], contexts: dict[str, frozenset[str]],
                    declared: Declared, own: dict[str, str]) -> Statement:
    """``own``: each fact's measure by its own words. A part said without one has its totals'
    one measure: 收入预算 …，其中：政府性基金预算收入 3,379.00 万元 is a budget, not the
    quantity the 收入决算数's list names the same (16,812.20 万元)."""
    assert fact.quantity is not None
    anchor = f"fact:{fact.id}"
    context = contexts.get(anchor, NO_TOTALS)
    measure = own[anchor]
    totals = {own.get(total, "") for total in context} if context and not measure else set()
    if len(totals) == 1:
        measure = totals.pop()
    source = fact.source
    key = _key(fact.label, names)
    in_table = bool(source and source.pointer and source.pointer.startswith("/tables/"))
    paragraph = source.paragraph if source else None
    position = paragraphs.get(paragraph or "", LAST[0])
    start = source.start if source and source.start is not None else 0
    return Statement(
        kind="table" if in_table else "text", concept=declared.concept(key, fact.concept),
        label=fact.name, key=key, measure=measure,
        period=said.period(fact.period), quantity=fact.quantity, source=fact,
        where=said.heading(source.section if source else None), paragraph=paragraph,
        context=context,
        order=_order(1 if in_table else 0, position, start, index))


def _order(kind: int, first: int, second: int, third: int) -> int:
    """The place ``(kind, first, second, third)`` as one int that sorts as the tuple would
    (each part below 2**32): one object per statement instead of a tuple and its ints."""
    return (kind << 96) | (first << 64) | (second << 32) | third


# ---------------------------------------------------------------------------
# Grouping


def _same_kind(a: Statement, b: Statement) -> bool:
    return (a.measure, a.period, a.dimension) == (b.measure, b.period, b.dimension)


def label_link(a: Statement, b: Statement) -> bool:
    """May ``a`` and ``b`` be the same quantity on the strength of their labels alone?

    Never two table cells (a table repeats row labels under different heads),
    never two facts of one paragraph (其中 lists repeat labels under different
    totals), never parts of different declared totals.
    """
    if a.key is None or a.key != b.key or not _same_kind(a, b):
        return False
    if a.count_class != b.count_class or a.context != b.context:
        return False
    if a.kind == "table" and b.kind == "table":
        return False
    return not (a.kind == "text" and b.kind == "text" and a.paragraph == b.paragraph)


def _label_key(s: Statement) -> tuple[Any, ...]:
    return (s.key, s.measure, s.period, s.dimension)


def groups(found: Sequence[Statement]) -> list[list[Statement]]:
    """Statements of the same quantity, each group in document order."""
    by_concept: dict[tuple[Any, ...], list[Statement]] = defaultdict(list)
    loose: list[Statement] = []
    spent = _unmeasured_spent(found)
    for s in found:
        if s.concept:
            measure = "" if s.concept.startswith(TRANSPOSED) \
                else s.measure or spent.get((s.concept, s.period, s.dimension), "")
            by_concept[(s.concept, measure, s.period, s.dimension)].append(s)
        else:
            loose.append(s)
    result = list(by_concept.values())
    # which concept groups each label could mean
    meanings: dict[tuple[Any, ...], list[int]] = defaultdict(list)
    for index, group in enumerate(result):
        for key in {_label_key(m) for m in group if m.key is not None}:
            meanings[key].append(index)
    leftover: list[Statement] = []
    for s in loose:
        could = meanings.get(_label_key(s), []) if s.key is not None else []
        if not could:
            leftover.append(s)
        elif len(could) == 1 and any(label_link(s, m) for m in result[could[0]]):
            result[could[0]].append(s)  # a label that could mean two concepts is left alone
    result.extend(_label_groups(leftover))
    return [sorted(g, key=lambda s: s.order) for g in result if len(g) > 1]


def _unmeasured_spent(found: Sequence[Statement]) -> dict[tuple[Any, ...], str]:
    """Concepts whose figures are either unmeasured or actual, and nothing else.

    一般公共预算财政拨款支出 1,286.45 万元 … 一般公共预算财政拨款支出决算数为 1,268.45
    万元: where a quantity is never given as a budget, its figure without a measure word is
    what was spent, and compares with its 决算数. Beside a budget it may be either.
    """
    # the measures seen of each, as bits (unmeasured 1, actual 2, any other 4): no set per
    # concept (at 10,000 facts, 2 MiB of sets beside the rules' views)
    seen: dict[tuple[Any, ...], int] = {}
    for s in found:
        if s.concept:
            key = (s.concept, s.period, s.dimension)
            seen[key] = seen.get(key, 0) | (1 if s.measure == "" else 2 if s.measure == ACTUAL
                                            else 4)
    return {key: ACTUAL for key, bits in seen.items() if bits == 3}


def _label_groups(loose: Sequence[Statement]) -> Iterator[list[Statement]]:
    """Concept-less statements grouped by label: narrative first, cells join them."""
    texts: dict[tuple[Any, ...], list[Statement]] = defaultdict(list)
    cells: dict[tuple[Any, ...], list[Statement]] = defaultdict(list)
    for s in loose:
        if s.key is not None:
            target = texts if s.kind == "text" else cells
            target[(*_label_key(s), s.count_class, s.context)].append(s)
    for key, members in texts.items():
        paragraphs = [s.paragraph for s in members if s.paragraph is not None]
        if len(paragraphs) != len(set(paragraphs)):
            continue  # one paragraph states the label twice: an enumeration, not a repeat
        yield [*members, *cells.get(key, [])]


# ---------------------------------------------------------------------------
# Checking


def consistent(found: Iterable[Statement]) -> bool:
    """True when one true value fits every statement."""
    return Span.common(s.span for s in found)


def first_conflict(left: Sequence[Statement],
                   right: Sequence[Statement]) -> tuple[Statement, Statement]:
    """The first pair (one from each side, in document order) that cannot agree."""
    for a in left:
        for b in right:
            if a is not b and not a.span.meets(b.span):
                return a, b
    # only the group as a whole fails (e.g. 约 ranges): fall back to the extremes
    ordered = sorted([*left, *right], key=lambda s: s.span.mid)
    return ordered[0], ordered[-1]


QUALIFIED = {
    "zh": {"approx": "约{}", "at_least": "{}以上", "more_than": "超过{}", "at_most": "不超过{}",
           "less_than": "不足{}"},
    "en": {"approx": "about {}", "at_least": "at least {}", "more_than": "more than {}",
           "at_most": "at most {}", "less_than": "less than {}"},
}


def shown(quantity: Quantity, lang: str) -> str:
    text = str(quantity)
    form = QUALIFIED[lang].get(quantity.qualifier or "")
    return form.format(text) if form else text


def describe(found: Iterable[Statement], lang: str) -> str:
    if lang == "zh":
        parts = [f"“{s.label}”{shown(s.quantity, 'zh')}" + (f"（见“{s.where}”）" if s.where else "")
                 for s in found]
        return "，".join(parts)
    parts = [f"“{s.label}” {shown(s.quantity, 'en')}" + (f" (in “{s.where}”)" if s.where else "")
             for s in found]
    return "; ".join(parts)


def comparison(a: Statement, b: Statement) -> tuple[Evidence, str]:
    """Evidence that ``a`` (the reference) and ``b`` differ, in ``a``'s unit."""
    unit = a.quantity.unit
    other = b.quantity.in_unit(unit)
    decimals = max(a.quantity.decimals, other.decimals)
    difference = other.value - a.quantity.value
    tolerance = None
    if not (a.quantity.qualifier or other.qualifier):
        # duplicates agree when equal at the coarser precision: less than its half unit apart
        tolerance = max(a.quantity.half_unit, other.half_unit).normalize()
    evidence = Evidence(expected=a.quantity.value, actual=other.value,
                        difference=_rounded(difference, decimals), tolerance=tolerance,
                        unit=unit or None)
    return evidence, format_value(_rounded(abs(difference), decimals)) + unit


def _rounded(value: Decimal, places: int) -> Decimal:
    """``value`` to ``places`` decimals, or as it is when that needs too many digits."""
    try:
        return value.quantize(Decimal(1).scaleb(-places))
    except InvalidOperation:
        return value


class Disagreement(Record):
    """An inconsistent group, classified by where the statements disagree."""

    rule: str
    members: tuple[Statement, ...]
    reference: Statement
    other: Statement
    #: False where the statements read as parallel paragraphs' own figures (``_parallel``)
    certain: bool = True


class Disagreements(View):
    """Every inconsistent group of the report, found once for all three rules."""

    def __init__(self, found: list[Disagreement]) -> None:
        self.found = found

    @classmethod
    def build(cls, ctx: Context) -> Disagreements:
        return cls(_disagreements(ctx))


def disagreements(ctx: Context) -> list[Disagreement]:
    return ctx.view(Disagreements).found


def _disagreements(ctx: Context) -> list[Disagreement]:
    extra = ctx.options.synonyms
    names = synonyms(extra, defaults=bool(ctx.options.setting("default-synonyms", True)))
    found: list[Disagreement] = []
    for group in groups(statements(ctx, names)):
        if consistent(group):
            continue
        texts = [s for s in group if s.kind == "text"]
        cells = [s for s in group if s.kind == "table"]
        if texts and not consistent(texts):
            a, b = first_conflict(texts, texts)
            found.append(Disagreement("AGR401", tuple(group), a, b, not _parallel(texts)))
        elif texts and cells:
            table, text = first_conflict(cells, texts)
            found.append(Disagreement("AGR402", tuple(group), table, text))
        else:
            a, b = first_conflict(cells, cells)
            found.append(Disagreement("AGR403", tuple(group), a, b))
    return found


def _parallel(texts: Sequence[Statement]) -> bool:
    """Figures of one name in at least ``PARALLEL_PARAGRAPHS`` paragraphs, no two of which
    could be equal (贵池区 …缴费补贴 46.36 万元; 青阳县 …缴费补贴 17.17 万元; 石台县 …): each
    paragraph's own figure for another county, project or batch, not one quantity typed
    differently each time (a slip leaves the other statements agreeing)."""
    if len({s.paragraph for s in texts}) < PARALLEL_PARAGRAPHS:
        return False
    return all(not a.span.meets(b.span) for i, a in enumerate(texts) for b in texts[i + 1:])


#: the fewest paragraphs whose disagreeing figures of one name read as parallel
PARALLEL_PARAGRAPHS = 3


class _AgreementRule(Rule):
    family = "agreement"
    reads_analysis = False
    severity = Severity.WARNING
    settings = (Setting("default-synonyms", "flag",
                        "use the built-in label synonyms as well as configured ones"),)

    def check(self, ctx: Context) -> Iterator[Finding]:
        for case in disagreements(ctx):
            if case.rule != self.id:
                continue
            finding = self.report(ctx, case)
            yield finding if case.certain else finding.with_severity(Severity.INFO)

    def report(self, ctx: Context, case: Disagreement) -> Finding:
        evidence, difference = comparison(case.reference, case.other)
        first = case.members[0]
        related = [s.location for s in case.members if s is not first]
        return self.finding(ctx, first.location, evidence, related=related,
                            statements=describe(case.members, "zh"),
                            statements_en=describe(case.members, "en"),
                            difference=difference)


class TextValuesDisagree(_AgreementRule):
    id = "AGR401"
    name = "text-values-disagree"
    summary = "The narrative states the same quantity with different values."
    explanation = (
        "Statements of the same quantity are grouped like XBRL duplicate facts: the same concept "
        "(and measure and period), or, where no concept says otherwise, the same label after "
        "normalisation (width, spaces, quotes, 的, 数/金额 endings) or labels in one synonym "
        "group (商品服务支出 / 商品和服务支出 by default; more via the `synonyms` "
        "configuration key), with the same measure (预算/决算), period and unit dimension. A "
        "figure read from plain text has a concept scoped to its section and to the total it is "
        "a part of, so the same words under two headings are two quantities; only the 三公经费 "
        "family is one quantity report-wide, and a body's headline totals (财政拨款收入 / "
        "支出, and per fund 一般公共预算财政拨款支出 …, under exactly those names) are one "
        "quantity within each report of the document unless the total they are listed under "
        "is another measure (年初预算收入 …，其中财政拨款收入). Two figures of one name, "
        "measure and year whose digits differ only by two neighbours changing places (基本支出 "
        "842.16 and 824.16 万元 in two sections) are one figure typed twice, wherever they "
        "stand. A group of the `synonyms` configuration key is the user's word that its "
        "labels name one quantity of the report: a figure under any of them is compared with "
        "every other, whatever section or total it stands in (as a JSON report's shared "
        "`concept` does), and a member written with a measure word gives that measure to "
        "the members written without one ([\"商品服务支出决算数\", \"日常公用支出\"]: an "
        "日常公用支出 figure is that 决算数). Each "
        "figure stands for the interval its shown digits allow (91.7 万元 is 91.65 to 91.75; "
        "counts are exact; 95%以上 is a bound, 约 a range), so figures equal after rounding are "
        "never reported. Figures of one name in three or more paragraphs, no two of which "
        "could be equal (贵池区 …缴费补贴 46.36 万元; 青阳县 …缴费补贴 17.17 万元; 石台县 …), "
        "read as parallel paragraphs' own figures (one county, project or batch each) and "
        "are at most info. When no single value fits every statement, the group is one finding "
        "with every place in it. Statements with different periods are never compared. "
        "(cn-rules D.34: the same figure disclosed twice in one document has one value.)"
    )
    example = ("“商品服务支出决算数”91.73 万元 in one paragraph, “商品和服务支出”91.72 万元 in "
               "another (synonyms, both 2021 决算): no value fits both")
    messages = {
        "zh": "同一数据前后表述不一致：{statements}，相差 {difference}，请核实后统一。",
        "en": "The same figure is stated with different values: {statements_en}, a difference "
              "of {difference}; please check and use one value.",
    }


class TextTableDisagree(_AgreementRule):
    id = "AGR402"
    name = "text-table-disagree"
    summary = "A figure in the narrative differs from the table's figure for the same quantity."
    explanation = (
        "表文一致性: a total or a row's figure stated in the text must equal the table cell of "
        "the same quantity: a cell tagged with the same concept (for a total row, "
        "{\"value\": 77.42, \"concept\": \"project_funds\"}), or a row whose label matches the "
        "fact's label (after normalisation and synonyms), with the column's role as the measure "
        "(budget / actual ...) and the same period. Reported apart from AGR401 because review "
        "practice and reporting software treat text-vs-table checks (表文) as their own kind, "
        "the table usually being the filed figure the text must follow, and a reviewer may want "
        "to select or waive them on their own. Rounding never counts as a difference."
    )
    example = ("text: 项目资金总计 70.42 万元 (budget, 2021); summary table 合计 / 全年预算数 "
               "77.42 (concept project_funds): differs by 7.00 万元")
    messages = {
        "zh": "正文与表格数据不一致：{statements}，相差 {difference}，请核实。",
        "en": "The text and the table disagree: {statements_en}, a difference of {difference}; "
              "please check.",
    }


class TableValuesDisagree(_AgreementRule):
    id = "AGR403"
    name = "table-values-disagree"
    summary = "Two table cells that state the same quantity have different values."
    explanation = (
        "表间/表内一致性: cells tagged with the same concept (and the same measure, from the "
        "column role, and period), in one table or in several, must agree within rounding, like "
        "the same total carried from one statement to another. Cells are matched by concept "
        "only: tables repeat row labels (其他, 小计, 基本支出) under different heads, so a label "
        "alone never ties two cells together."
    )
    example = ("支出决算表 基本支出 / 决算数 150.2 and 基本支出决算明细表 合计 / 决算数 152.0, "
               "both tagged expenditure.basic: differ by 1.8 万元")
    messages = {
        "zh": "表格之间同一数据不一致：{statements}，相差 {difference}，请核实。",
        "en": "Tables state the same figure differently: {statements_en}, a difference of "
              "{difference}; please check.",
    }


@hookimpl
def crossfoot_rules() -> list[Rule]:
    return [TextValuesDisagree(), TextTableDisagree(), TableValuesDisagree()]
