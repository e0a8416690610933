"""Breakdowns: a total and its parts, opened by a cue, a known complete breakdown or phases."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from crossfoot.analysis.claims.common import (
    category,
    count_of,
    first_figure,
    in_sentence,
    key,
    make_a_hundred,
    owed,
    ratio_fits,
    same_clause,
    same_kind,
)
from crossfoot.analysis.clauses import sentence_end
from crossfoot.analysis.items import Item, counted_total, marker_style, shared_tail
from crossfoot.analysis.statements import CHANGE, SCORE, SHARE, Statement
from crossfoot.analysis.vocabulary import (
    attributes,
    balances,
    breakdowns,
    changes,
    completion,
    cues,
    per_unit,
    scores,
)
from crossfoot.analysis.vocabulary import measures as measures_words
from crossfoot.analysis.vocabulary import ratios as ratios_words
from crossfoot.model import qualifiers
from crossfoot.model.quantity import Quantity
from crossfoot.model.sums import COMPLETE, PARTIAL, check_sum


@dataclass(slots=True)
class Breakdown:
    total: Item
    parts: list[Item]
    complete: bool
    certain: bool
    cue: str
    #: the total named again after its parts with a figure of another measure
    #: (产出指标 40 分，其中 … 。产出指标合计得 37.2 分)
    restated: Item | None = None
    #: the parts may overlap (其中二级及以上医院 24 家；考核合格的 136 家): each is of the total,
    #: but their sum is no sure claim
    overlapping: bool = False

    def total_levels(self) -> list[Statement]:
        """The total's levels, with those only its restatement gives."""
        levels = self.total.levels()
        if self.cue in (cues.LIST_TOTAL, SCORE_FRAMEWORK):
            return levels[:1]  # the total that closed the list, not what later sentences add
            # (90 分以上为优 after 项目自评总分 87 分)
        if self.cue == cues.COMPOSED_OF:
            return levels[-1:]  # X a，由 A … 构成: the figure right before 由
        if self.cue == DISTRIBUTED:  # A、B 分别为 a、b，合计 c。全年共有 d 人 …: c, not d
            sentences = {p.sentence for p in self.parts}
            return [s for s in levels if s.sentence in sentences] or levels
        if self.restated is None:
            return levels
        said = {s.measure for s in levels}
        return [*levels, *(s for s in self.restated.levels() if s.measure not in said)]


#: the cue of a whole score read after its framework's indicators
SCORE_FRAMEWORK = "score framework"
#: the cue of the names a 分别 gives their figures, with their total
DISTRIBUTED = cues.DISTRIBUTED


def find_breakdowns(items: Sequence[Item], index_of: dict[str, list[Item]] | None = None,
                    unread: Mapping[str, Sequence[int]] | None = None,
                    texts: Mapping[str, str] | None = None) -> list[Breakdown]:
    """The totals and their parts; ``unread``: where each paragraph prints an amount that was
    not read, which a list right after it may be of."""
    found: list[Breakdown] = []
    taken: set[str] = set()
    position = {item.id: index for index, item in enumerate(items)}
    distributed_by = {part.id: owner for owner in items for part in owner.distributed}
    for index, item in enumerate(items):
        if item.id in taken:
            continue
        start = _list_start(items, index, index_of or {}, distributed_by)
        if start is None or _after_unread(items[max(0, index - MAX_RIVALS):index], item,
                                          unread or {}):
            continue
        total, cue, certain = start
        if cue.endswith(cues.USE) and _counted(total):
            continue  # 向 8 个社区拨付经费 a，用于开展项目 63 个: a use is of money, not of a count
        if total.subject.startswith(cues.NET_CHANGE) or any(
                s.label.startswith(cues.NET_CHANGE) for s in total.levels()):
            continue  # 净增 17 家，其中新增 21 家、退库 4 家: a net change, its parts signed
        if cue == cues.COMPOSED_OF and _several_values(total):
            continue  # 指标体系由 A、B … 构成，分值分别为 a、b …: the names' figures, not its
        if any(s.quantity.qualifier in qualifiers.BOUNDS for s in total.levels()):
            continue  # 仍有 3 个村收入低于 10 万元，分别为 A（6.8 万元）…: a bound, no total
        if cue in cues.RESPECTIVELY_ALONE and _several_years(total):
            continue  # 培训人次分别为：2020 年 a、2021 年 b、2022 年 c，三年累计 d: the item's
            # own figures a year each, no total of what follows
        if not item.subject and not item.marker:
            continue  # 具体如下：1.A（类）…（项）。年初预算为 a …: parts whose names were not read
        members = _members(items, index, total, cue)
        compares = next((at for at, m in enumerate(members)
                         if _PASSING.search(m.subject)), None)
        members = members[:compares]  # 其中 A a；带动户数超过年度目标（b）c: a comparison
        # ends the list, no part of it
        members = [m for m in members if not m.subject.startswith(cues.RESTATED)]
        # (其中项目支出 2,486,372.16 元，折合 248.64 万元: the part again in another unit)
        if members:
            total = _counted_after(items, position[members[-1].id], members) or total
        whole = cues.PARTS_OPEN.get(cue, False) or (len(members) > 1 and _the_rest(members[-1]))
        parts = members if whole else _closing_prefix(total, members)  # (具体为：A、B、其他 c
        # names all of it: a first few that make the total do not end the list there)
        if cue == cues.BY_CLASS and parts:
            parts = _rest_of_sentence(parts, members)
            parts = _classes_after(parts, items[position[parts[-1].id] + 1:])
        parts = _segment_heads(items, index, total, parts) or parts
        parts = _done_of_groups(parts)
        parts = [p for p in parts if not any(_share_of(p, other) for other in parts)]
        # (授予中小企业合同 a，占比 p；授予小微企业合同 b，占授予中小企业合同金额的 q: a part
        # of the part before, not of the total beside it)
        if parts and _shares_of_one_whole(total, parts):
            continue  # 提取公积金 20% 即 a，用于分红 50% 即 b，用于公益 30% 即 c: three shares
            # of one sum, siblings, not a total and its uses
        if cue == cues.NAMELY and len(parts) == 1:
            continue  # 收支结余为 -213.56 万元（即当年收不抵支 213.56 万元）: said again, no part
        if parts and _names_counted(total, parts):  # 村 58 个，分布在 4 个乡镇，其中：A 镇
            total = _counted_before(items, position[total.id], parts) or total  # 17 个 …
        if not parts or _hierarchy_levels(total, parts) \
                or attributes.cross_cutting([p.subject for p in parts]) \
                or breakdowns.overlapping([p.subject for p in parts]) \
                or _shares_overlap(total, parts) or _names_counted(total, parts) \
                or _stages(parts) \
                or _counts_besides(total):
            continue  # (其中本科 71 人，女性 38 人: the same people counted twice over)
        several = _of_several(items[max(0, position[total.id] - MAX_RIVALS):position[total.id]],
                              total, parts)
        if several:
            continue
        certain = certain and several is None  # past its total, of it or of them all?
        certain = certain and not attributes.seconded_beside([p.subject for p in parts])
        certain = certain and not any(_group_and_done(p) for p in parts) \
            and not _done_of_named_group(parts) and not _paid_beside_cost(total, parts) \
            and not _done_of_due(parts) \
            and not _whole_again(total, parts) and not _total_named_again(total, parts)
        if certain and item.opened_by is None and total is not items[index - 1] \
                and _fits_named_between(items, index - 1, total, parts):
            certain = False
        if certain and _counted_otherwise(items[position[total.id] + 1:position[parts[0].id]],
                                          total, parts):
            certain = False
        taken.update(p.id for p in parts)
        complete = cues.PARTS_OPEN.get(cue, False) or (
            cue == cues.BY_CLASS and len(parts) >= 2) or (  # one class: the main one only
            len(parts) >= 2 and _the_rest(parts[-1])
            and all(p.segment == parts[0].segment for p in parts)) or (
            len(parts) >= MIN_SEGMENTED and _the_rest(parts[-1]) and _a_segment_each(parts))
        concepts = [breakdowns.concept(p.subject) for p in parts]
        total_concept = breakdowns.concept(total.subject)
        if total_concept and all(concepts) and breakdowns.completes(
                total_concept, [c for c in concepts if c]):
            complete = True
            following = _makes_up(items, position[parts[-1].id] + 1, total, parts)
            if following is not None:
                parts = [*parts, following]
                taken.add(following.id)
        if _scores(total, parts) and scores.completes(total.subject, [p.subject for p in parts]):
            complete = True
        if not complete and (_shares_fill(parts) or _whole_year(parts) or _both_sides(parts)
                             or _counted_names(parts, distributed_by)
                             or _all_levels(total, parts)):
            complete = True
        if cue == cues.COMPOSED_OF and _cut_short(items, position[parts[-1].id]):
            complete = False  # 由 A a、B b 和 C c 构成 read only as far as A: not all of it
        if not complete and texts is not None and len(parts) >= 2 \
                and _none_else(parts[-1], texts):
            complete = True  # 其中 A a、B b，无其他资产: the sentence says they are all of it
        if complete and texts is not None and _ends_partial(parts[-1], texts):
            complete = False  # 主要包括：A a、B b、其他 c 等: some of its uses, 等 says so
        if complete and texts is not None and _rest_named_apart(parts[-1], texts):
            complete = False  # 按功能分：A a；B b；其余为 C、D 和 E: the rest has no figure
        if complete and _unit_apart(items, position[parts[-1].id], texts):
            complete = False  # 共计 a 头（只），即 A b 头、B c 头、C d 只: its list goes on in
            # a unit the total's does not convert to, so the parts read are not all of it
        if certain and not complete \
                and _makes_an_earlier_total(items[:position[total.id]], total, parts):
            certain = False  # (其中 after a figure of the sentence's reason: of the total before)
        found.append(Breakdown(total, parts, complete, certain, cue,
                               _restated(items, total, position[parts[-1].id]),
                               attributes.assessed_beside([p.subject for p in parts])
                               or _counted_by_ability(parts)))
    found.extend(_distributed(items, taken))
    found.extend(_additions(items, taken))
    found.extend(_closed_by_shares(items, taken))
    found.extend(_scores_before_total(items, taken))
    found.extend(_framework_apart(items, taken, {b.total.id for b in found}))
    found.extend(_totals_of_the_above(items, taken))
    found.extend(_totals_after_parts(items, taken, texts))
    found.extend(_asides_of_parts(items, taken))
    found.extend(_template_parts_after(items, taken, {b.total.id for b in found}))
    found.extend(_phase_splits(items, {p.id for b in found for p in b.parts}))
    return [b for b in found if not any(per_unit.rate_of_one(p.subject) for p in b.parts)
            and not _per_one_total(b)]
    # (按小学每生每年 720 元、初中每生每年 940 元，共计 4,135 万元: standards, not parts)


#: a name that ends by passing a figure or a target (带动户数超过 / 改厕户数超出年度任务)
_PASSING = re.compile("(?:" + "|".join(changes.PASSING) + ")(?:[^，,；;。]{0,8}?(?:"
                      + "|".join(changes.PASSED_TARGETS) + "))?$")


def _shares_of_one_whole(total: Item, parts: Sequence[Item]) -> bool:
    """Do the total and each part state one percentage, which together make 100 (within
    their rounding)? Then they are shares of one whole split among them."""
    shares = [[s for s in item.levels() if s.quantity.unit == "%"] for item in (total, *parts)]
    return all(len(own) == 1 for own in shares) \
        and make_a_hundred([own[0].quantity for own in shares])


#: the fewest parts of a list laid out a segment each that 其他 closes as all of its total
MIN_SEGMENTED = 3


