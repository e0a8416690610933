"""The terminal: progress drawn in place on stderr while a batch runs.

Only the application writes to a terminal; everything else returns text.
"""

from __future__ import annotations

import sys
from typing import TextIO


class Progress:
    """``[#####.....] 120/1000`` on stderr, redrawn in place; only for a terminal."""

    def __init__(self, total: int, stream: TextIO, width: int = 30) -> None:
        self.total = total
        self.stream = stream
        self.width = width
        self.shown = False

    @classmethod
    def for_terminal(cls, total: int, stream: TextIO | None = None) -> Progress | None:
        stream = stream if stream is not None else sys.stderr
        is_tty = getattr(stream, "isatty", None)
        return cls(total, stream) if total > 1 and is_tty is not None and is_tty() else None

    def show(self, done: int) -> None:
        filled = self.width * done // max(self.total, 1)
        bar = "#" * filled + "." * (self.width - filled)
        self.stream.write(f"\r[{bar}] {done}/{self.total}")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False
