"""The README's screenshots: the seed's HTML report and the ``crossfoot serve`` page.

    python tools/screenshots.py        # writes docs/img/report.png and docs/img/upload.png

Uses the system Chromium through tools/headless.py, like the browser tests.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import headless  # noqa: E402

SEED = ROOT / "fixtures" / "seed" / "yiyang-2021.json"
IMAGES = ROOT / "docs" / "img"
VIEWPORT = {"width": 1280, "height": 760}


def main() -> int:
    from playwright.sync_api import sync_playwright

    IMAGES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        report = Path(temp) / "seed.html"
        subprocess.run([sys.executable, "-m", "crossfoot", "check", str(SEED), "--format",
                        "html", "-o", str(report), "--today", "2026-11-29", "--exit-zero"],
                       check=True)
        server = subprocess.Popen([sys.executable, "-m", "crossfoot", "serve", "--port", "0"],
                                  stderr=subprocess.PIPE, text=True)
        try:
            assert server.stderr is not None
            url = server.stderr.readline().split()[3]
            with sync_playwright() as playwright:
                browser = headless.launch(playwright)
                page = browser.new_page(viewport=VIEWPORT)
                page.goto(report.as_uri())
                page.locator(".finding[data-rule='AGR401']").first.click()
                page.screenshot(path=str(IMAGES / "report.png"))
                page.goto(url)
                page.screenshot(path=str(IMAGES / "upload.png"))
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=10)
    print(f"wrote {IMAGES / 'report.png'} and {IMAGES / 'upload.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
