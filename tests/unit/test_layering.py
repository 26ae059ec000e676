"""The layers hold: Litestar stays in the HTTP layer, and domain code never sees a request.

docs/architecture.md ("Parts and their dependencies") draws the layers; these tests read
every module's imports (with `ast`, type-only imports included) and fail on a module that
crosses them.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GATEWAY = ROOT / "gateway"

# Where Litestar may be imported: the HTTP package, the pipeline and its stages, the app's
# wiring and the server wrapper (paths relative to gateway/; a folder ends with "/").
LITESTAR_LAYERS = ("http/", "pipeline/", "stages/", "app.py", "graceful_server.py")

# What may see a request (`gateway.pipeline`, `gateway.http`, `gateway.app`): the layers
# above, the runtime that builds the pipelines, and the CLI that starts the app.
OUTER_LAYERS = (*LITESTAR_LAYERS, "runtime.py", "cli/", "__main__.py")


def _modules() -> dict[str, Path]:
    """Every module under gateway/, by its path relative to gateway/ (POSIX form)."""
    return {path.relative_to(GATEWAY).as_posix(): path for path in sorted(GATEWAY.rglob("*.py"))}


def _imports(relative: str, path: Path) -> set[str]:
    """The dotted names `path` imports: each module, and each `module.name` it takes from one."""
    package = ["gateway", *relative.split("/")[:-1]]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def _within(relative: str, layers: tuple[str, ...]) -> bool:
    return any(
        relative.startswith(layer) if layer.endswith("/") else relative == layer for layer in layers
    )


def _imports_any(names: set[str], prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for name in names for p in prefixes)


def test_litestar_is_imported_only_by_the_http_layer() -> None:
    """No module outside gateway/http, the pipeline, the stages and the app imports Litestar."""
    modules = _modules()
    importers = {
        rel for rel, path in modules.items() if _imports_any(_imports(rel, path), ("litestar",))
    }
    assert "app.py" in importers, "no Litestar import found at all: did the layout change?"
    outside = sorted(rel for rel in importers if not _within(rel, LITESTAR_LAYERS))
    assert outside == []


def test_domain_modules_never_see_the_request() -> None:
    """Domain modules import neither the pipeline (its `RequestContext`) nor the HTTP layer."""
    outer = ("gateway.pipeline", "gateway.http", "gateway.app")
    modules = _modules()
    assert _imports_any(_imports("stages/limit.py", modules["stages/limit.py"]), outer)
    crossing = sorted(
        rel
        for rel, path in modules.items()
        if not _within(rel, OUTER_LAYERS) and _imports_any(_imports(rel, path), outer)
    )
    assert crossing == []


def test_the_pipeline_never_sees_http() -> None:
    """The pipeline and its stages import neither the HTTP package nor the app."""
    modules = _modules()
    crossing = sorted(
        rel
        for rel, path in modules.items()
        if _within(rel, ("pipeline/", "stages/"))
        and _imports_any(_imports(rel, path), ("gateway.http", "gateway.app"))
    )
    assert crossing == []