def _a_segment_each(parts: Sequence[Item]) -> bool:
    """其中：A a，占 p；B b，占 q；其他收入 c，占 r: a list laid out a part a segment, in turn, in
    one sentence, its parts named by one noun with one figure each (so 其他 at its end is the
    rest of this list, not of a wider one)."""
    return all(in_sentence(p, parts[0]) and p.segment == parts[0].segment + at
               and _tail_noun(p.subject) == _tail_noun(parts[0].subject)
               and len(p.levels()) == 1 for at, p in enumerate(parts))
    # (not 财政拨款收入 a，其中基本建设补助 b；科教收入 c；其他收入 d: 补助 is a part of a part,
    # the incomes after it its total's siblings; nor parts with a budget and an execution each
    # and a last with one figure)


def _whole_year(parts: Sequence[Item]) -> bool:
    """Are the parts a year's quarters (or halves), each once, of one thing (第一季度 b、
    第二季度 c …)?"""
    for periods in breakdowns.YEAR_PERIODS:
        if len(parts) != len(periods):
            continue
        rests = {p.subject.removeprefix(period) for p, period in zip(parts, periods, strict=True)
                 if p.subject.startswith(period)}
        if len(rests) == 1 and all(p.subject.startswith(period)
                                   for p, period in zip(parts, periods, strict=True)):
            return True
    return False


def _both_sides(parts: Sequence[Item]) -> bool:
    """Are the parts the two sides of one divide (城市低保 b、农村低保 c; 女 b、男 c; A b、非A
    c)?"""
    if len(parts) != len(breakdowns.SIDES[0]):
        return False
    first, second = parts[0].subject, parts[1].subject
    if second == breakdowns.OTHER_SIDE + first or first == breakdowns.OTHER_SIDE + second:
        return True  # (住房消费类提取 b、非住房消费类提取 c)
    return any(first.startswith(one) and second.startswith(other)
               and first.removeprefix(one) == second.removeprefix(other)
               for pair in breakdowns.SIDES for one, other in (pair, pair[::-1]))


def _all_levels(total: Item, parts: Sequence[Item]) -> bool:
    """Are the parts of an amount the money of three or more levels of government, one each,
    highest first (资金总额 a，其中：中央 b，省级 c，县级 d)? Then they are all its sources."""
    if len(parts) < breakdowns.MIN_LEVELS or not any(
            s.dimension == "money" for s in total.levels()) \
            or any(word in total.subject for word in breakdowns.RAISED_BESIDES):
        return False  # (总投资 a，其中中央 b …: an investment raises money besides)
    levels = [next((at for at, words in enumerate(breakdowns.GOVERNMENT_LEVELS)
                    if p.subject.startswith(words)), None) for p in parts]
    return None not in levels and levels == sorted(set(levels))  # type: ignore[type-var]


def parts_nest(parts: Sequence[Item]) -> bool:
    """Is one part within another: ranges of one thing open the same way (100Mbps 及以上,
    1000Mbps 及以上), or a part whose bracket says it holds another (公办幼儿园 a；普惠性幼儿园
    （含公办园和普惠性民办园）b)? Each is then a part of the whole, but they do not add."""
    if breakdowns.nested_ranges([part.subject for part in parts]):
        return True
    for part in parts:
        for held in _HOLDS.findall("".join(s.label for s in part.levels())):
            if any(other is not part and other.subject[:MIN_HELD] in held for other in parts):
                return True
        for share in part.statements:
            # 授予中小企业合同 a；授予小微企业合同 b，占中小企业合同金额的 58.56%: a part said to
            # be a share of another part (the words that set that part apart are in the
            # share's whole) lies within it
            if share.role == SHARE and share.whole and share.quantity.value <= 100 \
                    and any(other is not part and _sets_apart(other.subject, part.subject)
                            in share.whole for other in parts):
                return True
    return False


def _sets_apart(name: str, sibling: str) -> str:
    """The words of ``name`` a sibling's name does not share at either end (授予中小企业合同
    beside 授予小微企业合同: 中小), or the whole name where they share none."""
    shortest = min(len(name), len(sibling))
    front = next((at for at in range(shortest) if name[at] != sibling[at]), shortest)
    back = len(shared_tail([name, sibling]))
    apart = name[front:len(name) - back] if front + back < len(name) else ""
    return apart if apart else name


#: a bracket that says what a part holds (（含公办园和普惠性民办园）)
_HOLDS = re.compile(r"[（(]含([^）)]{2,30})[）)]")
#: the characters of another part's name that such a bracket must hold to hold that part
MIN_HELD = 2


def _mean_of_means(mean: Item, first: Item) -> bool:
    """居民人均消费支出 22,510 元。其中，食品烟酒 6,830 元 …: a figure per head whose list's first
    part is per head too (in its unit and no larger) is made up of them, as household surveys
    split it."""
    own = [s for s in mean.levels() if per_unit.PER_HEAD in s.label]
    return bool(own) and bool(first.levels()) and _within(own, first.levels())


def _within(means: Sequence[Statement], parts: Iterable[Statement]) -> bool:
    """Are the parts' figures in the means' units and none past the largest (a mean's parts,
    means themselves)?"""
    units, most = {s.quantity.unit for s in means}, max(s.quantity.value for s in means)
    return all(s.quantity.unit in units and s.quantity.value <= most for s in parts)


def _per_one_total(breakdown: Breakdown) -> bool:
    """Is every figure of the total of the parts' kind an amount per one (常住人口 486.5 万人、
    人均 94 元，其中中央财政承担 36,584.8 万元 …: a standard, no total of amounts), with parts
    that are not means of it?"""
    kinds = {s.dimension for p in breakdown.parts for s in p.levels()}
    levels = [s for s in breakdown.total_levels() if s.dimension in kinds]
    if not levels or not all(per_unit.rate_of_one(s.label) for s in levels):
        return False
    # (居民人均消费支出 22,510 元。其中，食品烟酒 6,830 元 …: a mean's parts make it up)
    return not _within(levels, (s for p in breakdown.parts for s in p.levels()
                                if s.dimension in kinds))


def _names_counted(total: Item, parts: Sequence[Item]) -> bool:
    """分布在 3 个街道，分别为城东街道 5 个、城西街道 4 个 …: the total counts the parts
    themselves (each part's name ends in what it counts, or a place of its level: 4 个县（区），
    分别为：白河县 …、城东区 …); their figures count something else."""
    tail = shared_tail([p.subject for p in parts]) if len(parts) >= 2 else ""
    return len(parts) >= 2 and any(
        s.noun and (all(p.subject.endswith(_kindred(s.noun)) for p in parts)
                    or (len(tail) >= MIN_COUNTED_TAIL and s.noun.startswith(tail)))
        and _far_past(s, parts) for s in total.levels())
    # (三个审计组查出问题数分别为：第一审计组 21 个 …: the noun read runs on past what is
    # counted, which is what the parts' names end in)


def _counted_before(items: Sequence[Item], at: int, parts: Sequence[Item]) -> Item | None:
    """The item right before a count of the parts' names, in its sentence, with one figure in
    the parts' unit: what the parts' figures count (全县共有抵边村 58 个，分布在 4 个边境
    乡镇，其中：A 镇 17 个 …: the 58)."""
    if at == 0:
        return None
    before, count = items[at - 1], items[at]
    units = {s.quantity.unit for p in parts for s in p.levels()}
    levels = before.levels()
    return before if (before.paragraph, before.sentence) == (count.paragraph, count.sentence) \
        and len(levels) == 1 and levels[0].dimension == "count" \
        and levels[0].quantity.unit in units else None


#: the fewest characters the parts' names share for a count's noun to name them
MIN_COUNTED_TAIL = 2


def _far_past(count: Statement, parts: Sequence[Item]) -> bool:
    """Do the parts' figures in the count's unit add up to far more than it (城东街道 5 个、
    城西街道 4 个 … after 3 个街道), so that it counts them, not what they count (设置窗口 96
    个，分别为综合受理窗口 52 个、…: windows of each kind, about the whole)?"""
    said = [s.quantity.value for p in parts for s in p.levels()
            if s.quantity.unit == count.quantity.unit]
    return sum(said, Decimal(0)) > NAMES_COUNTED_FACTOR * count.quantity.value


#: how many times a count its parts' figures must add up to for it to count the parts
NAMES_COUNTED_FACTOR = 2


def _kindred(noun: str) -> tuple[str, ...]:
    """The nouns that name places of ``noun``'s level (4 个县（区）: 白河县, 城东区; 3 个边境乡镇:
    班洪乡, 芒卡镇), or itself."""
    return next((group for group in cues.KINDRED_PLACES if noun.endswith(group)), (noun,))


def _counts_besides(total: Item) -> bool:
    """局机关及局属 7 个二级事业单位，具体是：行政单位 1 个 …；事业单位 7 个: the total counts
    units besides one its words name, and its parts may hold that one too."""
    return any(word in total.subject for word in cues.BESIDES_COUNT) \
        and any(s.noun for s in total.levels())


def _whole_again(total: Item, parts: Sequence[Item]) -> bool:
    """项目总额 5.7 万元，其中资助金额 5.7 万元，实际支付 4.95 万元，结余 0.75 万元: a first
    part as large as the total (and not nothing) is all of it under another name, and what
    follows may split that, not the total beside it: a guess."""
    if len(parts) < 2:
        return False
    wholes = total.levels()
    return len(wholes) == 1 and wholes[0].quantity.value != 0 and any(
        first.measure == wholes[0].measure and first.quantity.unit == wholes[0].quantity.unit
        and first.quantity.value == wholes[0].quantity.value for first in parts[0].levels())


def _total_named_again(total: Item, parts: Sequence[Item]) -> bool:
    """已签约 10,158 人，…；其中重点人群 8,045 人，签约 6,312 人: a later part named as the total
    is (签约 of 已签约) is that measure of the part before it, not a part of its own."""
    name = total.subject.removeprefix(balances.ALREADY)
    return len(name) >= MIN_NAMED_AGAIN and any(
        part.subject.removeprefix(balances.ALREADY) == name for part in parts[1:])


#: the fewest characters a total's name holds for a part's to repeat it
MIN_NAMED_AGAIN = 2


def _cut_short(items: Sequence[Item], at: int) -> bool:
    """Does a figure of its sentence follow the list's last part, ``items[at]`` (a part not
    taken)?"""
    following = items[at + 1] if at + 1 < len(items) else None
    return following is not None and in_sentence(following, items[at]) \
        and bool(following.levels())


def _said_after(last: Item, texts: Mapping[str, str]) -> str:
    """The rest of the sentence after the list's last part's last figure ('' for none)."""
    if not last.statements:
        return ""
    text = texts.get(last.paragraph, "")
    end = max(s.end for s in last.statements)
    return text[end:sentence_end(text, end)]


def _none_else(last: Item, texts: Mapping[str, str]) -> bool:
    """Does the list's last part's sentence go on to say there is nothing else (…，无其他资产。),
    with no figure after it?"""
    rest = _said_after(last, texts)
    return not any(ch.isdigit() for ch in rest) and rest.lstrip("，,；; ").startswith(
        cues.NONE_ELSE)


def _ends_partial(last: Item, texts: Mapping[str, str]) -> bool:
    """Does the list's last figure end in 等 (其他支出 18.72 万元等。)? A list that ends so
    names some of its whole, whatever opened it (a 等级 or 等次 after it is another word)."""
    after = _said_after(last, texts)
    return after.startswith(cues.PARTIAL_END) and not after.startswith(cues.NOT_PARTIAL_END)


