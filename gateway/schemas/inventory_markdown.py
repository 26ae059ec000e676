"""The field inventory as the tables of docs/detectors.md ("Field inventory")."""

from __future__ import annotations

from collections.abc import Iterator

from gateway.schemas.field_inventory import REQUEST_INVENTORY, RESPONSE_INVENTORY, STREAM_INVENTORY
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

_TREATMENT = {
    Text: "inspected",
    Schema: "inspected: every string, and every key but JSON Schema's own words",
    Streamed: "inspected behind the hold-back window",
    Passed: "passed",
    Opaque: "opaque: forwarded; refused (request) or withheld (answer) under "
    "`refuse_uninspectable`",
    Shadow: "dropped when the text was redacted (and whenever streamed text is held back)",
    ImageUrl: "URL text inspected (not a `data:` URL); the image is opaque: refused under "
    "`refuse_uninspectable`",
}
_UNKNOWN = {
    "request": "inspected (every string and key); refused under `refuse_uninspectable`",
    "answer": "inspected (every string and key)",
    "stream": "inspected (every string and key)",
}


def _rows(node: Node, path: str, direction: str) -> Iterator[tuple[str, str, str]]:
    if isinstance(node, Object):
        for name, child in node.fields.items():
            yield from _rows(child, f"{path}.{name}" if path else name, direction)
    elif isinstance(node, Items):
        yield from _rows(node.item, f"{path}[]", direction)
    elif isinstance(node, Either):
        for branch in (node.string, node.array, node.other):
            if branch is not None:
                yield from _rows(branch, path, direction)
    elif isinstance(node, Parts):
        for kind, child in node.by_type.items():
            yield from _rows(child, f"{path}[type={kind}]", direction)
    else:
        treatment = _TREATMENT[type(node)]
        if isinstance(node, Text) and node.alone:
            treatment += ", judged alone"
        if isinstance(node, Text) and node.json:
            treatment += "; so is each string in it"
        if isinstance(node, ImageUrl):
            treatment += "; each query value judged alone"
        if isinstance(node, Schema) and not node.keys:
            treatment = "inspected: every string value (not the keys)"
        yield (path or "(the whole body)", treatment, node.note)


def inventory_markdown() -> str:
    """The inventory as the tables of docs/detectors.md ("Field inventory")."""
    trees = [
        *(
            (f"`{endpoint}` request", "request", tree)
            for endpoint, tree in REQUEST_INVENTORY.items()
        ),
        *(
            (f"`{endpoint}` answer", "answer", tree)
            for endpoint, tree in RESPONSE_INVENTORY.items()
        ),
        *(
            (f"`{endpoint}` stream chunk", "stream", tree)
            for endpoint, tree in STREAM_INVENTORY.items()
        ),
    ]
    lines: list[str] = []
    for title, direction, tree in trees:
        lines += ["", f"#### {title}", "| field | treatment | note |", "|---|---|---|"]
        seen: set[str] = set()
        plain: list[str] = []  # passed without a note: listed together
        for path, treatment, note in _rows(tree, "", direction):
            if path in seen:
                continue
            seen.add(path)
            if treatment == _TREATMENT[Passed] and not note:
                plain.append(f"`{path}`")
            else:
                lines.append(f"| `{path}` | {treatment} | {note} |")
        if plain:
            lines.append(f"| {', '.join(plain)} | passed | not prose |")
        if isinstance(tree, Object):
            lines.append(f"| any other field, at any depth | {_UNKNOWN[direction]} | |")
    return "\n".join(lines[1:]) + "\n"
