"""Places in a report: a JSON pointer, and for narrative the quoted span.

Every stage names places the same way: the model gives each part its
location, rules attach them to findings, reporters print them.
"""

from __future__ import annotations

from crossfoot.model.records import Record


class Location(Record):
    """Where a finding is: a JSON pointer and, for narrative, the quoted span.

    ``anchor`` names the place by ids (``table:t1/row:r5/col:actual``) and is
    what the fingerprint uses; ``label`` is the place said for a person.
    """

    pointer: str = ""
    anchor: str = ""
    label: str = ""
    section: str | None = None
    paragraph: str | None = None
    start: int | None = None
    end: int | None = None
    quote: str | None = None
    #: line and column (1-based) in the imported file, for reports read from text
    line: int | None = None
    column: int | None = None
    #: the place in the original PDF, Word or Excel file (``page 2 (x 72, y 310)``, ``Sheet1!C7``)
    place: str | None = None
