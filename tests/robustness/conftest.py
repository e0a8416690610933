"""The robustness suite runs under a memory cap.

A blow-up must fail a test, not the machine: the suite's own process gets a
soft address-space limit (what it uses now plus ``HEADROOM``) for as long as
it runs, and each real ``crossfoot`` process a test starts (``crossfoot``
fixture) gets a hard limit of ``PROCESS_CAP``, inherited by its workers.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

#: address space a test process may add to what it held when the suite started
HEADROOM = 2 * 1024**3
#: address space of a crossfoot process a test starts (and of each of its workers)
PROCESS_CAP = 1024**3
#: the installed command line, run as the console script runs it (argv from sys.argv)
SCRIPT = "from crossfoot.app.cli import main; raise SystemExit(main())"


def _address_space() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


@pytest.fixture(autouse=True, scope="session")
def memory_cap() -> Iterator[None]:
    if not os.path.exists("/proc/self/status"):
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = _address_space() + HEADROOM
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def capped(limit: int = PROCESS_CAP) -> Any:
    """A ``preexec_fn`` that caps the child's address space at ``limit`` bytes and gives it
    SIGINT as a terminal does: a suite started in the background (``pytest &``) inherits
    SIGINT ignored, as POSIX shells start asynchronous commands, and so would every command
    line it runs, which then cannot be interrupted."""

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        signal.signal(signal.SIGINT, signal.SIG_DFL)

    return apply


def start(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None,
          limit: int = PROCESS_CAP, **popen: Any) -> subprocess.Popen[str]:
    """The real command line (under its watchdog) in a capped process of its own."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.Popen([sys.executable, "-c", SCRIPT, *args], cwd=cwd, env=full_env,
                            text=True, preexec_fn=capped(limit), **popen)


@pytest.fixture
def crossfoot() -> Any:
    """Run the command line as a capped process: (exit code, stdout, stderr)."""

    def run(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None,
            limit: int = PROCESS_CAP, timeout: float = 120) -> tuple[int, str, str]:
        process = start(*args, cwd=cwd, env=env, limit=limit, stdout=subprocess.PIPE,
                        stderr=subprocess.PIPE)
        out, err = process.communicate(timeout=timeout)
        return process.returncode, out, err

    return run
