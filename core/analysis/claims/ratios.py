"""Shares of a whole (占 X 的 p%) and rates of an item's own figures (执行率, 完成率, 到位率)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from crossfoot.analysis.claims.breakdowns import Breakdown, parts_nest
from crossfoot.analysis.claims.common import (
    BUDGETS,
    budget_measures,
    category,
    complement_fits,
    first_figure,
    in_sentence,
    key,
    make_a_hundred,
    owed,
    ratio_fits,
    same_kind,
    without_owner,
)
from crossfoot.analysis.items import Item
from crossfoot.analysis.labels import MEASURE_SUFFIXES, is_generic
from crossfoot.analysis.measures import EXECUTION_LABEL
from crossfoot.analysis.statements import (
    BASE,
    CHANGE,
    LEVEL,
    RATE,
    SHARE,
    TO,
    WHOLE,
    Statement,
    formula_of,
)
from crossfoot.analysis.vocabulary import attributes, breakdowns, changes, cues, per_unit, ratios
from crossfoot.analysis.vocabulary import measures as measures_words
from crossfoot.analysis.vocabulary.measures import BUDGET_MEASURES
from crossfoot.model.sums import PARTIAL, check_sum


@dataclass(slots=True)
class ShareSet:
    """Shares of one whole stated side by side: together they are at most all of it."""

    shares: list[Statement]
    whole: str  # the whole's name as written ('' when the sentence names none)
    complete: bool


@dataclass(slots=True)
class Ratio:
    kind: str  # share or rate
    stated: Statement
    part: Statement
    whole: Statement
    certain: bool


def bracketed_shares(breakdowns_found: Sequence[Breakdown]) -> list[Statement]:
    """合计 a。其中：A b（65.1%），B c（26.7%）…: a bare percentage in brackets after each
    part's amount is its share of the total, where every part has one and together they
    make 100 % within their rounding and a few points (one of them may be the wrong one;
    rates or changes of each come nowhere near). Read so in place; the statements so read
    are returned."""
    read: list[Statement] = []
    for breakdown in breakdowns_found:
        bracketed = [_bracketed_percent(part) for part in breakdown.parts]
        found = [s for s in bracketed if s is not None]
        if len(found) < 2 or len(found) != len(bracketed):
            continue
        if make_a_hundred([s.quantity for s in found], SHARES_OFF_BY):
            for statement in found:
                statement.role = SHARE
            read.extend(found)
    return read


#: how far shares in brackets may sum from 100 % beyond their rounding and still be read as
#: shares (a share misprinted by a few points: 8.4 for 7.9)
SHARES_OFF_BY = Decimal(3)


def _bracketed_percent(part: Item) -> Statement | None:
    """The part's one bare percentage in brackets right after its one amount, if so."""
    levels = part.levels()
    if len(levels) != 2 or levels[0].dimension != "money" or levels[1].quantity.unit != "%" \
            or not levels[1].aside or levels[0].aside or levels[1].label:
        return None
    return levels[1]


def find_ratios(items: Sequence[Item], breakdowns_found: Sequence[Breakdown],
                index: dict[str, list[Item]]) -> list[Ratio]:
    parent = {p.id: b for b in breakdowns_found for p in b.parts}
    found: list[Ratio] = []
    scope = _Scope(index, items)
    #: the items read so far, by paragraph: a rate looks for its figures only in its own
    earlier: dict[str, list[Item]] = {}
    planned: list[Statement] = []  # the plans of all a project's funds read so far
    #: the whole the last share of each sentence named (A …，占 W 的 p%；B …，占 q%: W too)
    sentence_whole: dict[tuple[str, int], str] = {}
    #: the figure that whole was read as, where it was read for certain
    whole_read: dict[tuple[str, int], Statement] = {}
    paragraphs: list[str] = []  # in the order read
    rates_in = Counter((s.paragraph, s.sentence) for item in items for s in item.of(RATE)
                       if EXECUTION_LABEL.search(s.label))  # (执行率, not 到位率)
    budgeted = {item.paragraph for item in items for s in item.levels() if s.measure in BUDGETS}
    for item in items:
        if item.paragraph not in earlier:
            paragraphs.append(item.paragraph)
        before = earlier.setdefault(item.paragraph, [])
        for statement in item.statements:
            if statement.role == SHARE:
                place = (item.paragraph, statement.sentence)
                if statement.whole and item.opened_by is None:  # not a part's part (其中)
                    sentence_whole[place] = statement.whole
                inherited = sentence_whole.get(place) if item.opened_by is None else None
                if not statement.whole and _sibling_named(item, inherited or "", parent):
                    inherited = None  # 人员经费占基本支出的 p%；项目支出 …，占 q%: not of 基本支出
                ratio = _share(item, statement, parent.get(item.id), scope, parent,
                               statement.whole or inherited)
                if ratio is not None and ratio.certain and _year_flow_of_grand_total(
                        statement.whole or inherited or "", ratio.whole):
                    ratio = replace(ratio, certain=False)
                if ratio is not None and ratio.certain and statement.whole \
                        and item.opened_by is None:
                    whole_read[place] = ratio.whole
                if ratio is not None and ratio.certain and not statement.whole \
                        and parent.get(item.id) is not None and place in sentence_whole \
                        and sentence_whole[place] != ratio.whole.lead \
                        and whole_read.get(place) is not ratio.whole:
                    # 行政单位资产 2,134 亿元，占全市 53.8%，其中：A 583 亿元，占 4.7% …: of
                    # the list's total, or of the 全市 its sentence named? Either may be meant
                    # (unless that name was read as this very figure: 本年收入合计 a。A b，占本年
                    # 收入合计的 p；B c，占 q)
                    ratio = replace(ratio, certain=False)
            elif statement.role == RATE and any(word in statement.label
                                                for word in measures_words.FORECAST):
                continue  # 预计全年执行 a，全年预计执行率 p: a forecast's, of figures to come
            elif statement.role == RATE and _rate_verb(statement.label) is not None:
                # 回收率, 合格率 only so, or of a plan of the verb and what was done of it (应分配
                # a 万元，实际分配 b 万元，分配率 p: amounts of a verb the count rates know)
                ratio = _named_count_rate([*before, item], statement) or _planned_verb_rate(
                    [*before, item], statement)
            elif statement.role == RATE:
                ratio = _rate(item, statement) or (
                    _rate(before[-1], statement) if before and in_sentence(before[-1], item)
                    and _rest_between(item, statement) else None) or _budget_share(
                    [*before, item], item, statement) or _inline_plan_rate(
                    item, statement) or _paragraph_budget_rate(
                    before, item, statement) or (_budget_just_before(
                    paragraphs, earlier, item, statement)
                    if rates_in[item.paragraph, statement.sentence] == 1
                    and item.paragraph not in budgeted else None
                ) or _namesake_budget_rate(
                    item, statement, index, before) or _count_completion_rate(
                    [*before, item], statement) or _sentence_plan_rate(
                    [*before, item], statement) or _received_rate(
                    [*before, item], statement, planned) or _own_fund_rate(
                    item, statement, index) or _named_count_rate(
                    [*before, item], statement, ratios.LAST_COUNT_RATE_VERBS) or _spent_of_funds(
                    [*before, item], statement) or _planned_verb_rate([*before, item], statement)
                if ratio is not None and ratio.certain and (owed(ratio.part) or (
                        item.id in parent and not ratio.part.lead
                        and (ratio.part.sentence != ratio.whole.sentence
                             or _fits_total(ratio, parent[item.id])))
                        or (item.id in parent and _total_makes(ratio, parent[item.id]))):
                    # (中央资金中，用于 A a，用于 B b。已支出 c，执行率 p%: c, with no name of its
                    # own in the sentence after a list, is its last part's only as a guess; so
                    # is c in the list's sentence where the rate is of the list's total, and
                    # the last part's own figure where the total's makes the rate: 合计 a，分别
                    # 为 A b、C c，完成下达任务 d 的 p)
                    ratio = replace(ratio, certain=False)
            elif statement.role == LEVEL and statement.quantity.unit == "%":
                ratio = _formula_rate([*before, item], statement) or _planned_verb_rate(
                    [*before, item], statement)
            else:
                continue
            if ratio is not None:
                found.append(ratio)
        before.append(item)
        if _plans_all_funds(item):
            planned.extend(s for s in item.levels() if s.dimension == "money")
    return found


def _year_flow_of_grand_total(whole_name: str, whole: Statement) -> bool:
    """占本年收入的 p% read as of a 收入总量 / 总计 (the year's flow with what was carried in
    and transferred): the year's own flow may be another figure, so the reading is a guess."""
    return whole_name.startswith(ratios.YEAR_FLOW) and whole.grand


def _total_makes(ratio: Ratio, breakdown: Breakdown) -> bool:
    """Is the rate, read as its list's last part over the whole, also (and only as well) the
    list's total over that whole, said in the same sentence?"""
    total = first_figure(breakdown.total)
    return breakdown.parts[-1].statements[0] is ratio.part and total is not None \
        and total.sentence == ratio.stated.sentence and same_kind(total, ratio.whole) \
        and ratio_fits(total, ratio.whole, ratio.stated) is True


def _fits_total(ratio: Ratio, breakdown: Breakdown) -> bool:
    """Does the rate fit its part over the total of the list its item is the last part of?"""
    total = first_figure(breakdown.total)
    return total is not None and total.dimension == ratio.part.dimension \
        and ratio_fits(ratio.part, total, ratio.stated) is True