def _rest_named_apart(last: Item, texts: Mapping[str, str]) -> bool:
    """Does the sentence of the list's last part go on to name the rest of the whole with no
    figure (…；其余为业务支出、行政支出和资本性支出。)? Then the parts read are not all of it."""
    rest = _said_after(last, texts)
    return not any(ch.isdigit() for ch in rest) and any(word in rest for word in cues.REST_NAMED)


def _unit_apart(items: Sequence[Item], at: int, texts: Mapping[str, str] | None = None
                ) -> bool:
    """Does the list's last part, ``items[at]``, go on in its segment to a figure of its
    dimension in a unit it does not convert to (18,420 头、1,260 头、21,680 只), joined to it as
    a list's names are (not 帮办代办窗口 4 个，配备工作人员 214 名: another thing said after)?"""
    following = items[at + 1] if at + 1 < len(items) else None
    last = items[at]
    if following is None or not _same_segment(following, last) \
            or following.subject.startswith(cues.TOTAL_LEADS):
        return False  # (…、线下培训 25 期，累计培训 3,150 人次: a total of another thing)
    if texts is not None and last.statements and following.statements:
        text = texts.get(last.paragraph, "")
        gap = text[max(s.end for s in last.statements):following.statements[0].start]
        if not any(joiner in gap for joiner in cues.NAME_JOINERS):
            return False
    return any(a.dimension == b.dimension and not same_kind(a, b)
               for a in last.levels() for b in following.levels())


def _counted_names(parts: Sequence[Item], distributed_by: Mapping[str, Item]) -> bool:
    """资产总额 a，包括 A、B、C 三类，分别为 x、y、z: the names the figures go to, counted in
    their own clause as exactly as many: all of the total."""
    owners = {id(distributed_by.get(p.id)) for p in parts}
    owner = distributed_by.get(parts[0].id) if parts else None
    return owner is not None and len(owners) == 1 and len(parts) >= 2 and any(
        s.dimension == "count" and s.quantity.exact and s.quantity.value == len(parts)
        for s in owner.levels())


def _shares_fill(parts: Sequence[Item]) -> bool:
    """Each part states its share of an unnamed whole, and the shares make 100 %
    (基本支出 1140.27 万元，占 27.52%；项目支出 3003.64 万元，占 72.48%；经营支出 0 万元，
    占 0%): the publisher says the parts are all of the total, whatever cue opened them."""
    shares = [part.of(SHARE) for part in parts]
    if len(parts) < 2 or any(len(own) != 1 for own in shares):
        return False
    stated = [own[0] for own in shares]
    if any(s.whole or s.quantity.qualifier or s.quantity.unit != "%" for s in stated):
        return False
    lows, highs = [], []
    for share in stated:
        interval = share.quantity.base_interval()
        if interval.lo is None or interval.hi is None:
            return False
        lows.append(interval.lo)
        highs.append(interval.hi)
    return sum(lows) <= 1 <= sum(highs)


def _of_several(before: Sequence[Item], total: Item, parts: Sequence[Item]) -> bool | None:
    """对 5 个部门、5 个镇乡街道开展…，15 个专项开展…，其中：良好部门 5 个；…；中等专项 1 个:
    a list that passes the total right before it, but makes the sum of that total and the
    other figures of its kind its sentence states before it (among ``before``, the items
    right before the total), is of them all (True); where
    it makes neither, which it is of is not sure (False); None where there are no others
    or it does not pass its total."""
    terms = _terms(total, parts)
    if terms is None or total.opened_by is not None or not _exceeds(*terms):
        return None  # (a part's own list passing it is no list of its siblings)
    head, values = terms
    others = [figure for item in before if item not in parts  # (the items right before it)
              and in_sentence(item, total) and item.clause < total.clause
              and not item.parts_cue and not item.opened_by and item.subject
              and not any(s.total_cue for s in item.levels())
              and any(part.subject.endswith(item.subject) for part in parts)  # 良好部门: 部门
              for figure in item.levels()[:1]  # (5 个部门 and 15 个专项: counts of two nouns)
              if figure.dimension == head.dimension and figure.period == head.period
              and figure.quantity.unit == head.quantity.unit]
    if not others:
        return None
    return check_sum(head.quantity, [*values, *((-1, other.quantity) for other in others)],
                     COMPLETE).ok


def _makes_an_earlier_total(before: Sequence[Item], total: Item, parts: Sequence[Item]) -> bool:
    """Do the parts add up past their total to exactly a figure said earlier in its paragraph,
    in its unit (实有车辆 15 辆，…减少原因是拍卖公务用车 3 辆；其中：A 2 辆，B 5 辆，C 8 辆: the
    list is of the 15, not the 3 before it)?"""
    levels = total.levels()
    if len(levels) != 1:
        return False
    unit = levels[0].quantity.unit
    sizes = [s.quantity.value for p in parts for s in p.levels() if s.quantity.unit == unit]
    if len(sizes) != len(parts) or sum(sizes) <= levels[0].quantity.value:
        return False
    return any(s.quantity.unit == unit and s.quantity.value == sum(sizes)
               for item in before if item.paragraph == total.paragraph for s in item.levels())


def _counted_by_ability(parts: Sequence[Item]) -> bool:
    """Are the parts counts of things each named by what they can do (其中实现“最多跑一次”的
    a 项；可全程网办的 b 项), which may count one thing twice? Amounts are no such things
    (城镇市场实现零售额 a: what was sold)."""
    levels = [p.levels() for p in parts]
    return all(levels) and all(s.dimension == "count" for own in levels for s in own) \
        and attributes.abilities([" ".join(s.label for s in own) for own in levels])


def _shares_overlap(total: Item, parts: Sequence[Item]) -> bool:
    """Each part states its share of the total, each share is right, and together they pass
    100 % (其中本科 2,288 人，占 80.0%；在乡村学校任教的 1,430 人，占教师总数的 50.0%): the
    parts are counted by different classifications and overlap, so they are no breakdown.
    (Where a share is wrong, 24.52 % for 24.25 %, their passing 100 % proves nothing.)"""
    head = first_figure(total)
    shares = [part.of(SHARE) for part in parts]
    if head is None or len(parts) < 2 or any(len(own) != 1 for own in shares):
        return False
    lows = []
    for part, (share,) in zip(parts, shares, strict=True):
        amount = _level_like(part, head)
        low = share.quantity.base_interval().lo
        if amount is None or share.quantity.unit != "%" or low is None \
                or not ratio_fits(amount, head, share):
            return False
        lows.append(low)
    return sum(lows) > 1


def _restated(items: Sequence[Item], total: Item, at: int) -> Item | None:
    """The item right after a list's last part (at ``at``) that names its total again with a
    total cue (…时效指标 10 分，得 8 分。产出指标合计得 37.2 分), in the sentence after at
    most."""
    last = items[at]
    following = items[at + 1] if at + 1 < len(items) else None
    if following is None or following.paragraph != last.paragraph \
            or following.sentence > last.sentence + 1 \
            or key(following.subject) != key(total.subject) \
            or not any(s.total_cue for s in following.levels()):
        return None
    return following


def _scores(total: Item, parts: Sequence[Item]) -> bool:
    """Every figure of the total and its parts is a score (分)."""
    return all(s.quantity.unit == scores.SCORE_UNIT
               for item in (total, *parts) for s in item.levels()) \
        and all(item.levels() for item in (total, *parts))


def _distributed(items: Sequence[Item], taken: set[str]) -> list[Breakdown]:
    """在职和退休人员分别为 25、8 人，合计 33 人 / 支出合计 776 万元，基本支出、项目支出分别为 ….

    The names of a 分别 list are all the parts of the total stated with the list
    (合计 33 人 after it) or just before it in the sentence (支出合计 776 万元，…):
    分别 gives every name its figure, and the total is of those names.
    """
    found = []
    for index, item in enumerate(items):
        parts = [p for p in item.distributed if p.id not in taken]
        if len(parts) < 2 or len(parts) != len(item.distributed):
            continue
        said = {p.sentence for p in parts}  # (a 共有 of the next sentence is of other names)
        total: Item | None = item if any(s.total_cue and s.sentence in said
                                         for s in item.levels()) else None
        if total is None and not item.statements and item.opened_by is None and index > 0:
            before = items[index - 1]
            if in_sentence(before, item) and any(s.total_cue for s in before.levels()):
                total = before
        if total is not None:
            taken.update(p.id for p in parts)
            found.append(Breakdown(total, parts, True, True, DISTRIBUTED))
    return found


def _additions(items: Sequence[Item], taken: set[str]) -> list[Breakdown]:
    """收入 45.2 亿元，加上级补助收入 60.5 亿元、转贷收入 12.0 亿元，收入总计 131.0 亿元.

    A figure, a clause that opens with 加 and adds figures to it, and a total
    (总计 / 合计) that closes the sentence's list: the total is all of them.
    """
    found = []
    for index, item in enumerate(items):
        if index == 0 or item.id in taken or not _adds(item):
            continue
        same_sentence = in_sentence(items[index - 1], item)
        augend = items[index - 1] if same_sentence else _opened_before(items, index)
        if augend is None:  # 。加上上年结余 b，全年可用资金 c: the namesake of c said before
            augend = next((n for other in items[index + 1:index + 1 + MAX_ADDENDS]
                           if in_sentence(other, item)
                           for n in [_namesake_before(items, index, other)] if n), None)
        if augend is None or augend.id in taken:
            continue
        parts, total, nested = [augend, item], None, False
        for other in items[index + 1:index + 1 + MAX_ADDENDS]:
            if not in_sentence(other, item):
                break
            named_before = _namesake_before(items, index, other)
            if any(s.total_cue for s in other.levels()) or named_before is not None:
                total = other  # (可用资金 a，其中 …。加上上年结余 b，全年可用资金 c: the sum is
                parts[0] = named_before or augend  # named as its first term is)
                break
            if other.aside or other.opened_by:
                # 加上级补助收入 a，其中：一般转移支付 b（含 …），上年结余 c: an addend's own
                # parts; where its list ends the sentence does not say
                nested = nested or bool(other.opened_by)
                continue
            parts.append(other)
        renamed = total is not None and key(parts[0].subject) == key(total.subject)
        augend = parts[0]
        if total is None or not all(_comparable(total, p) for p in parts[renamed:]):
            continue
        kinds = category(augend.subject), category(total.subject)
        if kinds[0] != kinds[1] and (not same_sentence or None not in kinds):
            continue  # (收入总量 a；加上 … 支出 b，支出总量 c: spending adds no receipts)
        taken.update(p.id for p in parts)
        left_out = same_sentence and _term_left_out(items[max(0, index - MAX_LEFT_OUT):index - 1],
                                                    total, parts)
        found.append(Breakdown(total, parts, True, not (nested or left_out), cues.ADDITION_OPEN))
    return found


def _namesake_before(items: Sequence[Item], index: int, named: Item) -> Item | None:
    """The item of the paragraph before ``items[index]`` (an addend) that ``named`` names
    again, when one does: the figure the addition starts from."""
    wanted = key(named.subject)
    if len(wanted) < MIN_NAMESAKE:
        return None
    for earlier in reversed(items[max(0, index - MAX_LEFT_OUT):index]):
        if earlier.paragraph != named.paragraph:
            return None
        if key(earlier.subject) == wanted and earlier.levels():
            return earlier
    return None


#: the fewest characters of a name an addition's total repeats from its first term
MIN_NAMESAKE = 4


