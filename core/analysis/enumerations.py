"""Counts and the names they count: 设 9 个机构，分别为 A、B…; 安排项目 7 项，…（1）…（6）….

A count stated with the names of what it counts (after it: 分别为 / 包括 /
a colon, numbered or not; before it: A、B、C 等 3 个) must match their number
(every reading of the list, A、B 和 C being three or two); a list that 包括
or 等 leaves open may name fewer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from crossfoot.analysis.clauses import SEGMENT_END, sentence_end
from crossfoot.analysis.statements import CHANGE, Statement
from crossfoot.analysis.vocabulary import cues
from crossfoot.model.brackets import split_outside
from crossfoot.model.numbering import parse_number
from crossfoot.model.numerals import chinese_value


@dataclass(slots=True)
class Enumeration:
    count: Statement
    names: list[str]
    counts: tuple[int, ...]  # how many names each reading of the list gives
    complete: bool
    span: tuple[int, int]  # the list, in the paragraph's normalized text
    paragraph: str
    certain: bool = True  # False where how many names the list holds is a guess


def find(text: str, statements: Sequence[Statement], paragraph: str) -> list[Enumeration]:
    found = []
    for index, statement in enumerate(statements):
        if statement.dimension != "count" or not statement.quantity.exact:
            continue
        listed = listed_after(text, statement) or _listed_before(text, statement)
        following = statements[index + 1] if index + 1 < len(statements) else None
        itemised = None if listed else _itemised_after(text, statement, following)
        if itemised is not None:
            names, complete, span = itemised
            found.append(Enumeration(statement, names, (len(names),), complete, span,
                                     paragraph))
            continue
        if listed is None:
            continue
        names, complete, span = listed
        if len(names) >= 2 and _counts_the_whole(statements, index, len(names)):
            continue  # 单位共 9 个，其中行政单位 1 个、事业单位 8 个，包括：(nine names)
        if len(names) >= 2:
            readings, certain = list_readings(names)
            first = _past_blanks(text, span[0])
            if text.startswith(_FIRST_ORDINAL, first) or _LIST_MARKER.match(text, first):
                # 一是 … 二是 … / 1.… 2.…: each item is marked, not named (a 和 inside one
                # is inside it, and so is a comma: 2. 对已完工程量及时计量，按合同拨付)
                marked = numbered_items(text, first)
                if marked is not None and not text.startswith(_FIRST_ORDINAL, first):
                    names = marked[0]
                readings, certain = (len(names),), True
            if _names_go_on(text, span[1]):
                certain = False  # 事业单位 8 个：A、B、C、D，新增 E、F、G、H: the list goes on
            if index and _paired_counts(text, statements[index - 1], statement):
                certain = False  # 团组 3 个、9 人次，即 A、B、C: which count the names are of
            besides = _counted_besides(text, statement)
            if besides:  # 由局机关本级和所属 4 家二级单位组成，即：… / 内设一室四处，分别为：…
                readings = tuple(sorted({*readings, *(n - besides for n in readings)}))
            found.append(Enumeration(statement, names, readings, complete, span, paragraph,
                                     certain))
    return found


def _paired_counts(text: str, before: Statement, count: Statement) -> bool:
    """Is ``count`` said right after another count of the same thing in other units (团组 3
    个、9 人次)? Then the list after them may count either."""
    return before.dimension == "count" and before.quantity.unit != count.quantity.unit \
        and text[before.end:count.quote_start].strip(" ") in ("、", "") \
        and (before.paragraph, before.sentence) == (count.paragraph, count.sentence)


def _names_go_on(text: str, end: int) -> bool:
    """Does a comma end the list, and the clause after it list more names after a word that
    adds them (新增 E、F / 以及 E、F)?"""
    if text[end:end + 1] not in ("，", ","):
        return False
    stop = min((at for at in (text.find(mark, end + 1) for mark in "，,。；;") if at >= 0),
               default=len(text))
    after = text[end + 1:stop].lstrip()
    return after.startswith(cues.LIST_GOES_ON) and "、" in after


def _counts_the_whole(statements: Sequence[Statement], index: int, named: int) -> bool:
    """Is the list as long as a count its sentence gives before this one, in its unit (共 9
    个，其中 … 8 个，包括：…)? Then it may name the whole's members, not this count's."""
    count = statements[index]
    return any(other.sentence == count.sentence and other.paragraph == count.paragraph
               and other.quantity.unit == count.quantity.unit
               and other.quantity.value == named
               for other in statements[:index])


def _counted_besides(text: str, count: Statement) -> int:
    """机关本级和所属 4 家单位 / 内设一室四处: how many units the count leaves out that its
    clause names (or counts in words) right before it, which the list may name too."""
    before = text[_clause_start(text, count.start):count.start]
    if any(word in before for word in cues.BESIDES_COUNT):
        return 1
    counted = _COUNTED_BEFORE.search(before)
    value = chinese_value(counted.group(1)) if counted else None
    return int(value) if value is not None else 0


#: a count in words right before another count (一室四处, 两科三股): units of another kind
_COUNTED_BEFORE = re.compile(r"([一二两三四五六七八九十]{1,2})[室科处股部队所站中心]{1,2}$")


def _clause_start(text: str, position: int) -> int:
    """Where the clause holding ``position`` begins."""
    return max(text.rfind(mark, 0, position) for mark in "，,。；;：:\n") + 1


#: the most characters between a count and the amount of its items (，合计 / ，共计金额)
MAX_COUNT_TO_AMOUNT = 6
#: where a numbered item may begin: the list's start or after a separator
_ITEM_BREAK = "；;，,"


def _itemised_after(text: str, count: Statement, amount: Statement | None
                    ) -> tuple[list[str], bool, tuple[int, int]] | None:
    """安排项目 7 项，合计 486 万元，具体为：（1）A 120 万元；（2）B …: a count, the total
    amount of what it counts, then those things numbered one by one with their amounts.

    Only numbered items are counted (the numbers leave no doubt where one ends),
    only numbers of the first item's style, and only at the list's start or
    after a separator (a 20. inside 120.00 万元 is no number of an item).
    """
    if amount is None or amount.dimension != "money" or not amount.total_cue \
            or amount.sentence != count.sentence:
        return None
    between = text[count.end + len(count.noun):amount.start]
    if len(between) > MAX_COUNT_TO_AMOUNT or any(ch in between for ch in "。；;"):
        return None
    opener = _enumeration_open(text, amount.end)
    if opener is None:
        return None
    list_start, complete = opener
    start = _past_blanks(text, list_start)
    first = _LIST_MARKER.match(text, start)
    if first is None:  # 追加项目 4 个，共计 312.60 万元，分别是：A 150.00 万元、B …
        unnumbered_end = _list_end(text, list_start)
        named = _named_figures(text[list_start:unnumbered_end], count.quantity.unit) \
            if complete else None
        return (named, True, (list_start, unnumbered_end)) if named else None
    list_end = _list_end(text, list_start, numbered=True)
    style = _marker_style(first.group(0))
    starts = [start] + [i + 1 for i in range(start, list_end) if text[i] in _ITEM_BREAK]
    markers = [m for at in starts if (m := _LIST_MARKER.match(text, _past_blanks(text, at)))
               and _marker_style(m.group(0)) == style]
    ends = [m.start() for m in markers[1:]] + [list_end]
    names = [_name_before_figure(text[m.end():end]) for m, end in zip(markers, ends,
                                                                      strict=True)]
    if len(names) < 2 or not all(names):
        return None
    return names, complete, (list_start, list_end)


def _marker_style(marker: str) -> str:
    """（1） and （一） are one style, 1. another, 1、 another, ① another."""
    marker = marker.strip()
    if marker.startswith("("):
        return "()"
    return marker[-1] if marker[-1] in ".、" else "circled"


def _name_before_figure(item: str) -> str:
    """The words an item begins with, up to its first figure."""
    digit = next((i for i, ch in enumerate(item) if ch.isdigit()), len(item))
    return item[:digit].strip()


def listed_after(text: str, statement: Statement
                  ) -> tuple[list[str], bool, tuple[int, int]] | None:
    """设 9 个机构，分别为：A、B…; 共 4 个：（一）A；（二）B…: the names after a count."""
    after = statement.end + len(statement.noun)
    alternative = cues.UNIT_ALTERNATIVE.match(text, after)  # 7 台（套），分别为：…
    opener = _enumeration_open(text, alternative.end() if alternative else after)
    if opener is None:  # 选取 3 个重点项目开展部门评价，即 A、B…: what they did, then who
        said = _SAID_OF_THEM.match(text, after)
        opener = _enumeration_open(text, said.end()) if said else None
        if opener is None or not opener[1]:
            return None
    list_start, complete = opener
    ordinal = ordinal_items(text, _past_blanks(text, list_start))
    if ordinal is not None:
        names, end = ordinal
        if _counted_in(text[list_start:end], statement.quantity.unit):
            return None  # 83 个问题：一是 A 类问题 48 个 …: the items' counts are its parts
        return names, complete, (list_start, end)
    numbered = bool(_LIST_MARKER.match(text, _past_blanks(text, list_start)))
    list_end = _list_end(text, list_start, numbered)
    comma = next((found.start() for found in _CLAUSE_COMMA.finditer(text, list_start, list_end)),
                 -1)  # (not the comma of 1,245.80 万元)
    if comma >= 0 and ("、" in text[list_start:comma]
                       or (not numbered and text[list_start - 1:list_start] in ("为", "是"))):
        if text[list_start - 1:list_start] in cues.COLONS \
                and any(ch.isdigit() for ch in text[list_start:comma]) and any(
                    mark in text[comma:sentence_end(text, comma)] for mark in SEGMENT_END):
            return None  # 出让 3 宗：A 地块成交价 a、建筑面积 b，…；B 地块 …: items parted by ；,
            # each with fields parted by 、, are not names
        rest = text[comma:sentence_end(text, comma)]
        if any(ch.isdigit() for ch in text[list_start:comma]) and "、" in rest \
                and any(ch.isdigit() for ch in rest):
            return None  # 即：A 托管面积 a 亩、补助 b 万元，B c 亩、d 万元，…: each item's figures
            # parted by 、, the items by ，: fields, not names
        list_end = comma  # A、B、C，另设 …: the comma after a 、 list ends it; 1 项为 A，因 …:
        # after a bare 为 / 是 the comma ends what is named
    body = text[list_start:list_end].strip()
    if not body:
        return None
    partial = body.endswith(cues.PARTIAL_END)
    if any(ch.isdigit() for ch in _LIST_MARKER.sub("", body)):
        if text.endswith(cues.DISTRIBUTED, 0, list_start):
            return None  # 涉及 19 人，分别移送 A 7 件、B 2 件: a verb after 分别 shares figures
            # out among what it names, which are not the ones counted
        if text[list_end:list_end + 1] in ("；", ";") and "、" in body:
            return None  # 分三类：A 送审 a、审减 b；B 送审 c、审减 d；…: items parted by ；,
            # each with its figures parted by 、: fields, not names
        named = _named_figures(body, statement.quantity.unit) if complete and not partial \
            else None
        return (named, True, (list_start, list_end)) if named else None
    names = _names(body.removesuffix("等等").removesuffix("等"))
    if text[list_start - 1:list_start] in _COPULAS \
            and statement.quantity.value > KINDS_FACTOR * len(names):
        return None  # 其余 22 家为市、县级示范社: the kinds they are, not each one named
    return names, complete and not partial, (list_start, list_end)


def _counted_in(text: str, unit: str) -> bool:
    """Does ``text`` count something in ``unit`` (48 个, 26 个)? A digit, maybe a space, then
    the unit."""
    unit = _unit_root(unit)
    at = text.find(unit) if unit else -1
    while at > 0:
        before = text[at - 1]
        if before.isdigit() or (before == " " and at > 1 and text[at - 2].isdigit()):
            return True
        at = text.find(unit, at + 1)
    return False


def ordinal_items(text: str, start: int) -> tuple[list[str], int] | None:
    """发现 3 个方面问题：一是 A …；二是 B …；三是 C …: the items a list numbers with 一是, 二是 …
    in turn (each after a separator, in the paragraph), their first words as names, and where
    the last one ends. None unless the list begins with 一是 right where it opens."""
    if not text.startswith(_FIRST_ORDINAL, start):
        return None
    starts, ends = [start + len(_FIRST_ORDINAL)], []
    for match in _ORDINAL.finditer(text, starts[0]):
        if chinese_value(match.group(1)) != len(starts) + 1:
            break
        ends.append(match.start())
        starts.append(match.end())
    if len(starts) < 2:
        return None
    ends.append(_list_end(text, starts[-1], True))
    names = [text[begin:min(end, begin + ORDINAL_NAME)].strip("，,；; ")
             for begin, end in zip(starts, ends, strict=True)]
    return names, ends[-1]


_FIRST_ORDINAL = "一是"
#: a later item's number in words before 是, after a separator (；二是 / 。三是)
_ORDINAL = re.compile(r"(?<=[；;。，,\n])\s?([一二三四五六七八九十]{1,2})是")
#: the characters of an 一是 or numbered item kept as its name
ORDINAL_NAME = 12


#: a figure in a listed item (黄桥镇 120 万元)
_FIGURE = re.compile(r"[0-9][0-9,.]*")


def _named_figures(body: str, unit: str) -> list[str] | None:
    """项目 5 个，分别为：黄桥镇 120 万元、西岭镇 110 万元 …: the names of a list whose items
    each give one figure after their name (the list read only when every item does). Items
    counted in the count's own unit (问题五类 36 个：A 9 个、B 7 个) are its parts, not
    names to count."""
    names = []
    pieces = split_outside(body.replace("；", "、").replace(";", "、"), "、")
    for piece in [part for whole in pieces for part in _joined(whole)]:
        item = _LIST_MARKER.sub("", piece.strip(), count=1)
        figures = _FIGURE.findall(item)
        at = item.find(figures[0]) if len(figures) == 1 else -1
        name = item[:at].strip() if at > 0 else ""
        if not name or (unit and item[at + len(figures[0]):].lstrip().startswith(
                _unit_root(unit))) or item.rstrip().endswith(("%", "％")):
            return None  # (A a、增长 p%: a figure's change beside it is no item)
        names.append(name)
    return names if len(names) >= 2 else None


def _joined(piece: str) -> list[str]:
    """城乡社区支出 392.16 万元和农林水支出 442.52 万元: the last two items of a list, joined by
    和 / 及 / 与 after the first one's figure, as two pieces."""
    figures = _FIGURE.findall(piece)
    if len(figures) != 2:
        return [piece]
    after = piece.find(figures[0]) + len(figures[0])
    for joiner in cues.LIST_JOINERS:
        at = piece.find(joiner, after)
        if at > 0 and len(_FIGURE.findall(piece[:at])) == 1 \
                and len(_FIGURE.findall(piece[at + len(joiner):])) == 1:
            return [piece[:at], piece[at + len(joiner):]]
    return [piece]



