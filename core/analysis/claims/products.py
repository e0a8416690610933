"""Products: counts times amounts each (5 个村各 20 万元，共计 100 万元)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from crossfoot.analysis.claims.common import same_kind
from crossfoot.analysis.clauses import BREAK
from crossfoot.analysis.statements import (
    LEVEL,
    Statement,
)
from crossfoot.analysis.vocabulary import balances, cues, measures, per_unit
from crossfoot.model import unit_words
from crossfoot.model.dates import ANY_YEAR, part_of_year_end, parts_of_year_named


@dataclass(slots=True)
class Product:
    """共计 as counts times amounts each (5 个村各 20 万元，另 2 个村各 10 万元，共计 120 万元)."""

    #: (count, amount each); no count where the amount is a month's mean of a year's total
    terms: list[tuple[Statement | None, Statement]]
    total: Statement
    #: how many times in the total's period each is paid (12 for 每人每月 in a year's total)
    times: int = 1


#: the word that gives every one of a count the same figure (4 个村各补助 12.5 万元)
EACH = "各"


#: the word that gives every one of a count's units the same figure (6 期，每期 50 人)
EVERY = "每"


#: things named in a list before 各 (A、B各 / “A”“B”各 / A和B各): 各 is of them, not of the count
_LISTED = re.compile(r"[、]|[”」][“「]|[\u4e00-\u9fff][" + "".join(
    w for w in cues.LIST_JOINERS if len(w) == 1) + r"][\u4e00-\u9fff]")


#: what 各 begins when it is "every kind of", not "each" (各类规费, 各项工作, 各级财政)
_NOT_EACH = "类种项级地部单方界族"




def _each(between: str, count: Statement) -> bool:
    """The words between a count and an amount say "each".

    ``4 个村各补助``, ``12 家企业各给予`` (各 in the clause, not 各类 / 各项), or
    ``培训 6 期，每期培训学员`` (每 and the count's own unit after the comma, or in the
    count's clause: ``对 28 户帮扶对象每户发放``), or
    ``20 台，单价 0.6 万元`` (the unit's price right after the count).
    """
    said = count.noun + between  # 12 个村级幸福院各拨付: the noun read may run past 各 / 每
    if said.count(EVERY) - said.count(EVERY + "年") > 1:
        return False  # 642 人，按每人每学期 1,500 元: per one per term, not each once (每村每年
        # in a year's total is once)
    at = said.find(EACH)
    if at >= 0 and _LISTED.search(said[:at]):
        return False  # 每户配发 A、B 各 1 个: each of the things listed, so the total is a
        # multiple of the count's that the words do not number
    if at >= 0 and not BREAK.search(said) and said[at + 1:at + 2] not in _NOT_EACH:
        return True
    unit = count.quantity.unit
    after = _standard_open(between.lstrip("，, "))
    if any(word in said for word in per_unit.PER_PERIOD):
        return False  # 每人每月 100 元: a rate per period, read by _per_period (the count's
        # noun read may hold it: 2,316 名困难残疾人按每人每月 90 元)
    if after.removesuffix("：").removesuffix("为") in cues.UNIT_PRICE:
        return True  # 20 台，单价 0.6 万元
    everies = (EVERY + unit, *((EVERY + "人",) if unit in per_unit.PEOPLE else ()))
    clauses = BREAK.split(after)
    if _every_of_noun(said, count.lead):
        return True
    return bool(unit) and (after.startswith(everies) or (
        any(e in said for e in everies) and not BREAK.search(said))
        or (len(clauses) == 2 and _standard_open(clauses[1]).startswith(everies)))
    # (为 520 名残疾儿童提供康复救助，每人补助标准 1.20 万元: 每 opens the next clause)


#: the words a standard per one opens with before its 每 (18 艘，按每艘 8 万元 / 186 人，体检费
#: 按每人 450 元 / 18 台，平均每台 32.5 万元 / 1,386 人次（按每人次 500 元）): a bracket, a short
#: name and 按, or 平均
_STANDARD_OPEN = re.compile(r"^[（(]?(?:[\u4e00-\u9fff]{0,6}?(?:按照|按))?(?:平均)?(?=每)")


def _standard_open(words: str) -> str:
    """``words`` from the 每 a standard per one opens with."""
    return _STANDARD_OPEN.sub("", words, count=1)


def _mean_of_a_part(text: str, statements: Sequence[Statement], index: int) -> bool:
    """共 56 套，其中新建 38 套、更新 18 套，平均每套 4.2 万元: a mean after a count said with
    another of its unit before it in the sentence may be of them all, not of the last."""
    count, mean = statements[index - 1], statements[index]
    if per_unit.MEAN not in text[count.end:mean.start]:
        return False
    return any(other.sentence == count.sentence and other.paragraph == count.paragraph
               and other.dimension == "count" and other.quantity.unit == count.quantity.unit
               for other in statements[:index - 1])


def _every_of_noun(said: str, named: str = "") -> bool:
    """每 and a word of the count's own noun, in its clause: 146 个行政村按每村, 8 个社区每社区,
    32 所学校每校; or of the name said before the count, in the clause after it (扶持村 12 个，
    每村补助 50 万元: ``named``)."""
    at = said.find(EVERY)
    one = said[at + 1:at + 2]
    if at > 0 and bool(one) and one in said[:at] and not BREAK.search(said):
        return True
    clauses = BREAK.split(said.lstrip("，, "))
    return bool(named) and at >= 0 and bool(one) and one in named \
        and len(clauses) == 1 and said.lstrip("，, ").startswith(EVERY)


#: a count of people times a count of sessions is a count of person-times (6 期 × 50 人)
_TIMES_UNITS = {("人", "人次"), ("名", "人次")}


def _of_total(each: Statement, total: Statement) -> bool:
    return same_kind(each, total) or (each.quantity.unit, total.quantity.unit) in _TIMES_UNITS


def find_products(text: str, statements: Sequence[Statement]) -> list[Product]:
    """Counts, an amount each right after each count, and a total (共 / 共计) after them.

    Counts must be exact and whole, amounts of the total's kind, all in one
    sentence; then the total is the sum of the counts times their amounts. A bare 计
    before the total (4 艘，单价 a，计 c) makes it the last count's and amount's alone.
    """
    found = []
    terms: list[tuple[Statement | None, Statement]] = []
    for index, statement in enumerate(statements):
        if terms and statement.sentence != terms[-1][1].sentence:
            terms = []
        if index > 0 and _term(text, statements[index - 1], statement) \
                and not _mean_of_a_part(text, statements, index) \
                and not per_unit.rate_of_one(statements[index - 1].label) \
                and not _one_each(statements[index - 1].label):
            # (1,386 人次，人均 154 人次；补贴按每人次 80 元: not the mean's count; 为 18 家卫生院
            # 各配备 DR 1 台，单价 a，合计 c: one each, not the count the price is of)
            terms.append((statements[index - 1], statement))
            continue
        if not terms or statement.role != LEVEL:
            continue
        words = text[terms[-1][1].end + len(terms[-1][1].noun):statement.start]
        if words.strip("，, ") == _RECKONED and _of_total(terms[-1][1], statement):
            found.append(Product(terms[-1:], statement))  # (…；120 个，单价 85 元，计 c: of
            terms = []  # the count and price right before it, not of the sentence's others)
        elif all(_of_total(each, statement) for _, each in terms) \
                and any(cue in words for cue in cues.TOTAL):
            found.append(Product(terms, statement))
            terms = []
        elif not statement.aside and any(same_kind(each, statement) for _, each in terms):
            terms = []  # 6 人，每人 1,600 元；…电费 3,417.60 元；合计 …: an amount besides the
            # products, so the total is no sum of them alone (not one in brackets, which
            # restates the amount before it: 每户 0.15 万元（1,500 元）)
    termed = {each.id for product in found for _, each in product.terms}
    periodic = [p for p in _per_period(text, statements)
                if not any(each.id in termed for _, each in p.terms)]  # (18 艘，按每艘 8 万元
    # …，合计 c: read once, as the count's term)
    rated = {each.id for product in periodic for _, each in product.terms}
    # (公用经费 a。…按在校生 2,314 人、生均公用经费 850 元/人的标准，全年拨付 c: the amount
    # the rate makes is the one after it, not the total of its name said before)
    return found + [p for p in _per_unit(text, statements)
                    if not any(each.id in rated for _, each in p.terms)] \
        + periodic + _monthly_means(text, statements)


#: the word alone that gives the amount a count and its price make (45 辆，每辆 8 万元，计 360
#: 万元 / 救生衣 600 件，单价 185 元/件，计 11.1 万元: allocation and purchase lines)
_RECKONED = "计"


def _monthly_means(text: str, statements: Sequence[Statement]) -> list[Product]:
    """全年收缴党费 64,920 元，月均 5,410 元: a year's amount, then its mean a month in a clause
    of the same sentence, is a twelfth of it.

    Read only where the mean's own clause opens with the word (月均 / 平均每月) and the
    nearest figure of its kind before it in the sentence is said of the whole year (全年 /
    年度, or a year with no month or quarter between it and the figure).
    """
    found = []
    means = [s.role == LEVEL and s.dimension != "ratio" and _month_mean(text, s)
             for s in statements]
    for index, mean in enumerate(statements):
        if not means[index]:
            continue
        # (累计发放 37,380 人次，月均 3,115 人；累计发放 52,116 人次，月均 4,343 人: each
        # mean of the total right before it, never of the mean before that)
        total = None
        for at in range(index - 1, -1, -1):  # back to the sentence's start
            s = statements[at]
            if (s.paragraph, s.sentence) != (mean.paragraph, mean.sentence):
                break
            if s.role == LEVEL and not means[at] and _of_total(mean, s):
                total = s
                break
        verb = _mean_words(text, mean)
        if total is not None and verb and verb not in total.label:
            total = None  # 收入 a，月均支出 b: the mean of another flow
        if total is not None and _said_of_a_year(text, total):
            found.append(Product([(None, mean)], total, MONTHS))
        elif total is not None:
            months = _months_covered(text, total)
            if months is not None:  # 1-9 月累计支出 a，月均支出 b: a ninth of it
                found.append(Product([(None, mean)], total, months))
    return found


def _months_covered(text: str, total: Statement) -> int | None:
    """How many months the words of ``total``'s sentence before it say it covers: from
    January (1-9 月 / 前三季度 / 上半年: 9, 9, 6), or one quarter (第三季度: 3); None for no
    such period, or one month (9 月份)."""
    start = max(text.rfind(mark, 0, total.start) for mark in "。！？\n；;") + 1
    words = text[start:total.start]
    end = part_of_year_end(words, ANY_YEAR)
    if end is None or parts_of_year_named(words) > 1:
        return None
    if end[1] in _ONE_QUARTER:
        return QUARTER
    return end[0].month if end[1].startswith(_FROM_JANUARY) else None


#: how a period from January opens (1-9 月, 一至九月, 前三季度, 上半年, 一季度): not 9 月份
_FROM_JANUARY = ("1", "一", "前三季度", "上半年", "半年度", "第一季度")
#: a quarter past the first, named alone (第三季度累计发放 a，月均 b: a third of it)
_ONE_QUARTER = ("第二季度", "二季度", "第三季度", "三季度")
#: the months of a quarter
QUARTER = 3


def _month_mean(text: str, statement: Statement) -> bool:
    """Does the figure's own clause open with 月均 / 平均每月, with nothing else or a verb
    after it (月均支出: ``_monthly_means`` holds the verb to the total's words)?"""
    return _mean_words(text, statement) is not None


def _mean_words(text: str, statement: Statement) -> str | None:
    """The words after 月均 in the figure's own clause, when it opens with the word."""
    clause = text[max(0, statement.start - per_unit.RATE_WORDS_WITHIN):statement.start]
    words = clause[max(clause.rfind(mark) for mark in "，,；;：:") + 1:].strip()
    opener = next((w for w in per_unit.MONTHLY_MEAN if words.startswith(w)), None)
    if opener is None or len(words) - len(opener) > MEAN_VERB:
        return None
    return words[len(opener):]


#: the most characters of a verb after 月均 (月均支出 / 月均发放)
MEAN_VERB = 2


#: the months of a year
MONTHS = 12
#: a year, then words without a month or a quarter, up to a figure (2023 年河口村…支出)
_YEAR_THEN_WORDS = re.compile(r"(?:19|20)[0-9]{2}\s*年(?:度)?[^月季，,；;。0-9]*$")


def _said_of_a_year(text: str, total: Statement) -> bool:
    """Do the words of ``total``'s sentence before it say it is the whole year's?"""
    start = max(text.rfind(mark, 0, total.start) for mark in "。！？\n；;") + 1
    before = text[start:total.start]
    return any(word in before for word in per_unit.YEAR) \
        or _YEAR_THEN_WORDS.search(before) is not None


def _per_period(text: str, statements: Sequence[Statement]) -> list[Product]:
    """按每人每月 100 元标准，为 8,650 名老年人发放，全年需资金 1,038.00 万元: a count, an
    amount per one per month (or year), and the year's total after them, in one sentence.

    Read only where the sentence states exactly one whole count in the units the
    rate is per (人 / 名 for 每人, 户 for 每户), one amount at that rate, and after
    both one amount of the total's kind, said of the whole year (全年 / 年度) where the rate
    is per month, unless the sentence says how many months (发放 10 个月); a rate per day
    (每人每天) only with the days said (务工 90 天). Not what was paid under a line
    (低保保障标准 … 发放 c: each is paid his gap to it).
    """
    found = []
    by_sentence: dict[tuple[str, int], list[Statement]] = {}
    for statement in statements:
        by_sentence.setdefault((statement.paragraph, statement.sentence), []).append(statement)
    standard: list[Statement] = []  # the sentence before, where it states a standard alone
    for (paragraph, sentence), members in by_sentence.items():
        rates = [(s, per) for s in members if s.role == LEVEL and s.dimension == "money"
                 and not _per_more(text, s.end)  # (450 元/人·天: per day too)
                 for per in [_rate_per(text, s)] if per is not None]
        if not rates and standard and (standard[0].paragraph, standard[0].sentence + 1) \
                == (paragraph, sentence):
            # (按每批次 65 元标准购买服务。全年完成 12,400 批次，支付服务费 c: the standard
            # its own sentence states, then the count and what it made)
            members = [*standard, *members]
            rates = [(standard[0], per) for per in [_rate_per(text, standard[0])]
                     if per is not None]
        standard = members if len(members) == 1 and len(rates) == 1 else []
        if len(rates) != 1:
            continue
        each, (units, times) = rates[0]
        counts = _whole_counts(members, units) or _counts_named(members, units)
        if not counts:  # (完成案件 186 件（目标 180 件）。按每件 1,200 元标准支付补贴 c: the
            # count the sentence before states, not its target in brackets)
            counts = [s for s in _whole_counts(by_sentence.get((paragraph, sentence - 1), ()),
                                               units) if not s.aside]
        paid = _times_paid(members, each, times)
        # (按每人每月 1,800 元标准发放岗位补贴 12 个月，共计 c: the months said, not a year;
        # 每生每天 4 元，在校 200 天: a day's rate, as many days as said)
        if times == DAILY and paid is None:
            continue
        totals = [s for s in members if s.role == LEVEL and same_kind(s, each) and s is not each
                  and s.start > max((each.start, *(c.start for c in counts[:1])))
                  and _said_of_a_year_total(_words_before(text, members, s),
                                            1 if paid else times)]
        times = paid or times
        after = [s for s in members if s.role == LEVEL and same_kind(s, each)
                 and s.start > each.start]
        if len(counts) == 1 and len(totals) == 1 and after[0] is totals[0] \
                and not _paid_under_a_line(text, members, each, totals[0]) \
                and not any(s.quantity.unit == counts[0].quantity.unit and s is not counts[0]
                            and each.start < s.start < totals[0].start for s in members):
            # (扶持 3 个村，每村 a；3 个项目年收益合计 c: a total of other things so counted)
            # (每人每年 a 测算，保险费收入 b；…，基金收入合计 c: b is the product, c a sum)
            found.append(Product([(counts[0], each)], totals[0], times))
    return found


def _whole_counts(statements: Sequence[Statement], units: Sequence[str]) -> list[Statement]:
    """The levels among ``statements`` that are whole, exact counts in one of ``units``, not
    one each of something else (为 18 个村各安装健身路径 1 套: 1 套 a village; 为 18 家乡镇
    卫生院各配备 DR 1 台: 各 inside the words read)."""
    return [s for s in statements if s.role == LEVEL and s.dimension == "count"
            and s.quantity.unit in units and s.quantity.exact and not s.quantity.value % 1
            and not _one_each(s.label)]


def _one_each(label: str) -> bool:
    """各 in a count's words, not 各类 / 各项: the count is of one each of something."""
    at = label.find(EACH)
    while at >= 0:
        if label[at + 1:at + 2] not in _NOT_EACH:
            return True
        at = label.find(EACH, at + 1)
    return False


def _counts_named(statements: Sequence[Statement], units: Sequence[str]) -> list[Statement]:
    """新建微型消防站 26 个 … 每站: the whole counts in a general unit (个) whose words end
    with the one character the rate is per, where that is no unit of its own."""
    if len(units) != 1 or units[0] in unit_words.COUNT or units[0] in _PERIODS:
        return []
    return [s for s in _whole_counts(statements, per_unit.NAMED_UNITS)
            if (s.noun or s.label).endswith(units[0])]


def _paid_under_a_line(text: str, members: Sequence[Statement], each: Statement,
                       total: Statement) -> bool:
    """保障标准为每人每年 5,400 元 … 全年发放低保资金 c: what was paid under a line is each
    one's gap to it, not the line times the count (a budget's 全年需资金 at the standard is
    that product)."""
    return any(w in each.label for w in per_unit.LINE_STANDARDS) \
        and any(w in _words_before(text, members, total) for w in measures.ACTUAL_WORDS)


def _times_paid(members: Sequence[Statement], each: Statement, times: int) -> int | None:
    """The months a rate per month, or the days a rate per day, was paid for, where its
    sentence says them in one figure after the rate (发放 12 个月 / 在校天数按 200 天计): a
    whole count, up to a year's."""
    unit, most = _PAID_FOR.get(times, ("", 0))
    said = [s for s in members if unit and s.quantity.unit == unit and s.start > each.start]
    if len(said) != 1 or said[0].quantity.value % 1 or not 0 < said[0].quantity.value <= most:
        return None
    return int(said[0].quantity.value)


#: a rate per day's times a year: none fixed, only the days the text says
DAILY = 0
#: the unit of the count of times a rate is paid for, and the most a year holds, by its times
#: a year (a month's, a day's)
_PAID_FOR = {MONTHS: ("个月", MONTHS), DAILY: ("天", 366)}


def _per_more(text: str, end: int) -> bool:
    """元/人·天 / 元/人·次 after a rate's figure: a rate per one per something else too (a day,
    a time), which the count alone does not make up (元/人·年 is per one a year)."""
    return text[end:end + 1] in _JOINING_MARKS and text[end + 1:end + 2] != "年"


#: the marks joining a unit's counts (元/人·天)
_JOINING_MARKS = ("·", "•", "・")


#: the words that say an amount after a rate per year is its total (全年 / 共发放 / 合计 /
#: 发放资金 / 所需资金 / 支出; 成交单价 a 元/台，合同金额 c / 采购金额 c: a purchase's), not
#: another thing's (林业有害生物防治 c)
_YEAR_OR_TOTAL = (*per_unit.YEAR, *cues.TOTAL_OPENING, *measures.ACTUAL_WORDS, "需", "支出",
                  *balances.SPENT, "采购金额")


def _said_of_a_year_total(words: str, times: int) -> bool:
    """Do the words before an amount after a rate say it is the year's total: of the whole
    year (全年) after a rate per month; said as a total or a payment (共发放 c) after a rate per
    year, and not of several years (2021—2023 年三年合计兑付 c / 累计发放 c; 全年累计发放 c is
    the year's)?"""
    if times != 1:
        return any(word in words for word in per_unit.YEAR)
    for year in per_unit.YEAR:  # (全年累计发放 c: a running total within the year)
        words = words.replace(year + per_unit.RUNNING, year)
    return any(word in words for word in _YEAR_OR_TOTAL) and per_unit.RUNNING not in words \
        and _YEAR_NAMED.search(words) is None


#: the ending of a count of times (人次 / 户次): of each one for each time, months included
_TIMES = "次"
#: months said before a total (1—6 月 / 前三季度 / 上半年): a part of the year only
_MONTHS_SAID = re.compile(r"[0-9一二三四五六七八九十]\s?月|季度|半年")
#: a count of years or a year named before a total (三年合计 / 2023 年), not 年度
_YEAR_NAMED = re.compile(r"[0-9一二两三四五六七八九十]\s?年(?!度)")


def _rate_per(text: str, statement: Statement) -> tuple[tuple[str, ...], int] | None:
    """(units of the count, times a year) when the words before an amount make it a rate per
    one per month or year (每人每月 / 补贴标准为每户每年)."""
    words = text[max(0, statement.start - per_unit.RATE_WORDS_WITHIN):statement.start]
    for word, rate in per_unit.PER_PERIOD.items():
        if word in words:
            return rate
    for word, units in per_unit.PER_DAY.items():
        if word in words:
            return units, DAILY
    one = _PER_ONE.search(words) or _PER_NOUN.search(words)
    if one is not None:  # 补贴标准为每件 800 元，…结案 426 件，…核发补贴 c: once a count
        return (per_unit.PEOPLE if one[1] in per_unit.PEOPLE else (one[1],)), 1
    per = _unit_per(statement.quantity.unit)
    if per is not None and per[1] == 1 and any(w in words for w in per_unit.MONTHLY_STANDARD):
        return per[0], MONTHS  # 月标准为 163 元/人: a month's, though its unit names no period
    return per


#: what may stand between a rate's 每 and unit and its figure (每人补助为 / 每艘标准)
_PER_ONE_TAIL = "(?:补助|补贴|标准|资助|奖励|奖补)?为?$"
#: a rate per one of a count said right before its figure, with no period (每件 / 每人补助 /
#: 每艘标准为): the count's unit
_PER_ONE = re.compile("每(" + "|".join(sorted(unit_words.COUNT, key=len, reverse=True))
                      + ")" + _PER_ONE_TAIL)


#: a rate per one of what a count's noun ends with (微型消防站 26 个 … 补助标准为每站 a: 站),
#: and the characters such a 每 opens that are periods, not things (每年, 每月)
_PER_NOUN = re.compile("每([\u4e00-\u9fff])" + _PER_ONE_TAIL)
_PERIODS = "年月日天季周"


def _unit_per(unit: str) -> tuple[tuple[str, ...], int] | None:
    """800 元/户/年, 1,500 元/人/月, 0.9 万元/户: the count's unit and the times a year the
    unit itself says the amount is paid (once where it names no period)."""
    _, per, rest = unit.partition("/")
    one, _, period = rest.partition("/") if rest else (per, "", "")
    times = per_unit.TIMES_A_YEAR.get(period)
    if not per or times is None or "/" in period:
        return None
    return (per_unit.PEOPLE if one in per_unit.PEOPLE else (one,)), times


def _words_before(text: str, members: Sequence[Statement], statement: Statement) -> str:
    """The words between a statement and the figure before it in its sentence."""
    before = [s for s in members if s.end <= statement.start]
    start = before[-1].end if before else max(0, statement.start - per_unit.RATE_WORDS_WITHIN)
    return text[start:statement.start]


def _per_unit(text: str, statements: Sequence[Statement]) -> list[Product]:
    """工资福利支出 921.60 万元，在职人员 64 人，人均 14.40 万元: a total, the count it is
    shared by and the amount per one, read as the count times the amount (so too a count
    per one: 培训 42 期，1,890 人次，平均每期 45 人).

    Read only where the amount's segment (up to a ；) states before it exactly one
    figure of its kind and exactly one count, whole and in the units the word
    (人均 / 户均 …) is per one of; after another amount per one, only a total its
    name names.
    """
    found = []
    pers = [_per_word(text, statements, index) for index in range(len(statements))]
    for index, average in enumerate(statements):
        per = pers[index]
        if per is None or average.role != LEVEL or average.dimension == "ratio":
            continue
        counted = average.dimension == "count"  # 培训 42 期，1,890 人次，平均每期 45 人
        units, name, over = per
        # 全年发放 153,936 万元，人均每月 3,000 元: each one's paid twelve times a year
        period = next((word for word in per_unit.PERIOD_AFTER if name.startswith(word)), "")
        times = per_unit.PERIOD_AFTER.get(period)
        name = name.removeprefix(period)
        segment: list[Statement] = []
        other_per = False  # an amount per one before it in the segment
        for at in range(index - 1, -1, -1):  # back to the segment's start
            s = statements[at]
            if (s.sentence, s.segment) != (average.sentence, average.segment):
                break
            if s.role == LEVEL and pers[at] is None:
                segment.insert(0, s)
            other_per = other_per or (pers[at] is not None and same_kind(s, average))
        counts = [s for s in segment if s.dimension == "count" and over in (None, s)]
        if len(counts) > 1 or counted:  # 补贴面积 52.4 万亩 …，涉及农户 68,500 户，户均 …:
            counts = [s for s in counts if s.quantity.unit in units]  # the one in 户
        totals = [s for s in segment if (_of_total(average, s) if counted else same_kind(
            s, average)) and s not in counts and not per_unit.rate_of_one(s.label)]
        # (not 补贴标准每亩 105 元; a mean count's total is a count of what it counts)
        named = [s for s in totals if name and name in s.lead]
        # 人均人员经费 of 人员经费 where the segment names several; after another amount per
        # one only the total it names (人均补贴 1,400 元，低于省定人均补贴上限 1,600 元: a
        # total over a count has one mean, and the second is a standard it is compared with)
        totals = named or ([] if other_per else totals)
        if not totals and name:  # 人员经费 a …。按在职人员 148 人计算，人均人员经费 b: the
            totals = [s for at, s in enumerate(statements[:index])  # total named before
                      if s.role == LEVEL and _names_total(s.lead, name)
                      and same_kind(s, average) and pers[at] is None
                      and (s.lead == name or s.measure not in measures.BUDGET_MEASURES)]
            # (机关运行经费年初预算 a，实际支出 b …，人均机关运行经费 m: of b, not of a)
        totals = [s for s in totals if s.period == average.period]  # (上年生均支出 b: last
        # year's mean, not of this year's total)
        if len(counts) == 1 and len(totals) == 1 and counts[0].quantity.unit in units \
                and counts[0].quantity.exact and not counts[0].quantity.value % 1 and (
                times is None or any(word in _words_before(text, statements, totals[0])
                                     for word in per_unit.YEAR)
                or (totals[0].period_stated and totals[0].until is None
                    and not counts[0].quantity.unit.endswith(_TIMES)
                    and not _MONTHS_SAID.search(_words_before(text, statements, totals[0])))):
            # (2023 年报酬支出 c，人均月报酬 m: a year's total, its year said; not over 41,280
            # 人次, which counts the months already)
            found.append(Product([(counts[0], average)], totals[0], times or 1))
    return found


def _names_total(lead: str, name: str) -> bool:
    """Does a mean's name name the total said before it: the same words, or the last ones of
    a long name (公务用车运行维护费 a。…保有量 7 辆，平均每辆车运行维护费 m)?"""
    return lead == name or (len(name) >= _NAME_TAIL and lead.endswith(name)
                            and not per_unit.rate_of_one(lead))  # (按照小学生均公用经费 650
    # 元/生 … 应拨付生均公用经费 c: a standard, no total)


#: the fewest characters of a total's name a mean may name it by
_NAME_TAIL = 4


#: (units of the count, name of the amount, the one count it is over when the words name it)
_Per = tuple[tuple[str, ...], str, Statement | None]


def _per_word(text: str, statements: Sequence[Statement], index: int) -> _Per | None:
    """(units of the count, name of the amount, its count) when the figure at ``index`` is
    said to be per one (人均 / 生均公用经费): the words between it and the figure before it."""
    if index == 0:
        return None
    previous, figure = statements[index - 1], statements[index]
    said = text[previous.end + len(previous.noun):figure.start].lstrip("，, ")
    if BREAK.search(said):
        return None
    for word, units in (*per_unit.PER_UNIT.items(), *per_unit.MEAN_WORDS.items()):
        at = said.find(word)
        if at >= 0:
            name = _name_of_mean(said[at + len(word):])
            period = next((per_unit.PERIOD_BEFORE[w] for w in per_unit.PERIOD_BEFORE
                           if said[:at].endswith(w)), "")
            return units, period + name, None  # (月人均补差: per one a month)
    return _mean_each(statements, index, said)


def _mean_each(statements: Sequence[Statement], index: int, said: str) -> _Per | None:
    """平均每个乡镇 / 平均每辆: the unit the mean is over; a general unit (个) only where one
    count of the figure's sentence names the same thing (13 个乡镇), and then that count; 平均
    每村 the one count of its sentence whose noun ends with 村 (12 个行政村)."""
    rest = per_unit.after_mean_each(said)
    if rest is None:
        return None
    unit = next((u for u in per_unit.MEAN_EACH_UNITS if rest.startswith(u)), None)
    sentence = statements[index].sentence
    said_before = [s for s in statements[:index] if s.sentence == sentence]
    if unit is None or not any(s.quantity.unit == unit for s in said_before):
        # 12 个行政村 … 平均每村 / 14 个乡镇司法所 … 平均每所: the count whose noun ends so
        # (not after several amounts of the mean's kind: 分别为 a、b、c，平均每站 m is their mean)
        named = [s for s in said_before if rest and s.dimension == "count"
                 and s.noun.endswith(rest[0])]
        if sum(same_kind(s, statements[index]) for s in said_before) > 1:
            return None
        return ((named[0].quantity.unit,), _name_of_mean(rest[1:]), named[0]) \
            if len(named) == 1 else None
    noun = rest[len(unit):].strip()
    if unit not in per_unit.NAMED_UNITS:
        return (unit,), _name_of_mean(noun), None
    head = noun[:_NOUN_HEAD]
    counted = [s for s in said_before if s.quantity.unit == unit and len(head) == _NOUN_HEAD]
    named = [s for s in counted if head in s.noun] or [s for s in counted if head in s.label] \
        or [s for s in counted if len(counted) == 1 and s.noun[:1] == head[:1]]
    # (10 个村实施 … 平均每个村投入 m: the one count, its noun opening as the mean's does)
    # (共资助专利 193 件 … 平均每件资助 m: the count's own words, where no noun follows it)
    return ((unit,), "", named[0]) if len(named) == 1 else None


def _name_of_mean(words: str) -> str:
    """收入为 -> 收入: a mean's name, without the verb before its figure."""
    return words.strip().removesuffix("为").removesuffix("达")


#: how many characters of a mean's noun must name the count it is over (平均每个乡镇: 乡镇)
_NOUN_HEAD = 2


def _term(text: str, count: Statement, each: Statement) -> bool:
    between = text[count.end + len(count.noun):each.start]
    return _each(between, count) and count.dimension == "count" and count.role == LEVEL \
        and count.quantity.exact and not count.quantity.value % 1 \
        and count.sentence == each.sentence and each.role == LEVEL
