"""Claims: subjects and measures of figures, totals with their parts, changes, grades."""

from __future__ import annotations

from crossfoot.analysis import analyze_paragraphs
from crossfoot.analysis.claims import Claim, Figure


def read(text: str) -> tuple[list[Figure], list[Claim]]:
    found = analyze_paragraphs([("s1", "s1-p1", text)])
    return ([f for f in found if isinstance(f, Figure)],
            [c for c in found if isinstance(c, Claim)])


def labelled(figures: list[Figure]) -> list[tuple[str, str, str]]:
    return [(f.label, f.subject, f.measure) for f in figures if f.mention.kind == "quantity"]


def test_subject_is_inherited_and_measure_read_from_cue_words() -> None:
    figures, _ = read("商品服务支出预算为 54.63 万元，决算数为 91.73 万元，"
                      "较上年增加了 67%。")
    assert labelled(figures) == [
        ("商品服务支出预算", "商品服务支出", "budget"),
        ("商品服务支出决算数", "商品服务支出", "actual"),
        ("商品服务支出决算数较上年增长", "商品服务支出", "change")]


def test_parallel_categories_share_their_prefix() -> None:
    figures, _ = read("2021 年初预算收入 240.99 万元、支出 240.99 万元，"
                      "年底决算收入为 241.44 万元，"
                      "支出为 241.44 万元。")
    assert [(f.label, f.measure) for f in figures if f.mention.kind == "quantity"] == [
        ("年初预算收入", "budget_initial"), ("年初预算支出", "budget_initial"),
        ("年底决算收入", "actual"),
        ("年底决算支出", "actual")]


def test_a_clause_names_what_changed() -> None:
    figures, _ = read("“三公”经费支出决算总额为 5.48 万元，比去年增加 1.55 万元，增长 39.4%。其中，"
                      "公务接待费支出决算比预算无增减变化，比去年增加 0.5 万元，增长 50%。")
    changes = [(f.subject, str(f.mention.value)) for f in figures if f.measure == "change"]
    assert changes == [("“三公”经费支出", "1.55"), ("“三公”经费支出", "39.4"),
                       ("公务接待费支出决算", "0.5"), ("公务接待费支出决算", "50")]


def totals(text: str) -> list[tuple[str, list[str], str | None]]:
    figures, claims = read(text)
    by_id = {f.id: f for f in figures}
    return [(by_id[c.figures[0]].label, [by_id[i].label for i in c.figures[1:]], c.coverage)
            for c in claims if c.kind == "total"]


def test_qizhong_lists_are_partial_and_stop_at_the_next_total() -> None:
    text = ("编制人数共 10 人，其中参照公务员管理的事业编制人数为 7 人，补助事业编制 4 人；"
            "实有人数 25 人，"
            "其中：参照公务员管理的事业编制人数为 7 人，补助事业编制 1 人，"
            "聘用人员 4 人。")
    assert totals(text) == [
        ("编制人数", ["参照公务员管理的事业编制人数", "补助事业编制"], "partial"),
        ("实有人数", ["参照公务员管理的事业编制人数", "补助事业编制", "聘用人员"], "partial")]


def test_fenbie_lists_are_complete() -> None:
    text = "支出合计 120.50 万元，分别为基本支出 80.20 万元、项目支出 41.30 万元。"
    assert totals(text) == [
        ("支出", ["基本支出", "项目支出"], "complete")]


def test_qizhong_in_the_next_sentence_and_changes_skipped() -> None:
    text = ("收入:792.22万元。同比上年度增加189.25万元,增加31.39%。其中:财政拨款收入792.22万元,"
            "同比上年度增加209.28万元,增加35.9%。")
    assert totals(text) == [("收入", ["财政拨款收入"], "partial")]


def test_named_parts_without_qizhong_are_unstated() -> None:
    text = ("实施项目共15个(含转列项目5个),年初批复预算8个项目985万元,年中增加8个项目,"
            "到位资金334.67万元。")
    assert totals(text) == [("实施项目", ["年初批复预算项目", "年中增加项目"], "unstated")]


def test_levels_are_not_parts() -> None:
    assert totals("该项目共编制12个绩效目标指标,其中一级指标3个,二级指标9个,三级指标12个。") == []


def test_score_grade_full_and_cut_off_claims() -> None:
    _, claims = read("自评得分 78.5 分，项目绩效评价为优秀。"
                     "截止 11 月底，资金 100 万元已全部拨付。")
    assert sorted(c.kind for c in claims) == ["cut_off", "full", "grade"]


def test_shares_and_completion_rates_belong_to_the_figure_named_before() -> None:
    figures, _ = read("财政拨款收入 2,800.00 万元，占 93.3%；"
                      "“三公”经费支出全年预算数为 15.00 万元，"
                      "支出决算为 12.30 万元，完成全年预算的 82%。")
    assert [(f.subject, f.measure) for f in figures if f.mention.kind == "quantity"] == [
        ("财政拨款收入", "amount"), ("财政拨款收入", "share"), ("“三公”经费支出", "budget"),
        ("“三公”经费支出", "actual"), ("“三公”经费支出", "rate")]


def test_a_change_names_its_subject_after_an_earlier_comparison() -> None:
    figures, _ = read("与上年相比，财政拨款支出减少 150.00 万元，下降 5.2%；"
                      "项目支出增加 20 万元，增长 8%。")
    changes = [(f.subject, f.mention.change) for f in figures if f.measure == "change"]
    assert changes == [("财政拨款支出", -1), ("财政拨款支出", -1), ("项目支出", 1),
                       ("项目支出", 1)]


def test_people_counted_in_ren_and_ming_are_one_kind_of_part() -> None:
    assert totals("共有干部职工 50 人，其中党员 30 名、团员 12 人。") == [
        ("干部职工", ["党员", "团员"], "partial")]


def test_budget_initial_plus_adjustments_make_the_adjusted_budget() -> None:
    text = "年初预算数为 300 万元，年中追减预算 20 万元，调整后预算数为 280 万元。"
    figures, claims = read(text)
    (claim,) = [c for c in claims if c.kind == "total"]
    assert (claim.coverage, claim.detail["weights"]) == ("complete", [1, -1])
    assert [f.measure for f in figures] == ["budget_initial", "adjustment", "budget"]


def test_a_year_at_the_head_of_a_sentence_is_its_figures_year() -> None:
    figures, _ = read("2022 年实际支出 450 万元，预算执行率为 90%。全年支出 500 万元。")
    assert [f.mention.year for f in figures if f.mention.kind == "quantity"] == [2022, 2022, None]


def test_indicator_values_take_the_indicator_named_before() -> None:
    figures, _ = read("工程验收合格率，指标值：≥95%，实际完成值：100%。")
    assert [(f.subject, f.measure, f.mention.qualifier) for f in figures] == [
        ("工程验收合格率", "target", "at_least"), ("工程验收合格率", "result", None)]


def test_a_sentence_without_a_subject_keeps_its_figures_together() -> None:
    figures, _ = read("全年预算数为 400 万元，全年执行数为 380 万元，预算执行率为 90%。")
    assert [(f.measure, f.anchor) for f in figures] == [
        ("budget", "m1"), ("actual", "m1"), ("rate", "m1")]
