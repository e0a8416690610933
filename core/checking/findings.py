"""What a rule reports: a finding with its place, its numbers and its message.

Findings are plain frozen values so that they sort, compare and serialise the
same way on every run; the fingerprint depends on the rule, the words of its
places and its figures (not on ids or positions), so it survives unrelated
edits of the report.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from decimal import Decimal
from functools import cache
from importlib import import_module
from typing import Any, ClassVar

from crossfoot.model.places import Location
from crossfoot.model.quantity import Quantity
from crossfoot.model.records import Record, replace

__all__ = ["Evidence", "Finding", "Location", "Severity", "Shown"]


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]

    @classmethod
    def parse(cls, text: str) -> Severity:
        try:
            return cls(text.strip().lower())
        except ValueError:
            raise ValueError(f"unknown severity {text!r} (use error, warning or info)") from None

    def __str__(self) -> str:
        return self.value


#: a value of evidence: a number (in the evidence's unit, rounded to the places the rule
#: means to show), a stated quantity (with its own unit and qualifier), or words (a grade, a
#: bound such as "≤ 100%", a date); reporters turn each into text
Shown = Decimal | Quantity | str


class Evidence(Record):
    """The numbers on both sides: what was expected, what is stated, the gap."""

    expected: Shown | None = None
    actual: Shown | None = None
    difference: Shown | None = None
    tolerance: Shown | None = None
    unit: str | None = None
    parts: tuple[tuple[str, Shown], ...] = ()


class Finding(Record):
    rule_id: str
    rule_name: str
    severity: Severity
    message_zh: str
    message_en: str
    location: Location
    evidence: Evidence = Evidence()
    related: tuple[Location, ...] = ()
    origin: str = ""
    waived: str | None = None
    #: the fingerprint once asked for (sorting, filtering and output each ask); it depends on
    #: no field that ``replace`` changes here (severity, waived), so a copy may keep it
    _fingerprint: str | None = None
    _hidden: ClassVar[tuple[str, ...]] = ("_fingerprint",)

    @property
    def fingerprint(self) -> str:
        """The rule, what each place is about and the figures: not where they stand.

        Ids and pointers of a report read from text are numbered in order, so a
        sentence added above would move them; the quoted words (or the label a
        table cell is known by) and the numbers do not move.
        """
        known = self._fingerprint
        if known is None:
            known = self._key_hash()
            object.__setattr__(self, "_fingerprint", known)
        return known

    def _key_hash(self) -> str:
        places = (_concept(p) for p in (self.location, *self.related))
        figures = (_figure(v) for v in (self.evidence.expected, self.evidence.actual))
        key = "\x1f".join([self.rule_id, *places, *figures])
        return _sha256_hex(key.encode("utf-8"))[:16]

    def message(self, lang: str) -> str:
        return self.message_zh if lang == "zh" else self.message_en

    def sort_key(self) -> tuple[Any, ...]:
        """Line and column first (a report read from text), as ruff and compilers list them."""
        return (self.location.line or 0, self.location.column or 0,
                _pointer_key(self.location.pointer), self.location.start or 0,
                self.rule_id, self.message_en)

    def with_severity(self, severity: Severity) -> Finding:
        return replace(self, severity=severity)


def _sha256_hex(data: bytes) -> str:
    """SHA-256 of ``data`` (the digest is the same whichever module computes it)."""
    digest: str = _sha256()(data).hexdigest()
    return digest


@cache
def _sha256() -> Callable[[bytes], Any]:
    """CPython's own SHA-256 (``_sha2``, ``_sha256`` before 3.12) where it is built, else
    ``hashlib``'s: importing ``hashlib`` starts OpenSSL, 2-2.5 ms of a one-file check that
    finds something, for a fingerprint of a few dozen bytes. Imported on first use."""
    for name in ("_sha2", "_sha256"):
        try:
            sha256: Callable[[bytes], Any] = import_module(name).sha256
        except (ImportError, AttributeError):
            continue
        return sha256
    from hashlib import sha256 as openssl

    return openssl


def _concept(place: Location) -> str:
    """A place by its words, blanks left out (re-flowed text moves them)."""
    return "".join((place.quote or place.label or place.anchor or place.pointer).split())


def _figure(value: Shown | None) -> str:
    return "" if value is None else str(value)


def _pointer_key(pointer: str) -> tuple[tuple[int, Any], ...]:
    """Sort pointers by their steps, numbers numerically: /x/2 before /x/10."""
    steps = pointer.split("/")[1:] if pointer else []
    return tuple((0, int(s)) if s.isdigit() else (1, s) for s in steps)
