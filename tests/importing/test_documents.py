"""PDF, Word and Excel fixtures read as reports: their tables, their places, their findings.

The fixtures are built by ``fixtures/documents/build.py`` from our own content;
each PDF exists from two producers (``.lo.pdf`` LibreOffice, ``.rl.pdf`` reportlab).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from crossfoot.app.builtin import read_office_document

from conftest import FIXTURES, findings_json

DOCUMENTS = FIXTURES / "documents"
PRODUCERS = ("docx", "lo.pdf", "rl.pdf")


def places(name: str) -> list[tuple[str, str]]:
    """(rule, place) of each finding, the place as the format names it (else the pointer)."""
    return [(f["rule"], f["location"].get("place") or f["location"]["pointer"])
            for f in findings_json(DOCUMENTS / name)]


def tables(name: str) -> list[dict[str, Any]]:
    path = DOCUMENTS / name
    tables: list[dict[str, Any]] = read_office_document(path).data["tables"]
    return tables


SEED_RULES = ["SUM104", "SUM105", "RAT205", "RAT204", "DAT305", "AGR402", "STR503", "STR503",
              "STR506", "STR505", "STR502", "STR501", "SUM106", "DAT304"]


def test_the_seed_as_text_finds_these_rules() -> None:
    """The same defects as the seed's documents (in the text's own order of places)."""
    found = [f["rule"] for f in findings_json(FIXTURES / "text/yiyang-2021.txt")]
    assert sorted(found) == sorted(SEED_RULES)


def test_the_seed_json_finds_the_same_and_two_agreements_more() -> None:
    """Only what the JSON's hand-written facts equate stays JSON-only: 政府购买人员 against
    招聘…工作人员 and 商品服务支出 against 日常公用支出, two names for one quantity (with the
    configuration that says so, every format finds them: test_declared_synonyms)."""
    found = [f["rule"] for f in findings_json(FIXTURES / "seed/yiyang-2021.json")]
    assert sorted(found) == sorted([*SEED_RULES, "AGR401", "AGR401"])


def test_seed_docx_names_paragraphs_and_cells() -> None:
    assert places("seed.docx") == [
        ("SUM104", "paragraph 6"), ("SUM105", "paragraph 33"), ("RAT205", "paragraph 35"),
        ("RAT204", "paragraph 35"),
        ("DAT305", "paragraph 39"), ("AGR402", "paragraph 66"), ("STR503", "paragraph 31"),
        ("STR503", "paragraph 40"), ("STR506", "paragraph 42"), ("STR505", "paragraph 98"),
        ("STR502", "paragraph 100"), ("STR501", "paragraph 103"),
        ("SUM106", "table 1, row 5, cell 7"), ("DAT304", "table 1, row 7, cell 1")]


def test_seed_pdf_from_libreoffice_names_pages() -> None:
    assert places("seed.lo.pdf") == [
        ("SUM104", "page 1 (x 90, y 388)"), ("SUM105", "page 3 (x 350, y 145)"),
        ("RAT205", "page 3 (x 446, y 206)"),
        ("RAT204", "page 3 (x 258, y 258)"), ("DAT305", "page 3 (x 90, y 415)"),
        ("AGR402", "page 6 (x 120, y 117)"), ("STR503", "page 3 (x 90, y 98)"),
        ("STR503", "page 3 (x 90, y 474)"), ("STR506", "page 3 (x 233, y 623)"),
        ("STR505", "page 8 (x 90, y 289)"), ("STR502", "page 8 (x 90, y 367)"),
        ("STR501", "page 8 (x 90, y 541)"), ("SUM106", "page 9 (x 414, y 252)"),
        ("DAT304", "page 9 (x 90, y 283)")]


def test_seed_pdf_from_reportlab_finds_the_same() -> None:
    found = places("seed.rl.pdf")
    assert [rule for rule, _ in found] == SEED_RULES
    assert found[0] == ("SUM104", "page 1 (x 78, y 335)")
    assert found[-2:] == [("SUM106", "page 7 (x 447, y 654)"),
                          ("DAT304", "page 7 (x 78, y 726)")]


def test_seed_xlsx_reads_its_table() -> None:
    assert places("seed.xlsx") == [("SUM106", "Sheet1!G7"), ("DAT304", "Sheet1!A9")]


@pytest.mark.parametrize("producer", PRODUCERS)
def test_seed_summary_table_is_read_whole(producer: str) -> None:
    table = tables(f"seed.{producer}")[0]
    assert table["title"] == "2021 年度项目支出绩效自评情况汇总审核表"
    assert table["unit"] == "万元"
    assert [c["label"] for c in table["columns"]] == [
        "序号", "预算单位", "项目名称", "年初预算数", "年中追加数/追减数", "全年预算数（小计）",
        "全年执行数", "绩效自评得分"]
    # PDF producers space figures and words differently (14 名, 14名): compare without spaces
    assert [(r["role"], r["label"].replace(" ", "")) for r in table["rows"]] == [
        ("item", "政府购买工作人员14名"), ("item", "公共资源交易中心日常运转"),
        ("total", "开展绩效自评项目合计"), ("average", "自评价平均分"),
        ("note", "2019年本部门全口径国库决算数项目支出总额"), ("note", "部门项目总个数"),
        ("note", "开展绩效自评项目支出总额占本部门项目支出总额的比例=2021年部门开展绩效自评项目"
                 "全年执行数/2021年本部门全口径国库决算数项目支出总额*100%")]
    assert table["rows"][2]["sum_of"] == ["r1", "r2"]
    assert {k: v["value"] for k, v in table["rows"][0]["cells"].items()
            if isinstance(v, dict)} == {"budget_initial": "70", "adjustment": None,
                                        "budget": "70", "actual": "63", "score": "95.38"}


@pytest.mark.parametrize("producer", PRODUCERS)
def test_form_is_read_as_tables(producer: str) -> None:
    """A 绩效自评表 form: field rows skipped, the funds part and the indicators each a table."""
    funds, indicators = tables(f"form.{producer}")
    assert (funds["title"], indicators["title"]) == (  # from the form's own title row
        "2021 年度项目支出绩效自评表", "2021 年度项目支出绩效自评表（一级指标）")
    assert [c["label"] for c in funds["columns"]] == [
        "项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    assert [(r["role"], r["label"], r.get("sum_of")) for r in funds["rows"]] == [
        ("total", "年度资金总额", ["r2", "r3", "r4"]), ("item", "其中：当年财政拨款", None),
        ("item", "上年结转资金", None), ("item", "其他资金", None), ("note", "年度总体目标", None)]
    assert funds["rows"][0]["cells"]["rate"]["value"] == "95.56"
    assert [c["label"] for c in indicators["columns"]] == [
        "三级指标", "一级指标", "二级指标", "年度指标值", "实际完成值", "分值", "得分",
        "偏差原因分析及改进措施"]
    assert [(r["level"], r["label"]) for r in indicators["rows"]] == [
        (1, "产出指标"), (2, "数量指标"), (3, "服务人员人数"), (2, "质量指标"),
        (3, "窗口服务差错率"), (2, "时效指标"), (3, "按时到岗率"), (1, "效益指标"),
        (2, "社会效益指标"), (3, "办事群众满意度提升"), (1, "满意度指标"),
        (2, "服务对象满意度指标"), (3, "窗口单位满意度"), (0, "总分")]
    reasons = [r["cells"].get("c7") for r in indicators["rows"]]
    assert "线上办理事项偏少，下一年度扩大线上办理范围" in reasons  # one cell across a page


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_form_with_its_reasons_filled_in_gives_no_finding(producer: str) -> None:
    """Its 总分 lost points too, but they are the indicators', explained in their rows."""
    assert places(f"form.{producer}") == []


