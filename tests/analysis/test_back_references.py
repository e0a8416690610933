"""上述 before a figure: which earlier figure it says it is, and when it says nothing."""

from __future__ import annotations

from crossfoot.analysis import back_references
from crossfoot.analysis.narrative import read
from crossfoot.importing.text import read_text


def _referred(text: str) -> dict[str, str]:
    """Referring figure -> the figure it refers to, both as printed."""
    document = read_text(f"某县2024年度资金使用情况\n\n{text}\n", "x")
    reading = read(document.data["sections"], 2024)
    parts = {p.id for b in reading.claims.breakdowns for p in b.parts}
    texts = {pid: p.normal.text for pid, p in reading.paragraphs.items()}
    by_id = {s.id: s for s in reading.statements}
    return {str(by_id[sid].quantity): str(statement.quantity)
            for sid, (_, statement) in back_references.find(reading.items, texts, parts).items()}


def test_the_aforesaid_funds_are_the_funds_named_so_before() -> None:
    assert _referred("全县共获得新增专项债券资金38,500万元，按领域分：交通15,000万元，水利"
                     "23,500万元。截至年末，上述38,050万元专项债券资金已支出33,880万元。") \
        == {"38050万元": "38500万元"}


def test_the_parts_of_a_list_are_not_what_the_aforesaid_count_means() -> None:
    assert _referred("全年立案查处各类违法案件426件，其中简易程序案件58件，普通程序案件368件。"
                     "通过对上述412件案件的查处，罚没款602.35万元。") == {"412件": "426件"}


def test_nothing_is_said_where_no_figure_or_several_are_named_so() -> None:
    assert _referred("全年支出120万元。上述80万元资金已全部拨付。") == {}
    assert _referred("甲镇补助资金30万元，乙镇补助资金40万元。上述50万元补助资金已拨付。") == {}
