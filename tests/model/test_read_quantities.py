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


def test_data_handed_over_is_let_go_as_the_model_is_built() -> None:
    """Handed over, the JSON facts, relations and claims are dropped from their lists as
    each is built; the model is the same as one built from data the caller keeps."""
    data = _facts("1.50", "-3", "7")
    data["relations"] = [{"id": "r1", "kind": "sum", "total": {"fact": "f1"},
                          "parts": [{"fact": "f2"}, {"fact": "f3"}]}]
    data["claims"] = [{"id": "c1", "kind": "change", "change": {"fact": "f2"}}]
    kept = build_report(data)
    handed = build_report(data, handed_over=True)
    assert (handed.facts, handed.relations, handed.claims) == (
        kept.facts, kept.relations, kept.claims)
    assert data["facts"] == [None] * 3 and data["relations"] == [None]
    assert data["claims"] == [None]
