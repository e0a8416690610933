"""Waivers: in the report or a side file, always with a reason, never silent."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import FIXTURES

TABLE_FAIL = FIXTURES / "rules" / "SUM102" / "fail.json"
SEED = FIXTURES / "seed" / "yiyang-2021.json"
TODAY = ("--today", "2026-11-29")


def report_with(tmp_path: Path, waivers: list[dict[str, Any]], source: Path = TABLE_FAIL,
                name: str = "r.json") -> Path:
    data = json.loads(source.read_text(encoding="utf-8"))
    data["waivers"] = waivers
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def findings(out: str) -> list[dict[str, Any]]:
    return [f for file in json.loads(out)["files"] for f in file["findings"]]


def test_report_waiver_keeps_the_finding_visible_and_the_exit_code_clean(
        tmp_path: Path, run: Any) -> None:
    report = report_with(tmp_path, [{"rule": "SUM102", "pointer": "/tables/0/rows/0",
                                     "reason": "调整数已经财政批复", "by": "李审计",
                                     "date": "2024-04-01"}])
    code, out, _ = run("check", str(report), "--select", "SUM102,CF004", "--format", "json")
    assert code == 0
    [finding] = findings(out)
    assert (finding["rule"], finding["waived"]) == ("SUM102", "调整数已经财政批复")
    assert json.loads(out)["totals"] == {"error": 0, "warning": 0, "info": 0, "waived": 1,
                                         "failed_files": 0}
    import jsonschema

    schema = json.loads(run("schema", "--output-format")[1])
    jsonschema.Draft202012Validator(schema).validate(json.loads(out))
    code, out, _ = run("check", str(report), "--select", "SUM102")
    assert code == 0
    assert out.splitlines()[0].endswith("相差 1.0万元，请核实。 [已豁免: 调整数已经财政批复]")
    assert out.splitlines()[-1] == "1 个文件：0 个错误，0 个警告，0 个提示，1 个已豁免"


def test_waiver_by_rule_name_and_without_a_place_covers_the_whole_report(
        tmp_path: Path, run: Any) -> None:
    report = report_with(tmp_path, [{"rule": "column-sum-mismatch", "reason": "按批复口径"}])
    code, out, _ = run("check", str(report), "--select", "SUM102", "--format", "json")
    assert code == 0 and findings(out)[0]["waived"] == "按批复口径"


def test_report_waiver_without_a_reason_is_refused(tmp_path: Path, run: Any) -> None:
    report = report_with(tmp_path, [{"rule": "SUM102", "pointer": "/tables/0"}])
    code, _, err = run("check", str(report))
    assert code == 2
    assert err.splitlines() == [
        f"{report}: does not match the report schema (1 problem)",
        "  /waivers/0: 'reason' is a required property"]
    blank = report_with(tmp_path, [{"rule": "SUM102", "reason": "  "}], name="blank.json")
    code, _, err = run("check", str(blank))
    assert (code, err) == (2, f"{blank}: /waivers/0/reason: a waiver needs a reason\n")


def test_side_file_waiver_by_quote_in_a_parent_folder(tmp_path: Path, run: Any) -> None:
    report = tmp_path / "2021" / "yiyang.json"
    report.parent.mkdir()
    report.write_bytes(SEED.read_bytes())
    (tmp_path / "crossfoot-waivers.toml").write_text(
        '[[waiver]]\nfile = "2021/*.json"\nrule = "SUM104"\nquote = "共 10 人"\n'
        'reason = "编制数以编办批复为准"\nby = "王"\ndate = 2024-05-01\n\n'
        '[[waiver]]\nfile = "2022/*.json"\nrule = "SUM104"\nreason = "另一年度"\n',
        encoding="utf-8")
    code, out, _ = run("check", str(report), "--select", "SUM104,CF004", "--format", "json",
                       *TODAY)
    assert code == 0
    [finding] = findings(out)
    assert finding["waived"] == "编制数以编办批复为准"
    assert finding["location"]["quote"] == "编制人数共 10 人"


def test_side_file_without_a_reason_is_refused(tmp_path: Path, run: Any) -> None:
    report = tmp_path / "r.json"
    report.write_bytes(TABLE_FAIL.read_bytes())
    side = tmp_path / "crossfoot-waivers.toml"
    side.write_text('[[waiver]]\nrule = "SUM102"\npointer = "/tables/0"\n', encoding="utf-8")
    code, _, err = run("check", str(report))
    assert (code, err) == (2, f"{report}: {side}: waiver 1: a waiver needs a reason\n")
    side.write_text('[[waiver]]\nrule = "SUM102"\nreason = "x"\nwho = "me"\n', encoding="utf-8")
    code, _, err = run("check", str(report))
    assert code == 2 and "waiver 1: unknown key(s) who" in err


def test_unused_waiver_is_reported_only_for_rules_that_ran(tmp_path: Path, run: Any) -> None:
    report = report_with(tmp_path, [
        {"rule": "SUM102", "pointer": "/tables/0/rows/1", "reason": "旧豁免"},
        {"rule": "SUM101", "reason": "未运行的规则"},
    ])
    code, out, _ = run("check", str(report), "--select", "SUM102,CF004", "--format", "json")
    assert code == 1
    unused = [f for f in findings(out) if f["rule"] == "CF004"]
    assert [(f["severity"], f["location"]["pointer"]) for f in unused] == [
        ("info", "/waivers/0")]
    assert unused[0]["message"]["en"] == (
        "Waiver matches no finding: SUM102 at /tables/0/rows/1 (reason: 旧豁免; "
        "from waiver 1); remove or correct it")
    code, out, _ = run("check", str(report), "--select", "SUM102", "--format", "json")
    assert [f["rule"] for f in findings(out)] == ["SUM102"]


def test_waivers_are_counted_in_sarif_as_suppressions(tmp_path: Path, run: Any) -> None:
    report = report_with(tmp_path, [{"rule": "SUM102", "reason": "已说明"}])
    code, out, _ = run("check", str(report), "--select", "SUM102", "--format", "sarif")
    assert code == 0
    [result] = json.loads(out)["runs"][0]["results"]
    assert result["suppressions"] == [{"kind": "external", "status": "accepted",
                                       "justification": "已说明"}]


def test_side_file_waiver_for_many_reports_is_judged_once_over_the_batch(
        tmp_path: Path, run: Any) -> None:
    for name in ("a.json", "b.json"):
        (tmp_path / name).write_bytes(TABLE_FAIL.read_bytes())
    (tmp_path / "crossfoot-waivers.toml").write_text(
        '[[waiver]]\nrule = "SUM102"\npointer = "/tables/9"\nreason = "所有报告"\n\n'
        '[[waiver]]\nfile = "a.json"\nrule = "SUM102"\npointer = "/tables/9"\n'
        'reason = "只此一份"\n', encoding="utf-8")
    code, out, _ = run("check", str(tmp_path), "--select", "SUM102,CF004", "--format", "json",
                       "--jobs", "1")
    assert code == 1
    unused = [(Path(file["path"]).name, f["message"]["zh"]) for file in json.loads(out)["files"]
              for f in file["findings"] if f["rule"] == "CF004"]
    side = tmp_path / "crossfoot-waivers.toml"
    assert unused == [("a.json", f"豁免未匹配任何发现：SUM102 /tables/9（理由：只此一份；"
                                 f"出自 {side}: waiver 2），请删除或更正"),
                      ("crossfoot-waivers.toml",
                       f"豁免未匹配任何发现：SUM102 /tables/9（理由：所有报告；出自 {side}: "
                       "waiver 1），请删除或更正")]
