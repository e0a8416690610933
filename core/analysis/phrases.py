"""The words around a figure: its label, its cue words and what it measures.

A figure's label is the noun phrase it quantifies, read leftwards to the
clause boundary (``编制人数共 10 人`` -> 编制人数) or, for a classifier with a
noun after it (``7 家助产机构``), rightwards. Cue words are kept apart: 共 /
合计 say the figure is a total, 其中 that parts follow, 较上年减少 that it is a
signed change, 预算 / 决算 which measure it is.
"""

from __future__ import annotations

import re

#: characters that end a clause: a label never crosses them
CLAUSE_END = "，,。；;：:、！？!?（）()【】[]《》|\n"
SENTENCE_END = "。；;！？!?\n"
OPEN_PARENS = "（(【["
CLOSE_PARENS = "）)】]"

_LEADING = re.compile(
    r"^(?:[0-9]{1,2}\s*[.．、]|[（(][0-9一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、是]|"
    r"其中|共有|现有|分别为|分别是|分别|另外|此外|同时|并且|以及|另|现已|现|已经|已|目前|当前|今年以来|全年|"
    r"截止目前|截至目前|截止到目前|截至到目前|自联办以来|其次|再次|最后|首先|主要|包括|含|"
    r"为|向|对|于|共|共计|合计|总计|累计|全县|全市|全区|全省|实现)+")
_TRAILING = re.compile(
    r"(?:分别为|分别是|分别|共计|合计|总计|累计|共有|已达|达到了|达到|高达|都高达|均为|都为|增至|"
    r"降至|均为|都|为|是|达|共|计|了|总额为|总数为|总数|总额)+$")
_TOTAL_CUE = re.compile(r"(?:共计|合计|总计|累计|共有|共|总额为|总数为|总数|总额|总计为)\s*$")
_COMPLETE_CUE = re.compile(r"(?:分别为|分别是|分别|即)\s*$")
_PARTS_CUE = re.compile(r"其中\s*[：:]?\s*$")
DIRECTION = re.compile(
    r"(?P<dir>增长|增加|上升|提高|增幅为|增幅|增|多|减少|下降|降低|降幅为|降幅|减|节约|节省|少)"
    r"(?:了)?\s*$")
_COMPARE = re.compile(
    r"(?:较|比(?![例重率])|同比|与)\s*(?P<base>上年度|上年同期|上年|去年同期|去年|上一年度|上一年|上期|"
    r"(?:19|20)[0-9]{2}\s*年度?(?:决算数|预算数|同期|决算|预算)?|年初预算数|年初预算|预算数|预算)?")
_FLAT = re.compile(r"(?:较|比(?![例重率])|同比)[^，。；]*?(?:持平|无增减|无变化|基本持平)")
_COUNT_NOUN_STOP = re.compile(
    r"(?:申报|提供|已|在|的|线上|线下|全面|进行|开展|实现|协助|办理|参加|为|对|与|和|及|并|"
    r"共|等|中|是|有|用于|完成|达到|通过|按照|获得|需要|硬件|软件|情况)")
_WEAK_LEFT = re.compile(r"(?:全县|全市|全区|全省|全村所有|全村|所有|全部|共有|现有|"
                        r"对|为|向|在|有|到|达|给|已在|现已在|共计|合计|共|计)$")
_YEAR_IN_LABEL = re.compile(r"(?:19|20)[0-9]{2}\s*年度?(?![初底末中])"
                            r"|(?:19|20)[0-9]{2}\s*(?=年[初底末中])")
_SPACES = re.compile(r"\s+")

#: label words that name the measure; checked in this order, first hit wins
_MEASURE_WORDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), m) for p, m in (
        (r"执行率|预算完成率|支出进度", "rate"),
        (r"占.*比|比重|占比|比例", "share"),
        (r"得分|评分|自评分|平均分", "score"),
        (r"分值|权重|满分", "weight"),
        (r"指标值|目标值", "target"),
        (r"完成值|实际值|实际完成", "result"),
        (r"上年|去年|上一年", "prior"),
        (r"决算|执行数|实际支出|实际完成|实际到位|拨付|已支出|支付|兑付|使用", "actual"),
        (r"追加|追减|调增|调减|调整数", "adjustment"),
        (r"年初预算|年初批复|年初安排", "budget_initial"),
        (r"预算|批复|下达|安排|计划投资|计划总投资|计划安排", "budget"),
        (r"支出|开支", "actual"),
    ))
