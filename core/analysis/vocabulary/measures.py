"""Measure words: which figure of an item a label names (budget, actual, adjustment ...).

Classes of phrasing served: 年初预算 / 调整后预算 / 全年预算 / 预算数 (budget
columns and their prose), 决算 / 执行数 / 实际支出 / 完成 / 拨付 / 到位 (what was
spent, paid or received), 追加 / 调增 / 调减 (adjustments), 指标值 / 完成值
(targets and results of indicators; 计划值 / 实际值 as self-evaluation forms head
them; 计划完成 is what was planned, not done), 分值 / 得分 (weights and scores;
满分 10 分，自评得 9 分 / 实得 9 分 as self-evaluation summaries write a score beside
its weight).
Checked in this order; the first pattern that a label contains decides.
"""

from __future__ import annotations

#: words of money coming in: its 完成 against 预算 is collection, not spending, and may exceed it
REVENUE = ("收入", "收费", "税收", "非税", "上缴", "上划", "征收")
#: qualifiers of how an amount is counted: 同口径 and 自然口径 figures are two quantities
SCOPE_QUALIFIERS = ("自然口径", "同口径", "可比口径", "全口径")
#: words that narrow a report-wide quantity to a part of the body (区直 “三公”经费: the
#: district's own departments, not the district's whole; 本级: the body without its units)
SCOPE_OWNERS = ("区直", "市直", "县直", "州直", "省直", "旗直", "区本级", "市本级", "县本级",
                "本级")


def scope_owner(name: str) -> str | None:
    """The part of the body a name narrows it to (区直 …), if it names one."""
    return next((word for word in SCOPE_OWNERS if word in name), None)
#: the words of a name that says only which flow or balance it is, not whose (收支结余,
#: 年末滚存结余, 本年收入): such a name is of whatever the paragraph speaks of, and a report
#: of several funds or bodies gives it once for each (社会保险基金 by fund, 决算 by unit; a
#: 国有资产 report's 净资产, 所有者权益, 营业收入 and 利润 by group of enterprises)
ACCOUNT_WORDS = ("本年", "当年", "上年", "年末", "年初", "年底", "期末", "期初", "累计", "滚存",
                 "收支", "结余", "结转", "余额", "收入", "支出", "基金", "总", "和", "及",
                 "资产", "负债", "净资产", "所有者权益", "营业", "利润")
#: counts an institution gives of itself, said without whose in a bulletin that goes through
#: kinds of institution a paragraph each (小学 … 在校生 60,766 人。初中 … 在校生 23,270 人;
#: 医院 … 床位 …): education and health 统计公报, the finance parts of 部门决算 of schools
OWN_COUNTS = ("在校生", "在校学生", "在园幼儿", "招生", "毕业生", "专任教师", "教职工",
              "床位", "卫生技术人员", "执业医师", "执业(助理)医师", "注册护士", "诊疗人次",
              "出院人数", "入院人数")
#: the last characters of a place's name (湾沚区, 南陵县, 东关镇): a figure named by a place alone
#: is that place's share of whatever its paragraph allocates (资金分配 by county, town, village)
PLACE_ENDS = ("区", "县", "市", "镇", "乡", "街道", "村", "旗")
#: the longest name read as a place alone
MAX_PLACE_NAME = 6
#: names of the four budgets a body keeps (预算法 art. 5): words of a fund, not of a measure
#: (一般公共预算收入完成 3.68 亿元 is an actual)
#: with the names older reports use (公共财政预算 until 2014, 一般预算 before it) and the short
#: ones (公共预算收入, 基金预算收入), longest first; and the fund that evens budgets out over
#: the years (动用预算稳定调节基金 1,227 万元 is money drawn, not a budget) and the one that
#: covers a year's timing gaps (预算法 art. 41: 补充预算周转金 21 万元 is money set aside)
FUND_NAMES = ("预算稳定调节基金", "国有资本经营预算", "社会保险基金预算", "政府性基金预算",
              "一般公共预算", "公共财政预算", "预算周转金", "一般预算", "公共预算", "基金预算",
              # (中央预算内投资 5,200 万元 / 预算外资金: money within or outside the budget, a
              # source of funds)
              "预算内", "预算外")
