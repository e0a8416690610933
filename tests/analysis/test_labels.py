"""Label normalisation and synonym groups: when two labels name the same figure."""

from __future__ import annotations

import pickle

import pytest

from crossfoot.analysis.labels import (
    DEFAULT_SYNONYMS,
    Synonyms,
    is_generic,
    normalise_label,
    split_measure,
    synonyms,
)


@pytest.mark.parametrize(("label", "key"), [
    ("商品和服务支出", "商品和服务支出"),
    ("“商品和服务支出”", "商品和服务支出"),
    ("商品和服务 支出", "商品和服务支出"),
    ("对个人和家庭的补助", "对个人和家庭补助"),
    ("乡镇（街道）便民服务中心", "乡镇街道便民服务中心"),
    ("1.商品和服务支出", "商品和服务支出"),
    ("（一）工资福利支出", "工资福利支出"),
    ("其中：工资福利支出", "工资福利支出"),
    ("ＡＢＣ支出", "abc支出"),
    ("2019 年项目支出总额", "2019年项目支出总额"),
    ("全年预算数（小计）", "全年预算数"),
    ("“三公”经费（万元）", "三公经费"),
    ("（一）", "一"),  # nothing but a bracket: kept
])
def test_normalise_label(label: str, key: str) -> None:
    assert normalise_label(label) == key


@pytest.mark.parametrize(("label", "base", "measure"), [
    ("商品服务支出决算数", "商品服务支出", "actual"),
    ("工资福利支出预算", "工资福利支出", "budget"),
    ("年初预算数", "年初预算数", "budget_initial"),  # only a measure: kept whole
    ("三公经费年初预算数", "三公经费", "budget_initial"),
    ("项目资金总计", "项目资金", None),
    ("惠企创业贷款补贴金额", "惠企创业贷款补贴", None),
    ("编制人数", "编制人数", None),  # 数 after 人 belongs to the noun
    ("实有人数", "实有人数", None),
    ("办件数", "办件数", None),
    ("支出执行数", "支出", "actual"),
])
def test_split_measure(label: str, base: str, measure: str | None) -> None:
    assert split_measure(label) == (base, measure)


def test_default_synonyms_tie_names_of_one_quantity_only() -> None:
    names = synonyms()
    assert names.same("商品服务支出决算数", "商品和服务支出")
    assert not names.same("商品服务支出", "日常公用支出")  # 公用经费 covers capital items too
    assert names.same("“商品和服务支出”", "商品服务支出")
    assert names.same("“三公经费”支出预算", "三公经费")
    assert not names.same("工资福利支出", "人员经费")
    assert not names.same("商品服务支出", "工资福利支出")


def test_configured_groups_extend_and_merge() -> None:
    names = synonyms([("人员经费", "工资福利支出")])
    assert names.same("人员经费", "工资福利")  # merged with the default 工资福利 group
    assert names.same("人员经费", "工资福利费")
    alone = synonyms([("人员经费", "工资福利支出")], defaults=False)
    assert not alone.same("工资福利费", "工资福利支出")
    assert alone.same("人员经费", "工资福利支出")


def test_overlapping_groups_merge_in_any_order() -> None:
    a = synonyms([("甲支出", "乙支出"), ("乙支出", "丙支出")], defaults=False)
    b = synonyms([("乙支出", "丙支出"), ("甲支出", "乙支出")], defaults=False)
    for names in (a, b):
        assert names.same("甲支出", "丙支出")
    assert a.key("丙支出") == b.key("丙支出")


@pytest.mark.parametrize("key", ["合计", "其他", "小计", "支出", "数", "x", "2021", ""])
def test_generic_keys(key: str) -> None:
    assert is_generic(key)


def test_specific_keys_are_not_generic() -> None:
    assert not is_generic("项目资金")
    assert not is_generic("编制人数")
    assert all(len(group) >= 2 for group in DEFAULT_SYNONYMS)


def test_synonyms_unpickled_keep_their_groups_indexes_and_equality() -> None:
    """A stored pack carries its synonyms pickled: read back, they answer as before."""
    made = Synonyms((("商品服务支出", "日常公用支出"), ("日常公用支出", "公用经费")))
    back = pickle.loads(pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == made and hash(back) == hash(made) and repr(back) == repr(made)
    assert back.key("公用经费") == made.key("公用经费") == made.key("商品服务支出")
    assert back.variants("公用经费") == made.variants("公用经费")
    assert Synonyms() == Synonyms(()) and not Synonyms().variants("甲乙") - {"甲乙"}
    assert repr(made).startswith("Synonyms(groups=(")
