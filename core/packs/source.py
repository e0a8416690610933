"""Where things are in a pack file: keys, string values, and offsets inside them.

tomllib gives values, not positions, so this module reads the TOML text
itself just enough to find a key of the n-th ``[[rule]]`` (as ``key = ``,
as a dotted ``let.x = ``, under a ``[rule.let]`` header or inside an inline
table) and to map a character offset inside a string value back to the
file's line and column, escapes and multi-line strings included.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from crossfoot.model.records import Record
from crossfoot.patterns import LazyPattern

HEADER = LazyPattern(r"^\s*(\[\[?)\s*([^\[\]]+?)\s*\]\]?\s*(?:#.*)?$")
_ESCAPE_LENGTH = {"u": 6, "U": 10}


class Place(Record):
    """A 1-based line and column in the file."""

    line: int
    column: int


class Block:
    """The lines of one table: ``[pack]`` or one ``[[rule]]`` with its sub-tables."""

    __slots__ = ("end", "name", "start", "subtables")

    def __init__(self, name: str, start: int, end: int,
                 subtables: dict[str, tuple[int, int]]) -> None:
        self.name = name
        self.start = start  # index of the header line (or 0 for the top of the file)
        self.end = end  # index after the last line
        self.subtables = subtables


class SourceMap:
    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = text.splitlines(keepends=True)
        self.starts: list[int] = []
        offset = 0
        for line in self.lines:
            self.starts.append(offset)
            offset += len(line)
        self.line_starts = tuple(self.starts) or (0,)
        self.multiline = _multiline_spans(text)
        self.blocks = self._blocks()

    # -- blocks and keys -------------------------------------------------------

    def _blocks(self) -> list[Block]:
        blocks = [Block("", 0, len(self.lines), {})]
        current = blocks[0]
        sub: str | None = None
        for index, line in enumerate(self.lines):
            match = HEADER.match(line)
            if not match or self._inside(self.starts[index]):
                continue
            name = _unquote_key(match.group(2))
            array = match.group(1) == "[["
            parent = name.split(".")[0]
            if sub is not None:
                current.subtables[sub] = (current.subtables[sub][0], index)
                sub = None
            if array or parent != current.name or current.name == "":
                current.end = index
                current = Block(name, index, len(self.lines), {})
                blocks.append(current)
            else:
                sub = name[len(parent) + 1:]
                current.subtables[sub] = (index, len(self.lines))
        if sub is not None:
            current.subtables[sub] = (current.subtables[sub][0], current.end)
        return blocks

    def block(self, name: str, index: int = 0) -> Block | None:
        found = [b for b in self.blocks if b.name == name]
        return found[index] if index < len(found) else None

    def key(self, block: Block | None, path: tuple[str, ...]) -> tuple[int, int] | None:
        """(line index, character offset in the file) of the key ``path`` in ``block``."""
        if block is None:
            return None
        head, *rest = path
        main_end = min([block.end, *(s for s, _ in block.subtables.values())])
        if not rest:
            return self._find_key(block.start, main_end, head)
        if head in block.subtables:
            start, end = block.subtables[head]
            found = self._find_key(start + 1, end, rest[0])
            if found:
                return found
        dotted = self._find_key(block.start, main_end, f"{head}.{rest[0]}")
        if dotted:
            return dotted
        outer = self._find_key(block.start, main_end, head)
        if outer:
            _line, offset = outer
            inner = re.compile(rf"[{{,\s]{_key_pattern(rest[0])}\s*=")
            match = inner.search(self.text, offset, self.starts[main_end - 1] + len(
                self.lines[main_end - 1]) if main_end else offset)
            if match:
                pos = match.start() + 1
                return self.line_of(pos), pos
            return outer
        return None

    def _find_key(self, start: int, end: int, key: str) -> tuple[int, int] | None:
        pattern = re.compile(rf"^\s*({_key_pattern(key)})\s*=")
        for index in range(start, min(end, len(self.lines))):
            match = pattern.match(self.lines[index])
            if match and not self._inside(self.starts[index]):
                return index, self.starts[index] + match.start(1)
        return None

    def value_start(self, key_offset: int) -> int:
        """The offset of the value after ``key =``."""
        equals = self.text.index("=", key_offset)
        pos = equals + 1
        while pos < len(self.text) and self.text[pos] in " \t":
            pos += 1
        return pos

    def _inside(self, offset: int) -> bool:
        """True when ``offset`` lies inside a triple-quoted string."""
        index = bisect.bisect_right(self.multiline, (offset, len(self.text) + 1)) - 1
        return index >= 0 and self.multiline[index][0] < offset < self.multiline[index][1]

    # -- positions ---------------------------------------------------------------

    def line_of(self, offset: int) -> int:
        low, high = 0, len(self.starts) - 1
        while low < high:
            mid = (low + high + 1) // 2
            if self.starts[mid] <= offset:
                low = mid
            else:
                high = mid - 1
        return low

    def place(self, offset: int) -> Place:
        line = self.line_of(offset)
        return Place(line + 1, offset - self.starts[line] + 1 if self.starts else 1)

    def line_text(self, place: Place) -> str:
        index = place.line - 1
        return self.lines[index] if 0 <= index < len(self.lines) else ""

    def rule_value_offsets(self, index: int, key: tuple[str, ...], length: int
                           ) -> tuple[int, ...]:
        """File offsets of each character of the string at ``key`` of the ``index``-th rule
        (and one past it); the value's first character when its form cannot be followed."""
        found = self.key(self.block("rule", index), key)
        if found is None:
            return (0,) * (length + 1)
        offsets = self.string_offsets(self.value_start(found[1]))
        if len(offsets) != length + 1:  # a form we could not follow: point at the value
            offsets = [offsets[0]] * (length + 1)
        return tuple(offsets)

    def string_offsets(self, value_offset: int) -> list[int]:
        """File offsets of each character of the string value starting at ``value_offset``.

        One entry per decoded character, plus one for the closing quote.
        """
        text = self.text
        for quote in ('"""', "'''", '"', "'"):
            if text.startswith(quote, value_offset):
                break
        else:
            return [value_offset]
        pos = value_offset + len(quote)
        multiline = len(quote) == 3
        if multiline and text.startswith("\r\n", pos):
            pos += 2
        elif multiline and text.startswith("\n", pos):
            pos += 1
        offsets: list[int] = []
        basic = quote[0] == '"'
        while pos < len(text) and not text.startswith(quote, pos):
            char = text[pos]
            if basic and char == "\\":
                nxt = text[pos + 1:pos + 2]
                if multiline and nxt in ("\n", "\r", " ", "\t"):
                    pos += 1
                    while pos < len(text) and text[pos] in " \t\r\n":
                        pos += 1
                    continue
                offsets.append(pos)
                pos += _ESCAPE_LENGTH.get(nxt, 2)
                continue
            if not multiline and char == "\n":
                break
            offsets.append(pos)
            pos += 1
        offsets.append(pos)
        return offsets


class RuleValueOffsets(Record):
    """``SourceMap.rule_value_offsets``, worked out when first called (an error needs it).

    It holds the pack's text rather than its map, so a built pack can be stored
    whole (``crossfoot.packs.stored``); the map is built from the text on demand.
    """

    text: str
    index: int
    key: tuple[str, ...]
    length: int

    def __call__(self) -> tuple[int, ...]:
        return source_map(self.text).rule_value_offsets(self.index, self.key, self.length)


@lru_cache(maxsize=4)
def source_map(text: str) -> SourceMap:
    """The map of a pack's text, built once for all the errors that ask."""
    return SourceMap(text)


def _key_pattern(key: str) -> str:
    escaped = re.escape(key)
    return rf"(?:{escaped}|\"{escaped}\"|'{escaped}')"


def _unquote_key(name: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in name.split("."))


def _multiline_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every triple-quoted string, found in one pass."""
    spans: list[tuple[int, int]] = []
    opener = re.compile(r'"""|\'\'\'|#[^\n]*|"(?:\\.|[^"\\\n])*"|\'[^\'\n]*\'')
    pos = 0
    while True:
        match = opener.search(text, pos)
        if match is None:
            return spans
        token = match.group()
        if token in ('"""', "\'\'\'"):
            end = text.find(token, match.end())
            end = len(text) if end < 0 else end + 3
            while end < len(text) and text[end] == token[0]:  # """a"""" ends at the last
                end += 1
            spans.append((match.start(), end))
            pos = end
        else:
            pos = match.end()
