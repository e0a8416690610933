"""Claims: what the narrative asserts about its figures.

From the mentions of each paragraph: what every figure is about (its
subject, inherited when the text only says 决算数 or 较上年减少) and what it
measures; then the relationships the text states:

- a total and its parts: 共 / 合计 / 总计 … 其中 a、b (partial unless 分别 / 即 say
  the list is complete); a total followed by named parts of the same noun
  without 其中 (coverage unstated); levels (一级/二级/三级指标) are not parts;
- a change against the prior year (较上年增长 / 减少, signed) and a prior value
  (较 2024 年的 2190 万元);
- a score with its grade (自评得分 97.44 分 … 评价为优秀);
- a figure said to be fully paid out (2179 万元目前已全部拨付);
- a period cut-off (截止 11 月底) for the figures after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from crossfoot.analysis import phrases
from crossfoot.analysis.mentions import Mention

LEVELS = re.compile(r"^[一二三四五六七八九1-9]级")
#: 其中 may open the sentence after its total, or the one after a sentence of changes
MAX_SENTENCES_BACK = 2
_CHANGE_TAIL = re.compile(r"(?:较|比|同比|与).*$")


@dataclass(slots=True)
class Figure:
    """A mention placed in the report, with what it is about."""

    id: str
    mention: Mention
    section: str
    paragraph: str
    text: str  # the paragraph's text
    label: str = ""
    subject: str = ""
    measure: str = ""
    base: str | None = None  # the figure a change or prior value refers to
    #: for figures of a sentence that names no subject (全年预算数 400 万元，全年执行数 380
    #: 万元，执行率 95%): the first of them, which stands for the sentence's unnamed subject
    anchor: str | None = None

    @property
    def quote(self) -> str:
        return self.mention.quote(self.text)

    @property
    def dimension(self) -> str:
        return self.mention.dimension


@dataclass(frozen=True, slots=True)
class Claim:
    """A relationship the text asserts among figures (ids of ``Figure``)."""

    kind: str  # total, change, prior, grade, full, cut_off
    figures: tuple[str, ...]
    coverage: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind, "figures": list(self.figures)}
        if self.coverage:
            data["coverage"] = self.coverage
        if self.detail:
            data.update(self.detail)
        return data


def own_label(mention: Mention, changing: bool = True) -> str:
    """The label without the words of a comparison (决算数较上年减少 -> 决算数)."""
    label = mention.label
    if (mention.change and changing) or mention.prior:
        label = _CHANGE_TAIL.sub("", label)
        label = phrases.DIRECTION.sub("", label)
    return label


def resolve(figures: Sequence[Figure]) -> None:
    """Fill label, subject and measure of every figure of one paragraph, in order."""
    previous: Figure | None = None  # the last figure that names a subject
    previous_in_group: Figure | None = None
    last: Figure | None = None  # the last figure of all
    unnamed: Figure | None = None  # the first figure of a sentence without a subject
    for figure in figures:
        mention = figure.mention
        if mention.kind == "grade":
            figure.label = figure.subject = mention.label
            figure.measure = "grade"
            continue
        if mention.kind != "quantity":
            continue
        if previous_in_group is not None and previous_in_group.mention.group != mention.group:
            previous_in_group = None
        changing = bool(mention.change) and _is_change(mention, last)
        label = own_label(mention, changing)
        chained = last if last is not None and last.measure == "change" else None
        last = figure
        if changing and chained is not None and not mention.subject_hint \
                and not phrases.subject_of(label) \
                and chained.mention.sentence == mention.sentence:
            # 增长 35.8% after 增加 1.05 万元: the same change, the same subject
            figure.subject, figure.base = chained.subject, chained.base
            figure.label = chained.label
            figure.measure = "change"
            continue
        if changing or mention.prior:
            base = previous
            hint = mention.subject_hint or (phrases.subject_of(label) if changing else "")
            if hint and (base is None or base.subject != hint):
                # the change names what changed (财政拨款支出减少 150 万元, or a clause
                # before it), and it is not the figure before
                base = None
                figure.subject = hint
                figure.label = hint + _comparison_words(mention)
            else:
                figure.subject = base.subject if base else label
                figure.label = ((base.label if base else "") + _comparison_words(mention)) \
                    or label
            figure.base = base.id if base else None
            figure.measure = "change" if changing else "prior"
            if changing and base is not None and base.measure == "budget":
                figure.base = base.id
            continue
        source = previous_in_group or previous
        relative = phrases.relative_measure(label) if mention.dimension == "ratio" else None
        if relative is not None and source is not None:
            # 财政拨款收入 2800 万元，占 93.3%: a share of the figure just named
            figure.subject, figure.label = source.subject, source.label + label
            figure.measure = relative
            continue
        if source is not None and _parallel(label, source.label):
            prefix = source.label[:-len(phrases.category_of(source.label) or "")]
            figure.label = figure.subject = prefix + label
        elif source is not None and _narrows(label, source.subject):
            # “三公”经费支出预算数 15 万元，支出决算 12.30 万元: the same 支出, its actual
            figure.subject = source.subject
            figure.label = source.subject + label[len(phrases.subject_of(label)):]
        elif mention.lead and (source is None or source.mention.sentence != mention.sentence):
            # 工程验收合格率，指标值：≥95%: the clause before names the thing
            figure.subject = mention.lead
            figure.label = mention.lead + label
        elif (not label or phrases.MEASURE_ONLY.match(label)
              or not phrases.subject_of(label)) and source is not None \
                and (_same_kind(source.mention, mention) or phrases.is_rate_word(label)):
            figure.subject = source.subject
            figure.label = source.subject + label if label else source.label
        else:
            figure.label = label
            # 全年预算数 with nothing before it names no subject of its own
            figure.subject = "" if phrases.MEASURE_ONLY.match(label) else phrases.subject_of(label)
        # the figure's own words name its measure (全年预算数); else its subject's (…预算安排资金)
        own = label if phrases.names_measure(label, mention.dimension) else figure.label
        figure.measure = phrases.measure_of(own, mention.dimension)
        if figure.subject:
            previous = previous_in_group = figure
        elif label and phrases.MEASURE_ONLY.match(label):
            if unnamed is None or unnamed.mention.sentence != mention.sentence:
                unnamed = figure
            figure.anchor = unnamed.id


PEOPLE = frozenset({"人", "名", "位"})


def same_count(a: Mention, b: Mention) -> bool:
    """Counts of the same kind of thing: one unit, or people counted in 人 / 名 / 位."""
    return a.unit == b.unit or (a.unit in PEOPLE and b.unit in PEOPLE)


def _same_kind(a: Mention, b: Mention) -> bool:
    """Can ``b`` take ``a``'s subject? Not across dimensions, nor from 户 to 人."""
    if a.dimension != b.dimension:
        return False
    return a.dimension != "count" or same_count(a, b)


