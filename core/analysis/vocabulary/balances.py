"""Words of a year's balance: what came in less what went out.

Class of phrasing served: social insurance fund and budget execution reports
state a fund's income, its spending and the year's balance in a row (收入
38,416 万元 … 支出 33,620 万元 … 当年收支结余 4,796 万元), by definition the one
less the other. A carried balance (年末滚存结余, 年末结转和结余) also holds
the years before, so it is not such a balance.
"""

from __future__ import annotations

import re

#: names of the year's balance, after the words of when (本年 / 当年 / 全年) are cut
BALANCE = ("收支结余", "收支结存", "当年结余", "本年结余", "当期结余",
           # (收入合计 a，费用合计 b，本期盈余 c: 政府会计's surplus, in audits and accounts)
           "本期盈余", "本年盈余", "当年盈余", "当期盈余", "收支盈余")
#: names of a year's gap, spending less income (政府性基金收入 a，支出 b，收支缺口 c)
GAP = ("收支缺口", "支大于收", "支出大于收入")
#: words after 收支相抵 that name what is left as a shortfall, said as a positive figure
#: (收支相抵当年赤字 65,680 元 / 收支相抵后缺口 c: village and fund accounts)
DEFICIT = ("赤字", "缺口", "超支", "亏损")
#: words of when that may open a balance's name (当期: the period's, as 医保 fund reports say)
WHEN = ("本年度", "本年", "当年", "全年", "年度", "当期")
#: the endings of the names of what came in and of what went out
INCOME_END = "收入"
SPENDING_END = ("支出", "费用")  # (费用合计: 政府会计's expenses, beside its 本期盈余)

#: words a saving's name ends with: what a budget left unspent (政府采购 reports: 预算金额 a，
#: 实际采购金额 b，节约资金 c，节约率 p%)
SAVING = ("节约财政资金", "节约资金", "节省资金", "节支资金", "节约", "节省", "节支",
          # (全年预算数 a，执行数 b，结余资金 c: a project's funds left unspent; not 年末结余,
          # a balance carried: names with ``CARRIED`` words are none)
          "结余资金", "资金结余", "结余",
          # (送审金额 a，审定金额 b，核减投资 c: settlement audits of investment projects)
          "核减投资", "核减金额", "核减", "审减金额", "审减")
#: words of what was spent that procurement writes without a measure word (成交金额, 中标金额,
#: 签订合同金额)
SPENT = ("成交", "中标", "合同")
#: names of the price a procurement may not pass, which its saving is against as against a
#: budget (招标控制价 a，中标价 b，节约资金 c: tender and procurement statistics)
PRICE_CEILINGS = ("控制价", "最高限价")
#: names of what an audit was sent and of what it settled, which its 核减 is the gap of as a
#: saving is of a budget and its spending (送审金额 a，审定金额 b，核减 c)
SUBMITTED, SETTLED = ("送审",), ("审定",)
#: words of money received, which is not money spent (实际到位 380 万元 … 全年支出 351.5 万元，
#: 结余 28.5 万元: the rest is of the budget less the spending)
RECEIVED = ("到位", "收到", "下达")
#: words its rate's name ends with: the saving as a share of the budget
SAVING_RATE = ("资金节约率", "节约率", "节支率", "节资率", "核减率", "审减率")

#: names of the balance carried in at the start of the year and out at its end: the one at the
#: end is the one at the start with the year's balance (加上年初滚存结余 a，年末滚存结余 b)
OPENING = ("年初滚存结余", "上年末滚存结余", "上年滚存结余", "年初累计结余", "上年末累计结余")
CLOSING = ("年末滚存结余", "期末滚存结余", "年末累计结余",
           "月末滚存结余")  # (1-6 月 … 6 月末滚存结余: half-year and monthly reports)

#: names of a balance at the start of a period and at its end, for a roll-forward said in one
#: paragraph (上年结余 a；全年收到 b；全年支出 c，年末结余 d / 上月结余 a。本月收入 b；本月支出
#: c。月末结余 d: lottery, donation, Party-dues and village accounts)
START_BALANCE = ("上年结余", "上年结转", "年初结转", "年初结余", "年初余额", "上月结余", "月初结余",
                 "上期结余",  # (上期结余 a 本期收入 b 本期支出 c 本期结余 d: village accounts)
                 "期初结余", "期初余额", "年初滚存结余",
                 "上年末滚存结余", "上年末结余",  # (last year's close: this year's opening)
                 "年初财政拨款结转")  # (the 财政拨款 table's: 年初财政拨款结转和结余 a …)
