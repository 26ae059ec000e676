"""What `make run` prints answers first time: every curl line and the Python snippet work."""

from __future__ import annotations

import contextlib
import io
import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from gateway.cli.demo_command import _admin_token_command, instructions
from tests.support.gateway import RunningGateway

TOKEN = "modelgate admin token --role admin --role reviewer"


@pytest.fixture(scope="module")
def banner(sqlite_gateway: RunningGateway) -> str:
    """The banner for a developer-tier key of a running gateway."""
    key = sqlite_gateway.issue_key(tier="developer").key
    return instructions(sqlite_gateway.url, key, TOKEN)


def _curl_commands(banner: str) -> list[str]:
    joined = banner.replace("\\\n", " ")
    return [m.strip() for m in re.findall(r"(curl -s [^\n]+)", joined)]


def test_banner_names_every_developer_route_and_the_pages(
    banner: str, sqlite_gateway: RunningGateway
) -> None:
    """Chat, embeddings, models, usage, the explorer, /ui/ and the admin token all appear."""
    for route in ("/v1/chat/completions", "/v1/embeddings", "/v1/models", "/v1/usage"):
        assert route in banner
    assert f"{sqlite_gateway.url}/openapi" in banner
    assert f"{sqlite_gateway.url}/ui/" in banner
    assert TOKEN in banner


def test_every_curl_line_answers(banner: str) -> None:
    """Each printed curl command, run as printed, gets a JSON answer, not a problem."""
    commands = _curl_commands(banner)
    assert len(commands) == 4
    for command in commands:
        done = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=30)
        document = json.loads(done.stdout)
        assert "type" not in document, (command, document)
    chat, embeddings = (json.loads(subprocess.check_output(c, shell=True)) for c in commands[:2])
    assert chat["choices"][0]["message"]["content"] == "You said: Hello gateway"
    assert len(embeddings["data"]) == 2


def test_python_snippet_runs_as_printed(banner: str) -> None:
    """The Python lines, pasted into an interpreter, print the answer, the stream and vectors."""
    block = banner.split("Python (pip install openai):\n", 1)[1].split("\n\n", 1)[0]
    printed = io.StringIO()
    namespace: dict[str, object] = {}
    with contextlib.redirect_stdout(printed):
        exec(textwrap.dedent(block), namespace)
    namespace["client"].close()  # type: ignore[attr-defined]
    lines = printed.getvalue().splitlines()
    assert lines[0] == "You said: Hello gateway"
    assert lines[1].startswith("You said: Stream to me")
    assert lines[1].endswith("2 vectors of 8")


@pytest.mark.parametrize(
    ("data_dir", "prefix"), [(Path("data"), ""), (Path("/srv/mg"), "MODELGATE_DATA_DIR=/srv/mg ")]
)
def test_admin_token_line_names_the_data_directory(data_dir: Path, prefix: str) -> None:
    """The printed command names the data directory only when it is not the default one."""
    assert _admin_token_command(data_dir) == f"{prefix}{TOKEN}"


def test_printed_admin_token_command_mints_a_token(tmp_path: Path) -> None:
    """Run as printed (with this interpreter's `modelgate`), it prints a signed token."""
    command = _admin_token_command(tmp_path).replace(
        "modelgate admin", f"{sys.executable} -m gateway admin"
    )
    token = subprocess.check_output(command, shell=True, text=True, timeout=60).strip()
    assert token.count(".") == 2


def test_a_busy_port_is_named_before_any_banner(tmp_path: Path) -> None:
    """With the gateway's port already taken (an earlier `make run` left running), the demo
    says so and how to pick another port, and prints no key for a server that never starts."""
    import os
    import socket

    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        environment = {
            **os.environ,
            "MODELGATE_PORT": str(port),
            "MODELGATE_DATA_DIR": str(tmp_path),
        }
        done = subprocess.run(
            [sys.executable, "-m", "gateway", "demo"],
            capture_output=True,
            text=True,
            timeout=60,
            env=environment,
        )
    assert done.returncode == 1
    assert f"port {port} on 127.0.0.1 is in use" in done.stderr
    assert f"MODELGATE_PORT={port + 10} make run" in done.stderr
    assert "Demo key" not in done.stdout
