"""Grades against scores (RAT208): a stated grade must be the one its score earns.

The scale is the configuration's (``grade-scale``), 优 >= 90, 良 >= 80, 中 >= 60
and 差 below by default; a score is an interval set by its digits, so a grade
is wrong only when the whole interval lies outside the grade's band.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

from crossfoot import Context, Evidence, Finding, Rule, Severity, format_value
from crossfoot.analysis.vocabulary import scores
from crossfoot.plugins.members import groups_with, place


def grade_of(text: str, scale: Sequence[tuple[str, Decimal]]) -> str | None:
    """The scale's grade a text names: 优秀 is 优, 合格 is 中 ...; None when unknown."""
    word = text.strip().removesuffix("等级").removesuffix("级").strip()
    names = [name for name, _ in scale]
    if word in names:
        return word
    mapped = scores.GRADE_NAMES.get(word)
    return mapped if mapped in names else None


def band(grade: str, scale: Sequence[tuple[str, Decimal]]) -> tuple[Decimal | None, Decimal | None]:
    """[lowest, next grade's lowest) of a grade; the lowest grade has no floor."""
    ordered = sorted(scale, key=lambda pair: pair[1], reverse=True)
    for index, (name, low) in enumerate(ordered):
        if name == grade:
            high = ordered[index - 1][1] if index > 0 else None
            return (low if index < len(ordered) - 1 else None), high
    return None, None


def grade_for(score: Decimal, scale: Sequence[tuple[str, Decimal]]) -> str:
    ordered = sorted(scale, key=lambda pair: pair[1], reverse=True)
    for name, low in ordered:
        if score >= low:
            return name
    return ordered[-1][0]


def describe_scale(scale: Sequence[tuple[str, Decimal]]) -> str:
    ordered = sorted(scale, key=lambda pair: pair[1], reverse=True)
    parts = [f"{name} ≥ {format_value(low)}" for name, low in ordered[:-1]]
    if len(ordered) > 1:
        parts.append(f"{ordered[-1][0]} < {format_value(ordered[-2][1])}")
    return "，".join(parts)


class GradeScoreMismatch(Rule):
    id = "RAT208"
    name = "grade-score-mismatch"
    family = "ratios"
    reads_analysis = False
    severity = Severity.ERROR
    summary = "A stated grade does not match the score under the grade scale in force."
    explanation = (
        "The grade follows from the total score: 优 >= 90, 良 80 to < 90, 中 60 to < 80, "
        "差 < 60 by default (财预〔2020〕10号; cn-rules B.21). 优秀 means 优, 良好 良, 合格 or "
        "中等 中, 不合格 or 较差 差. Set another scale with grade-scale in the configuration "
        "([tool.crossfoot.grade-scale], grade = lowest score). A score whose interval "
        "straddles a band edge (89.995 to 90.005 for 90.00) is never reported."
    )
    example = "自评得分 85 分，评价等级为优秀: 85 is 良"
    messages = {
        "zh": "{label} 为 {score}，按评分等级（{scale}）应为“{expected}”，但报告评为“{grade}”",
        "en": "{label} is {score}, which under the grade scale ({scale}) is “{expected}”, but "
              "the report grades it “{grade}”",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        scale = ctx.options.grade_scale
        for group in groups_with(ctx, "grade"):
            for grade_member in group.all("grade"):
                stated_grade = grade_of(grade_member.text or grade_member.shown, scale)
                score = group.number("score", grade_member)
                if stated_grade is None or score is None or score.quantity is None:
                    continue
                low, high = band(stated_grade, scale)
                span = score.quantity.interval()
                below = low is not None and span.hi is not None and span.hi < low
                above = high is not None and span.lo is not None and span.lo >= high
                if not (below or above):
                    continue
                expected = grade_for(score.quantity.value, scale)
                yield self.finding(
                    ctx, grade_member.location,
                    Evidence(expected=expected, actual=grade_member.shown),
                    related=[score.location], label=place(score), score=str(score.quantity),
                    scale=describe_scale(scale), expected=expected, grade=grade_member.shown)
