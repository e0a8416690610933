"""The HTML report as text: every finding placed, strings escaped, a strict policy, stable."""

from __future__ import annotations

import base64
import hashlib
import json
import pickle
import re
from pathlib import Path
from typing import Any

from crossfoot.app.builtin import import_json, import_text

from conftest import FIXTURES

SEED = FIXTURES / "seed" / "yiyang-2021.json"
SEED_TEXT = FIXTURES / "text" / "yiyang-2021.txt"
TODAY = ("--today", "2026-11-29", "--jobs", "1")
#: strings a hostile report may carry; the page must show them as text
INJECTED = ('<script>document.title="pwned"</script>', '"><img src=x onerror="pwned()">')


def html_of(run: Any, *args: str) -> tuple[int, str]:
    code, out, err = run("check", *args, "--format", "html", *TODAY)
    assert err == "" or code == 2, err
    return code, out


def injected_report(folder: Path) -> Path:
    """The seed with a script in its title, a paragraph and a table row label."""
    data = json.loads(SEED.read_text(encoding="utf-8"))
    data["meta"]["title"] = INJECTED[0] + data["meta"]["title"]
    data["sections"][0]["paragraphs"][0]["text"] += INJECTED[0] + INJECTED[1]
    data["tables"][0]["rows"][0]["label"] = INJECTED[1]
    path = folder / "hostile.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_seed_report_places_all_16_findings(run: Any) -> None:
    code, page = html_of(run, str(SEED))
    assert code == 1
    cards = re.findall(r'<li class="finding sev-(\w+)[^"]*" id="(x0-f\d+)"[^>]*'
                       r'data-target="(x0-p\d+)"', page)
    assert len(cards) == 16
    assert [sev for sev, _, _ in cards].count("error") == 1
    ids = set(re.findall(r' id="(x0-p\d+)"', page))
    assert {target for _, _, target in cards} <= ids
    # the quoted spans are marked where the findings quote them, worst severity first
    assert '<mark class="hl sev-error" data-f="0">编制人数共 10 人</mark>' in page
    assert '<mark class="hl sev-warning" data-f="4 5">决算数为 91.73 万元</mark>' in page
    assert re.search(r'<td id="x0-p\d+" class="hl sev-info" data-f="14"></td>', page)


def test_a_report_read_from_text_is_shown_with_its_findings(run: Any) -> None:
    expected = json.loads((FIXTURES / "text" / "yiyang-2021.expected.json").read_text("utf-8"))
    _, page = html_of(run, str(SEED_TEXT))
    assert page.count('<li class="finding ') == len(expected)
    assert page.count("data-target=") == len(expected)


def test_strings_from_the_report_are_escaped(run: Any, tmp_path: Path) -> None:
    _, page = html_of(run, str(injected_report(tmp_path)))
    assert page.count("<script>") == 1  # the page's own
    assert "<img" not in page
    assert "&lt;script&gt;document.title=&#34;pwned&#34;&lt;/script&gt;" in page
    assert "&#34;&gt;&lt;img src=x onerror=&#34;pwned()&#34;&gt;" in page


def test_the_policy_allows_only_the_inline_style_and_script_by_hash(run: Any) -> None:
    _, page = html_of(run, str(SEED))
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    assert policy is not None
    directives = policy.group(1).replace("&#39;", "'").split("; ")
    style = re.search(r"<style>(.*?)</style>", page, re.S)
    script = re.search(r"<script>(.*?)</script>", page, re.S)
    assert style is not None and script is not None

    def sha(text: str) -> str:
        return base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()

    assert directives == ["default-src 'none'", f"style-src 'sha256-{sha(style.group(1))}'",
                          f"script-src 'sha256-{sha(script.group(1))}'", "img-src data:",
                          "base-uri 'none'", "form-action 'none'"]
    assert not re.search(r'(src|href)="(https?:)?//', page)
    assert " style=" not in page and " on" + "click=" not in page


def test_the_same_input_gives_the_same_bytes(run: Any) -> None:
    assert html_of(run, str(SEED))[1] == html_of(run, str(SEED))[1]


def test_english_on_request(run: Any) -> None:
    _, page = html_of(run, str(SEED), "--lang", "en")
    assert '<html lang="en">' in page
    assert "is 10人, but the listed parts" in page and ">Findings <" in page


def test_a_batch_has_an_index_row_per_file_and_shows_a_broken_one(run: Any,
                                                               tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("[1, 2", encoding="utf-8")
    code, page = html_of(run, str(SEED), str(broken))
    assert code == 2
    rows = re.findall(r'<tr class="(\w+)"><td><a href="#(file-\d)">([^<]+)</a>', page)
    assert rows == [("error", "file-0", str(SEED)), ("failed", "file-1", str(broken))]
    assert page.count('<details class="file"') == 2
    assert f"{broken}: line 1, column 6: invalid JSON" in page


def test_waived_and_baseline_known_findings_are_shown_marked(run: Any,
                                                             tmp_path: Path) -> None:
    data = json.loads(SEED.read_text(encoding="utf-8"))
    data["waivers"] = [{"rule": "STR506", "reason": "原文如此 <b>"}]
    report = tmp_path / "waived.json"
    report.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    assert run("baseline", str(report), "-o", str(baseline), *TODAY)[0] == 0
    _, page = html_of(run, str(report), "--baseline", str(baseline))
    assert len(re.findall(r'<li class="finding [^"]* known"', page)) == 15
    assert len(re.findall(r'<li class="finding [^"]* waived"', page)) == 1
    assert "已豁免：原文如此 &lt;b&gt;" in page


def test_the_json_output_does_not_change_when_reports_are_kept(run: Any) -> None:
    from crossfoot.app.session import Session
    from crossfoot.reporting.json import render

    plain, kept = Session(), Session(keep_reports=True)
    with_report = kept.check_path(SEED)
    assert with_report.report is not None
    assert render([with_report]) == render([plain.check_path(SEED)])


def test_a_report_travels_between_processes() -> None:
    for report in (import_json(SEED), import_text(SEED_TEXT)):
        assert pickle.loads(pickle.dumps(report)) == report
