"""The safety report opens in headless Chromium and every chart draws (screenshot kept)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.reporting.audit_seed import seed_audit_log, week_of_events

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def report_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A report rendered by `modelgate report` from a seeded week of audit records."""
    tmp = tmp_path_factory.mktemp("report")
    url = f"sqlite+aiosqlite:///{tmp / 'audit.db'}"
    seed_audit_log(url, tmp, week_of_events())
    out = tmp / "report.html"
    env = {**os.environ, "MODELGATE_DATABASE_URL": url, "MODELGATE_DATA_DIR": str(tmp)}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "gateway",
            "report",
            "--since",
            "7d",
            "--until",
            "2024-05-08",
            "--out",
            str(out),
            "--markdown",
            str(tmp / "summary.md"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return out


async def test_report_charts_render_in_chromium(report_page: Path) -> None:
    """Each chart is a visible SVG with drawn marks, nothing is fetched, a screenshot is kept."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)")
    from playwright.async_api import async_playwright

    requests: list[str] = []
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        try:
            page = await browser.new_page(viewport={"width": 1000, "height": 900})
            page.on("request", lambda request: requests.append(request.url))
            await page.goto(report_page.as_uri())
            charts = await page.eval_on_selector_all(
                "svg.chart",
                """svgs => svgs.map(svg => {
                    const box = svg.getBoundingClientRect();
                    const marks = svg.querySelectorAll('rect.bar, polyline.series');
                    const drawn = [...marks].filter(m => {
                        const b = m.getBBox(); return b.width > 0 && b.height >= 0;
                    });
                    return {label: svg.getAttribute('aria-label'), width: box.width,
                            height: box.height, marks: drawn.length,
                            empty: svg.classList.contains('empty')};
                })""",
            )
            text = await page.inner_text("body")
            ARTIFACTS.mkdir(exist_ok=True)
            await page.screenshot(path=str(ARTIFACTS / "safety-report.png"), full_page=True)
        finally:
            await browser.close()

    assert [request for request in requests if not request.startswith("file://")] == []
    assert len(charts) == 4
    for chart in charts:
        assert chart["width"] > 300, chart
        assert chart["height"] > 100, chart
        assert not chart["empty"], chart
        assert chart["marks"] > 0, chart
    assert "No review data yet" in text
    assert "seed-" in text  # the incidents table lists request ids
    assert "198.51.100.23" not in text
