"""Issue 13: what a plugin or a signal does never ends in a traceback, a hang or a false pass.

Plugins are real installed distributions (an entry point on the path), run
in the real command line, in one process and in two: both must agree.
"""

from __future__ import annotations

import os
import signal
import subprocess
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from crossfoot import hookimpl
from crossfoot.app.config import Config
from crossfoot.app.session import Session
from crossfoot.app.watchdog import GRACE
from crossfoot.checking.context import Context
from crossfoot.checking.findings import Finding, Location, Severity
from crossfoot.checking.rule import Rule

from .conftest import start
from conftest import FIXTURES, make_distribution

SUM103_FAIL = FIXTURES / "rules" / "SUM103" / "fail.json"
TEXT = FIXTURES / "text" / "yiyang-2021.txt"

HEAD = '''
import os, signal, sys
from crossfoot import hookimpl, Rule, Severity, Location, Finding


class Base(Rule):
    family, severity, summary = "hostile", Severity.WARNING, "misbehaves"
    messages = {"zh": "x", "en": "x"}
'''


def _install(root: Path, name: str, body: str) -> dict[str, str]:
    root.mkdir(parents=True, exist_ok=True)
    make_distribution(root, name, HEAD + textwrap.dedent(body), name)
    return {"PYTHONPATH": str(root)}


# ---------------------------------------------------------------------------
# the watchdog: what the process cannot stop in itself


EXITS = '''
class Bye(Base):
    id, name = "HOS301", "bye"

    def check(self, ctx):
        os._exit(0)


@hookimpl
def crossfoot_rules():
    return [Bye()]
'''


def test_a_plugin_ending_the_process_is_not_a_pass(tmp_path: Path, crossfoot: Any) -> None:
    env = _install(tmp_path / "site", "cf_bye", EXITS)
    code, out, err = crossfoot("check", str(SUM103_FAIL), "--jobs", "1", env=env)
    assert (code, out) == (2, "")
    assert err == (f"crossfoot: error: {SUM103_FAIL}: rule HOS301 ended the check before it "
                   "finished (the process exited with status 0)\n")
    code, out, err = crossfoot("check", str(SUM103_FAIL), str(TEXT), "--jobs", "2", env=env)
    assert code == 2
    assert err == (f"{SUM103_FAIL}: the worker process checking this file died\n"
                   f"{TEXT}: the worker process checking this file died\n")


STUCK = '''
class Stuck(Base):
    id, name = "HOS302", "stuck"

    def check(self, ctx):
        # as a loop inside native code: the time budget's signal never gets through
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        while True:
            pass


@hookimpl
def crossfoot_rules():
    return [Stuck()]
'''


def test_a_rule_that_cannot_be_interrupted_is_stopped_by_the_watchdog(
        tmp_path: Path, crossfoot: Any) -> None:
    env = _install(tmp_path / "site", "cf_stuck", STUCK)
    began = time.monotonic()
    code, out, err = crossfoot("check", str(SUM103_FAIL), "--rule-timeout", "0.5", env=env,
                               timeout=60)
    assert time.monotonic() - began < 0.5 + GRACE + 10
    assert (code, out) == (2, "")
    assert err == (f"crossfoot: error: {SUM103_FAIL}: rule HOS302 ran past its time budget "
                   "(0.5 s) in code that cannot be interrupted and was stopped; the check was "
                   "ended\n")


# ---------------------------------------------------------------------------
# plugins that break their contract


BROKEN = '''
class Ok(Base):
    id, name = "HOS310", "fine"

    def check(self, ctx):
        return ()


class NoMessage(Base):
    id, name = "HOS311", "no-message"

    def check(self, ctx):
        finding = self.finding(ctx, Location(pointer="/meta"))
        object.__setattr__(finding, "message_en", None)
        yield finding


class TextSeverity(Base):
    id, name = "HOS312", "text-severity"

    def check(self, ctx):
        finding = self.finding(ctx, Location(pointer="/meta"))
        object.__setattr__(finding, "severity", "error")
        yield finding


class FloatEvidence(Base):
    id, name = "HOS313", "float-evidence"

    def check(self, ctx):
        from crossfoot import Evidence
        yield self.finding(ctx, Location(pointer="/meta"), Evidence(expected=1.5))


class NoLocation(Base):
    id, name = "HOS314", "no-location"

    def check(self, ctx):
        yield self.finding(ctx, None)


class RaisingScope:
    def covers(self, *args):
        raise RuntimeError("applies_to broke")


class BadScope(Base):
    id, name = "HOS315", "bad-scope"
    applies_to = RaisingScope()

    def check(self, ctx):
        return ()


def bad_importer(path, options):
    raise RuntimeError("importer broke")


@hookimpl
def crossfoot_rules():
    return [Ok(), "not a rule", NoMessage(), TextSeverity(), FloatEvidence(), NoLocation(),
            BadScope()]


@hookimpl
def crossfoot_importers():
    return {".bad": bad_importer}
'''

CF001 = "failed and did not finish checking: TypeError: check() yielded a malformed finding: "


