"""One headless Chromium for the browser tests (tools/headless.py starts it).

Without Chromium the tests skip, except in CI (``.ci/run`` sets CROSSFOOT_CI
and installs it), where a missing browser is a failure.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import headless


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    if not headless.available():
        if os.environ.get("CROSSFOOT_CI"):
            pytest.fail(f"Chromium is not at {headless.CHROMIUM}: CI must install it")
        pytest.skip(f"Chromium is not installed ({headless.CHROMIUM})")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = headless.launch(playwright)
        yield launched
        launched.close()


@pytest.fixture
def page(chromium: Any) -> Iterator[Any]:
    context = chromium.new_context(viewport={"width": 1280, "height": 800})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda exc: errors.append(str(exc)))
    opened.errors = errors
    yield opened
    context.close()
