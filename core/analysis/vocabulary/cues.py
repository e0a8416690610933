"""Cue words of totals and of their parts, and of whether a list of parts is complete.

Classes of phrasing served (each seen in budget, final-accounts and
performance reports of many publishers):

- a total is announced by 共 / 共计 / 合计 / 总计 / 累计 / 总额为 before its figure
  (收入合计 23,866.88 万元; 实施项目共 15 个; 三公经费预算总额为 2.7 万元);
- its parts follow 其中 / 包括 / 含 (partial: "of which"), or 分别为 / 即 /
  具体为 (complete: "namely"); a list introduced by 主要 or ending in 等 is
  partial;
- a count is enumerated after 分别为 / 包括 / 即 or a colon
  (设 9 个内设机构，分别为：A、B…; 内设 7 个科室：A、B…).
"""

from __future__ import annotations

import re

#: words of a count's phase: what makes 年初 8 个项目 and 年中增加 8 个项目 parts of 共 15 个
PHASES = ("年初", "年中", "年底", "年末", "新增", "追加", "结转", "上年结转", "当年", "本年")
#: words just before a figure that make it a total
TOTAL = ("共计", "合计", "总计", "累计", "共有", "共", "总额为", "总额", "总数为", "总数",
         "总计为", "合计为", "共计为", "总量为", "总量",
         "总金额")  # (购置消防车 2 辆，单价 a，合同总金额 c: purchases and contracts)
#: verbs of funds a total's word may stand before (累计下达 / 共拨付 / 合计安排 a, after the
#: batches' or the places' amounts): still a total
TOTAL_FUND_VERBS = ("下达", "拨付", "安排", "发放", "支付", "投入", "筹集", "使用")
#: words that say a figure again in another unit (a 元，折合 b 万元): the figure before, no other
RESTATED = ("折合", "约合", "合人民币",
            # (…0.09 亿元（按万元计分别为 a、b …）: the list again in another unit)
            "按万元", "按亿元", "按千元", "按元计")
#: verbs of outputs a total's word may stand before (A 1 个、B 14 个、C 132 个，共建成 147 个 /
#: 合计完成 / 累计培训: targets and outputs counted by kind): still a total
TOTAL_OUTPUT_VERBS = ("完成", "建成", "培训", "实施", "改造", "救助")
#: the total's words such verbs follow (not 累计: 本年完成 a，累计完成 b runs over the years)
OUTPUT_TOTALS = ("共计", "合计", "总计", "共")
#: words a subject starts with when its figure is a total itself (累计投入 2,700 万元 after
#: the years' amounts; 合计支出 …): it ends a list of parts, never joins it
TOTAL_LEADS = ("累计", "合计", "共计", "总计")
#: words that open a total named after them (A a，B b，合计带动就业 c): not 累计, which adds
#: over time
NAMED_TOTAL_OPENERS = ("合计", "共计", "总计")
#: words that open the parts of the total before them, and whether they promise all of them
PARTS_OPEN: dict[str, bool] = {
    # "namely": the list that follows is the whole
    "分别为": True, "分别是": True, "分别": True, "即": True, "具体为": True, "具体是": True,
    "分项情况是": True, "分项为": True, "构成为": True, "由以下构成": True, "分为": True,
    "资金来源为": True, "资金来源是": True, "来源为": True,  # 总投资 …，资金来源为：A …、B …
    "全部为": True, "全部是": True,  # 本年项目支出 …，全部为以下四个项目：①…
    "全部用于": True,  # 下达资金 …，全部用于 A a、B b 和 C c: every use
    "部分构成": True,  # 由四部分构成：… (items._opener reads 由 N 部分构成 / 组成 as it)
    "由…构成": True,  # X …，由 A a 和 B b 构成 / 组成 (items reads it so)
    # "of which", "including": some of the whole
    "具体如下": True, "明细如下": True,
    "其中": False, "包括": False, "包含": False, "含": False, "主要包括": False,
    "主要有": False, "具体包括": False, "涵盖": False, "主要用于": False, "用于": False,
    "资金来源包括": False, "来源包括": False,  # 总投资 …，资金来源包括 A …和 B …
    "情况如下": False, "如下": False,
    # cues read from the clause's end, never from words that open a clause (items reads them)
    "分配…：": True,  # 资金共 a，按任务量分配：A 区 b，B 区 c: every place it went to
    "…：": False,  # 合计 a：A b，B c: the total's parts follow its colon, maybe not all
}
#: a clause that says how a total was shared out, before a colon (按各区任务量分配： /
#: 分配情况如下：): the places or units after it, each with its share, are all of it
ALLOCATED = "分配…："
ALLOCATION = re.compile(r"(?:(?:按|根据|依据|结合)[^，,；;。]{1,24}?)?"
                        r"(?:切块)?分配(?:下达)?(?:情况)?(?:如下)?")
