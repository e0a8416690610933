"""Text import at sizes and shapes no report has: bounded in time, depth and work (issue 13)."""

from __future__ import annotations

import subprocess
import sys

from crossfoot.importing.text import read_text

from .deadline import ROOT, run_within

SEED_TEXT = ROOT / "fixtures" / "text" / "yiyang-2021.txt"
TITLE = "某县文化馆2023年度部门决算说明\n\n"
#: the body of a short report of our own, with three levels of headings
BODY = """一、部门基本情况

（一）机构设置

1.内设机构

馆内设办公室、活动部两个部门。

二、收入支出情况

（一）收入

本年收入合计 120.5 万元，其中财政拨款收入 100.5 万元，其他收入 20 万元。

"""


def _body(text: str) -> list[dict[str, object]]:
    """The sections under the report's title."""
    (titled,) = read_text(text).data["sections"]
    assert titled["number"] is None
    sections: list[dict[str, object]] = titled["sections"]
    return sections


def _depth(sections: list[dict[str, object]]) -> int:
    deepest, stack = 0, [(s, 1) for s in sections]
    while stack:
        section, level = stack.pop()
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in section.get("sections", ()))  # type: ignore[attr-defined]
    return deepest


def test_a_second_copy_of_a_report_stands_beside_the_first() -> None:
    once = _body(TITLE + BODY)
    twice = _body(TITLE + BODY * 2)
    assert [s["title"] for s in twice] == [s["title"] for s in once] * 2
    assert _depth(twice) == _depth(once) == 3


def test_two_hundred_copies_stay_shallow() -> None:
    sections = _body(TITLE + BODY * 200)
    assert len(sections) == 400
    assert _depth(sections) == 3


def test_a_list_that_keeps_restarting_nests_no_deeper_than_an_outline() -> None:
    text = "某县2023年度部门决算说明\n\n" + "一、事项\n\n说明文字。\n\n" * 300
    assert _depth(read_text(text).data["sections"]) <= 12


def test_reading_a_text_is_under_the_rules_time_budget() -> None:
    run = subprocess.run([sys.executable, "-m", "crossfoot", "check", str(SEED_TEXT),
                          "--rule-timeout", "0.001"], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 2
    assert run.stderr.splitlines() == [
        f"{SEED_TEXT}: reading it took longer than the time budget of 0.001 s "
        "(raise it with --rule-timeout)"]


def test_trailing_notes_are_stripped_in_linear_time() -> None:
    script = ("from crossfoot.analysis.labels import normalise_label\n"
              "print(normalise_label('三公经费' + '（注）' * 100_000))\n")
    assert run_within(script, 120).strip() == "三公经费"
