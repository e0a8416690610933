"""What a table read from text says: its totals, its change rows, the quantities of its cells.

The text importer lays a flattened table out as rows and columns and no more
(``importing.text.grids``). Reading it is this module's work, with the same
vocabulary as the narrative:

- a row labelled 合计 / 总计 (or 总分, in a table of points whose rows' weights make its
  own) is the total of the rows at its level; a row after ``其中：`` and the known parts
  of the row above it (``vocabulary.breakdowns``) are parts of that row; a row labelled
  小计 closes the rows above it; a column 合计 is the sum of the columns beside it,
  and a group's 合计 of the group's columns;
- a row ``2016 年比 2015 年增减%`` (or 增减率 / 变动率 between two year rows)
  states, column by column, the change from one year's row to the other's; columns
  ``2023年 | 2022年 | 增减额 | 增减%`` (or 预算数 | 决算数 | 增减率, 上年完成 | 本年完成 |
  增长%) state, row by row, the change from one column to the other; a row a year with a
  较上年增减（%） column, each year's against the year before;
- ``下达数 | 支出数 | 执行率``, ``资金来源 | 金额 | 占比`` and ``户数 | 标准 | 资金`` state each
  row's rate, share and product;
- a cell whose column names a known quantity (三公经费 and its parts) in a row
  named by a year is that quantity in that year, the concept the narrative
  gives it too, so text and table are compared (AGR402).

Nothing here is guessed: a table whose rows or columns do not fit these
shapes is left as it was laid out.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from crossfoot.analysis.vocabulary import breakdowns, cues
from crossfoot.importing.text.grids import SUBTOTAL, header_unit
from crossfoot.model import unit_words
from crossfoot.model.quantity import format_value
from crossfoot.model.units import unit_for

_TOTAL_ROW = re.compile(r"^(?:合\s*计|总\s*计)$")
#: the header of a table's weights (分值 / 权重 / 满分)
_WEIGHT_HEADER = re.compile(r"分值|权重|满分")
#: the total row of a table of points (指标 | 分值 | 得分, then 总分), where the weights of its
#: rows make its own
_POINTS_TOTAL = re.compile(r"^(?:总\s*分|总得分|合计得分|得分合计)$")
#: a total row named by what it adds up (支出合计 / 收入总计): the table's total only when it
#: is its only total and stands first or last (tables of budgets print it above the rows)
_NAMED_TOTAL = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:合计|总计|总额)$")
#: the row of a whole region over its counties or districts (statistical bulletins, transfer
#: allocation tables: 地区 | 常住人口 | 占全市比重, then 全市 and each county)
_REGION_TOTAL = re.compile(r"^全(?:省|市|州|盟|县|区|旗|镇|乡)(?:合计|总计)?$")
#: a column of each row's share of the table's total (资金来源 | 金额 | 占比)
_SHARE_COLUMN = re.compile(r"^(?:所?占比重?|比重|占总额比例|占比例|构成比)(?:[(（]%[)）])?$")
_PARTS_ROW = re.compile(r"^其中[:：]?")
#: a row that closes the rows above it (小计 / 车辆小计 / 产出指标小计)
_SUBTOTAL_ROW = re.compile(r"^[\u4e00-\u9fff]{0,8}小计$")
_YEAR_ROW = re.compile(r"^((?:19|20)[0-9]{2})\s*年(?:度)?$")
_CHANGE_ROW = re.compile(r"增减|变动|增长|下降|比上年|较上年|同比")
#: a row of a rate or a share among rows of amounts (税收收入占比(%) / 执行率（%）): no part
_RATE_ROW = re.compile(r"[(（]%[)）]$|占比|比重")
_CHANGE_YEARS = re.compile(r"((?:19|20)[0-9]{2})\s*年?\s*(?:比|较|与)\s*((?:19|20)[0-9]{2})")
#: the prefix of concepts that name a standard quantity of every report of a kind
KNOWN = "known:"


def read_table(table: dict[str, Any]) -> list[dict[str, Any]]:
    """Set ``table``'s row roles, column sums and cell concepts; return the claims it states."""
    if not table.get("columns") or table["columns"][0].get("id") != "label":
        return []  # a table laid out with its own roles already (a summary table)
    _rows(table)
    _column_sums(table)
    _concepts(table)
    return _changes(table) + _column_changes(table) + _year_row_changes(table) \
        + _shares(table) + _rates(table)


