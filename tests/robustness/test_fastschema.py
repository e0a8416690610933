"""The quick schema check answers exactly as jsonschema does, on every kind of document.

The loader trusts a "valid" from ``crossfoot.fastschema`` without asking
jsonschema, so a single document where the two disagree would let a bad
report through (or reject a good one): they are compared on every fixture,
on every wrong-type mutation and on random ones.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crossfoot.errors import InputError
from crossfoot.fastschema import UnsupportedSchema, compile_schema
from crossfoot.load import _validator, parse_json, report_schema

from .hostile import complete_report, replaced, walk, wrong_type
from .test_properties import SCALE, draw_mutation
from conftest import FIXTURES

QUICK = compile_schema(report_schema())


def _agree(document: Any) -> bool:
    """Both checkers give the same verdict on ``document`` (after a JSON round trip)."""
    data = parse_json(json.dumps(document, ensure_ascii=False, default=str), "d.json")
    expected = _validator().is_valid(data)
    assert QUICK(data) == expected, json.dumps(document, ensure_ascii=False, default=str)[:500]
    return bool(expected)


def test_every_fixture() -> None:
    paths = [p for p in sorted(FIXTURES.rglob("*.json")) if not p.name.endswith(".expected.json")]
    valid = 0
    for path in paths:
        try:
            document = parse_json(path.read_text(encoding="utf-8-sig"), str(path))
        except InputError:
            continue  # refused before the schema is asked
        valid += _agree(document)
    assert valid >= len(paths) // 2


def test_every_wrong_type_mutation() -> None:
    document = complete_report()
    assert _agree(document)
    for pointer, value in walk(document):
        if not pointer.startswith("/analysis/"):
            assert not _agree(replaced(document, pointer, wrong_type(value))), pointer


@settings(max_examples=150 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_mutations(data: st.DataObject) -> None:
    _agree(draw_mutation(data, 3, wild=True))


@pytest.mark.parametrize("schema", [
    {"type": "object", "if": {"required": ["a"]}},
    {"$ref": "https://example.invalid/other.json"},
    {"type": "tuple"},
    {"enum": [[1, 2]]},
    {"items": [{"type": "string"}]},
])
def test_unknown_keywords_are_refused_not_ignored(schema: dict[str, Any]) -> None:
    with pytest.raises(UnsupportedSchema):
        compile_schema(schema)


def test_recursive_definitions() -> None:
    check = compile_schema({"$ref": "#/$defs/node", "$defs": {"node": {
        "type": "object", "additionalProperties": False,
        "properties": {"kids": {"type": "array", "items": {"$ref": "#/$defs/node"}}}}}})
    assert check({"kids": [{"kids": []}, {}]})
    assert not check({"kids": [{"kids": [{"name": 1}]}]})


def test_the_loader_still_explains_what_the_quick_check_refuses(tmp_path: Path) -> None:
    from crossfoot.load import load_json_report

    path = tmp_path / "bad.json"
    document = replaced(complete_report(), "/tables/0/rows/0/level", "one")
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_json_report(path)
    assert info.value.lines()[1:] == ["  /tables/0/rows/0/level: 'one' is not of type 'integer'"]
