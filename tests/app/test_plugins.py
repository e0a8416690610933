"""Third-party plugins: found through a real entry point, disabled, isolated when broken."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from crossfoot import Rule, hookimpl

from conftest import FIXTURES, make_distribution

SUM103_FAIL = FIXTURES / "rules" / "SUM103" / "fail.json"

PLUGIN = '''
from crossfoot import Location, Rule, Severity, hookimpl


class TitleMentionsYear(Rule):
    id = "DEMO101"
    name = "title-without-year"
    family = "demo"
    severity = Severity.WARNING
    summary = "The title should name the fiscal year."
    messages = {"zh": "标题未写明年度 {year}", "en": "The title does not name the year {year}"}

    def check(self, ctx):
        meta = ctx.report.meta
        if meta.fiscal_year and str(meta.fiscal_year) not in meta.title:
            yield self.finding(ctx, Location(pointer="/meta/title", anchor="meta:title"),
                               year=meta.fiscal_year)


class Crashes(Rule):
    id = "DEMO102"
    name = "always-crashes"
    family = "demo"
    severity = Severity.ERROR
    summary = "A rule with a bug."

    def check(self, ctx):
        raise ZeroDivisionError("division by zero in demo rule")


@hookimpl
def crossfoot_rules():
    return [TitleMentionsYear(), Crashes()]
'''


@pytest.fixture
def demo_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    make_distribution(tmp_path, "cf_demo_plugin", PLUGIN, "demo")
    make_distribution(tmp_path, "cf_broken_plugin", "raise ImportError('needs libfoo')\n",
                      "broken")
    monkeypatch.syspath_prepend(str(tmp_path))
    return tmp_path


def test_plugin_rule_runs_and_crash_is_isolated(demo_plugin: Path, run: Any) -> None:
    code, out, err = run("check", str(SUM103_FAIL), "--lang", "en")
    assert code == 1
    assert err == ("warning: plugin 'broken' (cf_broken_plugin) failed to load: "
                   "ImportError: needs libfoo\n")
    lines = out.splitlines()
    assert f"{SUM103_FAIL}:/meta/title: DEMO101 warning The title does not name the year 2023" \
        in lines
    assert (f"{SUM103_FAIL}:DEMO102: CF001 error Rule DEMO102 (always-crashes) failed and did not "
            "finish checking: ZeroDivisionError: division by zero in demo rule") in lines
    assert any(" SUM103 error " in line for line in lines), "the other rules still ran"


def test_plugin_can_be_disabled(demo_plugin: Path, run: Any) -> None:
    _, out, _ = run("check", str(SUM103_FAIL), "-p", "no:demo", "-p", "no:broken")
    assert "DEMO101" not in out and "CF001" not in out
    assert " SUM103 " in out
    _, before, err = run("-p", "no:demo", "-p", "no:broken", "check", str(SUM103_FAIL))
    assert before == out and err == "", "-p before the command name works the same"


def test_plugins_lists_origin_and_version(demo_plugin: Path, run: Any) -> None:
    code, out, err = run("plugins", "-p", "no:broken")
    assert code == 0 and err == ""
    assert "demo  cf_demo_plugin  cf_demo_plugin 0.3.1  rules: 2" in out.splitlines()
    assert "totals  crossfoot.plugins.totals  crossfoot 0.1.0  rules: 7" in out.splitlines()
    code, out, _ = run("rule", "DEMO101")
    assert "provided by cf_demo_plugin 0.3.1" in out


def test_require_plugins(demo_plugin: Path, run: Any) -> None:
    code, _, err = run("plugins", "-p", "no:broken", "--require-plugins", "nosuch")
    assert code == 2
    assert err == "crossfoot: error: required plugin(s) not loaded: nosuch\n"


def test_finding_names_its_origin(demo_plugin: Path) -> None:
    from conftest import findings_json

    findings = findings_json(SUM103_FAIL)
    origins = {f["rule"]: f["origin"] for f in findings}
    assert origins["DEMO101"] == "cf_demo_plugin 0.3.1"
    assert origins["SUM103"].startswith("crossfoot ")


def test_a_rule_is_checked_when_it_registers() -> None:
    from crossfoot.app.session import Session

    class Unbalanced(Rule):
        id = "EXT101"
        name = "unbalanced"
        messages = {"zh": "缺少 {x", "en": "missing {x"}

    class OneLanguage(Rule):
        id = "EXT102"
        name = "one-language"
        messages = {"en": "only English {x}"}

    class Fine(Rule):
        id = "EXT103"
        name = "fine"
        messages = {"zh": "可以 {x}", "en": "fine {x}"}

    class Provider:
        @hookimpl
        def crossfoot_rules(self) -> list[Any]:
            return [Unbalanced(), OneLanguage(), Fine(), "not a rule"]

    session = Session(extra_plugins=[("ext", Provider())])
    assert [r.id for r in session.all_rules if r.id.startswith("EXT")] == ["EXT103"]
    assert [w for w in session.warnings if "'ext'" in w] == [
        "warning: plugin 'ext': rule 'EXT101' not loaded: message 'zh' does not parse: "
        "expected '}' before end of string; message 'en' does not parse: expected '}' "
        "before end of string",
        "warning: plugin 'ext': rule 'EXT102' not loaded: message zh is missing",
        "warning: plugin 'ext': rule '?' not loaded: str is not a crossfoot Rule",
    ]


def _implementations(manager: Any, plugin: Any) -> dict[str, Any]:
    return {name: manager.parse_hookimpl_opts(plugin, name) for name in dir(plugin)}


def test_the_quicker_manager_reads_a_module_as_pluggy_does() -> None:
    import importlib
    import types

    import pluggy

    from crossfoot.app.plugins import _Manager

    odd = types.ModuleType("odd")
    exec("import functools\n"
         "from crossfoot import hookimpl\n"
         "@hookimpl\n"
         "def crossfoot_rules():\n    return []\n"
         "@hookimpl(tryfirst=True)\n"
         "def crossfoot_packs():\n    return []\n"
         "def helper():\n    pass\n"
         "helper.crossfoot_impl = 'not options'\n"
         "wrapped = staticmethod(crossfoot_rules)\n"
         "bound = crossfoot_rules.__get__(object())\n"
         "partial = functools.partial(crossfoot_rules)\n"
         "CONSTANT = 3\n"
         "class Kind:\n    pass\n", vars(odd))
    names = ("crossfoot.app.builtin", "crossfoot.plugins.totals", "crossfoot.plugins.ratios",
             "crossfoot.plugins.dates", "crossfoot.plugins.agreement",
             "crossfoot.plugins.structure")
    for plugin in (odd, *map(importlib.import_module, names)):
        quick = _implementations(_Manager("crossfoot"), plugin)
        assert quick == _implementations(pluggy.PluginManager("crossfoot"), plugin)
    assert quick_found(odd) == {"bound", "crossfoot_packs", "crossfoot_rules", "wrapped"}
    specs = types.ModuleType("specs")
    exec("import pluggy\n"
         "spec = pluggy.HookspecMarker('crossfoot')\n"
         "@spec\n"
         "def crossfoot_rules():\n    pass\n"
         "@spec(firstresult=True)\n"
         "def crossfoot_packs():\n    pass\n"
         "def helper():\n    pass\n"
         "helper.crossfoot_spec = 'not options'\n"
         "wrapped = staticmethod(crossfoot_rules)\n"
         "CONSTANT = 3\n", vars(specs))
    for module in (specs, importlib.import_module("crossfoot.hookspecs")):
        quick = _specifications(_Manager("crossfoot"), module)
        assert quick == _specifications(pluggy.PluginManager("crossfoot"), module)
        assert any(opts is not None for opts in quick.values())


def _specifications(manager: Any, module: Any) -> dict[str, Any]:
    return {name: manager.parse_hookspec_opts(module, name) for name in dir(module)}


def quick_found(plugin: Any) -> set[str]:
    from crossfoot.app.plugins import _Manager

    return {name for name, opts in _implementations(_Manager("crossfoot"), plugin).items()
            if opts is not None}
