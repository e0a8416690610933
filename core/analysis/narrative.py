"""The narrative of a document read into facts, relations and claims.

In: a ``TextDocument`` (sections, paragraphs, tables, meta) from the text
importer. Out: the same document with ``facts`` (every figure, with its
label, measure, period and quoted span), ``relations`` (every total the text
says is made of parts, per period and for the changes), ``claims`` (changes,
shares, rates, enumerations) and, under ``analysis``, what was read, so that
``crossfoot extract`` shows it and the rules check text as they check JSON.

Each paragraph is normalized (``normalize``), split into clauses
(``clauses``), its figures found (``figures``) and given roles
(``statements``), gathered into items (``items``); the claims
(``claims``) are read over the items of the whole document.
"""

from __future__ import annotations

import calendar
import copy
import itertools
import re
import sys
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, TypeVar

from crossfoot.analysis import announced as announced_of
from crossfoot.analysis import averages as averages_of
from crossfoot.analysis import (
    back_references,
    figures,
    shared,
    spending_classes,
    tables,
    transpositions,
)
from crossfoot.analysis import claims as claims_of
from crossfoot.analysis import clauses as clauses_of
from crossfoot.analysis import enumerations as enumerations_of
from crossfoot.analysis import grades as grades_of
from crossfoot.analysis import items as items_of
from crossfoot.analysis import statements as statements_of
from crossfoot.analysis.claims import (
    Breakdown,
    Claims,
    Composition,
    Product,
    ShareSet,
    key,
    without_owner,
)
from crossfoot.analysis.claims.common import count_of
from crossfoot.analysis.claims.ratios import part_said
from crossfoot.analysis.emitted import Emitted, Quoted, as_dicts, json_form, numbered
from crossfoot.analysis.enumerations import Enumeration
from crossfoot.analysis.items import Item
from crossfoot.analysis.labels import is_generic
from crossfoot.analysis.normalize import Normalized, normalize
from crossfoot.analysis.spending_classes import ClassSplit
from crossfoot.analysis.statements import (
    AVERAGE,
    BASE,
    CHANGE,
    FROM,
    LEVEL,
    PERCENT_CHANGE,
    RATE,
    SHARE,
    TO,
    WHOLE,
    Statement,
    without_formula,
)
from crossfoot.analysis.vocabulary import (
    breakdowns,
    changes,
    completion,
    cues,
    headlines,
    measures,
    per_unit,
    ratios,
    scores,
)
from crossfoot.analysis.vocabulary.scores import SCORE_UNIT
from crossfoot.importing.text import TextDocument
from crossfoot.model.dates import PrintedDate
from crossfoot.model.quantity import Quantity, format_value
from crossfoot.model.report import READER_FAILED, Report
from crossfoot.model.report import Section as ModelSection
from crossfoot.model.sums import check_sum

#: words of a figure's label that make it a thing of a person or of a count of people
GENERIC_SUBJECTS = frozenset({"合计", "总计", "小计", "共计", "其中", "其他", "其它", "支出",
                              "收入", "资金", "经费", "项目", "金额", "总额"})
#: a subject this short names no particular quantity on its own; this long is a sentence
MIN_CONCEPT = 3
MAX_CONCEPT = 16
#: the shortest name two figures one swap of digits apart are taken as one quantity under
TWIN_NAME = 2


@dataclass(slots=True)
class Paragraph:
    id: str
    section: str
    index: int
    text: str  # as printed
    normal: Normalized


T = TypeVar("T")


@dataclass(slots=True)
class Reading:
    """What the narrative of one document says."""

    paragraphs: dict[str, Paragraph] = field(default_factory=dict)
    statements: list[Statement] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    claims: Claims = field(default_factory=Claims)
    grades: list[grades_of.Grade] = field(default_factory=list)
    #: dates with a month: (paragraph, found) in document order
    dates: list[tuple[str, figures.Found]] = field(default_factory=list)
    #: section id -> the part (a report inside the document) it is in; "" for the document
    parts: dict[str, str] = field(default_factory=dict)
    #: where each paragraph prints an amount the reader could not read (1032849.44 with no
    #: unit), by paragraph id
    unread: dict[str, list[int]] = field(default_factory=dict)
    #: (what was being read, the error) for each reader that failed: its claims are left out
    failures: list[tuple[str, str]] = field(default_factory=list)

    def guarded(self, what: str, find: Callable[..., list[T]], *args: Any) -> list[T]:
        """``find(*args)``, or nothing when it raises: one reader's bug costs its own claims,
        not the reading of the whole report (the failure is reported as CF001)."""
        try:
            return find(*args)
        except Exception as error:  # any bug of a reader is contained
            if all(what != failed for failed, _ in self.failures):  # once per reader
                self.failures.append((what, f"{type(error).__name__}: {error}"))
            return []


def read(sections: Sequence[SectionData], fiscal_year: int | None = None,
         title: str = "") -> Reading:
    """The reading of the paragraphs of ``sections`` (JSON form or model), in document order.

    A figure whose period the text does not state is of ``fiscal_year``; one
    said to be of the year before (上年 / 去年) is of the year before it. ``title``: the
    report's, which may name the part of the year it covers (1-9 月).
    """
    reading = Reading(parts=_parts(sections))
    headed = announced_of.headed_sections(_numbered_outline(sections))
    announcing: list[Enumeration] = []  # counts of the items announced after them
    all_texts = []
    for number, (section, paragraph_id, text) in enumerate(_paragraphs(sections)):
        normal = normalize(text)
        reading.paragraphs[paragraph_id] = Paragraph(paragraph_id, section, number, text, normal)
        all_texts.append(normal.text)
    money = any("元" in t for t in all_texts)
    for paragraph in reading.paragraphs.values():
        body = paragraph.normal.text
        if _BARE_CELL.fullmatch(body):
            continue  # 820.33 on a line of its own: a cell of a table that lost its grid
        clauses = clauses_of.split(body)
        found = _apart(body, figures.find(body, money))
        mine = reading.guarded(f"statements ({paragraph.id})", statements_of.read, body, clauses,
                               found, paragraph.section, paragraph.id,
                               len(reading.statements) + 1, fiscal_year)
        reading.statements.extend(mine)
        reading.items.extend(reading.guarded(
            f"items ({paragraph.id})", items_of.build, body, clauses, mine, paragraph.section,
            paragraph.id, paragraph.index, len(reading.items) + 1, reading.items))
        counted = reading.guarded("enumerations", enumerations_of.find, body, mine,
                                  paragraph.id)
        reading.claims.enumerations.extend(counted)
        announcing.extend(reading.guarded(
            "announced counts", announced_of.counts, body, clauses, mine, paragraph.section,
            paragraph.id, fiscal_year, headed.get(paragraph.id), counted))
        reading.claims.products.extend(reading.guarded(
            "products", claims_of.find_products, body, mine))
        reading.claims.averages.extend(reading.guarded("averages", averages_of.find, body, mine))
        reading.grades.extend(reading.guarded("grades", grades_of.find, body, paragraph.id, mine))
        reading.dates.extend((paragraph.id, f) for f in found if f.kind == "date"
                             and f.date is not None and f.date.month is not None
                             and f.date.year is not None)
        unread = _unread_amounts(body, found)
        if unread:
            reading.unread[paragraph.id] = unread
    shared.share(reading.statements, reading.items)
    index = claims_of.subject_index(reading.items)
    # a count whose names are listed (内设机构 6 个，分别为：A、B…) has them as its parts
    enumerated = {e.count.id for e in reading.claims.enumerations}
    guarded = reading.guarded
    texts = {p.id: p.normal.text for p in reading.paragraphs.values()}
    found_breakdowns = [b for b in guarded("breakdowns", claims_of.find_breakdowns,
                                           reading.items, index, reading.unread, texts)
                        if not any(s.id in enumerated for s in b.total.statements)]
    reading.claims.breakdowns = found_breakdowns
    if reading.grades:  # (most texts grade nothing: no lookups built for them)
        before = _grades_before(reading, found_breakdowns)
        guarded("grades before", grades_of.bind_earlier, reading.grades, before)
        guarded("grade scales", grades_of.agree_with_own_scale, reading.grades, before)
    reading.claims.changes = guarded("changes", claims_of.find_changes, reading.items, index,
                                     found_breakdowns)
    listed = {p.id for b in found_breakdowns for p in b.parts}
    guarded("bracketed shares", claims_of.bracketed_shares, found_breakdowns)
    reading.claims.ratios = [
        *guarded("ratios", claims_of.find_ratios, reading.items, found_breakdowns, index),
        *guarded("debt ratios", claims_of.find_debt_ratios, reading.items, listed),
        *guarded("score rates", claims_of.find_score_rates, reading.statements)]
    reading.claims.excess_rates = guarded(
        "excess rates", claims_of.find_excess_rates, reading.items,
        {r.stated.id for r in reading.claims.ratios})
    reading.claims.payments = guarded("payments", claims_of.find_payments, reading.items)
    reading.claims.savings = guarded("savings", claims_of.find_savings, reading.statements)
    reading.claims.compositions = [
        *guarded("compositions", claims_of.find_compositions, reading.items),
        *guarded("year runs", claims_of.find_year_runs, reading.statements, texts),
        *guarded("respective totals", claims_of.find_respective_totals, reading.statements,
                 texts),
        *guarded("year spans", claims_of.find_year_spans, reading.items, texts),
        *guarded("balances", claims_of.find_balances, reading.items, listed),
        *guarded("net assets", claims_of.find_net_assets, reading.items, listed),
        *(saving.composition for saving in reading.claims.savings),
        *guarded("remainders", claims_of.find_remainders, reading.statements, texts,
                 {s.id: number for number, b in enumerate(found_breakdowns)
                  if len(b.parts) > 1 for p in b.parts for s in p.levels()}),
        *guarded("restated", claims_of.find_restated, reading.statements, texts),
        *guarded("natural growth", claims_of.find_natural_growth, reading.statements),
        *guarded("points lost", claims_of.find_deductions, reading.statements),
        *guarded("deductions summed", claims_of.find_lost_sums, reading.statements),
        *guarded("counts by grade", claims_of.find_grade_counts, reading.statements, texts),
        *guarded("account totals", claims_of.find_account_totals, reading.statements, texts),
        *guarded("netted totals", claims_of.find_netted, reading.statements, texts),
        *guarded("grand totals", claims_of.find_grand_totals, reading.items, texts),
        *guarded("carried balances", claims_of.find_carried, reading.items),
        *guarded("roll-forwards", claims_of.find_roll_forwards, reading.items,
                  found_breakdowns),
        *guarded("balances opened empty", claims_of.find_opened_empty, reading.items, listed,
                 texts),
        *guarded("debt rolls", claims_of.find_debt_rolls, reading.items, texts)]
    reading.claims.share_sets = [
        *guarded("share sets", claims_of.find_share_sets, reading.items, found_breakdowns),
        *guarded("weights", claims_of.find_weight_sets, reading.statements, texts)]
    reading.claims.growths = guarded("average growth", claims_of.find_growths, reading.items)
    reading.claims.schedule_gaps = guarded("schedule gaps", claims_of.find_schedule_gaps,
                                           reading.statements, texts, title, fiscal_year)
    reading.claims.budget_gaps = [
        *guarded("gaps to budgets", claims_of.find_budget_gaps, reading.statements, texts),
        *guarded("limits", claims_of.find_within_limits, reading.items, texts)]
    reading.claims.class_splits = guarded(
        "spending classes", spending_classes.find, reading.items, reading.parts,
        [p.id for b in found_breakdowns for p in b.parts])
    # the announcing counts last: numbered after every figure, they are read by no other
    # reader and shift no fact of the others
    reading.statements.extend(announced_of.number(announcing, len(reading.statements) + 1))
    reading.claims.enumerations.extend(announcing)
    return reading


