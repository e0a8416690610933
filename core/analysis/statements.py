"""Statements: each figure of a clause with what it says (a level, a change, a share ...).

The words just before a figure decide its role: 较上年减少 makes it a change,
增幅 a percent change, 占 … 的 a share, 执行率 a rate, 较 2024 年的 the base of a
comparison, 增加到 / 调整为 a new level; otherwise it is a level. The year named
before it (not after 较 / 比) is its period; the measure words of its label
(预算 / 决算 / 拨付 ...) its measure. The words before a clause's first figure,
cleaned of list markers, years, cue and measure words, are the clause's
subject: empty when the clause only continues the one before (较上年减少 …).
All vocabulary comes from ``crossfoot.analysis.vocabulary``.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from crossfoot.analysis.clauses import (
    BREAK,
    HAN_CHARACTER,
    SEGMENT_END,
    Clause,
    sentence_end,
)
from crossfoot.analysis.figures import MINUS, Found
from crossfoot.analysis.vocabulary import (
    balances,
    changes,
    completion,
    cues,
    measures,
    per_unit,
    population,
    ratios,
    scores,
)
from crossfoot.model.brackets import CLOSING, OPENING
from crossfoot.model.dates import SPAN_MARK, YEAR_SPAN, PrintedDate
from crossfoot.model.numerals import chinese_value
from crossfoot.model.qualifiers import AT_MOST, ends_a_word
from crossfoot.model.quantity import Quantity

#: the measure of a score given (得 18.5 分), not of the most it could be (分值 20 分)
SCORE = "score"
#: the measure of a plan or target a figure is done against (年度计划 / 目标值)
TARGET = "target"
LEVEL, CHANGE, PERCENT_CHANGE, SHARE, RATE, BASE, FROM, TO, WHOLE, AVERAGE = (
    "level", "change", "percent_change", "share", "rate", "base", "from", "to", "whole",
    "average_change")

#: a year, or a span of years (2019—2023 年 / 2019 年至 2023 年), which goes whole
_YEAR = re.compile(r"(?:19|20)[0-9]{2}\s?年?\s?" + SPAN_MARK + r"\s?(?:19|20)[0-9]{2}"
                   r"\s*年(?:度)?|(?:19|20)[0-9]{2}\s*年(?:度)?|[〇一二三四五六七八九零]{4}年(?:度)?")
_MARKER = re.compile(
    r"^(?:[0-9]{1,2}\s*[.、．](?![0-9])|\([0-9一二三四五六七八九十]{1,3}\)"
    r"|[一二三四五六七八九十]{1,3}[、是]"
    r"|[①-⑳⑴-⒇㈠-㈩]|第[一二三四五六七八九十]{1,3}[，,、])")  # (第一产业: a name)
_CONNECTORS = ("另外", "此外", "同时", "其次", "再次", "最后", "首先", "另", "并且", "以及", "而",
               "并", "且", "及", "和", "其余", "余下")
_LEADING_TIME = ("累计完成", "完成", "实现", "今年以来", "年初", "年中", "年底", "年末", "调整后",
                 "截至目前", "截止目前", "目前", "现已",
                 "上年度", "上一年度", "上一年", "上年", "去年", "全年", "本年度", "本年", "实际",
                 "当年", "年内", "年度", "全县", "全市", "全区", "全省", "全镇", "全州", "我县",
                 "我市", "我区", "我镇", "本级", "经汇总", "经统计", "经比较", "经测算", "经核算",
                 "经核定")
#: adverbs of a milestone that open a clause of the subject before (…总额 10,286.4 亿元，
#: 首次突破 1 万亿元): no name of their own
_LEADING_ADVERBS = ("首次", "首度", "再度", "一举", "仅仅", "仅")  # (仅为预算的 87.5%)
#: verbs of a budget before what it funds (安排教育支出 112.48 亿元 is of 教育支出); the
#: measure is read from the whole lead first
_LEADING_VERBS = ("预算安排", "计划安排", "安排")
#: a cut-off date before a subject (截至 2024 年 12 月 31 日实际到位资金), its year already gone
_CUT_OFF = re.compile(r"^(?:截至|截止)\s*(?:[0-9]{1,2}\s*月(?:\s*[0-9]{1,2}\s*日)?[止底末]?"
                      r"|年底|年末|底|目前)?[\s，,]*")
#: the dates a balance is struck at: 年初结转和结余 and 年末结转和结余 are two quantities
_BALANCE_DATES = ("年初", "年末", "年底")
#: a year before its start or end that opens a balance's name (本年末滚存结余, 2022 年初专项债务
#: 余额): the year is the figure's period, 年末 / 年初 stays the name's (上年末 … keeps its own
#: reading: the name of last year's close is this year's opening, never this year's close)
_YEAR_OF_BALANCE = re.compile(r"(?:本年|当年|(?:19|20)[0-9]{2}\s*年)(?=[末初底]"
                              r"[^，,；;。]{0,12}(?:结转|结余|余额))")
#: a year's end said of a figure that is no balance (2021 年末全县低保对象 a 人; a balance's
#: year has become 年 by then)
_YEAR_END = re.compile(r"(?:19|20)[0-9]{2}\s*年[末底]")
#: the words that open a reason (减少原因是 / 增加的主要原因是 / 原因为), before what it names
_REASON_OPEN = re.compile(r"[^，,；;。]{0,6}?原因(?:主要)?(?:是|为|在于)[：:]?")
#: names of balances carried from one year to the next
_BALANCES = ("结转", "结余", "余额")
_TRAILING = ("分别为", "分别是", "分别", "已达到", "达到了", "达到", "约为", "约", "高达", "为",
             "是", "达", "计", "了", "有", "都", "均为", "均", "的", "合计为", "共计为",
             "总计为", *cues.TOTAL, *(word + "得" for word in cues.TOTAL),  # 合计得 18 分
             *_LEADING_ADVERBS)  # 总投入首次突破四万亿元
_QUOTES = "“”\"'‘’「」『』"
#: words a subject does not end with: small words, total cues, and the direction of a
#: change said without 较 (税收收入增加 500 万元 is of 税收收入), longest first
_TRAILING_WORDS = tuple(sorted({*_TRAILING, *changes.FROM_LEVEL, *changes.TO_LEVEL,
                                *(w for w in (*changes.INCREASE, *changes.DECREASE)
                                  if len(w) >= 2)}, key=len, reverse=True))
_TRAILING_SET = frozenset(_TRAILING_WORDS)
#: nouns that end in a trailing word's character (经济责任审计 8 个, 会计 2 人: not 审 + 计)
_ENDS_LIKE_TRAILING = ("审计", "统计", "设计", "会计", "估计")
_LONGEST_TRAILING = max(map(len, _TRAILING_WORDS))
#: total cues a subject does not begin with (共有职工 25 人 is of 职工); not 共 alone (共青团)
_LEADING_TOTAL = ("共有", "共计", "合计", "总计")
#: the copula before a budget a rate is of (为调整预算 84.98 亿元的 101.7%)
_LEADING_COPULA = ("为",)
#: the leading words ``subject_of`` cuts, in the order it tries them
_LEADING_WORDS = (*_CONNECTORS, *_LEADING_TIME, *_LEADING_ADVERBS, *_LEADING_TOTAL,
                  *_LEADING_VERBS)
#: words that make a figure's number or its neighbours more than a name, cut from a lead
_COMPARE_CUE = re.compile("|".join((
    *map(re.escape, (c for c in changes.COMPARE if c != "与")),
    *(f"(?<![{''.join(ratios.SHARE_OPEN_AFTER_IN_NAMES)}]){re.escape(o)}"
      f"(?!{'|'.join(re.escape(w[len(o):]) for w in ratios.SHARE_OPEN_IN_NAMES)})"
      for o in ratios.SHARE_OPEN))))  # 耕地占补平衡核查项目: one name, not 耕地 and a share
#: what makes a 与 a comparison when it comes later (与上年相比), not a joiner (A与B)
_WITH_PARTNERS = ("相比", "相较", "比较", "对比", "持平")

_RESPECTIVELY_END = re.compile(r"分别(?:为|是)?$")


@dataclass(slots=True)
class Statement:
    """One figure of a clause with the role the words before it give it."""

    id: str
    #: its figure's quantity (the figure's ``Found`` is not kept: a record per figure, alive
    #: through the facts' emission, for the three numbers kept below)
    quantity: Quantity
    section: str
    paragraph: str
    clause: int
    sentence: int
    segment: int
    aside: int
    role: str = LEVEL
    sign: int = 0
    period: int | None = None
    #: True when the period was written before the figure, not taken from the report
    period_stated: bool = False
    base_year: int | None = None
    #: the years a change says it spans (三年增加 d: 3), its base that many years before
    span: int | None = None
    #: the first year of a span of years its sentence opens with (2018—2024 年，累计 …: 2018)
    since: int | None = None
    #: the day the figure is counted up to, when the sentence says (截至 11 月底)
    until: PrintedDate | None = None
    base_kind: str | None = None  # prior or budget: what a change is against
    measure: str | None = None
    lead: str = ""  # the subject its clause names ('' when the clause names none)
    label: str = ""  # the words that name this figure
    whole: str | None = None  # the name of the whole of a share, or of a rate's budget
    noun: str = ""  # what a count counts (8 个项目 -> 项目)
    total_cue: bool = False
    #: named as a grand total (收入总计 / 收入总量): with what was carried in and transferred
    grand: bool = False
    first_in_clause: bool = False
    quote_start: int = 0
    #: where its figure stands in the normalized paragraph, and where the figure's number
    #: begins (after a qualifier before it)
    start: int = 0
    end: int = 0
    number_start: int = 0

    @property
    def order(self) -> int:
        """Its place in the document: statements are numbered s1, s2 … in reading order."""
        return int(self.id[1:])

    @property
    def dimension(self) -> str:
        return self.quantity.dimension


def read(text: str, clauses: list[Clause], found: list[Found], section: str, paragraph: str,
         first_id: int, fiscal_year: int | None = None) -> list[Statement]:
    """The statements of one paragraph's normalized ``text``, numbered from ``first_id``."""
    statements: list[Statement] = []
    cut_offs = _cut_offs(text, clauses, found)
    clause_at = _ClauseAt(clauses)
    by_clause: dict[int, list[Found]] = {}
    for item in found:
        index = clause_at(item.start)
        if index is not None:
            by_clause.setdefault(index, []).append(item)
    firsts = _first_clauses(clauses)
    opening = _opening_years(text, clause_at, found, _opening_starts(clauses, firsts, found))
    spans = {sentence: (int(span[1]), int(span[2])) for sentence, clause in firsts.items()
             if (span := _SPAN_OPEN.match(text, _past_blanks(text, clause.start))) is not None}
    if fiscal_year is not None:  # 上年同期，收入 a，其中 …: a sentence of last year's figures
        opening.update({sentence: fiscal_year - 1 for sentence, clause in firsts.items()
                        if sentence not in opening
                        and text[clause.start:clause.end].strip() in changes.PRIOR_BASE
                        and clause.end < len(text) and text[clause.end] in "，,"})
    distributed = _distributed_years(text, found, clauses)
    segment_years = _segment_years(text, clauses, found)
    frames = _FramedYears(text, firsts)
    in_turn = 0  # the place among the figures a 分别 gives the sentence's opening years
    aside_prior: dict[int, bool] = {}  # each bracket: does its first figure say 上年?
    aside_year: dict[int, int | None] = {}  # each bracket: the year of the base it follows
    listed_prior: tuple[int, int] | None = None  # the segment of the last figure said of 上年
    prior_host: int | None = None  # a clause of no figure said of 上年, its bracket next
    for index, clause in enumerate(clauses):
        items = by_clause.get(index, [])
        quantities = [f for f in items if f.kind == "quantity" and not _announces(text, f)
                      and not _bounds_a_band(text, f) and not price_band_at(text, f.start)]
        if not clause.aside and not (clause.opener and clause.opener in CLOSING):
            prior_host = None
        if not quantities:
            if not clause.aside and text.startswith(tuple(OPENING), clause.end) \
                    and _said_prior(text[clause.start:clause.end]):
                prior_host = index  # 上年 A 占 B（W）的 p: W and p are last year's
            continue
        previous_end = clause.start
        worked = False  # did a factor of a computation just stand before this figure?
        for position, item in enumerate(quantities):
            if _operand(text, item):
                previous_end, worked = item.end, True
                continue
            left = _budget_in_brackets(text, clause, item) or text[previous_end:item.start]
            if position == 0:  # 担保代偿率（当年代偿额÷当年解除担保额）为 p: the rate's name and
                left = _formula_host(text, clause) + left  # formula before the bracket closed
            key = _colon_key(text, clauses, index) if position == 0 else None
            if key is not None and not left.strip() and _keyed(key):
                left = key  # 预算数：360.00 万元；执行数：…: the column's name is its words
            elif key in (cues.ADDED, cues.ADDITION_OPEN):
                left = cues.ADDED + left  # 加上：上年结转 4,550 万元、…: an addend's name
            scored = item.quantity is not None and item.quantity.unit == scores.SCORE_UNIT
            composed = _composed_of(text, left, item.end)
            subject, measure = subject_of(left.lstrip()[1:] if composed else left, scored)
            if _WITH_ANOTHER.fullmatch(left.strip(" ，,")) \
                    and not _FRAME_CLOSE.match(text, item.end):  # (与上年支出合计 a 相比)
                subject = cues.LIST_TOTAL  # 公务用车运行维护费 a，与公务接待费合计 b: a sum of
                # two, not the second's figure
            if worked:  # 乘以 10 分计得 9.56 分: the result of the working, of the item before
                subject, worked = "", False
            quantity = item.quantity
            if quantity is not None and _trim(left).endswith(balances.WITHIN_LIMIT[0]) and (
                    quantity.qualifier == AT_MOST
                    or any(w in text[item.end:clause.end] for w in balances.WITHIN_AFTER)):
                # 失业率 2.86%，控制在 3.5% 的年度调控目标以内: a ceiling the level before is
                # under, no level of its own
                quantity, subject = Quantity(quantity.value, quantity.unit, quantity.decimals,
                                             quantity.exact, AT_MOST), ""
            years = [f for f in items if f.kind in ("year", "date") and f.date is not None
                     and previous_end <= f.start < item.start]
            assert quantity is not None
            statement = Statement(f"s{first_id + len(statements)}", quantity, section,
                                  paragraph, index, clause.sentence, clause.segment, clause.aside,
                                  start=item.start, end=item.end,
                                  number_start=item.number_start)
            statement.first_in_clause = position == 0
            gap = _gap_to_target(_drop_year(_trim(left)))
            if gap is not None:  # 收入 4,169 万元，超双过半任务数 169 万元: over the plan, of
                statement.role, statement.sign, statement.base_kind = CHANGE, gap, "budget"
                subject = ""  # the item before, not a level of its own
            elif not composed:  # 由本年收入 a 和 … 构成: a part of a whole, no move's start
                _role(statement, text, clause, left, item)
            if statement.role == LEVEL and statement.dimension == "ratio" and statements \
                    and statements[-1].role == SHARE and statements[-1].clause == index \
                    and not left.strip(cues.LIST_MARKS):
                statement.role, statement.whole = SHARE, statements[-1].whole  # 占比分别为
                # 60%、25%、15%: the list's shares, each as the first
            if statement.role in (FROM, TO) and _bare_point(subject):
                subject = _without_move(subject.removesuffix(_bare_point(subject)))
                # (债务余额由年初 a 降至年末 b: the item's, from one point of the year to another)
            if statement.role == CHANGE and per_unit.only_per_one(subject):
                subject = ""  # 由每人每月 700 元提高至 745 元，每人每月提高 45 元: the words
                # say what the standard is per, the change is of the standard before
            other_whole = _and_whole(statement, text, clause, left)
            if other_whole is not None:  # 分别占 A 的 63.2% 和 B 的 50.6%: B is the whole
                statement.role, statement.whole, subject = SHARE, other_whole, ""
            statement.lead = subject
            if statement.role in (CHANGE, PERCENT_CHANGE):
                statement.span = years_counted(left)
            _period(statement, text, years, left)
            if statement.role in (CHANGE, PERCENT_CHANGE) and statement.base_year is None:
                statement.base_year = frames.before(clauses[index].sentence, item.start)
            if statement.period is None:
                _compared_as_before(statement, statements, paragraph)
            turns, listed_to = distributed.get(clause.sentence, ([], 0))
            if turns and statement.role == LEVEL and item.start > listed_to:
                in_turn = 0 if cues.DISTRIBUTED in left else in_turn + 1
                if in_turn < len(turns) and all(y.end <= listed_to for y in years):
                    # 2022 年、2023 年，收入分别为 a 和 b: a is 2022's, b 2023's (the list's
                    # years, not the last of them, are the first figure's)
                    statement.period, statement.period_stated = turns[in_turn], True
            said_prior = _said_prior(left) or (
                listed_prior == (clause.sentence, clause.segment)
                and left.lstrip().startswith("、") and not names_this_year(left)) or (
                prior_host is not None and not names_this_year(left))
            # (上年经营性收入 a、总收入 b: the names listed after 上年 are all last year's)
            if clause.aside:  # （上年税收收入 a，一般公共预算收入 b）: the bracket's year,
                # unless a figure names its own (（上年完成 a，本年预算 b）)
                inherited = aside_prior.setdefault(clause.aside, said_prior)
                said_prior = said_prior or (inherited and not names_this_year(left))
            if clause.aside and clause.aside not in aside_year:
                aside_year[clause.aside] = _base_before(statements, text, clause.start)
            if statement.period is None and clause.aside and aside_year[clause.aside] \
                    and not names_this_year(left):
                # 比 2023 年的 92.18%（预算 2,180.00 万元、支出 2,009.52 万元）: the base's year's
                statement.period, statement.period_stated = aside_year[clause.aside], True
            opened = segment_years.get((clause.sentence, clause.segment),
                                       opening.get(clause.sentence))
            if statement.period is None and opened is not None and not said_prior:
                statement.period, statement.period_stated = opened, True
            if statement.period is None and fiscal_year is not None:
                prior = said_prior
                statement.period = fiscal_year - 1 if prior else fiscal_year
                statement.period_stated = prior
            listed_prior = (clause.sentence, clause.segment) if said_prior else None
            statement.until = _until(cut_offs, clause.sentence, item.start)
            if clause.sentence in spans and statement.period == spans[clause.sentence][1]:
                statement.since = spans[clause.sentence][0]  # (2018—2024 年，累计建成 a)
            statement.measure = measure_of(left) or measure \
                or _pair_measure(subject, statements, clause.sentence)
            if statement.measure is None and statements and left.strip() in _JOINED \
                    and statements[-1].clause == statement.clause:
                statement.measure = statements[-1].measure  # 预算分别为 540 万元和 612 万元
            if statement.measure is None and statement.dimension != "money":
                statement.measure = _header_measure(text, clauses, index)
            if statement.measure is None and statement.role in (FROM, TO) and statements \
                    and statements[-1].sentence == clause.sentence:
                # 年初预算较上年压减 10%，由 45.00 万元压减至 40.50 万元: the budget's move
                statement.measure = statements[-1].measure
                if statement.measure == "budget_initial" and left.strip().endswith(_ADJUSTED_TO):
                    statement.measure = "budget"  # 年初预算 a，调整为 b: the adjusted budget
            if scored and statement.measure is None and _trim(left).endswith(scores.GOT):
                statement.measure = SCORE  # 分值 50 分，得 47.5 分
                if _trim(left).lstrip("，,、 ") in scores.GOT \
                        and _weight_before(statements, clause.sentence, clause.segment):
                    statements[-1].measure = "weight"  # 决策指标 20 分，得 18 分: its weight
            if scored and statement.measure not in SCORE_MEASURES:
                statement.measure = None  # 预算执行率 10 分: the indicator's name, not a budget
            elif not scored and statement.measure in SCORE_MEASURES \
                    and statement.dimension in ("money", "count"):
                statement.measure = None  # 大于 30% 不得分 本年追加 767.86 万元: no score
            trimmed = _trim(left).removesuffix("得分").removesuffix("得")
            statement.grand = trimmed.endswith(cues.GRAND_TOTAL_WORDS)
            statement.total_cue = trimmed.endswith(cues.TOTAL) or (  # 合计得分 91.5 分
                _total_verb(left) is not None) or (  # 累计下达 6,665 万元
                len(subject) >= MIN_NAMED_TOTAL
                and (trimmed.lstrip("，,、 ").startswith(cues.NAMED_TOTAL_OPENERS)
                     or opens_with_total_verb(trimmed)))
            # (合计带动就业 5,812 人: a total with a name of its own; not 合计扣 12 分 nor 合计余额,
            # whose words name no subject)
            statement.label = _label(left, subject)
            formula = _FORMULA_PARTS.search(left)
            if formula is not None and formula.group(0) not in statement.label \
                    and left[:formula.start()].rstrip().endswith(ratios.RATE_SUFFIX):
                statement.label += formula.group(0)  # (the formula a rate's name gives, kept)
            statement.quote_start = _quote_start(text, previous_end, item.start, position == 0,
                                                 clause.start)
            if item.quantity is not None and item.quantity.dimension == "count":
                statement.noun = noun_after(text, item.end)
            if statements and _bracketed_percent_of(statement, statements[-1], text):
                # 较上年减少 1.5 万元（42.86%）: the change's percent, in its direction
                previous = statements[-1]
                statement.role, statement.sign = PERCENT_CHANGE, previous.sign
                statement.base_kind = previous.base_kind
            statements.append(statement)
            previous_end = item.end + len(statement.noun)
            alternative = cues.UNIT_ALTERNATIVE.match(text, item.end) \
                if statement.dimension == "count" and not statement.noun else None
            if alternative is not None:  # 一级文物 12 件（套）、二级文物 …: the unit's other
                previous_end = alternative.end()  # name, no words of the next figure
    _unmeasure_sums_of_scores(statements)
    _full_marks_in_brackets(statements, text)
    return statements


