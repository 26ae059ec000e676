"""The kinds of node the field inventory is written in: what happens to a value, and how a
body's objects, lists and content parts are laid out (`field_inventory.py` uses them)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Text:
    note: str = ""
    alone: bool = False
    """Judged as a unit of its own, not with the message or tool it sits in."""
    json: bool = False
    """JSON text (tool-call arguments): each string in it is judged alone as well, so that
    quotes and braces around a sentence do not hide it from a classifier."""


@dataclass(frozen=True, slots=True)
class Schema:
    note: str = ""
    keys: bool = True
    """Whether keys are read too (a schema's property names are; a plain-JSON model's field
    names are its fixed input format, and read as text they only add noise)."""
    labels: bool = True
    """Whether a value that is one plain word is read. A plain-JSON classifier answers with
    labels ("positive", "hate", "toxic"): its verdict, not text a classifier should judge."""


@dataclass(frozen=True, slots=True)
class Streamed:
    note: str = ""


@dataclass(frozen=True, slots=True)
class Passed:
    note: str = ""


@dataclass(frozen=True, slots=True)
class Opaque:
    note: str = ""


@dataclass(frozen=True, slots=True)
class Shadow:
    note: str = ""


@dataclass(frozen=True, slots=True)
class ImageUrl:
    """An image's URL: an http(s) URL's text is inspected (query strings carry personal data),
    a `data:` URL is image bytes, not text; the image itself is never read (opaque)."""

    note: str = ""


@dataclass(frozen=True, slots=True)
class Object:
    """A JSON object with known fields; `unit` starts a new unit of inspection (a message)."""

    fields: Mapping[str, Node]
    unit: bool = False


@dataclass(frozen=True, slots=True)
class Items:
    """A JSON array whose items are all `item`."""

    item: Node


@dataclass(frozen=True, slots=True)
class Either:
    """A value that may be a string, an array, or something else (a number: a token id)."""

    string: Node
    array: Node | None = None
    other: Node | None = None


@dataclass(frozen=True, slots=True)
class Parts:
    """Content parts, told apart by their `type`."""

    by_type: Mapping[str, Node]


Leaf = Text | Schema | Streamed | Passed | Opaque | Shadow | ImageUrl
Node = Leaf | Object | Items | Either | Parts