def _grades_before(reading: Reading, found: Sequence[Breakdown]) -> grades_of.Before:
    """What a grade with no score of its own sentence is looked up in."""
    ordered = list(reading.paragraphs.values())
    statements_in: dict[str, list[Statement]] = {}
    for statement in reading.statements:
        statements_in.setdefault(statement.paragraph, []).append(statement)
    whole_of: dict[str, Statement] = {}
    for breakdown in found:
        scored = [s for s in breakdown.total_levels() if s.quantity.unit == SCORE_UNIT]
        if scored:
            whole_of.update((part.id, scored[0]) for part in breakdown.parts)
    return grades_of.Before(
        [(p.id, p.normal.text, reading.parts.get(p.section, "")) for p in ordered],
        {p.id: number for number, p in enumerate(ordered)}, statements_in,
        {s.id: item for item in reading.items for s in item.statements}, whole_of,
        claims_of.whole_score)


def _unread_amounts(text: str, found: list[figures.Found]) -> list[int]:
    """Where ``text`` prints a decimal amount no figure was read from (执行数 1032849.44(含 …:
    its unit lost): what follows it may be of that amount, which the reader cannot name."""
    starts = [f.start for f in found]  # (in order, none inside another)
    unread = []
    for match in _DECIMAL.finditer(text):
        before = bisect_right(starts, match.start()) - 1
        if before < 0 or match.start() >= found[before].end:
            unread.append(match.start())
    return unread


#: a decimal amount standing on its own (not a year, a document number or a heading's number)
_DECIMAL = re.compile(r"(?<![0-9.〔\[（(第])[0-9]{1,12}\.[0-9]{1,6}(?![0-9.%％])")


def _apart(text: str, found: list[figures.Found]) -> list[figures.Found]:
    """The figures found, less any that follows another of its unit with nothing but blanks
    between (较 2022 年决算数 688.84 万元 131.49 万元，增长 19.09%: the word saying what the second
    is was lost; a row of a table run into a line, 820.33 688.84 131.49): no word says
    what it is, so it is not read."""
    kept: list[figures.Found] = []
    previous: figures.Found | None = None
    for figure in found:
        if not (figure.kind == "quantity" and previous is not None
                and previous.kind == "quantity" and not text[previous.end:figure.start].strip()
                and previous.quantity is not None and figure.quantity is not None
                and previous.quantity.unit == figure.quantity.unit):  # (620 户 2300 人: two)
            kept.append(figure)
        previous = figure
    return kept


#: a paragraph that is a figure and nothing else (a table's cell, one per line, as web pages
#: and converters flatten a table): no sentence says what it is of
_BARE_CELL = re.compile(r"(?<![\s0-9,.%\-+])(?=[\s,.%\-+]*+[0-9])[\s0-9,.%\-+]*+"
                        r"(?:万元|亿元|元|万)?")  # (possessive, from a run's start: linear)


#: a section as the narrative is read from it: its JSON form, or the model's (a check builds
#: the model's sections before it reads the narrative, and keeps no JSON form of them)
SectionData = Mapping[str, Any] | ModelSection


def _outline(section: SectionData) -> tuple[str, str | None, str | None,
                                             list[tuple[str, str]], Sequence[SectionData]]:
    """A section's id, number, title, paragraphs (id and text) and subsections."""
    if isinstance(section, ModelSection):
        return (section.id, section.number, section.title,
                [(p.id, p.text) for p in section.paragraphs], section.sections)
    return (section["id"], section.get("number"), section.get("title"),
            [(p["id"], p["text"]) for p in section.get("paragraphs", ())],
            section.get("sections", ()))


def _parts(sections: Sequence[SectionData]) -> dict[str, str]:
    """Each section's part: a titled top-level section without a number (a report inside
    the document, 部门整体支出绩效自评报告 before 项目支出绩效自评报告), else the document."""
    found: dict[str, str] = {}
    for top in sections:
        top_id, number, title, _, _ = _outline(top)
        part = top_id if number is None and title else ""
        stack = [top]
        while stack:
            section_id, _, _, _, children = _outline(stack.pop())
            found[section_id] = part
            stack.extend(children)
    return found


def _numbered_outline(sections: Sequence[SectionData]
                      ) -> Iterator[tuple[str, list[str], list[tuple[str | None, str]]]]:
    """Each section as (id, its paragraphs' ids, its subsections' numbers and titles), each
    outlined once."""
    pending = [_outline(section) for section in sections]
    while pending:
        section_id, _, _, paragraphs, children = pending.pop()
        outlines = [_outline(child) for child in children]
        yield section_id, [p for p, _ in paragraphs], [(o[1], o[2] or "") for o in outlines]
        pending.extend(outlines)


def _paragraphs(sections: Sequence[SectionData]) -> Iterator[tuple[str, str, str]]:
    for section in sections:
        section_id, _, _, paragraphs, children = _outline(section)
        for paragraph_id, text in paragraphs:
            yield section_id, paragraph_id, text
        yield from _paragraphs(children)


# ---------------------------------------------------------------------------
# Model content


def read_document(document: TextDocument, statements: bool = True,
                  handed_over: bool = False, hand: bool = True,
                  sections: Sequence[ModelSection] | None = None) -> TextDocument:
    """``document`` with the facts, relations and claims its narrative states.

    ``statements`` adds, under ``analysis``, how each figure was read (what
    ``crossfoot extract`` shows); a check does not need it and leaves it out.
    ``handed_over``: the caller lets ``document`` go, so its tables are taken
    as they are, not copied. ``hand``: keep what the packs see of the reading
    for the report's analysis (``analyze_report``); a check none of whose rules
    asks for it does without (1.2 MiB at 1 MB of text while the model is built).
    ``sections``: the model's sections, when the caller built them before the narrative
    is read and took their JSON form out of ``document`` (``to_report`` is given them).
    """
    # the paragraphs are only read; tables gain a unit (tables.adopt_unit), so only they are
    # copied, unless the caller hands the document over
    tables_data = document.data.get("tables", [])
    data = {**document.data, "tables": tables_data if handed_over else copy.deepcopy(tables_data)}
    read_from: Sequence[SectionData] = data.get("sections", ()) if sections is None else sections
    reading = read(read_from, data["meta"].get("fiscal_year"),
                   data["meta"].get("title") or "")
    emitter = _Emitter(reading, data["meta"].get("fiscal_year"), document.report_date_paragraph)
    emitted, relations, claims = emitter.emit()
    _handed.clear()
    if hand:
        _handed.append((_texts(read_from), data["meta"].get("fiscal_year"),
                        _analysis(reading, emitter)))
    table_claims = []
    table_relations = []
    for table in data.get("tables", ()):
        table_claims.extend(tables.read_table(table))
        table_relations.extend(tables.row_products(table))
        tables.adopt_unit(table, emitted)
        emitter.link_table_total(table)
    for number, claim in enumerate(table_claims, len(claims) + 1):
        claim["id"] = f"c{number}"
    for number, relation in enumerate(table_relations, len(relations) + 1):
        relation["id"] = f"r{number}"
    analysis = {**({"statements": emitter.statements_json()} if statements else {}),
                **data.pop("analysis", {})}
    if reading.failures:
        analysis["notes"] = [*analysis.get("notes", ()), *map(_failure_note, reading.failures)]
    del reading, emitter  # the reading goes before the facts' JSON form is made
    texts = {paragraph: text for _, paragraph, text in _paragraphs(read_from)}
    facts, quantities = json_form(emitted, texts)
    data = {**{k: v for k, v in data.items() if k != "analysis"}, "facts": facts,
            "relations": [*as_dicts(relations, texts), *table_relations],
            "claims": [*as_dicts(claims, texts), *table_claims], "analysis": analysis}
    return TextDocument(data, document.offsets, document.report_date_paragraph, document.notes,
                        quantities)


def _failure_note(failure: tuple[str, str]) -> dict[str, Any]:
    what, error = failure
    return {"kind": READER_FAILED, "reader": what, "error": error,
            "message": {"zh": f"叙述中的{what}未能读取（{error}），其余检查照常进行",
                        "en": f"The narrative's {what} could not be read ({error}); "
                              "the other checks ran"}}


def _flow_owners(items: Sequence[Item]) -> dict[str, str]:
    """The name of the item before each item named only by a flow or balance (累计支出) in
    its sentence, by that item's id: whose flow it is (下达专项资金 a，累计支出 b)."""
    owners: dict[str, str] = {}
    owner: Item | None = None
    for item in items:
        if owner is not None and (owner.paragraph, owner.sentence) != (item.paragraph,
                                                                        item.sentence):
            owner = None
        subject = key(item.subject)
        if subject and _whose_unsaid(subject):
            if owner is not None:
                owners[item.id] = key(owner.subject)
        elif subject:
            owner = item
    return owners


def _aside_hosts(items: Sequence[Item]) -> dict[str, str]:
    """The name of the item each bracketed item follows in its sentence, by the bracketed
    item's id: what its figures are said of."""
    hosts: dict[str, str] = {}
    host: Item | None = None
    for item in items:
        if not item.aside:
            host = item
        elif host is not None and (host.paragraph, host.sentence) == (item.paragraph,
                                                                       item.sentence):
            hosts[item.id] = key(host.subject)
    return hosts