def test_wrong_total_is_found_in_every_format() -> None:
    assert places("wrong-total.docx") == [("SUM101", "table 1, row 4, cell 3")]
    assert places("wrong-total.lo.pdf") == [("SUM101", "page 1 (x 378, y 297)")]
    assert places("wrong-total.rl.pdf") == [("SUM101", "page 1 (x 371, y 239)")]
    assert places("wrong-total.xlsx") == [("CF003", "Sheet1!C6"), ("SUM101", "Sheet1!C6")]


def test_a_stale_cached_formula_value_is_said() -> None:
    notes = read_office_document(DOCUMENTS / "wrong-total.xlsx").data["analysis"]["notes"]
    assert notes == [{"message": {
        "zh": "Sheet1!C6 显示的值 242.44 与其公式 =SUM(C4:C5) 的结果 241.44 不一致，"
              "文件可能未重新计算。",
        "en": "Sheet1!C6 shows 242.44 but its formula =SUM(C4:C5) gives 241.44; the file may "
              "not have been recalculated."}, "table": "Sheet1!C6", "place": "Sheet1!C6"}]


@pytest.mark.parametrize("producer", PRODUCERS)
def test_table_against_narrative(producer: str) -> None:
    found = findings_json(DOCUMENTS / f"disagree.{producer}")
    assert [(f["rule"], f["evidence"]["expected"], f["evidence"]["actual"]) for f in found] == [
        ("AGR402", "55", "50")]


