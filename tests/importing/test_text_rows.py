"""Forms copied as text a row a line (cells between ``|`` or tabs) are read as the grids they
are (``importing.text.rows``), or said not to be read when a row could be missing a cell."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from crossfoot.importing.text import read_text
from crossfoot.testing import check

TITLE = "青川县文化馆2023年度项目支出绩效自评表"
FUNDS_HEADER = ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率",
                "得分"]
FUNDS = [
    ["年度资金总额", "120.00", "130.00", "117.00", "10", "90.00%", "9.00"],
    ["其中：当年财政拨款", "120.00", "120.00", "108.00", "—", "—", "—"],
    ["上年结转资金", "—", "10.00", "9.00", "—", "—", "—"],
    ["其他资金", "—", "—", "—", "—", "—", "—"],
]
INDICATOR_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                    "偏差原因分析及改进措施"]
INDICATORS = [
    ["产出指标", "数量指标", "公益展演场次", "≥40场", "42场", "30", "30", ""],
    ["产出指标", "质量指标", "演出安全事故", "0起", "0起", "20", "20", ""],
    ["效益指标", "社会效益指标", "惠及群众人次", "≥3万人次", "3.3万人次", "30", "30", ""],
    ["满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "93%", "10", "10", ""],
    ["总分", "", "", "", "", "100", "99.00", ""],
]


def _piped(rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(row) + " |" for row in rows]


def _tabbed(rows: list[list[str]]) -> list[str]:
    return ["\t".join(row) for row in rows]


def _text(*lines: str) -> str:
    return "\n".join([TITLE, *lines]) + "\n"


def _tables(text: str) -> list[dict[str, Any]]:
    tables: list[dict[str, Any]] = read_text(text, "form.txt").data["tables"]
    return tables


def _rules(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "form.txt"
    path.write_text(text, encoding="utf-8")
    return sorted((f.rule_id, f.severity.value) for f in check(path)
                  if f.severity.value in ("error", "warning"))


def test_a_form_with_tabs_is_its_funds_and_indicator_tables() -> None:
    text = _text("单位：万元", *_tabbed([FUNDS_HEADER, *FUNDS, INDICATOR_HEADER, *INDICATORS]))
    funds, indicators = _tables(text)
    assert [c["id"] for c in funds["columns"]] == [
        "item", "budget_initial", "budget", "actual", "weight", "rate", "score"]
    assert funds["unit"] == "万元"
    total = funds["rows"][0]
    # 其他资金 has no figure: a note, not a part
    assert (total["label"], total["role"], total["sum_of"]) == ("年度资金总额", "total",
                                                                ["r2", "r3"])
    assert total["cells"]["actual"] == {"value": "117.00", "origin": [4, 22]}
    labels = [(r["label"], r.get("role"), r["level"]) for r in indicators["rows"]]
    assert labels[:3] == [("产出指标", None, 1), ("数量指标", None, 2), ("公益展演场次", "item", 3)]
    assert labels[-1] == ("总分", "total", 0)


def test_pipes_and_tabs_read_the_same_form() -> None:
    def shape(text: str) -> list[Any]:
        return [[(r["label"], {k: v["value"] if isinstance(v, dict) else v
                               for k, v in r["cells"].items()}) for r in t["rows"]]
                for t in _tables(text)]

    rows = [FUNDS_HEADER, *FUNDS, INDICATOR_HEADER, *INDICATORS]
    assert shape(_text(*_piped(rows))) == shape(_text(*_tabbed(rows)))


def test_a_consistent_form_read_from_text_gives_no_alarm(tmp_path: Path) -> None:
    rows = [FUNDS_HEADER, *FUNDS, INDICATOR_HEADER, *INDICATORS]
    assert _rules(tmp_path, _text(*_tabbed(rows))) == []


def test_a_funds_total_that_misses_its_parts_is_found(tmp_path: Path) -> None:
    wrong = [[*FUNDS[0][:3], "171.00", *FUNDS[0][4:]], *FUNDS[1:]]
    assert _rules(tmp_path, _text(*_tabbed([FUNDS_HEADER, *wrong]))) == [
        ("CNP015", "error"), ("RAT201", "error"), ("RAT204", "warning"), ("SUM101", "error")]


def test_a_total_score_that_is_not_its_indicators_is_found(tmp_path: Path) -> None:
    wrong = [*INDICATORS[:-1], ["总分", "", "", "", "", "100", "98.00", ""]]
    rows = [FUNDS_HEADER, *FUNDS, INDICATOR_HEADER, *wrong]
    assert _rules(tmp_path, _text(*_piped(rows))) == [("CNP002", "error")]


def test_wording_and_completeness_rules_stand_down_on_a_copy(tmp_path: Path) -> None:
    """观众满意度 said in words and the reasons column dropped: the copy may have lost them."""
    rows = [[*row[:4], "基本满意" if row[2] == "观众满意度" else row[4], *row[5:7]]
            for row in [INDICATOR_HEADER, *INDICATORS]]
    assert _rules(tmp_path, _text(*_tabbed([FUNDS_HEADER, *FUNDS, *rows]))) == []


def test_rows_a_page_shifted_under_merged_cells_are_not_read() -> None:
    """A web page leaves out the cells a merged one covers: a 二级指标 row starts one cell
    early, and its figures would stand under the wrong columns. The form is not read."""
    shifted = [INDICATOR_HEADER, INDICATORS[0], INDICATORS[1][1:], *INDICATORS[2:]]
    document = read_text(_text(*_piped([FUNDS_HEADER, *FUNDS, *shifted])), "form.txt")
    assert document.data["tables"] == []
    (note,) = document.data["analysis"]["notes"]
    assert "无法可靠读取" in note["message"]["zh"]


def test_a_total_over_the_number_and_name_columns_sums_the_projects(tmp_path: Path) -> None:
    header = ["序号", "项目名称", "全年预算数", "全年执行数", "执行率", "自评得分"]
    projects = [["1", "展演", "80.00", "76.00", "95.00%", "96.00"],
                ["2", "培训", "20.00", "18.00", "90.00%", "92.00"]]
    total = ["合计", "100.00", "94.00", "94.00%", ""]
    (table,) = _tables(_text(*_piped([header, *projects]), "| " + " | ".join(total) + " |"))
    assert (table["rows"][-1]["label"], table["rows"][-1]["sum_of"]) == ("合计", ["r1", "r2"])
    assert table["rows"][-1]["cells"]["actual"] == {"value": "94.00", "origin": [5, 17]}
    assert _rules(tmp_path, _text(*_piped([header, *projects]),
                                  "| " + " | ".join(total) + " |")) == []
    wrong = ["合计", "100.00", "95.00", "95.00%", ""]
    assert _rules(tmp_path, _text(*_piped([header, *projects]),
                                  "| " + " | ".join(wrong) + " |")) == [("SUM101", "error")]


def test_a_second_classification_of_the_total_is_not_more_parts(tmp_path: Path) -> None:
    rows = [FUNDS_HEADER, FUNDS[0],
            ["按资金来源分：财政拨款", "120.00", "120.00", "108.00", "—", "—", "—"],
            ["上年结转资金", "—", "10.00", "9.00", "—", "—", "—"],
            ["按支出性质分：基本支出", "70.00", "75.00", "70.00", "—", "—", "—"],
            ["项目支出", "50.00", "55.00", "47.00", "—", "—", "—"]]
    (table,) = _tables(_text(*_tabbed(rows)))
    assert table["rows"][0]["sum_of"] == ["r2", "r3"]
    assert _rules(tmp_path, _text(*_tabbed(rows))) == []


def test_a_rate_shown_as_100_for_spending_over_budget_is_the_capped_rate(tmp_path: Path) -> None:
    over = [["年度资金总额", "120.00", "120.00", "123.00", "10", "100%", "10"],
            ["其中：当年财政拨款", "120.00", "120.00", "123.00", "—", "—", "—"]]
    found = _rules(tmp_path, _text(*_tabbed([FUNDS_HEADER, *over])))
    assert ("RAT201", "error") not in found and ("RAT204", "warning") in found


def test_a_scoring_rules_bound_is_no_rate_of_the_report(tmp_path: Path) -> None:
    note = "注：预算执行率超过100%的按100%计算得分，完成率低于60%的不得分。"
    rows = [FUNDS_HEADER, *FUNDS, INDICATOR_HEADER, *INDICATORS]
    assert _rules(tmp_path, _text(*_tabbed(rows), note)) == []


def test_only_a_plain_text_copy_is_marked_as_one() -> None:
    """A Word or PDF file's text is read with its tables taken from the file itself."""
    text = _text(*_tabbed([FUNDS_HEADER, *FUNDS]))
    assert read_text(text, "form.txt").data["meta"]["plain_text"] is True
    assert "plain_text" not in read_text(text, "form.docx", find_tables=False).data["meta"]


