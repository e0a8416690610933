"""The import graph follows the data flow: no circles, no stage importing a later one.

Read from the sources with ``ast`` (nothing is imported), so a test failure
names the module and the import that breaks the layering.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: the stages of core/, in the order data flows through them
STAGES = ("model", "importing", "analysis", "checking", "packs", "filtering", "reporting",
          "app")
#: top-level modules every stage may use: the error types, the lazy public API, lazy regexes
BASE = {"crossfoot", "crossfoot.errors", "crossfoot.patterns"}
#: what a rule module in plugins/ may import: the public API and the two stages rules read
PLUGIN_API = ("crossfoot", "crossfoot.errors", "crossfoot.checking", "crossfoot.analysis")
TERMINAL = ("print", "sys.stdout", "sys.stderr", "input")


def _modules() -> dict[str, Path]:
    found = {}
    for folder, package in ((ROOT / "core", "crossfoot"), (ROOT / "plugins", "crossfoot.plugins")):
        for path in folder.rglob("*.py"):
            parts = path.relative_to(folder).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join((package, *parts))] = path
    return found


MODULES = _modules()


def _imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every crossfoot import, type-checking ones included."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.startswith("crossfoot"):
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    found.append((node.lineno, full if full in MODULES else node.module))
        elif isinstance(node, ast.Import):
            found.extend((node.lineno, a.name) for a in node.names
                         if a.name.startswith("crossfoot"))
    return found


def _stage(module: str) -> int | None:
    parts = module.split(".")
    if len(parts) > 1 and parts[1] in STAGES:
        return STAGES.index(parts[1])
    return None


def test_every_stage_exists_with_a_docstring() -> None:
    for stage in STAGES:
        init = ROOT / "core" / stage / "__init__.py"
        assert init.exists(), stage
        assert ast.get_docstring(ast.parse(init.read_text("utf-8"))), stage


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _stage(m) is not None))
def test_no_stage_imports_a_later_one(module: str) -> None:
    mine = _stage(module)
    assert mine is not None
    upward = [f"line {line}: {target}" for line, target in _imports(MODULES[module])
              if (other := _stage(target)) is not None and other > mine]
    assert not upward, f"{module} imports a later stage: {upward}"


def test_the_public_api_names_what_it_exports() -> None:
    import crossfoot

    assert set(crossfoot.__all__) == {*crossfoot._FROM, "__version__", "hookimpl"}
    for name in crossfoot.__all__:
        assert getattr(crossfoot, name) is not None, name


def test_no_import_cycles() -> None:
    graph = {m: {t for _, t in _imports(p) if t in MODULES and t != m}
             for m, p in MODULES.items()}
    # packages import nothing by being parents: only explicit edges count
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                cycle = [*path[path.index(target):], target]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if target not in state:
                visit(target)
        path.pop()
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module)


@pytest.mark.parametrize("module", sorted(m for m in MODULES if m.startswith("crossfoot.plugins.")))
def test_plugins_use_only_the_public_api(module: str) -> None:
    outside = [f"line {line}: {target}" for line, target in _imports(MODULES[module])
               if not target.startswith("crossfoot.plugins")
               and not any(target == api or (api != "crossfoot" and target.startswith(api + "."))
                           for api in PLUGIN_API)]
    assert not outside, f"{module} reaches past the public API: {outside}"


def _outside_the_app(module: str) -> bool:
    stage = _stage(module)
    return module.startswith("crossfoot.plugins") or (stage is not None
                                                       and STAGES[stage] != "app")


@pytest.mark.parametrize("module", sorted(filter(_outside_the_app, MODULES)))
def test_only_the_app_writes_to_a_terminal(module: str) -> None:
    writes = []
    for node in ast.walk(ast.parse(MODULES[module].read_text("utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in ("print", "input"):
            writes.append(f"line {node.lineno}: {node.func.id}()")
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                and node.value.id == "sys" and node.attr in ("stdout", "stderr"):
            writes.append(f"line {node.lineno}: sys.{node.attr}")
    assert not writes, f"{module} writes to the terminal: {writes}"
