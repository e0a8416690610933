"""Mentions in a paragraph: what is a figure, what is not, and the words around it."""

from __future__ import annotations

from decimal import Decimal

from crossfoot.analysis.mentions import scan


def quantities(text: str) -> list[tuple[str, str, str]]:
    return [(str(m.value), m.unit or "", m.label) for m in scan(text) if m.kind == "quantity"]


def test_document_numbers_titles_phones_codes_are_not_quantities() -> None:
    text = ("根据《关于开展 2021 年预算绩效管理工作的通知》（赣发〔2019〕8 号），咨询电话 "
            "0793-5921234，编码 51000021R000000019951，发布于 14:54，网址 http://x.cn/12 个。")
    assert quantities(text) == []


def test_list_markers_and_years_as_names_are_not_quantities() -> None:
    text = ("1.县财政下达资金。（2）2021 年度工作。一是落实“一件事一次办”，"
            "推进“人生十件事”，做到“两个维护”。")
    assert quantities(text) == []
    years = [m.date.year for m in scan(text) if m.kind == "year" and m.date is not None]
    assert years == [2021]


def test_labels_and_cues() -> None:
    text = "编制人数共 10 人，其中参照公务员管理的事业编制人数为 7 人，补助事业编制 4 人。"
    found = [m for m in scan(text) if m.kind == "quantity"]
    assert [(m.label, m.total_cue, m.parts_cue) for m in found] == [
        ("编制人数", True, False), ("参照公务员管理的事业编制人数", False, True),
        ("补助事业编制", False, False)]
    assert found[1].quote(text) == "参照公务员管理的事业编制人数为 7 人"


def test_quoted_name_and_noun_after_a_classifier() -> None:
    text = ("共办理“医保一件事”202 件，现已在全县 7 家助产机构线上线下全面铺开，"
            "为 26 户脱贫群众申报补贴。")
    found = [m for m in scan(text) if m.kind == "quantity"]
    assert [m.label for m in found] == ["“医保一件事”", "助产机构", "脱贫群众"]
    assert found[1].quote(text) == "在全县 7 家助产机构"


def test_changes_are_signed_and_know_their_base() -> None:
    text = "决算数为 2.41 万元，较上年减少 62.6%；收入较2020年度决算数增加175.26万元，增长31%。"
    found = [m for m in scan(text) if m.kind == "quantity"]
    assert [(m.value, m.change, m.base) for m in found] == [
        (Decimal("2.41"), 0, None), (Decimal("62.6"), -1, "prior"),
        (Decimal("175.26"), 1, "prior"), (Decimal("31"), 1, "chain")]


def test_prior_value_and_its_year() -> None:
    found = [m for m in scan("较2024年的2190万元减少221万元") if m.kind == "quantity"]
    assert (found[0].prior, found[0].base_year) == (True, 2024)
    assert found[1].change == -1


def test_cut_off_applies_to_the_rest_of_the_sentence() -> None:
    text = "截止 11 月底，共办理 218911 件，收缴规费 1046068 元。全年培训 30 人次。"
    found = [m for m in scan(text) if m.kind == "quantity"]
    assert [m.cut_off is not None for m in found] == [True, True, False]


def test_grades_and_full_payment() -> None:
    text = "自评得分 97.44 分，项目绩效评价为优秀。衔接资金 2179 万元目前已全部拨付。"
    found = scan(text)
    grade = next(m for m in found if m.kind == "grade")
    assert (grade.grade, grade.label) == ("优秀", "项目绩效评价")
    money = next(m for m in found if m.unit == "万元")
    assert money.full is not None
    assert text[money.full[0]:money.full[1]] == "衔接资金 2179 万元目前已全部拨付"


def test_long_runs_stay_linear() -> None:
    # pathological inputs finish and find nothing odd: no backtracking grammar
    assert quantities("9" * 20000) == []
    assert len(quantities("其中" * 5000 + "共 3 人")) == 1
    assert quantities("（" * 3000 + "）" * 3000) == []
    assert len(scan("一二三四五六七八九十" * 1000)) == 0
