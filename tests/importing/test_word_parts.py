"""Word text outside the body's own paragraphs: text boxes, nested tables, footnotes, endnotes.

Each test builds its document with python-docx; the XML python-docx has no
call for (a text box, a note reference, the notes part) is written as Word
writes it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from crossfoot.app.builtin import read_office_document

from conftest import findings_json

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
#: a text box as Word 2010+ writes it: DrawingML, with the same box again as VML fallback
BOX = (f'<w:r {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>'
       '<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>{0}'
       '</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>'
       '<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{0}</w:txbxContent>'
       '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
#: a text box drawn with VML only (older Word)
VML_BOX = (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox>'
           '<w:txbxContent>{0}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
STAFF = "编制人数共 12 人，其中行政编制 9 人，事业编制 5 人。"
PROJECT = "项目支出共 20 万元，其中设备购置 15 万元，维修 8 万元。"


def _paragraphs(*texts: str) -> str:
    return "".join(f"<w:p {W}><w:r><w:t>{t}</w:t></w:r></w:p>" for t in texts)


def _sections(path: Path) -> list[tuple[str, list[tuple[str, list[Any]]]]]:
    data = read_office_document(path).data
    return [(s["title"], [(p["text"], p["places"]) for p in s.get("paragraphs", [])])
            for s in data["sections"]]


def test_text_boxes_read_as_paragraphs_after_their_anchor(tmp_path: Path) -> None:
    """A box's paragraphs follow the paragraph it is drawn in, each its own paragraph, the
    DrawingML box and its VML fallback read once; a second box in a paragraph is numbered."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("一、人员情况")
    anchor = document.add_paragraph("本局内设 4 个股室。")
    anchor._p.append(parse_xml(BOX.format(_paragraphs(STAFF, "（数据截至年底）"))))
    anchor._p.append(parse_xml(VML_BOX.format(_paragraphs("另有临聘人员 3 人。"))))
    document.add_paragraph("二、其他情况")
    empty = document.add_paragraph()  # a paragraph holding only the box
    empty._p.append(parse_xml(VML_BOX.format(_paragraphs("无。"))))
    path = tmp_path / "boxes.docx"
    document.save(str(path))
    assert _sections(path) == [
        ("人员情况", [("本局内设 4 个股室。", [[0, "paragraph 2"]]),
                      (STAFF, [[0, "text box in paragraph 2"]]),
                      ("（数据截至年底）", [[0, "text box in paragraph 2"]]),
                      ("另有临聘人员 3 人。", [[0, "text box 2 in paragraph 2"]])]),
        ("其他情况", [("无。", [[0, "text box in paragraph 4"]])])]
    (finding,) = findings_json(path)
    assert (finding["rule"], finding["location"]["place"], finding["location"]["quote"]) == (
        "SUM104", "text box in paragraph 2", "编制人数共 12 人")


def test_a_table_nested_in_a_cell_is_a_table_of_its_own(tmp_path: Path) -> None:
    """The nested table is read with its own places; its outer cell keeps its own text."""
    import docx

    document = docx.Document()
    document.add_paragraph("一、支出情况")
    outer = document.add_table(rows=2, cols=2)
    for cell, text in zip(outer._cells, ["项目", "金额", "基本支出", "60"], strict=True):
        cell.text = text
    holder = outer.cell(1, 1)
    inner = holder.add_table(rows=3, cols=2)
    for cell, text in zip(inner._cells, ["明细", "金额", "人员经费", "50", "合计", "45"],
                          strict=True):
        cell.text = text
    path = tmp_path / "nested.docx"
    document.save(str(path))
    found = read_office_document(path).data["tables"]
    assert [(t["id"], [(r["label"], r["place"], {k: c["place"] for k, c in r["cells"].items()
                                                 if isinstance(c, dict)})
                       for r in t["rows"]]) for t in found] == [
        ("t1", [("基本支出", "table 1, row 2, cell 1", {"c1": "table 1, row 2, cell 2"})]),
        ("t2", [("人员经费", "table 1, row 2, cell 2, table 1, row 2, cell 1",
                 {"c1": "table 1, row 2, cell 2, table 1, row 2, cell 2"}),
                ("合计", "table 1, row 2, cell 2, table 1, row 3, cell 1",
                 {"c1": "table 1, row 2, cell 2, table 1, row 3, cell 2"})])]
    assert [(f["rule"], f["location"]["place"]) for f in findings_json(path)] == [
        ("SUM101", "table 1, row 2, cell 2, table 1, row 3, cell 2")]