def test_malformed_findings_rules_and_hooks_cost_their_rule_only(
        tmp_path: Path, crossfoot: Any) -> None:
    env = _install(tmp_path / "site", "cf_broken", BROKEN)
    code, out, err = crossfoot("check", str(SUM103_FAIL), "--lang", "en", "--select",
                               "HOS,SUM103", "--quiet", env=env)
    assert code == 1
    assert err == "warning: plugin 'cf_broken': rule '?' not loaded: str is not a crossfoot Rule\n"
    assert out.splitlines() == [
        f"{SUM103_FAIL}:HOS311: CF001 error Rule HOS311 (no-message) {CF001}message_en is "
        "missing, not text",
        f"{SUM103_FAIL}:HOS312: CF001 error Rule HOS312 (text-severity) {CF001}severity is a "
        "str, not a Severity",
        f"{SUM103_FAIL}:HOS313: CF001 error Rule HOS313 (float-evidence) {CF001}evidence "
        "expected is a float, not a Decimal, Quantity or text",
        f"{SUM103_FAIL}:HOS314: CF001 error Rule HOS314 (no-location) {CF001}a location is "
        "missing, not a Location",
        f"{SUM103_FAIL}:HOS315: CF001 error Rule HOS315 (bad-scope) failed and did not finish "
        "checking: RuntimeError: applies_to broke",
        *[line for line in out.splitlines() if " SUM103 " in line],
        "    expected 13 人; actual 12 人; difference -1 人; tolerance 0 人",
        "    parts: 行政编制 8人 + 事业编制 5人",
        "    see also: /facts/1",
        "    see also: /facts/2",
    ]
    assert any(" SUM103 error " in line for line in out.splitlines())


def test_a_raising_importer_is_one_line_in_one_process_and_in_two(
        tmp_path: Path, crossfoot: Any) -> None:
    env = _install(tmp_path / "site", "cf_broken", BROKEN)
    reports = tmp_path / "reports"
    reports.mkdir()
    for name in ("a.bad", "b.bad"):
        (reports / name).write_text("x", encoding="utf-8")
    answers = set()
    for jobs in ("1", "2"):
        code, out, err = crossfoot("check", str(reports), "--jobs", jobs, "--quiet", env=env)
        answers.add((code, out, err))
    assert answers == {(2, "", "warning: plugin 'cf_broken': rule '?' not loaded: str is not "
                               "a crossfoot Rule\n"
                               f"{reports / 'a.bad'}: internal error: RuntimeError: importer "
                               f"broke\n{reports / 'b.bad'}: internal error: RuntimeError: "
                               "importer broke\n")}


RAISING_REPORTER = '''
def report(results, options):
    raise ValueError("reporter broke")


@hookimpl
def crossfoot_reporters():
    return {"broken": report}
'''


def test_a_raising_reporter_is_one_line(tmp_path: Path, crossfoot: Any) -> None:
    env = _install(tmp_path / "site", "cf_reporter", RAISING_REPORTER)
    code, out, err = crossfoot("check", str(SUM103_FAIL), "--format", "broken", env=env)
    assert (code, out, err) == (2, "", "crossfoot: error: internal error: ValueError: reporter "
                                       "broke\n")


BASE_EXCEPTION = '''
class Odd(BaseException):
    pass


raise Odd("raised on import")
'''


def test_a_base_exception_on_import_costs_the_plugin_only(tmp_path: Path,
                                                          crossfoot: Any) -> None:
    env = _install(tmp_path / "site", "cf_odd", BASE_EXCEPTION)
    code, out, err = crossfoot("check", str(SUM103_FAIL), "--quiet", env=env)
    assert code == 1 and " SUM103 错误 " in out
    assert err == "warning: plugin 'cf_odd' (cf_odd) failed to load: Odd: raised on import\n"


class Wrapped(Rule):
    id, name, family = "HOS320", "wrapped", "hostile"
    severity = Severity.WARNING
    summary = "misbehaves"

    def check(self, ctx: Context) -> Any:
        yield self.finding(ctx, Location(pointer="/meta"))


class WrappedPlugin:
    @hookimpl
    def crossfoot_rules(self) -> list[Rule]:
        return [Wrapped()]


def test_a_finding_built_right_passes_the_shape_check() -> None:
    session = Session(config=Config(select=("HOS320",)),
                      extra_plugins=[("wrapped", WrappedPlugin())])
    result = session.check_path(SUM103_FAIL)
    assert [f.rule_id for f in result.findings] == ["HOS320"]
    assert isinstance(result.findings[0], Finding)


# ---------------------------------------------------------------------------
# memory


def test_a_memory_limit_is_one_line(tmp_path: Path, crossfoot: Any) -> None:
    big = tmp_path / "big.json"
    big.write_text('{"crossfoot": "1.0", "meta": {"title": "' + "x" * 45_000_000 + '"}}',
                   encoding="ascii")
    code, out, err = crossfoot("check", str(big), limit=200 * 1024**2)
    assert (code, out) == (2, "1 file(s): 0 error(s), 0 warning(s), 0 info, 1 file(s) could "
                              "not be checked\n")
    assert err == f"{big}: out of memory while checking this file\n"


# ---------------------------------------------------------------------------
# signals


def _group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_leaves_no_worker_and_no_partial_file(tmp_path: Path, signum: int) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    for i in range(960):  # enough that the run is still going when the signal comes
        (reports / f"r{i:04}.txt").write_bytes(TEXT.read_bytes())
    output = tmp_path / "out" / "result.json"
    output.parent.mkdir()
    process = start("check", str(reports), "--jobs", "2", "--format", "json", "-o", str(output),
                    stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    children: list[int] = []
    while time.monotonic() < deadline and not children:  # the checking child and its workers
        time.sleep(0.1)
        children = [int(p) for p in Path(f"/proc/{process.pid}/task/{process.pid}/children")
                    .read_text().split()]
    assert children, "the check never started"
    time.sleep(1.0)  # workers are up and checking
    process.send_signal(signum)
    _, err = process.communicate(timeout=60)
    word = "terminated" if signum == signal.SIGTERM else "interrupted"
    assert (process.returncode, err) == (128 + signum, f"crossfoot: {word}\n")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _group_alive(children[0]):
        time.sleep(0.1)
    assert not _group_alive(children[0]), "a worker outlived the run"
    assert list(output.parent.iterdir()) == []
