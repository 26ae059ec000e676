"""Terms Markdown becomes HTML, and nothing an author writes can run in an admin's browser."""

from __future__ import annotations

import pytest

from gateway.http.admin.pages.markdown_text import markdown_html


def test_markdown_becomes_headings_lists_and_code() -> None:
    """A heading, a list and inline code render as their HTML elements."""
    html = markdown_html("# Terms\n\n1. one\n2. two\n\nUse `POST /v1/reports`.")
    assert "<h1>Terms</h1>" in html
    assert "<ol>" in html
    assert "<li>two</li>" in html
    assert "<code>POST /v1/reports</code>" in html


@pytest.mark.parametrize(
    "source",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        "[click](javascript:alert(1))",
        "[data](data:text/html;base64,PHNjcmlwdD4=)",
    ],
)
def test_raw_html_and_script_links_never_pass_through(source: str) -> None:
    """Raw HTML is shown as text and script or data links are not made links."""
    html = markdown_html(source)
    assert "<script" not in html
    assert "<img" not in html
    assert 'href="javascript:' not in html
    assert 'href="data:' not in html