def _with_notes(document: Any, kind: str, notes: dict[int, str]) -> None:
    """Add a footnotes or endnotes part holding ``notes`` (id -> text), as Word writes it."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    body = "".join(
        f'<w:{kind} w:id="{number}"><w:p><w:r><w:{kind}Ref/></w:r><w:r><w:t xml:space='
        f'"preserve"> {text}</w:t></w:r></w:p></w:{kind}>' for number, text in notes.items())
    xml = (f'<w:{kind}s {W}><w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/>'
           f'</w:r></w:p></w:{kind}>{body}</w:{kind}s>')
    content = f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}s+xml"
    part = Part(PackURI(f"/word/{kind}s.xml"), content, xml.encode(), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES if kind == "footnote" else RT.ENDNOTES)


def _reference(paragraph: Any, kind: str, number: int) -> None:
    from docx.oxml import parse_xml

    paragraph._p.append(parse_xml(f'<w:r {W}><w:{kind}Reference w:id="{number}"/></w:r>'))


def test_notes_read_after_the_paragraph_that_references_them(tmp_path: Path) -> None:
    """A note is a paragraph of its own after its reference, numbered in order of reference
    (``footnote 1`` is the note with id 3 here); the referencing sentence stays whole."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("一、支出情况")
    spending = document.add_paragraph("本年支出 80 万元")
    _reference(spending, "footnote", 3)
    spending.add_run("，较上年减少。")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "资金来源为财政拨款"
    _reference(table.cell(0, 1).paragraphs[0], "footnote", 2)
    closing = document.add_paragraph("以上数据未经审计。")
    _reference(closing, "endnote", 1)
    # a text box with a note, and a box inside it with its own: each note after its paragraph
    inner = VML_BOX.format(f'<w:p {W}><w:r><w:t>内框</w:t></w:r><w:r><w:footnoteReference '
                           'w:id="5"/></w:r></w:p>')
    closing._p.append(parse_xml(BOX.format(
        f'<w:p {W}><w:r><w:t>外框</w:t></w:r><w:r><w:footnoteReference w:id="4"/></w:r>'
        f'{inner}</w:p>')))
    _with_notes(document, "footnote", {2: "表中说明见附件。", 3: PROJECT, 4: "外框注。",
                                       5: "内框注。"})
    _with_notes(document, "endnote", {1: "审计报告另行公布。"})
    path = tmp_path / "notes.docx"
    document.save(str(path))
    assert _sections(path) == [("支出情况", [
        ("本年支出 80 万元，较上年减少。", [[0, "paragraph 2"]]),
        (PROJECT, [[0, "footnote 1"]]),
        ("资金来源为财政拨款", [[0, "table 1, row 1, cell 1"]]),
        ("表中说明见附件。", [[0, "footnote 2"]]),
        ("以上数据未经审计。", [[0, "paragraph 3"]]),
        ("审计报告另行公布。", [[0, "endnote 1"]]),
        ("外框", [[0, "text box in paragraph 3"]]), ("外框注。", [[0, "footnote 3"]]),
        ("内框", [[0, "text box in paragraph 3"]]), ("内框注。", [[0, "footnote 4"]])])]
    (finding,) = findings_json(path)
    assert (finding["rule"], finding["location"]["place"], finding["location"]["quote"]) == (
        "SUM104", "footnote 1", "项目支出共 20 万元")
