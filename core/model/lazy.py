"""Values derived on first use and kept on an immutable model object.

Rules ask the same frozen objects for the same derived values again and again
(a fact's place, a quantity's interval, a section's printed heading). Each
such class declares a slot for the answer (``compare=False``, default None);
the first asker computes it and stores it there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def remembered(owner: object, slot: str, compute: Callable[[], T]) -> T:
    """``owner.<slot>``, computed by ``compute`` and stored the first time it is asked for."""
    value: T | None = getattr(owner, slot)
    if value is None:
        value = compute()
        object.__setattr__(owner, slot, value)
    return value
