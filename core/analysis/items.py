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
from dataclasses import dataclass, field

from crossfoot.analysis.clauses import Clause
from crossfoot.analysis.statements import LEVEL, Statement, subject_of
from crossfoot.analysis.vocabulary import changes, completion, cues

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

    def of(self, role: str) -> list[Statement]:
        return [s for s in self.statements if s.role == role]

    def levels(self) -> list[Statement]:
        return self.of(LEVEL)


def build(text: str, clauses: list[Clause], statements: list[Statement], section: str,
          paragraph: str, paragraph_index: int, first_id: int) -> list[Item]:
    """The items of one paragraph, in order."""
    return _Builder(text, section, paragraph, paragraph_index, first_id).run(clauses,
                                                                            statements)


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
                self.pending_cue, self.pending_subject = None, ""
            if clause.aside and clause.aside != previous_aside:
                self.hosts.setdefault(clause.aside, self.current)
            elif not clause.aside and previous_aside:
                self.current = self.hosts.get(previous_aside, self.current)  # the aside closed
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
        marker = _MARKER.match(words)
        item.marker = marker.group(0).strip() if marker else None
        self.items.append(item)
        self.current = item
        self.pending_cue = None
        return item

    def _words(self, number: int, clause: Clause, words: str) -> None:
        """A clause without figures: it may say the item did not change, or open its parts."""
        opener = _opener(words)
        flat = _FLAT_AFTER_COMPARE.search(words)
        if flat is not None:
            subject, _ = subject_of(words[:flat.start()])
            span = (clause.start + flat.start(), clause.start + flat.end())
            unchanged = None if _against_budget(flat.group(0)) else span
            if subject:  # 因公出国支出决算比上年无增减变化: an item of its own
                self._open(subject, number, clause, words, flat=unchanged)
            elif self.current is not None and unchanged is not None:
                self.current.flat = unchanged
        elif opener is not None and _only_cue(words, opener):
            self.pending_cue = opener  # 其中： alone: the parts follow in the next clause
            if self.current is not None:
                self.current.parts_cue = opener
        elif clause.end < len(self.text) and self.text[clause.end] in "：:":
            subject, _ = subject_of(words)
            self.pending_subject = subject

    def _figures(self, number: int, clause: Clause, words: str, mine: list[Statement]) -> None:
        for position, statement in enumerate(mine):
            subject, phase = statement.lead, ""
            if position == 0 and not subject and self.pending_subject:
                subject = self.pending_subject
            if not subject and statement.noun and statement.dimension == "count":
                start = clause.start if position == 0 else mine[position - 1].end
                subject, phase = statement.noun, _phase(self.text[start:statement.start])
            current = self.current
            if subject and current is not None and subject in cues.CATEGORIES \
                    and current.subject.endswith(subject):
                subject = ""  # 培训费支出 6.20 万元，上年支出 6.80 万元: the same 支出
            if subject or current is None or (clause.aside and current.aside != clause.aside
                                              and current is not self.hosts.get(clause.aside)):
                clause_words = words if position == 0 else ""
                current = self._open(subject, number, clause, clause_words, phase)
                current.continued = not subject
            elif current.sentence != clause.sentence:
                current.continued = True
            current.statements.append(statement)
        self.pending_subject = ""
        assert self.current is not None
        _trailing_cue(self.text, clause, mine, self.current)
        full = _full(self.text, clause, mine)
        if full is not None:
            self.current.full = full


def _against_budget(words: str) -> bool:
    """比预算无增减变化: the comparison is with the budget, not with the year before."""
    for compare in changes.COMPARE:
        at = words.find(compare)
        if at >= 0 and words[at + len(compare):].lstrip().startswith(changes.BUDGET_BASE):
            return True
    return False


def _opener(words: str) -> str | None:
    body = _MARKER.sub("", words).lstrip()
    for cue in sorted(cues.PARTS_OPEN, key=len, reverse=True):
        if body.startswith(cue):
            return cue
    return None


def _only_cue(words: str, cue: str) -> bool:
    return len(_MARKER.sub("", words).strip().strip("：:")) <= len(cue) + 2


def _phase(words: str) -> str:
    return words.strip().strip("，,：:")


def _trailing_cue(text: str, clause: Clause, mine: list[Statement], item: Item) -> None:
    """``…911000.39 元，其中：``: the parts of this item follow."""
    tail = text[mine[-1].end + len(mine[-1].noun):clause.end].strip().rstrip("：:")
    for cue in sorted(cues.PARTS_OPEN, key=len, reverse=True):
        if tail.endswith(cue) and len(tail) - len(cue) <= 2:
            item.parts_cue = cue
            return


def _full(text: str, clause: Clause, mine: list[Statement]) -> tuple[int, int] | None:
    """The words after an amount that say it was paid out in full, if the clause has them."""
    tail = text[mine[-1].end:clause.end]
    for word in sorted(completion.FULL, key=len, reverse=True):
        at = tail.find(word)
        if at >= 0 and at <= 8:
            start = mine[-1].end + at
            return start, start + len(word)
    return None
