"""The light schema walk: where it must ask the reference, what it answers exactly,
and that a small report's check does without jsonschema-rs.

That it never says yes where jsonschema-rs says no, and yes to nearly every
valid fixture, is ``test_quick_schema``'s, on every fixture, wrong-type
mutation and random document.
"""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from typing import Any

import pytest

from crossfoot.importing.light_schema import PATTERNS, surely_valid
from crossfoot.importing.load import parse_json, report_schema

from .hostile import complete_report
from conftest import FIXTURES

SCHEMA = report_schema()


def test_it_says_yes_to_a_complete_report() -> None:
    document = json.dumps(complete_report(), ensure_ascii=False, default=str)
    assert surely_valid(parse_json(document, "d.json"), SCHEMA)


@pytest.mark.parametrize(("schema", "value"), [
    ({"type": "integer"}, Decimal("2.0")),  # an integer to JSON Schema
    ({"enum": [1, -1]}, Decimal("1.0")),
    ({"not": {"const": 0}}, Decimal("0.5")),
    ({"type": "number", "minimum": 1900}, Decimal("1899.99999999999999999")),
    ({"type": "string", "pattern": "^1\\.[0-9]+$"}, "1.0\n"),  # Python's $ matches before \n
    ({"type": "string", "pattern": "^\\d$"}, "1"),  # not one of the schema's patterns
    ({"type": "string", "format": "date"}, "2021"),  # a keyword it does not model
    ({"$ref": "https://example.invalid/x"}, 1),
    ({"type": "number"}, 1.5),  # no float comes from parse_json
])
def test_it_asks_where_python_and_the_reference_could_differ(schema: dict[str, Any],
                                                             value: Any) -> None:
    assert not surely_valid(value, schema)


@pytest.mark.parametrize(("schema", "value", "expected"), [
    ({"oneOf": [{"type": "number"}, {"type": "string", "pattern": "^[+-]?[0-9]+(\\.[0-9]+)?$"}]},
     "12", True),
    ({"type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"}, "2021-1", False),
    ({"oneOf": [{"type": "number"}, {"type": "integer"}]}, 3, False),  # both match
    ({"not": {"const": 0}}, 0, False),
    ({"not": {"const": 0}}, False, True),  # false is not 0 in JSON
    ({"enum": [1, -1]}, True, False),
    ({"type": "array", "prefixItems": [{"type": "integer"}], "items": {"type": "string"}},
     [1, "a", "b"], True),
    ({"type": "array", "prefixItems": [{"type": "integer"}], "items": {"type": "string"}},
     [1, 2], False),
    ({"type": "object", "properties": {"a": {}}, "additionalProperties": False}, {"b": 1}, False),
    ({"type": "object", "propertyNames": {"maxLength": 1}}, {"ab": 1}, False),
])
def test_exact_answers(schema: dict[str, Any], value: Any, expected: bool) -> None:
    assert surely_valid(value, schema) is expected
    assert _reference(schema)(value) is expected


def test_every_pattern_of_the_schema_is_modelled() -> None:
    found: list[str] = []
    stack: list[Any] = [SCHEMA]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("pattern"), str):
                found.append(node["pattern"])
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    assert found and set(found) <= set(PATTERNS)


def _reference(schema: dict[str, Any]) -> Any:
    import jsonschema_rs

    return jsonschema_rs.validator_for(schema).is_valid


def test_a_small_report_is_checked_without_jsonschema_rs() -> None:
    """The point of the walk: a one-file check of a small report does not load it."""
    script = ("import sys; from pathlib import Path; "
              "from crossfoot.importing.load import load_json_report; "
              f"load_json_report(Path({str(FIXTURES / 'rules/SUM101/pass.json')!r})); "
              "print('jsonschema_rs' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"
