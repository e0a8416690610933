"""Figures in a sentence: every quantity and every year it states, with where it is.

Works on normalized text (``crossfoot.analysis.normalize``). A quantity is a
number with its unit (``model.printed``); a year (``2021 年``) and a date
(``2022 年 12 月 8 日``) are read by ``model.dates``. Spans that hold no figure
are skipped first: document numbers (赣发〔2019〕8 号), titles in 《》, phone
numbers, times, web addresses and codes. A number without a unit is never a
figure: it is a list marker, a code or part of a name. ``增收 4,376 万`` in a
report of money is money: a bare 万 or 亿 is read as 万元 or 亿元 there.
"""

from __future__ import annotations

import re
from decimal import Decimal

from crossfoot.model.dates import PrintedDate, read_date
from crossfoot.model.numerals import parse_number
from crossfoot.model.printed import parse_quantity
from crossfoot.model.quantity import Quantity
from crossfoot.model.records import Record
from crossfoot.model.unit_words import CURRENCIES, OTHER_CURRENCY_WORDS

_CANDIDATE = re.compile(r"[0-9]+|[零〇一二两三四五六七八九十百千万亿]+")
_EXCLUDED = re.compile("|".join((
    # possessive: giving back a Chinese character can only put another before the bracket
    r"[\u4e00-\u9fff]{1,12}+\s*[〔\[［【(]\s*(?:19|20)[0-9]{2}\s*[〕\]］】)]\s*(?:第\s*)?[0-9]+\s*号",
    r"《[^《》\n]{0,120}》",
    r"(?<![0-9])(?:0[0-9]{2,3}-?[0-9]{7,8}|1[3-9][0-9]{9})(?![0-9])",
    r"(?<![0-9])[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?![0-9])",
    r"https?://\S+|www\.\S+",
    # a code or identifier: a run of letters, digits, _ / - holding a letter and a digit
    r"(?<![A-Za-z0-9_/\-])(?=[A-Za-z0-9_/\-]*?[A-Za-z_])(?=[A-Za-z0-9_/\-]*?[0-9])"
    r"[A-Za-z0-9_/\-]++",
    r"[0-9]{13,}",
    # a grade's band (90 分及以上为优，80 分至 90 分以下为良): the scale, not a score
    # (90 分（含）以上的为优: a bound may be said with both (含) and 以上)
    r"(?<![0-9.])[0-9]{1,3}(?:\.[0-9]{1,2})?\s?分?\s?(?:（含）|\(含\))?(?:及以上|以上|以下)?"
    r"(?:\s?[至到～~－—-]\s?[0-9]{1,3}(?:\.[0-9]{1,2})?\s?分?\s?(?:（含）|\(含\))?(?:以上|以下)?)?"
    r"\s?的?为\s?[“\"]?(?:优秀|优|良好|良|中等|中|合格|及格|不合格|差|较差)(?![\u4e00-\u9fff]{0,1}[0-9])",
    # a scoring rule's bound and what it counts as (完成率超过 100% 的指标按满分计, 执行率超过
    # 100% 的按 100% 计算得分, 低于 60% 的不得分): the rule, not a rate of the report
    r"(?<![0-9.])[0-9]{1,3}(?:\.[0-9]{1,2})?\s?%\s?(?:（含）|\(含\))?(?:及以上|以上|以下)?\s?的"
    r"[\u4e00-\u9fff]{0,4}?(?:按|不得分|得满分|计满分|不计分)",
    r"按\s?[0-9]{1,3}(?:\.[0-9]{1,2})?\s?%\s?计",
    # a band a count is of (支出进度达到 98% 以上的有 5 个县 / 增幅在 10% 以下的): a bound, no rate
    r"(?<![0-9.])[0-9]{1,3}(?:\.[0-9]{1,2})?\s?%\s?(?:（含）|\(含\))?(?:及以上|以上|及以下|以下|以内)的",
    # a line a ratio is held under (低于 100% 的警戒线 / 300% 的预警线): the rule's, no rate
    r"(?<![0-9.])[0-9]{1,3}(?:\.[0-9]{1,2})?\s?%\s?的?(?:警戒线|预警线|警戒标准|红线|控制线)",
    # a bound a deduction is for (执行率未达到 95% 扣 1 分, 低于 90% 的，扣 2 分): the rule's
    # threshold, part of the deduction's name
    r"(?:未达到|未达|达不到|低于|不足|不到|超过|高于|小于|大于)\s?[0-9]{1,3}(?:\.[0-9]{1,2})?\s?%"
    r"(?=\s?(?:的\s?)?[，,]?\s?扣)",
    # a scoring rule's deduction (每超过一个百分点扣 0.5 分, 每低于 1 个百分点扣 1 分)
    r"每[\u4e00-\u9fff]{0,8}?(?:[一1]\s?个)?百分点的?扣减?\s?[0-9]{1,2}(?:\.[0-9]{1,2})?\s?分",
    # a figure right after a character the page's encoding lost (一般公共服务支出?8639 萬元,
    # 基金收入?0128.90 億元: a mirror site's text): its first digits may have gone with it
    r"[?\ufffd][0-9][0-9,.]*+",
)))
_DATE_AHEAD = re.compile(r"[0-9〇零一二三四五六七八九十 ]{1,9}[年月]|(?:19|20)[0-9]{2}[-./][0-9]")
#: a bare 万 / 亿 after a number, not the first character of another unit or of money in
#: another currency (4.73 亿美元, 1.2 亿港币: never yuan)
_BARE_SCALE = re.compile(r"(万亿|万(?!亿)|亿)(?![元人户件个次项名家条所台辆吨亩平方公里笔])"
                         r"(?!" + "|".join((*CURRENCIES, *OTHER_CURRENCY_WORDS)) + ")")
