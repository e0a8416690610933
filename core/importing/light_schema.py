"""A pure-Python "yes, this JSON report matches the schema", for small reports.

Asking jsonschema-rs costs a cold start about 8 ms before the first answer:
its compiled module, the ``email`` and ``socket`` modules that module imports
when it loads, and the validator built from the schema. A small report is
walked here in a fraction of that. The walk models the keywords the report
schema uses and answers True only where it is sure; any other keyword, a
value type or a comparison whose reading could differ between Python and
jsonschema-rs (a Decimal compared with a constant, a failed bound, a pattern
on a string with a line break or another unprintable character) makes it
answer False, and the loader asks jsonschema-rs (and jsonschema, to word the
problems) as before. So a True here is jsonschema-rs's True
(``tests/robustness/test_light_schema.py`` compares them), and every message
about an invalid report comes from where it came from.

Only for data read by ``parse_json``: no floats, NaN or lone surrogates.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from crossfoot.patterns import LazyPattern

#: keywords that only describe
_NOTES = frozenset({"$schema", "$id", "$defs", "title", "description"})
#: the report schema's patterns, which Python reads as jsonschema-rs does (ASCII classes,
#: no ``\d`` or ``\w``, whose ranges differ); a string with a line break or another
#: unprintable character is left to the reference (Python's ``$`` also matches before a
#: final ``\n``). Another pattern is not modelled.
PATTERNS = {pattern: LazyPattern(pattern) for pattern in (
    r"^1\.[0-9]+$", r"^[A-Za-z0-9_.:\-]+$", r"^[+-]?[0-9]+(\.[0-9]+)?$",
    r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")}


class _Unsure(Exception):
    """The walk cannot tell what jsonschema-rs would answer."""


def surely_valid(data: Any, schema: Mapping[str, Any]) -> bool:
    """True only if ``data`` certainly matches ``schema``; False means "ask the validator"."""
    try:
        return _matches(data, schema, schema)
    except (_Unsure, RecursionError):
        return False


def _matches(value: Any, node: Any, root: Mapping[str, Any]) -> bool:
    """Whether ``value`` matches ``node``, exactly as the reference would say; else ``_Unsure``.

    A False must be exact too: ``oneOf`` and ``not`` turn a False into a True.
    """
    if node is True or node == {}:
        return True
    if not isinstance(node, dict):
        raise _Unsure
    for keyword, argument in node.items():
        if keyword in _NOTES:
            continue
        check = _KEYWORDS.get(keyword)
        if check is None:
            raise _Unsure
        if not check(value, argument, node, root):
            return False
    return True


def _is_number(value: Any) -> bool:
    if isinstance(value, bool) or value is None or isinstance(value, (str, dict, list)):
        return False
    if isinstance(value, int) or (isinstance(value, Decimal) and value.is_finite()):
        return True
    raise _Unsure  # a float, or anything a JSON file cannot hold


def _of_type(value: Any, name: str) -> bool:
    if name == "number":
        return _is_number(value)
    if name == "integer":
        if isinstance(value, Decimal):
            raise _Unsure  # 2.0 is an integer to JSON Schema
        return _is_number(value) and isinstance(value, int)
    kinds: dict[str, type | tuple[type, ...]] = {
        "string": str, "object": dict, "array": list, "boolean": bool, "null": type(None)}
    kind = kinds.get(name)
    if kind is None:
        raise _Unsure
    return isinstance(value, kind)


def _type(value: Any, argument: Any, node: Any, root: Any) -> bool:
    names = argument if isinstance(argument, list) else [argument]
    return any(_of_type(value, name) for name in names)


def _ref(value: Any, argument: Any, node: Any, root: Mapping[str, Any]) -> bool:
    if not isinstance(argument, str) or not argument.startswith("#/$defs/"):
        raise _Unsure
    target = root.get("$defs", {}).get(argument.removeprefix("#/$defs/"))
    if target is None:
        raise _Unsure
    return _matches(value, target, root)


def _properties(value: Any, argument: Any, node: Any, root: Mapping[str, Any]) -> bool:
    if not isinstance(value, dict):
        return True
    return all(_matches(value[key], sub, root) for key, sub in argument.items() if key in value)


def _additional(value: Any, argument: Any, node: Any, root: Mapping[str, Any]) -> bool:
    if not isinstance(value, dict):
        return True
    if "patternProperties" in node:
        raise _Unsure
    extra = [item for key, item in value.items() if key not in node.get("properties", {})]
    if argument is False:
        return not extra
    return all(_matches(item, argument, root) for item in extra)


def _required(value: Any, argument: Any, node: Any, root: Any) -> bool:
    return not isinstance(value, dict) or all(key in value for key in argument)


def _property_names(value: Any, argument: Any, node: Any, root: Mapping[str, Any]) -> bool:
    return not isinstance(value, dict) or all(_matches(key, argument, root) for key in value)


def _items(value: Any, argument: Any, node: Any, root: Mapping[str, Any]) -> bool:
    if not isinstance(value, list):
        return True
    skipped = len(node.get("prefixItems", ()))
    return all(_matches(item, argument, root) for item in value[skipped:])


def _prefix_items(value: Any, argument: Any, node: Any, root: Mapping[str, Any]) -> bool:
    if not isinstance(value, list):
        return True
    return all(_matches(item, sub, root) for item, sub in zip(value, argument, strict=False))


def _min_items(value: Any, argument: Any, node: Any, root: Any) -> bool:
    return not isinstance(value, list) or len(value) >= argument


def _max_items(value: Any, argument: Any, node: Any, root: Any) -> bool:
    return not isinstance(value, list) or len(value) <= argument


def _min_length(value: Any, argument: Any, node: Any, root: Any) -> bool:
    return not isinstance(value, str) or len(value) >= argument


def _max_length(value: Any, argument: Any, node: Any, root: Any) -> bool:
    return not isinstance(value, str) or len(value) <= argument


def _pattern(value: Any, argument: Any, node: Any, root: Any) -> bool:
    if not isinstance(value, str):
        return True
    known = PATTERNS.get(argument)
    if known is None or not value.isprintable():
        raise _Unsure
    return known.search(value) is not None


def _bound(value: Any, argument: Any, keep: bool) -> bool:
    """A bound kept, or ``_Unsure``: a Decimal or a huge integer may be compared as a
    float by the reference, so only a bound kept exactly is an answer."""
    if not _is_number(value) or keep:
        return True
    raise _Unsure


def _minimum(value: Any, argument: Any, node: Any, root: Any) -> bool:
    return _bound(value, argument, not _is_number(value) or value >= argument)


def _maximum(value: Any, argument: Any, node: Any, root: Any) -> bool:
    return _bound(value, argument, not _is_number(value) or value <= argument)


def _equal(value: Any, constant: Any) -> bool:
    """JSON equality for strings, integers, booleans and null; else ``_Unsure``."""
    simple = (str, int, bool, type(None))
    if type(value) not in simple or type(constant) not in simple:
        raise _Unsure
    return type(value) is type(constant) and value == constant


def _enum(value: Any, argument: Any, node: Any, root: Any) -> bool:
    return any(_equal(value, constant) for constant in argument)


def _const(value: Any, argument: Any, node: Any, root: Any) -> bool:
    return _equal(value, argument)


def _not(value: Any, argument: Any, node: Any, root: Mapping[str, Any]) -> bool:
    return not _matches(value, argument, root)


def _one_of(value: Any, argument: Any, node: Any, root: Mapping[str, Any]) -> bool:
    return sum(_matches(value, sub, root) for sub in argument) == 1


def _any_of(value: Any, argument: Any, node: Any, root: Mapping[str, Any]) -> bool:
    return any(_matches(value, sub, root) for sub in argument)


_KEYWORDS = {
    "type": _type, "$ref": _ref, "properties": _properties,
    "additionalProperties": _additional, "required": _required,
    "propertyNames": _property_names, "items": _items, "prefixItems": _prefix_items,
    "minItems": _min_items, "maxItems": _max_items, "minLength": _min_length,
    "maxLength": _max_length, "pattern": _pattern, "minimum": _minimum, "maximum": _maximum,
    "enum": _enum, "const": _const, "not": _not, "oneOf": _one_of, "anyOf": _any_of,
}
