"""Words of shares and rates: a figure as a percentage of another.

Classes of phrasing served:

- a share of a whole: 占 X 的 p% / 占 X p% / 占比 p% / 所占比重为 p% / 比重为 p%
  (budget notes break totals into parts with their shares);
- an execution or completion rate: 执行率 / 预算执行率 / 完成率 / 支出进度 p%, 资金支出率 /
  资金使用率 p% (what was spent of the funds: self-evaluations of special funds),
  or 完成年初预算的 p% / 完成全年预算 p% / 占调整预算 p% (revenue reports);
  the base is a budget of the same item;
- a completion rate of counts against their plan: 完成年度任务的 p% / 完成全年计划的 p%,
  its base the one planned count of its sentence;
- a rate of funds received or paid: 实际到位资金 x，资金到位率 p% / 已支付资金 x，资金支付率
  p%, its base the paragraph's one plan of all the project's funds (计划总投资 / 预算资金).
"""

from __future__ import annotations

#: the word that opens the whole a share is of
SHARE_OPEN = ("占",)
#: words that begin with it and name a thing, not a share (耕地占补平衡, 占用林地, 占地面积,
#: 占道经营类案件: city management's cases and permits)
SHARE_OPEN_IN_NAMES = ("占补平衡", "占用", "占地面积", "占道")
#: characters before it that make it part of a verb naming a misuse (挤占挪用资金, 侵占集体资产:
#: audit reports' findings; 乱占、乱采、乱堆、乱建: the “四乱” river and lake chiefs clear), not a
#: share
SHARE_OPEN_AFTER_IN_NAMES = ("挤", "侵", "抢", "霸", "强", "乱")
#: characters that may follow it before the whole's name (占到 / 占据 …的 81.68%)
SHARE_OPEN_TAILS = ("到", "据")
#: words that end the whole's name before the percent (占 X 的 / 占 X 比重为)
SHARE_CLOSE = ("的比重为", "的比重", "比重为", "比重", "的比例为", "的比例", "比例为", "比例",
               "的", "为")
#: words before such a share word that make it a completion (完成占比 / 完成比例)
DONE_SHARE = ("完成",)
#: words of a share without a named whole (占比 12%)
SHARE_WORDS = ("占比为", "占比", "所占比重为", "所占比重", "所占比例为", "所占比例", "比重为",
               "比重")
#: words that open a whole each share is of its own (占同类产品采购规模的 71.5%: each
#: product's class; government procurement reports), or a whole that is each one's own
#: target (税务部门完成 …，占任务数的 56.4%；财政部门完成 …，占任务数的 56.3%: budget
#: execution reports; 一般债务余额 …、专项债务余额 …，分别占对应限额的 93.8% 和 94.5%: each
#: of its own limit): such shares are no set of one whole
OWN_WHOLE = ("同类", "本类", "各自", "对应", "相应", "任务", "年度任务", "全年任务", "目标任务",
             "计划")
#: words of a rate of the item's own figures
RATE_WORDS = ("预算执行率", "资金执行率", "执行率", "预算完成率", "完成率", "支出进度",
              "拨付率", "到位率", "支付率", "预算支出率", "资金支出率", "支出率", "资金使用率",
              "兑付率",  # (预算 a，实际兑付 b，兑付率 p: subsidy and voucher programmes)
              "支付进度")  # (合同金额 a，已支付 b，支付进度 p: projects paid by contract)
#: words that open a rate against a named budget (完成年初预算的 45%, 为调整预算的 101.7%)
RATE_OPEN = ("完成", "达到", "达", "为")
#: names of the budget such a rate is against
BUDGET_NAMES = ("年初预算数", "调整预算数", "调整后预算数", "预算调整数", "全年预算数",
                "年度预算数", "预算数",
                "年初预算", "调整预算", "调整后预算", "全年预算", "年度预算", "本年预算",
                "年预算数", "年预算", "预算")  # (为年预算的 34.1%: monthly bulletins)