#: the points a count before a colon may announce (提出 5 条建议： / 存在 3 个方面问题： /
#: 主要有 4 项措施：): evaluation reports' findings, problems and advice, listed after it
LISTED_POINTS = ("建议", "意见", "问题", "不足", "原因", "措施", "做法", "经验", "亮点", "成效",
                 "工作", "任务", "方面")
#: the unit of a count announced without one (以下五方面)
DEFAULT_COUNT_UNIT = "个"
#: words a clause may open with that make its figure a total (共救助困难群众 1,245 户：…),
#: not 共青团
TOTAL_OPENING = ("共计", "合计", "总计", "共有", "共")
#: words of a net change (净增 17 家，其中新增 21 家、退库 4 家): what is added less what is
#: taken away, no sum of the parts listed under it
NET_CHANGE = ("净增", "净减", "净增加", "净减少", "净流入", "净流出")
#: words that open with 共 and say no total (共青团, 共同, 共享, 共建, 共产党)
NOT_TOTAL_OPENING = ("共青", "共同", "共享", "共建", "共产", "共治")
#: a colon right after a total's figure (合计 23.46 万元：…): its parts follow
TOTAL_COLON = "…："
#: verbs that open an indicator's result (实现地区生产总值 a；完成固定资产投资 b)
ACHIEVED = ("累计完成", "完成", "实现")
#: the cue that restates, as its parts, what stands right before it (X，即 A、B)
NAMELY = "即"
#: the word that gives names, or years, their figures in turn (A、B 分别为 a、b)
DISTRIBUTED = "分别"
#: the verb of a list of uses (用于 / 主要用于): each clause it opens names a use of the whole
USE = "用于"
#: words after a cue that only announce the list (主要用于以下方面： / 包括以下几个方面： /
#: 具体为以下三类：): a head, a count if any (几 / 三 / 3), a noun of what is listed
CUE_FILLER_HEADS = ("以下", "如下")
CUE_FILLER_NOUNS = ("个方面", "方面", "部分", "内容", "大类", "类", "个项目", "项目", "项", "个")
#: nouns that, right before a count, make the names listed before them kinds of it
#: (资助 A、B 和 C 项目 5 个: five projects of those kinds, not the three names)
KIND_HEADS = ("项目", "工程")
#: the same cues longest first, as they are matched (其中： before 其)
PARTS_OPENERS = tuple(sorted(PARTS_OPEN, key=len, reverse=True))
#: a total followed by 中 (固定资产 4,402.16 万元中，… / 资产总额中，…) opens its parts as
#: 其中 does
AMONG, AMONG_CUE = "中", "其中"
#: the word that may open such a total (在税收收入中，增值税 …)
AMONG_LEAD = "在"
#: parts named by a level of a hierarchy (一级指标 3 个，二级指标 9 个) are not disjoint parts
HIERARCHY_LEVEL = re.compile(r"^[一二三四五六七八九1-9]级")
#: the things whose levels nest (二级指标 under 一级指标, a total counting the last level's
#: only); levels of other things are classes side by side, each thing of one level (其中一级
#: 2,318 人、二级 3,106 人: persons by the grade of a disability; 一级企业, 二级预算单位,
#: 二级医疗机构, 一级公路)
NESTING_THINGS = ("指标", "科目", "项目", "目录", "分类", "类目")
#: category words: a total of one is never made of parts of another (收入 of 支出)
CATEGORIES = ("收入", "支出", "结余", "结转")
#: the flows and the balances among them: a balance is never made of flows
FLOWS, BALANCES = CATEGORIES[:2], CATEGORIES[2:]
#: a list that ends with one of these is partial, whatever opened it
PARTIAL_END = ("等等", "等方面", "等")
#: words right after a list that say nothing is left out (…、无形资产 c，无其他资产): the parts
#: read are all of the whole, whatever cue opened them
NONE_ELSE = ("无其他", "无其它", "没有其他", "没有其它", "再无其他")
#: words that may stand between a total's word and its figure (累计达到 / 合计为 / 共计约)
TOTAL_COPULAS = ("为", "是", "达", "达到", "达到了", "约", "约为")
#: the words alone that hand a total's figures out in turn (合计 a，分别为 x、y、z)
RESPECTIVELY_ALONE = ("分别为", "分别是", "分别")
#: words that open with 等 and end no list (等级, 等次: a grade said after a figure)
NOT_PARTIAL_END = ("等级", "等次", "等于", "等同")
#: separators between the names of an enumeration (A、B、C)
LIST_SEPARATORS = "、，,"
#: words that join the last two names of an enumeration (A、B和C)
LIST_JOINERS = ("和", "及", "以及", "与")
#: what may stand between two figures of one list (412 人、386 人和 529 人; 45%、25% 和 20%)
LIST_MARKS = " " + LIST_SEPARATORS + "".join(w for w in LIST_JOINERS if len(w) == 1)
#: verbs after 分别 that say what each of the figures before did, not what a total is made of
#: (贷款 1,268 户、2.37 亿元，分别完成年度目标（1,200 户、2 亿元）的 105.67% 和 118.5%)
EACH_DID = ("完成", "占", "比", "较", "同比", "增长", "增加", "减少", "下降", "提高", "降低",
            "上升", "超过", "低于", "高于")
