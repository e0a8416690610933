"""Net assets as assets less liabilities (资产总额 a，负债总额 b，净资产 c), fixed assets' net
value as their cost less depreciation (原值 a，累计折旧 b，净值 c), and the debt ratio as
liabilities over assets (资产负债率 p%) and 成新率 as net value over cost, each in one
paragraph's stretch."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from crossfoot.analysis.claims.balances import one_level, one_money, stretches, unlisted
from crossfoot.analysis.claims.compositions import Composition
from crossfoot.analysis.claims.ratios import Ratio
from crossfoot.analysis.items import Item
from crossfoot.analysis.vocabulary import net_assets


def find_net_assets(items: Sequence[Item], parts: set[str]) -> list[Composition]:
    """Each net assets (or owners' equity) with the one total of assets and the one of
    liabilities said before it in its paragraph, since the paragraph's last net assets (a
    report of several bodies in turn gives each its own). Parts of another figure (其中，
    企业资产总额 …) are not taken: with two totals of either in that stretch, none is."""
    found: list[Composition] = []
    for item, since in stretches(items, _is_net, unlisted(parts)):
        net = one_money(item)
        if net is None:
            continue
        assets = one_level(since, _is_assets, net)
        liabilities = one_level(since, _is_liabilities, net)
        if assets is not None and liabilities is not None:
            found.append(Composition("净资产 = 资产总额 - 负债总额", net,
                                     [assets, liabilities], [1, -1]))
    for item, since in stretches(items, _is_net_value, unlisted(parts)):
        net = one_money(item)
        cost = one_level(since, _is_original_value, net) if net is not None else None
        written_off = one_level(since, _is_depreciation, net) if net is not None else None
        if net is not None and cost is not None and written_off is not None:
            found.append(Composition("净值 = 原值 - 累计折旧", net, [cost, written_off], [1, -1]))
    return found


def find_debt_ratios(items: Sequence[Item], parts: set[str]) -> list[Ratio]:
    """Each 资产负债率 with the one total of liabilities and the one of assets said before
    it in its paragraph, since the last such ratio; each 债务率 so with the government's debt
    and its fiscal capacity; each 成新率 with fixed assets' net value and their cost."""
    return [*_ratios_of(items, parts, _is_debt_ratio, _is_liabilities, _is_assets),
            *_ratios_of(items, parts, _is_government_debt_ratio, _is_government_debt,
                        _is_fiscal_capacity),
            *_ratios_of(items, parts, _is_newness_ratio, _is_net_value, _is_original_value)]


def _ratios_of(items: Sequence[Item], parts: set[str], is_ratio: Callable[[Item], bool],
               is_part: Callable[[Item], bool], is_whole: Callable[[Item], bool]
               ) -> list[Ratio]:
    found: list[Ratio] = []
    for item, since in stretches(items, is_ratio, unlisted(parts)):
        stated = [s for s in item.statements if s.dimension == "ratio"]
        if len(stated) != 1:
            continue
        money = [s for i in since for s in i.levels() if s.dimension == "money"]
        if not money:
            continue
        liabilities = one_level(since, is_part, money[-1])
        assets = one_level(since, is_whole, money[-1])
        if assets is not None and liabilities is not None:
            # 平均资产负债率 may be the mean of each enterprise's ratio: not surely the totals'
            found.append(Ratio("rate", stated[0], liabilities, assets,
                               net_assets.AVERAGED not in item.subject))
    return found


def _named(ending: str | tuple[str, ...]) -> Callable[[Item], bool]:
    """Items whose name ends with ``ending`` (净资产, 债务余额 …), but for words in brackets
    after it (净资产（资产总额减负债总额） / 净资产（即所有者权益）: what it is, said again)."""
    return lambda item: _BRACKETED_END.sub("", item.subject).endswith(ending)


#: words in brackets that end a name
_BRACKETED_END = re.compile(r"[(（][^()（）]*[)）]$")


_is_net = _named(net_assets.NET)
_is_debt_ratio = _named(net_assets.DEBT_RATIO)
_is_government_debt = _named(net_assets.GOVERNMENT_DEBT)
_is_fiscal_capacity = _named(net_assets.FISCAL_CAPACITY)
_is_newness_ratio = _named(net_assets.NEWNESS_RATIO)
_is_net_value = _named(net_assets.NET_VALUE)
_is_original_value = _named(net_assets.ORIGINAL_VALUE)
_is_depreciation = _named(net_assets.DEPRECIATION)


def _is_government_debt_ratio(item: Item) -> bool:
    return item.subject.endswith(net_assets.GOVERNMENT_DEBT_RATIO) \
        and not item.subject.endswith(net_assets.DEBT_RATIO)


def _is_assets(item: Item) -> bool:
    subject = item.subject
    return subject.endswith(net_assets.ASSETS) and not subject.endswith(net_assets.ASSET_KINDS)


def _is_liabilities(item: Item) -> bool:
    subject = item.subject
    return subject.endswith(net_assets.LIABILITIES) \
        and not subject.endswith(net_assets.LIABILITY_KINDS)

