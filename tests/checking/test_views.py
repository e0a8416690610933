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
