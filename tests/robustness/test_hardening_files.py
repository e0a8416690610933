"""Issue 13: output files, folders, configuration files and numbers that once broke a run.

Each case: the exact exit code and the exact line, and nothing destroyed.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
from pathlib import Path
from typing import Any

import pytest

from .conftest import start
from conftest import FIXTURES

SEED = FIXTURES / "seed" / "yiyang-2021.json"
SUM103_FAIL = FIXTURES / "rules" / "SUM103" / "fail.json"
TEXT = FIXTURES / "text" / "yiyang-2021.txt"
ONE_JOB = ("--jobs", "1")


def _copy(folder: Path, name: str = "a.json", source: Path = SUM103_FAIL) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    target.write_bytes(source.read_bytes())
    return target


# ---------------------------------------------------------------------------
# -o writes regular files only


def test_output_through_a_symlink_writes_its_target_and_keeps_the_link(
        tmp_path: Path, run: Any) -> None:
    target = tmp_path / "real.txt"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    code, _, err = run("check", str(SUM103_FAIL), "-o", str(link))
    assert (code, err) == (1, "")
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text(encoding="utf-8").endswith("1 个文件：1 个错误，0 个警告，0 个提示\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.txt", "real.txt"]


def test_output_to_a_device_writes_in_place(tmp_path: Path, run: Any) -> None:
    device = tmp_path / "null"  # a private copy of /dev/null: the shared one is not ours
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device needs root")
    code, _, err = run("check", str(SUM103_FAIL), "-o", str(device))
    assert (code, err) == (1, "")
    after = device.stat()
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == os.makedev(1, 3)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null"]


def test_output_to_a_fifo_writes_in_place(tmp_path: Path, crossfoot: Any) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    process = start("check", str(SUM103_FAIL), "-o", str(fifo), stderr=subprocess.PIPE)
    with open(fifo, encoding="utf-8") as reader:
        written = reader.read()
    assert process.wait(timeout=60) == 1
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert written.endswith("1 个文件：1 个错误，0 个警告，0 个提示\n")


def test_output_to_a_folder_is_refused(tmp_path: Path, run: Any) -> None:
    code, _, err = run("check", str(SUM103_FAIL), "-o", str(tmp_path))
    assert (code, err) == (2, f"crossfoot: error: {tmp_path}: cannot write output: it is a "
                              "folder\n")


def test_a_full_disk_on_stdout_is_one_line(crossfoot: Any) -> None:
    with open("/dev/full", "w") as full:
        process = start("check", str(SEED), stdout=full, stderr=subprocess.PIPE)
        _, err = process.communicate(timeout=60)
    assert (process.returncode, err) == (2, "crossfoot: error: stdout: cannot write output: No "
                                            "space left on device\n")


def test_a_closed_pipe_keeps_the_exit_code_of_the_findings(tmp_path: Path) -> None:
    for i in range(12):
        _copy(tmp_path, f"r{i:02}.json", SEED)
    process = start("check", str(tmp_path), "--format", "json", *ONE_JOB,
                    stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.read(10) == '{\n  "tool"'
    process.stdout.close()
    err = process.stderr.read()
    assert (process.wait(timeout=120), err) == (1, "")


# ---------------------------------------------------------------------------
# folders


def test_a_fifo_in_a_folder_is_skipped_with_a_note(tmp_path: Path, crossfoot: Any) -> None:
    _copy(tmp_path)
    os.mkfifo(tmp_path / "b.json")
    code, out, err = crossfoot("check", str(tmp_path), timeout=60)
    assert code == 1 and out.endswith("1 个文件：1 个错误，0 个警告，0 个提示\n")
    assert err == f"crossfoot: note: {tmp_path / 'b.json'}: skipped: not a regular file\n"


def test_a_symlink_loop_in_a_folder_is_one_line(tmp_path: Path, run: Any) -> None:
    _copy(tmp_path)
    (tmp_path / "loop.json").symlink_to("loop.json")
    (tmp_path / "up").symlink_to(tmp_path)
    code, _, err = run("check", str(tmp_path), *ONE_JOB)
    assert (code, err) == (2, f"{tmp_path / 'loop.json'}: cannot read: Too many levels of "
                              "symbolic links\n")


def test_an_unreadable_folder_fails_the_run(tmp_path: Path, run: Any,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    _copy(tmp_path)
    locked = tmp_path / "locked"
    locked.mkdir()
    real = os.scandir

    def scandir(path: Any = ".") -> Any:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(locked))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    code, out, err = run("check", str(tmp_path), *ONE_JOB)
    assert (code, err) == (2, f"crossfoot: error: {locked}: cannot read folder: Permission "
                              "denied\n")
    assert out.endswith("1 个文件：1 个错误，0 个警告，0 个提示\n")


def test_json_that_is_not_a_report_is_skipped_but_a_broken_report_is_not(
        tmp_path: Path, run: Any) -> None:
    _copy(tmp_path)
    (tmp_path / "package.json").write_text('{"name": "x", "version": "1.0.0"}', "utf-8")
    (tmp_path / "list.json").write_text("[1, 2]", "utf-8")
    code, _, err = run("check", str(tmp_path), *ONE_JOB)
    assert (code, err) == (1, f"crossfoot: note: {tmp_path / 'list.json'}: skipped: not a "
                              "crossfoot report (no \"crossfoot\" key)\n"
                              f"crossfoot: note: {tmp_path / 'package.json'}: skipped: not a "
                              "crossfoot report (no \"crossfoot\" key)\n")
    (tmp_path / "broken.json").write_text('{"crossfoot": "1.0", "meta": {', "utf-8")
    code, _, err = run("check", str(tmp_path), *ONE_JOB, "--quiet")
    assert (code, err) == (2, f"{tmp_path / 'broken.json'}: line 1, column 31: invalid JSON: "
                              "Expecting property name enclosed in double quotes\n")


# ---------------------------------------------------------------------------
# configuration files, waivers and baselines


@pytest.mark.parametrize(("content", "problem"), [
    ('severity = "x"', 'severity must be a table (e.g. severity = {SUM105 = "warning"}), not '
                       "'x'"),
    ("severity = {SUM105 = 3}", "severity.SUM105 must be a string, not 3"),
    ("fail-on = 5", "fail-on must be error, warning or info, not 5"),
    ('options = "x"', "options must be a table (e.g. options = {max-score = 100}), not 'x'"),
    ("grade-scale = 4", "grade-scale must be a table (e.g. grade-scale = {优 = 90, 良 = 80}), "
                        "not 4"),
    ('lang = "fr"', "lang must be zh or en, not 'fr'"),
    ("options = {nope = 1}", "options: unknown key 'nope' (known: cn.execution-score, "
                             "cn.reverse-indicator, default-synonyms, low-execution-rate, "
                             "max-score, pack.steps-per-report, pack.steps-per-rule)"),
    ('options = {low-execution-rate = "abc"}', "options: low-execution-rate must be a number, "
                                               "not 'abc'"),
    ('options = {"pack.steps-per-rule" = "x"}', "options: pack.steps-per-rule must be a whole "
                                                "number of at least 1, not 'x'"),
    ("options = {cn = {execution-score = 3}}", "options: cn.execution-score must be a string, "
                                               "not 3"),
    ("options = {default-synonyms = 1}", "options: default-synonyms must be true or false, "
                                         "not 1"),
])
def test_configuration_values_of_the_wrong_kind_are_one_line(
        tmp_path: Path, run: Any, content: str, problem: str) -> None:
    config = tmp_path / "crossfoot.toml"
    config.write_text(content + "\n", encoding="utf-8")
    report = _copy(tmp_path)
    code, out, err = run("check", str(report))
    assert (code, out, err) == (2, "", f"crossfoot: error: {config}: {problem}\n")


def test_nested_options_a_pack_reads_are_accepted(tmp_path: Path, run: Any) -> None:
    (tmp_path / "crossfoot.toml").write_text('options = {cn = {execution-score = "linear"}}\n',
                                             encoding="utf-8")
    assert run("check", str(_copy(tmp_path)))[0] == 1


NESTED_TOML = "a = " + "[" * 100_000 + "]" * 100_000 + "\n"


@pytest.mark.parametrize(("name", "content", "problem"), [
    ("crossfoot.toml", b"\xff\xfe = 1\n", "not UTF-8 text: invalid byte 0xff at offset 0"),
    ("crossfoot.toml", NESTED_TOML.encode(), "invalid TOML: nested too deeply to read"),
    ("crossfoot-waivers.toml", b"[[waiver]]\nrule = \"\xe5\"\n",
     "not UTF-8 text: invalid byte 0xe5 at offset 19"),
    ("crossfoot-waivers.toml", NESTED_TOML.encode(), "invalid TOML: nested too deeply to read"),
])
def test_unreadable_toml_is_one_line_in_one_or_two_processes(
        tmp_path: Path, run: Any, name: str, content: bytes, problem: str) -> None:
    (tmp_path / name).write_bytes(content)
    report = _copy(tmp_path)
    where = tmp_path / name
    # a configuration file stops the run; a waiver file, the reports it covers
    expected = f"crossfoot: error: {where}: {problem}\n" if name == "crossfoot.toml" \
        else f"{report}: {where}: {problem}\n"
    for jobs in ("1", "2"):
        code, _, err = run("check", str(report), str(_copy(tmp_path, "b.json")), "--jobs",
                             jobs, "--quiet")
        second = "" if name == "crossfoot.toml" else expected.replace("a.json", "b.json")
        assert (code, err) == (2, expected + second), jobs


@pytest.mark.parametrize(("content", "problem"), [
    (b"\xff", "cannot read baseline: not UTF-8 text: invalid byte at offset 0"),
    (('{"baseline": 1, "files": ' + "[" * 100_000 + "]" * 100_000 + "}").encode(),
     "invalid JSON: nested too deeply to read"),
])
def test_unreadable_baseline_is_one_line(tmp_path: Path, run: Any, content: bytes,
                                         problem: str) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_bytes(content)
    code, _, err = run("check", str(SUM103_FAIL), "--baseline", str(baseline))
    assert (code, err) == (2, f"crossfoot: error: {baseline}: {problem}\n")


@pytest.mark.parametrize("codec", ["rot13", "base64", "zlib_codec", "hex"])
def test_a_codec_that_is_not_a_text_encoding_is_one_line(crossfoot: Any, codec: str) -> None:
    code, out, err = crossfoot("check", str(TEXT), "--encoding", codec)
    assert (code, out) == (2, "")
    assert err == (f"crossfoot check: error: argument --encoding: {codec!r} is not a text "
                   "encoding (see `crossfoot check --help`)\n")


# ---------------------------------------------------------------------------
# numbers


def test_a_zero_with_an_absurd_exponent_is_zero(tmp_path: Path, run: Any) -> None:
    data = json.loads(SUM103_FAIL.read_text(encoding="utf-8"))
    data["facts"].append({"id": "f8", "label": "其他", "value": "@ZERO@", "unit": "万元",
                          "period": "2023", "measure": "actual"})
    data["relations"][1]["parts"].append({"fact": "f8"})
    path = tmp_path / "zero.json"
    path.write_text(json.dumps(data, ensure_ascii=False).replace('"@ZERO@"', "0E-99999999"),
                    encoding="utf-8")
    code, out, err = run("check", str(path), "--format", "json")
    assert (code, err) == (1, "")
    assert [f["rule"] for f in json.loads(out)["files"][0]["findings"]] == ["SUM103"]
