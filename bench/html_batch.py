"""How long a batch's HTML report takes to open in Chromium (issue 15: under 2 s for 500).

    python bench/html_batch.py                 # 500 generated reports, 5 openings
    python bench/html_batch.py --count 100 --runs 3

Reports come from bench/generate.py (one known defect each). The HTML is
written by ``crossfoot check FOLDER --format html -o FILE`` in a fresh
process, then opened in headless Chromium (tools/headless.py, the browser
tests' launcher) in a fresh tab each run. "Open" is from the start of the
navigation to the second animation frame after the load event: the page is
parsed, its script has run and the first screen (the file index) is painted.
Also shown: the navigation timing's DOMContentLoaded and load, the size of
the file and the time to open one file of the batch from the index (its
document is kept in a template until then).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tools"))

import generate  # noqa: E402
import headless  # noqa: E402

PAINTED = "new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"
NAVIGATION = "(() => { const n = performance.getEntriesByType('navigation')[0]; " \
             "return [n.domContentLoadedEventEnd, n.loadEventEnd]; })()"


def write_batch(folder: Path, count: int) -> tuple[Path, float]:
    generate.generate_folder(folder, count, seed=20261204, mode="one", truth=False)
    output = folder / "batch.html"
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "crossfoot", "check", str(folder / "reports"),
                    "--format", "html", "-o", str(output), "--exit-zero"], check=True)
    return output, time.perf_counter() - started


def open_once(browser: Any, url: str) -> tuple[float, float, float, float]:
    """Seconds to open (painted), DOMContentLoaded, load, and to open the middle file."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    started = time.perf_counter()
    page.goto(url, wait_until="load")
    page.evaluate(PAINTED)
    opened = time.perf_counter() - started
    content_loaded, loaded = page.evaluate(NAVIGATION)
    rows = page.locator(".index tbody tr").count()
    started = time.perf_counter()
    page.click(f".index a[href='#file-{rows // 2}']")
    page.locator(f"#file-{rows // 2} .layout").wait_for()
    page.evaluate(PAINTED)
    one_file = time.perf_counter() - started
    page.close()
    return opened, content_loaded / 1000, loaded / 1000, one_file


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=500, help="reports in the batch")
    parser.add_argument("--runs", type=int, default=5, help="openings of the page")
    args = parser.parse_args()
    if not headless.available():
        print(f"Chromium is not installed ({headless.CHROMIUM})", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as temp:
        output, writing = write_batch(Path(temp), args.count)
        size = output.stat().st_size
        with sync_playwright() as playwright:
            browser = headless.launch(playwright)
            runs = [open_once(browser, output.as_uri()) for _ in range(args.runs)]
            browser.close()
    medians = [statistics.median(r[i] for r in runs) for i in range(4)]
    fastest = min(r[0] for r in runs)
    print("| reports | HTML MB | write s | open s (median) | open s (fastest) "
          "| DOMContentLoaded s | load s | one file opened s |")
    print("|---|---|---|---|---|---|---|---|")
    print(f"| {args.count} | {size / 1e6:.1f} | {writing:.1f} | {medians[0]:.2f} | {fastest:.2f} "
          f"| {medians[1]:.2f} | {medians[2]:.2f} | {medians[3]:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
