"""The pages' templates and static files, as Litestar serves them (the files: `gateway/web`)."""

from __future__ import annotations

from litestar.plugins.jinja import JinjaTemplateEngine
from litestar.static_files import create_static_files_router
from litestar.template.config import TemplateConfig
from litestar.types import ControllerRouterHandler

from gateway.web import STATIC_DIR, TEMPLATES_DIR

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
