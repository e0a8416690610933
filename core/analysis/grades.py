"""Grades (评价等级为优) and the score each is of.

A grade is bound to the score of its own sentence when it has one (自评得分
85 分，评价等级为良). Reports also state the total score first and grade it
after the grading bands, in the next sentence or under the next heading
(…总得分 84 分。根据评价等级标准（90 分（含）以上为优 …），本项目评价等级为优;
（一）自评得分 … （二）自评等级 …): such a grade is of the whole score said
just before it, and of nothing else. It is bound only when that score is
certainly the whole evaluation's (named so, or the total its indicators' scores
make); a bare indicator score before a grade leaves the grade unbound.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from crossfoot.analysis.items import Item
from crossfoot.analysis.statements import Statement
from crossfoot.analysis.vocabulary import cues
from crossfoot.analysis.vocabulary.scores import (
    BAND_UPPER,
    FULL_MARKS,
    GRADE_NAMES,
    LOST_ENDINGS,
    SCORE_UNIT,
    indicator,
)

_GRADE_CUE = re.compile(r"(?:(?:评价|评定|评估|考核|绩效|自评|评分|综合评价)"
                        r"(?:结果|等级|结论|等次|级别)?|等级|等次)"
                        r"(?:为|是|：|:|认定为|评定为|定为)"
                        r"|被?评为"  # (88.5 分，被评为“优秀”)
                        r"|(?:评价|评定|评估|考核|绩效|自评|综合评价)?(?:等级|等次)"
                        r"(?=[“‘\"「『])")  # (评定等级“优”: the grade in quotes, no copula)
_OPENING_QUOTES = "“‘\"'「『《 "
#: what follows a grade band's lower bound, not a score (90 分（含）以上为优，80 分至 …)
#: (matched right after a figure: no blank before its blanks)
#: words in brackets, which say no more of a score than an aside does
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
_BAND_BOUND = re.compile(r"(?<!\s)\s*+(?:[（(]含[）)]|及以上|以上|以下|至|到|～|~|－|-|—)")
_GRADE = re.compile(r"(?:不合格|优秀|良好|合格|中等|较差|一般|优|良|中|差)"
                    r"(?:等级|等次|级|档)?(?![\u4e00-\u9fff])|(?:优秀|良好|合格)")
#: a grade word followed by another: the scale's names listed (等级为优、良、中、差), no grade
_ANOTHER_GRADE = re.compile(r"(?<!\s)[”’\"']?\s*+[、，,和及或/]\s*[“‘\"']?"
                            r"(?:不合格|优秀|良好|合格|中等|较差|优|良|中|差)")
#: what ends the clause a grade's subject is in
_CLAUSE_ENDS = "。！？\n，,；;"
#: words of a grade's clause that make it a part's grade, not the whole evaluation's
_NOT_WHOLE = ("满意", "指标")
#: a grade band stated: the figures before 为 优 (90 分（含）以上为优 / 80 分至 90 分为良 /
#: 不足 60 分的为差), the words between them short
_BAND = re.compile(r"(?P<words>[0-9.（）()含及以上下至到～~－—\-不足低于小大高满分的≤≥<>＜＞\s]"
                   r"{1,30})"
                   r"为\s?[“‘\"']?(?P<grade>不合格|优秀|良好|合格|中等|较差|优|良|中|差)")
#: a band said after its grade, in brackets (优秀（90 分及以上）、良好（75—89 分）…)
_BAND_AFTER = re.compile(r"(?P<grade>不合格|优秀|良好|合格|中等|较差|优|良|中|差)\s?[（(]"
                         r"(?P<words>[0-9.含及以上下至到～~－—\-不足低于小大高满分的≤≥<>＜＞\s]"
                         r"{1,30})[)）]")
_BAND_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")
#: words of a band that make it the lowest (60 分以下为差): it has no floor
_BELOW = ("以下", "不足", "低于", "<", "＜")
#: a grade's name as the scale of 财预〔2020〕10号 names it (一般 too, which the reader reads
#: as a grade word)
CANONICAL = {**GRADE_NAMES, "一般": "中"}
#: how many paragraphs before its own a grade's whole score may stand (the score's paragraph,
#: then a paragraph of grading bands, under a heading of its own)
_PARAGRAPHS_BACK = 2


def bare_grade(word: str) -> str:
    """``优秀等次`` -> ``优秀``: the grade's name without the word for a grade after it."""
    return word.removesuffix("等级").removesuffix("等次").removesuffix("级").removesuffix("档")


