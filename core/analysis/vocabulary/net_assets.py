"""Words of a balance sheet: what a body owns, what it owes, and the difference.

Class of phrasing served: the 国有资产占用情况 section of every 部门决算说明 and the
国有资产管理情况报告 of cities and counties state a body's total assets, its total
liabilities and its net assets in a row (资产总额 4,216.85 万元，负债总额 1,203.52 万元，
净资产 3,013.33 万元), and enterprises their owners' equity (所有者权益) and debt ratio
(资产负债率): by definition net assets are assets less liabilities, and the debt ratio
is liabilities over assets.
"""

from __future__ import annotations

#: a name's last words for the total of what is owned (资产总额 is read as 资产)
ASSETS = "资产"
#: kinds of assets, each a part of the total, not the total (流动资产, 固定资产 …)
ASSET_KINDS = ("净资产", "流动资产", "非流动资产", "固定资产", "无形资产", "经营性资产",
               "非经营性资产", "金融资产", "长期资产", "自然资源资产", "文物资产", "保障性住房资产",
               "公共基础设施资产", "政府储备物资资产")
#: a name's last words for the total of what is owed
LIABILITIES = ("负债",)
#: kinds of liabilities, each a part of the total (流动负债, 非流动负债)
LIABILITY_KINDS = ("流动负债", "非流动负债", "长期负债", "短期负债")
#: a name's last words for the difference
NET = ("净资产", "所有者权益")
#: the name of the ratio of liabilities to assets
DEBT_RATIO = "资产负债率"
#: a word that makes it a mean of several bodies' ratios, maybe not the totals' ratio
AVERAGED = "平均"
#: a government's debt ratio (债务率, 债务风险 reports): its debt over its fiscal capacity
#: (政府债务余额 a，综合财力 b，债务率 p%), each named by how it ends
GOVERNMENT_DEBT_RATIO = "债务率"
GOVERNMENT_DEBT = ("债务余额",)
FISCAL_CAPACITY = ("综合财力",)
#: fixed assets at cost, less what has been written off, at their net value (固定资产原值 a，
#: 累计折旧 b，净值 c: asset reports), and the share of the cost still standing (成新率 = 净值 ÷
#: 原值), each named by how it ends
ORIGINAL_VALUE = ("原值",)
DEPRECIATION = ("累计折旧", "折旧")
NET_VALUE = ("净值",)
NEWNESS_RATIO = "成新率"
