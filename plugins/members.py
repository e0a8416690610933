"""How the ratio rules reach and name the members of a report's measure groups.

Most rules look at the groups of one or two measures, divide one member by
another as intervals, and name a member in a message by its table place or its
own label; each of these is done here once for them all.
"""

from __future__ import annotations

from decimal import Decimal

from crossfoot import Context, Interval, Quantity, View, format_value
from crossfoot.analysis.measures import MeasureGroup, MeasureGroups, Member

HUNDRED = Decimal(100)


def groups_of(ctx: Context) -> list[MeasureGroup]:
    """The report's measure groups, gathered once per check however many rules ask."""
    return ctx.view(MeasureGroups).groups


class MeasureIndex(View):
    """The measure groups with a member of each measure, found once per check: most rules
    look at the groups of one or two measures (rates, scores), and asking every group
    (most of them facts of other measures) for its members of a measure cost each rule a
    scan of them all."""

    def __init__(self, groups: list[MeasureGroup]) -> None:
        self.groups = groups
        self.by_measure: dict[str, list[MeasureGroup]] = {}
        for group in groups:
            for measure in {member.measure for member in group.members}:
                self.by_measure.setdefault(measure, []).append(group)

    @classmethod
    def build(cls, ctx: Context) -> MeasureIndex:
        return cls(groups_of(ctx))

    def having(self, *measures: str) -> list[MeasureGroup]:
        """The groups with a member of one of ``measures``, in the report's order (a group
        without one has nothing ``MeasureGroup.all`` could give for them)."""
        if len(measures) == 1:
            return self.by_measure.get(measures[0], [])
        wanted = {id(group) for measure in measures for group in self.by_measure.get(measure, ())}
        return [group for group in self.groups if id(group) in wanted]


def groups_with(ctx: Context, *measures: str) -> list[MeasureGroup]:
    return ctx.view(MeasureIndex).having(*measures)



def q(member: Member) -> Quantity:
    assert member.quantity is not None
    return member.quantity


def ratio(numerator: Member, denominator: Member) -> Interval | None:
    """numerator / denominator as a plain ratio interval; None if not comparable or 0 possible."""
    top, bottom = q(numerator), q(denominator)
    if top.dimension != bottom.dimension:
        return None
    return top.base_interval() / bottom.base_interval()


def point_ratio(numerator: Member, denominator: Member) -> Decimal | None:
    top, bottom = q(numerator), q(denominator)
    base = bottom.value * bottom.unit_info.scale
    if base == 0 or top.dimension != bottom.dimension:
        return None
    return top.value * top.unit_info.scale / base


def percent(value: Decimal | None, places: int = 1) -> str:
    return "—" if value is None else format_value(value * HUNDRED, places) + "%"


def stated(member: Member) -> str:
    quantity = q(member)
    qualifier = {"at_least": "≥", "more_than": ">", "at_most": "≤", "less_than": "<",
                 "approx": "≈"}.get(quantity.qualifier or "", "")
    return qualifier + str(quantity)


def place(member: Member) -> str:
    """How a member is named in a message: its table place or its own label."""
    return member.location.label or member.label


def beside(member: Member, first: Member) -> str:
    """How to name ``member`` after ``first``: its column label alone when in the same row."""
    row = first.location.anchor.partition("/col:")[0]
    if "/col:" in first.location.anchor and member.location.anchor.startswith(row + "/col:"):
        return member.label
    return place(member)
