"""crossfoot's own error types: each becomes one clear line and exit code 2."""

from __future__ import annotations


class CrossfootError(Exception):
    """An error a user can fix: bad input, bad configuration, bad pack."""

    exit_code = 2


class InputError(CrossfootError):
    """A report file that cannot be read, parsed or validated.

    ``problems`` holds every line to print (a schema violation per line);
    the first line always names the file.
    """

    def __init__(self, path: str, problem: str, problems: list[str] | None = None) -> None:
        self.path = path
        self.problem = problem
        self.problems = problems or []
        super().__init__(f"{path}: {problem}")

    def lines(self) -> list[str]:
        return [str(self), *(f"  {p}" for p in self.problems)]


class ConfigError(CrossfootError):
    """A configuration file or command-line option that makes no sense."""


def describe(exc: BaseException) -> str:
    """An exception as one line, ``Type: message``, for warnings and CF001 findings."""
    text = "; ".join(line.strip() for line in str(exc).splitlines() if line.strip())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
