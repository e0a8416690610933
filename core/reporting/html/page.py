"""The template environment, the inlined style and script, and the page's security policy.

The policy allows nothing but the page's own inline style and script, each
named by the SHA-256 of its exact text (computed here, from the files that
are inlined), and images only as ``data:`` URIs; a page served by
``crossfoot serve`` may also post its form back to where it came from.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from jinja2 import Environment, PackageLoader, StrictUndefined

from crossfoot import __version__


@dataclass(frozen=True)
class Download:
    """A result offered for download from the page itself (a ``data:`` link)."""

    label: str
    name: str
    href: str

    @classmethod
    def of(cls, label: str, name: str, mime: str, content: str) -> Download:
        encoded = base64.b64encode(content.encode("utf-8")).decode("ascii")
        return cls(label, name, f"data:{mime};charset=utf-8;base64,{encoded}")


@dataclass(frozen=True)
class PageParts:
    style: str
    script: str
    csp: str
    version: str


@cache
def environment() -> Environment:
    return Environment(loader=PackageLoader("crossfoot.reporting.html", "templates"),
                       autoescape=True, undefined=StrictUndefined, trim_blocks=True,
                       lstrip_blocks=True, keep_trailing_newline=True)


def asset(name: str) -> str:
    return resources.files("crossfoot.reporting.html").joinpath("static", name) \
        .read_text("utf-8")


def digest(text: str) -> str:
    """A CSP source expression for inline content with exactly this text."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()) \
        .decode("ascii") + "'"


@cache
def page_parts(served: bool = False, script_name: str = "report.js") -> PageParts:
    """Style, script and the policy that allows exactly them (the upload page has its own
    script)."""
    style, script = asset("report.css"), asset(script_name)
    return PageParts(style, script, policy(style, [script], served), __version__)


def policy(style: str, scripts: list[str], served: bool) -> str:
    """A Content-Security-Policy allowing only this style and these scripts, inline."""
    return "; ".join([
        "default-src 'none'",
        f"style-src {digest(style)}",
        "script-src " + " ".join(digest(script) for script in scripts),
        "img-src data:",
        "base-uri 'none'",
        "form-action 'self'" if served else "form-action 'none'",
    ])


def served_policy() -> str:
    """The policy ``crossfoot serve`` also sends as a header: either page's script, no frames."""
    style = asset("report.css")
    return policy(style, [asset("report.js"), asset("upload.js")], True) \
        + "; frame-ancestors 'none'"


@dataclass(frozen=True)
class Problem:
    """Why an upload could not be checked, for a person: a title, a sentence, the details."""

    title: str
    message: str
    lines: tuple[str, ...] = ()


def upload_page(lang: str, action: str, suffixes: list[str], limit: str,
                problem: Problem | None = None) -> str:
    """The self-check page: the upload form, or why the last upload was refused."""
    from crossfoot.reporting.html.words import words

    w = words(lang)
    parts = page_parts(served=True, script_name="upload.js")
    return environment().get_template("upload.html.j2").render(
        lang=lang, w=w, title=w["upload_title"], csp=parts.csp, style=parts.style,
        script=None if problem else parts.script, action=action, suffixes=suffixes,
        limit=limit, problem=problem, again="/" if problem else None)
