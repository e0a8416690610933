"""Baseline fingerprints stay put when a report is edited elsewhere (issue 13, item 8)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from crossfoot.app.session import Session

SEED_TEXT = Path(__file__).resolve().parents[2] / "fixtures" / "text" / "yiyang-2021.txt"
#: a sentence of our own with three figures, of the kind a department adds in a revision
ADDED = "本中心全年接待咨询 1200 人次，发放指南 300 份，开展培训 4 次。\n\n"


def _fingerprints(path: Path) -> Counter[str]:
    return Counter(f.fingerprint for f in Session().check_path(path).findings)


@pytest.fixture
def edited(tmp_path: Path) -> Path:
    """The seed text with a sentence added after its title, before everything else."""
    text = SEED_TEXT.read_text(encoding="utf-8")
    cut = text.index("按照")
    path = tmp_path / "edited.txt"
    path.write_text(text[:cut] + ADDED + text[cut:], encoding="utf-8")
    return path


def test_a_sentence_added_above_keeps_every_known_finding(edited: Path) -> None:
    before = _fingerprints(SEED_TEXT)
    after = _fingerprints(edited)
    assert len(before) >= 10
    assert before - after == Counter()


def test_a_changed_figure_is_a_new_finding(tmp_path: Path) -> None:
    text = SEED_TEXT.read_text(encoding="utf-8")
    assert text.count("编制人数共 10 \n") == 1
    path = tmp_path / "changed.txt"
    path.write_text(text.replace("编制人数共 10 \n", "编制人数共 9 \n"), encoding="utf-8")
    before, after = _fingerprints(SEED_TEXT), _fingerprints(path)
    assert sum((before - after).values()) == 1
    assert sum((after - before).values()) == 1
