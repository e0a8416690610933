"""Configured synonym groups name one quantity of the report, wherever it is stated.

A document cannot say that its 公用经费 is the 商品和服务支出决算数 of another section; a
JSON report says it with a shared ``concept``, a user of any other format with the
``synonyms`` configuration key. The narratives are our own.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import FIXTURES

SEED_CONFIG = FIXTURES / "seed" / "synonyms.toml"

STAFF_AND_SPENDING = """某县文化馆2023年度部门整体支出绩效自评报告

一、基本情况

本馆核定编制 12 人，年末实有人员 18 人，其中在编人员 11 人，劳务派遣人员 7 人。

二、预算执行情况

2023 年度基本支出预算为 210.50 万元，决算数为 208.30 万元；\
其中商品和服务支出预算为 40.00 万元，决算数为 46.25 万元。

三、财政拨款支出情况

2023 年财政拨款支出 208.30 万元，其中：人员经费 162.10 万元，公用经费 46.20 万元。

四、绩效指标完成情况

数量指标：使用派遣制工作人员 8 名，按计划完成。
"""

VEHICLES = """某市档案馆2022年度部门决算说明

一、机构设置

本单位下设办公室、征集科和利用科，现有公务用车 4 辆。

二、“三公”经费支出情况

2022 年度公务用车运行维护费预算 6.00 万元，支出决算 5.10 万元，\
年末公务用车保有量 5 辆。

三、国有资产占用情况

截至 2022 年 12 月 31 日，本单位共有车辆 4 辆，单价 50 万元以上通用设备 1 台。
"""

SPENDING_AGREES = """某区卫生监督所2023年度项目支出绩效自评报告

一、项目资金情况

监督执法设备购置项目年初预算 85.00 万元，全年支出 84.20 万元。

二、项目实施情况

截至年末，设备采购支出共计 84.2 万元，已全部验收投入使用。
"""


def _check(run: Any, path: Path, *config: str) -> list[tuple[str, str, str, list[str]]]:
    code, out, err = run("check", str(path), "--select", "AGR", "--format", "json",
                         "--today", "2026-01-01", *config)
    assert code in (0, 1), err
    return [(f["rule"], f["evidence"]["expected"], f["evidence"]["actual"],
             [r["quote"] for r in f["related"]])
            for f in json.loads(out)["files"][0]["findings"]]


def _write(tmp_path: Path, text: str, synonyms: str | None) -> Path:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    if synonyms is not None:
        (tmp_path / "crossfoot.toml").write_text(f"synonyms = {synonyms}\n", encoding="utf-8")
    return path


def test_unconfigured_names_in_two_sections_are_two_quantities(tmp_path: Path,
                                                               run: Any) -> None:
    assert _check(run, _write(tmp_path, STAFF_AND_SPENDING, None)) == []


def test_a_declared_group_joins_figures_across_sections(tmp_path: Path, run: Any) -> None:
    path = _write(tmp_path, STAFF_AND_SPENDING,
                  '[["商品和服务支出决算数", "公用经费"], ["劳务派遣人员", "使用派遣制工作人员"]]')
    assert _check(run, path) == [
        ("AGR401", "7", "8", ["使用派遣制工作人员 8 名"]),
        ("AGR401", "46.25", "46.20", ["公用经费 46.20 万元"])]


def test_without_a_measure_word_an_unmeasured_figure_may_be_the_budget(tmp_path: Path,
                                                                       run: Any) -> None:
    """公用经费 46.20 beside a budget of 40.00 and an outturn of 46.25: either could be meant
    unless the group says which (the measure rule of every group)."""
    path = _write(tmp_path, STAFF_AND_SPENDING, '[["商品和服务支出", "公用经费"]]')
    assert _check(run, path) == []


@pytest.mark.parametrize(("synonyms", "found"), [
    (None, []),
    ('[["现有公务用车", "公务用车保有量", "本单位共有车辆"]]',
     [("AGR401", "4", "5", ["年末公务用车保有量 5 辆", "本单位共有车辆 4 辆"])]),
    ('[["现有公务用车", "本单位共有车辆"]]', []),
])
def test_counts_of_one_fleet(tmp_path: Path, run: Any, synonyms: str | None,
                             found: list[Any]) -> None:
    """Three counts of the fleet under three names: one group of three once declared (4, 5
    and 4 辆: one finding with every place), two that agree when only they are declared."""
    path = _write(tmp_path, VEHICLES, synonyms)
    assert _check(run, path) == found


def test_a_declared_group_that_agrees_is_silent(tmp_path: Path, run: Any) -> None:
    path = _write(tmp_path, SPENDING_AGREES, '[["全年支出", "设备采购支出"]]')
    assert _check(run, path) == []


@pytest.mark.parametrize("name", [
    "documents/seed.docx", "documents/seed.lo.pdf", "documents/seed.rl.pdf",
    "text/yiyang-2021.txt", "seed/yiyang-2021.json"])
def test_the_seed_in_every_format_finds_the_json_defects(name: str, run: Any) -> None:
    """With the two names the JSON's concepts equate, each format finds all sixteen."""
    code, out, err = run("check", str(FIXTURES / name), "--config", str(SEED_CONFIG),
                         "--format", "json", "--today", "2026-01-01")
    assert code == 1, err
    found = json.loads(out)["files"][0]["findings"]
    assert sorted(f["rule"] for f in found) == sorted([
        "SUM104", "SUM105", "RAT205", "RAT204", "DAT305", "AGR401", "AGR401", "AGR402",
        "STR503", "STR503", "STR506", "STR505", "STR502", "STR501", "SUM106", "DAT304"])
    agreements = [(f["evidence"]["expected"], f["evidence"]["actual"],
                   f["location"]["quote"].replace(" ", ""),
                   [r["quote"].replace(" ", "") for r in f["related"]])
                  for f in found if f["rule"] == "AGR401"]
    assert agreements == [
        ("13", "14", "政府购买人员13人", ["招聘政府购买工作人员14名"]),
        ("91.73", "91.72", "决算数为91.73万元", ["日常公用支出91.72万元"])]
