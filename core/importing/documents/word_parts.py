"""Word text outside the body's own runs: text boxes, footnotes and endnotes.

python-docx's paragraph text leaves out a text box drawn in the paragraph
and the note a reference mark points to, so a figure printed there would go
unchecked. Each is read as paragraphs of its own, never merged into the
sentence that holds the box or the mark (that would break its sentences):
a text box's paragraphs right after the paragraph it is anchored in
(``text box in paragraph 12``), a note's paragraphs right after the
paragraph that references it (``footnote 2``, numbered in order of
reference as Word numbers them). A shape written twice (a DrawingML text box
and its VML fallback in ``mc:AlternateContent``) is read once. Headers and
footers are not read: they repeat the title and page numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from docx.oxml import parse_xml
from docx.oxml.ns import qn
from lxml import etree

_NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
       "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006"}
#: the text boxes in a body paragraph, the VML copy of a DrawingML box left out
_BOXES = etree.XPath(".//w:txbxContent[not(ancestor::mc:Fallback)]"
                     "[not(ancestor::w:txbxContent)]", namespaces=_NS)
_BOX_PARAGRAPHS = etree.XPath(".//w:p[not(ancestor::mc:Fallback)]", namespaces=_NS)
_REFERENCE = "[not(ancestor::mc:Fallback)]"
#: note references of an element outside text boxes (a box's are read with its paragraphs)
_OWN_REFERENCES = etree.XPath(
    f".//w:footnoteReference{_REFERENCE}[not(ancestor::w:txbxContent)]"
    f" | .//w:endnoteReference{_REFERENCE}[not(ancestor::w:txbxContent)]", namespaces=_NS)
#: note references of a text box's paragraph ``$p`` itself, not of a box drawn inside it
_MINE = "[count(ancestor::w:p[1] | $p) = 1]"
_BOX_REFERENCES = etree.XPath(f".//w:footnoteReference{_REFERENCE}{_MINE}"
                              f" | .//w:endnoteReference{_REFERENCE}{_MINE}", namespaces=_NS)
_RELS = {"footnote": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                     "footnotes",
         "endnote": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                    "endnotes"}


def text_boxes(element: Any) -> list[list[Any]]:
    """The paragraph elements of each text box drawn in ``element`` (a body paragraph)."""
    return [list(_BOX_PARAGRAPHS(box)) for box in _BOXES(element)]


@dataclass
class Notes:
    """A document's footnotes and endnotes by kind and id, numbered as referenced."""

    texts: dict[str, dict[str, list[str]]]
    counts: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, document: Any) -> Notes:
        texts: dict[str, dict[str, list[str]]] = {}
        for kind, reltype in _RELS.items():
            part = next((rel.target_part for rel in document.part.rels.values()
                         if rel.reltype == reltype and not rel.is_external), None)
            if part is None:
                continue
            root = part.element if hasattr(part, "element") else parse_xml(part.blob)
            texts[kind] = {note.get(qn("w:id"), ""): [text(p) for p in note.iter(qn("w:p"))]
                           for note in root.iter(qn(f"w:{kind}"))}
        return cls(texts)

    def referenced(self, element: Any, in_box: bool = False) -> list[tuple[str, list[str]]]:
        """(place, paragraph texts) of each note ``element`` references, in order."""
        found = []
        found_in = _BOX_REFERENCES(element, p=element) if in_box else _OWN_REFERENCES(element)
        for reference in found_in:
            kind = etree.QName(reference).localname.removesuffix("Reference")
            paragraphs = self.texts.get(kind, {}).get(reference.get(qn("w:id"), ""))
            if paragraphs is None:
                continue
            self.counts[kind] = self.counts.get(kind, 0) + 1
            found.append((f"{kind} {self.counts[kind]}", paragraphs))
        return found


def text(paragraph: Any) -> str:
    """A paragraph element's text as python-docx reads it (runs and hyperlinks)."""
    return str(paragraph.text)
