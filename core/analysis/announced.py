"""Counts that announce the items after them: 存在以下 4 个方面问题： / 提出 5 条建议：.

Evaluation reports count their findings, problems and advice before listing
them: in the same paragraph (以下五个方面原因，即：一是 … 四是 …), or as the
numbered headings that make up the rest of the section ((一) … (三) on lines of
their own, which the outline reads as subsections). The figure reader leaves
such counts out (a count after 以下 is no figure of a subject, and one in words
is no figure at all), so they are read here, each as a count whose items are
those listed, and checked as any count of a list is (SUM107).

Only what is sure is read: the count said with 以下 / 如下 (or, right before a
colon, of a kind of point: 条建议, 个方面问题), and items marked one by one
(一是 / 1. / (一)) or named as any count's list is; under headings, every
subsection of the section numbered in one style from the first on, after the
paragraph that ends the section's own text with that colon.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from crossfoot.analysis import enumerations
from crossfoot.analysis.clauses import Clause
from crossfoot.analysis.enumerations import Enumeration
from crossfoot.analysis.statements import Statement
from crossfoot.analysis.vocabulary import cues
from crossfoot.model.numbering import parse_number
from crossfoot.model.numerals import chinese_value
from crossfoot.model.quantity import Quantity

#: 以下 4 个方面 / 如下三点 / 以下 5 项: a count announcing the list that follows
_ANNOUNCED = re.compile(r"(?:以下|如下)\s?(?P<n>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})\s?"
                        r"(?P<unit>个|项|条|类|点|大类)?(?P<noun>方面)?")
#: a count of points before a colon (提出 5 条建议： / 发现 3 个方面问题： / 主要抓了六个方面：):
#: the words after the count that name such points
_POINTED = re.compile(r"(?<![0-9,.])(?P<n>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})\s?"
                      r"(?P<unit>个|项|条|点)(?P<noun>方面)?(?:的)?"
                      r"(?:" + "|".join(cues.LISTED_POINTS) + r")[：:]")
#: what may stand between the count's words and the colon that opens its items
_TO_COLON = re.compile(r"[^，,。；;：:0-9]{0,10}?(?:[，,](?:即|分别为|分别是|具体为|具体如下))?"
                       r"\s?[：:]")


@dataclass(frozen=True, slots=True)
class Headed:
    """The numbered subsections that make up the rest of a section, after its text."""

    last_paragraph: str
    titles: tuple[str, ...]


def counts(text: str, clauses: Sequence[Clause], taken: Sequence[Statement], section: str,
           paragraph: str, fiscal_year: int | None, headed: Headed | None,
           enumerated: Sequence[Enumeration] = ()) -> list[Enumeration]:
    """The counts of ``text`` (a paragraph, normalized) that announce their items, with the
    items they announce. A count the figure reader read is kept as it is (its marked items,
    or the headings after it, are read here; its named ones by ``enumerations``); the others
    are new statements, numbered later (``number``). ``enumerated``: the paragraph's counts
    whose lists are read already."""
    found = []
    spans = [(s.start, s.end) for s in taken]
    done = {e.count.id for e in enumerated}
    for match in (*_ANNOUNCED.finditer(text), *_POINTED.finditer(text)):
        start, end = match.span()
        read = [s for s in taken if s.dimension == "count" and start <= s.start < end]
        if any(s.id in done for s in read):
            continue  # a count whose list the figure reader has read
        if not read and any(a < end and start < b for a, b in spans):
            continue
        value = _value(match.group("n"))
        if value is None or value < 2:
            continue
        count = read[0] if read else _statement(match, value, clauses, section, paragraph,
                                                fiscal_year)
        listed = _listed(text, count, match, paragraph, headed, own_lists=not read)
        if listed is not None:
            found.append(listed)
            spans.append((start, end))
    return found


def number(enumerations_found: Sequence[Enumeration], first_id: int) -> list[Statement]:
    """Give the new counts their ids, after every statement the figure reader numbered."""
    statements = [e.count for e in enumerations_found if not e.count.id]
    for offset, statement in enumerate(statements):
        statement.id = f"s{first_id + offset}"
    return statements


def headed_sections(sections: Iterable[tuple[str, list[str], list[tuple[str | None, str]]]]
                    ) -> dict[str, Headed]:
    """For each section (id, its paragraphs' ids, its subsections' numbers and titles) whose
    subsections are all numbered in one style from the first on: what they are, by the id
    of its last paragraph."""
    found = {}
    for _section, paragraphs, children in sections:
        if not paragraphs or len(children) < 2:
            continue
        numbers = [parse_number(n) if n else None for n, _ in children]
        if any(n is None for n in numbers):
            continue
        styles = {n.style for n in numbers if n is not None}
        values = [n.value for n in numbers if n is not None]
        if len(styles) == 1 and values == list(range(1, len(values) + 1)):
            found[paragraphs[-1]] = Headed(paragraphs[-1], tuple(t for _, t in children))
    return found


def _value(numeral: str) -> int | None:
    if numeral.isdigit():
        return int(numeral)
    value = chinese_value(numeral)
    return int(value) if value is not None else None


def _statement(match: re.Match[str], value: int, clauses: Sequence[Clause], section: str,
               paragraph: str, fiscal_year: int | None) -> Statement:
    start, end = match.start("n"), match.end("unit") if match.group("unit") else match.end("n")
    clause_index, clause = next(((k, c) for k, c in enumerate(clauses)
                                 if c.start <= start < c.end), (0, clauses[0]))
    quantity = Quantity(Decimal(value), match.group("unit") or cues.DEFAULT_COUNT_UNIT, 0, True)
    statement = Statement("", quantity, section, paragraph, clause_index, clause.sentence,
                          clause.segment, clause.aside, start=start, end=end, number_start=start)
    statement.period = fiscal_year
    statement.quote_start = match.start()
    statement.noun = match.group("noun") or ""
    return statement


def _listed(text: str, count: Statement, match: re.Match[str], paragraph: str,
            headed: Headed | None, own_lists: bool = True) -> Enumeration | None:
    """The items a count announces: the numbered subsections after the paragraph, when the
    colon after the count ends it; else those of its own paragraph marked one by one, or
    (``own_lists``: a count the figure reader did not read) named as any count's list is."""
    colon = _TO_COLON.match(text, match.end())
    if colon is None and not match.group(0).rstrip().endswith(cues.COLONS):
        listed = enumerations.listed_after(text, count) if own_lists else None
        return _of_names(count, listed, paragraph)
    after = colon.end() if colon is not None else match.end()  # (提出 5 条建议：, its colon
    # matched with it)
    while after < len(text) and text[after].isspace():
        after += 1
    if after >= len(text.rstrip()):
        if headed is None or headed.last_paragraph != paragraph:
            return None
        return Enumeration(count, list(headed.titles), (len(headed.titles),), True,
                           (match.start(), len(text.rstrip())), paragraph)
    items = enumerations.ordinal_items(text, after) or enumerations.numbered_items(text, after)
    if items is None:  # names after the colon, as a count's list is read
        listed = enumerations.listed_after(text, count) if own_lists else None
        return _of_names(count, listed, paragraph)
    names, end = items
    return Enumeration(count, names, (len(names),), True, (after, end), paragraph)


def _of_names(count: Statement, listed: tuple[list[str], bool, tuple[int, int]] | None,
              paragraph: str) -> Enumeration | None:
    """A count's list of names, complete or not as its cue says (以下 … 等 is not)."""
    if listed is None or len(listed[0]) < 2:
        return None
    names, complete, span = listed
    readings, certain = enumerations.list_readings(names)
    return Enumeration(count, names, readings, complete, span, paragraph, certain)