def _full_marks_in_brackets(statements: list[Statement], text: str) -> None:
    """决策（15 分）：13.5 分 / 资金投入（20 分）得 18.5 分: a score in brackets right after an
    indicator's name, then a score of no measure: the one in brackets is what it is out of."""
    for first, after in itertools.pairwise(statements):
        if first.aside and not after.aside and first.measure is None and after.measure is None \
                and first.quantity.unit == after.quantity.unit == scores.SCORE_UNIT \
                and _MARK_THEN_SCORE.fullmatch(text, first.end, after.start):
            first.measure, after.measure = _WEIGHT, SCORE


#: what stands between a full mark in brackets and the score after it (）： / ）得 / ），得分)
_MARK_THEN_SCORE = re.compile(r"\s?[)）]\s?[：:，,]?\s?(?:得分?|实得|自评得分)?\s?(?:为|：|:)?\s?")
#: the measure of what a score is out of
_WEIGHT = "weight"


def _unmeasure_sums_of_scores(statements: list[Statement]) -> None:
    """15 个部门综合得分合计 1,284 分，平均得分 85.6 分: a score with a mean of it beside it in
    its sentence adds up the scores of several, it is no one evaluation's score."""
    for first, after in itertools.pairwise(statements):
        if first.measure in (None, SCORE) and after.sentence == first.sentence \
                and after.quantity.unit == first.quantity.unit == scores.SCORE_UNIT \
                and _trim(after.lead or after.label).startswith(per_unit.MEAN_OPENERS):
            first.measure = SCORES_ADDED


def _base_before(statements: list[Statement], text: str, bracket: int) -> int | None:
    """The year of a base of another year a bracket opens right after (比 2023 年的 92.18%（…）),
    or of a figure of a year it names whose parts the bracket lists (其中), whose figures are
    of that year too; None otherwise."""
    named = _COMPARED_YEAR.search(text, max(0, bracket - COMPARED_YEAR_WITHIN), bracket)
    if named is not None:  # 较 2023 年（预算 760.00 万元，支出 697.68 万元）: that year's
        return int(named.group(1))
    last = statements[-1] if statements else None
    if last is None or last.period is None or text[last.end:bracket].strip(" （(") != "":
        return None
    if last.role == BASE and any(word in last.label for word in changes.PRIOR_BASE):
        return last.period - 1  # 较上年的 86.4%（108 处）: last year's figure in another unit
    if last.role == BASE or (last.role == LEVEL and last.period_stated
                             and text.startswith(cues.AMONG_CUE, bracket)):
        return last.period  # (2015 年决算 35.80 万元（其中 A a、B b）: 2015's parts)
    return None


#: the words between two figures of one list in one clause (a 和 b / a、b): the second is of
#: the first's measure
_JOINED = frozenset({*cues.LIST_JOINERS, *cues.LIST_SEPARATORS})
#: a comparison with a year named right before a bracket (较 2023 年（…）/ 比 2022 年度（…）)
_COMPARED_YEAR = re.compile(r"(?:较|比|与|同)\s?((?:19|20)[0-9]{2})\s?年度?\s?[（(]$")
#: how far before its bracket such a comparison is looked for
COMPARED_YEAR_WITHIN = 12


#: how far into its sentence a year may stand and still be the whole sentence's
OPENING_YEAR_WITHIN = 4


def _first_clauses(clauses: list[Clause]) -> dict[int, Clause]:
    """Each sentence's first clause, by the sentence's number."""
    firsts: dict[int, Clause] = {}
    for clause in clauses:
        firsts.setdefault(clause.sentence, clause)
    return firsts


def _opening_starts(clauses: list[Clause], firsts: dict[int, Clause], found: list[Found]
                    ) -> dict[int, tuple[int, ...]]:
    """Where each sentence opens: its first clause, and the clause after it where the first
    is words only that a colon ends (主要目标是：到 2025 年，收入达到 …: the words announce
    the sentence, the clause after them opens it too)."""
    opening: dict[int, tuple[int, ...]] = {
        sentence: (clause.start,) for sentence, clause in firsts.items()}
    figures = sorted(f.start for f in found if f.kind == "quantity")
    for at, clause in enumerate(clauses[1:], 1):
        first = clauses[at - 1]
        if clause.opener in "：:" and firsts.get(clause.sentence) is first \
                and not first.aside and not clause.aside \
                and bisect_right(figures, first.start) == bisect_right(figures, first.end):
            opening[clause.sentence] += (clause.start,)
    return opening


