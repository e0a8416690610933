"""Entry points read from the distributions' files agree with ``importlib.metadata``."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest

from crossfoot.app import entry_points as found
from crossfoot.app.entry_points import EntryPoint, entry_points

from conftest import make_distribution


def listed(group: str) -> list[EntryPoint]:
    """The same, asked of ``importlib.metadata`` (what the module reads without it)."""
    from importlib.metadata import entry_points as metadata_entry_points

    return [EntryPoint(p.name, p.value, p.dist.metadata["Name"] if p.dist else "",
                       p.dist.metadata["Version"] if p.dist else "")
            for p in metadata_entry_points(group=group)]


@pytest.mark.parametrize("group", ["crossfoot", "console_scripts", "pytest11"])
def test_the_installed_entry_points_are_those_importlib_lists(group: str) -> None:
    assert entry_points(group) == listed(group)


def test_a_distribution_on_the_path_counts_once_and_loads(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    make_distribution(tmp_path, "cf_listed_plugin", "VALUE = 7\n", "listed")
    twice = tmp_path / "again"
    twice.mkdir()
    make_distribution(twice, "cf_listed_plugin", "VALUE = 8\n", "shadowed")
    monkeypatch.syspath_prepend(str(twice))
    monkeypatch.syspath_prepend(str(tmp_path))
    mine = [p for p in entry_points("crossfoot") if p.distribution == "cf_listed_plugin"]
    assert mine == [EntryPoint("listed", "cf_listed_plugin", "cf_listed_plugin", "0.3.1")]
    assert mine[0].load().VALUE == 7
    assert entry_points("crossfoot") == listed("crossfoot")
    assert EntryPoint("x", "cf_listed_plugin:VALUE", "", "").load() == 7
    with pytest.raises(ValueError, match="names no module"):
        EntryPoint("x", "not a module", "", "").load()


def test_what_it_does_not_read_is_asked_of_importlib(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    archive = tmp_path / "plugins.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("cf_zipped-1.0.dist-info/METADATA",
                        "Metadata-Version: 2.1\nName: cf_zipped\nVersion: 1.0\n")
        handle.writestr("cf_zipped-1.0.dist-info/entry_points.txt",
                        "[crossfoot]\nzipped = cf_zipped\n")
    monkeypatch.syspath_prepend(str(archive))
    points = entry_points("crossfoot")
    assert EntryPoint("zipped", "cf_zipped", "cf_zipped", "1.0") in points
    assert points == listed("crossfoot")
    monkeypatch.setattr(sys, "path", [p for p in sys.path if p != str(archive)])
    folded = tmp_path / "folded"
    folded.mkdir()
    make_distribution(folded, "cf_folded", "", "folded")
    metadata = folded / "cf_folded-0.3.1.dist-info" / "METADATA"
    metadata.write_text("Metadata-Version: 2.1\nName: cf_folded\nVersion: 0.3.1\nSummary: a\n"
                        "  folded line\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(folded))
    with pytest.raises(found._Unusual):
        list(found._read("crossfoot"))
    assert entry_points("crossfoot") == listed("crossfoot")
