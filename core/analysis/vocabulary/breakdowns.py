"""Breakdowns every report of a kind shares: a total and the parts that make all of it.

Budget and final-accounts rules fix some totals' parts (财政部 公开 templates;
cn-rules.md A7, A8): 三公经费 is 因公出国（境）费 + 公务接待费 + 公务用车购置及
运行（维护）费; the last is 购置费 + 运行（维护）费; 基本支出 is 人员经费 +
公用经费; 一般公共预算财政拨款支出 is 基本支出 + 项目支出 (an appropriation pays
for the one or the other; a unit's 本年支出合计 may also hold 经营支出 and more, so
it is not listed); 政府采购支出 is 货物 + 工程 + 服务 (every 部门决算说明 states it so).
A government's reports fix two more (政府收支分类科目; 预算法 art. 35 and 财预
〔2017〕 debt rules): 一般公共预算收入 is 税收收入 + 非税收入, and 政府债务余额 is
一般债务 + 专项债务 (its 限额 too; not the bonds issued, which are also 新增 or
再融资, so a list of them may cross two classifications); 上级补助收入 is
返还性收入 + 一般性转移支付收入 + 专项转移支付收入 (the three kinds of transfer
since 2009), and 三保支出 is 保基本民生 + 保工资 + 保运转 (the three a county must fund
first, 财预〔2019〕 三保 rules). The 部门决算 template's 国有资产占有使用情况 counts
a body's vehicles in seven kinds (车改后的公务用车分类: 主要领导干部用车、机要通信用车、
应急保障用车、执法执勤用车、特种专业技术用车、离退休干部服务用车、其他用车; earlier
templates add 副部（省）级及以上领导用车); a list naming all seven (or eight)
is every vehicle. 离退休人员 are 离休人员 and 退休人员: the name says so, and
a body's 实有人员 are its 在职 and its 离退休 staff (the 人员情况 of every
部门决算 and 部门预算).
When a text lists exactly these parts under such a total (with 其中,
which alone would promise only some), the list is complete, and its sums and
its changes must close.

Names are matched by the words they must and must not contain, since reports
write 公务用车购置及运行费 / 公车购置及运行维护费 / 公务用车购置和运行费.
"""

from __future__ import annotations

import re

from crossfoot.model.brackets import split_outside
from crossfoot.report_caches import report_cache