@dataclass(slots=True)
class Grade:
    paragraph: str
    start: int
    end: int
    word: str
    score: Statement | None
    #: the grade's clause names no indicator: it may be of the whole score said before it
    of_whole: bool = True


def find(text: str, paragraph: str, statements: Sequence[Statement]) -> list[Grade]:
    """The grades of one paragraph, each with the score of its own sentence if it has one."""
    found = []
    graded_to = 0  # (a grade ends the scores it grades: 平均 91.2 分，等级为优；其中 A 83.6 分，
    # 等级为良: 良 is A's)
    for cue in _GRADE_CUE.finditer(text):
        at = cue.end()
        while at < len(text) and text[at] in _OPENING_QUOTES:
            at += 1  # 等级为“良”
        word = _GRADE.match(text, at)
        if word is None or _ANOTHER_GRADE.match(text, word.end()):
            continue
        sentence_start = max(max(text.rfind(mark, 0, cue.start()) for mark in "。！？\n") + 1,
                             graded_to)
        scores = [s for s in statements if sentence_start <= s.start < cue.start()
                  and is_score(s, text)]
        # (平均得分 89.46 分，其中 X 项目 …，自评等级为“中”: X's grade, not the mean's)
        between = _BRACKETED.sub("", text[scores[-1].end:cue.start()]) if scores else ""
        # (87.6 分（90 分及以上为优，80-89.99 分为良），等级为“优”: the bands in brackets are
        # no parts, their 分为 a unit and a copula)
        of_part = bool(scores) and any(opener in between for opener in cues.PARTS_OPEN)
        out_of_less = bool(scores) and of_less(scores[-1], statements)
        found.append(Grade(paragraph, cue.start(), word.end(), word.group(0),
                           None if of_part or out_of_less else _graded(text, scores),
                           not of_part and _of_whole(text, cue.start())))
        graded_to = word.end()
    return found


def of_less(score: Statement, statements: Sequence[Statement]) -> bool:
    """效益指标 26.5 分（满分 30 分）: a score out of a full mark in brackets right after it,
    below the 100 the grade bands are set against: a part's score, which no band grades."""
    after = next((s for s in statements if s.start >= score.end), None)
    return after is not None and after.aside != 0 and after.measure == "weight" \
        and after.paragraph == score.paragraph and after.clause == score.clause + 1 \
        and after.quantity.value != FULL_MARKS


def _of_whole(text: str, cue: int) -> bool:
    """Is the grade the whole evaluation's, not an indicator's (满意度评价为良好, 产出指标
    等级为优)? Told by the words of its clause before the cue."""
    clause = max(text.rfind(mark, 0, cue) for mark in _CLAUSE_ENDS) + 1
    before = text[clause:cue]
    return indicator(before) is None and not any(word in before for word in _NOT_WHOLE)


def is_score(statement: Statement, text: str) -> bool:
    """Is the figure a score given (not a weight, a bound or a grading band's edge)?"""
    return statement.quantity.unit == SCORE_UNIT and statement.measure != "weight" \
        and not statement.quantity.qualifier and not _BAND_BOUND.match(text, statement.end) \
        and not text[:statement.start].rstrip().endswith(BAND_UPPER) \
        and not statement.label.endswith(LOST_ENDINGS)  # (共扣 4.68 分: points lost, no score)


def _graded(text: str, scores: Sequence[Statement]) -> Statement | None:
    """The score a grade word is of: the last before it, unless the ones after the first
    are that first score's listed parts (总分 92 分，其中产出 45 分 … 等级为优), and not one
    said in brackets after another (总分 86.4 分（决策 17.5 分、…效益 18.0 分），等级：良)."""
    if len(scores) > 1 and any(cue in text[scores[0].end:scores[1].start]
                               for cue in (*cues.PARTS_OPEN, *cues.COLONS)):
        return scores[0]  # (自评得分 91.2 分：决策指标 18.5 分、…效益指标 17.3 分，等级为“优”)
    said = [s for s in scores if not s.aside] or scores
    return said[-1] if said else None



