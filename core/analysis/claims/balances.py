"""A year's balance as income less spending (收入 x …，支出 y …，当年收支结余 z), and the
balance carried out as the one carried in with it (加上年初滚存结余 a，年末滚存结余 b)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence

from crossfoot.analysis.claims.breakdowns import Breakdown
from crossfoot.analysis.claims.common import name_before, same_kind
from crossfoot.analysis.claims.compositions import Composition
from crossfoot.analysis.items import Item
from crossfoot.analysis.statements import LEVEL, Statement
from crossfoot.analysis.vocabulary import balances, changes
from crossfoot.analysis.vocabulary.measures import BUDGET_MEASURES


def find_carried(items: Sequence[Item]) -> list[Composition]:
    """本年收支结余 c；加上年初滚存结余 a，年末滚存结余 b: in one paragraph, the year's
    balance and the opening one said before the closing one, each the paragraph's only one
    since its last closing balance."""
    found: list[Composition] = []
    prior = _prior_closings(items)
    for item, since in stretches(items, lambda i: _closing(i) and i.id not in prior):
        opening = [i for i in since if i.subject.endswith(balances.OPENING)
                   or _prior_closing(i, item)]
        year = [i for i in since if _is_balance(i)]
        levels = [one_money(i) for i in (item, *opening, *year)]
        if len(opening) == 1 and len(year) == 1 and all(levels) \
                and len({s.period for s in levels if s and s not in opening[0].statements}) == 1:
            closing, start, balance = (s for s in levels if s)
            found.append(Composition("年末滚存结余 = 年初滚存结余 + 当年收支结余", closing,
                                     [start, balance]))
    return found


def _prior_closings(items: Sequence[Item]) -> set[str]:
    """The closing balances followed in their paragraph by one of a later year (2021 年末滚存
    结余 a，2022 年末滚存结余 b): the earlier opened the later's year."""
    prior: set[str] = set()
    last: dict[str, Item] = {}
    for item in items:
        if not _closing(item):
            continue
        before = last.get(item.paragraph)
        theirs = one_money(before) if before is not None else None
        mine = one_money(item)
        if before is not None and theirs is not None and mine is not None \
                and theirs.period is not None and mine.period is not None \
                and theirs.period < mine.period:
            prior.add(before.id)
        last[item.paragraph] = item
    return prior


def _closing(item: Item) -> bool:
    """年末滚存结余, but not 上年末滚存结余 (last year's closing balance: this year's opening),
    in its name or in the words its figure was said with."""
    return item.subject.endswith(balances.CLOSING) and not item.subject.endswith(
        balances.OPENING) and not any(o in s.label for s in item.levels()
                                      for o in balances.OPENING)


def _prior_closing(item: Item, closing: Item) -> bool:
    """上年末滚存结余 read as last year's (末滚存结余 of the year before the closing one's):
    the balance this year opened with."""
    mine, theirs = one_money(item), one_money(closing)
    return mine is not None and theirs is not None and mine.period is not None \
        and theirs.period is not None and mine.period < theirs.period \
        and any(closing.subject.endswith(c) and (c.endswith(item.subject)
                                                  or item.subject.endswith(c))
                for c in balances.CLOSING)  # (失业保险基金 2021 年末滚存结余: its owner said)


def stretches(items: Sequence[Item], ends: Callable[[Item], bool],
              kept: Callable[[Item], bool] = lambda item: True
              ) -> Iterator[tuple[Item, list[Item]]]:
    """Each item that ``ends`` a stretch, with the items ``kept`` since its paragraph began
    or the paragraph's last such item: a paragraph that gives several funds in turn."""
    since: list[Item] = []
    paragraph = None
    for item in items:
        if item.paragraph != paragraph:
            paragraph, since = item.paragraph, []
        if ends(item):
            yield item, since
            since = []
        elif kept(item):
            since.append(item)


def one_money(item: Item) -> Statement | None:
    levels = item.levels()
    return levels[0] if len(levels) == 1 and levels[0].dimension == "money" else None


