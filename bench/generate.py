"""Generate realistic crossfoot reports, optionally with one known defect each.

    python bench/generate.py OUT -n 100 --seed 7 --kind mixed --inject one
    crossfoot check OUT/reports

Reports are structured JSON of the two kinds crossfoot checks most: a
department's overall self-evaluation (部门整体支出绩效自评报告) and a project's
(项目支出绩效自评报告). Each has numbered sections with narrative, money tables
with subtotals, totals, adjustments and execution rates, facts tagged with
where the narrative states them, and a declared staff sum. Everything adds up:
a clean report should draw no finding at all.

Reports go to ``OUT/reports/report-00001.json`` and so on; a truth file for
each goes to ``OUT/truth/report-00001.json`` (outside the reports folder, so
checking that folder never reads one), naming every injected defect, the
rules that should report it and the JSON pointer where; a clean report's
truth lists none. With ``--inject`` a report gets one known defect (``one``:
the family cycles with the report number; ``all``: one of every family).
Families:

- ``sum``        a wrong total (the prior-year column's total row)
- ``rate``       a wrong execution rate (one row's 执行率)
- ``date``       an impossible date (report date or a dated fact: 02-30, month 13)
- ``agreement``  the narrative states a table total with another value
- ``numbering``  a heading number skipped (一、二、四 or （一）（二）（四）)

Every report depends only on ``--seed`` and its number, so any subset can be
regenerated. The narrative is our own wording, not taken from real reports.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

FAMILIES = ("sum", "rate", "date", "agreement", "numbering")
RULES = {  # the rules that may report each family's defect (any one is enough)
    "sum": ("SUM101",),
    "rate": ("RAT201",),
    "date": ("DAT301",),
    "agreement": ("AGR402", "AGR401"),
    "numbering": ("STR501",),
}
CENT = Decimal("0.01")

COUNTIES = ("示例县", "东山县", "西河县", "南岭县", "北坪县", "青石县")
BUREAUS = ("水利局", "农业农村局", "城市管理局", "教育局", "卫生健康局", "民政局", "交通运输局",
           "自然资源局", "市场监督管理局", "文化广电旅游局")
PROJECTS = ("农村饮水安全维护", "城区道路保洁", "公共资源交易平台运维", "基层医疗设备购置",
            "义务教育营养改善", "农田水利设施修缮", "社区养老服务补助", "河道垃圾清理",
            "森林防火物资储备", "政务服务窗口运行", "文化下乡演出", "退役军人走访慰问",
            "学校校舍维修", "乡村道路养护", "城市路灯电费", "污水处理运营补助",
            "图书馆数字资源采购", "食品安全抽检", "农产品质量检测", "病媒生物防制")
SPENDING = ("工资福利支出", "商品和服务支出", "对个人和家庭的补助", "资本性支出", "办公费",
            "印刷费", "水电费", "邮电费", "差旅费", "维修（护）费", "会议费", "培训费",
            "劳务费", "委托业务费", "工会经费", "福利费", "其他交通费用", "专用材料费",
            "物业管理费", "租赁费")
GROUPS = {"project": ("运转类项目小计", "业务类项目小计"),
          "department": ("日常运转支出小计", "业务工作支出小计")}
OUTLINE = {
    "project": (
        ("项目基本情况", ("项目概况", "项目绩效目标", "项目资金安排")),
        ("绩效评价工作情况", ("绩效评价目的", "绩效评价工作过程", "评价方法和标准")),
        ("综合评价情况及评价结论", ("总体评价", "主要成效")),
        ("绩效评价指标分析", ("项目资金执行情况", "项目产出情况", "项目效益情况")),
        ("偏离绩效目标的原因和改进措施", ("存在的问题", "改进措施")),
        ("绩效自评结果应用", ("结果应用", "信息公开")),
    ),
    "department": (
        ("部门概况", ("机构设置及职能", "人员情况", "年度工作任务")),
        ("部门整体支出情况", ("收入支出预算执行情况", "支出结构分析", "资金管理情况")),
        ("绩效目标实现情况", ("产出目标完成情况", "效益目标实现情况", "满意度情况")),
        ("存在问题及改进措施", ("存在的问题", "改进措施")),
        ("绩效自评结果拟应用和公开情况", ("结果应用", "信息公开")),
    ),
}
SENTENCES = (
    "我单位成立了绩效自评工作小组，由主要负责同志牵头，财务和业务科室共同参与。",
    "自评工作对照年初设定的绩效目标，逐项核实完成情况。",
    "项目实施过程中严格执行政府采购和财务管理的有关规定。",
    "资金拨付按照进度审核，做到专款专用、手续完备。",
    "下一步将进一步细化绩效指标，提高目标设置的可衡量性。",
    "部分指标的数据采集仍依赖人工统计，统计口径有待统一。",
    "服务对象对项目实施效果总体表示认可。",
    "针对自评中发现的问题，已逐项制定整改措施并明确责任人。",
    "自评结果将作为以后年度预算安排的重要参考。",
    "绩效自评报告将按规定在单位门户网站公开。",
    "项目档案资料整理归档及时，过程记录较为完整。",
    "单位内部控制制度基本健全，预算执行总体规范。",
    "我们加强与财政部门的沟通，及时掌握政策调整情况。",
    "个别子项目因前期手续办理时间较长，实施进度有所滞后。",
    "评价组通过实地查看、座谈了解等方式核实项目实施成效。",
    "项目建成后的运行维护责任已落实到具体管理单位。",
    "结合上级考核要求，对绩效目标进行了动态跟踪。",
    "今后将加强预算编制的科学性，减少年中调整。",
    "各项支出均按照批准的用途使用，未发现挤占挪用情况。",
    "群众反映的问题均得到及时处理和回复。",
    "工作人员业务培训常态化开展，服务能力稳步提升。",
    "采购合同的签订和验收程序符合规定。",
)


@dataclass(frozen=True)
class Size:
    """How big a report is: top-level sections, sub-sections of each, paragraphs of
    each sub-section, money tables and item rows of each table. The default is
    about the size of the seed report (fixtures/seed: 84 KB; these ~57 KB)."""

    sections: int = 6
    subsections: int = 4
    paragraphs: int = 3
    tables: int = 4
    rows: int = 10

    def scaled(self, factor: int) -> Size:
        """About ``factor`` times the content (structure stays plausible: <= 99 headings)."""
        steps = {1: (1, 1, 1, 1, 1), 10: (2, 2, 3, 10, 1), 100: (4, 5, 6, 35, 4)}
        if factor not in steps:
            raise ValueError("scale by 1, 10 or 100")
        s, u, p, t, r = steps[factor]
        return Size(self.sections * s, self.subsections * u, self.paragraphs * p,
                    self.tables * t, self.rows * r)

    def __post_init__(self) -> None:
        if not 2 <= self.sections <= 99 or min(self.subsections, self.paragraphs,
                                                 self.tables, self.rows) < 0:
            raise ValueError("sections must be 2 to 99, the other sizes 0 or more")


@dataclass
class Defect:
    family: str
    what: str
    pointer: str
    detail: str
    rules: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"family": self.family, "what": self.what, "rules": list(self.rules),
                "pointer": self.pointer, "detail": self.detail}


@dataclass
class Draft:
    """A report being built, with the handles injection needs."""

    data: dict[str, Any]
    year: int
    rate_cells: list[tuple[int, int]] = field(default_factory=list)  # (table, row) with a rate
    prior_totals: list[tuple[int, int]] = field(default_factory=list)
    statements: list[tuple[str, int]] = field(default_factory=list)  # (text, table)


def money(value: Decimal) -> str:
    return f"{value.quantize(CENT, ROUND_HALF_UP):f}"


def percent(part: Decimal, whole: Decimal) -> Decimal:
    return (part * 100 / whole).quantize(CENT, ROUND_HALF_UP)


def cn_number(value: int) -> str:
    """1 to 999 in Chinese numerals: 十二, 二十三, 一百零五."""
    digits = "一二三四五六七八九"
    if value >= 100:
        hundreds, rest = divmod(value, 100)
        tail = "" if rest == 0 else ("零" if rest < 10 else "一" if rest < 20 else "") \
            + cn_number(rest)
        return digits[hundreds - 1] + "百" + tail
    tens, ones = divmod(value, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else digits[tens - 1] + "十")
    return head + (digits[ones - 1] if ones else "")


class Builder:
    def __init__(self, rng: random.Random, kind: str, size: Size, index: int) -> None:
        self.rng = rng
        self.kind = kind
        self.size = size
        self.index = index
        self.year = rng.randint(2019, 2024)
        self.org = rng.choice(COUNTIES) + rng.choice(BUREAUS)
        self.paragraph_ids = 0

    # -- narrative ---------------------------------------------------------------------------

    def filler(self) -> str:
        count = self.rng.randint(2, 4)
        return "".join(self.rng.sample(SENTENCES, count))  # no sentence twice in a row

    def paragraph(self, section_id: str, text: str | None = None) -> dict[str, Any]:
        self.paragraph_ids += 1
        return {"id": f"{section_id}-p{self.paragraph_ids}", "text": text or self.filler()}

    def sections(self) -> list[dict[str, Any]]:
        outline = list(OUTLINE[self.kind])
        extra = 1
        while len(outline) < self.size.sections:
            outline.append((f"其他需要说明的事项（{extra}）", ("补充说明", "有关情况")))
            extra += 1
        result = []
        for i, (title, subtitles) in enumerate(outline[: self.size.sections], start=1):
            sid = f"s{i}"
            names = list(subtitles)
            while len(names) < self.size.subsections:
                names.append(f"{subtitles[-1]}之{cn_number(len(names) - len(subtitles) + 1)}")
            subs = [{"id": f"{sid}-{j}", "number": f"（{cn_number(j)}）", "title": name,
                     "paragraphs": [self.paragraph(f"{sid}-{j}")
                                    for _ in range(self.size.paragraphs)]}
                    for j, name in enumerate(names[: self.size.subsections], start=1)]
            section: dict[str, Any] = {"id": sid, "number": cn_number(i), "title": title,
                                       "paragraphs": [self.paragraph(sid)]}
            if subs:
                section["sections"] = subs
            result.append(section)
        return result

    # -- tables ------------------------------------------------------------------------------

    def amounts(self) -> dict[str, Decimal]:
        initial = Decimal(self.rng.randint(500, 50_000)) / 100
        adjustment = Decimal(0)
        if self.rng.random() < 0.4:
            adjustment = (initial * Decimal(self.rng.uniform(-0.1, 0.15))).quantize(CENT)
        budget = initial + adjustment
        actual = (budget * Decimal(self.rng.uniform(0.92, 1.0))).quantize(CENT)
        prior = (budget * Decimal(self.rng.uniform(0.7, 1.2))).quantize(CENT)
        return {"initial": initial, "adjustment": adjustment, "budget": budget,
                "actual": actual, "prior": prior}

    def table(self, t: int, draft: Draft) -> dict[str, Any]:
        project = self.kind == "project"
        names = list(PROJECTS if project else SPENDING)
        self.rng.shuffle(names)
        while len(names) < self.size.rows:
            names.append(f"{names[len(names) % 7]}（{len(names) // 7 + 1}）")
        names = names[: self.size.rows]
        columns = [{"id": "item", "label": "项目名称" if project else "支出项目", "role": "label"}]
        if project:
            columns += [{"id": "initial", "label": "年初预算数", "role": "budget_initial"},
                        {"id": "adjustment", "label": "调整数", "role": "adjustment"}]
        columns += [{"id": "budget", "label": "全年预算数", "role": "budget"},
                    {"id": "actual", "label": "全年执行数", "role": "actual"},
                    {"id": "rate", "label": "执行率", "role": "rate", "unit": "%",
                     "additive": False},
                    {"id": "prior", "label": "上年执行数", "role": "prior"}]
        keys = ["initial", "adjustment", "budget", "actual", "prior"] if project \
            else ["budget", "actual", "prior"]
        groups = [names] if len(names) < 6 else [names[: len(names) // 2],
                                                 names[len(names) // 2:]]
        rows: list[dict[str, Any]] = []
        numbers = itertools.count(1)
        group_ids = []
        grand = {k: Decimal(0) for k in keys}
        for g, members in enumerate(groups):
            level = 1 if len(groups) == 1 else 2
            items = []
            for name in members:
                values = self.amounts()
                items.append((f"r{next(numbers)}", name, values))
            sums = {k: sum((v[k] for _, _, v in items), Decimal(0)) for k in keys}
            if len(groups) > 1:
                gid = f"g{g + 1}"
                group_ids.append(gid)
                rows.append(self.row(gid, GROUPS[self.kind][g], 1, "subtotal", sums, keys,
                                     [i for i, _, _ in items]))
            for rid, name, values in items:
                rows.append(self.row(rid, name, level, "item", values, keys))
            for k in keys:
                grand[k] += sums[k]
        members_of_total = group_ids or [r["id"] for r in rows]
        total = self.row("total", "合计", 0, "total", grand, keys, members_of_total)
        for key in ("budget", "actual", "rate"):
            cell = total["cells"][key]
            total["cells"][key] = {"value": cell, "concept": f"t{t + 1}.{key}"}
        rows.append(total)
        for r, row in enumerate(rows):
            if row["role"] == "item":
                draft.rate_cells.append((t, r))
        draft.prior_totals.append((t, len(rows) - 1))
        subject = "项目资金执行情况表" if project else "支出决算明细表"
        table: dict[str, Any] = {"id": f"t{t + 1}",
                                 "title": f"{self.year} 年度{subject}（{t + 1}）",
                                 "unit": "万元", "section": self.money_section["id"],
                                 "columns": columns, "rows": rows}
        if project:
            table["column_sums"] = [{"total": "budget", "parts": ["initial", "adjustment"]}]
        self.statement(t, grand, draft)
        return table

    @property
    def money_section(self) -> dict[str, Any]:
        """Where tables belong and their totals are stated: 资金/预算执行情况, else section 二."""
        sections = self.draft.data["sections"]
        for section in sections:
            for sub in section.get("sections", []):
                if "执行情况" in sub["title"]:
                    return sub  # type: ignore[no-any-return]
        return sections[1]  # type: ignore[no-any-return]

    def row(self, rid: str, label: str, level: int, role: str, values: dict[str, Decimal],
            keys: Sequence[str], sum_of: list[str] | None = None) -> dict[str, Any]:
        cells: dict[str, Any] = {"item": label}
        for k in keys:
            cells[k] = None if k == "adjustment" and values[k] == 0 else money(values[k])
        cells["rate"] = money(percent(values["actual"], values["budget"]))
        row: dict[str, Any] = {"id": rid, "label": label, "level": level, "role": role,
                               "cells": cells}
        if sum_of is not None:
            row["sum_of"] = sum_of
        return row

    def statement(self, t: int, grand: dict[str, Decimal], draft: Draft) -> None:
        """A narrative sentence stating the table's totals, with facts saying where."""
        budget, actual = money(grand["budget"]), money(grand["actual"])
        rate = money(percent(grand["actual"], grand["budget"]))
        parts = [(f"{self.year} 年第{cn_number(t + 1)}批资金", ""),
                 ("全年预算", f"{budget} 万元"), ("，", ""), ("全年执行", f"{actual} 万元"),
                 ("，预算执行率", f"{rate}%"), ("。", "")]
        text, facts = "", []
        for key, (label, value) in zip(("", "budget", "", "actual", "rate", ""), parts,
                                       strict=True):
            start = len(text)
            text += label + value
            if key:
                facts.append((key, start, len(text), label, value))
        draft.statements.append((text, t))
        for key, start, end, label, value in facts:
            number = value.replace(" 万元", "").replace("%", "")
            draft.data["facts"].append({
                "id": f"f-t{t + 1}-{key}", "concept": f"t{t + 1}.{key}", "label": label.strip("，"),
                "measure": key, "value": number, "unit": "%" if key == "rate" else "万元",
                "period": str(self.year),
                "source": {"section": "", "paragraph": "", "start": start, "end": end,
                           "quote": text[start:end]}})

    # -- facts -------------------------------------------------------------------------------

    def staff(self, draft: Draft) -> str:
        admin, public = self.rng.randint(3, 40), self.rng.randint(0, 30)
        total = admin + public
        text = (f"本单位编制人数共 {total} 人，其中行政编制 {admin} 人、事业编制 {public} 人。")
        facts = draft.data["facts"]
        for fid, label, value in (("f-staff", "编制人数", total),
                                  ("f-staff-admin", "行政编制", admin),
                                  ("f-staff-public", "事业编制", public)):
            quote = f"{label}共 {value} 人" if fid == "f-staff" else f"{label} {value} 人"
            start = text.index(quote)
            facts.append({"id": fid, "concept": fid.replace("f-", "").replace("-", "."),
                          "label": label, "measure": "count", "value": value, "unit": "人",
                          "period": str(self.year),
                          "source": {"section": "", "paragraph": "", "start": start,
                                     "end": start + len(quote), "quote": quote}})
        draft.data["relations"].append({
            "id": "rel-staff", "kind": "sum", "label": "编制人数 = 行政编制 + 事业编制",
            "total": {"fact": "f-staff"},
            "parts": [{"fact": "f-staff-admin"}, {"fact": "f-staff-public"}],
            "coverage": "complete"})
        return text

    def build(self) -> Draft:
        year = self.year
        kind_name = "项目支出绩效自评报告" if self.kind == "project" else "部门整体支出绩效自评报告"
        month, day = self.rng.randint(1, 6), self.rng.randint(1, 28)
        data: dict[str, Any] = {
            "crossfoot": "1.0",
            "meta": {"title": f"{self.org} {year} 年度{kind_name}", "organization": self.org,
                     "kind": self.kind, "fiscal_year": year,
                     "report_date": f"{year + 1}-{month:02d}-{day:02d}", "language": "zh",
                     "unit": "万元", "source": f"bench/generate.py report {self.index}"},
            "sections": [], "tables": [], "facts": [], "relations": [],
        }
        draft = self.draft = Draft(data, year)
        data["sections"] = self.sections()
        data["tables"] = [self.table(t, draft) for t in range(self.size.tables)]
        self.place_statements(draft)
        evaluated = f"{year + 1}-{month:02d}-{max(day - 1, 1):02d}"
        data["facts"].append({"id": "f-evaluated", "concept": "evaluation.date",
                              "label": "自评完成日期", "measure": "date", "value": evaluated,
                              "period": str(year)})
        return draft

    def place_statements(self, draft: Draft) -> None:
        """Put each statement in its own paragraph of the section the tables belong to."""
        sections = draft.data["sections"]
        target = self.money_section
        if self.kind == "department":
            staff_text = self.staff(draft)
            holder = sections[0]["sections"][0] if sections[0].get("sections") else sections[0]
            paragraph = self.paragraph(holder["id"], staff_text)
            holder["paragraphs"].insert(0, paragraph)
            for fact in draft.data["facts"]:
                if fact["id"].startswith("f-staff"):
                    fact["source"].update(section=holder["id"], paragraph=paragraph["id"])
        for text, t in draft.statements:
            paragraph = self.paragraph(target["id"], text)
            target["paragraphs"].append(paragraph)
            for fact in draft.data["facts"]:
                if fact["id"].startswith(f"f-t{t + 1}-"):
                    fact["source"].update(section=target["id"], paragraph=paragraph["id"])