MEASURE_ONLY = re.compile(
    r"^(?:年初|年中|年底|年末|全年|调整后|实际)?(?:预算数?|决算数?|执行数?|支出数|拨付|"
    r"到位|执行|完成拨付|已完成拨付|已拨付|已支出|已使用|预算执行率|执行率|完成率|"
    r"追加预算数?|追加数|调整数|追减数|指标值|目标值|完成值|实际完成值|实际值|完成情况)?$")
#: words of time and measure only: a label made of them names no subject of its own
_NO_SUBJECT = re.compile(r"^(?:年初|年中|年底|年末|全年|调整后|实际|预算|决算|执行|安排|追加|追减|"
                         r"调整|数|后)*$")
_TRAILING_MEASURE = re.compile(r"(?:年初预算数?|全年预算数?|调整后预算数?|预算数?|决算数?"
                               r"|执行数?)$")


_RATE_WORD = re.compile(r"^(?:预算)?(?:执行率|完成率)$")


def is_rate_word(label: str) -> bool:
    """执行率 alone: the rate of the figures just named."""
    return bool(_RATE_WORD.match(label))


_RELATIVE = re.compile(r"^(?:占|完成|达到|达|为|相当于|是)")
_DIRECTION_ONLY = re.compile(r"^(?:同比|较上年|比上年)?"
                             r"(?:增长|增加|上升|提高|减少|下降|降低|增|减)(?:了)?$")


def relative_measure(label: str) -> str | None:
    """占 88.7%、完成全年预算的 82%: a percentage of the figure just named."""
    if not _RELATIVE.match(label):
        return None
    return "share" if label.startswith("占") else "rate"


def subject_of(label: str) -> str:
    """A label without the measure words at its end (商品服务支出预算 -> 商品服务支出).

    Empty when the label is only words of time and measure (年中追加预算) or of
    direction (下降): such a figure is about the subject of the sentence.
    """
    if _NO_SUBJECT.match(label) or _DIRECTION_ONLY.match(label):
        return ""
    stripped = _TRAILING_MEASURE.sub("", label)
    stripped = _LEADING_MEASURE.sub(r"\1", stripped)
    return stripped if len(stripped) >= 2 else label


#: 该项目年初预算安排资金 -> 该项目资金: words of time and measure after a determiner
_LEADING_MEASURE = re.compile(r"^(该项目|本项目|项目)?(?:年初|年中|年底|年末|全年|调整后|预算|决算|"
                              r"安排|追加|下达|批复)+(?=.{2})")
CATEGORY_WORDS = ("收入", "支出", "结余", "结转", "经费", "资金")


def clean_label(text: str) -> str:
    """A raw left context reduced to the noun phrase: years, cues and connectors removed."""
    text = _YEAR_IN_LABEL.sub("", text)
    text = _SPACES.sub("", text).lstrip("的")
    quoted = _QUOTED_END.search(text)
    if quoted:
        return quoted.group(0)  # 共办理“医保一件事”202 件: the quoted name is what is counted
    previous = None
    while previous != text:
        previous = text
        text = _LEADING.sub("", text)
        text = _TRAILING.sub("", text)
        text = _unbalanced(text)
    return text.strip()


_QUOTED_END = re.compile(r"“[^“”]{1,20}”$")


def _unbalanced(text: str) -> str:
    """Drop a quote mark left without its partner at either end."""
    if text.startswith("“") and "”" not in text:
        text = text[1:]
    if text.endswith("”") and "“" not in text:
        text = text[:-1]
    if text.endswith("“"):
        text = text[:-1]
    return text


def is_total_cue(left: str) -> bool:
    return bool(_TOTAL_CUE.search(left))


def is_complete_cue(left: str) -> bool:
    return bool(_COMPLETE_CUE.search(left))


