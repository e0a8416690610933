"""Where the output goes: stdout, or a file written so that nothing is ever lost.

A regular file is written to a temporary file beside it and renamed over it
once complete, so a reader never sees half of it and an error keeps the old
file. Renaming is only right for a regular file: it would put a file where a
device or a FIFO was (``-o /dev/null`` run as root turns the device into a
file) and replace a symlink instead of its target. So a symlink is followed
and its target written (the link stays); a device or FIFO is written in
place, as a shell's ``>`` would; a folder or socket is refused with one line.
"""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from crossfoot.errors import CrossfootError


class OutputError(CrossfootError):
    """The output cannot be written (a full disk, a closed terminal, a folder named -o)."""


@contextmanager
def open_output(path: Path | None) -> Iterator[TextIO]:
    """stdout, or ``path`` written atomically (a regular file) or in place (a device).

    A file name that is not valid UTF-8 is written with backslash escapes
    (``bad\\udcffname.json``, valid JSON too), the same in every locale.
    """
    if path is None:
        with _stdout() as stream:
            yield stream
        return
    target = Path(os.path.realpath(path))  # a symlink's target, written through the link
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise OutputError(f"{path}: cannot write output: {exc.strerror or exc}") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise OutputError(f"{path}: cannot write output: it is a folder")
    if mode is not None and stat.S_ISSOCK(mode):
        raise OutputError(f"{path}: cannot write output: it is a socket")
    if mode is not None and not stat.S_ISREG(mode):  # a device or a FIFO: write in place
        with _in_place(path, target) as handle:
            yield handle
        return
    with _atomic(path, target) as handle:
        yield handle


@contextmanager
def _stdout() -> Iterator[TextIO]:
    """stdout, flushed at the end so that a full disk is an error now, not at exit."""
    stream = sys.stdout
    if not isinstance(stream, io.TextIOWrapper):
        yield stream
        return
    errors = stream.errors
    stream.reconfigure(errors="backslashreplace")
    try:
        yield stream
        flush_stdout()
    except BrokenPipeError:
        raise
    except OSError as exc:  # a write that flushed a full buffer
        abandon_stdout()
        raise OutputError(f"stdout: cannot write output: {exc.strerror or exc}") from None
    finally:
        if not stream.closed:
            stream.reconfigure(errors=errors)


def flush_stdout() -> None:
    """Flush stdout; a failure (other than a closed pipe) is one ``OutputError`` line."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        abandon_stdout()
        raise OutputError(f"stdout: cannot write output: {exc.strerror or exc}") from None


def abandon_stdout() -> None:
    """Point stdout at the null device: what is still buffered cannot fail again at exit.

    A closed pipe (``crossfoot check . | head``) or a full disk would
    otherwise make the interpreter print its own error when it flushes stdout
    on the way out.
    """
    try:
        fd = sys.stdout.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, fd)
        os.close(null)
    except (OSError, ValueError, AttributeError):
        pass


@contextmanager
def _in_place(shown: Path, target: Path) -> Iterator[TextIO]:
    try:
        handle = open(target, "w", encoding="utf-8", errors="backslashreplace")  # noqa: SIM115
    except OSError as exc:
        raise OutputError(f"{shown}: cannot write output: {exc.strerror or exc}") from None
    try:
        with handle:
            yield handle
    except OSError as exc:
        raise OutputError(f"{shown}: cannot write output: {exc.strerror or exc}") from None


@contextmanager
def _atomic(shown: Path, target: Path) -> Iterator[TextIO]:
    """A temporary file beside ``target``, renamed over it once complete, removed otherwise."""
    try:
        import tempfile  # with shutil, random and the compression modules: -o FILE only

        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        os.chmod(temp, _file_mode(target))  # mkstemp makes 0600; the output is an ordinary file
    except OSError as exc:
        raise OutputError(f"{shown}: cannot write output: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace") as handle:
            yield handle
        os.replace(temp, target)
    except OSError as exc:
        raise OutputError(f"{shown}: cannot write output: {exc.strerror or exc}") from None
    finally:
        if os.path.lexists(temp):
            os.unlink(temp)


def _file_mode(path: Path) -> int:
    """The mode the output keeps (an existing file's) or gets (as ``open`` would give it)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomically(path: Path, text: str) -> None:
    """``text`` written to ``path`` as ``open_output`` writes (never half a file)."""
    with open_output(path) as handle:
        handle.write(text)


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def use_color(choice: str, path: Path | None) -> bool:
    """``--color``: always, never, or auto (stdout a terminal, NO_COLOR unset, TERM not dumb)."""
    if choice != "auto":
        return choice == "always"
    if path is not None or os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(sys.stdout, "isatty", None)
    return bool(isatty is not None and isatty())
