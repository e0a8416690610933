"""Flattened tables in text reports, end to end: a 三公经费 comparison table laid out with ``|``
or one cell a line is read back by ``read_text`` into one grid (columns with the group name
over 合计 / 购置 / 运行, rows, each figure's line and column in the file), and ``read_document``
gives it its column sums, known concepts and change claims, so the rules find a wrong change
percent on its cell (RAT201) and a text figure that differs from the table (AGR402), while a
layout that does not resolve is said (a note, CF003) rather than guessed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from crossfoot.analysis.narrative import read_document
from crossfoot.importing.text import read_text
from crossfoot.testing import check

HEAD = [
    "青岚县财政局2023年度部门决算“三公”经费支出情况说明",
    "一、“三公”经费支出总体情况",
    "2023年度青岚县财政局一般公共预算财政拨款“三公”经费支出决算数为75.00万元，比上年决算数"
    "减少25.00万元，下降25.00%，主要原因是严格落实过紧日子要求，压减一般性支出。",
    "二、“三公”经费支出对比情况",
]
CAPTION = "2023年决算数与2022年决算数对比情况"
TABLE_TITLE = "青岚县“三公”经费支出决算对比表"  # a title a table laid out one cell a line needs
HEADER = ["年度", "合计", "因公出国（境）费", "公务接待费", "公车购置及运行维护费",
          "合计", "购置", "运行"]
ROWS = [
    ["2022年", "100.00", "10.00", "36.00", "54.00", "30.00", "24.00"],
    ["2023年", "75.00", "8.00", "27.00", "40.00", "22.50", "17.50"],
    ["2023年比2022年增减%", "-25.00", "-20.00", "-25.00", "-25.93", "-25.00", "-27.08"],
]
# lines 5 to 10 of the file: the caption, the header on two lines, a row a line
PIPED_LINES = [
    CAPTION,
    "年度 | 合计 | 因公出国（境）费 | 公务接待费 | 公车购置及运行维护费 |",
    "| 合计 | 购置 | 运行 |",
    "2022年 | 100.00 | 10.00 | 36.00 | 54.00 | 30.00 | 24.00 |",
    "2023年 | 75.00 | 8.00 | 27.00 | 40.00 | 22.50 | 17.50 |",
    "2023年比2022年增减% | -25.00 | -20.00 | -25.00 | -25.93 | -25.00 | -27.08 |",
]
CELLS = [*HEADER, *(cell for row in ROWS for cell in row)]

COLUMNS = [
    {"id": "label", "label": "年度", "role": "label"},
    {"id": "c1", "label": "合计"},
    {"id": "c2", "label": "因公出国（境）费"},
    {"id": "c3", "label": "公务接待费"},
    {"id": "c4", "label": "公车购置及运行维护费/合计"},
    {"id": "c5", "label": "公车购置及运行维护费/购置"},
    {"id": "c6", "label": "公车购置及运行维护费/运行"},
]
COLUMN_IDS = ["c1", "c2", "c3", "c4", "c5", "c6"]
#: the known quantity of each column on a year's row (合计 and the car parts have none)
CONCEPTS = {"c2": "known:因公出国（境）费", "c3": "known:公务接待费",
            "c4": "known:公务用车购置及运行费"}


def text_of(lines: list[str]) -> str:
    return "\n".join([*HEAD, *lines]) + "\n"


def piped(rows: list[str] = PIPED_LINES) -> str:
    """The table with several cells a line, ``|`` between them, under a caption."""
    return text_of(rows)


def piped_one_a_line() -> str:
    """The table one cell a line, each cell followed by a line of ``|`` (copied from a web page)."""
    return text_of([CAPTION, *(line for cell in CELLS for line in (cell, "|"))])


def one_a_line(cells: list[str] = CELLS) -> str:
    """The table one cell a line and nothing between, under a title naming a table."""
    return text_of([TABLE_TITLE, *cells])


def at(text: str, line: int, column: int) -> str:
    """What the file shows from ``line``:``column`` (both from 1) to the end of that line."""
    return text.split("\n")[line - 1][column - 1:]


def only_table(text: str) -> dict[str, Any]:
    (table,) = read_document(read_text(text, "qinglan.txt")).data["tables"]
    return dict(table)


def grid(table: dict[str, Any]) -> tuple[Any, ...]:
    """A table read for checking, without the places of its figures in the file."""
    rows = [(row["id"], row["label"], row["role"], row["level"],
             {key: {k: v for k, v in cell.items() if k != "origin"}
              for key, cell in row["cells"].items()})
            for row in table["rows"]]
    return table["columns"], rows, table.get("column_sums"), table.get("unit")


def table_claims(text: str) -> list[dict[str, Any]]:
    claims = read_document(read_text(text, "qinglan.txt")).data["claims"]
    return [{k: v for k, v in c.items() if k != "id"} for c in claims
            if "table" in c.get("percent", {})]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "qinglan.txt"
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------------------
# 1. a table laid out with |


def test_pipe_laid_table_is_read_cell_for_cell_with_each_figures_place() -> None:
    text = piped()
    document = read_text(text, "qinglan.txt")
    assert document.data["analysis"]["notes"] == []
    (table,) = document.data["tables"]
    assert table["id"] == "t1"
    assert table["title"] == CAPTION
    assert "unit" not in table  # the table prints none
    assert table["columns"] == COLUMNS
    assert [(r["id"], r["label"]) for r in table["rows"]] == [
        ("r1", "2022年"), ("r2", "2023年"), ("r3", "2023年比2022年增减%")]
    assert [[r["cells"][c]["value"] for c in COLUMN_IDS] for r in table["rows"]] == [
        row[1:] for row in ROWS]
    # "2022年 | " is 8 characters: 100.00 starts at column 9 of line 8;
    # "2023年比2022年增减% | -25.00 | -20.00 | " is 35: -25.00 of 公务接待费 at 10:36
    assert table["rows"][0]["cells"]["c1"]["origin"] == [8, 9]
    assert table["rows"][1]["cells"]["c5"]["origin"] == [9, 40]
    assert table["rows"][2]["cells"]["c3"]["origin"] == [10, 36]
    for row in table["rows"]:
        for cell in row["cells"].values():
            assert at(text, *cell["origin"]).startswith(cell["value"] + " |"), cell
    # the table's lines are not narrative; the caption is the table's title, not a paragraph
    texts = [p["text"] for s in document.data["sections"] for c in s["sections"]
             for p in c.get("paragraphs", [])]
    assert texts == [HEAD[2]]


def test_pipe_laid_table_states_its_sums_concepts_and_changes() -> None:
    table = only_table(piped())
    assert [(r["role"], r["level"]) for r in table["rows"]] == [
        ("item", 1), ("item", 1), ("note", 0)]
    assert not any("sum_of" in r for r in table["rows"])  # no 合计 row
    assert table["column_sums"] == [{"total": "c4", "parts": ["c5", "c6"]},
                                    {"total": "c1", "parts": ["c2", "c3", "c4"]}]
    for row, year in zip(table["rows"][:2], ("2022", "2023"), strict=True):
        tagged = {key: (cell["concept"], cell["period"]) for key, cell in row["cells"].items()
                  if "concept" in cell}
        assert tagged == {key: (concept, year) for key, concept in CONCEPTS.items()}
        assert not any("unit" in cell for cell in row["cells"].values())
    change = table["rows"][2]["cells"]
    assert {key: cell["unit"] for key, cell in change.items()} == dict.fromkeys(COLUMN_IDS, "%")
    assert not any("concept" in cell for cell in change.values())
    assert table_claims(piped()) == [
        {"kind": "change", "certain": True,
         "percent": {"table": "t1", "row": "r3", "col": key},
         "current": {"table": "t1", "row": "r2", "col": key},
         "base": {"table": "t1", "row": "r1", "col": key}}
        for key in COLUMN_IDS]


# ---------------------------------------------------------------------------
# 2. the same table one cell a line


@pytest.mark.parametrize(("layout", "first_figure"), [
    (one_a_line, [15, 1]),  # title on line 5, eight header cells on 6-13, 2022年 on 14
    (piped_one_a_line, [24, 1]),  # every other line a |: 2022年 on 22, 100.00 on 24
], ids=["no-separators", "a-pipe-line-between"])
def test_one_cell_a_line_gives_the_same_grid(layout: Callable[[], str],
                                             first_figure: list[int]) -> None:
    text = layout()
    table = only_table(text)
    assert grid(table) == grid(only_table(piped()))
    assert table_claims(text) == table_claims(piped())
    figure = table["rows"][0]["cells"]["c1"]
    assert figure["origin"] == first_figure
    assert at(text, *figure["origin"]) == "100.00"
    last = table["rows"][2]["cells"]["c6"]
    assert at(text, *last["origin"]) == "-27.08"


# ---------------------------------------------------------------------------
# 3. the rules on the table's change row


def test_a_wrong_change_percent_is_one_rate_mismatch_on_its_cell(tmp_path: Path) -> None:
    wrong = [*PIPED_LINES[:5], PIPED_LINES[5].replace("-20.00 | -25.00", "-20.00 | -30.00")]
    path = write(tmp_path, piped(wrong))
    findings = check(path, select=("RAT201", "SUM101", "SUM102"))
    (finding,) = findings  # 36.00 → 27.00 is -25.00 %, stated -30.00
    assert finding.rule_id == "RAT201"
    assert finding.location.pointer == "/tables/0/rows/2/cells/c3"
    assert (finding.location.line, finding.location.column) == (10, 36)
    assert [(r.pointer, r.line, r.column) for r in finding.related] == [
        ("/tables/0/rows/1/cells/c3", 9, 24), ("/tables/0/rows/0/cells/c3", 8, 26)]


def test_the_right_change_percents_give_no_finding(tmp_path: Path) -> None:
    # -25.93 is 40.00 against 54.00, -27.08 17.50 against 24.00 (rounded); the change row's
    # percents do not add up across the columns and are not asked to
    assert check(write(tmp_path, piped()), select=("RAT201", "SUM101", "SUM102")) == []


# ---------------------------------------------------------------------------
# 4. the text against the table


def parts_text(outbound: str, hospitality: str, cars: str, hospitality_2023: str) -> str:
    """A sentence on the 2023 parts over a table in whole numbers that prints no unit."""
    return "\n".join([
        HEAD[0], HEAD[1],
        f"2023年度青岚县财政局“三公”经费支出中，因公出国（境）费{outbound}万元，主要用于赴外省"
        f"招商考察；公务接待费{hospitality}万元，主要用于上级部门检查调研接待；公务用车购置及运行"
        f"维护费{cars}万元。",
        HEAD[3], CAPTION,
        "年度 | 合计 | 因公出国（境）费 | 公务接待费 | 公车购置及运行维护费 |",
        "| 合计 | 购置 | 运行 |",
        "2022年 | 100 | 10 | 36 | 54 | 30 | 24 |",
        f"2023年 | 84 | 8 | {hospitality_2023} | 40 | 22 | 18 |",
    ]) + "\n"


def test_a_part_the_text_states_otherwise_than_the_year_row_is_a_warning(
        tmp_path: Path) -> None:
    text = parts_text("8", "35", "40", "36")
    table = only_table(text)
    assert table["unit"] == "万元"  # 8 and 40 are the text's very digits for 2023
    assert table["rows"][1]["cells"]["c3"] == {
        "value": "36", "origin": [9, 18], "concept": "known:公务接待费", "period": "2023"}
    (finding,) = check(write(tmp_path, text), select=("AGR402",))
    assert finding.rule_id == "AGR402"
    assert finding.severity.value == "warning"
    assert finding.location.quote == "公务接待费35万元"
    assert (finding.location.line, finding.location.column) == (3, 47)
    assert [(r.pointer, r.line, r.column) for r in finding.related] == [
        ("/tables/0/rows/1/cells/c3", 9, 18)]


def test_a_table_matching_none_of_the_texts_digits_keeps_no_unit(tmp_path: Path) -> None:
    text = parts_text("9", "35", "41", "36")
    table = only_table(text)
    assert "unit" not in table
    assert [c["concept"] for c in table["rows"][1]["cells"].values() if "concept" in c] == [
        "known:因公出国（境）费", "known:公务接待费", "known:公务用车购置及运行费"]
    assert check(write(tmp_path, text), select=("AGR402",)) == []


# ---------------------------------------------------------------------------
# 5. layouts that do not resolve


PIPE_REASON = "表格以“|”分隔、行列结构不完整"


@pytest.mark.parametrize("lines", [
    [*PIPED_LINES[:4], PIPED_LINES[4].replace(" 17.50 |", ""), PIPED_LINES[5]],
    [PIPED_LINES[0], PIPED_LINES[1].replace("因公出国（境）费", "公务接待费"), *PIPED_LINES[2:]],
], ids=["a-row-short-of-a-cell", "a-column-named-twice"])
def test_a_pipe_layout_that_does_not_resolve_is_a_note(lines: list[str],
                                                       tmp_path: Path) -> None:
    text = piped(lines)
    document = read_text(text, "qinglan.txt")
    assert document.data["tables"] == []
    (note,) = document.data["analysis"]["notes"]
    assert PIPE_REASON in note["message"]["zh"]
    assert "rows and columns are incomplete" in note["message"]["en"]
    (finding,) = check(write(tmp_path, text), select=("CF003", "RAT201", "SUM102"))
    assert (finding.rule_id, finding.severity.value) == ("CF003", "info")
    assert finding.location.pointer == "/analysis/notes/0"
    assert finding.message_zh == note["message"]["zh"]


def test_a_one_cell_a_line_header_naming_a_column_twice_is_a_note() -> None:
    cells = [cell if index != 2 else "公务接待费" for index, cell in enumerate(CELLS)]
    document = read_text(one_a_line(cells), "qinglan.txt")
    assert document.data["tables"] == []
    assert document.data["analysis"]["notes"] == [{
        "message": {
            "zh": f"表格“{TABLE_TITLE}”无法可靠读取（未识别出表头），未作检查，请对照原表核对。",
            "en": f"The table “{TABLE_TITLE}” could not be read reliably (its header was not "
                  "recognised); it was not checked, compare it with the original."},
        "table": TABLE_TITLE}]


def test_a_pipe_layout_note_is_named_by_the_tables_caption() -> None:
    lines = [PIPED_LINES[0], PIPED_LINES[1].replace("因公出国（境）费", "公务接待费"),
             *PIPED_LINES[2:]]
    (note,) = read_text(piped(lines), "qinglan.txt").data["analysis"]["notes"]
    assert note["table"] == CAPTION


def test_a_last_row_short_of_a_cell_is_a_note_not_a_lost_row() -> None:
    short = PIPED_LINES[5].replace(" -27.08 |", "")
    document = read_text(piped([*PIPED_LINES[:5], short]), "qinglan.txt")
    assert document.data["tables"] == []
    (note,) = document.data["analysis"]["notes"]
    assert PIPE_REASON in note["message"]["zh"]


@pytest.mark.parametrize("lines", [
    [TABLE_TITLE, *PIPED_LINES[1:]],
    [TABLE_TITLE, *(line for cell in CELLS for line in (cell, "|"))],
], ids=["several-cells-a-line", "one-cell-a-line"])
def test_pipes_under_a_title_naming_a_table_are_read_as_pipes(lines: list[str]) -> None:
    assert grid(only_table(text_of(lines))) == grid(only_table(piped()))


def test_pipe_lines_joined_by_reflow_are_still_a_table() -> None:
    """A short text reads as wrapped PDF output; its | lines still count one by one."""
    text = "\n".join([HEAD[0], HEAD[1], "2023年度“三公”经费支出75.00万元，比上年减少25.00万元。",
                      HEAD[3], *PIPED_LINES]) + "\n"
    assert grid(only_table(text)) == grid(only_table(piped()))


def test_a_cell_read_from_text_is_quoted_as_the_file_prints_it(tmp_path: Path) -> None:
    wrong = [*PIPED_LINES[:5], PIPED_LINES[5].replace("-20.00 | -25.00", "-20.00 | -30.00")]
    text = piped(wrong)
    (finding,) = check(write(tmp_path, text), select=("RAT201",))
    for place in (finding.location, *finding.related):
        assert place.line is not None and place.column is not None and place.quote
        assert at(text, place.line, place.column).startswith(place.quote)


def test_empty_cells_a_page_adds_after_each_lines_last_are_not_a_column() -> None:
    """``… | 17.50 | |``: a web page's empty cell after every line's last is no column;
    the grid is the one the plain layout gives, each figure under its own header."""
    padded = [PIPED_LINES[0], *(line + " |" for line in PIPED_LINES[1:])]
    assert grid(only_table(piped(padded))) == grid(only_table(piped()))


def test_two_tables_side_by_side_under_one_header_are_a_note() -> None:
    """收入 预算数 调整预算数 执行数 | 支出 预算 调整预算数 执行数 over rows of four figures:
    the header names the measures twice, and which half a row is cannot be told."""
    cells = ["收入", "预算数", "调整预算数", "执行数", "支出", "预算", "调整预算数", "执行数",
             "总计", "610709", "925766", "925766", "总计", "610709", "925766", "925766"]
    document = read_text(one_a_line(cells), "qinglan.txt")
    assert document.data["tables"] == []
    (note,) = document.data["analysis"]["notes"]
    assert "无法可靠读取" in note["message"]["zh"]
