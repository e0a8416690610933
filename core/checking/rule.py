"""The Rule: metadata plus a ``check`` that yields findings.

A rule is a small object, collected before anything runs so that selection
happens first. Subclass it, set the class attributes, write ``check``::

    class EmptyTitle(Rule):
        id = "EX101"
        name = "empty-title"
        family = "example"
        severity = Severity.WARNING
        summary = "The report has no title."
        messages = {"zh": "报告缺少标题", "en": "The report has no title"}

        def check(self, ctx):
            if not ctx.report.meta.title.strip():
                yield self.finding(ctx, Location(pointer="/meta/title"))
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from crossfoot.checking.findings import Evidence, Finding, Location, Severity
from crossfoot.model.records import Record

if TYPE_CHECKING:
    from crossfoot.checking.context import Context

RULE_ID = re.compile(r"^[A-Z]{1,8}[0-9]{1,4}$")
RULE_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class Applicability(Record):
    """Where a rule applies: report kinds, fiscal years, languages; empty means any."""

    kinds: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    languages: tuple[str, ...] = ()

    def covers(self, kind: str | None, year: int | None, language: str | None) -> bool:
        if not (self.kinds or self.years or self.languages):
            return True  # most rules: asked for every rule of every report

        def ok(allowed: tuple[Any, ...], value: Any) -> bool:
            if not allowed or value is None:
                return True
            if isinstance(value, str) and "+" in value:
                return any(part in allowed for part in value.split("+"))
            return value in allowed

        return ok(self.kinds, kind) and ok(self.years, year) and ok(self.languages, language)


class Setting(Record):
    """An option a rule reads from ``[tool.crossfoot.options]``, and what values it takes.

    Declared so that a mistyped key or value is a configuration error before
    anything runs, not a silent default or a CF001 in every report. ``kind``
    is ``number`` (finite, not a boolean), ``count`` (a whole number ≥ 1),
    ``flag`` (true or false), ``text`` or ``any``.
    """

    key: str
    kind: str = "any"
    summary: str = ""

    def problem(self, value: Any) -> str | None:
        """Why ``value`` is not one this option takes, or None."""
        if self.kind == "number":
            return None if _finite_number(value) else "must be a number"
        if self.kind == "count":
            ok = isinstance(value, int) and not isinstance(value, bool) and value >= 1
            return None if ok else "must be a whole number of at least 1"
        if self.kind == "flag":
            return None if isinstance(value, bool) else "must be true or false"
        if self.kind == "text":
            return None if isinstance(value, str) else "must be a string"
        return None


def _finite_number(value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return False
    from decimal import Decimal, InvalidOperation

    try:
        return Decimal(str(value).strip()).is_finite()
    except InvalidOperation:
        return False


class Rule:
    """Base class of every rule, built-in, third-party or from a pack."""

    id: ClassVar[str] = ""
    name: ClassVar[str] = ""
    family: ClassVar[str] = ""
    severity: ClassVar[Severity] = Severity.WARNING
    summary: ClassVar[str] = ""
    explanation: ClassVar[str] = ""
    example: ClassVar[str] = ""
    messages: ClassVar[Mapping[str, str]] = {}
    applies_to: ClassVar[Applicability] = Applicability()
    #: the options (``[tool.crossfoot.options]``) this rule reads; any other key is a typo
    settings: ClassVar[tuple[Setting, ...]] = ()
    #: may the rule ask ``ctx.analysis``? Once no rule left to run may, the analysis a text's
    #: import handed on is let go (a rule that asks after all gets it read again)
    reads_analysis: ClassVar[bool] = True

    #: set by the plugin manager: "plugin-name version" of whoever provided the rule
    origin: str = ""
    #: set by the plugin manager: the name of the plugin that provided the rule
    plugin: str = ""

    def check(self, ctx: Context) -> Iterable[Finding]:
        raise NotImplementedError

    def finding(self, ctx: Context, location: Location, evidence: Evidence | None = None,
                related: Iterable[Location] = (), message: str | None = None,
                **values: Any) -> Finding:
        """A finding of this rule, its messages filled in with ``values``.

        ``message`` picks another entry of ``messages`` (``"zh.gap"`` style
        keys are looked up as ``messages["gap.zh"]``); values are formatted
        into both the Chinese and the English template.
        """
        key = f"{message}." if message else ""
        zh = render(self.messages.get(f"{key}zh", ""), values)
        en = render(self.messages.get(f"{key}en", ""), values)
        return Finding(rule_id=self.id, rule_name=self.name, severity=self.severity,
                       message_zh=zh or en, message_en=en or zh, location=location,
                       evidence=evidence or Evidence(), related=tuple(related),
                       origin=self.origin)

    def describe(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "family": self.family,
            "severity": self.severity.value,
            "summary": self.summary,
            "explanation": self.explanation,
            "example": self.example,
            "messages": dict(self.messages),
            "origin": self.origin,
        }


def problems(rule: Any) -> list[str]:
    """What is wrong with a rule a plugin offers, checked before it may run.

    A rule is a ``Rule`` with an id like ``ABC123``, a kebab-case name, and
    message templates that parse and come in both languages (fields may differ:
    a formula is worded in each language).
    """
    if not isinstance(rule, Rule):
        return [f"{type(rule).__name__} is not a crossfoot Rule"]
    found = []
    if not RULE_ID.match(rule.id or ""):
        found.append(f"id {rule.id!r} is not letters then digits (like ACME101)")
    if not RULE_NAME.match(rule.name or ""):
        found.append(f"name {rule.name!r} is not kebab-case (like parts-exceed-total)")
    fields: dict[str, dict[str, set[str]]] = {}
    for key, template in dict(rule.messages).items():
        prefix, _, lang = key.rpartition(".")
        if lang not in ("zh", "en") or not isinstance(template, str):
            found.append(f"message key {key!r} is not LANG or NAME.LANG with LANG zh or en")
            continue
        try:
            names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        except ValueError as exc:
            found.append(f"message {key!r} does not parse: {exc}")
            continue
        fields.setdefault(prefix, {})[lang] = names
    for prefix, by_lang in sorted(fields.items()):
        if set(by_lang) != {"zh", "en"}:
            missing = "zh" if "zh" not in by_lang else "en"
            found.append(f"message {prefix + '.' if prefix else ''}{missing} is missing")
    return found


#: the longest message a finding carries; a template repeating a field thousands of times
#: (or asking for a width of millions) is cut here instead of filling memory
MAX_MESSAGE = 4000
_WIDTHS = re.compile(r"\d+")


def render(template: str, values: Mapping[str, Any]) -> str:
    """Fill ``{name}`` fields; unknown names stay visible instead of failing.

    The result is at most ``MAX_MESSAGE`` characters (then ends with …).
    """
    if not template:
        return ""
    formatter = string.Formatter()
    out: list[str] = []
    size = 0
    for literal, field_name, spec, _conv in formatter.parse(template):
        pieces = [literal]
        if field_name is not None:
            value = _lookup(values, field_name)
            if spec and any(int(n) > MAX_MESSAGE for n in _WIDTHS.findall(spec[:50])):
                spec = ""  # a width or precision no message needs
            pieces.append(format(value, spec or "")[:MAX_MESSAGE + 1] if value is not None
                          else "{" + field_name + "}")
        for piece in pieces:
            out.append(piece)
            size += len(piece)
        if size > MAX_MESSAGE:
            return "".join(out)[:MAX_MESSAGE] + "…"
    return "".join(out)


def _lookup(values: Mapping[str, Any], dotted: str) -> Any:
    current: Any = values
    for step in dotted.split("."):
        if isinstance(current, Mapping) and step in current:
            current = current[step]
        else:
            return None
    return str(current)
