"""`modelgate serve`: run the gateway under uvicorn."""

from __future__ import annotations

import click
import uvicorn

from gateway.cli.context import settings_or_exit


@click.command("serve")
@click.option("--host", default=None, help="Interface (default MODELGATE_HOST or 127.0.0.1).")
@click.option("--port", type=int, default=None, help="Port (default PORT or 8080).")
@click.option("--workers", type=int, default=None, help="Worker processes.")
def serve_command(host: str | None, port: int | None, workers: int | None) -> None:
    """Serve the gateway with the configured settings."""
    settings = settings_or_exit()
    uvicorn.run(
        "gateway.app:create_app",
        factory=True,
        host=host or settings.server.host,
        port=port or settings.server.port,
        workers=workers or settings.server.workers,
        loop="uvloop",
        http="httptools",
        access_log=False,
        # uvicorn would rewrite the peer address from X-Forwarded-For sent by anyone on
        # 127.0.0.1; the gateway decides whom to believe (MODELGATE_TRUSTED_PROXIES).
        proxy_headers=False,
        timeout_graceful_shutdown=30,
        log_level="warning",
    )