class _Emitter:
    def __init__(self, reading: Reading, fiscal_year: int | None,
                 report_date_paragraph: str | None = None) -> None:
        self.reading = reading
        self.year = fiscal_year
        self.report_date_paragraph = report_date_paragraph
        self.facts: list[Emitted] = []
        self.fact_of: dict[str, str] = {}
        self.parent: dict[str, Breakdown] = {p.id: b for b in reading.claims.breakdowns
                                             for p in b.parts}
        self.item_of: dict[str, Item] = {s.id: i for i in reading.items for s in i.statements}
        self.transposed = transpositions.find(reading.items, _known_or_own_name)
        self.referred = back_references.find(
            reading.items, {pid: p.normal.text for pid, p in reading.paragraphs.items()},
            self.parent)
        self.namesakes = _namesakes(reading.items)
        self.basis_of = _basis_lines(reading.paragraphs.values())
        self.entries_of = _entries(reading.paragraphs.values())
        self.totalled = _totalled(reading.items)
        self.counted_groups = _counted_groups(reading.items, self.totalled)
        self.hosts = _aside_hosts(reading.items)
        self.owners = _flow_owners(reading.items)
        self._ordinals: dict[str, list[tuple[int, str]]] = {}

    def emit(self) -> tuple[list[Emitted], list[Emitted], list[Emitted]]:
        """The facts, relations (``r1`` …) and claims (``c1`` …), each held as an
        ``Emitted`` as it is made: their dicts are made once the reading is gone."""
        for statement in self.reading.statements:
            self._fact(statement)
        for grade in self.reading.grades:
            self._grade(grade)
        for paragraph, found in self.reading.dates:
            self._date(paragraph, found)
        for payment in self.reading.claims.payments:
            self._payment(payment)
        claims_of_reading = self.reading.claims
        relations = numbered("r", itertools.chain(
            (r for b in claims_of_reading.breakdowns for r in self._relations(b)),
            map(self._composition, claims_of_reading.compositions),
            map(self._product, filter(_weighable, claims_of_reading.products)),
            map(self._share_set, claims_of_reading.share_sets),
            map(self._class_split, claims_of_reading.class_splits)))
        claims = numbered("c", itertools.chain(self._changes(), self._ratios(),
                                                self._enumerations(), self._averages(),
                                                self._growths(), self._schedule_gaps(),
                                                self._budget_gaps()))
        return self.facts, relations, claims

    # -- facts --------------------------------------------------------------

    def _add(self, fact: dict[str, Any], statement: Statement | None = None) -> str:
        fact["id"] = f"f{len(self.facts) + 1}"
        self.facts.append(Emitted(fact, statement.quantity if statement is not None else None))
        if statement is not None:
            self.fact_of[statement.id] = fact["id"]
        return str(fact["id"])

    def fact(self, fact_id: str | None) -> Emitted | None:
        """The emitted fact of an id (``f<n>`` is the n-th), if any."""
        return self.facts[int(fact_id[1:]) - 1] if fact_id else None

    def _source(self, paragraph_id: str, start: int, end: int) -> dict[str, Any]:
        quoted = self._quoted(paragraph_id, start, end)
        return quoted.as_dict({paragraph_id: self.reading.paragraphs[paragraph_id].text})

    def _quoted(self, paragraph_id: str, start: int, end: int) -> Quoted:
        """A fact's source: the span of the printed paragraph its normalized span stands for."""
        paragraph = self.reading.paragraphs[paragraph_id]
        begin, stop = paragraph.normal.span(start, end)
        return Quoted(paragraph.section, paragraph_id, begin, stop)

    def _fact(self, statement: Statement) -> None:
        item = self.item_of.get(statement.id)
        quantity = statement.quantity
        value = quantity.value
        if statement.role in (CHANGE, PERCENT_CHANGE, AVERAGE) and statement.sign < 0:
            value = -value  # (年均下降 4.05%: a signed yearly rate)
        fact: dict[str, Any] = {
            "label": sys.intern(self._label(statement, item)), "measure": self._measure(statement),
            # the very Decimal read (written out with the JSON form), a negated change as text
            "value": value if value is quantity.value else format_value(value),
            "unit": quantity.unit}
        fact["concept"] = self._concept(statement, item)
        period = statement.period if statement.period is not None else self.year
        if period is not None and statement.role not in (CHANGE, PERCENT_CHANGE, SHARE, RATE):
            years = 1 if statement.period_stated else _years_counted(fact["label"])
            if statement.since is not None and per_unit.RUNNING in fact["label"] \
                    and statement.since < period:  # (2018—2024 年，全县累计建成 a: the span's)
                years = period - statement.since + 1
            fact["period"] = _period(period, statement.until) if years == 1 \
                else f"{period - years + 1:04d}-01-01/{period:04d}-12-31"
        if quantity.qualifier:
            fact["qualifier"] = quantity.qualifier
        elif statement.role == LEVEL and statement.dimension == "money" \
                and self._standard(statement):
            fact["exact"] = True  # (按每户 2 万元标准: 2 万元 exactly, not 1.5 to 2.5)
        elif statement.dimension == "count" and per_unit.said_as_mean(statement.label):
            fact["exact"] = False  # (期均 45 人次: 545 人次 over 12 期, rounded)
        fact["source"] = self._quoted(statement.paragraph, statement.quote_start, statement.end)
        self._add(fact, statement)

    def _standard(self, statement: Statement) -> bool:
        """Is the figure a standard, by the words of its clause right before it and the few
        characters right after it (63 个村按每村 2 万元标准)?"""
        text = self.reading.paragraphs[statement.paragraph].normal.text
        before = text[max(0, statement.number_start - _STANDARD_WITHIN):statement.number_start]
        before = before[max(before.rfind(mark) for mark in _CLAUSE_MARKS) + 1:]
        return per_unit.set_standard(before, statement.quantity.unit,
                                     text[statement.end:statement.end + len(_STANDARD_AFTER)])

    def _label(self, statement: Statement, item: Item | None) -> str:
        subject = item.name if item is not None else ""
        if statement.id in self.referred:  # 上述 412 件案件: named by what it refers to
            subject = cues.AFORESAID[0] + self.referred[statement.id][0].name
        words = {CHANGE: "变动", PERCENT_CHANGE: "变动率", SHARE: "占比", RATE: "比率",
                 BASE: "（比较基数）", FROM: "（变动前）", WHOLE: "（总体）",
                 AVERAGE: "年均变动率"}
        if statement.role == RATE and without_formula(subject).endswith(ratios.RATE_SUFFIX):
            return subject  # 资金到位率: the rate's own name (its formula after it kept)
        if statement.role == RATE and subject:
            said = next((w for w in _RATE_NAMES if statement.label.endswith(w)), None) or (
                statement.label[-3:] if statement.label.endswith(ratios.RATE_SUFFIX) else None)
            if said is not None:  # 项目 … 执行率 92.05%: 项目执行率, not 项目比率 (资金支出进度
                # … 支出进度 p: said once)
                return subject if subject.endswith(said) else f"{subject}{said}"
        if statement.role == SHARE and subject and not key(subject).endswith(
                key(named := part_said(statement.label) or subject)):
            subject = named  # 其中 A a、B b，余额占限额的 p: 余额占比, not B's
        if not subject and statement.whole and statement.role in (WHOLE, SHARE):
            # 共计 132 件，占全年立案总数（220 件）的 60%: named by the whole alone
            return statement.whole if statement.role == WHOLE else f"占{statement.whole}比重"
        if statement.role in words:
            return f"{subject}{words[statement.role]}" if subject else statement.label
        if subject and item is not None and statement.measure in measures.LABELS \
                and len({s.measure for s in item.levels()}) > 1:
            return f"{subject}（{measures.LABELS[statement.measure]}）"
        if not subject and not statement.label.strip(_LIST_WORDS):
            return str(statement.quantity)  # (分别为 28.64 亿元、31.07 亿元: named by itself)
        return subject or statement.label or "数值"

    def _measure(self, statement: Statement) -> str:
        if statement.id in self.referred and statement.measure is None:
            # 上述 3,820 万元资金 after 下达资金 3,280 万元: the figure given before, so of its
            # measure (agreement compares figures of one concept and measure)
            return self._measure(self.referred[statement.id][1])
        if statement.role in (CHANGE, PERCENT_CHANGE):
            return "change"
        if statement.role == SHARE:
            return "share"
        if statement.role == RATE:
            return "rate"
        if statement.role in (BASE, FROM):
            return "prior"
        if statement.quantity.unit == "分" and statement.measure != statements_of.SCORES_ADDED:
            # 分值 10 分，得分 9.42 分: a weight and a score are two figures
            return "weight" if statement.measure == "weight" else "score"
        item = self.item_of.get(statement.id)
        if statement.measure == "actual" and item is not None \
                and any(word in item.subject for word in measures.REVENUE):
            return "amount"  # revenue collected against its budget is not spending
        if statement.measure in ("budget", "budget_initial", "actual", "adjustment", "target",
                                 "result", "weight", "score"):
            return statement.measure
        return "count" if statement.dimension == "count" else "amount"

    def _concept(self, statement: Statement, item: Item | None) -> str:
        """The quantity a figure is of: agreement compares only figures of one concept.

        A level whose item names a particular quantity gets its scope with it:
        the section it is in, the total it is a part of (基本支出 under 项目支出
        is another quantity than under 基本支出), the way it is counted (同口径),
        a count's unit, a count's phase. Every other figure (a change, a share,
        a level of a vague or twice-stated item) is a quantity of its own.
        """
        local = f"@{statement.paragraph}#{statement.id}"
        if item is None or statement.role not in (LEVEL, TO) or statement.dimension == "ratio" \
                or statement.quantity.unit == changes.PERCENTAGE_POINTS:
            return local  # (超过时间进度 6.6 个百分点: a difference of two rates, never a level)
        if per_unit.per_one(statement.label):
            return local  # (共接待 42 批次、315 人次，人均 75.24 元: a mean, not the fee)
        if statement.id in self.transposed:
            return self.transposed[statement.id]
        if statement.id in self.referred:  # 上述 38,050 万元专项债券资金: the one given before
            given_in, given = self.referred[statement.id]
            return self._concept(given, given_in)
        subject = _one_quantity_name(item)
        if subject is None or self._twice(item, statement) or item.id in self.namesakes:
            return local
        known = tables.known_concept(item.subject)
        if known is not None and statement.dimension == "money":
            # 区直 / 本级 “三公”经费 is of a part of the body the report is of
            owner = measures.scope_owner(item.subject)
            return f"{known}/{owner}" if owner else known
        scope = self.parent.get(item.id)
        headline = headlines.headline(without_owner(subject))
        if headline is not None and statement.dimension == "money" \
                and not statement.total_cue:  # 财政拨款收入总计 may hold what was carried over
            # the body's own totals: one quantity in the whole part, whatever total it is a
            # part of, unless that total says it is another measure (收入预算 …，其中财政拨款收入)
            within = next((s.measure for s in scope.total.levels()), None) if scope else None
            return "/".join(["headline", self.reading.parts.get(item.section, ""), headline,
                             within or ""])
        parts = [item.section]
        if _whose_unsaid(subject) or _done_unsaid(subject) or _place_only(subject):
            parts.append(statement.paragraph)  # 本年收支结余 4091 亿元: of this paragraph's fund
            if item.id in self.owners:  # 下达 A a，累计支出 b。下达 B c，累计支出 d: each of
                parts.append(self.owners[item.id])  # the fund its sentence named before it
        elif _own_count(subject):  # 特殊教育学校 … 在校生 1,149 人。特殊教育 … 在校生 2,462 人:
            parts.append(f"{statement.paragraph}:{statement.sentence}")  # each sentence's
        if scope is not None:
            parts.append(key(scope.total.subject))
        elif item.id in self.hosts:  # （资金收入 a，物资收入 b） after two totals: each the
            parts.append(self.hosts[item.id])  # parts of the figure its bracket follows
        if item.marker:  # 1.拟安排资金 151.64 万元，用于 A。2.拟安排资金 81.8 万元: each entry's,
            outer, own = self.entries_of.get(statement.paragraph, ("", None))  # within its
            parts.append(outer + (own if own and own != item.marker else "") + item.marker)
            # entry of a higher level: 1. under (一) is not 1. under (三)
        group = next((g for g in (self.counted_groups.get((item.paragraph, item.sentence)),
                                  self.counted_groups.get((item.paragraph, PARAGRAPH)))
                      if g is not None and g is not item), None)
        if group is not None:
            parts.append(key(group.subject))  # 省重点项目 2 个，…累计完成投资 a。市重点项目 7 个，…
        if (statement.paragraph, statement.sentence) in self.totalled:
            parts.append(cues.LIST_TOTAL)  # 2.农村低保：…发放低保金 a。以上合计…发放低保金 b
        parts.append(subject)
        parts.extend(q for q in measures.SCOPE_QUALIFIERS if q in item.subject)
        span = self._span(statement)
        if span:
            parts.append(span)  # 11 月份 … 491 亿元；前 11 个月 … 47,468 亿元: two quantities
        text = self.reading.paragraphs[statement.paragraph].normal.text
        start = max(text.rfind(mark, 0, statement.start) for mark in "。！？\n") + 1
        batch = _batch(text, start, statement.start) or self._item_of_list(
            statement.paragraph, text, statement.start)
        if batch:
            parts.append(batch)  # 一批项目 … 道路 311,520 平方米。三批项目 … 道路 71,634 平方米
        said = _LEVEL_OF_GOVERNMENT.search(text, start, statement.start)
        level = said.group(0) if said else _last_named(_LEVEL_OF_GOVERNMENT, text, start)
        if level:  # the level of government the sentence speaks of before the figure (全市 …
            parts.append(level)  # 净资产 10,840.7 亿元；市级 … 1,642 亿元), else the one named
            # last before it (收支相抵，结转下年 10.4 亿元 after 市级 …总支出 …)
        fund = None if _FUND.search(item.subject) else _last_named(_FUND, text, statement.start)
        if fund:  # 一般公共预算收入 a，上级补助收入 b …。政府性基金上年结余 c，上级补助收入 d: the
            parts.append(fund)  # fund the paragraph speaks of before the figure
        place = _OPENING_PLACE.match(text)
        if place and not any(word in place.group(1) for word in _NOT_A_PLACE):
            # 晋城市一般公共预算收入 …。全市 …支出 128.9 亿元: that city's, paragraph by
            parts.append(place.group(1))  # paragraph (a province's report on its cities)
        purpose = _PURPOSE_AFTER.match(text, statement.end)
        if purpose:  # 提取公积金 1521.37 亿元用于租赁住房。…提取公积金 5.01 亿元用于老旧小区改造
            # (not 主要用于农村公路建设 9.6 亿元、…: the first part, with a figure of its own)
            parts.append(purpose.group(1))  # (what the money went to, said right after it)
        dated = _OPENING_DATE.match(text)
        if dated:  # 2022 年 12 月 23 日，…下达 1,300 万元。¶ 2023 年 8 月 1 日，…下达 437 万元:
            parts.append(dated.group(0))  # each paragraph an event of its own day
        opening = _OPENING_YEAR.match(text)
        if opening and not statement.period_stated and int(opening.group(1)) != statement.period:
            parts.append(opening.group(1))  # 2024 年，全市…安排 …。结转下年 28.85 亿元: the
            # paragraph's year, not the report's (its figures are the plan's)
        basis = self.basis_of.get(statement.paragraph)
        if basis:
            parts.append(basis)  # 剔除高新区后：收入 44.2 亿元 (47.8 亿元 with it)
        if statement.dimension == "count":
            parts.append(statement.quantity.unit)
        if item.phase:
            parts.append(item.phase)
        return "/".join(parts)

    def _item_of_list(self, paragraph: str, text: str, at: int) -> str:
        """The item of an ordinal list (…分为七个方面，一是 A …合计 75 万元，已支出 75 万元；二是
        B …合计 3,624.71 万元，已支出 3,624.71 万元) a figure stands in: the last 一是 / 二是
        opening a clause before it in its paragraph, found once per paragraph."""
        openings = self._ordinals.get(paragraph)
        if openings is None:
            openings = self._ordinals[paragraph] = [
                (found.end(), found.group(1)) for found in _LIST_ITEM_OPENING.finditer(text)]
        at_most = bisect_right(openings, (at, "\uffff"))
        return openings[at_most - 1][1] if at_most else ""

    def _span(self, statement: Statement) -> str:
        """The months a figure is counted over, when its sentence says so before it (前 11 个月,
        1-11 月, 11 月份, 当月), or the ages it counts (80 至 89 周岁): figures of one name
        over two spans or bands are two quantities."""
        text = self.reading.paragraphs[statement.paragraph].normal.text
        start = max(text.rfind(mark, 0, statement.start) for mark in "。；;\n") + 1
        found = _spans_in(text, start, statement.start)
        if found or not start:
            return found[-1] if found else ""
        # 2023 年 12 月，全国发行新增债券 …。全国发行再融资债券 …: the span its first sentence
        # gives, a month (not a day of it) or months, holds for the whole paragraph
        first = min((at for mark in "。；;\n" if (at := text.find(mark)) >= 0),
                    default=len(text))
        spans = _spans_in(text, 0, first)
        return spans[0] if len(set(spans)) == 1 else ""

    @staticmethod
    def _twice(item: Item, statement: Statement) -> bool:
        """Two levels of one item for one period, and words that do not say which is which.

        ``2.15 亿元 … （全年预算 2.23 亿元）``: the first names no measure, so it could
        be the budget too; neither is compared with the rest of the report.
        """
        same = [s for s in item.levels() if s.period == statement.period
                and s.dimension == statement.dimension and s is not statement]
        return any(s.measure == statement.measure or s.measure is None
                   or statement.measure is None for s in same)

    def _grade(self, grade: grades_of.Grade) -> None:
        fact: dict[str, Any] = {"label": "评价等级", "measure": "grade",
                                "value": grades_of.bare_grade(grade.word) or grade.word}
        if grade.score is not None:
            score_fact = self.fact(self.fact_of.get(grade.score.id))
            if score_fact is not None and score_fact.get("concept"):
                fact["concept"] = score_fact["concept"]
                fact["label"] = f"{score_fact['label']}等级"
            if score_fact is not None and "period" in score_fact:
                fact["period"] = score_fact["period"]
        fact["source"] = self._quoted(grade.paragraph, grade.start, grade.end)
        self._add(fact)

    def _date(self, paragraph: str, found: figures.Found) -> None:
        """A date the text gives (开工于 2023 年 3 月 15 日), as written, for the date rules."""
        date = found.date
        assert date is not None and date.year is not None and date.month is not None
        text = f"{date.year:04d}-{date.month:02d}"
        if date.day is not None:
            text += f"-{date.day:02d}"
        fact: dict[str, Any] = {"label": _date_label(self.reading.paragraphs[paragraph].normal
                                                     .text, found),
                                "measure": "date", "value": text,
                                "source": self._quoted(paragraph, found.start, found.end)}
        if paragraph == self.report_date_paragraph:
            fact["concept"], fact["label"] = "report.date", "报告日期"
        self._add(fact)

    def _payment(self, payment: claims_of.FullPayment) -> None:
        """已全部拨付: the paid amount is the stated one, a fact of the paid figure's concept."""
        paid_id = self.fact_of.get(payment.paid.id)
        paid = self.fact(paid_id)
        if paid_id is None or paid is None:
            return
        concept = paid.get("concept") or f"paid:{payment.paid.id}"
        paid = self.facts[int(paid_id[1:]) - 1] = paid.with_value("concept", concept)
        item = self.item_of.get(payment.stated.id)
        fact: dict[str, Any] = {
            "label": f"{item.subject if item else ''}（已全部拨付）", "concept": concept,
            "measure": "actual", "value": format_value(payment.stated.quantity.value),
            "unit": payment.stated.quantity.unit,
            "source": self._quoted(payment.stated.paragraph, payment.stated.quote_start,
                                   payment.span[1])}
        if "period" in paid:
            fact["period"] = paid["period"]
        self._add(fact)

    # -- relations ----------------------------------------------------------

    def _relations(self, breakdown: Breakdown) -> Iterator[dict[str, Any]]:
        if not breakdown.complete and any(word in breakdown.total.subject
                                          for word in measures.SIGNED_RESULTS):
            return  # some of a profit may be more than all of it (the rest lost money)
        if claims_of.parts_nest(breakdown.parts):
            return  # 其中 100Mbps 及以上 a，1000Mbps 及以上 b: b is within a, they do not add
        coverage = "complete" if breakdown.complete else (
            "unstated" if breakdown.cue == "phase" else "partial")
        # 支出预算数 a，实际支出 b，加上上解支出 c: an augend's figure is the one nearest the 加
        last = breakdown.cue == cues.ADDITION_OPEN
        slots = [(total, [_like(part, total, last and k == 0)
                          for k, part in enumerate(breakdown.parts)])
                 for total in _totals_of(breakdown) if total.dimension != "ratio"]
        slots = [(total, parts) for total, parts in slots if not _lost(total) or any(
            part is not None and _lost(part) for part in parts)]
        # (过程指标满分 20 分，扣 3.5 分，得 16.5 分。其中：A 扣 2 分，得 8 分 …: the points it
        # lost are the total of the points its parts lost, never of their scores alone)
        # 惠及 5,730 人次，发放 183.26 万元。其中：A 312 人次 96.40 万元；…: a list whose
        # parts make its amount exactly names all of it, so they make its count too (one
        # figure of each, of no measure but what was done)
        closed = coverage == "partial" and len(breakdown.parts) >= 2 \
            and len({t.dimension for t, _ in slots}) == len(slots) == 2 \
            and all(t.measure in (None, "actual") for t, _ in slots) and any(
                None not in parts and _closes(total, [p for p in parts if p])
                and not total.quantity.qualifier for total, parts in slots)
        # 可用财力 a，具体为：…，扣除上解上级支出 d: a part taken away counts against the total
        deducted = [self._deducted(part) for part in breakdown.parts]
        for total, parts in slots:
            found = [p for p in parts if p is not None]
            if not found or (any(deducted) and len(found) < len(parts)):
                continue
            if len(found) == len(parts):
                slot_coverage = "complete" if closed or (
                    coverage == "partial" and transpositions.sum_swapped(total, found)) \
                    else coverage
            else:
                slot_coverage = "partial" if coverage != "unstated" else coverage
            if total.measure == "score" and len(found) == len(parts) \
                    and (_weights_close(breakdown) or _full_marks_listed(breakdown)):
                slot_coverage = "complete"  # every indicator of the weight is listed
            yield self._relation(breakdown, total, found, slot_coverage,
                                 weights=[-1 if d else 1 for d in deducted] if any(deducted)
                                 else None)
        total_change = next((s for s in breakdown.total.of(CHANGE)
                             if s.base_kind != "budget"), None)
        if total_change is None or not breakdown.complete or any(deducted):
            return
        changes = [self._change_of(part, total_change) for part in breakdown.parts]
        if all(c is not None for c in changes):
            yield self._relation(breakdown, total_change, [c for c in changes if c], "complete",
                                 "的变动")

    def _deducted(self, part: Item) -> bool:
        """Does the part's clause open with a word of taking away (扣除 / 减去 / 减：)?"""
        levels = part.levels()
        if not levels:
            return False
        text = self.reading.paragraphs[part.paragraph].normal.text
        opened = max(text.rfind(mark, 0, levels[0].start) for mark in _PART_SEPARATORS)
        return text[opened + 1:levels[0].start].lstrip().startswith(cues.DEDUCTION_OPEN)

    def _composition(self, composition: Composition) -> dict[str, Any]:
        return _sum(composition.label, self.fact_of[composition.total.id],
                    [self.fact_of[p.id] for p in composition.parts], weights=composition.weights)

    def _share_set(self, share_set: ShareSet) -> dict[str, Any]:
        """Shares of one whole against the whole itself: 100 %, a fact of its own."""
        first, last = share_set.shares[0], share_set.shares[-1]
        whole = f"占{share_set.whole}" if share_set.whole else "所列"
        fact = {"label": f"{whole}比重之和", "measure": "share", "value": "100", "unit": "%",
                "concept": f"@{first.paragraph}#{first.id}-whole",
                "source": self._quoted(first.paragraph, first.quote_start, last.end)}
        return _sum(f"{whole}比重之和", self._add(fact),
                    [self.fact_of[s.id] for s in share_set.shares],
                    "complete" if share_set.complete else "partial")

    def _class_split(self, split: ClassSplit) -> dict[str, Any]:
        """The classes named against the whole: parts, never said to be all of it."""
        return _sum("支出 ⊇ 所列经济分类", self.fact_of[split.total.id],
                    [self.fact_of[p.id] for p in split.parts], "unstated", certain=False)

    def _product(self, product: Product) -> dict[str, Any]:
        times = _times(product)
        per = f" × {product.times}" if product.times != 1 else ""
        label = " + ".join(f"{int(count.quantity.value)}{per} × {each.quantity}" if count
                           else f"{product.times} × {each.quantity}"
                           for count, each in product.terms)
        return _sum(label, self.fact_of[product.total.id],
                    [self.fact_of[each.id] for _, each in product.terms], weights=times)

    def _change_of(self, part: Item, like: Statement) -> Statement | str | None:
        found = [s for s in part.of(CHANGE) if s.dimension == like.dimension
                 and s.base_kind != "budget"]
        if found:
            return found[0]
        if part.flat is not None:
            return self._flat_fact(part, like)
        return None

    def _flat_fact(self, part: Item, like: Statement) -> str:
        start, end = part.flat or (0, 0)
        fact = {"label": f"{part.subject}变动", "measure": "change", "value": "0",
                "unit": like.quantity.unit, "source": self._quoted(part.paragraph, start, end)}
        return self._add(fact)

    def _relation(self, breakdown: Breakdown, total: Statement,
                  parts: Sequence[Statement | str], coverage: str, what: str = "",
                  weights: Sequence[int] | None = None) -> dict[str, Any]:
        part_ids = [p if isinstance(p, str) else self.fact_of[p.id] for p in parts]
        names = " + ".join(p.name for p in breakdown.parts)
        certain = breakdown.certain and not breakdown.overlapping and not (
            coverage == "complete" and self._unread_item_after(parts))
        return _sum(f"{breakdown.total.subject}{what} = {names}", self.fact_of[total.id],
                    part_ids, coverage, certain, weights)

    def _read_after(self, last: Statement, end: int) -> Iterator[tuple[int, int]]:
        """The spans of the figures read after ``last`` in its paragraph, up to ``end``: the
        statements that follow it in the reading's list (numbered in reading order)."""
        statements = self.reading.statements
        for index in range(last.order, len(statements)):  # (an islice would walk from 0)
            statement = statements[index]
            if statement.paragraph != last.paragraph or statement.start >= end:
                return
            yield statement.start, statement.end

    def _unread_item_after(self, parts: Sequence[Statement | str]) -> bool:
        """Does the list go on after its last part read, with a number not read as a figure
        (、移动 DR1 台: the unit stuck to a code)? Then not all of it is known to be read."""
        last = next((p for p in reversed(parts) if not isinstance(p, str)), None)
        if last is None:
            return False
        text = self.reading.paragraphs[last.paragraph].normal.text
        end = min((at for at in (text.find(mark, last.end) for mark in "。\n") if at >= 0),
                  default=len(text))
        read = list(self._read_after(last, end))
        tail = _LIST_ITEM.search(text, last.end, end)
        while tail is not None:
            digit = tail.start("digit")
            if not any(start <= digit < stop for start, stop in read) \
                    and not statements_of.price_band_at(text, digit):
                return True  # (单价 50 万元以上通用设备 0 台: a band, no figure to read)
            tail = _LIST_ITEM.search(text, tail.end(), end)
        return False

    # -- claims ---------------------------------------------------------------

    def _ref(self, statement: Statement | None) -> dict[str, str] | None:
        return {"fact": self.fact_of[statement.id]} if statement is not None else None

    def _changes(self) -> Iterator[dict[str, Any]]:
        averaged = {(s.paragraph, s.sentence) for s in self.reading.statements
                    if s.role == AVERAGE}
        for change in self.reading.claims.changes:
            claim: dict[str, Any] = {"kind": "change", "certain": change.certain}
            for name in ("current", "change", "percent", "base", "alternative"):
                ref = self._ref(getattr(change, name))
                if ref is not None:
                    claim[name] = ref
            anchor = change.change or change.percent
            if anchor is not None and anchor.base_year is not None \
                    and (anchor.paragraph, anchor.sentence) not in averaged:
                claim["base_year"] = anchor.base_year  # (比 2019 年增长 p%，两年平均增长 q%:
                # a base the writer chose for the average, not a leftover year)
            if change.flat and change.current is not None and (
                    change.base is not None or change.item.id in self.parent):
                claim["change"] = {"fact": self._flat_fact(change.item, change.current)}
                # (a part 与上年持平 with no base said: a change of nothing, which its list's
                # implied bases count too, RAT210)
            if "change" in claim or "percent" in claim:
                yield claim

    def _schedule_gaps(self) -> Iterator[dict[str, Any]]:
        """超序时进度 d 个百分点: a change in points from the schedule to the rate (the schedule
        a fact of its name's words where the text states no figure of it: the share of a whole
        number of quarters at two decimals, exact, not 75 ± 0.5; of other months a whole
        percent, which holds the writer's rounding)."""
        for gap in self.reading.claims.schedule_gaps:
            rate, points = self.fact_of.get(gap.rate.id), self.fact_of.get(gap.gap.id)
            emitted = self.fact(points)
            if rate is None or points is None or emitted is None:
                continue
            if gap.schedule is not None:
                schedule = self.fact_of.get(gap.schedule.id)
            else:
                start, end = gap.named_at
                schedule = self._add({"label": "序时进度", "measure": "rate",
                                      "value": gap.elapsed, "unit": "%",
                                      "source": self._quoted(gap.gap.paragraph, start, end)})
            if schedule is None:
                continue
            behind = gap.sign < 0 and not str(emitted.get("value", "")).startswith("-")
            current, base = (schedule, rate) if behind else (rate, schedule)
            yield {"kind": "change", "certain": True, "current": {"fact": current},
                   "base": {"fact": base}, "change": {"fact": points}}

    def _budget_gaps(self) -> Iterator[dict[str, Any]]:
        """决算数大于年初预算数: a change from the budget to what was done, above (or below)
        zero, a fact of the words that say so."""
        for gap in self.reading.claims.budget_gaps:
            done, budget = self.fact_of.get(gap.actual.id), self.fact_of.get(gap.budget.id)
            if done is None or budget is None:
                continue
            start, end = gap.said_at
            text = self.reading.paragraphs[gap.actual.paragraph].normal.text
            way = self._add({"label": text[start:end], "measure": "change", "value": "0",
                             "unit": gap.actual.quantity.unit,
                             "qualifier": "more_than" if gap.sign > 0 else "less_than",
                             "source": self._quoted(gap.actual.paragraph, start, end)})
            yield {"kind": "change", "certain": True, "current": {"fact": done},
                   "base": {"fact": budget}, "change": {"fact": way}}

    def _ratios(self) -> Iterator[dict[str, Any]]:
        for ratio in self.reading.claims.ratios:
            yield {"kind": ratio.kind, "value": self._ref(ratio.stated),
                   "part": self._ref(ratio.part), "whole": self._ref(ratio.whole),
                   "certain": ratio.certain}
        for rate in self.reading.claims.excess_rates:  # 超预算 d，完成预算的 p: of a − d
            yield {"kind": "rate", "value": self._ref(rate.stated),
                   "part": self._ref(rate.done), "change": self._ref(rate.excess),
                   "certain": True}
        for saving in self.reading.claims.savings:  # 节约率: the saving's share of the budget
            if saving.rate is not None:
                yield {"kind": "share", "value": self._ref(saving.rate),
                       "part": self._ref(saving.saving), "whole": self._ref(saving.budget),
                       "certain": True}

    def _averages(self) -> Iterator[dict[str, Any]]:
        for average in self.reading.claims.averages:
            yield {"kind": "average", "value": self._ref(average.stated),
                   "of": [self._ref(s) for s in average.parts], "certain": True}

    def _growths(self) -> Iterator[dict[str, Any]]:
        for growth in self.reading.claims.growths:
            yield {"kind": "growth", "base": self._ref(growth.start),
                   "current": self._ref(growth.end), "percent": self._ref(growth.rate),
                   "certain": True}

    def _enumerations(self) -> Iterator[dict[str, Any]]:
        for enumeration in self.reading.claims.enumerations:
            start, end = enumeration.span
            yield {"kind": "enumeration", "count": self._ref(enumeration.count),
                   "items": enumeration.names, "readings": list(enumeration.counts),
                   "complete": enumeration.complete,
                   "source": self._source(enumeration.paragraph, start, end),
                   "certain": enumeration.certain}

    def link_table_total(self, table: dict[str, Any]) -> None:
        """Tag a total row's budget cell with the concept of the text's stated total of it.

        The text's total (项目资金总计 70.42 万元: a budgeted amount with 总计 / 合计
        / 共) in the part the table belongs to is the same quantity as the table's
        total row; only a single such total is linked, so AGR402 compares them.
        """
        part = table.get("section")
        totals = [r for r in table["rows"] if r.get("role") == "total"]
        if not totals or totals[0]["cells"].get("budget") is None:
            return
        candidates = []
        for statement in self.reading.statements:
            if not (statement.total_cue and statement.measure == "budget"
                    and statement.dimension == "money" and statement.role == LEVEL):
                continue
            if part and not (statement.section == part
                             or statement.section.startswith(part + "-")):
                continue
            fact = self.fact(self.fact_of.get(statement.id))
            if fact is not None and fact.get("unit") == table.get("unit"):
                candidates.append(fact)
        if len(candidates) == 1:
            period = {"period": candidates[0]["period"]} if candidates[0].get("period") else {}
            tables.tag(totals[0], "budget", concept=candidates[0]["concept"], **period)

    def statements_json(self) -> list[dict[str, Any]]:
        out = []
        for statement in self.reading.statements:
            item = self.item_of.get(statement.id)
            entry: dict[str, Any] = {"fact": self.fact_of.get(statement.id),
                                     "role": statement.role,
                                     "subject": item.subject if item else ""}
            if statement.sign:
                entry["sign"] = statement.sign
            if statement.period is not None:
                entry["period"] = statement.period
            out.append(entry)
        return out


