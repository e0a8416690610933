"""The seed's HTML report in Chromium: places marked, a click scrolls, filters, no script runs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from crossfoot.app.cli import main

from conftest import FIXTURES

SEED = FIXTURES / "seed" / "yiyang-2021.json"
FINDINGS = FIXTURES / "seed" / "yiyang-2021.expected.json"
IN_VIEW = """el => { const r = el.getBoundingClientRect();
                     return r.top >= -1 && r.bottom <= window.innerHeight + 1 && r.height > 0; }"""


def write_report(source: Path, target: Path) -> str:
    assert main(["check", str(source), "--format", "html", "-o", str(target), "--jobs", "1",
                 "--today", "2026-11-29", "--exit-zero"]) == 0
    return target.as_uri()


@pytest.fixture(scope="module")
def seed_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return write_report(SEED, tmp_path_factory.mktemp("html") / "seed.html")


def test_every_finding_has_its_place_marked(page: Any, seed_url: str) -> None:
    page.goto(seed_url)
    targets = page.eval_on_selector_all(".finding", "cards => cards.map(c => c.dataset.target)")
    assert len(targets) == 16 and all(targets)
    # two rules quote the same 91.73: 15 places for 16 findings, each marked
    assert len(set(targets)) == 15
    for target in set(targets):
        marked = page.locator(f"#{target}, #{target} + mark.hl").first
        assert marked.count() == 1
    assert page.locator(".document mark.hl[data-f]").count() == 8
    assert page.locator(".document :not(mark).hl[data-f]").count() == 7
    # places only related to findings (the parts of a sum, the other statement) are outlined
    findings = json.loads(FINDINGS.read_text(encoding="utf-8"))

    def key(place: dict[str, Any]) -> tuple[Any, ...]:
        return place.get("paragraph") or place["pointer"], place.get("start"), place.get("end")

    related = {key(r) for f in findings for r in f["related"]} - {
        key(f["location"]) for f in findings}
    assert page.locator(".document .hl.rel").count() == len(related) == 18
    assert page.errors == []


def test_a_click_scrolls_to_the_place_and_a_click_there_comes_back(page: Any,
                                                                   seed_url: str) -> None:
    page.goto(seed_url)
    card = page.locator(".finding[data-rule='DAT304']")
    place = page.locator(".document th.hl[data-f]")
    assert place.count() == 1
    assert not place.evaluate(IN_VIEW)
    card.click()
    assert place.evaluate(IN_VIEW)
    assert "focus" in (place.get_attribute("class") or "")
    first = page.locator(".finding").first
    page.locator(".document mark.hl.sev-error").click()
    assert first.evaluate(IN_VIEW)
    assert first.evaluate("el => document.activeElement === el")


def test_filters_hide_findings_and_dim_their_marks(page: Any, seed_url: str) -> None:
    page.goto(seed_url)
    visible = ".finding:visible"
    page.uncheck("input[name=sev][value=warning]")
    page.uncheck("input[name=sev][value=info]")
    assert page.locator(visible).count() == 1
    assert page.locator(".shown-count").inner_text() == "1"
    assert page.locator(".document .hl:not(.dim)[data-f]").count() == 1
    page.check("input[name=sev][value=warning]")
    page.check("input[name=sev][value=info]")
    page.select_option("select[name=rule]", "STR503")
    assert page.locator(visible).count() == 2
    page.select_option("select[name=rule]", "")
    page.select_option("select[name=section]", "proj")
    rules = page.eval_on_selector_all(visible, "cards => cards.map(c => c.dataset.rule)")
    assert rules == ["AGR402", "STR505", "STR502", "STR501", "SUM106", "DAT304"]


def test_a_script_in_the_report_shows_as_text_and_does_not_run(
        page: Any, tmp_path: Path) -> None:
    data = json.loads(SEED.read_text(encoding="utf-8"))
    data["meta"]["title"] = "<script>window.pwned = 1</script>报告"
    data["sections"][0]["paragraphs"][0]["text"] = '"><img src=x onerror="window.pwned = 2">'
    data["tables"][0]["rows"][0]["label"] = "</td><script>window.pwned = 3</script>"
    hostile = tmp_path / "hostile.json"
    hostile.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    page.goto(write_report(hostile, tmp_path / "hostile.html"))
    assert page.evaluate("window.pwned") is None
    assert page.locator("img").count() == 0
    assert page.locator("script").count() == 1
    assert page.locator(".doc-title").inner_text() == "<script>window.pwned = 1</script>报告"
    assert 'onerror="window.pwned = 2"' in page.locator("p.para").first.inner_text()
    assert page.errors == []


def test_a_batch_opens_a_file_from_its_index_row(page: Any, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    target = tmp_path / "batch.html"
    assert main(["check", str(SEED), str(broken), "--format", "html", "-o", str(target),
                 "--jobs", "1", "--today", "2026-11-29", "--exit-zero"]) == 2
    page.goto(target.as_uri())
    assert page.locator(".index tbody tr").count() == 2
    assert page.locator(".finding").count() == 0  # documents wait in templates until opened
    page.click(".index a[href='#file-0']")
    assert page.locator("#file-0").evaluate("el => el.open")
    assert page.locator("#file-0 .finding").count() == 16
    page.locator("#file-0 .finding[data-rule='DAT304']").click()
    assert page.locator("#file-0 .document th.hl.focus").evaluate(IN_VIEW)
    page.click(".index a[href='#file-1']")
    assert page.locator("#file-1 .failure pre").inner_text().startswith(f"{broken}: ")
    assert page.errors == []


def test_print_shows_every_finding_without_the_controls(page: Any, seed_url: str) -> None:
    page.goto(seed_url)
    page.uncheck("input[name=sev][value=info]")
    assert page.locator(".finding:visible").count() == 9
    page.emulate_media(media="print")
    assert page.locator(".filters").is_hidden()
    assert page.locator(".finding:visible").count() == 16
