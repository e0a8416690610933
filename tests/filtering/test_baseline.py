"""Baselines: record today's findings, then see only new ones."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from conftest import FIXTURES

TABLE_FAIL = FIXTURES / "rules" / "SUM102" / "fail.json"
FACTS_FAIL = FIXTURES / "rules" / "SUM103" / "fail.json"


def reports(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(TABLE_FAIL, folder / "table.json")
    shutil.copy(FACTS_FAIL, folder / "facts.json")
    return folder


def test_baseline_round_trip(tmp_path: Path, run: Any) -> None:
    folder = reports(tmp_path)
    target = tmp_path / "ci" / "baseline.json"
    target.parent.mkdir()
    code, out, err = run("baseline", str(folder), "--select", "SUM", "-o", str(target))
    assert (code, out) == (0, "")
    assert err == f"crossfoot: baseline written to {target}\n"
    recorded = json.loads(target.read_text(encoding="utf-8"))
    assert [(f["path"], [x["rule"] for x in f["findings"]]) for f in recorded["files"]] == [
        ("../reports/facts.json", ["SUM103"]), ("../reports/table.json", ["SUM102"])]

    code, out, _ = run("check", str(folder), "--select", "SUM", "--baseline", str(target),
                       "--lang", "en")
    assert code == 0
    assert out.splitlines()[-1] == ("2 file(s): 0 error(s), 0 warning(s), 0 info, "
                                    "2 known from the baseline (not listed)")
    assert "exit  error  warning  info  waived  known  file" in out

    # a new defect in one report: only it is reported, the known one is counted
    data = json.loads((folder / "table.json").read_text(encoding="utf-8"))
    data["tables"][0]["rows"][1]["cells"]["adj"] = 2
    (folder / "table.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run("check", str(folder), "--select", "SUM", "--baseline", str(target),
                       "--format", "json")
    assert code == 1
    files = json.loads(out)["files"]
    assert [(f["path"].rsplit("/", 1)[-1], f["known"], [x["location"]["pointer"]
                                                        for x in f["findings"]])
            for f in files] == [("facts.json", 1, []),
                                ("table.json", 1, ["/tables/0/rows/1/cells/budget"])]
    assert json.loads(out)["totals"]["known"] == 2
    import jsonschema

    schema = json.loads(run("schema", "--output-format")[1])
    jsonschema.Draft202012Validator(schema).validate(json.loads(out))


def test_baseline_moves_with_the_reports(tmp_path: Path, run: Any) -> None:
    folder = reports(tmp_path)
    target = folder / "baseline.json"
    assert run("baseline", str(folder / "table.json"), "--select", "SUM", "-o",
               str(target))[0] == 0
    moved = tmp_path / "moved"
    folder.rename(moved)
    code, out, _ = run("check", str(moved / "table.json"), "--select", "SUM", "--baseline",
                       str(moved / "baseline.json"), "--format", "sarif")
    assert code == 0
    run_data = json.loads(out)["runs"][0]
    assert run_data["results"] == [] and run_data["properties"]["knownFromBaseline"] == 1


def test_baseline_to_stdout_and_broken_files(tmp_path: Path, run: Any) -> None:
    folder = reports(tmp_path)
    (folder / "broken.json").write_text("{", encoding="utf-8")
    code, out, err = run("baseline", str(folder), "--select", "SUM")
    assert code == 2
    assert [Path(f["path"]).name for f in json.loads(out)["files"]] == ["facts.json",
                                                                        "table.json"]
    assert err.startswith(f"{folder / 'broken.json'}: line 1, column 2: invalid JSON")


def test_bad_baseline_file_is_one_line(tmp_path: Path, run: Any) -> None:
    wrong = tmp_path / "wrong.json"
    wrong.write_text('{"files": []}', encoding="utf-8")
    code, _, err = run("check", str(FACTS_FAIL), "--baseline", str(wrong))
    assert code == 2
    assert err == (f"crossfoot: error: {wrong}: not a crossfoot baseline (write one with "
                   "`crossfoot baseline FILE... -o wrong.json`)\n")
    code, _, err = run("check", str(FACTS_FAIL), "--baseline", str(tmp_path / "none.json"))
    assert (code, err) == (2, f"crossfoot: error: {tmp_path / 'none.json'}: "
                              "no such baseline file\n")


def test_baseline_takes_the_check_options(run: Any) -> None:
    from crossfoot.app.cli import build_parser

    args = build_parser().parse_args(["baseline", "x.json", "--select", "SUM", "--jobs", "2",
                                      "--today", "2024-01-01", "-o", "b.json"])
    assert (args.select, args.jobs, str(args.output)) == (("SUM",), 2, "b.json")
    assert not hasattr(args, "fail_on")
