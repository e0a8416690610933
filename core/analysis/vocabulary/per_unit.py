"""Amounts per one of a count: 人均 / 生均 / 户均 and 平均每人 / 平均每户.

Class of phrasing served: 决算说明 and 绩效自评 paragraphs that put a total, the
count it is shared by and the amount each in one clause run (工资福利支出 921.60
万元，在职人员 64 人，人均 14.40 万元 / 公用经费 115.20 万元，在校学生 1,280 人，
生均公用经费 900 元 / 发放补贴 36 万元，惠及 120 户，户均 3,000 元 / 培训 860 人次，
支出 25.80 万元，人均 300 元). Each word says which units the count it divides by may be in.
"""

from __future__ import annotations

import re

#: units of a count of people
PEOPLE = ("人", "名")

#: word -> the units of the count it is per one of
PER_UNIT: dict[str, tuple[str, ...]] = {
    "人均": (*PEOPLE, "人次"), "生均": PEOPLE, "平均每人": PEOPLE, "平均每名": PEOPLE,
    "平均每生": PEOPLE, "每人平均": PEOPLE,
    "户均": ("户", "家", "户次", "家次"),  # (惠及企业 24 家，户均 6.5 万元: firms are 户 too,
    # in commerce, tax and business-support reports; 补助 73 家次，户均 7.1 万元: each time)
    "平均每户": ("户",), "每户平均": ("户",),
}

#: 平均每 and the unit of the count an amount is the mean over (全县 13 个乡镇安排 8,138 万元，
#: 平均每个乡镇 626 万元 / 购置公务用车 46 辆，购置费 1,012.00 万元，平均每辆 22.0 万元 / 新增藏书
#: 2.35 万册，购书经费 58.75 万元，平均每册 25.00 元): 三公, transfer and project reports
MEAN_EACH = "平均每"
#: the units of such counts, longest first (批次 before 批)
MEAN_EACH_UNITS = ("批次", "人次", "个", "辆", "所", "家", "册", "台", "件", "批", "项", "户", "座",
                   "处", "期", "场",  # (培训 42 期 …，平均每期 45 人: training reports)
                   "份",  # (签订合同 48 份 …，平均每份合同金额 m: procurement reports)
                   "次")  # (召开会议 8 次，会议费 a，平均每次会议费用 m: bodies' meetings)
#: units too general to say what is counted: the mean's noun must be the count's (平均每个乡镇
#: of 13 个乡镇, never of 12 个项目)
NAMED_UNITS = ("个", "项", "件", "处")
#: one-word means over a count, and the units of the count (车均运行维护费 / 批均接待费)
MEAN_WORDS: dict[str, tuple[str, ...]] = {"车均": ("辆",), "批均": ("批次", "批"), "校均": ("所",),
                                          "次均": ("人次", "次"),
                                          # (拨付 7 个县 3.682 亿元，县均 5,260 万元)
                                          "县均": ("个",), "村均": ("个",), "镇均": ("个",),
                                          # (培训班 12 期，培训 540 人次，期均 45 人次; 培训 48
                                          # 场次 …，场均 60 人次: training and outreach reports)
                                          "期均": ("期",), "场均": ("场次", "场"),
                                          # (补偿 64 件，金额 21.76 万元，件均补偿 3,400 元:
                                          # claims, cases and compensation reports)
                                          "件均": ("件",)}

#: the word of an amount per head of a population (居民人均可支配收入 / 人均消费支出: household
#: surveys), whose parts are amounts per head too
PER_HEAD = "人均"
#: words a name begins with when its figure is an amount per one of something (人均接待费,
#: 车均运行维护费, 中标单价): never the same quantity as the whole it is an average of, nor
#: as the same words said of another thing
PER_ONE_NAMES = ("人均", "生均", "户均", "批均", "车均", "次均", "亩均", "村均", "县均", "镇均",
                 "校均", "平均", "每人", "每户",
                 "每生", "每批", "每辆", "每次", "每亩",
                 # (覆盖 12 个行政村，每村 15 万元: transfer funds shared by villages, towns,
                 # schools and bodies)
                 "每村", "每个", "每所", "每校", "每镇", "每乡", "每家")
