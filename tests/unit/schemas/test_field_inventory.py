"""The field inventory decides what is read: every text field of a body, redacted where it sat,
and nothing the gateway cannot read slips by unnoticed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gateway.schemas.field_inventory import RESPONSE_INVENTORY
from gateway.schemas.inventory_markdown import inventory_markdown
from gateway.schemas.prompt_text import KeyName, collect_prompt, collect_texts, units, write_back

ROOT = Path(__file__).resolve().parents[3]


def test_the_documented_inventory_is_the_one_in_the_code() -> None:
    """docs/detectors.md shows exactly the tables the inventory generates."""
    assert inventory_markdown() in (ROOT / "docs" / "detectors.md").read_text()


CHAT = {
    "model": "m",
    "temperature": 0.2,
    "tools": [
        {
            "type": "function",
            "function": {
                "name": "lookup",
                "description": "Finds a word.",
                "parameters": {"type": "object", "properties": {"word": {"type": "string"}}},
            },
        }
    ],
    "messages": [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "name": "sam", "content": "Define ennui."},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "lookup", "arguments": '{"word": "ennui"}'},
                }
            ],
        },
    ],
    "vendor_hint": "use a friendly tone",
}


def test_every_text_field_of_a_chat_is_read_and_nothing_else() -> None:
    """Names, tools, schemas, tool calls and unknown fields are read; numbers and ids are not."""
    prompt = collect_prompt("chat", CHAT)
    read = {segment.path: prompt.text[segment.start : segment.end] for segment in prompt.segments}
    assert read[("messages", 1, "name")] == "sam"
    assert read[("tools", 0, "function", "description")] == "Finds a word."
    assert read[("tools", 0, "function", "parameters", "properties", KeyName("word"))] == "word"
    assert read[("messages", 2, "tool_calls", 0, "function", "arguments")] == '{"word": "ennui"}'
    assert read[("vendor_hint",)] == "use a friendly tone"
    assert "m" not in read.values()
    assert "call_1" not in read.values()
    assert prompt.unknown == (("vendor_hint",),)
    # The conversation comes last, so that its latest turns stay the latest units.
    assert prompt.segments[-1].path[0] == "messages"


@pytest.mark.parametrize(
    ("endpoint", "body", "opaque"),
    [
        (
            "chat",
            {"messages": [{"role": "user", "content": [
                {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0"}},
                {"type": "input_audio", "input_audio": {"data": "UklGR", "format": "wav"}},
            ]}]},
            [
                ("messages", 0, "content", 0, "image_url", "url"),
                ("messages", 0, "content", 1, "input_audio"),
            ],
        ),
        ("completions", {"prompt": [[1, 2], "text"]}, [("prompt", 0)]),
        ("embeddings", {"input": [5, 6]}, [("input", 0), ("input", 1)]),
        ("chat", {"messages": [], "logit_bias": {"50256": -100}}, [("logit_bias",)]),
    ],
)  # fmt: skip
def test_what_cannot_be_read_is_named(
    endpoint: str, body: dict[str, object], opaque: list[tuple[object, ...]]
) -> None:
    """Images, audio, token ids and logit biases are listed as opaque, path by path."""
    prompt = collect_prompt(endpoint, body)
    assert list(prompt.opaque) == opaque
    assert "iVBORw0" not in prompt.text  # a data: URL is image bytes, not text


def test_an_image_url_is_read_as_text_unless_it_is_data() -> None:
    """An https URL's text (query strings carry addresses) is read and judged on its own."""
    url = "https://img.example.com/a.png?from=jane@example.com"
    body = {"messages": [{"role": "user", "content": [
        {"type": "text", "text": "What is this?"},
        {"type": "image_url", "image_url": {"url": url}},
    ]}]}  # fmt: skip
    prompt = collect_prompt("chat", body)
    assert prompt.text == f"What is this?\n{url}"
    assert len(list(units(prompt.text, prompt.segments))) == 2


def test_a_plain_json_body_is_read_value_by_value_and_redacted_in_place() -> None:
    """An infer body's strings are read (not its keys) and a redaction lands where it sat."""
    body = {"text": "card 4111 1111 1111 1111", "options": {"language": "en"}, "n": 3}
    prompt = collect_prompt("infer", body)
    assert prompt.text == "card 4111 1111 1111 1111\nen"
    write_back(body, prompt.segments[0], "card [REDACTED:pii.credit_card]")
    assert body == {
        "text": "card [REDACTED:pii.credit_card]",
        "options": {"language": "en"},
        "n": 3,
    }


def test_a_schema_key_is_renamed_in_place() -> None:
    """Redacting a property name keeps the property, its value and the order of its siblings."""
    body = {"tools": [{"type": "function", "function": {"name": "f", "parameters": {
        "properties": {"a": 1, "jane@example.com": {"type": "string"}, "z": 2}}}}]}  # fmt: skip
    prompt = collect_prompt("chat", body)
    (segment,) = [s for s in prompt.segments if s.path[-1] == KeyName("jane@example.com")]
    write_back(body, segment, "[REDACTED:pii.email_address]")
    properties = body["tools"][0]["function"]["parameters"]["properties"]  # type: ignore[index]
    assert list(properties) == ["a", "[REDACTED:pii.email_address]", "z"]
    assert properties["[REDACTED:pii.email_address]"] == {"type": "string"}


def test_identifiers_are_left_to_the_span_detectors() -> None:
    """A schema's keywords form no unit of their own; its descriptions each form one."""
    schema = {"type": "object", "properties": {"x": {"description": "The first value."}}}
    body = {
        "messages": [{"role": "user", "content": "Hi"}],
        "response_format": {"type": "json_schema", "json_schema": {"name": "a", "schema": schema}},
    }
    prompt = collect_prompt("chat", body)
    judged = [prompt.text[start:end] for start, end, _ in units(prompt.text, prompt.segments)]
    assert judged == ["The first value.", "Hi"]
    assert json.dumps(body)  # the body itself is untouched by reading it


def test_sentences_inside_json_and_urls_are_judged_alone_too() -> None:
    """A sentence in a tool call's JSON or an image URL's query is a unit of its own."""
    arguments = json.dumps({"q": "how are you", "n": 2, "tag": "x"})
    url = "https://img.example.com/a.png?size=2&caption=a%20quiet%20lake#top"
    body = {"messages": [
        {"role": "user", "content": [{"type": "image_url", "image_url": {"url": url}}]},
        {"role": "assistant", "tool_calls": [
            {"id": "c", "type": "function", "function": {"name": "f", "arguments": arguments}}]},
    ]}  # fmt: skip
    prompt = collect_prompt("chat", body)
    judged = [prompt.text[start:end] for start, end, _ in units(prompt.text, prompt.segments)]
    assert "a%20quiet%20lake" in judged
    assert "how are you" in judged
    assert arguments in judged  # the whole is still judged as well


def test_a_classifiers_label_is_its_verdict_not_text_to_judge() -> None:
    """A plain-JSON answer's one-word labels are not read; its sentences and values are."""
    answer = {"label": "hate", "score": 0.97, "explanation": "mail jane@example.com", "id": "a1"}
    read = collect_texts(RESPONSE_INVENTORY["infer"], answer)
    assert read.text == "mail jane@example.com\na1"
