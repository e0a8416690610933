"""Limits: sensible defaults, flags to change them, a clear error past them,
and extreme values inside them handled exactly.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from crossfoot.importing.load import MAX_BYTES, MAX_DEPTH, Limits

from .hostile import complete_report, nested_sections, write_json


def _amounts(parts: list[str], total: str) -> dict[str, Any]:
    rows = [{"id": f"r{i}", "label": f"项目{i}", "role": "item", "cells": {"amount": value}}
            for i, value in enumerate(parts)]
    rows.append({"id": "total", "label": "合计", "role": "total", "cells": {"amount": total}})
    return {"crossfoot": "1.0", "meta": {"title": "极值", "language": "en", "unit": "元"},
            "tables": [{"id": "t", "title": "极值表", "columns": [
                {"id": "amount", "label": "金额", "role": "actual"}], "rows": rows}]}


def test_defaults() -> None:
    assert Limits() == Limits(MAX_BYTES, MAX_DEPTH) == Limits.of({})
    assert (MAX_BYTES, MAX_DEPTH) == (50 * 1024 * 1024, 64)
    assert Limits.of({"max_bytes": 10, "max_depth": 5}) == Limits(10, 5)


def test_max_bytes_flag(tmp_path: Path, run: Any) -> None:
    path = write_json(tmp_path / "r.json", complete_report())
    size = path.stat().st_size
    code, _, err = run("check", str(path), "--max-bytes", "1K", "--select", "SUM")
    assert (code, err) == (2, f"{path}: file is {size} bytes, over the limit of 1024 "
                              "(raise it with --max-bytes)\n")
    assert run("check", str(path), "--max-bytes", str(size), "--select", "SUM")[0] == 0


def test_max_depth_flag(tmp_path: Path, run: Any) -> None:
    path = write_json(tmp_path / "deep.json", nested_sections(40))  # 81 levels of JSON
    code, _, err = run("check", str(path), "--select", "SUM")
    assert code == 2 and "nested more than 64 levels deep (raise the limit with --max-depth)" \
        in err
    assert run("check", str(path), "--select", "SUM", "--max-depth", "81")[0] == 0
    assert "nested more than 80 levels" in run("check", str(path), "--max-depth", "80")[2]


def test_limit_flags_reject_nonsense(run: Any, capsys: pytest.CaptureFixture[str]) -> None:
    for flag, value in (("--max-bytes", "0"), ("--max-bytes", "lots"), ("--max-depth", "-3")):
        with pytest.raises(SystemExit) as exit_info:
            run("check", "r.json", flag, value)
        assert exit_info.value.code == 2
        assert f"argument {flag}: not a positive size: '{value}'" in capsys.readouterr().err


def test_limits_reach_worker_processes(tmp_path: Path, run: Any) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(10):
        write_json(folder / f"r{i:02d}.json", complete_report())
    code, _, err = run("check", str(folder), "--jobs", "2", "--max-bytes", "1K")
    assert code == 2
    assert err.count("over the limit of 1024 (raise it with --max-bytes)") == 10


def test_extreme_numbers_inside_the_limits_add_up_exactly(tmp_path: Path, run: Any) -> None:
    """30 integer digits and 2 decimals: beyond Decimal's default 28 digits, still exact."""
    big = "1" + "0" * 29 + ".00"
    good = write_json(tmp_path / "good.json", _amounts([big, "0.01"], "1" + "0" * 29 + ".01"))
    bad = write_json(tmp_path / "bad.json", _amounts([big, "0.01"], "1" + "0" * 29 + ".03"))
    assert run("check", str(good), "--select", "SUM,CF")[:2] == (
        0, "1 file(s): 0 error(s), 0 warning(s), 0 info\n")
    code, out, _ = run("check", str(bad), "--select", "SUM,CF", "--format", "json")
    findings = json.loads(out)["files"][0]["findings"]
    assert code == 1 and [f["rule"] for f in findings] == ["SUM101"]
    assert findings[0]["evidence"]["expected"] == "100000000000000000000000000000.01"
    assert findings[0]["evidence"]["difference"] == "0.02"


def test_negative_zero_is_zero(tmp_path: Path, run: Any) -> None:
    document = _amounts(["-0", "-0.00", "0"], "-0.0")
    document["facts"] = [{"id": "z", "value": -0.0, "unit": "元"}]
    path = write_json(tmp_path / "zero.json", document)
    assert "-0.0" in path.read_text(encoding="utf-8")
    code, out, err = run("check", str(path), "--format", "json", "--exit-zero")
    assert (code, err) == (0, "")
    findings = json.loads(out)["files"][0]["findings"]
    assert "-0" not in json.dumps(findings, ensure_ascii=False)


def test_megabyte_strings_are_read_and_checked(tmp_path: Path, run: Any) -> None:
    """Long texts are not an error: the report is read, checked and its findings named."""
    document = _amounts(["1.00", "2.00"], "4.00")
    document["meta"]["title"] = "题" * 1_000_000
    document["sections"] = [{"id": "s", "title": "说明", "paragraphs": [
        {"id": "p", "text": "这是一段很长的说明文字" * 100_000}]}]
    path = write_json(tmp_path / "long.json", document)
    code, out, err = run("check", str(path), "--select", "SUM,CF", "--format", "json")
    assert (code, err) == (1, "")
    assert [f["rule"] for f in json.loads(out)["files"][0]["findings"]] == ["SUM101"]


HOSTILE_PACK = '''[pack]
id = "evil"
version = "0"
title = "evil"

[[rule]]
id = "EVL001"
name = "evil"
severity = "error"
title = "t"
scope = "report"
assert = "{expression}"
message.en = "x"
'''


@pytest.mark.parametrize(("expression", "where"), [
    ("(" * 40 + "1" + ")" * 40, "12:"),           # nesting over the pack language's limit
    ("1 + " * 1500 + "1", "12:"),                  # longer than an expression may be
    ("__import__('os').system('true')", "12:"),    # no way into Python
])
def test_a_pack_over_its_limits_is_a_clear_error_in_a_real_process(
        tmp_path: Path, expression: str, where: str) -> None:
    pack = tmp_path / "evil.toml"
    pack.write_text(HOSTILE_PACK.format(expression=expression), encoding="utf-8")
    report = write_json(tmp_path / "r.json", complete_report())
    done = subprocess.run([sys.executable, "-m", "crossfoot", "check", str(report),
                           "--pack", str(pack)], capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith(f"crossfoot: error: {pack}:{where}")
