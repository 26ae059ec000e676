"""Reading policy YAML while keeping line numbers, so every error can point at its line.

Mappings load as `LocatedMap` (a dict that remembers the line of each key); `${NAME}` and
`${NAME:-default}` in strings are replaced from the variables given (the process environment).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from gateway.policy.errors import PolicyError

_PLACEHOLDER = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")


class LocatedMap(dict[str, Any]):
    """A mapping from YAML that knows its own line and the line of each key (1-based)."""

    line: int = 0
    key_lines: dict[str, int]


class _LineLoader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LocatedMap:
    result = LocatedMap()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            raise yaml.constructor.ConstructorError(
                None, None, "keys must be strings", key_node.start_mark
            )
        if key in result:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


_LineLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
    _construct_mapping,
)


def _interpolate(value: Any, variables: Mapping[str, str]) -> Any:
    if isinstance(value, str):
        return _PLACEHOLDER.sub(lambda m: variables.get(m.group(1), m.group(2) or ""), value)
    if isinstance(value, LocatedMap):
        for key in value:
            value[key] = _interpolate(value[key], variables)
        return value
    if isinstance(value, list):
        return [_interpolate(item, variables) for item in value]
    return value


def load_yaml(path: Path, variables: Mapping[str, str] | None = None) -> LocatedMap:
    """The top-level mapping of a policy file; raises `PolicyError` with file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError(path, None, f"cannot read: {exc.strerror}") from exc
    try:
        document = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise PolicyError(path, line, exc.problem or str(exc)) from exc
    except yaml.YAMLError as exc:
        raise PolicyError(path, None, str(exc)) from exc
    if not isinstance(document, LocatedMap):
        raise PolicyError(path, 1, "the file must hold a mapping at the top level")
    return _interpolate(document, variables or {})  # type: ignore[no-any-return]
