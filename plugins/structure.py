"""Structure (STR5xx): heading numbering, repeated text, placeholders left in.

Chinese reports number headings level by level (一、 → （一） → 1. → （1） →
①), and reviewers read the numbering as the report's outline: a skipped or
doubled number, a sub-list that restarts with its parent's style, or a level
jumped usually means a section was lost, pasted twice or mis-levelled. These
rules read the printed numbers (crossfoot.model.numbering), so full- and half-width
forms are the same number; sections without a number are not numbered.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from functools import partial

from crossfoot import HEADING_STYLES as STYLE_ORDER
from crossfoot import (
    Context,
    Evidence,
    Finding,
    HeadingNumber,
    LazyPattern,
    Location,
    Record,
    Report,
    Rule,
    Section,
    Severity,
    Table,
    View,
    hookimpl,
    printed_heading,
)
from crossfoot import parse_heading_number as parse_number
from crossfoot import render_heading_number as render
from crossfoot.analysis.placeholders import STAR_ONLY, find_placeholder


class Numbered(Record):
    section: Section
    number: HeadingNumber


def shown(style: str, value: int) -> str:
    """A number as a reviewer quotes it: 五, （五）, 5, ①."""
    return render(style, value).rstrip("、.")


def numbered(sections: Sequence[Section]) -> list[Numbered]:
    found = []
    for section in sections:
        number = parse_number(section.number) if section.number else None
        if number is not None:
            found.append(Numbered(section, number))
    return found


def child_lists(report: Report) -> Iterator[Sequence[Section]]:
    """The top-level sections, then the children of every section: each a list of siblings."""
    yield report.sections
    for section in report.iter_sections():
        yield section.sections


class Siblings(View):
    """The numbered sibling lists of the report, found once for STR501 and STR502."""

    def __init__(self, lists: list[list[Numbered]]) -> None:
        self.lists = lists

    @classmethod
    def build(cls, ctx: Context) -> Siblings:
        return cls(list(sibling_lists(ctx.report)))


def sibling_lists(report: Report) -> Iterator[list[Numbered]]:
    """The numbered children of each parent (and of the report), one list per style."""
    for children in child_lists(report):
        by_style: dict[str, list[Numbered]] = {}
        for item in numbered(children):
            by_style.setdefault(item.number.style, []).append(item)
        yield from by_style.values()


def heading(section: Section) -> str:
    return printed_heading(section.number, section.title)


class _NumberingRule(Rule):
    family = "structure"
    reads_analysis = False

    def check(self, ctx: Context) -> Iterator[Finding]:
        for siblings in ctx.view(Siblings).lists:
            yield from self.check_siblings(ctx, siblings)

    def check_siblings(self, ctx: Context, siblings: list[Numbered]) -> Iterator[Finding]:
        return iter(())


class NumberingGap(_NumberingRule):
    id = "STR501"
    name = "heading-number-gap"
    severity = Severity.WARNING
    summary = "Sibling headings of one style skip a number, start late or run backwards."
    explanation = (
        "Among the sub-headings of one section that use the same numbering style (一、 / （一） / "
        "1. / （1） / ①; full- and half-width forms count as one), the numbers must run 1, 2, 3 "
        "... A skipped number (四 then 六) usually means a section was deleted or never written; "
        "a list that starts at 二 lost its first item; numbers that run backwards were "
        "re-ordered by hand. A number printed twice is STR502, not this rule. In an excerpt "
        "(a text with no title, which may start in the middle of a report) a list that starts "
        "late is not reported. "
        "(cn-rules E.35: no duplicate or skip within a level.)"
    )
    example = "一、项目基本情况 二、… 三、… 四、… 六、绩效自评结果应用: 五 is missing"
    messages = {
        "zh": "标题编号不连续：“{previous}”之后是“{number}”，缺少“{missing}”。",
        "en": "Heading numbers skip: “{number}” follows “{previous}”; “{missing}” is missing.",
        "start.zh": "同级标题从“{number}”开始编号，缺少“{missing}”。",
        "start.en": "The headings at this level start at “{number}”; “{missing}” is missing.",
        "order.zh": "标题编号顺序颠倒：“{previous}”之后是“{number}”。",
        "order.en": "Heading numbers run backwards: “{number}” follows “{previous}”.",
    }

    def check_siblings(self, ctx: Context, siblings: list[Numbered]) -> Iterator[Finding]:
        style = siblings[0].number.style
        printed = {item.number.value for item in siblings}
        seen: set[int] = set()
        previous: Numbered | None = None
        for item in siblings:
            value = item.number.value
            if value in seen:
                previous = item  # a duplicate: STR502 reports it; go on from here
                continue
            seen.add(value)
            expected = previous.number.value + 1 if previous else 1
            if value != expected:
                yield from self._skip(ctx, style, item, previous, printed)
            previous = item

    def _skip(self, ctx: Context, style: str, item: Numbered, previous: Numbered | None,
              printed: set[int]) -> Iterator[Finding]:
        """The finding for a number other than the one expected after ``previous``."""
        value = item.number.value
        expected = previous.number.value + 1 if previous else 1
        # numbers printed later are out of order, not missing
        missing = "、".join(shown(style, v) for v in range(expected, value) if v not in printed)
        evidence = Evidence(expected=shown(style, expected), actual=shown(style, value))
        location = item.section.location()
        if previous is None:
            if missing and not ctx.report.meta.excerpt:
                yield self.finding(ctx, location, evidence, (), "start",
                                   number=shown(style, value), missing=missing)
        elif value < previous.number.value:
            yield self.finding(ctx, location, evidence, [previous.section.location()],
                               "order", number=heading(item.section),
                               previous=heading(previous.section))
        elif missing:
            yield self.finding(ctx, location, evidence, [previous.section.location()],
                               number=heading(item.section),
                               previous=heading(previous.section), missing=missing)


class NumberingDuplicate(_NumberingRule):
    id = "STR502"
    name = "heading-number-duplicate"
    severity = Severity.WARNING
    summary = "Two sibling headings carry the same number."
    explanation = (
        "Two sub-headings of one section, in the same numbering style, print the same number "
        "(（三） twice, 四、 twice). Usually a heading was copied and not renumbered, or the "
        "number of a deleted section was reused; the outline a reviewer cites becomes "
        "ambiguous. Full- and half-width forms ((三) and （三）) are the same number. "
        "(cn-rules E.35; a real report numbered its list 1. 2. 3. 4. 4. 5.)"
    )
    example = "四、绩效评价指标分析情况 … 四、偏离绩效目标的原因和改进措施"
    messages = {
        "zh": "标题编号重复：“{heading}”与前面的“{previous}”编号相同（均为“{number}”）。",
        "en": "Heading number used twice: “{heading}” has the same number as the earlier "
              "“{previous}” (both “{number}”).",
    }

    def check_siblings(self, ctx: Context, siblings: list[Numbered]) -> Iterator[Finding]:
        first: dict[int, Numbered] = {}
        for item in siblings:
            earlier = first.setdefault(item.number.value, item)
            if earlier is item:
                continue
            number = shown(item.number.style, item.number.value)
            yield self.finding(ctx, item.section.location(),
                               Evidence(expected=None, actual=number),
                               [earlier.section.location()], heading=heading(item.section),
                               previous=heading(earlier.section), number=number)


def numbered_ancestors(report: Report, section: Section) -> list[Numbered]:
    """The numbered ancestors of ``section``, nearest first."""
    found = []
    parent_id = section.parent_id
    while parent_id is not None:
        parent = report.section(parent_id)
        if parent is None:
            break
        number = parse_number(parent.number) if parent.number else None
        if number is not None:
            found.append(Numbered(parent, number))
        parent_id = parent.parent_id
    return found


def first_children(report: Report) -> Iterator[tuple[Numbered, list[Numbered]]]:
    """For each section: the first numbered child of each style, with its numbered ancestors."""
    for section in report.iter_sections():
        seen: set[str] = set()
        for child in numbered(section.sections):
            if child.number.style in seen:
                continue
            seen.add(child.number.style)
            yield child, numbered_ancestors(report, child.section)


class FirstChildren(View):
    """``first_children`` of the report, found once per check for STR503 and STR504."""

    def __init__(self, found: list[tuple[Numbered, list[Numbered]]]) -> None:
        self.found = found

    @classmethod
    def build(cls, ctx: Context) -> FirstChildren:
        return cls(list(first_children(ctx.report)))


def shared_first_children(ctx: Context) -> list[tuple[Numbered, list[Numbered]]]:
    return ctx.view(FirstChildren).found


class NumberingRestart(Rule):
    id = "STR503"
    name = "heading-number-restart"
    family = "structure"
    reads_analysis = False
    severity = Severity.INFO
    summary = "Numbering restarts inside a section with the style of a heading above it."
    explanation = (
        "A sub-heading uses the same numbering style as a heading it sits under (二、 "
        "containing 一、, （五） containing (一)). Either the sub-list should use the next "
        "style down (一、 → （一） → 1. → （1）), or the heading belongs one level up and the "
        "outline is broken. Reported once per section and style, at the first such child."
    )
    example = "二、政务服务中心整体支出实现情况 containing 一、2021 年主要工作"
    messages = {
        "zh": "“{parent}”下的小标题“{heading}”与上级标题使用同一编号样式，编号重新开始，"
              "层级可能有误。",
        "en": "Numbering restarts inside “{parent}”: its sub-heading “{heading}” uses the same "
              "numbering style as the heading above it; check the heading levels.",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        for child, ancestors in shared_first_children(ctx):
            same = next((a for a in ancestors if a.number.style == child.number.style), None)
            if same is None:
                continue
            yield self.finding(ctx, child.section.location(),
                               Evidence(actual=child.number.text, expected=None),
                               [same.section.location()], parent=heading(same.section),
                               heading=heading(child.section))


class NumberingLevel(Rule):
    id = "STR504"
    name = "heading-level-skip"
    family = "structure"
    reads_analysis = False
    severity = Severity.INFO
    summary = "A sub-heading skips a numbering level or uses a level above its parent's."
    explanation = (
        "The usual order of heading numbers is 一、 → （一） → 1. → （1） → ① (GB/T 9704 "
        "practice for official documents). A sub-heading whose style skips a level (一、 directly "
        "containing 1.) or comes before its parent's (1. containing （一）) makes the outline "
        "hard to cite. Only the nearest numbered heading above counts; a sub-heading with its "
        "parent's own style is STR503. (cn-rules E.35: jumping a level is info.)"
    )
    example = "一、项目基本情况 containing 1.项目概况 with no （一） level between"
    messages = {
        "zh": "“{parent}”下的小标题“{heading}”跳过了“{skipped}”一级编号。",
        "en": "“{heading}” under “{parent}” skips the “{skipped}” level of numbering.",
        "inverted.zh": "“{parent}”下的小标题“{heading}”使用了比上级更高一级的编号样式。",
        "inverted.en": "“{heading}” under “{parent}” uses a numbering style above its parent's.",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        for child, ancestors in shared_first_children(ctx):
            if not ancestors:
                continue
            parent = ancestors[0]
            child_rank, parent_rank = child.number.rank, parent.number.rank
            if child_rank is None or parent_rank is None or child_rank == parent_rank:
                continue
            if any(a.number.style == child.number.style for a in ancestors):
                continue  # a restart: STR503
            values = {"parent": heading(parent.section), "heading": heading(child.section)}
            related = [parent.section.location()]
            evidence = Evidence(expected=render(STYLE_ORDER[parent_rank + 1], 1)
                                if parent_rank + 1 < len(STYLE_ORDER) else None,
                                actual=child.number.text)
            if child_rank > parent_rank + 1:
                skipped = "、".join(render(style, 1)
                                   for style in STYLE_ORDER[parent_rank + 1:child_rank])
                yield self.finding(ctx, child.section.location(), evidence, related,
                                   skipped=skipped, **values)
            elif child_rank < parent_rank:
                yield self.finding(ctx, child.section.location(), evidence, related,
                                   "inverted", **values)


def _title_key(title: str) -> str:
    return re.sub(r"[\s。.，,、：:；;！!？?]+", "", title)


class DuplicateHeading(Rule):
    id = "STR505"
    name = "duplicate-heading"
    family = "structure"
    reads_analysis = False
    severity = Severity.WARNING
    summary = "Two sibling sections have the same title."
    explanation = (
        "Two sub-headings of one section read the same (ignoring their numbers, spaces and "
        "punctuation), e.g. （二）项目效果指标 and （三）项目效果指标. Usually a heading was "
        "copied and the second one never retitled, so a part the template requires (here the "
        "satisfaction indicators) is missing or mislabelled. Numbered entries of a form whose "
        "field name and content share a line (1、项目名称：…；2、项目名称：…) repeat by design."
    )
    example = "（二）项目效果指标 … （三）项目效果指标"
    messages = {
        "zh": "同级标题重复：“{heading}”与前面的“{previous}”标题相同，请核实是否应为其他内容。",
        "en": "Duplicate heading: “{heading}” has the same title as the earlier “{previous}”; "
              "check whether it should cover something else.",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        for children in child_lists(ctx.report):
            first: dict[str, Section] = {}
            for section in children:
                key = _title_key(section.title)
                if len(key) < 2 or _run_in(section):
                    continue
                earlier = first.setdefault(key, section)
                if earlier is section:
                    continue
                yield self.finding(ctx, section.location(), None, [earlier.location()],
                                   heading=heading(section), previous=heading(earlier))


def _run_in(section: Section) -> bool:
    """``1、项目名称：A；投入资金 …`` in a text: a field's name with its content on its own
    line, read as a heading; numbered entries of a form repeat such names by design."""
    origin = section.origin
    if origin is None or not section.paragraphs:
        return False
    first = section.paragraphs[0]
    return first.place(0)[0] == origin[0]


#: punctuation that may stand between a clause and its repetition
SEPARATORS = "，,、；;：:"
SENTENCE_END = "。！？!?"
BREAKS = SEPARATORS + SENTENCE_END + "“”‘’\"'（）()《》〈〉【】[]〔〕—…·"
# a clause starts and ends with a character that is neither a break nor a space
_INSIDE, _EDGE = rf"[^{re.escape(BREAKS)}]", rf"[^{re.escape(BREAKS)}\s]"
_CLAUSE = LazyPattern(rf"{_EDGE}(?:{_INSIDE}*{_EDGE})?")
# the end mark is optional so that a long text with none is one match, not a quadratic scan
_SENTENCE = LazyPattern(rf"[^{re.escape(SENTENCE_END)}]+[{re.escape(SENTENCE_END)}]*")
MAX_PHRASE = 40  # longer repeats are whole sentences, found sentence by sentence
MIN_CJK = 2
MIN_CJK_UNSEPARATED = 3
MIN_CJK_SENTENCE = 4
_CJK_CHAR = LazyPattern("[\u4e00-\u9fff]")


def _cjk(text: str) -> int:
    return len(_CJK_CHAR.findall(text))


class Repetition(Record):
    start: int
    end: int
    phrase: str


def _clauses(text: str) -> list[tuple[int, int]]:
    """Spans of the clauses between punctuation marks, without their outer spaces."""
    return [match.span() for match in _CLAUSE.finditer(text)]


def _doubled_tail(clause: str) -> tuple[int, str] | None:
    """Where a clause ends in a phrase said twice (政务服务政务服务, 截止目前 截止目前).

    The first saying must end in the clause's last character, so only the
    places where that character recurs are tried, shortest phrase first.
    """
    length = len(clause)
    last = clause[-1:]
    longest = min(MAX_PHRASE, length // 2)
    body_end = clause.rfind(last, 0, length - 1) + 1
    while body_end > 0:
        start = body_end
        while start < length and clause[start].isspace():
            start += 1
        size = length - start
        if size > longest:
            return None
        phrase = clause[start:]
        spaced = start > body_end
        if size >= MIN_CJK and clause.endswith(phrase, 0, body_end) \
                and _cjk(phrase) >= (MIN_CJK if spaced else MIN_CJK_UNSEPARATED) \
                and (spaced or not phrase.startswith("一")):
            return body_end - size, phrase
        body_end = clause.rfind(last, 0, body_end - 1) + 1
    return None


def repetitions(text: str) -> list[Repetition]:
    """Phrases and sentences said twice in a row, as spans of ``text``.

    The repetition must be a whole clause: "截止目前，截止目前，惠企…" is a slip,
    while "开展自评，自评中发现问题" picks up the last word to go on (顶真) and is
    ordinary Chinese. A clause of at least two Chinese characters that repeats
    the end of the clause before it, with one comma between, counts; so does a
    clause ending in a phrase said twice with a space (two characters or more)
    or nothing between (three characters or more, not starting with 一, since
    一步一步 is grammar); and a whole sentence said twice. Linear in the text.
    """
    found: list[Repetition] = []
    last_end = 0
    previous: tuple[int, int] | None = None
    for start, end in _clauses(text):
        clause = text[start:end]
        hit: Repetition | None = None
        if previous is not None and end - start <= MAX_PHRASE:
            first = previous[1] - (end - start)
            if (first >= previous[0] and first >= last_end and text.startswith(clause, first)
                    and (gap := text[previous[1]:start].strip()) in SEPARATORS
                    and len(gap) == 1 and _cjk(clause) >= MIN_CJK):
                hit = Repetition(first, end, clause)
        # a doubled ending needs the clause's last character earlier in it: most have none
        if hit is None and text.rfind(text[end - 1], start, end - 1) >= 0 \
                and (tail := _doubled_tail(clause)) is not None and start + tail[0] >= last_end:
            hit = Repetition(start + tail[0], end, tail[1])
        if hit is not None:
            found.append(hit)
            last_end = hit.end
        previous = (start, end)
    phrase_spans = [(r.start, r.end) for r in found]
    last_end = 0
    for first_match, second in itertools.pairwise(_SENTENCE.finditer(text)):
        sentence = first_match.group().strip()
        if sentence != second.group().strip() or _cjk(sentence) < MIN_CJK_SENTENCE:
            continue
        start = first_match.start() + len(first_match.group()) - len(first_match.group().lstrip())
        inside = bisect.bisect_right(phrase_spans, (start, len(text) + 1)) - 1
        if start >= last_end and not (inside >= 0 and phrase_spans[inside][1] > start):
            found.append(Repetition(start, second.end(), sentence))
            last_end = second.end()
    return sorted(found, key=lambda r: r.start)


class RepeatedPhrase(Rule):
    id = "STR506"
    name = "repeated-phrase"
    family = "structure"
    reads_analysis = False
    severity = Severity.INFO
    summary = "A phrase or sentence is repeated back to back inside a paragraph."
    explanation = (
        "A phrase of two or more Chinese characters immediately repeated as a whole clause, "
        "with at most a comma or space between (截止目前，截止目前，…), or a whole sentence "
        "said twice in a row, is almost always a copy-and-paste slip. Only immediate "
        "repetition counts, not ordinary reuse of a word: a clause that picks up the last word "
        "of the one before (开展自评，自评中发现问题) and reduplication that Chinese grammar "
        "allows (一步一步, 研究研究) are not reported. The finding quotes the exact span to "
        "delete."
    )
    example = "2021 年度截止目前，截止目前，惠企创业贷款补贴金额 1.55 亿元"
    messages = {
        "zh": "段落中“{phrase}”连续重复出现（“{quote}”），疑为重复录入，请删除多余部分。",
        "en": "“{phrase}” is repeated back to back in this paragraph (“{quote}”); probably a "
              "copy slip, delete the repetition.",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        for paragraph in ctx.report.iter_paragraphs():
            for rep in repetitions(paragraph.text):
                location = paragraph.location(rep.start, rep.end)
                yield self.finding(ctx, location, Evidence(actual=location.quote),
                                   phrase=rep.phrase, quote=location.quote)


TARGET_ROLES = frozenset({"target", "result"})


class PlaceholderText(Rule):
    id = "STR507"
    name = "placeholder-text"
    family = "structure"
    reads_analysis = False
    severity = Severity.WARNING
    summary = "Template placeholder text (XX, ××, 某某, a lone *) is left in the report."
    explanation = (
        "Report templates mark what must be filled in with XX, ××, 某某, ○○, □□ or ____ (XX 年 "
        "XX 月, 某某单位). Left in a published report they show a section was never completed. "
        "In an "
        "indicator's target or result column a lone * (or ＊) is the same: no value was given. "
        "The zeros of a year written in Chinese (二〇〇八年) are not placeholders. "
        "Checked in the title, headings, paragraphs, table titles, row labels and text cells; "
        "Latin words such as XXL are not placeholders. (cn-rules E.37, E.38.)"
    )
    example = "本单位于 XX 年 XX 月完成自评; 指标值 “*”"
    messages = {
        "zh": "报告中留有模板占位符“{placeholder}”，请填写实际内容。",
        "en": "Template placeholder “{placeholder}” left in the report; fill in the real "
              "content.",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        for paragraph in ctx.report.iter_paragraphs():
            match = find_placeholder(paragraph.text)
            if match:
                yield self.finding(ctx, paragraph.location(match.start(), match.end()),
                                   Evidence(actual=match.group()), placeholder=match.group())
        for text, place, target in _short_texts(ctx.report):
            match = find_placeholder(text)
            found = match.group() if match else None
            if found is None and target and STAR_ONLY.match(text):
                found = text.strip()
            if found is not None:
                yield self.finding(ctx, place(), Evidence(actual=found), placeholder=found)


def _short_texts(report: Report) -> Iterator[tuple[str, Callable[[], Location], bool]]:
    """Title, headings, table titles, row labels and text cells: the text, how to find it
    (built only for a finding) and whether it is an indicator's target or result."""
    meta = report.meta
    yield meta.title, lambda: Location(pointer="/meta/title", anchor="meta:title",
                                       label="标题", quote=meta.title), False
    for section in report.iter_sections():
        yield section.heading, section.location, False
    for table in report.tables:
        yield table.title, partial(_table_title_location, table), False
        for row in table.rows:
            yield row.label, partial(table.row_location, row), False
            for column in table.columns:
                cell = row.cells.get(column.id)
                if cell is not None and cell.text:
                    yield (cell.text, partial(table.cell_location, row, column),
                           column.role in TARGET_ROLES)


def _table_title_location(table: Table) -> Location:
    return table.location("/title", quote=table.title)


@hookimpl
def crossfoot_rules() -> list[Rule]:
    return [NumberingGap(), NumberingDuplicate(), NumberingRestart(), NumberingLevel(),
            DuplicateHeading(), RepeatedPhrase(), PlaceholderText()]
