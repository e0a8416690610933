"""The entry points kept between runs: used while nothing changed, read again when it did."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from crossfoot.app import entry_index
from crossfoot.app.entry_index import Found

from conftest import make_distribution


@pytest.fixture
def reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A fresh cache folder and a path entry of our own; counts reads through importlib."""
    monkeypatch.setenv("CROSSFOOT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CROSSFOOT_NO_CACHE", raising=False)
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    # importing dask installs importlib_metadata's own finder, which turns the memory off
    monkeypatch.setattr(entry_index, "_other_finders", lambda: False)
    counted: list[str] = []
    real = entry_index._read

    def counting(group: str) -> list[Found]:
        counted.append(group)
        return real(group)

    monkeypatch.setattr(entry_index, "_read", counting)
    return counted


def _site() -> Path:
    return Path(sys.path[0])


def _names(found: list[Found]) -> set[str]:
    return {f.name for f in found}


def test_the_kept_list_is_the_one_importlib_gives(reads: list[str]) -> None:
    make_distribution(_site(), "cf_kept_plugin", "X = 1\n", "kept")
    first = entry_index.entry_points("crossfoot")
    second = entry_index.entry_points("crossfoot")
    assert reads == ["crossfoot"], "the second run used the kept list"
    assert first == second
    kept = next(f for f in first if f.name == "kept")
    assert kept == Found("kept", "cf_kept_plugin", "cf_kept_plugin", "", "cf_kept_plugin",
                         "0.3.1")
    assert {"builtin", "totals", "ratios", "dates", "agreement", "structure"} <= _names(first)


def test_a_new_distribution_is_found(reads: list[str]) -> None:
    before = entry_index.entry_points("crossfoot")
    make_distribution(_site(), "cf_new_plugin", "X = 1\n", "newcomer")
    after = entry_index.entry_points("crossfoot")
    assert "newcomer" not in _names(before) and "newcomer" in _names(after)
    assert len(reads) == 2


def test_removed_and_edited_entry_points_are_noticed(reads: list[str]) -> None:
    make_distribution(_site(), "cf_edited_plugin", "X = 1\nY = 2\n", "edited")
    entry_index.entry_points("crossfoot")
    points = _site() / "cf_edited_plugin-0.3.1.dist-info" / "entry_points.txt"
    points.write_text("[crossfoot]\nrenamed = cf_edited_plugin:Y\n", encoding="utf-8")
    edited = entry_index.entry_points("crossfoot")
    assert "renamed" in _names(edited) and "edited" not in _names(edited)
    assert entry_index.load(next(f for f in edited if f.name == "renamed")) == 2
    points.unlink()
    assert not {"renamed", "edited"} & _names(entry_index.entry_points("crossfoot"))
    assert len(reads) == 3


def test_a_damaged_kept_list_is_read_again(reads: list[str]) -> None:
    entry_index.entry_points("crossfoot")
    for kept in (Path(sys.path[0]).parent / "cache").glob("entry-points-*.json"):
        kept.write_text('{"sources": "x", "found": [[1]]', encoding="utf-8")
    assert "totals" in _names(entry_index.entry_points("crossfoot"))
    assert len(reads) == 2


def test_no_cache_reads_every_time(reads: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CROSSFOOT_NO_CACHE", "1")
    entry_index.entry_points("crossfoot")
    entry_index.entry_points("crossfoot")
    assert len(reads) == 2
    assert not (Path(sys.path[0]).parent / "cache").exists()


def test_another_finder_of_distributions_turns_it_off(monkeypatch: pytest.MonkeyPatch) -> None:
    class Finder:
        def find_spec(self, *args: Any) -> None:
            return None

        def find_distributions(self, *args: Any) -> list[Any]:
            return []

    monkeypatch.setattr(sys, "meta_path", [*sys.meta_path, Finder()])
    assert entry_index._index_file("crossfoot") is None


def test_load_follows_the_attribute_path() -> None:
    found = Found("x", "os:path.join", "os", "path.join", "", "")
    loaded: Any = entry_index.load(found)
    assert loaded("a", "b") == "a/b"



def test_a_malformed_target_fails_as_importlib_fails() -> None:
    """A value that is not ``module:attr`` (kept with no module) fails as EntryPoint.load does."""
    found = Found("malformed", "not a target!", "", "", "cf_malformed", "0.1")
    with pytest.raises(AttributeError, match="'NoneType' object has no attribute 'group'"):
        entry_index.load(found)