#: names of a plan of counts a completion rate is against (完成年度任务的 112.5% /
#: 完成全年计划的 98% / 为目标任务的 105%: 绩效自评 output indicators)
PLAN_NAMES = ("年度目标任务", "年度任务", "全年任务", "目标任务", "计划任务", "年度计划",
              "全年计划", "年初计划", "年计划", "年度目标", "计划数", "计划", "计划投资",
              # (占预留份额 1,200 万元的 118.9%: a quota set aside, which purchases may pass;
              # 832 平台 reports of buying from poor areas)
              "预留份额", "份额",
              # (为市定目标 11,000 人的 111.3% / 完成省下达任务的 104%: a plan named by who set it)
              "目标", "任务")
#: the verbs between who set a plan and its name (市下达计划, 市定目标, 省核定任务)
PLAN_SET_BY = ("下达", "确定", "核定", "制定", "定")
#: who a plan was set by, between the rate's opener and the plan's name (完成市下达计划的 /
#: 完成省下达任务的)
PLAN_SETTERS = ("上级", "国家", "省", "市", "州", "县", "区")
#: words of a count's lead that make it the plan (年度计划改造 80 户 / 目标新建 3 所)
PLAN_WORDS = ("计划", "目标", "任务")
#: a figure named the mean of the figures listed before it in its sentence (得分分别为 95 分、
#: 88 分、90 分，平均得分为 92 分: summaries of several projects' self-evaluations)
MEAN_WORD = "平均"
#: means of something else: per year, per person, per day (年均 / 人均 / 日均 …)
NOT_MEAN = ("年平均", "年均", "人均", "日均", "月均", "户均", "平均每")
#: a mean a year, of the years' figures where the sentence gives one a year in turn
YEARLY_MEAN = ("年均", "年平均")
#: the word that makes an actual's word name what was owed (应执行数 / 应支付 / 应拨付 / 应发放),
#: and the actual's words it is read before
DUE = "应"
DUE_ACTS = ("执行", "支付", "拨付", "发放")
#: words of funds received: where a text states them beside a budget, an execution rate may
#: be of them (实际支出 720 ÷ 到位资金 760, as many project self-evaluations compute it)
RECEIVED = ("到位",)
#: rates of all a project's funds against their plan, by the word that names what was done
#: with them (资金到位率 = 实际到位资金 ÷ 计划总投资; 资金支付率 = 已支付资金 ÷ 总投资:
#: project self-evaluations and investment reports)
FUND_RATES = {"到位率": "到位", "支付率": "支付"}
#: the verbs of a rate of what was spent of the funds that came in (到位资金 a，已支出 b，支出进度
#: p / 资金使用率 p: monitoring and self-evaluation reports), as the rate's name and the spent
#: figure's words say them
SPENDING_RATE_VERBS = ("支出", "使用", "支付")  # (合同金额 a，累计支付 b，支付进度 p)
#: the word of an execution rate, of what was spent (支出 / 执行) of funds received (到位资金 a，
#: 实际支出 b，资金执行率 p: project and fund self-evaluations with no budget stated)
EXECUTED, EXECUTED_AS = "执行", ("支出", "执行")
#: names of all of a project's planned funds, after its owner (本项目 / 该项目) is dropped
FUND_PLANS = ("计划总投资", "总投资", "计划投资", "计划总投入", "总投入", "计划投入资金",
              "计划投入", "计划资金", "预算资金", "应到位资金")