#: the word of a mean, never a standard (平均每台 32.5 万元)
MEAN = "平均"
#: the one-word means (人均, 户均, 期均 …): a figure so named is a mean
_MEAN_NAMES = tuple(sorted({word for word in (*PER_ONE_NAMES, *MEAN_WORDS)
                            if word.endswith("均") and word != MEAN}))
#: words a name ends with when its figure is a price of one unit (中标单价 420 元)
UNIT_PRICE_ENDINGS = ("单价", "均价")


#: the word that makes a figure per one a standard set by rule, exact whatever digits it
#: shows (补助标准为每人每年 1.5 万元 / 按每户 2 万元标准 / 执行每人每月 80 元标准: subsidy,
#: allowance and award reports), unlike a mean, which is measured and rounded
STANDARD = "标准"
#: what may stand between a standard's figure and the 标准 after it (1.5 万元的标准)
STANDARD_AFTER = ("标准", "的标准")


def said_as_mean(label: str) -> bool:
    """平均每期 45 人次 / 期均 45 人次 / 人均 2.3 人: is the figure a mean, rounded like a
    measurement even where it is of counts (545 人次 over 12 期 is 45.4 a session)?"""
    return MEAN in label or mean_of_one(label)


def mean_of_one(label: str) -> bool:
    """车均 / 人均 / 户均 …: does one word of the label make its figure a mean per one of a
    count (not 平均浓度, a measurement's mean), or end it (较上年站均: a character and 均)?"""
    return any(word in label for word in _MEAN_NAMES) or _ENDS_MEAN_OF_ONE.search(label) is not None


def set_standard(label: str, unit: str, after: str) -> bool:
    """Is a figure per one a standard, said so before it (补助标准为每站) or after it (按每户 2
    万元标准), per one by 每 / 人均 before it or by its unit (2,800 元/人)?"""
    per = (EACH_ONE in label or "/" in unit or says_per_one(label)) and MEAN not in label
    return per and (STANDARD in label or after.startswith(STANDARD_AFTER))


def after_mean_each(words: str) -> str | None:
    """站 of 平均每站, 个乡镇 of 平均每个乡镇: the words after the first 平均每, None without it."""
    at = words.find(MEAN_EACH)
    return None if at < 0 else words[at + len(MEAN_EACH):]


def rate_of_one(name: str) -> bool:
    """按小学每生每年 / 人均: does the name, anywhere in it, make its figure an amount per one
    of something (a standard, never a part of a sum of amounts)?"""
    return any(word in name for word in PER_ONE_NAMES) or name.startswith(EACH_ONE) \
        or _MEAN_OF_ONE.match(name) is not None


def says_per_one(words: str) -> bool:
    """人均 / 户均 / 每户 … anywhere in a figure's words: an amount per one (平均浓度, a mean of
    anything, is no such)."""
    return any(word in words for word in _PER_ONE_WORDS)


def per_one(name: str) -> bool:
    """人均接待费 / 中标单价: is the name's figure an amount per one of something?"""
    return name.startswith((*PER_ONE_NAMES, EACH_ONE)) or name.endswith(UNIT_PRICE_ENDINGS) \
        or _MEAN_OF_ONE.match(name) is not None


#: a character and 均 that begin a name: a mean over what the character counts (站均 27 场,
#: 馆均接待 1.2 万人次, 企均, 床均: 人均 / 户均 said of stations, libraries, firms, beds), not
#: 均 as "all" (各项均, 不均衡) nor an even split (均等, 均衡, 均匀)
_MEAN_OF_ONE = re.compile(r"[\u4e00-\u9fff](?<![不各全])均(?![衡匀等分为已])")
#: such a mean ending a label (较上年站均 564 批次), not 平均 nor 年均 (两年均: both years)
_ENDS_MEAN_OF_ONE = re.compile(r"[\u4e00-\u9fff](?<![不各全平年])均$")


def said_per_one(label: str) -> bool:
    """按核定床位每张每年 1,000 元 / 按每人每月 100 元: does 每 and a unit (and a period) end
    the words before the figure, making it an amount per one?"""
    return _ENDS_PER_ONE.search(label) is not None


def only_per_one(name: str) -> bool:
    """每人每月 / 每亩: are the words only the one a standard is per, naming nothing?"""
    return _ENDS_PER_ONE.fullmatch(name) is not None


