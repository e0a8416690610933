"""Plain-text reports (often extracted from PDF) laid out as the ordinary Report model.

Headings become numbered sections, re-joined lines become paragraphs, a
summary table whose grid was lost becomes a table where it can be read for
certain; the title, organisation, fiscal year and report date become the
meta. What cannot be read is said, in ``analysis.notes`` (reported as CF003).
What the narrative asserts (its figures and claims) is the analysis stage's
to read: ``crossfoot.analysis`` turns a ``TextDocument`` into facts and
relations, so the rules check text without knowing it is text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crossfoot.importing.load import Limits, read_bytes, report_from_data
from crossfoot.importing.text import grids, outline, spaced, tables
from crossfoot.importing.text.decode import decode
from crossfoot.importing.text.meta import META_LINE, MetaInfo, read_meta
from crossfoot.importing.text.offsets import Offsets
from crossfoot.importing.text.reflow import Block, line_and_column, line_starts, reflow
from crossfoot.model.quantity import Quantity
from crossfoot.model.report import Report, Section

FORMAT_VERSION = "1.0"
#: the bar a table pasted from a full-width page parts its cells with, read as ``|``
FULL_WIDTH_BAR = "\uff5c"
MIN_PIPE_RUN = 3
#: the most lines between a table's title and its rows, and the longest naming its unit
MAX_LEAD = 3
MAX_CAPTION = 60
#: the longest row label that may stand alone among a table's tabbed rows
MAX_BARE_LABEL = 20
_UNIT_AT_END = re.compile(r"[（(](亿元|万元|千元|元)[)）]$")


@dataclass
class TextDocument:
    """A text report laid out as model data, with what is needed to trace it back."""

    data: dict[str, Any]
    #: paragraph id -> the offset in the file's text of each character of the paragraph
    offsets: dict[str, Offsets]
    #: the paragraph that carries the report's date (a signature line), if one does
    report_date_paragraph: str | None = None
    notes: list[tables.Note] = field(default_factory=list)
    #: fact id -> the quantity the narrative's reading read it as (the model keeps these)
    quantities: dict[str, Quantity] = field(default_factory=dict)


def read_text_file(path: Path, options: Mapping[str, Any] | None = None) -> TextDocument:
    """The document of a text file, decoded as ``options`` say (``encoding``, limits)."""
    name = str(path)
    limits = Limits.of(options or {})
    text, used = decode(read_bytes(path, limits.max_bytes), name, (options or {}).get("encoding"))
    document = read_text(text, path.name)
    document.data["analysis"]["encoding"] = used
    return document


def to_report(document: TextDocument, path: Path, options: Mapping[str, Any] | None = None,
              sections: tuple[Section, ...] | None = None) -> Report:
    """The validated Report of a document (its data as it stands), which it uses up: the
    JSON form of its facts, relations and claims is let go as their model is built.
    ``sections``: the model of its sections, built before its narrative was read (see
    ``crossfoot.app.builtin.import_text``), when its data no longer has their JSON form."""
    return report_from_data(document.data, str(path), Limits.of(options or {}),
                            document.quantities, handed_over=True, sections=sections)


def read_text(text: str, source: str = "<text>", find_tables: bool = True,
              styled: Mapping[int, int] | None = None) -> TextDocument:
    """Model data for ``text``: meta, sections, paragraphs, the tables read for certain.

    ``find_tables=False`` reads every block as narrative: the text of a Word or
    PDF file whose tables were read from the file itself. ``styled`` maps the
    offset of each line a document styles as a heading to its outline level.
    """
    if find_tables:
        text = spaced.mark(text.replace(FULL_WIDTH_BAR, "|"))  # (a table's cells parted by
        # spaces become tabs, its full-width bars (部门管理｜15｜13.5) bars: offsets kept)
    all_blocks, shape = reflow(text, styled or ())
    wrapped = shape.wrapped
    narrative, regions, notes = _split_tables(all_blocks) if find_tables else (all_blocks, [], [])
    set_aside = [b for region in regions for b in region.body] + [
        b for b in all_blocks if _pipe_line(b)] + [
        region.title_block for region in regions if region.title_block is not None] + [
        b for region in regions for b in region.lead]
    info, kept = read_meta(narrative, source, wrapped, set_aside)
    if info.title == source and notes:
        info.title = notes[0].title  # a report that is one unreadable table: name it by it
    signature = info.report_date_block
    starts = line_starts(text)
    reads = [(region, _read_region(region, info.organization, starts, text))
             for region in regions]
    given_back = [region for region, read in reads if not read.tables and _prose(region)]
    returned = {id(region) for region in given_back}
    if given_back:  # (…自评表（节选） over lines written as text: read as text, not as a grid)
        kept = sorted([*kept, *(b for region in given_back for b in region.body)],
                      key=lambda block: block.offsets[0])
    sections = outline.build(kept, styled)
    offsets: dict[str, Offsets] = {}
    report_paragraph = None
    for section in outline.walk(sections):
        for paragraph in section.paragraphs:
            offsets[paragraph.id] = paragraph.offsets
            if signature is not None and paragraph.offsets[:1] == signature.offsets[:1]:
                report_paragraph = paragraph.id
    table_data: list[dict[str, Any]] = []
    for region, read in reads:
        if id(region) in returned:
            continue
        notes.extend(read.notes)
        place = region.title_block or region.body[0]
        part = _part_before(sections, place)
        for table in read.tables:
            table["id"] = f"t{len(table_data) + 1}"
            table["origin"] = list(line_and_column(place.offsets[0], starts))
            if part is not None:
                table["section"] = part
            table_data.append(table)
    data: dict[str, Any] = {
        "crossfoot": FORMAT_VERSION,
        "meta": _meta(info, source),
        "sections": [_section(s, starts) for s in sections],
        "tables": table_data,
        "analysis": {
            "notes": [{"message": {"zh": n.zh, "en": n.en}, "table": n.title} for n in notes],
        },
    }
    if find_tables:  # a plain-text copy (a Word, PDF or Excel file's tables are read from it)
        data["meta"]["plain_text"] = True
    # asked about each block a few times while it was laid out: the next text has other blocks
    outline.heading_split.cache_clear()
    return TextDocument(data, offsets, report_paragraph, notes)


@dataclass
class _Region:
    """Blocks that hold a table: after a title line, or laid out with | between cells."""

    title: str
    title_block: Block | None
    body: list[Block]
    piped: bool = False
    #: lines between the title and the rows: a caption, the unit
    lead: list[Block] = field(default_factory=list)


def _prose(region: _Region) -> bool:
    """Are a region's lines, not laid out with |, written as text (a figure with its unit,
    clauses parted by commas), not cells? Then, when no table is read from them, they are
    read as the text they are."""
    return not region.piped and any(_WRITTEN.search(block.text) for block in region.body)


#: a figure with a unit of money, a clause's comma or a sentence's stop: words, not cells
_WRITTEN = re.compile(r"[0-9](?:\.[0-9]+)?\s*(?:万元|亿元|元)|[，；。]")


def _read_region(region: _Region, organization: str | None,
                 starts: Sequence[int], text: str) -> tables.ReadTable:
    """A grid of rows a line, a summary table, else a grid read cell by cell, else a
    note that it was not read."""
    if region.piped:
        # imported here: the documents' grid reader, which it uses, builds on this package
        from crossfoot.importing.text import rows

        unit = next((found for block in region.lead if (found := _lead_unit(block))), None)
        lined = rows.read(region.body, region.title, starts, text, unit)
        if lined:
            return tables.ReadTable(lined)
        grid = grids.read(grids.pipe_cells(region.body))
        if grid is not None:
            return tables.ReadTable([grids.to_table(grid, region.title, starts)])
        return tables.ReadTable([], [tables.pipe_note(region.body, region.title)])
    read = tables.read_summary_table(region.title, region.body, organization)
    if read.tables:
        return read
    grid = grids.read(grids.line_cells(region.body))
    if grid is not None:
        return tables.ReadTable([grids.to_table(grid, region.title, starts)])
    return read


def _split_tables(all_blocks: list[Block]) -> tuple[list[Block], list[_Region],
                                                    list[tables.Note]]:
    """Narrative blocks, table regions and notes on unreadable tables."""
    narrative: list[Block] = []
    regions: list[_Region] = []
    notes: list[tables.Note] = []
    index = 0
    while index < len(all_blocks):
        block = all_blocks[index]
        run = _pipe_run(all_blocks, index)
        if _lines(all_blocks[index:run]) >= MIN_PIPE_RUN:
            title_block = narrative.pop() if narrative and _caption(narrative[-1]) else None
            title = title_block.text.strip() if title_block else ""
            regions.append(_Region(title or tables.pipe_note(all_blocks[index:run]).title,
                                   title_block, all_blocks[index:run], piped=True))
            index = run
            continue
        numbered_title = _numbered_table_title(block)
        if outline.is_table_title(block) or numbered_title:
            first = _after_lead(all_blocks, index + 1)
            run = _pipe_run(all_blocks, first)
            if _lines(all_blocks[first:run]) >= MIN_PIPE_RUN:  # …表, (单位：万元), then | lines
                lead = all_blocks[index + 1:first]
                regions.append(_Region(block.text.strip(), block, all_blocks[first:run],
                                       piped=True, lead=[b for b in lead if not _lead_note(b)]))
                if numbered_title:
                    narrative.append(block)
                narrative.extend(b for b in lead if _lead_note(b))
                index = run
                continue
            end = index + 1
            while end < len(all_blocks) and _in_table(
                    all_blocks[end], all_blocks[end + 1] if end + 1 < len(all_blocks) else None):
                end += 1
            if end > index + 1:
                regions.append(_Region(block.text.strip(), block, all_blocks[index + 1:end]))
                if numbered_title:
                    narrative.append(block)  # 一、…预算表 is a heading of the outline too
                index = end
                continue
        narrative.append(block)
        index += 1
    return narrative, regions, notes


def _after_lead(blocks: list[Block], index: int) -> int:
    """Past the lines between a table's title and its rows (the table's own caption under
    a form's name, its unit, a note of its grading): where rows with | or tabs begin."""
    end = index
    while end < len(blocks) and end - index < MAX_LEAD and not _opens_run(blocks, end):
        end += 1
    return end if end < len(blocks) and _opens_run(blocks, end) else index


