"""Words of change: against what a figure is compared, in which direction, by how much.

Classes of phrasing served (year-on-year and against-budget comparisons in
final accounts, budget notes, 三公 notes and execution reports):

- a comparison base: 较上年 / 比上年 / 同比 / 与上年相比 / 较 2024 年 / 比预算;
- an amount changed: 增加 / 增长 / 减少 / 下降 / 增收 / 减收 / 调增 / 调减 ... X 万元, and
  增产 / 减产 ... X 万吨 (output in statistical bulletins);
- a percent changed: 增长 / 下降 ... p%, or 增幅 / 降幅 / 减幅 / 增长率 (为) p%,
  负增长 p% (a fall);
- no change: 持平 / 无变化 / 无增减;
- a move from one level to another: 从 / 由 P ... 增加到 / 减少到 / 调整为 C.
"""

from __future__ import annotations

#: words before a figure that say it is a rise
INCREASE = ("增加了", "增长了", "增加", "增长", "上升了", "上升", "提高了", "提高", "上涨", "增收",
            "增支", "调增", "追加", "超收", "超支", "多支出", "多支", "多收", "增产", "增")
#: words before a figure that say it is a fall
DECREASE = ("减少了", "下降了", "减少", "下降", "降低了", "降低", "减收", "减支", "节约", "节省",
            "下滑", "回落", "调减", "追减", "压减", "缩减", "短收", "少支出", "少支", "少收",
            "减产", "减")
#: a bare more or less after a comparison's base (比年初预算数少 8.91 亿元 / 较上年多 3 人):
#: a change only there, and not after the words that make it a bound (至少, 最多, 不少)
MORE_OR_LESS = {"多": 1, "少": -1}
BOUND_BEFORE_MORE_OR_LESS = ("至", "最", "不", "许", "很", "较", "太", "过")
#: words of a rise or a fall that are a change only after a comparison's base (较上年提升 2.3
#: 个百分点 / 较上年的 124 元上调 3 元 / 同比下调 0.5 个百分点: bulletins, prices, standards);
#: elsewhere they may end a name (人居环境整治提升 120 万元)
AFTER_BASE = {"提升了": 1, "提升": 1, "上调了": 1, "上调": 1, "上浮": 1,
              "下调了": -1, "下调": -1, "下浮": -1,
              # (竣工决算投资 a，较批复概算节余 d: investment audits' saving against the
              # estimate; elsewhere 节余资金 d names an amount)
              "节余": -1}