def adopt_unit(table: dict[str, Any], facts: Sequence[Mapping[str, Any]]) -> None:
    """A table of known quantities that prints no unit takes the one the text gives them.

    ``三公经费`` tables are often printed without 单位：万元 under a text that
    states the same quantities in 万元. Only when the text uses one unit for
    all of them and at least one cell shows the very digits the text gives its
    quantity in the same year is the table read in that unit.
    """
    if table.get("unit") or any(c.get("unit") for c in table["columns"][1:]):
        return
    known = [f for f in facts if str(f.get("concept", "")).startswith(KNOWN)]
    units = {f.get("unit") for f in known}
    if len(units) != 1 or None in units:
        return
    stated = {(f["concept"], str(f.get("period"))): _text(f["value"]) for f in known}
    for row in table["rows"]:
        for cell in row["cells"].values():
            if not isinstance(cell, dict) or "concept" not in cell:
                continue
            if stated.get((cell["concept"], str(cell.get("period")))) == str(cell["value"]):
                table["unit"] = units.pop()
                return


def _text(value: Any) -> str:
    """A fact's value as its JSON form writes it (an emitted figure may hold its Decimal)."""
    return format_value(value) if isinstance(value, Decimal) else str(value)


def known_concept(name: str) -> str | None:
    """The concept of a standard quantity (三公经费, 公务接待费 …), named the same everywhere."""
    concept = breakdowns.concept(name)
    return f"{KNOWN}{concept}" if concept in breakdowns.REPORT_WIDE else None


#: the length of a 政府收支分类 code (类 201, 款 20103, 项 2010301) -> its level
_CODE_LEVELS = {3: 1, 5: 2, 7: 3}


def _label(row: dict[str, Any]) -> str:
    return str(row["label"]).replace(" ", "").replace("\u3000", "")


def _rows(table: dict[str, Any]) -> None:
    """Roles and levels: totals over their level, parts under their parent, change rows aside."""
    rows = table["rows"]
    parent: dict[str, Any] | None = None
    points = any(c.get("unit") == "分" for c in table["columns"][1:])
    named = _edge_total(rows, _NAMED_TOTAL)
    region = _edge_total(rows, _REGION_TOTAL) if named is None else None
    for previous, row in zip([None, *rows[:-1]], rows, strict=True):
        label = _label(row)
        if named is not None and row is named:
            row.update(role="total", level=0)
            parent = None
        elif region is not None and row is region:
            # 全市 | 740,794, then a row per county: the region's total, yet its rows may leave
            # out a part (市本级, 开发区), so only rows that exceed it are wrong
            row.update(role="total", level=0, coverage="partial")
            parent = None
        elif label.isdigit() and len(label) in _CODE_LEVELS:
            # 201 一般公共服务支出, then 2010301 行政运行: a classification's code says its
            # level (类, 款, 项), and only the 类 add up to the total
            row.update(role="item", level=_CODE_LEVELS[len(label)])
            parent = None
        elif (_CHANGE_ROW.search(label) and not _YEAR_ROW.match(label)) \
                or (_RATE_ROW.search(label) and not points):  # (not 预算执行率 | 10 | 9.9:
            # an indicator's points)
            row.update(role="note", level=0)
        elif _TOTAL_ROW.match(label) or (points and _POINTS_TOTAL.match(label)):
            row.update(role="total", level=0)
        elif _PARTS_ROW.match(label) and previous is not None \
                and _PARTS_ROW.match(_label(previous)):
            # 其中：授予中小企业合同金额, then 其中：授予小微企业合同金额: a part of that part
            row.update(role="item", level=3)
        elif _PARTS_ROW.match(label) and parent is not None:
            row.update(role="item", level=2)
            parent["role"] = "subtotal"
        elif parent is not None and parent.get("role") == "subtotal" \
                and (_known_part(_label(parent), label) or row.get("level") == 2):
            # (a row the layout sets under the 其中 row above it: grids.under_parts)
            row.update(role="item", level=2)
        else:
            row.update(role="item", level=1)
            parent = row
    unclear = _closing_subtotals(rows)
    tops = [r["id"] for r in rows if r.get("role") in ("item", "subtotal") and r["level"] == 1]
    if unclear:
        tops = []  # (A, 其中 a, B, 小计: which rows the 小计 closes is not certain)
    additive = {str(c["id"]) for c in table["columns"][1:]
                if c.get("unit") != "%" and c.get("additive", True)}
    if _nested([r for r in rows if r["id"] in tops], additive):
        tops = []  # (一般公共服务支出 600, 人大事务 200, 政府办公厅 400 …): levels lost, not read
        for row in rows:
            if row["role"] == "total":
                row["role"] = "note"
    for row in rows:
        if row["role"] == "total" and _POINTS_TOTAL.match(_label(row)) \
                and not _weights_close(table, row, [r for r in rows if r["id"] in tops]):
            row["role"] = "note"  # (a form's 总分 holds the 预算执行率 score of its funds part)
    for index, row in enumerate(rows):
        if row["role"] == "total" and tops and _closed_early(row, rows, tops, additive):
            row["role"] = "note"  # which rows it adds up is not certain: none are read so
        elif row["role"] == "total" and tops:
            row["sum_of"] = tops
        if row["role"] == "subtotal" and "closes" in row:
            row["sum_of"] = row.pop("closes")
        elif row["role"] == "subtotal":
            children = _children(rows, index)
            row["sum_of"] = [r["id"] for r in children]
            if not all(_known_part(_label(row), _label(child)) for child in children):
                # 政府采购实际支出, 其中：授予中小企业合同金额: some of it, not all
                row["coverage"] = "partial"
    _same_in_every_row(table)


