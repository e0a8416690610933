"""What the claim readers share: subject keys, kinds of figure, places in a sentence."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal

from crossfoot.analysis import labels
from crossfoot.analysis.items import Item
from crossfoot.analysis.statements import Statement
from crossfoot.analysis.vocabulary import breakdowns, changes, cues, measures, ratios
from crossfoot.model.numerals import chinese_value
from crossfoot.model.quantity import Quantity

#: the fewest significant digits an amount needs to name one fund by its value alone
COREFERENCE_DIGITS = 4


def key(subject: str) -> str:
    """The comparison key of a subject: normalised, measure words off, synonyms applied."""
    return labels.default_synonyms().key(subject) if subject else ""


def make_a_hundred(percents: Sequence[Quantity], off_by: Decimal = Decimal(0)) -> bool:
    """Do the percentages add up to 100 within their rounding (and ``off_by`` points more)?
    Shares of one whole do (其中 A b（65.1%）、B c（34.9%）; 提取 20% …，用于 50% …，用于 30%)."""
    total = sum((q.value for q in percents), Decimal(0))
    return abs(total - 100) <= sum((q.half_unit for q in percents), Decimal(0)) + off_by


def in_sentence(a: Item, b: Item) -> bool:
    return (a.paragraph, a.sentence) == (b.paragraph, b.sentence)


#: count units that count the same things: people (人, 名, 位); equipment, counted in 台 or in
#: 套 as the 部门决算 form's 台（套） allows (3 台（套），分别为 CT 机 1 台、磁共振系统 1 套 …)
_INTERCHANGEABLE = (frozenset({"人", "名", "位"}), frozenset({"台", "套"}))


def same_kind(a: Statement, b: Statement) -> bool:
    """Figures that may add up: one dimension; for counts one unit (人 with 名) and one noun."""
    if a.dimension != b.dimension:
        return False
    if a.dimension != "count":
        return True
    if a.noun and b.noun and a.noun != b.noun:
        return False  # 102 个部门 and 104 个项目
    units = {a.quantity.unit, b.quantity.unit}
    return len(units) == 1 or any(units <= same for same in _INTERCHANGEABLE)


def category(subject: str) -> str | None:
    """收入, 支出, 结余 or 结转, by the name's end; a balance carried in (上年结余) is a receipt."""
    if subject.startswith(changes.CARRIED_IN):
        return INCOME
    return next((c for c in cues.CATEGORIES if subject.endswith(c)), None)


#: the category of what comes in
INCOME = "收入"


def same_clause(a: Item, b: Item) -> bool:
    return (a.paragraph, a.clause) == (b.paragraph, b.clause)


#: the measures of a budget a change may be stated against (比年初预算数 … 减少)
BUDGETS = measures.BUDGET_MEASURES


def count_of(numeral: str) -> int:
    """三 / 3 as a count (a numeral a pattern matched, so always one)."""
    value = int(numeral) if numeral.isdigit() else chinese_value(numeral)
    return int(value or 0)


def budget_measures(name: str) -> tuple[str, ...]:
    """The budget measures a budget's name means (年初预算 the initial one, 调整 / 全年预算 the
    adjusted one; a bare 预算 either)."""
    return next((wanted for prefix, wanted in changes.BUDGET_NAME_MEASURES.items()
                 if name.startswith(prefix)), BUDGETS)


def without_each(subject: str) -> str:
    """``收、支总计各`` -> ``收、支总计``: the 各 / 均 that gives each name the figure, off."""
    return subject.removesuffix(cues.EACH_OF[0]).removesuffix(cues.EACH_OF[1])


def each_of(subject: str) -> list[str]:
    """``收、支总计各`` -> 收入总计, 支出总计: names that each had the figure after them.

    The words after the last name's head (总计) belong to every name; a
    one-character name stands for its whole word (收 for 收入).
    """
    bare = without_each(subject)
    if len(bare) > 1 and all(char in cues.SHORT_NAMES for char in bare):
        return [cues.SHORT_NAMES[char] for char in bare]  # 收支较上年减少 …: 收入 and 支出
    if "、" not in bare:
        return []
    names = [n.strip() for n in bare.split("、")]
    head = len(names[0])
    if not all(names) or any(len(n) != head for n in names[:-1]) or len(names[-1]) < head:
        return []
    tail = names[-1][head:]
    names = [*names[:-1], names[-1][:head]]
    if bare == subject and not all(n in cues.SHORT_NAMES for n in names):
        return []  # without 各 / 均 only 收、支 can mean each of them (the 均 was read away)
    return [cues.SHORT_NAMES.get(n, n) + tail for n in names]


