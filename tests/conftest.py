"""Shared test helpers: run crossfoot in-process and compare with expected files."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path
from typing import Any

import pytest

from crossfoot.app.cli import main
from crossfoot.app.config import Config
from crossfoot.app.session import Session
from crossfoot.checking.context import Options
from crossfoot.reporting.serialize import finding_json
from crossfoot.testing import compare_json

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
TODAY = dt.date(2026, 11, 29)


def findings_json(path: Path, select: tuple[str, ...] = ("ALL",)) -> list[dict[str, Any]]:
    """Findings of ``path`` as the JSON reporter writes them, with a fixed today."""
    session = Session(config=Config(select=select), options=Options(today=TODAY))
    result = session.check_path(path)
    assert not result.error, result.error
    return [finding_json(f) for f in result.findings]


def compare_expected(actual: list[dict[str, Any]], expected_path: Path) -> None:
    """``crossfoot.testing.compare_json``: the one snapshot helper (CROSSFOOT_UPDATE=1 writes)."""
    compare_json(actual, expected_path)


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Any:
    """Run the CLI in-process: returns (exit code, stdout, stderr)."""

    def _run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def make_distribution(root: Path, name: str, module_source: str, entry: str) -> None:
    """A minimal installed distribution: a module and its dist-info with an entry point."""
    (root / f"{name}.py").write_text(textwrap.dedent(module_source), encoding="utf-8")
    info = root / f"{name}-0.3.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.3.1\n",
                                   encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[crossfoot]\n{entry} = {name}\n", encoding="utf-8")