#: words of a change whose direction is its figure's sign (增减变化为 -0.82 亿元 / 增减额 …)
SIGNED = ("增减变化", "增减幅度", "增减额", "增减率", "增减")
#: changes that are against the budget by their own word (完成预算的 105%，超收 500 万元 /
#: 短收 7,431 万元: budget execution reports), whatever the clause compares with
AGAINST_PLAN = ("超收", "短收", "超支")
#: names that begin with a word of change and name a quantity, not a change (增值税 73,440
#: 万元, the first tax of every budget execution report's list; 第一产业增加值; 增值收益 of
#: provident and maintenance funds; 增殖放流 of fishery funds; 减免 of taxes, fees and rents)
NAMES_LIKE_CHANGES = ("增值", "增加值", "增殖", "减免")
#: names of what a review took off a claimed amount or added to it (送审 a，审减 b，审减率 p:
#: investment review and audit reports): an amount of its own, no change of the one before
REVIEW_CUTS = ("审减", "审增", "核减", "核增")
#: words that open a comparison with another level said in passing (满意度 96.4%，高于年度
#: 目标值（90%）6.4 个百分点，较上年 …: self-evaluations' indicators against their targets):
#: the clause is about that other level, and a clause after it with no name of its own is
#: again about the figure compared
COMPARED_WITH = ("高于", "低于", "超过", "超出", "优于", "好于", "多于", "少于")
#: words that make a change an average over several years (年均增长 4.22%): not the change
#: between the two levels stated, so never checked against them
AVERAGE = ("年均", "年平均", "平均每年", "平均年", "平均")
#: nouns of a change, with the direction they state: of a percent (增幅为 8%) and of an
#: amount (增加额达 98.8 亿元: news of funds and revenue)
CHANGE_NOUNS: dict[str, int] = {
    "增长幅度": 1, "增长率": 1, "增幅": 1, "涨幅": 1, "增速": 1, "增长比例": 1,
    # (标准由 a 元提高到 b 元，提高幅度为 p: standards raised, in pension and subsidy reports)
    "提高幅度": 1, "增加幅度": 1, "上升幅度": 1, "降低幅度": -1,
    "下降幅度": -1, "减少幅度": -1, "下降率": -1, "减少率": -1, "降低率": -1, "降幅": -1,
    "减幅": -1, "下降比例": -1, "减少比例": -1,
    "增加额": 1, "增长额": 1, "增收额": 1, "减少额": -1, "下降额": -1, "减收额": -1,
}
#: the unit of a change between two percentages (较上年提高 2.3 个百分点), as units are spelled
PERCENTAGE_POINTS = "个百分点"
#: "negative growth": a fall written as growth
NEGATIVE_GROWTH = ("负增长",)
#: verbs after which the figure is a new level, not a change (增加到 / 减少至 / 调整为)
TO_LEVEL = ("压减至", "压减到", "压缩至", "压缩到", "下调至", "上调至",
            "增加到", "增加至", "增长到", "增长至", "上升到", "上升至", "提高到", "提高至",
            "减少到", "减少至", "下降到", "下降至", "降低到", "降低至", "增至", "降至", "调整为",
            "调整后为",  # (年初预算 a，调增 c，调整后为 b: budget adjustment reports)
            "调整到", "调整至", "变为", "减少为", "增加为", "下降为", "降低为", "提高为", "上升为",
            "增长为", "减为", "增为", "降为", "减至", "减到", "增到",
            # (满意度由 86.4% 提升至 91.2% / 规模扩大到 … / 回落至 …)
            "提升至", "提升到", "提升为", "扩大至", "扩大到", "缩小至", "缩小到", "缩减至",
            "缩减到", "回落至", "回落到", "回升至", "回升到")
#: a verb alone in a clause after a change: the level the item reached (增长 10%，达到 210 万元)
REACHED = ("达到了", "达到")
#: words that open the figure a move starts from (从 2014 年的 2.2 亿元 …)
FROM_LEVEL = ("从", "由")
#: words that name the base of a comparison
COMPARE = ("较", "比", "同比", "与", "对比", "相比", "相较于", "相较")
#: comparative verbs before the base they name, and the figure by how much after it (决算数
#: 大于年初预算数 d / 小于预算数 d / 低于上年 d): over, and under
INCREASE_OVER = ("大于", "高于", "多于")
DECREASE_UNDER = ("小于", "低于", "少于")
#: the verbs that end a name compared with another figure (带动户数超过年度目标（b）c): no part
PASSING = ("超过", "超出", *INCREASE_OVER, *DECREASE_UNDER)
#: what such a name may pass after the verb (改厕户数超出年度任务（b）c)
PASSED_TARGETS = ("目标值", "目标", "任务", "计划", "预期")
#: words saying a comparison is on a like-for-like basis (同口径比上年增长 / 按同口径计算): no name
LIKE_FOR_LIKE = ("按同口径计算", "按同口径", "同口径")
#: words that say there was no change
FLAT = ("无增减变化", "无增减", "无变化", "持平", "保持不变", "没有变化", "未变化", "不变")
#: words before a flat word that make it approximate (与上年基本持平, 大体持平, 基本不变):
#: writers use them for a change of a percent or less, so they claim no figure
HEDGES = ("基本", "大体", "大致", "总体")
HEDGED_FLAT = tuple(hedge + word for hedge in HEDGES for word in FLAT)
#: words after a comparison that say the base is the budget, not the prior year
BUDGET_BASE = ("年初预算", "调整后预算", "调整预算", "变动预算", "全年预算", "年度预算", "预算数",
               "预算", "计划")  # (比调整预算超收 d: final account reports to the congress)