#: owner words before a project's funds (本项目计划总投资 / 项目实际到位资金)
FUND_OWNERS = ("本项目", "该项目", "项目")
#: words around funds received or paid that name no particular fund (实际到位资金 / 已支付资金)
FUND_WORDS = ("实际", "累计", "已", "到位", "支付", "资金", "总额")
#: rates named for what a count did, of the count before it (发放 300 份，回收 286 份，回收率
#: 95.3%; 抽检 120 批次，合格 118 批次，合格率 98.3%: satisfaction surveys and quality
#: indicators of self-evaluations; 有效问卷 306 份，其中满意 291 份，满意率 95.1%: a
#: survey's answers)
COUNT_RATE_VERBS = frozenset({"回收", "合格", "达标", "参保", "覆盖", "通过", "办结", "验收",
                              "满意", "成活",  # (栽植 12,400 株，成活 10,850 株，成活率 …)
                              "采纳",  # (提出审计建议 134 条，已采纳 121 条，采纳率 …: audits)
                              "核销",  # (发放 25 万张，核销 18.4 万张，核销率 73.6%: vouchers)
                              # (重点人群 a 人，已签约 b 人，签约率 …; 应种 a 剂次，接种 b 剂次，
                              # 接种率 …: health services' self-evaluations)
                              "签约", "接种",
                              # (计划实施项目 214 个，已开工 211 个，开工率 98.6%; 签约项目 74
                              # 个，年内开工 50 个，开工率 …: project and investment reports)
                              "开工",
                              # (建成安置住房 3,460 套，已入住 3,280 套，入住率 …; 床位 150 张，
                              # 入住老人 96 人，入住率 …: housing and care homes)
                              "入住",
                              # (受理 386 件，调解成功 352 件，调解成功率 …; 毕业生 612 人，已就业
                              # 587 人，就业率 …; 计划 46 个，已完工 43 个，完工率 …; 来电
                              # 168,932 个，接通 164,641 个，接通率 …; 发放 500 份，回收有效问卷
                              # 468 份，有效率 …; 死亡 5,120 人，火化 4,844 具，火化率 …: courts,
                              # employment, works, hotlines, surveys and funeral reports)
                              "成功", "就业", "完工", "竣工", "接通", "有效", "火化",
                              # (监测对象 2,134 户，已消除风险 1,580 户，风险消除率 …: rural
                              # revitalisation monitoring)
                              "消除",
                              # (高血压患者 8,420 人，其中规范管理 6,105 人，规范管理率 …: basic
                              # public health services)
                              "管理",
                              # (清运生活垃圾 41,250 吨，无害化处理 40,980 吨，无害化处理率 …;
                              # 受理 a 件，处理 b 件，处理率 …: sanitation and complaint reports)
                              "处理",
                              # (公租房竣工 2,040 套，已分配 1,862 套，分配率 …: housing reports)
                              "分配",
                              # (立案提案 214 件，已办复 209 件，办复率 …: 人大 and 政协 offices'
                              # reports on the proposals and suggestions they handled)
                              "办复",
                              # (执勤消防车 22 辆，其中完好的 21 辆，完好率 …; 设备 a 台，完好 b
                              # 台，设备完好率 …: fire, emergency and equipment reports)
                              "完好",
                              # (排查矛盾纠纷 842 件，成功化解 809 件，化解率 …: 平安建设 and
                              # petition reports; 见习期满 186 人，留用 94 人，留用率 …: job
                              # placement; 规模养殖场 168 家，已配套设施的 159 家，配套率 …)
                              "化解", "留用", "配套",
                              # (符合条件的企业 45 家，已兑现 42 家，兑现率 …: awards paid;
                              # 办结工单 38,520 件，其中回访 35,107 件，回访率 …: hotlines;
                              # 发现可疑病例 46 例，已随访 43 例，随访率 …: health services)
                              "兑现", "回访", "随访",
                              # (受理投诉 85 件，结案 82 件，结案率 …: labour inspection, courts
                              # and complaints; 检测 6,812 人，阳性 586 人，阳性率 …: screening)
                              "结案", "阳性",
                              # (产生危险废物 2,046.8 吨，利用处置 1,987.5 吨，利用处置率 …:
                              # waste reports, as 处理)
                              "处置"})
#: words that name a count said after a count rate's done count as the whole it is of (覆盖人口
#: 182.4 万人，全市常住人口 191.6 万人，覆盖率 p; 累计覆盖 212 个；全市行政村总数 236 个)
WHOLE_AFTER = ("全县", "全市", "全区", "全镇", "全乡", "全省", "全街道", "总数", "总计", "全部")
#: words that make a count those eligible for the verb, not those it was done for (其中符合参保
#: 条件的 876 人已全部纳入…，参保率 100%; 符合救助条件的 a 户: the pool such a rate is of)
ELIGIBLE = ("符合", "条件")
#: such verbs a count said as already done (已有 16 个建成 …) does too: 18 个乡镇中已有 16 个
#: 建成传习所，乡镇覆盖率 p (places covered, in services' and culture reports)
HELD_VERBS, HELD = frozenset({"覆盖"}), ("已",)
#: such verbs whose count is of another noun than the count it is a rate of, and the units
#: of each (入住 96 人 of 床位 150 张; 火化 4,844 具 of 死亡 5,120 人)
UNITS_APART = {"入住": frozenset({("人", "张"), ("人", "床")}),
               "火化": frozenset({("具", "人")})}
