"""Text split at a separator only where it stands outside round brackets.

组织宣传处(人事处、对外联络处)、办公室 is two names, not three; “三公”经费（因公出国（境）费、
公务接待费） is one: a 、 inside a bracket lists the bracket's own parts. Brackets may nest and be
printed half- or full-width; one pass over the text, however deep.
"""

from __future__ import annotations

OPENING, CLOSING = "(（", ")）"


def split_outside(text: str, separator: str) -> list[str]:
    """``text`` split at each ``separator`` (one character) that stands outside brackets."""
    parts, start, depth = [], 0, 0
    for index, char in enumerate(text):
        if char in OPENING:
            depth += 1
        elif char in CLOSING:
            depth = max(0, depth - 1)
        elif char == separator and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return parts
