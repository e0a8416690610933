"""Fold full-width characters to ASCII, one character for one character.

PDF and web extraction mix ``１２３``, ``％`` and ideographic spaces with
ASCII. Grammars read the folded text; because folding never changes the
length, every offset found in it is an offset into the original text, so a
finding quotes exactly what the report printed.
"""

from __future__ import annotations

_PAIRS = {
    "％": "%", "．": ".", "，": "，", "＋": "+", "－": "-", "／": "/", "：": "：",
    "\u3000": " ", "\u00a0": " ", "\t": " ", "﹪": "%", "‰": "‰", "〇": "〇",
    "～": "~", "＝": "=", "＊": "*", "﹒": ".", "・": "·", "＞": ">", "＜": "<",
}


def _table() -> dict[int, str]:
    table = {ord(k): v for k, v in _PAIRS.items() if k != v}
    for i in range(10):
        table[0xFF10 + i] = str(i)
    for i in range(26):
        table[0xFF21 + i] = chr(ord("A") + i)
        table[0xFF41 + i] = chr(ord("a") + i)
    return table


FOLD = _table()


def fold(text: str) -> str:
    """``text`` with full-width digits, letters, % and spaces made ASCII; same length."""
    return text.translate(FOLD)
