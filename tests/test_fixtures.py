"""Every fixture is a test case: its findings must equal the ``*.expected.json`` beside it.

- ``fixtures/rules/<RULE>/*.json``: small reports for one rule, checked with only
  that rule selected (so a new rule elsewhere never changes them);
- every other ``fixtures/**.json`` report: checked with all built-in rules.

Regenerate after an intended change with ``CROSSFOOT_UPDATE=1 pytest tests/test_fixtures.py``
and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES, compare_expected, findings_json


def _reports() -> list[Path]:
    return sorted(p for p in FIXTURES.rglob("*.json")
                  if not p.name.endswith(".expected.json") and "packs" not in p.parts
                  and "bad" not in p.parts)


@pytest.mark.parametrize("path", _reports(), ids=lambda p: str(p.relative_to(FIXTURES)))
def test_fixture_findings(path: Path) -> None:
    relative = path.relative_to(FIXTURES)
    select = (relative.parts[1],) if relative.parts[0] == "rules" else ("ALL",)
    expected = path.with_name(path.stem + ".expected.json")
    compare_expected(findings_json(path, select), expected)


def test_rule_fixtures_cover_pass_and_fail() -> None:
    """Each rule folder has a passing fixture (no findings) and a failing one."""
    for folder in sorted(p for p in (FIXTURES / "rules").iterdir() if p.is_dir()):
        expected = [p for p in folder.glob("*.expected.json")]
        names = {p.name for p in expected}
        assert "pass.expected.json" in names, folder
        assert any(n.startswith("fail") for n in names), folder
        assert (folder / "pass.expected.json").read_text(encoding="utf-8").strip() == "[]", folder
