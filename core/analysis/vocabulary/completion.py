"""Words that say an amount has been paid, spent or received in full.

Classes of phrasing served (fund-use paragraphs of project self-evaluations):
资金 X 万元已全部拨付 / 已拨付完毕 / 已全额拨付 / 已足额拨付 / 已全部支付 /
已全部到位 / 已使用完毕. A later figure of what was paid out of the same fund
that is less than X contradicts it.
"""

from __future__ import annotations

FULL = ("已全部拨付到位", "全部拨付到位", "已全部拨付", "全部拨付", "已拨付完毕", "拨付完毕",
        "已全额拨付", "全额拨付", "已足额拨付", "足额拨付", "已全部支付", "全部支付",
        "已支付完毕", "支付完毕", "已全部支出", "已全部使用", "已使用完毕", "使用完毕",
        "已全部兑付", "已全部到位", "全部到位")
#: words a name begins with when it says only what was done, not to what (已整改 76 个, 已拨付
#: 162 万元, 尚未完成 11 个): a figure of whatever its paragraph speaks of, and a report
#: that goes through categories gives one for each (（一）… 问题 19 个，已整改 16 个)
DONE_OPENERS = ("已", "尚未", "未", "正在", "累计")  # (累计发放 a: of the paragraph's fund)
#: the openers of such names that count what got at least that far (已立项, 已开工): names
#: of several stages count one thing in each it passed
STAGES_DONE = ("已", "累计")
#: words of how far a thing was done, before the verb (基本完成 2 项, 全面完成, 初步建成): no
#: name of their own, the figure is of what the sentence speaks of (民生实事 32 项，已完成
#: 29 项，基本完成 2 项: self-evaluations and progress notices)
DEGREE = ("基本", "全面", "初步", "大部分", "部分", "全部")
#: the longest such name that is only the verb (已整改到位 is 5)
MAX_DONE_NAME = 5

#: the names of the share of the year gone a rate of progress is set against (序时进度 75%)
SCHEDULE = ("序时进度", "时间进度")
#: words that say a rate is ahead of it (超序时进度 / 高于 / 快于 / 领先) or behind it (低于 /
#: 慢于 / 落后 / 滞后 / 未达到)
AHEAD = ("超", "高", "快", "领先")
BEHIND = ("低", "慢", "落后", "滞后", "未达")
#: the unit of a gap between two percentages
POINTS_UNIT = "个百分点"
