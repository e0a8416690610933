"""Nothing lost: reports are never changed, outputs appear whole or not at all,
and the same input always gives byte-identical output (any job count, any hash seed).

Formats and options are discovered from the CLI, so formats and ``--jobs``
added later are covered without editing this file.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .hostile import complete_report, write_json
from conftest import FIXTURES

CANDIDATE_FORMATS = ("text", "json", "sarif", "junit", "html", "markdown", "github")


#: one process, so that these tests stay quick; the jobs test compares with two
ONE_JOB = ("--jobs", "1")


def _formats(run: Any, sample: Path) -> list[str]:
    """The output formats this build accepts (an unknown one is a usage error)."""
    known = []
    for fmt in CANDIDATE_FORMATS:
        _, _, err = run("check", str(sample), "--format", fmt, "--exit-zero")
        if "unknown output format" not in err:
            known.append(fmt)
    return known


def _digests(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    """A folder of good, failing and broken reports."""
    folder = tmp_path / "reports"
    folder.mkdir()
    families: dict[str, Path] = {}  # one failing fixture per rule family: quick, yet varied
    for source in sorted((FIXTURES / "rules").glob("*/fail*.json")):
        if not source.name.endswith(".expected.json"):
            families.setdefault(source.parent.name[:3], source)
    for source in families.values():
        shutil.copy(source, folder / f"{source.parent.name}-{source.name}")
    write_json(folder / "complete.json", complete_report())
    (folder / "broken-nan.json").write_bytes((FIXTURES / "bad" / "nan.json").read_bytes())
    (folder / "broken-empty.json").write_bytes(b"")
    return folder


def _inputs(folder: Path) -> list[str]:
    return [str(p) for p in sorted(folder.glob("*.json"))]


def test_reports_are_never_changed(reports: Path, tmp_path: Path, run: Any) -> None:
    before = _digests(reports)
    stamps = {p: p.stat().st_mtime_ns for p in reports.iterdir()}
    formats = _formats(run, reports / "complete.json")
    assert {"text", "json"} <= set(formats)
    out = tmp_path / "out"
    out.mkdir()
    for fmt in formats:
        run("check", *_inputs(reports), *ONE_JOB, "--format", fmt, "-o", str(out / f"all.{fmt}"))
    assert _digests(reports) == before
    assert {p: p.stat().st_mtime_ns for p in reports.iterdir()} == stamps
    assert sorted(p.name for p in out.iterdir()) == sorted(f"all.{fmt}" for fmt in formats), \
        "no temporary file is left beside an output"


def test_output_file_equals_stdout_and_replaces_the_old_one(reports: Path, tmp_path: Path,
                                                             run: Any) -> None:
    target = tmp_path / "findings.json"
    target.write_text("old content that must vanish entirely, " * 1000, encoding="utf-8")
    args = ("check", *_inputs(reports), *ONE_JOB, "--format", "json", "--today", "2026-11-29")
    code_out, stdout, _ = run(*args)
    code_file, nothing, _ = run(*args, "-o", str(target))
    assert (code_file, nothing) == (code_out, "")
    assert target.read_text(encoding="utf-8") == stdout
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_failed_write_keeps_the_old_output(reports: Path, tmp_path: Path, run: Any,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "findings.txt"
    target.write_text("yesterday's findings\n", encoding="utf-8")

    def disk_full(src: Any, dst: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    code, _, err = run("check", *_inputs(reports), *ONE_JOB, "-o", str(target))
    assert code == 2
    assert err.splitlines()[-1] == (f"crossfoot: error: {target}: cannot write output: "
                                    "No space left on device")
    assert target.read_text(encoding="utf-8") == "yesterday's findings\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["findings.txt", "reports"]


def test_two_runs_give_byte_identical_output(reports: Path, run: Any) -> None:
    for fmt in _formats(run, reports / "complete.json"):
        args = ("check", *_inputs(reports), *ONE_JOB, "--format", fmt, "--today", "2026-11-29")
        first, second = run(*args), run(*args)
        assert first == second, fmt


def test_one_and_two_jobs_give_byte_identical_output(reports: Path, run: Any) -> None:
    for fmt in ("text", "json"):
        args = ("check", str(reports), "--format", fmt, "--today", "2026-11-29")
        one, two = run(*args, "--jobs", "1"), run(*args, "--jobs", "2")
        assert one == two, fmt
        assert one[0] == 2, "the broken reports make it exit 2"


def test_output_does_not_depend_on_hash_seed(reports: Path) -> None:
    """Set and dict order must never reach the output: two processes, two hash seeds."""
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-m", "crossfoot", "check", *_inputs(reports),
                               *ONE_JOB, "--format", "json", "--today", "2026-11-29"],
                              capture_output=True, env=env, timeout=120, check=False)
        outputs.append((done.returncode, done.stdout, done.stderr))
    assert outputs[0] == outputs[1]
    assert outputs[0][0] == 2 and b"Traceback" not in outputs[0][2]


def test_output_onto_a_report_is_refused(reports: Path, run: Any) -> None:
    victim = reports / "complete.json"
    before = victim.read_bytes()
    code, _, err = run("check", str(reports), *ONE_JOB, "-o", str(victim))
    assert (code, err) == (2, f"crossfoot: error: --output {victim} is one of the reports being "
                              "checked; choose another file\n")
    assert victim.read_bytes() == before


def test_output_gets_an_ordinary_file_mode(reports: Path, tmp_path: Path, run: Any) -> None:
    fresh, kept = tmp_path / "fresh.txt", tmp_path / "kept.txt"
    kept.write_text("old\n", encoding="utf-8")
    kept.chmod(0o640)
    umask = os.umask(0o022)
    try:
        run("check", str(reports / "complete.json"), "-o", str(fresh))
        run("check", str(reports / "complete.json"), "-o", str(kept))
    finally:
        os.umask(umask)
    assert (fresh.stat().st_mode & 0o777, kept.stat().st_mode & 0o777) == (0o644, 0o640)


def test_a_file_name_that_is_not_utf8_is_written_escaped(reports: Path, tmp_path: Path,
                                                         run: Any) -> None:
    odd = reports / os.fsdecode(b"bad\xffname.json")
    odd.write_bytes((reports / "complete.json").read_bytes())
    target = tmp_path / "out.json"
    code, _, err = run("check", str(odd), "--format", "json", "-o", str(target))
    assert err == "" and code in (0, 1)
    assert json.loads(target.read_text(encoding="utf-8"))["files"][0]["path"] == str(odd)
    code, out, err = run("check", str(odd), "--format", "text")
    assert err == "" and "bad\\udcffname.json" in out
