"""Unit words after a number: money, ratios, scores and counts.

The unit decides the dimension (``crossfoot.model.units``) and so the
tolerance and which figures may be compared. A unit word must not be the
first character of a longer word (``5 分别``, ``2 个人``), so each one carries
the characters that may not follow it.
"""

from __future__ import annotations

import re

import pyparsing as pp

#: printed form -> symbol crossfoot.model.units knows (or keeps as its own dimension)
SYNONYMS = {"％": "%", "﹪": "%", "㎡": "平方米", "m²": "平方米", "km": "公里", "千米": "公里",
            "万平方米": "万平方米", "个百分点": "个百分点", "百分点": "个百分点"}

#: money in other currencies (出口 48.37 亿美元 / 实际利用外资 52,380 万美元: trade, tourism and
#: investment bulletins): each currency a dimension of its own, never yuan
CURRENCIES = ("美元", "欧元", "港元", "日元", "英镑")
#: names of money in currencies read as no unit, whose figures are never yuan either
OTHER_CURRENCY_WORDS = ("港币", "澳门元", "澳門元", "澳元", "卢布", "韩元", "新台币")
MONEY = ("万亿元", "亿元", "千万元", "百万元", "万元", "千元", "元")
#: money in other currencies, in the scales bulletins print
FOREIGN_MONEY = tuple(f"{scale}{currency}" for scale in ("亿", "万", "")
                      for currency in CURRENCIES)
RATIO = ("%", "％", "﹪", "‰", "个百分点", "百分点")
SCORE = ("分",)
#: (火灾 1,204 起 / 立案 36 起: incidents and cases in emergency, market-regulation and audit
#: reports; 演出 126 场次: events in culture, sports and training reports; 健身球场 1,247 片:
#: courts and fields; 信访事项 3,412 件次: petitions)
COUNT = ("人次", "户次", "批次", "剂次", "场次", "件次",
         "家次",  # (检查重点排污单位 512 家次: inspections of firms, in supervision reports)
         "册次",  # (外借图书 12.84 万册次: libraries' loans)
         "人", "名", "件", "宗", "户", "项", "个",
         "家", "次", "条", "所", "座", "台", "辆", "套", "场", "期", "批", "份", "篇", "本", "册",
         "处", "张", "间", "栋", "位", "只", "头", "株", "棵", "支", "部", "门", "类", "级",
         "辆次", "架次", "课时", "学时", "轮", "架", "起", "片",
         # (发放个人住房贷款 9,836 笔 / 办理支付业务 12.6 万笔: loans and payments, in
         # housing fund, treasury and bank reports)
         "笔",
         "具",  # (火化遗体 4,912 具: funeral and civil affairs reports)
         "艘",  # (渔船 1,540 艘 / 拆解渔船 18 艘: fishery, maritime and water transport reports)
         "例",  # (报告病例 263 例 / 检出乳腺癌 8 例: health and disease control reports)
         "页",  # (数字化扫描 92.6 万页 / 印制 1,280 页: archives' digitisation and printing)
         "盏",  # (安装路灯 1,260 盏 / 每盏奖补 1,800 元: village lighting and 一事一议 works)
         "枚",  # (发射增雨火箭弹 218 枚 / 获得奖牌 36 枚: weather modification and sports reports)
         "尾",  # (放流鱼苗 1,846 万尾: fishery stocking reports count fry so)
         "车次")  # (出车 15,630 车次 / 运输 2.4 万车次: ambulance, transport and waste reports)
SCALED_COUNT = tuple(f"{scale}{unit}" for scale in ("万", "千", "亿")
                     for unit in ("人次", "人", "户", "件", "个", "次", "条", "吨", "亩", "头",
                                  "只", "株", "棵", "套", "笔", "册次", "册", "页", "尾",
                                  "车次"))
