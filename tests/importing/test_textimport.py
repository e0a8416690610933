"""Text import: lines re-joined, outline, meta, encodings, tables, notes and the CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from crossfoot.analysis.narrative import read_document
from crossfoot.importing.load import validate
from crossfoot.importing.text import read_text
from crossfoot.importing.text.reflow import blocks

from conftest import FIXTURES

SEED_LIKE = FIXTURES / "text" / "yiyang-2021.txt"


def pdf_page(*paragraphs: str, width: int = 20) -> str:
    """Paragraphs laid out as PDF extraction leaves them: wrapped, double spaced."""
    lines = []
    for paragraph in paragraphs:
        first = width - 2
        while paragraph:
            lines.append(paragraph[:first])
            paragraph, first = paragraph[first:], width
    return "\n\n".join(lines) + "\n"


def test_wrapped_lines_and_page_breaks_are_rejoined() -> None:
    paragraphs = ["一、总体情况", "甲" * 75 + "。", "乙" * 50 + "。", "二、存在问题",
                  "丙" * 90 + "。", "丁" * 19 + "。"]
    text = pdf_page(*paragraphs)
    text = text.replace("丙" * 20 + "\n\n丙", "丙" * 20 + "\n\n\n\n\n—3—\n\n丙", 1)  # a page
    assert [b.text for b in blocks(text)] == paragraphs


def test_web_text_keeps_one_line_per_block() -> None:
    text = "第一段很长" * 30 + "。\n短行\n" + "第二段" * 40 + "。\n"
    assert len(blocks(text)) == 3


def outline(text: str) -> list[tuple[int, str | None, str]]:
    found: list[tuple[int, str | None, str]] = []

    def walk(sections: list[dict[str, Any]], depth: int) -> None:
        for section in sections:
            found.append((depth, section["number"], section["title"]))
            walk(section.get("sections", []), depth + 1)

    walk(read_text(text).data["sections"], 0)
    return found


def test_numbered_headings_nest_by_style_and_keep_their_defects() -> None:
    text = "\n".join([
        "某单位 2021 年度项目支出绩效自评报告", "一、基本情况", "（一）概况", "内容一。",
        "二、实现情况", "内容二。", "一、主要工作", "（一）改革", "内容三。", "三、问题",
        "内容四。",
        "四、结论", "内容五。", "四、措施", "内容六。", "六、应用", "内容七。"])
    assert outline(text) == [
        (0, None, "某单位 2021 年度项目支出绩效自评报告"),
        (1, "一、", "基本情况"), (2, "（一）", "概况"),
        (1, "二、", "实现情况"), (2, "一、", "主要工作"), (3, "（一）", "改革"),
        (1, "三、", "问题"), (1, "四、", "结论"), (1, "四、", "措施"), (1, "六、", "应用")]


def test_a_heading_line_may_carry_its_first_paragraph() -> None:
    data = read_text("一、指标\n1.数量指标。招聘工作人员 14 名，全面完成。\n").data
    heading = data["sections"][0]["sections"][0]
    assert (heading["number"], heading["title"]) == ("1.", "数量指标")
    assert heading["paragraphs"][0]["text"] == "招聘工作人员 14 名，全面完成。"


def test_numbered_item_with_figures_is_a_paragraph() -> None:
    data = read_text("一、项目概况\n1、收入:792.22万元。同比上年度增加189.25万元。\n").data
    section = data["sections"][0]
    assert "sections" not in section
    assert section["paragraphs"][0]["text"].startswith("1、收入")


def test_meta_from_title_signature_and_web_page_lines() -> None:
    meta = read_text(SEED_LIKE.read_text(encoding="utf-8"), "x.txt").data["meta"]
    assert meta == {"title": "弋阳县政务服务中心 2021 年度部门整体支出绩效自评报告",
                    "language": "zh", "source": "x.txt", "organization": "弋阳县政务服务中心",
                    "kind": "department+project", "fiscal_year": 2021,
                    "report_date": "2022-09-18", "plain_text": True}
    web = "\n".join(["首页", "- 发布机构: 某市数据中心", "- 发布日期: 2025-04-29",
                     "某市数据中心2024年度项目支出绩效自评报告", "一、基本情况",
                     "较2023年度增加5个项目，2024年度实施项目共15个。"])
    meta = read_text(web, "w.txt").data["meta"]
    assert (meta["title"], meta["organization"], meta["fiscal_year"], meta["report_date"]) == (
        "某市数据中心2024年度项目支出绩效自评报告", "某市数据中心", 2024, "2025-04-29")


def test_summary_table_read_from_its_broken_text() -> None:
    data = read_document(read_text(SEED_LIKE.read_text(encoding="utf-8"))).data
    (table,) = data["tables"]
    assert [c["id"] for c in table["columns"]] == [
        "no", "unit_name", "project", "budget_initial", "adjustment", "budget", "actual", "score"]
    rows = {r["label"]: (r["role"], r["cells"]) for r in table["rows"]}
    assert rows["政府购买工作人员 14 名"] == ("item", {
        "no": "1", "unit_name": "弋阳县政务服务中心", "project": "政府购买工作人员 14 名",
        "budget_initial": "70", "adjustment": None, "budget": "70", "actual": "63",
        "score": "95.38"})
    role, cells = rows["开展绩效自评项目合计"]
    assert role == "total" and cells["actual"] is None
    assert cells["budget"]["value"] == "77.42" and cells["budget"]["concept"]
    assert rows["自评价平均分"] == ("average", {"score": "97.44"})
    assert rows["2019 年本部门全口径国库决算数项目支出总额"] == ("note", {})
    assert table["column_sums"] == [{"total": "budget", "parts": ["budget_initial", "adjustment"]}]


def test_extracted_data_is_valid_and_quotes_the_text() -> None:
    data = read_document(read_text(SEED_LIKE.read_text(encoding="utf-8"))).data
    validate(data, "seed-like")
    paragraphs = {}

    def walk(sections: list[dict[str, Any]]) -> None:
        for section in sections:
            paragraphs.update({p["id"]: p["text"] for p in section.get("paragraphs", [])})
            walk(section.get("sections", []))

    walk(data["sections"])
    for fact in data["facts"]:
        source = fact["source"]
        assert paragraphs[source["paragraph"]][source["start"]:source["end"]] == source["quote"]
    assert {"statements", "notes"} <= set(data["analysis"]) and "claims" in data


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk"])
def test_encodings_are_detected(tmp_path: Path, run: Any, encoding: str) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(SEED_LIKE.read_text(encoding="utf-8").encode(encoding))
    code, out, err = run("extract", str(path))
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["meta"]["fiscal_year"] == 2021
    expected = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "gb18030": "gb18030",
                "gbk": "gb18030"}
    assert data["analysis"]["encoding"] == expected[encoding]


def test_forced_encoding_and_bad_bytes(tmp_path: Path, run: Any) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes("一、情况\n支出 5 万元。\n".encode("gbk"))
    code, _, _ = run("check", "--encoding", "gbk", str(path), "--exit-zero")
    assert code == 0
    code, _, err = run("extract", "--encoding", "utf-8", str(path))
    assert code == 2
    assert err == f"crossfoot: error: {path}: not utf-8 text: invalid byte 0xa1 at offset 2\n"
    code, _, err = run("extract", "--encoding", "klingon", str(path))
    assert (code, err) == (2, f"crossfoot: error: {path}: unknown encoding 'klingon'\n")
    path.write_bytes("一、".encode() + b"\x80\x80")
    code, _, err = run("extract", str(path))
    assert (code, err) == (2, f"crossfoot: error: {path}: not UTF-8 or GB18030 text: invalid "
                              "byte 0x80 at offset 6 (use --encoding to name the encoding)\n")


def test_extract_writes_a_report_check_accepts(tmp_path: Path, run: Any) -> None:
    out = tmp_path / "seed.json"
    assert run("extract", str(SEED_LIKE), "-o", str(out))[0] == 0
    direct = run("check", str(SEED_LIKE), "--format", "json", "--today", "2026-11-29")[1]
    via_json = run("check", str(out), "--format", "json", "--today", "2026-11-29")[1]

    def rules(text: str) -> list[str]:
        return [f["rule"] for f in json.loads(text)["files"][0]["findings"]]

    assert rules(direct) == rules(via_json)


def test_unreadable_table_is_a_note_not_a_guess(run: Any) -> None:
    path = FIXTURES / "text" / "claims" / "unreadable-table.txt"
    _, out, _ = run("check", str(path), "--format", "json", "--exit-zero")
    (finding,) = json.loads(out)["files"][0]["findings"]
    assert finding["rule"] == "CF003"
    assert finding["location"]["quote"] == "部门预算项目支出绩效自评表(2023年度)"
    assert "could not be read reliably" in finding["message"]["en"]


def test_empty_text_file_is_an_input_error(tmp_path: Path, run: Any) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("  \n", encoding="utf-8")
    code, _, err = run("extract", str(path))
    assert (code, err) == (2, f"crossfoot: error: {path}: file is empty\n")


def test_a_heading_whose_title_starts_with_a_numeral_word() -> None:
    text = "\n".join(["四、财政拨款支出决算情况说明", "内容。",
                      "五、一般公共预算财政拨款“三公”经费支出决算情况说明", "内容。",
                      "六、其他重要事项的情况说明", "内容。"])
    assert outline(text) == [(0, "四、", "财政拨款支出决算情况说明"),
                             (0, "五、", "一般公共预算财政拨款“三公”经费支出决算情况说明"),
                             (0, "六、", "其他重要事项的情况说明")]


def test_text_plugin_is_loaded_and_analyzes_any_report(run: Any) -> None:
    code, out, _ = run("plugins")
    assert code == 0 and "builtin  crossfoot.app.builtin" in out
    from crossfoot.analysis.narrative import NarrativeClaim, NarrativeFigure
    from crossfoot.app.session import Session

    session = Session()
    report = session.load(FIXTURES / "seed" / "yiyang-2021.json")
    found = session.analyze(report)
    figures = [f for f in found if isinstance(f, NarrativeFigure)]
    assert any(f.quantity is not None and str(f.quantity.value) == "91.73" for f in figures)
    assert any(isinstance(c, NarrativeClaim) and c.kind == "total" for c in found)


def test_a_numbered_item_matches_its_numbered_neighbours() -> None:
    text = "\n".join(["一、部门概况", "1、收入:792.22万元。同比上年度增加189.25万元。",
                      "2、人员情况", "本局实有人数12人。", "3、主要职能", "负责统计调查。"])
    assert outline(text) == [(0, "一、", "部门概况"), (1, "1、", "收入"), (1, "2、", "人员情况"),
                             (1, "3、", "主要职能")]
    section = read_text(text).data["sections"][0]["sections"][0]
    assert section["paragraphs"][0]["text"] == "1、收入:792.22万元。同比上年度增加189.25万元。"


def test_a_table_of_contents_is_not_read_as_headings() -> None:
    text = "\n".join(["某县2023年财政决算公开", "目 录", "第一部分 决算报告", "第二部分 决算草案",
                      "1、一般公共预算收入决算表", "2、一般公共预算支出决算表", "第三部分 相关说明",
                      "第一部分 决算报告", "一、一般公共预算收支决算情况",
                      "全县一般公共预算收入完成86,420万元，比上年增长6.4%。"])
    document = read_text(text, "toc.txt")
    titles = []
    stack = list(document.data["sections"])
    while stack:
        section = stack.pop(0)
        titles.append(section["title"])
        stack[:0] = section.get("sections", [])
    assert titles.count("决算报告") == 1 and "决算草案" not in titles
    assert "一般公共预算收入决算表" not in titles


def test_a_text_that_starts_before_its_title_is_an_excerpt() -> None:
    text = "\n".join(["2020年本年收入合计3765.66万元，其中：一般公共预算财政拨款收入1008.64万元，"
                      "占26.79%；事业收入2757.02万元，占73.21%。", "三、", "支出决算情况说明",
                      "2020年本年支出合计4021.94万元。", "四、财政拨款收入支出决算总体情况说明",
                      "2020年财政拨款收入总计1614.63万元。"])
    assert read_text(text, "cut.txt").data["meta"]["excerpt"] is True
    whole = "\n".join(["某县妇幼保健院2020年部门决算公开", "一、收入决算情况说明",
                       "2020年本年收入合计3765.66万元，其中：一般公共预算财政拨款收入1008.64万元。"])
    assert "excerpt" not in read_text(whole, "whole.txt").data["meta"]


def test_a_budget_is_dated_within_its_year_like_a_report_on_part_of_it() -> None:
    def meta(title: str) -> dict[str, Any]:
        text = "\n".join([title, "一、总体情况",
                          "2019年“三公”经费预算总额1,938万元，同比增长20.07%。"])
        data: dict[str, Any] = read_text(text, "b.txt").data["meta"]
        return data
    assert meta("涪城区2019年财政拨款“三公”经费预算情况")["interim"] is True
    assert meta("某局2019年部门预算公开说明")["interim"] is True
    # progress is reported while the year runs
    assert meta("2019年某州高标准农田项目建设进展情况")["interim"] is True
    assert meta("某县2019年重点项目建设进度情况")["interim"] is True
    for account in ("某局2019年部门决算说明", "某县2019年预算执行情况的报告",
                    "某局2019年度项目支出绩效自评报告"):
        assert "interim" not in meta(account), account


def test_a_numbered_heading_is_never_the_title() -> None:
    text = "\n".join(["一、2021年度一般公共预算财政拨款“三公”经费支出决算表", "单位:万元",
                      "二、2021年度一般公共预算财政拨款“三公”经费支出情况说明",
                      "某区政府办2021年度“三公”经费支出预算为49.9万元，支出决算为7.69万元。"])
    meta = read_text(text, "h.txt").data["meta"]
    assert meta["title"] == "h.txt" and meta["excerpt"] is True


def test_a_title_said_twice_at_the_top_is_one_title() -> None:
    text = "\n".join(["关于2021年县级财政决算(草案)的报告", "某县人民政府",
                      "关于2021年县级财政决算(草案)的报告", "一、一般公共预算收支决算情况",
                      "全县一般公共预算收入完成86,420万元。"])
    sections = read_text(text, "t.txt").data["sections"]
    titles = [s.get("title") for s in sections]
    assert titles.count("关于2021年县级财政决算(草案)的报告") == 1, titles


def test_a_rate_shown_with_percent_sign_lands_in_the_rate_column() -> None:
    """A form flattened one cell a line shows its 执行率 as 100%: a rate, not a score or a
    weight (it once ended the import with an internal error)."""
    text = "\n\n".join([
        "2023年青禾县林业局部门整体支出绩效自评表", "部门整体支出绩效自评表",
        "年初", "预算数", "全年预算数", "全年", "执行数", "分值", "执行率", "得分",
        "年度资金总额", "812.40万元", "812.40万元", "650.00万元", "10", "100%", "10"]) + "\n"
    (table,) = read_text(text, "form.txt").data["tables"]
    filled = [{k: v for k, v in row["cells"].items() if v is not None} for row in table["rows"]]
    assert {"rate": "100"} in filled
    assert all(v == "100" for cells in filled for k, v in cells.items() if k == "rate")


def _sections(document: Any) -> list[dict[str, Any]]:
    """A read text's sections, each before its own, in document order."""
    stack, found = list(document.data["sections"]), []
    while stack:
        section = stack.pop(0)
        found.append(section)
        stack[:0] = section.get("sections", [])
    return found