def _opens_run(blocks: list[Block], index: int) -> bool:
    """Whether a table's lines laid out with | or tabs begin at ``index`` (a cell before
    the | on the next line begins one)."""
    return _pipe_line(blocks[index]) or (
        index + 1 < len(blocks) and blocks[index + 1].text.strip() == "|")


def _lead_unit(block: Block) -> str | None:
    """The unit a line before a table's rows names (单位：万元, …情况（万元）)."""
    text = block.text.strip()
    found = tables.UNIT_LINE.search(text) or _UNIT_AT_END.search(text)
    return found.group(1) if found is not None and len(text) <= MAX_CAPTION else None


def _lead_note(block: Block) -> bool:
    """A line before a table's rows that says something (等级评定标准：…): narrative."""
    return not outline.is_table_title(block) and _lead_unit(block) is None


def _numbered_table_title(block: Block) -> bool:
    """``一、2023 年…经费预算表``: a numbered heading that names a table."""
    found = outline.heading_of(block)
    return found is not None and not found[2] and bool(outline.TABLE_TITLE.search(found[1]))


def _lines(blocks: list[Block]) -> int:
    """How many lines ``blocks`` hold (reflow may have joined table lines into one block)."""
    return sum(len(b.lines) for b in blocks)


def _pipe_run(blocks: list[Block], start: int) -> int:
    """The end of a run of table lines laid out with | (a cell may sit alone before its |)
    or tabs (a row's label may stand alone: its empty cells' tabs went with the line's end)."""
    end = start
    while end < len(blocks):
        here = blocks[end]
        after = blocks[end + 1] if end + 1 < len(blocks) else None
        if _pipe_line(here) or (after is not None and after.text.strip() == "|"
                                and len(here.lines) == 1 and len(here.text) <= 60) or (
                end > start and _bare_label(here) and (
                    "\t" in blocks[end - 1].text or _bare_label(blocks[end - 1]))):
            end += 1
            continue
        break
    while end > start and not _pipe_line(blocks[end - 1]) and _bare_label(blocks[end - 1]):
        end -= 1  # a run ends on a row with cells, not on a line of words after it
    return end