def _budget_just_before(paragraphs: Sequence[str], earlier: dict[str, list[Item]], item: Item,
                        stated: Statement) -> Ratio | None:
    """预算执行率 of what a paragraph says was spent, against the one budget of the paragraph
    right before it (（一）资金到位情况。…预算资金 a …（二）资金执行情况。…发放 b，预算执行率
    p%: self-evaluations give the funds and their use apart). Asked only where the rate's
    paragraph states no budget, and of a sentence's one rate: several (中央资金完成 a，执行率
    p；省级资金 …) are each fund's, of budgets the paragraph before gives among others."""
    if len(paragraphs) < 2 or paragraphs[-1] != item.paragraph:
        return None
    funds = earlier.get(paragraphs[-2], [])
    ratio = _paragraph_budget_rate(funds, item, stated)
    if ratio is None or (stated.quantity.value <= _ALL and check_sum(
            ratio.whole.quantity, [(1, ratio.part.quantity)], PARTIAL).verdict == "exceeds"):
        return None  # (支付 76 万元，执行率 92.54% against a budget of 13: another budget)
    return ratio


#: the percentage of all of a budget
_ALL = 100


def _paragraph_budget_rate(before: Sequence[Item], item: Item, stated: Statement
                           ) -> Ratio | None:
    """预算执行率 of an item that states only what was spent: the paragraph's one budget.

    ``项目年度预算资金 436 万元，… 实际支出资金 412.58 万元，预算执行率为 92.8%``:
    the rate names the budget, and the paragraph states exactly one (``before``: the
    paragraph's items before ``item``).
    """
    bare = stated.measure == "actual" and stated.label == _EXECUTION
    if not (stated.measure == "budget" or bare) or stated.whole:
        return None
    # 年度预算 186 万元，…；全年支出 171.12 万元，执行率 92%: a bare 执行率 of what was spent
    spent_words = key(item.subject).endswith(_SPENT) and not any(
        word in item.subject for word in measures_words.NOT_DONE)  # (累计支出 a，预算执行率 p
    # too; never 未支出)
    spent = [s for s in item.levels() if s.dimension == "money" and s.sentence == stated.sentence
             and s.start < stated.start
             and (s.measure == "actual" or (spent_words and s.measure is None))]
    budgets = [s for other in before if (bare or _one_category(other, item))
               for s in other.levels() if s.dimension == "money" and s.measure == "budget"]
    initial = not budgets  # (年初预算 a …。累计支出 b，预算执行率 p: the one budget said)
    if initial:
        budgets = [s for other in before if (bare or _one_category(other, item))
                   for s in other.levels()
                   if s.dimension == "money" and s.measure == "budget_initial"]
    if len(spent) != 1 or not _one_value(budgets):
        return None
    at = next(k for k, other in enumerate(before) if budgets[-1] in other.statements)
    if any(other.opened_by is not None and in_sentence(other, before[at])
           for other in before[:at + 1]):
        return None  # 来源合计 a，其中：上级资金 b，本级财政安排 c …: c is some of the funds
    # 年初预算 a，其中：基本支出 b …。其中，基本支出执行 c，执行率 p%: of its own b, not of a;
    # 上年同期预算 b，支出 c，执行率 p%: of the budget its own item states
    if any(key(other.subject) == key(item.subject) and other.levels() for other in before
           if budgets[-1] not in other.statements) or any(
            s.measure in BUDGETS and s.start < stated.start for s in item.levels()):
        return None
    received = [s for other in (*before, item) for s in other.levels()
                if s.dimension == "money" and s.start < stated.start]
    # (可用资金 1,520.40 万元，其中：当年预算 1,334.00 万元 …: the funds the budget is said
    # among, which the rate may be of)
    available = [s for other in before if budgets[-1] in other.statements
                 for s in other.levels() if s.dimension == "money" and s.measure is None
                 and ratio_fits(spent[0], s, stated) is not False] or [
        s for other in before for s in other.levels() if s.dimension == "money"
        and s.measure is None and ratio_fits(spent[0], s, stated) is True]
    # (下达资金 a，加上年结转资金 b，全年可用资金 c。…支出 d，执行率 p%: of c, the rate says)
    adjusted = initial and any(s.measure == "adjustment" for other in (*before, item)
                               for s in other.statements)
    return Ratio("rate", stated, spent[0], budgets[-1],
                 not available and not adjusted
                 and not _received_beside(received, spent[0], budgets[-1], stated))


#: a rate named only 执行率, and the word that names what was spent
_EXECUTION, _SPENT = "执行率", "支出"


def _namesake_budget_rate(item: Item, stated: Statement, index: dict[str, list[Item]],
                          before: Sequence[Item] = ()) -> Ratio | None:
    """执行率 of what an item spent against the budget an earlier section gave its name:
    一、项目基本情况：项目年度预算 680.00 万元 … 二、项目实际支出 612.35 万元，执行率 ….

    Read only where the rate's sentence states one amount spent before it, the
    item itself states no budget, and the report before it gives the item's name
    budgets of the rate's year of exactly one value. Only a guess where the rate's own
    paragraph (``before``: its items before the rate's) states an amount of another name
    the rate could be of (评价金额为 9,653.00 万元。…专项资金到位 8,084.06 万元，到位率 83.75%).
    """
    if stated.whole or not item.subject or any(s.measure in BUDGETS for s in item.levels()):
        return None
    spent = [s for s in item.levels() if s.dimension == "money" and s.measure == "actual"
             and s.sentence == stated.sentence and s.start < stated.start]
    budgets = [s for other in index.get(key(item.subject), ()) if other is not item
               for s in other.levels() if s.dimension == "money" and s.measure in BUDGETS
               and s.period == stated.period and s.order < stated.order]
    if len(spent) != 1 or not _one_value(budgets):
        return None
    own = not any(s.dimension == "money" and s.measure != "actual"
                  and budgets[-1].paragraph != s.paragraph
                  for other in before if other is not item and other.paragraph == item.paragraph
                  for s in other.levels())
    return Ratio("rate", stated, spent[0], budgets[-1], own)


def _inline_plan_rate(item: Item, stated: Statement) -> Ratio | None:
    """完成率 of a count or a measure against the plan its own clause names: 播种面积 42.36 万亩，
    完成市下达计划 41.80 万亩的 101.3% / 生猪出栏 38.6 万头，完成计划 36 万头的 107.2%.

    Read only where the rate's clause holds one such plan right before it, and the item's
    sentence one level in the plan's unit before that (money is ``_rate``'s)."""
    plans = [s for s in item.statements if s.role == WHOLE and (
                 s.clause == stated.clause or (s.aside and s.clause == stated.clause - 1))
             and s.start < stated.start and s.dimension not in ("money", "ratio")]
    # (完成省定目标任务（8,500 人）的 107.5%: the plan in brackets right before the rate)
    if len(plans) != 1:
        return None
    plan = plans[0]
    done = [s for s in item.levels() if s.sentence == stated.sentence and s.start < plan.start
            and s.quantity.unit == plan.quantity.unit and s.period == stated.period]
    return Ratio("rate", stated, done[0], plan, True) if len(done) == 1 else None


def _budget_share(upto: Sequence[Item], item: Item, stated: Statement) -> Ratio | None:
    """全年预算 860 万元，实际支出 812.37 万元，年末结转结余 47.63 万元，占全年预算的 5.54%:
    a figure of neither measure said as a share of the budget its sentence states.

    Read only where the rate's words open with 占, its item states one amount, of no
    measure, and the sentence before it exactly one budget of the kind the words name."""
    own = [s for s in item.levels() if s.dimension == "money"]
    if not stated.whole or not stated.label.startswith(ratios.SHARE_OPEN[0]) \
            or len(own) != 1 or own[0].measure is not None:
        return None
    wanted = budget_measures(stated.whole)
    budgets = [s for other in upto for s in other.levels()
               if s.sentence == stated.sentence and s.paragraph == stated.paragraph
               and s.start < own[0].start and s.measure in wanted and same_kind(s, own[0])]
    if len(budgets) != 1 or not stated.whole.endswith(_BUDGET_WORDS):
        return None
    return Ratio("share", stated, own[0], budgets[0], True)


#: how a whole that is a budget ends (占年初预算的 / 占调整预算的 / 占全年预算的)
_BUDGET_WORDS = ("预算", "预算数")


def _sentence_plan_rate(upto: Sequence[Item], stated: Statement) -> Ratio | None:
    """完成率 of money against its plan: 计划投资 1,200 万元，实际完成投资 1,080 万元，
    投资完成率 90%.

    Read only where the rate's sentence states, before it, exactly two amounts:
    one planned or budgeted and one done, of one category (not 收入 against 支出).
    """
    if stated.whole:
        return None
    before = [(other, s) for other in upto for s in other.statements
              if s.sentence == stated.sentence and s.start < stated.start
              and (s.dimension == "money" or s.role == RATE)
              and s.role != CHANGE]  # (较年初预算增加 d: a change against a budget, not one)
    own = [(o, s) for o, s in before if s.segment == stated.segment]
    if len(own) == 2:
        before = own  # …完成率 92.4%；贷款计划发放 4,000 万元，实际发放 3,560 万元，完成率 …
    if any(s.role == RATE for _, s in before):
        return None  # a second rate of the sentence: the amounts are the first one's
    planned = [(o, s) for o, s in before if s.measure in (*BUDGETS, "target") or (
        s.measure is None and any(word in s.label for word in ratios.PLAN_WORDS))]
    done = [(o, s) for o, s in before if s.measure == "actual"]
    if len(before) != 2 or len(planned) != 1 or len(done) != 1 \
            or not _one_category(planned[0][0], done[0][0]):
        return None
    return Ratio("rate", stated, done[0][1], planned[0][1], True)


