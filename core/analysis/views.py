"""Views: derived data several rules read, built from a report once, on first use.

Subclass ``View`` and write ``build``; rules ask ``ctx.view(MyView)`` and get
the one instance for the report being checked. Rules of one family often walk
the same structure (every sum of a table, every dated value): the first rule
to ask pays, the others reuse, and nothing is written into the model. The
engine lets a family's views go when the next family's rules begin (rules
run in id order), so a view another family asks for is built again.
"""

from __future__ import annotations

from typing import Any, Self


class View:
    """Base of every view; ``build`` receives the checking context (report, options)."""

    @classmethod
    def build(cls, ctx: Any) -> Self:
        raise NotImplementedError
