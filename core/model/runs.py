"""A paragraph's origin runs, and a heading's line and column, packed as machine integers.

A paragraph read from text keeps, for each run of consecutive file characters,
where the run begins in its text and at which line and column of the file it
stands: three integers a run. As tuples that is a tuple per run and an int
object per line number (1.6 MiB at 1 MB of text, kept through every rule);
packed, it is one bytes object per paragraph. Runs a machine integer cannot
hold (a JSON report may give any integer the schema allows) stay tuples.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Sequence

Run = tuple[int, int, int]
#: packed runs, or the runs as tuples when they do not pack
Runs = bytes | tuple[Run, ...]
_WIDTH = 3


def pack(runs: Sequence[Sequence[int]]) -> Runs:
    """``runs`` (``[offset in text, line, column]`` each) packed; ``()`` for none."""
    flat = array("i")
    try:
        for run in runs:
            values = run[0], run[1], run[2]
            if not all(type(value) is int for value in values):  # a bool or float stays as given
                raise TypeError
            flat.extend(values)
    except (TypeError, OverflowError):
        return _tuples(runs)
    return flat.tobytes() if flat else ()


def _tuples(runs: Sequence[Sequence[int]]) -> tuple[Run, ...]:
    if isinstance(runs, tuple) and all(type(r) is tuple and len(r) == _WIDTH for r in runs):
        return runs
    return tuple((r[0], r[1], r[2]) for r in runs)


def unpack(runs: Runs) -> tuple[Run, ...]:
    """The runs as ``(offset in text, line, column)`` tuples."""
    if not isinstance(runs, bytes):
        return runs
    flat = iter(memoryview(runs).cast("i"))
    return tuple(zip(flat, flat, flat, strict=True))


def place(runs: Runs, offset: int) -> tuple[int, int]:
    """Line and column in the file of the character at ``offset`` of the paragraph's text
    (the run it is in, or the first run for an offset before them all)."""
    if isinstance(runs, bytes):
        flat = memoryview(runs).cast("i")
        run = max(bisect_right(range(len(flat) // _WIDTH), offset,
                               key=lambda index: flat[index * _WIDTH]) - 1, 0) * _WIDTH
        return flat[run + 1], flat[run + 2] + offset - flat[run]
    start, line, column = runs[max(bisect_right(runs, offset, key=_first) - 1, 0)]
    return line, column + offset - start


def _first(run: Run) -> int:
    return run[0]


#: a line and a column in one int: the line above these bits, the column in them
_COLUMN_BITS = 32


def pack_place(line: int, column: int) -> int | tuple[int, int]:
    """A heading's line and column as one int (a tuple and its line's int were 0.3 MiB
    of the 5,300 sections of 1 MB of text); a column too wide for it stays a tuple."""
    if 0 <= column < 1 << _COLUMN_BITS and line >= 0:
        return line << _COLUMN_BITS | column
    return line, column


def unpack_place(at: int | tuple[int, int] | None) -> tuple[int, int] | None:
    """The line and column ``pack_place`` packed (None stays None)."""
    if at is None or isinstance(at, tuple):
        return at
    return at >> _COLUMN_BITS, at & ((1 << _COLUMN_BITS) - 1)
