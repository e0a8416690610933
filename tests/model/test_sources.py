"""A fact's source in a paragraph reads its quote, line, column and place from it."""

from __future__ import annotations

from typing import Any

from crossfoot.model.report import build_report


def _report(source: dict[str, Any]) -> Any:
    paragraph = {"id": "s1-p1", "text": "本年支出 12.5 万元，较上年增加。",
                 "origin": [[0, 7, 3], [5, 8, 1]]}
    return build_report({"meta": {"title": "t"},
                         "sections": [{"id": "s1", "title": "一", "paragraphs": [paragraph]}],
                         "facts": [{"id": "f1", "value": "12.5", "unit": "万元",
                                    "source": source}]})


def test_a_quote_cut_from_its_paragraph_is_read_from_it_with_its_line_and_column() -> None:
    fact = _report({"section": "s1", "paragraph": "s1-p1", "start": 5, "end": 12,
                    "quote": "12.5 万元"}).facts[0]
    assert fact.source is not None and fact.source.cut and fact.source.given is None
    location = fact.location()
    assert (location.quote, location.line, location.column) == ("12.5 万元", 8, 1)
    assert location.pointer == "/facts/0" == fact.pointer


def test_a_quote_of_other_words_is_kept_as_given() -> None:
    source = _report({"paragraph": "s1-p1", "start": 0, "end": 4, "quote": "支出"}).facts[0].source
    assert source is not None and not source.cut
    assert (source.quote, source.line, source.column) == ("支出", 7, 3)


def test_a_source_outside_the_paragraphs_has_no_line() -> None:
    source = _report({"pointer": "/tables/0", "quote": "12.5"}).facts[0].source
    assert source is not None
    assert (source.quote, source.line, source.column, source.place) == ("12.5", None, None, None)


def test_a_paragraph_s_pointer_is_its_section_s_and_its_index() -> None:
    paragraph = _report({}).sections[0].paragraphs[0]
    assert paragraph.pointer == "/sections/0/paragraphs/0"
    assert paragraph.location(5, 9).pointer == "/sections/0/paragraphs/0/text"


def test_a_fact_s_pointer_is_its_index_whatever_its_id() -> None:
    facts = build_report({"meta": {"title": "t"}, "facts": [
        {"id": id_, "value": "1"} for id_ in ("f1", "f3", "total", "f4")]}).facts
    assert [f.pointer for f in facts] == ["/facts/0", "/facts/1", "/facts/2", "/facts/3"]
    assert [f.index for f in facts] == [None, 1, 2, None]
