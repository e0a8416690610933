"""A measure named by a lead's words: the patterns ``measure_of`` searches say what a
search for each group's words, one by one, would say."""

from __future__ import annotations

import random

from crossfoot.analysis.statements import measure_of
from crossfoot.analysis.vocabulary import measures


def by_words(words: str) -> str | None:
    for fund in (*measures.FUND_NAMES, *measures.PAYMENT_NAMES, *measures.RIGHT_NAMES):
        words = words.replace(fund, "")
    if measures.ARRANGED in words and (measures.ACCOUNTED in words or any(
            spending in words for spending in measures.ARRANGED_SPENDING)):
        words = words.replace(measures.ARRANGED, "")
    if words.startswith(measures.SPENT_FROM) and measures.BUDGET_WORD in words[2:]:
        return "actual"
    if any(done in words for done in measures.BUDGET_DONE):
        return "actual"
    for group, measure in measures.MEASURE_WORDS:
        if any(word in words for word in group):
            return measure
    return None


def test_measure_of_equals_a_search_word_by_word() -> None:
    pool = [word for group, _ in measures.MEASURE_WORDS for word in group]
    pool += [*measures.FUND_NAMES, "项目", "支出", "收入", "万元", "的", "为", "较", "数", "整"]
    rng = random.Random(16)
    leads = ["", *pool]
    for _ in range(5000):
        leads.append("".join(rng.choice(pool) for _ in range(rng.randrange(1, 5))))
    for lead in leads:
        assert measure_of(lead) == by_words(lead), lead


def test_a_name_that_holds_an_arrangement_is_measured_by_its_account_word() -> None:
    """安排 names a budget (年初安排 80 万元) but not inside a name a 决算 follows."""
    assert measure_of("区直财政拨款资金安排“三公”经费决算数为") == "actual"
    assert measure_of("财政拨款安排的三公经费") == "budget"
    assert measure_of("年初安排经费") == "budget_initial"


def test_a_budget_said_spent_or_a_spending_named_by_its_source_is_no_budget() -> None:
    """使用当年预算 / 拨付预算资金 were spent; 专项债券安排的支出 is a fund's spending by its
    source; 支出预算 stays the budget of a spending."""
    assert measure_of("使用当年预算") == "actual"
    assert measure_of("拨付预算资金") == "actual"
    assert measure_of("国有土地使用权出让收入安排的支出") is None
    assert measure_of("三公经费支出预算为") == "budget"
    assert measure_of("尚未使用的预算资金") == "budget"


def test_what_was_done_of_a_budget_is_what_was_spent() -> None:
    """年度预算执行数 / 预算完成数 name the figure done against the budget, not the budget."""
    assert measure_of("年度预算执行数") == "actual"
    assert measure_of("一般公共预算收入预算完成数") == "actual"
    assert measure_of("年度预算数") == "budget"