def test_a_score_tables_total_over_its_indicator_columns_sums_them(tmp_path: Path) -> None:
    """合计 | 100 | 86.50 under 一级指标 | 二级指标 | 分值 | 得分: one cell over both names,
    and a total whose 分值 is all the rows' sums their scores too."""
    header = ["一级指标", "二级指标", "分值", "得分"]
    rows = [["决策", "立项依据充分性", "20", "18.00"], ["过程", "资金到位率", "30", "28.50"],
            ["产出", "完成率", "50", "40.00"]]
    lines = _piped([header, *rows])
    (table,) = _tables(_text(*lines, "| 合计 | 100 | 86.50 |"))
    assert (table["rows"][-1]["label"], table["rows"][-1]["sum_of"]) == ("合计", ["r1", "r2", "r3"])
    assert _rules(tmp_path, _text(*lines, "| 合计 | 100 | 86.50 |")) == []
    assert _rules(tmp_path, _text(*lines, "| 合计 | 100 | 88.50 |")) == [("SUM101", "error")]


def test_tabbed_rows_keep_the_blank_cells_they_begin_with(tmp_path: Path) -> None:
    """A Word table copied as text leaves a merged 一级 / 二级 cell blank under its first
    row: the line begins with tabs, which are its first cells, not an indent."""
    blanked = [INDICATORS[0], ["", "", "节目创作数", "≥5个", "6个", "0", "0", ""],
               *INDICATORS[1:]]
    rows = [FUNDS_HEADER, *FUNDS, INDICATOR_HEADER, *blanked]
    _, indicators = _tables(_text(*_tabbed(rows)))
    found = [(r["label"], r["level"]) for r in indicators["rows"]][:4]
    assert found == [("产出指标", 1), ("数量指标", 2), ("公益展演场次", 3), ("节目创作数", 3)]
    assert _rules(tmp_path, _text(*_tabbed(rows))) == []