def _received_rate(upto: Sequence[Item], stated: Statement,
                   planned: Sequence[Statement] = ()) -> Ratio | None:
    """到位率 or 支付率 of all a project's funds: 计划总投资 2,850 万元 … 实际到位资金
    2,622 万元，资金到位率 92% / 已支付资金 2,874.36 万元，资金支付率 88.17%.

    Read only where the rate's sentence states, before it, one amount of funds
    received (or paid) that names no particular fund (a fund's own 到位 is of its
    own plan), and the paragraph up to the rate states one plan of all the funds
    (or, stating none, the document before it does: 一、项目概况 … 二、资金支付情况).
    """
    done = _fund_verb(stated)
    if done is None or stated.whole or _rated_fund(stated):
        return None  # 市级配套资金到位率: of that fund alone
    received = [s for item in upto for s in item.levels()
                if (_all_funds(item.subject, done) or (
                    s.measure == "actual" and _names_no_fund(item.subject)))
                and s.dimension == "money" and s.sentence == stated.sentence
                and s.start < stated.start]
    plans = [s for item in upto if _plans_all_funds(item)
             for s in item.levels() if s.dimension == "money"
             and (s.sentence, s.start) < (stated.sentence, stated.start)] or list(planned)
    if len(received) != 1 or not _one_value(plans):
        return None
    nearer = [s for item in upto for s in item.levels()
              if (done in s.label or (s.measure == "actual" and s.dimension == "money"))
              and received[0].start < s.start < stated.start and s.sentence == stated.sentence]
    if nearer:
        return None  # 其中中央资金已支付 1,200 万元，支付率 100% / 县级配套资金到位 756 万元，
        # 到位率 90%: of the nearer fund's own
    return Ratio("rate", stated, received[0], plans[0], True)


def _own_fund_rate(item: Item, stated: Statement, index: dict[str, list[Item]]
                   ) -> Ratio | None:
    """县级配套资金到位 712.00 万元，到位率 80% where the project's overview gave 县级配套资金
    890.00 万元: one fund's 到位率 / 支付率 against the plan the report stated for it.

    Read only where the rate's sentence states, before it, one amount of the fund
    received (or paid), and the report states before it exactly one other figure of
    the fund's name that is planned or unmeasured.
    """
    if _fund_verb(stated) is None or stated.whole or not item.subject:
        return None
    fund = _rated_fund(stated)
    if fund:  # 市级配套资金到位 126 万元，…，市级配套资金到位率 52.5%
        named = [other for other in index.get(key(fund), ()) if any(
            s.sentence == stated.sentence and s.paragraph == stated.paragraph
            for s in other.levels())]
        if len(named) != 1:
            return None
        item = named[0]
    received = [s for s in item.levels() if s.dimension == "money" and s.measure == "actual"
                and s.sentence == stated.sentence and s.start < stated.start]
    plans = [s for other in index.get(key(item.subject), ()) if other is not item
             for s in other.levels() if s.dimension == "money" and s.order < stated.order
             and (s.measure is None or s.measure in BUDGETS)]
    if len(received) != 1 or not _one_value(plans):
        return None
    return Ratio("rate", stated, received[0], plans[0], True)


def _fund_verb(stated: Statement) -> str | None:
    """到位 of a 到位率, 支付 of a 支付率: what a rate of funds says was done with them."""
    return next((verb for word, verb in ratios.FUND_RATES.items() if word in stated.label), None)


def _one_value(statements: Sequence[Statement]) -> bool:
    """Do the figures state one value (one or more of them, all equal)?"""
    return len({(s.quantity.value, s.quantity.unit) for s in statements}) == 1


def _rated_fund(stated: Statement) -> str:
    """The fund a 到位率 / 支付率 names (市级配套资金 of 市级配套资金到位率), '' for all funds."""
    name = stated.label
    for word in ratios.FUND_RATES:
        name = name.removesuffix(word)
    return "" if _names_no_fund(name) else name


def _plans_all_funds(item: Item) -> bool:
    """本项目计划总投资 / 预算资金: the plan of all a project's funds."""
    return without_owner(item.subject, ratios.FUND_OWNERS) in ratios.FUND_PLANS


def _all_funds(subject: str, done: str) -> bool:
    """实际到位资金 / 已支付资金: funds received or paid, of no fund in particular."""
    return done in subject and _names_no_fund(subject)


def _names_no_fund(subject: str) -> bool:
    """资金 / 项目资金 / 资金到位总额: words of funds that name no fund in particular."""
    rest = without_owner(subject, ratios.FUND_OWNERS)
    for word in ratios.FUND_WORDS:
        rest = rest.replace(word, "")
    return not rest


def _one_category(a: Item, b: Item) -> bool:
    """Not 收入 against 支出: a budget and a spending figure of one category, or unnamed."""
    return len({category(a.subject), category(b.subject)} - {None}) <= 1


#: the dimension of a measured quantity in a unit of its own (吨, 立方米)
_MEASURED = "other:"
#: the dimension of a count in 万 (栽植 18.4 万株，成活 17.1 万株 / 重点人群 12.46 万人，已签约
#: 9.87 万人): a count, rounded, read in its own unit
_SCALED_COUNT = "other:万"


def _named_count_rate(upto: Sequence[Item], stated: Statement,
                      verbs: frozenset[str] = ratios.COUNT_RATE_VERBS) -> Ratio | None:
    """A rate named for what the count before it did: 发放问卷 300 份，回收 286 份，回收率
    95.3% / 抽检 120 批次，合格 118 批次，合格率 98.3% (or the amount, for the verbs of
    amounts: 发放金额 1,850 万元，核销金额 1,573.6 万元，核销率 85.1%).

    Read only where the rate's name is a verb + 率, a count of its sentence before it is
    that verb's (not 不合格 / 未回收: the last such), and the count right before that,
    in the same unit and no smaller, is the one it is a rate of; a rate of the verb denied
    (不合格率 of 检出不合格 47 批次) likewise, of the count before that is of neither.
    """
    verb = _rate_verb(stated.label, verbs)
    if verb is None or stated.whole:
        return None
    dimensions = ("count", "money") if verb in ratios.AMOUNT_RATE_VERBS else ("count",)
    if changes.dimension_named(stated.label) == "money":
        dimensions = ("money",)  # 问题金额 a 中已整改 b，金额整改率 p: of the amounts
    measured = verb in ratios.MEASURE_RATE_VERBS  # (清运 a 吨，无害化处理 b 吨: in one unit)
    counts = [s for item in upto for s in item.levels()
              if (s.dimension in dimensions or (measured and s.dimension.startswith(_MEASURED))
                  or s.dimension.startswith(_SCALED_COUNT))
              and s.paragraph == stated.paragraph and s.start < stated.start
              and stated.sentence - 1 <= s.sentence <= stated.sentence]
    # (反馈问题共计 61 个。截至年底，已整改到位 53 个，整改率 89.6%: the whole said in the
    # sentence before, where the rate's own states only what was done)
    counts.sort(key=lambda s: s.start)
    # the last count of what the verb says was done (完成 28 个, not 未完成 4 个 after it), and
    # the count right before it; for a rate of the verb denied (不合格率), the last count of
    # the denied verb, and the last count before it that is of neither (抽检 a，合格 b，
    # 不合格 c，不合格率 p = c / a)
    denied = _denied(stated.label, verb)
    if any(word in stated.label for word in ratios.JOINED):
        return None  # 满意和基本满意率: of two answers together
    partly = _partly(stated.label, verb)
    doing = [at for at, s in enumerate(counts) if at > 0 and (
                 verb in s.label + s.lead or (verb in ratios.HELD_VERBS and any(
                     word in s.label + s.lead for word in ratios.HELD)))
             and _denied(s.label + s.lead, verb) == denied
             and _partly(s.label + s.lead, verb) == partly
             and not all(word in s.label + s.lead for word in ratios.ELIGIBLE)]
    return _rate_of_before(upto, stated, verb, counts, doing, denied) \
        or _whole_after(counts, verb, denied, partly, stated)


