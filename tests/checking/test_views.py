"""A family's rules share its views; the next family's rules do not keep them alive."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from crossfoot.analysis.views import View
from crossfoot.checking.context import Context, Options
from crossfoot.checking.engine import family_of, run_rules
from crossfoot.checking.findings import Finding
from crossfoot.checking.rule import Rule
from crossfoot.testing import make_report

BUILT: list[int] = []


class _Counted(View):
    @classmethod
    def build(cls, ctx: Any) -> _Counted:
        BUILT.append(1)
        return cls()


def _rule(rule_id: str) -> Rule:
    class Asking(Rule):
        id: ClassVar[str] = rule_id
        name: ClassVar[str] = f"asks-{rule_id.lower()}"

        def check(self, ctx: Context) -> Iterable[Finding]:
            ctx.view(_Counted)
            return ()

    return Asking()


def test_a_view_is_built_once_per_family() -> None:
    BUILT.clear()
    report = make_report({"crossfoot": "1.0", "meta": {"title": "t"}})
    run_rules(report, [_rule("XAA101"), _rule("XAA102"), _rule("XAB101"), _rule("XAB102")],
              Options(), timeout=None)
    assert len(BUILT) == 2


def test_the_family_is_the_id_without_its_number() -> None:
    assert family_of("RAT201") == "RAT"
    assert family_of("CF001") == "CF"


def _reader(rule_id: str, reads: bool, log: list[str]) -> Rule:
    class Reading(Rule):
        id: ClassVar[str] = rule_id
        name: ClassVar[str] = f"reads-{rule_id.lower()}"
        reads_analysis: ClassVar[bool] = reads

        def check(self, ctx: Context) -> Iterable[Finding]:
            log.append(rule_id)
            if reads:
                log.append(f"analysis {ctx.analysis}")
            return ()

    return Reading()


def test_the_analysis_is_let_go_once_no_rule_left_may_ask_for_it() -> None:
    log: list[str] = []
    report = make_report({"crossfoot": "1.0", "meta": {"title": "t"}})
    rules = [_reader("XAA101", False, log), _reader("XAB101", True, log),
             _reader("XAB102", False, log), _reader("XAC101", False, log),
             _reader("XAD101", False, log)]
    run_rules(report, rules, Options(), lambda _: ["figure"], timeout=None,
              release_analysis=lambda: log.append("released"))
    # let go at the first family after the last rule that may ask, and only once
    assert log == ["XAA101", "XAB101", "analysis ['figure']", "XAB102", "released", "XAC101",
                   "XAD101"]


def test_with_no_rule_that_asks_the_analysis_goes_before_the_first_rule() -> None:
    log: list[str] = []
    report = make_report({"crossfoot": "1.0", "meta": {"title": "t"}})
    run_rules(report, [_reader("XAA101", False, log)], Options(), timeout=None,
              release_analysis=lambda: log.append("released"))
    assert log == ["released", "XAA101"]
