"""Calendar parsing, years in labels, and the DAT rules on the seed and through the CLI."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crossfoot.model.dates import DateError, find_years, parse_date, parse_period

from conftest import FIXTURES, findings_json

SEED = FIXTURES / "seed" / "yiyang-2021.json"


@given(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_every_valid_date_round_trips(day: dt.date) -> None:
    iso = day.isoformat()
    assert str(parse_date(iso)) == iso
    assert parse_date(iso).first_day == parse_date(iso).last_day == day
    month = iso[:7]
    assert str(parse_date(month)) == month
    assert parse_date(month).first_day <= day <= parse_date(month).last_day
    assert str(parse_date(iso[:4])) == iso[:4]


@given(st.integers(1, 9999), st.integers(1, 12), st.integers(1, 31))
def test_every_invalid_day_is_refused(year: int, month: int, day: int) -> None:
    text = f"{year:04d}-{month:02d}-{day:02d}"
    if day <= calendar.monthrange(year, month)[1]:
        assert str(parse_date(text)) == text
    else:
        with pytest.raises(DateError) as info:
            parse_date(text)
        assert info.value.readable


@given(st.integers(1, 9999), st.integers(13, 99))
def test_every_invalid_month_is_refused(year: int, month: int) -> None:
    with pytest.raises(DateError):
        parse_date(f"{year:04d}-{month:02d}")


def test_reasons_in_both_languages() -> None:
    with pytest.raises(DateError) as info:
        parse_date("2021-02-30")
    assert (info.value.zh, info.value.en) == ("2021 年 2 月只有 28 天", "2021-02 has only 28 days")
    with pytest.raises(DateError) as info:
        parse_date("去年")
    assert not info.value.readable
    assert str(parse_date("2021年9月2日")) == "2021-09-02"


def test_periods_and_reversal_by_every_day_allowed() -> None:
    period = parse_period("2021-01-01/2021-11-30")
    assert period.is_range and str(period) == "2021-01-01/2021-11-30"
    assert not parse_period("2021").is_range
    assert not parse_period("2021/2021-06").reversed
    assert parse_period("2021-12-01/2021-03-31").reversed
    with pytest.raises(DateError):
        parse_period("2021-01-01/2021-02-30")


@pytest.mark.parametrize(("text", "years"), [
    ("2019 年本部门全口径国库决算数项目支出总额", [(2019, 2019, "2019 年")]),
    ("依据（赣发〔2019〕8 号)、（弋发〔2019〕12 号）", []),
    ("财预[2020]10号、财预（2013）53号、［2018］、【2017】", []),
    ("2021 年度项目支出绩效自评表", [(2021, 2021, "2021 年")]),
    ("2019-2021 年规划", [(2019, 2021, "2019-2021 年")]),
    ("2021年至2023年", [(2021, 2023, "2021年至2023年")]),
    ("二〇一九年工作", [(2019, 2019, "二〇一九年")]),
    ("二 0 二二年九月十八日", [(2022, 2022, "二 0 二二年")]),
    ("规费 1046068 元，12021 年，2021.5 年，2000 万元", []),
])
def test_years_in_labels_skip_document_numbers(text: str, years: list[Any]) -> None:
    assert [(m.first, m.last, m.text) for m in find_years(text)] == years


def _ids(path: Any, prefix: str) -> list[tuple[str, str]]:
    return [(f["rule"], f["location"]["pointer"]) for f in findings_json(path, (prefix,))]


def test_seed_date_findings_are_exactly_the_known_defects() -> None:
    # Defect 3 (2019 in a 2021 table row) and defect 11 (截止 11 月底, five figures in one
    # sentence, one finding); the 2019 council decision in the narrative is history, not a
    # defect, and the report date 2022-09-18 is valid.
    assert _ids(SEED, "DAT") == [("DAT305", "/facts/25"), ("DAT304", "/tables/0/rows/4/label")]


def test_today_option_decides_what_is_in_the_future(run: Any) -> None:
    report = FIXTURES / "rules" / "DAT302" / "pass.json"
    assert run("check", str(report), "--select", "DAT302", "--today", "2024-06-01")[0] == 0
    code, out, _ = run("check", str(report), "--select", "DAT302", "--today", "2024-03-14",
                       "--lang", "en")
    assert code == 1
    assert out.splitlines()[0] == (f"{report}:/meta/report_date: DAT302 error The report date "
                                   "2024-03-15 is later than today (2024-03-14)")


@pytest.mark.parametrize("rule", ["DAT301", "DAT302", "DAT303", "DAT304", "DAT305", "DAT306"])
def test_rule_documentation(run: Any, rule: str) -> None:
    code, out, _ = run("rule", rule)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith(f"# {rule} ") and "Family dates · default " in out
    assert "## Example" in out and "- zh: " in out and "- en: " in out


@functools.cache
def _year_grammar() -> Any:
    """The pyparsing grammar ``find_years`` was first written with: the scanner's oracle."""
    import pyparsing as pp

    from crossfoot.model.numerals import YEAR_DIGITS

    def chinese_year(tokens: pp.ParseResults) -> int:
        digits = [c for c in "".join(tokens) if not c.isspace()]
        return int("".join(str(YEAR_DIGITS.get(c, c)) for c in digits))

    year_digits = pp.Regex(r"(?<![0-9.])(?:1[89]|2[0-9])[0-9]{2}(?![0-9.])")
    year_digits.set_parse_action(lambda t: int(t[0]))
    cn_char = "〇○零一二三四五六七八九0-9"
    cn_year = pp.Regex(rf"(?<![{cn_char}])[{cn_char}](?:\s?[{cn_char}]){{3}}(?![{cn_char}])")
    cn_year.add_condition(lambda t: any(c in YEAR_DIGITS for c in t[0]))
    cn_year.set_parse_action(chinese_year)
    cn_year.add_condition(lambda t: 1800 <= t[0] <= 2999)
    year = year_digits | cn_year
    nian = pp.Regex(r"\s*年")
    dash = pp.Regex(r"\s*(?:-|－|—|–|~|～|至|到)\s*")
    brackets = pp.Regex(r"[〔\[［【]\s*[0-9]{4}\s*[〕\]］】]")
    paren_number = pp.Regex(r"[(（]\s*[0-9]{4}\s*[)）]\s*[0-9]+\s*号")
    document_number = (brackets | paren_number).set_parse_action(lambda: "doc")
    year_range = (year("first") + pp.Opt(nian) + dash + year("last") + nian).set_parse_action(
        lambda t: ("range", t["first"], t["last"]))
    single = (year("first") + nian).set_parse_action(lambda t: ("year", t["first"], t["first"]))
    return document_number | year_range | single


