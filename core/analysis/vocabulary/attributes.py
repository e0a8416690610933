"""Attributes of people counted across one another: one staff, several classifications.

Class of phrasing served: 部门概况 and 机构人员情况 paragraphs count a body's staff,
then name some of them by education, sex, party, age or title (在职人员 86 人，其中本科
及以上学历 71 人，女性 38 人，中共党员 52 人). Each count is of the same people seen
another way: the counts overlap, so together they may make more than the whole,
and a list that mixes two classifications is no breakdown. A list within one
classification (本科 52 人，大专 21 人，高中及以下 13 人) still is one.
"""

from __future__ import annotations

#: classification -> words a name of one of its classes contains
CLASSES: dict[str, tuple[str, ...]] = {
    "education": ("博士", "硕士", "研究生", "本科", "大专", "专科", "中专", "高中", "学历"),
    "sex": ("女性", "男性", "女职工", "男职工", "女干部"),
    "party": ("党员", "团员", "民主党派", "群众"),
    "ethnicity": ("少数民族", "汉族"),
    "age": ("岁",),
    "title": ("职称", "正高", "副高", "高级", "中级", "初级"),
    # the kind of post (岗位类别): 专业技术人员 67 人，高级职称 7 人 counts the 7 among the 67
    "post": ("专业技术", "专技人员", "管理人员", "工勤"),
}


def classification(name: str) -> str | None:
    """The one classification a counted name belongs to, None for none or several."""
    found = {kind for kind, words in CLASSES.items() if any(w in name for w in words)}
    return found.pop() if len(found) == 1 else None


def cross_cutting(names: list[str]) -> bool:
    """Do the names count the same people by two classifications or more?"""
    kinds = {classification(name) for name in names}
    kinds.discard(None)
    return len(kinds) >= 2


#: bodies named by their level and by how an assessment found them (定点医疗机构 152 家，其中
#: 二级及以上医院 24 家；考核合格的 136 家: the 24 may be among the 136): a list naming both is
#: no sure breakdown, though each part is still of the whole
LEVELS = ("一级", "二级", "三级")
ASSESSED = ("合格", "优秀", "达标")


def assessed_beside(names: list[str]) -> bool:
    """Does a list name bodies by their level beside bodies by an assessment's result?"""
    return any(any(w in n for w in LEVELS) for n in names) \
        and any(any(w in n for w in ASSESSED) for n in names)


#: words that name things by what they can do or have come to (进驻事项 1,158 项，其中实现“最多
#: 跑一次”的 1,096 项；可全程网办的 742 项: one service may do both), and the words that deny
#: them (不可网办 … : then the parts split the whole)
ABILITY = ("可", "实现", "具备", "支持", "能够")
NO_ABILITY = ("不", "未", "无法")


def abilities(names: list[str]) -> bool:
    """Do two or more parts each name what their things can do, none denying it (``names``:
    each part's words, 实现 before its figure included)? Such parts may count one thing
    twice, so their sum is no sure claim."""
    return len(names) >= 2 and all(
        any(w in name for w in ABILITY) and not any(w in name for w in NO_ABILITY)
        for name in names)


#: staff counted on a body's establishment (在编), and the words of staff outside it (临聘,
#: 借调 …): a count of the first holds none of the second (实有在职在编人员 67 人，其中专业技术
#: 人员 64 人，临聘人员 5 人: the 5 are beside the 67, as the 部门决算 人员情况 counts them)
ON_POSTS = ("在编", "编制内")
OFF_POSTS = ("编外", "临聘", "借调", "劳务派遣", "外聘", "返聘", "聘用人员", "合同制")


def off_posts(whole: str, part: str) -> bool:
    """Is ``part`` staff outside the establishment that ``whole`` counts?"""
    return any(w in whole for w in ON_POSTS) and any(w in part for w in OFF_POSTS) \
        and not any(w in part for w in ON_POSTS)


#: staff of the establishment lent to or borrowed from another body: counted on its books by
#: some reports, beside them by others
SECONDED = "借调"


def seconded_beside(names: list[str]) -> bool:
    """Does a list name seconded staff beside those on the establishment (在编在职 73 人，借调
    3 人)? The total may count them among those or apart: which is not certain."""
    return any(any(w in n for w in ON_POSTS) for n in names) \
        and any(SECONDED in n for n in names)


#: words of a count of the posts a body may fill, and of the people who fill them: 编制人数
#: 31 人，实有人数 30 人 are two counts of one staff, never parts of one list
POSTS = ("编制人数", "编制数", "核定编制")
STAFFED = "实有"


def posts_then_staffed(first: str, name: str) -> bool:
    """Does ``name`` count the people in post after a list began with the posts (其中：编制人数
    31 人，实有人数 30 人)?"""
    return any(w in first for w in POSTS) and STAFFED in name \
        and not any(w in name for w in POSTS)