def _segment_years(text: str, clauses: list[Clause], found: list[Found]
                   ) -> dict[tuple[int, int], int]:
    """``2014 年，支出 a，其中 …；2018 年，支出 b …``: a year that opens a segment after the
    first of its sentence is every figure's in that segment, by (sentence, segment)."""
    starts = {clause.start: (clause.sentence, clause.segment) for clause in clauses
              if clause.opener in SEGMENT_END and not clause.aside}
    years: dict[tuple[int, int], int] = {}
    if not starts:
        return years  # (most paragraphs have no ；)
    ordered = sorted(starts)
    for item, year in _years(found):
        at = bisect_right(ordered, item.start) - 1
        if at >= 0 and starts[ordered[at]] not in years and _opens(text, ordered[at], item):
            years[starts[ordered[at]]] = year
    return years


def _years(found: list[Found]) -> Iterator[tuple[Found, int]]:
    """The years found, each with its number."""
    for item in found:
        if item.kind == "year" and item.date is not None and item.date.year is not None:
            yield item, item.date.year


def _opens(text: str, start: int, year: Found) -> bool:
    """Does ``year`` open the words from ``start`` (a few characters in, with no comparison
    before it: 与 2022 年度 … 相比 names the base's year, not all the figures')?"""
    return 0 <= year.start - start <= OPENING_YEAR_WITHIN \
        and not any(w in text[start:year.start] for w in changes.COMPARE)


def _opening_years(text: str, clause_at: _ClauseAt, found: list[Found],
                   starts: dict[int, tuple[int, ...]]) -> dict[int, int]:
    """``2024 年，计划 …，预算安排 …``: a year that opens a sentence is every figure's in it."""
    years: dict[int, int] = {}
    for item, year in _years(found):
        sentence = clause_at.sentence(item.start)
        if sentence is not None and sentence not in years \
                and any(_opens(text, start, item) for start in starts[sentence]):
            years[sentence] = year
    return years


#: a span of years that opens a sentence (2018—2024 年，…): its first year and its last
_SPAN_OPEN = re.compile(YEAR_SPAN + r"\s?年")
#: the blanks a clause may open with, passed before a pattern anchored at its start (a
#: pattern that began with them would backtrack over every run of blanks it is searched in)
_LEADING_SPACE = re.compile(r"\s*")


def _past_blanks(text: str, at: int) -> int:
    """Where the text goes on after the blanks at ``at``."""
    blanks = _LEADING_SPACE.match(text, at)
    return blanks.end() if blanks is not None else at


def _distributed_years(text: str, found: list[Found], clauses: list[Clause]
                       ) -> dict[int, tuple[list[int], int]]:
    """``2022 年、2023 年，收入分别为 a 和 b`` / ``…表示，2014 年、2015 年预算分别为 a 和 b``: a
    clause that opens with two or more years in a row, which a 分别 after them gives its
    figures in turn (the first such clause of each sentence); each with where the years end."""
    years: dict[int, tuple[list[int], int]] = {}
    said: dict[int, list[Found]] = {}  # clause number -> the years in it
    at = 0  # one walk over the years and the clauses, both in order
    for year in sorted((item for item, _ in _years(found)), key=lambda f: f.start):
        while at < len(clauses) and clauses[at].end <= year.start:
            at += 1
        if at < len(clauses) and clauses[at].start <= year.start:
            said.setdefault(at, []).append(year)
    for number, own in said.items():
        clause = clauses[number]
        if clause.sentence in years or clause.aside:
            continue
        run = own[:1]
        for year in own[1:]:
            if _YEAR_LIST_FILLER.sub("", text[run[-1].end:year.start]):
                break
            run.append(year)
        if len(run) >= 2 and not _YEAR_LIST_FILLER.sub("", text[clause.start:run[0].start]) \
                and cues.DISTRIBUTED in text[run[-1].end:clause.end + DISTRIBUTED_WITHIN]:
            years[clause.sentence] = ([f.date.year for f in run if f.date and f.date.year],
                                      run[-1].end)
    return years


#: how far after such a list of years its 分别 may stand, in characters
DISTRIBUTED_WITHIN = 40
#: what may stand between and around the years of such a list (年 / 年度 / 、 / 和 / 及)
_YEAR_LIST_FILLER = re.compile(r"[\s年度、和及与，,：:]+")


class _ClauseAt:
    """The index of the clause a position stands in: a paragraph's clauses follow each other
    without overlapping, so their starts are searched by bisection, not each clause asked."""

    def __init__(self, clauses: list[Clause]) -> None:
        self.clauses = clauses
        self.starts = [clause.start for clause in clauses]

    def __call__(self, position: int) -> int | None:
        index = bisect_right(self.starts, position) - 1
        if index >= 0 and position < self.clauses[index].end:
            return index
        return None

    def sentence(self, position: int) -> int | None:
        """The number of the sentence whose clause holds ``position``."""
        index = self(position)
        return self.clauses[index].sentence if index is not None else None


# ---------------------------------------------------------------------------
# Roles


def _and_whole(statement: Statement, text: str, clause: Clause, left: str) -> str | None:
    """The whole of a second share of one figure, joined to the first by 和 / 及 (分别占 A 的
    p 和 B 的 q), where the clause's 占 names only the first."""
    if statement.dimension != "ratio" \
            or not any(w in text[clause.start:statement.start] for w in ratios.SHARE_OPEN):
        return None
    found = _AND_WHOLE.fullmatch(left.strip())
    return found.group(1) if found else None


#: 和 / 及 / 与, a whole's name and 的, right before a share's figure
_AND_WHOLE = re.compile(r"[和及与]([^，,；;。和及与占]{2,20}?)的")


#: words before a figure that make it the excess over a plan or the shortfall from it
#: (超双过半任务数 169 万元 / 超序时进度 / 距双过半任务数还差 192 万元: budget bulletins;
#: 完成预算的 110.8%，超预算 455 万元 / 超年初预算: execution reports)
_TARGETS = "(?:任务数|任务|目标数|目标|计划数|计划|序时进度|时间进度|进度)"
_OVER_TARGET = re.compile(r"(?:超出|超过|超)(?:[^，,；;。]{0,12}?" + _TARGETS
                          + r"|(?:年初|调整后?|全年|年度)?预算数?)"  # (not 超支部分占调整预算)
                          + r"|超额完成(?:任务)?")  # (目标 450 人，实际 468 人，超额完成 18 人)
_SHORT_OF_TARGET = re.compile(r"(?:距|离)[^，,；;。]{0,12}?" + _TARGETS + "(?:还差|尚差|差)")


def _gap_to_target(words: str) -> int | None:
    """+1 for an excess over a plan, -1 for a shortfall from it, None for other words."""
    if _OVER_TARGET.fullmatch(words):
        return 1
    return -1 if _SHORT_OF_TARGET.fullmatch(words) else None


def _role(statement: Statement, text: str, clause: Clause, left: str, item: Found) -> None:
    quantity = item.quantity
    percent = quantity is not None and quantity.dimension == "ratio"
    words = _trim(left)
    bare = _drop_year(words)
    figureless = _drop_year(_trim(_FIGURE.sub("", _FIGURE_OF.sub(
        "", _before_brackets(text, clause.start) + text[clause.start:item.start])))) \
        if percent else ""
    budget = _rate_budget(figureless) if percent else None
    if budget is not None:
        statement.role, statement.whole = RATE, budget
        return
    if percent and (_rate_against(_drop_year(_trim(text[clause.start:item.start])),
                                  _PLAN_NAMES) or _rate_against(figureless, _PLAN_NAMES)):
        statement.role = RATE  # 完成年度任务的 112.5% / 占年计划 75,000 万元的 110.5%: of the
        return  # plan (a share of it may pass 100 %)
    if not percent and text[item.end:item.end + 1 + clause.aside].lstrip(")") == "的" \
            and (_rate_budget(bare) or _rate_against(bare, _PLAN_NAMES)) is not None:
        statement.role = WHOLE  # 为调整预算 84.98 亿元的 101.7%: the budget the rate is of
        return  # (完成年计划 710 亿元的 89.4%: the plan)
    if bare.endswith(changes.TO_LEVEL) or _drop_year(_trim(left, keep="为")).endswith(
            changes.TO_LEVEL) or bare.removesuffix(_bare_point(bare)).endswith(
            changes.TO_LEVEL):  # 由 3,418 人减少为 3,296 人 / 变为: 为 is the verb's here
        # (由年初 a 降至年末 b: the point of the year it reached)
        statement.role = TO
        statement.sign = _direction(bare)
        return
    if _ends_with_from(words) and _moves_after(text, item.end):
        statement.role = FROM
        return
    if quantity is not None and quantity.unit == population.PER_MILLE \
            and bare.rstrip("".join(MINUS)).endswith(population.NATURAL_GROWTH):
        return  # 人口自然增长率 1.85‰: births less deaths, a level, no change of anything
    nouns, signs = _change_nouns()
    noun_sign = next((sign for noun, sign in signs if bare.endswith(noun)), None) \
        if bare.endswith(nouns) else None
    if percent and bare.endswith(changes.NEGATIVE_GROWTH):
        statement.role, statement.sign = PERCENT_CHANGE, -1
        return
    if noun_sign is not None:  # 增幅 8% is a percent change; 降幅超过 1 亿元 an amount
        statement.role = PERCENT_CHANGE if percent else CHANGE
        statement.sign = noun_sign
        return
    compared = None if percent else _VERB_BEFORE_BASE.search(words)
    if compared is not None and compared.end() == len(words):
        # 决算数大于年初预算数 168.62 万元 / 支出低于上年 31.20 万元 (its year kept: 上年)
        statement.role = CHANGE
        statement.sign = 1 if compared.group(1) in changes.INCREASE_OVER else -1
        statement.base_kind = _comparison(changes.COMPARE[1] + compared.group(2))
        return
    direction = 0 if _names_a_listed_item(left, bare) else (
        _direction(bare) or _after_base(bare, text[clause.start:item.start])
        or _after_move(bare, text[:clause.start]))
    if not direction and _drop_year(_trim(left.rstrip("".join(MINUS) + " "))).endswith(
            changes.SIGNED):  # 增减变化为 -0.82 亿元: its sign says which way
        direction = -1 if left.rstrip().endswith(MINUS) else 1
    if direction and any(word in bare[-8:] for word in changes.AVERAGE):
        statement.role, statement.sign = AVERAGE, direction  # 年均增长 4.22%: not checked
        return
    if direction:
        statement.role = PERCENT_CHANGE if percent else CHANGE
        statement.sign = direction
        base = _comparison(text[clause.start:item.start])
        if base is None and bare.endswith(changes.AGAINST_PLAN):
            base = "budget"  # 超收 500 万元 beside 同比增长 8%: the budget's excess, not the year's
        statement.base_kind = base
        return
    if percent and (_prior_named(bare) or _prior_share(bare)):
        statement.role = BASE  # 比上年所占比重 53.10% 提高 2.33 个百分点: last year's share
        return  # (上年该比重为 69.3%: so is this)
    if percent:
        share = _share(text[clause.start:item.start])
        if share is None and words == "的" \
                and _opens_share(host := _before_brackets(text, clause.start)):
            share = _after(host, ratios.SHARE_OPEN)  # 占立案总数（160 件）的 60.00%
        if share and _names_plan(share):
            statement.role = RATE  # 分别占计划的 102.4%、80.8%: of a plan, which may be passed
            return
        if share is not None:
            statement.role, statement.whole = SHARE, share or None
            return
        named = _before_reached(bare)  # 完成率达到 92% / 占比达到 40%
        shared = named.removesuffix(cues.DISTRIBUTED)  # (占比分别为 68.7% 和 31.3%)
        if shared.endswith(ratios.SHARE_WORDS):
            word = next(w for w in ratios.SHARE_WORDS if shared.endswith(w))
            # (完成占比 102.79%: how much of a target was done, which may pass it)
            statement.role = RATE if shared[:-len(word)].endswith(ratios.DONE_SHARE) else SHARE
            return
        if named.endswith(ratios.RATE_WORDS) or named.endswith(ratios.COUNT_RATE_WORDS):
            statement.role = RATE
            return
    if _ends_with_compare(words) or _ends_with_compare(_WORDS_IN_BRACKETS.sub("", words)) \
            or (not words and _compared_in_host(text, clause)) \
            or (_FRAME_CLOSE.match(text, item.end) and _frame_opened(words)) \
            or (words == "的" and _ends_with_compare(_before_brackets(text, clause.start) + "的")):
        # (较上年（2022 年）的 1,102.60 万元: the bracket dates the base, which follows it)
        statement.role = BASE
        return
    if _opens_share(words) and _share_follows(text, item.end) and not percent:
        statement.role = WHOLE  # (占比分别为 68.7% 和 31.3%: shares in turn, no whole)
        statement.whole = _after(words, ratios.SHARE_OPEN)
    elif clause.aside and not words and text[item.end:item.end + 2] == ")的" \
            and _opens_share(host := _words_before_bracket(text, text.rfind("(", 0,
                                                                             item.start))) \
            and _share_follows(text, item.end + 1):
        statement.role = WHOLE  # 占全年立案总数（160 件）的 60.00%: the whole, in brackets
        statement.whole = _after(host, ratios.SHARE_OPEN)


#: a bracket of words with no figure in it (较 2017 年（政策调整前）的 a: what the year was, no
#: part of the comparison's words)
_WORDS_IN_BRACKETS = re.compile(r"[（(][^（）()0-9]*[）)]")