def _date_label(text: str, found: figures.Found) -> str:
    """The words around a date, as a reviewer names it (项目于…开工建设)."""
    start = max(text.rfind(mark, 0, found.start) for mark in "，,。；;：:") + 1
    ends = [i for i in (text.find(mark, found.end) for mark in "，,。；;") if i >= 0]
    end = min(ends) if ends else len(text)
    words = (text[start:found.start] + "…" + text[found.end:end]).strip("… ")
    return words[:40] or "日期"


def _period(year: int, until: PrintedDate | None) -> str:
    """A year, or the part of it up to a cut-off day (截至 11 月底: 2021-01-01/2021-11-30)."""
    if until is None or until.month is None or (until.year or year) != year:
        return sys.intern(str(year))  # one object per year, not one per figure
    day = until.day or calendar.monthrange(year, until.month)[1]
    if (until.month, day) == (12, 31):
        return sys.intern(str(year))
    return sys.intern(f"{year:04d}-01-01/{year:04d}-{until.month:02d}-{day:02d}")


#: how far before a figure the words that make it a standard are looked for (补助标准为每人
#: 每年), the marks that end them, and the longest word after it (1.5 万元的标准)
_STANDARD_WITHIN = 12
_CLAUSE_MARKS = "，,；;。：:"
_STANDARD_AFTER = max(per_unit.STANDARD_AFTER, key=len)
#: words that give the months a figure is counted over (前 11 个月 / 1-11 月 / 11 月份 / 当月)
_MONTH_SPAN = re.compile(r"前[0-9一二三四五六七八九十]{1,3}个月"
                         r"|[0-9]{1,2} ?[-－—~至] ?[0-9]{1,2} ?月"
                         r"|[0-9一二三四五六七八九十]{1,3} ?月份|当月|本月"
                         # 80 至 89 周岁老年人 …；90 至 99 周岁老年人 …: an age band's people
                         r"|(?<![0-9])[0-9]{1,3} ?(?:[-－—~至到] ?[0-9]{1,3} ?)?周?岁"
                         r"(?:及以上|以上|以下)?")
