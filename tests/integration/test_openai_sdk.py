"""The real `openai` package, pointed at the gateway, works as it does against a model server."""

from __future__ import annotations

import openai
import pytest

from tests.support.gateway import RunningGateway


@pytest.fixture
def client(sqlite_gateway: RunningGateway) -> openai.OpenAI:
    """An OpenAI SDK client holding a developer-tier key."""
    key = sqlite_gateway.issue_key(tier="developer").key
    return openai.OpenAI(base_url=f"{sqlite_gateway.url}/v1", api_key=key, max_retries=0)


def test_chat_completion(client: openai.OpenAI) -> None:
    """A plain chat completion returns the model's answer and usage."""
    completion = client.chat.completions.create(
        model="demo-chat", messages=[{"role": "user", "content": "Hello gateway"}]
    )
    assert completion.choices[0].message.content == "You said: Hello gateway"
    assert completion.usage is not None
    assert completion.usage.completion_tokens == 4


def test_streamed_chat_completion(client: openai.OpenAI) -> None:
    """A streamed completion arrives as chunks that join into the whole answer."""
    stream = client.chat.completions.create(
        model="demo-chat",
        messages=[{"role": "user", "content": "one two three"}],
        stream=True,
    )
    chunks = list(stream)
    pieces = [chunk.choices[0].delta.content or "" for chunk in chunks if chunk.choices]
    assert "".join(pieces) == "You said: one two three"
    assert chunks[-1].choices[0].finish_reason == "stop"


def test_streamed_usage_only_when_asked(client: openai.OpenAI) -> None:
    """The usage chunk reaches the caller only with `stream_options.include_usage`."""
    messages = [{"role": "user", "content": "count me"}]
    with_usage = list(
        client.chat.completions.create(
            model="demo-chat",
            messages=messages,  # type: ignore[arg-type]
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    assert with_usage[-1].usage is not None
    assert with_usage[-1].usage.prompt_tokens == 2
    without = list(
        client.chat.completions.create(model="demo-chat", messages=messages, stream=True)  # type: ignore[arg-type]
    )
    assert all(chunk.usage is None for chunk in without)


def test_text_completion(client: openai.OpenAI) -> None:
    """The legacy completions endpoint is proxied."""
    completion = client.completions.create(model="demo-chat", prompt="ping", max_tokens=8)
    assert completion.choices[0].text == "You said: ping"


def test_embeddings(client: openai.OpenAI) -> None:
    """Embeddings come back one vector per input."""
    result = client.embeddings.create(model="demo-embed", input=["a", "b"])
    assert [item.index for item in result.data] == [0, 1]
    assert len(result.data[0].embedding) == 8


def test_models_list(client: openai.OpenAI) -> None:
    """`client.models.list()` shows the tier's models."""
    names = {model.id for model in client.models.list()}
    assert {"demo-chat", "demo-embed"} <= names
    assert "demo-large" not in names


@pytest.mark.parametrize(
    ("api_key", "model", "exception", "problem"),
    [
        ("mg_invalid", "demo-chat", openai.AuthenticationError, "invalid-key"),
        (None, "demo-large", openai.PermissionDeniedError, "model-not-allowed"),
        (None, "nope", openai.NotFoundError, "model-not-found"),
    ],
)
def test_refusals_surface_as_sdk_errors(
    sqlite_gateway: RunningGateway,
    api_key: str | None,
    model: str,
    exception: type[openai.APIStatusError],
    problem: str,
) -> None:
    """Refusals reach SDK users as the matching exception with the problem document."""
    key = api_key or sqlite_gateway.issue_key(tier="developer").key
    client = openai.OpenAI(base_url=f"{sqlite_gateway.url}/v1", api_key=key, max_retries=0)
    with pytest.raises(exception) as caught:
        client.chat.completions.create(model=model, messages=[{"role": "user", "content": "x"}])
    assert caught.value.response.json()["type"].endswith(problem)
    assert caught.value.response.headers["x-request-id"]


async def test_async_client_streams(sqlite_gateway: RunningGateway) -> None:
    """The async SDK client streams through the gateway too."""
    key = sqlite_gateway.issue_key().key
    client = openai.AsyncOpenAI(base_url=f"{sqlite_gateway.url}/v1", api_key=key, max_retries=0)
    stream = await client.chat.completions.create(
        model="demo-chat", messages=[{"role": "user", "content": "async"}], stream=True
    )
    text = "".join(
        [chunk.choices[0].delta.content or "" async for chunk in stream if chunk.choices]
    )
    assert text == "You said: async"
    await client.close()
