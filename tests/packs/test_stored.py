"""The built pack stored whole: used only for the same bytes, path, version and functions;
anything damaged, foreign or unwritable is ignored and the pack built again."""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

import pytest

from crossfoot.packs import packfile, stored
from crossfoot.packs.evaluator import function_table
from crossfoot.packs.loading import read_pack_file
from crossfoot.packs.source import RuleValueOffsets

from conftest import ROOT

CN_PACK = ROOT / "rules" / "cn-budget-performance.toml"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: Any) -> Path:
    monkeypatch.setenv("CROSSFOOT_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "packs"


def built() -> tuple[bytes, packfile.Pack]:
    data = CN_PACK.read_bytes()
    return data, packfile.read_pack(data, str(CN_PACK), function_table())


def test_a_stored_pack_is_the_pack_built(cache: Path) -> None:
    data, pack = built()
    functions = function_table()
    assert stored.load(data, str(CN_PACK), functions) is None
    stored.save(data, str(CN_PACK), functions, pack)
    again = stored.load(data, str(CN_PACK), functions)
    assert again is not None and again is not pack
    assert again.rules == pack.rules and again.synonyms.groups == pack.synonyms.groups
    assert again.digest == pack.digest and again.grade_scale == pack.grade_scale
    # places in the file are still found when an error asks
    rule = again.rules[0]
    assert rule.check.place(0) == pack.rules[0].check.place(0)


def test_another_content_path_or_function_set_misses(cache: Path) -> None:
    data, pack = built()
    functions = function_table()
    stored.save(data, str(CN_PACK), functions, pack)
    assert stored.load(data + b"\n", str(CN_PACK), functions) is None
    assert stored.load(data, "elsewhere.toml", functions) is None
    assert stored.load(data, str(CN_PACK), function_table({"extra": lambda x: x})) is None


def test_a_damaged_or_foreign_entry_is_ignored(cache: Path) -> None:
    data, pack = built()
    functions = function_table()
    stored.save(data, str(CN_PACK), functions, pack)
    (entry,) = cache.glob("*.pickle")
    entry.write_bytes(entry.read_bytes()[:200])
    assert stored.load(data, str(CN_PACK), functions) is None
    # a pickle that would call a function (here os.getcwd) is refused, not run
    entry.write_bytes(b"cposix\ngetcwd\n(tR.")
    assert stored.load(data, str(CN_PACK), functions) is None
    entry.write_bytes(pickle.dumps(("not", "a", "pack")))
    assert stored.load(data, str(CN_PACK), functions) is None
    # reading the pack file builds it again
    assert read_pack_file(CN_PACK, functions).rules == pack.rules


def test_an_unwritable_cache_is_not_used(tmp_path: Path, monkeypatch: Any) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("CROSSFOOT_CACHE_DIR", str(blocker))
    data, pack = built()
    stored.save(data, str(CN_PACK), function_table(), pack)
    assert stored.load(data, str(CN_PACK), function_table()) is None
    monkeypatch.setenv("CROSSFOOT_NO_CACHE", "1")
    stored.save(data, str(CN_PACK), function_table(), pack)
    assert stored.load(data, str(CN_PACK), function_table()) is None


def test_value_offsets_need_only_the_text() -> None:
    text = '[[rule]]\nid = "X1"\nassert = "a \\u0041 b"\n'
    offsets = RuleValueOffsets(text, 0, ("assert",), 5)()
    assert [text[o] for o in offsets[:5]] == ["a", " ", "\\", " ", "b"]
    assert pickle.loads(pickle.dumps(RuleValueOffsets(text, 0, ("assert",), 5)))() == offsets
