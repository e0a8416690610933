"""Findings on headings and tables of a text report carry a line an editor can jump to."""

from __future__ import annotations

from pathlib import Path

from crossfoot.app.session import Session

SEED_TEXT = Path(__file__).resolve().parents[2] / "fixtures" / "text" / "yiyang-2021.txt"


def test_heading_and_table_findings_have_lines() -> None:
    findings = Session().check_path(SEED_TEXT).findings
    lines = SEED_TEXT.read_text(encoding="utf-8").splitlines()
    headings = [f for f in findings if f.rule_id.startswith("STR50") and f.rule_id != "STR506"]
    assert len(headings) == 5
    for finding in headings:
        assert finding.location.line is not None and finding.location.column == 1
        assert lines[finding.location.line - 1].startswith(finding.location.quote or "")
    (blank,) = [f for f in findings if f.rule_id == "SUM106"]
    assert blank.location.line is not None
    assert lines[blank.location.line - 1].startswith("2021 年度项目支出绩效自评情况汇总审核表")
