"""What the label, year and heading-number caches remember of a report is let go after its
check: a process that checks many reports holds none of the last one's strings (issue 13)."""

from __future__ import annotations

from pathlib import Path

from crossfoot import report_caches
from crossfoot.analysis.labels import normalise_label, split_measure
from crossfoot.app.session import Session
from crossfoot.model.dates import find_years

from .deadline import ROOT

SEED_TEXT = ROOT / "fixtures" / "text" / "yiyang-2021.txt"


def _remembered() -> int:
    return sum(cached.cache_info().currsize for cached in report_caches._MADE)


def test_release_empties_every_report_cache_and_answers_stay_the_same() -> None:
    before = (normalise_label("一般公共预算 财政拨款收入"), split_measure("项目资金总计"),
              find_years("2021 年度部门决算"))
    assert _remembered() >= 3
    report_caches.release()
    assert _remembered() == 0
    assert (normalise_label("一般公共预算 财政拨款收入"), split_measure("项目资金总计"),
            find_years("2021 年度部门决算")) == before


def test_a_sessions_check_of_a_file_or_a_model_leaves_nothing_remembered() -> None:
    session = Session(rule_timeout=None)
    first = session.check_path(SEED_TEXT)
    assert first.findings and _remembered() == 0
    assert session.check_path(SEED_TEXT).findings == first.findings  # caches cold again
    report = session.load(SEED_TEXT)
    assert _remembered() > 0  # the reading of its narrative
    assert session.check_report(report)
    assert _remembered() == 0


def test_a_file_that_fails_to_load_leaves_nothing_remembered(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"meta": {"title": "某县2021年度部门决算说明"}, "sections": 5}',
                   encoding="utf-8")
    session = Session(rule_timeout=None)
    normalise_label("收入合计")  # what an importer may have read before it failed
    result = session.check_path(bad)
    assert result.error and _remembered() == 0
