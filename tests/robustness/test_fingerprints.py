"""Baseline fingerprints stay put when a report is edited elsewhere (issue 13, item 8)."""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import pytest

from crossfoot.app.session import Session
from crossfoot.checking import findings

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


@pytest.mark.parametrize("data", [b"", b"SUM103|/facts/0", "编制人数|12人".encode()])
def test_the_digest_is_sha256_whichever_module_computes_it(
        data: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = hashlib.sha256(data).hexdigest()
    assert findings._sha256_hex(data) == expected

    def missing(name: str) -> None:
        raise ImportError(name)

    findings._sha256.cache_clear()  # a Python built without its own SHA-256: hashlib's
    monkeypatch.setattr(findings, "import_module", missing)
    try:
        assert findings._sha256_hex(data) == expected
    finally:
        findings._sha256.cache_clear()
