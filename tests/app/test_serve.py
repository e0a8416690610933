"""``crossfoot serve`` through its ASGI app: the form, a check, and every way an upload fails."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from crossfoot.app.config import Config
from crossfoot.app.serve import Checker, build_app, safe_name
from crossfoot.app.session import Session
from crossfoot.checking.context import Options

from conftest import FIXTURES

SEED = FIXTURES / "seed" / "yiyang-2021.json"
SEED_TEXT = FIXTURES / "text" / "yiyang-2021.txt"


@pytest.fixture
def client(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    """The app with uploads going to ``tmp_path`` (so a test can see nothing is left)."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    session = Session(config=Config(), options=Options(today=dt.date(2026, 11, 29)))
    with TestClient(build_app(Checker(session, limit=200_000))) as test_client:
        yield test_client


def upload(client: TestClient, name: str, content: bytes) -> tuple[int, str]:
    response = client.post("/check", files={"report": (name, content)})
    return response.status_code, response.text


def test_the_form_lists_the_formats_and_the_limit(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert 'enctype="multipart/form-data"' in response.text
    assert "可读取的格式：.docx .json .pdf .txt .xlsx · 大小上限：195.312 KB" in response.text
    policy = response.headers["content-security-policy"]
    assert "form-action 'self'" in policy and "frame-ancestors 'none'" in policy


def test_an_upload_is_checked_shown_and_not_kept(client: TestClient, tmp_path: Path) -> None:
    expected = json.loads((FIXTURES / "text" / "yiyang-2021.expected.json").read_text("utf-8"))
    status, page = upload(client, "弋阳 2021.txt", SEED_TEXT.read_bytes())
    assert status == 200
    assert page.count('<li class="finding ') == len(expected)
    assert 'download="弋阳_2021.crossfoot.json" href="data:application/json;' in page
    assert 'download="弋阳_2021.crossfoot.html" href="data:text/html;' in page
    assert '<p class="path">弋阳_2021.txt</p>' in page
    assert list(tmp_path.iterdir()) == []


def test_a_broken_file_gives_a_readable_page(client: TestClient, tmp_path: Path) -> None:
    status, page = upload(client, "report.json", b'{"meta": ')
    assert status == 422
    assert "<pre>report.json: line 1, column 10: invalid JSON: Expecting value</pre>" in page
    assert "Traceback" not in page and str(tmp_path) not in page
    assert list(tmp_path.iterdir()) == []


def test_a_file_over_the_limit_is_refused(client: TestClient) -> None:
    status, page = upload(client, "big.txt", b"x" * 300_000)
    assert status == 413
    assert "文件超过大小上限 195.312 KB" in page


def test_a_format_without_an_importer_is_named(client: TestClient) -> None:
    status, page = upload(client, "report.doc", b"binary")
    assert status == 415
    assert "无法读取这种格式：.doc" in page and "可读取的格式：.docx .json .pdf .txt .xlsx" in page


def test_a_form_without_a_file_says_so(client: TestClient) -> None:
    response = client.post("/check", data={"other": "x"})
    assert response.status_code == 400
    assert "没有选择文件。" in response.text


@pytest.mark.parametrize(("given", "kept"), [("../../etc/passwd.json", "passwd.json"),
                                             ("C:\\work\\年报.txt", "年报.txt"),
                                             ("a b;<c>.json", "a_b_c_.json"), ("", "report")])
def test_an_uploaded_name_loses_its_folders(given: str, kept: str) -> None:
    assert safe_name(given) == kept


def test_the_port_must_be_free(run: object) -> None:
    from crossfoot.app.serve import listen
    from crossfoot.errors import ConfigError

    taken = listen(0)
    try:
        with pytest.raises(ConfigError, match=r"cannot listen on 127\.0\.0\.1:\d+: Address "
                                              r"already in use"):
            listen(taken.getsockname()[1]).close()
    finally:
        taken.close()


def test_an_upload_that_does_not_give_its_size_is_refused(client: TestClient) -> None:
    response = client.post("/check", content=iter([b"--x\r\n"]),
                           headers={"content-type": "multipart/form-data; boundary=x"})
    assert response.status_code == 411
    assert "上传没有说明文件大小（Content-Length），无法受理。" in response.text


SLOW_SERVER = '''
import time
import uvicorn
from crossfoot import hookimpl
from crossfoot.app.serve import Checker, build_app, listen
from crossfoot.app.session import Session
from crossfoot.checking.findings import Severity
from crossfoot.checking.rule import Rule

class Endless(Rule):
    id, name, family, severity = "SLO101", "endless", "slow", Severity.INFO
    messages = {"zh": "慢", "en": "slow"}

    def check(self, ctx):
        while True:
            time.sleep(0.01)
        yield

class Plugin:
    @hookimpl
    def crossfoot_rules(self):
        return [Endless()]

sock = listen(0)
print(sock.getsockname()[1], flush=True)
app = build_app(Checker(Session(extra_plugins=[("slow", Plugin())], rule_timeout=0.3)))
uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off")).run(sockets=[sock])
'''


def test_a_rule_past_its_time_budget_is_stopped_in_the_real_server(tmp_path: Path) -> None:
    """Under uvicorn the check runs in the main thread, where the per-rule budget works."""
    import subprocess
    import sys

    import httpx2

    script = tmp_path / "slow_server.py"
    script.write_text(SLOW_SERVER, encoding="utf-8")
    server = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline())
        response = httpx2.post(f"http://127.0.0.1:{port}/check", timeout=30,
                               files={"report": ("seed.json", SEED.read_bytes())})
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert response.status_code == 200
    assert 'data-rule="CF002"' in response.text