#: the small words ``_trim`` takes off, in the order it tries them
_TRIMMED = ("了约", "约为", "约", "为", "达", "了", "是", "：", ":", "近", "超过")


def _trim(left: str, keep: str = "") -> str:
    """The words before a figure without the small words that may stand between (为, 了, 约),
    but for those ending in ``keep``."""
    words = left.strip()
    changed = True
    while changed and words:
        changed = False
        if not words.endswith(_TRIMMED):  # most leads end in none (one call, not eleven)
            break
        for tail in _TRIMMED:
            if keep and tail.endswith(keep):
                continue
            if words.endswith(tail) and len(words) > len(tail) \
                    and not ends_a_word(words, tail):  # 节约 3.20 万元: no 约 of the figure
                words = words[:-len(tail)].rstrip()
                changed = True
    return words


def _before_reached(words: str) -> str:
    """``完成率达到`` -> ``完成率``: the verb a rate or share is said to reach names nothing;
    nor does the formula a rate's name gives in brackets (资金支出率（支出数/到位数）)."""
    for verb in changes.REACHED:
        if words.endswith(verb):
            words = words[:-len(verb)].rstrip()
            break
    return without_formula(words)




def _formula_host(text: str, clause: Clause) -> str:
    """``担保代偿率（当年代偿额÷当年解除担保额）`` right before a clause that opens with a copula:
    the rate's name and its formula, which are the figure's words (nothing otherwise)."""
    opening = None if clause.aside else _opening_before(text, clause.start)
    if opening is None or formula_of(text[opening:clause.start]) is None:
        return ""
    host = _words_before_bracket(text, opening)
    return host + text[opening:clause.start] if host.endswith(ratios.RATE_SUFFIX) else ""


def formula_of(name: str) -> tuple[str, str] | None:
    """``资金支出率（支出数/到位数）`` -> (支出数, 到位数): the names a rate's formula divides."""
    found = _FORMULA_PARTS.search(name)
    return (found.group(1), found.group(2)) if found else None


#: a formula in brackets in a rate's words: its figures' names over one another, anywhere
#: (its copula may follow), and at the end of a name
_FORMULA_PARTS = re.compile(r"[(（]([^()（）/÷]{1,16})[/÷]([^()（）/÷]{1,16})[)）]")
_FORMULA_NOTE = re.compile(_FORMULA_PARTS.pattern + "$")


def without_formula(name: str) -> str:
    """``资金支出率（支出数/到位数）`` -> ``资金支出率``: the formula names no other thing."""
    return _FORMULA_NOTE.sub("", name)


def _drop_year(words: str) -> str:
    """``减少到 2015 年的`` -> ``减少到``: a year (or a point of it: 2020 年末) and 的 after the
    cue belong to the figure."""
    words = words.rstrip()
    if words.endswith("的"):
        words = words[:-1]
    found = list(_YEAR_POINT.finditer(words))
    if found and found[-1].end() == len(words):
        words = words[:found[-1].start()]
    elif words.endswith(_RELATIVE_YEARS):  # 由上年的 91.20% 提高到本年的 96.50%
        words = words[:-next(len(w) for w in _RELATIVE_YEARS if words.endswith(w))]
    return words.rstrip()


#: years named by where they stand to the report's, longest first (本年度 before 本年)
_RELATIVE_YEARS = ("本年度", "上年度", "上一年", "本年", "上年", "当年", "今年", "去年")


def _names_a_listed_item(left: str, bare: str) -> bool:
    """、医疗服务与保障能力提升 0.74 亿元: the next item of a list whose name ends in a verb of
    change, with no comparison in its words: a name (能力提升, 质量提高), not a change."""
    if not left.lstrip().startswith("、") or not bare.endswith(_moves()):
        return False  # (most figures open no list item: one test, no tuple built)
    verb = next(w for w in _moves() if bare.endswith(w))
    name = bare.lstrip("、 ")[:-len(verb)]
    return len(name) >= MIN_LISTED_NAME and not any(word in name for word in _COMPARED)


#: the fewest characters of a listed item's name before its verb of change (保障能力提升)
MIN_LISTED_NAME = 3
#: the words of a comparison that no name holds (与 joins names as often: 医疗服务与保障)
_COMPARED = ("较", "比", "相比", "相较")


def _direction(words: str) -> int:
    directions = _directions()
    if not words.endswith(directions) or words.endswith(changes.REVIEW_CUTS):
        return 0  # (most words end in no direction)
    for word in directions:
        if words.endswith(word):
            return 1 if word in changes.INCREASE else -1
    return 0


@cache
def _change_nouns() -> tuple[tuple[str, ...], tuple[tuple[str, int], ...]]:
    """The nouns of a change (增幅, 降幅, 增加额), and each with its sign longest first,
    sorted on first use."""
    signs = tuple(sorted(changes.CHANGE_NOUNS.items(), key=lambda kv: -len(kv[0])))
    return tuple(noun for noun, _ in signs), signs


@cache
def _moves() -> tuple[str, ...]:
    """The words of a change a list item's name may end in: a direction, or a verb that is
    one only after a comparison's base (提升), longest first."""
    return tuple(sorted((*_directions(), *changes.AFTER_BASE), key=len, reverse=True))


@cache
def _directions() -> tuple[str, ...]:
    """The words of an increase or a decrease, longest first, sorted on first use."""
    return tuple(sorted((*changes.INCREASE, *changes.DECREASE), key=len, reverse=True))


def _after_base(bare: str, before: str) -> int:
    """多 / 少 right after a comparison's base (比预算少 8.91 亿元), or 提升 / 下调 after one
    (较上年提升 2.3 个百分点): the direction of a change."""
    word = next((w for w in changes.AFTER_BASE if bare.endswith(w)), None)
    if word is not None:
        return changes.AFTER_BASE[word] if _comparison(before) is not None else 0
    sign = changes.MORE_OR_LESS.get(bare[-1:], 0)
    if not sign or bare[-2:-1] in changes.BOUND_BEFORE_MORE_OR_LESS \
            or _comparison(before) is None:
        return 0
    return sign


def _after_move(bare: str, before: str) -> int:
    """提升 after a move said with it in its sentence (由 95.2% 提升至 97.1%，提升了 1.9%): the
    move's change, its base the level the move started from."""
    word = next((w for w in changes.AFTER_BASE if bare.endswith(w)), None)
    if word is None:
        return 0
    sentence = before[max(before.rfind(end) for end in _SENTENCE_ENDS) + 1:]
    verb = word.removesuffix("了")
    moved = [sentence.rfind(verb + to) for to in _MOVED_TO]
    start = max(sentence.rfind(word) for word in changes.FROM_LEVEL)
    return changes.AFTER_BASE[word] if 0 <= start < max(moved) else 0


#: what ends a sentence, and the words after a move's verb that name the level it reached
_SENTENCE_ENDS = ("。", "；", ";", "！", "？")
_MOVED_TO = ("至", "到", "为")


def _comparison(before: str) -> str | None:
    """What the clause compares with: ``budget`` (比预算), ``prior`` (较上年, 同比) or None."""
    found = None
    for word in changes.COMPARE:
        at = before.rfind(word)
        if at >= 0 and (found is None or at > found[0]):
            found = (at, word)
    if found is None:
        return None
    tail = before[found[0] + len(found[1]):]
    if _YEAR.match(tail.lstrip()):
        return "prior"  # 比 2022 年预算数: the budget of another year, a year-on-year change
    if tail.lstrip().startswith(changes.BUDGET_BASE) or any(
            reported in tail for reported in changes.REPORTED_BASE):
        return "budget"  # (比向县人大常委会的报告数: the report's figure, whoever it went to)
    return "prior"


#: what a comparison may name as its base before the base's figure, longest first
_BASE_NAMES = tuple(sorted({*changes.BUDGET_BASE, *changes.PRIOR_BASE, *changes.REPORTED_BASE,
                            "决算数", "决算",
                            "执行数", "实际数", "上年决算数", "上年预算数",
                            # 比 2023 年完成数 b 增长 p% (budget reports name a year's actual
                            # so, 比上年实际完成数 too): the year's actual, the base
                            "完成数", "实际完成数"}, key=len, reverse=True))
#: a comparative verb and the base it names right before a figure (大于年初预算数 d / 低于上年
#: d): the figure is by how much (final accounts' notes on budget against accounts)
_VERB_BEFORE_BASE = re.compile(
    "(" + "|".join((*changes.INCREASE_OVER, *changes.DECREASE_UNDER)) + ")("
    + "|".join(_BASE_NAMES) + ")数?")
#: 较年初 / 比期初数 right before a figure: a stock's start of the year is the base
_STOCK_BASE = tuple(compare + start for compare in ("较", "比") for start in changes.STOCK_START)


#: a year or a point of it (比 2018 年末的 271,090 万元 / 较 2023 年底): the base's date
_YEAR_POINT = re.compile(r"(?:(?:19|20)[0-9]{2}\s*年|[〇一二三四五六七八九零]{4}年)"
                         r"(?:度|末|底|初)?")
#: a few words naming a year by an event it came before or after (疫情前的 / 机构改革后的)
_TIME_QUALIFIER = re.compile(r"[\u4e00-\u9fff]{1,6}[前后]的")
#: a few words and 的 naming the year that followed them (项目实施初期的 2018 年)
_NAMED_YEAR = re.compile(r"[\u4e00-\u9fff]{1,8}的")


def _ends_with_compare(words: str) -> bool:
    """``较 2024 年的`` / ``比上年（``: the figure after is the base a comparison starts from."""
    bare = words.removesuffix("的").rstrip().removesuffix("（").removesuffix("(").rstrip()
    dated = _YEAR.search(bare) is not None
    bare = _YEAR_POINT.sub("", bare).rstrip() if dated else bare
    compared = max(bare.rfind("较"), bare.rfind("比"))
    if compared >= 0 and (_TIME_QUALIFIER.fullmatch(bare, compared + 1) or (
            dated and _NAMED_YEAR.fullmatch(bare, compared + 1))):
        return True  # 较疫情前的 2019 年（743.7 万元）: a year named by what it came before
        # (比项目实施初期的 2018 年（120 场）: by what happened in it)
    named, previous = bare, ""
    # 比 2022 年预算数 3,632.58 万元 / 比上年决算 21,842.70 万元 (no base name: nothing to cut)
    while named != previous and named.endswith(_BASE_NAMES):
        previous = named
        for base in _BASE_NAMES:
            if named.endswith(base) and len(named) > len(base):
                named = named[:-len(base)].rstrip()
                break
    if named != bare and named.endswith(("较", "比", "同比")):
        return True
    if bare.endswith(changes.REPORTED_BASE) and max(bare.rfind("较"), bare.rfind("比")) >= 0:
        return True  # 比向县人大常委会的报告数 36,400 万元: the figure reported, a base
    if words.endswith("的") and _SHORT_STANDARD.fullmatch(bare) \
            and not any(word in bare for word in _directions()):
        return True  # 较上一周期的 1,102.60 万元: what 较 …的 names is what is compared with
    if _prior_named(bare) or bare.endswith(_STOCK_BASE):
        # 比上年累计支出 285 万元下降 34 万元: last year's figure of the item; 余额 312.05 亿元，
        # 比年初 286.47 亿元增加 25.58 亿元: the stock at the start of the year (not 比年初预算)
        return True
    for word in changes.COMPARE:
        if bare.endswith(word):
            return words != bare or word in ("较", "比")
    return False


#: 较 / 比 and a few words without figures (较上一周期 / 比上个结算期): the standard a
#: comparison names when 的 and a figure follow it
_SHORT_STANDARD = re.compile(r"[较比][\u4e00-\u9fff]{1,8}")


def _frame_opened(words: str) -> bool:
    """``与上年 …`` / ``X 与上年的`` before a figure that 相比 closes: the frame's base."""
    return words.startswith(changes.COMPARE) or "与" in words[1:]


def _prior_share(bare: str) -> bool:
    """``上年该比重为`` / ``上年占比``: a share said of last year, before a percent."""
    return bare.startswith(_PRIOR_WORDS) and len(bare) <= MAX_PRIOR_SHARE \
        and bare.removesuffix("为").endswith(ratios.SHARE_WORDS)


#: the longest such words (上年同期该比重为)
MAX_PRIOR_SHARE = 10


def _prior_named(bare: str) -> bool:
    """``比上年累计支出`` / ``较去年同期实际支出``: 比 / 较, last year, then a short name (after
    the subject the comparison is of, if it names one: 当年财政拨款预算比上年财政拨款预算)."""
    for compare in ("比", "较"):
        at = bare.find(compare)
        while at >= 0:
            rest = bare[at + len(compare):]
            prior = next((p for p in _PRIOR_WORDS if rest.startswith(p)), None)
            named = rest[len(prior):] if prior is not None else ""
            if prior is not None and 0 < len(named) <= MAX_BASE_NAME \
                    and not any(ch.isdigit() for ch in rest) and (at == 0 or (
                        bare[at - 1] not in _NOT_COMPARING and len(named) >= MIN_BASE_NAME
                        and not named.endswith((*_directions(), *_COMPARATIVES)))):
                return True  # (增幅比去年同期高 2.4 个百分点: 高 says how it compares, no name)
            at = bare.find(compare, at + 1)  # (比上年所占比重: the first 比, not 比重's)
    return False


