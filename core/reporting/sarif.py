"""SARIF 2.1.0: findings for code-scanning tools and review dashboards.

One run; ``tool.driver.rules`` is the whole rule catalogue, so a viewer can
show every rule's documentation. Each finding becomes a result with its
level, message, the report file, a logical location (the JSON pointer), a
region for quoted text spans, a partial fingerprint (stable across edits, for
deduplication between runs) and, when waived, a suppression with the reason.

Text-span regions: for a report imported from text, ``startLine`` and
``startColumn`` in that file; for a JSON report, ``charOffset``/``charLength``
count Unicode code points inside the paragraph text that the logical
location's JSON pointer names (``.../paragraphs/N/text``), not inside the
file, and the run says so in ``properties.regionOffsets``. Reports that
could not be read become error notifications of the invocation, which is
then not successful.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

from crossfoot import __version__
from crossfoot.checking.findings import Finding, Location, Severity
from crossfoot.checking.rule import Rule
from crossfoot.reporting.results import FileResult
from crossfoot.reporting.serialize import evidence_json
from crossfoot.reporting.streaming import RenderOptions, stream_json

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT = "crossfoot/v1"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
REGION_NOTE = ("region charOffset/charLength count Unicode code points in the paragraph text "
               "named by the result's logical location (a JSON pointer), not in the file")


def artifact_uri(path: str) -> str:
    """A URI reference for a report path: relative paths stay relative."""
    candidate = Path(path)
    if candidate.is_absolute():
        return candidate.as_uri()
    return quote(candidate.as_posix(), safe="/")


def describe_rule(rule: Rule) -> dict[str, Any]:
    full = rule.explanation.strip() or rule.summary
    help_text = full + (f"\n\nExample:\n{rule.example.strip()}" if rule.example.strip() else "")
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary or rule.name},
        "fullDescription": {"text": full or rule.name},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "help": {"text": help_text or rule.name},
        "properties": {"family": rule.family, "origin": rule.origin, "tags": [rule.family]},
    }


def location_json(path: str, location: Location) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(path)}}
    if location.line is not None and location.column is not None:
        # a report imported from text: the region is a true place in that file
        region_in_file: dict[str, Any] = {"startLine": location.line,
                                          "startColumn": location.column}
        if location.quote:
            region_in_file["snippet"] = {"text": location.quote}
        physical["region"] = region_in_file
    elif location.start is not None and location.end is not None:
        region: dict[str, Any] = {"charOffset": location.start,
                                  "charLength": max(location.end - location.start, 0)}
        if location.quote:
            region["snippet"] = {"text": location.quote}
        physical["region"] = region
    data: dict[str, Any] = {"physicalLocation": physical}
    if location.place:
        # a PDF, Word or Excel file has no lines: the place as that format names it
        data["message"] = {"text": location.place}
        data["properties"] = {"place": location.place}
    if location.pointer:
        logical: dict[str, Any] = {"fullyQualifiedName": location.pointer, "kind": "value"}
        if location.label:
            logical["name"] = location.label
        data["logicalLocations"] = [logical]
    return data


def result_json(path: str, finding: Finding, lang: str, index: dict[str, int],
                baseline: bool) -> dict[str, Any]:
    data: dict[str, Any] = {"ruleId": finding.rule_id}
    if finding.rule_id in index:
        data["ruleIndex"] = index[finding.rule_id]
    data["level"] = LEVELS[finding.severity]
    data["message"] = {"text": finding.message(lang)}
    data["locations"] = [location_json(path, finding.location)]
    if finding.related:
        data["relatedLocations"] = [{"id": i, **location_json(path, related)}
                                    for i, related in enumerate(finding.related, 1)]
    data["partialFingerprints"] = {FINGERPRINT: finding.fingerprint}
    if finding.waived is not None:
        data["suppressions"] = [{"kind": "external", "status": "accepted",
                                 "justification": finding.waived}]
    if baseline:
        data["baselineState"] = "new"
    data["properties"] = {
        "name": finding.rule_name,
        "messages": {"zh": finding.message_zh, "en": finding.message_en},
        "evidence": evidence_json(finding.evidence),
        "origin": finding.origin,
    }
    return data


def stream(results: Iterable[FileResult], options: RenderOptions) -> Iterator[str]:
    index = {rule.id: i for i, rule in enumerate(options.rules)}
    failures: list[dict[str, Any]] = []
    known = [0]

    def items() -> Iterator[dict[str, Any]]:
        for result in results:
            if result.failed:
                failures.append({
                    "level": "error",
                    "message": {"text": "\n".join(result.error)},
                    "locations": [{"physicalLocation": {
                        "artifactLocation": {"uri": artifact_uri(result.path)}}}],
                })
                continue
            known[0] += result.known
            lang = options.language(result.language)
            for finding in result.findings:
                yield result_json(result.path, finding, lang, index, options.baseline)

    def build(slot: Any) -> dict[str, Any]:
        properties: dict[str, Any] = {"regionOffsets": REGION_NOTE}
        if options.baseline:
            properties["knownFromBaseline"] = known[0]
        run = {
            "tool": {"driver": {
                "name": "crossfoot",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [describe_rule(r) for r in options.rules],
            }},
            "columnKind": "unicodeCodePoints",
            "results": slot,
            "invocations": [{"executionSuccessful": not failures,
                             "toolExecutionNotifications": failures}],
            "properties": properties,
        }
        return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}

    return stream_json(build, items())


def render(results: Iterable[FileResult], options: RenderOptions) -> str:
    return "".join(stream(results, options))
