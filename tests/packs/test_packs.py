"""Rule packs: discovery, precedence, CLI, errors at file:line:col, rules like any other."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from crossfoot import hookimpl
from crossfoot.app.config import Config
from crossfoot.app.session import Session
from crossfoot.checking.context import Options
from crossfoot.errors import ConfigError
from crossfoot.packs.errors import PackError

from conftest import FIXTURES, ROOT, TODAY

CN_PACK = ROOT / "rules" / "cn-budget-performance.toml"
SEED = FIXTURES / "seed" / "yiyang-2021.json"

USER_PACK = '''\
[pack]
id = "acme"
version = "2.1.0"
title = "ACME house rules"
applies_to = ["project"]
synonyms = [["得分", "score"]]

[[rule]]
id = "ACME001"
name = "score-not-above-95"
severity = "warning"
title = "Scores above 95 need a second look."
explanation = "House rule."
scope = { each = "row", columns = ["得分"] }
when = "exists(row.得分)"
assert = "row.得分 <= 95"
message.zh = "{row.label} 得分 {actual} 超过 95"
message.en = "{row.label} scores {actual}, above 95"
'''

REPORT = {
    "crossfoot": "1.0",
    "meta": {"title": "t", "kind": "project", "fiscal_year": 2021, "unit": "万元"},
    "tables": [{"id": "t1", "title": "汇总表", "columns": [
        {"id": "name", "label": "项目", "role": "label"},
        {"id": "score", "label": "得分", "role": "score", "unit": "分"}],
        "rows": [{"id": "r1", "label": "甲项目", "cells": {"score": "96.50"}},
                 {"id": "r2", "label": "乙项目", "cells": {"score": "90.00"}}]}],
}


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def report_file(folder: Path, data: dict[str, Any] | None = None) -> Path:
    return write(folder, "report.json", json.dumps(data or REPORT, ensure_ascii=False))


def session(*packs: Path, select: tuple[str, ...] = ("ALL",), **options: Any) -> Session:
    return Session(config=Config(select=select), options=Options(today=TODAY, **options),
                   packs=tuple(str(p) for p in packs))


def test_user_pack_in_a_folder_is_found_and_runs(tmp_path: Path, run: Any) -> None:
    pack = write(tmp_path, "acme.toml", USER_PACK)
    code, out, err = run("check", "--pack", str(pack), "--select", "ACME", "--format", "json",
                         str(report_file(tmp_path)))
    assert code == 0, err  # a warning does not fail the run
    findings = json.loads(out)["files"][0]["findings"]
    assert [(f["rule"], f["location"]["pointer"], f["message"]["en"], f["origin"])
            for f in findings] == [
        ("ACME001", "/tables/0/rows/0/cells/score", "甲项目 scores 96.50分, above 95",
         "acme 2.1.0")]
    assert findings[0]["evidence"] == {"expected": "95", "actual": "96.50",
                                       "difference": "1.50", "tolerance": "0.005", "unit": "分"}


def test_pack_from_configuration(tmp_path: Path, run: Any) -> None:
    write(tmp_path, "acme.toml", USER_PACK)
    write(tmp_path, "crossfoot.toml", 'packs = ["acme.toml"]\n')
    code, out, _ = run("check", "--select", "ACME001", str(report_file(tmp_path)))
    assert "ACME001" in out and code == 0


def test_user_pack_errors_point_at_line_and_column(tmp_path: Path, run: Any) -> None:
    broken = USER_PACK.replace('assert = "row.得分 <= 95"', 'assert = "row.得分 <= maxx(95)"')
    pack = write(tmp_path, "acme.toml", broken)
    code, out, err = run("check", "--pack", str(pack), str(report_file(tmp_path)))
    assert code == 2 and out == ""
    assert err.splitlines() == [
        f"crossfoot: error: {pack}:16:21: assert: unknown function 'maxx' (did you mean "
        "'max'?)",
        '    assert = "row.得分 <= maxx(95)"',
        "                          ^",  # 得分 is four columns wide
    ]


def test_pack_check_command(tmp_path: Path, run: Any) -> None:
    assert run("pack", "check", str(CN_PACK)) == (
        0, f"{CN_PACK}: ok: pack cn-budget-performance 2.3.0, 29 rules\n", "")
    bad = write(tmp_path, "bad.toml", USER_PACK.replace("[[rule]]", "[[rule]]\ncolour = 1")
                .replace('message.en = "{row.label} scores {actual}, above 95"',
                         'message.en = "{row.nope.x}"'))
    code, out, err = run("pack", "check", str(bad))
    assert code == 2 and out == ""
    assert err.splitlines() == [
        f"{bad}:9:1: unknown key 'colour' in [[rule]] (known: id, name, severity, title, "
        "explanation, example, scope, when, let, assert, message, messages, applies_to)",
        "    colour = 1",
        "    ^",
        f"{bad}:19:1: message field {{row.nope.x}}: one field after the name at most",
        '    message.en = "{row.nope.x}"',
        "    ^",
    ]


def test_toml_syntax_error_and_missing_file(tmp_path: Path, run: Any) -> None:
    bad = write(tmp_path, "bad.toml", '[pack]\nid = "x\n')
    code, _, err = run("pack", "check", str(bad))
    assert code == 2
    assert err.splitlines()[0].startswith(f"{bad}:2:")
    assert "invalid TOML" in err.splitlines()[0]
    code, _, err = run("pack", "check", str(tmp_path / "none.toml"))
    assert (code, err) == (2, f"{tmp_path / 'none.toml'}:1:1: no such pack file\n")


def test_multiline_and_escaped_expressions_map_back_to_the_file(tmp_path: Path) -> None:
    text = USER_PACK.replace('assert = "row.得分 <= 95"', 'assert = """\nexists(row.得分) and\n'
                             '  row.得分 <= \\"95\\" + nope\n"""')
    with pytest.raises(PackError) as info:
        session(write(tmp_path, "p.toml", text))
    problem = info.value.problems[0]
    assert (problem.line, problem.column) == (18, 22)
    assert problem.message == "assert: unknown name 'nope'"


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    twice = USER_PACK + USER_PACK[USER_PACK.index("[[rule]]"):].replace(
        'name = "score-not-above-95"', 'name = "other"')
    with pytest.raises(PackError) as info:
        session(write(tmp_path, "p.toml", twice))
    assert [(p.line, p.message) for p in info.value.problems] == [
        (20, "duplicate rule id ACME001 (first at line 8)")]
    clash = USER_PACK.replace("ACME001", "SUM101").replace("acme", "acme-two")
    with pytest.raises(ConfigError, match="rule id SUM101 is provided twice"):
        session(write(tmp_path, "clash.toml", clash))


