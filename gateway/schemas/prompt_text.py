"""The text a model (or a caller) will read, with where each piece sits in the body.

Inspection reads one joined string; redaction must then write back into the right message,
part, list item or schema key. Each `TextSegment` remembers the path of one string in the body,
its place in the joined text, and the unit (message, tool, list item) it belongs to. What to
read is decided by the field inventory (`field_inventory.py`), not here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple
from urllib.parse import unquote_plus

from gateway.schemas.field_inventory import REQUEST_INVENTORY
from gateway.schemas.field_nodes import (
    Either,
    ImageUrl,
    Items,
    Node,
    Object,
    Opaque,
    Parts,
    Passed,
    Schema,
    Shadow,
    Streamed,
    Text,
)

SEPARATOR = "\n"


@dataclass(frozen=True, slots=True)
class KeyName:
    """A path step meaning "the name of key `key`" (schemas: property names are read too)."""

    key: str


PathPart = str | int | KeyName
Path = tuple[PathPart, ...]
Parts_ = tuple[tuple[int, int], ...]


def json_prose(text: str) -> Parts_:
    """Where each string with a space in it sits inside the JSON `text` (none if not JSON)."""
    try:
        value = json.loads(text)
    except ValueError:
        return ()
    found: list[tuple[int, int]] = []
    cursor = 0
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(reversed([v for pair in item.items() for v in pair]))
        elif isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, str) and _SPACE.search(item):
            for ascii_only in (False, True):
                encoded = json.dumps(item, ensure_ascii=ascii_only)[1:-1]
                at = text.find(encoded, cursor)
                if at >= 0:
                    found.append((at, at + len(encoded)))
                    cursor = at + len(encoded)
                    break
    return tuple(found)


def url_prose(url: str) -> Parts_:
    """Where each query or fragment value that reads as words sits in `url`."""
    found: list[tuple[int, int]] = []
    start = url.find("?")
    if start < 0:
        start = url.find("#")
    if start < 0:
        return ()
    for match in _URL_VALUE.finditer(url, start):
        value = match.group(1)
        if _SPACE.search(unquote_plus(value)):
            found.append((match.start(1), match.end(1)))
    return tuple(found)


_URL_VALUE = re.compile(r"[?&;#][^=&;#]*=?([^&;#]*)")
_SPACE = re.compile(r"\s")
_LABEL = re.compile(r"[A-Za-z][A-Za-z_-]*")
# JSON Schema's own words: fixed, never prose, never personal data; read as keys they only
# cost segments. (Their values are read: a `description` is prose.)
SCHEMA_KEYWORDS = frozenset(
    {
        "$schema", "$id", "$ref", "$defs", "definitions", "type", "properties", "items",
        "required", "enum", "const", "description", "title", "default", "examples", "format",
        "pattern", "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems",
        "additionalProperties", "anyOf", "oneOf", "allOf", "not", "nullable", "strict",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class TextSegment:
    """One string of the body: its path, its [start, end) in the joined text, the role of the
    chat message it belongs to (None elsewhere), and the unit it is judged with."""

    path: Path
    start: int
    end: int
    role: str | None = None
    unit: Path = ()
    parts: tuple[tuple[int, int], ...] = ()
    """Prose inside a structured string (a JSON value, a URL's query value), each judged
    alone as well: [start, end) in the joined text."""


@dataclass(frozen=True, slots=True)
class PromptText:
    """The joined text, its segments, and the fields nothing could read."""

    text: str
    segments: tuple[TextSegment, ...]
    opaque: tuple[Path, ...] = ()
    """Content the gateway cannot read (images, audio, token ids)."""
    unknown: tuple[Path, ...] = ()
    """Fields the inventory does not know (their strings are in `segments`)."""


@dataclass(slots=True)
class _Found:
    texts: list[tuple[Path, str, str | None, Path, Parts_]] = field(default_factory=list)
    opaque: list[Path] = field(default_factory=list)
    unknown: list[Path] = field(default_factory=list)


class _Where(NamedTuple):
    """Where the walk is: the path, the unit it belongs to, the message's role."""

    path: Path
    unit: Path
    role: str | None
    in_unit: bool = False


def _descend(where: _Where, step: PathPart) -> _Where:
    path = (*where.path, step)
    # Outside a unit object (a message, a tool), a top-level field is its own unit, and so is
    # each item of a top-level list (a completions prompt given as several strings).
    return _Where(path, where.unit if where.in_unit else path[:2], where.role, where.in_unit)


def _walk(node: Node, value: Any, where: _Where, found: _Found) -> None:
    # Dispatch on the exact node type: this runs for every field of every request.
    kind = type(node)
    if value is None or kind is Passed or kind is Shadow:
        return
    if kind is Object:
        if isinstance(value, dict):
            _object(node, value, where, found)  # type: ignore[arg-type]
    elif kind is Text or kind is Streamed:
        if isinstance(value, str):
            alone = kind is Text and node.alone  # type: ignore[union-attr]
            unit = where.path if alone else where.unit
            parts = json_prose(value) if kind is Text and node.json else ()  # type: ignore[union-attr]
            found.texts.append((where.path, value, where.role, unit, parts))
        else:
            _any_json(value, where, found)
    elif kind is Either:
        assert isinstance(node, Either)
        branch = (
            node.string
            if isinstance(value, str)
            else node.array
            if isinstance(value, list)
            else node.other
        )
        if branch is not None:
            _walk(branch, value, where, found)
    elif kind is Items:
        assert isinstance(node, Items)
        if isinstance(value, list):
            for i, item in enumerate(value):
                _walk(node.item, item, _descend(where, i), found)
    elif kind is Parts:
        assert isinstance(node, Parts)
        if isinstance(value, list):
            for i, part in enumerate(value):
                tag = part.get("type") if isinstance(part, dict) else None
                child = node.by_type.get(tag) if isinstance(tag, str) else None
                inner = _descend(where, i)
                if child is None:
                    found.unknown.append(inner.path)
                    _any_json(part, inner, found)
                else:
                    _walk(child, part, inner, found)
    elif kind is Schema:
        assert isinstance(node, Schema)
        _any_json(value, where, found, keys=node.keys, labels=node.labels)
    elif kind is ImageUrl:
        found.opaque.append(where.path)
        if isinstance(value, str) and value[:5].lower() != "data:":
            # Judged apart from the message's text: a prompt hidden in a URL reads as a prompt.
            found.texts.append((where.path, value, where.role, where.path, url_prose(value)))
    elif kind is Opaque:
        found.opaque.append(where.path)


def _object(node: Object, value: dict[str, Any], where: _Where, found: _Found) -> None:
    if node.unit:
        role = value.get("role")
        where = _Where(where.path, where.path, role if isinstance(role, str) else None, True)
    fields = node.fields
    for key, item in value.items():
        child = fields.get(key)
        if child is None:
            inner = _descend(where, key)
            found.unknown.append(inner.path)
            _any_json(item, inner, found)
        elif item is not None and type(child) is not Passed and type(child) is not Shadow:
            _walk(child, item, _descend(where, key), found)


def _any_json(
    value: Any, where: _Where, found: _Found, keys: bool = True, labels: bool = True
) -> None:
    """Every string and every key under `value` (iteratively: bodies may nest deeply).

    Each string with a space in it (a description, a sentence) is judged as a unit of its own;
    the identifiers between two of them ("type", "object", "properties") form one unit, so
    that a schema's keywords neither dilute its prose nor each cost a classifier pass."""
    stack: list[tuple[Any, Path]] = [(value, where.path)]
    sentences = 0
    while stack:
        item, path = stack.pop()
        if isinstance(item, str):
            if not labels and _LABEL.fullmatch(item):
                continue
            if _SPACE.search(item):
                sentences += 1
                unit: Path = (*where.path, "#", sentences)
            else:
                unit = (*where.path, "#ids", sentences)
            found.texts.append((path, item, where.role, unit, ()))
        elif isinstance(item, dict):
            # Pushed in reverse so that strings come out in document order.
            for key, child in reversed(list(item.items())):
                stack.append((child, (*path, key)))
                if keys and key not in SCHEMA_KEYWORDS:
                    stack.append((key, (*path, KeyName(key))))
        elif isinstance(item, list):
            stack.extend((child, (*path, i)) for i, child in reversed(list(enumerate(item))))


def collect_texts(node: Node, body: Any) -> PromptText:
    """The strings `node` says are read, joined with `SEPARATOR`, with their segments."""
    found = _Found()
    root = _Where((), (), None)
    if isinstance(node, Object) and isinstance(body, dict):
        # The conversation goes last, so that the caller's latest turns stay the latest
        # units however many tools or schemas come with them.
        if "messages" in body:
            ordered = {key: value for key, value in body.items() if key != "messages"}
            ordered["messages"] = body["messages"]
            body = ordered
        _object(node, body, root, found)
    else:
        _walk(node, body, root, found)
    segments: list[TextSegment] = []
    pieces: list[str] = []
    cursor = 0
    for path, text, role, unit, parts in found.texts:
        if pieces:
            cursor += len(SEPARATOR)
        inner = tuple((cursor + start, cursor + end) for start, end in parts)
        segments.append(TextSegment(path, cursor, cursor + len(text), role, unit, inner))
        pieces.append(text)
        cursor += len(text)
    return PromptText(
        SEPARATOR.join(pieces), tuple(segments), tuple(found.opaque), tuple(found.unknown)
    )


def collect_prompt(endpoint: str, body: Mapping[str, Any]) -> PromptText:
    """The prompt of a request body (OpenAI formats, or a plain-JSON `infer` body)."""
    return collect_texts(REQUEST_INVENTORY[endpoint], body)


def units(text: str, segments: Sequence[TextSegment]) -> Iterator[tuple[int, int, str | None]]:
    """(start, end, role) of each unit a classifier judges alone: a message, a tool call, a
    description, a list item, a top-level field.

    Outside chat messages and image URLs, a unit without a space ("lookup", "en", a schema's
    "type object") is left to the span detectors, which read all the text: judged alone, so
    short a text tells a classifier nothing, and its scores there are noise."""
    spans: list[tuple[Path, int, int, str | None, bool]] = []
    parts: list[tuple[int, int, str | None]] = []
    for segment in segments:
        spaced = _SPACE.search(text, segment.start, segment.end) is not None
        parts.extend((start, end, segment.role) for start, end in segment.parts)
        if spans and spans[-1][0] == segment.unit:
            unit, start, _, role, before = spans[-1]
            spans[-1] = (unit, start, segment.end, role, before or spaced)
        else:
            spans.append((segment.unit, segment.start, segment.end, segment.role, spaced))
    judged = [
        (start, end, role)
        for unit, start, end, role, spaced in spans
        # A message, and an image URL (its prompt may be percent-encoded), are always judged.
        if spaced or (len(unit) == 2 and unit[0] == "messages") or unit[-1:] == ("url",)
    ]
    # In document order, so that the conversation's latest turns stay the latest units.
    yield from sorted([*judged, *parts], key=lambda span: (span[0], -span[1]))


def write_back(body: Any, segment: TextSegment, text: str) -> None:
    """Replace the string at `segment.path` in `body` (a key is renamed in place)."""
    target: Any = body
    for part in segment.path[:-1]:
        target = target[part]
    last = segment.path[-1]
    if isinstance(last, KeyName):
        items = list(target.items())
        target.clear()
        target.update((text if key == last.key else key, value) for key, value in items)
    else:
        target[last] = text
