"""The quick schema check (jsonschema-rs) answers exactly as jsonschema does,
and the light walk (``light_schema``) says "valid" only where both do.

The loader trusts a "valid" from the quick check without asking jsonschema,
and one from the light walk without asking either, so a single document where
they disagree would let a bad report through (or reject a good one): they are
compared on every fixture, on every wrong-type mutation and on random ones,
Decimal numbers included.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crossfoot.errors import InputError
from crossfoot.importing.light_schema import surely_valid
from crossfoot.importing.load import _quick_check, _validator, parse_json, report_schema

from .hostile import complete_report, replaced, walk, wrong_type
from .test_properties import SCALE, draw_mutation
from conftest import FIXTURES

QUICK = _quick_check()


def _agree(document: Any) -> bool:
    """Both checkers give the same verdict on ``document`` (after a JSON round trip), and
    the light walk no yes where they say no."""
    data = parse_json(json.dumps(document, ensure_ascii=False, default=str), "d.json")
    expected = _validator().is_valid(data)
    shown = json.dumps(document, ensure_ascii=False, default=str)[:500]
    assert QUICK(data) == expected, shown
    assert expected or not surely_valid(data, report_schema()), shown
    return bool(expected)


def test_every_fixture() -> None:
    paths = [p for p in sorted(FIXTURES.rglob("*.json")) if not p.name.endswith(".expected.json")]
    valid = light = 0
    for path in paths:
        try:
            document = parse_json(path.read_text(encoding="utf-8-sig"), str(path))
        except InputError:
            continue  # refused before the schema is asked
        valid += _agree(document)
        light += surely_valid(document, report_schema())
    assert valid >= len(paths) // 2
    assert light >= valid * 9 // 10  # else the light walk would save nothing


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


def test_the_loader_still_explains_what_the_quick_check_refuses(tmp_path: Path) -> None:
    from crossfoot.importing.load import load_json_report

    path = tmp_path / "bad.json"
    document = replaced(complete_report(), "/tables/0/rows/0/level", "one")
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_json_report(path)
    assert info.value.lines()[1:] == ["  /tables/0/rows/0/level: 'one' is not of type 'integer'"]
