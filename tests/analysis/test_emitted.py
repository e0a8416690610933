"""An emitted fact, held compactly while the reading is alive, gives back its JSON form."""

from __future__ import annotations

import json
from decimal import Decimal

from crossfoot.analysis.emitted import Emitted, Quoted


def test_reads_and_writes_as_the_dict_it_was_made_from() -> None:
    data = {"label": "支出", "measure": "actual", "value": "12.5",
            "source": {"paragraph": "s1-p1", "start": 3, "end": 9, "quote": "12.5 万元"},
            "id": "f1"}
    fact = Emitted(data)
    assert dict(fact) == data and fact["source"] == data["source"]
    assert fact.get("concept") is None and "period" not in fact
    fact = fact.with_value("concept", "s1/支出")  # a new key goes last, as in a dict
    assert fact.with_value("label", "支出合计") is fact  # a key set again keeps its place
    expected = {**data, "label": "支出合计", "concept": "s1/支出"}
    assert json.dumps(fact.as_dict(), ensure_ascii=False) == json.dumps(expected,
                                                                        ensure_ascii=False)


def test_facts_of_one_shape_share_their_keys() -> None:
    first = Emitted({"label": "a", "value": "1", "id": "f1"})
    second = Emitted({"label": "b", "value": "2", "id": "f2"})
    assert list(first) == list(second) == ["label", "value", "id"]
    assert type(first) is type(second) and first._keys is second._keys


def test_a_quoted_source_and_a_decimal_value_are_written_out_with_the_json_form() -> None:
    fact = Emitted({"label": "支出", "value": Decimal("1.50"),
                    "source": Quoted("s1", "s1-p1", 3, 10), "id": "f1"})
    texts = {"s1-p1": "支出 1.50 万元。"}
    assert fact.as_dict(texts) == {
        "label": "支出", "value": "1.50", "id": "f1",
        "source": {"section": "s1", "paragraph": "s1-p1", "start": 3, "end": 10,
                   "quote": "1.50 万元"}}


def test_nested_dicts_and_lists_come_back_as_they_were_given() -> None:
    relation = {"kind": "sum", "total": {"fact": "f1"}, "parts": [{"fact": "f2"}, {"fact": "f3"}],
                "weights": [1, 2], "id": "r1"}
    held = Emitted(relation)
    assert held["total"]["fact"] == "f1" and held["parts"][1]["fact"] == "f3"
    assert held.as_dict() == relation


def test_a_quoted_source_is_held_in_the_fact_and_given_back_as_it_was() -> None:
    quoted = Quoted("s1", "s1-p1", 3, 10)
    fact = Emitted({"label": "支出", "source": quoted, "id": "f1"})
    assert fact["source"] == quoted and dict(fact) == {"label": "支出", "source": quoted,
                                                        "id": "f1"}
    moved = Quoted("s1", "s1-p1", 4, 10)
    assert fact.with_value("source", moved) is fact and fact["source"] == moved
    plain = fact.with_value("source", {"paragraph": "s1-p1"})  # another kind of value
    assert plain is not fact and plain["source"]["paragraph"] == "s1-p1"