# -- defects -----------------------------------------------------------------------------------


def inject(draft: Draft, family: str, rng: random.Random) -> Defect:
    data = draft.data
    if family == "sum":
        t, r = rng.choice(draft.prior_totals)
        cell = data["tables"][t]["rows"][r]["cells"]
        right = Decimal(cell["prior"])
        wrong = right + Decimal(rng.randint(100, 999)) / 100 * rng.choice((1, -1))
        cell["prior"] = money(wrong)
        return Defect(family, "wrong total", f"/tables/{t}/rows/{r}/cells/prior",
                      f"stated {money(wrong)}, the rows add up to {money(right)}")
    if family == "rate":
        t, r = rng.choice(draft.rate_cells)
        cell = data["tables"][t]["rows"][r]["cells"]
        right = Decimal(cell["rate"])
        step = Decimal(rng.randint(100, 300)) / 100  # stays within 90-100 %: one defect only
        wrong = right - step if right - step >= 90 else right + step
        cell["rate"] = money(wrong)
        return Defect(family, "wrong rate", f"/tables/{t}/rows/{r}/cells/rate",
                      f"stated {money(wrong)}%, actual / budget gives {money(right)}%")
    if family == "date":
        year = draft.year + 1
        bad = rng.choice([f"{year}-02-30", f"{year}-04-31", f"{year}-13-05", f"{year}-06-31"])
        if rng.random() < 0.5:
            data["meta"]["report_date"] = bad
            return Defect(family, "impossible date", "/meta/report_date", f"report date {bad}")
        index = next(i for i, f in enumerate(data["facts"]) if f["id"] == "f-evaluated")
        data["facts"][index]["value"] = bad
        return Defect(family, "impossible date", f"/facts/{index}", f"自评完成日期 {bad}")
    if family == "agreement":
        t = rng.randrange(len(data["tables"]))
        key = rng.choice(["budget", "actual"])
        index = next(i for i, f in enumerate(data["facts"]) if f["id"] == f"f-t{t + 1}-{key}")
        fact = data["facts"][index]
        right = Decimal(fact["value"])
        wrong = money(right + Decimal(rng.randint(100, 2000)) / 100)
        _replace_in_paragraph(data, fact, fact["value"], wrong)
        fact["value"] = wrong
        return Defect(family, "text/table disagreement", f"/facts/{index}",
                      f"text says {wrong} 万元, table total {money(right)} 万元")
    if family == "numbering":
        sections = data["sections"]
        candidates = [("", sections)] if len(sections) >= 3 else []
        candidates += [(f"/sections/{i}", s["sections"]) for i, s in enumerate(sections)
                       if len(s.get("sections", [])) >= 3]
        if not candidates:
            raise ValueError("numbering needs a list of three or more headings")
        where, siblings = rng.choice(candidates)
        gap = rng.randrange(1, len(siblings))
        paren = siblings[0]["number"].startswith("（")
        for k in range(gap, len(siblings)):
            numeral = cn_number(k + 2)
            siblings[k]["number"] = f"（{numeral}）" if paren else numeral
        skipped = cn_number(gap + 1)
        return Defect(family, "numbering gap", f"{where}/sections/{gap}",
                      f"heading {siblings[gap]['number']} follows {siblings[gap - 1]['number']}; "
                      f"{skipped} is missing")
    raise ValueError(f"unknown family {family!r}")