def _term_left_out(before: Sequence[Item], total: Item, parts: Sequence[Item]) -> bool:
    """争取上级补助收入 a，加上上年结转 b，全镇收入总计 c, where c is a + b and the 一般公共预算
    收入 of the paragraph before: an addition that falls short of its total by exactly a
    figure said before it may take that figure as said, so the sentence's own first figure
    is not surely the first term."""
    terms = _terms(total, parts)
    if terms is None or check_sum(terms[0].quantity, terms[1], COMPLETE).ok:
        return False
    head, values = terms
    return any(check_sum(head.quantity, [*values, (1, figure.quantity)], COMPLETE).ok
               for item in before if (figure := _level_like(item, head)) is not None)


#: how many items before an addition are looked at for a term it may have left out
MAX_LEFT_OUT = 24


def _closed_by_shares(items: Sequence[Item], taken: set[str]) -> list[Breakdown]:
    """全年支出共计 3,046.21 万元。基本支出 2,180.47 万元，所占比重 71.58%；项目支出 856.74
    万元，所占比重 28.42%: figures that each state their share of an unnamed whole right
    after a total, the shares making 100 %, are all of that total, with or without a cue."""
    found = []
    index = 1
    while index < len(items):
        run = list(_shared_run(items, index, taken))
        total = items[index - 1]
        if len(run) >= 2 and total.id not in taken \
                and not (total.of(SHARE) and in_sentence(total, run[0])) \
                and total.paragraph == run[0].paragraph \
                and run[0].sentence - total.sentence in (0, 1) \
                and all(_comparable(total, p) and not _other_category(total, p) for p in run) \
                and not _below_a_part(total, run) and _shares_fill(run):
            taken.update(p.id for p in run)
            found.append(Breakdown(total, run, True, True, cues.SHARES_FULL))
        index += max(len(run), 1)
    return found


def _shared_run(items: Sequence[Item], start: int, taken: set[str]) -> Iterator[Item]:
    """The items from ``start`` on, in one sentence, each with one figure and its share."""
    for item in items[start:]:
        if item.id in taken or len(item.levels()) != 1 or len(item.of(SHARE)) != 1 \
                or not in_sentence(item, items[start]):
            return
        yield item


def _opened_before(items: Sequence[Item], index: int) -> Item | None:
    """The figure a 加 that opens its sentence adds to: the one its paragraph opened with
    (收入 137.78 亿元，完成预算 105.9%。其中：税收收入 …。加上上级补助收入 …); for a 加
    that opens its paragraph, the paragraph before's (收入完成 86,420 万元，…。¶ 加上级补助
    收入 …), in its section."""
    item = items[index]
    first_in_paragraph = _first_in_paragraph(items, item)
    if not first_in_paragraph and in_sentence(items[index - 1], item):
        return None
    start = max(0, index - MAX_ADDENDS)
    before = [k for k in range(start, index) if items[k].section == item.section and (
        items[k].paragraph_index == item.paragraph_index - 1 if first_in_paragraph
        else items[k].paragraph == item.paragraph)]
    if not before or (not first_in_paragraph and before[0] > 0
                      and items[before[0] - 1].paragraph == item.paragraph):
        return None  # the paragraph's opening is further back than an addition's list goes
    return items[before[0]] if items[before[0]].levels() else None


def _scores_before_total(items: Sequence[Item], taken: set[str]) -> list[Breakdown]:
    """决策指标 15 分；过程指标 18.5 分；产出指标 36 分；效益指标 22 分。综合自评得分 93.5 分:
    a whole score right after the indicators of one framework is their sum."""
    found = []
    for index, total in enumerate(items):
        if total.id in taken or not whole_score(total) or _several_scores(total) \
                or total.closes_list:  # …，合计 88.6 分: _totals_after_parts reads it
            continue
        run: list[Item] = []
        opens = _first_in_paragraph(items, total)  # 综合得分 89.9 分 opening the next paragraph
        reached = total.paragraph_index  # (1) 决策指标 …¶(2) 过程指标 …¶…¶综合得分: a line each
        for part in reversed(items[max(0, index - MAX_INDICATORS):index]):
            near = part.paragraph == total.paragraph or (
                (opens or bool(run)) and part.section == total.section
                and part.paragraph_index in (reached, reached - 1))
            if part.id in taken or not near or scores.indicator(part.subject) is None:
                break
            run.insert(0, part)
            reached = part.paragraph_index
        if run and _scores(total, run) \
                and scores.completes(total.subject, [p.subject for p in run]):
            taken.update(p.id for p in run)
            found.append(Breakdown(total, run, True, True, SCORE_FRAMEWORK))
    return found


def _several_values(item: Item) -> bool:
    """Does the item state two figures of one measure, dimension and year (its names'
    figures said 分别, not its own)?"""
    said = [(s.dimension, s.period, s.measure) for s in item.levels()]
    return len(said) != len(set(said))


def _several_years(item: Item) -> bool:
    """Does the item state figures of one measure and dimension for several years in turn?"""
    said = [(s.dimension, s.measure) for s in item.levels()]
    years = {s.period for s in item.levels()}
    return len(said) > 1 and len(set(said)) == 1 and len(years) == len(said)


def whole_score(item: Item) -> bool:
    """Is the item named as the whole evaluation's score (综合得分 / 自评总分 / 自评得分)?"""
    names = [item.subject, *(s.label for s in item.levels())]
    if any(rest in name for rest in cues.REST_WORDS for name in names):
        return False  # 其余指标合计得分 75.70 分: what the rest of the indicators make
    return scores.indicator(item.subject) is None and (
        any(word in name for word in scores.TOTAL_WORDS for name in names)
        or item.subject.endswith(scores.TOTAL_ENDINGS)
        or scores.names_whole(item.subject))  # (本)项目自评(得分)


def _counted(item: Item) -> bool:
    """Is the item's first figure a count?"""
    figure = first_figure(item)
    return figure is not None and figure.dimension == "count"


def _several_scores(item: Item) -> bool:
    """自评得分分别为 18.5 分、19 分、36 分、17.5 分: the indicators' scores in turn, no whole."""
    return sum(s.quantity.unit == scores.SCORE_UNIT and s.measure != "weight"
               for s in item.levels()) > 1


def _framework_apart(items: Sequence[Item], taken: set[str], totals: set[str]
                     ) -> list[Breakdown]:
    """一、评价结论 综合得分 88 分 … 二、指标得分 1.决策指标（20 分）：得 18.5 分 … 4.效益指标 …:
    a report that states one whole score, and apart from it the scores of one framework's
    indicators a line each, has the whole as their sum wherever it said it. Read only when
    the report holds exactly one such run and one value of the whole, and the whole has no
    parts yet (权重 决策 15 分… 得分 决策 13.5 分…，总分 86.8 分: the scores it closes are its
    parts, not the weights said before them)."""
    runs: list[list[Item]] = []
    for item in items:
        if item.id in taken or scores.indicator(item.subject) is None \
                or not any(s.quantity.unit == scores.SCORE_UNIT and (s.measure == SCORE or (
                    s.measure is None and not s.aside)) for s in item.levels()):
            # (决策指标 15 分（满分 15 分）: scored; 决策（20 分）: only its weight, in brackets)
            scored = any(s.quantity.unit == scores.SCORE_UNIT for s in item.levels())
            if runs and runs[-1] and (scored or item.id in taken):
                runs.append([])  # (a count in an indicator's explanation, 2 处工程, goes by)
            continue
        run = runs[-1] if runs else []
        if not run or run[-1].section != item.section \
                or item.paragraph_index > run[-1].paragraph_index + 1:
            run = []
            runs.append(run)
        run.append(item)
    complete = [run for run in runs if len(run) >= 2
                and scores.completes("", [p.subject for p in run])]
    wholes = [item for item in items if item.id not in taken and whole_score(item)
              and item.id not in totals and item.levels() and _scores(item, ())
              and not _several_scores(item)]
    if len(complete) != 1 or not wholes \
            or len({w.levels()[0].quantity.value for w in wholes}) != 1 \
            or not _scores(wholes[0], complete[0]):
        return []
    taken.update(p.id for p in complete[0])
    return [Breakdown(wholes[0], complete[0], True, True, SCORE_FRAMEWORK)]


def _totals_after_parts(items: Sequence[Item], taken: set[str],
                        texts: Mapping[str, str] | None = None) -> list[Breakdown]:
    """一般债务余额 86.42 亿元、专项债务余额 143.95 亿元，合计 232.37 亿元: a 合计 that closes
    a list is the sum of the items of its sentence before it, each of one figure (of some of
    them where the list ends in 等: A a、B b、C c 等，共计 d)."""
    found = []
    for index, total in enumerate(items):
        if not total.closes_list or total.id in taken:
            continue
        run: list[Item] = []
        standards = False  # 按小学 1,500 元；初中 2,500 元 … 的标准发放，共 …: standards, no parts
        cut = False  # did the run stop at another list inside its sentence?
        for part in _before(items, index):
            if part.id in taken or not in_sentence(part, total) or part.aside != total.aside \
                    or len(part.levels()) != 1 or not _comparable(total, part):
                cut = in_sentence(part, total) and (part.id in taken or part.aside != total.aside)
                standards = standards or (per_unit.BY_STANDARD in part.subject and in_sentence(
                    part, total) and not cues.BY_CLASS_WORDS.search(part.subject))
                # (支出按用途分为四类：A a，…，合计 e: a classification, no standard)
                break
            standards = standards or per_unit.BY_STANDARD in part.subject
            run.insert(0, part)
        named = [p.subject for p in run if p.subject]
        if len(set(named)) < len(named):
            continue  # A 成交额 a，补助 b；B 成交额 c，补助 d，合计 e: fields of each, e of one
        if len(run) >= 2 and not standards:
            # (A a（其中：A1 …、A2 …）、B b、C c，合计 d: the run stops at A's own list, so
            # whether A and what stands before it are of d too is not read)
            taken.update(p.id for p in run)
            partial = texts is not None and _ends_partial(run[-1], texts)
            found.append(Breakdown(total, run, not partial, not cut, cues.LIST_TOTAL))
    return found


def _rest_of_sentence(parts: list[Item], members: Sequence[Item]) -> list[Item]:
    """按功能分类：A a，…，G g，预备费 h: a classification names all of its total, so the
    members its sentence goes on with after a first few that make the total are its parts
    too (not those of a later sentence: a second classification, or another figure)."""
    rest = list(members[len(parts):])
    while rest and rest[0].sentence == parts[-1].sentence \
            and rest[0].paragraph == parts[-1].paragraph:
        parts = [*parts, rest.pop(0)]
    return parts


def _classes_after(parts: list[Item], following: Sequence[Item]) -> list[Item]:
    """按级别分：A a、B b、C c，D d: the classes a classification's sentence goes on with past
    its 、 list (a name and one figure of the parts' kind each, none opening a list of its
    own) are its parts too."""
    kind = parts[0].levels()[:1]
    for item in following:
        levels = item.levels()
        if not kind or not in_sentence(item, parts[-1]) or item.opened_by is not None \
                or item.parts_cue or not item.subject or len(levels) != 1 \
                or len(item.statements) != 1 or not same_kind(levels[0], kind[0]) \
                or item.closes_list or levels[0].total_cue:  # (，合计 c: the list's total)
            break
        parts = [*parts, item]
    return parts


def _counted_after(items: Sequence[Item], at: int, members: Sequence[Item]) -> Item | None:
    """支出 a，重点保障五个方面，即：A b、…、E f，五项合计 g: the total right after a list that
    counts exactly its members (the last at ``at``) is theirs, not the figure before the cue."""
    if not members or at + 1 >= len(items):
        return None
    closing = items[at + 1]
    counted = counted_total(closing)
    if counted is None or closing.paragraph != members[-1].paragraph \
            or count_of(counted) != len(members):
        return None
    return closing


