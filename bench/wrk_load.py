"""Load generation with wrk (a C load generator, so it steals little CPU from what it measures)."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

_LUA = """
wrk.method = "POST"
wrk.body = [[{body}]]
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer {key}"
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %d %.1f %.1f %.1f\\n", summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read +
    summary.errors.write + summary.errors.timeout,
    latency:percentile(50), latency:percentile(99), summary.duration))
end
"""
# Every `@N@` in a body becomes the request's sequence number, so each request carries a text
# the gateway has not seen (no cache of an earlier answer or embedding can help it).
NEW_TEXT_MARKER = "@N@"
_NEW_TEXT_LUA = """
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format(nil, nil, nil, (string.gsub(wrk.body, "@N@", tostring(counter))))
end
"""
_RESULT = re.compile(r"RESULT (\d+) (\d+) ([\d.]+) ([\d.]+) ([\d.]+)")


@dataclass(frozen=True, slots=True)
class LoadResult:
    """What one wrk run measured."""

    requests: int
    errors: int
    p50_ms: float
    p99_ms: float
    seconds: float

    @property
    def rps(self) -> float:
        """Requests per second."""
        return self.requests / self.seconds if self.seconds else 0.0


def wrk_available() -> bool:
    """Whether the wrk binary is on PATH."""
    return shutil.which("wrk") is not None


def run_wrk(
    url: str, body: str, key: str, *, connections: int, seconds: float, threads: int = 1
) -> LoadResult:
    """POST `body` to `url` from `connections` keep-alive connections for `seconds`.

    With `NEW_TEXT_MARKER` in `body`, every request numbers its text afresh (one wrk thread
    keeps the numbers unique)."""
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "post.lua"
        lua = _LUA.replace("{body}", body).replace("{key}", key)
        if NEW_TEXT_MARKER in body:
            lua += _NEW_TEXT_LUA
        script.write_text(lua)
        completed = subprocess.run(
            [
                "wrk",
                f"-t{threads}",
                f"-c{connections}",
                f"-d{max(1, round(seconds))}s",
                "--timeout",
                "10s",
                "-s",
                str(script),
                url,
            ],
            capture_output=True,
            text=True,
            check=True,
        )
    match = _RESULT.search(completed.stdout)
    if match is None:
        raise RuntimeError(f"wrk printed no result:\n{completed.stdout}\n{completed.stderr}")
    requests, errors, p50_us, p99_us, duration_us = match.groups()
    return LoadResult(
        requests=int(requests),
        errors=int(errors),
        p50_ms=float(p50_us) / 1000,
        p99_ms=float(p99_us) / 1000,
        seconds=float(duration_us) / 1_000_000,
    )
