"""Where each finding sits in the rendered document, and the text cut into marked pieces.

A finding's location names its place by JSON pointer and, for narrative, by
paragraph id and character span. Each distinct place gets one HTML id; a
paragraph's text is cut at every span's start and end, so overlapping spans
(two rules quoting the same figure, a sum quoting its parts) each stay
marked, and every piece knows which findings cover it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from crossfoot.checking.findings import Finding
from crossfoot.model.places import Location
from crossfoot.model.report import Paragraph, Report, Section, Table

#: a place: ("span", paragraph id, start, end), or (kind, name, 0, 0) for a whole element:
#: ("paragraph", id), ("heading", section id), ("cell", pointer), ("row", row pointer),
#: ("table", table pointer)
PlaceKey = tuple[str, str, int, int]


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of a paragraph's text and the findings whose place covers it."""

    text: str
    primary: tuple[int, ...] = ()
    related: tuple[int, ...] = ()
    #: html ids of the places that begin at this piece
    anchors: tuple[str, ...] = ()


@dataclass
class Marks:
    """Findings and places of one file: what is marked where, with which severity."""

    prefix: str
    findings: Sequence[Finding]
    ids: dict[PlaceKey, str] = field(default_factory=dict)
    primary: dict[PlaceKey, list[int]] = field(default_factory=dict)
    related: dict[PlaceKey, list[int]] = field(default_factory=dict)
    #: per finding: the html id of its place (None: not in the document) and its related ones
    targets: list[str | None] = field(default_factory=list)
    related_targets: list[list[tuple[str, str | None]]] = field(default_factory=list)
    #: the marked spans of each paragraph, primary ("p") or related ("r")
    spans: dict[str, list[tuple[PlaceKey, str]]] = field(default_factory=dict)

    def place_id(self, key: PlaceKey) -> str:
        if key not in self.ids:
            self.ids[key] = f"{self.prefix}p{len(self.ids) + 1}"
        return self.ids[key]

    def worst(self, indices: Iterable[int]) -> str:
        severities = [self.findings[i].severity for i in indices]
        return max(severities, key=lambda s: s.rank).value if severities else ""

    def element(self, key: PlaceKey) -> dict[str, str]:
        """The attributes of a whole element that is a place (a heading, a cell, a row)."""
        primary, related = self.primary.get(key, []), self.related.get(key, [])
        if not primary and not related:
            return {}
        return {"id": self.ids[key], "sev": self.worst(primary),
                "f": " ".join(map(str, primary)), "r": " ".join(map(str, related))}


class Places:
    """Every place of a report by the pointers that name it, looked up once per location."""

    def __init__(self, report: Report) -> None:
        self.paragraphs: set[str] = set()
        self.by_pointer: dict[str, PlaceKey] = {}
        for section in report.iter_sections():
            self.by_pointer[section.pointer] = ("heading", section.id, 0, 0)
            for paragraph in section.paragraphs:
                self.paragraphs.add(paragraph.id)
                self.by_pointer[paragraph.pointer] = ("paragraph", paragraph.id, 0, 0)
                self.by_pointer[paragraph.pointer + "/text"] = ("paragraph", paragraph.id, 0, 0)
        for table in report.tables:
            self._table(table)

    def _table(self, table: Table) -> None:
        self.by_pointer[table.pointer] = ("table", table.pointer, 0, 0)
        for row in table.rows:
            for pointer in (row.pointer, row.pointer + "/label"):
                self.by_pointer[pointer] = ("row", row.pointer, 0, 0)
            for column in table.columns:
                cell = f"{row.pointer}/cells/{column.id}"
                self.by_pointer[cell] = ("cell", cell, 0, 0)

    def key(self, location: Location) -> PlaceKey | None:
        """The place a location names in the rendered document, or None if it has none there."""
        if location.paragraph in self.paragraphs:
            if location.start is not None and location.end is not None \
                    and location.end > location.start:
                return ("span", location.paragraph, location.start, location.end)
            return ("paragraph", location.paragraph, 0, 0)
        return self.by_pointer.get(location.pointer)


def mark(report: Report, findings: Sequence[Finding], prefix: str) -> Marks:
    """Each finding's place and related places, with an html id per distinct place."""
    marks = Marks(prefix, findings)
    places = Places(report)
    for index, finding in enumerate(findings):
        key = places.key(finding.location)
        marks.targets.append(marks.place_id(key) if key else None)
        if key:
            marks.primary.setdefault(key, []).append(index)
        links: list[tuple[str, str | None]] = []
        for location in finding.related:
            other = places.key(location)
            if other:
                marks.related.setdefault(other, []).append(index)
            links.append((location.label or location.quote or location.pointer,
                          marks.place_id(other) if other else None))
        marks.related_targets.append(links)
    for table, kind in ((marks.primary, "p"), (marks.related, "r")):
        for key in table:
            if key[0] == "span":
                marks.spans.setdefault(key[1], []).append((key, kind))
    return marks


def pieces(paragraph: Paragraph, marks: Marks) -> list[Piece]:
    """The paragraph's text cut where marked spans begin and end."""
    spans = marks.spans.get(paragraph.id, [])
    if not spans:
        return [Piece(paragraph.text)]
    size = len(paragraph.text)
    cuts = sorted({0, size, *(min(k[2], size) for k, _ in spans),
                   *(min(k[3], size) for k, _ in spans)})
    out: list[Piece] = []
    for start, end in itertools.pairwise(cuts):
        covering = [(k, kind) for k, kind in spans
                    if k[2] <= start and end <= k[3]]
        primary = sorted({i for k, kind in covering if kind == "p" for i in marks.primary[k]})
        related = sorted({i for k, kind in covering if kind == "r" for i in marks.related[k]}
                         - set(primary))
        anchors = tuple(dict.fromkeys(marks.ids[k] for k, _ in covering
                                      if k[2] == start))
        out.append(Piece(paragraph.text[start:end], tuple(primary), tuple(related), anchors))
    return out


def section_chain(report: Report, section_id: str | None) -> list[Section]:
    """The section and its ancestors, outermost first (a filter by a chapter finds its parts)."""
    chain: list[Section] = []
    section = report.section(section_id) if section_id else None
    while section is not None:
        chain.append(section)
        section = report.section(section.parent_id) if section.parent_id else None
    return chain[::-1]

