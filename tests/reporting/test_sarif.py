"""SARIF 2.1.0 output: valid against the official schema, with every rule and place."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import FIXTURES, ROOT

SEED = FIXTURES / "seed" / "yiyang-2021.json"
TABLE_FAIL = FIXTURES / "rules" / "SUM102" / "fail.json"
#: the official schema lives beside the project (../shared/data), not in it
SCHEMA = ROOT.parent / "shared" / "data" / "sarif-schema-2.1.0.json"


def sarif_schema() -> dict[str, Any]:
    if not SCHEMA.is_file():
        pytest.skip(f"the SARIF 2.1.0 schema is not at {SCHEMA} on this machine")
    loaded: dict[str, Any] = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return loaded


def sarif_of(run: Any, tmp_path: Path) -> tuple[int, dict[str, Any]]:
    waived = json.loads(TABLE_FAIL.read_text(encoding="utf-8"))
    waived["waivers"] = [{"rule": "SUM102", "reason": "调整数已批复"}]
    (tmp_path / "waived.json").write_text(json.dumps(waived, ensure_ascii=False),
                                          encoding="utf-8")
    (tmp_path / "broken.json").write_text("[1, 2", encoding="utf-8")
    code, out, _ = run("check", str(SEED), str(tmp_path / "waived.json"),
                       str(tmp_path / "broken.json"), "--select", "SUM,CF",
                       "--format", "sarif", "--today", "2026-11-29", "--jobs", "1")
    return code, json.loads(out)


def test_sarif_validates_against_the_schema(run: Any, tmp_path: Path) -> None:
    import jsonschema

    schema = sarif_schema()
    code, data = sarif_of(run, tmp_path)
    assert code == 2
    jsonschema.Draft4Validator(schema).validate(data)


def test_driver_lists_every_rule_with_its_documentation(run: Any, tmp_path: Path) -> None:
    _, data = sarif_of(run, tmp_path)
    rules = data["runs"][0]["tool"]["driver"]["rules"]
    catalogue = json.loads(run("rules", "--format", "json")[1])
    assert [r["id"] for r in rules] == [r["id"] for r in catalogue]
    sum102 = next(r for r in rules if r["id"] == "SUM102")
    assert set(sum102) == {"id", "name", "shortDescription", "fullDescription",
                           "defaultConfiguration", "help", "properties"}
    assert sum102["name"] == "column-sum-mismatch"
    assert sum102["defaultConfiguration"] == {"level": "error"}
    cf003 = next(r for r in rules if r["id"] == "CF003")
    assert cf003["defaultConfiguration"] == {"level": "note"}


def test_results_carry_places_fingerprints_and_suppressions(run: Any, tmp_path: Path) -> None:
    _, data = sarif_of(run, tmp_path)
    the_run = data["runs"][0]
    rules = the_run["tool"]["driver"]["rules"]
    results = the_run["results"]
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert len(result["partialFingerprints"]["crossfoot/v1"]) == 16
    span = next(r for r in results if r["ruleId"] == "SUM104")
    assert span["level"] == "error"
    assert span["message"]["text"].startswith("“编制人数”为 10人")
    [location] = span["locations"]
    assert location["physicalLocation"] == {
        "artifactLocation": {"uri": SEED.as_uri()},
        "region": {"charOffset": 44, "charLength": 10, "snippet": {"text": "编制人数共 10 人"}}}
    assert location["logicalLocations"] == [
        {"fullyQualifiedName": "/facts/0", "kind": "value", "name": "编制人数"}]
    waived = [r for r in results if "suppressions" in r]
    assert [(r["ruleId"], r["suppressions"][0]["justification"]) for r in waived] == [
        ("SUM102", "调整数已批复")]
    assert "region" not in waived[0]["locations"][0]["physicalLocation"]
    [invocation] = the_run["invocations"]
    assert invocation["executionSuccessful"] is False
    [note] = invocation["toolExecutionNotifications"]
    assert note["message"]["text"].startswith(f"{tmp_path / 'broken.json'}: line 1")
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == \
        (tmp_path / "broken.json").as_uri()


def test_relative_paths_stay_relative_uris() -> None:
    from crossfoot.reporting.sarif import artifact_uri

    assert artifact_uri("reports/2021 年/益阳.json") == \
        "reports/2021%20%E5%B9%B4/%E7%9B%8A%E9%98%B3.json"