#: words saying figures are each of one of several things named before (分别为 a、b 和 c)
EACH_RESPECTIVELY = ("分别为", "分别是", "分别达到", "分别达", "分别")
#: words that open an enumeration of names after a count (设 9 个机构，分别为：…)
ENUMERATION_OPEN = ("分别为", "分别是", "分别", "即", "包括", "包含", "具体为", "具体是", "为",
                    "是")
#: words after a list's comma that add more names to it (A、B，新增 C、D / 以及 C、D)
LIST_GOES_ON = ("新增", "以及", "另有", "还有")
#: words before names listed ahead of their count (下设 A、B、C 3 个科室)
#: how the names of bodies end (…教育局、城南街道和白鹤镇: 城南街道 is a name of its own)
BODY_ENDINGS = ("街道", "镇", "乡", "局", "委", "办", "院", "所", "中心", "处", "科", "股", "室",
                "站", "队", "厅", "部", "会", "馆", "校", "园")
LIST_LEADS = ("下设", "设有", "内设", "下辖", "设", "有", "含", "共",
              # 对 A、B 和 C 3 个单位进行了审计 / 抽查了 A、B 2 个乡镇: audit reports
              "对", "抽查了", "抽查",
              # (涵盖 A、B、C 共 3 类 / 采用了 A、B 和 C 3 种采购方式 / 将 A、B、C 共 3 类病种纳入:
              # services, procurement and insurance reports)
              "涵盖", "采用了", "采用", "将",
              # (评价项目涉及 A、B、C、D 4 个领域 / 项目涉及 A、B 2 个乡镇: evaluation summaries)
              "涉及")
