"""Files shipped inside crossfoot's packages, found without ``importlib.resources``.

``importlib.resources`` brings ``tempfile`` (with ``random``) and ``zipfile``
to every start, about 5 ms, to find the report schema and the built-in packs,
which sit beside their package's ``__init__.py`` in every install (a wheel or
an editable one). A package that is not a folder on disk (imported from a zip
archive) is asked of ``importlib.resources`` all the same.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any


def package_files(package: str) -> Any:
    """The folder of ``package``: a ``Path``, or a ``Traversable`` when not on disk."""
    origin = getattr(importlib.import_module(package), "__file__", None)
    folder = Path(origin).parent if origin else None
    if folder is not None and folder.is_dir():
        return folder
    from importlib import resources

    return resources.files(package)
