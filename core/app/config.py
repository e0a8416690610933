"""Configuration: ``[tool.crossfoot]`` in pyproject.toml or a crossfoot.toml.

Looked up from the report's folder upwards; the first file that has a
crossfoot section wins; command-line flags win over it. Selection works like
ruff's: by id, prefix or name, and the longest matching entry decides.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from crossfoot.checking.findings import Severity
from crossfoot.errors import ConfigError
from crossfoot.filtering.selection import Selection
from crossfoot.importing.toml import read_toml
from crossfoot.model.records import Record, factory, replace

KEYS = {"select", "extend-select", "ignore", "extend-ignore", "severity", "fail-on", "lang",
        "packs", "options", "plugins", "require-plugins", "grade-scale", "synonyms"}


class Config(Record):
    select: tuple[str, ...] = ("ALL",)
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = factory(dict)
    fail_on: Severity = Severity.ERROR
    lang: str | None = None
    packs: tuple[str, ...] = ()
    options: Mapping[str, Any] = factory(dict)
    blocked_plugins: tuple[str, ...] = ()
    required_plugins: tuple[str, ...] = ()
    grade_scale: Mapping[str, Any] | None = None
    synonyms: tuple[tuple[str, ...], ...] = ()
    source: str | None = None

    def merged(self, **overrides: Any) -> Config:
        """This configuration with the given command-line values on top."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})

    @property
    def selection(self) -> Selection:
        """The rule selection and severity overrides this configuration sets."""
        return Selection(self.select, self.extend_select, self.ignore, self.extend_ignore,
                         self.severity)


def find_config_file(start: Path) -> Path | None:
    """The nearest crossfoot.toml or pyproject.toml with [tool.crossfoot]."""
    folder = start if start.is_dir() else start.parent
    for candidate_dir in [folder.resolve(), *folder.resolve().parents]:
        own = candidate_dir / "crossfoot.toml"
        if own.is_file():
            return own
        pyproject = candidate_dir / "pyproject.toml"
        if pyproject.is_file() and "tool" in (data := _read_toml(pyproject)) \
                and "crossfoot" in data["tool"]:
            return pyproject
    return None


def load_config(start: Path | None) -> Config:
    path = find_config_file(start) if start is not None else None
    if path is None:
        return Config()
    return load_config_file(path)


def load_config_file(path: Path) -> Config:
    """The configuration in exactly this file (``--config``), whatever its name."""
    if not path.is_file():
        raise ConfigError(f"{path}: no such configuration file")
    data = _read_toml(path)
    section = data.get("tool", {}).get("crossfoot", {}) if path.name == "pyproject.toml" \
        else data.get("tool", {}).get("crossfoot", data)
    return config_from_mapping(section, str(path))


def config_from_mapping(section: Mapping[str, Any], source: str) -> Config:
    unknown = sorted(set(section) - KEYS)
    if unknown:
        raise ConfigError(f"{source}: unknown key(s) in crossfoot configuration: "
                          f"{', '.join(unknown)} (known: {', '.join(sorted(KEYS))})")
    severities = _table(section, "severity", source, 'e.g. severity = {SUM105 = "warning"}')
    fail_on_text = section.get("fail-on", "error")
    if not isinstance(fail_on_text, str):
        raise ConfigError(f"{source}: fail-on must be error, warning or info, "
                          f"not {fail_on_text!r}")
    try:
        severity = {str(k): Severity.parse(_string(v, f"severity.{k}", source))
                    for k, v in severities.items()}
        fail_on = Severity.parse(fail_on_text)
    except ValueError as exc:
        raise ConfigError(f"{source}: {exc}") from None
    lang = section.get("lang")
    if lang not in (None, "zh", "en"):
        raise ConfigError(f"{source}: lang must be zh or en, not {lang!r}")
    base = Path(source).parent
    plugins = _strings(section, "plugins", source)
    return Config(
        select=_strings(section, "select", source) or ("ALL",),
        extend_select=_strings(section, "extend-select", source),
        ignore=_strings(section, "ignore", source),
        extend_ignore=_strings(section, "extend-ignore", source),
        severity=severity,
        fail_on=fail_on,
        lang=lang,
        packs=tuple(str(base / p) for p in _strings(section, "packs", source)),
        options=dict(_table(section, "options", source, "e.g. options = {max-score = 100}")),
        blocked_plugins=tuple(p[3:] for p in plugins if p.startswith("no:")),
        required_plugins=_strings(section, "require-plugins", source),
        grade_scale=_table(section, "grade-scale", source, "e.g. grade-scale = {优 = 90, 良 = 80}")
        or None,
        synonyms=_synonym_groups(section, source),
        source=source,
    )


def _synonym_groups(section: Mapping[str, Any], source: str) -> tuple[tuple[str, ...], ...]:
    """``synonyms = [["商品服务支出", "日常公用支出"], ...]``: each group a list of labels."""
    groups = section.get("synonyms", [])
    if not isinstance(groups, list) or not all(
            isinstance(g, list) and all(isinstance(m, str) for m in g) for g in groups):
        raise ConfigError(f"{source}: synonyms must be a list of lists of labels, "
                          f"e.g. [[\"商品服务支出\", \"日常公用支出\"]]")
    return tuple(tuple(group) for group in groups)


def _table(section: Mapping[str, Any], key: str, source: str, example: str
           ) -> Mapping[str, Any]:
    value = section.get(key, {})
    if not isinstance(value, Mapping):
        raise ConfigError(f"{source}: {key} must be a table ({example}), not {value!r}")
    return value


def _string(value: Any, key: str, source: str) -> str:
    if not isinstance(value, str):
        raise ConfigError(f"{source}: {key} must be a string, not {value!r}")
    return value


def _strings(section: Mapping[str, Any], key: str, source: str) -> tuple[str, ...]:
    value = section.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, Sequence) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{source}: {key} must be a list of strings")
    return tuple(value)


def _read_toml(path: Path) -> dict[str, Any]:
    return read_toml(path)