@pytest.mark.parametrize("producer", PRODUCERS)
def test_table_across_a_page_break_is_one_table(producer: str) -> None:
    (table,) = tables(f"income-expenditure.{producer}")
    assert len(table["rows"]) == 19
    assert table["rows"][-1]["label"] == "合计"
    assert table["rows"][-1]["cells"]["c2"]["value"] == "197.00"
    assert places(f"income-expenditure.{producer}") == []


def test_stdin_with_from(run: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    data = (DOCUMENTS / "wrong-total.docx").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, err = run("check", "-", "--from", "docx", "--lang", "en")
    assert (code, err) == (1, "")
    assert out.splitlines()[0].startswith("-:table 1, row 4, cell 3: SUM101 error")


def test_stdin_as_text_and_extract_from_stdin(run: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    text = "一、基本情况\n\n编制人数共 10 人，其中行政编制 7 人，事业编制 4 人。\n".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text)))
    code, out, _ = run("check", "-", "--from", "txt", "--lang", "en")
    assert code == 1 and out.startswith("-:3:1: SUM104 error")
    data = (DOCUMENTS / "seed.xlsx").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, _ = run("extract", "-", "--from", "xlsx")
    assert code == 0 and json.loads(out)["tables"][0]["rows"][0]["place"] == "Sheet1!A5"


def test_extract_writes_report_json(tmp_path: Path, run: Any) -> None:
    target = tmp_path / "report.json"
    assert run("extract", str(DOCUMENTS / "wrong-total.docx"), "-o", str(target)) == (0, "", "")
    data = json.loads(target.read_text("utf-8"))
    assert data["analysis"]["format"] == "docx"
    assert [(s["title"], s["place"]) for s in data["sections"][0]["sections"]] == [
        ("支出决算情况", "paragraph 2")]
    assert data["tables"][0]["rows"][2]["cells"]["c2"] == {
        "value": "242.44", "place": "table 1, row 4, cell 3"}
    code, out, _ = run("check", str(target), "--lang", "en")  # the JSON checks as the .docx
    assert code == 1 and "SUM101" in out


def test_sarif_names_the_place(run: Any) -> None:
    _, out, _ = run("check", str(DOCUMENTS / "wrong-total.xlsx"), "--format", "sarif")
    results = json.loads(out)["runs"][0]["results"]
    located = [r["locations"][0] for r in results if r["ruleId"] == "SUM101"]
    assert located[0]["properties"] == {"place": "Sheet1!C6"}
    assert located[0]["message"] == {"text": "Sheet1!C6"}


def test_word_numbering_is_written_out(tmp_path: Path) -> None:
    """Headings numbered by Word (a numbering definition, no number in the text) get theirs."""
    import docx

    document = docx.Document()
    document.add_paragraph("示例县行政审批局 2021 年度部门整体支出绩效自评报告", style="Title")
    for text in ("部门概况", "支出情况"):
        document.add_paragraph(text, style="List Number")
        document.add_paragraph("本年支出 10 万元。")
    path = tmp_path / "numbered.docx"
    document.save(str(path))
    (part,) = read_office_document(path).data["sections"]
    assert [(s["number"], s["title"], s["place"]) for s in part["sections"]] == [
        ("1.", "部门概况", "paragraph 2"), ("2.", "支出情况", "paragraph 4")]