_PRIOR_WORDS = tuple(sorted(changes.PRIOR_BASE, key=len, reverse=True))
#: characters that make 比 part of a word before it (占比, 对比, 相比), not a comparison's
_NOT_COMPARING = frozenset("占对相")
#: the fewest characters of a base's name after a subject (比上年财政拨款预算, not 比上年高)
MIN_BASE_NAME = 2
#: words saying how a figure compares, never a base's name (高 / 低 / 多 / 少 / 快 / 慢)
_COMPARATIVES = tuple("高低多少快慢")
#: the longest name between 比上年 and the figure it gives for last year
MAX_BASE_NAME = 8


#: what closes a comparison frame after its base (与 2022 年度决算数 1,396.91 万元相比)
_FRAME_CLOSE = re.compile(r"(?<!\s)\s*+(?:相比|比较|对比)")
#: how far before an aside its host's words are read for a comparison (比上年（87.85%）)
HOST_TAIL = 16  # (比项目实施初期的 2018 年（120 场）)
#: the longest bracket read through to the words before it (较上期（2021 年 12 月至 2022 年
#: 11 月）的 …: a period's two ends)
ASIDE_WITHIN = 40


def _before_brackets(text: str, start: int) -> str:
    """``完成年初预算（10.00 万元）`` before a clause that begins ``的 86.30%``: the words of
    the clause a bracket interrupted (nothing when the clause does not follow one)."""
    if text[start:start + 1] != "的":
        return ""
    opening = _opening_before(text, start)
    return _words_before_bracket(text, opening) if opening is not None else ""


def _opening_before(text: str, start: int) -> int | None:
    """Where the bracket that closes right before ``start`` opens (None for no such one)."""
    if text[start - 1:start] != ")":
        return None
    opening = text.rfind("(", max(0, start - ASIDE_WITHIN), start)
    return opening if opening >= 0 else None


def _budget_in_brackets(text: str, clause: Clause, item: Found) -> str | None:
    """``完成年初预算（10.00 万元）的 86.30%``: the words before a bracket that holds only the
    budget (or plan) a rate is of, read as if the bracket were not there."""
    if not clause.aside or text[clause.start:item.start].strip() \
            or text[item.end:item.end + 2] != ")的":
        return None
    host = _words_before_bracket(text, clause.start - 1)
    named = _drop_year(_trim(host))
    return host if _rate_budget(named) is not None \
        or _rate_against(named, _PLAN_NAMES) is not None else None  # (完成年度目标任务（120
    # 条）的 105.0%: the plan a rate is of)


def _words_before_bracket(text: str, opening: int) -> str:
    """The words of the clause a bracket opening at ``opening`` interrupts, up to it."""
    host = text[max(0, opening - HOST_TAIL):opening]
    return host[max(host.rfind(mark) for mark in "，,；;。：:") + 1:]


def _compared_in_host(text: str, clause: Clause) -> bool:
    """``比上年（87.85%）``: a bracket right after a comparison holds the base it compares with."""
    if not clause.aside:
        return False
    before = _words_before_bracket(text, clause.start - 1)
    if _ends_with_compare(_trim(before)):
        return True
    after = text[clause.end:clause.end + _FLAT_WITHIN].lstrip(")）").removeprefix("基本")
    return bool(_WITH_BASE.search(_trim(before))) and after.startswith(changes.FLAT)
    # (与上年同期（9,857 万元）基本持平: 与 a base, its figure, and no change)


#: 与 and a comparison's base right before a bracket (与上年同期（b）持平)
_WITH_BASE = re.compile("与(?:" + "|".join(_BASE_NAMES) + ")$")
#: how far after a bracket its 持平 may stand (基本持平 after the bracket's close)
_FLAT_WITHIN = 8


def composed_after(text: str, start: int) -> bool:
    """Does the sentence from ``start`` say its figures make up a whole (… 构成 / 组成),
    not a move (由 a 增至 b)?"""
    rest = text[start:sentence_end(text, start)]
    return any(word in rest for word in _COMPOSED) and not _says_move(rest)


def _says_move(words: str) -> bool:
    """Do ``words`` hold a move's verb (增至, 变为, 降至 …)?"""
    return any(verb in words for verb in changes.TO_LEVEL)


def _composed_of(text: str, left: str, end: int) -> bool:
    """``由本年收入 3,846.72 万元和…构成``: a figure whose words open with 由 in a sentence
    that says the figures make up a whole."""
    return left.lstrip().startswith(_COMPOSED_BY) and composed_after(text, end)


#: the word that opens the parts of a whole said to be made of them (由 A 和 B 构成)
_COMPOSED_BY = "由"
#: the verbs that close it
_COMPOSED = ("构成", "组成")


#: a point of the year a move starts at or reaches, said with no year (由年初 a 降至年末 b)
_BARE_POINTS = ("年初", "年末", "年底", "期初", "期末")


def _bare_point(words: str) -> str:
    """The point of the year ``words`` end with (``降至年末`` -> ``年末``), or ''."""
    return next((point for point in _BARE_POINTS if words.endswith(point)), "")


def _without_move(words: str) -> str:
    """``债务余额由`` -> ``债务余额``, ``降至`` -> '': the words of a move's start or end off."""
    word = next((w for w in _MOVE_ENDS if words.endswith(w)), "")
    return words.removesuffix(word)


#: the words a move's start or end is said with, longest first
_MOVE_ENDS = tuple(sorted((*changes.FROM_LEVEL, *changes.TO_LEVEL), key=len, reverse=True))


def _ends_with_from(words: str) -> bool:
    """``从 2014 年的`` / ``由年初预算``: the figure after is where a move starts."""
    for word in changes.FROM_LEVEL:
        at = words.rfind(word)
        if at < 0:
            continue
        rest = _PER_ONE_TAIL.sub("", _YEAR.sub("", words[at + len(word):])).removesuffix("的")
        if len(rest) <= 6 and not any(ch.isdigit() for ch in rest):
            return True
    return False


#: a standard's "per one" before its figure (由上年的每人每年 610 元提高到 640 元: insurance and
#: pension standards; 由每生每天 1.5 元提高到 2 元: school meals), no words of where a move
#: starts
_PER_ONE_TAIL = re.compile(r"每[\u4e00-\u9fff](?:每[年月日天])?$")


def _moves_after(text: str, end: int) -> bool:
    """A move's verb (增至, 变为, 降至 …) later in the sentence: 由 … a then opens a move. 收入由
    个人缴费 a、集体补助 b … 构成 names the parts a total is made of instead."""
    stop = min((at for at in (text.find(mark, end) for mark in "。；;") if at >= 0),
               default=len(text))
    return _says_move(text[end:stop])


#: a figure with its unit, cut from words that name a budget (完成年初预算 5,800 万元的 112.7%)
_FIGURE = re.compile(r"[0-9][0-9.,]*\s*(?:[万亿千百]?元)?")
#: a figure with a unit of any kind before 的 (完成市下达计划 41.80 万亩的 103.1%)
_FIGURE_OF = re.compile(r"(?<![0-9.,])[0-9][0-9.,]*+\s?[^\s0-9的，,；;。、]{0,4}(?=的)")


def _share(before: str) -> str | None:
    """``占 X 的`` before a percent: the whole's name ('' when only 占 stands there)."""
    inside = _IN_WHOLE.search(before.strip())
    if inside is not None:  # 在政府采购支出总额中所占比重为 78.5%
        return _clean_name(inside.group(1))
    at = before.rfind(ratios.SHARE_OPEN[0])
    if at < 0 or before[at:].strip().startswith(ratios.SHARE_WORDS):
        return None  # 占比 45.6%: a share word, no whole named
    name = before[at + 1:]
    for tail in ratios.SHARE_OPEN_TAILS:  # 占到 …的
        name = name.removeprefix(tail)
    listed = _LISTED_PERCENT.search(name)
    if listed is not None:  # 占 X 的比重分别为 24.6%、55.2%: the list's whole, before its first
        name = name[:listed.start()]
    if any(ch.isdigit() for ch in name):
        name = _FIGURE.sub("", name)
    name = _RESPECTIVELY_END.sub("", name.strip())
    for close in ratios.SHARE_CLOSE:
        if name.endswith(close):
            name = name[:-len(close)]
            break
    name = _clean_name(name)
    # (分别占 71.57%、8.89%: no whole after the first)
    return name if HAN_CHARACTER.search(name) else ""


#: a percent of the same list said before a share (分别为 24.6%、55.2%)
_LISTED_PERCENT = re.compile(r"(?<![0-9.,])[0-9][0-9.,]*+\s*+[%％]")
#: the words ranking what a sentence names (降幅最大的是 / 支出最多的为 / 增速最低的是): the
#: figures after them are of the name that follows (news of disclosures, bulletins)
_RANKED = re.compile(r"[^，,；;。：:]{0,8}?最[多少大小高低快慢]的?(?:是|为)")
#: a whole named as 在 X 中 before 所占比重 / 占比 (授予中小企业合同金额 …，在采购总额中所占比重为)
_IN_WHOLE = re.compile(r"在([^，,；;。在中]{2,20})中所?占(?:比重|比例|比)?(?:为|是|达)?$")


def _opens_share(words: str) -> bool:
    """Does 占 open the words before a figure, with at most a whole's name after it (占本年
    一般公共预算财政拨款基本支出 1,046.90 万元的 8.0%)?"""
    at = words.rfind(ratios.SHARE_OPEN[0])
    return at >= 0 and len(words) - at <= MAX_WHOLE_NAME + 1


#: the longest name of a whole read between 占 and its figure
MAX_WHOLE_NAME = 24


def _share_follows(text: str, end: int) -> bool:
    """Does a share of the figure ending at ``end`` follow in its clause (占支出 120 万元的
    45%)? Not where 占 was inside a name (耕地占补平衡监管项目 530.46 万元（…元）；)."""
    following = BREAK.search(text, end)
    clause = text[end:following.start() if following is not None else len(text)]
    return any(mark in clause for mark in _SHARE_MARKS)


#: what a share after its whole's figure shows (…的 45% / 的比重为 / 的百分之)
_SHARE_MARKS = ("%", "％", "百分之", "比重", "比例")


def _after(words: str, openers: tuple[str, ...]) -> str:
    at = max(words.rfind(o) for o in openers)
    return _clean_name(words[at + 1:])


#: names of a budget and of a plan a rate may be against, longest first (as they are matched)
_BUDGET_NAMES = tuple(sorted(ratios.BUDGET_NAMES, key=len, reverse=True))
_PLAN_NAMES = tuple(sorted(ratios.PLAN_NAMES, key=len, reverse=True))


#: the fewest characters of the name after 合计 that make a total named (合计带动就业)
MIN_NAMED_TOTAL = 2


def _names_plan(name: str) -> bool:
    """Is a whole's name a plan (年度投资计划 / 月投资计划 / 目标任务)?"""
    return name.endswith(_PLAN_NAMES)


def _rate_budget(words: str) -> str | None:
    """``完成年初预算的`` / ``占调整预算`` / ``占预算收入``: a rate against the budget it names
    (of a flow, or of the whole)."""
    found = _rate_against(words, _BUDGET_NAMES)
    if found is None:
        bare = words.removesuffix("的")
        flow = next((f for f in FLOWS if bare.endswith(f)), None)
        found = _rate_against(bare.removesuffix(flow), _BUDGET_NAMES) if flow else None
    return found


def _rate_against(words: str, names: tuple[str, ...]) -> str | None:
    """The name in ``names`` (longest first) that ``words`` end with after a rate's opener
    (完成 / 占 …)."""
    bare = words.removesuffix("的")
    for name in names:
        if bare.endswith(name):
            head = bare[:-len(name)]
            head = next((head.removesuffix(verb) for verb in ratios.PLAN_SET_BY
                         if head.endswith(verb)), head)
            head = next((head.removesuffix(setter) for setter in ratios.PLAN_SETTERS
                         if head.endswith(setter)), head)
            if head.endswith((*ratios.RATE_OPEN, *ratios.SHARE_OPEN)):
                return name
    return None


def _clean_name(name: str) -> str:
    return name.strip().strip(_QUOTES).strip()


# ---------------------------------------------------------------------------
# Periods, subjects, measures


#: words before a date that make it the day figures after it are counted up to
CUT_OFF = ("截止到", "截至到", "截止", "截至")


def _cut_offs(text: str, clauses: list[Clause], found: list[Found]
              ) -> list[tuple[int, int, PrintedDate]]:
    """(sentence, position, date) of each 截至 <date>, and of each part of a year said from
    its start (1-6 月 / 1 月至 6 月 / 上半年 / 前三季度): the figures after it count up to it."""
    out = []
    for item in found:
        if item.date is None or item.date.month is None:
            continue
        if text[max(0, item.start - 4):item.start].rstrip().endswith(CUT_OFF):
            out.append((_sentence_at(clauses, item.start), item.start, item.date))
    if any(word in text for word in _SO_FAR_HINTS):  # most paragraphs name no part of a year
        for match in _SO_FAR.finditer(text):
            month = _SO_FAR_WORDS.get(match.group(0)) or _month(match.group("last"))
            if month is None or not 1 <= month < MONTHS:
                continue
            date = PrintedDate(match.start(), match.end(), None, month)
            sentence = _sentence_at(clauses, match.start())
            # (今年 1 月至 6 月，A a。B b。: a paragraph that opens with the part of the year is
            # all of it)
            opens = clauses and match.start() < clauses[0].end
            for each in sorted({c.sentence for c in clauses if c.sentence >= sentence}) \
                    if opens else (sentence,):
                out.append((each, match.start(), date))
        out.sort(key=lambda cut: cut[1])
    return out


