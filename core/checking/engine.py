"""Run the selected rules over one report and return sorted findings.

Each rule runs in isolation: an exception becomes a CF001 finding and a rule
that overruns its time budget a CF002 finding; the other rules still run.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from decimal import localcontext
from typing import Any

from crossfoot.checking.context import Context, Options
from crossfoot.checking.engine_rules import InternalError, RuleTimeout
from crossfoot.checking.findings import Finding, Location
from crossfoot.checking.rule import Rule
from crossfoot.errors import describe
from crossfoot.model.quantity import EXACT
from crossfoot.model.report import Report

DEFAULT_RULE_TIMEOUT = 10.0
#: significant digits of the arithmetic in rules: exact for every figure (quantity.EXACT)
PRECISION = EXACT.prec


class _Timeout(BaseException):
    """Raised inside a rule whose time is up; BaseException so rules cannot swallow it."""


def run_rules(report: Report, rules: Iterable[Rule], options: Options,
              analyze: Callable[[Report], list[Any]] | None = None,
              timeout: float | None = DEFAULT_RULE_TIMEOUT) -> list[Finding]:
    """Findings of ``rules`` on ``report`` at their rules' severities, deduplicated, sorted."""
    ctx = Context(report, options, _once(analyze) if analyze is not None else None)
    meta = report.meta
    findings: list[Finding] = []
    with _alarm_handler(timeout) as budget:
        for rule in rules:
            if not rule.applies_to.covers(meta.kind, meta.fiscal_year, meta.language):
                continue
            findings.extend(_isolated(rule, ctx, budget, timeout))
    return sort_findings(findings)


def _isolated(rule: Rule, ctx: Context, budget: AbstractContextManager[None],
              timeout: float | None) -> list[Finding]:
    """The rule's findings, or the one engine finding saying how it failed."""
    try:
        with budget, localcontext(prec=PRECISION):
            return _findings_of(rule, ctx)
    except _Timeout:
        return [_engine_finding(RuleTimeout(), rule, ctx, seconds=f"{timeout:g}")]
    except (Exception, SystemExit) as exc:  # a rule calling sys.exit() must not end the run
        return [_engine_finding(InternalError(), rule, ctx, error=describe(exc))]


class BudgetExceeded(Exception):
    """Work outside the rules (reading a report) ran past the rules' time budget."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"took longer than the time budget of {seconds:g} s "
                         "(raise it with --rule-timeout)")
        self.seconds = seconds


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """The rules' time budget for other work: importing a text is as bounded as a rule."""
    with _alarm_handler(seconds) as budget:
        try:
            with budget:
                yield
        except _Timeout:
            raise BudgetExceeded(seconds or 0) from None


class AnalysisUnavailable(Exception):
    """The narrative analysis failed or ran out of time earlier in this report."""


def _once(analyze: Callable[[Report], list[Any]]) -> Callable[[Report], list[Any]]:
    """``analyze``, attempted at most once per report.

    The analysis runs lazily inside the first rule that asks for it, under
    that rule's time budget. If it fails or times out there, every later rule
    that asks gets ``AnalysisUnavailable`` at once (a CF001 naming the cause),
    instead of starting the same failing work again and again.
    """
    failure: list[str] = []

    def run(report: Report) -> list[Any]:
        if failure:
            raise AnalysisUnavailable(f"the narrative analysis did not finish: {failure[0]}")
        try:
            return analyze(report)
        except _Timeout:
            failure.append("it ran out of the time budget of an earlier rule")
            raise
        except Exception as exc:
            failure.append(describe(exc))
            raise

    return run


def _findings_of(rule: Rule, ctx: Context) -> list[Finding]:
    """All findings of one rule; anything else it yields is its bug, not the run's."""
    produced = list(rule.check(ctx))
    wrong = next((item for item in produced if not isinstance(item, Finding)), None)
    if wrong is not None:
        raise TypeError(f"check() yielded a {type(wrong).__name__}, not a Finding")
    return produced


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Stable order and no exact duplicates: the same input gives the same output."""
    unique = {(f.fingerprint, f.message_en): f for f in findings}
    return sorted(unique.values(), key=lambda f: (*f.sort_key(), f.fingerprint))


def _engine_finding(engine_rule: Rule, rule: Rule, ctx: Context, **values: str) -> Finding:
    engine_rule.origin = rule.origin
    location = Location(pointer="", anchor=f"rule:{rule.id}", label=rule.id)
    return engine_rule.finding(ctx, location, None, (), None,
                               rule=f"{rule.id} ({rule.name})", **values)


class _Alarm(AbstractContextManager[None]):
    """Arms the interval timer for one rule and disarms it after, however the rule ends."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __enter__(self) -> None:
        signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *exc_info: object) -> None:
        signal.setitimer(signal.ITIMER_REAL, 0)


@contextmanager
def _alarm_handler(seconds: float | None) -> Iterator[AbstractContextManager[None]]:
    """A per-rule time budget of ``seconds`` (main thread on POSIX; elsewhere no limit).

    The SIGALRM handler is installed once for the whole run, and the budget
    it yields only arms and disarms the timer: installing a handler per rule
    cost more than most rules.
    """
    usable = (hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if seconds is None or seconds <= 0 or not usable:
        yield nullcontext()
        return

    def expire(signum: int, frame: Any) -> None:
        raise _Timeout

    previous = signal.signal(signal.SIGALRM, expire)
    try:
        yield _Alarm(seconds)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
