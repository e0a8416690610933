"""Score breakdowns of performance evaluations: the first-level indicators that make a total.

Class of phrasing served: 绩效自评 and 绩效评价 reports give the total score and
then the score of each first-level indicator (自评总分 92.5 分，其中：预算执行率
得分 9.8 分，产出指标得分 47.5 分 …). The indicator frameworks are fixed by
财政部 (财预〔2020〕10号): a project's self-evaluation form scores 预算执行率,
产出, 效益 and 满意度; a project evaluation scores 决策, 过程, 产出 and 效益; a
department-wide evaluation scores 投入, 过程, 产出 and 效果 (效益 in many provinces'
templates). When a list of
scores names exactly the indicators of one framework, it is the whole score,
even after 其中, which alone would promise only some of it. A summary may also
give the indicators first and the total after them (决策指标满分 15 分，自评得 15 分；…
综合自评得分 93.5 分): a total named as the whole score (综合 / 总分) right after
a framework's indicators is their sum.
"""

from __future__ import annotations

#: the first-level indicators of each framework, by a word each name contains
FRAMEWORKS: tuple[frozenset[str], ...] = (
    frozenset({"预算执行", "产出", "效益", "满意度"}),
    frozenset({"决策", "过程", "产出", "效益"}),
    frozenset({"投入", "过程", "产出", "效果"}),
    frozenset({"投入", "过程", "产出", "效益"}),  # the same, as provincial templates name it
    # a project evaluation whose template scores satisfaction apart from the benefits
    frozenset({"决策", "过程", "产出", "效益", "满意度"}),
)
#: words that name a score as the whole evaluation's (综合自评得分 / 自评总分 / 总得分)
TOTAL_WORDS = ("综合", "总分", "总得分", "总体", "整体", "合计")
#: how a total score's name ends once its 得分 is read as the measure (项目自评总得分)
TOTAL_ENDINGS = ("总",)
#: names that, with nothing more, are the whole evaluation's score (自评得分 95.5 分 after the
#: indicators' scores)
TOTAL_NAMES = frozenset({"自评", "项目自评", "绩效自评", "评价", "绩效评价", "综合评价",
                         # what was evaluated, scored as a whole (本项目得分 91.5 分)
                         "项目", "部门", "部门整体"})
#: words before such a name that say whose it is (本项目自评得分 / 该部门得分)
TOTAL_OWNERS = ("本", "该")
#: a bare verb before a score that says it was scored (分值 50 分，得 47.5 分)
GOT = ("得",)
#: the word of the share each factor or indicator is given of the whole (权重分别为 45%、…)
WEIGHT_WORD = "权重"
#: the name of a score's rate of the points it was out of (得分 25.8 分，得分率 86.0%)
SCORE_RATE = ("得分率",)
#: how the name of the points an indicator lost ends (决策类指标扣 2 分 / 过程指标扣分 / 失分)
LOST_ENDINGS = ("扣", "扣分", "扣减", "扣除", "失分", "共扣", "扣掉")
#: how the name of the points lost begins when it is the total of deductions listed after it
LOST_TOTALS = ("共扣", "合计扣", "累计扣", "共计扣", "总计扣")
#: the unit of a score
SCORE_UNIT = "分"
#: what stands before the upper bound of a band of scores (80 分至 90 分为良 / 80～90 分的 …)
BAND_UPPER = ("至", "到", "～", "~", "－", "-", "—")
#: the full marks of an evaluation that names none (百分制)
FULL_MARKS = 100
#: the grades of the 财预〔2020〕10号 scale (优 / 良 / 中 / 差) other words name
GRADE_NAMES = {"优秀": "优", "良好": "良", "合格": "中", "中等": "中", "不合格": "差", "较差": "差"}
_WORDS = frozenset().union(*FRAMEWORKS)


def names_whole(name: str) -> bool:
    """Is ``name``, with nothing more, the whole evaluation's (自评 / 本项目自评 / 该部门)?"""
    return name in TOTAL_NAMES or (name.startswith(TOTAL_OWNERS) and name[1:] in TOTAL_NAMES) \
        or name.endswith(EVALUATION_ENDINGS)


#: how the name of what was evaluated ends when its score is the whole's (新增专项债券资金绩效
#: 自评得分 93 分, 该项目综合评价得分)
EVALUATION_ENDINGS = ("自评", "评价")


def indicator(name: str) -> str | None:
    """The first-level indicator ``name`` names, if exactly one (none for the points it lost:
    产出类指标扣 4.0 分 is no score of 产出)."""
    if name.endswith(LOST_ENDINGS):
        return None
    found = [word for word in _WORDS if word in name]
    return found[0] if len(found) == 1 else None


def completes(total: str, parts: list[str]) -> bool:
    """Do the score ``parts`` name each indicator of one framework once, under a total that
    is not itself one of them?"""
    if indicator(total) is not None:
        return False
    named = [indicator(part) for part in parts]
    return None not in named and len(set(named)) == len(named) \
        and frozenset(n for n in named if n) in FRAMEWORKS
