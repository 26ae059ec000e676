"""The one error a policy file can raise: what is wrong, in which file, on which line."""

from __future__ import annotations

from pathlib import Path

from gateway.errors import ModelGateError


class PolicyError(ModelGateError, ValueError):
    """A policy file is invalid; the message names the file and line."""

    def __init__(self, path: Path | str, line: int | None, message: str) -> None:
        self.path = Path(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line is not None else str(self.path)
        super().__init__(f"{where}: {message}")