def _unit_root(unit: str) -> str:
    """场次 -> 场, 人次 -> 人: 56 场次 of events listed as A 22 场、B 15 场 are counted in
    the same unit; 次 alone stays."""
    return unit[:-1] if len(unit) > 1 and unit.endswith(_TIMES) else unit


#: the word that makes a count of things a count of occasions (人次, 场次, 批次)
_TIMES = "次"


def _listed_before(text: str, statement: Statement
                   ) -> tuple[list[str], bool, tuple[int, int]] | None:
    """设有 A、B、C 等 3 个所: the names before a count, closed by 等 (partial) or not."""
    if statement.role == CHANGE:
        return None  # 因死亡、转出等原因减少 3,106 人: why a count moved, not what it counts
    clause_start = _clause_start(text, statement.start)
    before = text[clause_start:statement.start].rstrip()
    if "、" not in before:
        return None
    totalled = False
    for lead in _TOTAL_LEADS:  # A、B 和 C 共 5 个: the word that totals them is no name's
        if before.endswith(lead):
            before, totalled = before[:-len(lead)].rstrip(), True
            break
    if before.endswith(cues.KIND_HEADS) and not totalled:
        return None  # 资助 A、B 和 C 项目 5 个: projects of those kinds, counted
    partial = before.endswith(cues.PARTIAL_END)
    body = before.removesuffix("等等").removesuffix("等")
    names = _names(body)
    if not names:
        return None  # 、 and nothing named
    if "等" in names[-1]:  # A、B 等优抚对象 1,146 人: people such as A and B
        names[-1], partial = names[-1][:names[-1].index("等")], True
    led = False
    for first in range(len(names) - 1, -1, -1):  # the last name a lead opens begins the list
        # (内设 A、B 共两科一室下辖有 C、D、E、F 4 个管护站: C to F); past the first name only a
        # lead of two characters or more (有 and 设 are in names: 有机肥, 建设项目管理股)
        opener = next((o for o in _LEADS if o in names[first]
                       and (first == 0 or len(o) >= MIN_INNER_LEAD)
                       and names[first].rfind(o) + len(o) < len(names[first])), None)
        # (工程建设、政府采购 … 四类: a name that ends with 设 has no lead in it)
        if opener is not None:
            at = names[first].rfind(opener)
            names, led = [names[first][at + len(opener):], *names[first + 1:]], True
            break
    if led and names[0].startswith(_AT):
        return None  # 分别在 A 镇、B 镇、C 镇开展培训共 4 期: where it was done, not what
    if not led and len(names) >= 3 and _run_in(names):
        return None  # 省水利厅、财政厅在福州召开仙游、屏南、上杭等 3 个县…会议: where the names
        # begin, in a name that holds the words before them, is not known
    names = [n for n in names if n]
    if names and names[-1].endswith(_OF):
        return None  # 涉及骗取、套取财政补贴资金的 3 件: what the counted things are about,
        # not the things counted
    if not (led or partial) or any(any(ch.isdigit() for ch in n) for n in names):
        return None  # 按照八项规定、省委 30 条: a list of names, not of what is counted
    if not partial and statement.quantity.value > KINDS_FACTOR * len(names):
        return None  # 在读中职、高职学生 1,236 人: kinds of what is counted, not each of them
    head = len(names[0])
    if head <= MAX_MODIFIER and len(names[-1]) >= head + MODIFIER_LONGER and all(
            len(n) == head and n[-1] == names[-1][head - 1] for n in names[:-1]):
        return None  # 现有国控、省控环境空气自动监测站共 6 个: kinds said the same way (国控 /
        # 省控) before the noun the last name ends with, not the names of the six
    if _kinds_of_last(names):
        return None  # 共组建专业、半专业扑火队 3 支: 专业 is the last name's kind again
    return names, not partial, (clause_start, statement.start)