def test_builtin_pack_is_on_by_default_and_loading_it_again_adds_nothing(run: Any) -> None:
    default = session()
    again = session(CN_PACK)
    ids = [r.id for r in default.all_rules if r.id.startswith("CNP")]
    assert len(ids) == 29
    assert [r.id for r in again.all_rules] == [r.id for r in default.all_rules]
    code, out, err = run("check", "--pack", str(CN_PACK), "--select", "CNP", str(SEED))
    assert (code, out, err) == (0, "", "") or "error" not in err
    assert code in (0, 1)


def test_two_different_packs_with_one_id_are_refused(tmp_path: Path) -> None:
    first = write(tmp_path, "a.toml", USER_PACK)
    second = write(tmp_path, "b.toml", USER_PACK.replace("House rule.", "Another."))
    with pytest.raises(ConfigError, match="pack 'acme' is loaded twice with different content"):
        session(first, second)


def test_a_users_copy_replaces_the_builtin_pack(tmp_path: Path) -> None:
    copy = CN_PACK.read_text(encoding="utf-8").replace('version = "2.3.0"', 'version = "2.2.2"')
    mine = session(write(tmp_path, "cn.toml", copy))
    rule = mine.rule("CNP001")
    assert rule is not None and rule.origin == "cn-budget-performance 2.2.2"


