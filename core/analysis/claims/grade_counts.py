"""Things counted by grade: 18 个项目开展绩效自评，其中优 13 个、良 4 个、中 1 个、差 0 个.

Final-account explanations (预算绩效管理情况) and evaluation notices count what they evaluated
and then how many got each grade of the 财预〔2020〕10号 scale. Every evaluated thing gets one
grade, so the counts of all four grades add up to the count before them. Read only where each
of 优, 良, 中 and 差 has a count or is said to have none (无“差”等级项目, 中、差 0 个), and the
paragraph gives exactly one count in 个 in the sentence of the grades and the one before,
ahead of them: a list naming some grades, or two counts it could be of, is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from crossfoot.analysis.claims.compositions import Composition
from crossfoot.analysis.clauses import sentence_end, sentence_start
from crossfoot.analysis.statements import LEVEL, Statement
from crossfoot.analysis.vocabulary import scores

#: the grade words, longest first, each with the grade it names
_GRADES = {**scores.GRADE_NAMES, **{grade: grade for grade in ("优", "良", "中", "差")}}
_GRADE = "|".join(sorted(map(re.escape, _GRADES), key=len, reverse=True))
#: what may stand right before a grade's name (结果为优 / ：优 / 、良 / “中”): never a word
#: of which it is the last character (其中 13 个, 良好率)
_OPENS = r"(?:(?<=[为：:，,、；;\s“\"‘(（])|(?<=等级)|(?<=等次)|(?<=评为))"
_QUOTED = r"[“\"‘]?(?P<grade>{g})[”\"’]?(?:等级|等次|级)?(?:的)?(?:项目)?(?:为|有)?\s?"
#: a grade with its count (“优”12 个 / 良 4 个 / 优秀等次 5 个)
_COUNTED = re.compile(_OPENS + _QUOTED.format(g=_GRADE) + r"(?P<count>[0-9]{1,6})\s?个")
#: grades said to have none (无“差”等级项目 / 中、差 0 个 / 中、差均为 0 个)
_NONE = re.compile(_OPENS + r"(?:无|没有)[“\"‘]?(?P<grade>" + _GRADE + r")[”\"’]?")
_ZEROS = re.compile(_OPENS + r"(?P<grades>(?:" + _GRADE + r")(?:、(?:" + _GRADE + r")){1,3})"
                    r"(?:等级|等次)?(?:均为|均|各|都为|为)?\s?0\s?个")


def find_grade_counts(statements: Sequence[Statement], texts: Mapping[str, str]
                      ) -> list[Composition]:
    """Each count whose things the next words count by every grade."""
    found = []
    by_paragraph: dict[str, list[Statement]] = {}
    for statement in statements:
        by_paragraph.setdefault(statement.paragraph, []).append(statement)
    for paragraph, mine in by_paragraph.items():
        text = texts.get(paragraph, "")
        counted = list(_COUNTED.finditer(text))
        if len(counted) < 2:
            continue
        composition = _composition(text, counted, mine)
        if composition is not None:
            found.append(composition)
    return found


def _composition(text: str, counted: Sequence[re.Match[str]], mine: Sequence[Statement]
                 ) -> Composition | None:
    first, last = counted[0].start(), counted[-1].end()
    graded = {_GRADES[m.group("grade")] for m in counted}
    if len(graded) != len(counted):
        return None  # (a grade counted twice: two lists)
    end = sentence_end(text, last)
    said_none = {_GRADES[m.group("grade")] for m in _NONE.finditer(text, last, end)}
    for zeros in _ZEROS.finditer(text, first, end):
        said_none.update(_GRADES[g] for g in zeros.group("grades").split("、"))
    if graded | said_none != {"优", "良", "中", "差"}:
        return None
    parts = [_statement_at(mine, m.start("count")) for m in counted]
    if any(s.start < last and s.dimension == "count" and s not in parts
           for s in mine if s.start >= first):
        return None  # (a count of another kind among them: not one list of grades)
    opening = sentence_start(text, sentence_start(text, first) - 1)
    totals = [s for s in mine if s.role == LEVEL and s.dimension == "count"
              and s.quantity.unit == "个" and opening <= s.start < first]
    if len(totals) != 1 or any(p is None for p in parts):
        return None
    return Composition("个数 = 优 + 良 + 中 + 差", totals[0], [p for p in parts if p is not None])


def _statement_at(mine: Sequence[Statement], start: int) -> Statement | None:
    return next((s for s in mine if s.number_start == start and s.dimension == "count"), None)
