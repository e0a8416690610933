"""Hostile packs: each is refused with a clear message or stopped within budget.

Never a hang, a crash (traceback) or code execution. Every case here runs in
milliseconds; none asserts a time (the limits themselves bound the work).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from crossfoot import hookimpl
from crossfoot.app.config import Config
from crossfoot.app.session import Session
from crossfoot.checking.context import Options
from crossfoot.model.report import build_report
from crossfoot.packs.errors import PackError
from crossfoot.packs.evaluator import function_table
from crossfoot.packs.packfile import read_pack

from conftest import TODAY

HEAD = '[pack]\nid = "evil"\nversion = "0"\ntitle = "evil"\n\n'


def rule(assert_: str, scope: str = '"report"', extra: str = "") -> str:
    return (HEAD + '[[rule]]\nid = "EVL001"\nname = "evil"\nseverity = "error"\n'
            f'title = "t"\nscope = {scope}\n{extra}assert = {assert_}\nmessage.en = "x"\n')


def problems(text: str) -> list[str]:
    """Every problem line (file:line:col: message) of a pack that must be refused."""
    with pytest.raises(PackError) as info:
        read_pack(text.encode("utf-8"), "evil.toml", function_table())
    return [f"{p.line}:{p.column}: {p.message}" for p in info.value.problems]


ASSERT_LINE = 12  # the line of `assert = ...` in rule()


@pytest.mark.parametrize(("expression", "column", "message"), [
    ("9**9**9", 12, "assert: there is no power operator ** in pack expressions"),
    ("1e999999 > 0", 11, "assert: number 1e999999 is out of range (at most 40 digits and an "
                         "exponent up to 30)"),
    ("1" * 50 + " > 0", 11, "assert: number 11111111111111111111… is out of range (at most 40 "
                            "digits and an exponent up to 30)"),
    ("__import__('os').system('touch pwned') == 0", 11,
     "assert: names beginning with '_' are not allowed: '__import__'"),
    ("fact('x').__dict__ == 1", 21, "assert: names beginning with '_' are not allowed: "
                                    "'__dict__'"),
    ("fact('x').real == 1", 20, "assert: '.real' after fact(...): a function result has no "
                                "fields"),
    ("meta.__class__ == 1", 16, "assert: names beginning with '_' are not allowed: "
                                "'__class__'"),
    ("meta.title.upper == 1", 22, "assert: unknown reference form: fields exist only on row, "
                                  "table, meta, fact, paragraph and claim"),
    ("__builtins__ == 1", 11, "assert: names beginning with '_' are not allowed: "
                              "'__builtins__'"),
    ("eval('1') == 1", 11, "assert: unknown function 'eval'"),
    ("exec('x') == 1", 11, "assert: unknown function 'exec' (did you mean 'exact'?)"),
    ("open('/etc/passwd') == 1", 11, "assert: unknown function 'open'"),
    ("getattr(meta, 'title') == 1", 11, "assert: unknown function 'getattr'"),
    ("sum.__globals__ == 1", 15, "assert: names beginning with '_' are not allowed: "
                                 "'__globals__'"),
    ("'a'.upper() == 'A'", 20, "assert: syntax error: expected end of expression, found '('"),
    ("x[0] == 1", 12, "assert: syntax error: expected end of expression, found '['"),
    ("lambda: 1", 17, "assert: syntax error: expected end of expression, found ':'"),
])
def test_code_and_attribute_tricks_are_refused(expression: str, column: int,
                                               message: str) -> None:
    quoted = '"' + expression.replace("\\", "\\\\").replace('"', '\\"') + '"'
    assert problems(rule(quoted)) == [f"{ASSERT_LINE}:{column}: {message}"]
    assert not Path("pwned").exists()


def test_deep_nesting_is_refused_before_parsing() -> None:
    deep = "(" * 10_000 + "1" + ")" * 10_000
    assert problems(rule(f'"{deep}"')) == [
        f"{ASSERT_LINE}:4011: assert: expression is 20001 characters long, over the limit "
        "of 4000"]
    nested = "(" * 30 + "1" + ")" * 30 + " == 1"
    assert problems(rule(f'"{nested}"')) == [
        f"{ASSERT_LINE}:35: assert: expression nests more than 24 levels deep"]
    signs = "-" * 100 + "1 == 1"
    assert problems(rule(f'"{signs}"')) == [
        f"{ASSERT_LINE}:19: assert: more than 8 signs or 'not' in a row"]
    chain = "if true then 1 else " * 30 + "1 == 1"
    assert problems(rule(f'"{chain}"'))[0].endswith("nests more than 24 levels deep")


def test_long_chains_are_bounded_by_tree_depth() -> None:
    chain = " + ".join(["1"] * 100) + " > 0"
    assert problems(rule(f'"{chain}"')) == [
        f"{ASSERT_LINE}:11: assert: expression nests more than 64 levels deep"]


def test_huge_literals_are_refused() -> None:
    items = ", ".join(["1"] * 600)
    assert problems(rule(f'"count([{items}]) > 0"')) == [
        f"{ASSERT_LINE}:17: assert: list of 600 items, over the limit of 500"]
    text = "x" * 2000
    assert problems(rule(f"\"'{text}' == 'x'\"")) == [
        f"{ASSERT_LINE}:11: assert: string of 2000 characters, over the limit of 1000"]


def test_huge_and_malformed_files_are_refused() -> None:
    big = HEAD + "# " + "x" * 1_100_000 + "\n"
    assert problems(big) == ["1:1: pack file is 1100052 bytes, over the limit of 1000000"]
    nested = HEAD + "x = " + "[" * 100_000 + "]" * 100_000 + "\n"
    assert problems(nested)[0].startswith("1:1: invalid TOML: nested too deeply") or \
        problems(nested)[0].startswith("6:")
    with pytest.raises(PackError, match="not UTF-8"):
        read_pack(b"\xff\xfe\x00garbage", "evil.toml", function_table())


@pytest.mark.parametrize(("template", "message"), [
    ("{row.__class__}", "message field {row.__class__}: names beginning with '_' are not "
                        "allowed"),
    ("{expected!r}", "message field {expected}: no format spec or conversion allowed"),
    ("{expected:>99999999}", "message field {expected}: no format spec or conversion allowed"),
    ("{0}", "unknown message field {0} (known: expected, actual, difference, tolerance, unit, "
            "value, row, table, fact, paragraph, claim, meta, pack)"),
    ("{expected", "message template: expected '}' before end of string"),
])
def test_message_template_tricks_are_refused(template: str, message: str) -> None:
    text = rule('"1 == 1"').replace('message.en = "x"', f'message.en = "{template}"')
    assert problems(text) == [f"13:1: {message}"]


def test_let_names_cannot_shadow_or_hide() -> None:
    text = rule('"1 == 1"', extra='let.__x = "1"\nlet.sum = "1"\nlet.location = "1"\n')
    assert problems(text) == [
        "12:1: names beginning with '_' are not allowed: '__x'",
        "13:1: let name 'sum' is already a reference or function name",
        "14:1: let name 'location' is already a reference or function name",
    ]


def many_rows(count: int) -> dict[str, Any]:
    return {"meta": {"title": "big", "kind": "project", "unit": "万元"},
            "tables": [{"id": "t", "title": "t", "columns": [
                {"id": "a", "label": "金额"}],
                "rows": [{"id": f"r{i}", "label": f"第{i}行", "cells": {"a": i}}
                         for i in range(count)]}]}


def run_pack(tmp_path: Path, text: str, data: dict[str, Any],
             settings: dict[str, Any] | None = None) -> list[tuple[str, str]]:
    pack = tmp_path / "evil.toml"
    pack.write_text(text, encoding="utf-8")
    session = Session(config=Config(select=("EVL",)),
                      options=Options(today=TODAY, settings=settings or {}),
                      packs=(str(pack),))
    findings = session.check_report(build_report(data))
    return [(f.rule_id, f.message_en) for f in findings]


def test_quadratic_work_runs_out_of_steps(tmp_path: Path) -> None:
    text = rule('"row.金额 <= sum(col(\'金额\'))"', scope='{ each = "row" }')
    found = run_pack(tmp_path, text, many_rows(3000), {"pack.steps-per-rule": 20_000})
    assert found == [("CF001", "Rule EVL001 (evil) failed and did not finish checking: "
                               f"PackRuleError: {tmp_path / 'evil.toml'}:6:1: EVL001: the rule "
                               "used more than 20000 evaluation steps")]


def test_number_overflow_is_an_error_not_infinity(tmp_path: Path) -> None:
    big = " * ".join(["1e30"] * 50)
    text = rule('"b > 0"', extra=f'let.a = "{big}"\nlet.b = "a * a * a * a * a * a * a"\n')
    found = run_pack(tmp_path, text, many_rows(1))
    assert found == [("CF001", "Rule EVL001 (evil) failed and did not finish checking: "
                               f"PackRuleError: {tmp_path / 'evil.toml'}:13:32: let.b: a number "
                               "went out of range")]


def test_text_growth_is_bounded(tmp_path: Path) -> None:
    lets = 'let.a = "replace(meta.title, \'g\', \'gggggggggggggggggggggggggggggggggggg\')"\n'
    for name, prev in zip("bcdef", "abcde", strict=True):
        lets += (f'let.{name} = "replace({prev}, \'g\', '
                 "'gggggggggggggggggggggggggggggggggggg')\"\n")
    found = run_pack(tmp_path, rule('"contains(f, \'x\')"', extra=lets), many_rows(1))
    assert len(found) == 1 and found[0][0] == "CF001"
    assert "replace() would make a text longer than 200000 characters" in found[0][1]


def test_glob_patterns_cannot_explode(tmp_path: Path) -> None:
    pattern = "*a" * 200 + "*b"
    data = many_rows(1)
    data["tables"][0]["title"] = "a" * 5000
    text = rule('"1 == 2"', scope=f'{{ each = "table", table = ["{pattern}"] }}')
    assert run_pack(tmp_path, text, data) == []


class BadFunctions:
    @hookimpl
    def crossfoot_functions(self) -> dict[str, Any]:
        return {"floaty": lambda: 0.1, "boom": lambda: 1 / 0, "sum": lambda *a: 0,
                "huge": lambda: "x" * 300_000}


@pytest.mark.parametrize(("call", "message"), [
    ("floaty()", "plugin function floaty() gave a float; use Decimal, str, bool, list or None"),
    ("boom()", "plugin function boom() failed: ZeroDivisionError: division by zero"),
    ("huge()", "plugin function huge() gave a text longer than 200000 characters"),
])
def test_plugin_functions_cannot_break_out(tmp_path: Path, call: str, message: str) -> None:
    pack = tmp_path / "evil.toml"
    pack.write_text(rule(f'"{call} == 1"'), encoding="utf-8")
    session = Session(config=Config(select=("EVL",)), options=Options(today=TODAY),
                      packs=(str(pack),), extra_plugins=[("bad", BadFunctions())])
    assert any("pack function 'sum' ignored" in w for w in session.warnings)
    findings = session.check_report(build_report(many_rows(1)))
    assert [f.message_en for f in findings] == [
        f"Rule EVL001 (evil) failed and did not finish checking: PackRuleError: {pack}:12:11: "
        f"assert: {message}"]


def test_nested_lists_cannot_multiply_in_messages_or_plugins(tmp_path: Path) -> None:
    items = ", ".join(["1"] * 50)
    lets = f'let.a = "[{items}]"\n'
    for name, prev in zip("bcdef", "abcde", strict=True):
        lets += f'let.{name} = "[{", ".join([prev] * 50)}]"\n'
    text = rule('"1 == 2"', extra=lets).replace('message.en = "x"', 'message.en = "{f}"')
    found = run_pack(tmp_path, text, many_rows(1))  # 50**6 values, shown as 50 at most
    assert len(found) == 1 and found[0][1].endswith("1, …], …], …], …], …], …")
    assert found[0][1].count("1") == 44
