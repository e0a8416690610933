"""Batch runs: folders walked, reports checked in parallel, output in path order."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from crossfoot.app import batch
from crossfoot.app.config import Config
from crossfoot.app.console import Progress
from crossfoot.app.session import Session
from crossfoot.reporting import json as json_reporter
from crossfoot.reporting.results import FileResult
from crossfoot.reporting.streaming import RenderOptions, stream_json
from crossfoot.reporting.tally import Tally

from conftest import FIXTURES

GOOD = FIXTURES / "rules" / "SUM102" / "pass.json"
BAD_TABLE = FIXTURES / "rules" / "SUM102" / "fail.json"
BAD_FACTS = FIXTURES / "rules" / "SUM103" / "fail.json"


def make_folder(root: Path) -> Path:
    """Good, bad and broken reports, nested, plus files the walk must leave alone."""
    folder = root / "reports"
    (folder / "2023" / "county").mkdir(parents=True)
    (folder / ".drafts").mkdir()
    shutil.copy(GOOD, folder / "2023" / "a-good.json")
    shutil.copy(BAD_TABLE, folder / "2023" / "b-bad.json")
    (folder / "2023" / "c-broken.json").write_text('{"meta": ', encoding="utf-8")
    shutil.copy(BAD_FACTS, folder / "2023" / "county" / "d-bad.json")
    shutil.copy(BAD_FACTS, folder / "e-bad.json")
    shutil.copy(BAD_FACTS, folder / ".drafts" / "hidden.json")
    shutil.copy(BAD_FACTS, folder / ".hidden.json")
    (folder / "e-bad.expected.json").write_text("[]\n", encoding="utf-8")
    (folder / "notes.md").write_text("not a report\n", encoding="utf-8")
    return folder


def test_folder_walk_is_sorted_and_skips_hidden_and_expected(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    found = batch.collect([folder], {".json"})
    assert [p.relative_to(folder).as_posix() for p in found] == [
        "2023/a-good.json", "2023/b-bad.json", "2023/c-broken.json", "2023/county/d-bad.json",
        "e-bad.json"]


def test_named_files_keep_their_order_and_come_once(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    e, b = folder / "e-bad.json", folder / "2023" / "b-bad.json"
    found = batch.collect([e, b, folder / "2023", e], {".json"})
    assert found == [e, b, folder / "2023" / "a-good.json", folder / "2023" / "c-broken.json",
                     folder / "2023" / "county" / "d-bad.json"]


def test_mixed_folder_same_output_with_one_and_two_jobs(tmp_path: Path, run: Any) -> None:
    folder = make_folder(tmp_path)
    one = run("check", str(folder), "--select", "SUM", "--lang", "en", "--jobs", "1")
    two = run("check", str(folder), "--select", "SUM", "--lang", "en", "--jobs", "2")
    assert one == two
    code, out, err = one
    assert code == 2
    broken = folder / "2023" / "c-broken.json"
    assert err == f"{broken}: line 1, column 10: invalid JSON: Expecting value\n"
    table = out.split("\n\n")[-2].splitlines()
    assert table == [
        "exit  error  warning  info  waived  file",
        f"   0      0        0     0       0  {folder}/2023/a-good.json",
        f"   1      1        0     0       0  {folder}/2023/b-bad.json",
        f"   2      -        -     -       -  {folder}/2023/c-broken.json",
        f"   1      1        0     0       0  {folder}/2023/county/d-bad.json",
        f"   1      1        0     0       0  {folder}/e-bad.json",
        "          3        0     0       0  total",
    ]
    assert out.splitlines()[-1] == ("5 file(s): 3 error(s), 0 warning(s), 0 info, "
                                    "1 file(s) could not be checked")
    heads = [line.split(":")[0] for line in out.splitlines() if line.startswith(str(folder))]
    assert heads == sorted(heads, key=lambda p: Path(p).parts)


def test_json_batch_is_byte_identical_across_jobs(tmp_path: Path, run: Any) -> None:
    folder = make_folder(tmp_path)
    one = run("check", str(folder), "--format", "json", "--jobs", "1", "--select", "SUM")
    two = run("check", str(folder), "--format", "json", "--jobs", "2", "--select", "SUM")
    assert one == two and one[0] == 2
    data = json.loads(one[1])
    assert [f["status"] for f in data["files"]] == ["checked", "checked", "error", "checked",
                                                    "checked"]
    assert data["totals"] == {"error": 3, "warning": 0, "info": 0, "waived": 0,
                              "failed_files": 1}


def test_zh_table_is_aligned_by_display_width(tmp_path: Path, run: Any) -> None:
    folder = make_folder(tmp_path)
    _, out, _ = run("check", str(folder / "2023"), "--select", "SUM", "--jobs", "1")
    table = out.split("\n\n")[-2].splitlines()
    assert table[0] == "退出码  错误  警告  提示  已豁免  文件"
    assert table[1] == f"     0     0     0     0       0  {folder}/2023/a-good.json"
    assert out.splitlines()[-1] == "4 个文件：2 个错误，0 个警告，0 个提示，1 个文件无法检查"


def test_single_file_output_has_no_table(run: Any) -> None:
    _, out, _ = run("check", str(BAD_FACTS), "--select", "SUM", "--lang", "en")
    assert "exit  error" not in out
    assert out.splitlines()[-1] == "1 file(s): 1 error(s), 0 warning(s), 0 info"


def test_folder_without_reports_is_an_error(tmp_path: Path, run: Any) -> None:
    code, out, err = run("check", str(tmp_path))
    assert (code, out) == (2, "")
    assert err == f"crossfoot: error: no report files found in {tmp_path}\n"


def test_streamed_json_equals_the_json_reporter() -> None:
    session = Session(config=Config(select=("SUM",)))
    results = [session.check_path(p) for p in (GOOD, BAD_TABLE, FIXTURES / "bad" / "nan.json")]
    for chosen in ([], results[:1], results):
        streamed = "".join(json_reporter.stream(iter(chosen), RenderOptions()))
        assert streamed == json_reporter.render(chosen)


def test_stream_json_writes_what_json_dumps_writes() -> None:
    items = [{"a": "line\u2028separator", "b": [1, {"c": None}]}, {"d": "引号\"与\\"}]

    def build(slot: Any) -> dict[str, Any]:
        return {"head": 1, "nested": {"items": slot, "after": len(items)}, "tail": "x"}

    for chosen in ([], items[:1], items):
        document = {"head": 1, "nested": {"items": chosen, "after": 2}, "tail": "x"}
        expected = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
        streamed = "".join(stream_json(build, iter(chosen)))
        # the same text, but for U+2028, which a terminal must not get raw (an escape in JSON)
        assert streamed == expected.replace("\u2028", "\\u2028")
        assert json.loads(streamed) == document


def test_progress_shows_only_on_a_terminal() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert Progress.for_terminal(5, io.StringIO()) is None
    screen = Terminal()
    progress = Progress.for_terminal(2, screen)
    assert progress is not None
    tally = Tally()
    results = [FileResult("a.json"), FileResult("b.json")]
    assert list(tally.track(results, progress)) == results
    assert screen.getvalue() == ("\r[" + "#" * 15 + "." * 15 + "] 1/2" + "\r\x1b[K"
                                 + "\r[" + "#" * 30 + "] 2/2" + "\r\x1b[K")


def test_a_session_that_cannot_be_pickled_runs_in_one_process(
        tmp_path: Path, capsys: Any) -> None:
    class Local:  # a class defined in a function does not pickle
        pass

    session = Session(config=Config(select=("SUM",)), extra_plugins=[("local", Local())])
    paths = batch.collect([make_folder(tmp_path)], {".json"})
    results = list(batch.check_paths(session, paths, jobs=2))
    assert [Path(r.path) for r in results] == paths
    assert "checking in one process" in capsys.readouterr().err


def test_worker_spec_names_modules_instead_of_sending_them() -> None:
    import crossfoot.plugins.totals as totals

    session = Session(blocked=["totals"], extra_plugins=[("mine", totals)])
    spec = batch.session_spec(session)
    assert spec["extra_plugins"] == (("mine", "crossfoot.plugins.totals"),)
    assert Session(**spec).rule("SUM101") is not None


CRASHING_PLUGIN = '''
import os

from crossfoot import Rule, hookimpl


class Crash(Rule):
    id = "ZZ001"
    name = "crash"
    family = "test"
    summary = "Ends its process on a report titled CRASH, as a native crash would."

    def check(self, ctx):
        if ctx.report.meta.title == "CRASH":
            os._exit(3)
        return ()


@hookimpl
def crossfoot_rules():
    return [Crash()]
'''


def test_a_worker_that_dies_costs_only_its_file(tmp_path: Path, monkeypatch: Any) -> None:
    (tmp_path / "crashing_plugin.py").write_text(CRASHING_PLUGIN, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("a", "b", "c", "d"):
        data = json.loads(BAD_FACTS.read_text(encoding="utf-8"))
        data["meta"]["title"] = "CRASH" if name == "b" else name  # not last: the rest go on
        (folder / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False),
                                             encoding="utf-8")
    session = Session(config=Config(select=("SUM", "ZZ")),
                      extra_plugins=[("crashing", "crashing_plugin")])
    results = list(batch.check_paths(session, batch.collect([folder], {".json"}), jobs=2))
    assert [(Path(r.path).name, r.error, [f.rule_id for f in r.findings]) for r in results] == [
        ("a.json", (), ["SUM103"]),
        ("b.json", (f"{folder / 'b.json'}: the worker process checking this file died",), []),
        ("c.json", (), ["SUM103"]),
        ("d.json", (), ["SUM103"]),
    ]


def test_plugin_reporter_gets_all_results_and_the_options() -> None:
    from crossfoot import hookimpl
    from crossfoot.app.cli import render
    from crossfoot.errors import ConfigError

    class Counting:
        @hookimpl
        def crossfoot_reporters(self) -> dict[str, Any]:
            return {"count": lambda results, options: f"{len(results)} {options.fail_on}\n"}

    session = Session(config=Config(select=("SUM",)), extra_plugins=[("counting", Counting())])
    results = [FileResult("a.json"), FileResult("b.json")]
    assert render(results, "count", None, session) == "2 error\n"
    with pytest.raises(ConfigError, match=r"known: count, html, json, junit, sarif, text"):
        render(results, "xml", None, session)