def test_tables_without_a_header_are_said_not_read(tmp_path: Path) -> None:
    """Figures without column names are not guessed (CF003 with the table's place); a table
    of words alone (a box around text) is read as narrative, each cell a paragraph."""
    import docx

    document = docx.Document()
    document.add_paragraph("示例县行政审批局 2021 年度部门决算说明", style="Title")
    figures = document.add_table(rows=2, cols=2)
    for r, (a, b) in enumerate((("1", "2"), ("3", "4"))):
        figures.cell(r, 0).text, figures.cell(r, 1).text = a, b
    words = document.add_table(rows=1, cols=2)
    words.cell(0, 0).text, words.cell(0, 1).text = "年度目标", "服务人员全部到岗"
    path = tmp_path / "bare.docx"
    document.save(str(path))
    data = read_office_document(path).data
    assert data["tables"] == []
    assert data["analysis"]["notes"] == [{"message": {
        "zh": "table 1 的表格“table 1”没有可识别的表头和数字行，未作检查，请对照原表核对。",
        "en": "The table “table 1” at table 1 has no header and figure rows that could be "
              "recognised; it was not checked, compare it with the original."},
        "table": "table 1", "place": "table 1"}]
    (part,) = data["sections"]
    assert [(p["text"], p["places"]) for p in part["paragraphs"]] == [
        ("年度目标", [[0, "table 2, row 1, cell 1"]]),
        ("服务人员全部到岗", [[0, "table 2, row 1, cell 2"]])]


def test_json_output_of_a_document_matches_its_schema_and_repeats(run: Any) -> None:
    import jsonschema

    path = str(DOCUMENTS / "seed.lo.pdf")
    code, out, _ = run("check", path, "--format", "json", "--today", "2026-11-29")
    assert code == 1
    jsonschema.Draft202012Validator(json.loads(run("schema", "--output-format")[1])).validate(
        json.loads(out))
    assert json.loads(out)["files"][0]["findings"][0]["location"]["place"] == \
        "page 1 (x 90, y 388)"
    assert run("check", path, "--format", "json", "--today", "2026-11-29")[1] == out


def test_folder_walk_leaves_office_lock_files(tmp_path: Path) -> None:
    """Word and Excel keep ``~$name.docx`` beside an open file: not a report."""
    from crossfoot.app import batch

    for name in ("report.docx", "~$report.docx", "sheet.xlsx", "~$sheet.xlsx"):
        (tmp_path / name).write_bytes((DOCUMENTS / "wrong-total.docx").read_bytes())
    found = batch.collect([tmp_path], {".docx", ".xlsx"})
    assert [p.name for p in found] == ["report.docx", "sheet.xlsx"]


def test_captions_above_a_table(tmp_path: Path) -> None:
    """A numbered caption names the table and stays a heading; a sentence ending in ：
    above a table stays narrative (its figure is read); 单位：万元 is the table's unit."""
    import docx

    document = docx.Document()
    document.add_paragraph("示例县行政审批局 2021 年度部门决算说明", style="Title")
    document.add_paragraph("一、收入支出决算总表")
    document.add_paragraph("本年支出 10 万元，具体如下：")
    document.add_paragraph("单位：万元")
    table = document.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate((("项目", "决算数"), ("基本支出", "10"), ("合计", "10"))):
        table.cell(r, 0).text, table.cell(r, 1).text = a, b
    path = tmp_path / "captions.docx"
    document.save(str(path))
    data = read_office_document(path).data
    (part,) = data["sections"]
    (heading,) = part["sections"]
    assert (heading["number"], heading["title"]) == ("一、", "收入支出决算总表")
    assert [p["text"] for p in heading["paragraphs"]] == ["本年支出 10 万元，具体如下："]
    (read,) = data["tables"]
    assert (read["title"], read["unit"], read["section"]) == ("一、收入支出决算总表", "万元",
                                                              part["id"])


