"""Words of a year's balance: what came in less what went out.

Class of phrasing served: social insurance fund and budget execution reports
state a fund's income, its spending and the year's balance in a row (收入
38,416 万元 … 支出 33,620 万元 … 当年收支结余 4,796 万元), by definition the one
less the other. A carried balance (年末滚存结余, 年末结转和结余) also holds
the years before, so it is not such a balance.
"""

from __future__ import annotations

#: names of the year's balance, after the words of when (本年 / 当年 / 全年) are cut
BALANCE = ("收支结余", "收支结存", "当年结余", "本年结余")
#: words of when that may open a balance's name
WHEN = ("本年度", "本年", "当年", "全年", "年度")
#: the endings of the names of what came in and of what went out
INCOME_END = "收入"
SPENDING_END = "支出"