def _same_in_every_row(table: dict[str, Any]) -> None:
    """项目 | 减免标准 | 减免数量（具） | 减免金额, every row 1,208 具 and the 合计 1,208 具: a
    column whose every row a total covers states the total's own figure counts the same
    things in each row; it adds up to nothing, and is left unsummed."""
    by_id = {row["id"]: row for row in table["rows"]}
    for total in table["rows"]:
        covered = [by_id[i] for i in total.get("sum_of", ()) if i in by_id]
        if total.get("role") != "total" or len(covered) < 2:
            continue
        for column in table["columns"][1:]:
            value = _amount(total["cells"].get(column["id"]))
            if value and all(_amount(r["cells"].get(column["id"])) == value for r in covered):
                column["additive"] = False


def _closing_subtotals(rows: list[dict[str, Any]]) -> bool:
    """车辆小计 after the row of each kind of vehicle (资产类别 | 数量 | 原值, then a 合计 of the
    subtotal and the rows after it): a 小计 closes the rows above it, back to a heading, the
    table's start or the last 小计; those rows stand a level below it. A first 小计 with no
    row above it opens its rows instead (小计 a, then its rows: left to the layout). True when
    a 小计 has above it a row of another level, so that what it closes is not certain."""
    closing = [i for i, row in enumerate(rows) if _SUBTOTAL_ROW.match(_label(row))
               and row.get("role") == "item" and row.get("level") == 1]
    if not closing or closing[0] == 0 or not _has_figures(rows[closing[0] - 1]):
        return False
    start = 0
    for index in closing:
        for at in range(index - 1, start - 1, -1):
            if not _has_figures(rows[at]):  # (一、产业类 heading its rows: not one of them)
                start = at + 1
                break
        above = rows[start:index]
        if not above or any(r.get("role") != "item" or r.get("level") != 1 for r in above):
            return True
        for row in above:
            row["level"] = 2
        rows[index].update(role="subtotal", closes=[r["id"] for r in above])
        start = index + 1
    return False


def _weights_close(table: dict[str, Any], total: dict[str, Any],
                   rows: list[dict[str, Any]]) -> bool:
    """Do the weights of ``rows`` (分值 / 权重) make the 总分 row's, so that its points are all
    theirs?"""
    weights = [c["id"] for c in table["columns"][1:] if _WEIGHT_HEADER.search(c["label"])]
    if len(weights) != 1 or not rows:
        return False
    whole = _amount(total["cells"].get(weights[0]))
    parts = [_amount(row["cells"].get(weights[0])) for row in rows]
    return whole is not None and None not in parts \
        and sum((p for p in parts if p is not None), Decimal(0)) == whole


def _has_figures(row: dict[str, Any]) -> bool:
    return any(_amount(cell) is not None for cell in row["cells"].values())


def _edge_total(rows: list[dict[str, Any]], pattern: re.Pattern[str]) -> dict[str, Any] | None:
    """The one row whose label ``pattern`` matches, first or last, where the table has no
    合计 / 总计 row: a total named by what it adds up (支出合计: tables of budgets print it
    above the rows), or the whole region over its counties (全市)."""
    if len(rows) < 3 or any(_TOTAL_ROW.match(_label(r)) for r in rows):
        return None
    named = [r for r in rows if pattern.match(_label(r))]
    if len(named) != 1 or named[0] not in (rows[0], rows[-1]):
        return None
    return named[0]


