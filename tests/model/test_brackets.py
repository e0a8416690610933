"""Splitting at a separator outside brackets, nested or full-width."""

from crossfoot.analysis.vocabulary.breakdowns import concept
from crossfoot.model.brackets import split_outside


def test_a_separator_inside_brackets_does_not_split() -> None:
    assert split_outside("组织宣传处(人事处、对外联络处)、办公室", "、") == [
        "组织宣传处(人事处、对外联络处)", "办公室"]


def test_nested_and_full_width_brackets_are_one_bracket() -> None:
    assert split_outside("公用经费（含因公出国（境）费、会议费）、人员经费", "、") == [
        "公用经费（含因公出国（境）费、会议费）", "人员经费"]


def test_a_stray_closing_bracket_does_not_hide_later_separators() -> None:
    assert split_outside("甲）、乙、丙", "、") == ["甲）", "乙", "丙"]


def test_a_list_of_names_names_no_known_quantity_but_a_bracketed_list_does() -> None:
    assert concept("“三公”经费、会议费和培训费三项") is None
    assert concept("“三公”经费（含结转（上年）资金、当年资金）") == "三公经费"