_SCALED = {"万亿": "万亿元", "万": "万元", "亿": "亿元"}
#: a count whose names follow (六个，分别是 …) or that each get a figure (三个村各 …):
#: a figure, however it is written
_ENUMERATED = re.compile(r"[\u4e00-\u9fff]{0,8}[，,]?(?:分别为|分别是|分别|即|包括|具体为)|"
                         r"[\u4e00-\u9fff]{0,8}[：:]|[\u4e00-\u9fff]{0,6}各")


class Found(Record):
    """A figure in normalized text: a quantity, or a year or date (a record: quicker to make
    than a frozen dataclass, and every number of a text makes one)."""

    kind: str  # quantity, year, date
    start: int
    end: int
    quantity: Quantity | None = None
    date: PrintedDate | None = None
    #: the number's own span (without a qualifier before it or a unit after it)
    number_start: int = 0
    number_end: int = 0


def find(text: str, money_context: bool = True) -> list[Found]:
    """Every figure of ``text`` in order; a bare 万 / 亿 counts as money if ``money_context``."""
    mask = bytearray(len(text))
    for match in _EXCLUDED.finditer(text):
        mask[match.start():match.end()] = b"\x01" * (match.end() - match.start())
    found: list[Found] = []
    position = 0
    for match in _CANDIDATE.finditer(text):
        start = match.start()
        if start < position or mask[start] or _inside_number(text, start):
            continue
        if text[start - 1:start] == "第":
            continue  # an ordinal (第三)
        if _DATE_AHEAD.match(text, start):
            dates = _dates(text, start)
            if dates:
                found.extend(dates)
                position = dates[-1].end
                continue
        figure = _quantity(text, start, money_context)
        if figure is None or any(mask[figure.start:figure.end]):
            continue
        found.append(figure)
        position = figure.end
    return found


def _inside_number(text: str, start: int) -> bool:
    before = text[start - 1:start]
    return bool(before) and (before.isdigit() or (before in ".," and text[start - 2:start - 1]
                                                  .isdigit()))


def _dates(text: str, start: int) -> list[Found]:
    parsed = read_date(text, start)
    if parsed is None:
        return []
    first, second = parsed
    out = [Found(first.kind, first.start, first.end, date=first,
                 number_start=first.start, number_end=first.end)]
    if second is not None:
        out.append(Found("date", second.start, second.end, date=second,
                         number_start=second.start, number_end=second.end))
    return out