def find_opened_empty(items: Sequence[Item], parts: set[str], texts: Mapping[str, str]
                      ) -> list[Composition]:
    """本单位无年初结转和结余。本年收入合计 a，本年支出合计 b，年末结转和结余 c: with nothing
    carried in, the balance carried out is the year's income less its spending. Read only
    where the paragraph says so and states, since it began or its last closing balance and
    besides the parts of other figures' lists, exactly one income, one spending and no other
    amount before the closing balance."""
    found: list[Composition] = []
    for item, since in stretches(items, _end_balance, unlisted(parts)):
        closing = one_money(item)
        text = texts.get(item.paragraph, "")
        if closing is None or not balances.NO_OPENING.search(text):  # (…，年末结转和结余 c
            # （无年初结转和结余）: said after it too)
            continue
        money = [i for i in since if any(s.dimension == "money" for s in i.levels())]
        income = [i for i in money if i.subject.endswith(balances.INCOME_END)
                  or _flow_role(i.subject) == "in"]  # (本校无上年结转资金。共收到 … a)
        spending = [i for i in money if i.subject.endswith(balances.SPENDING_END)
                    or _flow_role(i.subject) == "out"]
        if len(money) != 2 or len(income) != 1 or len(spending) != 1:
            continue
        came, went = one_money(income[0]), one_money(spending[0])
        if came is not None and went is not None \
                and same_kind(came, closing) and same_kind(went, closing):
            found.append(Composition("年末结转和结余 = 本年收入 - 本年支出", closing,
                                     [came, went], [1, -1]))
    return found


def find_balances(items: Sequence[Item], parts: set[str]) -> list[Composition]:
    """Each balance with the one income and the one spending said before it in its paragraph.

    Only items that are no part of another count (``其中，保险费收入`` is a part of
    the income), and only since the paragraph's last balance: a paragraph that
    gives several funds in turn gives each its own. With two incomes or two
    spendings in that stretch, or a balance carried in from the year before
    (which the balance may hold), none is guessed.
    """
    found: list[Composition] = []
    for item, since in stretches(items, lambda i: _is_balance(i) or _is_gap(i),
                                 unlisted(parts)):
        pair = _pair(item, since)
        if pair is not None:
            found.append(pair)
    return found


def _pair(item: Item, since: Sequence[Item]) -> Composition | None:
    balance = one_money(item)
    if balance is None or any(i.subject.startswith(changes.CARRIED_IN) for i in since):
        return None  # (上年结转 a … 本年结余 b: the balance may hold what was carried in)
    income = one_level(since, lambda i: i.subject.endswith(balances.INCOME_END)
                       or _flow_role(i.subject) == "in", balance, BUDGET_MEASURES)
    spending = one_level(since, lambda i: i.subject.endswith(balances.SPENDING_END)
                         or _flow_role(i.subject) == "out", balance, BUDGET_MEASURES)
    # (共募集善款 a，善款支出 b，当年收支结余 c: what came in by its verb)
    if income is None or spending is None:
        return None
    if _is_gap(item):  # 收入 a，支出 b，收支缺口 c: what was spent beyond what came in
        return Composition("收支缺口 = 支出 - 收入", balance, [spending, income], [1, -1])
    return Composition("当年收支结余 = 收入 - 支出", balance, [income, spending], [1, -1])


def _is_gap(item: Item) -> bool:
    """收支缺口 / 支大于收: a gap said as what spending exceeds income by."""
    return item.subject.endswith(balances.GAP) or any(
        s.label.endswith(balances.GAP) for s in item.levels())


def unlisted(parts: Collection[str]) -> Callable[[Item], bool]:
    """Items that are no part of another figure's list (``其中，保险费收入`` is the income's):
    what a stretch keeps when it looks for a paragraph's one total of a kind."""
    return lambda item: item.id not in parts and item.opened_by is None


def one_level(since: Sequence[Item], named: Callable[[Item], bool], like: Statement,
              left_out: Collection[str | None] = ()) -> Statement | None:
    """The one level, of ``like``'s kind and year and of no measure ``left_out``, of the one
    item of ``since`` that ``named`` selects."""
    chosen = [i for i in since if named(i)]
    if len(chosen) != 1:
        return None
    levels = [s for s in chosen[0].levels() if same_kind(like, s) and s.period == like.period
              and s.measure not in left_out]
    return levels[0] if len(levels) == 1 else None


def _is_balance(item: Item) -> bool:
    """收支结余 / 本年收支结余, or 结余 whose words say 本年结余 / 当年结余."""
    subject = item.subject
    for word in balances.WHEN:
        subject = subject.removeprefix(word)
    return subject in balances.BALANCE or any(
        s.label.endswith(balances.BALANCE) for s in item.levels())


