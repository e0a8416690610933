"""The command line, end to end: output lines, exit codes, subcommands."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from crossfoot import __version__

from conftest import FIXTURES

SEED = FIXTURES / "seed" / "yiyang-2021.json"
SUM103_FAIL = FIXTURES / "rules" / "SUM103" / "fail.json"


def test_text_output_names_place_rule_and_numbers(run: Any) -> None:
    code, out, err = run("check", str(SUM103_FAIL), "--select", "SUM")
    assert code == 1 and err == ""
    lines = out.splitlines()
    assert lines[0] == (f"{SUM103_FAIL}:/facts/0: SUM103 错误 “编制人数”为 12人，"
                        "但 “行政编制” + “事业编制” 合计 13人，相差 1人，请核实。")
    assert lines[1] == "    应为 13 人; 实为 12 人; 相差 -1 人; 容差 0 人"
    assert lines[-1] == "1 个文件：1 个错误，0 个警告，0 个提示"


def test_english_messages_on_request(run: Any) -> None:
    _, out, _ = run("check", str(SUM103_FAIL), "--select", "SUM", "--lang", "en")
    assert out.splitlines()[0].endswith(
        "SUM103 error 编制人数 is stated as 12人, but 行政编制 + 事业编制 add up to 13人 "
        "(off by 1人)")
    assert out.splitlines()[-1] == "1 file(s): 1 error(s), 0 warning(s), 0 info"


def test_exit_codes_follow_fail_on(run: Any) -> None:
    info_only = FIXTURES / "rules" / "SUM105" / "fail.json"
    assert run("check", str(info_only), "--select", "SUM")[0] == 0
    assert run("check", str(info_only), "--select", "SUM", "--fail-on", "info")[0] == 1
    assert run("check", str(SUM103_FAIL), "--select", "SUM", "--exit-zero")[0] == 0
    assert run("check", str(FIXTURES / "bad" / "nan.json"))[0] == 2


def test_bad_input_error_goes_to_stderr(run: Any) -> None:
    code, out, err = run("check", str(FIXTURES / "bad" / "duplicate-key.json"))
    assert code == 2
    bad = FIXTURES / "bad" / "duplicate-key.json"
    assert err == f"{bad}: invalid JSON: duplicate key 'title'\n"
    assert "could not be checked" in out


def test_select_ignore_and_severity_override(run: Any) -> None:
    assert run("check", str(SUM103_FAIL), "--ignore", "SUM103")[0] == 0
    by_name = run("check", str(SUM103_FAIL), "--select", "SUM", "--ignore", "relation-mismatch")
    assert by_name[0] == 0
    code, out, _ = run("check", str(SUM103_FAIL), "--select", "SUM103",
                       "--severity", "SUM103=warning", "--format", "json")
    assert code == 0
    assert json.loads(out)["files"][0]["findings"][0]["severity"] == "warning"


def test_json_output_matches_its_schema(run: Any) -> None:
    import jsonschema

    code, out, _ = run("check", str(SEED), str(FIXTURES / "bad" / "nan.json"), "--format", "json",
                       "--today", "2026-11-29")
    assert code == 2
    schema = json.loads(run("schema", "--output-format")[1])
    data = json.loads(out)
    jsonschema.Draft202012Validator(schema).validate(data)
    assert [f["status"] for f in data["files"]] == ["checked", "error"]
    assert data["totals"]["failed_files"] == 1


def test_same_input_gives_byte_identical_output(run: Any) -> None:
    first = run("check", str(SEED), "--format", "json", "--today", "2026-11-29")[1]
    second = run("check", str(SEED), "--format", "json", "--today", "2026-11-29")[1]
    assert first == second


def test_output_file_is_written(run: Any, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    code, out, _ = run("check", str(SUM103_FAIL), "--format", "json", "-o", str(target))
    assert code == 1 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["totals"]["error"] >= 1


def test_rules_rule_schema_plugins_version(run: Any) -> None:
    code, out, _ = run("rules")
    assert code == 0
    assert any(line.split()[:4] == ["SUM103", "relation-mismatch", "totals", "error"]
               for line in out.splitlines())
    catalogue = json.loads(run("rules", "--format", "json")[1])
    assert {"CF001", "SUM101", "SUM106"} <= {r["id"] for r in catalogue}
    code, out, _ = run("rule", "relation-mismatch")
    assert code == 0 and out.startswith("# SUM103 relation-mismatch\n\nFamily totals · default "
                                        "severity error")
    assert "## Example" in out
    assert run("rule", "NOPE999")[0] == 2
    schema = json.loads(run("schema")[1])
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    code, out, _ = run("plugins")
    assert code == 0 and "totals  crossfoot.plugins.totals  crossfoot " in out
    with pytest.raises(SystemExit) as exit_info:
        run("--version")
    assert exit_info.value.code == 0


def test_version_string(capsys: pytest.CaptureFixture[str]) -> None:
    from crossfoot.app.cli import main

    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out == f"crossfoot {__version__}\n"


def test_config_file_is_found_and_flags_win(run: Any, tmp_path: Path) -> None:
    report = tmp_path / "reports" / "r.json"
    report.parent.mkdir()
    report.write_bytes(SUM103_FAIL.read_bytes())
    (tmp_path / "pyproject.toml").write_text(
        '[tool.crossfoot]\nselect = ["SUM"]\nseverity = {SUM103 = "info"}\nlang = "en"\n',
        encoding="utf-8")
    code, out, _ = run("check", str(report))
    assert code == 0 and " SUM103 info " in out
    code, out, _ = run("check", str(report), "--severity", "SUM103=error", "--lang", "zh")
    assert code == 1 and " SUM103 错误 " in out


def test_bad_config_is_one_line(run: Any, tmp_path: Path) -> None:
    report = tmp_path / "r.json"
    report.write_bytes(SUM103_FAIL.read_bytes())
    (tmp_path / "crossfoot.toml").write_text('selekt = ["SUM"]\n', encoding="utf-8")
    code, _, err = run("check", str(report))
    assert code == 2
    assert err.startswith(f"crossfoot: error: {tmp_path / 'crossfoot.toml'}: unknown key(s) in "
                          "crossfoot configuration: selekt")
    assert err.count("\n") == 1


@pytest.mark.parametrize("value", ["[1]", '"商品服务支出"', '[["a", 2]]'])
def test_bad_synonyms_are_one_line(run: Any, tmp_path: Path, value: str) -> None:
    report = tmp_path / "r.json"
    report.write_bytes(SUM103_FAIL.read_bytes())
    (tmp_path / "crossfoot.toml").write_text(f"synonyms = {value}\n", encoding="utf-8")
    code, _, err = run("check", str(report))
    assert code == 2
    assert err == (f"crossfoot: error: {tmp_path / 'crossfoot.toml'}: synonyms must be a list "
                   'of lists of labels, e.g. [["商品服务支出", "日常公用支出"]]\n')


def test_rule_pages_are_generated_from_the_rules_and_their_fixtures() -> None:
    """docs/rules/<ID>.md is what `crossfoot rule ID` prints; regenerate with
    ``python -m crossfoot.app.ruledoc`` after changing a rule or its fixtures."""
    from crossfoot.app.ruledoc import PAGES, page
    from crossfoot.app.session import Session

    for rule in Session().all_rules:
        target = PAGES / f"{rule.id}.md"
        assert target.read_text(encoding="utf-8") == page(rule), f"{target} is out of date"


#: command lines whose parse must not depend on how much of the parser was built
COMMAND_LINES = (
    ["check", "a.json"], ["check"], ["-p", "no:dates", "check", "a.json", "--select", "SUM"],
    ["--config", "rules", "check", "x"], ["check", "rules", "--format", "json", "-j", "2"],
    ["rules", "--format", "json"], ["rule", "SUM101"], ["packs", "--pack", "p.toml"],
    ["pack", "check", "p.toml"], ["schema", "--output-format"], ["plugins"],
    ["extract", "r.txt", "-o", "out.json"], ["serve", "--port", "0"],
    ["baseline", "a.json", "--select", "SUM", "--jobs", "2", "-o", "b.json"],
)


@pytest.mark.parametrize("argv", COMMAND_LINES)
def test_a_parser_built_for_its_words_parses_as_the_whole_one(argv: list[str]) -> None:
    from crossfoot.app.cli import build_parser

    assert build_parser(frozenset(argv)).parse_args(argv) == build_parser().parse_args(argv)


@pytest.mark.parametrize("argv", [["--help"], [], ["chekc"], ["check", "--bogus"],
                                  ["rules", "--format", "xml"], ["pack"], ["--version"],
                                  ["check", "--help"], ["baseline", "--help"]])
def test_a_parser_built_for_its_words_says_what_the_whole_one_says(
        argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    from crossfoot.app.cli import build_parser

    said = []
    for parser in (build_parser(frozenset(argv)), build_parser()):
        with pytest.raises(SystemExit) as ended:
            parser.parse_args(argv)
        said.append((ended.value.code, capsys.readouterr()))
    assert said[0] == said[1]
