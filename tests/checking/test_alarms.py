"""Signal handlers are installed in the main thread only; elsewhere nothing changes.

The per-rule time budget (a SIGALRM handler) and the clean ending on SIGTERM
ask ``signal.signal`` itself whether they may install a handler: outside the
main thread it refuses, and the block runs with the handlers as they were.
"""

from __future__ import annotations

import signal
import threading
from contextlib import nullcontext
from typing import Any

from crossfoot.app.signals import ENDING, terminating
from crossfoot.checking.engine import _alarm_handler


def _in_a_thread(work: Any) -> Any:
    result: list[Any] = []
    thread = threading.Thread(target=lambda: result.append(work()))
    thread.start()
    thread.join()
    return result[0]


def test_the_rule_budget_arms_in_the_main_thread_only() -> None:
    before = signal.getsignal(signal.SIGALRM)
    with _alarm_handler(5.0) as budget:
        assert not isinstance(budget, nullcontext)
        assert signal.getsignal(signal.SIGALRM) is not before
    assert signal.getsignal(signal.SIGALRM) is before

    def elsewhere() -> tuple[bool, bool]:
        with _alarm_handler(5.0) as budget:
            return isinstance(budget, nullcontext), signal.getsignal(signal.SIGALRM) is before

    assert _in_a_thread(elsewhere) == (True, True)


def test_ending_signals_are_caught_in_the_main_thread_only() -> None:
    before = [signal.getsignal(sig) for sig in ENDING]
    with terminating():
        assert [signal.getsignal(sig) for sig in ENDING] != before
    assert [signal.getsignal(sig) for sig in ENDING] == before

    def elsewhere() -> bool:
        with terminating():
            return [signal.getsignal(sig) for sig in ENDING] == before

    assert _in_a_thread(elsewhere)
