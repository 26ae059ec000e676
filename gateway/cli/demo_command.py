"""`modelgate demo`: the gateway and the demo upstream in one process, with a ready key.

This is what `make run` starts: nothing to install but Python, SQLite under the data
directory, in-process limits.
"""

from __future__ import annotations

import asyncio
import socket
import sys
from dataclasses import replace
from pathlib import Path

import click

from gateway.access.key_format import MalformedKey, parse_key
from gateway.access.key_store import KeyStore
from gateway.cli.context import run_with_keys, settings_or_exit
from gateway.cli.terms_command import accept_tier_terms
from gateway.settings import Settings
from gateway.storage.migrate import upgrade
from gateway.storage.private_paths import make_private_dir

DEMO_OWNER = "demo"
DEMO_TIER = "developer"


def _port_taken(host: str, port: int) -> bool:
    """Whether another process listens on (host, port), so a server could not bind it."""
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return True
        return False


def _free_port(preferred: int) -> int:
    if not _port_taken("127.0.0.1", preferred):
        return preferred
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _demo_key(settings: Settings) -> str:
    """The saved demo key if it still works, else a new one (saved for the next run)."""
    path = Path(settings.storage.data_dir) / "demo-key.txt"

    async def ensure(store: KeyStore) -> str:
        if path.exists():
            saved = path.read_text().strip()
            try:
                record = await store.find(parse_key(saved).key_id)
            except MalformedKey:
                record = None
            if record is not None and record.revoked_at is None and record.rotated_to is None:
                return saved
        issued = await store.create(account=DEMO_OWNER, tier=DEMO_TIER, label="make run demo")
        make_private_dir(path.parent)
        path.write_text(issued.key + "\n")
        path.chmod(0o600)
        return issued.key

    return run_with_keys(settings, ensure)


def _admin_token_command(data_dir: Path) -> str:
    """How to mint an admin token against this demo's data directory, as the user would type it:
    the `modelgate` they ran (`.venv/bin/modelgate` under `make run`), the data directory named
    when it is not the default one."""
    program = sys.argv[0] if Path(sys.argv[0]).name == "modelgate" else "modelgate"
    prefix = "" if data_dir == Path("data") else f"MODELGATE_DATA_DIR={data_dir} "
    return f"{prefix}{program} admin token --role admin --role reviewer"


def instructions(base: str, key: str, admin_token: str) -> str:
    """The banner `modelgate demo` prints: the key, and how to call every developer route."""
    auth = f'-H "Authorization: Bearer {key}"'
    return f"""
ModelGate is running at {base} (demo upstream behind it, SQLite under the data directory).

Demo key (tier {DEMO_TIER}):  {key}

curl:
  curl -s {base}/v1/chat/completions \\
    {auth} -H "Content-Type: application/json" \\
    -d '{{"model": "demo-chat", "messages": [{{"role": "user", "content": "Hello gateway"}}]}}'
  curl -s {base}/v1/embeddings \\
    {auth} -H "Content-Type: application/json" \\
    -d '{{"model": "demo-embed", "input": ["a recipe for bread", "hiking near Oslo"]}}'

Python (pip install openai):
  from openai import OpenAI
  client = OpenAI(base_url="{base}/v1", api_key="{key}")
  print(client.chat.completions.create(
      model="demo-chat", messages=[{{"role": "user", "content": "Hello gateway"}}]
  ).choices[0].message.content)
  for chunk in client.chat.completions.create(
      model="demo-chat", messages=[{{"role": "user", "content": "Stream to me"}}], stream=True
  ):
      print(chunk.choices[0].delta.content or "", end="", flush=True) if chunk.choices else None
  texts = ["a recipe for bread", "hiking near Oslo"]
  vectors = client.embeddings.create(model="demo-embed", input=texts)
  print(len(vectors.data), "vectors of", len(vectors.data[0].embedding))

Models your key may use:  curl -s {base}/v1/models {auth}
Your limits and usage:    curl -s {base}/v1/usage {auth}
API explorer:             {base}/openapi  (document: {base}/openapi/openapi.json)
Admin and review pages:   {base}/ui/  (sign in with a token from:
                            {admin_token})
Refusals explain themselves (the SDK's exception says why); a request held for review
raises 423 with its case id: docs/review.md shows how to wait for the reviewer.
Stop with Ctrl-C.
"""


@click.command("demo")
@click.option("--upstream-port", type=int, default=8081, show_default=True)
def demo_command(upstream_port: int) -> None:
    """Run the gateway with the bundled demo upstream and print how to call it."""
    settings = settings_or_exit()
    host, gateway_port = settings.server.host, settings.server.port
    # Checked before anything is printed: a banner with a key for a server that never started
    # sends the newcomer's first call to whatever holds the port (an earlier demo answers 401).
    if _port_taken(host, gateway_port):
        raise click.ClickException(
            f"port {gateway_port} on {host} is in use (an earlier `make run` still running?). "
            f"Stop that process, or pick another port: MODELGATE_PORT={gateway_port + 10} make run"
        )
    port = _free_port(upstream_port)
    variables = {
        **settings.policy.variables,
        "MODELGATE_DEMO_UPSTREAM_URL": f"http://127.0.0.1:{port}",
    }
    settings = settings.with_overrides(policy=replace(settings.policy, variables=variables))
    upgrade(settings.storage.effective_database_url)
    key = _demo_key(settings)
    admin_token = _admin_token_command(settings.storage.data_dir)
    click.echo(instructions(f"http://{host}:{gateway_port}", key, admin_token))
    # Running the demo is taken as reading its terms; real accounts accept via /v1/terms.
    accepted = accept_tier_terms(settings, DEMO_OWNER, DEMO_TIER)
    if accepted:
        click.echo(f"The demo account accepted {', '.join(accepted)} (GET /v1/terms shows it).\n")

    # The server stack loads only when serving, so that every other command starts quickly.
    import uvicorn

    from gateway.app import create_app
    from gateway.demo.server import DemoUpstream

    upstream = uvicorn.Server(
        uvicorn.Config(DemoUpstream(), host="127.0.0.1", port=port, log_level="warning")
    )
    gateway = uvicorn.Server(
        uvicorn.Config(
            create_app(settings, freeze_heap=True),
            host=host,
            port=gateway_port,
            loop="asyncio",
            http="httptools",
            access_log=False,
            proxy_headers=False,
            log_level="warning",
        )
    )

    async def serve_both() -> None:
        await asyncio.gather(upstream.serve(), gateway.serve())

    asyncio.run(serve_both())


@click.command("demo-upstream")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=8081, show_default=True)
@click.option("--chunk-delay", type=float, default=0.0, help="Seconds between stream chunks.")
@click.option("--latency", type=float, default=0.0, help="Seconds before every answer.")
def demo_upstream_command(host: str, port: int, chunk_delay: float, latency: float) -> None:
    """Run only the demo upstream (for benchmarks and tests)."""
    import uvicorn

    from gateway.demo.server import DemoUpstream

    uvicorn.run(
        DemoUpstream(chunk_delay=chunk_delay, latency=latency),
        host=host,
        port=port,
        loop="uvloop",
        http="httptools",
        access_log=False,
        log_level="warning",
    )
