"""Hook specifications: the plugin author's reference.

A plugin is a module (or object) with functions named like the hooks below,
each marked ``@crossfoot.hookimpl``, registered under the entry-point group
``crossfoot``::

    [project.entry-points.crossfoot]
    myrules = "my_package.crossfoot_rules"

Every hook is optional. Built-in rule modules use exactly these hooks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from crossfoot.checking.rule import Rule
    from crossfoot.model.report import Report

hookspec = pluggy.HookspecMarker("crossfoot")


@hookspec
def crossfoot_rules() -> list[Rule]:
    """Return the rules this plugin provides, as ``Rule`` instances.

    Called once per run, before any report is read, so that selection
    (``--select``, ``--ignore``) happens before anything runs. Rule ids must
    be unique across all plugins; use a prefix of your own (``ACME1xx``).
    """
    raise NotImplementedError


@hookspec
def crossfoot_packs() -> list[Path]:
    """Return paths of declarative rule packs (TOML) this plugin ships."""
    raise NotImplementedError


@hookspec
def crossfoot_analyze(report: Report) -> Iterable[Any]:
    """Return mentions and claims read from the report's narrative.

    Called at most once per report, the first time a rule asks for
    ``ctx.analysis``; results of all plugins are concatenated.
    """
    raise NotImplementedError


@hookspec
def crossfoot_importers() -> dict[str, Callable[..., Report]]:
    """Return importers by file suffix (``".txt"``): ``importer(path, options) -> Report``."""
    raise NotImplementedError


@hookspec
def crossfoot_reporters() -> dict[str, Callable[..., Iterable[str] | str]]:
    """Return output formats by name: ``reporter(results, options)``.

    ``results`` is an iterable of ``crossfoot.reporting.results.FileResult``
    (consume it once, in order: a batch streams them as files are checked);
    ``options`` is a ``RenderOptions`` (language, fail-on, rules, output path).
    Return the output as one string or as chunks of it. The built-in formats
    (text, json, sarif, junit) are registered through this hook too.
    """
    raise NotImplementedError


@hookspec
def crossfoot_functions() -> dict[str, Callable[..., Any]]:
    """Return functions for the rule-pack language, by name.

    A function receives Decimal, str, bool or list arguments and returns one
    of those; it must not do I/O. Names must not clash with built-ins.
    """
    raise NotImplementedError
