"""Run the selected rules over one report and return sorted findings.

Each rule runs in isolation: an exception becomes a CF001 finding and a rule
that overruns its time budget a CF002 finding; the other rules still run.
"""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from decimal import Decimal, localcontext
from typing import Any, Protocol

from crossfoot.checking.context import Context, Options
from crossfoot.checking.engine_rules import InternalError, RuleTimeout
from crossfoot.checking.findings import Evidence, Finding, Location, Severity
from crossfoot.checking.rule import Rule
from crossfoot.errors import describe
from crossfoot.model.quantity import EXACT, Quantity
from crossfoot.model.report import Report

DEFAULT_RULE_TIMEOUT = 10.0
#: significant digits of the arithmetic in rules: exact for every figure (quantity.EXACT)
PRECISION = EXACT.prec


class BudgetWatch(Protocol):
    """Told when each rule's time budget starts and ends (a watchdog outside the engine).

    The budget is enforced by SIGALRM, which Python handles only between
    bytecodes: a rule stuck in native code never sees it. A watchdog that
    can end the process (``crossfoot.app.watchdog``) listens here.
    """

    def started(self, report: str, rule: str, seconds: float) -> None: ...

    def ended(self) -> None: ...

    def finished(self) -> None:
        """The report's rules are done: nothing runs under a budget until the next report."""


#: the watchdog of this process, if the application installed one
watch: BudgetWatch | None = None


class _Timeout(BaseException):
    """Raised inside a rule whose time is up; BaseException so rules cannot swallow it."""


def run_rules(report: Report, rules: Iterable[Rule], options: Options,
              analyze: Callable[[Report], list[Any]] | None = None,
              timeout: float | None = DEFAULT_RULE_TIMEOUT,
              release_analysis: Callable[[], None] | None = None) -> list[Finding]:
    """Findings of ``rules`` on ``report`` at their rules' severities, deduplicated, sorted.

    ``release_analysis`` is called once no rule left may ask for the analysis.
    """
    ctx = Context(report, options, _once(analyze) if analyze is not None else None,
                  release_analysis)
    rules = list(rules)
    last_reader = max((n for n, rule in enumerate(rules) if rule.reads_analysis), default=-1)
    meta = report.meta
    findings: list[Finding] = []
    family = ""
    released = False
    with _alarm_handler(timeout) as budget, _watched():
        for number, rule in enumerate(rules):
            try:
                if not rule.applies_to.covers(meta.kind, meta.fiscal_year, meta.language):
                    continue
            except Exception as exc:  # a plugin's own applies_to
                findings.append(_engine_finding(InternalError(), rule, ctx, error=describe(exc)))
                continue
            if family_of(rule.id) != family:
                family = family_of(rule.id)
                ctx.forget_views()
                if number > last_reader and not released:
                    ctx.forget_analysis()
                    released = True
            findings.extend(_isolated(rule, ctx, budget, timeout))
    return sort_findings(findings)


def family_of(rule_id: str) -> str:
    """``RAT`` of ``RAT201``: rules of a family share views, and run one after another."""
    return rule_id.rstrip("0123456789")


def _isolated(rule: Rule, ctx: Context, budget: AbstractContextManager[None],
              timeout: float | None) -> list[Finding]:
    """The rule's findings, or the one engine finding saying how it failed."""
    watching = watch if timeout is not None and timeout > 0 else None
    if watching is not None:
        watching.started(ctx.report.path, rule.id, timeout or 0.0)
    try:
        with budget, localcontext(prec=PRECISION):
            return _findings_of(rule, ctx)
    except _Timeout:
        return [_engine_finding(RuleTimeout(), rule, ctx, seconds=f"{timeout:g}")]
    except (Exception, SystemExit) as exc:  # a rule calling sys.exit() must not end the run
        return [_engine_finding(InternalError(), rule, ctx, error=describe(exc))]
    finally:
        if watching is not None:
            watching.ended()


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
    for item in produced:
        if not isinstance(item, Finding):
            raise TypeError(f"check() yielded a {type(item).__name__}, not a Finding")
        problem = malformed(item)
        if problem is not None:
            raise TypeError(f"check() yielded a malformed finding: {problem}")
    return produced


