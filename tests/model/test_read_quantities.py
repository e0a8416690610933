"""A model built with the quantities an importer already read keeps those very objects."""

from __future__ import annotations

from decimal import Decimal

from crossfoot.model.quantity import Quantity
from crossfoot.model.report import build_report


def _facts(*values: str) -> dict[str, object]:
    return {"meta": {"title": "t", "fiscal_year": 2021},
            "facts": [{"id": f"f{n}", "value": value, "unit": "万元"}
                      for n, value in enumerate(values, 1)]}


def test_a_fact_read_as_a_quantity_keeps_it() -> None:
    held = Quantity.of(Decimal("12.50"), "万元")
    report = build_report(_facts("12.50"), read={"f1": held})
    assert report.facts[0].quantity is held


def test_only_the_same_digits_and_sign_are_kept() -> None:
    """1.5 is not 1.50 (the shown decimals differ), and a change stored negated is not
    the figure as read: the model builds its own."""
    read = {"f1": Quantity.of(Decimal("1.5"), "万元"), "f2": Quantity.of(Decimal("3"), "万元"),
            "f3": Quantity.of(Decimal("7"), "个")}
    report = build_report(_facts("1.50", "-3", "7"), read=read)
    for fact in report.facts:
        assert fact.quantity is not None and fact.quantity is not read[fact.id]
    assert [str(f.quantity) for f in report.facts] == ["1.50万元", "-3万元", "7万元"]
    assert build_report(_facts("1.50", "-3", "7")).facts == report.facts