#: verbs after a bare 分别 that place each thing counted at one of the names that follow
#: (新建青少年之家 8 个，分别设在 A 镇、B 镇 … / 瞭望塔 4 座，分别位于 …): any other verb
#: (分别送去了 A、B、C) names what was done or given, not what was counted
PLACED_AT = ("设在", "设于", "位于", "分布在", "分布于", "坐落在", "坐落于", "建在", "落户")
#: words between a count and an amount that make the amount each unit's price
#: (购置电脑 20 台，单价 0.6 万元，合计 12 万元: procurement lines of budget and project reports)
UNIT_PRICE = ("单价", "单位价格", "每台价格", "每套价格")
#: words ending a list of names that each had the same change (收、支总计各增加 123.45 万元,
#: the 部门决算 template's sentence; 收入和支出均增长 5%)
EACH_OF = ("各", "均")
#: one-character names that template lists use for whole words (收、支总计)
SHORT_NAMES = {"收": "收入", "支": "支出"}
#: a clause that adds its figures to the one before, closed by a total (政府 budget reports:
#: 一般公共预算收入 45.2 亿元，加上级补助收入 60.5 亿元、…，收入总计 131.0 亿元)
ADDITION_OPEN = "加"
#: the same written out, alone before a colon (加上：上年结转 …、调入资金 …)
ADDED = "加上"
#: words opening a part that is taken away from the rest, not added (可用财力 a，具体为：镇级
#: 收入 b，上级补助 c，扣除上解上级支出 d / 减：上解支出 d): the part counts against the total
DEDUCTION_OPEN = ("扣除", "减去", "减除", "剔除", "减：", "减:")
#: verbs that start with 加 and add nothing (加强 / 加快 / 加大 …)
NOT_ADDITION = ("加强", "加快", "加大", "加紧", "加速", "加深", "加固", "加装", "加工", "加班")
#: words of the body a figure is of, before its name (本部门一般公共预算拨款支出 is the
#: 一般公共预算拨款支出 a later section names without them)
OWNERS = ("本部门", "本单位", "我单位", "我部门", "本局", "我局", "本委", "我委", "本系统")
#: a total that counts the items listed above it (以上三项合计 / 上述 5 个项目共计 / 以上两类): the
#: closing line of numbered or 一是…二是… lists in self-evaluations and budget notes
ABOVE = "以上"
#: the same without a count (以上合计 / 上述共计 / 以上各项合计): all the items listed before
ABOVE_NAMES = frozenset({"以上", "上述", "以上各项", "上述各项", "以上所列", "上列"})
#: (三县区合计使用 …, 上述两镇合计: the places a fund's notice lists, counted; 以上四种方式合计:
#: the methods of a procurement report)
_COUNTED = r"(?:项|个方面|方面|类|种|个项目|个|县区|区县|县市区|乡镇|街道|县|区|镇|乡|村)"
ABOVE_COUNT = re.compile(rf"^(?:以上|上述)([0-9]{{1,2}}|[一二两三四五六七八九十]{{1,3}}){_COUNTED}")
#: the same count without 以上 / 上述, before 合计 / 共计 (…；三是 …，三类项目合计 8,645.20 万元)
COUNTED_TOTAL = re.compile(rf"^([0-9]{{1,2}}|[一二两三四五六七八九十]{{1,3}}){_COUNTED}")
#: a unit's alternative in brackets right after a count (台（套）/ 个（家）/ 件（套）)
UNIT_ALTERNATIVE = re.compile(r"[（(][\u4e00-\u9fff]{1,2}[）)]")
#: a count of years or items, then a total's word, after figures handed out in turn (分别为
#: a、b、c，三年累计调出 d / 五年来累计 / 三项合计安排 d)
COUNTED_RUN_TOTAL = re.compile(r"(?<![0-9第])([0-9]{1,2}|[一二两三四五六七八九十]{1,3})\s?"
                               r"(?:年来?|项|类)\s?(?:累计|合计|共计|总计)")


#: words of arithmetic in a sentence that shows its working (执行率 95.60% 乘以 10 分计得
#: 9.56 分 / 以 120 万元除以 8 个村): the figure after one is a factor, not a claim
OPERATORS = ("乘以", "除以", "×", "÷", "*")

#: the cue of X …，由 A a 和 B b 构成: the parts named are all of the whole before them
COMPOSED_OF = "由…构成"
#: the cue of 由 N 部分构成 / 组成: the parts that follow are all of the whole
COUNTED_PARTS = "部分构成"
#: the name of a total written without one after its parts (A x、B y，合计 z)
LIST_TOTAL = "合计"
#: words that open the name of one end of a set (最高分 a，最低分 b): no part of a sum
EXTREMES = ("最高", "最低", "最大", "最小")
#: how the name of a budget's net adjustment ends (预算调整数 d after 追加 b、调减 c: their net)
NET_ADJUSTMENT = ("调整数", "调整额", "净调整")
#: the words that name a grand total (收入总计 / 收入总量: the year's flow with what was carried
#: in and transferred, where 合计 may be the year's own)
GRAND_TOTAL_WORDS = ("总计", "总量")
#: names of a budget's grand totals, said after the amounts they sum (本级收入 a，上级补助收入
#: b，调入资金 c，收入总计 d / …，合计支出 e: the balance of a government's budget)
GRAND_TOTALS = ("收入总计", "支出总计", "合计收入", "合计支出", "总计收入", "总计支出")