_TEXT_FIELDS = ("rule_id", "rule_name", "message_zh", "message_en", "origin")
_PLACE_TEXT = ("pointer", "anchor", "label")
_PLACE_OPTIONAL = {"section": str, "paragraph": str, "quote": str, "start": int, "end": int,
                   "line": int, "column": int}


def malformed(item: object) -> str | None:
    """What makes ``item`` unfit to sort, fingerprint and print, or None.

    A Finding is a frozen dataclass, but nothing stops a plugin building one
    with a missing message or a severity given as text; caught here, it is
    the rule's CF001 instead of a crash of the whole run later.
    """
    if not isinstance(item, Finding):
        return f"{_kind(item)}, not a Finding"
    for name in _TEXT_FIELDS:
        if not isinstance(getattr(item, name), str):
            return f"{name} is {_kind(getattr(item, name))}, not text"
    if not isinstance(item.severity, Severity):
        return f"severity is {_kind(item.severity)}, not a Severity"
    if item.waived is not None and not isinstance(item.waived, str):
        return f"waived is {_kind(item.waived)}, not text"
    if not isinstance(item.related, tuple):
        return f"related is {_kind(item.related)}, not a tuple of Locations"
    for where in (item.location, *item.related):
        problem = _malformed_place(where)
        if problem is not None:
            return problem
    return _malformed_evidence(item.evidence)


def _malformed_place(where: object) -> str | None:
    if not isinstance(where, Location):
        return f"a location is {_kind(where)}, not a Location"
    for name in _PLACE_TEXT:
        if not isinstance(getattr(where, name), str):
            return f"location {name} is {_kind(getattr(where, name))}, not text"
    for name, kind in _PLACE_OPTIONAL.items():
        value = getattr(where, name)
        if value is not None and (not isinstance(value, kind) or isinstance(value, bool)):
            return f"location {name} is {_kind(value)}, not {kind.__name__}"
    return None


def _malformed_evidence(evidence: object) -> str | None:
    if not isinstance(evidence, Evidence):
        return f"evidence is {_kind(evidence)}, not an Evidence"
    shown = (Decimal, Quantity, str)
    for name in ("expected", "actual", "difference", "tolerance"):
        value = getattr(evidence, name)
        if value is not None and not isinstance(value, shown):
            return f"evidence {name} is {_kind(value)}, not a Decimal, Quantity or text"
    if evidence.unit is not None and not isinstance(evidence.unit, str):
        return f"evidence unit is {_kind(evidence.unit)}, not text"
    if not isinstance(evidence.parts, tuple) or not all(
            isinstance(p, tuple) and len(p) == 2 and isinstance(p[0], str)
            and isinstance(p[1], shown) for p in evidence.parts):
        return "evidence parts are not (label, value) pairs"
    return None


def _kind(value: object) -> str:
    return "missing" if value is None else f"a {type(value).__name__}"


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Stable order and no exact duplicates: the same input gives the same output."""
    # a fingerprint is a hash (kept by the finding once asked): taken once per finding here
    unique = {(f.fingerprint, f.message_en): f for f in findings}
    ordered = sorted(unique.items(), key=lambda item: (*item[1].sort_key(), item[0][0]))
    return [finding for _, finding in ordered]


def _engine_finding(engine_rule: Rule, rule: Rule, ctx: Context, **values: str) -> Finding:
    engine_rule.origin = rule.origin
    location = Location(pointer="", anchor=f"rule:{rule.id}", label=rule.id)
    return engine_rule.finding(ctx, location, None, (), None,
                               rule=f"{rule.id} ({rule.name})", **values)


@contextmanager
def _watched() -> Iterator[None]:
    try:
        yield
    finally:
        if watch is not None:
            watch.finished()


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
    cost more than most rules. Only the main thread may install one: in any
    other ``signal.signal`` refuses, and the run has no limit (asked this way,
    a one-file check need not import ``threading``).
    """
    if seconds is None or seconds <= 0 or not hasattr(signal, "setitimer"):
        yield nullcontext()
        return

    def expire(signum: int, frame: Any) -> None:
        raise _Timeout

    previous: Any = None
    try:
        previous = signal.signal(signal.SIGALRM, expire)
        installed = True
    except ValueError:  # not the main thread
        installed = False
    if not installed:
        yield nullcontext()
        return
    try:
        yield _Alarm(seconds)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
