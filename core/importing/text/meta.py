"""What the report is: title, organisation, fiscal year, report date, kind.

Read from the text where it says so: the title line(s) at the top, a web
page's 发布日期 / 发布机构 lines, the signature at the end (organisation, then
a date such as 二〇二二年九月十八日), the year in the title (2021 年度).
Web-page metadata lines are taken out of the narrative here.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from crossfoot.importing.text.offsets import Offsets, joined
from crossfoot.importing.text.outline import (
    HEADING_START,
    PART_TITLE,
    SENTENCE_PUNCTUATION,
    heading_split,
    is_part_title,
    is_table_title,
)
from crossfoot.importing.text.reflow import Block
from crossfoot.model.dates import SPAN_MARK, read_date, without_plan_spans
from crossfoot.model.numerals import fold
from crossfoot.model.script import simplified

META_LINE = re.compile(
    r"^[\s\-•·|]*(?:索引号|发布机构|发布日期|发布时间|生成日期|成文日期|文号|时效性|主题词|信息分类|"
    r"信息来源|来源|作者|阅读|字体|分类|名称|您现在的位置|当前位置|欢迎)")
PUBLISHED = re.compile(r"(?:发布日期|发布时间|成文日期|生成日期)\s*[:：|]*\s*")
PUBLISHER = re.compile(r"发布机构\s*[:：|]*\s*([^|\s]{2,40})")
NAME = re.compile(r"^\s*名\s*称[\s:：|]*([^|]{4,60}?)\s*(?:\||$|(?<=\s)(?:发布|成文|发文)日期)")
#: a web page's title field (标 题: … / [ 标 题 ] … / 标题 | … |), its value after the label
#: or, the label alone, in the next block
TITLE_FIELD = re.compile(r"^[\s\-•·|\[【]*+标\s*+题[\s\]】:：|]*+([^|]*)")
#: a title's year (2023 年度…; 2024 届毕业生就业质量年度报告: the year a cohort graduated is
#: the year reported)
YEAR_TITLE = re.compile(r"((?:19|20)[0-9]{2})\s*(?:年度?|届)")
ORG_BEFORE_YEAR = re.compile(r"^(.{2,30}?)\s*(?:19|20)[0-9]{2}\s*年")
DATE_LINE_MAX = 16
#: how else a report's title ends: …部门决算 / …预算公开 / …经费情况 / …公开报表, and the
#: bulletins, reviews and analyses of a year or part of it (…运行情况通报 / …统计公报 / …工作总结
#: / …生产运行情况分析)
TITLE_END = re.compile(r"(?:[0-9]{4}\s*年度?.{0,20}"
                       r"(?:决算|预算|公开|情况|报表|通报|公报|总结|分析))$")
#: a title that names part of a year (上半年 / 半年 / 一季度 / 1-5 月 / 前三季度), or progress
#: made in it (进展 / 进度)
INTERIM = re.compile(r"上半年|下半年|半年度|季度|[0-9一二三四五六七八九十]{1,2}\s*" + SPAN_MARK
                     + r"\s*[0-9一二三四五六七八九十]{1,2}\s*月|[0-9一二三四五六七八九十]{1,2}月份|"
                     r"进展|进度")  # (项目建设进展情况: progress, reported while the year runs)

#: a year written as a year (2021年, 2021 年度)
_YEAR_WORD = re.compile(r"((?:19|20)[0-9]{2})\s*年(度?)(?![0-9])")
#: a year followed by the part of it a bulletin covers (2017 年 1-6 月 / 2023 年上半年 /
#: 2021 年一季度): the year reported, though a month follows it
_YEAR_INTERIM = re.compile(r"((?:19|20)[0-9]{2})\s*年\s*(?:" + INTERIM.pattern + ")")
#: words just before a year that make it the year compared with, not the report's
_COMPARED_AHEAD = re.compile(r"(?:较|比|同比|与|上年|去年)\s*$")


@dataclass
class MetaInfo:
    title: str = ""
    organization: str | None = None
    fiscal_year: int | None = None
    report_date: str | None = None
    report_date_block: Block | None = None
    kind: str | None = None
    interim: bool = False
    #: no title was found: the text is an excerpt that may start in the middle of a report
    excerpt: bool = False
    removed: list[Block] = field(default_factory=list)


def _published(line: str) -> str | None:
    text = fold(line)
    found = PUBLISHED.search(text)
    if not found:
        return None
    parsed = read_date(text, found.end())
    return parsed[0].iso() if parsed else None


def read_meta(blocks: list[Block], fallback_title: str, wrapped: bool = True,
              other: list[Block] | None = None) -> tuple[MetaInfo, list[Block]]:
    """The report's meta and the blocks that remain narrative.

    ``other`` are blocks set aside as tables: they may still name the year.
    """
    info = MetaInfo()
    kept: list[Block] = []
    labelled = False  # the block before was a bare 标题 field's label: this one is its value
    for block in blocks:
        if labelled:
            labelled = False
            if _title_value(block.text):
                info.title = info.title or block.text.strip()
                info.removed.append(block)
                continue
        field_title = TITLE_FIELD.match(block.text)
        if field_title is not None and (not field_title.group(1).strip()
                                        or _title_value(field_title.group(1))):
            info.removed.append(block)
            info.title = info.title or field_title.group(1).strip()
            labelled = not field_title.group(1).strip()
            continue
        plain = simplified(block.text)  # (發布日期 of a mirror site in traditional characters)
        if META_LINE.match(plain) or "【发布时间" in plain or "发布日期" in plain:
            info.removed.append(block)
            published = _published(plain)
            if published and info.report_date is None:
                info.report_date = published
            publisher = PUBLISHER.search(plain)  # (the value as printed: plain is as long)
            if publisher and info.organization is None:
                info.organization = block.text[publisher.start(1):publisher.end(1)]
            named = NAME.match(plain)
            if named and not info.title:
                info.title = block.text[named.start(1):named.end(1)].strip()
            continue
        kept.append(block)
    kept = _without_contents(kept, info.removed)
    named_title = info.title
    info.title, title_blocks = _title(kept, named_title or fallback_title, wrapped)
    if named_title:
        # the page named its title in a field above: the article's own is the block that
        # says it again, wherever the guess of a title line stopped
        own = _says_title(kept[:MAX_CONTENTS_START], "".join(named_title.split()))
        if own and not any(b is own[0] for b in title_blocks):
            info.title, title_blocks = named_title, own
    kept = [b for b in kept if not any(b is t for t in title_blocks[1:])]
    if title_blocks:
        # the first title line stands for the whole title (a part starts there)
        at = kept.index(title_blocks[0])
        kept[at] = _as_title(title_blocks, info.title)
        # a web page's title and the article's own, one under the other (关于…的报告 / 某县
        # 人民政府 / 关于…的报告): the second is the same title, not a second part
        # (or three: a page's 标题 field, its heading and the article's own, each within a few
        # blocks of the one before)
        last = at
        while (again := _title_again(kept, last, info.title)) is not None:
            info.removed.append(kept.pop(again))
            last = again - 1
    info.fiscal_year = _fiscal_year(info.title, kept) or _fiscal_year("", other or [])
    if info.organization is None:
        found = ORG_BEFORE_YEAR.match(info.title)
        owner = found.group(1).strip().removeprefix(ABOUT).strip() if found else ""
        info.organization = owner if len(owner) >= 2 else None  # (关于某县 …的报告: 某县)
    signature = _signature_date(kept)
    if signature is not None:
        info.report_date_block, iso = signature
        info.report_date = info.report_date or iso
    info.kind = _kind(info.title, kept, other or [])
    info.interim = bool(INTERIM.search(simplified(info.title))) or _plans_the_year(info.title)
    # (a title after narrative: the text began in the middle of a report, 三、… before its 四)
    info.excerpt = info.title == fallback_title or (
        bool(title_blocks) and _narrative_before(kept, info.title))
    return info, kept


def _title_value(text: str) -> bool:
    """Whether a 标题 field's value reads as a title: short, no sentence."""
    value = text.strip()
    return MIN_TITLE_VALUE <= len(value) <= MAX_TITLE_LINE \
        and not SENTENCE_PUNCTUATION.search(value)


