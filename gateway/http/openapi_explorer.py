"""The API explorer at `/openapi`, with its scripts and styles served by the gateway itself.

Litestar's render plugins load their UI from a CDN by default, which leaves a blank page on
an air-gapped network. Swagger UI's files come from the pinned `swagger-ui-py` package
(Apache-2.0, see docs/decisions.md) and are served under `/openapi/assets/`.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from litestar import get
from litestar.datastructures import CacheControlHeader
from litestar.exceptions import NotFoundException
from litestar.handlers import HTTPRouteHandler
from litestar.openapi.plugins import SwaggerRenderPlugin
from litestar.params import FromPath
from litestar.response import File

ASSETS_PATH = "/openapi/assets"
# Only what the page loads (and the licence): the package also ships an editor we do not use.
ASSET_FILES = (
    "swagger-ui-bundle.js",
    "swagger-ui-standalone-preset.js",
    "swagger-ui.css",
    "favicon-32x32.png",
    "LICENSE",
)


def swagger_ui_directory() -> Path:
    """Where the installed `swagger-ui-py` keeps Swagger UI's files (found without importing
    the package, whose handlers import web frameworks we do not use)."""
    spec = importlib.util.find_spec("swagger_ui")
    if spec is None or spec.origin is None:
        raise RuntimeError("package 'swagger-ui-py' is not installed (a ModelGate dependency)")
    return Path(spec.origin).parent / "static"


def explorer_plugin() -> SwaggerRenderPlugin:
    """Swagger UI at `/openapi` (and `/openapi/swagger`), every asset from `ASSETS_PATH`."""
    return SwaggerRenderPlugin(
        js_url=f"{ASSETS_PATH}/swagger-ui-bundle.js",
        css_url=f"{ASSETS_PATH}/swagger-ui.css",
        standalone_preset_js_url=f"{ASSETS_PATH}/swagger-ui-standalone-preset.js",
        favicon=f"<link rel='icon' type='image/png' href='{ASSETS_PATH}/favicon-32x32.png'>",
        path="/swagger",
    )


def explorer_assets_route() -> HTTPRouteHandler:
    """`GET /openapi/assets/<file>`: the files of `ASSET_FILES`, nothing else of the package."""
    directory = swagger_ui_directory()
    missing = [name for name in ASSET_FILES if not (directory / name).is_file()]
    if missing:
        raise RuntimeError(f"swagger-ui-py lacks {', '.join(missing)} under {directory}")

    @get(
        f"{ASSETS_PATH}/{{name:str}}",
        include_in_schema=False,
        cache_control=CacheControlHeader(max_age=86400),
    )
    async def asset(name: FromPath[str]) -> File:
        if name not in ASSET_FILES:
            raise NotFoundException(f"no asset {name!r}")
        return File(path=directory / name, filename=name, content_disposition_type="inline")

    return asset
