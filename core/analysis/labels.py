"""Labels as keys: when two places name the same quantity.

Reports name one figure in many ways: 商品服务支出决算数, “商品和服务支出”.
A label is reduced to a key (width, spaces, quotes, punctuation
and 的 dropped; a trailing 金额 / 总计 dropped; 预算数 / 决算数 split off as a
measure hint) and synonym groups map every member to one key. Groups come
from built-in defaults, the configuration (``synonyms``) and packs.

Matching by label is weaker than matching by concept: callers use it only
where no concept says otherwise, and never for generic labels (合计, 其他).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any, ClassVar

from crossfoot.errors import ConfigError
from crossfoot.model.numbering import split_heading
from crossfoot.model.records import Record, factory
from crossfoot.patterns import LazyPattern
from crossfoot.report_caches import report_cache

#: groups of labels that reports use for the same figure (members are normalised on use).
#: 日常公用支出 is not made one with 商品和服务支出: 公用经费 also covers capital items, and
#: equating them was fitted to one report. 人员经费 is NOT made a synonym of
#: 工资福利支出: in 部门决算 it also covers 对个人和家庭的补助, so equating them would raise
#: false alarms; a configuration or pack that knows better may add the group.
DEFAULT_SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("商品服务支出", "商品和服务支出"),
    ("工资福利支出", "工资福利", "工资福利费"),
    ("对个人和家庭补助", "对个人和家庭补助支出"),
    ("三公经费", "三公经费支出"),
    ("一般公共预算财政拨款", "一般公共预算拨款"),
    # the fund's name before 2015 (预算法 as amended in 2014) and after it
    ("一般公共预算收入", "公共财政预算收入"),
    ("一般公共预算支出", "公共财政预算支出"),
    # spending for people's livelihood, as budget execution reports name it
    ("民生支出", "民生领域支出", "民生类支出", "民生方面支出"),
)

#: trailing words that name the measure, not the quantity, longest first
MEASURE_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("年初预算数", "budget_initial"), ("年初预算", "budget_initial"),
    ("全年预算数", "budget"), ("调整后预算数", "budget"), ("预算数", "budget"),
    ("预算", "budget"),
    ("全年执行数", "actual"), ("决算数", "actual"), ("执行数", "actual"),
    ("决算", "actual"), ("实际完成值", "result"), ("完成值", "result"),
    ("指标值", "target"),
)
#: trailing words that add nothing to what is counted or spent
AMOUNT_SUFFIXES: tuple[str, ...] = ("总金额", "金额", "数额", "总额", "总计", "合计", "共计")
#: before a trailing 数 these characters make it part of the noun (人数, 户数, 次数)
COUNT_NOUNS = frozenset("人户次件个项家宗条名位所台辆批份")
#: labels that name no particular quantity
GENERIC = frozenset({"合计", "总计", "小计", "共计", "其中", "其他", "其它", "总额", "金额", "数",
                     "合计数", "总数", "本年", "上年", "全年", "年度", "项目", "支出", "收入",
                     # the amount a sentence's matter involves (1.…尚在施工，涉及资金 836.2 万元；
                     # 2.…，涉及资金 431.3 万元): named by the sentence, not by these words
                     "涉及资金", "涉及金额", "涉及"})
MIN_KEY_LENGTH = 2

_DROP = frozenset("的")
#: a classification's lead before the first of its items (按收入性质分：财政拨款), NFKC-folded
_CLASSIFIED = LazyPattern(r"按[^:]{1,8}?(?:分类|划分|分):")
def normalise_label(text: str) -> str:
    """The label reduced for comparison (see ``_normalise``); long texts are not remembered."""
    return _normalise(text) if len(text) <= MAX_REMEMBERED else _normalise.__wrapped__(text)


#: labels recur (every pack rule asks for 得分); paragraphs passed in are not kept
MAX_REMEMBERED = 200


@report_cache(maxsize=8192)
def _normalise(text: str) -> str:
    """The label reduced for comparison: width, case, spaces, quotes, punctuation, 的.

    Mathematical signs (≥, ≤, =) are kept: ``≥95%`` and ``≤95%`` must not compare equal.

    A leading heading number (1. / （一） / 其中： / 按收入性质分：) and a trailing bracketed note
    (（小计）, （万元）) are dropped too, so a table row "1.商品和服务支出（万元）"
    and the text's "商品和服务支出" compare equal; brackets inside a label
    (乡镇（街道）便民服务中心) keep their words.
    """
    given = text
    text = unicodedata.normalize("NFKC", text).strip()
    text = _without_trailing_notes(text)  # 全年预算数（小计）, 三公经费（万元）
    if text.startswith("其中"):
        text = text[2:].lstrip(":：").strip()
    classified = _CLASSIFIED.match(text)
    if classified is not None and classified.end() < len(text):
        text = text[classified.end():].strip()
    heading = split_heading(text)
    if heading is not None and heading[1]:
        text = heading[1]
    out = []
    for char in text.lower():
        if char.isspace() or char in _DROP:
            continue
        if unicodedata.category(char)[0] in "PS" and unicodedata.category(char) != "Sm":
            continue
        out.append(char)
    key = "".join(out)
    return given if key == given else key  # a label already its key: no copy of it remembered


def _without_trailing_notes(text: str) -> str:
    """``text`` without the bracketed notes it ends with, read backwards once (linear).

    A label that is nothing but a note keeps it.
    """
    end = len(text)
    while end > 0 and text[end - 1] == ")":
        opening = text.rfind("(", 0, end - 1)
        if opening <= 0 or text.find(")", opening + 1, end - 1) >= 0:
            break
        end = opening
        while end > 0 and text[end - 1].isspace():
            end -= 1
    return text[:end]


@report_cache(maxsize=8192)
def split_measure(label: str) -> tuple[str, str | None]:
    """A normalised label without its measure words, and the measure they name.

    ``商品服务支出决算数`` gives (``商品服务支出``, ``actual``); amount words are
    dropped (``项目资金总计`` -> ``项目资金``); a trailing 数 is dropped only where it
    is not part of a count noun (``编制人数`` stays).
    """
    key = normalise_label(label)
    whole = dict(MEASURE_SUFFIXES).get(key)
    if whole is not None:
        return key, whole  # the label names only a measure (年初预算数): nothing to strip
    measure: str | None = None
    changed = True
    while changed:
        changed = False
        for suffix, name in MEASURE_SUFFIXES:
            if key.endswith(suffix) and len(key) - len(suffix) >= MIN_KEY_LENGTH:
                key, measure, changed = key[: -len(suffix)], measure or name, True
                break
        for suffix in AMOUNT_SUFFIXES:
            if key.endswith(suffix) and len(key) - len(suffix) >= MIN_KEY_LENGTH:
                key, changed = key[: -len(suffix)], True
                break
        if (key.endswith("数") and len(key) - 1 >= MIN_KEY_LENGTH
                and key[-2] not in COUNT_NOUNS):
            key, changed = key[:-1], True
    return key, measure


_CJK = "[\u4e00-\u9fff\u3400-\u4dbf]"
#: as many Chinese characters as a key needs, whatever stands between them, written out
#: one after another (no repeat inside a repeat); compiled on first use: its wide ranges
#: cost a start 2 ms to compile
_ENOUGH_CJK = LazyPattern(_CJK + f"[^{_CJK[1:-1]}]*{_CJK}" * (MIN_KEY_LENGTH - 1))


def is_generic(key: str) -> bool:
    """True for keys that cannot identify a quantity on their own (合计, 其他, a number).

    Not remembered: one search is about as quick as a cache's look-up, and each new key a
    cache kept was 0.2 KiB of a check (a report's own names are new to the process).
    """
    return key in GENERIC or _ENOUGH_CJK.search(key) is None or key.isdigit()


class Synonyms(Record):
    """Synonym groups: labels (or role names) that name the same thing.

    ``key`` maps a label, its measure words split off, to one key per merged
    group (agreement compares figures by it); ``variants`` gives every
    normalised member of the groups a name belongs to (packs find columns
    and rows by them).
    """

    _hidden: ClassVar[tuple[str, ...]] = ("_index", "_members")
    groups: tuple[tuple[str, ...], ...] = ()
    _index: dict[str, str] = factory(dict)
    _members: dict[str, frozenset[str]] = factory(dict)

    def __post_init__(self) -> None:
        if self._members:  # unpickled with its indexes (a stored pack): nothing to build
            return
        for group in self.groups:
            members = frozenset(normalise_label(g) for g in group)
            for member in members:
                self._members[member] = self._members.get(member, frozenset()) | members
        parent: dict[str, str] = {}

        def root(key: str) -> str:
            while parent.setdefault(key, key) != key:
                key = parent[key]
            return key

        # groups that share a member merge (union-find), whatever their order
        for group in self.groups:
            keys = sorted({split_measure(label)[0] for label in group} - {""})
            for key in keys[1:]:
                a, b = root(keys[0]), root(key)
                if a != b:
                    parent[max(a, b)] = min(a, b)
        for key in parent:
            self._index[key] = root(key)

    def key(self, label: str) -> str:
        """The comparison key of a label: its normalised form, or its group's."""
        base, _ = split_measure(label)
        return self._index.get(base, base)

    def same(self, a: str, b: str) -> bool:
        return self.key(a) == self.key(b)

    def variants(self, name: str) -> frozenset[str]:
        """``name`` normalised, and every member of its groups, normalised."""
        key = normalise_label(name)
        return self._members.get(key, frozenset()) | {key}


def synonyms(extra: Iterable[Iterable[str]] = (), defaults: bool = True) -> Synonyms:
    """The defaults plus ``extra`` groups (from configuration or packs)."""
    return _synonyms(tuple(tuple(g) for g in extra), defaults)


@lru_cache(maxsize=64)
def _synonyms(extra: tuple[tuple[str, ...], ...], defaults: bool) -> Synonyms:
    """Built once per set of groups: agreement asks for the same groups on every report."""
    return Synonyms((*DEFAULT_SYNONYMS, *extra) if defaults else extra)


@cache
def default_synonyms() -> Synonyms:
    """The built-in groups alone, built once: the reader keys every subject by them."""
    return synonyms()


def parse_synonyms(groups: Iterable[Any], source: str = "configuration"
                   ) -> tuple[frozenset[str], ...]:
    """Configured ``synonyms = [["商品服务支出", "日常公用支出"], ...]``, checked."""
    parsed = []
    for index, group in enumerate(groups):
        members = list(group) if isinstance(group, list | tuple) else None
        if (members is None or len(members) < 2
                or not all(isinstance(m, str) and len(m.strip()) >= 2 for m in members)):
            shown = list(group) if isinstance(group, tuple) else group
            raise ConfigError(f"{source}: synonyms[{index}] must be a list of at least two "
                              f"labels, not {shown!r}")
        parsed.append(frozenset(m.strip() for m in members))
    return tuple(parsed)