def _month(text: str | None) -> int | None:
    if not text:
        return None
    value = int(text) if text.isdigit() else chinese_value(text)
    return int(value) if value is not None else None


def _sentence_at(clauses: list[Clause], position: int) -> int:
    return next((c.sentence for c in clauses if c.start <= position < c.end), -1)


#: a part of a year counted from its start: 1-6 月 / 1 月至 6 月 / 1—5 月
_SO_FAR = re.compile(r"(?<![0-9])(?:1|一)\s?月?\s?[-—–~～至到]\s?"
                     r"(?P<last>[0-9]{1,2}|[二三四五六七八九十]{1,2})\s?月|上半年|前三季度|第一季度|一季度")
#: the same said in words, and the month each ends with
_SO_FAR_WORDS = {"上半年": 6, "前三季度": 9, "第一季度": 3, "一季度": 3}
#: characters one of which any such part names (a quick test before the search)
_SO_FAR_HINTS = ("月", "半年", "季度")
MONTHS = 12


def _until(cut_offs: list[tuple[int, int, PrintedDate]], sentence: int, position: int
           ) -> PrintedDate | None:
    found = [date for where, start, date in cut_offs if where == sentence and start < position]
    return found[-1] if found else None


class _FramedYears:
    """The years a paragraph's sentences compare with before their changes (与 2021 年相比，…
    / 与上年（2021 年）相比，… / 比上年（2021 年）增加): the year its changes are against. Found
    in one pass over the paragraph, then looked up by position."""

    def __init__(self, text: str, firsts: dict[int, Clause]) -> None:
        self.sentence_start = {sentence: clause.start for sentence, clause in firsts.items()}
        self.frames = [(found.end(), found.start(), int(found.group(1) or found.group(2)))
                       for found in _FRAME_YEAR.finditer(text)]
        self.ends = [end for end, _, _ in self.frames]

    def before(self, sentence: int, at: int) -> int | None:
        """The year of the last frame of ``sentence`` that ends before ``at``."""
        last = bisect_right(self.ends, at) - 1
        if last < 0 or self.frames[last][1] < self.sentence_start.get(sentence, at):
            return None
        return self.frames[last][2]


#: a year compared with, in a frame (与 2021 年相比 / 与上年（2021 年）相比) or after 比上年
_FRAME_YEAR = re.compile(
    r"[与同和]\s?(?:上年度?|去年)?\s?[（(]?\s?((?:19|20)[0-9]{2})\s?年度?\s?[）)]?\s?(?:相比|比较|对比)"
    r"|[较比](?:上年度?|去年)\s?[（(]\s?((?:19|20)[0-9]{2})\s?年度?\s?[）)]")


def _compared_as_before(statement: Statement, statements: list[Statement],
                        paragraph: str) -> None:
    """2022 年收入 a，2023 年较 2022 年增加 b，增长 p%: a change right after one that names
    its own years is of those years too, not of the year the sentence opened with."""
    last = statements[-1] if statements else None
    if last is not None and last.paragraph == paragraph and last.sentence == statement.sentence \
            and statement.role in (CHANGE, PERCENT_CHANGE) \
            and last.role in (CHANGE, PERCENT_CHANGE) and last.base_year is not None \
            and last.period_stated:
        statement.period, statement.period_stated = last.period, True
        statement.base_year = last.base_year


def names_this_year(left: str) -> bool:
    """Do the words before a figure say it is of the report's own year (本年 / 今年)?"""
    return any(word in left for word in changes.THIS_YEAR)


def _bracketed_percent_of(statement: Statement, previous: Statement, text: str) -> bool:
    """A bare percent alone in the bracket right after a change amount (减少 1.5 万元（42.86%）)."""
    return statement.role == LEVEL and statement.quantity.unit == "%" and bool(statement.aside) \
        and previous.role == CHANGE and previous.quantity.unit != "%" \
        and text[previous.end:statement.number_start].strip() in ("（", "(") \
        and text[statement.end:statement.end + 1] in ("）", ")")


def _said_prior(left: str) -> bool:
    """``上年支出 6.80 万元`` / ``去年为 …``: a figure of the year before, not compared with it."""
    words = left.strip().lstrip("，,、")
    words = _MARKER.sub("", words)
    for copula in _PRIOR_COPULAS:  # (a，是上年 b 的 2.15 倍: b is last year's)
        if words.startswith(copula) and words[len(copula):].startswith(changes.PRIOR_BASE):
            words = words[len(copula):]
    return words.startswith(changes.PRIOR_BASE) and not words.startswith(changes.COMPARE) \
        and not words.startswith(changes.CARRIED_IN)


#: words that may stand before last year's figure said as what this year's is a multiple of
_PRIOR_COPULAS = ("是", "为", "相当于")


def _period(statement: Statement, text: str, years: list[Found], left: str) -> None:
    for year in reversed(years):
        assert year.date is not None
        before = text[max(0, year.start - 3):year.start]
        if year.date.year is None:
            continue
        if before.rstrip().endswith(changes.COMPARE) or (before.rstrip().endswith(
                changes.FROM_LEVEL) and statement.role not in (FROM,)):
            if statement.role in (CHANGE, PERCENT_CHANGE, BASE):
                statement.base_year = year.date.year
            if statement.role == BASE:
                statement.period = year.date.year
                statement.period_stated = True
            continue
        statement.period = year.date.year
        statement.period_stated = True
        return


#: the measures a score can be (得分, 分值)
SCORE_MEASURES = (SCORE, "weight")
#: the measure of a sum of several evaluations' scores (综合得分合计 1,284 分): no score itself
SCORES_ADDED = "scores_added"
#: words a clause starts with when it only relates the figure to another (较上年 / 占 / 增长)
def frame_closed(body: str) -> str | None:
    """The words after a comparison's frame that closes before the figure (与上年相比，…),
    None where no frame closes in ``body``."""
    if not body.startswith(_FRAME_OPEN):
        return None
    ends = [at + len(word) for word in _WITH_PARTNERS[:4] if (at := body.find(word)) > 0]
    return body[min(ends):].lstrip("，,、 ") if ends else None


def _framed_subject(body: str) -> str:
    """The name in a comparison's frame before its base figure (与 2023 年度收入总计 …相比),
    '' when the frame names only a time (与上年相比)."""
    if not body.startswith(_FRAME_OPEN):
        return ""
    rest = _YEAR.sub("", body[1:]).strip().removesuffix("的")
    for word in _PRIOR_WORDS:
        rest = rest.removeprefix(word)
    for word in _LEADING_TIME:
        rest = rest.removeprefix(word)
    return rest if len(rest) >= MIN_FRAMED and not _only_words(rest) else ""


#: what opens a comparison's frame (与 … 相比)
_FRAME_OPEN = ("与",)
#: the shortest name a frame is read as naming
MIN_FRAMED = 3


_RELATIONAL = tuple(sorted((*changes.COMPARE, *ratios.SHARE_OPEN, *changes.INCREASE,
                            *changes.DECREASE, *changes.NEGATIVE_GROWTH,
                            *changes.CHANGE_NOUNS,
                            # (提升至本年的 p / 扩大到本年的 a: a move's end, of the name before)
                            *changes.TO_LEVEL,
                            *(f"{verb}{budget}" for verb in ratios.RATE_OPEN
                              for budget in ratios.BUDGET_NAMES)), key=len, reverse=True))


def _weight_before(statements: Sequence[Statement], sentence: int, segment: int) -> bool:
    """Is the figure said last, in the segment of a score said with a bare 得, points of no
    measure (决策指标 20 分，得 18 分), not points lost (扣 3.5 分，得 36.5 分)? Then it is the
    points the indicator is out of."""
    if not statements:
        return False
    last = statements[-1]
    return (last.sentence, last.segment) == (sentence, segment) and last.role == LEVEL \
        and last.measure is None and last.quantity.unit == scores.SCORE_UNIT \
        and not last.total_cue and not last.label.endswith(scores.LOST_ENDINGS)


#: a total's word and a verb of funds or outputs before the name of what it totals (共建成三级
#: 物流节点 157 个 / 累计发放补贴资金 a)
_TOTAL_VERB_NAMED = re.compile("(?:(?:" + "|".join((*cues.TOTAL_LEADS, "共")) + ")(?:"
                               + "|".join(cues.TOTAL_FUND_VERBS) + ")|(?:"
                               + "|".join(cues.OUTPUT_TOTALS) + ")(?:"
                               + "|".join(cues.TOTAL_OUTPUT_VERBS) + "))")


def opens_with_total_verb(words: str) -> bool:
    """共建成三级物流节点 / 累计发放补贴资金: a total's word and its verb open the words (a
    total named after what it did)."""
    return _TOTAL_VERB_NAMED.match(words.lstrip("，,、 ")) is not None


def _total_verb(words: str) -> str | None:
    """The verb of funds or outputs ``words`` end with after a total's word (累计下达 / 共拨付 /
    共建成), if so."""
    words = words.rstrip()
    return next((verb for verb in cues.TOTAL_FUND_VERBS if words.endswith(verb)
                 and words[:-len(verb)].endswith(cues.TOTAL)), None) or next(
        (verb for verb in cues.TOTAL_OUTPUT_VERBS if words.endswith(verb)
         and words[:-len(verb)].endswith(cues.OUTPUT_TOTALS)), None)
    # (累计完成 a after 本年完成 b: a running total over the years, not their sum)


#: a cause said before a figure's verb (因疫苗价格下降调减 / 由于项目延期减少): what moved
#: it, no name of what it is (因公出国 and 因病致贫 name things, and say no move)
_CAUSE = re.compile(r"(?:因|由于)(?!公)[^，,；;。：:（(]{1,16}?(?:下降|下跌|上涨|上升|增加|减少"
                    r"|扩大|缩小|提高|降低|变化|变动|调整|影响|延期|推迟)")
#: a cause that is a noun, said before the move it caused (年中因经济普查追加 a)
_CAUSE_NOUN = re.compile(r"(?:因|由于)(?!公)[^，,；;。：:（(]{2,16}")
#: the words of when that may open such a clause
_CAUSE_WHEN = ("年中", "年内", "年初", "全年", "本年", "当年")


def _moved_for_cause(text: str) -> bool:
    """因疫苗价格下降调减 / 由于项目延期调整至 / 年中因经济普查追加: a cause, then the verb of
    the move: the clause names nothing of its own."""
    for when in _CAUSE_WHEN:
        text = text.removeprefix(when)
    cause = _CAUSE.match(text)
    if cause is not None and text[cause.end():].strip() in _MOVES:
        return True
    if not text.endswith(_MOVES_LONGEST_FIRST):
        return False
    move = next(m for m in _MOVES_LONGEST_FIRST if text.endswith(m))
    return _CAUSE_NOUN.fullmatch(text[:-len(move)]) is not None


#: the verbs that move a budget to its adjusted figure (年初预算 a，拟调整为 b)
_ADJUSTED_TO = ("调整为", "调整至", "调整到")
#: the verbs of a move that may follow a cause (因 … 下降调减 a)
_MOVES = frozenset((*changes.INCREASE, *changes.DECREASE, *changes.TO_LEVEL))
_MOVES_LONGEST_FIRST = tuple(sorted(_MOVES, key=len, reverse=True))
#: the sum of the items an adjustment moved one way (调减项目合计 / 追加支出共计), before its
#: figure: a name of what the list after it adds up, not a change of the clause before
_ADJUSTED_SUM = re.compile(r"(?:调增|调减|追加|追减)[\u4e00-\u9fff]{2,6}?(?:合计|共计|总计|小计)")


def _before_comparison(text: str) -> str:
    """``text`` up to its first comparison cue (较, 占, a 与 that a later 相比 makes one)."""
    cue = _COMPARE_CUE.search(text)
    cut = cue.start() if cue else len(text)
    partner = max(text.rfind(word) for word in _WITH_PARTNERS)
    joined = text.find("与", 0, partner) if partner > 0 else -1
    if joined < 0:  # X 与上年的 a 相比: 与 and last year (or a year) compare, the 相比 after
        prior = _WITH_PRIOR.search(text, 1, cut)
        joined = prior.start() if prior else -1
    if 0 <= joined < cut:
        cut = joined
    moved = _FROM_PRIOR.search(text, 1, cut)  # 抽检由上年的 2,360 批次变为 …: 抽检's
    if moved is None:  # 决算数大于年初预算数: the name is before the verb
        moved = _VERB_BEFORE_BASE.search(text, 0, cut)
    return text[:moved.start() if moved else cut]


#: 与 and the year before or a year (or 与 last, its year taken out), after a name: a
#: comparison's base follows (not 参与)
_WITH_PRIOR = re.compile("(?<!参)与(?:" + "|".join(sorted(changes.PRIOR_BASE, key=len,
                                                              reverse=True))
                         + r"|(?:19|20)[0-9]{2}\s*年|$)")  # (the year may be taken out)
