"""Run a script in a child process with a deadline: a hang guard, not a timing.

A linear step on a large input ends in seconds; the quadratic or exponential
one it guards against needs hours. The deadline sits far between.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_within(script: str, seconds: float) -> str:
    """The script's output; the test fails naming its last line if it has not ended in time."""
    try:
        run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                             text=True, timeout=seconds)
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        last = out.strip().splitlines()[-1:] or ["(before its first line)"]
        pytest.fail(f"no end after {seconds:g} s: stuck after {last[0]}")
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout
