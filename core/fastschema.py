"""A quick yes-or-no answer: does a document match the report schema?

jsonschema explains every violation with its place, but it spends most of a
check's time even when there is nothing to explain (on a valid seed-size
report it costs several times what all the rules cost). So the schema is
compiled once into plain Python checks that only answer "valid?"; the loader
asks them first and calls jsonschema only to explain a "no".

Only the keywords the report schema uses are known, each with jsonschema's
meaning (a keyword applies to its own JSON type only; bool is not a number;
``pattern`` searches). Any other keyword raises ``UnsupportedSchema`` when
compiling, and the loader then uses jsonschema alone: a schema change can
make loading slower, never make it accept what jsonschema refuses.
"""

from __future__ import annotations

import numbers
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

Check = Callable[[Any], bool]

ANNOTATIONS = frozenset({"$schema", "$id", "$defs", "$comment", "title", "description",
                         "examples", "default"})
KEYWORDS = frozenset({"$ref", "type", "enum", "pattern", "minLength", "maxLength", "minimum",
                      "maximum", "minItems", "items", "required", "properties",
                      "additionalProperties", "propertyNames", "oneOf", "anyOf"})


class UnsupportedSchema(ValueError):
    """The schema uses something this module does not implement."""


def _is_number(value: Any) -> bool:
    return isinstance(value, numbers.Number) and not isinstance(value, bool)


PLAIN_TYPES: dict[str, type] = {"null": type(None), "boolean": bool, "string": str,
                               "array": list, "object": dict}
NUMBER_TYPES: dict[str, type] = {"integer": int, "number": numbers.Number}


def _type_check(kinds: Sequence[str]) -> Check:
    """isinstance against the kinds' classes; integer and number never accept a bool."""
    unknown = set(kinds) - set(PLAIN_TYPES) - set(NUMBER_TYPES)
    if unknown:
        raise UnsupportedSchema(f"types {sorted(unknown)}")
    plain = tuple(PLAIN_TYPES[k] for k in kinds if k in PLAIN_TYPES)
    numeric = tuple(NUMBER_TYPES[k] for k in kinds if k in NUMBER_TYPES)
    if not numeric:
        return lambda v: isinstance(v, plain)
    return lambda v: isinstance(v, plain) or (isinstance(v, numeric)
                                              and not isinstance(v, bool))


def compile_schema(schema: Mapping[str, Any]) -> Check:
    """One function that says whether a document is valid under ``schema``."""
    return _Compiler(schema).build(schema)


class _Compiler:
    def __init__(self, root: Mapping[str, Any]) -> None:
        self.defs: Mapping[str, Any] = root.get("$defs", {})
        self.compiled: dict[str, Check] = {}

    def ref(self, target: str) -> Check:
        name = target.removeprefix("#/$defs/")
        if name == target or name not in self.defs:
            raise UnsupportedSchema(f"$ref {target!r}")
        if name not in self.compiled:
            self.compiled[name] = _unfinished  # a recursive $ref finds this while building
            self.compiled[name] = self.build(self.defs[name])
        if self.compiled[name] is not _unfinished:
            return self.compiled[name]
        compiled = self.compiled  # recursion: look the definition up once it exists
        return lambda value: compiled[name](value)

    def build(self, node: Any) -> Check:
        if node is True or node == {}:
            return _always
        if node is False:
            return _never
        if not isinstance(node, Mapping):
            raise UnsupportedSchema(f"schema {node!r}")
        unknown = set(node) - KEYWORDS - ANNOTATIONS
        if unknown:
            raise UnsupportedSchema(f"keywords {sorted(unknown)}")
        checks: list[Check] = []
        if "$ref" in node:
            checks.append(self.ref(node["$ref"]))
        if "type" in node:
            checks.append(_type_check([node["type"]] if isinstance(node["type"], str)
                                      else node["type"]))
        if "enum" in node:
            checks.append(_enum(node["enum"]))
        checks.extend(self._typed(node))
        if "oneOf" in node:
            options = [self.build(s) for s in node["oneOf"]]
            if _exclusive(node["oneOf"]):  # at most one can match: the first match decides
                checks.append(lambda v: any(option(v) for option in options))
            else:
                checks.append(lambda v: sum(1 for option in options if option(v)) == 1)
        if "anyOf" in node:
            options = [self.build(s) for s in node["anyOf"]]
            checks.append(lambda v: any(option(v) for option in options))
        return _all(checks)

    def _typed(self, node: Mapping[str, Any]) -> list[Check]:
        """Keywords that apply to one JSON type and pass any other value."""
        checks: list[Check] = []
        if {"pattern", "minLength", "maxLength"} & set(node):
            checks.append(_string(node))
        if {"minimum", "maximum"} & set(node):
            low, high = node.get("minimum"), node.get("maximum")
            checks.append(lambda v: not _is_number(v) or (
                (low is None or v >= low) and (high is None or v <= high)))
        if {"minItems", "items"} & set(node):
            least = node.get("minItems", 0)
            item = self.build(node["items"]) if "items" in node else _always
            checks.append(lambda v: not isinstance(v, list) or (
                len(v) >= least and all(item(x) for x in v)))
        if {"required", "properties", "additionalProperties", "propertyNames"} & set(node):
            checks.append(self._object(node))
        return checks

    def _object(self, node: Mapping[str, Any]) -> Check:
        required: Sequence[str] = node.get("required", ())
        properties = {key: self.build(sub) for key, sub in node.get("properties", {}).items()}
        extra = self.build(node.get("additionalProperties", True))
        names = self.build(node["propertyNames"]) if "propertyNames" in node else None

        def check(value: Any) -> bool:
            if not isinstance(value, dict):
                return True
            for key in required:
                if key not in value:
                    return False
            for key, item in value.items():
                test = properties.get(key, extra)
                if not test(item) or (names is not None and not names(key)):
                    return False
            return True

        return check


def _string(node: Mapping[str, Any]) -> Check:
    pattern = re.compile(node["pattern"]) if "pattern" in node else None
    shortest, longest = node.get("minLength", 0), node.get("maxLength")

    def check(value: Any) -> bool:
        if not isinstance(value, str):
            return True
        if len(value) < shortest or (longest is not None and len(value) > longest):
            return False
        return pattern is None or pattern.search(value) is not None

    return check


def _enum(values: Sequence[Any]) -> Check:
    if any(isinstance(v, (list, dict)) for v in values):
        raise UnsupportedSchema("enum of arrays or objects")
    if all(isinstance(v, str) for v in values):
        words = frozenset(values)  # a string equals only a string
        return lambda v: isinstance(v, str) and v in words

    def same(a: Any, b: Any) -> bool:
        if isinstance(a, bool) or isinstance(b, bool):
            return type(a) is type(b) and a == b
        if isinstance(a, (list, dict)):
            return False
        return bool(a == b)

    return lambda v: any(same(v, choice) for choice in values)


def _exclusive(options: Sequence[Any]) -> bool:
    """Each option demands one type, all different (number and integer overlap)."""
    kinds = [o.get("type") if isinstance(o, Mapping) else None for o in options]
    return (all(isinstance(k, str) for k in kinds) and len(set(kinds)) == len(kinds)
            and not {"number", "integer"} <= set(kinds))


def _all(checks: list[Check]) -> Check:
    if not checks:
        return _always
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda v: first(v) and second(v)

    return lambda v: all(check(v) for check in checks)


def _always(value: Any) -> bool:
    return True


def _never(value: Any) -> bool:
    return False


def _unfinished(value: Any) -> bool:
    raise UnsupportedSchema("a $ref was used before its definition was compiled")
