"""JSON documents written piece by piece, byte for byte as ``json.dumps`` would.

A batch of a thousand reports must not be held in memory just to print one
JSON array. ``stream_json`` writes the document around one long list (the
files, the SARIF results) before and after it, and each item as it comes;
the text is exactly ``dumps(doc)`` (``json.dumps``, with the characters a
terminal must not see raw escaped), so a streamed run and a whole-document
run cannot drift apart.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from crossfoot.checking.findings import Severity
from crossfoot.checking.rule import Rule
from crossfoot.model.records import Record
from crossfoot.reporting.terminal import json_visible

_SLOT = "\x00crossfoot-stream-slot\x00"
_TOKEN = json.dumps(_SLOT)


def dumps(value: Any) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)``, terminal-unsafe characters escaped."""
    return json_visible(json.dumps(value, ensure_ascii=False, indent=2))


def stream_json(build: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[str]:
    """The text of ``build(list(items))`` plus a newline, without building the list.

    ``build`` is called twice with a placeholder where the list goes: once
    before the items (for the text before the list) and once after them (for
    the text after it, which may hold totals counted while streaming).
    """
    head, _ = dumps(build(_SLOT)).split(_TOKEN, 1)
    last_line = head.rsplit("\n", 1)[-1]
    outer = " " * (len(last_line) - len(last_line.lstrip(" ")))
    pad = outer + "  "
    yield head + "["
    count = 0
    for item in items:
        # split on "\n" only: U+2028 and friends stay raw inside JSON strings
        yield ("," if count else "") + "\n" + pad + dumps(item).replace("\n", "\n" + pad)
        count += 1
    yield ("\n" + outer + "]") if count else "]"
    _, tail = dumps(build(_SLOT)).split(_TOKEN, 1)
    yield tail + "\n"


class RenderOptions(Record):
    """What every reporter is told besides the results (plugin reporters too).

    ``lang`` forces a message language (else each report's own); ``fail_on``
    and ``exit_zero`` decide what counts as failing; ``rules`` is the whole
    catalogue; ``output`` is the file written, if any; ``baseline`` says a
    baseline is in use, so counts of known findings are meaningful; ``quiet``,
    ``statistics`` and ``color`` shape the text format.
    """

    lang: str | None = None
    fail_on: Severity = Severity.ERROR
    exit_zero: bool = False
    rules: Sequence[Rule] = ()
    output: Path | None = None
    baseline: bool = False
    #: text format: findings only, no table or closing line (``--quiet``)
    quiet: bool = False
    #: text format: counts per rule instead of the findings (``--statistics``)
    statistics: bool = False
    #: text format: ANSI colours (``--color``; never when ``NO_COLOR`` is set under auto)
    color: bool = False

    def language(self, report_language: str | None) -> str:
        return self.lang or (report_language if report_language in ("zh", "en") else None) \
            or "en"