def _is_change(mention: Mention, last: Figure | None) -> bool:
    if mention.base in ("prior", "budget"):
        return True
    # 下降 31% after 减少 175.26 万元: the chain continues the change before it
    return (mention.base == "chain" and last is not None
            and last.mention.sentence == mention.sentence and last.measure == "change")


def _comparison_words(mention: Mention) -> str:
    if mention.prior:
        return "（上年）"
    return "较上年增长" if mention.change > 0 else "较上年减少"


def _parallel(label: str, previous: str) -> bool:
    """支出 after 年初预算收入: the same prefix applies to a bare category word."""
    category = phrases.category_of(label)
    other = phrases.category_of(previous)
    return (category is not None and label == category and other is not None
            and other != category and len(previous) > len(other))


def _narrows(label: str, subject: str) -> bool:
    """A bare category with a measure (支出决算) that repeats the subject's own category."""
    own = phrases.subject_of(label)
    return (own in phrases.CATEGORY_WORDS and own != label and subject.endswith(own)
            and len(subject) > len(own))


# ---------------------------------------------------------------------------
# Totals and parts


def total_claims(figures: Sequence[Figure]) -> list[Claim]:
    """Totals with their parts, within one sentence (其中 may start the next one)."""
    claims: list[Claim] = []
    quantities = [f for f in figures if f.mention.kind == "quantity"
                  and f.measure not in ("change", "prior")]
    used: set[str] = set()
    for index, figure in enumerate(quantities):
        mention = figure.mention
        if not mention.parts_cue or figure.id in used:
            continue
        total = _total_before(quantities, index)
        if total is None:
            continue
        parts = _parts_from(quantities, index, total)
        if not parts or any(LEVELS.match(p.subject) for p in parts):
            continue
        complete = any(p.mention.complete_cue for p in parts)
        used.update(p.id for p in parts)
        claims.append(Claim("total", (total.id, *(p.id for p in parts)),
                            "complete" if complete else "partial"))
    claims.extend(_adjusted_budgets(quantities))
    for index, figure in enumerate(quantities):
        if not figure.mention.total_cue or figure.dimension != "count" or figure.id in used:
            continue
        if any(c.figures[0] == figure.id for c in claims):
            continue
        named = _named_parts(quantities, index, figure)
        if len(named) >= 2:
            claims.append(Claim("total", (figure.id, *(p.id for p in named)), "unstated"))
    return claims


