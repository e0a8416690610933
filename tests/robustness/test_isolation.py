"""A stranger's rule or plugin cannot take the run down with it.

A rule that raises (CF001), exits, yields junk, or loops (CF002, stopped by its
time budget); a plugin that fails to import or to list its rules: each is
reported, and every other rule still runs on every report.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crossfoot import hookimpl
from crossfoot.app.config import Config
from crossfoot.app.session import Session
from crossfoot.checking.context import Context
from crossfoot.checking.findings import Finding, Location, Severity
from crossfoot.checking.rule import Rule
from crossfoot.reporting.results import FileResult

from conftest import FIXTURES, make_distribution

SUM103_FAIL = FIXTURES / "rules" / "SUM103" / "fail.json"


class _Hostile(Rule):
    family = "hostile"
    severity = Severity.WARNING
    summary = "A rule written to misbehave."


class Raises(_Hostile):
    id, name = "HOS101", "raises"

    def check(self, ctx: Context) -> Iterator[Finding]:
        yield self.finding(ctx, Location(pointer="/meta", anchor="meta"))
        raise KeyError("no such column")


class Exits(_Hostile):
    id, name = "HOS102", "exits"

    def check(self, ctx: Context) -> Iterator[Finding]:
        sys.exit(3)


class YieldsJunk(_Hostile):
    id, name = "HOS103", "yields-junk"

    def check(self, ctx: Context) -> Iterator[Any]:
        yield "a finding, honestly"


class Loops(_Hostile):
    id, name = "HOS104", "loops"

    def check(self, ctx: Context) -> Iterator[Finding]:
        while True:
            pass
        yield  # pragma: no cover


class SwallowsAndLoops(_Hostile):
    id, name = "HOS105", "swallows-and-loops"

    def check(self, ctx: Context) -> Iterator[Finding]:
        n = 0
        while True:
            with contextlib.suppress(Exception):  # cannot swallow the time budget
                n = (n + 1) % 7
        yield  # pragma: no cover


class ReturnsNone(_Hostile):
    id, name = "HOS106", "returns-none"

    def check(self, ctx: Context) -> Any:
        return None


class HostilePlugin:
    @hookimpl
    def crossfoot_rules(self) -> list[Rule]:
        return [Raises(), Exits(), YieldsJunk(), Loops(), SwallowsAndLoops(), ReturnsNone()]


def _check(path: Path, select: tuple[str, ...], timeout: float = 0.2,
           extra: list[tuple[str, Any]] | None = None) -> tuple[Session, FileResult]:
    session = Session(config=Config(select=select), rule_timeout=timeout,
                      extra_plugins=extra if extra is not None else [("hostile", HostilePlugin())])
    return session, session.check_path(path)


def _engine_messages(result: FileResult) -> list[tuple[str, str]]:
    return [(f.rule_id, f.message_en) for f in result.findings if f.rule_id.startswith("CF")]


def test_each_misbehaving_rule_becomes_one_finding_and_the_rest_run() -> None:
    _, result = _check(SUM103_FAIL, ("HOS", "SUM"))
    assert not result.error
    assert sorted(_engine_messages(result), key=lambda m: m[1]) == [
        ("CF001", "Rule HOS101 (raises) failed and did not finish checking: "
                  "KeyError: 'no such column'"),
        ("CF001", "Rule HOS102 (exits) failed and did not finish checking: SystemExit: 3"),
        ("CF001", "Rule HOS103 (yields-junk) failed and did not finish checking: "
                  "TypeError: check() yielded a str, not a Finding"),
        ("CF002", "Rule HOS104 (loops) ran longer than 0.2 s and was stopped"),
        ("CF002", "Rule HOS105 (swallows-and-loops) ran longer than 0.2 s and was stopped"),
        ("CF001", "Rule HOS106 (returns-none) failed and did not finish checking: "
                  "TypeError: 'NoneType' object is not iterable"),
    ]
    assert "SUM103" in {f.rule_id for f in result.findings}, "the other rules still ran"
    assert "HOS101" not in {f.rule_id for f in result.findings}, "half a rule's output is dropped"
    origins = {f.origin for f in result.findings if f.rule_id.startswith("CF")}
    assert origins == {"hostile"}, "an engine finding names the plugin that misbehaved"


def test_time_budget_leaves_no_alarm_behind() -> None:
    previous = signal.getsignal(signal.SIGALRM)
    _check(SUM103_FAIL, ("HOS104",))
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is previous


def test_every_report_of_a_run_is_checked_after_a_timeout() -> None:
    session = Session(config=Config(select=("HOS104", "SUM103")), rule_timeout=0.1,
                      extra_plugins=[("hostile", HostilePlugin())])
    results = [session.check_path(SUM103_FAIL) for _ in range(3)]
    assert [sorted(f.rule_id for f in r.findings) for r in results] == [["CF002", "SUM103"]] * 3


class ListingFails:
    @hookimpl
    def crossfoot_rules(self) -> list[Rule]:
        raise RuntimeError("rule table is corrupt")


class BadHookSignature:
    @hookimpl
    def crossfoot_rules(self, nonsense: int) -> list[Rule]:  # pragma: no cover
        return []


@pytest.mark.parametrize(("plugin", "warning"), [
    ("cf_no_such_module_at_all",
     "warning: plugin 'broken' (cf_no_such_module_at_all) failed to load: ModuleNotFoundError: "
     "No module named 'cf_no_such_module_at_all'"),
    (ListingFails(), "warning: plugin 'broken' failed to list its rules: RuntimeError: rule "
                     "table is corrupt"),
    (BadHookSignature(), "warning: plugin 'broken' (BadHookSignature) failed to load: "
                         "PluginValidationError: "),
])
def test_broken_plugin_is_one_warning(plugin: Any, warning: str) -> None:
    session, result = _check(SUM103_FAIL, ("ALL",), extra=[("broken", plugin)])
    assert len(session.warnings) == 1 and session.warnings[0].startswith(warning)
    assert "\n" not in session.warnings[0]
    assert not result.error
    assert "SUM103" in {f.rule_id for f in result.findings}


LOOPING_PLUGIN = '''
from crossfoot import Rule, Severity, hookimpl


class Spins(Rule):
    id = "SPIN101"
    name = "spins"
    family = "demo"
    severity = Severity.WARNING
    summary = "Never finishes."

    def check(self, ctx):
        while True:
            pass


@hookimpl
def crossfoot_rules():
    return [Spins()]
'''

EXITING_PLUGIN = "import sys\nsys.exit('this plugin refuses to load')\n"


def test_real_entry_points_loop_and_exit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         run: Any) -> None:
    make_distribution(tmp_path, "cf_spinning_plugin", textwrap.dedent(LOOPING_PLUGIN), "spin")
    make_distribution(tmp_path, "cf_exiting_plugin", EXITING_PLUGIN, "quits")
    monkeypatch.syspath_prepend(str(tmp_path))
    code, out, err = run("check", str(SUM103_FAIL), "--rule-timeout", "0.2", "--lang", "en")
    assert code == 1
    assert err == ("warning: plugin 'quits' (cf_exiting_plugin) failed to load: SystemExit: "
                   "this plugin refuses to load\n")
    lines = out.splitlines()
    assert f"{SUM103_FAIL}:SPIN101: CF002 error Rule SPIN101 (spins) ran longer than 0.2 s " \
           "and was stopped" in lines
    assert any(" SUM103 error " in line for line in lines)


class Reads(_Hostile):
    """A well-behaved rule that reads the narrative analysis."""

    def __init__(self, number: int) -> None:
        self.id = f"HOS2{number:02d}"  # type: ignore[misc]
        self.name = f"reads-{number}"  # type: ignore[misc]

    def check(self, ctx: Context) -> Iterator[Finding]:
        yield from ()
        if ctx.analysis is None:  # pragma: no cover
            raise AssertionError


class StallingAnalyzer:
    """An analyzer that never finishes, and three rules that need its result."""

    calls = 0

    @hookimpl
    def crossfoot_analyze(self, report: Any) -> list[Any]:
        StallingAnalyzer.calls += 1
        while True:
            pass

    @hookimpl
    def crossfoot_rules(self) -> list[Rule]:
        return [Reads(1), Reads(2), Reads(3)]


def test_a_stalled_analysis_is_attempted_once_per_report() -> None:
    # the built-in analysis imports its modules on first use (near 0.2 s on a busy host):
    # done before, so the budget below is the stalled analyzer's, whatever ran first
    warm = Session(config=Config(select=("SUM103",)))
    warm.analyze(warm.load(SUM103_FAIL))
    StallingAnalyzer.calls = 0
    _, result = _check(SUM103_FAIL, ("HOS2", "SUM103"), timeout=0.2,
                       extra=[("stalling", StallingAnalyzer())])
    assert StallingAnalyzer.calls == 1, "later rules must not start the same stalled work"
    assert sorted(_engine_messages(result)) == [
        ("CF001", "Rule HOS202 (reads-2) failed and did not finish checking: AnalysisUnavailable: "
                  "the narrative analysis did not finish: it ran out of the time budget of an "
                  "earlier rule"),
        ("CF001", "Rule HOS203 (reads-3) failed and did not finish checking: AnalysisUnavailable: "
                  "the narrative analysis did not finish: it ran out of the time budget of an "
                  "earlier rule"),
        ("CF002", "Rule HOS201 (reads-1) ran longer than 0.2 s and was stopped"),
    ]
    assert "SUM103" in {f.rule_id for f in result.findings}
