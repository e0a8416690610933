"""Where each character of a re-joined text stood in the file.

A paragraph re-joined from wrapped lines is a handful of runs of consecutive
file characters, so it is kept as runs (where each run begins in the text,
and in the file), not as one offset per character: a megabyte of text would
otherwise hold a Python int per character through the whole check.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import overload

#: the runs of a text that is one run from its first character: most normalized paragraphs
_FROM_ZERO = (0,)


def _shared(runs: tuple[int, ...]) -> tuple[int, ...]:
    return _FROM_ZERO if runs == _FROM_ZERO else runs


@dataclass(frozen=True, slots=True)
class Offsets(Sequence[int]):
    """The file offset of each character of a text, as a sequence of ints."""

    #: where each run begins in the text (the first at 0), and in the file
    starts: tuple[int, ...] = ()
    origins: tuple[int, ...] = ()
    length: int = 0

    @classmethod
    def of_pieces(cls, pieces: Iterable[tuple[int, int]]) -> Offsets:
        """Offsets of a text made of ``(file offset, length)`` pieces, in order."""
        starts: list[int] = []
        origins: list[int] = []
        length = 0
        for origin, size in pieces:
            if size <= 0:
                continue
            run_end = origins[-1] + length - starts[-1] if starts else None
            if run_end != origin:  # a piece that goes on where the last ended is one run
                starts.append(length)
                origins.append(origin)
            length += size
        return cls(_shared(tuple(starts)), _shared(tuple(origins)), length)

    def pieces(self) -> Iterator[tuple[int, int]]:
        """The runs as ``(file offset, length)``."""
        ends = (*self.starts[1:], self.length) if self.starts else ()
        for start, origin, end in zip(self.starts, self.origins, ends, strict=True):
            yield origin, end - start

    def runs(self) -> Iterator[tuple[int, int]]:
        """``(index in the text, file offset)`` where each run begins."""
        return zip(self.starts, self.origins, strict=True)

    def __len__(self) -> int:
        return self.length

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> Offsets: ...

    def __getitem__(self, index: int | slice) -> int | Offsets:
        if isinstance(index, slice):
            start, stop, step = index.indices(self.length)
            if step != 1:
                raise ValueError("offsets are sliced in steps of one")
            return self._between(start, max(start, stop))
        if index < 0:
            index += self.length
        if not 0 <= index < self.length:
            raise IndexError("offset index out of range")
        run = bisect_right(self.starts, index) - 1
        return self.origins[run] + index - self.starts[run]

    def __iter__(self) -> Iterator[int]:
        for origin, size in self.pieces():
            yield from range(origin, origin + size)

    def _between(self, start: int, stop: int) -> Offsets:
        def clipped() -> Iterator[tuple[int, int]]:
            position = 0
            for origin, size in self.pieces():
                low, high = max(start, position), min(stop, position + size)
                if low < high:
                    yield origin + low - position, high - low
                position += size
        return Offsets.of_pieces(clipped())


def joined(parts: Sequence[Offsets]) -> Offsets:
    """The offsets of texts set one after another."""
    return Offsets.of_pieces(piece for part in parts for piece in part.pieces())