MEASURE = ("微克/立方米", "毫克/立方米", "毫克/升", "万立方米", "立方米",
           "平方公里", "万平方米", "平方米", "㎡", "m²",
           "万公里",  # (全年运营里程 2,286 万公里: buses' and rural transport's mileage)
           "公里", "千米", "km", "米", "亩", "公顷",
           "万吨", "吨",
           "万公斤",  # (新增粮食产能 2,340 万公斤: farm projects' output)
           "公斤", "千克", "万斤", "斤", "千瓦", "兆瓦", "小时", "个工作日", "工作日",
           "个月", "天", "周岁", "岁",
           # (能源消费总量 8.64 万吨标准煤 / 人均综合能耗 312.5 千克标准煤: public bodies'
           # energy reports)
           "万吨标准煤", "吨标准煤", "千克标准煤",
           # (全社会用电量 1,284.36 亿千瓦时, 装机容量 2,284.4 万千瓦, 水资源总量 55.97 亿立方米,
           # 受灾面积 41.7 千公顷, 降水量 1,126.4 毫米: energy, water and weather bulletins)
           "亿千瓦时", "万千瓦时", "千瓦时", "万千瓦", "亿立方米", "千公顷", "毫米")

#: characters that may not follow a unit word, so that it is a word of its own
NOT_AFTER = {
    "分": "别钟之为配析类管局行公期批布散钱红数值",
    "个": "人体别案性",
    "名": "称单额义字录",
    "条": "件例款线理",
    "家": "庭属长乡",
    "期": "间限望末初",
    "项": "目",
    "轮": "换流岗值班胎训次",
    "件": "事",
    "次": "数性要产",  # (按三次产业分: the three sectors, no count)
    "门": "户槛类诊",
    "类": "别型似",
    "尾": "款矿数号声",  # (支付 30%尾款: a payment's last part, no count)
    "级": "别",
    "部": "门分署",
    "本": "级单部地年次",
    "位": "于置",
    "支": "出付持",
    "所": "有在属以述",
    "头": "脑",
    "处": "理置罚室级",
    "台": "账",
    "场": "所地景",
    "元": "旦素",
    "人": "员民口才事",
    "天": "然气",
    "张": "贴",
    "米": "面",
    "起": "草诉步点始来止算征付航飞源因见重",
    "片": "区面刻段",
    "笔": "记试画墨迹录者",
    "例": "如外子行会",
}

ALL_UNITS = tuple(sorted({*MONEY, *FOREIGN_MONEY, *RATIO, *SCORE, *COUNT, *SCALED_COUNT,
                          *MEASURE},
                         key=lambda u: (-len(u), u)))


#: what a unit may be per, after a slash (元/人, 千克标准煤/平方米, 元/人/年: standards and
#: intensities, each a unit of its own, never added to the amounts they are per one of)
PER = ("平方米", "人次", "公里", "人", "户", "生", "名", "亩", "吨", "年", "月", "天", "日", "辆",
       "床", "张", "个", "次", "件", "座", "所", "间", "套", "台", "头", "只", "株",
       # (补助标准 4,000 元/场 / 检验费 65 元/批次 / 每处 … 元/处: events, batches and sites)
       "场次", "场", "批次", "处", "份")


def _pattern() -> str:
    parts = []
    for unit in ALL_UNITS:
        banned = NOT_AFTER.get(unit[-1], "") if len(unit) == 1 else ""
        guard = f"(?![{re.escape(banned)}])" if banned else ""
        parts.append(re.escape(unit) + guard)
    per = "|".join(re.escape(unit) for unit in PER)
    return f"(?:{'|'.join(parts)})(?:/(?:{per})){{0,2}}"


UNIT = pp.Regex(_pattern()).set_name("unit")
UNIT_RE = re.compile(_pattern())


def symbol(printed: str) -> str:
    """The unit symbol crossfoot.model.units uses for a printed unit word."""
    return SYNONYMS.get(printed, printed)


def is_money(unit: str) -> bool:
    return unit in MONEY


def is_count(unit: str) -> bool:
    return unit in COUNT