def _rate_of_before(upto: Sequence[Item], stated: Statement, verb: str,
                    counts: Sequence[Statement], doing: Sequence[int], denied: bool
                    ) -> Ratio | None:
    """The done count of ``_named_count_rate`` and the count right before it it is of."""
    if not doing:
        return None
    done = counts[doing[-1]]
    if done.sentence != stated.sentence:
        return None
    if done.dimension.startswith(_SCALED_COUNT) and any(
            s.dimension == "ratio" and done.start < s.start < stated.start
            for item in upto for s in item.statements):
        return None  # (覆盖人口 40.93 万人，广播覆盖率 p；电视覆盖率 q: q is not of the same count)
    of = counts[doing[-1] - 1] if not denied else next(
        (s for s in reversed(counts[:doing[-1]]) if verb not in s.label + s.lead), None)
    if of is not None and of.sentence != done.sentence and of.quantity.unit != done.quantity.unit:
        # (下达改造任务 42 个小区、3,318 户。已开工 39 个小区，开工率 p: the whole in the
        # done count's unit, the sentence before giving one such)
        of = next((s for s in reversed(counts[:doing[-1]]) if s.sentence == of.sentence
                   and s.quantity.unit == done.quantity.unit), of)
    if of is None:
        return None
    if of.sentence != stated.sentence and (
            of.dimension != "count"
            or sum(s.quantity.unit == of.quantity.unit for s in counts
                   if s.sentence == of.sentence) != 1):
        return None  # (新签约项目 23 个，其中 A 9 个、B 14 个。已开工 11 个，开工率 p: of 23
        # or of 14? The sentence before gives the whole only where it gives one count)
    if done.period != stated.period:
        return None  # 签约率 41.6%，…力争到 2025 年签约率达到 45%: a target of another year
    if done.period_stated and of.period != done.period:
        return None  # 已有 181 个村覆盖 …（上年已覆盖 175 个，覆盖率 p）: last year's, of a whole
        # the text does not give for that year
    if of.sentence == done.sentence and of.segment != done.segment:
        return None  # 已开工 45 个，开工率 …；已完工 38 个，完工率 p: the count before the ；
        # is another clause's, not what the rate is of (that is the plan said before both)
    apart = (done.quantity.unit, of.quantity.unit) in ratios.UNITS_APART.get(verb, ())
    if (done.quantity.unit != of.quantity.unit and not apart) \
            or of.quantity.value < done.quantity.value \
            or (done.dimension == "count" and not (done.quantity.exact and of.quantity.exact)):
        return None
    if any(s.dimension not in ("money", "ratio") and s.quantity.unit != done.quantity.unit
           for item in upto for s in item.levels()
           if s.sentence == stated.sentence and of.start < s.start < stated.start):
        return None  # 计划 56 条、38.6 公里，完成 55 条、37.9 公里，里程完成率 98.19%: of which?
    return Ratio("rate", stated, done, of, True)


def _whole_after(counts: Sequence[Statement], verb: str, denied: bool, partly: bool,
                 stated: Statement) -> Ratio | None:
    """覆盖人口 182.4 万人，全市常住人口 191.6 万人，覆盖率 p: the count of the verb first, then
    the whole, named as all of a place's or a total (全市 / 总数), the last count before the
    rate, in the done count's unit and no smaller."""
    if len(counts) < 2 or denied or partly:
        return None
    done, whole = counts[-2], counts[-1]
    words = done.label + done.lead
    if verb not in words or _denied(words, verb) or _partly(words, verb) \
            or verb in whole.label + whole.lead \
            or not any(w in whole.label + whole.lead for w in ratios.WHOLE_AFTER) \
            or not done.sentence == whole.sentence == stated.sentence \
            or done.quantity.unit != whole.quantity.unit \
            or not done.period == whole.period == stated.period \
            or whole.quantity.value < done.quantity.value \
            or (done.dimension == "count" and not (done.quantity.exact and whole.quantity.exact)):
        return None
    return Ratio("rate", stated, done, whole, True)


def _said_before(upto: Sequence[Item], stated: Statement) -> list[Statement]:
    """The levels a rate's sentence states before it (``upto``: the paragraph's items up to
    the rate's own), in the order said."""
    return sorted((s for item in upto for s in item.levels()
                   if s.paragraph == stated.paragraph and s.sentence == stated.sentence
                   and s.start < stated.start), key=lambda s: s.start)


def _formula_rate(upto: Sequence[Item], stated: Statement) -> Ratio | None:
    """担保代偿率（当年代偿额÷当年解除担保额）为 p: a rate whose name gives its formula is of
    the figures its sentence names so before it.

    Read only where each of the formula's two names (without the words of a year or of an
    amount: 当年, 数, 额) is in the words of exactly one figure of the sentence before the
    rate, the two of one kind.
    """
    formula = formula_of(stated.label)
    if formula is None:
        return None
    said = [s for s in _said_before(upto, stated) if s.dimension != "ratio"]
    found = []
    for name in formula:
        core = _formula_core(name)
        named = [s for s in said if core and core in s.lead + s.label]
        if len(named) != 1:
            return None
        found.append(named[0])
    part, whole = found
    if part is whole or part.dimension != whole.dimension:
        return None
    stated.role = RATE
    return Ratio("rate", stated, part, whole, True)


def _formula_core(name: str) -> str:
    """当年代偿额 -> 代偿: a formula's name without the words of its year and of an amount."""
    name = name.strip()
    for word in ratios.FORMULA_YEAR_WORDS:
        name = name.removeprefix(word)
    for word in ratios.FORMULA_AMOUNT_WORDS:
        name = name.removesuffix(word)
    return name if len(name) >= 2 else ""


def _planned_verb_rate(upto: Sequence[Item], stated: Statement) -> Ratio | None:
    """计划接入 46 个，实际接入 41 个，接入率 p / 计划竣工 40 个，实际竣工 28 个，竣工率 p: a rate
    named for a verb, after what was planned of that verb and what was done of it, is the
    second of the first.

    Read only where the rate's name ends in the verb and 率, and its sentence states
    exactly two figures before it, in one unit: the first plans the verb (计划 / 目标 / 应
    right before it, or before another verb of funds moving down: 应拨付 a，实际到位 b，
    到位率 p), the second does it (实际 / 已 / 累计 right before it, not denied).
    """
    at = stated.label.rfind(ratios.RATE_SUFFIX)
    verb = stated.label[max(0, at - 2):at] if at == len(stated.label) - 1 else ""
    if len(verb) != 2 or stated.whole:
        return None
    said = [s for s in _said_before(upto, stated) if not s.aside
            and not _denied(s.lead + s.label, verb)]  # (应到位 a（中央 a1、省级 a2），实际到位
    # b: the plan's sources in brackets are no third figure; 应发放 a，已发放 b，未发放 c，发放率
    # p: nor what is left undone)
    if len(said) != 2 or said[0].quantity.unit != said[1].quantity.unit \
            or said[0].quantity.unit == "%":
        return None
    planned, done = said
    if any(s.dimension == "ratio" and s.paragraph == stated.paragraph
           and done.start < s.start < stated.start for item in upto for s in item.statements):
        return None  # (应参保 a，实际参保 b，参保率 p；其中 X 应保尽保，参保率 100%: X's own)
    tasked = verb == ratios.DONE_TASK and planned.lead.endswith(ratios.PLAN_WORDS)
    # (下达造林任务 a，实际完成造林 b，完成率 p: a task, then what was done of it)
    moving = ratios.FUNDS_MOVING if verb in ratios.FUNDS_MOVING \
        else (verb, *ratios.DUE_SHORT.get(verb, ()))
    due = verb in ratios.FUNDS_MOVING and planned.label.endswith(ratios.PLANNED_VERB) \
        and planned.measure == "actual"  # (应到位 a: 到位 read as the figure's measure word)
    if not (tasked or due or any(word + done_as in planned.lead + planned.label
                                 for word in ratios.PLANNED_VERB for done_as in moving)) \
            or not (_done_with(done.lead + done.label, verb)
                    or (done.measure == "actual" and done.label.endswith(verb))) \
            or _denied(done.lead + done.label, verb):  # (实际分配 b: 实际 read as its measure)
        return None
    stated.role = RATE  # (named as a rate: 发放率, not the level of the item it was read in)
    return Ratio("rate", stated, done, planned, True)


#: the most characters of how a verb was done, between the word that says it was and the
#: verb (实际按时上报 / 实际按时足额发放)
MANNER_WITHIN = 4


def _done_with(words: str, verb: str) -> bool:
    """实际 / 已 / 累计 right before the verb, or with how it was done between (实际按时上报)."""
    for word in ratios.DONE_VERB:
        at = words.find(word)
        while at >= 0:
            after = at + len(word)
            if verb in words[after:after + MANNER_WITHIN + len(verb)]:
                return True
            at = words.find(word, at + 1)
    return False


def _denied(words: str, verb: str) -> bool:
    """Is the verb denied by a word just before it (未完成, 未完全完成, 没有回收)?"""
    at = words.find(verb)
    while at >= 0:
        if any(no in words[max(0, at - DENIAL_WITHIN):at] for no in ratios.NOT_DONE):
            return True
        at = words.find(verb, at + 1)
    return False


def _partly(words: str, verb: str) -> bool:
    """Is the verb graded by a word right before it (基本满意, 比较满意)?"""
    at = words.find(verb)
    return at >= 0 and words[:at].endswith(ratios.PARTLY)


#: how many characters before a verb a word denying it may stand (未完全完成)
DENIAL_WITHIN = 4


def _rate_verb(label: str, verbs: frozenset[str] = ratios.COUNT_RATE_VERBS) -> str | None:
    """回收 of 回收率, 合格 of 合格率: the two characters before 率 ending the rate's name."""
    at = label.rfind(ratios.RATE_SUFFIX)
    verb = label[max(0, at - 2):at] if at >= 2 else ""
    return verb if verb in verbs else None


def _count_completion_rate(upto: Sequence[Item], stated: Statement) -> Ratio | None:
    """完成率 of a count or a length: 年度指标值 120 户，实际完成值 114 户，指标完成率 96% /
    计划硬化道路 36 公里，实际完成 34.2 公里，完成率 95%.

    Read only where the rate's sentence states, before it, exactly one planned
    output (指标值, 目标) and exactly one achieved (实际完成值) in the same unit
    (``upto``: the paragraph's items up to the rate's own), or only the achieved
    one, whose subject an earlier sentence gave exactly one target.
    """
    if stated.whole:
        return None
    said = [s for other in upto for s in other.levels()
            if s.sentence == stated.sentence and s.start < stated.start]
    if any(s.segment == stated.segment for s in said):  # the rate's own segment's figures
        said = [s for s in said if s.segment == stated.segment]
    before = [s for s in said if _is_output(s)]
    planned = [s for s in before if s.measure == "target" or (
        s.measure is None and any(word in s.label for word in ratios.PLAN_WORDS))]
    done = [s for s in before if s.measure in ("result", "actual")]
    if not done and len(before) == 2 and len(planned) == 1 and _DONE_RATE in stated.label:
        # 城镇新增就业 6,318 人，年度目标 5,800 人，完成率 …: the figure beside the target
        done = [s for s in before if s.measure is None and s is not planned[0]]
    if len(done) == 1 and len(before) == 1:
        planned = _target_before(upto, done[0])  # 年度目标：… 600 个。实际完成：… 660 个，完成率 …
    elif len(before) != 2:
        return None
    if len(planned) != 1 or len(done) != 1 or planned[0].quantity.unit != done[0].quantity.unit:
        return None
    return Ratio("rate", stated, done[0], planned[0],
                 not complement_fits(done[0], planned[0], stated))
    # (计划改造 8 个，有 2 个延期，完成率 75%: the 2 may be what was not done)


