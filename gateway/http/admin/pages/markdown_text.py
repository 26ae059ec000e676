"""Terms documents as HTML: CommonMark through markdown-it-py, raw HTML shown as text.

Terms are written by admins, but a page that renders them is read by everyone with a role, so
the renderer never passes HTML through (`html: False` escapes it) and markdown-it's link check
refuses `javascript:` and `data:` URLs.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markupsafe import Markup


def markdown_html(text: str) -> Markup:
    """`text` (Markdown) as safe HTML for a template."""
    renderer = MarkdownIt("commonmark", {"html": False})
    return Markup(renderer.render(text))  # noqa: S704 - html=False: nothing raw gets through