#: concept -> (words one of which the name contains, words it must not contain)
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "三公经费": (("三公",), ()),
    # (出国团组 1 个，累计 3 人次，人均 1.42 万元: the trips and what each cost, not the fee)
    "因公出国（境）费": (("出国",), ("团组", "人次", "人均")),
    # (国内接待费 / 外事接待费 / 国（境）外接待费: its kinds, not all of it)
    "公务接待费": (("接待",), ("批", "人次", "国内", "外事", "境外", "国外", "境）外", "境)外",
                         "外宾")),
    "公务用车购置及运行费": (("购置及运行", "购置和运行", "购置与运行"), ()),
    "公务用车购置费": (("车购置", "车辆购置", "用车购置"), ("运行",)),
    "公务用车运行费": (("车运行", "车辆运行", "用车运行", "公务车辆运行"), ("购置",)),
    "基本支出": (("基本支出",), ("项目",)),
    # (一般公共预算当年拨款支出: a 部门预算's appropriation of the year, paid as the same two)
    "财政拨款支出": (("一般公共预算财政拨款支出", "一般公共预算拨款支出", "一般公共预算当年拨款"),
                    ("基本", "项目", "三公", "人员", "公用", "经费", "占")),
    "项目支出": (("项目支出",), ("基本", "财政拨款", "预算拨款")),
    "政府采购支出": (("政府采购支出", "政府采购总额", "政府采购合同总额"),
                    ("货物", "工程", "服务", "中小企业", "小微")),
    "政府采购货物支出": (("货物支出", "采购货物", "货物采购", "货物类"), ()),
    "政府采购工程支出": (("工程支出", "采购工程", "工程采购", "工程类"), ()),
    "政府采购服务支出": (("服务支出", "采购服务", "服务采购", "服务类"), ("公共服务",)),
    "人员经费": (("人员经费",), ()),
    "公用经费": (("公用经费",), ("人员",)),
    "一般公共预算收入": (("一般公共预算收入",), ("财政拨款", "补助", "上级", "税收", "非税",
                                            "转贷", "调入")),
    "上级补助收入": (("上级补助收入",), ("返还", "一般性", "专项", "其中")),
    "返还性收入": (("返还性收入",), ()),
    "一般性转移支付收入": (("一般性转移支付收入", "一般性转移支付补助收入"), ()),
    "专项转移支付收入": (("专项转移支付收入", "专项转移支付补助收入"), ()),
    "税收收入": (("税收收入",), ("非税",)),
    "非税收入": (("非税收入",), ()),
    "政府债务余额": (("政府债务余额", "政府债务总额"), ("一般债务", "专项债务", "限额")),
    "一般债务余额": (("一般债务",), ("限额",)),
    "专项债务余额": (("专项债务",), ("限额",)),
    "政府债务限额": (("政府债务限额", "债务限额"), ("一般债务", "专项债务")),
    "一般债务限额": (("一般债务限额",), ()),
    "专项债务限额": (("专项债务限额",), ()),
    "三保支出": (("三保",), ()),
    "保基本民生支出": (("保基本民生", "保民生"), ("三保",)),
    "保工资支出": (("保工资",), ("三保",)),
    "保运转支出": (("保运转",), ("三保",)),
    # (按规定上缴车辆 2 辆 / 报废车辆 / 新增车辆: vehicles that left or came in the year, no
    # stock the kinds make up)
    "车辆": (("车辆", "用车总数", "公务用车保有量"), ("购置", "运行", "费", "上缴", "处置", "报废",
                                               "拍卖", "新增", "更新", "调入", "调出", "划转")),
    "副部（省）级及以上领导用车": (("副部",), ()),
    "主要领导干部用车": (("领导干部用车",), ()),
    "机要通信用车": (("机要通信用车",), ()),
    "应急保障用车": (("应急保障用车",), ()),
    "执法执勤用车": (("执法执勤用车",), ()),
    "特种专业技术用车": (("特种专业技术用车",), ()),
    "离退休干部服务用车": (("离退休干部服务用车", "离退休干部用车"), ()),
    "其他用车": (("其他用车",), ()),
    "实有人员": (("实有人",), ("经费", "费", "在职", "离退休")),
    "在职人员": (("在职",), ("用车", "费", "离退休", "实有")),
    "离退休人员": (("离退休",), ("用车", "费")),
    "离休人员": (("离休",), ("离退休", "用车", "费")),
    "退休人员": (("退休",), ("离退休", "离休", "用车", "费")),
}
#: total concept -> the parts that make all of it
COMPLETE: dict[str, tuple[str, ...]] = {
    "三公经费": ("因公出国（境）费", "公务接待费", "公务用车购置及运行费"),
    "公务用车购置及运行费": ("公务用车购置费", "公务用车运行费"),
    "基本支出": ("人员经费", "公用经费"),
    "财政拨款支出": ("基本支出", "项目支出"),
    "政府采购支出": ("政府采购货物支出", "政府采购工程支出", "政府采购服务支出"),
    "一般公共预算收入": ("税收收入", "非税收入"),
    "上级补助收入": ("返还性收入", "一般性转移支付收入", "专项转移支付收入"),
    "政府债务余额": ("一般债务余额", "专项债务余额"),
    "政府债务限额": ("一般债务限额", "专项债务限额"),
    "三保支出": ("保基本民生支出", "保工资支出", "保运转支出"),
    "车辆": ("主要领导干部用车", "机要通信用车", "应急保障用车", "执法执勤用车", "特种专业技术用车",
           "离退休干部服务用车", "其他用车"),
    "离退休人员": ("离休人员", "退休人员"),
    "实有人员": ("在职人员", "离退休人员"),
}
#: the periods that make a whole year between them: a list of a year's figure by all of them
#: (全年支出 a，分季度看，第一季度 b、第二季度 c、第三季度 d、第四季度 e) is all of it
YEAR_PERIODS = (("第一季度", "第二季度", "第三季度", "第四季度"),
                ("一季度", "二季度", "三季度", "四季度"),
                ("上半年", "下半年"))
#: the two sides every member of a whole falls on one of (城乡低保对象 a 人，其中城市 b 人、农村
#: c 人 / 参保人员 a 人，其中男性 b 人、女性 c 人: 民政, 医保 and staff reports): a list of both
#: sides of one pair, their names otherwise alike, is all of it
SIDES = (("城市", "农村"), ("城镇", "农村"), ("城镇", "乡村"), ("男性", "女性"), ("男", "女"))
#: the word that names the other side of a divide by the first side's own name (住房消费类
#: 提取 b、非住房消费类提取 c / 经营性收入 b、非经营性收入 c: 公积金, 村集体 and fund reports)
OTHER_SIDE = "非"
#: the levels of government a fund's sources are named by, each by the words that open its
#: name, highest first (其中：中央财政补助资金 a，省级补助资金 b，县级配套资金 c: a project's
#: or fund's money by who gave it)
GOVERNMENT_LEVELS = (("中央",), ("省级", "省财政", "省"), ("市级", "市财政", "州级", "市"),
                     ("县级", "县财政", "区级", "县", "区本级", "本级"),
                     ("乡镇", "镇级", "乡级"))
