"""`FieldReader`: typed, line-aware access to one YAML mapping of a policy file."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from gateway.policy.errors import PolicyError
from gateway.policy.yaml_source import LocatedMap

T = TypeVar("T")
_MISSING: Any = object()


class FieldReader:
    """Reads fields of one mapping and reports every problem with its file and line."""

    def __init__(self, path: Path, mapping: Any, where: str, line: int | None = None) -> None:
        self.path = path
        self.where = where
        if not isinstance(mapping, dict):
            raise PolicyError(path, line, f"{where} must be a mapping")
        self.mapping: dict[str, Any] = mapping
        self.line = mapping.line if isinstance(mapping, LocatedMap) else line

    def line_of(self, key: str) -> int | None:
        """The line of `key` in the file, or of the mapping itself."""
        if isinstance(self.mapping, LocatedMap):
            return self.mapping.key_lines.get(key, self.line)
        return self.line

    def fail(self, key: str | None, message: str) -> PolicyError:
        """A `PolicyError` pointing at `key` (or at the mapping)."""
        line = self.line_of(key) if key else self.line
        return PolicyError(self.path, line, f"{self.where}: {message}")

    def reject_unknown(self, allowed: set[str]) -> None:
        """Fail on any key not in `allowed` (a typo must not be silently ignored)."""
        for key in self.mapping:
            if key not in allowed:
                known = ", ".join(sorted(allowed))
                raise self.fail(key, f"unknown field {key!r} (known: {known})")

    def get(self, key: str, kind: type[T] | tuple[type, ...], default: Any = _MISSING) -> T:
        """The value of `key`, checked to be of `kind`; required unless a default is given."""
        if key not in self.mapping or self.mapping[key] is None:
            if default is _MISSING:
                raise self.fail(None, f"missing required field {key!r}")
            return default  # type: ignore[no-any-return]
        value = self.mapping[key]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        # bool is an int in Python; a YAML `true` is never a number here.
        if isinstance(value, bool) and bool not in kinds:
            raise self.fail(key, f"{key!r} must be {_names(kinds)}, not a boolean")
        if not isinstance(value, kinds):
            raise self.fail(key, f"{key!r} must be {_names(kinds)}, not {type(value).__name__}")
        return value  # type: ignore[return-value]

    def strings(self, key: str, default: tuple[str, ...] = ()) -> tuple[str, ...]:
        """A list of strings (a single string is accepted as a one-item list)."""
        value: list[Any] | str = self.get(key, (list, str), default=list(default))
        items = [value] if isinstance(value, str) else value
        for item in items:
            if not isinstance(item, str):
                raise self.fail(key, f"{key!r} must be a list of strings")
        return tuple(items)

    def positive_int(self, key: str, default: Any = _MISSING) -> int:
        """A strictly positive integer."""
        value: int = self.get(key, int, default)
        if value <= 0:
            raise self.fail(key, f"{key!r} must be a positive integer")
        return value

    def positive_number(self, key: str, default: Any = _MISSING) -> float:
        """A strictly positive number."""
        value: float = self.get(key, (int, float), default)
        if value <= 0:
            raise self.fail(key, f"{key!r} must be positive")
        return float(value)

    def choice(self, key: str, choices: tuple[str, ...], default: Any = _MISSING) -> str:
        """One of `choices`."""
        value: str = self.get(key, str, default)
        if value not in choices:
            raise self.fail(key, f"{key!r} must be one of {', '.join(choices)}, not {value!r}")
        return value

    def child(self, key: str, default: Any = _MISSING) -> FieldReader:
        """A reader for the nested mapping under `key`."""
        value = self.get(key, dict, default)
        return FieldReader(self.path, value, f"{self.where}.{key}", self.line_of(key))


def _names(kinds: tuple[type, ...]) -> str:
    words = {str: "a string", int: "an integer", float: "a number", bool: "a boolean"}
    words |= {list: "a list", dict: "a mapping"}
    return " or ".join(words.get(kind, kind.__name__) for kind in kinds)
