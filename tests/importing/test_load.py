"""The loader: exact Decimal values, and one clear error line per kind of bad input."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from crossfoot.errors import InputError
from crossfoot.importing.load import MAX_EXPONENT, load_json_report, number_problem

from conftest import FIXTURES

BAD = FIXTURES / "bad"


def test_numbers_are_read_exactly_as_decimal() -> None:
    report = load_json_report(FIXTURES / "seed" / "yiyang-2021.json")
    values = {f.id: f.quantity for f in report.facts if f.quantity is not None}
    assert all(isinstance(q.value, Decimal) for q in values.values())
    table = report.tables[0]
    total = table.rows[2].cells["budget"].quantity
    assert total is not None and total.value == Decimal("77.42") and total.decimals == 2
    assert total.unit == "万元"


def test_decimal_strings_and_json_numbers_agree(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text('{"crossfoot": "1.0", "meta": {"title": "t", "unit": "万元"}, "facts": ['
                    '{"id": "a", "value": 91.70}, {"id": "b", "value": "91.70"}]}',
                    encoding="utf-8")
    a, b = (f.quantity for f in load_json_report(path).facts)
    assert a == b
    assert a is not None and a.decimals == 2 and str(a.value) == "91.70"


def test_utf8_with_bom_is_read() -> None:
    report = load_json_report(FIXTURES / "encodings" / "utf8-bom.json")
    assert report.meta.title == "带BOM的报告"


@pytest.mark.parametrize(("name", "message"), [
    ("not-json.json", "line 1, column 44: invalid JSON: Expecting property name enclosed in "
                      "double quotes"),
    ("nan.json", "invalid JSON: NaN is not a number crossfoot accepts"),
    ("duplicate-key.json", "invalid JSON: duplicate key 'title'"),
])
def test_bad_json_gives_one_line(name: str, message: str) -> None:
    with pytest.raises(InputError) as info:
        load_json_report(BAD / name)
    assert info.value.lines() == [f"{BAD / name}: {message}"]


def test_schema_violations_each_with_pointer() -> None:
    path = BAD / "schema-violations.json"
    with pytest.raises(InputError) as info:
        load_json_report(path)
    assert info.value.lines() == [
        f"{path}: does not match the report schema (8 problems)",
        "  /: Additional properties are not allowed ('extra' was unexpected)",
        "  /crossfoot: '2.0' does not match '^1\\\\.[0-9]+$'",
        "  /facts/0/id: 'f 1' does not match '^[A-Za-z0-9_.:\\\\-]+$'",
        "  /facts/0/value: true is not valid here (expected one of: number, string)",
        "  /meta/fiscal_year: '2021' is not of type 'integer'",
        "  /meta/kind: 'annual' is not one of ['department', 'project', 'department+project', "
        "'final-accounts', 'other']",
        "  /tables/0/columns: [] should be non-empty",
        "  /tables/0/rows/0/role: 'sum' is not one of ['item', 'subtotal', 'total', 'average', "
        "'note']",
    ]


def test_more_than_twenty_problems_are_counted(tmp_path: Path) -> None:
    facts = ",".join(f'{{"id": "f{i}", "value": true}}' for i in range(25))
    path = tmp_path / "many.json"
    path.write_text(f'{{"crossfoot": "1.0", "meta": {{"title": "t"}}, "facts": [{facts}]}}',
                    encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_json_report(path)
    lines = info.value.lines()
    assert lines[0] == f"{path}: does not match the report schema (25 problems)"
    assert len(lines) == 22 and lines[-1] == "  ... and 5 more"


def _problems(tmp_path: Path, text: str) -> list[str]:
    """The schema problems the loader lists for a report of ``text``."""
    path = tmp_path / "report.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_json_report(path)
    return info.value.lines()[1:]


def test_broken_references_are_schema_problems(tmp_path: Path) -> None:
    assert _problems(
        tmp_path,
        '{"crossfoot": "1.0", "meta": {"title": "t"},'
        ' "facts": [{"id": "a", "value": 1}, {"id": "a", "value": "二十"}],'
        ' "relations": [{"id": "r", "total": {"fact": "a"}, "parts": [{"fact": "zz"}]}]}'
    ) == [
        "  /facts/1/id: duplicate fact id 'a' (first at /facts/0)",
        "  /facts/1/value: '二十' is not a number (text values need measure grade or date)",
        "  /relations/0/parts/0: no fact 'zz'",
    ]


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"missing\.json: no such file$"):
        load_json_report(tmp_path / "missing.json")
    with pytest.raises(InputError, match=r"is a folder, not a report file$"):
        load_json_report(tmp_path)


def test_absurd_exponent_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_text('{"crossfoot": "1.0", "meta": {"title": "t"}, '
                    '"facts": [{"id": "a", "value": 1e400}]}', encoding="utf-8")
    with pytest.raises(InputError, match=r"invalid JSON: number 1e400 is out of range$"):
        load_json_report(path)


@pytest.mark.parametrize("digits", range(1, MAX_EXPONENT))
def test_a_number_without_an_exponent_as_long_as_the_limit_is_in_range(digits: int) -> None:
    """The loader skips the range check of a number written without an exponent and no longer
    than the exponent limit: whatever its digits, it is in range."""
    for text in (f"{'9' * digits}.{'9' * (MAX_EXPONENT - digits - 1)}",
                 f"-0.{'0' * (MAX_EXPONENT - 4)}1"[:MAX_EXPONENT],
                 f"0.{'0' * (digits - 1)}1"):
        if len(text) <= MAX_EXPONENT and Decimal(text):
            assert number_problem(text) is None, text


def test_duplicate_ids_name_the_first_of_their_kind(tmp_path: Path) -> None:
    """Each kind of id is unique on its own: a fact and a relation may share one."""
    assert _problems(
        tmp_path,
        '{"crossfoot": "1.0", "meta": {"title": "t"},'
        ' "sections": [{"id": "s", "title": "一", "paragraphs": [{"id": "p", "text": "x"}],'
        ' "sections": [{"id": "s", "title": "二", "paragraphs": [{"id": "p", "text": "y"}]}]}],'
        ' "facts": [{"id": "a", "value": 1}, {"id": "b", "value": 2}],'
        ' "relations": [{"id": "a", "total": {"fact": "a"}, "parts": [{"fact": "b"}]},'
        ' {"id": "a", "total": {"fact": "b"}, "parts": [{"fact": "a"}]}],'
        ' "claims": [{"id": "c", "kind": "change", "change": {"fact": "a"}},'
        ' {"id": "b", "kind": "change", "change": {"fact": "b"}},'
        ' {"id": "c", "kind": "change", "change": {"fact": "b"}}]}'
    ) == [
        "  /sections/0/sections/0/id: duplicate section id 's' (first at /sections/0)",
        "  /sections/0/sections/0/paragraphs/0/id: duplicate paragraph id 'p' "
        "(first at /sections/0/paragraphs/0)",
        "  /relations/1/id: duplicate relation id 'a' (first at /relations/0)",
        "  /claims/2/id: duplicate claim id 'c' (first at /claims/0)",
    ]