def test_contents_that_lost_their_heading_are_known_by_their_page_numbers() -> None:
    """A web page of a PDF keeps the contents' page numbers right after the entries' words,
    and a wrapped line may hold two entries; the body repeats the entries as its headings."""
    text = "\n\n".join([
        "青禾县公安局2023年度部门决算", "第一部分部门概况3", "（一）基本职能及主要工作3",
        "第二部分2023年度部门决算情况说明4一、收入支出决算总体情况4",
        "（一）预算编制情况。15（二）执行管理情况。15", "第三部分名词解释11",
        "第一部分 部门概况", "（一）基本职能及主要工作",
        "本局内设机构6个，分别为办公室、政工室、治安大队、刑侦大队、交警大队、派出所。",
        "第二部分 2023年度部门决算情况说明", "一、收入支出决算总体情况",
        "2023年度收入总计1,236.50万元，支出总计1,236.50万元。", "第三部分 名词解释",
        "财政拨款收入：指本级财政部门当年拨付的资金。"]) + "\n"
    titles = [section["title"] for section in _sections(read_text(text, "toc.txt"))]
    assert titles.count("部门概况") == 1 and not any(t.endswith("3") for t in titles if t)
    assert "名词解释" in titles and "名词解释11" not in titles


def test_contents_an_excerpt_cut_from_both_ends_are_known_by_their_run_of_pages() -> None:
    """An excerpt of a page may keep a run of contents entries with neither their 目录 line
    nor the body's repeat of them: the run of page numbers that never go back names them."""
    text = "\n\n".join([
        "青禾镇中心小学2023年度部门决算公开报告", "二、机构设置 2", "三、收入决算情况说明 5",
        "政府采购支出情况说明 9", "十、预算绩效情况说明 11", "第一部分 基本情况",
        "一、部门职责", "本校负责全镇适龄儿童的义务教育。", "二、机构设置",
        "本校内设机构3个，分别为办公室、教务处、总务处。"]) + "\n"
    titles = [section["title"] for section in _sections(read_text(text, "excerpt.txt"))]
    assert not any(t and t[-1].isdigit() for t in titles)
    assert titles.count("机构设置") == 1


