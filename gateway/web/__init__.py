"""Templates and static files shared by every page (admin now, reviewer pages later)."""

from __future__ import annotations

from pathlib import Path

from litestar.plugins.jinja import JinjaTemplateEngine
from litestar.static_files import create_static_files_router
from litestar.template.config import TemplateConfig
from litestar.types import ControllerRouterHandler

WEB_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = WEB_DIR / "templates"
STATIC_DIR = WEB_DIR / "static"
STATIC_PATH = "/ui/static"


def template_config() -> TemplateConfig[JinjaTemplateEngine]:
    """Jinja2 with autoescaping over `gateway/web/templates`."""
    return TemplateConfig(directory=TEMPLATES_DIR, engine=JinjaTemplateEngine)


def static_files_router() -> ControllerRouterHandler:
    """`/ui/static/...`: the stylesheet and any scripts, cached by the browser."""
    return create_static_files_router(
        path=STATIC_PATH,
        directories=[STATIC_DIR],
        include_in_schema=False,
        cache_control=None,
        name="static",
    )
