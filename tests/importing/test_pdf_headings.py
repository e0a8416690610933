"""PDF headings printed without a number, told by a font larger or bolder than the body's."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from crossfoot.app.builtin import read_office_document
from crossfoot.importing.documents import font_headings

from conftest import findings_json

BODY = ["本局主要职责是负责全县水资源的统一规划、管理和保护工作，组织实施水利工程建设",
        "与管理，指导农村水利和水土保持工作，承担防汛抗旱的日常工作。"]
STAFF = "编制人数共 12 人，其中行政编制 9 人，事业编制 5 人。"


def _pdf(path: Path, lines: list[tuple[int, str]]) -> None:
    """One page of ``(font size, text)`` lines, 24 points apart, drawn with a CID font."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    page = canvas.Canvas(str(path))
    for number, (size, text) in enumerate(lines):
        page.setFont("STSong-Light", size)
        page.drawString(72, 780 - 24 * number, text)
    page.showPage()
    page.save()


def _outline(sections: list[dict[str, Any]]) -> list[Any]:
    return [(s["number"], s["title"], s["place"], _outline(s.get("sections", [])))
            for s in sections]


def test_larger_lines_are_headings_nested_by_size(tmp_path: Path) -> None:
    """16 pt and 14 pt lines over an 11 pt body are levels 1 and 2; a numbered heading nests
    under them; a large line stating a figure and a heading wrapped over two lines stay text."""
    path = tmp_path / "headings.pdf"
    _pdf(path, [(18, "示例县水利局 2022 年度部门整体支出绩效自评报告"),
                (16, "部门基本情况"), (11, BODY[0]), (11, BODY[1]),
                (14, "人员构成"), (11, STAFF),
                (16, "预算执行情况"), (14, "（一）收入情况"), (11, BODY[0]), (11, BODY[1]),
                (16, "全年支出 280 万元"), (14, "关于进一步加强预算绩效管理工作的"),
                (14, "若干意见落实情况"), (11, BODY[0])])
    (part,) = read_office_document(path).data["sections"]
    assert _outline(part["sections"]) == [
        (None, "部门基本情况", "page 1 (x 72, y 74)",
         [(None, "人员构成", "page 1 (x 72, y 148)", [])]),
        (None, "预算执行情况", "page 1 (x 72, y 194)",
         [("（一）", "收入情况", "page 1 (x 72, y 220)", [])])]
    income = part["sections"][1]["sections"][0]
    assert [p["text"] for p in income["paragraphs"]] == [  # the sentence the width broke, whole
        "".join(BODY), "全年支出 280 万元", "关于进一步加强预算绩效管理工作的", "若干意见落实情况",
        BODY[0]]
    (finding,) = findings_json(path)
    assert (finding["rule"], finding["location"]["section"], finding["location"]["place"]) == (
        "SUM104", "s1-1-1", "page 1 (x 72, y 174)")


def test_no_heading_without_a_clear_body_font(tmp_path: Path) -> None:
    """Where no font holds half the narrative (here 11 pt and 12 pt share it), nothing is
    taken for a heading by its size: the outline is built from numbers alone."""
    path = tmp_path / "mixed.pdf"
    _pdf(path, [(16, "部门基本情况"), (11, BODY[0]), (12, BODY[1]), (11, BODY[1]),
                (12, BODY[0]), (16, "人员情况"), (11, STAFF), (12, BODY[0]), (11, BODY[0]),
                (12, BODY[1])])
    (part,) = read_office_document(path).data["sections"]
    assert (part["title"], part.get("sections", [])) == ("", [])


def _chars(text: str, size: float, font: str = "STSongStd-Light") -> list[dict[str, Any]]:
    return [{"text": ch, "size": size, "fontname": font} for ch in text]


def test_levels_rank_sizes_then_bold() -> None:
    """Larger first, bold before plain at one size, bold at the body size last; a bold body
    allows none; lines of one font next to each other (unless a page or table parts them),
    a line in two fonts, a numbered line, a page number and a sentence are not headings."""
    lines = [_chars("部门基本情况", 16.02), _chars("人员构成", 14),
             _chars("在职人员", 11, "SimHei-Bold"), _chars("工作目标", 14, "SimHei-Bold"),
             _chars("正文" * 60, 11),
             _chars("（一）收入情况", 14), _chars("正文", 11), _chars("- 2 -", 14),
             _chars("合计", 14) + _chars("说明", 11), _chars("其他情况", 16),
             _chars("审计情况", 16), _chars("正文", 11), _chars("详见附表。", 14)]
    texts = ["".join(c["text"] for c in line) for line in lines]
    styles = [font_headings.line_style(line) for line in lines]
    counts = sum((font_headings.char_styles(line) for line in lines), Counter())
    assert styles[0] == (16.0, False) and styles[2] == (11.0, True) and styles[8] is None
    found = {0: 1, 1: 3, 2: 4, 3: 2}
    assert font_headings.levels(texts, styles, {10}, counts) == {**found, 9: 1, 10: 1}
    assert font_headings.levels(texts, styles, set(), counts) == found
    bold_body = Counter({(11.0, True): 200})
    assert font_headings.levels(texts, styles, set(), bold_body) == {}
