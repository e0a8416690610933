"""Items: what the text talks about, each with the figures it states of it.

A clause that names a subject opens an item (``公务接待费 242 万元``); a clause
that names none continues the item before it in the sentence (``较上年减少 12
万元，下降 4.7%``), or, at the start of a sentence, the last item of the
sentence before (``…8.38 万元，为…的收入。较 2020 年度决算数减少 17.40 万元``).
A count with its noun after it (``年初批复预算 8 个项目``) names the noun. An
item remembers the cue that opens its parts (其中 / 分别为 … after it), whether
it was said to be unchanged (较上年持平), and whether the sentence says it was
paid in full (已全部拨付).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from crossfoot.analysis.clauses import BREAK, SEGMENT_END, Clause
from crossfoot.analysis.statements import (
    BASE,
    CHANGE,
    FROM,
    LEVEL,
    PERCENT_CHANGE,
    RATE,
    SHARE,
    TO,
    Statement,
    composed_after,
    frame_closed,
    measure_of,
    opens_with_total_verb,
    subject_of,
)
from crossfoot.analysis.vocabulary import (
    balances,
    changes,
    completion,
    cues,
    measures,
    per_unit,
    scores,
)
from crossfoot.analysis.vocabulary.measures import BUDGET_MEASURES

_MARKER = re.compile(r"^\s*(?:[0-9]{1,2}\s*[.、．](?![0-9])|\([0-9一二三四五六七八九十]{1,3}\)"
                     r"|[一二三四五六七八九十]{1,3}[、是]|[①-⑳⑴-⒇㈠-㈩])")
_FLAT_AFTER_COMPARE = re.compile(
    "(?:" + "|".join(map(re.escape, changes.COMPARE)) + ").{0,12}?(?:"
    + "|".join(map(re.escape, changes.FLAT)) + ")")


@dataclass(slots=True)
class Item:
    """A subject and the statements made of it, with where it stands."""

    id: str
    subject: str
    section: str
    paragraph: str
    paragraph_index: int
    sentence: int
    segment: int
    clause: int
    aside: int
    statements: list[Statement] = field(default_factory=list)
    #: the cue after which this item's parts follow (其中, 分别为 ...), if any
    parts_cue: str | None = None
    #: that cue opened a sentence of its own (收入 a，支出 b。其中：…: of which figure?)
    cue_apart: bool = False
    #: the cue that opened this item's own clause (其中, 包括 ...), if it begins a list
    opened_by: str | None = None
    #: a list marker the item's clause starts with (1. / （2）/ 三、)
    marker: str | None = None
    #: where the text says the item did not change (较上年持平 / 无增减变化), if it does
    flat: tuple[int, int] | None = None
    #: the words saying it was paid out in full, and where (normalized text span)
    full: tuple[int, int] | None = None
    #: a count's words before its number (年初批复预算 8 个项目: 年初批复预算)
    phase: str = ""
    #: continued from the sentence before (its subject was not written again)
    continued: bool = False
    #: the item a comparison names its figures against (高于目标值（90%）…: the item before)
    compared: Item | None = None
    #: the items of a list subject whose figures follow 分别 (收入、支出分别为 …), in order
    #: (a tuple: most items have none, and an empty list each is 0.5 MiB at 1 MB of text)
    distributed: tuple[Item, ...] = ()
    #: opened by a total with no name of its own after the items it adds up (A x、B y，合计 z)
    closes_list: bool = False

    def of(self, role: str) -> list[Statement]:
        return [s for s in self.statements if s.role == role]

    def levels(self) -> list[Statement]:
        return self.of(LEVEL)

    @property
    def name(self) -> str:
        """The subject with its phase, if it has one (年中增加项目), as a reviewer reads it."""
        if self.phase and any(p in self.phase for p in cues.PHASES):
            return f"{self.phase}{self.subject}"
        return self.subject


def build(text: str, clauses: list[Clause], statements: list[Statement], section: str,
          paragraph: str, paragraph_index: int, first_id: int,
          earlier: Sequence[Item] = ()) -> list[Item]:
    """The items of one paragraph, in order (``earlier``: the document's items before it)."""
    builder = _Builder(text, section, paragraph, paragraph_index, first_id)
    builder.earlier = earlier
    built = builder.run(clauses, statements)
    _respective_shares(built, text, clauses)
    _respective_changes(built, text, clauses)
    _respective_to_before(built, text, clauses)
    return [found for item in built for found in (
        item, *(_distribute(item, text, clauses) or _respective_moves(item, text, clauses)
                or _respective_after_total(item, text, clauses)
                or _composed_then_respective(item, text, clauses)))]


def _respective_to_before(built: list[Item], text: str, clauses: list[Clause]) -> None:
    """A，…；B，…；C，…。上年同期分别为 a、b 和 c: figures said 分别 with no name of their own,
    as many as the items with figures before them, are those items', in order (not all the
    last item's)."""
    for host in built:
        groups = _by_clause(host)
        for group in groups:
            if len(group) < 2 or any(s.lead for s in group):
                continue
            clause = clauses[group[0].clause]
            words = text[clause.start:group[0].start]
            for word in (*_RESPECTIVE_PERIODS, *cues.EACH_RESPECTIVELY):
                words = words.replace(word, "")
            if words.strip(" ，,：:") or not any(
                    w in text[clause.start:group[0].start] for w in cues.EACH_RESPECTIVELY):
                continue
            moved = {id(s) for s in group}
            before = [item for item in built if item.levels() and any(
                id(s) not in moved and s.order < group[0].order for s in item.levels())]
            owners = before[-len(group):]
            if len(before) < len(group) or not all(
                    any(s.dimension == statement.dimension and s.quantity.unit
                        == statement.quantity.unit for s in owner.levels() if id(s) not in moved)
                    for owner, statement in zip(owners, group, strict=True)):
                continue
            host.statements = [s for s in host.statements if id(s) not in moved]
            for owner, statement in zip(owners, group, strict=True):
                owner.statements.append(statement)
                owner.statements.sort(key=lambda s: s.order)


#: words of when before figures said 分别 of the items before them (上年同期分别为 …)
_RESPECTIVE_PERIODS = ("上年同期", "上年", "去年同期", "去年")


def _respective_after_total(item: Item, text: str, clauses: list[Clause]) -> list[Item]:
    """``教育、卫生健康…等七类民生支出合计 244,190 万元，分别为 68,215 万元、…``: the names
    before 等 take, in order, the figures a later clause gives after 分别, as many as there
    are names; the total keeps its own figure."""
    ordered = _by_clause(item)
    if len(ordered) < 2 or len(ordered[0]) != 1 or not ordered[0][0].total_cue:
        return []
    total = ordered[0][0]
    head = text[clauses[total.clause].start:total.start]
    cut = head.rfind(_ETC)
    later = next((g for g in ordered[1:]
                  if _RESPECTIVELY.search(text[clauses[g[0].clause].start:g[0].start])), None)
    if cut <= 0 or later is None or any(s.role != LEVEL for s in later):
        return []
    names = _list_names(head[:cut], len(later))
    if len(names) < 2:
        return []
    return _split_off(item, names, [later])


def _composed_then_respective(item: Item, text: str, clauses: list[Clause]) -> list[Item]:
    """``收入 3,028.5 万元，由 A、B 和 C 三部分构成，分别为 a、b 和 c``: the names the whole
    is said to be made of take, in order, the figures given after 分别, as many as there
    are names; the whole keeps its own figure (and the list is all of it)."""
    ordered = _by_clause(item)
    if len(ordered) != 2 or len(ordered[0]) != 1 or len(ordered[1]) < 2 \
            or ordered[0][0].sentence != ordered[1][0].sentence:
        return []
    total, later = ordered[0][0], ordered[1]
    said = text[total.end + len(total.noun):clauses[later[0].clause].start]
    composed = _COMPOSED_OF_BARE.search(said)
    if composed is None or any(s.role != LEVEL for s in later) or not _RESPECTIVELY.search(
            text[clauses[later[0].clause].start:later[0].start]):
        return []
    names = _list_names(composed.group("names"), len(later))
    if len(names) < 2:
        return []
    item.parts_cue = cues.COMPOSED_OF
    return _split_off(item, names, [later], opened_by=cues.COMPOSED_OF)


#: the word that closes a list of names before what they are together (A、B 等七类支出)
_ETC = "等"


def _respective_shares(items: list[Item], text: str, clauses: list[Clause]) -> None:
    """``A 18,642.35 万元、B 2,315.80 万元、C 3,904.26 万元，分别占 71.57%、8.89%、15.99%``:
    n shares after 分别 go, in order, to the n items just before them in the sentence,
    each of which states one figure and no share of its own (past the total that closes
    them, where one does)."""
    for index, item in enumerate(items):
        shares = [s for s in item.statements if s.role == SHARE]
        if len(shares) < 2 or index + 1 < len(shares):
            continue
        if not _RESPECTIVE_SHARE.search(text, clauses[shares[0].clause].start, shares[0].start):
            continue
        closing = item.closes_list or counted_total(item) is not None
        end = index if closing else index + 1  # (A a、B b、C c，共计 t / 三类合计 t，分别占 p、
        # q、r: the shares are of the items the total closes, not the total's)
        run = items[end - len(shares):end]
        if end < len(shares) or any(other.sentence != item.sentence or len(other.levels()) != 1
                                    or (other is not item and other.of(SHARE)) for other in run):
            continue
        for owner, share in zip(run, shares, strict=True):
            if owner is not item:
                item.statements.remove(share)
                owner.statements.append(share)


def _respective_changes(items: list[Item], text: str, clauses: list[Clause]) -> None:
    """``实缴单位 a，实缴职工 b，缴存额 c，分别比上年增长 p、q、r``: n percent changes after
    分别 go, in order, to the n items just before them in the sentence, each stating a
    level and no change of its own (the later percents were read as levels of the last)."""
    for index, item in enumerate(items):
        changed = [s for s in item.statements if s.role == PERCENT_CHANGE]
        if len(changed) != 1:
            continue
        first = changed[0]
        after = [s for s in item.statements if s.clause == first.clause and s.start > first.start]
        percents = [first, *after]
        if len(percents) < 2 or index + 1 < len(percents) \
                or any(s.role != LEVEL or s.quantity.unit != first.quantity.unit for s in after) \
                or cues.DISTRIBUTED not in text[clauses[first.clause].start:first.start]:
            continue
        run = items[index + 1 - len(percents):index + 1]
        if any(other.sentence != item.sentence or not other.levels()
               or (other is not item and (other.of(PERCENT_CHANGE) or other.of(CHANGE)))
               for other in run):
            continue
        for owner, percent in zip(run, percents, strict=True):
            percent.role, percent.sign, percent.base_kind = \
                PERCENT_CHANGE, first.sign, first.base_kind
            if owner is not item:
                item.statements.remove(percent)
                owner.statements.append(percent)
                owner.statements.sort(key=lambda s: s.start)


#: a name that is a year alone (2023 年度): a list of years gives periods, not names
_BARE_YEAR = re.compile(r"(?<!\s)\s*[0-9]{4}\s*年度?\s*")
#: the words that give each of the figures before them a share, in order (分别占 / 分别占比 /
#: 占 X 的比重分别为 / 占比分别是)
_RESPECTIVE_SHARE = re.compile(r"分别占|(?:占|比重|比例)[^，,；;。]{0,30}?分别")


# ---------------------------------------------------------------------------
# 分别: one list of names, one list of figures each


#: words between the names of a list (收入、支出; 在职和退休人员)
_LIST_COMMA = re.compile("、")
_NAME_SEPARATORS = re.compile("|".join(
    ("、", *sorted(map(re.escape, cues.LIST_JOINERS), key=len, reverse=True))))
#: words that make a list's last name name its whole too (事业单位资产总额)
_OWN_WHOLE = ("总额", "总计", "合计", "总数")
#: the cue that gives each name of a list its own figure, in order
_RESPECTIVELY = re.compile(r"分别(?:为|是|达到|达|" + "|".join(sorted(
    {*(w for w in (*changes.INCREASE, *changes.DECREASE) if len(w) >= 2),
     *(w for group, measure in measures.MEASURE_WORDS if measure in ("budget", "actual")
       for w in group if 2 <= len(w) <= 3)}, key=len, reverse=True))
    + r")?\s*[：:]?\s*$")  # 收入、支出分别减少 a、b: a change's figures, name by name (分别安排
# a、b: what was planned or done for each)


def _distribute(item: Item, text: str, clauses: list[Clause]) -> list[Item]:
    """``收入、支出分别为 648.20 万元和 640.5 万元，较上年分别增加 …``: each name its figures.

    A clause whose subject lists n names and whose figures follow 分别 gives the
    k-th figure to the k-th name; so does every later clause of the item with 分别
    and n figures (较上年分别增加 a、b), its later figures taking the first one's
    role (分别增长 8.03% 和 6.75%). Names that are measures of one item (年初预算和
    调整后预算分别为 80、96 万元) give the figures their measures instead. Anything
    else (a count of figures that does not match) is left as it was read.
    """
    ordered = _by_clause(item)
    if not ordered:
        return []
    first = ordered[0]
    head = text[clauses[first[0].clause].start:first[0].start]
    cue = _RESPECTIVELY.search(head)
    if cue is None and len(ordered) > 1:
        # A、B 和 C 三类项目，分别安排 a、b 和 c: the names and their count in the clause before
        head = _counted_names(text, clauses, first, ordered[1])
        cue = _RESPECTIVELY.search(head) if head else None
        first = ordered[1] if cue is not None else first
    if cue is None:
        return []
    listed = head[:cue.start()]
    names = _list_names(frame_closed(listed) or listed, len(first))
    if len(names) < 2 or _BARE_YEAR.fullmatch(names[0]):
        return []  # (2023 年度、2022 年度本年支出合计分别为 a 和 b: years, which the figures'
        # periods take in turn, not names)
    chosen = [g for g in ordered if len(g) == len(names) and (
        "分别" in text[clauses[g[0].clause].start:g[0].start]
        # (…分别为 a、b 和 c，占全国的 p、q 和 r: the n shares of the sentence go name by name)
        or (g is not first and g[0].sentence == first[0].sentence
            and len({s.role for s in g}) == 1 and g[0].role in (SHARE, RATE)))]
    for group in chosen:
        for statement in group[1:]:
            if statement.role == LEVEL and group[0].role != LEVEL:
                statement.role, statement.sign = group[0].role, group[0].sign
                statement.base_kind = group[0].base_kind
            if statement.role == group[0].role:
                statement.whole = group[0].whole
            if group[0].period_stated and not statement.period_stated:
                statement.period, statement.period_stated = group[0].period, True
    measures = [measure_of(name) for name in names]
    if all(measures) and len(set(measures)) == len(measures):
        for group in chosen:
            for statement, measure in zip(group, measures, strict=True):
                statement.measure = measure
        return []
    # 其中，A 和 B 资产总额分别为 …: the names carry their own whole (资产总额), which need
    # not be the item just before; they are not read as that item's parts
    opened_by = None if any(w in names[-1] for w in _OWN_WHOLE) else item.opened_by
    parts = _split_off(item, names, chosen, opened_by)
    if not item.statements:
        item.opened_by = None  # its names, not the list, are the parts of a total before it
    return parts


def _respective_moves(item: Item, text: str, clauses: list[Clause]) -> list[Item]:
    """``城市和农村低保标准分别由 a 和 b 提高到 c 和 d，分别提高 p 和 q``: n moves said in turn.

    The clause after 分别由 (分别从) gives n starts, a move's verb, then n ends; a later
    clause of the sentence with 分别 and n figures gives each move its change, in order.
    The k-th figures are the k-th name's, or, where the names cannot be told apart, a
    move of their own each (never one move from the first start to the last end).
    """
    ordered = _by_clause(item)
    if not ordered or len(ordered[0]) < 4 or len(ordered[0]) % 2 or ordered[0][0].role != FROM:
        return []
    first = ordered[0]
    count = len(first) // 2
    head = text[clauses[first[0].clause].start:first[0].start]
    cue = _RESPECTIVE_FROM.search(head)
    verb = next((v for v in changes.TO_LEVEL
                 if v in text[first[count - 1].end:first[count].start]), None)
    if cue is None or verb is None or any(
            cues.DISTRIBUTED not in text[first[k - 1].end:first[k].start]
            and not _JOINED_FIGURE.match(text, first[k - 1].end)
            for k in (*range(1, count), *range(count + 1, 2 * count))):
        return []  # (only figures joined by 和 / 、 on either side of the verb)
    sign = 1 if any(w in verb for w in changes.INCREASE) else \
        -1 if any(w in verb for w in changes.DECREASE) else 0
    for k, statement in enumerate(first):
        model = first[0] if k < count else first[count]
        statement.role, statement.sign = (FROM, 0) if k < count else (TO, sign)
        statement.period, statement.period_stated = model.period, model.period_stated
    groups = [first[:count], first[count:]]
    for group in ordered[1:]:
        if len(group) != count or group[0].sentence != first[0].sentence \
                or cues.DISTRIBUTED not in text[clauses[group[0].clause].start:group[0].start]:
            continue
        for statement in group[1:]:
            statement.role, statement.sign = group[0].role, group[0].sign
            statement.base_kind = group[0].base_kind
        groups.append(group)
    names = _list_names(head[:cue.start()], count) or [
        f"{item.subject}（{k + 1}）" for k in range(count)]
    return _split_off(item, names, groups, item.opened_by)


#: 分别由 / 分别从: the starts of several moves follow, in turn
_RESPECTIVE_FROM = re.compile(r"分别(?:由|从)")
#: a joiner between two figures of a list (和 / 、 / 与 / 及), then the next figure
_JOINED_FIGURE = re.compile(r"(?<!\s)\s*+[^\s0-9，,；;。]{0,2}\s*+[" + "".join(
    (*(word for word in cues.LIST_JOINERS if len(word) == 1), "、")) + "]")


def _counted_names(text: str, clauses: list[Clause], counted: list[Statement],
                   figures: list[Statement]) -> str:
    """``A、B 和 C 三类项目，分别安排 a、b 和 c``: the names before their count, then the
    figures' own words, where the figures' clause follows the count's in its sentence, opens
    with 分别 and gives as many figures as the count says; '' otherwise."""
    count, clause = counted[0], clauses[figures[0].clause]
    own = text[clause.start:figures[0].start]
    if len(counted) != 1 or count.dimension != "count" or count.clause != figures[0].clause - 1 \
            or count.quantity.value != len(figures) or count.sentence != figures[0].sentence \
            or not own.lstrip().startswith(cues.DISTRIBUTED):
        return ""
    return text[clauses[count.clause].start:count.start] + own


def _by_clause(item: Item) -> list[list[Statement]]:
    """The item's statements in groups, one per clause, in order."""
    groups: dict[int, list[Statement]] = {}
    for statement in item.statements:
        groups.setdefault(statement.clause, []).append(statement)
    return list(groups.values())


def _split_off(item: Item, names: list[str], groups: list[list[Statement]],
               opened_by: str | None = None) -> list[Item]:
    """Each name an item of its own, with the k-th figure of every group, taken from
    ``item``; the new items are ``item``'s distributed parts."""
    parts = [Item(f"{item.id}-{k + 1}", subject_of(name)[0] or name, item.section,
                  item.paragraph, item.paragraph_index, item.sentence, item.segment,
                  item.clause, item.aside, [group[k] for group in groups], opened_by=opened_by)
             for k, name in enumerate(names)]
    moved = {id(s) for group in groups for s in group}
    item.statements = [s for s in item.statements if id(s) not in moved]
    item.distributed = tuple(parts)
    return parts


def _list_names(words: str, count: int) -> list[str]:
    """The ``count`` names of ``A、B 和 C``, each a name, not a stray character.

    和 / 及 / 与 may be inside a name (商品和服务支出): they separate names only
    when 、 alone does not give as many names as there are figures.
    """
    words = words.strip(" ，,：:")
    for separators in (_LIST_COMMA, _NAME_SEPARATORS):
        names = [n.strip(" ，,：:") for n in separators.split(words)]
        if len(names) == count and all(len(n) >= 2 for n in names):
            return names
    return []


class _Builder:
    def __init__(self, text: str, section: str, paragraph: str, paragraph_index: int,
                 first_id: int) -> None:
        self.text = text
        self.section, self.paragraph, self.index = section, paragraph, paragraph_index
        self.first_id = first_id
        self.items: list[Item] = []
        self.current: Item | None = None
        self.pending_cue: str | None = None
        self.pending_subject = ""  # 1、收入：792.22 万元: the name before a colon
        self.pending_marker: str | None = None  # 1.青石村项目，投资 …: the name's number
        self.sentence_name = ""  # 政府债务余额为：A x、B y，合计 z: the name the 合计 is of
        self.listed_uses: str | None = None  # 其中用于 A a；用于 B b: the sentence's list of uses
        self.earlier: Sequence[Item] = ()  # the document's items before this paragraph
        self.hosts: dict[int, Item | None] = {}  # aside number -> the item it follows
        self.sentence = -1

    def run(self, clauses: list[Clause], statements: list[Statement]) -> list[Item]:
        by_clause: dict[int, list[Statement]] = {}
        for statement in statements:
            by_clause.setdefault(statement.clause, []).append(statement)
        previous_aside = 0
        for number, clause in enumerate(clauses):
            if clause.sentence != self.sentence:
                self.sentence = clause.sentence
                self.pending_cue, self.pending_subject, self.sentence_name = None, "", ""
                self.listed_uses = None
                self.pending_marker = None
            compared = self.current.compared if self.current is not None else None
            if compared is not None and not clause.aside and clause.opener in "，," \
                    and clause.sentence == compared.sentence:
                self.current = compared  # 满意度 a，高于目标值（b）c 个百分点，较上年（d）提高 e
                # 个百分点: d and e are 满意度's, not the target's
            if clause.aside and clause.aside != previous_aside:
                self.hosts.setdefault(clause.aside, self.current)
            elif not clause.aside and previous_aside:
                self.current = self.hosts.get(previous_aside, self.current)  # the aside closed
                self.pending_cue = None  # （其中：本级 791 万元），支出总计 …: its cue with it
            previous_aside = clause.aside
            words = clause.text(self.text).strip()
            mine = by_clause.get(number, [])
            if mine:
                self._figures(number, clause, words, mine)
            else:
                self._words(number, clause, words)
        return self.items

    def _open(self, subject: str, number: int, clause: Clause, words: str, phase: str = "",
              flat: tuple[int, int] | None = None) -> Item:
        item = Item(f"i{self.first_id + len(self.items)}", subject, self.section,
                    self.paragraph, self.index, clause.sentence, clause.segment, number,
                    clause.aside, phase=phase, flat=flat)
        item.opened_by = _opener(words) or self.pending_cue
        if subject.startswith(changes.COMPARED_WITH) and self.current is not None \
                and self.current.sentence == clause.sentence:
            item.compared = self.current  # (满意度 a，高于目标值 …: what the target is beside)
        if item.opened_by is not None and item.opened_by == self.listed_uses:
            item.opened_by = None  # 其中用于 A a；用于 B b: B is A's sibling, not A's part
        elif item.opened_by is not None:
            self.listed_uses = _use_listed(words, item.opened_by)
        if item.opened_by is None and _MARKER.sub("", words).lstrip().startswith("由") \
                and composed_after(self.text, clause.start):
            item.opened_by = cues.COMPOSED_OF  # 收入总计 …，由本年收入 a 和 … 构成
        marker = _MARKER.match(words)
        item.marker = marker.group(0).strip() if marker else self.pending_marker
        self.items.append(item)
        self.current = item
        self.pending_cue = None
        return item

    def _words(self, number: int, clause: Clause, words: str) -> None:
        """A clause without figures: it may say the item did not change, or open its parts."""
        if self.pending_cue is not None and _names_given(self.text, clause.end, words):
            self.pending_cue = None  # 主要包括：基本工资、…、退休费等；公用经费 …: the cue's
            # list was of names, closed before the next figure
        opener = _opener(words)
        flat = _FLAT_AFTER_COMPARE.search(words)
        if flat is not None:
            subject, _ = subject_of(words[:flat.start()])
            span = (clause.start + flat.start(), clause.start + flat.end())
            hedged = words[:flat.end()].endswith(changes.HEDGED_FLAT)
            unchanged = None if hedged or _against_budget(flat.group(0)) else span
            if subject:  # 因公出国支出决算比上年无增减变化: an item of its own
                self._open(subject, number, clause, words, flat=unchanged)
            elif self.current is not None and unchanged is not None:
                self.current.flat = unchanged
        elif self.current is not None and words.startswith(changes.FLAT) \
                and self.current.statements and self.current.statements[-1].role == BASE \
                and self.current.statements[-1].aside:
            # 会议费 a，与上年（b）持平 / 较上年（b）持平: the comparison's base in brackets,
            # then no change (基本持平, a hedge, is not read so)
            self.current.flat = (clause.start, clause.start + len(words))
        elif opener is not None and _only_cue(words, opener):
            self.pending_cue = opener  # 其中： alone: the parts follow in the next clause
            if self.current is not None and not (clause.aside and self.current.aside
                                                 != clause.aside):
                self.current.parts_cue = opener  # (not the host's for a list in brackets)
                self.current.cue_apart = clause.sentence != self.current.sentence
            if _figures_in_brackets(self.text, clause.end) is not None:
                first, _ = subject_of(_phase(words), True)
                if first:  # 其中决策（20 分）得 18 分: the first part's name, its full marks
                    self._open(first, number, clause, words)  # in brackets next
        elif clause.end < len(self.text) and self.text[clause.end] in "：:" \
                and self.current is not None and self.current.sentence == clause.sentence \
                and any(s.dimension == "money" for s in self.current.levels()) \
                and cues.ALLOCATION.fullmatch(_MARKER.sub("", words).strip()):
            self.current.parts_cue = cues.ALLOCATED  # 资金共 a，按任务量分配：A 区 b …
        elif self.current is not None and self.current.sentence == clause.sentence \
                and self.current.levels() and _COMPOSED_OF_BARE.fullmatch(
                    _MARKER.sub("", words).strip()):
            self.current.parts_cue = cues.COMPOSED_OF  # 基本支出 a，由人员经费和公用经费构成。
            # 人员经费 b …: the figure before names the whole, the names its parts
        elif (named := _named_cue(words)) is not None:
            # 一般公共预算拨款支出预算具体为以下三类： a total stated elsewhere, its parts next
            subject, cue = named
            self._open(subject, number, clause, words).parts_cue = cue
        elif (classed := _by_class(words, self.items, self.earlier,
                                   _figure_next(self.text, clause.end),
                                   clause.sentence)) is not None:
            # 按资产类别分，流动资产 …、固定资产 …: the whole, split by one classification
            self._open(classed[0], number, clause, words).parts_cue = classed[1]
        elif clause.end < len(self.text) and self.text[clause.end] in "：:":
            subject, _ = subject_of(words)
            self.pending_subject = self.sentence_name = subject
        elif clause.end < len(self.text) and self.text[clause.end] in "，," \
                and _TOTAL_OF_ABOVE.fullmatch(_MARKER.sub("", words).strip()):
            self.pending_subject = cues.LIST_TOTAL  # 两项合计，全年执行数 a: the items' total
        elif clause.end < len(self.text) and self.text[clause.end] in "，," and words \
                and (_COPULA_FIGURE.match(self.text, clause.end + 1)
                     or _YEAR_FIGURE.match(self.text, clause.end + 1)
                     or (clause.opener in _OPENS_ENTRY
                         and _BARE_FIGURE.match(self.text, clause.end + 1))):
            # 公务用车购置及运行费花费最高，约为 3.5 亿元: the figure said of the clause before
            # (分别为：A，68 万元；B，45 万元: an entry's name, then its figure alone)
            self.pending_subject, _ = subject_of(words)
            self.pending_marker = _marker_of(self.text, clause, words)
        elif clause.end < len(self.text) and self.text[clause.end] in "，," \
                and (_MARKER.match(words) or _marked_before(self.text, clause.start)):
            # （1）决策指标，分值 20 分，得分 19 分: a numbered item's name, its figures next
            self.pending_subject, _ = subject_of(words)
            self.pending_marker = _marker_of(self.text, clause, words)
        elif (bracket := _figures_in_brackets(self.text, clause.end)) is not None:
            # 投入指标（满分 20 分）得 18.5 分: the bracket's figures and the ones after it are
            # the name's (before a score, 预算执行率 is an indicator's name)
            subject, _ = subject_of(words, scores.SCORE_UNIT in bracket)
            if subject:
                self._open(subject, number, clause, words)
                self.pending_subject = ""  # (得分情况：决策（20 分）得 18 分: the bracket's
                # figures are 决策's, not the heading's before the colon)

    def _figures(self, number: int, clause: Clause, words: str, mine: list[Statement]) -> None:
        for position, statement in enumerate(mine):
            subject, phase = statement.lead, ""
            if position == 0 and not subject and self.pending_subject:
                subject = self.pending_subject
            elif position == 0 and self.pending_marker and self.pending_subject \
                    and len(subject_of(subject)[0]) <= _BARE_NOUN:
                # 1.青石村茶叶加工厂房项目，投资 312.0 万元；2.…，投资 268.5 万元: each 投资 is
                # its numbered entry's
                subject = self.pending_subject + subject
            among = _WHOLE_AMONG.fullmatch(subject) if position == 0 else None
            if among is not None:  # 本年支出中基本支出 702.45 万元: 基本支出, a part of 本年支出
                whole = self.text[clause.start:statement.start]
                named = whole[:whole.find(cues.AMONG) if cues.AMONG in whole else len(whole)]
                self._open(named.strip(" ，,；;"), number, clause, "").parts_cue = \
                    cues.AMONG_CUE
                subject = among.group(2)
            included = _WHOLE_INCLUDES.fullmatch(
                _MARKER.sub("", self.text[clause.start:statement.start]).strip()) \
                if position == 0 and subject else None
            if included is not None and included.group("part").endswith(subject):
                # 流动资产主要包括货币资金 a、应收款项 b: the parts of a whole stated before
                self._open(included.group("whole"), number, clause, "").parts_cue = \
                    included.group("cue")
            if position == 0 and (not subject or subject in cues.REST_WORDS):
                subject = _rest_named(self.text, clause, statement) or subject
            if not subject and statement.noun and statement.dimension == "count":
                start = clause.start if position == 0 else mine[position - 1].end
                subject, phase = statement.noun, _phase(self.text[start:statement.start])
                if statement.role == CHANGE and statement.sign > 0 \
                        and any(p in phase for p in cues.PHASES):
                    statement.role, statement.sign = LEVEL, 0  # 年中增加 8 个项目: 8 new ones
            current = self.current
            flow = subject.removeprefix(measures.ACCOUNTED)  # (年初预算 a，决算支出 b: 决算 is
            # its measure)
            if subject and current is not None and flow in cues.CATEGORIES \
                    and not statement.total_cue and _spent_of_budget(current, flow, clause):
                subject = ""
                statement.measure = statement.measure or "actual"
            if subject in cues.CATEGORIES and named_words(statement).endswith(
                    _OWN_LEVEL + subject):
                subject = _OWN_LEVEL + subject  # 上级补助收入 a、本级收入 b: the body's own
                # revenue beside what was handed down, a source of its own
            if subject and current is not None and subject in cues.CATEGORIES \
                    and current.subject.endswith(subject) and not statement.total_cue \
                    and not any(s.total_cue for s in current.levels()) \
                    and not _YEAR_FLOW.search(self.text, clause.start, statement.start) \
                    and not any(item.subject == subject for item in self.items):
                subject = ""  # 培训费支出 6.20 万元，上年支出 6.80 万元: the same 支出
                # (but 项目支出 …；与上年相比，本年支出增加 …: the body's year, not the part)
                # (but 结转下年支出 …，支出总计 … and 收入总计 …，包括本年收入 … are two)
                # (but 收入预算 a，其中财政拨款收入 b；上年收入预算 c: the 收入 named before)
            if subject and current is not None and _elided_in_another_year(
                    current, subject, statement, clause):
                subject = ""  # 2016 年三公经费预算拨入 a，2015 年预算拨入 b: the same 三公经费
                # 预算拨入, its name said again or shortened in the year after it
            named = named_words(statement)
            if not subject and statement.measure is not None \
                    and named.startswith(changes.THIS_YEAR) and current is not None \
                    and current.subject.startswith(balances.START_BALANCE):
                subject = named  # 上年结转 a、本年下达 b: the year's funds beside the balance
                # carried in, never a measure of that balance
            if subject in cues.ABOVE_NAMES and statement.total_cue:
                subject = ""  # …、B b，以上合计 c: the list's total, named by no name of its own
            closes = (not subject or _names_their_kind(subject, self.items)
                      or opens_with_total_verb(statement.label)
                      or opens_with_total_verb(statement.label.removeprefix(subject))) \
                and _closes_list(self.items, statement, clause)
            # (A a、B b、C c，共建成三级物流节点 d: the total named after what it did)
            if closes and not subject:
                subject = self.sentence_name or cues.LIST_TOTAL
            elif not subject and position == 0 and current is not None \
                    and (statement.total_cue or statement.label in cues.TOTAL) \
                    and current.sentence != clause.sentence:
                subject = cues.LIST_TOTAL  # A …。B …。合计 2017 年 a，2016 年 b: the items' total,
                # not more of the last item's figures
            if subject or current is None or (clause.aside and current.aside != clause.aside
                                              and current is not self.hosts.get(clause.aside)):
                clause_words = words if position == 0 else ""
                current = self._open(subject, number, clause, clause_words, phase)
                current.continued = not subject
                current.closes_list = closes
            elif (current.sentence != clause.sentence and (
                    _ends_a_list(self.items, current) or per_unit.per_one(current.subject)
                    or _ends_per_one(current))) \
                    or (current.segment != clause.segment and statement.measure is not None
                        and _ends_a_list(self.items, current)):
                # 支出合计 …，其中 A …、B …。较上年减少 …: the total's or B's? Neither is sure
                # (户均补助 3 万元。截至年底实际支付 302.4 万元: not per household)
                # (支出 52,800 元，人均 75 元。较上年 …: of 支出, or of the mean? Not sure)
                # (全年预算数 a，其中 A b、B c；全年执行数 d: not B's)
                current = self._open("", number, clause, words if position == 0 else "", phase)
                current.continued = True
            elif current.sentence != clause.sentence:
                current.continued = True
            current.statements.append(statement)
        self.pending_subject, self.pending_marker = "", None
        assert self.current is not None
        _trailing_cue(self.text, clause, mine, self.current)
        full = _full(self.text, clause, mine)
        if full is not None:
            self.current.full = full


def _rest_named(text: str, clause: Clause, statement: Statement) -> str:
    """``其余 8 个为框架协议采购``: a figure the rest of a list makes, its clause opening with
    其余 and naming it after 为 / 是, if at all: a part of its own (the rest's word kept, so
    the list is read as all of its total)."""
    head = _MARKER.sub("", text[clause.start:statement.start]).strip(" ，,")
    if head not in cues.REST_WORDS:
        return ""
    named = _NAMED_AFTER.match(text, statement.end + len(statement.noun), clause.end)
    return head + (named.group(1) if named else "")


def counted_total(item: Item) -> str | None:
    """The count a total's name gives the items before it (以上三项合计 / 五项合计 / 三类合计 c:
    三 / 五), where the item states a total."""
    counted = cues.ABOVE_COUNT.match(item.subject) or cues.COUNTED_TOTAL.match(item.subject)
    if counted is None or not any(s.total_cue for s in item.levels()):
        return None
    return counted.group(1)


#: the word of a government's own level (本级收入 beside 上级补助收入)
_OWN_LEVEL = "本级"


def named_words(statement: Statement) -> str:
    """The words a figure's label names it by, without the marks of the list it is in."""
    return statement.label.strip(cues.LIST_MARKS + "，,；;")


#: a clause that only says what follows is the total of the items before (两项合计， / 以上
#: 三项合计，)
_TOTAL_OF_ABOVE = re.compile(r"(?:以上|上述)?(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3})(?:项|类)"
                             r"(?:合计|共计|总计)")
#: a clause that is a figure alone (…，45 万元；)
_BARE_FIGURE = re.compile(r"(?<![\s0-9,.])\s*+[0-9][0-9,.]*+\s*+[^\s0-9，,；;。：:]{1,4}"
                          r"(?:[；;。]|$)")
#: what opens an entry of a list: a segment's or a list's start
_OPENS_ENTRY = frozenset((*SEGMENT_END, *cues.COLONS))
#: a clause that opens with only a copula before its figure (约为 3.5 亿元 / 为 2,360 万元)
_COPULA_FIGURE = re.compile(r"(?<!\s)\s*+(?:约为|约|为|达到|达|是|由)\s*+[0-9]")
#: a year and its figure opening a clause (主动公开政府信息，2023 年 5,208 条，2022 年 …): the
#: clause before names what both years count
_YEAR_FIGURE = re.compile(r"(?<![\s0-9])\s*+[0-9]{4}\s*+年度?\s*+(?:为|是|：|:)?\s*+[0-9]")
#: the name after a figure of the rest (其余 8 个为框架协议采购)
_NAMED_AFTER = re.compile(r"(?<!\s)\s*+(?:为|是)([^，,；;。：:（(]{2,16})")
#: a whole's name, a cue of some of its parts, the first part's name (流动资产主要包括货币资金)
_WHOLE_INCLUDES = re.compile(r"(?P<whole>[^，,；;：:、\s]{2,12}?)(?P<cue>主要包括|包括|主要有)"
                             r"(?P<part>[^，,；;：:、\s]{2,16})")
#: the body's own flow of the year (本年支出 / 全年收入), never a part's namesake
_YEAR_FLOW = re.compile(r"(?:本年|本年度|全年|当年)(?:支出|收入)")
#: a lead naming a whole, 中, then the part (本年支出中基本支出 / 资产总额中流动资产)
_WHOLE_AMONG = re.compile(r"(.{0,10}?(?:支出|收入|资产|经费|合计|总计|总额))中([^中]{2,12})")


def _marked_before(text: str, start: int) -> bool:
    """Does only a list marker ((1) / 1. / 一是) stand between the sentence's start and here?"""
    return _marker_before(text, start) is not None


def _marker_before(text: str, start: int) -> str | None:
    """The list marker ((1) / 1. / 一是) that alone stands between the sentence's start and
    here, if one does."""
    before = text[max(0, start - MARKER_WINDOW):start]
    cut = max(before.rfind(mark) for mark in "。；;：:\n") + 1  # (具体为：（1）…)
    head = before[cut:].strip()
    return head if head and _MARKER.fullmatch(head) else None


def opening_marker(text: str) -> str | None:
    """The list marker a paragraph opens with ((一) / 1. / 三、 / ①), None if none."""
    marker = _MARKER.match(text)
    return marker.group(0).strip() if marker else None


def marker_style(marker: str) -> str:
    """A list marker's numbering style: 1. and 2. one, （一） and （二） another, （1） a third,
    ① and ② a fourth (① is a digit to str.isdigit, and not 1.'s style)."""
    if marker.startswith("("):
        return "paren" + ("digit" if marker[1:2].isdigit() else "cn")
    if "①" <= marker[:1] <= "⑳" or "⑴" <= marker[:1] <= "⒇" or "㈠" <= marker[:1] <= "㈩":
        return "circled" + marker[:1].translate(_CIRCLED_KIND)
    if marker[:1].isdigit():
        return "arabic" + marker[-1]
    return "other" + marker[-1]


#: each kind of numbered character to one of its kind (① ②, ⑴ ⑵ and ㈠ ㈡ are three styles)
_CIRCLED_KIND = str.maketrans({**{chr(c): "①" for c in range(ord("①"), ord("⑳") + 1)},
                               **{chr(c): "⑴" for c in range(ord("⑴"), ord("⒇") + 1)},
                               **{chr(c): "㈠" for c in range(ord("㈠"), ord("㈩") + 1)}})


def _marker_of(text: str, clause: Clause, words: str) -> str | None:
    """The list marker a clause opens with or follows alone (（1）岩口村项目 / 1.…)."""
    marker = _MARKER.match(words)
    return marker.group(0).strip() if marker else _marker_before(text, clause.start)


#: how far back a list marker before a clause is looked for
MARKER_WINDOW = 12


#: how many names, each with one figure of one kind, make the end of a sentence a list
MIN_RUN = 3


def _ends_a_list(items: Sequence[Item], last: Item) -> bool:
    """Is ``last`` a part of a list its sentence opened (其中 …、…) after a total, or split
    by one classification (从支出结构看，…) of a whole stated before?"""
    own = [item for item in items if item.paragraph == last.paragraph
           and item.sentence == last.sentence and item.aside == last.aside]
    # (A a，B b（其中 B1 b1，B2 b2）。较上年 …: B's bracket holds its own parts, and B still
    # ends the list)
    if not own or own[-1] is not last:
        return False
    opened = next((k for k, item in enumerate(own) if item.opened_by), None)
    if opened is not None and opened > 0 and own[opened - 1].levels() != [] \
            and last is not own[opened - 1]:
        return True
    # 从支出结构看，A a；B b: a whole stated before, split here by one classification
    split = next((k for k, item in enumerate(own)
                  if item.parts_cue in (cues.VIEWED_BY, cues.BY_CLASS) and not item.levels()),
                 None)
    if split is not None and len(own) - split > 2:
        return True
    # 合计 a：第一批 b，第二批 c，第三批 d: the sentence ends on a run of names, each with one
    # figure of one kind
    kinds = [{(s.dimension, s.quantity.unit) for s in item.levels()} for item in own]
    run = 0
    while run < len(own) and len(kinds[-1 - run]) == len(own[-1 - run].levels()) == 1 \
            and kinds[-1 - run] == kinds[-1]:
        run += 1
    return run >= MIN_RUN


#: 地方收入按构成分 / 按资产类别分 / 按支出功能分类科目: a whole (named or not) split by one
#: classification
_BY_CLASS = re.compile(r"(?P<name>[^，,；;：:按]{0,16})按(?P<basis>[^，,；;：:按]{1,12}?)"
                       r"(?<![计得评])(?:分类|划分|分列|分|统计)(?:科目)?(?:构成(?:情况)?)?"
                       r"(?:分别为|别为|别是|为|来看|看|如下)?")
# (按项目分列如下 / 按支出功能分类构成如下 / 按支出功能分类科目分别为 / 按用途分别为 / 按消费
# 形态统计 (statistical bulletins); not 按执行率计分 / 按…评分, a way of scoring)
#: 从收入分类来看 / 分收入结构看 / 分征收部门完成情况为: the whole seen from one classification
_VIEWED_BY = re.compile(r"(?P<name>)(?:从|分)(?P<basis>[^，,；;：:从分看]{1,12}?)"
                        r"(?:来看|看|(?:完成)?情况(?:是|为|如下)?)")


def _figure_next(text: str, end: int) -> bool:
    """Does the clause after the one ending at ``end`` state a figure (a digit)?"""
    following = BREAK.search(text, end + 1)
    stop = following.start() if following is not None else len(text)
    return any(char.isdigit() for char in text[end + 1:stop])


def _by_class(words: str, before: list[Item], earlier: Sequence[Item] = (),
              figures_follow: bool = True, sentence: int | None = None
              ) -> tuple[str, str] | None:
    """The name of the whole a clause splits by a classification: its own name (地方收入按构成分),
    else the last item of the paragraph before it named by the classification's head noun
    (按资产类别分 after 资产总额 …，负债总额 …), else the one such name among the document's
    items before that state what was done, not a budget (二、采购结构 按采购类型分 after 一、
    …政府采购规模 52.64 亿元，采购预算 55.72 亿元). None where no whole is certain.
    从收入结构来看 / 分级次看 (cue VIEWED_BY: the main classes, maybe not all) is read so only
    when figures follow in the next clause and the paragraph names one such whole. A basis
    that names no noun (按用途分为) splits the one item its own sentence states before it."""
    body = _MARKER.sub("", words).strip().strip("：:，,")
    match, cue = _BY_CLASS.fullmatch(body), cues.BY_CLASS
    if match is None and figures_follow:  # 从收入结构看，财政拨款仍是 …: a remark, no parts
        match, cue = _VIEWED_BY.fullmatch(body), cues.VIEWED_BY
    if match is None:
        return None
    named, _ = subject_of(match.group("name"))
    if named:
        return named, cue
    head = match.group("basis")
    for word in cues.CLASSIFICATION_WORDS:
        head = head.replace(word, "")
    # 按类型分，一般债券 …；按性质分，新增债券 …: the whole its sentence split by a first
    # classification, split again
    again = [item.subject for item in before if item.parts_cue == cues.BY_CLASS
             and not item.statements and item.sentence == sentence] \
        if cue == cues.BY_CLASS else []
    # 共安排资金 a，其中提前下达 b，当年下达 c；按来源分，…: the one total its sentence listed
    # the parts of, split again
    listed = {whole.subject for whole, next_one in zip(before, [*before[1:], None], strict=False)
              if whole.sentence == sentence and whole.levels() and (
                  whole.parts_cue is not None or (next_one is not None and next_one.opened_by
                                                  and next_one.sentence == sentence))} \
        if cue == cues.BY_CLASS else set()
    again = again or ([*listed] if len(listed) == 1 else [])
    if len(head) < MIN_CLASS_HEAD:  # 保有量 37 辆，按用途分为：…: the sentence's one figure
        if again:
            return again[-1], cue
        own = [item.subject for item in before if item.sentence == sentence and item.levels()]
        if cue == cues.BY_CLASS and own:
            return (own[0], cue) if len(own) == 1 else None
        previous = [item.subject for item in before if sentence is not None
                    and item.sentence == sentence - 1 and item.levels()]
        if not own and len(set(previous)) == 1:  # 采购支出总额 111,350 元。分项来看：货物类 …
            return previous[0], cue  # (发行债券 32.64 亿元。按类型分，一般债券 …: the same)
        said_before = _sentence_before(before, sentence, True) if cue == cues.BY_CLASS \
            else None
        if said_before is not None:
            return said_before, cue
        return ("", cue) if cue == cues.VIEWED_BY else None
    before = [item for item in before if not _counts_the_classes(item, head)]
    named_so = [item.subject for item in _wholes(before) if head in item.subject
                and item.levels()]
    if cue == cues.VIEWED_BY and len(set(named_so)) > 1:
        return None  # 收入合计 …，其中：A 基金收入 …，B 基金收入 …。从收入来源看: which one?
    split = [item.subject for item in before if item.parts_cue == cues.BY_CLASS
             and not item.statements and head in item.subject]
    if split:  # 按单位类型分，A …、B …。按资产类别分，…: the whole split before, split again
        return split[-1], cue  # (not B, its last part)
    if named_so:
        return named_so[-1], cue
    if again:  # (按资金用途分: no whole named 资金 of its own)
        return again[-1], cue
    stated = {item.subject for item in before if item.sentence == sentence and item.levels()}
    if len(stated) == 1:  # 支出共计 421.67 万元，按项目分列如下 / 全年支出 a，分季度看：the one
        return stated.pop(), cue  # figure of its own sentence, whatever the basis names
    names = {item.subject for item in earlier[-MAX_CLASS_LOOKBACK:]
             if head in item.subject and item.levels()
             and all(s.measure not in BUDGET_MEASURES for s in item.levels())}
    # 行政单位资产总额, 事业单位资产总额 …: unsure
    if len(names) == 1:
        return names.pop(), cue
    said_before = _sentence_before(before, sentence, cue == cues.BY_CLASS)
    if said_before is not None:  # 下达补贴资金 3,716.48 万元。按乡镇分：东关镇 …: the basis
        return said_before, cue  # names no noun of it, and the sentence before states one
    return ("", cue) if cue == cues.VIEWED_BY else None
    # ("": a view of a whole not sure, 分项目看：税收 …、非税 …: its parts are its own, of
    # no list around it)


def _counts_the_classes(item: Item, head: str) -> bool:
    """全县 9 个乡镇共设置村卫生室 168 个，按乡镇分：…: 9 counts the classes the split is by,
    it is not what is split."""
    return item.subject == head and bool(item.levels()) \
        and all(s.dimension == "count" and s.quantity.unit in per_unit.NAMED_UNITS
                for s in item.levels())  # (not 实际筹集 3,260 套, 按筹集方式分: what is split)


def _wholes(before: list[Item]) -> list[Item]:
    """The items that are no listed part (政府采购 a，其中政府集中采购 b、分散采购 c: not b, c):
    a classification splits a whole again, not the last part of its list."""
    listing: set[int] = set()  # sentences whose 其中 list has begun
    wholes = []
    for item in before:
        if item.opened_by is not None:
            listing.add(item.sentence)
        if item.sentence not in listing:
            wholes.append(item)
    return wholes


def _sentence_before(before: list[Item], sentence: int | None, amount_first: bool = False
                     ) -> str | None:
    """The one item with a figure of the sentence before ``sentence`` (in the paragraph), or
    (``amount_first``: for a classification) its one item with an amount of money where it
    opens it, when ``sentence`` states none before the clause."""
    if sentence is None or any(item.sentence == sentence and item.levels() for item in before):
        return None
    previous = [item for item in before if item.sentence == sentence - 1
                and any(s.dimension != "ratio" for s in item.levels())]
    moneyed = [item for item in previous if any(s.dimension == "money" for s in item.levels())]
    if amount_first and len(previous) > 1 and moneyed[:1] == previous[:1] \
            and len(moneyed) == 1:
        previous = moneyed  # 发放补贴资金 a，涉及农户 b 户。按项目分：…: the amount the sentence
        # opens with, then a count of whom it reached (not 37 个项目共涉及资金 a: the count
        # first may be what the classification splits)
    return previous[0].subject if len(previous) == 1 and previous[0].subject else None


#: how many of the document's items before a paragraph are looked at for the whole of a
#: classification it opens with
MAX_CLASS_LOOKBACK = 40


#: the fewest characters of the noun a classification names its whole by (资产, 采购)
MIN_CLASS_HEAD = 2


def _figures_in_brackets(text: str, at: int) -> str | None:
    """The bracket holding a figure that opens at ``at`` (投入指标（满分 20 分）), if one does."""
    if text[at:at + 1] != "(":
        return None
    close = text.find(")", at, at + MAX_BRACKET_NOTE)
    inside = text[at + 1:close] if close > 0 else ""
    return inside if any(ch.isdigit() for ch in inside) else None


#: the longest lead that names no entry of its own after a numbered entry's name (投资 / 资金)
_BARE_NOUN = 2
#: the longest bracket after a name that is read as that name's figures
MAX_BRACKET_NOTE = 24


def _closes_list(items: list[Item], statement: Statement, clause: Clause) -> bool:
    """A x、B y，合计 z: a total with no name of its own after two or more items of its
    sentence, each stating one figure of its kind, is theirs (not the last one's)."""
    if not statement.total_cue or len(items) < 2:
        return False
    last, before = items[-1], items[-2]
    return all(item.sentence == clause.sentence and item.paragraph == last.paragraph
               and item.aside == clause.aside and item.subject
               and _one_of_kind(item, statement)
               and not any(s.total_cue for s in item.levels()) for item in (last, before)) \
        and last.subject != before.subject


def _one_of_kind(item: Item, total: Statement) -> bool:
    """Does the item state one figure of the total's kind: its only one, or its one of the
    total's measure (or of none, as the total) beside others of the same unit (得分 17.6 分
    （满分 20 分）before 合计得分 88.6 分 / 17 分（满分 20 分）before 合计 87.5 分)?"""
    levels = item.levels()
    if [s.dimension for s in levels] == [total.dimension]:
        return True
    return bool(levels) and all(s.dimension == total.dimension for s in levels) \
        and [s.measure for s in levels].count(total.measure) == 1


def _names_their_kind(subject: str, items: list[Item]) -> bool:
    """…，卫生健康支出 c，住房保障支出 d，本年支出合计 e: a total named only by the kind the
    items before it end with (a category, or any noun they share: 非限定性净资产 a，限定性净资产
    b，年末净资产合计 c / 管理费用 a，筹资费用 b，本年费用合计 c) is theirs as a 合计 with no
    name is."""
    if len(items) < 2 or any(item.subject == subject for item in items[-2:]):
        return False
    if _names_each(subject, items[-2:]):
        return True  # 建档古树 a、名木 b，古树名木合计 c: the total names each of them
    kind = shared_tail([subject, *(item.subject for item in items[-2:])]) or shared_tail(
        [subject.removesuffix(balances.FUNDS), *(item.subject for item in items[-2:])])
    # (the whole name where theirs end with it; else the noun all three end in: 个人创业者带动
    # 就业 a，小微企业吸纳就业 b，合计带动就业 c: 就业; A 补助 a，B 补助 b，合计补助资金 c: 补助)
    return kind in cues.CATEGORIES or (len(kind) >= MIN_KIND and not any(
        item.subject.startswith(cues.STOCK_MOVES) for item in items[-2:]))
    # (年初资产总额 a，本年新增资产 b，处置及核销资产 c，年末资产总额 d: a stock carried
    # forward, not parts)


#: the fewest characters of a shared noun that names a list's total (费用, 净资产)
MIN_KIND = 2


def _names_each(subject: str, items: list[Item]) -> bool:
    """Does the name hold each item's last word, in their order (古树名木 of 古树, 名木)?"""
    at = 0
    for item in items:
        word = item.subject[-MIN_KIND:]
        found = subject.find(word, at) if len(item.subject) >= MIN_KIND else -1
        if found < 0:
            return False
        at = found + len(word)
    return True


def shared_tail(names: list[str]) -> str:
    """The last characters all the names share (就业 of 带动就业 and 吸纳就业)."""
    size = 0
    while size < min(len(n) for n in names) and len({n[-size - 1] for n in names}) == 1:
        size += 1
    return names[0][len(names[0]) - size:]


def _spent_of_budget(current: Item, category: str, clause: Clause) -> bool:
    """培训费预算 20 万元，支出 18 万元: a bare 支出 after a budget in its sentence is its spending.

    Not when the item is of another category (收入预算 100 万元，支出 90 万元).
    """
    return category == "支出" and current.sentence == clause.sentence \
        and current.aside == clause.aside \
        and any(s.measure in ("budget", "budget_initial") for s in current.levels()) \
        and not any(c in current.subject for c in cues.CATEGORIES if c != category)


def _against_budget(words: str) -> bool:
    """比预算无增减变化: the comparison is with the budget, not with the year before."""
    for compare in changes.COMPARE:
        at = words.find(compare)
        if at >= 0 and words[at + len(compare):].lstrip().startswith(changes.BUDGET_BASE):
            return True
    return False


def _names_given(text: str, end: int, words: str) -> bool:
    """Does a clause of names close the list a cue opened: it ends in 等, or its segment ends?"""
    return words.endswith("等") or text[end:end + 1] in ("；", ";")


def _opener(words: str) -> str | None:
    body = _without_basis(_MARKER.sub("", words).lstrip())
    if _PARTS_COUNTED.match(body):  # 固定资产 98.63 亿元，由四部分构成：…
        return cues.COUNTED_PARTS
    if not body.startswith(cues.PARTS_OPENERS):  # most clauses open with no cue
        if _MARKER.match(words):
            return None
        body = body[_period_said(body):]  # 其中，本年度用于 A a；用于 B b: a use after a period
        return next((cue for cue in _USE_OPENERS if body.startswith(cue)), None)
    for cue in cues.PARTS_OPENERS:
        if body.startswith(cue):
            if cue.endswith(cues.USE) and _MARKER.match(words):
                return None  # 一是用于 A a；二是用于 B b: each a numbered use, not B of A's
            if cue == cues.DISTRIBUTED and body.startswith(cues.EACH_DID, len(cue)):
                return None  # a、b，分别完成目标（c、d）的 p 和 q: what each did, no parts
            return cue
    return None


#: a basis said before 分别 (按项目分别用于 / 按用途分别为)
_BY_BASIS = re.compile(r"按[\u4e00-\u9fff]{1,6}?(?=" + cues.DISTRIBUTED + ")")


def _without_basis(body: str) -> str:
    """按项目分别用于：A a、B b -> 分别用于：…: the basis the figures are handed out by names no
    part."""
    by = _BY_BASIS.match(body)
    return body[by.end():] if by is not None else body


def _use_listed(words: str, cue: str) -> str | None:
    """The use verb that opens a list (用于 A …) or stands right after its cue (其中用于 /
    其中：主要用于), if one is there: each later clause it opens in the sentence is another
    part of the same list."""
    body = _MARKER.sub("", words).lstrip()
    if not body.startswith(cue):
        return None
    if cue.endswith(cues.USE):
        return cue  # X a，用于 A b；用于 C d: C is A's sibling, both of X
    after = body[len(cue):].lstrip("：:，, ")
    after = after[_period_said(after):]  # 其中 2023 年用于 A a；用于 B b
    return next((use for use in _USE_OPENERS if after.startswith(use)), None)


#: the openers of a use (主要用于, 用于), longest first as in ``cues.PARTS_OPENERS``
_USE_OPENERS = tuple(cue for cue in cues.PARTS_OPENERS if cue.endswith(cues.USE))


def _period_said(words: str) -> int:
    """How many characters of ``words`` a period opening them takes (2023 年 / 本年度，)."""
    said = _OPENING_PERIOD.match(words)
    return said.end() if said else 0


#: a period a clause may open with before its verb (2023 年 / 本年度 / 全年), or the occasion
#: (本次自查共发现 …: self-checks, audits and inspections)
_OPENING_PERIOD = re.compile(r"(?:[0-9]{4}年度?|本年度?|全年|当年|今年"
                             r"|(?:本次|此次)(?:自查|检查|核查|审计|评价|督查)?)[，,]?")
#: a whole made of a counted number of parts: all of it follows
_PARTS_COUNTED = re.compile(r"(?:全部)?(?:由(?:以下|如下)?[0-9一二两三四五六七八九十]{1,2}个?"
                            r"(?:部分|类|项)(?:构成|组成)"  # (全部由以下四类构成：A a …)
                            r"|来源于(?:以下|如下)?[0-9一二两三四五六七八九十]{1,2}个?"
                            r"(?:部分|方面|渠道))$")  # (收入 a，全部来源于两部分：A b；B c)
#: 以下方面 / 以下三类 / 如下几个方面: words that announce a list and say nothing else
_FILLER = re.compile("(?:" + "|".join(cues.CUE_FILLER_HEADS) + ")[0-9几一二两三四五六七八九十]{0,3}"
                     "(?:" + "|".join(cues.CUE_FILLER_NOUNS) + ")?$")


def _named_cue(words: str) -> tuple[str, str] | None:
    """(subject, cue) of a clause that names a total and opens its parts (X 具体为以下三类)."""
    body = _MARKER.sub("", words).strip().strip("：:")
    if body.endswith(cues.AMONG) and not body.endswith(cues.AMONG_CUE):
        named = body.removesuffix(cues.AMONG).removeprefix(cues.AMONG_LEAD)  # 资产总额中，A…
        subject, _ = subject_of(named)
        if subject and len(subject) < MIN_NAMED <= len(named):
            subject = named.strip()  # 本年支出合计中，A …: not the 支出 总计 is of
        return (subject, cues.AMONG_CUE) if len(subject) >= MIN_NAMED else None
    composed = _COMPOSED_OF_NAMES.fullmatch(body)
    if composed is not None:  # 基本支出由人员经费和公用经费两部分构成。人员经费 a …
        subject, _ = subject_of(composed.group("whole"))
        return (subject, cues.COMPOSED_OF) if len(subject) >= MIN_NAMED - 2 else None
    for cue in cues.PARTS_OPENERS:
        at = body.rfind(cue)
        if at <= 0 or not (at + len(cue) == len(body) or _FILLER.match(body, at + len(cue))):
            continue
        if _BY_CLASS.search(body[:at + len(cue)]):
            return None  # 按支出性质分为：: a classification, read by _by_class
        subject, _ = subject_of(body[:at])
        return (subject, cue) if len(subject) >= MIN_NAMED else None
    return None


#: the fewest characters of a total named before its parts' cue
MIN_NAMED = 4
#: a whole said to be made of parts it names, with no figure (基本支出由人员经费和公用经费两部分
#: 构成): their figures follow
_COMPOSED_OF_NAMES = re.compile(
    r"(?P<whole>[^，,；;由]{2,20})由(?P<names>[^，,；;0-9]{2,30}?(?:和|及|与|、)[^，,；;0-9]{2,30}?)"
    r"(?:[两二三四五六七八九十]个?部分)?(?:构成|组成)")


#: the same after the whole's own figure, in a clause of its own (…2,318.94 万元，由人员经费和
#: 公用经费构成。)
_COMPOSED_OF_BARE = re.compile(
    r"由(?P<names>[^，,；;由0-9]{2,30}?(?:和|及|与|、)[^，,；;0-9]{2,30}?)"
    r"(?:[两二三四五六七八九十]个?部分)?(?:构成|组成)")


def _only_cue(words: str, cue: str) -> bool:
    """The clause holds the cue and nothing else but words announcing the list."""
    body = _without_basis(_MARKER.sub("", words).strip().strip("：:"))
    if body.startswith(cue) and _FILLER.match(body, len(cue)):
        return True
    if cue == cues.COUNTED_PARTS and _PARTS_COUNTED.match(body):
        return True  # 由以下四部分构成：
    return len(body) <= len(cue) + 2


def _phase(words: str) -> str:
    """The words before a count (年初批复预算), without the cue that opened its list (其中)."""
    phase = words.strip().strip("，,：:")
    opener = _opener(phase)
    return phase[len(opener):].strip("，,：: ") if opener else phase


def _trailing_cue(text: str, clause: Clause, mine: list[Statement], item: Item) -> None:
    """``…911000.39 元，其中：``: the parts of this item follow."""
    tail = text[mine[-1].end + len(mine[-1].noun):clause.end].strip().rstrip("：:")
    noun = mine[-1].noun
    if not tail and text[clause.end:clause.end + 1] in cues.COLONS and (
            mine[-1].total_cue or _opens_as_total(text[clause.start:mine[-1].start])):
        item.parts_cue = cues.TOTAL_COLON  # 合计 23.46 万元：A …，B … / 共救助 1,245 户：A …
        return
    if tail == cues.AMONG or (not tail and noun.endswith(cues.AMONG)):
        # 固定资产 4,402.16 万元中，房屋…: of which (全区 148 个重点项目中，产业项目 86 个 …;
        # 扶助对象 1,246 人中，A 417 人 …: 中 read as the count's noun)
        item.parts_cue = cues.AMONG_CUE
        if not tail and (item.subject == noun or noun == cues.AMONG):
            if item.subject == noun:
                item.subject = noun.removesuffix(cues.AMONG)
            mine[-1].noun = noun.removesuffix(cues.AMONG)
        return
    if not tail.endswith(cues.PARTS_OPENERS):  # most clauses end with no cue
        return
    for cue in cues.PARTS_OPENERS:
        if tail.endswith(cue) and len(tail) - len(cue) <= 2:
            item.parts_cue = cue
            return


def _opens_as_total(words: str) -> bool:
    """共救助困难群众 (before its figure): a clause that opens with a total's word."""
    body = _MARKER.sub("", words).lstrip()
    body = body[_period_said(body):]  # (全年共救助 …)
    return body.startswith(cues.TOTAL_OPENING) and not body.startswith(cues.NOT_TOTAL_OPENING)


def _full(text: str, clause: Clause, mine: list[Statement]) -> tuple[int, int] | None:
    """The words after an amount that say it was paid out in full, if the clause has them."""
    tail = text[mine[-1].end:clause.end]
    for word in sorted(completion.FULL, key=len, reverse=True):
        at = tail.find(word)
        if at >= 0 and at <= 8:
            start = mine[-1].end + at
            return start, start + len(word)
    return None


def _elided_in_another_year(current: Item, subject: str, statement: Statement,
                            clause: Clause) -> bool:
    """2016 年三公经费预算拨入 a，2015 年（三公经费）预算拨入 b: is ``subject`` the name of the
    item just read or its end, said of another year it names, in the same segment (not after
    a ；, where each year's figures make a sentence of their own)?

    Only where every level of the item states its own year and none the figure's, so the
    shortened name can be of nothing but another year of the same thing.
    """
    levels = current.levels()
    return statement.role == LEVEL and statement.period_stated and not statement.total_cue \
        and (current.sentence, current.segment) == (clause.sentence, clause.segment) \
        and current.subject.endswith(subject) and bool(levels) \
        and all(s.period_stated and s.period != statement.period for s in levels)


def _ends_per_one(item: Item) -> bool:
    """Is the last level of ``item`` an amount per one (…，人均 75 元)?"""
    levels = item.levels()
    return bool(levels) and per_unit.per_one(levels[-1].label)