#: the fewest levels such a list names before it is taken as all the money's sources
MIN_LEVELS = 3
#: totals that hold money raised besides what governments gave (总投资 / 总投入: 自筹, 社会资本)
RAISED_BESIDES = ("投资", "投入")
#: parts a total's known breakdown may also name (the template before 2019 listed 副部（省）级
#: 及以上领导用车 as an eighth kind of vehicle)
OPTIONAL: dict[str, tuple[str, ...]] = {"车辆": ("副部（省）级及以上领导用车",)}


#: concepts that name one quantity wherever a report states them (三公经费 is the
#: body's, not a section's; 基本支出 is stated for each fund and each function)
REPORT_WIDE = frozenset({"三公经费", "因公出国（境）费", "公务接待费", "公务用车购置及运行费",
                         "公务用车购置费", "公务用车运行费"})


#: spending named for a purpose across the function classes (民生支出 holds 教育, 社会保障和
#: 就业, 卫生健康 …): a list that names one beside a class (其中，民生支出 a；教育支出 b) counts
#: some spending twice, so it is no breakdown (budget execution reports)
ACROSS_CLASSES = ("民生支出", "重点支出", "民生领域支出", "民生类支出")


def overlapping(names: list[str]) -> bool:
    """Does a list name spending across classes beside other spending?"""
    across = [name for name in names if name.endswith(ACROSS_CLASSES) and concept(name) is None]
    # (保基本民生支出 is a kind of 三保支出, not spending across the classes)
    return bool(across) and len(across) < len(names)


def nested_ranges(names: list[str]) -> bool:
    """Do two names give ranges of one thing open the same way (100Mbps 及以上 …，1000Mbps
    及以上 …: the second within the first; not 单价 50 万元以上通用设备 and 单价 100 万元以上
    专用设备, two things)? Then each is a part of the whole, but they do not add."""
    for bound in OPEN_BOUNDS:
        things = [_DIGITS.sub("", name) for name in names if bound in name]
        if len(things) != len(set(things)):
            return True
    return False


_DIGITS = re.compile(r"[0-9][0-9,.]*")


#: words that make a name a range open one way (60 岁及以上, 50 万元以下): two ranges open the
#: same way nest, one within the other, so they are no parts of one whole; one each way may be
OPEN_BOUNDS = ("以上", "以下")


@report_cache(maxsize=4096)  # a report names the same few subjects again and again
def concept(name: str) -> str | None:
    """The breakdown concept ``name`` names, if exactly one (none for a list of names:
    “三公”经费、会议费和培训费三项 are more than the 三公经费)."""
    if len(split_outside(name, "、")) > 1:
        return None
    found = [key for key, (words, banned) in NAMES.items()
             if any(w in name for w in words) and not any(b in name for b in banned)]
    if "公务用车购置及运行费" in found:
        found = [f for f in found if f not in ("公务用车购置费", "公务用车运行费")]
    return found[0] if len(found) == 1 else None


def known_parts(total: str | None) -> tuple[str, ...]:
    """The known parts of ``total`` and theirs (三公经费: 出国, 接待, 公车购置及运行, and the
    公车's 购置 and 运行): a list of them goes on past its sentence."""
    parts = COMPLETE.get(total or "", ())
    return (*parts, *(sub for part in parts for sub in COMPLETE.get(part, ())))


def disjoint(whole: str | None, part: str | None) -> bool:
    """Is ``part`` (a concept) outside ``whole`` by a known breakdown: a sibling of it, or a
    part of a sibling (退休人员 is of 离退休人员, which stands beside 在职人员 in 实有人员)?"""
    if whole is None or part is None or whole == part:
        return False
    return any(part in (sibling, *known_parts(sibling))
               for parts in COMPLETE.values() if whole in parts
               for sibling in parts if sibling != whole)


def completes(total: str, parts: list[str]) -> bool:
    """Do ``parts`` (concepts) make all of ``total`` by a known breakdown?"""
    wanted = COMPLETE.get(total)
    if wanted is None or len(set(parts)) != len(parts):
        return False
    named = set(parts)
    for part in wanted:  # 公务用车购置费 and 运行费 named for 公务用车购置及运行费
        own = set(COMPLETE.get(part, ()))
        if part not in named and own and own <= named:
            named = (named - own) | {part}
    return set(wanted) <= named and named - set(wanted) <= set(OPTIONAL.get(total, ()))
