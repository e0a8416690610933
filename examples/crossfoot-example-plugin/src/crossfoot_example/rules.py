"""EXA101: the year a report's title names is the year it reports on.

A 2022 report re-using last year's template often keeps "2021年度" in its
title; every figure is then read against the wrong year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from crossfoot import Finding, Location, Rule, Severity
from crossfoot.checking.context import Context

YEAR = re.compile(r"((?:19|20)[0-9]{2})\s*年")


class TitleYearMismatch(Rule):
    id = "EXA101"
    name = "title-year-mismatch"
    family = "example"
    #: it never asks ``ctx.analysis``: once no rule left may, a text's analysis is let go
    reads_analysis = False
    severity = Severity.WARNING
    summary = "The title names another year than the report's fiscal year."
    explanation = ("A title like 2021年度… on a report whose fiscal_year is 2022 is usually a "
                   "template left over from the year before.")
    example = '{"meta": {"title": "2021年度部门决算", "fiscal_year": 2022}}'
    messages = {
        "zh": "标题写的是 {title_year} 年，但报告年度为 {fiscal_year} 年",
        "en": "The title names {title_year}, but the report is for fiscal year {fiscal_year}",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        meta = ctx.report.meta
        found = YEAR.search(meta.title)
        if found is None or meta.fiscal_year is None or int(found[1]) == meta.fiscal_year:
            return
        where = Location(pointer="/meta/title", anchor="meta:title", label="标题",
                         quote=meta.title)
        yield self.finding(ctx, where, title_year=found[1], fiscal_year=meta.fiscal_year)
