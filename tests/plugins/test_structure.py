"""Structure (STR5xx): heading numbering, repeated phrases and placeholders."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from crossfoot.importing.load import load_json_report
from crossfoot.plugins.structure import repetitions

from conftest import FIXTURES, findings_json

SEED = FIXTURES / "seed" / "yiyang-2021.json"


@pytest.mark.parametrize(("text", "spans"), [
    ("2021 年度截止目前，截止目前，惠企创业贷款补贴", [(7, 16, "截止目前")]),
    ("截止目前 截止目前", [(0, 9, "截止目前")]),
    ("大力推进，大力推进。", [(0, 9, "大力推进")]),
    ("政务服务政务服务。", [(0, 8, "政务服务")]),
    ("公厕每季度检查。公厕每季度检查。发现问题当场整改。", [(0, 16, "公厕每季度检查。")]),
])
def test_repetitions_found(text: str, spans: list[tuple[int, int, str]]) -> None:
    assert [(r.start, r.end, r.phrase) for r in repetitions(text)] == spans


@pytest.mark.parametrize("text", [
    "开展自评，自评中发现问题即查找原因",        # 顶真: the next clause picks up the word
    "一步一步推进整改",                          # reduplication
    "研究研究再定",
    "一件事一件事，抓好落实",
    "实现系统通、数据通、业务通",
    "促进招投标公开、公平、公正",
    "导服人员 2 人、中介超市 2 人",
    "截至年底，累计清运垃圾 2.3 万吨。截至年底，公厕改造全部完工。",
    "谢谢谢谢",
    "政务服务政务服务中心",                      # mid-clause: not reported (conservative)
])
def test_ordinary_chinese_is_not_a_repetition(text: str) -> None:
    assert repetitions(text) == []


def test_no_false_repetition_in_the_seed_paragraphs() -> None:
    report = load_json_report(SEED)
    hits = {p.id: repetitions(p.text) for p in report.iter_paragraphs()}
    assert len(hits) == 49
    assert {k: [(r.start, r.end) for r in v] for k, v in hits.items() if v} == {
        "dept-2-1-1-p1": [(271, 280)]}


def test_seed_structure_findings() -> None:
    found = findings_json(SEED, ("STR",))
    assert [(f["rule"], f["location"]["pointer"], [r["pointer"] for r in f["related"]],
             f["location"].get("quote")) for f in found] == [
        # （五）预算及执行情况 containing (一): the sub-list reuses its parent's style
        ("STR503", "/sections/0/sections/0/sections/4/sections/0",
         ["/sections/0/sections/0/sections/4"], "(一)收入支出预算执行情况分析"),
        # defect 13: 二、… containing 一、2021 年主要工作
        ("STR503", "/sections/0/sections/1/sections/0", ["/sections/0/sections/1"],
         "一、2021 年主要工作"),
        # defect 12: 截止目前，截止目前
        ("STR506", "/sections/0/sections/1/sections/0/sections/0/paragraphs/0/text", [],
         "截止目前，截止目前"),
        # defect 5: （二）项目效果指标 then （三）项目效果指标
        ("STR505", "/sections/1/sections/3/sections/2", ["/sections/1/sections/3/sections/1"],
         "（三）项目效果指标"),
        # 四 printed twice in the project report
        ("STR502", "/sections/1/sections/4", ["/sections/1/sections/3"],
         "四、偏离绩效目标的原因和改进措施"),
        # defect 4: 四 then 六, 五 missing
        ("STR501", "/sections/1/sections/5", ["/sections/1/sections/4"],
         "六、绩效自评结果应用和公开情况"),
    ]
    gap = found[-1]
    assert gap["message"]["zh"] == ("标题编号不连续：“四、偏离绩效目标的原因和改进措施”之后是"
                                    "“六、绩效自评结果应用和公开情况”，缺少“五”。")
    assert gap["evidence"] == {"expected": "五", "actual": "六"}
    assert found[2]["location"]["start"] == 271 and found[2]["location"]["end"] == 280


def _outline(tmp_path: Path, sections: list[dict[str, Any]]) -> Path:
    data = {"crossfoot": "1.0", "meta": {"title": "测试报告"}, "sections": sections}
    path = tmp_path / "report.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _sec(id: str, number: str | None, title: str, *children: dict[str, Any]) -> dict[str, Any]:
    return {"id": id, "number": number, "title": title, "sections": list(children)}


def _ids(path: Path) -> list[tuple[str, str]]:
    return [(f["rule"], f["location"]["pointer"]) for f in findings_json(path, ("STR",))]


def test_styles_are_numbered_separately_and_unnumbered_sections_ignored(tmp_path: Path) -> None:
    path = _outline(tmp_path, [
        _sec("a", "一", "概况",
             _sec("a1", "（一）", "甲"), _sec("a2", "(二)", "乙"),
             _sec("x", None, "说明"),
             _sec("a3", "（三）", "丙"), _sec("a4", "1.", "附一"), _sec("a5", "2．", "附二")),
        _sec("b", "二", "结论"),
    ])
    # 1. directly under 一、 skips （一）: that is the only remark
    assert _ids(path) == [("STR504", "/sections/0/sections/4")]


def test_gap_duplicate_and_restart_together(tmp_path: Path) -> None:
    path = _outline(tmp_path, [
        _sec("a", "一", "甲"),
        _sec("b", "二", "乙", _sec("b1", "一", "乙一"), _sec("b2", "二", "乙二")),
        _sec("c", "二", "丙"),
        _sec("d", "五", "丁"),
    ])
    assert _ids(path) == [
        ("STR503", "/sections/1/sections/0"),  # restart reported once, at the first child
        ("STR502", "/sections/2"),
        ("STR501", "/sections/3"),
    ]
    gap = findings_json(path, ("STR501",))[0]
    assert gap["message"]["en"] == ("Heading numbers skip: “五、丁” follows “二、丙”; "
                                    "“三、四” is missing.")


def test_numbered_entries_repeating_a_field_name_are_no_duplicate_headings(
        tmp_path: Path) -> None:
    """A form's numbered entries each open with a field's name and its content on the same
    line (1、项目名称：A；2、项目名称：B): read as headings, they repeat by design. The same
    titles on lines of their own are a duplicate."""
    entries = tmp_path / "entries.txt"
    entries.write_text("某县2023年度福彩公益金资助项目公告\n一、资助项目情况\n"
                       "1、项目名称：敬老院改造项目；投入资金4.90万元。\n"
                       "2、项目名称：消防设备维护项目；投入资金4.16万元。\n", encoding="utf-8")
    headings = tmp_path / "headings.txt"
    headings.write_text("某县2023年度项目绩效自评报告\n一、项目情况\n（一）项目效果指标\n"
                        "本项目完成良好。\n（二）项目效果指标\n本项目完成良好。\n",
                        encoding="utf-8")
    assert findings_json(entries, ("STR505",)) == []
    assert [f["location"]["quote"] for f in findings_json(headings, ("STR505",))] == \
        ["（二）项目效果指标"]


@pytest.mark.parametrize(("text", "found"), [
    ("于 XX 年 XX 月批准", "XX"),
    ("由某某公司实施", "某某"),
    ("完成 ×× 项", "××"),
    ("共 ○○ 人参加", "○○"),
])
def test_placeholders(tmp_path: Path, text: str, found: str) -> None:
    path = _outline(tmp_path, [{"id": "a", "number": "一", "title": "概况",
                                "paragraphs": [{"id": "p", "text": text}]}])
    result = findings_json(path, ("STR507",))
    assert [(f["location"]["quote"], f["evidence"]["actual"]) for f in result] == [(found, found)]


@pytest.mark.parametrize("text", ["购置 XXL 规格垃圾袋", "某些路段", "XX", "第 X 号", "x 轴",
                                  "二〇〇八年成立", "二○○八年成立", "14 人 × 5 万元"])
def test_not_placeholders(tmp_path: Path, text: str) -> None:
    path = _outline(tmp_path, [{"id": "a", "number": "一", "title": "概况",
                                "paragraphs": [{"id": "p", "text": "正文：" + text + "。"}]}])
    expected = 1 if text == "XX" else 0
    assert len(findings_json(path, ("STR507",))) == expected


@pytest.mark.parametrize(("rule_id", "family"), [
    *((f"AGR40{i}", "agreement") for i in range(1, 4)),
    *((f"STR50{i}", "structure") for i in range(1, 8)),
])
def test_rule_documentation(rule_id: str, family: str, run: Any) -> None:
    """`crossfoot rule ID` explains each rule, with its messages and a failing example."""
    code, out, _ = run("rule", rule_id)
    assert code == 0
    assert out.startswith(f"# {rule_id} ")
    assert f"Family {family} · default" in out
    assert "## Example" in out and "- zh: " in out and "- en: " in out