#: words that count a figure over the years up to its own (三年来全县累计入库 a / 五年间累计 /
#: 近五年): a total of several years, no figure of the last year alone
_YEARS_COUNTED = re.compile(r"(?<![0-9第])(?:近|这|过去|最近)?([两二三四五六七八九十]|[2-9])个?年"
                            r"(?:来|间|以来|中|里)")


def _years_counted(label: str) -> int:
    """How many years a figure's name says it counts over (1 where it names no such span)."""
    found = _YEARS_COUNTED.search(label)
    if found is None:
        return 1
    return count_of(found.group(1))


def _spans_in(text: str, start: int, end: int) -> list[str]:
    """The spans of months or ages said in ``text[start:end]``, in order."""
    found = [(m.start(), m.group(0)) for m in _MONTH_SPAN.finditer(text, start, end)]
    found += [(m.start(), m.group(1)) for m in _MONTH_ALONE.finditer(text, start, end)]
    return [span for _, span in sorted(found)]


#: the levels of government a sentence may speak of (the whole area, or its own level)
_LEVEL_OF_GOVERNMENT = re.compile(r"全(?:省|市|州|盟|县|区|旗|镇|乡)|(?:省|市|州|县|区)(?:本级|级)"
                                  r"|本级")
#: a paragraph that opens by naming a place of its own (太原市 / 晋城市 …, not 全市 / 本级)
_OPENING_PLACE = re.compile(r"(?![全本我该各])([\u4e00-\u9fff]{2,4}(?:省|市|县|区|州|盟|旗))"
                            r"(?=一般|财政|全|地方|政府|本级|国有|税收|收入|支出"
                            # (青阳县申请基础养老金补贴 …；东至县申请 …: each county's own)
                            r"|申请|安排|下达|拨付|发放|完成|共|累计|投入|实际)")