def years_counted(words: str) -> int | None:
    """The years a change's words alone count (三年增加 / 五年来累计增长: 3, 5), if they are
    nothing else."""
    found = _YEARS_COUNTED.fullmatch(words.strip(" ，,；;"))
    if found is None:
        return None
    return int(found[1]) if found[1].isdigit() else int(chinese_value(found[1]) or 0)


#: a count of years and nothing else before a change (三年增加 / 五年来累计增长 / 近三年共减少):
#: the change over the span of the levels said before, of their name
_YEARS_COUNTED = re.compile(r"(?:近|这|过去)?([0-9]{1,2}|[一二两三四五六七八九十]{1,3})\s?年"
                            r"(?:来|间|内|里)?(?:累计|共)?(?:"
                            + "|".join(sorted({*changes.INCREASE, *changes.DECREASE},
                                              key=len, reverse=True)) + ")")
#: a move's start from the year before, after the name that moved (X 由上年的 a 增至 b)
_FROM_PRIOR = re.compile("(?:" + "|".join(changes.FROM_LEVEL) + ")(?:" + "|".join(
    sorted(changes.PRIOR_BASE, key=len, reverse=True)) + ")")


def subject_of(lead: str, scored: bool = False) -> tuple[str, str | None]:
    """A clause's words before its first figure as (subject, measure its words name).

    Before a score (``scored``: 预算执行率 10 分, 产出指标 45 分) the words name an
    indicator even when they are only rate or measure words.
    """
    text = _IN_WHOLE.sub("", lead.strip()).lstrip("、，,")  # …在 X 中所占比重为: X is the whole
    if years_counted(text) is not None:
        return "", measure_of(text)  # 由 a 扩大到 b，三年增加 c: the span's, no name of its own
    if _moved_for_cause(text):
        return "", measure_of(text)  # 因疫苗采购价格下降调减 85 万元: why it moved, no name
    verb = _total_verb(text)
    if verb is not None:  # 累计下达 / 专项资金共拨付: the name before the total's words
        text = text.rstrip()[:-len(verb)]
    ranked = _RANKED.match(text) or _REASON_OPEN.match(text)
    if ranked is not None and ranked.end() < len(text):
        return subject_of(text[ranked.end():], scored)  # 降幅最大的是省体育局: 省体育局's
        # (减少原因是按规定上缴车辆 2 辆: the figure the reason names, not the one it explains)
    body = _MARKER.sub("", text).lstrip()
    closed = frame_closed(body)
    if closed is not None:  # 与上年相比，收入、支出分别减少: the name after the frame
        return subject_of(closed, scored)
    framed = _framed_subject(body)
    if framed:  # 与 2023 年度收入总计 1,690.25 万元相比: the figure is 收入总计's
        return framed, measure_of(text)
    if body.startswith(_RELATIONAL) and not body.startswith(ratios.SHARE_OPEN_IN_NAMES) \
            and not body.startswith(changes.NAMES_LIKE_CHANGES) \
            and not body.startswith(cues.DEDUCTION_OPEN) \
            and not _ADJUSTED_SUM.fullmatch(body):  # 减去上解支出: a part taken away
        return "", measure_of(text)
    # 基本支出占一般公共预算财政拨款支出的比重为: the name is before the comparison, however
    # long what it is compared with
    text = _after_includes(_longest_name(_before_comparison(
        _YEAR.sub("", _YEAR_END.sub("", _YEAR_OF_BALANCE.sub("年", text))).lstrip("、"))))
    # (本年末滚存结余 / 2022 年初专项债务余额: the year is the figure's period, 年末 and 年初 stay
    # the balance's name; 2023 年度、2022 年度本年支出: no 、 left first; 2021 年末城乡低保
    # 对象: the year's end is the figure's time, no 末 left first)
    if text.strip().startswith(ratios.RATE_OPEN) \
            and _rate_against(text.strip(), _PLAN_NAMES) is not None:
        return "", TARGET  # 完成 a，为年度计划 b 的 p% / 完成市下达计划 b 的 p%: the plan of the
        # figure before
    measure = measure_of(text)
    previous = None
    while previous != text:
        previous = text
        text = text.strip().strip(_QUOTES + " ")
        text = _MARKER.sub("", text)
        # each list is tried only when one of its words begins (ends) the text: most
        # leads have none, and a word that does not begin the text changes nothing
        if text.startswith(_LEADING_COPULA):
            for word in _LEADING_COPULA:
                if text.startswith(word) and text[len(word):].startswith(ratios.BUDGET_NAMES):
                    text = text[len(word):]
        if text.startswith(cues.PARTS_OPENERS):
            for opener in cues.PARTS_OPENERS:
                if text.startswith(opener):
                    text = text[len(opener):].lstrip("：:")
                    break
        if text.startswith(_LEADING_WORDS):
            for word in _LEADING_WORDS:
                if text.startswith(word) and not (
                        word in _BALANCE_DATES and any(b in text for b in _BALANCES)) \
                        and not text.startswith(changes.CARRIED_IN):  # 上年结余: a name
                    text = text[len(word):]
        text = _CUT_OFF.sub("", _YEAR.sub("", text))
        if text.startswith("的") and len(text) > 3:
            text = text[1:]  # 2021 年的“三公”经费: the 的 of the year taken out before it
        if text.endswith(_TRAILING_WORDS) and not text.endswith(_ENDS_LIKE_TRAILING):
            for size in range(min(_LONGEST_TRAILING, len(text) - 1), 0, -1):
                if text[-size:] in _TRAILING_SET and not ends_a_word(
                        text, text[-size:]):  # the longest trailing word it ends with (the
                    # 约 of 签约 is the verb's: 常住人口签约 201,694 人)
                    text = text[:-size]
                    break
    named = scored or measure in SCORE_MEASURES  # 预算执行率得分 9.8 分: an indicator's name
    stripped = _strip_measure(text)
    if scored and len(stripped) < 2 and len(_without_score_words(text)) >= 2:
        # (其中预算执行 16.0 分、预算执行得分 18.0 分: before a score, a budget's or an actual's
        # words alone are the indicator's name; 得分 alone names none)
        stripped = _without_score_words(text)
    text = stripped
    for word in changes.FROM_LEVEL:  # 收入由年初预算 …: 由 was before the measure words
        text = text.removesuffix(word)
    if "”" in text and "“" not in text:
        text = text.replace("”", "")  # “三公”经费 with its opening quote cut off with the year
    if text in cues.TOTAL_LEADS:
        text = ""  # 累计下达 a: the words of a total, its measure's verb cut off, name nothing
    return (text if len(text) >= 2 and (named or not _only_words(text)) else ""), measure


#: the words of a figure that adds the one before to another named (与公务接待费合计为)
_WITH_ANOTHER = re.compile(r"与[^，,；;。与]{2,16}?(?:合计|共计|总计|加总|之和)(?:为|是|达)?")


def _after_includes(text: str) -> str:
    """收入总计包括本年收入 (a figure after it): the figure is of the part named after the
    verb, not of the whole before it (that whole states its own figure elsewhere)."""
    for verb in _INCLUDES:
        at = text.rfind(verb)
        if at >= 2 and len(text) - at - len(verb) >= 2:
            return text[at + len(verb):]
    return text


#: verbs by which a whole names its parts in one clause (X 包括 A a 和 B b)
_INCLUDES = ("包括", "包含")
#: words after which the name of what a figure measures begins (…单位使用财政拨款安排的“三公”经费)
_NAME_AFTER = ("的", "安排", "使用", "用于", "开支", "完成", "实现")
#: the longest lead kept whole; a longer one is a sentence, and its last name is the subject
MAX_SUBJECT = 20
#: the fewest characters of the kind a long list of names ends with after 等 (…等民生支出)
MIN_NAME_AFTER_LIST = 3
#: the fewest characters after a class's mark (类) at the end of a long lead that name its figure
MIN_AFTER_CLASS = 4
#: the mark of a level of the government classification after its name (城乡社区支出(类))
_CLASS_LEVEL = re.compile(r"\((?:类|款|项)\)")
#: a bracket inside a name, with what it holds
_ASIDE = re.compile(r"\([^()]*\)")
#: a lead that only lists names (A、B、C 等), each short, however long the list
_NAME_LIST = re.compile(r"[^、，,。；;：:（）()]{1,12}(?:、[^、，,。；;：:（）()]{1,12}){1,7}等?")


def _longest_name(text: str) -> str:
    """The name at the end of a long lead: a sentence's last noun phrase, not the sentence."""
    listed = text.rfind("等")  # 用于教育、医疗卫生、社会保障等民生领域支出: the kind named last
    if listed > 0 and "、" in text[:listed] \
            and MIN_NAME_AFTER_LIST <= len(text) - listed - 1 <= MAX_SUBJECT:
        return text[listed + 1:]
    if len(text) <= MAX_SUBJECT or _NAME_LIST.fullmatch(text):
        return text  # 加上级补助收入、上年结余、动用预算稳定调节基金等: names, kept whole
    level = next(reversed(list(_CLASS_LEVEL.finditer(text))), None)
    if level is not None and MIN_AFTER_CLASS <= len(text) - level.end() <= MAX_SUBJECT \
            and text[level.end():].lstrip("的") not in cues.CATEGORIES:
        return text[level.end():]  # 城乡社区支出(类)国有土地使用权出让收入安排的支出: the
        # name after its class's
    unbracketed = _ASIDE.sub("", text)
    if len(unbracketed) <= MAX_SUBJECT:
        return unbracketed  # 义务教育阶段(含随班就读、…)在校生人数: the name without its aside
    for word in _NAME_AFTER:
        at = text.rfind(word)
        if at >= 0 and len(text) - at - len(word) >= 2 \
                and text[at + len(word):].lstrip("的") not in cues.CATEGORIES:
            text = text[at + len(word):]  # (…出让收入安排的支出: not a bare 支出)
    if len(text) <= MAX_SUBJECT:
        return text
    # counted without the quotes and the measure words its end loses later (…“三公”经费支出
    # 预算为: 一般公共预算财政拨款“三公”经费支出 is whole)
    said = text.rstrip("为是达：:")
    tail = len(text) - len(_strip_measure(said))
    window = MAX_SUBJECT + tail
    window += sum(text[-window:].count(q) for q in _QUOTES)
    return text[-window:]


def _only_words(text: str) -> bool:
    """A lead made only of direction, comparison or measure words names no subject."""
    rest = text
    # taking words out makes no new characters: only the words whose first character is
    # in the text can be found in it, first to last as the list has them
    by_first = _not_a_subject_by_first()
    for index in sorted({i for char in set(text) for i in by_first.get(char, ())}):
        rest = rest.replace(_NOT_A_SUBJECT[index], "")
    rest = rest.strip("的数额")
    return len(rest) < 2 and rest != _CATEGORY


#: the noun that makes measure words a category's name (预算执行类 22 个: audit findings by kind)
_CATEGORY = "类"


@cache
def _not_a_subject_by_first() -> dict[str, tuple[int, ...]]:
    """The positions in ``_NOT_A_SUBJECT`` of the words each character begins, built on
    first use (an empty word takes nothing out)."""
    found: dict[str, list[int]] = {}
    for index, word in enumerate(_NOT_A_SUBJECT):
        found.setdefault(word[:1], []).append(index)
    return {char: tuple(indexes) for char, indexes in found.items()}


#: what ``_only_words`` takes out, each list longest first, in the order it takes them
_NOT_A_SUBJECT = tuple(
    word
    for words in (changes.COMPARE, changes.INCREASE, changes.DECREASE, changes.PRIOR_BASE,
                  changes.HEDGED_FLAT, changes.FLAT, tuple(changes.CHANGE_NOUNS),
                  ratios.SHARE_WORDS, ratios.RATE_WORDS, changes.REACHED, changes.TO_LEVEL,
                  changes.LIKE_FOR_LIKE,
                  tuple(w[:-1] for w in changes.TO_LEVEL if len(w) >= 3),  # 调整(为)
                  completion.DEGREE, *(group for group, _ in measures.MEASURE_WORDS))
    for word in sorted(words, key=len, reverse=True))


#: measure words a subject does not end with, each group's longest first, each with 数 too
_MEASURE_ENDINGS = tuple(suffix for group, _ in measures.MEASURE_WORDS
                         for word in sorted(group, key=len, reverse=True)
                         for suffix in (word + "数", word))


def _strip_measure(text: str) -> str:
    """``商品服务支出预算数`` -> ``商品服务支出``: measure words at the end name no subject."""
    changed = True
    while changed and not text.endswith(measures.PAYMENT_NAMES):  # (一般性转移支付: a name)
        changed = False
        if text.endswith(_MEASURE_ENDINGS):  # else no suffix below can match
            for suffix in _MEASURE_ENDINGS:
                if text.endswith(suffix) and len(text) - len(suffix) in (0, *range(2, 99)):
                    text = text[:-len(suffix)]
                    changed = True
                    break
        if text.endswith(_AMOUNT_WORDS):
            for word in _AMOUNT_WORDS:
                if text.endswith(word) and len(text) - len(word) >= 2 \
                        and not text.endswith(("人数", "户数", "次数", "个数")):
                    text = text[:-len(word)]
                    changed = True
        if changed and text.endswith(_AUXILIARIES) and len(text) > 3:
            text = text[:-1]  # 市级财政资金已支付: the 已 of 已支付 names nothing
    return text


