"""The plugin manager: built-ins and third parties, loaded the same way.

Entry points of group ``crossfoot`` are loaded one at a time in our own loop
(pluggy's ``load_setuptools_entrypoints`` stops at the first broken one), so
a plugin that fails to import costs one warning line, never the run.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from types import FunctionType, MethodType, ModuleType
from typing import Any, cast

import pluggy

from crossfoot import hookspecs
from crossfoot.app import entry_index
from crossfoot.app.signals import Terminated
from crossfoot.checking.rule import Rule, problems
from crossfoot.errors import ConfigError, describe
from crossfoot.model.records import Record

GROUP = "crossfoot"


class PluginInfo(Record):
    name: str
    module: str
    distribution: str
    version: str

    @property
    def origin(self) -> str:
        return f"{self.distribution} {self.version}" if self.distribution else self.name


class Plugins:
    """A ready plugin manager and what was loaded, skipped or broken.

    A plain class: a dataclass costs every start its definition (see
    ``crossfoot.model.records``), and nothing compares plugin sets.
    """

    def __init__(self, manager: pluggy.PluginManager, loaded: list[PluginInfo],
                 warnings: list[str]) -> None:
        self.manager = manager
        self.loaded = loaded
        self.warnings = warnings

    def each(self, hook: str, what: str, **kwargs: Any) -> Iterator[tuple[str, Any]]:
        """(plugin name, answer) of every implementation of ``hook``, in plugin-name order.

        A plugin whose implementation raises costs one warning line naming
        ``what`` it failed to give; the other plugins still answer.
        """
        impls = sorted(getattr(self.manager.hook, hook).get_hookimpls(),
                       key=lambda impl: impl.plugin_name)
        for impl in impls:
            try:
                answer = impl.function(**{k: kwargs[k] for k in impl.argnames})
            except (Exception, SystemExit) as exc:
                self.warnings.append(f"warning: plugin {impl.plugin_name!r} failed to list its "
                                     f"{what}: {describe(exc)}")
                continue
            yield impl.plugin_name, answer

    def rules(self) -> list[Rule]:
        """Every rule of every plugin, each stamped with its origin; ids must be unique."""
        rules: list[Rule] = []
        seen: dict[str, str] = {}
        for name, provided in self.each("crossfoot_rules", "rules"):
            info = self._info(name)
            for rule in provided or ():
                wrong = problems(rule)
                if wrong:
                    self.warnings.append(f"warning: plugin {name!r}: rule "
                                         f"{getattr(rule, 'id', '?')!r} not loaded: "
                                         f"{'; '.join(wrong)}")
                    continue
                rule.origin = info.origin if info else name
                rule.plugin = name
                if rule.id in seen:
                    raise ConfigError(f"rule id {rule.id} is provided twice: by {seen[rule.id]} "
                                      f"and by {rule.origin}")
                seen[rule.id] = rule.origin
                rules.append(rule)
        return rules

    def _info(self, name: str) -> PluginInfo | None:
        return next((p for p in self.loaded if p.name == name), None)


class _Manager(pluggy.PluginManager):
    """pluggy's manager, quicker at finding a module's hook implementations and specs.

    For every name a plugin (or the hook specification module) holds, pluggy
    reads the attribute with ``inspect.getattr_static``, so that no descriptor
    runs: about 10 µs a name, and the built-in plugin modules hold some 450
    names (their imports included), most of them classes, constants and
    helper functions. A plain module's names are entries of its namespace, so
    what pluggy's reading decides is read off the entry here: a value that is
    no function and no method wrapper is no hook, and a function's options are
    its marker attribute. Anything else (an object as a plugin, a wrapper, a
    module of its own type) goes to pluggy.
    """

    def parse_hookimpl_opts(self, plugin: object, name: str) -> pluggy.HookimplOpts | None:
        opts = _module_marker(plugin, name, self.project_name + "_impl")
        if opts is _ASK_PLUGGY:
            return super().parse_hookimpl_opts(plugin, name)
        return cast(pluggy.HookimplOpts | None, opts)

    def parse_hookspec_opts(self, module_or_class: Any,
                            name: str) -> pluggy.HookspecOpts | None:
        opts = _module_marker(module_or_class, name, self.project_name + "_spec")
        if opts is _ASK_PLUGGY:
            return super().parse_hookspec_opts(module_or_class, name)
        return cast(pluggy.HookspecOpts | None, opts)


#: ``_module_marker``'s answer where pluggy's own reading decides
_ASK_PLUGGY = object()


def _module_marker(plugin: object, name: str, marker: str) -> object:
    """The options marked on ``name`` of a plain module (None: no hook), or ``_ASK_PLUGGY``."""
    if type(plugin) is ModuleType:
        space = vars(plugin)
        if name in space:
            value = space[name]
            if isinstance(value, FunctionType):
                if not hasattr(value, "__func__"):
                    opts = getattr(value, marker, None)
                    return opts if isinstance(opts, dict) else None
            elif not isinstance(value, staticmethod | classmethod | MethodType):
                return None
    return _ASK_PLUGGY


def load_plugins(blocked: Iterable[str] = (), required: Iterable[str] = (),
                 extra: Iterable[tuple[str, Any]] = ()) -> Plugins:
    """Load every entry point of group ``crossfoot`` not blocked with ``-p no:NAME``.

    ``extra`` registers in-process plugins (name, module or object): tests
    and embedding applications use it.
    """
    manager = _Manager(GROUP)
    manager.add_hookspecs(hookspecs)
    blocked = set(blocked)
    for name in blocked:
        manager.set_blocked(name)
    loaded: list[PluginInfo] = []
    warnings: list[str] = []
    for ep in sorted(entry_index.entry_points(GROUP), key=lambda e: e.name):
        if ep.name in blocked or manager.has_plugin(ep.name):
            continue
        if _register(manager, ep.name, ep.value, partial(entry_index.load, ep), warnings) is None:
            continue
        loaded.append(PluginInfo(ep.name, ep.value, ep.distribution, ep.version))
    for name, plugin in extra:
        if name in blocked:
            continue
        source = plugin if isinstance(plugin, str) else type(plugin).__name__
        plugin = _register(manager, name, source, partial(_resolve, plugin), warnings)
        if plugin is None:
            continue
        module = plugin.__name__ if isinstance(plugin, ModuleType) else type(plugin).__name__
        loaded.append(PluginInfo(name, module, "", ""))
    missing = sorted(set(required) - {p.name for p in loaded})
    if missing:
        raise ConfigError(f"required plugin(s) not loaded: {', '.join(missing)}")
    return Plugins(manager, loaded, warnings)


def _resolve(plugin: Any) -> Any:
    return importlib.import_module(plugin) if isinstance(plugin, str) else plugin


def _register(manager: pluggy.PluginManager, name: str, source: str, load: Callable[[], Any],
              warnings: list[str]) -> Any:
    """Load and register one plugin; a failure is one warning line, never the run's end."""
    try:
        plugin = load()
        manager.register(plugin, name=name)
    except BaseException as exc:  # a plugin raising BaseException on import too
        _reraise_interrupts(exc)
        warnings.append(f"warning: plugin {name!r} ({source}) failed to load: {describe(exc)}")
        return None
    return plugin


def _reraise_interrupts(exc: BaseException) -> None:
    """Ctrl-C and SIGTERM still end the run; anything else a plugin raises is its failure."""
    if isinstance(exc, KeyboardInterrupt | Terminated):
        raise exc

