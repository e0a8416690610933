"""Generated reports (bench/generate.py) in CI: clean ones draw no finding, every
injected defect is found where the truth file says, and generation is reproducible.

bench/recall.py runs the same scoring on hundreds of reports; this keeps a
small sample in the test suite so that a rule that starts to cry wolf on
ordinary reports, or stops seeing a defect, fails here first.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from crossfoot.app.session import Session
from crossfoot.checking.context import Options

from conftest import ROOT, TODAY


def _bench(name: str) -> ModuleType:
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


generate = _bench("generate")
recall = _bench("recall")
SMALL = generate.Size(sections=4, subsections=3, paragraphs=1, tables=2, rows=7)


def _score(folder: Path, mode: str, count: int, first: int = 1) -> Any:
    generate.generate_folder(folder, count, seed=11, size=SMALL, mode=mode, first=first)
    session = Session(options=Options(today=TODAY))
    score = recall.Score()
    for path in sorted((folder / "reports").glob("*.json")):
        truth = json.loads((folder / "truth" / path.name).read_text(encoding="utf-8"))
        recall.score_file(session.check_path(path), truth, score)
    return score


def _misses(score: Any) -> list[str]:
    text = recall.report(score, show=3)
    return [] if score.perfect else [text]


def test_clean_reports_draw_no_finding(tmp_path: Path) -> None:
    score = _score(tmp_path, "none", 6)
    assert score.clean_reports == 6
    assert _misses(score) == []


def test_each_family_is_found_where_the_truth_says(tmp_path: Path) -> None:
    score = _score(tmp_path, "one", 10)
    assert dict(score.injected) == {f: 2 for f in generate.FAMILIES}
    assert _misses(score) == []


def test_all_families_in_one_report(tmp_path: Path) -> None:
    score = _score(tmp_path, "all", 2, first=3)
    assert sum(score.found.values()) == 10
    assert _misses(score) == []


def test_generation_is_reproducible(tmp_path: Path) -> None:
    def digest(folder: Path) -> list[str]:
        generate.generate_folder(folder, 4, seed=5, size=SMALL, mode="one")
        return [hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*.json"))]

    assert digest(tmp_path / "a") == digest(tmp_path / "b")
    generate.generate_folder(tmp_path / "c", 1, seed=5, size=SMALL, mode="one", first=3)
    third = (tmp_path / "c" / "reports" / "report-00003.json").read_bytes()
    assert third == (tmp_path / "a" / "reports" / "report-00003.json").read_bytes(), \
        "a report depends on the seed and its number only"
