"""Issue 13: typos are errors, and the command line keeps ruff's habits.

Unknown selectors and option keys stop the run with one line; waivers that
name no rule, or match in no report, are CF004; the text output is sorted by
line, can be quiet, counted per rule, coloured, and never passes a control
character from a report to the terminal.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from crossfoot.checking.rule import MAX_MESSAGE, render

from .test_limits import HOSTILE_PACK
from conftest import FIXTURES

SEED = FIXTURES / "seed" / "yiyang-2021.json"
SUM103_FAIL = FIXTURES / "rules" / "SUM103" / "fail.json"
TEXT = FIXTURES / "text" / "yiyang-2021.txt"
SEE_RULES = "names no rule (not an id, prefix or name; see `crossfoot rules`)"


# ---------------------------------------------------------------------------
# typos


@pytest.mark.parametrize(("flag", "value", "key"), [
    ("--select", "NOPE999", "select"),
    ("--select", "SUM103,nope", "select"),
    ("--extend-select", "XYZ", "extend-select"),
    ("--ignore", "SUM9", "ignore"),
    ("--extend-ignore", "parts-dont-add-up", "extend-ignore"),
    ("--severity", "NOPE1=info", "severity"),
])
def test_unknown_selectors_are_configuration_errors(run: Any, flag: str, value: str,
                                                    key: str) -> None:
    code, out, err = run("check", str(SUM103_FAIL), flag, value)
    wrong = value.split("=")[0].split(",")[-1]
    assert (code, out, err) == (2, "", f"crossfoot: error: --{key} {wrong} {SEE_RULES}\n")


def test_an_unknown_selector_in_the_configuration_names_the_file(tmp_path: Path,
                                                                 run: Any) -> None:
    config = tmp_path / "crossfoot.toml"
    config.write_text('select = ["SUM1"]\nignore = ["NOPE", "XX"]\n', encoding="utf-8")
    (tmp_path / "a.json").write_bytes(SUM103_FAIL.read_bytes())
    code, out, err = run("check", str(tmp_path / "a.json"))
    assert (code, out, err) == (2, "", f"crossfoot: error: {config}: ignore: 'NOPE' {SEE_RULES} "
                                       "(and 1 more)\n")


def test_known_selectors_of_every_kind_pass(run: Any) -> None:
    code, _, err = run("check", str(SUM103_FAIL), "--select", "ALL,SUM1,parts-exceed-total",
                       "--ignore", "cf004", "--severity", "SUM=info")
    assert (code, err) == (0, "")


def _waivers(folder: Path, text: str) -> None:
    (folder / "crossfoot-waivers.toml").write_text(text, encoding="utf-8")


def test_a_waiver_for_an_unknown_rule_is_cf004(tmp_path: Path, run: Any) -> None:
    report = tmp_path / "a.json"
    report.write_bytes(SUM103_FAIL.read_bytes())
    _waivers(tmp_path, '[[waiver]]\nrule = "SUMM103"\nreason = "typo"\n')
    code, out, _ = run("check", str(tmp_path), "--format", "json", "--lang", "en")
    side = tmp_path / "crossfoot-waivers.toml"
    messages = [(f["rule"], f["message"]["en"]) for f in json.loads(out)["files"][0]["findings"]]
    assert code == 1
    assert ("CF004", f"Waiver names no known rule: SUMM103 at * (reason: typo; from {side}: "
                     "waiver 1); correct the rule id or name") in messages


def test_a_side_waiver_for_many_reports_is_judged_over_the_whole_run(
        tmp_path: Path, run: Any) -> None:
    for name in ("a.json", "b.json"):
        (tmp_path / name).write_bytes(SUM103_FAIL.read_bytes())
    _waivers(tmp_path, '[[waiver]]\nrule = "SUM103"\npointer = "/facts/9"\nreason = "none"\n\n'
                       '[[waiver]]\nrule = "SUM103"\npointer = "/facts/0"\nreason = "all"\n')
    for jobs in ("1", "2"):
        code, out, _ = run("check", str(tmp_path), "--format", "json", "--lang", "en",
                           "--jobs", jobs)
        files = json.loads(out)["files"]
        side = tmp_path / "crossfoot-waivers.toml"
        assert code == 0
        assert [(Path(f["path"]).name, [x["rule"] for x in f["findings"]]) for f in files] == [
            ("a.json", ["SUM103"]), ("b.json", ["SUM103"]),
            ("crossfoot-waivers.toml", ["CF004"])]
        assert files[2]["findings"][0]["message"]["en"] == (
            f"Waiver matches no finding: SUM103 at /facts/9 (reason: none; from {side}: "
            "waiver 1); remove or correct it")


def test_an_english_report_says_the_narrative_was_not_read(tmp_path: Path, run: Any) -> None:
    text = tmp_path / "en.txt"
    text.write_text("Overview\nThe bureau spent 120 thousand yuan in 2023, of which 80 on "
                    "wages and 50 on goods; the total was 120 thousand yuan.\n",
                    encoding="utf-8")
    code, out, _ = run("check", str(text), "--lang", "en", "--quiet")
    assert code == 0
    assert out == (f"{text}:/meta: CF005 info The text is not Chinese (0% of its letters are "
                   "Chinese characters): the narrative analyzers read only Chinese, so figures "
                   "in the text were not checked\n")
    assert "CF005" not in run("check", str(TEXT), "--quiet")[1]


def test_a_message_repeating_a_field_is_capped() -> None:
    message = render("{a}" * 80_000, {"a": "x" * 60_000})
    assert len(message) == MAX_MESSAGE + 1 and message.endswith("…")
    assert render("{a:>999999999}", {"a": "b"}) == "b"
    assert render("{a:>5}", {"a": "b"}) == "    b"


# ---------------------------------------------------------------------------
# CLI habits


def test_findings_of_a_text_report_are_sorted_by_line_and_column(run: Any) -> None:
    _, out, _ = run("check", str(TEXT), "--format", "json", "--today", "2026-11-29")
    places = [(f["location"].get("line") or 0, f["location"].get("column") or 0)
              for f in json.loads(out)["files"][0]["findings"]]
    assert places == sorted(places) and places[-1][0] > 1


def test_quiet_prints_findings_only(run: Any) -> None:
    code, out, err = run("check", str(SUM103_FAIL), "--quiet", "--lang", "en")
    assert (code, err) == (1, "")
    assert out.splitlines()[0].startswith(f"{SUM103_FAIL}:/facts/0: SUM103 error ")
    assert "file(s)" not in out


def test_statistics_counts_findings_per_rule(run: Any) -> None:
    code, out, _ = run("check", str(SEED), "--statistics", "--lang", "en", "--today",
                       "2026-11-29")
    assert code == 1
    assert out.splitlines() == [
        "2  AGR401  text-values-disagree", "2  STR503  heading-number-restart",
        "1  AGR402  text-table-disagree", "1  DAT304  stray-year", "1  DAT305  period-cut-off",
        "1  RAT204  execution-over-budget", "1  RAT205  low-execution-rate",
        "1  STR501  heading-number-gap", "1  STR502  heading-number-duplicate",
        "1  STR505  duplicate-heading", "1  STR506  repeated-phrase",
        "1  SUM104  parts-exceed-total", "1  SUM105  breakdown-gap", "1  SUM106  empty-total",
        "1 file(s): 1 error(s), 8 warning(s), 7 info"]
    code, _, err = run("check", str(SEED), "--statistics", "--format", "json")
    assert (code, err) == (2, "crossfoot: error: --statistics counts findings in the text "
                              "format, not json\n")


def test_output_format_is_an_alias_of_format(run: Any) -> None:
    assert run("check", str(SEED), "--output-format", "json")[1] == \
        run("check", str(SEED), "--format", "json")[1]


def test_check_with_no_path_checks_the_current_folder(tmp_path: Path, run: Any,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.json").write_bytes(SUM103_FAIL.read_bytes())
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("check", "--quiet", "--lang", "en")
    assert code == 1 and out.startswith("a.json:/facts/0: SUM103 error ")


@pytest.mark.parametrize(("args", "env", "coloured"), [
    (("--color", "always"), {}, True),
    (("--color", "always"), {"NO_COLOR": "1"}, True),
    (("--color", "never"), {}, False),
    ((), {}, False),  # auto: not a terminal
])
def test_colour_only_when_asked_or_on_a_terminal(crossfoot: Any, args: tuple[str, ...],
                                                 env: dict[str, str], coloured: bool) -> None:
    _, out, _ = crossfoot("check", str(SUM103_FAIL), "--quiet", "--lang", "en", *args, env=env)
    assert ("\x1b[1;31mSUM103\x1b[0m" in out) is coloured
    assert ("\x1b[" in out) is coloured


def test_auto_colour_honours_no_color_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from crossfoot.app.output import use_color

    class Terminal:
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdout", Terminal())
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert use_color("auto", None) is True
    monkeypatch.setenv("NO_COLOR", "1")
    assert use_color("auto", None) is False


def test_control_characters_from_a_report_never_reach_the_terminal(
        tmp_path: Path, run: Any) -> None:
    data = json.loads(SUM103_FAIL.read_text(encoding="utf-8"))
    data["facts"][0]["label"] = "编制\x1b[2J人数\u202e\x07"
    path = tmp_path / "evil\x1b]0;title\x07.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, out, err = run("check", str(path), "--quiet")
    assert code == 1 and err == ""
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "evil\\x1b]0;title\\x07.json:/facts/0: SUM103 错误 “编制\\x1b[2J人数\\u202e\\x07”" in out


def test_a_pack_message_repeating_a_field_stays_small(tmp_path: Path, crossfoot: Any) -> None:
    pack = tmp_path / "loud.toml"
    message = "{meta.title}" * 40_000  # a 1 MB pack is the limit: 40,000 fields fit
    pack.write_text(HOSTILE_PACK.format(expression="false").replace(
        'message.en = "x"', f'message.en = "{message}"\nmessage.zh = "{message}"'),
        encoding="utf-8")
    report = tmp_path / "r.json"
    report.write_text(json.dumps({"crossfoot": "1.0", "meta": {"title": "题" * 60_000}},
                                 ensure_ascii=False), encoding="utf-8")
    code, out, err = crossfoot("check", str(report), "--pack", str(pack), "--select", "EVL",
                               "--format", "json")
    assert (code, err) == (1, "")
    [finding] = json.loads(out)["files"][0]["findings"]
    assert finding["message"]["zh"] == "题" * MAX_MESSAGE + "…"


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_json_outputs_escape_what_a_terminal_must_not_see(tmp_path: Path, run: Any,
                                                          fmt: str) -> None:
    label = "编制\x9b2J人数\u202e\u2028"
    data = json.loads(SUM103_FAIL.read_text(encoding="utf-8"))
    data["facts"][0]["label"] = label
    path = tmp_path / "r.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run("check", str(path), "--format", fmt)
    assert code == 1
    assert not {"\x9b", "\u202e", "\u2028"} & set(out)
    assert "\\u009b2J" in out and "\\u202e" in out and label in json.dumps(json.loads(out),
                                                                            ensure_ascii=False)