def test_pack_rules_obey_selection_and_severity(tmp_path: Path, run: Any) -> None:
    pack = str(write(tmp_path, "acme.toml", USER_PACK))
    report = str(report_file(tmp_path))
    _, out, _ = run("check", "--pack", pack, "--select", "ACME", "--ignore",
                    "score-not-above-95", report)
    assert "ACME001" not in out
    code, out, _ = run("check", "--pack", pack, "--select", "ACME", "--severity",
                       "ACME001=error", "--format", "json", report)
    assert code == 1
    assert json.loads(out)["files"][0]["findings"][0]["severity"] == "error"


def test_rules_catalogue_and_rule_documentation(tmp_path: Path, run: Any) -> None:
    pack = str(write(tmp_path, "acme.toml", USER_PACK))
    _, out, _ = run("rules", "--pack", pack)
    assert any(line.split()[:4] == ["ACME001", "score-not-above-95", "acme", "warning"]
               for line in out.splitlines())
    code, out, _ = run("rule", "CNP010")
    assert code == 0
    assert "provided by cn-budget-performance 2.3.0" in out
    assert "assert = row.得分 == due" in out
    assert "财预〔2020〕10号" in out


def test_packs_command_lists_origin(tmp_path: Path, run: Any) -> None:
    pack = write(tmp_path, "acme.toml", USER_PACK)
    code, out, _ = run("packs", "--pack", str(pack))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["acme", "2.1.0", "1", "rule", "--pack", str(pack)]
    assert any(line.split()[:4] == ["cn-budget-performance", "2.3.0", "29", "rules"]
               and line.split()[4:] == ["built-in", str(CN_PACK)] for line in lines)


def test_pack_applies_only_to_its_report_kinds(tmp_path: Path) -> None:
    pack = write(tmp_path, "acme.toml", USER_PACK)
    other = dict(REPORT, meta=dict(REPORT["meta"], kind="final-accounts"))
    result = session(pack, select=("ACME",)).check_path(report_file(tmp_path, other))
    assert result.findings == ()


def test_runtime_error_becomes_a_cf_finding_with_the_place(tmp_path: Path) -> None:
    text = USER_PACK.replace('assert = "row.得分 <= 95"', 'assert = "row.得分 + meta.fiscal_year'
                             ' * fact(\'f\') > 1"')
    data = dict(REPORT, facts=[{"id": "f", "value": "3", "unit": "万元"}])
    pack = write(tmp_path, "p.toml", text)
    result = session(pack, select=("ACME",)).check_path(report_file(tmp_path, data))
    assert [(f.rule_id, f.message_en) for f in result.findings] == [
        ("CF001", f"Rule ACME001 (score-not-above-95) failed and did not finish checking: "
                  f"PackRuleError: {pack}:16:18: assert: cannot add 96.50分 and 6063.00万元: 分 "
                  "and 万元 are different kinds of quantity")]


def test_messages_alias_and_meta_fields(tmp_path: Path) -> None:
    pack = write(tmp_path, "p.toml", '''\
[pack]
id = "dates"
version = "1"
title = "t"

[[rule]]
id = "DTX001"
name = "dated-in-year"
severity = "warning"
title = "t"
when = "exists(meta.report_date)"
assert = "year(meta.report_date) > meta.fiscal_year"
[rule.messages]
zh = "报告日期 {meta.report_date} 早于 {meta.fiscal_year} 年度结束"
en = "dated {meta.report_date}, in {meta.fiscal_year}"
''')
    data = dict(REPORT, meta=dict(REPORT["meta"], report_date="2021-10-01"))
    result = session(pack, select=("DTX",)).check_path(report_file(tmp_path, data))
    assert [f.message_zh for f in result.findings] == ["报告日期 2021-10-01 早于 2021 年度结束"]


class FunctionPlugin:
    """A plugin adding a pack function and shipping a pack that uses it."""

    def __init__(self, pack: Path) -> None:
        self.pack = pack

    @hookimpl
    def crossfoot_functions(self) -> dict[str, Any]:
        return {"double": lambda x: None if x is None else x * 2}

    @hookimpl
    def crossfoot_packs(self) -> list[Path]:
        return [self.pack]


