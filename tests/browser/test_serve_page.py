"""``crossfoot serve`` for real: the server in its own process, a file dropped on the form."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from conftest import FIXTURES

SEED_TEXT = FIXTURES / "text" / "yiyang-2021.txt"
DROP = """([name, text]) => {
    const data = new DataTransfer();
    data.items.add(new File([text], name, {type: "text/plain"}));
    const zone = document.getElementById("drop");
    zone.dispatchEvent(new DragEvent("dragover", {dataTransfer: data, bubbles: true}));
    zone.dispatchEvent(new DragEvent("drop", {dataTransfer: data, bubbles: true}));
}"""


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """``crossfoot serve --port 0`` started and its address read from what it prints."""
    process = subprocess.Popen([sys.executable, "-m", "crossfoot", "serve", "--port", "0",
                                "--today", "2026-11-29"], stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        assert line.startswith("crossfoot: serving on http://127.0.0.1:"), line
        yield line.split()[3]
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_a_dropped_report_is_checked_and_its_findings_shown(page: Any, server: str) -> None:
    expected = json.loads((FIXTURES / "text" / "yiyang-2021.expected.json").read_text("utf-8"))
    page.goto(server)
    page.evaluate(DROP, ["yiyang-2021.txt", SEED_TEXT.read_text(encoding="utf-8")])
    assert page.locator("#chosen").inner_text() == "yiyang-2021.txt"
    page.click("button[type=submit]")
    page.wait_for_selector(".finding")
    rules = page.eval_on_selector_all(".finding", "cards => cards.map(c => c.dataset.rule)")
    assert rules == [f["rule"] for f in expected]
    assert page.locator("a[download='yiyang-2021.crossfoot.json']").count() == 1
    page.locator(".finding[data-rule='SUM104']").click()
    sum104 = next(f for f in expected if f["rule"] == "SUM104")
    assert page.locator(".document mark.hl.sev-error.focus").inner_text() == sum104[
        "location"]["quote"]
    assert page.errors == []


def test_a_broken_upload_gives_a_page_not_a_trace(page: Any, server: str) -> None:
    page.goto(server)
    page.set_input_files("#report", files=[{"name": "broken.json", "mimeType": "application/json",
                                            "buffer": b'{"meta": {"title": 3}}'}])
    page.click("button[type=submit]")
    alert = page.locator("[role=alert]")
    assert alert.locator("h2").inner_text() == "无法检查这个文件"
    assert alert.locator("pre").inner_text().startswith("broken.json: ")
    assert "Traceback" not in page.content()