#: such a balance with the fund's name inside it (2023 年初就业补助资金结余 a … 年末结余 d)
START_NAMED = re.compile(r"(?:年初|期初)[\u4e00-\u9fff]{2,10}(?:结余|结转)$")
END_BALANCE = ("年末滚存结余", "年末结余", "年末余额", "月末结余", "月末余额", "期末结余",
               "期末余额", "本期结余",
               # (年初结转和结余 a；本年收入合计 b；本年支出合计 c；年末结转和结余 d: a final
               # account's words, its 结余分配 or 事业基金 an amount that stops the reading)
               "年末结转和结余", "年末结转结余", "年末财政拨款结转和结余", "年末财政拨款结转结余",
               "年末结转")  # (年初结转 a，加上当年收入 b，减去当年支出 c，年末结转 d: townships)
#: a government debt's balance rolled over a year (年初专项债务余额 a。当年新增发行专项债券 b，
#: 偿还到期本金 c，年末专项债务余额 d: debt reports and budget execution reports): the words of
#: its closing and opening balance, of debt added and of principal repaid
#: (…余额 alone under a heading of debt: 上年末余额 a，当年新增债务 b，偿还 c，年末余额 d; the
#: verbs of borrowing and repaying say it is a debt's)
DEBT_END = re.compile(r"(?:年末|年底|期末)[^，,；;。：:]{0,10}余额$")
DEBT_START = re.compile(r"(?:年初|上年末|上年底|期初)[^，,；;。：:]{0,10}余额$")
DEBT_ADDED = ("新增", "发行", "举借")
DEBT_REPAID = ("偿还", "还本", "归还")
#: a balance said to be within its limit (债务余额 a，控制在省核定的债务限额 b 以内): the limit's
#: word, the words before its figure and the words right after it that bound the balance by it
LIMIT = "限额"
WITHIN_LIMIT = ("控制在", "在")
WITHIN_AFTER = ("以内", "之内", "范围内")
#: words of what came in and of what went out in such a paragraph
INFLOW = ("收入", "收到", "接收", "收缴",
          "筹集",  # (年初滚存结余 a，当年筹集 b，当年支出 c: relief and aid funds)
          "募集",  # (募集善款 a，善款支出 b，收支结余 c: charities' and Red Cross notices)
          "下达", "到位",  # (专项资金年初结转 a，本年下达 b，本年支出 c，年末结余 d)
          "安排")  # (年初结余 a，收到上级补助 b1、本级财政安排 b2，全年支出 c: a fund's own)
OUTFLOW = ("支出", "拨付", "使用",
           "兑付", "发放",  # (收到 a，加上年结转结余 b，全年兑付补贴 c，年末结余 d: subsidy funds)
           "支付")  # (年初结转贴息资金 a，本年到位 b，全年实际支付贴息 c，年末结余 d: interest
# subsidies and service purchases)

#: words that open the figure of what is left of a whole after what was done (下达 a，已拨付
#: b，尚未拨付 c / 发现隐患 a 处，已整改 b 处，尚有 c 处正在整改 / 计划 a，已完成 b，尚差 c:
#: fund notices, rectification and project reports), longest first
LEFT = ("尚未", "仍未", "还未", "尚余", "尚有", "仍有", "尚差", "还差", "剩余", "余下", "其余",
        "结余", "未")  # (到位资金 a，实际支出 b，结余 c: a project's funds left unspent)
#: the words that say a body carried nothing in (本单位无年初结转和结余: 部门决算说明; 本校无上年
#: 结转资金: a school's fund account): its closing balance is then the year's income less its
#: spending
NO_OPENING = re.compile(r"无(?:年初)?(?:财政拨款)?结转(?:和|及)?结余|无(?:上年|年初)结转资金"
                        r"|(?:年初|上年)无结转")  # (年初无结转资金，本年收入 a …: the same said