#: the rate word of what was done against a target (完成率)
_DONE_RATE = "完成率"


def _target_before(upto: Sequence[Item], done: Statement) -> list[Statement]:
    """The target of the same subject an earlier sentence (or segment: 年度目标：… 8,500 人；
    实际完成 8,137 人) of the paragraph states."""
    owner = next((item for item in upto if done in item.statements), None)
    if owner is None:
        return []
    return [s for item in upto if key(item.subject) == key(owner.subject)
            for s in item.levels() if s.measure == "target"
            and (s.sentence, s.segment) < (done.sentence, done.segment) and _is_output(s)]


#: dimensions of what is done rather than spent or scored: counts (户, 座), areas (亩) and
#: units of their own (公里, 吨)
_NOT_OUTPUTS = ("money", "ratio", "score", "number")


def _is_output(statement: Statement) -> bool:
    return statement.dimension not in _NOT_OUTPUTS


def find_share_sets(items: Sequence[Item], breakdowns_found: Sequence[Breakdown]
                    ) -> list[ShareSet]:
    """财政拨款收入占 86.4%，事业收入占 18.2%，其他收入占 1.3%: siblings' shares of one whole.

    Shares in one sentence, each of a different item, of the same named whole
    (or none named), where no item is a part of another (其中 opens a level
    below): together they cannot pass 100%. They must reach it when the items
    are the complete parts of a breakdown (分别为 …).
    """
    parent = {p.id: b for b in breakdowns_found for p in b.parts}
    groups: dict[tuple[str, int, str, int | None], list[tuple[Item, Statement]]] = {}
    named: dict[tuple[str, int], str] = {}  # the whole a sentence's last share named
    for item in items:
        if item.closes_list or item.subject.startswith(cues.TOTAL_LEADS) \
                or any(s.total_cue for s in item.levels()):
            continue  # (A、B、C 分别占 p、q、r，三者合计 …，占比 s: the total's, no sibling's)
        for statement in item.of(SHARE):
            if statement.quantity.qualifier or (statement.whole or "").startswith(ratios.OWN_WHOLE):
                continue
            place = (item.paragraph, statement.sentence)
            if statement.whole:
                named[place] = _whole_key(statement.whole)
            # 中央和省级资金 …，占项目支出的 69.83%；县级资金 …，占 32.17%: of the same whole
            whole = named.get(place, "")
            if not statement.whole and _sibling_named(item, whole, parent):
                continue  # 人员经费占基本支出的 89.88%；项目支出 …，占 11.20%: not of 基本支出
            groups.setdefault((item.paragraph, statement.sentence, whole, statement.period),
                              []).append((item, statement))
    found = []
    for members in groups.values():
        owners = [item for item, _ in members]
        if len(members) < 2 or len({key(i.subject) for i in owners}) != len(owners) \
                or any(i.opened_by for i in owners[1:]) \
                or any(parent.get(i.id) is not None and parent[i.id].total in owners
                       for i in owners) \
                or attributes.cross_cutting([i.subject for i in owners]) \
                or parts_nest(owners) \
                or sum(s.quantity.value > _MOST for _, s in members) > 1:
            continue  # (本科 …，占 82.56%；女性 …，占 44.19%: one staff seen two ways; A、B、C 区
            # 税收收入占财政总收入比重分别为 97.2%、97%、95.9%: each of its own, as no two parts
            # of one whole can each pass half of it)
        for run in _classifications(members):
            owners = [item for item, _ in run]
            breakdown = parent.get(owners[0].id)
            complete = breakdown is not None and breakdown.complete \
                and all(parent.get(i.id) is breakdown for i in owners) \
                and len(owners) == len(breakdown.parts) \
                and not (not run[0][1].whole and _total_after(breakdown))
            # (A a，占 p；B b，占 q。以上两项合计 c: of c, or of a figure said before the list?
            # Then they need not make 100 %)
            found.append(ShareSet([s for _, s in run], run[0][1].whole or "", complete))
    return found


def _total_after(breakdown: Breakdown) -> bool:
    """Is the list's total said only after its parts (…。以上三项合计 c)?"""
    first = first_figure(breakdown.total)
    return first is not None and all(first.order > s.order for part in breakdown.parts
                                     for s in part.levels())


def _classifications(members: list[tuple[Item, Statement]]
                     ) -> list[list[tuple[Item, Statement]]]:
    """The runs of a sentence's shares that each make all of the whole, cut where a ；
    follows shares that already come to 100% (按单位性质 A p、B q …；按收入 C r、D s: one
    staff split two ways): each run a set of its own, those of one share dropped."""
    runs: list[list[tuple[Item, Statement]]] = [[]]
    total, slack = Decimal(0), Decimal(0)
    for member in members:
        run = runs[-1]
        if run and member[1].segment != run[-1][1].segment and abs(total - ALL) <= slack \
                and all(s.quantity.unit == PERCENT for _, s in run):
            runs.append([])
            total, slack = Decimal(0), Decimal(0)
        runs[-1].append(member)
        total += member[1].quantity.value
        slack += member[1].quantity.half_unit
    return [run for run in runs if len(run) >= 2] if len(runs) > 1 else runs


#: all of a whole, in percent
ALL, PERCENT = Decimal(100), "%"


#: the share past which a part is most of its whole (no two parts of one whole pass it)
_MOST = 50


def _sibling_named(item: Item, whole: str, parent: dict[str, Breakdown]) -> bool:
    """Whether ``whole`` (the last whole a sentence named) is a part of the breakdown
    ``item`` is a part of: a share of ``item`` with no whole of its own is then of the
    breakdown's total, not of its sibling."""
    breakdown = parent.get(item.id)
    return bool(whole) and breakdown is not None and any(
        part is not item and _whole_key(part.subject) == whole for part in breakdown.parts)


def _nearest_level(item: Item, stated: Statement) -> Statement | None:
    """The item's last level before the share, of the share's year where it states one
    (税收收入 15.62 亿元，同比增长 6.3%（上年为 14.69 亿元），占…的 71.5%: the 15.62)."""
    levels = [s for s in item.statements if s.role in (LEVEL, TO) and s.dimension != "ratio"
              and s.start < stated.start and s.clause <= stated.clause
              and not per_unit.per_one(s.label)]  # (共计 a，人均 b，占 … 的 p: of a, not b)
    own_year = [s for s in levels if s.period == stated.period]
    candidates = own_year or levels
    if len({s.measure for s in candidates}) == 1 \
            and len({s.quantity.value for s in candidates}) > 1 and item.subject.count("、"):
        return None  # 货物、工程、服务采购规模分别为 a，b 和 c，占 p、q 和 r: whose is which?
    # (2023 年度 a，占…的 p；2022 年度为 b，占当年…的 q: a share is of the level its own
    # segment said, whatever year that names; a level in brackets is an aside)
    in_aside = [s for s in item.statements if s.aside == stated.aside
                and s.role in (LEVEL, TO, BASE) and s.dimension != "ratio"
                and s.start < stated.start] if stated.aside else []
    # (比 2022 年（15.82 亿元，占 24.61 亿元的 64.3%）: a share in brackets is of the level
    # its own bracket said)
    in_segment = [s for s in levels if s.segment == stated.segment and not s.aside]
    return (in_aside or in_segment or candidates)[-1] if candidates or in_aside else None


#: words around the name of a whole that do not name it (本年收入, 支出总额)
_WHOLE_PREFIXES = ("本年度", "本年", "当年", "全年", "年度", "总", "全部")


_WHOLE_TAILS = ("总额", "总计", "合计", "总数", "总量",
                "总人数", "人数", "总户数", "户数")  # (占带动就业总人数的 p: of 带动就业 a 人)


def _bare_whole(name: str, tails: tuple[str, ...] = _WHOLE_TAILS) -> str:
    bare = name
    for prefix in _WHOLE_PREFIXES:
        bare = bare.removeprefix(prefix)
    for tail in tails:
        bare = bare.removesuffix(tail)
    return bare


def _whole_key(name: str) -> str:
    """``总支出`` / ``支出总额`` / ``本年收入``: the whole a share names, as its subject's key."""
    bare = _bare_whole(name)
    return key(bare) if len(bare) >= 2 else key(name)


class _Scope:
    """Where a share looks for figures named elsewhere, indexed once per reading (a look
    through every item for every share grows with the square of the text)."""

    def __init__(self, index: dict[str, list[Item]], items: Sequence[Item]) -> None:
        self.index = index
        self.sections: dict[str, list[Item]] = {}
        #: spent or unmeasured levels of each bare flow (支出 / 收入), with their items
        self.flows: dict[str, list[tuple[Item, Statement]]] = {}
        for item in items:
            self.sections.setdefault(item.section, []).append(item)
            for level in item.levels():
                if level.lead in cues.CATEGORIES and level.measure in (None, "actual"):
                    self.flows.setdefault(level.lead, []).append((item, level))


