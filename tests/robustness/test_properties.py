"""Properties that hold for every input, not just the ones we thought of.

- Tolerance, end to end (JSON text -> loader -> rules): a correct total whose
  parts are each rounded to the decimals they show is never flagged; a total
  off by more than the rounding allows always is.
- A decimal string and a JSON number read the same.
- Dates: every valid date round-trips; every impossible one is refused.
- Text grammars, the heading-number parser, the pack language, the text
  importer and every rule on odd but valid reports: no exception escapes
  except crossfoot's own error types, and no rule crashes (CF001) or stalls (CF002).

Examples are few and deadlines generous: these find crashes, not slowness
(bench/ measures time). ``CROSSFOOT_FUZZ=50 pytest tests/robustness`` runs
fifty times as many examples, for a longer hunt before a release.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from decimal import Decimal, localcontext
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from crossfoot.app.config import Config
from crossfoot.app.session import Session
from crossfoot.checking.context import Options
from crossfoot.errors import CrossfootError, InputError
from crossfoot.importing.load import parse_json, report_from_data
from crossfoot.model.report import Report

from .hostile import complete_report, replaced_if_there, walk

TODAY = dt.date(2026, 11, 29)
SCALE = int(os.environ.get("CROSSFOOT_FUZZ", "1"))
FAST = settings(max_examples=60 * SCALE, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
#: a bound against runaway parsing (catastrophic backtracking), far above normal times
BOUNDED = settings(max_examples=80 * SCALE, deadline=dt.timedelta(seconds=10),
                   suppress_health_check=[HealthCheck.too_slow])

SESSIONS: dict[tuple[str, ...], Session] = {}


def session(*select: str) -> Session:
    if select not in SESSIONS:
        SESSIONS[select] = Session(config=Config(select=select), options=Options(today=TODAY))
    return SESSIONS[select]


def load(document: Any) -> Report:
    text = json.dumps(document, ensure_ascii=False)
    return report_from_data(parse_json(text, "p.json"), "p.json")


def shown(value: Decimal, places: int) -> str:
    """``value`` rounded half-even to ``places`` decimals, printed as a report would."""
    with localcontext() as ctx:
        ctx.prec = 60
        return f"{value.quantize(Decimal(1).scaleb(-places)):f}"


amounts = st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=6,
                      allow_nan=False, allow_infinity=False)
places = st.integers(0, 4)


def amount_table(parts: list[tuple[Decimal, int]], total: str,
                 unit: str = "万元") -> dict[str, Any]:
    rows = [{"id": f"r{i}", "label": f"项目{i}", "level": 1, "role": "item",
             "cells": {"amount": shown(value, p)}} for i, (value, p) in enumerate(parts)]
    rows.append({"id": "total", "label": "合计", "level": 0, "role": "total",
                 "cells": {"amount": total}})
    return {"crossfoot": "1.0", "meta": {"title": "资金表", "unit": unit},
            "tables": [{"id": "t", "title": "资金表", "columns": [
                {"id": "item", "label": "项目", "role": "label"},
                {"id": "amount", "label": "金额", "role": "actual"}], "rows": rows}]}


@FAST
@given(st.lists(st.tuples(amounts, places), min_size=1, max_size=25), places)
def test_rounded_parts_of_a_true_total_are_never_flagged(parts: list[tuple[Decimal, int]],
                                                          total_places: int) -> None:
    # a bare 0 says "none" (exact): an amount that rounds to it is not printed so
    assume(all(p or Decimal(shown(v, p)) != 0 or v == 0 for v, p in parts))
    total = sum((value for value, _ in parts), Decimal(0))
    assume(total_places or Decimal(shown(total, total_places)) != 0 or total == 0)
    report = load(amount_table(parts, shown(total, total_places)))
    assert session("SUM").check_report(report) == []


@FAST
@given(st.lists(st.tuples(amounts, places), min_size=1, max_size=25), places,
       st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1e6"), places=2),
       st.sampled_from([1, -1]))
def test_a_total_off_by_more_than_rounding_is_always_flagged(
        parts: list[tuple[Decimal, int]], total_places: int, excess: Decimal,
        sign: int) -> None:
    stated = [Decimal(shown(value, p)) for value, p in parts]
    slack = Decimal("0.5") * (Decimal(1).scaleb(-total_places)
                              + sum((Decimal(1).scaleb(-p) for _, p in parts), Decimal(0)))
    wrong = sum(stated, Decimal(0)) + sign * (slack + excess + Decimal(1).scaleb(-total_places))
    report = load(amount_table(parts, shown(wrong, total_places)))
    assert [f.rule_id for f in session("SUM").check_report(report)] == ["SUM101"]


@FAST
@given(st.lists(st.tuples(st.integers(0, 10**9), st.sampled_from(["元", "万元"])),
                min_size=1, max_size=8),
       st.integers(0, 6))
def test_sums_across_units_are_never_flagged(parts: list[tuple[int, str]],
                                             total_places: int) -> None:
    """Parts in 元 and 万元, the total in 亿元 rounded: the units are normalised first."""
    scale = {"元": Decimal(1), "万元": Decimal(10_000)}
    total = sum((Decimal(n) * scale[unit] for n, unit in parts), Decimal(0)) / Decimal(10**8)
    facts = [{"id": f"p{i}", "value": n, "unit": unit} for i, (n, unit) in enumerate(parts)]
    assume(total_places or Decimal(shown(total, total_places)) != 0 or total == 0)
    facts.append({"id": "total", "value": shown(total, total_places), "unit": "亿元"})
    document = {"crossfoot": "1.0", "meta": {"title": "跨单位"}, "facts": facts,
                "relations": [{"id": "sum", "total": {"fact": "total"},
                               "parts": [{"fact": f"p{i}"} for i in range(len(parts))]}]}
    assert session("SUM").check_report(load(document)) == []


@FAST
@given(st.decimals(min_value=Decimal("-1e15"), max_value=Decimal("1e15"), places=8,
                   allow_nan=False, allow_infinity=False), st.integers(0, 8))
def test_decimal_strings_and_json_numbers_read_the_same(value: Decimal, places: int) -> None:
    text = shown(value, places)
    document = {"crossfoot": "1.0", "meta": {"title": "t", "unit": "万元"},
                "facts": [{"id": "s", "value": text}]}
    as_string = load(document).facts[0].quantity
    # only the value's quotes go (a value of "1.0" would otherwise unquote the format version)
    number_text = json.dumps(document).replace(f'"value": "{text}"', f'"value": {text}')
    as_number = report_from_data(parse_json(number_text, "n.json"), "n.json").facts[0].quantity
    assert as_string == as_number
    assert as_string is not None and as_string.value == Decimal(text)
    assert as_string.decimals == (len(text.split(".")[1]) if "." in text else 0)


# -- dates -------------------------------------------------------------------------------------


def _calendar() -> Any:
    from crossfoot.model import dates

    return dates


@FAST
@given(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
       st.sampled_from(["day", "month", "year"]), st.booleans())
def test_every_valid_date_round_trips(day: dt.date, precision: str, chinese: bool) -> None:
    calendar = _calendar()
    if precision == "day":
        iso, cjk = day.isoformat(), f"{day.year:04d}年{day.month}月{day.day}日"
    elif precision == "month":
        iso, cjk = f"{day.year:04d}-{day.month:02d}", f"{day.year:04d}年{day.month}月"
    else:
        iso, cjk = f"{day.year:04d}", f"{day.year:04d}年"
    parsed = calendar.parse_date(cjk if chinese else iso)
    assert str(parsed) == iso
    assert parsed.first_day <= day <= parsed.last_day


@FAST
@given(st.integers(1, 9999), st.integers(0, 99), st.integers(0, 99))
def test_every_impossible_date_is_refused(year: int, month: int, day: int) -> None:
    try:
        dt.date(year, month, day)
    except ValueError:
        pass
    else:
        assume(False)
    calendar = _calendar()
    with pytest.raises(calendar.DateError):
        calendar.parse_date(f"{year:04d}-{month:02d}-{day:02d}")


@BOUNDED
@given(st.text(alphabet="0123456789-/年月日 〇一二三四五六七八九十", max_size=30))
def test_any_date_text_parses_or_is_refused(text: str) -> None:
    calendar = _calendar()
    with contextlib.suppress(calendar.DateError):
        calendar.parse_period(text)
    calendar.find_years(text)


@BOUNDED
@given(st.text(alphabet="0123456789〇○零一二三四五六七八九十Ｏ O年-—~至到 \t\n〔〕[]()（）号第",
               max_size=40))
def test_year_prefilter_never_hides_a_year(text: str) -> None:
    """find_years skips text without four digits in a row: the scanner finds nothing there."""
    calendar = _calendar()
    if calendar._MAYBE_YEAR.search(text) is None:
        assert calendar._scan_years(text) == ()


# -- narrative: grammars on adversarial text ---------------------------------------------------

REPORT_WORDS = ["共", "其中", "合计", "万元", "元", "亿元", "人", "件", "%", "％", "年", "月", "日",
                "较上年", "增长", "减少", "执行率", "预算", "决算", "截至", "以上", "约", "余",
                "优", "良", "中", "差", "（", "）", "(", ")", "、", "，", "。", "；", "：",
                "一", "二", "三", "十", "百", "千", "万", "亿", "〇", "两", "点", "第", "号",
                "〔", "〕", "2021", "2022", "12", "0", "9", "3.5", "1,046", ".", ",", " ",
                "\u3000", "\n", "—", "-", "~", "至", "分", "项", "个"]
narrative = st.lists(st.sampled_from(REPORT_WORDS), max_size=120).map("".join)
runs = st.tuples(st.sampled_from(["9", "其中", "（", "）", "一", "万", "，", "2021年", "1,"]),
                 st.integers(1, 400)).map(lambda t: t[0] * t[1])
hostile_text = st.one_of(narrative, runs, st.text(max_size=200),
                         st.lists(st.one_of(narrative, runs), max_size=4).map("".join))


@BOUNDED
@given(hostile_text)
def test_narrative_reader_never_raises(text: str) -> None:
    from crossfoot.analysis import figures
    from crossfoot.analysis.narrative import read

    for found in figures.find(text):
        assert 0 <= found.start <= found.end <= len(text)
    reading = read([{"id": "s", "title": "", "paragraphs": [{"id": "p", "text": text}]}], 2023)
    for statement in reading.statements:
        assert 0 <= statement.start <= statement.end


@BOUNDED
@given(hostile_text)
def test_heading_numbers_never_raise(text: str) -> None:
    from crossfoot.model import numbering
    for line in [text, *text.splitlines()]:
        numbering.parse_number(line)
        numbering.split_heading(line)


@BOUNDED
@given(st.one_of(st.text(alphabet="()[]{}+-*/<>=!.,'\" 0123456789abcdefghijklmnopqrstuvwxyz_"
                                  "合计年末", max_size=120),
                 st.text(max_size=60),
                 st.integers(1, 300).map(lambda n: "(" * n + "1" + ")" * n),
                 st.integers(1, 300).map(lambda n: "- " * n + "1"),
                 st.integers(1, 100).map(lambda n: "if 1 then " * n + "1" + " else 0" * n)))
def test_pack_expressions_parse_or_fail_cleanly(text: str) -> None:
    from crossfoot.packs import errors, grammar
    with contextlib.suppress(errors.LangError):
        grammar.parse(text)


# -- whole reports: the loader and every rule ---------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.text(max_size=20)
    | st.decimals(min_value=-10**6, max_value=10**6, places=3, allow_nan=False),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=3),
    max_leaves=8)
PLACES = [pointer for pointer, _ in walk(complete_report()) if pointer != "/"]


def _all_rules_run_cleanly(report: Report) -> None:
    findings = session("ALL").check_report(report)
    crashed = [f.message_en for f in findings if f.rule_id in ("CF001", "CF002")]
    assert crashed == []


@settings(max_examples=80 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(PLACES), json_values), min_size=1, max_size=3))
def test_mutated_reports_are_refused_or_checked_without_crashes(
        changes: list[tuple[str, Any]]) -> None:
    document: Any = complete_report()
    for pointer, value in changes:
        document = replaced_if_there(document, pointer, value)
    text = json.dumps(document, ensure_ascii=False, default=str)
    try:
        report = report_from_data(parse_json(text, "m.json"), "m.json")
    except InputError as exc:
        assert exc.lines()[0].startswith("m.json: ")
        return
    _all_rules_run_cleanly(report)


def similar(value: Any) -> st.SearchStrategy[Any]:
    """Values of the same JSON kind as ``value``: odd, but often still valid."""
    numbers = st.one_of(st.sampled_from([Decimal(0), Decimal("-0.0"), Decimal("1e29"),
                                         Decimal("-1e-29"), Decimal("0.000")]),
                        st.decimals(min_value=-10**12, max_value=10**12, places=4,
                                    allow_nan=False),
                        st.integers(-10**6, 10**6))
    texts = st.one_of(narrative, numbers.map(lambda d: f"{d:f}"), st.just(""), st.text(max_size=12))
    if isinstance(value, bool):
        return st.booleans()
    if isinstance(value, int):
        return st.one_of(st.integers(-3, 25), st.integers(1890, 2210), numbers)
    if isinstance(value, (float, Decimal)):
        return numbers
    if isinstance(value, str):
        return texts
    if value is None:
        return st.one_of(st.none(), numbers, texts)
    if isinstance(value, list):
        return st.permutations(value) if value else st.just(value)
    return st.just(value)


def draw_mutation(data: st.DataObject, changes: int, wild: bool = False) -> Any:
    """The complete report with up to ``changes`` values replaced by similar ones
    (or, when ``wild``, sometimes by any JSON value)."""
    document: Any = complete_report()
    values = dict(walk(document))
    for pointer in data.draw(st.lists(st.sampled_from(PLACES), min_size=1, max_size=changes)):
        if pointer in values:
            odd = similar(values[pointer])
            new = data.draw(st.one_of(odd, json_values) if wild else odd)
            document = replaced_if_there(document, pointer, new)
    return document


@settings(max_examples=100 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_odd_but_valid_values_never_crash_a_rule(data: st.DataObject) -> None:
    document = draw_mutation(data, 4)
    text = json.dumps(document, ensure_ascii=False, default=str)
    try:
        report = report_from_data(parse_json(text, "o.json"), "o.json")
    except InputError:
        return
    _all_rules_run_cleanly(report)


@settings(max_examples=60 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(hostile_text, min_size=1, max_size=4), st.sampled_from(["zh", "en"]),
       st.integers(1990, 2100))
def test_every_rule_survives_hostile_narrative(paragraphs: list[str], language: str,
                                               year: int) -> None:
    document = complete_report()
    document["meta"].update(language=language, fiscal_year=year)
    document["sections"][1]["paragraphs"] = [{"id": f"h{i}", "text": text}
                                             for i, text in enumerate(paragraphs)]
    _all_rules_run_cleanly(load(document))


def _text_importer() -> Any:
    return Session().importers()[".txt"]


@settings(max_examples=40 * SCALE, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.one_of(hostile_text, st.binary(max_size=300)))
def test_text_import_gives_a_report_or_an_input_error(tmp_path_factory: pytest.TempPathFactory,
                                                       content: str | bytes) -> None:
    importer = _text_importer()
    path: Path = tmp_path_factory.mktemp("txt") / "report.txt"
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    try:
        report = importer(path, {})
    except CrossfootError:
        return
    _all_rules_run_cleanly(report)