def test_a_run_of_scores_is_no_contents() -> None:
    """Four lines each ending in a number that never goes back, none numbered as a heading,
    are a form's scores, not contents: they stay."""
    text = "\n\n".join([
        "青禾县文化馆2023年度项目绩效自评报告", "一、评价结果", "决策 10", "过程 20", "产出 30",
        "效益 40", "二、存在问题", "部分活动参与人数偏少。"]) + "\n"
    paragraphs = [paragraph["text"] for section in _sections(read_text(text, "scores.txt"))
                  for paragraph in section.get("paragraphs", [])]
    assert paragraphs[:4] == ["决策 10", "过程 20", "产出 30", "效益 40"]


def test_a_title_field_of_a_web_page_names_the_title(run: Any, tmp_path: Path) -> None:
    """A government page's metadata names the title in a field (标 题: … or a bracketed label
    with the value below it); the article prints it again past dates and buttons: one title."""
    title = "青禾镇卫生院2023年度部门决算情况说明"
    inline = ["索引号: 1150-2024-00017", f"标 题: {title}", "主题分类: 财政", title,
              "一、部门基本情况", "本院内设科室3个，分别为办公室、门诊部、公卫科。"]
    below = ["[ 标  题 ]", title, "[ 成文日期 ]", "2024-09-20", "2024-09-20", "[ 有 效 性 ]",
             title, "分享:", "打印:", "字号:", title, "一、部门基本情况",
             "本院内设科室3个，分别为办公室、门诊部、公卫科。"]
    for name, lines in (("inline", inline), ("below", below)):
        text = "\n\n".join(lines) + "\n"
        assert read_text(text, f"{name}.txt").data["meta"]["title"] == title
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        _, out, _ = run("check", str(path), "--format", "json", "--exit-zero")
        rules = [f["rule"] for f in json.loads(out)["files"][0]["findings"]]
        assert "STR505" not in rules and "STR502" not in rules


