"""A saving as the budget less what was spent: 预算 a，实际 b，节约资金 c，节约率 p%."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from crossfoot.analysis.claims.compositions import Composition
from crossfoot.analysis.statements import CHANGE, LEVEL, Statement
from crossfoot.analysis.vocabulary import balances
from crossfoot.analysis.vocabulary.measures import BUDGET_MEASURES


@dataclass(slots=True)
class Saving:
    """A saving, the budget and the spending it is the difference of, and its rate if stated."""

    saving: Statement
    budget: Statement
    spent: Statement
    rate: Statement | None

    @property
    def composition(self) -> Composition:
        signs = [-1, 1] if self.saving.role == CHANGE else [1, -1]  # (节约 c read as a fall
        # is written −c: − 预算 + 实际)
        return Composition("节约资金 = 预算 - 实际", self.saving, [self.budget, self.spent],
                           signs)


def find_savings(statements: Sequence[Statement]) -> list[Saving]:
    """Each saving with the one budget and the one spent amount said before it in its
    sentence (since its last saving), of its unit's kind and year; with two of either,
    none is guessed. The rate is the percent named so right after it in its sentence."""
    found: list[Saving] = []
    since: list[Statement] = []
    for index, statement in enumerate(statements):
        if since and (since[-1].paragraph, since[-1].sentence) != (statement.paragraph,
                                                                   statement.sentence):
            since = []  # 部门预算 …，实际支出 …。采购节约资金 …: another sentence's, not so
        if statement.role != LEVEL and not _saved(statement):
            continue
        if statement.dimension == "money" and statement.label.endswith(balances.SAVING) \
                and not any(word in statement.label for word in balances.CARRIED):
            saving = _pair(statement, since, statements[index + 1:index + 2])
            if saving is not None:
                found.append(saving)
            since = []
            continue
        since.append(statement)
    return found


def _saved(statement: Statement) -> bool:
    """年初预算 a，实际支出 b，节约 c: 节约 read as a fall with no base named is the saving."""
    return statement.role == CHANGE and statement.base_kind is None and statement.sign < 0


def _pair(saving: Statement, since: Sequence[Statement], after: Sequence[Statement]
          ) -> Saving | None:
    alike = [s for s in since if s.dimension == "money" and s.period == saving.period
             and not s.aside]  # (可用额度 a（上年结转 b，当年预算 c），支出 d，结余 e: c is a part
    # of the whole in brackets, no budget the rest is of)
    sent = [s for s in alike if any(word in s.lead + s.label for word in balances.SUBMITTED)]
    if sent:  # 概算 a，送审决算 b，经审核确认 c，审减 d: an audit's cut is of what was sent it
        alike = alike[alike.index(sent[0]):]
    budgets = sent if len(sent) == 1 else [
        s for s in alike if s.measure in BUDGET_MEASURES or (
            s.measure is None and any(word in s.label for word in (
                *balances.PRICE_CEILINGS, *balances.SUBMITTED)))]
    spent = [s for s in alike if s not in sent and (s.measure == "actual" or (
        s.measure is None and any(word in s.label for word in (
            *balances.SPENT, *balances.SETTLED))) or (bool(sent) and s.measure is None))
        and not any(word in s.label for word in balances.RECEIVED)]
    if len(budgets) != 1 or len(spent) != 1:
        return None
    rate = next((s for s in after if s.dimension == "ratio" and s.sentence == saving.sentence
                 and s.paragraph == saving.paragraph
                 and s.label.rstrip("为是达：: ").endswith(balances.SAVING_RATE)), None)
    # (节约率为 6.31%: the copula after the rate's name; not of 节约 c read as a fall, whose
    # figure is written −c)
    return Saving(saving, budgets[0], spent[0], None if saving.role == CHANGE else rate)
