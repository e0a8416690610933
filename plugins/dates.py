"""Date validity (DAT3xx): dates exist, the report date fits, years belong to the report.

Dates come from the model (meta.report_date, facts measured as dates, fact and
cell periods, cells of date columns); partial dates are valid and stand for
every day they cover, so a rule only fires when no day they allow would do.
Years in headings and labels are found by ``crossfoot.model.dates.find_years``,
which skips document numbers such as 赣发〔2019〕8 号.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterator
from functools import partial

from crossfoot import (
    Context,
    DateError,
    Evidence,
    Fact,
    Finding,
    Location,
    PartialDate,
    Period,
    Record,
    Ref,
    Report,
    Rule,
    Severity,
    View,
    find_years,
    format_value,
    hookimpl,
    parse_date,
    parse_period,
    part_of_year_end,
    without_plan_spans,
    year_end,
)
from crossfoot.analysis.clauses import SEGMENT_END, SENTENCE_END, sentence_start

DATE_COLUMN = re.compile(r"日期")
DATE_WORDS = {"zh": "日期", "en": "date"}
PERIOD_WORDS = {"zh": "期间", "en": "period"}


class DatedValue(Record):
    """A date or a period as written, with what it is and how to find where it is.

    The places are built only when a finding asks for them: a report dates
    every fact, and nearly all of those dates are fine.
    """

    text: str
    label: str
    period: bool
    place: Callable[[], Location]
    owner_place: Callable[[], Location] | None = None

    @property
    def location(self) -> Location:
        return self.place()

    @property
    def owner(self) -> Location | None:
        return self.owner_place() if self.owner_place is not None else None


def _dated_values(report: Report) -> Iterator[DatedValue]:
    """Every date and period the model carries, in document order."""
    if report.meta.report_date:
        yield DatedValue(report.meta.report_date, "报告日期", False, _report_date_location)
    for index, waiver in enumerate(report.waivers):
        if waiver.date:
            yield DatedValue(waiver.date, "豁免日期", False,
                           partial(_waiver_date_location, index, waiver.rule))
    for table in report.tables:
        date_columns = {column.id for column in table.columns
                        if column.role == "date" or DATE_COLUMN.search(column.label)}
        for row in table.rows:
            for column in table.columns:
                cell = row.cells.get(column.id)
                if cell is None:
                    continue
                where = partial(table.cell_location, row, column)
                if cell.period:
                    yield DatedValue(cell.period, where().label, True,
                                   partial(_suffixed, where, "period"), where)
                if column.id not in date_columns:
                    continue
                value = cell.text if cell.text is not None else (
                    format_value(cell.quantity.value) if cell.quantity is not None else None)
                if value and value.strip():
                    yield DatedValue(value, where().label, False, where)
    for fact in report.facts:
        if fact.measure == "date":
            value = fact.text if fact.text is not None else (
                format_value(fact.quantity.value) if fact.quantity is not None else "")
            yield DatedValue(value, fact.name, False, fact.location)
        if fact.period:
            yield DatedValue(fact.period, fact.name, True, partial(_fact_period_location, fact),
                           fact.location)


def _fact_period_location(fact: Fact) -> Location:
    return Location(pointer=f"{fact.pointer}/period", anchor=f"fact:{fact.id}/period",
                    label=fact.name, quote=fact.period)


def _waiver_date_location(index: int, rule: str) -> Location:
    return Location(pointer=f"/waivers/{index}/date", anchor=f"waiver:{index}/date",
                    label=f"豁免 {rule}")


def _suffixed(where: Callable[[], Location], key: str) -> Location:
    location = where()
    return Location(pointer=f"{location.pointer}/{key}", anchor=f"{location.anchor}/{key}",
                    label=location.label)


def _report_date_location() -> Location:
    return Location(pointer="/meta/report_date", anchor="meta:report_date", label="报告日期")


class DatedValues(View):
    """The report's dates and periods, and the periods that parse, gathered once per report."""

    def __init__(self, values: list[DatedValue]) -> None:
        self.values = values
        self.periods = list(_periods(values))

    @classmethod
    def build(cls, ctx: Context) -> DatedValues:
        return cls(list(_dated_values(ctx.report)))


def dated_values(ctx: Context) -> list[DatedValue]:
    return ctx.view(DatedValues).values


def periods(ctx: Context) -> list[tuple[DatedValue, Period]]:
    return ctx.view(DatedValues).periods


def _periods(values: list[DatedValue]) -> Iterator[tuple[DatedValue, Period]]:
    for item in values:
        if not item.period:
            continue
        try:
            yield item, parse_period(item.text)
        except DateError:
            continue


# ---------------------------------------------------------------------------


