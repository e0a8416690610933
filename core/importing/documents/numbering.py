"""Word's automatic numbering written out as the reader sees it printed.

A heading numbered by Word (a ``numPr`` on the paragraph or its style) has no
number in its text; the outline needs it. Each list (``numId``) counts its
levels as Word does: a level's counter steps on each paragraph at that level
and restarts the levels below it; the level's ``lvlText`` (``%1、``) is
filled with the counters in the level's number format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from docx.oxml.ns import qn

from crossfoot.model.numbering import cn_numeral

_FORMATS = {"decimal", "decimalFullWidth", "chineseCounting", "chineseCountingThousand",
            "ideographTraditional", "decimalEnclosedCircleChinese", "decimalEnclosedCircle",
            "lowerLetter", "upperLetter"}
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


@dataclass
class Numbering:
    #: numId -> ilvl -> (start, format, text)
    levels: dict[str, dict[int, tuple[int, str, str]]]
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    #: style id -> the style's paragraph properties (python-docx looks a style up slowly)
    styles: dict[str | None, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, document: Any) -> Numbering:
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return cls({})
        abstract: dict[str, dict[int, tuple[int, str, str]]] = {}
        for node in root.findall(qn("w:abstractNum")):
            levels = {}
            for lvl in node.findall(qn("w:lvl")):
                start = _val(lvl, "w:start") or "1"
                levels[int(lvl.get(qn("w:ilvl"), "0"))] = (
                    int(start) if start.isdigit() else 1, _val(lvl, "w:numFmt") or "decimal",
                    _val(lvl, "w:lvlText") or "")
            abstract[node.get(qn("w:abstractNumId"), "")] = levels
        nums = {}
        for num in root.findall(qn("w:num")):
            nums[num.get(qn("w:numId"), "")] = abstract.get(_val(num, "w:abstractNumId") or "",
                                                            {})
        return cls(nums)

    def label(self, paragraph: Any) -> str:
        """The number Word prints before ``paragraph``, or ``""``."""
        style_id = paragraph._p.style
        if style_id not in self.styles:
            self.styles[style_id] = _style_ppr(paragraph)
        found = _num_pr(paragraph._p.pPr, self.styles[style_id])
        if found is None or found[0] not in self.levels:
            return ""
        num_id, level = found
        levels = self.levels[num_id]
        if level not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        counters[level] = counters.get(level, levels[level][0] - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        text = levels[level][2]
        for k in range(level + 1):
            if k in levels:
                value = counters.get(k, levels[k][0])
                text = text.replace(f"%{k + 1}", _format(value, levels[k][1]))
        return text if levels[level][1] in _FORMATS else ""


def _val(node: Any, tag: str) -> str | None:
    child = node.find(qn(tag))
    return None if child is None else child.get(qn("w:val"))


def _num_pr(own: Any, style: Any) -> tuple[str, int] | None:
    """(numId, level) of the paragraph's own numbering, else its style's."""
    for owner in (own, style):
        num_pr = None if owner is None else owner.find(qn("w:numPr"))
        if num_pr is not None:
            num_id = _val(num_pr, "w:numId")
            level = _val(num_pr, "w:ilvl") or "0"
            if num_id and num_id != "0":
                return num_id, int(level) if level.isdigit() else 0
    return None


def _style_ppr(paragraph: Any) -> Any:
    try:
        style = paragraph.style
    except (KeyError, ValueError):
        return None
    return None if style is None else style.element.find(qn("w:pPr"))


def _format(value: int, fmt: str) -> str:
    if fmt.startswith("chineseCounting"):
        return cn_numeral(value) if 1 <= value <= 99 else str(value)
    if fmt == "ideographTraditional":
        return _STEMS[(value - 1) % len(_STEMS)]
    if fmt.startswith("decimalEnclosedCircle"):
        return _CIRCLED[value - 1] if 0 < value <= len(_CIRCLED) else str(value)
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (value - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    return str(value)