def _replace_in_paragraph(data: dict[str, Any], fact: dict[str, Any], old: str, new: str) -> None:
    source = fact["source"]
    for paragraph in _paragraphs(data["sections"]):
        if paragraph["id"] == source["paragraph"]:
            text = paragraph["text"]
            start, end = source["start"], source["end"]
            quote = text[start:end].replace(old, new)
            paragraph["text"] = text[:start] + quote + text[end:]
            shift = len(quote) - (end - start)
            source.update(end=end + shift, quote=quote)
            for other in data["facts"]:
                src = other.get("source") or {}
                if other is not fact and src.get("paragraph") == paragraph["id"] \
                        and src["start"] >= end:
                    src["start"] += shift
                    src["end"] += shift
            return
    raise ValueError(f"no paragraph {source['paragraph']!r}")


def _paragraphs(sections: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found = []
    for section in sections:
        found.extend(section.get("paragraphs", []))
        found.extend(_paragraphs(section.get("sections", [])))
    return found


# -- whole reports -----------------------------------------------------------------------------


def report_kind(kind: str, index: int) -> str:
    if kind == "mixed":
        return "project" if index % 2 else "department"
    return kind


def families_for(mode: str, index: int, allowed: Sequence[str]) -> list[str]:
    if mode == "none":
        return []
    if mode == "all":
        return list(allowed)
    return [allowed[(index - 1) % len(allowed)]]


def generate(index: int, seed: int, kind: str = "mixed", size: Size | None = None,
             families: Sequence[str] = ()) -> tuple[dict[str, Any], list[Defect]]:
    """Report number ``index`` and the defects injected into it."""
    rng = random.Random(f"crossfoot-bench:{seed}:{index}")
    draft = Builder(rng, report_kind(kind, index), size or Size(), index).build()
    defects = []
    for family in families:
        defect = inject(draft, family, rng)
        defect.rules = RULES[family]
        defects.append(defect)
    return draft.data, defects


def write_report(folder: Path, index: int, data: dict[str, Any], defects: list[Defect] | None,
                 seed: int) -> Path:
    """``folder/reports/report-N.json`` and, unless ``defects`` is None, its truth file."""
    name = f"report-{index:05d}.json"
    path = folder / "reports" / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if defects is not None:
        truth = {"report": name, "seed": seed, "kind": data["meta"]["kind"],
                 "defects": [d.to_json() for d in defects]}
        (folder / "truth" / name).write_text(json.dumps(truth, ensure_ascii=False, indent=1)
                                             + "\n", encoding="utf-8")
    return path


def generate_folder(folder: Path, count: int, seed: int, kind: str = "mixed",
                    size: Size | None = None, mode: str = "none",
                    allowed: Sequence[str] = FAMILIES, truth: bool = True,
                    first: int = 1) -> list[Path]:
    (folder / "reports").mkdir(parents=True, exist_ok=True)
    if truth:
        (folder / "truth").mkdir(exist_ok=True)
    paths = []
    for index in range(first, first + count):
        families = families_for(mode, index, allowed)
        data, defects = generate(index, seed, kind, size, families)
        paths.append(write_report(folder, index, data, defects if truth else None, seed))
    return paths


def size_arguments(parser: argparse.ArgumentParser) -> None:
    default = Size()
    parser.add_argument("--sections", type=int, default=default.sections,
                        help=f"top-level sections (default {default.sections}, 2 to 99)")
    parser.add_argument("--subsections", type=int, default=default.subsections,
                        help=f"sub-sections of each section (default {default.subsections})")
    parser.add_argument("--paragraphs", type=int, default=default.paragraphs,
                        help=f"paragraphs of each sub-section (default {default.paragraphs})")
    parser.add_argument("--tables", type=int, default=default.tables,
                        help=f"money tables (default {default.tables})")
    parser.add_argument("--rows", type=int, default=default.rows,
                        help=f"item rows of each table (default {default.rows})")
    parser.add_argument("--scale", type=int, choices=(1, 10, 100), default=1,
                        help="multiply the size by about 1, 10 or 100")


def size_from(args: argparse.Namespace) -> Size:
    size = Size(args.sections, args.subsections, args.paragraphs, args.tables, args.rows)
    return size.scaled(args.scale)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write the reports into")
    parser.add_argument("-n", "--count", type=int, default=10, help="how many reports")
    parser.add_argument("--seed", type=int, default=1, help="reproducible randomness")
    parser.add_argument("--kind", choices=("department", "project", "mixed"), default="mixed")
    parser.add_argument("--inject", choices=("none", "one", "all"), default="none",
                        help="no defect, one per report (families in turn), or one of each")
    parser.add_argument("--families", default=",".join(FAMILIES),
                        help=f"families to inject (default {','.join(FAMILIES)})")
    parser.add_argument("--no-truth", action="store_true", help="write no truth files")
    size_arguments(parser)
    args = parser.parse_args(argv)
    allowed = [f.strip() for f in args.families.split(",") if f.strip()]
    unknown = sorted(set(allowed) - set(FAMILIES))
    if unknown:
        parser.error(f"unknown families: {', '.join(unknown)} (known: {', '.join(FAMILIES)})")
    paths = generate_folder(args.out, args.count, args.seed, args.kind, size_from(args),
                            args.inject, allowed, truth=not args.no_truth)
    print(f"wrote {len(paths)} reports to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
