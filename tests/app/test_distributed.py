"""Batches on Dask: the same output as one process, a lost worker costing only its file.

One small cluster of two single-threaded worker processes serves the module
(sized for a two-core machine); the crash test starts its own with
``local``, as ``--dask local`` does, so its workers can import the test's plugin.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from app.test_batch import BAD_FACTS, CRASHING_PLUGIN, make_folder
from distributed import LocalCluster

from crossfoot.app import batch, distributed
from crossfoot.app.config import Config
from crossfoot.app.session import Session


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=":0") as cluster:
        yield str(cluster.scheduler_address)


def test_output_is_byte_identical_to_one_process(tmp_path: Path, run: Any,
                                                 scheduler: str) -> None:
    folder = make_folder(tmp_path)
    one = run("check", str(folder), "--format", "json", "--jobs", "1", "--select", "SUM")
    on_dask = run("check", str(folder), "--format", "json", "--dask", scheduler,
                  "--select", "SUM")
    assert on_dask == one
    code, out, err = on_dask
    assert code == 2
    assert err == f"{folder / '2023' / 'c-broken.json'}: line 1, column 10: invalid JSON: " \
                  "Expecting value\n"
    assert [Path(f["path"]).name for f in json.loads(out)["files"]] == [
        "a-good.json", "b-bad.json", "c-broken.json", "d-bad.json", "e-bad.json"]


def test_relative_paths_read_from_the_callers_folder(tmp_path: Path, run: Any,
                                                     scheduler: str,
                                                     monkeypatch: Any) -> None:
    make_folder(tmp_path)
    monkeypatch.chdir(tmp_path)
    one = run("check", "reports", "--jobs", "1", "--select", "SUM", "--lang", "en")
    assert run("check", "reports", "--dask", scheduler, "--select", "SUM", "--lang",
               "en") == one
    assert "   1      1        0     0       0  reports/e-bad.json" in one[1]


def test_a_scheduler_that_cannot_be_reached_is_one_line(run: Any) -> None:
    assert run("check", str(BAD_FACTS), "--dask", "no-port-here") == (
        2, "", "crossfoot: error: cannot reach the Dask scheduler at no-port-here: "
               "missing port number in address 'no-port-here'\n")


def test_chunks_keep_path_order_and_fill_every_worker() -> None:
    paths = [Path(f"{n:03}.json") for n in range(100)]
    chunks = distributed.chunked(paths, threads=2)
    assert [p for chunk in chunks for p in chunk] == paths
    assert {len(c) for c in chunks} == {12, 4} and len(chunks) == 9
    assert distributed.chunked(paths[:5], threads=2) == [[p] for p in paths[:5]]
    assert len(distributed.chunked(paths * 10, threads=2)) == 63  # CHUNK at most


def test_a_lost_worker_costs_only_its_file(tmp_path: Path, monkeypatch: Any) -> None:
    (tmp_path / "crashing_plugin.py").write_text(CRASHING_PLUGIN, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))  # before the workers start: they inherit it
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("a", "b", "c"):
        data = json.loads(BAD_FACTS.read_text(encoding="utf-8"))
        data["meta"]["title"] = "CRASH" if name == "b" else name
        (folder / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False),
                                             encoding="utf-8")
    session = Session(config=Config(select=("SUM", "ZZ")),
                      extra_plugins=[("crashing", "crashing_plugin")])
    paths = batch.collect([folder], {".json"})
    results = list(distributed.check_paths(session, paths, distributed.LOCAL, jobs=2))
    assert [(Path(r.path).name, r.error, [f.rule_id for f in r.findings]) for r in results] == [
        ("a.json", (), ["SUM103"]),
        ("b.json", (f"{folder / 'b.json'}: the worker process checking this file died",), []),
        ("c.json", (), ["SUM103"]),
    ]
