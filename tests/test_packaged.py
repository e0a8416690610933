"""Files shipped in crossfoot's packages: a folder on disk, or resources when zipped."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from crossfoot.packaged import package_files


def test_a_package_on_disk_is_its_folder() -> None:
    folder = package_files("crossfoot.rules")
    assert isinstance(folder, Path)
    assert (folder / "cn-budget-performance.toml").is_file()
    assert (package_files("crossfoot.model.schema") / "report.schema.json").is_file()


def test_a_zipped_package_is_read_through_importlib(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    archive = tmp_path / "shipped.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("cf_zipped_data/__init__.py", "")
        handle.writestr("cf_zipped_data/pack.toml", "x = 1\n")
    monkeypatch.syspath_prepend(str(archive))
    folder = package_files("cf_zipped_data")
    assert not isinstance(folder, Path)
    assert folder.joinpath("pack.toml").read_text(encoding="utf-8") == "x = 1\n"