# with the time first)
#: the noun a rest's word may follow (资金结余 c, as 结余 c)
FUNDS = "资金"
#: the words a 未 may deny after it: what was done (未整改 after 已整改, 未到位 after 到位)
DONE = ("拨付", "到位", "支出", "完成", "整改", "使用", "发放", "兑付", "下达", "执行", "落实",
        "销号", "办结", "结案", "验收", "开工", "建成", "签约",
        "结")  # (受理 a 件，审结 b 件，年末未结 c 件: courts' cases pending)
#: the word that says a part is done (已拨付 / 已整改): never the whole the rest is of
ALREADY = "已"
#: words of a balance carried between years or periods: what it holds is not one whole's rest
CARRIED = ("结转", "年初", "年末", "上年", "滚存", "累计", "期初", "期末")
#: the word of a running total since a project began (累计到位 a，累计支出 b，结余 c)
RUNNING = "累计"
#: words that put a figure in one year: a spending said with them is no running total
#: (累计到位 a，本年支出 b，结余 c)
OF_ONE_YEAR = ("本年", "当年", "全年", "今年", "年度")
#: a budget named by when it was set, not a balance carried in (年初预算 a，支出 b，结余 c)
SET_AT_START, BUDGET_WORD = "年初预算", "预算"
#: a closing balance that is the rest of the funds its sentence names, where its paragraph says
#: nothing was carried in before it (到位资金 a，全年支出 b，年末结余 c: project and fund
#: self-evaluations state a year's funds so)
CLOSING_REST = ("年末结余", "年底结余", "期末结余", "年末余额", "期末余额", "年末资金结余")
#: the words of funds that came to a project or fund, one of which the whole of such a closing
#: balance names (not a body's 收入, whose closing balance holds its earlier years')
FUNDS_CAME = ("到位", "收到", "下达", "拨入", "筹集", "预算",
              "拨付")  # (派出单位拨付工作经费 a，全年支出 b，年末结余 c: sent to the fund)
#: words of earlier years anywhere in such a paragraph (年末结余 c（含以前年度结转 d）): the
#: balance holds them
EARLIER_YEARS = ("以前年度", "以往年度", "历年", "往年", "上年", "年初", "滚存")

#: a final account's two totals and the lines that make each (财政部 部门决算 收入支出决算总表:
#: 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 用事业基金弥补收支差额 + 年初结转和结余;
#: 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余), each line as a pattern of its name
#: (年初财政拨款结转和结余 / 年初结转结余: the 财政拨款 table's lines too), with whether every
#: such account states it
ACCOUNT_TOTALS: dict[str, tuple[tuple[str, bool], ...]] = {
    # (财政拨款收入支出决算总表: 财政拨款收入总计 a，包括一般公共预算财政拨款收入 b、政府性基金
    # 预算财政拨款收入 c 和年初财政拨款结转和结余 d; tried before the plain 收入总计)
    "财政拨款收入总计": (("一般公共预算财政拨款(?:收入)?", True),
                         ("政府性基金预算财政拨款(?:收入)?", False),
                         ("国有资本经营预算财政拨款(?:收入)?", False),
                         ("年初财政拨款结转和?结余", True)),
    "财政拨款支出总计": (("一般公共预算财政拨款(?:支出)?", True),
                         ("政府性基金预算财政拨款(?:支出)?", False),
                         ("国有资本经营预算财政拨款(?:支出)?", False),
                         ("年末财政拨款结转和?结余", True)),
    "收入总计": (("本年(?:财政拨款)?收入(?:合计)?", True), ("使用非财政拨款结余", False),
                ("用事业基金弥补收支差额", False), ("年初(?:财政拨款)?结转和?结余", True)),
    "支出总计": (("本年(?:财政拨款)?支出(?:合计)?", True), ("结余分配", False),
                ("年末(?:财政拨款)?结转和?结余", True)),
}

#: the words that say a balance is what one total leaves of the other (收入总计 a，支出总计 b，
#: 收支相抵，结转下年 c / 收支相抵后年终结余 c: governments' and funds' accounts)
NETTED = ("收支相抵",)
#: names of the totals netted so
#: the income of the year alone, no balance carried in (本年收入 a，本年支出 b，收支相抵后年末结余
#: c: bodies' accounts)
YEAR_INCOME = "本年收入"
INCOME_TOTALS = ("收入总计", "收入合计", "总收入", YEAR_INCOME)
SPENDING_TOTALS = ("支出总计", "支出合计", "总支出", "本年支出")