def _kinds_of_last(names: list[str]) -> bool:
    """Does each name before the last end with a character the last holds before a noun of
    its own (专业、半专业扑火队; 国家级、省级监测点: kinds of what is counted, the words before
    them run in), not as its own last (城关中学、实验中学和育才中学: names alike), nor where the
    last holds two names joined (区人社局、区住建局和城北街道)?"""
    last = names[-1]
    if any(word in last for word in cues.LIST_JOINERS):
        return False
    for name in names[:-1]:
        at = last.find(name[-1:]) if name else -1
        if at < 0 or at + 1 + MIN_HEAD_NOUN > len(last) or last.endswith(name[-1:]):
            return False
    return len(names) >= 2


#: how much longer than the first the last name before a count is when the names before it
#: are kinds of the noun it ends with (国控、省控环境空气自动监测站), and the longest such kind
MODIFIER_LONGER = 3
MAX_MODIFIER = 3
#: the fewest characters of the noun after a kind found again in the last name
MIN_HEAD_NOUN = 2


#: a comma that parts clauses, not the thousands of a figure (1,245.80)
_CLAUSE_COMMA = re.compile(r"，|(?<![0-9]),|,(?![0-9])")
#: the particle that makes the words before a count describe what it counts
_OF = "的"


def _run_in(names: list[str]) -> bool:
    """Is one name (not the last) far longer than the names after it: the words before
    the list run into it?"""
    for at, name in enumerate(names[:-1]):
        after = sorted(len(n) for n in names[at + 1:])
        if len(name) >= RUN_IN_LENGTH and len(name) > RUN_IN_FACTOR * after[len(after) // 2]:
            return True
    return False


#: how long a listed name must be, and how many times the names after it, to hold more
RUN_IN_LENGTH = 8
RUN_IN_FACTOR = 3
#: the fewest characters of a lead found inside a listed name past the first
MIN_INNER_LEAD = 2
#: the word that makes a list one of places (分别在 A、B、C 开展 …)
_AT = "在"
#: words that total the names listed before a count (A、B 和 C 共 3 个), longest first
_TOTAL_LEADS = tuple(sorted({*cues.TOTAL_LEADS, "共"}, key=len, reverse=True))
#: a count this many times the names listed before it counts things of those kinds (中职、高职学生
#: 1,236 人), not the names themselves: a list that means to name each one names about as many
KINDS_FACTOR = 3
#: the words that open a list, longest first (a longer one may begin with a shorter), sorted
#: once, not for every count read; and with the words that lead a list of names
_OPENERS = tuple(sorted(cues.ENUMERATION_OPEN, key=len, reverse=True))
_LEADS = tuple(sorted((*cues.ENUMERATION_OPEN, *cues.LIST_LEADS), key=len, reverse=True))
#: a list item's number: （一） (1) 1. 1、 一、 ①
_LIST_MARKER = re.compile(r"(?:\([0-9一二三四五六七八九十]{1,3}\)|[0-9]{1,2}[.、]"
                          r"|[一二三四五六七八九十]{1,3}、|[①-⑳])\s*")
#: an item's number ending in 、 where an item starts (一、A；二、B): taken off before the
#: names are parted at 、
_ITEM_NUMBER = re.compile(r"(?:^|(?<=[；;，,]))\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})、")


def _past_blanks(text: str, position: int) -> int:
    """The first position at or after ``position`` that is not a blank."""
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _enumeration_open(text: str, position: int) -> tuple[int, bool] | None:
    """Where the names begin after a count's noun, and whether the opener promises all."""
    window = text[position:position + 8]
    stripped = window.lstrip("，,")
    skipped = len(window) - len(stripped)
    if stripped[:1] in cues.COLONS:
        return position + skipped + 1, True
    if not stripped.startswith(_OPENERS):  # one call in C: most counts open no list
        return None
    for word in _OPENERS:
        if stripped.startswith(word):
            end = position + skipped + len(word)
            if text[end:end + 1] in cues.COLONS:
                end += 1
            elif word == cues.DISTRIBUTED and not text.startswith(cues.PLACED_AT, end):
                return None  # 50 名…，分别送去了 A、B、C: what was given, not who was counted
            elif skipped and word in _COPULAS \
                    and cues.DISTRIBUTED in text[end:end + DISTRIBUTED_AFTER_COPULA]:
                return None  # 50 名贫困群众，为他们分别送去了 A、B: 为 "for", no "namely"
            return end, word not in ("包括", "包含")
    return None


#: a few words said of the things counted, before a comma and the cue that names them all
#: (有 4 个部门培训费超过千万元，即 …; 有 5 个县实现正增长，分别是 …)
_SAID_OF_THEM = re.compile(r"[\u4e00-\u9fff]{1,16}(?=[，,](?:即|分别是|分别为))")
#: the bare copulas that may open the names after a count (3 个科室，为 A、B、C)
_COPULAS = ("为", "是")
#: how far after such a copula a 分别 makes it a preposition (为他们分别送去)
DISTRIBUTED_AFTER_COPULA = 8


def _list_end(text: str, start: int, numbered: bool = False) -> int:
    """The end of a list of names: its sentence, or its segment unless its items are numbered.

    A bracket ends it too (（以下简称…）), unless it is a short note inside a
    name (机关（本级）) that the list goes on after.
    """
    stops = "。\n" if numbered else "。；;\n("
    index = start
    while index < len(text):
        if text[index] == "(" and not numbered:
            close = text.find(")", index, index + MAX_NAME_NOTE)
            if close > 0 and _name_goes_on(text, close + 1):
                index = close + 1
                continue
        if text[index] in stops:
            return index
        index += 1
    return len(text)


#: the longest note in brackets inside a listed name (（本级）, （参公）, （卫生健康办公室）: the
#: office's other name)
MAX_NAME_NOTE = 12
#: the longest end of a name after a note in brackets (装备财务（审计）处、)
MAX_NAME_TAIL = 3


def _name_goes_on(text: str, after: int) -> bool:
    """After a note in brackets, the list goes on: a separator comes next, maybe after the
    rest of the name (机关（本级）、 / 装备财务（审计）处、)."""
    tail = 0
    while tail <= MAX_NAME_TAIL and after + tail < len(text):
        char = text[after + tail]
        if char in _NAME_SEPARATORS:
            return True
        if not "\u4e00" <= char <= "\u9fff":
            return False
        tail += 1
    return False


#: what goes on from a note in brackets to the next name: a separator, or 和 / 及
_NAME_SEPARATORS = (*cues.LIST_SEPARATORS, "和", "及")


def _names(body: str) -> list[str]:
    separated = _ITEM_NUMBER.sub("", body)
    for separator in "，,；;":
        separated = separated.replace(separator, "、")
    names = [_LIST_MARKER.sub("", n).strip() for n in split_outside(separated, "、")]
    return [n for n in names if n]


def list_readings(names: list[str]) -> tuple[tuple[int, ...], bool]:
    """How many names the list holds, read as written and with its last two joined by 和 / 及,
    and whether that is certain: a 和 judged to be inside the last name by how the names
    end (人民参与和促进法治科) is sure where the names before it end as it does, else both
    readings stand (农村公路提质和养老服务中心建设: one name or two; a count that is
    neither is wrong either way)."""
    counts = {len(names)}
    certain = True
    last = names[-1]
    for joiner in cues.LIST_JOINERS:
        at = last.find(joiner)
        if 1 < at < len(last) - 2:
            ending = {n[-1] for n in names[:-1]}
            if len(names) >= 3 and ending == {last[at - 1]} == {last[-1]}:
                # 综合股、优抚安置股、权益维护股和军休服务股: four 股
                return (len(names) + 1,), True
            if len(names) >= 3 and last[at - 1] not in {*ending, last[-1]} \
                    and not last[:at].endswith(cues.BODY_ENDINGS):
                # 人民参与和促进法治科: one 科 (人民参与 ends like no name listed), certainly so
                # where the names before it end as it does (…管理科、法治调研科)
                if sum(n[-1] == last[-1] for n in names[:-1]) < 2:
                    counts.add(len(names) + 1)
                continue
            counts.add(len(names) + 1)  # (…区教育局、城南街道和白鹤镇: 城南街道 is a body)
    return tuple(sorted(counts)), certain


#: a list item's number in a paragraph: (一) (1) 1. 1、 ①
_MARK = re.compile(r"\([一二三四五六七八九十]{1,3}\)|\([0-9]{1,2}\)|[0-9]{1,2}[.、](?![0-9])|[①-⑳]")
#: what stands before a later item's number
_BEFORE_MARK = "；;。，, "


def numbered_items(text: str, start: int) -> tuple[list[str], int] | None:
    """(1) A …；(2) B …: the items numbered in one style from 1 on, from ``start``, and where
    the last ends (the paragraph's end). None where the numbers skip or go back."""
    first = _MARK.match(text, start)
    number = parse_number(first.group(0)) if first else None
    if first is None or number is None or number.value != 1:
        return None
    starts = [first.end()]
    ends = []
    for mark in _MARK.finditer(text, first.end()):
        if text[mark.start() - 1] not in _BEFORE_MARK:
            continue  # a figure's own 1. or 2、 inside an item
        found = parse_number(mark.group(0))
        if found is None or found.style != number.style:
            continue
        if found.value != len(starts) + 1:
            return None  # (1) … (3): not a list read for sure
        ends.append(mark.start())
        starts.append(mark.end())
    if len(starts) < 2:
        return None
    end = len(text.rstrip())
    ends.append(end)
    names = [text[a:min(b, a + ORDINAL_NAME)].strip("，,；;。 ")
             for a, b in zip(starts, ends, strict=True)]
    return names, end
