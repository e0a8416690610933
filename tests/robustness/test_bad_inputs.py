"""Every bad input: one error line naming the file and the problem, exit code 2, no traceback.

Most cases run the CLI in-process (fast); a few run it as a real process so
that nothing, not even an interpreter error, can reach stderr unnoticed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from crossfoot.app.session import Session
from crossfoot.errors import InputError
from crossfoot.importing.load import parse_json, report_from_data

from .hostile import (
    complete_report,
    nested_sections,
    nested_text,
    replaced,
    walk,
    write_json,
    wrong_type,
)

VALID = json.dumps(complete_report(), ensure_ascii=False)
HEAD = '{"crossfoot": "1.0", "meta": {"title": "t"}, '
MEGA = 2 * 1024 * 1024

# (case id, file content, expected problem after "<path>: ")
CASES: list[tuple[str, bytes, str]] = [
    ("empty", b"", "file is empty"),
    ("blank", b" \n\t\n", "file is empty"),
    ("gzip", b"\x1f\x8b\x08\x00" + bytes(range(256)), "not UTF-8 text: invalid byte 0x8b at "
                                                      "offset 1"),
    ("utf16", '{"crossfoot": "1.0"}'.encode("utf-16"), "not UTF-8 text: invalid byte 0xff at "
                                                       "offset 0"),
    ("bad-utf8-in-string", b'{"meta": {"title": "\xe5\xb9"}}', "not UTF-8 text: invalid byte "
                                                                "0xe5 at offset 20"),
    ("gbk", '{"meta": {"title": "年度报告"}}'.encode("gbk"), "not UTF-8 text: invalid byte 0xc4 "
                                                          "at offset 20"),
    ("truncated", (HEAD + '"sections": [').encode(), "line 1, column 59: invalid JSON: "
                                                     "Expecting value"),
    ("truncated-in-string", VALID.encode()[:60], "line 1, column 40: invalid JSON: "
                                                 "Unterminated string starting at"),
    ("trailing-garbage", b'{"crossfoot": "1.0"} x', "line 1, column 22: invalid JSON: Extra data"),
    ("nan", (HEAD + '"facts": [{"id": "a", "value": NaN}]}').encode(),
     "invalid JSON: NaN is not a number crossfoot accepts"),
    ("infinity", (HEAD + '"facts": [{"id": "a", "value": Infinity}]}').encode(),
     "invalid JSON: Infinity is not a number crossfoot accepts"),
    ("minus-infinity", (HEAD + '"facts": [{"id": "a", "value": -Infinity}]}').encode(),
     "invalid JSON: -Infinity is not a number crossfoot accepts"),
    ("1e400", (HEAD + '"facts": [{"id": "a", "value": 1e400}]}').encode(),
     "invalid JSON: number 1e400 is out of range"),
    ("1e-400", (HEAD + '"facts": [{"id": "a", "value": 1e-400}]}').encode(),
     "invalid JSON: number 1e-400 is out of range"),
    ("long-integer", (HEAD + '"facts": [{"id": "a", "value": ' + "7" * 60 + "}]}").encode(),
     "invalid JSON: number 77777777777777777777... is 60 characters long, over the limit of 40"),
    ("megabyte-number", (HEAD + '"facts": [{"id": "a", "value": 0.' + "3" * MEGA + "}]}").encode(),
     f"invalid JSON: number 0.333333333333333333... is {MEGA + 2} characters long, over the "
     "limit of 40"),
    ("lone-high-surrogate", (HEAD[:-3] + ', "source": "a\\ud800b"}}').encode(),
     "line 1, column 57: invalid JSON: \\ud800 is half of a surrogate pair, not a character"),
    ("lone-low-surrogate", b'{"meta": {"title": "\\udfff"}}',
     "line 1, column 21: invalid JSON: \\udfff is half of a surrogate pair, not a character"),
    ("reversed-pair", b'{"meta": {"title": "\\ude00\\ud83d"}}',
     "line 1, column 21: invalid JSON: \\ude00 is half of a surrogate pair, not a character"),
    ("duplicate-key-nested", (HEAD + '"tables": [{"id": "t", "id": "u"}]}').encode(),
     "invalid JSON: duplicate key 'id'"),
    ("nesting-10000-arrays", nested_text(10_000).encode(), "invalid JSON: nested too deeply to "
                                                           "read"),
    ("nesting-10000-objects", (HEAD + '"analysis": ' + '{"a": ' * 10_000 + "1" + "}" * 10_001)
     .encode(), "invalid JSON: nested too deeply to read"),
]


def _write(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / f"{name}.json"
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(("name", "content", "problem"), CASES, ids=[c[0] for c in CASES])
def test_bad_file_is_one_line(tmp_path: Path, run: Any, name: str, content: bytes,
                              problem: str) -> None:
    path = _write(tmp_path, name, content)
    code, out, err = run("check", str(path))
    assert code == 2
    assert err.startswith(f"{path}: {problem}")
    assert err.count("\n") == 1 and err.endswith("\n")
    assert out.splitlines()[-1].endswith("1 file(s) could not be checked")


def test_escaped_backslash_and_whole_pairs_are_text(tmp_path: Path, run: Any) -> None:
    """``\\\\ud800`` is a backslash and five letters; ``\\ud83d\\ude00`` is one emoji."""
    path = _write(tmp_path, "fine", (HEAD[:-3] + ', "source": "\\\\ud800 \\ud83d\\ude00"}}')
                  .encode())
    assert run("check", str(path), "--select", "SUM")[:3:2] == (0, "")


def test_megabyte_decimal_string_is_a_schema_problem(tmp_path: Path, run: Any) -> None:
    path = _write(tmp_path, "mega-string-number",
                  (HEAD + '"facts": [{"id": "a", "value": "' + "9" * MEGA + '"}]}').encode())
    code, _, err = run("check", str(path))
    assert code == 2
    assert err.splitlines() == [
        f"{path}: does not match the report schema (1 problem)",
        f"  /facts/0/value: number 99999999999999999999... is {MEGA} characters long, "
        "over the limit of 40",
    ]


def test_sections_nested_past_the_limit(tmp_path: Path, run: Any) -> None:
    path = write_json(tmp_path / "deep.json", nested_sections(200))
    code, _, err = run("check", str(path))
    assert code == 2
    pointer = "/sections/0" * 32  # the level-65 array: 1 + 2 x 32 levels in
    assert err == (f"{path}: {pointer[:80]}...: nested more than 64 levels deep "
                   "(raise the limit with --max-depth)\n")


@pytest.mark.parametrize("top", [[], "report", 42, None, True])
def test_wrong_top_level(tmp_path: Path, run: Any, top: Any) -> None:
    path = write_json(tmp_path / "top.json", top)
    code, _, err = run("check", str(path))
    assert code == 2
    shown = json.dumps(top) if not isinstance(top, str) else repr(top)
    shown = {"null": "None", "true": "True"}.get(shown, shown)
    kind = "object"
    assert err.splitlines() == [f"{path}: does not match the report schema (1 problem)",
                                f"  /: {shown} is not of type '{kind}'"]


def _wrong_type_cases() -> list[tuple[str, Any]]:
    """Every place in the complete report (not inside the free-form analysis)."""
    return [(pointer, value) for pointer, value in walk(complete_report())
            if pointer != "/" and not pointer.startswith("/analysis/")]


def test_wrong_type_at_every_level_names_the_place() -> None:
    document = complete_report()
    cases = _wrong_type_cases()
    assert len(cases) > 150
    unexplained = []
    for pointer, value in cases:
        mutated = replaced(document, pointer, wrong_type(value))
        try:
            report_from_data(parse_json(json.dumps(mutated, ensure_ascii=False), "r.json"),
                             "r.json")
        except InputError as exc:
            places = [p.strip().split(": ", 1)[0] for p in exc.problems]
            if exc.lines()[0].startswith("r.json: does not match the report schema") and any(
                    pointer == place or pointer.startswith(place.rstrip("/") + "/")
                    for place in places):
                continue
            unexplained.append(f"{pointer}: {exc.lines()}")
        else:
            unexplained.append(f"{pointer}: accepted")
    assert unexplained == []


def test_folder_given_as_a_file(tmp_path: Path, run: Any) -> None:
    folder = tmp_path / "report.json"
    folder.mkdir()
    code, _, err = run("check", str(folder))
    assert (code, err) == (2, f"{folder}: is a folder, not a report file\n")


def test_missing_file(tmp_path: Path, run: Any) -> None:
    path = tmp_path / "gone.json"
    code, _, err = run("check", str(path))
    assert (code, err) == (2, f"{path}: no such file\n")


def test_device_is_refused(run: Any) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    code, _, err = run("check", "/dev/zero", "--from", "json")
    assert (code, err) == (2, "/dev/zero: is a device or socket, not a report file\n")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="running as root: chmod 000 does not stop root from reading")
def test_unreadable_file(tmp_path: Path, run: Any) -> None:
    path = write_json(tmp_path / "locked.json", complete_report())
    path.chmod(0)
    try:
        code, _, err = run("check", str(path))
    finally:
        path.chmod(0o644)
    assert (code, err) == (2, f"{path}: permission denied\n")


def test_bad_file_does_not_stop_the_others(tmp_path: Path, run: Any) -> None:
    good = write_json(tmp_path / "good.json", complete_report())
    bad = _write(tmp_path, "bad", b"{")
    code, out, err = run("check", str(bad), str(good), "--format", "json")
    assert code == 2
    assert err == f"{bad}: line 1, column 2: invalid JSON: Expecting property name enclosed " \
                  "in double quotes\n"
    assert [f["status"] for f in json.loads(out)["files"]] == ["error", "checked"]


SUFFIXES = sorted(Session().importers())


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_every_format_refuses_unreadable_files_in_one_line(tmp_path: Path, run: Any,
                                                           suffix: str) -> None:
    """Whatever importer a suffix chooses: one line naming the file, exit 2, no traceback."""
    exact = {"empty": (b"", "file is empty"), "blank": (b"\n \n", "file is empty")}
    for name, (content, problem) in exact.items():
        path = tmp_path / f"{name}{suffix}"
        path.write_bytes(content)
        assert run("check", str(path))[::2] == (2, f"{path}: {problem}\n")
    folder = tmp_path / f"folder{suffix}"
    folder.mkdir()
    assert run("check", str(folder))[::2] == (2, f"{folder}: is a folder, not a report file\n")
    missing = tmp_path / f"missing{suffix}"
    assert run("check", str(missing))[::2] == (2, f"{missing}: no such file\n")
    big = tmp_path / f"big{suffix}"
    big.write_bytes(b"x" * 2048)
    assert run("check", str(big), "--max-bytes", "1K")[::2] == (
        2, f"{big}: file is 2048 bytes, over the limit of 1024 (raise it with --max-bytes)\n")
    binary = tmp_path / f"binary{suffix}"
    binary.write_bytes(bytes(range(128, 256)) * 8)
    code, _, err = run("check", str(binary))
    assert code == 2 and err.startswith(f"{binary}: ") and err.count("\n") == 1


def test_gbk_text_with_the_wrong_encoding(tmp_path: Path, run: Any) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes("一、项目基本情况\n本项目年初预算 120 万元。\n".encode("gbk"))
    code, _, err = run("check", str(path), "--encoding", "utf-8")
    assert code == 2
    assert err.startswith(f"{path}: ") and err.count("\n") == 1
    assert "Traceback" not in err


# -- whole processes: nothing but the error line may reach stderr ----------------------------

PROCESS_CASES = [
    ("nesting-10000", nested_text(10_000).encode(), "invalid JSON: nested too deeply to read"),
    ("sections-200", json.dumps(nested_sections(200)).encode(), None),
    ("binary", bytes(range(256)) * 8, "not UTF-8 text: invalid byte 0x80 at offset 128"),
    ("truncated", VALID[: len(VALID) // 2].encode(), None),
]


@pytest.mark.parametrize(("name", "content", "problem"), PROCESS_CASES,
                         ids=[c[0] for c in PROCESS_CASES])
def test_no_traceback_from_a_real_process(tmp_path: Path, name: str, content: bytes,
                                          problem: str | None) -> None:
    path = _write(tmp_path, name, content)
    done = subprocess.run([sys.executable, "-m", "crossfoot", "check", str(path)],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1 and done.stderr.startswith(f"{path}: ")
    if problem:
        assert done.stderr == f"{path}: {problem}\n"


def test_a_missing_config_file_is_one_line(tmp_path: Path, run: Any) -> None:
    report = write_json(tmp_path / "r.json", complete_report())
    missing = tmp_path / "nowhere.toml"
    code, _, err = run("check", str(report), "--config", str(missing))
    assert (code, err) == (2, f"crossfoot: error: {missing}: no such configuration file\n")


def test_the_config_file_named_is_the_one_used(tmp_path: Path, run: Any) -> None:
    report = write_json(tmp_path / "r.json", complete_report())
    config = tmp_path / "review-2024.toml"
    config.write_text('select = ["SUM"]\n', encoding="utf-8")
    _, out, _ = run("check", str(report), "--config", str(config), "--format", "json")
    assert {f["rule"][:3] for f in json.loads(out)["files"][0]["findings"]} <= {"SUM"}
