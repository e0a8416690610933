"""Findings on text reports point at the file's own line and column."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import FIXTURES, findings_json

TEXTS = sorted((FIXTURES / "text").rglob("*.txt"))


def _at(path: Path, line: int, column: int, length: int) -> str:
    """``length`` characters of the file from line:column, line breaks and spaces skipped."""
    lines = path.read_text(encoding="utf-8-sig").split("\n")
    rest = "\n".join([lines[line - 1][column - 1:], *lines[line:]])
    return "".join(rest.split())[:length]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_every_quoted_place_is_where_the_file_says(path: Path) -> None:
    checked = 0
    findings = findings_json(path)
    for finding in findings:
        for place in [finding["location"], *finding["related"]]:
            if "line" not in place or not place.get("quote"):
                continue
            quote = "".join(place["quote"].split())
            assert _at(path, place["line"], place["column"], len(quote)) == quote, place
            checked += 1
    quoted_in_text = [f for f in findings if f["location"].get("paragraph")]
    assert checked >= len(quoted_in_text)


def test_text_output_leads_with_line_and_column(run: Any) -> None:
    path = FIXTURES / "text" / "yiyang-2021.txt"
    code, out, _ = run("check", str(path), "--select", "SUM104", "--today", "2026-11-29")
    assert code == 1
    first = out.splitlines()[0]
    assert first.startswith(f"{path}:28:20: SUM104 错误 “编制人数”为 10人")
    assert "    另见: 30:5 “参照公务员管理的事业编制人数为 7 人”" in out.splitlines()