def _years_by_grammar(text: str) -> tuple[tuple[int, int, int, int], ...]:
    found = []
    for tokens, start, end in _year_grammar().scan_string(text):
        if tokens[0] != "doc":
            _kind, first, last = tokens[0]
            found.append((min(first, last), max(first, last), start, end))
    return tuple(found)


def test_year_scanner_reads_what_the_grammar_read() -> None:
    import random

    rng = random.Random(16)
    pieces = ["2021", "2019", "1799", "3021", "二〇二一", "二 0 二二", "2 0 2 1", "一九九九",
              "年", " 年", "年度", "-", " 至 ", "～", "〔", "〕", "（", "）", "(", ")", "号", "8",
              "0", ".", " ", "\n", "\u3000", "发", "预算", "2021.5"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 9))) for _ in range(3000)]
    texts += ["赣发〔2019〕8 号 2019-2021 年", "（2020）3 号文件，2020年", "2019 年至 2021 年",
              "二〇一九至二〇二一年度"]
    for text in texts:
        mine = tuple((m.first, m.last, m.start, m.end) for m in find_years(text))
        assert mine == _years_by_grammar(text), text


def test_partial_dates_order_by_year_month_day_as_a_dataclass_would() -> None:
    from crossfoot import PartialDate

    dates = [PartialDate(2021, 3, 2), PartialDate(2020), PartialDate(2021, 3, 1),
             PartialDate(2021, 1)]
    assert sorted(dates) == [PartialDate(2020), PartialDate(2021, 1), PartialDate(2021, 3, 1),
                             PartialDate(2021, 3, 2)]
    assert PartialDate(2021, 3) <= PartialDate(2021, 3) < PartialDate(2021, 4)
    assert PartialDate(2022) > PartialDate(2021, 12, 31) >= PartialDate(2021, 12, 31)
    with pytest.raises(TypeError):  # a year alone against a month of it: None against int
        _ = PartialDate(2021) < PartialDate(2021, 1)
    with pytest.raises(TypeError):
        _ = PartialDate(2021) < (2021, None, None)  # type: ignore[operator]


@pytest.mark.parametrize(("rule", "date"), [("DAT302", "2023-12-20"), ("DAT303", "2025-03-01")])
def test_an_excerpt_is_not_dated_against_a_year_read_off_its_body(run: Any, tmp_path: Any,
                                                                   rule: str, date: str) -> None:
    report = {"crossfoot": "1.0", "meta": {"title": "page.txt", "fiscal_year": 2023,
                                           "report_date": date, "language": "zh"}}
    path = tmp_path / "page.json"
    path.write_text(json.dumps(report), encoding="utf-8")
    assert f" {rule} " in run("check", str(path), "--select", rule, "--today", "2026-01-01")[1]
    report["meta"]["excerpt"] = True
    path.write_text(json.dumps(report), encoding="utf-8")
    assert f" {rule} " not in run("check", str(path), "--select", rule,
                                  "--today", "2026-01-01")[1]


@pytest.mark.parametrize(("title", "end", "named"), [
    ("某县2021年1-6月医保基金运行情况通报", dt.date(2021, 6, 30), "1-6月"),
    ("某市2021年上半年重大项目签约情况通报", dt.date(2021, 6, 30), "上半年"),
    ("某县2021年前三季度经济运行分析", dt.date(2021, 9, 30), "前三季度"),
    ("某县2021年一季度财政收支情况", dt.date(2021, 3, 31), "一季度"),
    ("某区2021年5月份财政收支简报", dt.date(2021, 5, 31), "5月份"),
    ("某县2021年一至十月预算执行情况", dt.date(2021, 10, 31), "一至十月"),
])
def test_a_title_names_the_part_of_the_year_it_covers(title: str, end: dt.date,
                                                      named: str) -> None:
    from crossfoot import part_of_year_end

    assert part_of_year_end(title, 2021) == (end, named)


@pytest.mark.parametrize("title", [
    "某县2021年度部门决算", "某县2021年1-12月财政收支情况",
    "某镇2021年上半年工作总结和下半年工作打算", "某县2021年1-6月预算执行及全年预计",
])
def test_a_title_of_the_whole_year_or_of_the_rest_of_it_names_no_part(title: str) -> None:
    from crossfoot import part_of_year_end

    assert part_of_year_end(title, 2021) is None