def test_plugin_functions_and_plugin_packs(tmp_path: Path) -> None:
    pack = write(tmp_path, "p.toml", USER_PACK.replace('assert = "row.得分 <= 95"',
                                                      'assert = "double(row.得分) <= 190"'))
    mine = Session(config=Config(select=("ACME",)), options=Options(today=TODAY),
                   extra_plugins=[("fn", FunctionPlugin(pack))])
    assert [p.source for p in mine.pack_set.packs if p.pack.id == "acme"] == ["plugin fn"]
    result = mine.check_path(report_file(tmp_path))
    assert [(f.rule_id, f.location.pointer) for f in result.findings] == [
        ("ACME001", "/tables/0/rows/0")]  # a plugin's result has no place: the row is it


def test_cn_pack_on_the_seed_fixture() -> None:
    """The seed's defects are general ones; the CN pack finds nothing more on it."""
    result = session(select=("CNP",)).check_path(SEED)
    assert result.error == ()
    assert [f.rule_id for f in result.findings] == []


def test_cn_pack_on_a_faulty_project_report(tmp_path: Path) -> None:
    data = json.loads((FIXTURES / "rules" / "CNP010" / "fail.json").read_text(encoding="utf-8"))
    data["tables"][0]["rows"][0]["cells"]["rate"] = "85.00"
    data["facts"][1]["value"] = "良好"
    result = session(select=("CNP",)).check_path(report_file(tmp_path, data))
    # the rate itself (85.00 stated, 90 % computed) is RAT201's: the pack does not restate it
    assert [(f.rule_id, f.location.pointer) for f in result.findings] == [
        ("CNP007", "/facts/1"),
        ("CNP011", "/tables/0/rows/0"),  # 85 % needs a reason
        ("CNP010", "/tables/0/rows/0/cells/score"),
        ("CNP002", "/tables/1/rows/15/cells/score"),  # 总分 counted 9.50 for the execution
    ]


def test_execution_score_mode_is_configurable(tmp_path: Path) -> None:
    fail = FIXTURES / "rules" / "CNP010" / "fail.json"
    assert session(select=("CNP010",)).check_path(fail).findings != ()
    off = session(select=("CNP010",), settings={"cn.execution-score": "off"})
    assert off.check_path(fail).findings == ()


def test_checked_trees_are_cached_on_disk_and_checked_again(tmp_path: Path,
                                                            monkeypatch: Any) -> None:
    from crossfoot.packs import cache, grammar, packfile
    from crossfoot.packs.evaluator import function_table

    monkeypatch.setenv("CROSSFOOT_CACHE_DIR", str(tmp_path / "cache"))
    data = USER_PACK.encode("utf-8")
    first = packfile.read_pack(data, "acme.toml", function_table())
    stored = list((tmp_path / "cache" / "packs").glob("*.json"))
    assert len(stored) == 1

    def no_parsing(text: str) -> Any:
        raise AssertionError("parsed although cached")

    monkeypatch.setattr(packfile, "parse", no_parsing)
    second = packfile.read_pack(data, "acme.toml", function_table())
    assert [r.check.node for r in second.rules] == [r.check.node for r in first.rules]

    # a tampered cache is checked like a pack: refused trees are parsed afresh
    trees = json.loads(stored[0].read_text(encoding="utf-8"))
    for key in trees:
        trees[key] = ["r", 0, "meta", "__class__"]
    stored[0].write_text(json.dumps(trees), encoding="utf-8")
    monkeypatch.setattr(packfile, "parse", grammar.parse)
    third = packfile.read_pack(data, "acme.toml", function_table())
    assert [r.check.node for r in third.rules] == [r.check.node for r in first.rules]
    stored[0].write_text("[[[[not json", encoding="utf-8")
    assert packfile.read_pack(data, "acme.toml", function_table()).rules[0].id == "ACME001"
    monkeypatch.setenv("CROSSFOOT_NO_CACHE", "1")
    assert cache.cache_dir() is None