def _before(items: Sequence[Item], index: int) -> Iterator[Item]:
    """The items before ``index``, nearest first, without copying the list."""
    return (items[at] for at in range(index - 1, -1, -1))


def _totals_of_the_above(items: Sequence[Item], taken: set[str]) -> list[Breakdown]:
    """一是 … 512.6 万元；二是 … 268.4 万元；三是 … 54.0 万元。以上三项合计 845.0 万元: a total
    that counts the items above it is their sum (figures of another kind between them,
    4.2 公里 of a road, are not items of it)."""
    found = []
    for index, total in enumerate(items):
        counted = cues.ABOVE_COUNT.match(total.subject)
        # 一是 …；二是 …；三是 …，三类项目合计 …: without 以上, only after numbered items
        numbered = counted is None and any(s.total_cue for s in total.levels())
        if numbered:
            counted = cues.COUNTED_TOTAL.match(total.subject)
        if counted is None or total.id in taken or not total.levels():
            continue
        wanted = count_of(counted.group(1))
        run: list[Item] = []
        for part in _before(items, index):
            if part.section != total.section or part.id in taken or len(run) == wanted:
                break
            if _comparable(total, part) and not per_unit.per_one(key(part.subject)) \
                    and any(same_kind(t, s) for t in total.levels() for s in _own_levels(part)):
                run.insert(0, part)  # (a 中标单价 of an item is no item of the list; nor is
                # 救助儿童 312 名，人均约 3,160 元: the 人均 is per child)
        figures = [[s for s in _own_levels(part) if s.dimension != "ratio"] for part in run]
        if any(len(f) != 1 for f in figures) and not _one_of_each_measure(total, figures):
            continue  # 每户补助 3.5 万元，共 161 万元: which of its figures is the item's is unsure
        if numbered and any(part.marker is None for part in run) \
                and not _all_of_its_sentence(items, index, run, counted.end()):
            continue  # 每人每年 380 元测算，个人缴费收入 …。两项合计: which two is unsure
        if len(run) == wanted and wanted >= MIN_ABOVE:
            taken.update(p.id for p in run)
            found.append(Breakdown(total, run, True, True, cues.ABOVE))
    return found


def _one_of_each_measure(total: Item, figures: Sequence[Sequence[Statement]]) -> bool:
    """以上三项支出决算合计 c after items of 年初预算 a，支出决算 b each: every figure of the
    total names a measure, and every item states exactly one figure of each (the measure
    tells which of its figures the total adds)."""
    measures = [s.measure for s in total.levels() if s.dimension != "ratio"]
    return bool(measures) and None not in measures and all(
        sum(s.measure == measure for s in f) == 1 for f in figures for measure in measures)


def _all_of_its_sentence(items: Sequence[Item], index: int, run: Sequence[Item],
                         count_end: int) -> bool:
    """Are ``run`` all the figures of their kind that the total's sentence states before it
    (来源为：A x，B y，C z，三项合计 w), or, the total opening its sentence, all of the
    sentence before (来源为：A x；B y；C z。三项合计 w)? Then the count names them, markers or
    not. From the sentence before, only where the total's name is the count and a total's
    word, with at most words every part's name holds (四类项目送审金额合计 a after four
    审减 amounts is no total of them)."""
    total = items[index]
    said: list[Item] = []
    before = False  # in the sentence before the total's
    for item in _before(items, index):
        if not in_sentence(item, total):
            if (said and not before) or item.paragraph != total.paragraph \
                    or item.sentence != total.sentence - 1:
                break  # a sentence's items stand together: no need to look further back
            before = True
        if _comparable(total, item):
            said.append(item)
    if before and said:
        named = total.subject[count_end:]
        for word in cues.TOTAL:
            named = named.removesuffix(word)
        if named and not all(named in part.subject for part in run):
            return False
    return said[::-1] == list(run)


def _own_levels(part: Item) -> list[Statement]:
    """The item's levels but those per one of something (人均 / 每人 …)."""
    return [s for s in part.levels() if not per_unit.per_one(s.label)]


#: the fewest items a total of the ones above counts (以上两项)
MIN_ABOVE = 2


#: the most first-level indicators a framework has
MAX_INDICATORS = 4


#: the most figures one 加 clause adds before its total (a government's 收入总计 has about 8)
MAX_ADDENDS = 32


def _adds(item: Item) -> bool:
    return item.subject.startswith(cues.ADDITION_OPEN) \
        and not item.subject.startswith(cues.NOT_ADDITION) and not item.aside


def _asides_of_parts(items: Sequence[Item], taken: set[str]) -> list[Breakdown]:
    """公务用车购置及运行费 585.53 万元（购置费 0 万元，运行维护费 585.53 万元）.

    Without a cue, an aside that names exactly the known parts of the item it
    follows (``vocabulary.breakdowns``) is that item's complete breakdown; one that
    names parts of a figure said as a total (共计 / 合计) is some of it.
    """
    found = []
    for index, host in enumerate(items):
        concept = breakdowns.concept(host.subject)
        totalled = any(s.total_cue for s in host.levels())
        if (concept not in breakdowns.COMPLETE and not totalled) or host.aside:
            continue
        parts = []
        for item in items[index + 1:]:
            if not item.aside or item.paragraph != host.paragraph:
                break
            if _comparable(host, item):  # (购置费 25.60 万元，购置执法执勤用车 1 辆；…: a count
                parts.append(item)       # about a part is no part)
        if concept in breakdowns.COMPLETE and _known_parts(concept, parts, taken):
            found.append(Breakdown(host, parts, True, True, "aside"))
            taken.update(p.id for p in parts)
        elif totalled and _named_apart(parts, taken):
            # 车辆共计 7 辆（A 2 辆，B 1 辆，C 2 辆，D 3 辆）: the kinds a total was counted
            # of, said in brackets with no word that they are all (so only passing it is wrong)
            found.append(Breakdown(host, parts, False, True, "aside"))
            taken.update(p.id for p in parts)
    return found


def _named_apart(parts: Sequence[Item], taken: set[str]) -> bool:
    """Two or more parts, none yet another list's, each named and with one figure."""
    return len(parts) >= 2 and all(p.id not in taken and p.subject and len(p.levels()) == 1
                                   for p in parts)


def _known_parts(concept: str, parts: Sequence[Item], taken: set[str]) -> bool:
    """Are ``parts`` (two or more, none yet another list's) exactly the known parts of
    ``concept`` (``vocabulary.breakdowns.completes``)?"""
    names = [breakdowns.concept(p.subject) for p in parts]
    return len(parts) >= 2 and all(p.id not in taken for p in parts) and all(names) \
        and breakdowns.completes(concept, [n for n in names if n])


def _template_parts_after(items: Sequence[Item], taken: set[str], totals: set[str]
                          ) -> list[Breakdown]:
    """基本支出 1,208.75 万元。人员经费 1,062.39 万元，…；公用经费 136.36 万元，…

    Without a cue, the items of the sentence right after a total, when they are all that
    sentence states and name exactly the known parts of the total's concept
    (``vocabulary.breakdowns``), are its complete breakdown: the total is the last figure
    of its sentence, and the parts are of its kind.
    """
    found = []
    for index, host in enumerate(items[:-1]):
        concept = breakdowns.concept(host.subject)
        if concept is None or concept not in breakdowns.COMPLETE or host.aside \
                or host.id in totals or items[index + 1].sentence == host.sentence:
            continue
        parts = []
        for item in items[index + 1:]:
            if item.paragraph != host.paragraph or item.sentence != host.sentence + 1:
                break
            parts.append(item)
        if all(not p.aside and _comparable(host, p) for p in parts) \
                and _known_parts(concept, parts, taken):
            found.append(Breakdown(host, parts, True, True, "template"))
            taken.update(p.id for p in parts)
    return found


def _list_start(items: Sequence[Item], index: int, index_of: dict[str, list[Item]],
                distributed_by: dict[str, Item]) -> tuple[Item, str, bool] | None:
    """(total, cue, certain) when ``items[index]`` is the first part of a list."""
    item = items[index]
    previous = items[index - 1] if index else None
    if item.subject.startswith(cues.EXTREMES):
        return None  # 平均得分 86.4 分。其中最高分 95.5 分，最低分 58.0 分: the set's ends
    if item.opened_by is None:
        if previous is None or not previous.parts_cue or previous.section != item.section:
            return None
        total = previous if previous.statements else _stated_elsewhere(previous, index_of)
        if total is not None and _comparable(total, item):
            # (收入 a，支出 b，结转 c。其中：1. …: the 其中 of a sentence of its own may list
            # the parts of any figure of the sentence before, and is read as of the last)
            return total, previous.parts_cue, not (
                previous.cue_apart and _rivals(items, index - 1, total, item))
        return None
    if cues.PARTS_OPEN.get(item.opened_by, False) and any(s.total_cue for s in item.levels()):
        return None  # 学前教育支出，即 A、B … 等合计 3,624.71 万元: what the names come to, no part
    whole = _attribute_whole(items, index)
    if whole is not None:  # …，司法警察 8 人，其中女性在职人员 34 人: of the 在职人员
        return whole, item.opened_by, True
    passed_own = False  # was a figure of the list's own sentence passed over?
    for candidate in _before(items, index):
        if candidate.section != item.section \
                or candidate.paragraph_index < item.paragraph_index - 1:
            return None
        owner = distributed_by.get(candidate.id)
        if owner is not None and owner.statements and candidate.statements \
                and owner.statements[-1].order > candidate.statements[-1].order:
            candidate = owner  # A、B 分别为 x、y，合计 z。其中…: the parts are of the 合计
        if candidate.opened_by == item.opened_by and item.opened_by.endswith(cues.USE):
            continue  # 用于 A a；用于 B b: A is B's sibling, both of what stands before A
        if candidate.aside and candidate.aside != item.aside:
            continue  # an aside lists parts of the item it follows, not of another aside;
            # a 其中 after a bracket lists the parts of the figure before the bracket
            # (余额 856,440 万元（含债券 832,612 万元、其它债务 23,828 万元），其中：市级 …)
        if (per_unit.rate_of_one(key(candidate.subject))
                or per_unit.said_per_one(candidate.subject)) \
                and not _mean_of_means(candidate, item):
            continue  # 合计 4.35 亿元，平均每个乡镇 2,900 万元，其中…: an average has no parts
            # (nor a standard: 高于省定每生每年 550 元; 按县级每馆 20 万元、乡镇每站 5 万元的标准，
            # 分别补助 …: the list is of what stands before the standards)
        same_sentence = in_sentence(candidate, item)
        if item.opened_by == cues.NAMELY and not same_sentence:
            return None  # 四是 X 支出，即 A …: 即 restates what stands right before it
        next_sentence = (candidate.paragraph == item.paragraph
                         and candidate.sentence == item.sentence - 1) or (
            candidate.paragraph_index == item.paragraph_index - 1
            and _first_in_paragraph(items, item))  # 其中: opens the next paragraph
        if not (same_sentence or next_sentence or candidate.parts_cue):
            return None
        # (年末结转结余 …。其中，基本支出 …: no 支出 of a 结余; the figure before it may be)
        other_kind = candidate.paragraph == item.paragraph and (
            _other_category(candidate, item) or _other_flow(candidate, item))
        if not other_kind and _comparable(candidate, item):
            # (…共有村卫生室 581964 个，工作人员 132.7 万，其中 …: a list inside a sentence is
            # of a figure of that sentence; one of the sentence before is only a guess)
            return candidate, item.opened_by, same_sentence or not (
                passed_own or _rivals(items, index, candidate, item))
        if not (other_kind or same_sentence or next_sentence):
            return None
        passed_own = passed_own or (same_sentence and bool(candidate.levels()))
        # (…补贴资金 3,412.8 万元，惠及农户 5.12 万户。其中，…发放 3,286.4 万元: the sentence
        # before's figure of the parts' kind, not its last count)
    return None