def _quantity(text: str, start: int, money_context: bool) -> Found | None:
    chinese = not text[start].isdigit()
    parsed = parse_quantity(text, start)
    if parsed is None and not chinese:
        return _unit_ahead(text, start) or (_bare_scale(text, start) if money_context else None)
    if parsed is None:
        return None
    if chinese and parsed.number_end - parsed.number_start < 2 \
            and parsed.unit not in ("%", "‰") and not parsed.unit.endswith("元") \
            and not _ENUMERATED.match(text, parsed.end):
        return None  # 一件事, 两个维护, 五个方面: names and idioms, not figures
    after = text[parsed.end:parsed.end + 1]
    if after.isascii() and after.isalpha() and not _LETTER_GRADE.match(text, parsed.end):
        return None  # (5G, 3D: a name; not 9 家 A 级景区, a count of what a grade names)
    if parsed.unit in _AGES:
        return None  # 80-89 周岁 2,450 人 / 0-6 岁残疾儿童: an age names who is counted
    begin, value = parsed.start, parsed.value
    if _signed(text, parsed.start, parsed.unit):
        begin, value = parsed.start - 1, -value
    quantity = Quantity.of(value, parsed.unit, qualifier=parsed.qualifier)
    return Found("quantity", begin, parsed.end, quantity,
                 number_start=begin, number_end=parsed.number_end)


#: the signs a figure may carry before its digits (normalized text makes the full-width one
#: ASCII; it is kept for words read before normalizing)
MINUS = ("-", "－", "−")


def _signed(text: str, start: int, unit: str) -> bool:
    """A minus sign between a name and an amount of money is the amount's: 上解上级支出-1.83亿元,
    补充预算周转金-21万元 (how budget tables and their prose print a negative), and so a rate
    per thousand (人口自然增长率为-2.85‰). Not after a
    number or a letter (2021-2023, A-1), nor before a count or a rate, where a dash is more
    often a list's or a range's (文章-215篇) and a change's sign is its direction's."""
    return (start >= 2 and text[start - 1] in MINUS
            and (unit.endswith("元") or unit == "‰")
            and "\u4e00" <= text[start - 2] <= "\u9fff")


#: a grade named by letters (A 级 / AAA 级 / 4A 级: scenic areas', credit and safety ratings)
_LETTER_GRADE = re.compile(r"A{1,5}级")
#: units of age: in a report an age names a group (80 周岁以上老人), it is no figure of its own
_AGES = ("周岁", "岁")
#: what stands between numbers that share the unit after the last (25、8 人; 80 和 96 万元)
_SHARED_UNIT_SEPARATORS = ("、", "和", "及", "与")
#: units a list of bare numbers does not share: a year is not a quantity of 2022、2023
_UNSHARED_UNITS = ("年", "月", "日")


def _unit_ahead(text: str, start: int) -> Found | None:
    """``分别为 25、8 人``: a bare number in a list whose last number has the unit."""
    before = text[start - 1:start]
    inside_list = before in _SHARED_UNIT_SEPARATORS and text[start - 2:start - 1].isdigit()
    if not inside_list and (start == 0 or not "\u4e00" <= before <= "\u9fff"):
        return None  # 1、2、…: list markers begin a clause; shared units follow words (为)
    own = parse_number(text, start)
    if own is None or not isinstance(own.value, Decimal):
        return None
    position = own.end
    while True:
        separator = next((s for s in _SHARED_UNIT_SEPARATORS
                          if text.startswith(s, position)), None)
        following = position + len(separator or "")
        if separator is None or not text[following:following + 1].isdigit():
            return None
        parsed = parse_quantity(text, following)
        if parsed is not None and parsed.start == following:
            if parsed.unit in _UNSHARED_UNITS or parsed.qualifier:
                return None
            return Found("quantity", start, own.end, Quantity.of(own.value, parsed.unit),
                         number_start=start, number_end=own.end)
        number = parse_number(text, following)
        if number is None:
            return None
        position = number.end


def _bare_scale(text: str, start: int) -> Found | None:
    number = parse_number(text, start)
    if number is None or not isinstance(number.value, Decimal):
        return None
    scale = _BARE_SCALE.match(text, number.end)
    if scale is None:
        return None
    quantity = Quantity.of(number.value, _SCALED[scale.group(1)])
    return Found("quantity", start, scale.end(), quantity, number_start=start,
                 number_end=number.end)