#: characters no place's name holds where a paragraph opens with a whole area or a time
#: (年末全县共有 …, 本市, 我县)
_NOT_A_PLACE = "全本我该各年"
#: what an amount went to, said right after it (… 5.01 亿元用于老旧小区改造 / …万元，用于 …):
#: one use, not the first of a list of them (主要用于 A、B、C 等方面)
_PURPOSE_AFTER = re.compile(r"\s?[，,]?(?:主要|全部|专项)?用于([\u4e00-\u9fff]{2,12}+)"
                            r"(?![0-9、（(])")  # (…用于 A（4,200 万元）、B …: A's own figure)
#: a paragraph that opens with the day something happened (2023 年 8 月 1 日，…)
_OPENING_DATE = re.compile(r"(?:19|20)[0-9]{2}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日")
#: a paragraph that opens with its year (2024 年，全市一般公共预算收入安排 …)
_OPENING_YEAR = re.compile(r"((?:19|20)[0-9]{2})\s*年")


#: a list's next item after a separator, up to its first digit (not a year, a date or the
#: number of an item of an outer list: ；2、项目支出)
_LIST_ITEM = re.compile(r"[、；;，,][^、；;，,。0-9]{0,20}(?P<digit>[0-9])"
                        r"(?![0-9]*\s?[年月日、.．)）])")
#: the funds of a government's budget a paragraph may speak of, each its own account
_FUND = re.compile(r"一般公共预算|公共财政预算|政府性基金|国有资本经营|"
                   # each insurance fund of a 社会保险基金 report (工伤保险基金收入 …，本年收支
                   # 结余 177 亿元: that fund's), before the funds together
                   r"(?:城镇职工|城乡居民|城镇居民|企业职工|机关事业单位|职工|居民)?(?:基本)?"
                   r"(?:养老|医疗|工伤|失业|生育)保险|社会保险基金|社保基金")


def _last_named(pattern: re.Pattern[str], text: str, end: int) -> str | None:
    """What ``pattern`` finds last in the paragraph before ``end``: the level of government
    (市级一般公共预算总支出 …。收支相抵，结转下年 …) or the fund (上级补助收入 of the 政府性基金
    paragraph is not that of the 一般公共预算 one) a sentence that names none speaks of."""
    found = max(pattern.finditer(text, 0, end), key=lambda m: m.start(), default=None)
    return found.group(0) if found else None


#: the item word of an ordinal list (一是 … 十二是), in both patterns below
_NTH_IS = r"[一二三四五六七八九十]{1,2}是"
#: a sentence that opens as one of several (一批项目 / 第二期 / 三是 / 其一)
_ORDINAL_OPENING = re.compile(r"(?:第?[一二三四五六七八九十]{1,2}(?:批|期|标段|阶段)|"
                              + _NTH_IS + r"|其[一二三四五六七八九十])")
#: an ordinal list's item opening a clause (，二是 … / ；三是 …), the paragraph's start too
_LIST_ITEM_OPENING = re.compile(r"(?:^|(?<=[，,；;：:。！？]))\s?(" + _NTH_IS + ")")
#: a month said as the time of what follows (2023 年 12 月，…), not a day of it
_MONTH_ALONE = re.compile(r"(?:19|20)[0-9]{2} ?年 ?([0-9]{1,2} ?月)(?=[，,])")
#: the names of rates a figure's words may end with, longest first (预算执行率 before 执行率)
_RATE_NAMES = tuple(sorted({*ratios.RATE_WORDS, *ratios.COUNT_RATE_WORDS}, key=len, reverse=True))


def _totalled(items: Sequence[Item]) -> set[tuple[str, int]]:
    """The sentences, by (paragraph, sentence), that total a list (以上合计 … / 合计 …)."""
    return {(s.paragraph, s.sentence) for item in items for s in item.statements
            if s.total_cue or s.label.startswith(_ABOVE_TOTALS)}


