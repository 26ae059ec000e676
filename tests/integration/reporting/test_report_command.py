"""`modelgate report` and `modelgate alerts check` end to end: files, alerts, signed webhook."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from gateway.reporting import sign
from gateway.settings import PACKAGE_POLICIES

ALERTS = """
alerts:
  blocks:
    kind: action_rate
    action: block
    window: 7d
    max_rate: 0.10
    min_requests: 50
    severity: critical
  refusals:
    kind: limit_refusal_rate
    window: 7d
    max_rate: 0.05
  holds-quiet:
    kind: action_rate
    action: hold
    window: 7d
    max_rate: 0.5
"""
SECRET = "webhook-test-secret"


class Receiver(BaseHTTPRequestHandler):
    """Keeps every webhook delivery (headers and body) on the server object."""

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["content-length"]))
        self.server.deliveries.append((dict(self.headers), body))  # type: ignore[attr-defined]
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def webhook() -> Iterator[HTTPServer]:
    """A local webhook receiver."""
    server = HTTPServer(("127.0.0.1", 0), Receiver)
    server.deliveries = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gateway", *args],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def _env(seeded_url: str, tmp_path: Path, webhook: HTTPServer) -> dict[str, str]:
    policies = tmp_path / "policies"
    shutil.copytree(PACKAGE_POLICIES, policies)
    (policies / "alerts.yaml").write_text(ALERTS)
    return {
        "MODELGATE_DATABASE_URL": seeded_url,
        "MODELGATE_DATA_DIR": str(tmp_path),
        "MODELGATE_POLICIES_DIR": str(policies),
        "MODELGATE_LOG_JSON": "true",
        "MODELGATE_ALERT_WEBHOOK_URL": f"http://127.0.0.1:{webhook.server_port}/hook",
        "MODELGATE_ALERT_WEBHOOK_SECRET": SECRET,
    }


def test_report_writes_files_logs_alerts_and_posts_signed_webhooks(
    seeded_url: str, tmp_path: Path, webhook: HTTPServer
) -> None:
    """Crossed thresholds become `alert.raised` lines and signed webhooks; files are written."""
    env = _env(seeded_url, tmp_path, webhook)
    out, summary = tmp_path / "report.html", tmp_path / "summary.md"
    result = _run(
        [
            "report",
            "--since",
            "7d",
            "--until",
            "2024-05-08",
            "--out",
            str(out),
            "--markdown",
            str(summary),
        ],
        env,
    )
    assert result.returncode == 0, result.stderr
    assert "2 alert(s) raised" in result.stdout
    page = out.read_text()
    assert page.startswith("<!DOCTYPE html>")
    assert "blocks" in page
    assert "**refusals** (warning)" in summary.read_text()

    events = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    raised = {e["rule"]: e for e in events if e["event"] == "alert.raised"}
    assert set(raised) == {"blocks", "refusals"}
    assert raised["blocks"]["observed_rate"] == pytest.approx(0.2)
    assert raised["blocks"]["count"] == 700

    deliveries = webhook.deliveries  # type: ignore[attr-defined]
    assert len(deliveries) == 2
    for headers, body in deliveries:
        lowered = {k.lower(): v for k, v in headers.items()}
        timestamp = lowered["x-modelgate-timestamp"]
        assert lowered["x-modelgate-signature"] == sign(SECRET.encode(), timestamp, body)
    assert {json.loads(body)["rule"] for _, body in deliveries} == {"blocks", "refusals"}


def test_alerts_check_exits_nonzero_when_alerts_fire(
    seeded_url: str, tmp_path: Path, webhook: HTTPServer
) -> None:
    """`alerts check` prints each raised alert and exits 1; with none it exits 0."""
    env = _env(seeded_url, tmp_path, webhook)
    fired = _run(["alerts", "check", "--at", "2024-05-08"], env)
    assert fired.returncode == 1, fired.stderr
    assert "critical: blocks:" in fired.stdout
    quiet = _run(["alerts", "check", "--at", "2030-01-01"], env)
    assert quiet.returncode == 0, quiet.stderr
    assert "3 rule(s) checked; no alert raised" in quiet.stdout


def test_a_bad_alerts_file_fails_with_file_and_line(
    seeded_url: str, tmp_path: Path, webhook: HTTPServer
) -> None:
    """An invalid alerts.yaml stops the report with the file and line, before any output."""
    env = _env(seeded_url, tmp_path, webhook)
    Path(env["MODELGATE_POLICIES_DIR"], "alerts.yaml").write_text(
        "alerts:\n  x:\n    kind: action_rate\n    max_rate: 7\n"
    )
    result = _run(["report", "--out", str(tmp_path / "r.html")], env)
    assert result.returncode == 1
    assert (
        "alerts.yaml:4: alerts.yaml.alerts.x: 'max_rate' is a share between 0 and 1"
        in result.stderr
    )
    assert not (tmp_path / "r.html").exists()