def _nested(tops: list[dict[str, Any]], additive: set[str] | None = None) -> bool:
    """Does a row equal the rows right after it (a class over its 款 whose levels the
    flattening lost)? Then the rows are not all of one level. Told by the row's first
    figure, where its other figures of columns that add (``additive``; None: all) close
    with the same rows: a score table's weights may add up so by chance (产出 50 = 效益
    30 + 满意度 10 + 预算执行 10) where its scores do not."""
    for index, row in enumerate(tops):
        figures = [(key, value) for key, cell in row["cells"].items()
                   if (value := _amount(cell)) is not None
                   and (additive is None or key in additive)]
        if not figures:
            continue
        key, value = figures[0]
        count = _closed_by(value, tops[index + 1:], key)
        if count == 1 and _places_alike(row, tops[index + 1]):
            continue  # 河口乡 | 2 | 64,000 over 桃林镇 | 2 | 64,000: two towns alike, no level
        if count and all(_adds_to(other, tops[index + 1:index + 1 + count], column)
                         for column, other in figures[1:]):
            return True
    return False


def _places_alike(row: dict[str, Any], other: dict[str, Any]) -> bool:
    """Are two rows places of one level (河口乡, 桃林镇: townships; 城东区, 白河县: counties)?"""
    return any(_label(row).endswith(group) and _label(other).endswith(group)
               for group in cues.KINDRED_PLACES)


def _adds_to(value: Decimal, rows: list[dict[str, Any]], key: str) -> bool:
    """Do ``rows`` add up to ``value`` in column ``key`` within rounding? A column with an
    empty cell among them says nothing against it (yes)."""
    parts = [_amount(row["cells"].get(key)) for row in rows]
    return None in parts or abs(sum((p for p in parts if p is not None), Decimal(0))
                                - value) <= _slack(value, len(parts))


def _closed_early(total: dict[str, Any], rows: list[dict[str, Any]], tops: list[str],
                  additive: set[str]) -> bool:
    """Do the first rows already make the total, with more after them (按收入性质分：A, B；按
    支出性质分：C, D: one total split two ways)? Then which rows it adds up is not certain."""
    parts = [r for r in rows if r["id"] in tops]
    figures = [(key, value) for key, cell in total["cells"].items()
               if (value := _amount(cell)) is not None and key in additive]
    if not figures:
        return False
    key, value = figures[0]
    count = _closed_by(value, parts[:-1], key)
    # (every other figure of the total made by the same first rows: 3 + 2 + 2 + 1 站 within
    # the rounding of 10 by chance, where their amounts do not make its amount, is no split)
    return count > 0 and any(_amount(r["cells"].get(key)) for r in parts[count:]) \
        and all(_adds_to(other, parts[:count], column) for column, other in figures[1:])


def _closed_by(value: Decimal, rows: list[dict[str, Any]], key: str) -> int:
    """How many of ``rows``, two or more from the first, add up to ``value`` in column
    ``key`` within rounding (0: none do before a row leaves the cell empty)."""
    running = Decimal(0)
    for count, row in enumerate(rows, 1):
        part = _amount(row["cells"].get(key))
        if part is None:
            return 0
        running += part
        if count >= 2 and abs(running - value) <= _slack(value, count):
            return count
    return 0


def _cell_text(cell: Any) -> str:
    """What a cell prints: its value where it is written as an object with tags."""
    return str(cell["value"] if isinstance(cell, dict) else cell) if cell is not None else ""


def _amount(cell: Any) -> Decimal | None:
    text = _cell_text(cell)
    try:
        return Decimal(text.replace(",", "")) if text else None
    except ArithmeticError:
        return None


def _slack(value: Decimal, count: int) -> Decimal:
    """What rounding allows between ``count`` parts and their total at the total's digits."""
    exponent = value.as_tuple().exponent
    step = Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)
    return step * (count + 1) / 2


def _children(rows: list[dict[str, Any]], index: int) -> list[dict[str, Any]]:
    found = []
    for row in rows[index + 1:]:
        if row.get("level") != 2:
            break
        found.append(row)
    return found


def _known_part(parent: str, label: str) -> bool:
    whole = breakdowns.concept(parent)
    part = breakdowns.concept(label)
    return whole is not None and part in breakdowns.COMPLETE.get(whole, ())


def _column_sums(table: dict[str, Any]) -> None:
    """A column 合计 is the sum of the columns beside it; a group's 合计 of its group."""
    columns = [c for c in table["columns"][1:] if c.get("unit") != "%"]
    groups: dict[str, list[dict[str, Any]]] = {}
    tops: list[dict[str, Any]] = []
    for column in columns:
        group, _, _name = str(column["label"]).rpartition("/")
        if group:
            groups.setdefault(group, []).append(column)
        else:
            tops.append(column)
    sums = []
    for members in groups.values():
        subtotal = [c for c in members if c["label"].rpartition("/")[2] in SUBTOTAL]
        others = [c for c in members if c not in subtotal]
        if len(subtotal) == 1 and len(others) >= 2:
            sums.append({"total": subtotal[0]["id"], "parts": [c["id"] for c in others]})
            tops.append(subtotal[0])
    total = [c for c in tops if c["label"] in SUBTOTAL] or _flow_total(tops)
    others = [c for c in tops if c not in total]
    if len(total) == 1 and len(others) >= 2:
        sums.append({"total": total[0]["id"], "parts": [c["id"] for c in others]})
    if sums:
        table["column_sums"] = sums