#: the shortest value of a 标题 field taken for the title
MIN_TITLE_VALUE = 6


def _title_again(kept: list[Block], last: int, title: str) -> int | None:
    """Where the title stands again within ``TITLE_AGAIN_WITHIN`` blocks after ``last``, not
    counting a page's furniture between (分享: / [ 成文日期 ] / 2023-09-25: short, no
    sentence, no heading), of which a web page may print any number."""
    squashed, counted = "".join(title.split()), 0
    for at in range(last + 1, min(len(kept), last + 1 + MAX_FURNITURE_RUN)):
        text = "".join(kept[at].text.split())
        if text == squashed:
            return at
        counted += not _furniture(text)
        if counted >= TITLE_AGAIN_WITHIN:
            return None
    return None


def _furniture(text: str) -> bool:
    """A web page's line around an article: a label, a date, a button."""
    return len(text) <= MAX_FURNITURE and not SENTENCE_PUNCTUATION.search(text) \
        and heading_split(text) is None


#: how many blocks after the title the same title may stand again (a page's and its article's)
TITLE_AGAIN_WITHIN = 4
#: the longest line of a web page's furniture, in characters
MAX_FURNITURE = 12
#: how far past furniture the title's repeat is looked for, in blocks
MAX_FURNITURE_RUN = 16
#: a table of contents' heading (目录 / 目 录)
CONTENTS = re.compile(r"^\s*+目\s*+录\s*+$")
#: the leader a contents entry's page number follows (……3 / ---- 12)
_LEADER = " \t.·…．-—_"
#: the longest block of contents entries (a PDF's wrapped lines join several: 一、…表二、…表)
MAX_ENTRY = 600
#: the longest line before a title that is no sentence of the report
MAX_TITLE_LINE = 60


