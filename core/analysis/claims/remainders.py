"""What is left of a whole: 下达 a，已拨付 b，尚未拨付 c / 发现隐患 a 处，已整改 b 处，未整改 c 处.

Fund notices, rectification and project reports give a whole, the part done and the part
not yet done in one sentence; the last is the first less the second. Read only where the
sentence gives exactly two figures of the rest's kind and year before it, the whole the
larger and not itself said as done, the part done said as done (已 …, an amount spent, or
the verb the rest denies: 已整改 … 未整改); never for a balance carried between years
(年末结转和结余 holds the years before) nor a group (未成年人 is no rest).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from crossfoot.analysis.claims.compositions import Composition
from crossfoot.analysis.statements import LEVEL, Statement
from crossfoot.analysis.vocabulary import balances

#: the most figures looked back through for a rest's whole and part done: a sentence that
#: says more before its rest is no such sentence, and the reading stays linear
LOOK_BACK = 12


def find_remainders(statements: Sequence[Statement], texts: Mapping[str, str],
                    listed: Mapping[str, int] | None = None) -> list[Composition]:
    """Each rest with the whole and the part done its sentence said before it; ``listed``:
    the statements of the parts lists give, by list (到位 a，支出 b，其中 A b1、B b2，结余 c:
    b's parts, passed over as those in brackets are, unless the rest is of their list too:
    共 18 个，其中达到的 11 个，未达到的 6 个)."""
    found: list[Composition] = []
    for index, rest in enumerate(statements):
        if rest.role != LEVEL:
            continue
        words = _lead(rest, texts).removeprefix(balances.FUNDS)  # (资金结余 c: 结余 c)
        opener = next((w for w in balances.LEFT if words.startswith(w)), None)
        closing = opener is None and words in balances.CLOSING_REST
        if closing and _nothing_carried(rest, texts):
            opener = words  # (到位 a，全年支出 b，年末结余 c: nothing carried in is said)
        elif opener is None or any(w in words for w in balances.CARRIED):
            continue
        before = _alike_before(statements, index, listed or {})
        if len(before) != 2:
            continue
        whole, done = before
        said = _lead(whole, texts).replace(balances.SET_AT_START, balances.BUDGET_WORD)
        if closing and (not any(w in said for w in balances.FUNDS_CAME)
                        or said.endswith(balances.INCOME_END)):
            continue  # (本年收入 a，本年支出 b，年末结余 c: a body's, with its earlier years')
        if not _done(done, words[len(opener):], texts) or balances.ALREADY in said \
                or any(w in said for w in balances.CARRIED if not _both_running(w, done, texts)):
            continue  # (已完成 29 项，基本完成 2 项，未完成 1 项: three parts, no whole)
        of_whole, of_done = _value(whole, rest), _value(done, rest)
        if of_whole is None or of_done is None or of_whole <= of_done:
            continue  # (the part done no less than the whole: not a whole and its part)
        found.append(Composition(f"{words} = 总数 − 已完成", rest, [whole, done], [1, -1]))
    return found


def _alike_before(statements: Sequence[Statement], index: int,
                  listed: Mapping[str, int]) -> list[Statement]:
    """The levels of the rest's sentence before it, of its kind, year and unit (counts in the
    same unit: 排查单位 1,935 家，发现隐患 2,468 处 …，尚有 87 处 counts 处 only), in order,
    but not those in brackets (到位资金 a（其中省级 a1、市级 a2），支出 b，结余 c: a's parts);
    more than two are not told apart, so at most three are gathered."""
    rest = statements[index]
    found: list[Statement] = []
    for other in reversed(statements[max(0, index - LOOK_BACK):index]):
        if (other.paragraph, other.sentence) != (rest.paragraph, rest.sentence):
            break
        if other.role == LEVEL and other.dimension == rest.dimension and not other.aside \
                and listed.get(other.id, listed.get(rest.id)) == listed.get(rest.id) \
                and other.period == rest.period and _value(other, rest) is not None \
                and (other.dimension != "count" or other.quantity.unit == rest.quantity.unit):
            found.insert(0, other)
            if len(found) > 2:
                break
    return found


def _lead(statement: Statement, texts: Mapping[str, str]) -> str:
    """The words before a figure, from where its quote starts, without spaces."""
    text = texts.get(statement.paragraph, "")
    return text[statement.quote_start:statement.start].replace(" ", "").lstrip("，,；;、")


def _done(done: Statement, denied: str, texts: Mapping[str, str]) -> bool:
    """Is ``done`` said as done: the verb the rest denies (未整改 after 已整改), or, where the
    rest names none (尚有 / 剩余), 已 … or an amount spent?"""
    words = _lead(done, texts)
    verb = next((v for v in balances.DONE if denied.startswith(v)), None)
    if verb is not None:
        return verb in words
    return words.startswith(balances.ALREADY) or done.measure == "actual" \
        or words.endswith(balances.OUTFLOW)  # (当年支出 b: spent, whatever its measure)


def _both_running(word: str, done: Statement, texts: Mapping[str, str]) -> bool:
    """累计到位资金 a，累计支出 b，结余 c / 累计收到 a，支出 b，结余 c: both running totals since
    the project began (the spending said so or with no year of its own), so the rest is their
    difference still (not a balance carried from one year to the next)."""
    if word != balances.RUNNING:
        return False
    spent = _lead(done, texts)
    return word in spent or not any(year in spent for year in balances.OF_ONE_YEAR)


def _nothing_carried(rest: Statement, texts: Mapping[str, str]) -> bool:
    """Does the rest's paragraph say nothing of a balance carried in: before the rest no 上年,
    结转, 年初 but a 年初预算, 滚存, 累计 but a 全年累计; after it no earlier years (（含以前年度
    结转 d）; 结余资金结转下年 is what goes out)?"""
    text = texts.get(rest.paragraph, "")
    before, after = (part.replace(balances.SET_AT_START, balances.BUDGET_WORD)
                     for part in (text[:rest.quote_start], text[rest.quote_start:]))
    for year in balances.OF_ONE_YEAR:  # (全年累计支出 b: the year's running total, no carry)
        before = before.replace(year + balances.RUNNING, year)
    return not any(word in before for word in balances.CARRIED) \
        and not any(word in after for word in balances.EARLIER_YEARS)


def _value(statement: Statement, like: Statement) -> Decimal | None:
    """``statement``'s value in ``like``'s unit, or None where the units do not convert."""
    try:
        return statement.quantity.in_unit(like.quantity.unit).value
    except ValueError:
        return None
