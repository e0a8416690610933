"""SIGTERM and SIGINT end a run cleanly: no worker left behind, no partial file.

Python turns SIGINT into ``KeyboardInterrupt`` but lets SIGTERM kill the
process at once, so ``finally`` blocks never run: the temporary output file
stays beside ``-o`` and the pool's workers (and multiprocessing's resource
tracker) outlive their parent. ``terminating`` raises ``Terminated`` instead,
so the same clean-up runs for both; the exit code is 128 + the signal number,
as a shell reports a process killed by it.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from types import FrameType


class Terminated(BaseException):
    """SIGTERM (or SIGHUP) arrived; BaseException, so nothing swallows it on the way out."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


#: signals that end a run through Terminated
ENDING = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


@contextmanager
def terminating() -> Iterator[None]:
    """While the block runs, the ending signals raise ``Terminated`` in the main thread.

    Elsewhere ``signal.signal`` refuses the first handler and nothing changes (asked
    this way, a one-file check need not import ``threading``).
    """
    def end(signum: int, frame: FrameType | None) -> None:
        raise Terminated(signum)

    previous = {}
    with suppress(ValueError):  # not the main thread
        for sig in ENDING:
            previous[sig] = signal.signal(sig, end)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def exit_code(exc: BaseException) -> int:
    """128 + the signal number, as a shell shows a process ended by that signal."""
    if isinstance(exc, Terminated):
        return 128 + exc.signum
    return 128 + signal.SIGINT
