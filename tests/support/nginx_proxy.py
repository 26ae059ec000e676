"""nginx (Debian's package) in the foreground, balancing over gateway replicas on 127.0.0.1.

The configuration is generated from `deploy/nginx/modelgate.conf.template`, the same file an
operator starts from, so the tests exercise the shipped settings.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Sequence, Set
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parents[2] / "deploy" / "nginx" / "modelgate.conf.template"


def nginx_binary() -> str | None:
    """The nginx executable, or None when the package is not installed."""
    return shutil.which("nginx") or next(
        (path for path in ("/usr/sbin/nginx",) if Path(path).exists()), None
    )


def render_config(
    directory: Path, listen_port: int, upstream_ports: Sequence[int], down: Set[int] = frozenset()
) -> str:
    """The template filled in for a private prefix `directory` (logs, pid, temp files);
    replicas whose port is in `down` are taken out of rotation."""
    servers = "\n".join(
        f"        server 127.0.0.1:{port} max_fails=1 fail_timeout=2s"
        f"{' down' if port in down else ''};"
        for port in upstream_ports
    )
    # nginx drops privileges to `user` only when started as root; the temp dirs must stay
    # writable for that user.
    user = "user root root;" if os.geteuid() == 0 else ""
    return (
        TEMPLATE.read_text()
        .replace("@USER@", user)
        .replace("@PREFIX@", str(directory))
        .replace("@LISTEN@", f"127.0.0.1:{listen_port}")
        .replace("@SERVERS@", servers)
    )


class NginxProcess:
    """One nginx master (not daemonised) with its own prefix, config and logs."""

    def __init__(self, directory: Path, listen_port: int, upstream_ports: Sequence[int]) -> None:
        binary = nginx_binary()
        if binary is None:
            raise RuntimeError("nginx is missing (scripts/with-test-services installs it)")
        directory.mkdir(parents=True, exist_ok=True)
        self.directory = directory
        self.port = listen_port
        self.config = directory / "nginx.conf"
        self.config.write_text(render_config(directory, listen_port, upstream_ports))
        self._stderr = (directory / "stderr.log").open("wb")
        self.process = subprocess.Popen(
            [binary, "-p", str(directory), "-c", str(self.config)],
            stdout=subprocess.DEVNULL,
            stderr=self._stderr,
        )
        try:
            self._wait_listening()
        except BaseException:
            self.stop()
            raise

    @property
    def url(self) -> str:
        """Base URL clients use."""
        return f"http://127.0.0.1:{self.port}"

    def _wait_listening(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                errors = (self.directory / "stderr.log").read_text()
                raise RuntimeError(f"nginx exited with {self.process.returncode}: {errors}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("nginx did not start listening")

    def _workers(self) -> set[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return {int(pid) for pid in children.read_text().split()}

    def reconfigure(self, upstream_ports: Sequence[int], down: Set[int] = frozenset()) -> None:
        """Reload with replicas in `down` out of rotation; returns once the old workers have
        finished every request they had in flight and exited (nginx's graceful reload)."""
        old = self._workers()
        self.config.write_text(render_config(self.directory, self.port, upstream_ports, down))
        self.process.send_signal(signal.SIGHUP)
        deadline = time.monotonic() + 60
        while old & self._workers():
            if time.monotonic() > deadline:
                raise RuntimeError("nginx's old workers did not finish")
            time.sleep(0.05)

    def error_log(self) -> str:
        """What nginx logged at warn and above (upstream failures and retries among them)."""
        path = self.directory / "error.log"
        return path.read_text() if path.exists() else ""

    def stop(self) -> None:
        """Quit gracefully (SIGQUIT), killing it if it lingers."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGQUIT)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._stderr.close()