_DOWN = re.compile(r"追减|调减|减少|核减")


def _adjusted_budgets(quantities: Sequence[Figure]) -> list[Claim]:
    """年初预算数 a，年中追加 b，调整后（全年）预算数 c in one sentence: c = a ± b."""
    claims = []
    for index, initial in enumerate(quantities):
        if initial.measure != "budget_initial" or initial.dimension != "money":
            continue
        adjustments: list[Figure] = []
        for figure in quantities[index + 1:]:
            if figure.mention.sentence != initial.mention.sentence \
                    or figure.subject != initial.subject or figure.dimension != "money":
                break
            if figure.measure == "adjustment":
                adjustments.append(figure)
                continue
            if figure.measure == "budget" and adjustments:
                weights = [1] + [-1 if _DOWN.search(a.label) else 1 for a in adjustments]
                claims.append(Claim("total", (figure.id, initial.id, *(a.id for a in adjustments)),
                                    "complete", {"weights": weights}))
            break
    return claims


def _total_before(quantities: Sequence[Figure], index: int) -> Figure | None:
    """The total a 其中 list belongs to: the nearest earlier figure of the same dimension."""
    first = quantities[index]
    for candidate in reversed(quantities[:index]):
        if candidate.mention.in_parens != first.mention.in_parens:
            continue
        if candidate.mention.sentence < first.mention.sentence - MAX_SENTENCES_BACK:
            return None
        if candidate.dimension == first.dimension:
            return candidate
    return None


def _parts_from(quantities: Sequence[Figure], index: int, total: Figure) -> list[Figure]:
    first = quantities[index]
    parts: list[Figure] = []
    for position in range(index, len(quantities)):
        figure = quantities[position]
        mention = figure.mention
        if mention.sentence != first.mention.sentence:
            break
        if position > index and (mention.total_cue or mention.parts_cue):
            break
        following = quantities[position + 1] if position + 1 < len(quantities) else None
        if position > index and following is not None and following.mention.parts_cue \
                and following.mention.sentence == mention.sentence:
            break  # this figure has 其中 parts of its own: it starts a new total
        if mention.in_parens != first.mention.in_parens or figure.dimension != total.dimension:
            continue
        if total.dimension == "count" and not same_count(figure.mention, total.mention):
            continue
        parts.append(figure)
    return parts


def _named_parts(quantities: Sequence[Figure], index: int, total: Figure) -> list[Figure]:
    """Figures after a 共 total, same unit, whose noun is the total's (8 个项目 … 8 个项目)."""
    head = total.subject[-2:]
    found = []
    for figure in quantities[index + 1:]:
        mention = figure.mention
        if mention.sentence != total.mention.sentence:
            break
        if mention.total_cue:
            break
        if mention.in_parens or not same_count(mention, total.mention):
            continue
        noun = mention.noun or figure.subject
        if len(head) == 2 and noun.endswith(head):
            found.append(figure)
    return found


# ---------------------------------------------------------------------------
# Other claims


def other_claims(figures: Sequence[Figure]) -> list[Claim]:
    claims: list[Claim] = []
    for figure in figures:
        mention = figure.mention
        if figure.measure in ("change", "prior") and figure.base:
            claims.append(Claim(figure.measure, (figure.id, figure.base),
                                detail={"sign": mention.change} if mention.change else {}))
        if mention.full is not None:
            claims.append(Claim("full", (figure.id,), detail={"quote": figure.text[
                mention.full[0]:mention.full[1]]}))
        if mention.cut_off is not None and mention.kind == "quantity":
            claims.append(Claim("cut_off", (figure.id,),
                                detail={"until": mention.cut_off.iso() or ""}))
    claims.extend(_grades(figures))
    return claims


def _grades(figures: Sequence[Figure]) -> Iterable[Claim]:
    for index, figure in enumerate(figures):
        if figure.mention.kind != "grade":
            continue
        score = next((f for f in reversed(figures[:index]) if f.measure == "score"
                      and f.mention.sentence == figure.mention.sentence), None)
        if score is not None:
            yield Claim("grade", (score.id, figure.id))