class InvalidDate(Rule):
    id = "DAT301"
    name = "invalid-date"
    family = "dates"
    reads_analysis = False
    severity = Severity.ERROR
    summary = "A date or period does not exist on the calendar (2021-02-30), or is not a date."
    explanation = (
        "Every date must be a real calendar date (cn-rules C.26): the report date, dates "
        "given as facts, periods of facts and cells, and cells of date columns (role date, or "
        "a label with 日期). Partial dates are valid: 2021 is a year, 2021-11 a month. A "
        "period is one date or two joined by a slash (2021-01-01/2021-11-30)."
    )
    example = "report_date 2022-02-30: February 2022 has only 28 days"
    messages = {
        "zh": "{label}：{what.zh}“{value}”不存在：{reason.zh}",
        "en": "{label}: the {what.en} “{value}” does not exist: {reason.en}",
        "unreadable.zh": "{label}：{what.zh}“{value}”无法识别：{reason.zh}",
        "unreadable.en": "{label}: the {what.en} “{value}” {reason.en}",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        for item in dated_values(ctx):
            try:
                if item.period:
                    parse_period(item.text)
                else:
                    parse_date(item.text)
            except DateError as error:
                yield self.finding(ctx, item.location, Evidence(actual=item.text),
                                   message=None if error.readable else "unreadable",
                                   label=item.label, value=item.text,
                                   reason={"zh": error.zh, "en": error.en},
                                   what=PERIOD_WORDS if item.period else DATE_WORDS)


# ---------------------------------------------------------------------------
# DAT302, DAT303: the report date against the fiscal year and today


def report_date(report: Report) -> tuple[PartialDate, str, Location] | None:
    """The report date (meta, else a fact with concept report.date), when it can be read."""
    candidates = []
    if report.meta.report_date:
        candidates.append((report.meta.report_date, _report_date_location()))
    candidates.extend((f.text or "", f.location()) for f in report.facts
                      if f.concept == "report.date" and f.measure == "date")
    for text, location in candidates[:1]:
        try:
            return parse_date(text), text, location
        except DateError:
            return None
    return None


def _titled_year(report: Report) -> int | None:
    """The fiscal year, unless read off the body of a text with no title (a web page's
    excerpt: its year is a guess, and its date may be the page's): a report's date is judged
    against the year its title names."""
    return None if report.meta.excerpt else report.meta.fiscal_year


class ReportDateImpossible(Rule):
    id = "DAT302"
    name = "report-date-impossible"
    family = "dates"
    reads_analysis = False
    severity = Severity.ERROR
    summary = "The report is dated before its fiscal year ended, or in the future."
    explanation = (
        "An annual report on fiscal year N can only be written after N ends, so its date must "
        "be after 12-31 of N (cn-rules C.24); and it cannot be dated after today (--today "
        "sets the day to compare with, for stable results). A partial date (2022, 2022-01) is "
        "reported only when every day it covers is impossible. A report on part of a year or a "
        "budget (meta.interim) is written within it; a text with no title (meta.excerpt, a web "
        "page's excerpt) is not judged by its year, which was read off its body."
    )
    example = "fiscal_year 2021, report_date 2021-12-20"
    messages = {
        "zh": "报告日期 {date} 不晚于所报告年度 {year} 年的年末（{year_end}），"
              "年度报告只能在年度结束后出具",
        "en": "The report date {date} is not after the end of the fiscal year {year} "
              "({year_end}); an annual report can only be written once the year is over",
        "future.zh": "报告日期 {date} 晚于今天（{today}）",
        "future.en": "The report date {date} is later than today ({today})",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        found = report_date(ctx.report)
        if found is None:
            return
        date, text, location = found
        year = _titled_year(ctx.report)
        today = ctx.options.today
        if year is not None and date.last_day <= year_end(year) and not ctx.report.meta.interim:
            yield self.finding(ctx, location,
                               Evidence(expected=f"> {year_end(year).isoformat()}", actual=text),
                               date=text, year=year, year_end=year_end(year).isoformat())
        elif date.first_day > today:
            yield self.finding(ctx, location,
                               Evidence(expected=f"≤ {today.isoformat()}", actual=text),
                               message="future", date=text, today=today.isoformat())


class ReportDateLate(Rule):
    id = "DAT303"
    name = "report-date-late"
    family = "dates"
    reads_analysis = False
    severity = Severity.WARNING
    summary = "The report is dated more than a year after its fiscal year ended."
    explanation = (
        "A report on fiscal year N is normally written in N + 1 (cn-rules C.24); a date after "
        "12-31 of N + 1 most likely carries a wrong year, or the report is very late. A text "
        "with no title (meta.excerpt) is not judged by its year, which was read off its body."
    )
    example = "fiscal_year 2021, report_date 2023-03-01"
    messages = {
        "zh": "报告日期 {date} 晚于 {next_year} 年年末，距所报告年度 {year} 年已超过一年，"
              "请核实年份",
        "en": "The report date {date} is after the end of {next_year}, more than a year after "
              "the fiscal year {year}; check the year",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        found = report_date(ctx.report)
        year = _titled_year(ctx.report)
        if found is None or year is None:
            return
        date, text, location = found
        limit = year_end(year + 1)
        if date.first_day > limit and date.first_day <= ctx.options.today:
            yield self.finding(ctx, location,
                               Evidence(expected=f"≤ {limit.isoformat()}", actual=text),
                               date=text, year=year, next_year=year + 1)


# ---------------------------------------------------------------------------
# DAT304: a stray year in a title, heading or label


class LabelText(Record):
    text: str
    pointer: str
    anchor: str
    label: str
    #: where it stands in the file a report was read from, when the importer says
    line: int | None = None
    column: int | None = None
    #: where it was read in the original PDF, Word or Excel file
    place: str | None = None


def _labels(report: Report) -> Iterator[LabelText]:
    """Titles, headings, table titles, column labels, and rows that are not items."""
    yield LabelText(report.meta.title, "/meta/title", "meta:title", "报告标题")
    for section in report.iter_sections():
        line, column_at = section.origin or (None, None)
        yield LabelText(section.title, f"{section.pointer}/title", f"section:{section.id}/title",
                        heading(section.number, section.title), line, column_at, section.place)
    for table in report.tables:
        at = table.location()
        yield LabelText(table.title, f"{table.pointer}/title", f"table:{table.id}/title",
                        table.title, at.line, at.column, at.place)
        for index, column in enumerate(table.columns):
            yield LabelText(column.label, f"{table.pointer}/columns/{index}/label",
                            f"table:{table.id}/col:{column.id}/label",
                            f"{table.title}：{column.label}")
        for row in table.rows:
            if row.role == "item":
                continue  # names of projects and funds carry the year they began
            at = table.row_location(row)
            yield LabelText(row.label, f"{row.pointer}/label",
                            f"table:{table.id}/row:{row.id}/label", f"{table.title}：{row.label}",
                            at.line, at.column, row.place)
            for column in table.columns:
                cell = row.cells.get(column.id)
                if cell is not None and cell.text and cell.text != row.label:
                    at = table.cell_location(row, column)
                    yield LabelText(cell.text, cell.pointer,
                                    f"table:{table.id}/row:{row.id}/col:{column.id}",
                                    f"{table.title}：{row.label} / {column.label}",
                                    at.line, at.column, cell.place)


def heading(number: str | None, title: str) -> str:
    """一 + 主要工作 is written 一、主要工作; （一） and 1. carry their own punctuation."""
    if not number:
        return title
    mark = "" if number.rstrip()[-1:] in "、.．)）" else "、"
    return f"{number.strip()}{mark}{title}"


class StrayYear(Rule):
    id = "DAT304"
    name = "stray-year"
    family = "dates"
    reads_analysis = False
    severity = Severity.WARNING
    summary = "A heading, title or table label names a year that is not the report's."
    explanation = (
        "The year on the cover, in titles and in table headers is the report's fiscal year "
        "(cn-rules C.25); the year before it appears in comparisons (上年) and the year after "
        "it is when the report is written. Any other year in a title, a section heading, a "
        "table title, a column or row label or a text cell of a table is most likely a "
        "leftover from an earlier report. Rows marked as items are skipped: they name projects "
        "and funds, which keep the year they were set up (2020 年高标准农田建设项目 in a 2021 "
        "table is a carried-over project). Years inside document numbers (赣发〔2019〕8 号, "
        "[2019], （2020）10 号) are names, not years of the report, and are never reported; a "
        "range of years (2019-2021 年) is fine when it reaches the report's years. The "
        "narrative is not checked: it rightly mentions earlier decisions. A year a label "
        "draws a comparison with (二、与 2019 年比较, 2019 年以来) is chosen, and only info; "
        "later years in a label, or in the rows of a table, that names a plan (2026—2030 "
        "年还本付息计划, 规划, 预测) or debts falling due (分年度到期情况表) are the plan's."
    )
    example = "fiscal_year 2021, table row “2019 年本部门全口径国库决算数项目支出总额”"
    messages = {
        "zh": "{label}中出现“{quote}”，既非本报告年度 {year} 年，"
              "也非上年 {prev} 年或报告年 {next} 年",
        "en": "{label} names “{quote}”, which is neither the fiscal year {year}, the year "
              "before ({prev}) nor the reporting year ({next})",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        year = ctx.report.meta.fiscal_year
        if year is None:
            return
        for item in _labels(ctx.report):
            for mention in find_years(item.text):
                if mention.last >= year - 1 and mention.first <= year + 1:
                    continue
                if mention.first > year + 1 and any(w in item.text or w in item.label
                                                    for w in PLAN_NOUNS):
                    continue  # 表 3 2026—2030 年还本付息计划 (its rows too): a plan's years
                location = Location(pointer=item.pointer, anchor=f"{item.anchor}@{mention.start}",
                                    label=item.label, start=mention.start, end=mention.end,
                                    quote=mention.text, line=item.line, column=item.column,
                                    place=item.place)
                finding = self.finding(ctx, location,
                                       Evidence(expected=f"{year - 1}–{year + 1}",
                                                actual=mention.text),
                                       label=item.label, quote=mention.text, year=year,
                                       prev=year - 1, next=year + 1)
                compared = _COMPARED_BEFORE.search(item.text[:mention.start]) is not None \
                    or _COMPARED_AFTER.match(item.text, mention.end) is not None
                yield finding.with_severity(Severity.INFO) if compared else finding
                # (二、与 2019 年比较: a year the heading compares with, chosen, not left over)


#: nouns that make a label's later years those of a plan (还本付息计划, 发展规划, 预测)
PLAN_NOUNS = ("计划", "规划", "预计", "预测", "目标", "方案", "预期", "展望",
              "到期")  # (政府债务余额分年度到期情况表: the years debts fall due)


#: words that make a year the base of a comparison its label draws (与 2019 年比较 / 较疫情前
#: 的 2019 年 / 2019 年以来)
_COMPARED_BEFORE = re.compile(r"(?:与|较|比|同|对比)\s*(?:[\u4e00-\u9fff]{1,6}[前后]的)?\s*$")
_COMPARED_AFTER = re.compile(r"\s*(?:比较|相比|对比|以来)")


# ---------------------------------------------------------------------------
# DAT305: figures cut off before the year ends


class PeriodCutOff(Rule):
    id = "DAT305"
    name = "period-cut-off"
    family = "dates"
    reads_analysis = False
    severity = Severity.INFO
    summary = "Figures in an annual report are counted only up to a day before the year ends."
    explanation = (
        "An annual report describes the whole fiscal year; figures “截止 11 月底” leave the "
        "last weeks out, so they are smaller than the year's and cannot be compared with "
        "annual figures. Reported for a period range (start/end) that ends inside the fiscal "
        "year before 12-31; figures stated together (same paragraph, same period) are one "
        "finding. A single month or a past year is a period of its own, not a cut-off."
    )
    example = "period 2021-01-01/2021-11-30 in a 2021 report: 截止 11 月底 … 共办理 218911 件"
    messages = {
        "zh": "{label}的统计期间为 {period}，截至 {end}，未覆盖 {year} 年全年",
        "en": "{label} is counted over {period}, up to {end} only, not the whole of {year}",
        "many.zh": "{label}等 {count} 项数据的统计期间为 {period}，截至 {end}，"
                   "未覆盖 {year} 年全年",
        "many.en": "{label} and {more} other figure(s) are counted over {period}, up to {end} "
                   "only, not the whole of {year}",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        year = ctx.report.meta.fiscal_year
        if year is None or ctx.report.meta.interim:
            return  # a report on part of the year counts up to a day before its end
        start_of_year, end_of_year = dt.date(year, 1, 1), year_end(year)
        grouped: dict[tuple[str, str], list[tuple[DatedValue, Period]]] = {}
        for item, period in periods(ctx):
            if not period.is_range:
                continue  # most periods: a year, not a range (its last day is not asked)
            end = period.end.last_day
            if period.reversed or not start_of_year <= end < end_of_year:
                continue
            owner = item.owner or item.location
            place = owner.paragraph or owner.anchor
            grouped.setdefault((str(period), place), []).append((item, period))
        for items in grouped.values():
            first, period = items[0]
            others = [item.owner or item.location for item, _ in items[1:]]
            yield self.finding(
                ctx, first.owner or first.location,
                Evidence(expected=f"{start_of_year.isoformat()}/{end_of_year.isoformat()}",
                         actual=str(period)),
                related=others, message="many" if others else None, label=first.label,
                count=len(items), more=len(others), period=str(period),
                end=period.end.last_day.isoformat(), year=year)


# ---------------------------------------------------------------------------
# DAT306: a period that ends before it starts


class PeriodReversed(Rule):
    id = "DAT306"
    name = "period-reversed"
    family = "dates"
    reads_analysis = False
    severity = Severity.ERROR
    summary = "A period starts after it ends."
    explanation = (
        "A period start/end whose start is after its end cannot be right; usually two dates "
        "are swapped or a year is mistyped. Partial dates count by every day they allow: "
        "2021/2021-06 is fine."
    )
    example = "period 2021-12-01/2021-03-31"
    messages = {
        "zh": "{label}的统计期间 {period} 起始日期晚于结束日期",
        "en": "{label}: the period {period} starts after it ends",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        for item, period in periods(ctx):
            if period.reversed:
                yield self.finding(ctx, item.location,
                                   Evidence(expected=f"{period.start} ≤ {period.end}",
                                            actual=item.text),
                                   label=item.label, period=item.text)


class ComparisonYear(Rule):
    id = "DAT307"
    name = "comparison-year"
    family = "dates"
    reads_analysis = False
    severity = Severity.WARNING
    summary = "A change against the year before names another base year."
    explanation = (
        "A report on year N compares its figures with year N - 1 (较上年, 同比). A change the "
        "text says is against another year (a 2023 report's 较 2021 年增加 …) was most likely "
        "left from an earlier report's template, or compares the wrong years; either way the "
        "reader is told something other than the year-on-year change. Only changes whose base "
        "year is written are checked; where the same figure also has its year-on-year change "
        "(比上年增加 …；比 2019 年（疫情前）减少 …), the other year is a comparison the writer "
        "chose, and the finding is info; so it is in a report whose title names several years "
        "(2021—2023 年…情况). A change said beside an average over the years since its base "
        "(比 2019 年增长 p%，两年平均增长 q%) compares with the year the writer chose: not read. "
        "Nor is it a leftover where the sentence writes both years and both levels (与 2019 年"
        "相比，2023 年…由 a 降至 b), or opens with the comparison as a frame of its own (与 2018 "
        "年相比，2023 年在保户数增加 d; 与 2018 年相比，作业点由 9 个增至 15 个): info."
    )
    example = "2023 年度部门决算说明: 支出合计 652.40 万元，较 2021 年增加 48.20 万元"
    messages = {
        "zh": "本报告为 {year} 年度，但此处变动以 {base} 年为基数（应为 {expected} 年）",
        "en": "The report is on {year}, but this change is against {base} (expected {expected})",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        report = ctx.report
        year = report.meta.fiscal_year
        if year is None:
            return
        titled = str(year) in report.meta.title  # a year read off the body is only a guess
        # 2021—2023 年…投入情况: a report on years in a row compares them as it chooses
        spanned = sorted({int(found) for found in _TITLE_YEAR.findall(
            without_plan_spans(report.meta.title))})  # (not a plan's （2021—2030 年）)
        spanned = spanned if len(spanned) > 1 else []
        # the levels that also have a change against the year before: a second change of the
        # same level against a year it names (比上年增加 …；比 2019 年（疫情前）减少 …) is a
        # comparison the writer chose, not a template's leftover
        year_on_year = {str(claim.refs.get("current")) for claim in report.claims
                        if claim.kind == "change" and claim.refs.get("current") is not None
                        and claim.base_year in (None, _year_of(
                            report, claim.refs.get("current"), year) - 1)}
        for claim in report.claims:
            if claim.kind != "change" or claim.base_year is None:
                continue
            expected = _year_of(report, claim.refs.get("current"), year) - 1
            if expected >= year:
                continue  # 到 2020 年…比 2015 年下降 11%: a target against its plan's base year
            if claim.base_year == expected \
                    or (spanned and spanned[0] <= claim.base_year <= spanned[-1]):
                continue  # (2022—2024 年…：2024 年比 2022 年增加 …: within the years reported)
            chosen = str(claim.refs.get("current")) in year_on_year
            anchor = claim.refs.get("change") or claim.refs.get("percent")
            if anchor is None:
                continue
            _, location, _ = report.resolve(anchor)
            # 与 2019 年相比，2023 年…由 a 降至 b: both years and both levels written, a
            # comparison chosen (not 2023 年度支出 a，较 2021 年增加 d: its base left unsaid);
            # so with both levels where the sentence opens with its base year as a frame (与
            # 2018 年相比，作业点由 9 个增至 15 个，增幅 p)
            chosen = chosen or (claim.refs.get("base") is not None
                                and (_names_year(report, location, expected + 1)
                                     or _framed_base(report, location, claim.base_year))) \
                or _framed_base(report, location, claim.base_year, expected + 1)
            finding = self.finding(ctx, location, Evidence(expected=str(expected),
                                                           actual=str(claim.base_year)),
                                   year=year, base=claim.base_year, expected=expected)
            sure = claim.certain and titled and not chosen and not spanned
            yield finding if sure else finding.with_severity(Severity.INFO)


#: a year in a report's title
_TITLE_YEAR = re.compile(r"(?:19|20)[0-9]{2}(?![0-9])")


def _names_year(report: Report, location: Location, year: int) -> bool:
    """Whether the sentence of ``location``, up to it, writes ``year`` as a year (not as an
    end of a span: 2019—2023 年)."""
    paragraph = next((p for p in report.iter_paragraphs() if p.id == location.paragraph), None)
    if paragraph is None or location.start is None:
        return False
    text = paragraph.text
    return any(int(found[1]) == year for found in _A_YEAR.finditer(
        text, sentence_start(text, location.start), location.start))


def _framed_base(report: Report, location: Location, base: int, year: int | None = None
                 ) -> bool:
    """Does the sentence of ``location`` open its comparison as a frame of its own (与 2018 年
    相比，2023 年 … 增加 d, the later ``year`` written too, where one is given): a base year the
    writer chose, not a template's leftover (与 2021 年相比，支出总计增加 d in a 2023 report)?"""
    paragraph = next((p for p in report.iter_paragraphs() if p.id == location.paragraph), None)
    if paragraph is None or location.start is None:
        return False
    text = paragraph.text
    end = location.end if location.end is not None else location.start
    found = _BASE_FRAME.search(text, sentence_start(text, location.start), end)
    return found is not None and int(found[1]) == base and (year is None or any(
        int(named[1]) == year for named in _A_YEAR.finditer(text, found.end(), end)))


#: a comparison framed before what it compares (与 2018 年相比 / 同 2019 年度比较)
_BASE_FRAME = re.compile(r"[与同和]\s*((?:19|20)[0-9]{2})\s*年度?\s*(?:相比|比较|对比)")
#: a year written as one, not as either end of a span (2023 年, not 2019—2023 年)
_A_YEAR = re.compile(r"(?<![\d—\-－~至到])((?:19|20)[0-9]{2})\s*年(?!\s*[—\-－~至到])")


def _year_of(report: Report, ref: Ref | None, default: int) -> int:
    """The year a change's level is of: 2024 年计划安排 … 较 2023 年 compares with 2023."""
    fact = report.fact(ref.fact) if ref is not None and ref.fact is not None else None
    period = fact.period if fact is not None else None
    return int(period) if period and period.isdigit() and len(period) == 4 else default


#: words that make a date the day figures stand at (截至 2023 年 12 月 31 日，实有人员 38 人)
CUT_OFF = ("截至", "截止")


class CutOffAfterReport(Rule):
    id = "DAT308"
    name = "cut-off-after-report"
    family = "dates"
    reads_analysis = False
    severity = Severity.WARNING
    summary = "Figures are said to stand at a day the report cannot have reached."
    explanation = (
        "A figure given 截至 (as at) a day says what there was on that day, so the day has "
        "passed when the report is written: it cannot be after the report's own date, nor, in "
        "an annual report on year N that gives no date, the end of year N + 1 or later: such "
        "reports are written during N + 1 (cn-rules C.24), so that year's last month is not "
        "past yet (截至 2022 年 12 月 31 日 in a 2021 决算). Most often the year is mistyped "
        "(截至 2023 年 12 月 31 日 in a 2021 report). A plan's date (计划于 …前, 到 2025 年) is "
        "no cut-off; a report on part of a year or a budget is not checked against N + 1."
    )
    example = "2021 年度部门整体支出绩效自评报告: 截至 2023 年 12 月 31 日实有在职人员 38 人"
    messages = {
        "zh": "“{label}”所述截止日期 {date} 不早于{limit_zh}（{limit}），报告撰写时不可能已过该日",
        "en": "“{label}” states figures as at {date}, not before {limit_en} ({limit}): the "
              "report cannot have seen that day end",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        yield from _after_latest_day(self, ctx, lambda fact, date: fact.name.startswith(CUT_OFF),
                                     reaching=True)


#: words around a date that make it a plan, a deadline or a target, not a day something was
#: done (计划于 2025 年 6 月完工 / 2025 年 6 月底前 / 力争 / 到 2025 年 / 下一步)
PLANNED = ("计划", "预计", "拟", "将", "力争", "争取", "确保", "前", "以前", "之前", "目标", "规划",
           "到", "至", "预期", "期限", "时限", "要求", "应于", "须", "需", "下一步", "次年", "明年",
           "后续", "以后", "之后", "起", "开始", "期间", "方案", "《")


class EventAfterReport(Rule):
    id = "DAT309"
    name = "event-after-report"
    family = "dates"
    reads_analysis = False
    severity = Severity.WARNING
    summary = "Something is said to have been done on a day the report cannot have reached."
    explanation = (
        "A day the narrative gives for what was done (于 2023 年 4 月开工, 2025 年 6 月组织培训班，"
        "支出 …) has passed when the report is written: it cannot be after the report's own "
        "date, nor, in an annual report on year N that gives no date, later than the end of "
        "year N + 1. Most often the year is mistyped (2032 for 2023). Only months said of what "
        "was done are read (a page's dates of publication come with a day and a time), and only "
        "where no word around them makes them a plan, a deadline or a target (计划, 预计, 前, "
        "到, 力争 …) and not on the line a report to a congress is dated by (——2023 年 1 月在…"
        "会议上: the day it was delivered); 截至 days are DAT308's."
    )
    example = "2023 年度报告: 该项目于 2023 年 4 月开工、2032 年 11 月竣工验收"
    messages = {
        "zh": "“{label}”所述日期 {date} 晚于{limit_zh}（{limit}），报告撰写时该事项不可能已经发生",
        "en": "“{label}” says it was done on {date}, after {limit_en} ({limit}): the report "
              "cannot have seen that day",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        yield from _after_latest_day(self, ctx, _said_done)


def _said_done(fact: Fact, date: PartialDate) -> bool:
    """A month said of what was done: no 截至, no word of a plan around it, words enough."""
    return date.day is None and fact.concept != "report.date" \
        and not fact.name.startswith(CUT_OFF) and _done_on(fact)


class AfterThePeriod(Rule):
    id = "DAT310"
    name = "after-the-period"
    family = "dates"
    reads_analysis = False
    severity = Severity.WARNING
    summary = "A report on part of a year gives figures at, or an event on, a day after it."
    explanation = (
        "A bulletin on part of a year (its title says 1-6 月, 上半年, 一季度, 前三季度, 5 月份) "
        "speaks of that part: figures it gives 截至 a later day (截至 8 月底 in a 1-6 月 "
        "report), or something it says was done later (已于 11 月 15 日全面完成 in a 1-9 月 "
        "analysis), lie outside what it reports, most often a mistyped month or a sentence "
        "carried over from a later report. Plans and deadlines (计划, 前, 力争 …) are not "
        "read, nor the day the report is dated or delivered, nor a title that speaks of the "
        "rest of the year too (上半年工作总结和下半年工作计划). Days after the report's own date "
        "are DAT308's and DAT309's."
    )
    example = "2021 年 1-6 月医保基金运行情况通报: 截至 2021 年 8 月底，基金累计结余 3.05 亿元"
    messages = {
        "zh": "“{label}”所述日期 {date} 晚于本报告所述期间（{part}，至 {end}），不在报告期内",
        "en": "“{label}” gives {date}, after the part of the year the report covers ({part}, "
              "to {end})",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        year = ctx.report.meta.fiscal_year
        part = part_of_year_end(ctx.report.meta.title, year) if year is not None else None
        if part is None:
            return
        end, named = part
        latest = _latest_day(ctx.report)
        for fact, date in _fact_dates(ctx.report):
            if fact.concept == "report.date":
                continue
            if date.first_day <= end or (latest is not None and date.first_day > latest[0]):
                continue  # (after the report's own date: DAT308's and DAT309's)
            if fact.name.startswith(CUT_OFF) or _done_on(fact):
                yield self.finding(ctx, fact.location(),
                                   Evidence(expected=f"≤ {end.isoformat()}", actual=fact.text),
                                   label=fact.name, date=fact.text, part=named,
                                   end=end.isoformat())


class FinishedBeforeBegun(Rule):
    id = "DAT311"
    name = "finished-before-begun"
    family = "dates"
    reads_analysis = False
    severity = Severity.WARNING
    summary = "Works are said to have been finished before they began."
    explanation = (
        "A project's start (于 2023 年 3 月开工) and its finish said next in the same sentence "
        "(2022 年 11 月通过竣工验收, 完工, 建成) are the same works', so the finish cannot be "
        "the earlier: one of the two years or months is mistyped. Read only where the finish "
        "names no other subject (B 项目于 … 竣工 is another project's) and neither is a plan "
        "(计划, 预计, 前 …); partial dates count by every day they allow (2023 年 3 月开工，"
        "2023 年 3 月 20 日完工 is fine)."
    )
    example = "该项目于 2023 年 3 月开工建设，2022 年 11 月通过竣工验收"
    messages = {
        "zh": "“{finish}”所述日期 {end} 早于“{start}”所述开工日期 {begun}，完工不可能早于开工",
        "en": "“{finish}” gives {end}, before {begun}, when “{start}” says the works began",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        texts = {p.id: p.text for p in ctx.report.iter_paragraphs()}
        dated = [(fact, date) for fact, date in _fact_dates(ctx.report)
                 if fact.source is not None and fact.source.paragraph in texts
                 and not any(w in fact.name for w in PLANNED)]
        for (start, begun), (finish, end) in itertools.pairwise(dated):
            if start.source is None or finish.source is None \
                    or start.source.paragraph is None or start.source.end is None \
                    or start.source.paragraph != finish.source.paragraph:
                continue
            between = texts[start.source.paragraph][start.source.end:finish.source.start]
            if _begun(start.name) and _finished_of_it(finish.name) \
                    and not any(mark in between for mark in SENTENCE_ENDS) \
                    and end.last_day < begun.first_day:
                yield self.finding(ctx, finish.location(),
                                   Evidence(expected=f"≥ {begun.first_day.isoformat()}",
                                            actual=finish.text),
                                   related=(start.location(),), finish=finish.name,
                                   end=finish.text, start=start.name, begun=start.text)


class AfterTheStatedPeriod(Rule):
    id = "DAT312"
    name = "after-the-stated-period"
    family = "dates"
    reads_analysis = False
    severity = Severity.WARNING
    summary = "Something said to fall within the period the text states is dated outside it."
    explanation = (
        "A self-evaluation or a notice often states the period it covers (本次自评期间为 2022 "
        "年 1 月 1 日至 2022 年 12 月 31 日; 项目实施周期为 / 报告期为 …) and then what was "
        "done within it (评价期内 / 统计期内 "
        "/ 自评时段内 …，拨付时间分别为 2022 年 3 月、6 月和 2023 年 12 月). A day of something "
        "done that the same paragraph, after both, dates past the period's end, or before its "
        "start (发放时间分别为 2022 年 3 月、6 月、9 月和 2021 年 12 月), contradicts it: most "
        "often the year is mistyped. Read only in a paragraph that states the period and says "
        "期内 (or 时段内); not a cut-off (截至), a plan or a deadline."
    )
    example = ("本次自评期间为 2022 年 1 月 1 日至 2022 年 12 月 31 日。评价期内，县财政分三次拨付"
               "资金，拨付时间分别为 2022 年 6 月、2022 年 9 月和 2023 年 3 月")
    messages = {
        "zh": "“{label}”所述日期 {date} 晚于文中所述期间的结束日 {end}，而文中称其在期内",
        "en": "“{label}” gives {date}, after {end}, the end of the period the text says it "
              "falls within",
        "before.zh": "“{label}”所述日期 {date} 早于文中所述期间的起始日 {start}，而文中称其在期内",
        "before.en": "“{label}” gives {date}, before {start}, the start of the period the text "
                     "says it falls within",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        texts = {p.id: p.text for p in ctx.report.iter_paragraphs()}
        ends: dict[str, tuple[Fact, PartialDate]] = {}
        starts: dict[str, PartialDate] = {}  # (2022 年 1 月 1 日至 …: the period's first day)
        last: dict[str, tuple[Fact, PartialDate]] = {}  # each paragraph's date before
        within_at: dict[str, int | None] = {}  # where each paragraph says 期内, if it does
        for fact, date in _fact_dates(ctx.report):
            place = fact.source
            if place is None or place.paragraph not in texts or place.start is None:
                continue
            text = texts[place.paragraph]
            if place.paragraph not in ends:
                if text[place.start:place.start + 1] in PERIOD_TO \
                        and any(w in fact.name for w in STATED_PERIODS):
                    ends[place.paragraph] = fact, date  # (…至 2022 年 12 月 31 日: its end)
                    before = last.get(place.paragraph)
                    if before is not None and before[0].source is not None \
                            and before[0].source.end == place.start:
                        starts[place.paragraph] = before[1]
                last[place.paragraph] = fact, date
                continue
            end_fact, end = ends[place.paragraph]
            if place.paragraph not in within_at:
                said = WITHIN.search(text)
                within_at[place.paragraph] = said.end() if said else None
            within = within_at[place.paragraph]
            if within is None or end_fact.source is None or end_fact.source.end is None \
                    or place.start < max(within, end_fact.source.end):
                continue
            if fact.name.startswith(CUT_OFF) or not _done_on(fact):
                continue
            start = starts.get(place.paragraph)
            if date.first_day > end.last_day:
                yield self.finding(ctx, fact.location(),
                                   Evidence(expected=f"≤ {end.last_day.isoformat()}",
                                            actual=fact.text),
                                   related=(end_fact.location(),), label=fact.name,
                                   date=fact.text, end=end.last_day.isoformat())
            elif start is not None and date.last_day < start.first_day:
                yield self.finding(ctx, fact.location(),
                                   Evidence(expected=f"≥ {start.first_day.isoformat()}",
                                            actual=fact.text),
                                   related=(end_fact.location(),), message="before",
                                   label=fact.name, date=fact.text,
                                   start=start.first_day.isoformat())


#: words naming the period a text states it covers (本次自评期间为 / 评价时段为 / 项目实施期为 /
#: 自评范围为 / 评价期内（…） / 项目实施周期为 / 报告期为), and the words that say what follows
#: falls within it
STATED_PERIODS = ("期间", "时段", "实施期", "期限", "范围", "期内", "周期", "报告期", "评价期",
                  "统计期", "考核期")
WITHIN = re.compile(r"(?:期|时段|期间)内")
#: the words that open a period's end (…至 2022 年 12 月 31 日)
PERIOD_TO = ("至", "到")


#: words of works begun and of works finished (开工 … 竣工验收: project self-evaluations)
BEGUN = ("开工", "动工", "开始建设", "开始施工", "进场施工")
FINISHED = ("竣工", "完工", "验收", "建成", "交付使用")
#: the words a finish may open with and still be the works begun's (通过竣工验收 / 并于 … 完工)
OF_THE_SAME = ("并于", "于", "并", "已", "通过", "完成", "顺利", "全面", "全部", "正式", "最终",
               "…")
#: what ends a sentence or its segment: a start and a finish read together are within one
SENTENCE_ENDS = SENTENCE_END + SEGMENT_END


def _begun(name: str) -> bool:
    return any(w in name for w in BEGUN) and not any(w in name for w in FINISHED)


def _finished_of_it(name: str) -> bool:
    """A finish whose words before its verb name nothing but how it was done."""
    at = min((name.find(w) for w in FINISHED if w in name), default=-1)
    if at < 0:
        return False
    words = name[:at]
    while words:
        word = next((w for w in OF_THE_SAME if words.startswith(w)), None)
        if word is None:
            return False
        words = words[len(word):]
    return True


def _done_on(fact: Fact) -> bool:
    """A day or month said of what was done: no word of a plan, not the delivery line."""
    return not any(w in fact.name for w in PLANNED) \
        and not fact.name.rstrip().endswith(DELIVERED_AT) \
        and len(_WORDS.findall(fact.name)) >= MIN_EVENT_WORDS


#: the words closing the line a report to a congress is dated by (——2023 年 1 月在…人民代表大会
#: 第二次会议上): the day it was delivered, its own, never an event it reports
DELIVERED_AT = "会议上"


def _after_latest_day(rule: Rule, ctx: Context,
                      read: Callable[[Fact, PartialDate], bool],
                      reaching: bool = False) -> Iterator[Finding]:
    """The report's dates that ``read`` selects and that fall after the last day it can speak
    of as past (``_latest_day``); with ``reaching``, also a month that ends on that day where
    the day is the end of the year the report is written in, not a date the report gives."""
    limits = _latest_day(ctx.report)
    if limits is None:
        return
    limit, limit_zh, limit_en, dated = limits
    reaching = reaching and not dated
    for fact, date in _fact_dates(ctx.report):
        late = date.first_day > limit \
            or (reaching and date.month is not None and date.last_day >= limit)
        if late and read(fact, date):
            bound = "<" if reaching else "≤"
            yield rule.finding(ctx, fact.location(),
                               Evidence(expected=f"{bound} {limit.isoformat()}", actual=fact.text),
                               label=fact.name, date=fact.text, limit=limit.isoformat(),
                               limit_zh=limit_zh, limit_en=limit_en)


def _fact_dates(report: Report) -> Iterator[tuple[Fact, PartialDate]]:
    """The facts measured as dates, each with its date; those that are no date are
    DAT301's."""
    for fact in report.facts:
        if fact.measure != "date":
            continue
        try:
            yield fact, parse_date(fact.text or "")
        except DateError:
            continue


#: the characters of words (a page's dates come with times, sources and views, not words)
_WORDS = re.compile(r"[\u4e00-\u9fff]")
#: the fewest such characters around a date said of something done (于…开工)
MIN_EVENT_WORDS = 3


def _latest_day(report: Report) -> tuple[dt.date, str, str, bool] | None:
    """The last day a report can speak of as past, named, and whether it is the report's
    own date (else the end of the year after the one an annual report is on); None for a
    report on part of a year or of no year."""
    dated = report_date(report)
    year = report.meta.fiscal_year
    if dated is not None:
        return dated[0].last_day, "报告日期", "the report's date", True
    if year is not None and not report.meta.interim:
        return year_end(year + 1), f"{year + 1} 年末", f"the end of {year + 1}", False
    return None


@hookimpl
def crossfoot_rules() -> list[Rule]:
    return [InvalidDate(), ReportDateImpossible(), ReportDateLate(), StrayYear(),
            PeriodCutOff(), PeriodReversed(), ComparisonYear(), CutOffAfterReport(),
            EventAfterReport(), AfterThePeriod(), FinishedBeforeBegun(),
            AfterTheStatedPeriod()]
