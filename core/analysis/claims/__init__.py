"""Claims: the relationships a text asserts among its figures, with how sure the reading is.

- a **breakdown**: a total and its parts, opened by a cue (其中 / 包括 / 分别为 …)
  after the total, in the same sentence, in brackets after it, or in the
  numbered items or known component names that follow; complete when the cue
  says so (分别为 / 即) or the parts are a known complete breakdown
  (``vocabulary.breakdowns``), partial otherwise (其中, 主要, a list ending 等);
- a count split by phases without a cue (共 15 个项目 … 年初 8 个项目 … 年中增加 8 个项目);
- a **change**: an item"s level, its change and its percent change, with the
  base when the text gives it (较 2024 年的 2190 万元, 从 … 到 …);
- a **share** of a whole (占 X 的 p%, the whole given in place, by name, or as
  the total the item is a part of) and a **rate** of an item"s own figures
  (执行率, 完成年初预算的 p%);
- an **enumeration**: a count and the names listed after it (设 9 个机构，分别为 …);
- **paid in full**: an amount said to be paid out in full, and what the text
  says was paid of the same fund;
- an **average yearly growth** between a move's two dated ends (年均增长 p%).

A claim is ``certain`` when its figures were bound by a cue and nothing else
could have been meant; rules report an uncertain claim at most as info.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crossfoot.analysis.averages import Average
from crossfoot.analysis.claims.account_totals import find_account_totals
from crossfoot.analysis.claims.balances import (
    find_balances,
    find_carried,
    find_debt_rolls,
    find_netted,
    find_opened_empty,
    find_roll_forwards,
)
from crossfoot.analysis.claims.breakdowns import (
    Breakdown,
    find_breakdowns,
    parts_nest,
    whole_score,
)
from crossfoot.analysis.claims.budget_gaps import BudgetGap, find_budget_gaps
from crossfoot.analysis.claims.changes import Change, find_changes
from crossfoot.analysis.claims.common import key, same_kind, subject_index, without_owner
from crossfoot.analysis.claims.compositions import (
    Composition,
    find_compositions,
    find_grand_totals,
    find_respective_totals,
    find_year_runs,
    find_year_spans,
)
from crossfoot.analysis.claims.deductions import find_deductions, find_lost_sums
from crossfoot.analysis.claims.excess_rates import ExcessRate, find_excess_rates
from crossfoot.analysis.claims.grade_counts import find_grade_counts
from crossfoot.analysis.claims.growth import Growth, find_growths
from crossfoot.analysis.claims.limits import find_within_limits
from crossfoot.analysis.claims.natural_growth import find_natural_growth
from crossfoot.analysis.claims.net_assets import find_debt_ratios, find_net_assets
from crossfoot.analysis.claims.payments import FullPayment, find_payments
from crossfoot.analysis.claims.products import Product, find_products
from crossfoot.analysis.claims.ratios import (
    Ratio,
    ShareSet,
    bracketed_shares,
    find_ratios,
    find_share_sets,
)
from crossfoot.analysis.claims.remainders import find_remainders
from crossfoot.analysis.claims.restated import find_restated
from crossfoot.analysis.claims.savings import Saving, find_savings
from crossfoot.analysis.claims.schedule import ScheduleGap, find_schedule_gaps
from crossfoot.analysis.claims.score_rates import find_score_rates
from crossfoot.analysis.claims.weights import find_weight_sets
from crossfoot.analysis.enumerations import Enumeration
from crossfoot.analysis.spending_classes import ClassSplit

__all__ = [
    "Breakdown", "BudgetGap", "Change", "Claims", "Composition", "ExcessRate", "FullPayment",
    "Growth", "Product", "Ratio", "Saving", "ScheduleGap", "ShareSet", "bracketed_shares",
    "find_account_totals", "find_balances", "find_breakdowns", "find_budget_gaps", "find_carried",
    "find_changes", "find_compositions", "find_debt_ratios", "find_debt_rolls", "find_deductions",
    "find_excess_rates", "find_grade_counts", "find_grand_totals", "find_growths", "find_lost_sums",
    "find_natural_growth", "find_net_assets", "find_netted", "find_opened_empty", "find_payments",
    "find_products", "find_ratios", "find_remainders", "find_respective_totals", "find_restated",
    "find_roll_forwards", "find_savings", "find_schedule_gaps", "find_score_rates",
    "find_share_sets", "find_weight_sets", "find_within_limits", "find_year_runs",
    "find_year_spans", "key", "parts_nest", "same_kind", "subject_index", "whole_score",
    "without_owner",
]


@dataclass(slots=True)
class Claims:
    breakdowns: list[Breakdown] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    ratios: list[Ratio] = field(default_factory=list)
    enumerations: list[Enumeration] = field(default_factory=list)
    payments: list[FullPayment] = field(default_factory=list)
    compositions: list[Composition] = field(default_factory=list)
    savings: list[Saving] = field(default_factory=list)
    products: list[Product] = field(default_factory=list)
    share_sets: list[ShareSet] = field(default_factory=list)
    averages: list[Average] = field(default_factory=list)
    class_splits: list[ClassSplit] = field(default_factory=list)
    growths: list[Growth] = field(default_factory=list)
    schedule_gaps: list[ScheduleGap] = field(default_factory=list)
    budget_gaps: list[BudgetGap] = field(default_factory=list)
    excess_rates: list[ExcessRate] = field(default_factory=list)