def test_chinese_automatic_numbering_is_written_out(tmp_path: Path) -> None:
    """一、 and （一） from a numbering definition (chineseCounting), levels counted as Word
    counts them: a deeper level restarts under each new heading."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.append(parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%1、"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90">'
                               '<w:abstractNumId w:val="90"/></w:num>'))

    def numbered(text: str, level: int) -> None:
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))

    document.add_paragraph("示例县行政审批局 2021 年度部门整体支出绩效自评报告", style="Title")
    for top, subs in (("部门概况", ("机构情况", "人员情况")), ("支出情况", ("基本支出",))):
        numbered(top, 0)
        for sub in subs:
            numbered(sub, 1)
            document.add_paragraph("本年支出 10 万元。")
    path = tmp_path / "chinese.docx"
    document.save(str(path))
    (part,) = read_office_document(path).data["sections"]
    assert [(s["number"], s["title"], [(c["number"], c["title"]) for c in s["sections"]])
            for s in part["sections"]] == [
        ("一、", "部门概况", [("（一）", "机构情况"), ("（二）", "人员情况")]),
        ("二、", "支出情况", [("（一）", "基本支出")])]


def test_sarif_of_documents_is_valid_sarif(run: Any) -> None:
    """Places in SARIF (a location's message and properties) keep the output valid."""
    import jsonschema

    schema = FIXTURES.parent.parent / "shared" / "data" / "sarif-schema-2.1.0.json"
    if not schema.is_file():
        pytest.skip(f"the SARIF 2.1.0 schema is not at {schema} on this machine")
    _, out, _ = run("check", str(DOCUMENTS / "wrong-total.xlsx"),
                    str(DOCUMENTS / "seed.lo.pdf"), "--format", "sarif")
    jsonschema.Draft4Validator(json.loads(schema.read_text("utf-8"))).validate(json.loads(out))


def test_running_headers_and_footers_are_not_narrative(tmp_path: Path) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "running.pdf"
    page = canvas.Canvas(str(path))
    body = ["一、基本情况", "本年支出 10 万元。", "二、支出情况", "基本支出 6 万元。",
            "三、其他情况", "无。"]
    for number in range(3):
        page.setFont("STSong-Light", 10)
        page.drawString(72, 810, "示例县行政审批局 2021 年度部门决算说明")  # the header
        page.drawString(280, 20, f"第 {number + 1} 页")  # the footer
        page.setFont("STSong-Light", 12)
        for line, text in enumerate(body[2 * number:2 * number + 2]):
            page.drawString(72, 700 - 20 * line, text)
        page.showPage()
    page.save()
    data = read_office_document(path).data
    texts = [s["title"] for s in data["sections"]] + [
        p["text"] for s in data["sections"] for p in s.get("paragraphs", [])]
    assert not any("决算说明" in t or "页" in t for t in texts), texts
    assert [(s["number"], s["title"], s["place"]) for s in data["sections"]] == [
        ("一、", "基本情况", "page 1 (x 72, y 133)"), ("二、", "支出情况", "page 2 (x 72, y 133)"),
        ("三、", "其他情况", "page 3 (x 72, y 133)")]


def _outline(sections: list[dict[str, Any]]) -> list[Any]:
    return [(s["number"], s["title"], _outline(s.get("sections", []))) for s in sections]


def test_heading_styles_make_sections_of_unnumbered_headings(tmp_path: Path) -> None:
    """标题 1 / Heading 2 / an outline level on the paragraph: each an unnumbered heading at
    its level; typed numbers nest under them; a styled sentence stating a figure stays text."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.add_paragraph("示例县水利局 2022 年度部门整体支出绩效自评报告", style="Title")
    document.add_heading("部门基本情况", level=1)
    document.add_heading("人员构成", level=2)
    document.add_paragraph("编制人数 12 人，实有人数 11 人。")
    document.add_heading("机构设置", level=2)
    document.add_paragraph("内设 4 个股室。")
    outlined = document.add_paragraph("预算执行情况")
    outlined._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="0"/>'))
    document.add_paragraph("（一）收入情况")
    document.add_paragraph("年度收入 300 万元。")
    document.add_paragraph("（二）支出情况")
    document.add_heading("全年支出 280 万元，执行率 93.3%", level=2)
    path = tmp_path / "styled.docx"
    document.save(str(path))
    (part,) = read_office_document(path).data["sections"]
    assert _outline(part["sections"]) == [
        (None, "部门基本情况", [(None, "人员构成", []), (None, "机构设置", [])]),
        (None, "预算执行情况", [("（一）", "收入情况", []), ("（二）", "支出情况", [])])]
    spending = part["sections"][1]["sections"][1]
    assert [p["text"] for p in spending["paragraphs"]] == ["全年支出 280 万元，执行率 93.3%"]
    assert [s["place"] for s in part["sections"]] == ["paragraph 2", "paragraph 7"]


def test_a_finding_under_a_styled_heading_names_its_section(tmp_path: Path, run: Any) -> None:
    """The section a finding stands in is the styled heading's, not the one before it."""
    import docx

    document = docx.Document()
    document.add_paragraph("示例县水利局 2022 年度部门整体支出绩效自评报告", style="Title")
    document.add_heading("部门基本情况", level=1)
    document.add_paragraph("本局内设 4 个股室。")
    document.add_heading("人员情况", level=1)
    document.add_paragraph("编制人数共 12 人，其中行政编制 9 人，事业编制 5 人。")
    path = tmp_path / "staff.docx"
    document.save(str(path))
    (finding,) = findings_json(path)
    assert (finding["rule"], finding["location"]["section"], finding["location"]["place"]) == (
        "SUM104", "s1-2", "paragraph 5")