def test_a_summary_tables_grade_column_is_checked_against_its_scores(tmp_path: Path) -> None:
    header = ["序号", "项目名称", "全年预算数", "全年执行数", "执行率", "自评得分", "等级"]
    rows = [["1", "展演", "80.00", "76.00", "95.00%", "96.00", "优"],
            ["2", "培训", "20.00", "18.00", "90.00%", "78.40", "中"]]
    assert _rules(tmp_path, _text(*_piped([header, *rows]))) == []
    wrong = [rows[0], [*rows[1][:6], "良"]]
    assert _rules(tmp_path, _text(*_piped([header, *wrong]))) == [("RAT208", "error")]


def test_a_function_classifications_total_adds_its_classes_not_their_items(
        tmp_path: Path) -> None:
    """201 一般公共服务支出 holds 2010301 行政运行: a code's length is its level (类, 款, 项),
    and the 合计 adds the 类 alone."""
    header = ["科目编码", "科目名称", "金额"]
    rows = [["201", "一般公共服务支出", "320.50"], ["2010301", "行政运行", "280.50"],
            ["2010302", "一般行政管理事务", "40.00"], ["208", "社会保障和就业支出", "45.20"]]
    lines = ["一般公共预算财政拨款支出决算表", "单位：万元", *_tabbed([header, *rows])]
    assert _rules(tmp_path, _text(*lines, "合计\t\t365.70")) == []
    assert _rules(tmp_path, _text(*lines, "合计\t\t375.70")) == [("SUM101", "error")]


