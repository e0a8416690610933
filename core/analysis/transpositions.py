"""Figures of one name whose digits are the same but two side by side swapped.

基本支出 842.16 万元 in one section and 824.16 万元 in another, 政府债务余额 35.72
亿元 and 37.52 亿元: a reviewer reads such a pair as one figure typed twice, one
of them with two digits transposed. Two different quantities that share a name
(上级补助收入 of two funds) almost never differ by exactly that, so the pair is
taken as one quantity, and agreement then reports the two values. Names that
identify nothing (合计, 支出) and figures with a qualifier (约, 多) are left out.
A name with words around it (学前教育资助资金 after 学前教育资助) names the same
figure in another paragraph; in one paragraph it is more likely a part.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal

from crossfoot.analysis.items import Item
from crossfoot.analysis.statements import LEVEL, TO, Statement


def find(items: Iterable[Item], name_of: Callable[[Item], str | None]) -> dict[str, str]:
    """Statement id -> the concept it shares with a transposed twin (``name_of`` gives an
    item's name as a concept may use it, None for names that identify nothing).

    Twins are named alike: by one name, or by a name and the same name with words before
    or after it (基本支出 / 一般公共预算基本支出, 学前教育资助 / 学前教育资助资金), the
    shorter one naming something on its own."""
    groups: dict[tuple[str | None, int | None, str, str, str], list[tuple[str, Statement]]] = {}
    for item in items:
        name = name_of(item)
        if name is None:
            continue
        for statement in item.statements:
            digits = _digits(statement)
            if statement.role not in (LEVEL, TO) or digits is None:
                continue
            signature = (_measure(statement), statement.period, statement.dimension,
                         statement.quantity.unit, "".join(sorted(digits)))
            groups.setdefault(signature, []).append((name, statement))
    shared: dict[str, str] = {}
    for (measure, period, *_), named in groups.items():
        for twins in _twins(named):
            printed = sorted({_digits(s) or "" for _, s in twins})
            if len(printed) != 2 or not _swapped(*printed) or _part_beside_whole(twins):
                continue
            name = min((n for n, _ in twins), key=lambda n: (len(n), n))
            for _, statement in twins:
                shared[statement.id] = f"{CONCEPT}{name}/{measure or ''}/{period or ''}"
    return shared


#: the concept twins share: they were matched by measure already, so agreement compares them
#: whatever measure the lists they stand in lend them
CONCEPT = "transposed/"
#: the fewest characters of a name that another name holds with words around it
MIN_HELD_NAME = 3


def _twins(named: list[tuple[str, Statement]]) -> list[list[tuple[str, Statement]]]:
    """The statements of one set of digits joined where their names are alike."""
    names = sorted({n for n, _ in named}, key=lambda n: (len(n), n))
    root = {n: n for n in names}

    def find_root(name: str) -> str:
        while root[name] != name:
            name = root[name]
        return name

    for i, short in enumerate(names):
        for long in names[i + 1:]:
            if len(short) >= MIN_HELD_NAME and (long.startswith(short) or long.endswith(short)):
                root[find_root(long)] = find_root(short)
    joined: dict[str, list[tuple[str, Statement]]] = {}
    for name, statement in named:
        joined.setdefault(find_root(name), []).append((name, statement))
    return list(joined.values())


def _part_beside_whole(twins: list[tuple[str, Statement]]) -> bool:
    """True where names that differ give the two printings in one paragraph, one name the
    other with words before it: there the longer is more likely a part of the shorter
    (专项资金 a，其中县级专项资金 b); words after it (耕地地力保护补贴资金) name the same."""
    names = {n for n, _ in twins}
    if len(names) == 1 or any(long != short and long.startswith(short)
                              for long in names for short in names):
        return False
    paragraphs: dict[str, set[str]] = {}
    for _, statement in twins:
        paragraphs.setdefault(_digits(statement) or "", set()).add(statement.paragraph)
    first, second = paragraphs.values()
    return bool(first & second)


def _measure(statement: Statement) -> str | None:
    """The measure twins must share: a figure with no measure word is what was done, as
    agreement reads it beside one that says so (实际完成)."""
    return statement.measure or "actual"


#: the fewest digits a figure needs for a swap of two of them to say anything
MIN_DIGITS = 3


def _digits(statement: Statement) -> str | None:
    """The digits as printed (842.16 -> 84216), for exact, unqualified figures of money,
    counts or areas (52,386.4 亩); None otherwise."""
    quantity = statement.quantity
    if quantity.qualifier or quantity.dimension not in ("money", "count", "area"):
        return None
    value = quantity.value.quantize(Decimal(1).scaleb(-quantity.decimals)) \
        if quantity.decimals else quantity.value
    digits = format(abs(value), "f").replace(".", "")
    return digits if len(digits.lstrip("0")) >= MIN_DIGITS else None


def _swapped(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` the same digits but for two neighbours changing places?"""
    if len(a) != len(b):
        return False
    differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(differ) == 2 and differ[1] == differ[0] + 1 \
        and a[differ[0]] == b[differ[1]] and a[differ[1]] == b[differ[0]]


#: the fewest digits of the figure a list's sum is one swap from: with fewer, a list that
#: leaves some of its total out misses it by a swap too often to say anything
MIN_SUM_DIGITS = 4


def sum_swapped(total: Statement, parts: Sequence[Statement]) -> bool:
    """Do the parts make the total but for two neighbouring digits swapped, in the total or
    in one part (支出 3,972 万元，其中 … 3,927 万元 in all; 住院 34,215.80、门诊 11,609.32 of
    45,906.12)? A list that leaves some of its total out misses it by any amount, almost
    never by exactly that: such a list names all of its total, one figure mistyped."""
    printed = [_digits(p) for p in parts]
    total_digits = _digits(total)
    if len(parts) < 2 or total_digits is None or any(
            p.quantity.unit != total.quantity.unit or digits is None
            for p, digits in zip(parts, printed, strict=True)):
        return False
    added = sum((p.quantity.value for p in parts), Decimal(0))
    if added == total.quantity.value:
        return False
    places = total.quantity.decimals or 0
    if added == added.quantize(Decimal(1).scaleb(-places)) and _long(total_digits) \
            and _swapped(_printed(added, places), total_digits):
        return True
    return any(added - part.quantity.value + other == total.quantity.value
               for part, digits in zip(parts, printed, strict=True) if _long(digits)
               for other in _swaps(part, digits or ""))


def _long(digits: str | None) -> bool:
    return len((digits or "").lstrip("0")) >= MIN_SUM_DIGITS


def _printed(value: Decimal, places: int) -> str:
    """A value's digits as a figure of ``places`` decimals prints them."""
    return format(abs(value.quantize(Decimal(1).scaleb(-places))), "f").replace(".", "")


def _swaps(statement: Statement, digits: str) -> Iterator[Decimal]:
    """The values the figure has with two neighbouring digits of it (``digits``, as
    printed) swapped."""
    places = statement.quantity.decimals or 0
    sign = -1 if statement.quantity.value < 0 else 1
    for at in range(len(digits) - 1):
        if digits[at] != digits[at + 1]:
            swapped = digits[:at] + digits[at + 1] + digits[at] + digits[at + 2:]
            yield sign * Decimal(swapped).scaleb(-places)

