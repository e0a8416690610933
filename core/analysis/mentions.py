"""Mentions: every quantity, date, year and grade a paragraph states, with its words.

The scanner finds candidate starts with one cheap pattern (a digit run, a
Chinese-numeral run) and parses each with the pyparsing grammars of
``dates`` and ``quantities``, so the work is linear in the text. Spans that
are not quantities are skipped before anything is parsed: document numbers
(赣发〔2019〕8 号), book titles (《…》), phone numbers, times, web addresses and
codes (51000021R000000019951). List markers (1. (2) 一是) and bare numbers
never become quantities because a quantity needs a unit.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

import pyparsing as pp

from crossfoot.analysis import phrases
from crossfoot.model.dates import PrintedDate, read_date
from crossfoot.model.numerals import fold
from crossfoot.model.printed import parse_quantity
from crossfoot.model.unit_words import is_count, is_money
from crossfoot.model.units import unit_for

_CANDIDATE = re.compile(r"[0-9]+|[零〇一二两三四五六七八九十百千万亿]+")
_CN_FOLLOW = re.compile(r"[ ]{0,2}(?:[年月日号点余多%‰]|[0-9〇零一二三四五六七八九]|"
                        r"[元人名件宗户项个家次条所座台辆套场期批份篇本册处张间栋位亩吨分万千亿])")
_EXCLUDED = re.compile("|".join((
    r"[\u4e00-\u9fff]{1,12}\s*[〔\[［【(（]\s*(?:19|20)[0-9]{2}\s*[〕\]］】)）]\s*(?:第\s*)?[0-9]+\s*号",
    r"《[^《》\n]{0,120}》",
    r"(?<![0-9])(?:0[0-9]{2,3}-?[0-9]{7,8}|1[3-9][0-9]{9})(?![0-9])",
    r"(?<![0-9])[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?![0-9])",
    r"https?://\S+|www\.\S+",
    r"[A-Za-z0-9_/\-]*[A-Za-z_][A-Za-z0-9_\-]*/?[0-9][A-Za-z0-9_/\-]*",
    r"[0-9][0-9_\-]*[A-Za-z][A-Za-z0-9_/\-]*",
    r"[0-9]{13,}",
)))
#: a clause longer than this names more than a thing (it is a sentence of its own)
MAX_LEAD = 24
#: a year this close to the start of its sentence names the sentence's year (2022年实际支出…)
SENTENCE_HEAD = 4
_CUT_OFF = re.compile(r"(?:截止|截至|截止到|截至到|到|至)\s*$")
_NOW = re.compile(r"(?:截止|截至|截止到|截至到)\s*目前|目前|现已|至今")
_GRADE_CUE = re.compile(r"(?:(?:评价|评定|评估|考核|绩效|自评|评分|综合评价)"
                        r"(?:结果|等级|结论|等次|级别)?|等级|等次)"
                        r"(?:为|是|：|:|认定为|评定为)[ ]?")
GRADE = pp.Regex(r"(?:不合格|优秀|良好|合格|中等|较差|一般|优|良|中|差)"
                 r"(?:等级|等次|级|档)?(?![\u4e00-\u9fff])|(?:优秀|良好|合格)")
GRADE.leave_whitespace().set_name("grade")
_FULL = re.compile(r"[^，。；,;]{0,6}?(?:已经|已)?全部"
                   r"(?:拨付到位|拨付完毕|拨付|支付|支出|使用|执行|兑付|发放)(?:完毕)?")


@dataclass(slots=True)
class Mention:
    """A figure, date, year or grade in a paragraph and the words that frame it."""

    kind: str  # quantity, date, year, grade
    start: int
    end: int
    value: Decimal | None = None
    unit: str | None = None
    qualifier: str | None = None
    date: PrintedDate | None = None
    until: PrintedDate | None = None
    grade: str | None = None
    label: str = ""
    label_start: int | None = None
    quote_end: int | None = None
    noun: str = ""
    sentence: int = 0
    group: int = 0  # clause group: 。 and ； both end one
    clause: int = 0
    in_parens: bool = False
    total_cue: bool = False
    parts_cue: bool = False
    complete_cue: bool = False
    change: int = 0
    base: str | None = None  # prior or budget, for a change
    prior: bool = False
    year: int | None = None  # a year named in the clause (the figure's period)
    base_year: int | None = None
    cut_off: PrintedDate | None = None
    now: bool = False  # 截至目前 / 目前
    full: tuple[int, int] | None = None  # span of 已全部拨付 after the figure
    subject_hint: str = ""  # for a change: the thing compared, when a clause names it
    lead: str = ""  # for a bare measure word (指标值): the clause before that names the thing
    notes: list[str] = field(default_factory=list)

    @property
    def dimension(self) -> str:
        return unit_for(self.unit).dimension if self.unit else ""

    @property
    def quote_start(self) -> int:
        return self.label_start if self.label_start is not None else self.start

    def quote(self, text: str) -> str:
        return text[self.quote_start:self.quote_end or self.end]


def excluded_mask(folded: str) -> bytearray:
    """1 for every character inside a span that holds no quantity."""
    mask = bytearray(len(folded))
    for match in _EXCLUDED.finditer(folded):
        mask[match.start():match.end()] = b"\x01" * (match.end() - match.start())
    return mask


def scan(text: str) -> list[Mention]:
    """Every mention of ``text`` in order, each with its label and cue words."""
    folded = fold(text)
    mask = excluded_mask(folded)
    found: list[Mention] = []
    position = 0
    for match in _CANDIDATE.finditer(folded):
        start = match.start()
        if start < position or mask[start]:
            continue
        if start and (folded[start - 1].isdigit() or (folded[start - 1] in ".,"
                                                       and start > 1
                                                       and folded[start - 2].isdigit())):
            continue
        chinese = not folded[start].isdigit()
        if chinese and not _CN_FOLLOW.match(folded, match.end()):
            continue
        dated = _looks_like_date(folded, start)
        quantity = None if dated else _quantity_at(folded, start, chinese)
        mentions = [quantity] if quantity is not None else (
            _date_at(folded, start) if dated else None)
        if not mentions or any(mask[mentions[0].start:mentions[-1].end]):
            continue
        found.extend(mentions)
        position = mentions[-1].end
    found.extend(_grades(folded, found))
    found.sort(key=lambda m: m.start)
    _frame(text, folded, found)
    return found


def _looks_like_date(folded: str, start: int) -> bool:
    """A year or month word follows: read a date before trying a quantity (2021 年 9 月)."""
    return bool(_DATE_AHEAD.match(folded, start))


_DATE_AHEAD = re.compile(r"[0-9〇零一二三四五六七八九十 ]{1,9}[年月]|(?:19|20)[0-9]{2}[-./][0-9]")


def _date_at(folded: str, start: int) -> list[Mention] | None:
    parsed = read_date(folded, start)
    if parsed is None:
        return None
    first, second = parsed
    kind = first.kind
    out = [Mention(kind, first.start, first.end, date=first)]
    if second is not None:
        out[0].until = second
        out.append(Mention("date", second.start, second.end, date=second))
    return out


def _quantity_at(folded: str, start: int, chinese: bool) -> Mention | None:
    if folded[max(0, start - 1):start] == "第":
        return None
    parsed = parse_quantity(folded, start)
    if parsed is None:
        return None
    if chinese and parsed.number_end - parsed.number_start < 2 \
            and not (is_money(parsed.unit) or parsed.unit in ("%", "‰")):
        return None  # 一件事, 两个维护, 五个方面: names and idioms, not figures
    if folded[parsed.end:parsed.end + 1].isascii() and folded[parsed.end:parsed.end + 1].isalpha():
        return None
    return Mention("quantity", parsed.start, parsed.end, parsed.value, parsed.unit,
                   parsed.qualifier)


def _grades(folded: str, taken: list[Mention]) -> list[Mention]:
    out = []
    for cue in _GRADE_CUE.finditer(folded):
        try:
            result = pp.Located(GRADE).parse_string(folded[cue.end():cue.end() + 8])
        except pp.ParseException:
            continue
        begin, tokens, end = result[0], result[1], result[2]
        if begin != 0:
            continue
        word = str(tokens[0])
        start, stop = cue.end(), cue.end() + end
        if any(m.start < stop and start < m.end for m in taken):
            continue
        out.append(Mention("grade", start, stop, grade=word))
    return out


# ---------------------------------------------------------------------------
# Framing: labels, cues, sentences


def _frame(text: str, folded: str, found: list[Mention]) -> None:
    years = [m for m in found if m.kind == "year"]
    sentence = group = clause = 0
    cursor = 0
    depth = 0
    previous_end = 0
    last_cut: PrintedDate | None = None
    last_now = False
    for mention in found:
        for ch in folded[cursor:mention.start]:
            if ch in phrases.OPEN_PARENS:
                depth += 1
            elif ch in phrases.CLOSE_PARENS:
                depth = max(0, depth - 1)
            if ch in "。！？!?\n":
                sentence += 1
                last_cut, last_now = None, False
            if ch in phrases.SENTENCE_END:
                group += 1
            if ch in phrases.CLAUSE_END:
                clause += 1
        cursor = max(cursor, mention.start)
        mention.sentence, mention.group, mention.clause = sentence, group, clause
        mention.in_parens = depth > 0
        clause_start = _clause_start(folded, mention.start)
        if mention.kind in ("date", "year"):
            before = folded[max(clause_start, previous_end if mention.kind == "date" else 0)
                            :mention.start]
            if mention.kind == "date" and _CUT_OFF.search(before) and mention.date is not None:
                last_cut = mention.date
            if mention.kind == "date":
                previous_end = mention.end
            continue
        if _NOW.search(folded, _clause_group_start(folded, mention.start), mention.start):
            last_now = True
        mention.cut_off, mention.now = last_cut, last_now
        if mention.kind == "grade":
            mention.label_start = _clause_start(folded, mention.start)
            mention.label = phrases.clean_label(text[mention.label_start:mention.start])
            continue
        left_start = max(clause_start, previous_end)
        _label(text, folded, mention, clause_start, left_start, years, previous_end)
        if mention.change:
            since = max(previous_end, _clause_group_start(folded, mention.start))
            mention.subject_hint = _subject_hint(text, since, clause_start)
        previous_end = mention.quote_end or mention.end


_COMPARED_SUBJECT = re.compile(r"^\s*(?P<subject>[^，,；;。]{2,40}?)\s*(?:较|比|同比)(?![例重率])")


def _subject_hint(text: str, since: int, clause_start: int) -> str:
    """The subject a change compares when a clause without a figure names it.

    ``公务用车运行维护费支出决算比预算无增减变化,比去年增加 1.05 万元``: the figure
    before (the 三公 total) is not what increased; the clause names it.
    """
    clauses = re.split(r"[，,；;]", text[since:clause_start])
    for clause in reversed(clauses):
        if phrases.compared_earlier(clause):
            continue  # 与上年相比: names the comparison, not the subject
        found = _COMPARED_SUBJECT.match(clause)
        if found:
            subject = phrases.clean_label(found.group("subject"))
            if len(subject) >= 2 and not phrases.MEASURE_ONLY.match(subject):
                return subject
    return ""


def _clause_start(folded: str, position: int) -> int:
    """Where the clause holding ``position`` begins; a short attached (…) stays inside it."""
    ends = _boundaries(folded, phrases.CLAUSE_END)
    start = position
    while True:
        boundary = _last_before(ends, start)
        if boundary < 0:
            return 0
        if folded[boundary] in "）)":
            close = boundary + 1
            opening = max(folded.rfind("（", max(0, close - 10), boundary),
                          folded.rfind("(", max(0, close - 10), boundary))
            inside = folded[opening + 1:boundary] if opening >= 0 else ""
            if opening > 0 and inside and not any(c in phrases.CLAUSE_END for c in inside) \
                    and folded[opening - 1] not in phrases.CLAUSE_END:
                start = opening
                continue
        return boundary + 1


def _sentence_start(folded: str, position: int) -> int:
    return _last_before(_boundaries(folded, "。！？!?\n"), position) + 1


def _clause_group_start(folded: str, position: int) -> int:
    return _last_before(_boundaries(folded, phrases.SENTENCE_END), position) + 1


@lru_cache(maxsize=16)
def _boundaries(folded: str, marks: str) -> list[int]:
    """Positions of ``marks`` in ``folded``, found once per paragraph.

    Walking back character by character from every figure to its clause start
    made a long clause of many figures quadratic; a bisection here keeps the
    scan linear (bench/adversarial.py).
    """
    return [i for i, char in enumerate(folded) if char in marks]


def _last_before(positions: list[int], position: int) -> int:
    """The last of ``positions`` before ``position``, or -1."""
    index = bisect.bisect_left(positions, position) - 1
    return positions[index] if index >= 0 else -1


def _years_in(years: list[Mention], start: int, end: int) -> list[Mention]:
    """The year mentions (sorted by start) that begin in [start, end)."""
    first = bisect.bisect_left(years, start, key=lambda m: m.start)
    last = bisect.bisect_left(years, end, key=lambda m: m.start)
    return years[first:last]


def _lead(text: str, folded: str, left_start: int, sentence_start: int,
          previous_end: int) -> str:
    """工程验收合格率，指标值：≥95%: the clause before names what the figure is about."""
    since = max(sentence_start, previous_end)
    end = left_start
    while end > since and folded[end - 1] in phrases.CLAUSE_END + " ":
        end -= 1
    if end <= since:
        return ""
    start = _clause_start(folded, end)
    if start < since:
        return ""
    lead = phrases.clean_label(text[start:end])
    return lead if 2 <= len(lead) <= MAX_LEAD and not phrases.MEASURE_ONLY.match(lead) else ""


def _label(text: str, folded: str, mention: Mention, clause_start: int, left_start: int,
           years: list[Mention], previous_end: int = 0) -> None:
    left = text[left_start:mention.start]
    clause_text = folded[clause_start:mention.start]
    before_clause = folded[max(0, clause_start - 4):clause_start]
    mention.total_cue = phrases.is_total_cue(left)
    opening = folded[left_start:left_start + 6].lstrip()
    mention.complete_cue = (phrases.is_complete_cue(left) or "分别" in clause_text
                            or opening.startswith(("分别", "即")))
    mention.parts_cue = (phrases.is_parts_cue(before_clause) or opening.startswith("其中")
                         or opening.startswith(("分别为", "分别是")))
    mention.change = phrases.direction(folded[left_start:mention.start])
    base = phrases.comparison(clause_text)
    if base is None and mention.change and phrases.compared_earlier(
            folded[_clause_group_start(folded, mention.start):mention.start]):
        base = "prior"
    if phrases.is_flat(clause_text):
        base = None
    if mention.change and base:
        mention.base = base
    elif mention.change:
        mention.base = "chain"  # resolved against the figure before it
    elif base == "prior" and not phrases.is_flat(clause_text):
        mention.prior = True
        mention.base_year = phrases.compared_year(clause_text)
    sentence_start = _sentence_start(folded, mention.start)
    for year in _years_in(years, sentence_start, mention.start):
        # a year named in the clause, or at the head of the sentence, is the figure's year
        if year.start < clause_start and year.start > sentence_start + SENTENCE_HEAD:
            continue
        compared = re.search(r"(?:较|比|同比|与)\s*$", folded[max(0, year.start - 3):year.start])
        if compared is None and year.date is not None:
            mention.year = year.date.year
    label = phrases.clean_label(left)
    if not label and left_start == clause_start and clause_start > 1 \
            and folded[clause_start - 1] in ":：":
        # 收入：792.22 万元 — the label stands before the colon
        before = _clause_start(folded, clause_start - 1)
        label = phrases.clean_label(text[before:clause_start - 1])
        left_start = before
    if phrases.MEASURE_ONLY.match(label):
        mention.lead = _lead(text, folded, left_start, sentence_start, previous_end)
    offset = text.find(label[:2], left_start, mention.start) if label else -1
    mention.label_start = offset if offset >= 0 else None
    mention.label = label
    if mention.unit and is_count(mention.unit):
        noun = phrases.noun_after(text, mention.end)
        if noun and len(noun) >= 2:
            mention.noun = noun
            mention.quote_end = mention.end + len(noun)
            # 7 家助产机构: what is counted follows the classifier (年初批复预算 8 个项目)
            mention.label = noun if phrases.weak_left(label) else label + noun
    full = _FULL.match(folded, mention.end)
    if full and mention.dimension == "money":
        mention.full = (mention.quote_start, full.end())
