"""Caches of what one report's text says, let go when its check ends.

Labels, years and heading numbers are read again and again within a report
(every pack rule asks for 得分), so the functions that read them remember their
answers. Across reports they recur far less, and a process that checks many
(a batch worker, ``crossfoot serve``) kept up to thousands of the last reports'
strings: about 80 KiB after one small text, most of what a second check of the
same text needed beyond the first. A ``report_cache`` is an ``lru_cache`` that
``release()`` empties; the session calls it once a report's findings are made.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from functools import _lru_cache_wrapper

_Result = TypeVar("_Result")

#: every report cache made so far, emptied together by ``release``
_MADE: list[_lru_cache_wrapper[Any]] = []


def report_cache(maxsize: int
                 ) -> Callable[[Callable[..., _Result]], _lru_cache_wrapper[_Result]]:
    """``functools.lru_cache(maxsize)``, emptied by ``release()`` after each report."""

    def decorate(function: Callable[..., _Result]) -> _lru_cache_wrapper[_Result]:
        cached = lru_cache(maxsize=maxsize)(function)
        _MADE.append(cached)
        return cached

    return decorate


def release() -> None:
    """Forget what the caches remember of the report just checked."""
    for cached in _MADE:
        cached.cache_clear()