def _bare_label(block: Block) -> bool:
    """A short line of words without punctuation: a row label whose cells are all empty."""
    text = block.text.strip()
    return len(block.lines) == 1 and 0 < len(text) <= MAX_BARE_LABEL \
        and "|" not in text and not outline.SENTENCE_PUNCTUATION.search(text)


def _caption(block: Block) -> bool:
    """A short line without sentence punctuation just before a table: its title."""
    text = block.text.strip()
    return 0 < len(text) <= 40 and not outline.SENTENCE_PUNCTUATION.search(text) \
        and outline.heading_of(block) is None


def _pipe_line(block: Block) -> bool:
    """A line of a table laid out with | or tab separators (not a web page's metadata line,
    unless its cells hold figures: | 阅读推广 | … | 36.00 | 35.20 | is a row named 阅读…)."""
    text = block.text
    return ("|" in text or "\t" in text.strip()) and (
        not META_LINE.match(text) or sum(
            grids.classify(cell.strip(), 0).kind == "number"
            for cell in _CELL_SPLIT.split(text)) >= ROW_FIGURES)


#: the separators of a line's cells
_CELL_SPLIT = re.compile(r"[|\t]")
#: the figures a line needs to be a table's row whatever word it begins with
ROW_FIGURES = 2


_BARE_NUMBER = re.compile(r"^\s*-?[0-9][0-9,]*(?:\.[0-9]+)?\s*$")