@dataclass(frozen=True, slots=True)
class Before:
    """What a grade with no score of its own is looked up in."""

    #: the document's paragraphs in order: (id, text, the part of the document it is in)
    paragraphs: Sequence[tuple[str, str, str]]
    #: paragraph id -> its number in ``paragraphs``
    number_of: Mapping[str, int]
    #: paragraph id -> the statements of its figures, in order
    statements_in: Mapping[str, Sequence[Statement]]
    #: statement id -> the item it is of
    item_of: Mapping[str, Item]
    #: a score part's item id -> its whole's score
    whole_of: Mapping[str, Statement]
    #: is the item named as the whole evaluation's score?
    names_whole: Callable[[Item], bool]


def bind_earlier(grades: Sequence[Grade], before: Before) -> list[Grade]:
    """Give each grade without a score of its own sentence the whole score said last
    before it, within its part of the document and a few paragraphs back, when no other
    grade stands between them; the grades so bound."""
    bound = []
    placed = [(before.number_of[g.paragraph], g.start) for g in grades]
    for index, grade in enumerate(grades):
        if grade.score is not None or not grade.of_whole:
            continue
        last = _last_score(placed[index], before)
        if last is None:
            continue
        at = (before.number_of[last.paragraph], last.start)
        item = before.item_of.get(last.id)
        if item is None or any(at < other < placed[index] for other in placed):
            continue
        if item.id in before.whole_of:
            grade.score = before.whole_of[item.id]
        elif before.names_whole(item):
            grade.score = last
        else:
            continue
        bound.append(grade)
    return bound


def _last_score(here: tuple[int, int], before: Before) -> Statement | None:
    """The last score given before ``here``, at most a few paragraphs back, in its part."""
    part = before.paragraphs[here[0]][2]
    for number in range(here[0], max(-1, here[0] - _PARAGRAPHS_BACK - 1), -1):
        paragraph, text, its_part = before.paragraphs[number]
        if its_part != part:
            return None
        said = before.statements_in.get(paragraph, ())
        scores = [s for s in said if (number, s.start) < here and is_score(s, text)
                  and not of_less(s, said)]
        if scores:
            return scores[-1]
    return None


def scale_of(text: str) -> dict[str, Decimal] | None:
    """The grading bands a paragraph states (grade -> lowest score; 0 for the lowest band),
    when it states two or more: the report's own scale."""
    if "分" not in text:
        return None
    scale: dict[str, Decimal] = {}
    for band in (*_BAND.finditer(text), *_BAND_AFTER.finditer(text)):
        words = band.group("words")
        opened = max(words.rfind("（"), words.rfind("("))
        if opened >= 0 and words[opened + 1:opened + 2].isdigit():
            words = words[opened + 1:]  # 87.6 分（90 分及以上为优: the band opens in the bracket
        numbers = [Decimal(n) for n in _BAND_NUMBER.findall(words)]
        if not numbers:
            continue
        grade = CANONICAL.get(band.group("grade"), band.group("grade"))
        scale[grade] = Decimal(0) if any(w in words for w in _BELOW) else min(numbers)
    return scale if len(scale) >= 2 else None


def grade_under(score: Decimal, scale: Mapping[str, Decimal]) -> str | None:
    """The grade a score has under a scale (the band with the highest floor it reaches)."""
    reached = [(floor, grade) for grade, floor in scale.items() if score >= floor]
    return max(reached)[1] if reached else None


def agree_with_own_scale(grades: Sequence[Grade], before: Before) -> list[Grade]:
    """Unbind the grades that agree with the bands their report states before them: the
    rules grade by the configured scale, and a report that sets its own (85 分以上为优)
    is not wrong by it. The grades so unbound."""
    if not any(g.score is not None for g in grades):
        return []
    scales: list[tuple[int, str, dict[str, Decimal]]] = []  # (paragraph number, part, scale)
    for number, (_, text, part) in enumerate(before.paragraphs):
        scale = scale_of(text)
        if scale is not None:
            scales.append((number, part, scale))
    unbound = []
    for grade in grades:
        if grade.score is None:
            continue
        number = before.number_of[grade.paragraph]
        part = before.paragraphs[number][2]
        own = [scale for at, its_part, scale in scales if at <= number and its_part == part]
        word = CANONICAL.get(bare_grade(grade.word), grade.word)
        if own and grade_under(grade.score.quantity.value, own[-1]) == word:
            grade.score = None
            unbound.append(grade)
    return unbound