#: the words a sentence that totals the list above it opens with (以上合计 / 上述总计)
_ABOVE_TOTALS = tuple(above + total for above in sorted(cues.ABOVE_NAMES)
                      for total in cues.TOTAL_LEADS)


def _counted_groups(items: Sequence[Item], totalled: set[tuple[str, int]]
                    ) -> dict[tuple[str, int], Item]:
    """The item each sentence opens with, where it opens with a count (省重点项目 2 个) and
    another sentence of its paragraph opens with a count of something else: groups side by
    side, each sentence's figures its own group's, and the following sentences' up to the
    next group (…累计完成投资 a。市重点项目 7 个，…。截至目前，累计完成投资 b). Paragraphs of a
    section that each open so, each with a name of its own, are groups too (kept under
    ``PARAGRAPH``)."""
    first: dict[tuple[str, int], Item] = {}
    for item in items:
        first.setdefault((item.paragraph, item.sentence), item)
    opens_counted = {place: item for place, item in first.items()
                     if item.levels() and item.levels()[0].dimension == "count"}
    openings = Counter((paragraph, key(item.subject))
                       for (paragraph, _), item in opens_counted.items())
    # a name that opens several sentences (截至目前，开复工 a … 开复工 b) is what each group
    # did, not a group: the groups are the names that open one sentence each
    counted = {place: item for place, item in opens_counted.items()
               if openings[place[0], key(item.subject)] == 1}
    subjects = Counter(paragraph for paragraph, _ in counted)
    groups: dict[tuple[str, int], Item] = {}
    group: Item | None = None
    for place in first:  # (a sentence after a group's, opened by no group, is still its;
        # not one that totals them: 以上总计 92 个，…完成投资 a)
        if place in counted and subjects[place[0]] > 1:
            group = counted[place]
        elif group is not None and (group.paragraph != place[0] or place in totalled):
            group = None
        if group is not None:
            groups[place] = group
    # paragraphs of one section side by side, each opening with a count of its own group
    # (全市 25 个省重点项目 …。6 个新开工项目中 … ¶ 全市 124 个市重点项目 …。66 个新开工项目 …)
    openers = {paragraph: item for (paragraph, sentence), item in opens_counted.items()
               if sentence == 0}
    by_section = Counter(item.section for item in openers.values())
    distinct = Counter(section for section, _ in {(item.section, key(item.subject))
                                                  for item in openers.values()})
    for paragraph, item in openers.items():
        if by_section[item.section] > 1 and distinct[item.section] == by_section[item.section]:
            groups[paragraph, PARAGRAPH] = item
    return groups


#: the sentence number under which a paragraph's own group is kept
PARAGRAPH = -1


def _batch(text: str, start: int, end: int) -> str:
    """The one of several the sentence from ``start`` opens with (一批项目 / 二是 / 第三标段):
    figures of one name under two such openings are of two things."""
    while start < end and text[start] == " ":
        start += 1
    opening = _ORDINAL_OPENING.match(text, start)
    return opening.group(0) if opening else ""


def _entries(paragraphs: Iterable[Paragraph]) -> dict[str, tuple[str, str | None]]:
    """Each paragraph's entry: the markers of the entries it stands in, outermost first, and
    its own opening marker. A marker of a style not seen before in the section opens a
    level below the last one; one of a style seen before closes the levels under it
    ((一) … 1. … 2. … (二) … 1.)."""
    found: dict[str, tuple[str, str | None]] = {}
    section: str | None = None
    levels: list[tuple[str, str]] = []  # (style, marker), outermost first
    for paragraph in paragraphs:
        if paragraph.section != section:
            section, levels = paragraph.section, []
        marker = items_of.opening_marker(paragraph.normal.text)
        if marker is not None:
            style = items_of.marker_style(marker)
            styles = [s for s, _ in levels]
            if style in styles:
                del levels[styles.index(style):]
        found[paragraph.id] = ("".join(m for _, m in levels), marker)
        if marker is not None:
            levels.append((style, marker))
    return found


def _basis_lines(paragraphs: Iterable[Paragraph]) -> dict[str, str]:
    """The paragraphs under a line that changes the basis of what follows (剔除高新区后：),
    to the end of their section, with that line; and a paragraph that opens with one."""
    found: dict[str, str] = {}
    section, basis = None, ""
    for paragraph in paragraphs:
        if paragraph.section != section:
            section, basis = paragraph.section, ""
        text = paragraph.normal.text.strip()
        line = _BASIS_LINE.fullmatch(text)
        if line is not None:
            basis = line.group(1)
            continue
        opening = _BASIS_LINE.match(text)
        if basis or opening is not None:
            found[paragraph.id] = basis or (opening.group(1) if opening else "")
    return found


#: words that change the basis of the figures after them (剔除高新区后 / 扣除一次性因素后)
_BASIS_LINE = re.compile(r"((?:剔除|扣除|不含|除去)[^，,。；;：:]{1,16}后)[：:，,]?")


def _namesakes(items: Sequence[Item]) -> set[str]:
    """Items whose name another item of their sentence gives too: 国内公务接待 … 接待人次 a
    人；国（境）外公务接待 … 接待人次 b 人 are two quantities the sentence tells apart. So are
    a whole's names given again in the sentence that splits it (资产 a，负债 b，净资产 c。其中，
    企业 …净资产 d；行政事业单位 …净资产 e): each of a part."""
    seen: dict[tuple[str, int, str], str] = {}
    said: dict[tuple[str, str], str] = {}  # (paragraph, name) -> its first item
    splitting = {(item.paragraph, item.sentence) for item in items
                 if item.opened_by == cues.AMONG_CUE}
    found: set[str] = set()
    for item in items:
        place = (item.paragraph, item.sentence, key(item.subject))
        if not place[2]:
            continue
        first = seen.setdefault(place, item.id)
        if first != item.id:
            found.update((first, item.id))
        before = said.setdefault((item.paragraph, place[2]), item.id)
        if before != item.id and (item.paragraph, item.sentence) in splitting:
            found.update((before, item.id))
    return found


def _one_quantity_name(item: Item, shortest: int = MIN_CONCEPT) -> str | None:
    """An item's name as a concept may use it: None for names that identify nothing (合计,
    a sentence) or are of an amount per one of something (人均接待费, 中标单价)."""
    subject = key(item.subject)
    if len(subject) < shortest or len(subject) > MAX_CONCEPT or subject in GENERIC_SUBJECTS \
            or is_generic(subject) or per_unit.per_one(subject):
        return None
    return subject


def _known_or_own_name(item: Item) -> str | None:
    """The name a transposed twin is looked for under: the known concept a name is one of
    (专项债务 and 专项债务余额 are one), else the item's own name. A name of two characters
    (利润, 负债) is enough here: two figures under it must also be one swap apart."""
    own = _one_quantity_name(item, TWIN_NAME)
    if own is None:
        return None
    named = breakdowns.concept(item.subject)
    if named is None and (any(s.measure == "target" for s in item.levels())
                          or own.startswith(measures.INDICATOR_OPENERS)):
        own = _indicator_name(own)  # 补贴面积指标（目标值 …，实际完成 …）: 补贴面积
    return named or own


def _indicator_name(name: str) -> str:
    """An indicator's name without the target line's words around it (绩效目标“法律咨询服务 →
    法律咨询服务, 补贴面积指标 → 补贴面积)."""
    bare = name.strip("“”\"")
    for opener in measures.INDICATOR_OPENERS:
        bare = bare.removeprefix(opener)
    for closer in measures.INDICATOR_CLOSERS:
        bare = bare.removesuffix(closer)
    bare = bare.strip("“”\"")
    return bare if len(bare) >= TWIN_NAME else name


def _place_only(subject: str) -> bool:
    """True for a name that is a place alone (湾沚区 16.2 万元): its share of what the
    paragraph allocates; another paragraph allocating another fund gives it another."""
    return len(subject) <= measures.MAX_PLACE_NAME and subject.endswith(measures.PLACE_ENDS)


def _own_count(subject: str) -> bool:
    """True for one of an institution's counts of itself, said without whose (在校生,
    在校生人数, 专任教师): of the kind of institution its sentence names."""
    return subject in measures.OWN_COUNTS or subject.removesuffix("人数") in measures.OWN_COUNTS


def _done_unsaid(subject: str) -> bool:
    """True for a name that says only what was done (已整改, 已拨付): done to what, its
    paragraph says."""
    return len(subject) <= completion.MAX_DONE_NAME \
        and subject.startswith(completion.DONE_OPENERS)


def _whose_unsaid(subject: str) -> bool:
    """True for a name made only of words of a flow or balance (收支结余, 年末滚存结余)."""
    rest = subject
    while rest:
        if not rest.startswith(_ACCOUNT_WORDS):  # most names open with no such word
            return False
        word = next((w for w in _ACCOUNT_WORDS if rest.startswith(w)), None)
        if word is None:
            return False
        rest = rest[len(word):]
    return True


#: what a figure handed out in a list may be said with and nothing more (、 / 和 / 分别为)
_LIST_WORDS = " " + cues.LIST_SEPARATORS + "".join(cues.LIST_JOINERS) + "".join(
    cues.RESPECTIVELY_ALONE) + "：:"
#: the marks a list's part follows (…，扣除上解上级支出 d)
_PART_SEPARATORS = (*cues.LIST_SEPARATORS, *clauses_of.SEGMENT_END, "。")
#: measures.ACCOUNT_WORDS, longest first (as they are matched)
_ACCOUNT_WORDS = tuple(sorted(measures.ACCOUNT_WORDS, key=len, reverse=True))


def _sum(label: str, total: str, parts: Sequence[str], coverage: str = "complete",
         certain: bool = True, weights: Sequence[int] | None = None) -> dict[str, Any]:
    """A relation of the model: the fact ``total`` is the (weighted) sum of the facts ``parts``."""
    relation: dict[str, Any] = {"kind": "sum", "label": label, "total": {"fact": total},
                                "parts": [{"fact": p} for p in parts]}
    if weights is not None:
        relation["weights"] = list(weights)
    relation.update(coverage=coverage, certain=certain)
    return relation


def _lost(statement: Statement) -> bool:
    """Is the figure points lost (扣 3.5 分), not a score?"""
    return statement.label.endswith(scores.LOST_ENDINGS)