#: the full stop that ends a line that is a sentence, and the marks that part its clauses
#: before it (searched apart: ``[，,；;].*。\s*$`` backtracked from every comma)
_FULL_STOP_END = re.compile(r"。\s*$")
_CLAUSE_MARKS = ("，", ",", "；", ";")


def _sentence(text: str) -> bool:
    """Is the line a sentence: clauses parted by commas, ended by a full stop?"""
    end = _FULL_STOP_END.search(text)
    return end is not None and any(mark in text[:end.start()] for mark in _CLAUSE_MARKS)


def _in_table(block: Block, after: Block | None = None) -> bool:
    """Table fragments are short single lines; a paragraph or a part title ends the table.

    A numbered line followed by a bare number (``一、一般公共服务支出`` then ``29``)
    is a row label of a table laid out one cell a line, not a heading.
    """
    row_label = after is not None and bool(_BARE_NUMBER.match(after.text))
    if outline.is_part_title(block) or (outline.heading_of(block) is not None
                                         and not row_label):
        return False
    if _sentence(block.text):
        return False  # 年度资金总额：全年预算数 320.00 万元，…，得分 9.28 分。: a form's line
        # written as a sentence, read as one
    return (len(block.lines) == 1 and len(block.text) <= 60) or not any(
        ch in block.text for ch in "。；;，,")


def _part_before(sections: list[outline.SectionNode], block: Block) -> str | None:
    found = None
    for section in sections:
        if section.offset <= block.offsets[0]:
            found = section.id
    return found


def _meta(info: MetaInfo, source: str) -> dict[str, Any]:
    meta: dict[str, Any] = {"title": info.title or source, "language": "zh", "source": source}
    for key in ("organization", "kind", "fiscal_year", "interim", "excerpt", "report_date"):
        value = getattr(info, key)
        if value:
            meta[key] = value
    return meta


def _section(node: outline.SectionNode, starts: Sequence[int]) -> dict[str, Any]:
    data: dict[str, Any] = {"id": node.id, "number": node.number.text if node.number else None,
                            "title": node.title,
                            "origin": list(line_and_column(node.offset, starts))}
    if node.paragraphs:
        data["paragraphs"] = [{"id": p.id, "text": p.text, "origin": origin(p.offsets, starts)}
                              for p in node.paragraphs]
    if node.children:
        data["sections"] = [_section(c, starts) for c in node.children]
    return data


def origin(offsets: Offsets, starts: Sequence[int]) -> tuple[tuple[int, int, int], ...]:
    """[offset in paragraph, line, column] where each run of consecutive file characters begins.

    Re-joining a paragraph across PDF line breaks drops characters; these
    breakpoints are enough to say on which line and column of the file any
    character of the paragraph stands (the model's Paragraph.place). Tuples,
    which JSON writes as arrays: the model keeps these very ones, not copies.
    """
    return tuple((index, *line_and_column(offset, starts)) for index, offset in offsets.runs())