def _without_score_words(text: str) -> str:
    """``预算执行得分`` -> ``预算执行``: only the words of a score or a weight taken off."""
    for word in _SCORE_ENDINGS:
        if text.endswith(word):
            return text[:-len(word)]
    return text


#: the words of a score and of a weight, longest first
_SCORE_ENDINGS = tuple(sorted((word for group, measure in measures.MEASURE_WORDS
                               if measure in SCORE_MEASURES for word in group),
                              key=len, reverse=True))


#: words for an amount a subject does not end with, in the order they are cut (合同总金额: its
#: 总 with it)
_AMOUNT_WORDS = ("总金额", "金额", "数额", "总额", "资金数", "数")


#: one-character words before a measure verb (已支付 / 已到位)
_AUXILIARIES = ("已",)


def _colon_key(text: str, clauses: list[Clause], index: int) -> str | None:
    """The words of the clause before this one in its sentence, when a colon ends it
    (预算数：360.00 万元 / 加上：上年结转 …), else None."""
    if index == 0:
        return None
    before = clauses[index - 1]
    if before.sentence != clauses[index].sentence \
            or text[before.end:before.end + 1] not in cues.COLONS:
        return None
    return before.text(text).strip()


def _keyed(words: str) -> bool:
    """``预算数：360.00 万元；执行数：342.18 万元；执行率：95.05%``: a table row written out, each
    value after its column's name and a colon. Only a name that is all measure or rate
    words (预算数, 执行数, 执行率) gives the figure its words."""
    bare = words
    for word in _KEY_WORDS:
        bare = bare.replace(word, "")
    return bool(words) and not bare.strip("全年度")


#: the column names of a written-out table row that name a figure's measure or rate
_KEY_WORDS = ("年初预算数", "全年预算数", "调整后预算数", "调整预算数",
              # (预算执行数：2,311.35 万元；预算执行率：93.58%: self-evaluation forms)
              *measures.BUDGET_DONE, "预算执行率", "预算完成率",
              "预算数", "决算数", "执行数", "支出数", "实际支出", "执行率", "完成率", "到位率",
              "支付率")


def _said_before(text: str, position: int, words: tuple[str, ...]) -> bool:
    """Do the words right before ``position`` (blanks aside) end with one of ``words``?

    Only a window before it is read: normalized text keeps no run of blanks, and a
    copy of all the paragraph before each figure grows with the square of its length.
    """
    return text[max(0, position - LOOK_BEHIND):position].rstrip().endswith(words)


#: units a bound (以下) may follow: 35 岁以下 is an age group, not a list announced
_BOUNDED_UNITS = ("岁", "分", "元", "人", "年", "个", "%")
#: how many characters before a figure ``_said_before`` reads
LOOK_BEHIND = 32


def _operand(text: str, found: Found) -> bool:
    """按执行率 95.60% 乘以 10 分计得 9.56 分: a figure a computation multiplies or divides
    by is a factor of the working, not a figure of a subject."""
    return _said_before(text, found.start, cues.OPERATORS)


def _bounds_a_band(text: str, found: Found) -> bool:
    """90 分（含）以上的 1,276 个 / 80 分至 90 分的 593 个 / 80 分以下的: a bound of a band of
    scores the figure after it counts, not a score of anything."""
    if found.quantity is None:
        return False
    if found.quantity.dimension == "money":  # 收入 50 万元以上的 9 个 / 10 万元至 50 万元的 14 个
        return _MONEY_BAND_OF.match(text, found.end) is not None \
            and (bool(found.quantity.qualifier) or text[:found.start].rstrip().endswith(
                scores.BAND_UPPER) or _MONEY_BAND_TO.match(text, found.end) is not None)
    if found.quantity.unit != scores.SCORE_UNIT:
        return False
    if _BAND_OF.match(text, found.end) is not None:
        return True
    after = text[found.end:found.end + len(_BAND_CLOSE)]
    bounded = bool(found.quantity.qualifier) \
        or text[:found.start].rstrip().endswith(scores.BAND_UPPER)
    return bounded and (after.startswith("的") or after == _BAND_CLOSE)  # 80 分以下的 / 至 90 分的


def price_band_at(text: str, position: int) -> bool:
    """单价 50 万元以上通用设备 4 台 (every 部门决算's assets): is the number at ``position``
    the price band of the kind counted after it, no amount of anything?"""
    return _PRICE_BAND.match(text, position) is not None \
        and _said_before(text, position, _PRICE_WORDS)


#: the words a price band follows (单价 / 单位价值 50 万元以上)
_PRICE_WORDS = (*cues.UNIT_PRICE, "单位价值", "价值")
#: a price band's bound, right before the name of what it bands
_PRICE_BAND = re.compile(r"(?<![0-9,.])[0-9][0-9,]*(?:\.[0-9]+)?\s?(?:万元|亿元|千元|元)\s?"
                         r"(?:及?以上|及?以下)"
                         r"(?=[\u4e00-\u9fff])")
#: what may close a band's upper bound before its 的
_BAND_CLOSE = "(不含)的"
#: what follows an amount that bounds a band of what the count after it counts (50 万元以上的
#: 9 个 / 10 万元（含）至 50 万元的 14 个: villages, firms and households by income), up to the
#: count's first digit
_MONEY_BAND_OF = re.compile(r"\s?(?:\(含\)|\(不含\))?\s?(?:及?以上|及?以下|(?:至|到|~|-|—)\s?"
                            r"[0-9]{1,5}(?:\.[0-9]{1,2})?\s?[万亿]?元(?:\(含\)|\(不含\))?"
                            r"(?:以下)?)?\s?的(?:有)?\s?[0-9]")
#: a band's lower bound, its upper one after it (10 万元（含）至 50 万元的)
_MONEY_BAND_TO = re.compile(r"\s?(?:\(含\)|\(不含\))?\s?(?:至|到|~|-|—)")
#: what follows a score that bounds a band, up to the 的 before the band's count
_BAND_OF = re.compile(r"(?<!\s)\s?(?:\(含\))?\s?(?:及?以上|及?以下|(?:至|到|~|-|—)\s?"
                      r"[0-9]{1,3}(?:\.[0-9]{1,2})?\s?分?(?:\(不含\)|\(含\))?(?:以下)?)\s?的")


def _announces(text: str, found: Found) -> bool:
    """具体为以下三类： the count of a list about to follow, not a figure of a subject."""
    if found.quantity is None or found.quantity.dimension in ("money", "ratio") \
            or not _said_before(text, found.start, cues.CUE_FILLER_HEADS):
        return False
    before = text[max(0, found.start - LOOK_BEHIND):found.start].rstrip()
    if before.endswith(_GROUP_BOUNDS):
        return False  # 高中及以下 25 人: a group and those below it, never a list announced
    head = before[-3:-2]  # the character before 以下 / 如下
    return not (head.isdigit() or head in _BOUNDED_UNITS)  # 35 岁以下 13 人: a group's count


#: the words that close a group's name by a bound with the group itself (本科及以上, 高中及以下)
_GROUP_BOUNDS = ("及以下", "及以上")


def _header_measure(text: str, clauses: list[Clause], index: int) -> str | None:
    """The measure a sentence's opening label gives its indicators' figures (年度目标：… /
    实际完成：…): the sentence's first clause, if it holds only such a label and a colon
    ends it. Money keeps the measure its own words give (预算 / 支出)."""
    sentence = clauses[index].sentence
    first = next(k for k in range(index, -1, -1)
                 if k == 0 or clauses[k - 1].sentence != sentence)
    if first == index:
        return None
    colon = next((k for k in range(index, first, -1) if clauses[k].opener in cues.COLONS), None)
    if colon is not None and clauses[colon - 1].text(text).strip(" ：:").endswith(
            measures.WEIGHT_HEADERS):
        return "weight"  # …，一级指标分值设置为：决策 15 分、过程 20 分: the points of each
    if clauses[first + 1].opener not in cues.COLONS:
        return None
    label = _YEAR.sub("", clauses[first].text(text)).strip(" ：:")
    return measures.HEADER_MEASURES.get(label)


def measure_of(words: str) -> str | None:
    """The measure the words name (budget, actual ...), by the first table entry they hold."""
    for fund in (*measures.FUND_NAMES, *measures.PAYMENT_NAMES, *measures.RIGHT_NAMES,
                 *measures.WORK_NAMES):
        words = words.replace(fund, "")
    if measures.ARRANGED in words and (measures.ACCOUNTED in words or any(
            spending in words for spending in measures.ARRANGED_SPENDING)):
        # 财政拨款安排的三公经费决算数 / 专项债券安排的支出: a name's 安排
        words = words.replace(measures.ARRANGED, "")
    if ((words.startswith(measures.SPENT_FROM) and measures.BUDGET_WORD in words[2:])
            or any(done in words for done in measures.BUDGET_DONE)) \
            and not _NOT_DONE.search(words):
        return "actual"  # 使用当年预算 / 预算执行数: spent out of the budget
    if measures.RECEIVED in words:
        return "actual"  # 本年收到省级下达资金: what came in, whatever plan sent it
    for group, measure in _MEASURE_PATTERNS:
        if group is not None and group.search(words):  # a search for any of its words
            return None if measure == "actual" and _NOT_DONE.search(words) else measure
    return None


#: an actual's word denied (未拨付 / 尚未支付): what remains, not what was done
_NOT_DONE = re.compile("(?:" + "|".join(map(re.escape, measures.NOT_DONE)) + ")(?:"
                       + "|".join(map(re.escape, next(group for group, measure
                                                      in measures.MEASURE_WORDS
                                                      if measure == "actual"))) + ")")


#: each group of ``measures.MEASURE_WORDS`` as one pattern of its words (None: no words):
#: one search instead of a test per word
_MEASURE_PATTERNS = tuple((re.compile("|".join(map(re.escape, group))) if group else None,
                           measure) for group, measure in measures.MEASURE_WORDS)


#: the two flows a budget or an account states side by side
FLOWS = ("收入", "支出")


def _pair_measure(subject: str, before: Sequence[Statement], sentence: int) -> str | None:
    """``年初预算收入 240.99 万元、支出 240.99 万元`` / ``决算收入为 x，支出为 y``: a bare
    flow right after the other flow of the same sentence is of that flow's measure."""
    if subject not in FLOWS or not before:
        return None
    previous = before[-1]
    other = FLOWS[1 - FLOWS.index(subject)]
    if previous.sentence != sentence or not previous.lead.endswith(other):
        return None
    return previous.measure


def _label(left: str, subject: str) -> str:
    words = _clean_name(left)
    words = _YEAR.sub("", words)
    return (subject + (words if not subject or not words.startswith(subject) else "")
            if subject else words)[:40]


_QUOTE_SKIP = re.compile("(?:" + "|".join(map(re.escape, sorted(
    (*cues.PARTS_OPEN, *_CONNECTORS), key=len, reverse=True))) + r")[：:]?")


def _quote_start(text: str, previous_end: int, start: int, first: bool, clause_start: int
                 ) -> int:
    """Where a figure's quote begins: where its subject begins (after 其中 / 1.), or the figure."""
    begin = clause_start if first else previous_end
    while begin < start:
        if text[begin] in " ,，、:：(":
            begin += 1
            continue
        marker = _MARKER.match(text, begin) or _QUOTE_SKIP.match(text, begin)
        if marker is None or marker.end() == begin:
            break
        begin = marker.end()
    return begin if start - begin <= 30 else start


#: characters after a classifier that end the noun it counts
_NOUN_STOP = re.compile(r"[，,。；;：:、()\s0-9“”]|(?:的|在|已|累计|和|及|与|为|是|等|"
                        r"(?<!公)共(?![享同建])|由|用于|全部|全|均|各|都|说明|公开|获得|实现|完成|开展|进行|参加|负责|承担|较|"
                        r"相比|比较|对比|"
                        # 较上年的 1,285 辆减少 37 辆: a change, not what is counted (与上年的
                        # 1,326 人相比增加 39 人: nor the frame's close); 共 is a
                        # word of its own, not of 公共, 共享, 共同 or 共建 (四类公共体育设施)
                        # 由 2,360 件变为 2,618 件: the verb of the level it became
                        + "|".join(sorted({w for w in (*changes.INCREASE, *changes.DECREASE,
                                                       *changes.TO_LEVEL) if len(w) >= 2},
                                          key=len, reverse=True)) + ")")


def noun_after(text: str, end: int, limit: int = 8) -> str:
    """The noun right after a count (``8 个项目985万元`` -> 项目)."""
    window = text[end:end + limit + 2]
    stop = _NOUN_STOP.search(window)
    noun = window[:stop.start()] if stop else window[:limit]
    moved = next((at for at in range(len(noun)) if noun.startswith(_MOVE_WORDS, at)), None)
    if moved is not None:
        noun = noun[:moved]  # (较上年末的 15 家净增 2 家: 净增 is the change's, no noun)
    return noun if all("\u4e00" <= ch <= "\u9fff" for ch in noun) else ""


#: words of a change that may follow a count right away (15 家净增 2 家 / 120 人增加到 …)
_MOVE_WORDS = tuple(sorted({word for word in (*cues.NET_CHANGE, *changes.INCREASE,
                                               *changes.DECREASE) if len(word) > 1},
                           key=len, reverse=True))  # (not 增 / 减 alone: 3 个减贫项目)