#: names of payments that hold a measure's word (共同财政事权转移支付 2.79 亿元 is a transfer,
#: not an amount paid; 国库集中支付): the word names what it is, not its measure
PAYMENT_NAMES = ("转移支付", "集中支付")
#: names of rights that hold a measure's word (国有土地使用权出让收入: a land-use right's sale,
#: not an amount used)
RIGHT_NAMES = ("使用权",)
#: names of work and of bodies that hold a budget's word (预算执行审计 9 个: audits of the
#: budget's execution; 纳入决算的预算单位 25 个; 预算绩效评价项目): the word names what they
#: are, not a measure of their figure
WORK_NAMES = ("预算执行审计", "预算单位", "预算绩效", "预算编制", "预算管理", "预算公开")
#: names of results that are negative for a body that lost money (利润总额 10.31 亿元，其中 A
#: 集团 24.15 亿元: the others lost 13.84 亿元): some of such a total may exceed all of it
SIGNED_RESULTS = ("利润", "利税", "损益", "盈亏")
#: (words, measure), most specific first
MEASURE_WORDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("指标值", "目标值", "计划值", "计划完成", "年度计划", "全年计划", "年计划",
      # (城镇新增就业 6,318 人，年度目标 5,800 人，完成率 108.93%: the year's target)
      "年度目标", "全年目标", "目标任务"), "target"),
    (("完成值", "实际值"), "result"),
    (("得分", "评分", "自评分", "自评得", "实得", "评得"), "score"),
    (("分值", "权重", "满分"), "weight"),
    # (人民代表大会审议通过的一般公共预算支出 5,076.25 亿元: the budget the congress passed)
    (("年初预算", "年初批复", "年初安排", "审议通过", "人大批准", "人代会批准"), "budget_initial"),
    (("追加", "追减", "调增", "调减", "调整增加", "调整减少", "调整数"), "adjustment"),
    (("调整后预算", "调整预算", "全年预算", "年度预算", "预算数", "预算", "批复", "下达",
      "计划投资", "计划安排", "安排",
      # (计划发放 4,000 万元，实际发放 3,560 万元: the plan of what the verb then did)
      "计划发放", "计划拨付", "计划支付", "计划兑付"), "budget"),
    (("决算", "执行数", "实际支出", "实际执行", "实际完成", "已完成", "完成", "执行", "拨付",
      "已支出", "支付", "兑付", "发放", "到位", "使用", "实现", "实际"), "actual"),
)

#: the words of what was done (the ``actual`` group above), for a name that holds one
ACTUAL_WORDS = next(words for words, measure in MEASURE_WORDS if measure == "actual")
#: names of what was done of a budget (年度预算执行数 9,215 万元 / 预算完成数: self-evaluations'
#: forms and revenue reports): the budget is whose figure it is; the figure is what was done
BUDGET_DONE = ("预算执行数", "预算执行额", "预算执行金额", "预算完成数", "预算完成额")
#: verbs that, leading a budget's name, say it was spent (使用当年预算 1,188 万元, 动用预算资金,
#: 拨付预算资金): what was done, not what was planned (支出预算 is the budget of a spending)
SPENT_FROM = ("使用", "动用", "拨付")
#: the verb of funds received (本年收到省级下达资金 a): what came in, not the plan that sent
#: it (lottery, donation and village accounts' inflows)
RECEIVED = "收到"
#: the word that names a budget after such a verb
BUDGET_WORD = "预算"

#: words that deny what a measure's word says was done (未拨付 1,267.5 万元 / 尚未支付 / 没有
#: 到位): the figure is what remains, of no measure
NOT_DONE = ("未", "没有")

#: 安排 names a budget (年初安排 80 万元) unless a 决算 follows it in the same words: then it
#: is part of a name (财政拨款安排的“三公”经费决算数, 区直财政拨款资金安排“三公”经费决算数)
ARRANGED, ACCOUNTED = "安排", "决算"
#: a fund's spending named by its source (国有土地使用权出让收入安排的支出, 专项债券安排的支出):
#: the 安排 is part of the name, not a budget's word
ARRANGED_SPENDING = ("安排的支出", "安排支出")

#: the measures of a budget (年初预算 and 全年预算): what a change may be stated against and
#: what a rate is of
BUDGET_MEASURES = ("budget", "budget_initial")

#: words around an indicator's name in a self-evaluation's target lines (“补贴面积”指标目标值为
#: ≥5.2 万亩，实际完成 … / 绩效目标“法律咨询服务 ≥15,000 人次”，实际完成 …): the indicator
#: names the quantity the report gave before under that name
INDICATOR_OPENERS = ("绩效目标", "年度目标为", "目标为", "年度目标", "目标")
INDICATOR_CLOSERS = ("指标",)
#: how a label names each measure when one item states several (该项目资金（年初预算）)
LABELS = {"budget_initial": "年初预算", "budget": "预算", "adjustment": "调整", "actual": "执行数",
          "target": "指标值", "result": "完成值", "score": "得分", "weight": "分值"}

#: how the clause before a colon ends when the figures after it are the points each
#: indicator is out of (一级指标分值设置为：决策 15 分、过程 20 分 …: evaluation reports)
WEIGHT_HEADERS = ("分值设置为", "分值设置", "分值分别为", "分值为", "权重设置为", "权重分别为",
                  "权重为", "分值", "权重")
#: a sentence's opening label before a colon that gives every figure after it a measure
#: (年度目标：新建管网 30 公里…。实际完成：新建管网 32 公里…: 绩效自评 target and result
#: lines); matched against the whole label, without its year
HEADER_MEASURES: dict[str, str] = {
    "年度目标": "target", "绩效目标": "target", "预期目标": "target", "年度绩效目标": "target",
    "目标": "target", "计划": "target", "年度计划": "target", "目标值": "target",
    "指标值": "target", "计划值": "target",
    "实际完成": "result", "完成情况": "result", "实际完成情况": "result", "实际": "result",
    "完成值": "result", "实际值": "result", "实际完成值": "result", "执行情况": "result",
}


#: words of a forecast (全年预计执行数, 预计执行率: monitoring forms and reports): neither what
#: was done nor its rate
FORECAST = ("预计", "预测")