#: such verbs whose rates may be of amounts too (发放金额 a，核销金额 b，核销率 p%: consumption
#: voucher reports; 到期贷款 a，回收 b，回收率 p%: loans)
AMOUNT_RATE_VERBS = frozenset({"核销", "回收"})
#: such verbs whose rates may be of measured quantities in one unit (清运 a 吨，无害化处理 b 吨，
#: 无害化处理率 p: waste and sewage reports)
MEASURE_RATE_VERBS = frozenset({"处理", "处置"})
#: verbs whose rates are read so only when no plan, target or budget gives them: 完成率 of
#: counts (共设置 32 个指标，完成 28 个，完成率 87.5%) and 整改率 of problems found (反映问题
#: 243 个，已整改到位 219 个，整改率 90.1%: audit rectification reports), and 销号 of problems
#: closed (发现河湖问题 412 个，已整改销号 389 个，销号率 p: river chiefs' and inspections')
LAST_COUNT_RATE_VERBS = frozenset({"完成", "整改", "销号"})
#: words right before a verb that plan it, and that say it was done (计划接入 a，实际接入 b，接入率
#: p; 应发放 a 人，实际发放 b 人，发放率 p: targets against outputs in self-evaluations)
PLANNED_VERB = ("计划", "目标", "应")
#: verbs of funds moving down to who spends them: one planned stands for another done (各级财政
#: 应拨付 a，实际到位 b，资金到位率 p: the money due, whichever of them names it)
#: verbs whose plan a text may say with one character of them (应收农业水费 a，实际收缴 b，收缴
#: 率 p: fees, rents and premiums due and collected)
DUE_SHORT = {"收缴": ("收", "缴")}
FUNDS_MOVING = ("拨付", "下达", "到位", "划拨",
                "配套")  # (县级应配套资金 a，实际到位 b，到位率 p: matching funds due)
#: names of what was left of a budget, said between what was spent and its rate (预算 a，支出 b，
#: 结转 c，预算执行率 p): the rate is of the figures before them
REST_BESIDE = ("结转", "结余", "结转结余", "结转和结余", "未支出", "尚未支出", "剩余")
#: the verb a task is done with: its rate (完成率) is of a figure named as a task or a plan
#: (下达造林任务 a，实际完成造林 b)
DONE_TASK = "完成"
DONE_VERB = ("实际", "已", "累计")
#: words of a year and of an amount a rate's formula wraps its names in (担保代偿率（当年代偿额÷
#: 当年解除担保额）: 代偿 and 解除担保 are the figures' names)
FORMULA_YEAR_WORDS = ("当年", "本年", "全年", "年度")
FORMULA_AMOUNT_WORDS = ("金额", "总额", "数", "额")
#: the rate word's last character
RATE_SUFFIX = "率"
#: the rate words those verbs make (回收率, 合格率 …; 完成率, 整改率)
COUNT_RATE_WORDS = tuple(sorted(verb + RATE_SUFFIX
                                for verb in COUNT_RATE_VERBS | LAST_COUNT_RATE_VERBS))
#: words that turn such a verb into its opposite (不合格 / 未回收), or say it is still being
#: done (已整改 71 个、正在整改 9 个: rectification reports count what is under way apart)
NOT_DONE = ("不", "未", "非", "正在", "仍在", "部分",  # (部分完成指标 2 个: not done in full)
            "待")  # (已分配 1,518 套，待分配 124 套: still to be done)
#: words that make a verb's count a grade of it apart from the verb itself (满意 203 件，基本满意
#: 14 件，满意率 p: 基本满意 is another answer, not the 满意 the rate counts)
PARTLY = ("基本", "比较", "较")
#: words joining two verbs in a rate's name (满意和基本满意率): a rate of both, not of one
JOINED = ("和", "及", "与", "或")
#: words that open the name of a whole as the year's own flow (占本年收入的 p%: not the 收入总计
#: that also holds what was carried in)
YEAR_FLOW = ("本年", "当年")