def test_a_title_below_a_page_of_furniture_is_found(run: Any, tmp_path: Path) -> None:
    """A government page may print a dozen labels, codes and dates before the article's title
    (no 标题 field among them); the title is found past them, and its repeat is the same."""
    title = "青禾镇人民政府转移支付2023年度绩效自评报告"
    blocks = ["青禾县人民政府", "搜索", "[ 索引号 ]", "1150023-2024-00014", "[ 发文字号 ]",
              "[ 主题分类 ]", "财政、金融", "[ 体裁分类 ]", "财政预算", "[ 发布机构 ]", "青禾镇",
              "[ 有效性 ]", "有效", title, "字号:", "分享:", title, "一、绩效目标完成情况",
              "全年收到转移支付资金50万元，已全部支出。"]
    text = "\n\n".join(blocks) + "\n"
    assert read_text(text, "page.txt").data["meta"]["title"] == title
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    _, out, _ = run("check", str(path), "--format", "json", "--exit-zero")
    assert "STR505" not in [f["rule"] for f in json.loads(out)["files"][0]["findings"]]


def test_a_title_a_page_shows_three_times_is_one_title(run: Any, tmp_path: Path) -> None:
    """A web page prints its title as the page's, as a heading and as the article's own, with
    a line or two of the page between: one title, no duplicate heading."""
    title = "青禾镇卫生院2023年度部门决算情况说明"
    text = "\n\n".join([
        title, "时间:2024-09-20 报告范文", title, "分享:", title, "一、部门基本情况",
        "本院内设科室3个，分别为办公室、门诊部、公卫科。", "二、收入支出情况",
        "2023年度收入总计286.40万元，支出总计286.40万元。"]) + "\n"
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    _, out, _ = run("check", str(path), "--format", "json", "--exit-zero")
    rules = [f["rule"] for f in json.loads(out)["files"][0]["findings"]]
    assert "STR505" not in rules and "STR502" not in rules