def test_claims_and_figures_read_from_the_text(tmp_path: Path) -> None:
    pack = write(tmp_path, "p.toml", USER_PACK.replace(
        'scope = { each = "row", columns = ["得分"] }\nwhen = "exists(row.得分)"\n'
        'assert = "row.得分 <= 95"',
        'scope = { each = "claim", kind = "grade" }\n'
        'assert = "claim.value <= 90 and sum(narrative(\'本项目自评得分\')) == claim.value"')
        .replace("{row.label} scores {actual}, above 95",
                 "{claim.label}: {actual} ({claim.grade})"))
    data = dict(REPORT, sections=[{"id": "s", "title": "结论", "paragraphs": [
        {"id": "p", "text": "经综合评价，本项目自评得分 94.50 分，评价等级为优秀。"}]}])
    result = session(pack, select=("ACME",)).check_path(report_file(tmp_path, data))
    assert [(f.message_en, f.location.quote) for f in result.findings] == [
        ("本项目自评: 94.50分 (优秀)", "本项目自评得分 94.50 分")]


def test_a_broken_plugin_pack_is_a_warning_not_the_end_of_the_run(tmp_path: Path) -> None:
    broken = write(tmp_path, "p.toml", USER_PACK.replace('assert = "row.得分 <= 95"',
                                                        'assert = "row.得分 <="'))
    mine = Session(config=Config(select=("ALL",)), options=Options(today=TODAY),
                   extra_plugins=[("fn", FunctionPlugin(broken))])
    assert mine.warnings[-4:] == [
        "warning: plugin fn: rule pack skipped:",
        f"  {broken}:16:20: assert: syntax error: the expression ends too early",
        '      assert = "row.得分 <="',
        "                           ^",
    ]
    assert mine.rule("ACME001") is None and mine.rule("CNP001") is not None


NARRATIVE_PACK = FIXTURES / "packs" / "cn-narrative.toml"


@pytest.mark.parametrize(("score", "grade", "found"), [
    ("94.50", "优秀", []),
    ("87.50", "优秀", [("CNT002", "本项目自评得分 87.50 分",
                        "正文所述得分 87.50分 与自评表总分 94.50分 不一致"),
                       ("CNT001", "评价等级为优秀",
                        "正文称得分 87.50分、等级为“优秀”，但该得分对应的等级为“良”")]),
])
def test_opt_in_narrative_pack(tmp_path: Path, score: str, grade: str,
                               found: list[tuple[str, str, str]]) -> None:
    data = json.loads((FIXTURES / "rules" / "CNP001" / "pass.json").read_text(encoding="utf-8"))
    data["sections"][0]["paragraphs"][2]["text"] = (f"经综合评价，本项目自评得分 {score} 分，"
                                                    f"评价等级为{grade}。")
    assert session(select=("CNT",)).rule("CNT001") is None  # not built in
    result = session(NARRATIVE_PACK, select=("CNT",)).check_path(report_file(tmp_path, data))
    assert [(f.rule_id, f.location.quote, f.message_zh) for f in result.findings] == found



def test_a_pack_rule_reads_the_analysis_only_through_claims_narrative_or_a_plugin(
        tmp_path: Path) -> None:
    narrative = USER_PACK.replace('assert = "row.得分 <= 95"',
                                  'assert = "row.得分 <= 95 or narrative(\'得分\') == null"')
    by_plugin = USER_PACK.replace('assert = "row.得分 <= 95"',
                                  'assert = "double(row.得分) <= 190"')
    for text, reads in ((USER_PACK, False), (narrative, True), (by_plugin, True)):
        mine = Session(config=Config(select=("ACME",)), options=Options(today=TODAY),
                       extra_plugins=[("fn", FunctionPlugin(write(tmp_path, "p.toml", text)))])
        (rule,) = [r for r in mine.rules if r.id == "ACME001"]
        assert rule.reads_analysis is reads, text
    claims = ROOT / "fixtures" / "packs" / "cn-narrative.toml"  # rules over the text's claims
    over_claims = [r for r in session(claims).rules if r.id.startswith("CNT")]
    assert over_claims and all(r.reads_analysis for r in over_claims)
    builtin = [r for r in session().rules if r.id.startswith("CNP")]
    assert builtin and not any(r.reads_analysis for r in builtin)