#: figures reported before the accounts closed (决算 比报告数增加 8 万元: the budget execution
#: report's figure, 快报数): a base of the year's own, compared as a budget is, never last year's
REPORTED_BASE = ("报告数", "快报数",
                 # (决算数 a，比向人大常委会报告的执行数 b 增加 c: the figure reported in the year)
                 "报告的执行数", "报告的预计执行数", "报告的预计数",
                 # (资产总额 a，比清查前账面数 b 增加 c: what the books said before a count of
                 # assets or an audit verified them, 清产核资 and audit reports)
                 "账面数")
#: names of this year's receipts that begin with a prior-year word: the balance carried
#: in from the year before (上年结转 5.3 亿元 / 上年结转结余 / 上年结余 / 上年末结转) is of
#: this year's accounts (部门决算 收入总计 and 政府 budget reports list it so)
CARRIED_IN = ("上年结转", "上年结余", "上年末结转", "上年度结转", "上年度结余", "上年专项结转",
              "年初结转")  # 年初结转和结余: the 部门决算 template's name for it
#: words after a comparison that say the base is the prior year (上年末 / 去年底: a stock's
#: balance a year before, as asset and debt reports compare 资产总额 比上年末的 …)
#: the start of the year a stock (余额, 资产) is compared with right after 比 / 较 (比年初
#: 286.47 亿元增加 …): a base only there, since 年初 also opens a budget's name (比年初预算)
STOCK_START = ("年初数", "年初", "期初数", "期初")
#: words that say a figure is of the report's own year (本年 / 今年)
THIS_YEAR = ("本年", "当年", "今年", "本期")
PRIOR_BASE = ("上年同期", "上年同月", "上年度", "上年末", "上年底", "上年", "去年同期", "去年同月",
              "去年末", "去年底", "去年", "上一年度", "上一年", "上期", "同期", "同月",
              # (2024 届毕业生平均月收入 a，上届为 b: graduate employment reports, one cohort
              # a year)
              "上一届", "上届")

#: a gap to the budget said in words, with no figure (决算数大于年初预算数的主要原因是 …: final
#: accounts' and self-evaluations' line-by-line notes): the names of what was done, of the
#: budget, and the words of its way. Either name may come first (预算数大于决算数).
DONE_NAMES = ("支出决算数", "决算支出数", "支出决算", "决算数", "决算", "执行数", "实际支出数",
              "实际支出")
BUDGET_NAMES = ("调整后预算数", "调整预算数", "全年预算数", "年初预算数", "年初预算", "预算数",
                "预算")
ABOVE = ("大于", "高于", "超过", "超出", "多于")
BELOW = ("小于", "低于", "少于")
#: words that say what was done went past its target or budget, naming neither (实际完成
#: 118.6 公里，…，超额完成年度目标: self-evaluations' output indicators)
OVER_DONE = ("超额完成",)
#: the budget measure a budget's name means (the others: either, where only one is stated)
BUDGET_NAME_MEASURES = {"年初": ("budget_initial",), "调整": ("budget",), "全年": ("budget",)}
#: words of a percent change of a budget against the one set at the year's start (年初预算 a，
#: 年中追加 b，全年预算 c，较年初增长 p%)
AGAINST_INITIAL = ("较年初", "比年初")


#: words of a percent change's own name that say what it is of where an item states a count
#: and an amount (发放贷款 1.48 万笔、58.27 亿元。…发放笔数增长 8.82%，发放金额增长 4.62%)
DIMENSION_NAMES = {"count": ("笔数", "户数", "人数", "个数", "件数", "次数", "项数", "数量"),
                   "money": ("金额", "资金额", "额度")}


def dimension_named(label: str) -> str | None:
    """The dimension a change's words name, if they name exactly one."""
    named = [dimension for dimension, words in DIMENSION_NAMES.items()
             if any(word in label for word in words)]
    return named[0] if len(named) == 1 else None

