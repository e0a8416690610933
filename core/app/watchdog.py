"""A watchdog for what the process cannot stop or notice in itself.

The rule time budget is a SIGALRM, which Python handles only between
bytecodes: a plugin rule looping inside native code (a C extension, a huge
integer power) never sees it. And a plugin that calls ``os._exit(0)`` ends a
one-process run with exit 0 and no output, which looks like a pass.

So the command line runs a check in a forked child and watches it from the
parent:

- the child notes in a shared page each rule it starts (file, rule,
  budget) and ends, and its exit code once all output is flushed;
- in the child, a native watchdog thread (``faulthandler``, which needs no
  GIL) ends the process when a rule overruns its budget by up to ``GRACE``
  seconds; batch workers arm the same thread, and their death costs one
  file (the batch retries it alone, then reports it);
- the parent turns any end without an exit code into one line naming the
  file and the rule that was running, and exit code 2;
- SIGTERM, SIGINT and SIGHUP sent to the parent are passed to the child
  (in its own process group, so a terminal's Ctrl-C reaches it once), which
  cleans up (workers, temporary files) and exits 128 + the signal.

What is bounded: every rule (with the analysis it asks for), in one process
or in workers, to its budget plus ``GRACE``. What is not: reading a file
before its rules run (the text import and its narrative reading included:
the engine's time budget interrupts it in Python code, not in native code),
and plugin import and hook calls at start-up. The in-process API
(``main([...])``, ``Session``) runs unsupervised.
"""

from __future__ import annotations

import contextlib
import faulthandler
import mmap
import os
import signal
import sys
import time
from collections.abc import Callable
from types import FrameType

#: seconds a rule may overrun its budget before the watchdog ends the process
GRACE = 5.0
#: the shared page: the rule running (``start\treport\trule\tseconds``, NUL-ended) at its
#: start, and at ``_DONE_AT`` a ``D`` and the exit code once the child has finished
_PAGE = 4096
_DONE_AT = _PAGE - 2


class _Watch:
    """``engine.BudgetWatch`` that arms the native watchdog (and tells the parent, if any).

    What the child tells the parent goes into a shared page, read only once
    the child has ended: no message, no wake-up per rule. Arming
    ``faulthandler`` costs a thread start (60 µs), so it is armed for
    ``seconds + GRACE`` and re-armed only when half the grace has passed: a
    rule then has at least its budget plus half the grace before the
    watchdog fires, and a stuck one is ended within its budget plus the
    whole grace. It is disarmed once the report's rules are done, so an idle
    worker is never ended.
    """

    def __init__(self, page: mmap.mmap | None, dump: int) -> None:
        self.page = page
        self.dump = dump
        self.armed_at: float | None = None

    def started(self, report: str, rule: str, seconds: float) -> None:
        now = time.monotonic()
        if self.page is not None:
            record = f"{now:.3f}\t{report}\t{rule}\t{seconds:g}".encode("utf-8", "replace")
            self.page[:len(record[:_DONE_AT - 1]) + 1] = record[:_DONE_AT - 1] + b"\0"
        if self.armed_at is None or now - self.armed_at > GRACE / 2:
            faulthandler.dump_traceback_later(seconds + GRACE, exit=True, file=self.dump)
            self.armed_at = now

    def ended(self) -> None:
        if self.page is not None:
            self.page[0] = 0

    def finished(self) -> None:
        if self.armed_at is not None:
            faulthandler.cancel_dump_traceback_later()
            self.armed_at = None


def guard_worker() -> None:
    """In a batch worker: end the worker if a rule overruns its budget by GRACE seconds."""
    from crossfoot.checking import engine

    engine.watch = _Watch(None, _null())


def supervised(run: Callable[[], int]) -> int:
    """``run()`` in a forked child, watched; its exit code, or 2 with one line on stderr."""
    if not hasattr(os, "fork") or not hasattr(os, "setpgid"):
        return run()
    sys.stdout.flush()
    sys.stderr.flush()
    page = mmap.mmap(-1, _PAGE)  # anonymous and shared: the child's writes are the parent's
    child = os.fork()
    if child == 0:  # pragma: no cover (runs in the forked child)
        _child(run, page)
    return _watch(child, page)


def _child(run: Callable[[], int], page: mmap.mmap) -> None:  # pragma: no cover
    code = 2
    try:
        os.setpgid(0, 0)
        # a background group writing to a terminal with `stty tostop` would be stopped
        signal.signal(signal.SIGTTOU, signal.SIG_IGN)
        from crossfoot.app.runtime import starting

        with starting():  # imported here: the parent only waits, and ends sooner
            from crossfoot.checking import engine
        engine.watch = _Watch(page, _null())
        code = run()
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
        page[_DONE_AT:_PAGE] = b"D" + bytes([code & 0xFF])
        os._exit(code)


def _null() -> int:
    """A descriptor of the null device for the watchdog's traceback (opened, never created)."""
    return os.open(os.devnull, os.O_WRONLY)


def _watch(child: int, page: mmap.mmap) -> int:
    """Wait for the child, passing it the ending signals; its code, or 2 and why it ended."""
    def forward(signum: int, frame: FrameType | None) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(child, signum)

    ending = [s for s in (signal.SIGTERM, signal.SIGINT, getattr(signal, "SIGHUP", None))
              if s is not None]
    previous = {s: signal.signal(s, forward) for s in ending}
    try:
        _, status = os.waitpid(child, 0)
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
    if page[_DONE_AT:_DONE_AT + 1] == b"D":
        return page[_DONE_AT + 1]
    running = page[:page.find(b"\0")] if page[0] else None
    print(f"crossfoot: error: {_why(status, running)}", file=sys.stderr)
    return 2


def _why(status: int, running: bytes | None) -> str:
    """One line: which rule of which file was running, and how the check ended."""
    if os.WIFSIGNALED(status):
        how = f"the process was killed by signal {os.WTERMSIG(status)}"
    else:
        how = f"the process exited with status {os.waitstatus_to_exitcode(status)}"
    if running is not None:
        since, report, rule, seconds = [*running.decode("utf-8", "replace").split("\t"),
                                        "", "", ""][:4]
        elapsed = time.monotonic() - float(since or 0)
        overran = elapsed >= float(seconds or 0) + GRACE / 2
        if overran and os.WIFEXITED(status) and os.WEXITSTATUS(status) == 1:
            return (f"{report}: rule {rule} ran past its time budget ({seconds} s) in code "
                    "that cannot be interrupted and was stopped; the check was ended")
        return f"{report}: rule {rule} ended the check before it finished ({how})"
    return f"the check ended before it finished ({how}, without a result)"