#: 每 and a unit or period of one or two characters, once or twice, at the end of a name
_ENDS_PER_ONE = re.compile(r"每[\u4e00-\u9fff]{1,2}(?:每[\u4e00-\u9fff]{1,2})?$")
#: the word a name per one of any unit begins with (每股 375 元, 每吨, 每平方米)
EACH_ONE = "每"
#: the words that make a name a mean of a total said before it (平均每辆 / 每批次), unlike a
#: standard or a fund of its own name (人均筹资标准, 生均拨款收入)
MEAN_OPENERS = ("平均", EACH_ONE)
#: the words of an amount per one, but those of a mean of anything (平均)
_PER_ONE_WORDS = tuple(w for w in PER_ONE_NAMES if w not in MEAN_OPENERS)
#: words that make a standard a month's whatever its unit says (基础养老金月标准为 163 元/人 /
#: 每月 …): pension, allowance and relief notices
MONTHLY_STANDARD = ("月标准", "每月", "按月")
#: the word that opens a list of standards paid by (按幼儿园 1000 元；小学 2000 元的标准)
BY_STANDARD = "按"
#: words of the period an amount is per, and the period (每月 3,288 元、每年 39,456 元: a
#: month's figure and a year's are never parts of each other)
PERIOD_WORDS = {"每月": "月", "月均": "月", "每季度": "季", "每年": "年", "全年": "年",
                "年均": "年"}


def period_of(label: str) -> str | None:
    """The period a figure's words say it is per or of (每月 -> 月), if they say one."""
    return next((period for word, period in PERIOD_WORDS.items() if word in label), None)


#: words that make an amount a rate per one per period: (units of the count, times a year)
#: (高龄津贴按每人每月 100 元 / 低保金每户每月 / 补贴每人每年: 民政 and 残联 project reports)
PER_PERIOD: dict[str, tuple[tuple[str, ...], int]] = {
    "每人每月": (PEOPLE, 12), "每月每人": (PEOPLE, 12), "每名每月": (PEOPLE, 12),
    "每户每月": (("户",), 12), "每月每户": (("户",), 12),
    "每人每年": (PEOPLE, 1), "每户每年": (("户",), 1),
    "每生每年": (PEOPLE, 1),  # (资助学生 1,236 人，按每生每年 3,300 元: student aid)
    # (村干部 1,046 人，基本报酬按人均每月 2,800 元标准核定: pay and allowances)
    "人均每月": (PEOPLE, 12), "人均每年": (PEOPLE, 1),
}
#: names of a standard that is a line, not what each is paid (农村低保保障标准为每人每年 5,400
#: 元 … 发放低保资金 c: each is paid the gap between the line and his income; a budget's
#: 全年需资金 at the standard is still its product)
LINE_STANDARDS = ("保障标准", "低保标准")
#: words of a rate per one per day, paid as many days as the text says (受益学生 1,264 人，每生
#: 每天 4 元，在校 200 天计: school meals; 每人每天 30 元 … 发放 90 天: relief and training)
PER_DAY: dict[str, tuple[str, ...]] = {"每生每天": PEOPLE, "每人每天": PEOPLE, "每生每日": PEOPLE,
                                       "每人每日": PEOPLE}
#: words that make a figure a month's mean of a year's total (全年 … 64,920 元，月均 5,410 元)
MONTHLY_MEAN = ("月均", "平均每月", "每月平均", "月平均")
#: words after 人均 / 户均 that make the amount per one per month or year (人均每月 3,000 元 of
#: a year's total: pension and allowance reports), and how many times a year it is paid
PERIOD_AFTER = {"每月": 12, "每年": 1,
                "月": 12}  # (户均月补贴 300 元: the month's word alone)
#: the same said before 人均 / 户均 (月人均补差 201 元 / 年人均), as the word after it says it
PERIOD_BEFORE = {"每月": "每月", "月": "每月", "每年": "每年"}
#: how far before an amount such words may stand (补贴标准为每人每月 90 元)
RATE_WORDS_WITHIN = 12
#: the period a rate's unit names after its count's (800 元/户/年, 1,500 元/人/月; none: once),
#: and the times a year it is paid
TIMES_A_YEAR = {"": 1, "年": 1, "月": 12}
#: the word of a running total, which may span years (累计发放)
RUNNING = "累计"
#: words that say a total is the whole year's (全年需资金 / 年度共需)
YEAR = ("全年", "年度", "一年", "1—12月", "1-12月", "1至12月")  # (1—12 月共计发放: all its months)