#: names a list's last part may begin with to say it is the rest of the whole (其中：房屋 …、
#: 车辆 …、其他 …): the list is all of it, whatever word opened it
REST = ("其他", "其它", "其余")
#: words that join a name to the rest's in one part (利息等其他收入 / 丧葬费及其他支出)
REST_JOINS = ("等", "及", "和", "与")
#: the same words alone before a figure of the rest (其余 8 个为 …, 剩余 30 万元用于 …)
REST_WORDS = (*REST, "剩余", "余下", "其余的", "剩下的")
#: words before a figure or a name that say it is one given before (上述 38,050 万元专项债券资金 /
#: 上述两项分别为 …): a reference back, never a new part of a list
AFORESAID = ("上述", "前述")
#: words that say funds went out whole (已全部拨付 / 全额拨付 / 足额拨付): a figure named by its
#: verb alone (下达的 a) is then all of what that verb gave
WHOLE_OUT = ("全部", "全额", "足额")
#: the cue of parts whose shares of an unnamed whole make 100 % (A x，占 p%；B y，占 q%)
SHARES_FULL = "占…%"
#: the words of a classification after 按 (按用途分 / 按来源划分 / 按类别分为): no standard paid by
BY_CLASS_WORDS = re.compile(r"按[^，,；;。]{1,8}(?:分|划分|分类)(?:为)?$")
#: the cue of parts that split a whole by one classification (按资产类别分：A …、B …): all of it
BY_CLASS = "按…分"
#: words that open the name of a stock at the start or of what moved it (年初资产总额 a，新增
#: 资产 b，处置及核销资产 c，年末资产总额 d): such items are no parts of the total after them
STOCK_MOVES = ("年初", "期初", "上年", "新增", "增加", "减少", "处置", "核销", "报废")
#: nouns of places of one level, any of which a count of them may stand for (分布在 4 个县
#: （区）: 白河县、城东区; 12 个乡镇: 东坪镇、石门乡、城关街道)
KINDRED_PLACES = (("县", "区", "市", "旗"), ("乡镇", "镇", "乡", "街道"))
#: the colons, full-width and ASCII, that open what a clause announces (3 宗： / 其中：)
COLONS = ("：", ":")
#: what joins a list's names (A a、B b 和 C c): a figure after one of these goes on the list
NAME_JOINERS = ("、", *LIST_JOINERS)
#: words that name the rest of a whole after its listed parts, with no figure of their own
#: (按功能分类：A a；B b；其余为 C、D 和 E / 其余分布在农业、教育等领域): the listed parts
#: are then not all of it
REST_NAMED = ("其余为", "其余是", "其余主要为", "其余均为", "其余分布", "其他为", "其它为",
              "剩余为")  # (not 其他用车主要是用于 …: a listed part explained)
#: the cue of parts that show a whole from one classification's side (从征收部门来看 / 分收入
#: 结构看 / 分级次看: budget execution reports): the main classes, maybe not all of them
VIEWED_BY = "从…看"
#: words of a classification's name that are not the noun of what it splits (资产类别 -> 资产)
CLASSIFICATION_WORDS = ("功能分类", "经济分类", "类别", "类型", "分类", "科目", "功能", "结构",
                        "级次", "构成", "性质", "来源", "用途", "组织形式", "部门", "方式", "品目")

#: words before a count of units that name one more unit besides them (机关本级和所属 4 家二级
#: 单位): a list of the whole may name it too (部门预算 / 决算 单位构成 paragraphs)
BESIDES_COUNT = ("本级和", "本级及", "本级以及", "本级、", "机关和", "机关及")
