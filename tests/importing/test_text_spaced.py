"""Tables whose cells are parted by spaces (text out of PDF pages): marked with tabs only
where a header of names stands over rows of a name and figures."""

from __future__ import annotations

from crossfoot.importing.text import read_text, spaced

TABLE = """单位：万元
项目 预算数 执行数 完成预算%
税收收入 1,380 1,426 103.3
非税收入    360    312    86.7
合计 1,740 1,738 99.9
本年收入 1,738 万元，完成预算的 99.9%。"""


def test_a_header_over_rows_of_figures_is_marked_one_tab_a_gap() -> None:
    marked = spaced.mark(TABLE)
    assert len(marked) == len(TABLE)  # every offset stays
    assert marked.splitlines()[1:4] == ["项目\t预算数\t执行数\t完成预算%",
                                        "税收收入\t1,380\t1,426\t103.3",
                                        "非税收入\t   360\t   312\t   86.7"]
    assert marked.splitlines()[0] == "单位：万元"
    assert marked.splitlines()[-1] == "本年收入 1,738 万元，完成预算的 99.9%。"


def test_the_table_is_read_with_its_figures_where_they_stand() -> None:
    table = read_text(f"东坪镇收入执行情况表\n{TABLE}").data["tables"][0]
    assert [c["label"] for c in table["columns"]] == ["项目", "预算数", "执行数", "完成预算%"]
    assert [r["label"] for r in table["rows"]] == ["税收收入", "非税收入", "合计"]
    assert table["rows"][1]["cells"]["c2"]["value"] == "312"


def test_lines_that_are_not_a_table_are_left_alone() -> None:
    for text in ("项目 预算数 执行数\n税收收入 1,380 1,426",  # one row only
                 "项目 预算数\n税收收入 1,380 万元\n非税收入 360 万元",  # a unit is a word
                 "项目 预算数 执行数\n税收收入 1,380 已完成\n非税收入 360 312",  # words in a row
                 "2021 年 收入 1,380 万元\n支出 1,200 万元 结余 180 万元"):
        assert spaced.mark(text) == text


def test_two_columns_are_a_table_too() -> None:
    """科目名称 决算数 over rows of a name and one figure (a PDF's 支出决算表)."""
    text = "科目名称 决算数\n一般公共服务支出 1,423.56\n教育支出 208.37\n合计 1,631.93"
    assert spaced.mark(text).splitlines() == ["科目名称\t决算数", "一般公共服务支出\t1,423.56",
                                              "教育支出\t208.37", "合计\t1,631.93"]