def _share(item: Item, stated: Statement, breakdown: Breakdown | None, scope: _Scope,
           parent: dict[str, Breakdown], whole_name: str | None = None) -> Ratio | None:
    """The part and whole of a share; ``whole_name`` is the whole it names, or the one an
    earlier share of its sentence named. A part found by its name elsewhere is a guess
    where another figure of those paragraphs makes the share (年初余额 a …；年末余额 b。
    …余额占 W 的 p = b / W: the name was said with a, the share is of b)."""
    if stated.label.startswith(changes.STOCK_START):
        return None  # （年初占比 64.9%）: the share at the start of the year, of figures unsaid
    ratio = _share_reading(item, stated, breakdown, scope, parent, whole_name)
    if ratio is not None and stated.period_stated and ratio.part.period != stated.period:
        return None  # （2021 年占比为 24.8%）after 2022 figures: of figures not given
    if ratio is not None and ratio.certain and breakdown is not None \
            and breakdown.parts[-1] is item and breakdown.total.sentence == item.sentence:
        # 基本支出 a，包括人员经费 b 和公用经费 c，占支出预算的 p: after the list's last part,
        # the share may be the list's total's; where the total's figure makes it, a guess
        total = _level_like(breakdown.total, ratio.part)
        ratio.certain = total is None or bool(total.quantity.qualifier) \
            or ratio_fits(total, ratio.whole, stated) is not True  # (a bound fits any share)
    if ratio is not None and ratio.certain and breakdown is not None and not stated.whole \
            and not whole_name and ratio.whole in breakdown.total.statements \
            and ratio_fits(ratio.part, ratio.whole, stated) is not True:
        outer = parent.get(breakdown.total.id)
        grand = _level_like(outer.total, ratio.part) if outer is not None else None
        if grand is not None:  # 60 岁及以上 a，占 p，其中 65 岁及以上 b，占 q: a census gives q
            if ratio_fits(ratio.part, grand, stated) is True:  # of all, not of a; a share of
                return Ratio("share", stated, ratio.part, grand, True)  # a part of a part
            ratio.certain = False  # that fits neither is only a guess
    if ratio is not None and ratio.certain and stated.aside and not stated.whole \
            and _bare_after_two(item, stated, ratio.part, scope):
        ratio.certain = False
    if ratio is not None and ratio.certain and ratio.part in item.statements and any(
            other is not ratio.part and other is not ratio.whole
            and other.sentence == stated.sentence and other.start < ratio.part.start
            and same_kind(other, ratio.part) and ratio_fits(other, ratio.whole, stated) is True
            for other in item.levels()):
        # 累计 2.5 亿元，其中 2020 年 1.2 亿元 … 2022 年 0.5 亿元，占总投资 4.0 亿元的 62.5%: of
        # the last figure before it, or of one said before that which the share fits? A guess
        ratio.certain = False
    if ratio is not None and ratio.certain and ratio.part not in item.statements:
        places = {ratio.part.paragraph, stated.paragraph}
        ratio.certain = not any(
            other is not ratio.part and other is not ratio.whole
            and other.dimension == ratio.part.dimension
            and ratio_fits(other, ratio.whole, stated) is True
            for near in scope.sections.get(item.section, ()) if near.paragraph in places
            for other in near.levels())
    return ratio


def _bare_after_two(item: Item, stated: Statement, part: Statement, scope: _Scope) -> bool:
    """较上年（税收收入 a、一般公共预算收入 b，比重 p）: is the share in its bracket after two
    figures of the part's kind and no whole? It is then of the one over the other, which the
    reading does not bind."""
    in_bracket = [other for near in scope.sections.get(item.section, ())
                  if near.paragraph == item.paragraph for other in near.statements
                  if other.aside == stated.aside and other.start < stated.start]
    return not any(other.role == WHOLE for other in in_bracket) \
        and sum(other.dimension == part.dimension for other in in_bracket) >= 2


def _share_reading(item: Item, stated: Statement, breakdown: Breakdown | None,
                   scope: _Scope, parent: dict[str, Breakdown],
                   whole_name: str | None = None) -> Ratio | None:
    """The reading of a share's part and whole, before any other reading is weighed."""
    index = scope.index
    part = _nearest_level(item, stated)
    whole_said = stated.whole or whole_name
    if part is not None and whole_said and len(whole_said) >= MIN_SAID_PART \
            and part.label.endswith(whole_said):
        # 一般债务余额 a，限额 b，余额占限额的 p: b is the whole, the level before it the part
        before = [s for s in item.levels() if s.order < part.order
                  and s.sentence == part.sentence and same_kind(s, part)]
        if before:
            return Ratio("share", stated, before[-1], part, True)
    said = part_said(stated.label)
    if part is not None and said and not key(item.subject).endswith(key(said)):
        # 其中市本级 a、所辖县 b，余额占限额的 p: the share names its part, not b's
        holders = [other for other in _owned_wholes(said, item, scope)
                   if other.paragraph == item.paragraph]
        levels = [s for other in holders for s in [_level_like(other, part)] if s is not None]
        if _one_value(levels):
            part = levels[0]
    sure = True
    borrowed = False  # the part's list, found through its name said before
    if part is None:  # “三公”经费占基本支出的比例为 3.6%: the part is stated elsewhere
        namesakes = [other for other in _named(item.subject, index) if other is not item]
        bare = item.subject.removesuffix(_FUND_WORD)
        if not namesakes and len(bare) >= MIN_BARE_NAME and bare != item.subject:
            # 中医药发展 648 万元 … 中医药发展资金占全部专项资金的 …: the listed name, 资金 added
            namesakes = [other for other in _named(bare, index) if other is not item]
        if not namesakes:  # 税收占比 after 其中税收收入 a: the name with its flow word, in
            namesakes = next((found for flow in cues.FLOWS  # the share's own paragraph
                              if not item.subject.endswith(flow)
                              and (found := [other for other in _named(item.subject + flow, index)
                                             if other is not item
                                             and other.paragraph == item.paragraph])), [])
        if not namesakes:  # 调出资金占… after 按规定调出资金 …: a longer name ending with it
            namesakes = _owned_wholes(item.subject, item, scope) or next(
                (found for flow in cues.FLOWS
                 if not item.subject.endswith(flow)
                 and (found := _owned_wholes(item.subject + flow, item, scope))), [])
            # (机关运行经费占… after 本部门机关运行经费支出 …: the name without its flow word)
            # (but one listed as a kind, 三保支出（…，保基本民生支出 …）, narrows it: a guess)
            sure = not any(other.aside or other.opened_by for other in namesakes)
        others = [s for other in namesakes for s in other.levels() if s.dimension != "ratio"
                  and (not stated.period_stated or s.period == stated.period)]
        # (上年基本支出占…的比重为 p: last year's part, not this year's)
        if not _one_value(others):
            return None
        part = others[0]
        if breakdown is None and len(namesakes) == 1:
            breakdown = parent.get(namesakes[0].id)  # (the list the part was given in)
            borrowed = breakdown is not None
    inline = [s for s in item.statements if s.role == WHOLE and s.start < stated.start and (
        s.clause == stated.clause or (s.clause == stated.clause - 1
                                      and stated.start - s.end <= BRACKETED_WHOLE_GAP))]
    if inline:  # (其中 A a，B b，占 X c 的 p: of b, or of the list's total; where the total
        # fits and b does not, which is a guess)
        total = first_figure(breakdown.total) if breakdown is not None \
            and breakdown.parts[-1] is item else None
        return Ratio("share", stated, part, inline[-1], sure and not (
            total is not None and ratio_fits(total, inline[-1], stated) is True))
    if whole_name and (stated.whole or breakdown is None):
        given = _whole_given(whole_name, item, stated, part, scope)
        if given is not None:  # A a，占进出口总额 W 的 p；B b，占比 q: q is of W, the figure
            return Ratio("share", stated, part, given, sure)  # the name was given with
        listed = _listed_by_name(scope.sections.get(item.section, ()))
        holders = [other for other in _named(whole_name, index)
                   if other is not item and id(other) not in listed
                   and not _namesake_after(other, item)] \
            or _owned_wholes(whole_name, item, scope)
        if breakdown is None or breakdown.total not in holders:
            holders = [h for h in holders if h.subject == whole_name] or holders
            # (占总投资的 p after 总投资 a and 2023 年完成投资 b: the one of that very name)
        named = [s for other in holders for s in [_level_like(other, part)] if s is not None]
        if breakdown is not None and breakdown.total not in holders \
                and len(whole_name) > MIN_SAID_PART \
                and breakdown.total.subject.endswith(whole_name) \
                and not any(h.subject.endswith(whole_name) for h in holders):
            # (我校本年收入 a，其中：A b，占本年收入的 p …。…收入总计 c: the list's own total,
            # its owner left out, not the 总计 the index finds only by a looser name)
            whole = _level_like(breakdown.total, part)
            return None if whole is None else Ratio("share", stated, part, whole, sure)
        if breakdown is not None and (breakdown.total in holders or (
                not holders and breakdown.certain
                and (_names_total(whole_name, breakdown.total.subject)
                     or _names_measured_flow(whole_name, breakdown.total)
                     or _named_by_its_words(whole_name, breakdown.total)
                     or _named_by_its_verb(whole_name, breakdown.total)))):
            # (a guessed list's total is not named by a bare 资金: 市级资金 …。按用途分，用于
            # 产业发展的资金 …，占全部资金的 …)
            whole = _level_like(breakdown.total, part, whole_name)
            here = [s for other in holders if other not in breakdown.parts
                    for s in [_level_like(other, part, whole_name)] if s is not None
                    and s.paragraph in (item.paragraph, breakdown.total.paragraph)]
            # (its namesakes where the total is said count too, but not the list's other
            # parts: 合同总金额 a，其中 A 合同 b，占合同总金额的 p；B 合同 c: c is no whole)
            if whole is not None and _one_value([whole, *here]):
                return Ratio("share", stated, part, whole, sure)
            return None  # 占本年收入合计的 …，占收入总计的 …: two wholes of one bare name
        named = named or _flow_levels(whole_name, item, part, scope)
        if _one_value(named):
            return Ratio("share", stated, part, named[0], sure)
        return None
    if breakdown is not None:  # 其中项目支出 1,620 万元，占比 45.6%: of the total it is part of
        whole = _level_like(breakdown.total, part)
        if whole is not None and borrowed and whole.measure != part.measure \
                and not {whole.measure, part.measure} <= {None, "actual"}:
            return None  # (税收收入 … 占比 of a total that states a budget too: which?)
        if whole is not None:
            return Ratio("share", stated, part, whole, sure and breakdown.certain
                         and not _closing_total_doubted(item, stated, part, whole, scope))
    return None


