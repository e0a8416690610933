"""crossfoot: rule-based audit and consistency checks for structured reports.

Plugin authors import what they need from here: ``hookimpl`` to mark hook
implementations, ``Rule`` to subclass, ``Severity`` and the finding types.
"""

from __future__ import annotations

import pluggy

__version__ = "0.1.0"

hookimpl = pluggy.HookimplMarker("crossfoot")

from crossfoot.findings import Evidence, Finding, Location, Severity  # noqa: E402
from crossfoot.rule import Rule  # noqa: E402

__all__ = ["Evidence", "Finding", "Location", "Rule", "Severity", "__version__", "hookimpl"]
