"""The plugin module named by the entry point: hook implementations only.

crossfoot calls ``crossfoot_rules`` once per run, before reading any report,
and ``crossfoot_packs`` for declarative rule packs shipped as package data.
"""

from __future__ import annotations

from pathlib import Path

from crossfoot import Rule, hookimpl
from crossfoot_example.rules import TitleYearMismatch

PACKS = Path(__file__).parent / "packs"


@hookimpl
def crossfoot_rules() -> list[Rule]:
    return [TitleYearMismatch()]


@hookimpl
def crossfoot_packs() -> list[Path]:
    return sorted(PACKS.glob("*.toml"))
