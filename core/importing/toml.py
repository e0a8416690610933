"""TOML files of ours (configuration, waivers): read exactly, or one line saying why not.

``tomllib`` raises ``UnicodeDecodeError`` for a file that is not UTF-8 and
``RecursionError`` for arrays nested a few thousand deep; both would end in
a traceback. Here each is a ``ConfigError`` naming the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from crossfoot.errors import ConfigError


def read_toml(path: Path | str) -> dict[str, Any]:
    """The TOML document in ``path``; whatever is wrong with it is one ``ConfigError``."""
    import tomllib  # with its regular expressions: only a run with a configuration file

    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text: invalid byte 0x{data[exc.start]:02x} at "
                          f"offset {exc.start}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML: nested too deeply to read") from None