def ratio_fits(part: Statement, whole: Statement, stated: Statement) -> bool | None:
    """Can ``part`` ÷ ``whole`` be the percentage ``stated``, every figure within the rounding
    of its digits? None where the whole may be zero, or is of another kind than the part."""
    try:
        share = part.quantity.in_unit(whole.quantity.unit)
    except ValueError:
        return None  # (9 分 over 1,235 万元: no share at all)
    computed = share.interval() / whole.quantity.interval()
    return None if computed is None else computed.meets(stated.quantity.base_interval())


def complement_fits(part: Statement, whole: Statement, stated: Statement) -> bool:
    """Can the percentage ``stated`` be what ``part`` leaves of ``whole`` ((whole − part) ÷
    whole: 8 个中有 2 个延期，完成率 75%)? Then ``part`` may count what was not done."""
    try:
        rest = whole.quantity.interval() - part.quantity.in_unit(whole.quantity.unit).interval()
    except ValueError:
        return False
    computed = rest / whole.quantity.interval()
    return computed is not None and computed.meets(stated.quantity.base_interval())


def first_figure(item: Item) -> Statement | None:
    """The item's first level that is a figure of its own, not a ratio: the one a total is
    compared by."""
    return next((s for s in item.levels() if s.dimension != "ratio"), None)


def digits(statement: Statement) -> int:
    return len(statement.quantity.value.normalize().as_tuple().digits)


def subject_index(items: Iterable[Item]) -> dict[str, list[Item]]:
    """Items by the key of their subject, for figures named in another sentence."""
    found: dict[str, list[Item]] = {}
    for item in items:
        if item.subject:
            found.setdefault(key(item.subject), []).append(item)
            concept = breakdowns.concept(item.subject)
            if concept and concept != key(item.subject):
                found.setdefault(concept, []).append(item)
            for name in each_of(item.subject):  # 收、支总计均为 …: of 收入总计 and 支出总计
                found.setdefault(key(name), []).append(item)
            listed = _after_place(item.subject)
            if listed:  # 柳塘乡 2018 年度收入、支出总计均为 a: the body's own list, its name off
                found.setdefault(key(listed), []).append(item)
                for name in each_of(listed):
                    found.setdefault(key(name), []).append(item)
    return found


def _after_place(subject: str) -> str:
    """``柳塘乡收入、支出`` -> 收入、支出: a list of names after the name of the place whose
    they are; '' for any other subject."""
    if "、" not in subject or each_of(subject):
        return ""
    for length in range(2, min(measures.MAX_PLACE_NAME, subject.index("、")) + 1):
        if subject[:length].endswith(measures.PLACE_ENDS):
            rest = subject[length:]
            return rest if len(rest.split("、")[0]) >= 2 else ""
    return ""


def without_owner(name: str, owners: tuple[str, ...] = cues.OWNERS) -> str:
    """本部门机关运行经费支出 -> 机关运行经费支出: an owner's word before a name, dropped."""
    return next((name.removeprefix(owner) for owner in owners if name.startswith(owner)), name)


#: the small words between a name and its figure (支出总计为 a / 收入总计：a)
_COPULAS = "为是：: "


def name_before(statement: Statement, texts: Mapping[str, str]) -> str:
    """The words before a figure from where its quote starts, without the small words that
    join them to it (收支相抵，结转下年为 a -> 收支相抵，结转下年)."""
    return texts.get(statement.paragraph, "")[statement.quote_start:statement.start] \
        .rstrip(_COPULAS)


def owed(statement: Statement) -> bool:
    """全年应执行数 10.93 万元 / 医保基金应支付 b: what was owed, not what was done; a rate
    read against it, or a part read beside what of it was paid, is a guess."""
    return any(ratios.DUE + act in statement.label for act in ratios.DUE_ACTS)

