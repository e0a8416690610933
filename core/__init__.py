"""crossfoot: rule-based audit and consistency checks for structured reports.

Plugin authors import what they need from here: ``hookimpl`` to mark hook
implementations, ``Rule`` to subclass, ``Severity`` and the finding types.
They are loaded on first use (PEP 562), so that ``crossfoot --version`` and
other quick commands do not pay for pluggy and the rule machinery.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    import pluggy

    from crossfoot.checking.findings import Evidence, Finding, Location, Severity
    from crossfoot.checking.rule import Rule

    hookimpl: pluggy.HookimplMarker

__all__ = ["Evidence", "Finding", "Location", "Rule", "Severity", "__version__", "hookimpl"]
_FROM = {"Evidence": "crossfoot.checking.findings", "Finding": "crossfoot.checking.findings",
         "Location": "crossfoot.checking.findings", "Severity": "crossfoot.checking.findings",
         "Rule": "crossfoot.checking.rule"}


def __getattr__(name: str) -> Any:
    import importlib

    if name == "hookimpl":
        import pluggy

        value: Any = pluggy.HookimplMarker("crossfoot")
    elif name in _FROM:
        value = getattr(importlib.import_module(_FROM[name]), name)
    else:
        raise AttributeError(f"module 'crossfoot' has no attribute {name!r}")
    globals()[name] = value  # once: every plugin shares the same hookimpl marker
    return value