def _without_contents(blocks: list[Block], removed: list[Block]) -> list[Block]:
    """The blocks without a table of contents: the lines after a 目录 line up to the first
    that repeats one of them (the body's first heading), all entries of it, none of them
    sentences. Its headings are the body's again: read twice, they would be numbered twice.
    A page that lost its 目录 line keeps the entries' page numbers (第一部分部门概况3,
    (一)基本职能3, 第二部分…4): a run of them, the numbers never going back, is one too."""
    heading = next((i for i, b in enumerate(blocks) if CONTENTS.match(b.text)), None)
    first = heading + 1 if heading is not None else _paged_entries(blocks)
    if first is None:
        run = _paged_run(blocks)
        if run is None:
            return blocks
        removed.extend(blocks[run[0]:run[1]])
        return blocks[:run[0]] + blocks[run[1]:]
    start = heading if heading is not None else first  # what goes: the 目录 line too
    entries: set[str] = set()
    for end in range(first, len(blocks)):
        text = _PAGE_STOP.sub("", blocks[end].text.strip())
        entry = _entry_title("".join(text.split()))
        if entry in entries:
            removed.extend(blocks[start:end])
            return blocks[:start] + blocks[end:]
        if SENTENCE_PUNCTUATION.search(text) or len(text) > MAX_ENTRY or not entry:
            return blocks
        entries.add(entry)
    return blocks


def _paged_entries(blocks: list[Block]) -> int | None:
    """Where contents that lost their 目录 line begin: a block near the top ending in a page
    number whose words stand again later as a block of their own (the body's heading), at
    least half the blocks between them ending in a page number too, none a sentence."""
    squashed = ["".join(b.text.split()) for b in blocks]
    for start, text in enumerate(squashed[:MAX_CONTENTS_START]):
        if not _PAGE_END.search(text):
            continue
        title = _entry_title(text)
        again = next((at for at in range(start + 1, len(squashed)) if squashed[at] == title),
                     None)
        if again is None or again - start < MIN_PAGED_ENTRIES:
            continue
        between = [_PAGE_STOP.sub("", entry) for entry in squashed[start:again]]
        paged = sum(bool(_PAGE_END.search(entry)) for entry in between)
        if paged * 2 >= len(between) and not any(
                SENTENCE_PUNCTUATION.search(entry) or len(entry) > MAX_ENTRY for entry in between):
            return start  # (sub-entries may go without their page: (一)预算编制情况)
    return None


def _paged_run(blocks: list[Block]) -> tuple[int, int] | None:
    """Contents an excerpt cut from both their 目录 line and the body that repeats them: a
    run of at least ``MIN_PAGED_RUN`` blocks near the top, each ending in a page number, the
    numbers never going back and not all one, most of them numbered as headings, none a
    sentence (二、机构设置 2 / 政府性基金…说明 7 / 十、预算绩效情况说明 11). A run of
    scores (决策 20 / 过程 20 / 产出 40) names no heading numbers and stays."""
    top = blocks[:MAX_CONTENTS_START + MIN_PAGED_RUN]
    start, pages = 0, list[int]()
    for at, block in enumerate(top):
        page = _page_number(_PAGE_STOP.sub("", "".join(block.text.split())))
        if page is not None and pages and page >= pages[-1]:
            pages.append(page)
            continue
        if _contents_run(blocks[start:at], pages):
            return start, at
        start, pages = at, ([page] if page is not None else [])
    return (start, len(top)) if _contents_run(top[start:], pages) else None