def _fits_named_between(items: Sequence[Item], at: int, total: Item,
                        parts: Sequence[Item]) -> bool:
    """Do the parts make up, instead of ``total``, a figure that stands between it and the
    name ``items[at]`` gives their whole by, under a name ending with that one (支出
    1,654.30 万元，其中一般公共预算财政拨款支出 1,528.64 万元。从支出结构看，… four parts
    making 1,528.64: which 支出 the list is of is not sure)?"""
    name = items[at].subject
    for other in reversed(items[max(0, at - MAX_RIVALS):at]):
        if other is total:
            return False
        terms = _terms(other, parts) if other.subject.endswith(name) else None
        if terms is not None and check_sum(terms[0].quantity, terms[1], COMPLETE).ok:
            return True
    return False


def _counted_otherwise(between: Sequence[Item], total: Item, parts: Sequence[Item]) -> bool:
    """减税降费 9.85 亿元，分为四个方面，即：A a；B b；C c (the fourth read as none): does a
    count said between the total and its list give another number of parts than were read?"""
    if not between or not between[-1].subject.endswith(_LIST_NOUNS):
        return False  # (涉及车辆 1,127 辆、线路 214 条。分别为：…: the count of other things)
    counts = [s for other in between for s in other.levels()]
    return bool(counts) and all(s.dimension == "count" and s.sentence == total.sentence
                                for s in counts) \
        and counts[-1].quantity.value != len(parts)


#: the nouns a count of a list's parts names them by (四个方面 / 三部分 / 五类 / 两项)
_LIST_NOUNS = tuple(noun for noun in cues.CUE_FILLER_NOUNS if noun != cues.DEFAULT_COUNT_UNIT)


def _other_category(total: Item, part: Item) -> bool:
    """Is the total a balance (结转, 结余) and the part a flow (收入, 支出)? A balance is
    not made of spending (年末结转结余 …。其中，基本支出 …), while a flow's total may hold a
    balance (收入总计 …，其中年初结转和结余 …)."""
    return _balance(total.subject) and not _balance(part.subject) \
        and any(flow in part.subject for flow in cues.FLOWS) \
        and not any(flow in total.subject for flow in cues.FLOWS)


def _done_of_groups(parts: list[Item]) -> list[Item]:
    """The parts without a group's size where its clause goes on to count how many of it
    did what the list counts (开复工 291 个。其中，146 个续建项目已全面复工；170 个新开项目已
    开工 145 个: 145 is the part, 170 is how many new projects there are)."""
    kept = []
    for at, part in enumerate(parts):
        following = parts[at + 1] if at + 1 < len(parts) else None
        group, done = _one_level(part), _one_level(following) if following else None
        if following is not None and group is not None and done is not None \
                and same_clause(part, following) and _group_then_done(group, done):
            continue
        kept.append(part)
    return kept


def _paid_beside_cost(total: Item, parts: Sequence[Item]) -> bool:
    """住院总费用 a，其中政策范围内费用 b，统筹基金支付 c: beside a part of no measure, one
    whose verb after its name says it was paid, under a total that says neither, may be
    paid out of that part, not beside it; whether they are siblings is a guess."""
    said = [_one_level(p) for p in parts]
    first = _one_level(total)
    # (paid: its verb after its name, not a word inside it: 机械使用费, 超标准发放补贴)
    paid = [s is not None and s.measure == "actual" and s.dimension == "money"
            and not any(word in p.subject for word in measures_words.ACTUAL_WORDS)
            and not any(no in s.label for no in measures_words.NOT_DONE)  # (未及时拨付)
            for p, s in zip(parts, said, strict=True)]
    spent = any(word in total.subject for word in (*cues.FLOWS[1:], *measures_words.ACTUAL_WORDS))
    # (捐赠资金支出 a，…定向捐赠拨付 b: what a spending is made of is paid out)
    return first is not None and first.measure is None and None not in said and not spent \
        and any(paid) and not all(paid)


def _done_of_due(parts: Sequence[Item]) -> bool:
    """总费用 a，其中医保基金应支付 b，…实际到账 c: a part said to be owed (应支付 / 应拨付),
    then one no larger in what was done: what of it was paid, or a sibling? A guess."""
    for part, following in itertools.pairwise(parts):
        due, done = _one_level(part), _one_level(following)
        if due is not None and done is not None and same_kind(due, done) and owed(due) \
                and ratios_words.DUE not in done.label \
                and done.quantity.value <= due.quantity.value:
            return True
    return False


def _done_of_named_group(parts: Sequence[Item]) -> bool:
    """其中重点人群 170,842 人，已签约 126,853 人: a named group, then in its segment a count
    named by a deed (已签约) and no more than the group: how many of it did the thing, or
    another part (在建 5 个，已完工 3 个)? Which is a guess."""
    for part, following in itertools.pairwise(parts):
        group, done = _one_level(part), _one_level(following)
        if group is not None and done is not None and _same_segment(part, following) \
                and not part.subject.startswith(completion.DONE_OPENERS) \
                and following.subject.startswith(completion.STAGES_DONE[0]) \
                and group.dimension == done.dimension == "count" and same_kind(group, done) \
                and done.quantity.value <= group.quantity.value:
            return True
    return False


def _group_then_done(group: Statement, done: Statement) -> bool:
    """170 个新开项目 … 开工 145 个: a count of a named group, then, in its clause, a count of
    the same things with no noun of its own and no more of them: how many of it did the thing."""
    return group.dimension == "count" and bool(group.noun) and not done.noun \
        and same_kind(group, done) and done.quantity.value <= group.quantity.value


def _stages(parts: Sequence[Item]) -> bool:
    """已立项 74 个，已开工 76 个: how far each thing has got, counted at every stage it
    passed (so one thing in several), not a partition of them."""
    return len(parts) >= 2 and all(p.subject.startswith(completion.STAGES_DONE) for p in parts)


def _group_and_done(part: Item) -> bool:
    """计划上半年开工建设的 113 个项目开工建设 103 个，10 个项目至目前未开工: a part that counts a
    group and how many of it did the thing; the list may then go on with the group's rest, so
    which of its figures are the total's parts is a guess."""
    counts = [s for s in part.levels() if s.dimension == "count"]
    return len(counts) == 2 and counts[0].clause == counts[1].clause \
        and _group_then_done(*counts)


def _makes_up(items: Sequence[Item], at: int, total: Item, parts: Sequence[Item]
              ) -> Item | None:
    """The item at ``at``, if it makes up exactly what a list of a known whole lacks (实有人数
    1982 人，其中在职 1434 人、离休 4 人、退休 417 人。同等待遇人员 127 人): a kind the known
    breakdown does not name, listed past the list's sentence."""
    following = items[at] if at < len(items) else None
    if following is None or following.paragraph != total.paragraph or following.opened_by \
            or following.parts_cue:
        return None
    figures = [_one_level(item) for item in (total, *parts, following)]
    if any(f is None for f in figures) or len({f.quantity.unit for f in figures if f}) != 1:
        return None
    whole, *rest = [f.quantity.value for f in figures if f]
    return following if whole == sum(rest) else None


def _one_level(item: Item) -> Statement | None:
    levels = [s for s in item.levels() if s.dimension != "ratio"]
    return levels[0] if len(levels) == 1 else None


def _achieved(item: Item) -> bool:
    """Do the item's first words say a result was achieved (实现 / 完成 X a)? Indicators of a
    bulletin are said so one after another; a list's parts are not."""
    levels = item.levels()
    return bool(levels) and any(verb in levels[0].label for verb in cues.ACHIEVED)


def _other_flow(total: Item, part: Item) -> bool:
    """Is one a receipt and the other a spending (收入 a，支出 b；其中统筹基金收入 c: not b's)?"""
    flows = {category(total.subject), category(part.subject)}
    return len(flows) == 2 and flows <= set(cues.FLOWS)


def _balance(name: str) -> bool:
    return any(word in name for word in cues.BALANCES)


def _after_unread(before: Sequence[Item], first: Item,
                  unread: Mapping[str, Sequence[int]]) -> bool:
    """Is the last amount printed before a list's first part (among the items ``before`` it)
    one the reader could not read (全年预算数 a，执行数 1032849.44（含中央资金 b …: the list is
    of that amount, whatever total it would otherwise be read of)?"""
    places = unread.get(first.paragraph, ())
    if not places or not first.statements:
        return False
    start = first.statements[0].start
    after = max((s.end for item in before if item.paragraph == first.paragraph
                 for s in item.statements if s.end <= start), default=0)
    return any(after <= at < start for at in places)


def _attribute_whole(items: Sequence[Item], index: int) -> Item | None:
    """A part naming people by an attribute and then their whole (女性在职人员): the
    paragraph's earlier item of that whole's name, not the item right before it."""
    item = items[index]
    if attributes.classification(item.subject) is None:
        return None
    wanted = key(item.subject)
    for other in reversed(items[max(0, index - MAX_RIVALS):index]):
        if other.paragraph != item.paragraph:
            break
        name = key(other.subject)
        if len(name) >= 2 and name != wanted and wanted.endswith(name) and other.levels():
            return other
    return None


def _rivals(items: Sequence[Item], index: int, candidate: Item, first: Item) -> bool:
    """资产总额 …，负债总额 …，净资产 …。其中，行政单位资产总额 …: a 其中 opening a sentence
    after one that states several totals its parts could be of is read as of the last, and
    only as a guess, unless the part names it. A part of a list before the last counts as
    such a total when the last is its sibling (其中 A a，B b。具体包括 …: of A or of B?)."""
    if key(candidate.subject) and key(candidate.subject) in key(first.subject):
        return False
    return any(other is not candidate and in_sentence(other, candidate) and other.levels()
               and (not other.opened_by or not candidate.opened_by) and _comparable(other, first)
               and not per_unit.rate_of_one(key(other.subject))  # (总投资 …，亩均投资 …)
               and key(other.subject) != key(candidate.subject)  # its other year
               and other not in candidate.distributed  # A、B 分别为 x、y，合计 z
               for other in items[max(0, index - MAX_RIVALS):index])


#: how many items before a 其中 are looked at for other totals of the sentence before it
MAX_RIVALS = 12


def _stated_elsewhere(named: Item, index_of: dict[str, list[Item]]) -> Item | None:
    """The one item that states a figure for a name given here without one (its owner's
    word before it allowed: 本部门一般公共预算拨款支出 for 一般公共预算拨款支出)."""
    wanted = key(named.subject)
    holders: list[Item] = []
    for name, found in index_of.items():
        owned = _owned(name, wanted)
        if owned or (name and wanted.endswith(name)):  # (支出 of 本年支出合计)
            holders.extend(item for item in found if item is not named and item.levels()
                           and (owned or _named_in_full(item, wanted)))
    values = {(s.quantity.value, s.quantity.unit, s.measure) for item in holders
              for s in item.levels() if s.dimension != "ratio"}
    # (one figure, or one of each measure: 三公经费预算 3 万元，决算 1.71 万元 … 三公经费支出决算
    # 中，公务接待费 …: the parts pick the measure they are of)
    return holders[0] if len(holders) == 1 and len(values) == len({v[2] for v in values}) \
        else None


