"""Names of a mean over things counted, which never add up across rows or parts.

A column 次均支付（元） or 户均补助 holds each row's amount per visit or per
household: the total row's is the mean of all, not the rows' sum. A mean per
unit of time (日均客运量, 年均) is another matter: the rows' means of one
period add up as their totals do.
"""

from __future__ import annotations

from crossfoot.patterns import LazyPattern

#: a character and 均 anywhere in a name: a mean over what the character counts (次均, 人均,
#: 站均), but not over a time (日均, 月均, 年均) nor 均 as "all" or "even" (各项均, 均衡)
_MEAN_PER_THING = LazyPattern(
    r"(?![日月年季周旬时天不各全])[\u4e00-\u9fff]均(?![衡匀等分为已])")


def mean_per_thing(name: str) -> bool:
    """次均支付（元） / 户均补助: is the name's figure a mean over things counted?"""
    return _MEAN_PER_THING.search(name) is not None
