"""Plain-text reports (often extracted from PDF) into the ordinary Report model.

The importer turns what it reads into model content, so the existing rules
check text without knowing it is text: headings become numbered sections,
re-joined lines become paragraphs, figures become facts with concepts,
measures and periods, totals-and-parts claims become relations, a summary
table whose grid was lost becomes a table where it can be read for certain.
What cannot be read is said, in ``analysis.notes`` (reported as CF003).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crossfoot.analysis.claims import Claim, Figure, other_claims, resolve, total_claims
from crossfoot.analysis.facts import Context, FactBuilder, as_of_date
from crossfoot.analysis.mentions import scan
from crossfoot.importing.load import Limits, read_bytes, report_from_data
from crossfoot.importing.text import outline, tables
from crossfoot.importing.text.decode import decode
from crossfoot.importing.text.meta import META_LINE, MetaInfo, read_meta
from crossfoot.importing.text.reflow import Block, reflow
from crossfoot.model.report import Report

FORMAT_VERSION = "1.0"
MIN_PIPE_RUN = 3


@dataclass
class TextReport:
    """A text report read into model data, with what is needed to trace it back."""

    data: dict[str, Any]
    offsets: dict[str, tuple[int, ...]]  # paragraph id -> original offset of each character
    figures: list[Figure] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    notes: list[tables.Note] = field(default_factory=list)


def import_text(path: Path, options: Mapping[str, Any] | None = None) -> Report:
    """The ``.txt`` importer: ``importer(path, options) -> Report``."""
    name = str(path)
    limits = Limits.of(options or {})
    encoding = (options or {}).get("encoding")
    text, used = decode(read_bytes(path, limits.max_bytes), name, encoding)
    document = read_text(text, path.name)
    document.data["analysis"]["encoding"] = used
    return report_from_data(document.data, name, limits)


def read_text_file(path: Path, options: Mapping[str, Any] | None = None) -> TextReport:
    """Like ``import_text`` but keeps the model data and the trace back to the file."""
    name = str(path)
    limits = Limits.of(options or {})
    text, used = decode(read_bytes(path, limits.max_bytes), name, (options or {}).get("encoding"))
    document = read_text(text, path.name)
    document.data["analysis"]["encoding"] = used
    report_from_data(document.data, name, limits)  # validates: extract writes only valid JSON
    return document


def read_text(text: str, source: str = "<text>") -> TextReport:
    """Model data for ``text``: sections, paragraphs, tables, facts, relations, analysis."""
    all_blocks, shape = reflow(text)
    wrapped = shape.wrapped
    narrative, regions, notes = _split_tables(all_blocks)
    set_aside = [b for _, body in regions for b in body] + [
        b for b in all_blocks if _pipe_line(b)]
    info, kept = read_meta(narrative, source, wrapped, set_aside)
    if info.title == source and notes:
        info.title = notes[0].title  # a report that is one unreadable table: name it by it
    signature = info.report_date_block
    sections = outline.build(kept)
    offsets: dict[str, tuple[int, ...]] = {}
    figures: list[Figure] = []
    report_paragraph = None
    for section in outline.walk(sections):
        for paragraph in section.paragraphs:
            offsets[paragraph.id] = paragraph.offsets
            if signature is not None and paragraph.offsets[:1] == signature.offsets[:1]:
                report_paragraph = paragraph.id
            mine = [Figure(f"m{len(figures) + i + 1}", m, section.id, paragraph.id,
                           paragraph.text) for i, m in enumerate(scan(paragraph.text))]
            resolve(mine)
            figures.extend(mine)
    claims: list[Claim] = []
    by_paragraph: dict[str, list[Figure]] = {}
    for figure in figures:
        by_paragraph.setdefault(figure.paragraph, []).append(figure)
    for group in by_paragraph.values():
        claims.extend(total_claims(group))
        claims.extend(other_claims(group))
    context = Context(info.fiscal_year, as_of_date(figures, info.fiscal_year), report_paragraph)
    builder = FactBuilder(figures, claims, context)
    facts, relations = builder.build()
    table_data = []
    for n, (title_block, body) in enumerate(regions, 1):
        read = tables.read_summary_table(title_block.text.strip(), body, info.organization,
                                         f"t{n}")
        notes.extend(read.notes)
        if read.data is not None:
            read.data["section"] = _part_before(sections, title_block)
            if read.data["section"] is None:
                del read.data["section"]
            _link_table_total(read.data, figures, facts)
            table_data.append(read.data)
    data: dict[str, Any] = {
        "crossfoot": FORMAT_VERSION,
        "meta": _meta(info, source),
        "sections": [_section(s, line_starts(text)) for s in sections],
        "tables": table_data,
        "facts": facts,
        "relations": relations,
        "analysis": {
            "mentions": [_mention_json(f, builder.fact_of.get(f.id)) for f in figures],
            "claims": [c.to_json() for c in claims],
            "notes": [{"message": {"zh": n.zh, "en": n.en}, "table": n.title} for n in notes],
        },
    }
    return TextReport(data, offsets, figures, claims, notes)


def _split_tables(all_blocks: list[Block]) -> tuple[list[Block],
                                                    list[tuple[Block, list[Block]]],
                                                    list[tables.Note]]:
    """Narrative blocks, summary-table regions (title, body) and notes on unreadable tables."""
    narrative: list[Block] = []
    regions: list[tuple[Block, list[Block]]] = []
    notes: list[tables.Note] = []
    index = 0
    while index < len(all_blocks):
        block = all_blocks[index]
        if _pipe_line(block):
            run = index
            while run < len(all_blocks) and _pipe_line(all_blocks[run]):
                run += 1
            if run - index >= MIN_PIPE_RUN:
                notes.append(tables.pipe_note(all_blocks[index:run]))
                index = run
                continue
        if outline.is_table_title(block):
            end = index + 1
            while end < len(all_blocks) and _in_table(all_blocks[end]):
                end += 1
            if end > index + 1:
                regions.append((block, all_blocks[index + 1:end]))
                index = end
                continue
        narrative.append(block)
        index += 1
    return narrative, regions, notes


def _pipe_line(block: Block) -> bool:
    """A line of a table laid out with | separators (not a web page's metadata line)."""
    return "|" in block.text and not META_LINE.match(block.text)


def _in_table(block: Block) -> bool:
    """Table fragments are short single lines; a paragraph or a part title ends the table."""
    if outline.is_part_title(block) or outline.heading_of(block) is not None:
        return False
    return (len(block.lines) == 1 and len(block.text) <= 60) or not any(
        ch in block.text for ch in "。；;，,")


def _part_before(sections: list[outline.SectionNode], block: Block) -> str | None:
    found = None
    for section in sections:
        if section.offset <= block.offsets[0]:
            found = section.id
    return found


def _link_table_total(table: dict[str, Any], figures: list[Figure],
                      facts: list[dict[str, Any]]) -> None:
    """Tag a total row's budget cell with the concept of the text's stated total of it.

    The text's total (项目资金总计 70.42 万元: a budget amount with 总计 / 合计 / 共)
    in the part the table belongs to is the same quantity as the table's total
    row; only a single such total is linked, so AGR402 compares them.
    """
    section = table.get("section")
    totals = [r for r in table["rows"] if r["role"] == "total"]
    if not totals or "budget" not in totals[0]["cells"] or totals[0]["cells"]["budget"] is None:
        return
    by_quote = {(f["source"]["paragraph"], f["source"]["start"]): f for f in facts
                if "source" in f and "paragraph" in f["source"]}
    candidates = []
    for figure in figures:
        mention = figure.mention
        if not (mention.total_cue and figure.measure == "budget"
                and mention.dimension == "money"):
            continue
        if section and not (figure.section == section or figure.section.startswith(section + "-")):
            continue
        fact = by_quote.get((figure.paragraph, mention.quote_start))
        if fact is not None and fact.get("concept") and fact.get("unit") == table.get("unit"):
            candidates.append(fact)
    if len(candidates) == 1:
        cell = totals[0]["cells"]["budget"]
        totals[0]["cells"]["budget"] = {"value": cell, "concept": candidates[0]["concept"],
                                        "period": candidates[0].get("period")}
        if totals[0]["cells"]["budget"]["period"] is None:
            del totals[0]["cells"]["budget"]["period"]


def _meta(info: MetaInfo, source: str) -> dict[str, Any]:
    meta: dict[str, Any] = {"title": info.title or source, "language": "zh", "source": source}
    for key in ("organization", "kind", "fiscal_year", "report_date"):
        value = getattr(info, key)
        if value:
            meta[key] = value
    return meta


def _section(node: outline.SectionNode, starts: list[int]) -> dict[str, Any]:
    data: dict[str, Any] = {"id": node.id, "number": node.number.text if node.number else None,
                            "title": node.title}
    if node.paragraphs:
        data["paragraphs"] = [{"id": p.id, "text": p.text, "origin": origin(p.offsets, starts)}
                              for p in node.paragraphs]
    if node.children:
        data["sections"] = [_section(c, starts) for c in node.children]
    return data


def line_starts(text: str) -> list[int]:
    """Offsets where each line of ``text`` begins."""
    return [0, *(i + 1 for i, char in enumerate(text) if char == "\n")]


def origin(offsets: tuple[int, ...], starts: list[int]) -> list[list[int]]:
    """[offset in paragraph, line, column] where each run of consecutive file characters begins.

    Re-joining a paragraph across PDF line breaks drops characters; these
    breakpoints are enough to say on which line and column of the file any
    character of the paragraph stands (the model's Paragraph.place).
    """
    runs: list[list[int]] = []
    previous = -2
    for index, offset in enumerate(offsets):
        if offset != previous + 1:
            line = bisect_right(starts, offset)
            runs.append([index, line, offset - starts[line - 1] + 1])
        previous = offset
    return runs


def _mention_json(figure: Figure, fact: str | None) -> dict[str, Any]:
    mention = figure.mention
    data: dict[str, Any] = {"id": figure.id, "kind": mention.kind, "section": figure.section,
                            "paragraph": figure.paragraph, "start": mention.quote_start,
                            "end": mention.quote_end or mention.end, "quote": figure.quote}
    if mention.value is not None:
        data["value"] = str(mention.value)
        data["unit"] = mention.unit
    if mention.qualifier:
        data["qualifier"] = mention.qualifier
    if mention.date is not None:
        data["date"] = mention.date.iso()
    if mention.grade:
        data["grade"] = mention.grade
    if figure.label:
        data["label"] = figure.label
    if figure.measure:
        data["measure"] = figure.measure
    if fact is not None:
        data["fact"] = fact
    return data