def _page_number(entry: str) -> int | None:
    """The page number a contents entry ends with, if it is one and no sentence."""
    end = _PAGE_END.search(entry)
    if end is None or SENTENCE_PUNCTUATION.search(entry) or len(entry) > MAX_ENTRY:
        return None
    return int(end.group()[1:])


def _contents_run(run: list[Block], pages: list[int]) -> bool:
    numbered = sum(bool(HEADING_START.match(block.text)) for block in run)
    return len(pages) >= MIN_PAGED_RUN and pages[-1] > pages[0] and numbered * 2 >= len(run)


#: the fewest entries contents without their 目录 line nor the body's repeat have
MIN_PAGED_RUN = 4
#: a contents entry's page number right after its words (第一部分部门概况3)
_PAGE_END = re.compile(r"[^0-9.．\-][0-9]{1,3}$")
#: a full stop an entry's words end with before its page number (（一）预算编制情况。15)
_PAGE_STOP = re.compile(r"。(?=[0-9]{1,3}(?:[^0-9]|$))")
#: how far from the top contents without a 目录 line are looked for, in blocks
MAX_CONTENTS_START = 40
#: the fewest entries such contents have
MIN_PAGED_ENTRIES = 3


def _entry_title(entry: str) -> str:
    """A contents entry without its leader and page number (一、收入决算……3: 一、收入决算;
    第一部分部门概况3: 第一部分部门概况)."""
    numbered = entry.rstrip("0123456789")
    if numbered != entry and (numbered.endswith(tuple(_LEADER)) or _PAGE_END.search(entry)):
        entry = numbered
    return entry.rstrip(_LEADER)


def _narrative_before(blocks: list[Block], title: str) -> bool:
    """Does a sentence of the report come before its title line?"""
    for block in blocks:
        if block.text == title:
            return False
        if SENTENCE_PUNCTUATION.search(block.text) and len(block.text) > MAX_TITLE_LINE:
            return True
    return False


#: a title that names a budget (2019 年“三公”经费预算情况 / 部门预算): written before or in its
#: year, like a report on part of it ...
BUDGET_TITLE = re.compile(r"预算")
#: ... unless it is of what was done (预算执行情况, 决算, 绩效自评, 审计)
ACCOUNT_TITLE = re.compile(r"决算|执行|绩效|自评|评价|审计|调整")


def _plans_the_year(title: str) -> bool:
    """Does the title name a budget, not an account of one?"""
    text = simplified(title)
    return bool(BUDGET_TITLE.search(text)) and not ACCOUNT_TITLE.search(text)


def _title(blocks: list[Block], fallback: str, wrapped: bool) -> tuple[str, list[Block]]:
    """The title: the first part-title line, joined with the short lines before it."""
    leading: list[Block] = []
    top = _top_blocks(blocks)
    for block in top:
        text = block.text.strip()
        if SENTENCE_PUNCTUATION.search(text) or len(text) > 40 or heading_split(text):
            break  # (二、…情况说明: a numbered heading of the report, never its title)
        leading.append(block)
        if PART_TITLE.search(simplified(text)) or TITLE_END.search(simplified(text)):
            # PDF titles break over lines: keep the pieces just before it on the same page
            pieces = [leading[-1]]
            for earlier in reversed(leading[:-1]):
                if pieces[0].page_break_before or PART_TITLE.search(earlier.text):
                    break
                if not (wrapped or earlier.text.strip().endswith(TITLE_JOINS)
                        or pieces[0].text.strip().startswith(TITLE_JOINS)):
                    break  # (a web page's lines are its own, unless one ends on 及 / 和)
                if len(pieces) >= 2 or not _wrapped_piece(earlier):
                    break
                pieces.insert(0, earlier)
            return "".join(b.text.strip() for b in pieces), pieces
    for block in top:
        if is_part_title(block):
            return block.text.strip(), [block]
    return fallback, []