def is_parts_cue(left: str) -> bool:
    return bool(_PARTS_CUE.search(left))


def direction(left: str) -> int:
    """+1 or -1 when the words just before a figure say it is an increase or a decrease."""
    found = DIRECTION.search(left)
    if not found:
        return 0
    word = found.group("dir")
    return -1 if word[0] in "减下降节少" else 1


def _last_comparison(clause: str) -> re.Match[str] | None:
    found = None
    for match in _COMPARE.finditer(clause):
        found = match
    return found


_EARLIER_COMPARISON = re.compile(r"(?:与|和|同)(?:上年|去年|上年度|上一年度?)(?:同期)?相比|同比")


def compared_earlier(group: str) -> bool:
    """与上年相比，…减少 234.56 万元: the comparison is named in an earlier clause."""
    return bool(_EARLIER_COMPARISON.search(group))


def comparison(clause: str) -> str | None:
    """The base a clause compares with: ``prior`` (上年, a year), ``budget`` or None."""
    found = _last_comparison(clause)
    if found is None:
        return None
    base = found.group("base") or "上年"
    return "budget" if "预算" in base and "年度" not in base and not base[:2].isdigit() \
        else "prior"


def compared_year(clause: str) -> int | None:
    """The year a comparison names (较2024年的 ...), if any."""
    found = _last_comparison(clause)
    if found is None or not found.group("base"):
        return None
    digits = re.match(r"(?:19|20)[0-9]{2}", found.group("base"))
    return int(digits.group(0)) if digits else None


def is_flat(clause: str) -> bool:
    return bool(_FLAT.search(clause))


def weak_left(label: str) -> bool:
    """A left context that names no thing (全县, 为, 对全村所有): the noun follows instead."""
    return len(label) < 2 or bool(_WEAK_LEFT.search(label))


def noun_after(text: str, start: int, limit: int = 8) -> str:
    """The noun right after a classifier (``7 家助产机构线上线下…`` -> 助产机构)."""
    if start >= len(text) or not "\u4e00" <= text[start] <= "\u9fff":
        return ""
    end = start
    depth = 0
    while end < len(text) and end - start < limit + 6:
        ch = text[end]
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and (ch in CLAUSE_END or ch.isspace() or ch.isdigit() or ch in "“”"):
            break
        end += 1
    noun = text[start:end]
    stop = _COUNT_NOUN_STOP.search(noun, 1)
    if stop:
        noun = noun[:stop.start()]
    kept = _SHORT_PARENS.sub("", noun)
    if any(ch in kept for ch in "（(）)"):
        noun = re.split(r"[（(]", noun)[0]
    return noun[:limit + 6] if noun != kept else noun[:limit]


_SHORT_PARENS = re.compile(r"[（(][^（()）]{1,6}[)）]")


def measure_of(label: str, unit_dimension: str) -> str:
    """The measure a label's words name; otherwise amount (money) or count."""
    for pattern, measure in _MEASURE_WORDS[4:6]:
        if pattern.search(label):
            return measure  # 指标值 / 完成值: a target or a result, whatever the unit
    if unit_dimension == "ratio":
        for pattern, measure in _MEASURE_WORDS[:2]:
            if pattern.search(label):
                return measure
        return "rate"
    if unit_dimension == "score":
        return "weight" if _MEASURE_WORDS[3][0].search(label) else "score"
    if unit_dimension == "money":
        for pattern, measure in _MEASURE_WORDS[4:]:
            if pattern.search(label):
                return measure
        return "amount"
    if unit_dimension == "count":
        return "count"
    return "amount"


def names_measure(label: str, unit_dimension: str) -> bool:
    """Do the label's own words say which measure it is (预算, 决算, 追加 …)?"""
    if unit_dimension != "money":
        return False
    # 支出 names a category as much as a measure: it decides only when nothing else does
    return any(pattern.search(label) for pattern, _ in _MEASURE_WORDS[4:-1])


def category_of(label: str) -> str | None:
    """The category word a label ends with (收入, 支出 ...), for parallel clauses."""
    return next((word for word in CATEGORY_WORDS if label.endswith(word)), None)