def find_roll_forwards(items: Sequence[Item], breakdowns_found: Sequence[Breakdown]
                       ) -> list[Composition]:
    """上年结余 a；全年收到 b；全年支出 c，年末结余 d: the balance at the end is the one at the
    start with what came in less what went out.

    Read only in a paragraph's stretch that ends at the closing balance and states,
    besides the parts of other figures' lists, exactly one opening balance, one inflow and
    one outflow, each one amount, and no other amount (可用资金, 财政收回: a flow the
    reader cannot place, so no guess). A total listed with the opening balance among its
    parts (可用资金 a，其中上年结转 b、本年收入 c) is all that was there to spend: the
    closing balance is it less the outflow.
    """
    parts = {p.id for b in breakdowns_found for p in b.parts}
    pooled = {b.total.id for b in breakdowns_found
              if any(_flow_role(p.subject) == "start" for p in b.parts)}
    found: list[Composition] = []
    for item, since in stretches(items, _end_balance, unlisted(parts)):
        closing = one_money(item)
        if closing is None:
            continue
        roles = _flow_roles(since, closing, inflows=True)
        if roles is not None:
            inflows = roles["in"]  # (当年收到上级补助 b1、本级财政安排 b2: each came in)
            found.append(Composition("期末结余 = 期初结余 + 收入 - 支出", closing,
                                     [*roles["start"], *inflows, *roles["out"]],
                                     [1, *(1 for _ in inflows), -1]))
            continue
        held = [one_money(other) for other in since if other.id in pooled]
        rest = [other for other in since if other.id not in pooled]
        out = _flow_roles(rest, closing, ("out",))
        if len(held) == 1 and held[0] is not None and same_kind(held[0], closing) \
                and out is not None:
            found.append(Composition("期末结余 = 可用资金 - 支出", closing,
                                     [held[0], *out["out"]], [1, -1]))
    return found


def find_debt_rolls(items: Sequence[Item], texts: Mapping[str, str]) -> list[Composition]:
    """年初专项债务余额 a。新增发行专项债券 b，偿还到期本金 c，年末专项债务余额 d: the debt at
    the year's end is the one at its start with what was borrowed less what was repaid. Read
    only in a paragraph's stretch up to the closing balance that states exactly one opening
    balance (or the end of a year before the closing one's: 2021 年末 … 2022 年末), one amount
    borrowed and one repaid, and no other amount."""
    found: list[Composition] = []
    position = {item.id: index for index, item in enumerate(items)}
    role_of = {item.id: _debt_role(item, texts) for item in items}
    for item, since in stretches(items, lambda i: role_of[i.id] == "end"):
        closing = one_money(item)
        if closing is None:
            continue
        roles: dict[str, list[Statement]] = {"start": [], "in": [], "out": []}
        for other in since:
            level = one_money(other)
            role = role_of[other.id]
            if level is None and not any(s.dimension == "money" for s in other.levels()):
                continue
            if level is None or role not in roles or not same_kind(level, closing):
                break
            roles[role].append(level)
        else:
            opened = [s for s in (one_money(i) for i in since) if s is not None]
            if not roles["start"] and opened and closing.period is not None:
                roles["start"] = [s for s in _closing_before(items, position[item.id], role_of)
                                  if s.period is not None and s.period < closing.period]
            if all(len(levels) == 1 for levels in roles.values()):
                found.append(Composition("年末债务余额 = 年初债务余额 + 新增债务 - 偿还本金",
                                         closing, [roles[r][0] for r in ("start", "in", "out")],
                                         [1, 1, -1]))
    return found


def _closing_before(items: Sequence[Item], at: int, role_of: Mapping[str, str | None]
                    ) -> list[Statement]:
    """The closing balance said last before ``items[at]``'s stretch in its paragraph (the
    end of the year before, which this one opened with)."""
    closing = items[at]
    for index in range(at - 1, -1, -1):
        other = items[index]
        if other.paragraph != closing.paragraph:
            return []
        if role_of[other.id] == "end":
            level = one_money(other)
            return [level] if level is not None else []
    return []


def _debt_role(item: Item, texts: Mapping[str, str]) -> str | None:
    """end, start, in or out for a debt's roll, by the words before the item's one figure."""
    level = one_money(item)
    if level is None:
        return None
    words = texts.get(level.paragraph, "")[level.quote_start:level.start].replace(" ", "")
    if balances.DEBT_START.search(words):  # (before the end's: 上年末余额 is a start)
        return "start"
    if balances.DEBT_END.search(words):
        return "end"
    added = any(w in words for w in balances.DEBT_ADDED)
    repaid = any(w in words for w in balances.DEBT_REPAID)
    return None if added == repaid else "in" if added else "out"


