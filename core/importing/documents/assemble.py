"""A document's layout as a ``TextDocument``: its narrative read as text, its tables as drawn.

The narrative lines become one text (a paragraph break between Word
paragraphs and between PDF pages, a line break between a PDF page's lines,
which the text reader re-joins) and go through ``read_text``, so a document
gives at least what the same words as .txt give. Places of that text are the
document's own: each paragraph's ``places`` and each heading's ``place`` name
where in the original file it was read, instead of a line of a text that does
not exist. The tables come from the document's grids, never from its text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from crossfoot.importing.documents import grids
from crossfoot.importing.documents.layout import Layout, Line, SourceTable
from crossfoot.importing.text import TextDocument, outline, read_text
from crossfoot.importing.text.tables import Note
from crossfoot.model.numbering import printed_heading

#: the longest line just before a table that is taken as its caption, or as a field label
MAX_CAPTION = 60
MAX_FIELD = 12


def to_document(layout: Layout, source: str) -> TextDocument:
    """The text reader's document of ``layout``, with the document's places and tables."""
    layout = _words_as_text(layout)
    lines, captions = _captions(layout)
    text, styled = _text(lines)
    document = read_text(text, source, find_tables=False, styled=styled)
    data = document.data
    heading_lines = _place_headings(data.get("sections", []), lines)
    for section in _walk(data.get("sections", [])):
        # lines and columns of the joined text exist in no file: the places replace them
        section.pop("origin", None)
        for paragraph in section.get("paragraphs", []):
            runs = paragraph.pop("origin", [])
            paragraph["places"] = _places(runs, lines)
    data["tables"] = []
    for table, (title, unit) in zip(layout.tables, captions, strict=True):
        part, heading = _section_at(heading_lines, table.lines_before)
        # a table without a caption is named by the heading it stands under, else its place
        named = replace(table, title=table.title or heading or table.place)
        read = grids.to_tables(named, title, unit)
        if not read:
            document.notes.append(_unread(title or table.place, table.place))
        for found in read:
            found["id"] = f"t{len(data['tables']) + 1}"
            if part is not None:
                found["section"] = part
            data["tables"].append(found)
    notes = [*layout.notes, *document.notes]
    data["analysis"]["notes"] = [{"message": {"zh": n.zh, "en": n.en}, "table": n.title,
                                  **({"place": n.place} if n.place else {})} for n in notes]
    return TextDocument(data, document.offsets, document.report_date_paragraph, notes)


def _words_as_text(layout: Layout) -> Layout:
    """Tables of words alone (a box around paragraphs, a form's 年度目标 rows) read as
    narrative: each cell once, in reading order, at the table's place in the text."""
    lines: list[Line] = []
    tables: list[SourceTable] = []
    done = 0
    for table in layout.tables:
        lines.extend(layout.lines[done:table.lines_before])
        done = table.lines_before
        if grids.has_figures(table):
            tables.append(replace(table, lines_before=len(lines)))
            continue
        seen: set[int] = set()
        for row in table.rows:
            for cell in row:
                if cell.text.strip() and cell.span not in seen:
                    seen.add(cell.span)
                    lines.append(Line(cell.text.strip(), cell.place))
    lines.extend(layout.lines[done:])
    return Layout(lines, tables, layout.notes)


def _captions(layout: Layout) -> tuple[list[Line], list[tuple[str, str | None]]]:
    """The narrative without each table's caption and unit line, and those per table.

    Looking up from the table: a unit line (单位：万元), an empty field label
    (主管部门：) and the caption (…表) are the table's. A numbered caption
    (一、收入支出决算总表) names the table and stays a heading of the outline.
    """
    drop: set[int] = set()
    found: list[tuple[str, str | None]] = []
    for table in layout.tables:
        title, unit = "", None
        index = table.lines_before - 1
        while index >= 0 and index not in drop and len(layout.lines[index].text) <= MAX_CAPTION:
            text = layout.lines[index].text.strip()
            if grids.unit_of(text) and unit is None:
                unit = grids.unit_of(text)
            elif not title and outline.TABLE_TITLE.search(text):
                title = text
                if outline.heading_split(text) is not None:
                    break  # a numbered heading that names the table: the outline keeps it
            elif title or not _field_label(text):
                break
            drop.add(index)
            index -= 1
        found.append((title, unit))
    kept = [line if i not in drop else Line("", line.place, line.breaks)
            for i, line in enumerate(layout.lines)]
    return kept, found


def _field_label(text: str) -> bool:
    """``主管部门：`` above a table: a label whose value the form leaves blank."""
    return len(text) <= MAX_FIELD and text.endswith(("：", ":")) \
        and not any(ch.isdigit() for ch in text)


def _text(lines: list[Line]) -> tuple[str, dict[int, int]]:
    """The narrative as one text (a blank line before a paragraph break, else a line
    break), and the offset of each line styled as a heading with its level."""
    parts: list[str] = []
    styled: dict[int, int] = {}
    length = 0
    for line in lines:
        gap = "\n\n" if line.breaks and parts else ("\n" if parts else "")
        if line.level is not None and line.text:
            styled[length + len(gap)] = line.level
        parts.append(gap + line.text)
        length += len(parts[-1])
    return "".join(parts), styled


def _places(runs: list[list[int]], lines: list[Line]) -> list[list[Any]]:
    """[offset in paragraph, place] for each run of the paragraph's text (its line's place),
    and within a run for each word the line marks (a PDF word's own position).

    Within a run, paragraph characters are consecutive characters of one line, so a
    mark at the line's offset ``k`` is at paragraph offset ``start + k - column``.
    """
    line_of = _text_line_index(lines)
    places: list[list[Any]] = []
    ends = [run[0] for run in runs[1:]] + [None]
    for (offset, text_line, column), end in zip(runs, ends, strict=True):
        line = lines[line_of[text_line - 1]] if text_line - 1 < len(line_of) else None
        found = [[offset, line.place if line else ""]]
        for at, place in line.marks if line else ():
            moved = offset + at - (column - 1)
            if at >= column - 1 and (end is None or moved < end):
                found.append([moved, place])
        for entry in found:
            if not places or places[-1][1] != entry[1]:
                places.append(entry)
    return places


def _text_line_index(lines: list[Line]) -> list[int]:
    """For each line of the joined text (1-based - 1), the document line it holds."""
    index: list[int] = []
    for number, line in enumerate(lines):
        if line.breaks and number:
            index.append(number)  # the blank line between paragraphs
        index.extend([number] * (line.text.count("\n") + 1))
    return index


def _place_headings(sections: list[dict[str, Any]], lines: list[Line]
                    ) -> list[tuple[int, str, str]]:
    """Give each section its heading's place; (document line, its part's id, the heading)
    in order.

    A table belongs to the part (the top-level section) it stands in, as a
    table read from text does.
    """
    found: list[tuple[int, str, str]] = []
    cursor = 0
    for top in sections:
        for section in _walk([top]):
            printed = printed_heading(section.get("number"), section["title"])
            heading = _compact(printed)
            for index in range(cursor, len(lines)):
                if _compact(lines[index].text).startswith(heading[:20]):
                    section["place"] = lines[index].place
                    found.append((index, top["id"], printed))
                    cursor = index + 1
                    break
    return found


def _section_at(headings: list[tuple[int, str, str]], line: int) -> tuple[str | None, str]:
    """The part a table after ``line`` lines stands in, and the last heading before it."""
    at = bisect_right([index for index, _, _ in headings], line - 1) - 1
    return (headings[at][1], headings[at][2]) if at >= 0 else (None, "")


def _compact(text: str) -> str:
    return "".join(text.split())


def _walk(sections: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for section in sections:
        yield section
        yield from _walk(section.get("sections", []))


def _unread(title: str, place: str) -> Note:
    return Note(f"{place} 的表格“{title}”没有可识别的表头和数字行，未作检查，请对照原表核对。",
                f"The table “{title}” at {place} has no header and figure rows that could be "
                "recognised; it was not checked, compare it with the original.", title, place)