def _named_in_full(item: Item, wanted: str) -> bool:
    """Does a figure of ``item`` carry ``wanted`` as the full name its subject was cut from
    (支出总计 …，其中：本年支出合计 2,356.90 万元 is the item 支出, labelled 本年支出合计)?"""
    return any(key(s.label.removeprefix(item.subject)) == wanted for s in item.levels())


def _owned(name: str, wanted: str) -> bool:
    """``name`` is ``wanted``, or ``wanted`` after an owner's word (本部门, 本单位 …)."""
    return name == wanted or (name.endswith(wanted)
                              and name[:-len(wanted)] in cues.OWNERS)


def _of_another_year(total: Item, item: Item) -> bool:
    """Are the item's figures all of a year the total states none of?"""
    years = {s.period for s in item.levels() if s.period is not None}
    return bool(years) and not years & {s.period for s in total.levels()}


def _below_a_part(total: Item, parts: Sequence[Item]) -> bool:
    """Is the total's figure less than a part's of its kind (决算数中：因公出国（境）费 0.00
    万元；公务用车 … 31.85 万元，占 75.19%；…: the first of the list, not the whole)?"""
    figure = first_figure(total)
    return figure is not None and figure.quantity.value >= 0 and any(
        same_kind(figure, level) and level.quantity.unit == figure.quantity.unit
        and level.quantity.value > figure.quantity.value
        for part in parts for level in part.levels())


def _comparable(total: Item, part: Item) -> bool:
    """A total and a part state figures of one kind (money with money, 人 with 名)."""
    if key(total.subject) == key(part.subject) and not any(s.total_cue for s in total.levels()):
        return False  # (一般公共预算支出总计 …，包括：一般公共预算支出 …: a total of its namesake)
    totals = [s for s in total.levels() if s.dimension != "ratio"]
    parts = [s for s in part.levels() if s.dimension != "ratio" and not per_unit.per_one(s.label)]
    # (资助学生 346 人，人均 2,500 元: an amount per one is no part of a sum of amounts)
    if not parts and part.flat is not None:
        return any(total.of(CHANGE))
    return any(same_kind(a, b) for a in totals for b in parts)


def _hierarchy_levels(total: Item, parts: Sequence[Item]) -> bool:
    """Are the parts levels of a hierarchy (一级指标 3 个，二级指标 9 个), not classes?

    A level of a thing whose levels nest, named in the part or in its total
    (共设绩效指标 20 个，其中一级 3 个 …), counts some of the same things again.
    """
    levelled = [p.subject for p in parts if cues.HIERARCHY_LEVEL.match(p.subject)]
    return bool(levelled) and any(thing in name for name in (*levelled, total.subject)
                                  for thing in cues.NESTING_THINGS)


def _members(items: Sequence[Item], index: int, total: Item, cue: str) -> list[Item]:
    """The parts a list holds, from its first: in its sentence, or as it goes on.

    A list goes on past its sentence when its parts are numbered alike (1. 2.),
    are the known parts of the total (三公经费: 出国, 接待, 公车), or began a
    paragraph of their own after a 其中： that ended the total's paragraph. It
    ends at a restatement of the total, a part of another category (支出 in a list
    of 收入), a name already listed, or a new segment (；) when its parts so far
    were one comma list. Of the lists a reading allows, the one whose first parts
    make the total exactly is taken (``_closing_prefix``).
    """
    first = items[index]
    parts = [first]
    total_concept = breakdowns.concept(total.subject)
    known = breakdowns.known_parts(total_concept)
    by_paragraph = first.paragraph != total.paragraph and total.parts_cue is not None
    nested: Item | None = None  # the first item of a list inside the last part's segment
    inner = 0  # how many items that list has so far
    parts_open_lists = False  # has a part so far had a list of its own inside it
    own_numbered: int | None = None  # the paragraph of a part's own numbered entry, passed
    # (接待费 a，共 28 批次: a count's 共 is no other total of a list of amounts)
    dimensions = {s.dimension for s in total.levels()}
    for position, item in enumerate(items[index + 1:], start=index + 1):
        if item.section != first.section:
            break
        if item.marker is None and item.paragraph_index == own_numbered:
            continue  # （2）运行维护费 a，主要为燃油费 b、维修费 c: the rest of that entry
        if (not in_sentence(item, parts[-1]) or item.segment != parts[-1].segment) \
                and _of_another_year(total, item):
            break  # 上年同期，收入 a，其中税收收入 b。非税收入 c，同比增长 …: this year's
            # (2014 年，支出 a，其中 A b；2018 年，支出 c …: another year's segment)
        if nested is not None:
            if in_sentence(item, nested) and item.segment == nested.segment:
                if not _made(parts[-1], items[position - inner:position + 1]):
                    inner += 1
                    continue
                # 其中在职 37 人，包括 A 24 人、B 13 人，退休 11 人: the part's own list
                # already made it (24 + 13), so what follows is the outer list's again
            elif not _resumes(item, nested, first) \
                    and not (in_sentence(item, nested) and item.segment == nested.segment + 1
                             and _made(parts[-1], items[position - inner:position + 1])) \
                    and not (by_paragraph and item.paragraph_index == nested.paragraph_index + 1
                             and _first_in_paragraph(items, item)
                             and _first_in_paragraph(items, first)) \
                    and breakdowns.concept(item.subject) not in known:
                break  # (三公经费: 出国 …；公车 …，其中购置 …，运行 …；接待 … goes on; so
                # does a list whose part's own list made it exactly: A a，其中 A1、A2；B b)
            nested = None
        if item.aside != first.aside:
            if item.aside and not first.aside:
                continue  # an aside inside the list belongs to the part before it
            break
        if item.marker is not None and total.marker is not None \
                and _same_style(item.marker, total.marker):
            break  # 1、A a，其中 B b；2、C c: numbered as the total is, its sibling
        if item.marker is not None and first.marker is not None \
                and not _same_style(item.marker, first.marker):
            own_numbered = item.paragraph_index
            continue  # （一）A a；1. A1 a1；2. A2 a2；（二）B b: a part's own numbered list
        own_numbered = None
        if item is not first and _achieved(item) and _achieved(total) and not _achieved(first):
            break  # 实现财政总收入 a，其中 A b；完成固定资产投资 c: the next indicator, as its
            # total was one
        if key(item.subject) == key(total.subject) or any(
                s.total_cue and s.dimension in dimensions for s in item.levels()) \
                or item.subject.startswith(cues.TOTAL_LEADS) \
                or (_adds(item) and not _adds(first) and cue != cues.COMPOSED_OF):
            break  # the total again, or another total (累计投入 after the year's parts), or
            # what is added to it (其中地方收入 a；加上级补助收入 b …，收入合计 c; but 由 A a，加
            # B b 构成 is one list)
        if item.opened_by is not None and item is not first:
            if in_sentence(item, parts[-1]) and item.segment == parts[-1].segment and (
                    item.opened_by != cue or item.clause != parts[-1].clause):
                nested, inner = item, 1  # 基本支出 x，包括人员经费 a、公用经费 b；项目支出 y
                parts_open_lists = True  # (or 1. 收入 x，其中税收 a、非税 b；2. …: 其中 again)
                continue
            if item.opened_by != cue:
                break  # a list of its own begins
        if item is not first and item.parts_cue is not None and not item.statements \
                and item.opened_by is None:
            nested, inner = item, 0  # 税收收入 a；在税收收入中，增值税 …。非税收入 b: a part's
            parts_open_lists = True  # own list, named before it; the outer goes on after it
            continue
        comparable = _comparable(total, item) and (not first.levels() or not item.levels() or any(
            a.dimension == b.dimension for a in first.levels() for b in item.levels()))
        # (资金 95 万元 … 分值 10 分，其中：A a；B b。产出指标（40 分）得 38 分: parts of
        # one kind, whatever else their total states)
        if known and not comparable and breakdowns.concept(item.subject) not in \
                set(known) - {breakdowns.concept(p.subject) for p in parts}:
            continue  # 三公经费 parts, with a count about one of them in between (1 个团组;
            # 公务接待费 2.50 万元，接待 12 批次：the 接待 of the part before)
        if not comparable and item.levels() and _same_segment(item, parts[-1]) and (
                any(per_unit.per_one(s.label) for s in item.levels())
                or (_segment_each(parts)
                    and (first.opened_by is None or not _same_segment(first, total)))):
            continue  # figures of another kind in the segment of the part they are about: its
            # count and mean (（一）助学支出 a，资助学生 312 人，人均 2,000 元；（二）…), or, in a
            # list of a part a segment (not a 其中 list inside one), anything else (全区 148
            # 个项目中，产业项目 86 个，完成投资 a；基础设施项目 39 个 …)
        if not comparable or not item.subject or item.subject.startswith(cues.AFORESAID):
            break  # (2017 年上述两项分别为 …: the items again, of another year)
        if category(item.subject) and category(total.subject) \
                and category(item.subject) != category(total.subject):
            break
        if breakdowns.disjoint(total_concept, breakdowns.concept(item.subject)) \
                or attributes.off_posts(total.subject, item.subject) \
                or attributes.posts_then_staffed(first.subject, item.subject):
            break  # 在职人员 3 人，其中行政人员 2 人，退休人员 1 人: no retired staff is in post
            # (nor a 临聘 one on the establishment a 在编 count counts, nor are 实有人数 30 人
            # after 编制人数 31 人 more of the staff)
        if item.subject in cues.FLOWS and item.subject not in total.subject \
                and not any(category(p.subject) for p in parts):
            break  # 收到资金 a，其中：中央资金 b，…其他资金 c（。）支出 d: a bare 支出 after
            # funds begins a sentence of its own (its full stop lost), no fund of the list
        if total.opened_by is not None and _the_rest(item) \
                and (item.sentence, item.segment) != (first.sentence, first.segment) \
                and not _make_exactly(total, [*parts, item]):
            break  # 其中：A a，包括 A1 a；其他收入 b: the rest of the outer list, not of A's
            # (unless it makes A with A's parts exactly: 1.本年收入 a，其中：A1 b；其他 c)
        if key(item.name) in {key(p.name) for p in parts}:
            break  # a name listed twice (年初 7 个项目，年中 5 个项目 are two names)
        if _sibling(total.subject, item.subject):
            break  # 第二产业增加值 a，其中工业 b；第三产业增加值 c: the total's sibling
        head = _shared_head(total, parts) if item.sentence != parts[-1].sentence else ""
        if head and not item.subject.endswith(head) and not _the_rest(item):
            break  # 存款 a，其中住户存款 b；企业存款 c。各项贷款 d: a new sentence, not a 存款
            # (存款 a。其中，住户存款 b。各项贷款 d: one part is enough to name the kind)
        concept = breakdowns.concept(item.subject)
        if concept is not None and concept in {breakdowns.concept(p.subject) for p in parts}:
            break
        if concept is not None and any(concept in breakdowns.COMPLETE.get(c or "", ())
                                       for c in (breakdowns.concept(p.subject) for p in parts)):
            continue  # 公务用车购置费 under 公务用车购置及运行费: a part of a part
        if len(parts) == 1 and (item.sentence, item.segment) != (first.sentence, first.segment) \
                and not parts_open_lists \
                and not (_bracketed_list_after(items, position) and not in_sentence(first, total)) \
                and concept not in known and _opens_own_list(items, position):
            break  # 在校学生 …，其中寄宿生 …；教职工 …，其中专任教师 …: a sibling total
            # (but 收入 a。其中：A b；B c（其中 …）；C d: a 其中 of its own sentence goes on
            # past a part's list in brackets)
        same_sentence = in_sentence(item, parts[-1])
        if same_sentence and item.segment != parts[-1].segment and len(parts) >= 2 \
                and all(p.segment == first.segment for p in parts):
            break  # A，B；C: the comma list ended at the segment
        if (item.sentence, item.segment) != (first.sentence, first.segment) \
                and in_sentence(first, total) and (
                (_names_its_parent(first, total) and not _names_its_parent(item, total))
                or (_share_of(first, total) and not _share_of(item, total)
                    and item.of(SHARE))):
            break  # 教育支出 …，其中义务教育支出 …（占教育支出的 …）；社会保障和就业支出 …，
            # 所占比重为 …: the total's sibling, not its part (a 其中 that opens a sentence
            # of its own lists its parts segment by segment: 其中：地方收入 …；上划收入 …)
        if same_sentence and item.clause != parts[-1].clause and len(parts) >= 2 \
                and all(same_clause(p, first) for p in parts):
            break  # A、B，控制在限额 C 以内: the 、 list ended at its clause
        numbered = first.marker is not None and item.marker is not None \
            and _same_style(first.marker, item.marker)
        paragraph_part = by_paragraph and item.paragraph_index == parts[-1].paragraph_index + 1 \
            and _first_in_paragraph(items, item) and _first_in_paragraph(items, parts[-1]) \
            and (first.marker is None or item.marker is not None)  # (a numbered list ends
        # at the first paragraph without a number: 1. A a；2. B b。截至年底，已支付 c)
        parallel = not same_sentence and _first_in_sentence(items, item) \
            and _shape(item) == _shape(first) and len(_shape(first)) >= 2 \
            and (item.paragraph_index == parts[-1].paragraph_index or (
                item.paragraph_index == parts[-1].paragraph_index + 1 and item.clause == 0))
        if same_sentence or numbered or (concept in known) or paragraph_part or parallel:
            parts.append(item)
            continue
        break
    return parts


