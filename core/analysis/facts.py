"""Figures and claims as ordinary model content: facts and relations.

So that the rules check text without knowing it is text: every figure is a
fact (label, concept, measure, period, unit, qualifier and the quoted span),
every total-and-parts claim a relation. The concept is the label reduced
by ``crossfoot.analysis.labels`` (synonyms included) after the words that only name
the measure or the time (年初预算, 决算数) are taken off, so the same thing
stated twice shares it; a part listed under two different totals (补助事业编制
under 编制人数 and under 实有人数) is nested under its total instead.
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from crossfoot.analysis.claims import Claim, Figure
from crossfoot.analysis.labels import Synonyms, is_generic, synonyms
from crossfoot.model.dates import PrintedDate
from crossfoot.model.quantity import format_value

_TIME_MEASURE_PREFIX = re.compile(
    r"^(?:年初|年底|年末|年中|全年|调整后|本年|当年)?(?:预算|决算|执行|实际)?(?:数)?")
_PERSON = (("工作人员", "人员"),)
_PERSON_VERBS = re.compile(r"^(?:招聘|招录|录用|选派)")
COREFERENCE_DIGITS = 4
#: a key this short (培训, 参演) is a word, not the name of one quantity; a category
#: word is kept only when measure words were taken off it (年初预算收入 -> 收入)
MIN_CONCEPT = 3
#: a part whose key is shorter (已完成, 其他) says little on its own: it stays under its total
MIN_FLAT_PART = 4


@dataclass(frozen=True, slots=True)
class Context:
    fiscal_year: int | None
    as_of: PrintedDate | None  # the precise as-of date the report states (截止 2022年12月8日)
    report_date_paragraph: str | None = None


def concept_key(subject: str, names: Synonyms, person: bool) -> str | None:
    """The concept of a subject: measure and time words off, synonyms applied."""
    text = subject
    stripped = _TIME_MEASURE_PREFIX.sub("", text)
    if len(stripped) >= 2:
        text = stripped
    if person:
        for old, new in _PERSON:
            text = text.replace(old, new)
        rest = _PERSON_VERBS.sub("", text)
        if len(rest) >= 4:
            text = rest
    key = names.key(text)
    if not key:
        return None
    if text == subject and (is_generic(key) or len(key) < MIN_CONCEPT):
        return None  # 支出, 合计, 培训: names no particular quantity on its own
    return key


LOCAL = "@"


def local_concept(figure: Figure) -> str:
    """A concept of its own for a figure whose words name no particular quantity.

    ``培训 120 人次`` here and ``培训 80 人次`` in another paragraph are two
    trainings: a weak label must not make them one quantity, neither by
    concept nor by label, so each gets ``label@paragraph#figure``.
    """
    if figure.anchor is not None:
        return f"{LOCAL}{figure.paragraph}#{figure.anchor}"  # one unnamed subject per sentence
    return f"{figure.subject or figure.label}{LOCAL}{figure.paragraph}#{figure.id}"


def _period(figure: Figure, context: Context) -> str | None:
    mention = figure.mention
    year = context.fiscal_year
    cut = mention.cut_off
    if cut is None and mention.now and context.as_of is not None:
        cut = context.as_of
    if cut is not None and cut.month is not None:
        cut_year = cut.year or year
        if cut_year is not None:
            day = cut.day or calendar.monthrange(cut_year, cut.month)[1]
            if (cut.month, day) != (12, 31):
                return f"{cut_year:04d}-01-01/{cut_year:04d}-{cut.month:02d}-{day:02d}"
            return str(cut_year)
    if mention.year is not None and figure.measure not in ("change", "prior"):
        return str(mention.year)
    if figure.measure == "prior" and mention.base_year is None and year is not None:
        return str(year)
    return str(year) if year is not None else None


def _source(figure: Figure, start: int | None = None, end: int | None = None) -> dict[str, Any]:
    mention = figure.mention
    begin = mention.quote_start if start is None else start
    stop = (mention.quote_end or mention.end) if end is None else end
    return {"section": figure.section, "paragraph": figure.paragraph, "start": begin,
            "end": stop, "quote": figure.text[begin:stop]}


def _value(value: Decimal) -> str:
    return format_value(value)


class FactBuilder:
    """Turns the figures and claims of a whole report into fact and relation dicts."""

    def __init__(self, figures: Sequence[Figure], claims: Sequence[Claim], context: Context,
                 extra_synonyms: Sequence[Sequence[str]] = ()) -> None:
        self.figures = list(figures)
        self.by_id = {f.id: f for f in self.figures}
        self.claims = list(claims)
        self.context = context
        self.names = synonyms(extra_synonyms)
        self.concepts: dict[str, str | None] = {}
        #: figure id -> id of the fact it became (filled by ``build``)
        self.fact_of: dict[str, str] = {}
        self._keys: dict[tuple[str, bool], str | None] = {}

    def _key(self, subject: str, person: bool) -> str | None:
        cached = (subject, person)
        if cached not in self._keys:
            self._keys[cached] = concept_key(subject, self.names, person)
        return self._keys[cached]

    def build(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        self._assign_concepts()
        facts: list[dict[str, Any]] = []
        fact_of = self.fact_of
        for figure in self.figures:
            fact = self._fact(figure)
            if fact is None:
                continue
            fact["id"] = f"f{len(facts) + 1}"
            fact_of[figure.id] = fact["id"]
            facts.append(fact)
        for claim in self.claims:
            if claim.kind == "full":
                derived = self._full(self.by_id[claim.figures[0]])
                if derived is not None:
                    derived["id"] = f"f{len(facts) + 1}"
                    facts.append(derived)
        relations: list[dict[str, Any]] = []
        for claim in self.claims:
            if claim.kind != "total":
                continue
            ids = [fact_of.get(i) for i in claim.figures]
            if any(i is None for i in ids):
                continue
            total, *parts = (self.by_id[i] for i in claim.figures)
            weights = claim.detail.get("weights") or [1] * len(parts)
            formula = "".join(("" if n == 0 else (" + " if w > 0 else " - "))
                              + ("-" if n == 0 and w < 0 else "") + p.label
                              for n, (w, p) in enumerate(zip(weights, parts, strict=True)))
            relation: dict[str, Any] = {
                "id": f"r{len(relations) + 1}", "kind": "sum",
                "label": f"{total.label} = {formula}",
                "total": {"fact": ids[0]}, "parts": [{"fact": i} for i in ids[1:]],
                "coverage": claim.coverage or "partial"}
            if any(w != 1 for w in weights):
                relation["weights"] = weights
            relations.append(relation)
        return facts, relations

    # -- concepts ---------------------------------------------------------

    def _assign_concepts(self) -> None:
        for figure in self.figures:
            if figure.mention.kind in ("quantity", "grade"):
                person = figure.mention.unit in ("人", "名", "位", "人次")
                key = self._key(figure.subject, person)
                if key is None and figure.mention.kind == "quantity":
                    key = local_concept(figure)
                self.concepts[figure.id] = key
        self._nest_parts()
        self._merge_same_amounts()
        self._separate_enumerations()
        for figure in self.figures:
            base = self.by_id.get(figure.base) if figure.base else None
            if base is not None and figure.measure in ("change", "prior"):
                concept = self.concepts.get(base.id)
                if concept and figure.measure == "change" and base.measure == "budget":
                    concept += ".budget"
                self.concepts[figure.id] = concept
        for claim in self.claims:
            if claim.kind == "grade":
                score, grade = claim.figures
                self.concepts[grade] = self.concepts.get(score) or self.concepts.get(grade)

    def _nest_parts(self) -> None:
        """A part named under two different totals is a different quantity under each."""
        parents: dict[str, set[str | None]] = defaultdict(set)
        part_ids: set[str] = set()
        for claim in self.claims:
            if claim.kind != "total":
                continue
            total = claim.figures[0]
            for part in claim.figures[1:]:
                key = self.concepts.get(part)
                if key:
                    parents[key].add(self.concepts.get(total) or total)
                    part_ids.add(part)
        standalone = {self.concepts.get(f.id) for f in self.figures if f.id not in part_ids}
        for claim in self.claims:
            if claim.kind != "total":
                continue
            total_key = self.concepts.get(claim.figures[0]) or claim.figures[0]
            for part in claim.figures[1:]:
                key = self.concepts.get(part)
                if key and key not in standalone and (len(parents[key]) > 1
                                                      or len(key) < MIN_FLAT_PART):
                    self.concepts[part] = f"{total_key}.{key}"

    def _separate_enumerations(self) -> None:
        """One paragraph giving one label two values lists two things, not one twice.

        ``10 个项目评价为优，2 个项目评价为良``: the same words, different items.
        Such figures keep their labels but get concepts of their own.
        """
        groups: dict[tuple[str, str, str, str], list[Figure]] = defaultdict(list)
        for figure in self.figures:
            concept = self.concepts.get(figure.id)
            if concept and figure.mention.kind == "quantity" and figure.measure not in (
                    "change", "prior"):
                key = (figure.paragraph, concept, figure.measure, figure.mention.unit or "")
                groups[key].append(figure)
        for members in groups.values():
            if len({f.mention.value for f in members}) > 1:
                for figure in members:
                    self.concepts[figure.id] = local_concept(figure)

    def _merge_same_amounts(self) -> None:
        """One fund stated twice with the same exact amount under two names is one concept."""
        groups: dict[tuple[str, str], list[Figure]] = defaultdict(list)
        for figure in self.figures:
            mention = figure.mention
            concept = self.concepts.get(figure.id)
            if (mention.kind != "quantity" or mention.dimension != "money" or concept is None
                    or LOCAL in concept or mention.value is None or mention.qualifier
                    or figure.measure not in ("amount", "budget")):
                continue
            digits = len(mention.value.normalize().as_tuple().digits)
            if digits < COREFERENCE_DIGITS:
                continue
            groups[(format_value(mention.value), mention.unit or "")].append(figure)
        renames: dict[str, str] = {}
        for members in groups.values():
            keys = sorted({self.concepts[f.id] or "" for f in members} - {""})
            for a in keys:
                for b in keys:
                    if a < b and a[-2:] == b[-2:] and not a.startswith(b) \
                            and not b.startswith(a):
                        renames[b] = renames.get(a, a)
        if renames:
            for figure_id, concept in list(self.concepts.items()):
                if concept in renames:
                    self.concepts[figure_id] = renames[concept]

    # -- facts ------------------------------------------------------------

    def _fact(self, figure: Figure) -> dict[str, Any] | None:
        mention = figure.mention
        if mention.kind == "quantity" and mention.value is not None:
            if figure.measure == "change" and mention.base == "budget":
                return None  # 比预算增加 0 万元: a difference from the budget, not a year's change
            value = mention.value * (-1 if figure.measure == "change" and mention.change < 0
                                     else 1)
            fact: dict[str, Any] = {"label": figure.label or figure.quote,
                                    "measure": figure.measure, "value": _value(value),
                                    "unit": mention.unit}
            self._common(fact, figure)
            if mention.qualifier:
                fact["qualifier"] = mention.qualifier
            return fact
        if mention.kind == "grade" and mention.grade:
            fact = {"label": figure.label or "评价等级", "measure": "grade",
                    "value": mention.grade}
            self._common(fact, figure)
            return fact
        if mention.kind == "date" and mention.date is not None:
            return self._date(figure)
        return None

    def _common(self, fact: dict[str, Any], figure: Figure) -> None:
        concept = self.concepts.get(figure.id)
        if concept:
            fact["concept"] = concept
        period = _period(figure, self.context)
        if period:
            fact["period"] = period
        fact["source"] = _source(figure)

    def _date(self, figure: Figure) -> dict[str, Any] | None:
        mention = figure.mention
        date = mention.date
        if date is None or date.year is None or date.month is None:
            return None
        if mention.cut_off is not None or _is_cut_off(figure):
            return None
        iso = date.iso()
        if iso is None:
            return None
        fact: dict[str, Any] = {"label": _date_label(figure), "measure": "date", "value": iso}
        if figure.paragraph == self.context.report_date_paragraph:
            fact["concept"] = "report.date"
            fact["label"] = "报告日期"
        end_offset = mention.end
        fact["source"] = {"section": figure.section, "paragraph": figure.paragraph,
                          "start": mention.start, "end": end_offset,
                          "quote": figure.text[mention.start:end_offset]}
        return fact

    def _full(self, figure: Figure) -> dict[str, Any] | None:
        mention = figure.mention
        if mention.full is None or mention.value is None:
            return None
        start, end = mention.full
        fact: dict[str, Any] = {"label": f"{figure.label}（已全部拨付）", "measure": "actual",
                                "value": _value(mention.value), "unit": mention.unit}
        concept = self.concepts.get(figure.id)
        if concept:
            fact["concept"] = concept
        now = "目前" in figure.text[mention.end:end] or mention.now
        as_of = self.context.as_of
        year = self.context.fiscal_year
        if now and as_of is not None and as_of.month is not None and as_of.year is not None:
            day = as_of.day or calendar.monthrange(as_of.year, as_of.month)[1]
            fact["period"] = f"{as_of.year:04d}-01-01/{as_of.year:04d}-{as_of.month:02d}-{day:02d}"
        elif year is not None:
            fact["period"] = str(year)
        fact["source"] = _source(figure, start, end)
        return fact


def _is_cut_off(figure: Figure) -> bool:
    before = figure.text[max(0, figure.mention.start - 4):figure.mention.start]
    return bool(re.search(r"(?:截止|截至|截止到|截至到)\s*$", before))


def _date_label(figure: Figure) -> str:
    text = figure.text
    mention = figure.mention
    start = mention.start
    while start > 0 and text[start - 1] not in "，,。；;：:（(\n" and mention.start - start < 20:
        start -= 1
    end = mention.end
    while end < len(text) and text[end] not in "，,。；;：:）)\n" and end - mention.end < 20:
        end += 1
    words = (text[start:mention.start] + "…" + text[mention.end:end]).strip("… ")
    return words or "日期"


def as_of_date(figures: Sequence[Figure], fiscal_year: int | None) -> PrintedDate | None:
    """The precise as-of date the report states (截止 2022 年 12 月 8 日), if exactly one."""
    found = {f.mention.cut_off for f in figures
             if f.mention.cut_off is not None and f.mention.cut_off.day is not None
             and f.mention.cut_off.year is not None
             and (fiscal_year is None or f.mention.cut_off.year == fiscal_year)}
    return found.pop() if len(found) == 1 else None