def _flow_roles(since: Sequence[Item], closing: Statement,
                wanted: Sequence[str] = ("start", "in", "out"), inflows: bool = False
                ) -> dict[str, list[Statement]] | None:
    """The one opening balance, inflow and outflow (or those ``wanted``) among the amounts
    of ``since``, each in a list of one; None where an amount is of none of them, of
    several, or one of them is missing or given twice. With ``inflows``, the inflow may be
    several amounts (上级补助 b1、本级安排 b2), each of what came in."""
    roles: dict[str, list[Statement]] = {role: [] for role in wanted}
    for other in since:
        levels = [s for s in other.levels() if s.dimension == "money"]
        if not levels or (other.opened_by is None and all(s.aside for s in levels)
                          and not other.subject.endswith(balances.END_BALANCE)):
            continue  # (当年筹集 b（中央 b1，省 b2，县 b3）: the inflow's sources, in brackets)
        if len(levels) != len(other.levels()) or any(s.grand for s in levels):
            return None  # (收入总计 holds the balance carried in: no flow of the year)
        # (本年收到 … 3,872.15 万元，全年支出 4,016.38 万元: one item, its spending read as of
        # what it received; each figure then goes by its own words)
        named = [(other.subject, levels[0])] if len(levels) == 1 else [(s.label, s)
                                                                        for s in levels]
        for name, level in named:
            role = _flow_role(name) or _flow_role(level.label)  # (上年末滚存结余 a: its name
            # read without 上年, which its words keep)
            if role is None or role not in roles or not same_kind(level, closing):
                return None
            roles[role].append(level)
    if any(len(levels) != 1 and not (inflows and role == "in" and levels)
           for role, levels in roles.items()):
        return None
    return roles


def _end_balance(item: Item) -> bool:
    return item.subject.removesuffix(balances.FUNDS).endswith(balances.END_BALANCE) \
        and _flow_role(item.subject) != "start"  # (上年末滚存结余: the year's opening)


def _flow_role(subject: str) -> str | None:
    """start, in or out, by the name's words; None for a name of none or several."""
    roles = {role for role, words in (("start", balances.START_BALANCE),
                                      ("in", balances.INFLOW), ("out", balances.OUTFLOW))
             if any(word in subject for word in words)}
    if balances.START_NAMED.search(subject):
        roles = {"start"}  # (年初专项资金结余: no inflow, whatever its name holds)
    return roles.pop() if len(roles) == 1 else None


#: what ends the words 收支相抵 bind to the balance after them
_CLAUSE_BREAKS = "；;。"


def find_netted(statements: Sequence[Statement], texts: Mapping[str, str]) -> list[Composition]:
    """收入总计 a，支出总计 b，收支相抵，结转下年 c: the balance said after 收支相抵 is the
    income total less the spending total said before it in its paragraph (since its last
    such balance), where each is said once and no other amount but their parts in brackets
    stands between the spending total and the balance."""
    found: list[Composition] = []
    since: list[Statement] = []
    for statement in statements:
        if since and since[-1].paragraph != statement.paragraph:
            since = []
        if statement.role != LEVEL or statement.dimension != "money":
            continue
        text = texts.get(statement.paragraph, "")
        before = text[since[-1].end if since else 0:statement.start]
        netted = max((before.rfind(word) for word in balances.NETTED), default=-1)
        if netted < 0:
            since.append(statement)
            continue
        if any(mark in before[netted:] for mark in _CLAUSE_BREAKS) \
                or _flow_role(name_before(statement, texts)) == "start":
            since = []  # 收支相抵后无新增结转；年初结转和结余 a: the words said no balance,
            continue    # and a is the one carried in
        said = [s for s in since if not s.aside]  # (支出总计 b（本级支出 …）: its parts)
        if any(_flow_role(name_before(s, texts)) == "start" for s in said) and any(
                balances.YEAR_INCOME in name_before(s, texts) for s in said):
            since = []  # 年初结转 a，本年收入 b，本年支出 c，收支相抵后年末结余 d: d holds a
            continue    # (收入总计 holds it too: netted all the same)
        income = [s for s in said if name_before(s, texts).endswith(balances.INCOME_TOTALS)]
        spending = [s for s in said
                    if name_before(s, texts).endswith(balances.SPENDING_TOTALS)]
        if len(income) == 1 and len(spending) == 1 and said[-1] is spending[0] \
                and same_kind(income[0], statement) and same_kind(spending[0], statement):
            if any(word in before[netted:] for word in balances.DEFICIT):
                # (收支相抵当年赤字 c: what spending passed income by, said as a positive)
                found.append(Composition("赤字 = 支出总计 - 收入总计", statement,
                                         [spending[0], income[0]], [1, -1]))
            else:
                found.append(Composition("结余 = 收入总计 - 支出总计", statement,
                                         [income[0], spending[0]], [1, -1]))
        since = []
    return found