def _top_blocks(blocks: list[Block]) -> list[Block]:
    """The blocks a title is looked for in: the first ``TITLE_WITHIN``, not counting a web
    page's furniture ([ 成文日期 ] / 2023-06-25 / 分享:), of which a page may print many."""
    counted = 0
    for at, block in enumerate(blocks[:MAX_FURNITURE_RUN + TITLE_WITHIN]):
        counted += not _furniture("".join(block.text.split()))
        if counted > TITLE_WITHIN:
            return blocks[:at]
    return blocks[:MAX_FURNITURE_RUN + TITLE_WITHIN]


#: the word a report's title to a congress opens with (关于某县 2023 年预算执行情况的报告)
ABOUT = "关于"
#: words a title's line may end or the next begin with: one title of two reports (关于 2022
#: 年计划执行情况 / 及 2023 年计划草案的报告)
TITLE_JOINS = ("及", "和", "与", "暨")
#: how many blocks, furniture aside, the title may stand after
TITLE_WITHIN = 8


def _says_title(blocks: list[Block], title: str) -> list[Block]:
    """The block that says ``title`` (blanks aside), or two in a row that do (a long title
    over two lines), the first that does."""
    for at, block in enumerate(blocks):
        text = "".join(block.text.split())
        if text == title:
            return [block]
        if at + 1 < len(blocks) and title.startswith(text) and text \
                and "".join(blocks[at + 1].text.split()) == title[len(text):]:
            return [block, blocks[at + 1]]
    return []


def _wrapped_piece(block: Block) -> bool:
    """A title line broken by the PDF: no heading number, no page chrome, ends mid-phrase."""
    return len(block.lines) == 1 and not block.text.strip().endswith(("：", ":"))


def _as_title(pieces: list[Block], title: str) -> Block:
    offsets = joined([piece.offsets for piece in pieces])
    missing = len(title) - len(offsets)  # characters the title has that no piece printed
    if missing > 0:
        offsets = Offsets.of_pieces([*offsets.pieces(), *((offsets[-1], 1),) * missing])
    return Block(title, offsets[:len(title)], pieces[0].lines, pieces[0].page_break_before)


def _fiscal_year(title: str, blocks: list[Block]) -> int | None:
    found = YEAR_TITLE.search(without_plan_spans(title)) or YEAR_TITLE.search(title)
    # (…规划（2021—2030 年）2024 年统计监测报告: the plan's years in brackets are not the
    # year reported, a year outside them is)
    if found:
        return int(found.group(1))
    counts: Counter[int] = Counter()
    for block in blocks[:40]:
        text = fold(block.text)
        for match in _YEAR_WORD.finditer(text):
            if _COMPARED_AHEAD.search(text[max(0, match.start() - 3):
                                                            match.start()]):
                continue  # 较2020年度决算数: the year compared with, not the year reported
            counts[int(match.group(1))] += 2 if match.group(2) else 1
        for match in _YEAR_INTERIM.finditer(text):
            if not _COMPARED_AHEAD.search(text[max(0, match.start() - 3):match.start()]):
                counts[int(match.group(1))] += 1
    return counts.most_common(1)[0][0] if counts else None


def _signature_date(blocks: list[Block]) -> tuple[Block, str] | None:
    """A line that is only a date (the signature), the last one in the document."""
    for block in reversed(blocks):
        text = fold(block.text.strip())
        if len(text) > DATE_LINE_MAX or len(block.lines) > 1:
            continue
        parsed = read_date(text, 0)
        if parsed is None:
            continue
        date = parsed[0]
        if date.end == len(text) and date.year is not None and date.day is not None:
            iso = date.iso()
            if iso is not None:
                return block, iso
    return None


def _kind(title: str, blocks: list[Block], tables: list[Block]) -> str | None:
    """The kind of report its titles name: its own, its parts', its tables' (a text that
    is one 项目支出绩效自评表 is a project's self-evaluation)."""
    titles = [title, *(b.text for b in blocks if is_part_title(b)),
              *(b.text for b in tables if is_table_title(b))]
    department = any("部门整体" in t or "整体支出" in t for t in titles)
    project = any("项目支出" in t or "项目绩效" in t for t in titles)
    if department and project:
        return "department+project"
    if department:
        return "department"
    if project:
        return "project"
    if any("决算" in t for t in titles):
        return "final-accounts"
    return None
