"""Limits of the pack language: what a hostile or careless pack may not exceed.

A pack is code written by someone else. Every way an expression could take
unbounded time or memory is capped here, at parse time where the text shows
it (length, nesting, literal sizes) and at run time where the data decides
(steps, list sizes, number range). Exceeding a limit is an error naming the
limit, never a hang or a crash.
"""

from __future__ import annotations

import decimal

#: parse time
MAX_PACK_BYTES = 1_000_000
MAX_RULES = 2_000
MAX_EXPRESSION_CHARS = 4_000
MAX_NESTING = 24
MAX_AST_DEPTH = 64
MAX_NUMBER_DIGITS = 40
MAX_EXPONENT = 30
MAX_STRING_LITERAL = 1_000
MAX_LIST_LITERAL = 500

#: run time
MAX_LIST_ITEMS = 100_000
MAX_TEXT_CHARS = 200_000
STEPS_PER_RULE = 500_000
STEPS_PER_REPORT = 5_000_000

#: Decimal arithmetic: enough precision for money, and overflow is an error, not infinity
EVAL_CONTEXT = decimal.Context(
    prec=40, Emax=9_999, Emin=-9_999, rounding=decimal.ROUND_HALF_EVEN,
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow])


class BudgetExceeded(Exception):
    """Evaluation ran out of steps; the engine turns it into a CF finding."""


class StepBudget:
    """Steps left for one rule's evaluation and for the whole report.

    A plain class: a dataclass costs every start its definition (see
    ``crossfoot.model.records``), and nothing compares or prints budgets.
    """

    __slots__ = ("report_left", "report_limit", "rule_left", "rule_limit")

    def __init__(self, rule_limit: int = STEPS_PER_RULE,
                 report_limit: int = STEPS_PER_REPORT) -> None:
        self.rule_limit = rule_limit
        self.report_limit = report_limit
        self.rule_left = rule_limit
        self.report_left = report_limit

    def next_rule(self) -> None:
        self.rule_left = self.rule_limit

    def spend(self, steps: int = 1) -> None:
        self.rule_left -= steps
        self.report_left -= steps
        if self.rule_left < 0:
            raise BudgetExceeded(f"the rule used more than {self.rule_limit} evaluation steps")
        if self.report_left < 0:
            raise BudgetExceeded(f"pack rules used more than {self.report_limit} evaluation "
                                 "steps on this report")
