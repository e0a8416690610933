"""Findings as JSON values, and the values of evidence as a person reads them.

Rules put numbers into evidence as Decimals (rounded to the places they mean
to show) or as the quantities they compare; this module is where they become
text, for every output format alike.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from crossfoot.checking.findings import Evidence, Finding, Shown
from crossfoot.model.places import Location
from crossfoot.model.quantity import Quantity, format_value

#: how a qualified quantity is written before its number
QUALIFIER_SIGNS = {"at_least": "≥", "more_than": ">", "at_most": "≤", "less_than": "<",
                   "approx": "≈"}


def show(value: Shown) -> str:
    """A Decimal without exponent, a quantity with its qualifier and unit, words as they are."""
    if isinstance(value, Decimal):
        return format_value(value)
    if isinstance(value, Quantity):
        return QUALIFIER_SIGNS.get(value.qualifier or "", "") + str(value)
    return value


def evidence_json(evidence: Evidence) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key in ("expected", "actual", "difference", "tolerance"):
        value = getattr(evidence, key)
        if value is not None:
            data[key] = show(value)
    if evidence.unit is not None:
        data["unit"] = evidence.unit
    if evidence.parts:
        data["parts"] = [{"label": label, "value": show(value)}
                         for label, value in evidence.parts]
    return data


def location_json(location: Location) -> dict[str, Any]:
    data: dict[str, Any] = {"pointer": location.pointer}
    for key in ("label", "section", "paragraph", "start", "end", "quote", "line", "column",
                "place"):
        value = getattr(location, key)
        if value not in (None, ""):
            data[key] = value
    return data


def finding_json(finding: Finding) -> dict[str, Any]:
    data: dict[str, Any] = {
        "rule": finding.rule_id,
        "name": finding.rule_name,
        "severity": finding.severity.value,
        "message": {"zh": finding.message_zh, "en": finding.message_en},
        "location": location_json(finding.location),
        "evidence": evidence_json(finding.evidence),
        "related": [location_json(r) for r in finding.related],
        "fingerprint": finding.fingerprint,
        "origin": finding.origin,
    }
    if finding.waived is not None:
        data["waived"] = finding.waived
    return data
