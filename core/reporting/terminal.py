"""Text meant for a terminal: no raw control characters from a report, optional colour.

A report is untrusted text. An escape sequence in a title or a quote would
reach the reader's terminal and could rewrite the screen, hide a line or set
the window title; a bidirectional override would reorder what is shown.
Every line the text reporter writes passes ``visible``, which spells such
characters as escapes (``\\x1b``, ``\\u202e``). Colour codes are added after,
and only by us.
"""

from __future__ import annotations

from crossfoot.model.records import Record

_C0 = [*range(0x00, 0x20), 0x7F]
_C1 = list(range(0x80, 0xA0))
_FORMATTING = [0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x2028, 0x2029]
_ESCAPES = {c: f"\\x{c:02x}" for c in (*_C0, *_C1)} | {c: f"\\u{c:04x}" for c in _FORMATTING}
_ESCAPES[ord("\t")] = "    "
#: what JSON text may hold raw but a terminal must not see: the same value as \u escapes
_JSON_ESCAPES = {c: f"\\u{c:04x}" for c in (0x7F, *_C1, *_FORMATTING)}


def visible(text: str) -> str:
    """``text`` with every control and bidi formatting character spelled as an escape."""
    return text.translate(_ESCAPES)


def json_visible(text: str) -> str:
    """JSON text (C0 already escaped by ``json.dumps``) with the rest escaped as ``\\uXXXX``."""
    return text.translate(_JSON_ESCAPES)


def visible_lines(text: str) -> str:
    """``visible`` line by line: a message that is meant to span lines keeps its breaks."""
    return "\n".join(visible(line) for line in text.split("\n"))


class Palette(Record):
    """ANSI colours for the text reporter, or none (``--color never``, ``NO_COLOR``)."""

    on: bool = False

    def _paint(self, code: str, text: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.on and text else text

    def path(self, text: str) -> str:
        return self._paint("1", text)

    def place(self, text: str) -> str:
        return self._paint("36", text)

    def rule(self, text: str, severity: str) -> str:
        return self._paint({"error": "1;31", "warning": "1;33"}.get(severity, "1;34"), text)

    def dim(self, text: str) -> str:
        return self._paint("2", text)


#: no colour
PLAIN = Palette(False)