def _totals_of(breakdown: Breakdown) -> list[Statement]:
    """The total's levels its parts are of: each, when the parts state measures to match
    them by; else one. Parts without a measure under a total of several (决算数 6.84，预算数
    8.00，其中：…) are of the level they add up to, if any does; else of what was spent,
    if stated (or the one level beside budgets that names no measure); else of the level said
    last before them (年初预算数 400，追加 80，全年预算数
    480，其中中央资金 300…: of the 480)."""
    levels = [s for s in breakdown.total_levels() if not per_unit.per_one(s.label)] \
        or breakdown.total_levels()  # (收入合计 a，村均 b。其中 …: a mean is no total of parts)
    parts = [s for part in breakdown.parts for s in part.levels()]
    if parts and len(levels) > 1 and len({(s.measure, s.period, s.dimension)
                                          for s in levels}) == 1:
        # 支出当月完成 38.8 亿元；累计完成 210 亿元，其中民生支出 138.3 亿元: two figures of one
        # measure and year, the parts of the one said last before them
        before = [s for s in levels if s.order < min(p.order for p in parts)]
        if len(before) > 1 and before[-1].aside and before[-1].quantity.qualifier:
            before.pop()  # 总投资 8,643.27 万元（约 0.86 亿元），其中 …: a rounder aside restates
            # the figure before it, the parts are of that figure
        return before[-1:] or levels
    if len({s.measure for s in levels}) < 2 or any(s.measure is not None for s in parts) \
            or not parts:
        return levels
    closing = [s for s in levels if _closes(s, parts)]
    if closing:
        return closing[:1]
    spent = [s for s in levels if s.measure == "actual"] or [
        s for s in levels if s.measure is None  # 支出 32.44 万元，预算为 35.00 万元
        and all(o.measure is None or o.measure in measures.BUDGET_MEASURES for o in levels)]
    if len(spent) == 1 or (spent and spent[0].measure == "actual"):
        return spent[:1]
    first = min(s.order for s in parts)
    before = [s for s in levels if s.order < first]
    return before[-1:] or levels


def _weights_close(breakdown: Breakdown) -> bool:
    """产出指标 40 分，其中数量指标 20 分…质量指标 10 分…时效指标 10 分: the parts' weights
    make the total's exactly, so no indicator is left out and their scores make its score."""
    weights = [s for s in breakdown.total_levels() if s.measure == "weight"]
    parts = [next((s for s in part.levels() if s.measure in ("weight", None)
                   and s.dimension == "score"), None) for part in breakdown.parts]
    found = [p for p in parts if p is not None]
    return len(weights) == 1 and len(found) == len(parts) and len(found) >= 2 \
        and sum((p.quantity.value for p in found), Decimal(0)) == weights[0].quantity.value


def _full_marks_listed(breakdown: Breakdown) -> bool:
    """自评得分 91.5 分，其中：决策 15 分（满分 15 分）…满意度 9 分（满分 10 分）: a score
    that names no weight of its own is out of the full marks (百分制), and parts whose own
    full marks make exactly that are all of its indicators."""
    if any(s.measure == "weight" for s in breakdown.total_levels()):
        return False
    weights = [[s for s in part.levels() if s.measure == "weight"] for part in breakdown.parts]
    return len(weights) >= 2 and all(len(w) == 1 for w in weights) \
        and sum((w[0].quantity.value for w in weights), Decimal(0)) == scores.FULL_MARKS


def _closes(total: Statement, parts: Sequence[Statement]) -> bool:
    """Do ``parts`` add up to ``total`` within rounding (all of one dimension with it)?"""
    if any(p.dimension != total.dimension for p in parts) or total.dimension == "ratio":
        return False
    try:
        return check_sum(total.quantity, [(1, p.quantity) for p in parts]).ok
    except ValueError:  # counts in units that do not convert (个 and 人)
        return False


def _same_period(part: Statement, total: Statement) -> bool:
    """每月 3,288 元、每年 39,456 元，其中基本报酬每月 2,000 元: a part per another period
    than its total's, where both say one, is none of its parts."""
    mine, theirs = per_unit.period_of(part.label), per_unit.period_of(total.label)
    return mine is None or theirs is None or mine == theirs


def _like(part: Item, total: Statement, nearest: bool = False) -> Statement | None:
    """The part's level of the total's kind and period (and measure, when it has several):
    its first, or with ``nearest`` its last (the one said right before what follows)."""
    measure = total.measure
    if measure is None and total.dimension == "score":
        measure = "score"  # 项目自评总分 87 分: the indicators' scores make it, not weights
    levels = [s for s in part.levels() if claims_of.same_kind(total, s)
              and s.period == total.period
              and (s.measure is None or measure is None or s.measure == measure)
              and not s.label.endswith(cues.EACH_OF)  # (A、B 各 4,500 元: each, not both)
              and _same_period(s, total)]
    if len(levels) > 1 and part.opened_by == cues.DISTRIBUTED:
        return None  # 分别于 3 月、6 月和 9 月发行 a、b 和 c: figures in turn of names not split
    moved = next((s.order for s in part.of(CHANGE)), None)
    if len(levels) > 1 and moved is not None and not nearest:
        levels = [s for s in levels if s.order < moved] or levels  # 孤儿基本生活保障金 11
        # 万元，调减 40 万元，全年实际下达 71 万元: the part is the figure it was listed with, not
        # what a move made of the whole after it (but 年初预算 a，追加 b，全年预算 c；加上年结转
        # d: the augend is c, said right before the 加)
    if len(levels) > 1 and not nearest:  # …，其中 A a、B b。截至年底已支出 c: c went on the
        # item B ended, but the part is the figure it was listed with, in its own sentence
        first = (levels[0].paragraph, levels[0].sentence)
        levels = [s for s in levels if (s.paragraph, s.sentence) == first]
    if len(levels) > 1 and not nearest:  # (收入为 a，完成收入 b，加上级补助收入 c: b, the
        same = [s for s in levels if s.measure == measure]  # last, even where a has the
        levels = same or levels  # total's measure)
    if len(levels) > 1:  # 412.57 万元（4,125,694.35 元）under a total given both ways too
        levels = [s for s in levels if s.quantity.unit == total.quantity.unit] or levels
    if not levels:
        return None
    if nearest:  # the last said in the sentence's own run, not in a bracket beside it
        return ([s for s in levels if not s.aside] or levels)[-1]
    return levels[0]


# ---------------------------------------------------------------------------
# What the pack language sees (crossfoot_analyze)


@dataclass(frozen=True, slots=True)
class NarrativeFigure:
    """A figure of the narrative as the pack language sees it; offsets are the paragraph's."""

    id: str
    paragraph: str
    start: int
    end: int
    label: str
    subject: str
    measure: str
    quantity: Quantity | None = None
    grade: str | None = None


@dataclass(frozen=True, slots=True)
class NarrativeClaim:
    """A claim of the narrative for the pack language: total, change or grade."""

    kind: str
    figures: tuple[str, ...]
    coverage: str | None = None
    sign: int | None = None


#: what ``read_document`` read, handed to the first analysis of the very same paragraphs: a
#: text report is read once on import, and what the packs see is kept, not the whole reading
_handed: list[tuple[list[str], int | None, list[NarrativeFigure | NarrativeClaim]]] = []


def _texts(sections: Sequence[SectionData]) -> list[str]:
    """The paragraphs' text objects in document order: what identifies a reading's input."""
    return [text for _, _, text in _paragraphs(sections)]


def _handed_analysis(texts: list[str], fiscal_year: int | None
                     ) -> list[NarrativeFigure | NarrativeClaim] | None:
    """The import's analysis of paragraphs whose texts are ``texts`` (the very objects, which
    the model keeps, not equal ones), taken once."""
    if not _handed:
        return None
    held_texts, held_year, analysis = _handed.pop()
    same = len(texts) == len(held_texts) and all(
        a is b for a, b in zip(texts, held_texts, strict=True))
    return analysis if same and held_year == fiscal_year else None


def release_handed() -> None:
    """Let the import's analysis go once the report's rules have run: no rule may have
    asked for it, and it would otherwise live on through the next report's reading."""
    _handed.clear()


def analyze_report(report: Report) -> list[NarrativeFigure | NarrativeClaim]:
    """The figures and claims of any report's paragraphs, for ``crossfoot_analyze``.

    Read from the model's sections: ``Report.data`` does not keep their JSON form.
    """
    handed = _handed_analysis([p.text for p in report.iter_paragraphs()],
                              report.meta.fiscal_year)
    if handed is not None:
        return handed
    reading = read(report.sections, report.meta.fiscal_year, report.meta.title or "")
    emitter = _Emitter(reading, report.meta.fiscal_year)
    emitter.emit()
    return _analysis(reading, emitter)


def _analysis(reading: Reading, emitter: _Emitter) -> list[NarrativeFigure | NarrativeClaim]:
    """What the pack language sees of a reading whose facts ``emitter`` has emitted.

    The date of the report (a fact only the import's emitter tags) is no figure
    of a statement, so either emitter gives the same.
    """
    out: list[NarrativeFigure | NarrativeClaim] = []
    for statement in reading.statements:
        fact = emitter.fact(emitter.fact_of[statement.id])
        assert fact is not None
        source = fact["source"]
        item = emitter.item_of.get(statement.id)
        out.append(NarrativeFigure(statement.id, source.paragraph, source.start,
                                   source.end, fact["label"], item.subject if item else "",
                                   fact["measure"], statement.quantity))
    for number, grade in enumerate(reading.grades, 1):
        grade_id = f"g{number}"
        paragraph = reading.paragraphs[grade.paragraph]
        start, end = paragraph.normal.span(grade.start, grade.end)
        out.append(NarrativeFigure(grade_id, grade.paragraph, start, end, "评价等级", "",
                                   "grade", grade=grade.word))
        if grade.score is not None:
            out.append(NarrativeClaim("grade", (grade.score.id, grade_id)))
    for breakdown in reading.claims.breakdowns:
        ids = [s.id for part in (breakdown.total, *breakdown.parts) for s in part.levels()[:1]]
        if len(ids) == len(breakdown.parts) + 1:
            out.append(NarrativeClaim("total", tuple(ids), "complete" if breakdown.complete
                                      else "partial"))
    for change in reading.claims.changes:
        anchor = change.change or change.percent
        if anchor is not None and change.current is not None:
            out.append(NarrativeClaim("change", (anchor.id, change.current.id),
                                      sign=anchor.sign))
    return out


def _times(product: Product) -> list[int]:
    """How many times each of a product's amounts counts in its total (a count times the
    periods a year holds)."""
    return [(int(count.quantity.value) if count else 1) * product.times
            for count, _ in product.terms]


#: the largest weight the report schema takes for a part of a relation
MAX_WEIGHT = 1_000_000


def _weighable(product: Product) -> bool:
    """领取养老金 128,645 人 × 每月 148 元 × 12 个月: a weight past the schema's bound is left
    unsaid (the report would not load), so such a product is not checked."""
    return all(abs(times) <= MAX_WEIGHT for times in _times(product))