def _same_segment(a: Item, b: Item) -> bool:
    return (a.paragraph, a.sentence, a.segment) == (b.paragraph, b.sentence, b.segment)


def _segment_each(parts: Sequence[Item]) -> bool:
    """Does each part so far stand in a segment of its own?"""
    return len({(p.sentence, p.segment) for p in parts}) == len(parts)


def _sibling(total: str, name: str) -> bool:
    """Do two names differ only in one numeral (第二产业增加值 / 第三产业增加值)? Then they
    are numbered siblings, and neither is the other's part."""
    if len(total) != len(name):
        return False
    differ = [(a, b) for a, b in zip(total, name, strict=True) if a != b]
    return len(differ) == 1 and all(c in _NUMERALS for c in differ[0])


_NUMERALS = "一二三四五六七八九十0123456789"


def _shared_head(total: Item, parts: Sequence[Item]) -> str:
    """The last words the total's name and each part's share (存款 of 各项存款, 住户存款,
    企业存款), when at least two characters: the kind of thing the list lists."""
    shared = shared_tail([total.subject, *(p.subject for p in parts)])
    return shared if len(shared) >= MIN_SHARED_HEAD else ""


#: the fewest characters of a shared head that say what kind of thing is listed (支出, 存款)
MIN_SHARED_HEAD = 2


def _made(whole: Item, inner: Sequence[Item]) -> bool:
    """Do the items of a part's own list, but the last, make the part (two or more), and
    would the last make them exceed it? Then the last is not of that list."""
    terms = _terms(whole, inner) if len(inner) >= 3 else None
    return terms is not None and check_sum(terms[0].quantity, terms[1][:-1], COMPLETE).ok \
        and _exceeds(*terms)


def _the_rest(item: Item) -> bool:
    """Is the item named as the rest of its whole (其他 …, 其余基金收入)? (Read so only in a
    list of one segment: after a ；the 其他收入 of a wider list may follow.)"""
    return item.subject.startswith(cues.REST_WORDS) or any(
        join + rest in item.subject for join in cues.REST_JOINS for rest in cues.REST) or any(
        s.label.removeprefix(item.subject).startswith(cues.REST) for s in item.levels())
    # (利息等其他收入 / 丧葬费及其他支出: the rest, after an example of it)


def _bracketed_list_after(items: Sequence[Item], position: int) -> bool:
    """Does the item at ``position`` have a list of its own in brackets right after it?"""
    following = items[position + 1] if position + 1 < len(items) else None
    return following is not None and following.aside != items[position].aside \
        and following.opened_by is not None


def _opens_own_list(items: Sequence[Item], position: int) -> bool:
    """Is the item at ``position`` followed, in its own segment, by a part it opens (其中)?"""
    item = items[position]
    following = items[position + 1] if position + 1 < len(items) else None
    return following is not None and following.opened_by is not None \
        and in_sentence(following, item) and following.segment == item.segment


def _closing_prefix(total: Item, parts: list[Item]) -> list[Item]:
    """The first parts when they alone make the total and the whole list would exceed it.

    ``财政供养人员 9244 人，其中行政 1845 人，事业 7399 人，离退休人员 1206 人``: the
    first two make 9244; the third is a sentence's next item, not a third part.
    Where the text allows a reading under which it is consistent, that reading wins;
    a list written with 、 in one clause allows no cut inside it.
    """
    terms = _terms(total, parts) if len(parts) >= 3 else None
    if terms is None or not _exceeds(*terms):
        return parts
    head, quantities = terms
    for size in range(len(parts) - 1, 1, -1):
        if same_clause(parts[size - 1], parts[size]):
            continue  # A、B、C: one 、 list is never cut in two
        if check_sum(head.quantity, quantities[:size], COMPLETE).ok:
            return parts[:size]
    return parts


def _segment_heads(items: Sequence[Item], index: int, total: Item, parts: list[Item]
                   ) -> list[Item] | None:
    """The first figure of each ；segment, when the list read would exceed the total and
    those make it exactly: ``余额 569282 万元。其中：一类债务余额 555558 万元，本年新增债券
    161485 万元；二类债务余额 10521 万元；三类债务余额 3203 万元`` (the 新增债券 is the
    first part's own detail, not a part)."""
    head = first_figure(total)
    if head is None or len(parts) < 2:
        return None
    first = items[index]
    heads: list[Item] = []
    for item in items[index:index + MAX_SEGMENT_ITEMS]:
        if not in_sentence(item, first) or item.aside:
            break
        if heads and item.segment == heads[-1].segment:
            continue
        value = _level_like(item, head)
        if value is None:
            break
        heads.append(item)
    if len(heads) < 2 or heads == parts:
        return None
    listed = _values(parts, head)
    if listed is None or not _exceeds(head, listed):
        return None
    by_segment = _values(heads, head)
    return heads if by_segment is not None \
        and check_sum(head.quantity, by_segment, COMPLETE).ok else None


#: how many items of a sentence are looked at for its segments' first figures
MAX_SEGMENT_ITEMS = 24


def _level_like(item: Item, head: Statement) -> Statement | None:
    """The item's level of the head's kind and period."""
    return next((s for s in item.levels() if same_kind(head, s) and s.period == head.period),
                None)


def _values(parts: Sequence[Item], head: Statement) -> list[tuple[int, Quantity]] | None:
    found = [_level_like(p, head) for p in parts]
    values = [(1, v.quantity) for v in found if v is not None]
    return values if len(values) == len(parts) else None


def _terms(total: Item, parts: Sequence[Item]
           ) -> tuple[Statement, list[tuple[int, Quantity]]] | None:
    """The total's first figure and each part's figure of its kind, or None where one lacks
    it: what a list's sums are worked out from."""
    head = first_figure(total)
    values = _values(parts, head) if head is not None else None
    return (head, values) if head is not None and values is not None else None


def _make_exactly(total: Item, parts: Sequence[Item]) -> bool:
    """Do the parts' figures make the total's exactly (本年收入合计 a，其中：财政拨款收入 b，
    占本年收入合计的 p；其他收入 c，占 q, with b + c = a)? Then they are its whole list."""
    terms = _terms(total, parts)
    return terms is not None and check_sum(terms[0].quantity, terms[1], COMPLETE).ok


def _exceeds(head: Statement, values: list[tuple[int, Quantity]]) -> bool:
    """Do the parts' figures pass the total's, beyond what rounding explains?"""
    return check_sum(head.quantity, values, PARTIAL).verdict == "exceeds"


def _same_style(a: str, b: str) -> bool:
    """Two list markers of one numbering style (1. and 2., （一） and （二））."""
    return marker_style(a) == marker_style(b)


def _shape(item: Item) -> tuple[str, ...]:
    """What an item states, in order: a list's parts written alike have one shape."""
    return tuple(f"{s.role}:{s.whole or ''}" for s in item.statements)


def _first_in_sentence(items: Sequence[Item], item: Item) -> bool:
    return next(i for i in items if in_sentence(i, item)) is item


def _first_in_paragraph(items: Sequence[Item], item: Item) -> bool:
    return next(i for i in items if i.paragraph == item.paragraph) is item


def _phase_splits(items: Sequence[Item], taken: set[str]) -> list[Breakdown]:
    """共 15 个项目 … 年初 8 个项目 … 年中增加 8 个项目: counts of one noun split by phases."""
    found = []
    for index, total in enumerate(items):
        counts = [s for s in total.statements if s.total_cue and s.dimension == "count"
                  and s.quantity.exact]
        if not counts:
            continue
        noun = counts[0].noun or _tail_noun(total.subject)
        parts = []
        for item in items[index + 1:]:
            if item.paragraph != total.paragraph or item.sentence != total.sentence:
                break
            if item.aside or item.id in taken or item.subject != noun or not item.phase \
                    or not any(p in item.phase for p in cues.PHASES):
                continue
            parts.append(item)
        if len(parts) >= 2:
            found.append(Breakdown(total, parts, False, True, "phase"))
    return found


def _names_its_parent(part: Item, total: Item) -> bool:
    """义务教育支出 under 教育支出: a part whose name holds its total's whole name."""
    parent = key(total.subject)
    return len(parent) >= MIN_PARENT_NAME and parent in key(part.subject) \
        and parent != key(part.subject)


def _share_of(part: Item, total: Item) -> bool:
    """农业农村支出 …，占农林水支出的 62.5%: a part whose share names its total."""
    return any(s.whole and key(s.whole) == key(total.subject) for s in part.of(SHARE))


#: the shortest total name a part's name is read as holding (not 支出 or 收入 alone)
MIN_PARENT_NAME = 3


def _resumes(item: Item, nested: Item, first: Item) -> bool:
    """After a list nested in a part, the outer list goes on with the next number of its own
    numbering, or else only in the very next segment of the sentence, with a name of its
    first part's kind (项目支出 after 基本支出's 人员经费、
    公用经费): a next segment of the nested list's kind may be that list's own."""
    if first.marker is not None and item.marker is not None \
            and _same_style(first.marker, item.marker) and nested.marker is None:
        return True  # 1. 收入 a，其中 …；2. 上级补助收入 b: the outer list's numbering goes on
    if first.marker is not None and item.marker is None:
        return False  # （一）A a，其中：A1 b；A2 c。（二）B d: a numbered list goes on only
        # with its next number; an unnumbered segment is the nested list's
    if _the_rest(item) and in_sentence(item, nested) and item.segment == nested.segment + 1:
        return True  # 财政拨款收入 a，包括 …；其他收入 b: the rest of the outer list
    return in_sentence(item, nested) and item.segment == nested.segment + 1 \
        and _tail_noun(item.subject) == _tail_noun(first.subject) \
        and _tail_noun(item.subject) != _tail_noun(nested.subject)


def _tail_noun(subject: str) -> str:
    return subject[-2:] if len(subject) >= 2 else subject