def test_a_title_in_a_name_field_and_on_two_lines_is_one_title(run: Any, tmp_path: Path) -> None:
    """A page's 名 称 field (its label spaced out, 发布日期 after the value) names a report on
    one year's plan and the next year's draft, which the article prints over two lines: the
    title is both lines, its year the first (the report is dated in the second year), and the
    body's organisation is not 关于某县."""
    title = ("关于白河县2022年国民经济和社会发展计划执行情况及"
             "2023年国民经济和社会发展计划草案的报告")
    text = "\n".join([
        f"名       称: {title} 发布日期: 2023年01月12日", "有效性: 有效",
        "关于白河县2022年国民经济和社会发展计划执行情况及",
        "2023年国民经济和社会发展计划草案的报告",
        "2022年，全县地区生产总值完成168.4亿元，增长4.6%。"]) + "\n"
    meta = read_text(text, "plan.txt").data["meta"]
    assert (meta["title"], meta["fiscal_year"], meta["organization"], meta["report_date"]) == (
        title, 2022, "白河县", "2023-01-12")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    _, out, _ = run("check", str(path), "--format", "json", "--exit-zero")
    assert "DAT302" not in [f["rule"] for f in json.loads(out)["files"][0]["findings"]]


def test_a_numbered_list_whose_last_item_reads_as_a_heading_is_one_run() -> None:
    """1、…；2、…；3、…；4、其他事项 on a web page (one line a block): the last item has no
    stop, so it reads as a heading, and its neighbour is made one; each item before is then one
    too, not only the fourth (a run that started at 4 would be a numbering gap)."""
    text = "\n".join([
        "一、基本情况",
        "北岭县老干部活动中心是县委老干部局所属的公益一类事业单位，主要为全县离退休干部提供学习、"
        "文体活动和服务保障，内设办公室和活动部两个股室。",
        "（一）部门主要职能", "1、组织老干部学习和文体活动;", "2、做好老干部的走访慰问工作;",
        "3、管理活动中心的场地和设施;", "4、完成上级交办的其他事项", "（二）部门人员构成",
        "本中心核定编制人数6人，年末实有人数6人，其中在职人员4人、退休人员2人；全年组织学习活动"
        "24次、文体活动18次，走访慰问老干部312人次，活动场地和设施全年对外开放。"])
    assert [number for _, number, _ in outline(text)] == [
        "一、", "（一）", "1、", "2、", "3、", "4、", "（二）"]