def _flow_total(columns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """本年收入合计 | 财政拨款收入 | 事业收入 | 其他收入 (a final account's 收入决算表): a first
    column named as the total of a flow, before at least two others each a kind of that flow,
    is their sum."""
    if len(columns) < 3:
        return []
    first, rest = str(columns[0]["label"]), [str(c["label"]) for c in columns[1:]]
    if not _NAMED_TOTAL.match(first):
        return []
    flow = next((f for f in cues.FLOWS if f in first), None)
    return [columns[0]] if flow is not None and all(
        label.endswith(flow) and not _NAMED_TOTAL.match(label) for label in rest) else []


def _concepts(table: dict[str, Any]) -> None:
    """Cells of a known quantity's column in a year's row: that quantity in that year."""
    for column in table["columns"][1:]:
        name = str(column["label"])
        group, _, own = name.rpartition("/")
        concept = known_concept(own if own not in SUBTOTAL else group) if group \
            else known_concept(name)
        if concept is None:
            continue
        for row in table["rows"]:
            year = _YEAR_ROW.match(_label(row))
            if year is not None and column["id"] in row["cells"]:
                tag(row, column["id"], concept=concept, period=year.group(1))


def _changes(table: dict[str, Any]) -> list[dict[str, Any]]:
    """``2016 年比 2015 年增减%``: in each column, the change from one year's row to another's."""
    claims: list[dict[str, Any]] = []
    by_year = {m.group(1): row for row in table["rows"] if (m := _YEAR_ROW.match(_label(row)))}
    for row in table["rows"]:
        label = _label(row)
        if row.get("role") != "note" or not ("%" in label or "率" in label):
            continue
        years = _CHANGE_YEARS.search(label)
        if years is not None:
            current, base = by_year.get(years.group(1)), by_year.get(years.group(2))
        elif len(by_year) == 2:
            base, current = (by_year[y] for y in sorted(by_year))
        else:
            continue
        if current is None or base is None:
            continue
        for column in table["columns"][1:]:
            key = column["id"]
            if key in row["cells"] and key in current["cells"] and key in base["cells"]:
                claims.append(_percent_change(table, (row, key), current, base, key))
    return claims


def _percent_change(table: dict[str, Any], percent: tuple[dict[str, Any], str],
                    current: dict[str, Any], base: dict[str, Any], key: str) -> dict[str, Any]:
    """The change claim of a percent cell (its row and column, tagged a percentage): the
    figure of ``current`` against that of ``base``, both in column ``key``."""
    tag(*percent, unit="%")
    return {"kind": "change", "certain": True, "percent": _ref(table, *percent),
            "current": _ref(table, current, key), "base": _ref(table, base, key)}


def _column_changes(table: dict[str, Any]) -> list[dict[str, Any]]:
    """``项目 | 2023年 | 2022年 | 增减额 | 增减%`` (or ``预算数 | 决算数 | 增减额 | 增减率``): in
    each row, the change from one column to the other, as its amount and percent columns
    state it. Only where the two columns are certain: two years, or a budget and its
    outturn."""
    columns = [(c["id"], str(c.get("label", "")).replace(" ", "")) for c in table["columns"][1:]]
    years = [(m.group(1), key) for key, name in columns if (m := _YEAR_COLUMN.fullmatch(name))]
    budget = [key for key, name in columns if name in _BUDGET_COLUMNS]
    spent = [key for key, name in columns if name in _SPENT_COLUMNS]
    last = [key for key, name in columns if _LAST_YEAR_COLUMN.fullmatch(name)]
    this = [key for key, name in columns if _THIS_YEAR_COLUMN.fullmatch(name)]
    if len(years) == 2 and years[0][0] != years[1][0]:
        base, current = (key for _, key in sorted(years))
    elif len(budget) == 1 and len(spent) == 1:
        base, current = budget[0], spent[0]
    elif len(last) == 1 and len(this) == 1:
        base, current = last[0], this[0]  # (上年完成 | 本年完成 | 增长%)
    else:
        return []
    amounts = [key for key, name in columns if _AMOUNT_COLUMN.fullmatch(name)]
    percents = [key for key, name in columns if _PERCENT_COLUMN.fullmatch(name)]
    if len(amounts) > 1 or len(percents) > 1 or not (amounts or percents):
        return []
    claims: list[dict[str, Any]] = []
    for row in table["rows"]:
        cells = row["cells"]
        if current not in cells or base not in cells:
            continue
        claim: dict[str, Any] = {"kind": "change", "certain": True,
                                 "current": _ref(table, row, current),
                                 "base": _ref(table, row, base)}
        if amounts and amounts[0] in cells:
            claim["change"] = _ref(table, row, amounts[0])
        if percents and percents[0] in cells:
            tag(row, percents[0], unit="%")
            claim["percent"] = _ref(table, row, percents[0])
        if "change" in claim or "percent" in claim:
            claims.append(claim)
    return claims


def _year_row_changes(table: dict[str, Any]) -> list[dict[str, Any]]:
    """``年度 | 参保人数（万人） | 较上年增减（%）`` over a row a year: each row's change is its
    figure against the row's before it. Only where every row is a year, one after another,
    and the table's percent columns are each a change against the year before (较上年 / 同比)
    or a rate of change (增长率), of the one other value column, or of the one whose header
    holds the words before the change's (金额增长率 of 发放金额（万元）, beside 享受人数)."""
    columns = _value_columns(table)
    levels = [c for c in columns if c.get("unit") != "%"]
    rows = table["rows"]
    years = [int(found[1]) for row in rows if (found := _BARE_YEAR.match(_label(row)))]
    if not levels or len(rows) < 2 or len(years) != len(rows) \
            or any(later - year != 1 for year, later in itertools.pairwise(years)):
        return []
    claims: list[dict[str, Any]] = []
    for column in columns:
        of = _changed_column(column, levels) if column.get("unit") == "%" else None
        if of is None:
            continue
        value, change = of["id"], column["id"]
        for base, row in itertools.pairwise(rows):
            if change in row["cells"] and value in row["cells"] and value in base["cells"]:
                claims.append(_percent_change(table, (row, change), row, base, value))
    return claims


def _changed_column(column: dict[str, Any], levels: list[dict[str, Any]]
                    ) -> dict[str, Any] | None:
    """The level column a percent column is the yearly change of, by its header, or None."""
    name = str(column.get("label", "")).replace(" ", "")
    found = _LAST_YEAR_CHANGE.search(name) or _RATE_OF_CHANGE.search(name)
    if found is None:
        return None
    if len(levels) == 1:
        return levels[0]
    stem = name[:found.start()]
    named = [c for c in levels if stem and stem in str(c.get("label", ""))]
    return named[0] if len(named) == 1 else None


#: a row of one year (2019 / 2019年 / 2019年度)
_BARE_YEAR = re.compile(r"^((?:19|20)[0-9]{2})(?:年度?)?$")
#: a column of each year's change against the one before (较上年增减（%） / 比上年增长 / 同比增长)
_LAST_YEAR_CHANGE = re.compile(r"(?:较|比)上年|同比")
#: a column of a rate of change, in rows of years (金额增长率 / 增幅 / 增减率)
_RATE_OF_CHANGE = re.compile(r"增长率|增减率|增幅|变动率")


def row_products(table: dict[str, Any]) -> list[dict[str, Any]]:
    """``类别 | 户数（户） | 补助标准（万元/户） | 补助资金（万元）``: each row's amount is its
    count times its standard (relations of the model, one a row). Only where the table has
    exactly these three value columns in this order, the standard's header naming a price or
    a standard and the amount's the money unit the standard is in, and the row states all
    three, its count whole."""
    columns = _value_columns(table)
    if not table.get("columns") or table["columns"][0].get("id") != "label" or len(columns) != 3:
        return []
    count, each, amount = columns
    names = [str(c.get("label", "")).replace(" ", "") for c in columns]
    per = header_unit(names[1]) or ""
    each_of = _PER_IN_HEADER.search(names[1])
    if "/" not in per and each_of is not None:
        per = f"{per}/{each_of[1]}"  # (每村标准（万元）: 万元 a 村)
    money = header_unit(names[2])
    per_money, _, per_one = per.partition("/")
    counted = _COUNT_HEADER.search(names[0]) or header_unit(names[0]) in unit_words.COUNT
    if not counted or not _STANDARD_HEADER.search(names[1]) or money is None \
            or unit_for(per_money).dimension != unit_for(money).dimension or not per_one:
        return []  # (标准（元/人） | 资金（万元）: one money in two scales, which the sum weighs)
    if per_money != money:  # (元 a 人, 万元 in all: each column its unit)
        each.setdefault("unit", per_money)
        amount.setdefault("unit", money)
    found = []
    for row in table["rows"]:
        cells = [_amount(row["cells"].get(c["id"])) for c in (count, each, amount)]
        times = cells[0]
        if None in cells or times is None or times % 1 or times <= 0 or row.get("role") == "note":
            continue
        tag(row, each["id"], exact=True)  # (a standard of 2 万元 a 家 is 2 exactly)
        found.append({"kind": "sum", "label": f"{_label(row)}：{names[0]} × {names[1]}",
                      "total": _ref(table, row, amount["id"]),
                      "parts": [_ref(table, row, each["id"])], "weights": [int(times)],
                      "coverage": "complete", "certain": True})
    return found


#: a column of counts (户数 / 人数 / 数量 / 台数) and one of a price or standard per one
_COUNT_HEADER = re.compile(r"^(?:户数|人数|数量|个数|台数|辆数|套数|件数)")
_STANDARD_HEADER = re.compile(r"单价|标准")
#: a standard's header naming what it is per (每村标准（万元） / 每人补助标准（元）)
_PER_IN_HEADER = re.compile(r"每([\u4e00-\u9fff])")


#: a column of one year's figures (2023年, 2022年度, 2023年决算数, 2022年末 of a stock)
_YEAR_COLUMN = re.compile(r"((?:19|20)[0-9]{2})年(?:度|末|底)?(?:决算数|预算数|执行数|金额)?")
#: a column of last year's figures and one of this year's (上年完成 | 本年完成: budget
#: execution reports' tables of each tax)
_LAST_YEAR_COLUMN = re.compile(r"上年(?:完成|决算数?|执行数?|实际|数)?")
_THIS_YEAR_COLUMN = re.compile(r"本年(?:完成|决算数?|执行数?|实际|数)?")
#: the columns of a budget and of what was spent of it
_BUDGET_COLUMNS = ("预算数", "年初预算数", "全年预算数", "预算")
_SPENT_COLUMNS = ("决算数", "执行数", "实际支出", "决算")
#: a column of the change's amount, and one of its percent
_AMOUNT_COLUMN = re.compile(r"(?:增减|增减额|增减金额|增\(减\)额|增（减）额|比上年增减)")
_PERCENT_COLUMN = re.compile(r"(?:较上年|比上年)?"  # (较上年增减%)
                             r"(?:增减率|增减%|增减幅度|增减比例|增长率|增长%|增减百分比|变动率)"
                             r"(?:[(（]%[)）])?")


def _shares(table: dict[str, Any]) -> list[dict[str, Any]]:
    """``资金来源 | 金额 | 占比``: each row the total covers, its amount's share of the total's.
    Only where the table has one total, one share column and one column of amounts."""
    columns = _value_columns(table)
    shares = [c["id"] for c in columns
              if _SHARE_COLUMN.fullmatch(str(c.get("label", "")).replace(" ", ""))]
    amounts = [c["id"] for c in columns if c["id"] not in shares and c.get("unit") != "%"]
    totals = [row for row in table["rows"] if row.get("role") == "total" and row.get("sum_of")]
    if len(shares) != 1 or len(amounts) != 1 or len(totals) != 1:
        return []
    share, amount, total = shares[0], amounts[0], totals[0]
    if amount not in total["cells"]:
        return []
    covered = set(total["sum_of"])
    claims: list[dict[str, Any]] = []
    for row in table["rows"]:
        if row["id"] in covered and share in row["cells"] and amount in row["cells"]:
            tag(row, share, unit="%")
            claims.append({"kind": "share", "certain": True, "value": _ref(table, row, share),
                           "part": _ref(table, row, amount),
                           "whole": _ref(table, total, amount)})
    return claims


#: a rate column's header (执行率 / 拨付率 / 支付进度 / 完成率（%）), not a change's or a power's
_RATE_COLUMN = re.compile(r"(?<!功)(?:率|进度)(?:[(（]%[)）])?$")
_NOT_RATE = re.compile(r"增|减少|减幅|降|变动|同比|增速|占比|比重")  # (not 审减率)
#: the verbs of a rate of a difference (审减率 of 送审 − 审定; 节约率 of 预算 − 支出)
_DIFFERENCE_RATE = re.compile(r"审减|核减|节约|节支|结余")
#: words of what a rate is of (the whole: 预算数, 下达数, 送审金额) and of what was done of it
#: (the part: 支出数, 拨付数, 审减金额)
_WHOLE_WORDS = re.compile(r"预算|下达|到位|计划|目标|送审|应|合同|任务|批复")
_PART_WORDS = re.compile(r"支出|执行|完成|实际|拨付|支付|审减|审定|兑付|发放|决算")


def _rates(table: dict[str, Any]) -> list[dict[str, Any]]:
    """``资金类别 | 下达数 | 支出数 | 执行率``: each row's rate is its second figure over its
    first. Only where the table has exactly these three value columns, in this order, the two
    amounts in one unit, their names not the other way round (决算数 | 预算数 | 完成预算%)."""
    columns = _value_columns(table)
    if len(columns) != 3:
        return []
    whole, part, rate = columns
    names = [str(c.get("label", "")).replace(" ", "") for c in columns]
    units = [header_unit(n) for n in names[:2]]
    if not _RATE_COLUMN.search(names[2]) or _NOT_RATE.search(names[2]) or units[0] != units[1] \
            or (units[0] is not None and any(c.get("unit") == "%" or c.get("additive") is False
                                             for c in (whole, part))):
        return []  # (目标值 | 实际值 | 完成率 of indicators: each row's figures in its own unit)
    if (_PART_WORDS.search(names[0]) and not _WHOLE_WORDS.search(names[0])) or (
            _WHOLE_WORDS.search(names[1]) and not _PART_WORDS.search(names[1])
            and not any(names[1][at:at + 2] in names[2] for at in range(len(names[1]) - 1))):
        return []  # (到位数 | 到位率: the part's own word names the rate)
    named = _RATE_COLUMN.search(names[2])
    verb = names[2][max(0, named.start() - 2):named.start()] if named else ""
    if _DIFFERENCE_RATE.fullmatch(verb) and verb not in names[1]:
        return []  # (送审金额 | 审定金额 | 审减率: of what was cut, which no column states)
    if not (_WHOLE_WORDS.search(names[0]) or _PART_WORDS.search(names[1])
            or (len(verb) == 2 and names[1].startswith(verb))):
        return []  # (抽检（份） | 合格（份） | 合格率: the part's word names the rate)
    claims: list[dict[str, Any]] = []
    for row in table["rows"]:
        cells = row["cells"]
        if all(c["id"] in cells for c in columns) and _amount(cells[rate["id"]]) is not None \
                and _one_unit(cells[whole["id"]], cells[part["id"]]):
            for column in (whole["id"], part["id"]):
                _split_unit(row, column)
            tag(row, rate["id"], unit="%")
            claims.append({"kind": "rate", "certain": True, "value": _ref(table, row, rate["id"]),
                           "part": _ref(table, row, part["id"]),
                           "whole": _ref(table, row, whole["id"])})
    return claims


def _one_unit(whole: Any, part: Any) -> bool:
    """Are both cells figures, bare or in one unit written after each (150处 | 138处)?"""
    found = [_UNIT_AFTER.fullmatch(_cell_text(c)) for c in (whole, part)]
    return all(found) and found[0][2] == found[1][2]  # type: ignore[index]


def _split_unit(row: dict[str, Any], column: str) -> None:
    """138处 -> the figure 138 in the unit 处, for a cell that writes its unit after it."""
    cell = row["cells"][column]
    found = _UNIT_AFTER.fullmatch(_cell_text(cell))
    if found is not None and found[2]:
        tag(row, column, value=found[1], unit=found[2])


#: a cell's figure with the unit written after it, if any (138处 / 4.87万人 / 1,250)
_UNIT_AFTER = re.compile(r"([0-9][0-9,]*(?:\.[0-9]+)?)([^\s0-9.,%≥≤><]{0,4})")


def _value_columns(table: dict[str, Any]) -> list[dict[str, Any]]:
    """The columns of figures: all but the first, those the layout made labels (序号) and
    those of words only (序号 | 安置方式 | 户数 …; 措施名称 | 单位 | 计划 | 完成 | 完成率)."""
    return [c for c in table["columns"][1:] if c.get("role") != "label"
            and not _words_only(table, c["id"])]


def _words_only(table: dict[str, Any], column: str) -> bool:
    """Does every row that fills the column fill it with words, no figure?"""
    cells = [row["cells"][column] for row in table["rows"] if column in row["cells"]]
    return bool(cells) and all(_NO_FIGURE.fullmatch(_cell_text(c)) for c in cells)


#: a cell of words with no figure (集中安置 / 亩 / 座)
_NO_FIGURE = re.compile(r"[^0-9０-９]+")


def tag(row: dict[str, Any], column: str, **tags: str | bool) -> None:
    """Add ``tags`` (concept, period, unit) to a cell, written as an object if it was not."""
    cell = row["cells"][column]
    row["cells"][column] = {**(cell if isinstance(cell, dict) else {"value": cell}), **tags}


def _ref(table: dict[str, Any], row: dict[str, Any], column: str) -> dict[str, str]:
    return {"table": table["id"], "row": row["id"], "col": column}