def _whole_given(name: str, item: Item, stated: Statement, part: Statement,
                 scope: _Scope) -> Statement | None:
    """The figure an earlier share of the paragraph gave the whole ``name`` with (占进出口总额
    2,486.3 亿元的 63.3%), where every such figure of the part's kind and year agrees."""
    given = [s for near in scope.sections.get(item.section, ()) if near is not item
             and near.paragraph == item.paragraph for s in near.statements
             if s.role == WHOLE and s.whole == name and s.start < stated.start
             and s.dimension == part.dimension and s.period == part.period]
    return given[-1] if given and _one_value(given) else None


def _closing_total_doubted(item: Item, stated: Statement, part: Statement, whole: Statement,
                           scope: _Scope) -> bool:
    """支出 a。主要项目：1.A b，占 p；…以上五项合计 c: a share that names no whole, in a list
    whose total is said only after its parts, is of that total or of a figure said before
    the list; where one said before makes it, which one is a guess."""
    return whole.order > part.order and not stated.whole and any(
        other.order < part.order and other.dimension == part.dimension
        and ratio_fits(part, other, stated) is True
        for near in scope.sections.get(item.section, ()) for other in near.levels())


def part_said(words: str) -> str:
    """The part a share's own words name before 占 (余额 of 余额占限额的 96.5%), if any."""
    at = words.find(ratios.SHARE_OPEN[0])
    if at < MIN_SAID_PART or words.startswith(ratios.SHARE_OPEN_IN_NAMES, at):
        return ""
    return words[:at]


#: the most characters between a whole's figure in brackets and its share (（160 件）的 60%)
BRACKETED_WHOLE_GAP = 3
#: the fewest characters of a part a share's words name
MIN_SAID_PART = 2
#: the word a share's part may add to the name its amount was listed under (中医药发展资金)
_FUND_WORD = "资金"
#: the fewest characters of that name without it
MIN_BARE_NAME = 3


def _flow_levels(name: str, item: Item, part: Statement, scope: _Scope) -> list[Statement]:
    """``占全年支出的 70.09%`` where the report said ``全年预算数 …，全年支出 1,201.55 万元``:
    the whole is a bare flow (支出 / 收入) the report states as a figure of its own,
    spent or unmeasured, in the part's year and dimension (a budget is not its spending).
    Every such figure is a candidate; the caller takes them only when they agree."""
    return [level for other, level in scope.flows.get(_bare_whole(name), ())
            if other is not item and not _namesake_after(other, item)
            and level.dimension == part.dimension
            and level.period == part.period
            and (level.order < part.order or level.section == part.section)]
    # (a bare flow of a later section, 三公经费 … 支出决算为 13.07 万元, is not the 本年支出合计
    # an earlier section's share is of)


def _namesake_after(other: Item, item: Item) -> bool:
    """支出 a，占支出总额的 p；…，支出 b: an item of the part's very name said after it is
    another part of their list, not the whole (which a list states first)."""
    return other.subject == item.subject and bool(other.statements) and bool(item.statements) \
        and other.statements[0].order > item.statements[0].order


def _owned_wholes(name: str, item: Item, scope: _Scope) -> list[Item]:
    """``占总投资的 90%`` where its section names only ``项目总投资`` (占在职人员总数的
    where it names 实有在职人员): a whole (or a share's part, 调出资金 after 按规定调出资金)
    written without its owner or qualifier is the one item of the section whose name ends
    with it."""
    untailed = name
    for tail in _WHOLE_TAILS:
        untailed = untailed.removesuffix(tail)
    wanted = tuple({w for w in (key(name), key(untailed))
                    if not is_generic(w) and w not in cues.CATEGORIES})  # never a bare 支出
    if not wanted:
        return []
    section = scope.sections.get(item.section, ())
    listed = _listed_by_name(section)
    return [other for other in section
            if other is not item and other.subject and key(other.subject) != key(item.subject)
            and key(other.subject).endswith(wanted) and key(other.subject) not in wanted
            and id(other) not in listed]
    # (高新技术企业 获补助 a，占补助总额的 p；中小企业 获补助 b: b is a's namesake, no whole)


def _listed_by_name(section: Sequence[Item]) -> set[int]:
    """The items (by id) a 分别 list named in turn: A、B、C 政府采购支出分别为 a、b、c gives C the
    noun the three share, yet C is one of them, never their whole."""
    return {id(part) for other in section for part in other.distributed}


def _names_total(name: str, total: str) -> bool:
    """Does a share's whole (总支出, 支出总计, 基本支出预算) name this total (医院支出)?"""
    if _whole_key(name) == _whole_key(total) or (len(name) >= MIN_BARE_NAME and any(
            total.endswith(name + flow) for flow in cues.FLOWS)):
        return True  # (占机关运行经费的 p under 本部门机关运行经费支出 a: its flow word left off)
    bare = _bare_whole(name, _WHOLE_TAILS[:3])
    if len(bare) >= 2 and bare != name and total.endswith(bare):
        return True
    # (项目全年支出 a，其中 A b，占项目总支出的 p: the owner's word first, then 总 / 全年)
    unsaid = _without_whole_words(name)
    return len(unsaid) >= MIN_BARE_NAME and unsaid == _without_whole_words(total)


def _without_whole_words(name: str) -> str:
    """A name with the words of when and of all of it (总, 全年, 本年度) taken out wherever they
    stand, its tails (总额, 合计) off."""
    for word in _WHOLE_PREFIXES:
        name = name.replace(word, "", 1)
    return _bare_whole(name)


def _named_by_its_words(name: str, total: Item) -> bool:
    """全年执行数 a，其中：A b，占全年执行数的 p: a total named by its measure's words only
    (no subject of its own) is the whole those very words name."""
    return not total.subject and len(name) >= MIN_BARE_NAME \
        and any(s.label.endswith(name) for s in total.levels())


def _named_by_its_verb(name: str, total: Item) -> bool:
    """共征集各类档案 a 件，其中 A b 件，占征集总量的 p: a whole said as a verb and a word for
    all of it (总量 / 总数 / 总额) is the list's own total where that verb opens the total's
    name, after at most a word of when or how many (共 / 全年 / 累计)."""
    bare = next((name.removesuffix(tail) for tail in _ALL_OF_IT if name.endswith(tail)), "")
    at = total.subject.find(bare) if len(bare) >= MIN_VERB else -1
    return 0 <= at <= MAX_VERB_LEAD


#: the words for all of a total a share's whole may end with after the total's verb
_ALL_OF_IT = ("总量", "总数", "总额",
              "总人数", "总户数", "总人次")  # (共保障 215 人，其中 A 128 人，占保障总人数的 p)
#: the shortest verb such a whole names; the most characters before it in the total's name
MIN_VERB = 2
MAX_VERB_LEAD = 3


def _names_measured_flow(name: str, total: Item) -> bool:
    """占支出预算的 p under 一般公共预算支出安排 a，其中 …: a bare flow with a measure word names
    the list's total of that flow when the total states that measure (not 基本支出 a, 包括 …，
    占支出预算的 p, whose total states none)."""
    flow = key(name)
    measure = next((m for suffix, m in MEASURE_SUFFIXES if name.endswith(suffix)), None)
    return flow in cues.FLOWS and measure is not None and total.subject.endswith(flow) \
        and any(s.measure == measure for s in total.levels())


def _named(name: str, index: dict[str, list[Item]]) -> list[Item]:
    """The items a name may mean: by its key, its whole-key or its breakdown concept."""
    found: list[Item] = []
    for wanted in (key(name), _whole_key(name), breakdowns.concept(name)):
        for item in index.get(wanted or "", ()):
            if item not in found:
                found.append(item)
    return found