def test_a_part_of_a_table_row_that_is_no_known_part_is_some_of_it(tmp_path: Path) -> None:
    """政府采购实际支出, 其中：授予中小企业合同金额: of it, not all of it; a second 其中 row is a
    part of the first (授予小微企业 within 授予中小企业), not a sibling."""
    header = ["项目", "货物", "工程", "服务", "合计"]
    rows = [["政府采购实际支出", "81.25", "0", "147.63", "228.88"],
            ["其中：授予中小企业合同金额", "81.25", "0", "120.30", "201.55"],
            ["其中：授予小微企业合同金额", "60.00", "0", "100.30", "160.30"]]
    assert _rules(tmp_path, _text("政府采购情况表", *_piped([header, *rows]))) == []
    over = [rows[0], ["其中：授予中小企业合同金额", "81.25", "0", "150.30", "231.55"]]
    assert _rules(tmp_path, _text("政府采购情况表", *_piped([header, *over]))) == [
        ("SUM104", "error"), ("SUM104", "error")]


def test_a_tables_change_columns_are_checked_row_by_row(tmp_path: Path) -> None:
    """项目 | 2023年 | 2022年 | 增减额 | 增减%: each row's change from the earlier year's
    column to the later's, as its amount and percent columns state it."""
    header = ["项目", "2023年", "2022年", "增减额", "增减%"]
    rows = [["公务接待费", "4.35", "5.10", "-0.75", "-14.71"],
            ["公务用车运行维护费", "14.07", "12.75", "1.32", "10.35"],
            ["合计", "18.42", "17.85", "0.57", "3.19"]]
    lines = ["“三公”经费支出比较表", "单位：万元", *_tabbed([header, *rows])]
    assert _rules(tmp_path, _text(*lines)) == []
    wrong = [[*rows[0][:4], "-17.24"], *rows[1:]]
    assert _rules(tmp_path, _text("“三公”经费支出比较表", "单位：万元",
                                  *_tabbed([header, *wrong]))) == [("RAT201", "error")]


def test_a_two_level_header_names_each_column_by_its_group(tmp_path: Path) -> None:
    """项目 over both header rows, 预算数 and 决算数 each over three columns: a web page
    leaves out the covered cells, so the second row lacks its first cell."""
    text = "\n".join([
        "青禾县司法局2023年度财政拨款“三公”经费支出决算表", "单位:万元",
        "项目 | 预算数 | 决算数 | ||||",
        "合计 | 一般公共预算 | 政府性基金 | 合计 | 一般公共预算 | 政府性基金 | |",
        "因公出国(境)费 | 0 | 0 | 0 | 0 | 0 | 0 |",
        "公务接待费 | 6 | 6 | 0 | 4.35 | 4.35 | 0 |",
        "公务用车购置及运行费 | 21.5 | 21.5 | 0 | 19.82 | 19.82 | 0 |",
        "总计 | 27.5 | 27.5 | 0 | 24.17 | 24.17 | 0 |"]) + "\n"
    (table,) = _tables(text)
    assert [c["label"] for c in table["columns"]] == [
        "项目", "预算数/合计", "预算数/一般公共预算", "预算数/政府性基金", "决算数/合计",
        "决算数/一般公共预算", "决算数/政府性基金"]
    row = next(r for r in table["rows"] if r["label"] == "公务接待费")
    assert [c["value"] for c in row["cells"].values()] == ["6", "6", "0", "4.35", "4.35", "0"]
    assert _rules(tmp_path, text) == []
