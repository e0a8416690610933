"""Shared test helpers: run crossfoot in-process and compare with expected files."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest

from crossfoot.app.cli import main
from crossfoot.app.config import Config
from crossfoot.app.session import Session
from crossfoot.checking.context import Options
from crossfoot.reporting.serialize import finding_json

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
TODAY = dt.date(2026, 11, 29)
UPDATE = os.environ.get("CROSSFOOT_UPDATE") == "1"


def findings_json(path: Path, select: tuple[str, ...] = ("ALL",)) -> list[dict[str, Any]]:
    """Findings of ``path`` as the JSON reporter writes them, with a fixed today."""
    session = Session(config=Config(select=select), options=Options(today=TODAY))
    result = session.check_path(path)
    assert not result.error, result.error
    return [finding_json(f) for f in result.findings]


def compare_expected(actual: Any, expected_path: Path) -> None:
    """Assert ``actual`` equals the JSON in ``expected_path``; CROSSFOOT_UPDATE=1 rewrites it."""
    text = json.dumps(actual, ensure_ascii=False, indent=2) + "\n"
    if UPDATE or not expected_path.exists():
        expected_path.write_text(text, encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"{expected_path} did not exist; written, review it and rerun")
    assert json.loads(expected_path.read_text(encoding="utf-8")) == actual


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Any:
    """Run the CLI in-process: returns (exit code, stdout, stderr)."""

    def _run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return _run