def _level_like(item: Item, like: Statement, named: str = "") -> Statement | None:
    """``item``'s level in the dimension and period of ``like``, and of its measure: a
    share of what was spent is of the whole spent, not of its budget (“三公”经费预算 36.00，
    实际支出 29.84 … 公务用车运行维护费 21.30，占“三公”经费支出的 71.38%)."""
    alike = [s for s in item.levels() if s.dimension == like.dimension]
    if like.dimension == "count":  # (低保对象 6,428 户、10,352 人，其中 A 8,694 人: of the 人)
        alike = [s for s in alike if s.quantity.unit == like.quantity.unit] or alike
    levels = [s for s in alike if not per_unit.per_one(s.label)] or alike
    # (活动 a 场，站均 b 场；其中 …: of a; 人均消费支出 a。其中，食品烟酒 b，占 p: a mean's
    # parts are means too)
    same = [s for s in levels if s.period == like.period]
    chosen = same or ([] if like.period_stated else [s for s in levels if not s.period_stated])
    # (上年… 占当年支出的: its year's; 占基金收入的 p beside 上年基金收入 b: no whole of a year
    # another than the part's, where that year is said)
    wanted = (like.measure,) if like.measure is not None else (None, "actual")
    measured = [s for s in chosen if s.measure in wanted]
    if not measured and like.measure == "actual" \
            and all(s.measure in BUDGET_MEASURES for s in chosen):
        return None  # (市本级完成 39.2，占全市…收入的 34.1% where the whole is named only with
        # its budget: what was done is not a share of a plan)
    measured = measured or chosen
    # (支出当月完成 38.8 亿元；累计完成 210 亿元，其中民生支出 138.3 亿元，占比 65.8%: of the
    # figure said last before the part, where the whole states several alike)
    before = [s for s in measured if s.paragraph == like.paragraph and s.start < like.start]
    if len(before) > 1 and len({s.measure for s in before}) == 1:
        bare = _bare_whole(named)
        labelled = [s for s in before if len(bare) >= MIN_SAID_PART and bare in s.label]
        # (收到直达资金 a，已支出 b。其中 …，占直达资金总额的 p: the one the share names)
        return labelled[0] if len(labelled) == 1 else before[-1]
    return measured[0] if measured else None


def _rate(item: Item, stated: Statement) -> Ratio | None:
    """执行率 of the item's own actual over its budget (the budget may follow: （全年预算 …））.

    Only figures of the rate's year stated before the rate, or in its sentence,
    are its figures: a budget a later sentence gives may be another (年初 / 调整后). Where both
    the full-year and the initial budget are given the rate is of the former;
    an initial budget that was adjusted is only a guess (info at most).
    """
    if per_unit.per_one(key(item.subject)):
        return None  # 每村 15 万元 …已拨付 162 万元，拨付率 90%: not of the amount per village
    tasks = {s.dimension for s in item.statements if s.measure == "budget"
             and any(w in s.label for w in ratios.PLAN_WORDS)}
    # (下达造林任务 2.4 万亩，实际完成 2.16 万亩，完成率 p: a task's plan, in its own unit)
    levels = [s for s in item.statements if (s.role in (LEVEL, WHOLE) or (
                  s.role == TO and s.measure == "budget"))  # (年初预算 a，调整为 b: b)
              and (s.dimension == "money" or (len(tasks) == 1 and s.dimension in tasks))
              and (s.sentence < stated.sentence or s.sentence == stated.sentence)
              and s.period == stated.period]  # not 上年完成 x beside this year's rate
    actual = [s for s in levels if s.measure == "actual"]
    # (…，执行率 p%；上年同期预算 b，支出 c，执行率 q%: c is the second rate's, not the first's)
    actual = [s for s in actual if s.start < stated.start] or actual
    verb = _fund_verb(stated)
    if verb is not None:  # 62,000 万元，已全部到位，到位率 100%；已支出 57,418 万元: a 到位率
        actual = [s for s in actual if verb in s.label]  # is of funds received, not spent
    if stated.whole:  # 完成年初预算的 45%: the budget named must be stated too
        if any(s.role == WHOLE and s.clause == stated.clause and s.start < stated.start
               and s.period != stated.period for s in item.statements):
            return None  # 上年完成预算 14,210 万元的 98.3%: last year's rate, whose done
            # figure its clause does not give
        wanted = "budget_initial" if "年初" in stated.whole else "budget"
        budgets = [s for s in levels if s.measure == wanted] or [
            s for s in levels if s.role == WHOLE and s.clause == stated.clause]
        # (占预算调整数 61,000 万元的 p%: the figure the rate's own clause names)
        certain = True
        if not budgets and wanted == "budget" and ADJUSTED not in stated.whole:
            # 年初预算 a，决算 b，完成预算的 p%: the one budget said is the initial one
            budgets, certain = _initial_budgets(item, levels)
        done = actual or [s for s in levels if s.measure is None]
        excess = _excess_shared(item, stated, budgets[-1]) if budgets else None
        if excess is not None:  # 超收 4.12 亿元，超收额占调整预算 114.45 亿元的 3.6%
            done = [excess]
        if budgets and done:
            # (支出预算 a，完成支出 b，占调整预算的 p%: a may be the budget before it was
            # adjusted, which the rate is not of)
            adjusted = ADJUSTED in stated.whole and ADJUSTED not in budgets[-1].label
            return Ratio("rate", stated, done[-1], budgets[-1], certain and not adjusted)
        return None
    budgets = [s for s in levels if s.measure == "budget"]
    certain = True
    if not budgets:
        budgets, certain = _initial_budgets(item, levels)
    if not budgets:  # (a figure its words say was spent, 1-6月支出 a, is no budget; nor is a
        # standard, 按每人每月 100 元)
        budgets = [s for s in levels if s.measure is None and actual and s.start < actual[0]
                   .start and not s.label.endswith(_SPENT) and not per_unit.said_per_one(s.label)]
    if actual and budgets and budgets[-1] is not actual[-1]:
        if any(s.measure in BUDGET_MEASURES and s.period != stated.period
               and s.paragraph == actual[-1].paragraph
               and budgets[-1].start < s.start < actual[-1].start for s in item.statements):
            return None  # 本年预算 a，执行 b …；2023 年预算 c，执行 d，执行率 p%: d's year is c's
        certain = certain and not _received_beside(levels, actual[-1], budgets[-1], stated)
        return Ratio("rate", stated, actual[-1], budgets[-1], certain)
    return None


def _rest_between(item: Item, stated: Statement) -> bool:
    """预算安排 a，实际支出 b，结转 c，预算执行率 p: the rate said in the item of what was left,
    which names no figure the rate is of (the rate is the item's before)."""
    return item.subject in ratios.REST_BESIDE and all(
        s.sentence == stated.sentence for s in item.statements)


def _spent_of_funds(upto: Sequence[Item], stated: Statement) -> Ratio | None:
    """到位资金 a，已支出 b，支出进度 p / 下达资金 a，累计支出 b，支出进度 p: a rate of spending
    with no budget of its own is of the funds said before the amount spent in its sentence
    (so is an execution rate: 到位 a，实际支出 b，资金执行率 p). Read only where the
    sentence states exactly those two amounts before the rate, the second spent in the
    rate's words and the first in none of them."""
    here = [s for s in _said_before(upto, stated)
            if not s.aside and s.dimension == "money" and s.period == stated.period]
    # (到位资金 a（中央 b、省级 c），全年支出 d，资金支出率 p: the funds' sources in brackets
    # are theirs, no third amount)
    verb = next((v for v in ratios.SPENDING_RATE_VERBS if v in stated.label), None)
    said: tuple[str, ...] = (verb,) if verb is not None else ()
    if verb is None and ratios.EXECUTED in stated.label:
        said = ratios.EXECUTED_AS  # (到位资金 a，实际支出 b，资金执行率 p)
    if not said or stated.whole or len(here) != 2:
        return None
    funds, spent = here
    if not any(w in spent.label for w in said) or any(w in funds.label for w in said) \
            or not same_kind(funds, spent) or (verb is None and funds.measure != "actual"):
        return None  # (收入预算 a，实际支出 b，预算执行率 p: an income's budget, no funds come in)
    return Ratio("rate", stated, spent, funds, True)


def _excess_shared(item: Item, stated: Statement, budget: Statement) -> Statement | None:
    """The excess over the budget (超收 / 超支 c) said right before a share of the budget
    (占调整预算的 p%): the share is of it, not of the level it passed the budget by."""
    before = [s for s in item.statements if s.sentence == stated.sentence
              and s.start < stated.start and s is not budget and s.dimension == "money"]
    if not before or before[-1].role != CHANGE or before[-1].base_kind != "budget":
        return None
    words = stated.label + (budget.label if budget.start > before[-1].start else "")
    return before[-1] if ratios.SHARE_OPEN[0] in words else None


#: the word of a budget as it was adjusted (调整预算 / 调整后预算)
ADJUSTED = "调整"


def _initial_budgets(item: Item, levels: Sequence[Statement]) -> tuple[list[Statement], bool]:
    """The initial budgets a rate is of where no full-year one is said, and whether that is
    sure: not where the item was adjusted during the year (then the rate may be of the
    adjusted budget, which the text does not state)."""
    return ([s for s in levels if s.measure == "budget_initial"],
            not any(s.measure == "adjustment" for s in item.statements))


def _received_beside(levels: Sequence[Statement], spent: Statement, budget: Statement,
                     stated: Statement) -> bool:
    """Funds received (到位) other than the budget stated beside what was spent, that the
    stated rate fits: the rate may be of them. (A rate that fits neither is wrong either
    way: 执行数 1,652.56 of 预算 1,820.00 or of 到位 1,765.40 is no 92.80 %.)"""
    return any(ratio_fits(spent, other, stated) is not False for other in levels
               if other is not spent and other.quantity != budget.quantity
               and other.dimension == spent.dimension
               and any(word in other.label for word in ratios.RECEIVED))
