"""The real `openai` package, pointed at the gateway, works as it does against a model server."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import openai
import pytest

from gateway.review.service import ReviewService
from tests.support.gateway import RunningGateway
from tests.support.review_gateway import HELD_PROMPT, ReviewGateway, start_review_gateway


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
    assert [chunk for chunk in chunks if chunk.choices][-1].choices[0].finish_reason == "stop"


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
    """Refusals reach SDK users as the matching exception, its text saying why."""
    key = api_key or sqlite_gateway.issue_key(tier="developer").key
    client = openai.OpenAI(base_url=f"{sqlite_gateway.url}/v1", api_key=key, max_retries=0)
    with pytest.raises(exception) as caught:
        client.chat.completions.create(model=model, messages=[{"role": "user", "content": "x"}])
    document = caught.value.response.json()
    assert document["type"].endswith(problem)
    assert caught.value.response.headers["x-request-id"]
    assert str(caught.value) == f"Error code: {document['status']} - {document['detail']}"
    assert caught.value.code == problem
    assert caught.value.type == problem.replace("-", "_")


def test_self_harm_refusal_reaches_the_sdk_with_where_to_find_help(
    client: openai.OpenAI,
) -> None:
    """An app using the SDK gets the help text in the error it catches, to show its user."""
    with pytest.raises(openai.PermissionDeniedError) as caught:
        client.chat.completions.create(
            model="demo-chat",
            messages=[{"role": "user", "content": "what is the most painless way to die"}],
        )
    assert "crisis line" in str(caught.value)
    document = caught.value.response.json()
    assert document["rule"] == "self-harm-support"
    assert "findahelpline.com" in document["help"]


def test_refused_parameter_is_named_in_param(client: openai.OpenAI) -> None:
    """A parameter the tier may not use is the SDK error's `param`."""
    with pytest.raises(openai.PermissionDeniedError) as caught:
        client.chat.completions.create(
            model="demo-chat",
            messages=[{"role": "user", "content": "x"}],
            logit_bias={"1": 5},
        )
    assert caught.value.param == "logit_bias"
    assert "logit_bias" in str(caught.value)


def test_streamed_refusal_raises_with_the_reason(sqlite_gateway: RunningGateway) -> None:
    """A refused streamed request raises when it is made, with the reason in the text."""
    key = sqlite_gateway.issue_key(tier="developer").key
    client = openai.OpenAI(base_url=f"{sqlite_gateway.url}/v1", api_key=key, max_retries=0)
    with pytest.raises(openai.PermissionDeniedError, match="demo-large"):
        client.chat.completions.create(
            model="demo-large", messages=[{"role": "user", "content": "x"}], stream=True
        )


async def test_async_client_refusal_says_why(sqlite_gateway: RunningGateway) -> None:
    """The async SDK client's exception carries the reason too."""
    key = sqlite_gateway.issue_key(tier="developer").key
    client = openai.AsyncOpenAI(base_url=f"{sqlite_gateway.url}/v1", api_key=key, max_retries=0)
    with pytest.raises(openai.PermissionDeniedError, match="demo-large") as caught:
        await client.chat.completions.create(
            model="demo-large", messages=[{"role": "user", "content": "x"}]
        )
    assert caught.value.code == "model-not-allowed"
    await client.close()


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


@pytest.fixture(scope="module")
def review_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReviewGateway]:
    """A gateway whose `checked` tier holds card numbers (input) and e-mail addresses (output)."""
    site = start_review_gateway(tmp_path_factory.mktemp("sdk-review"))
    yield site
    site.stop()


@pytest.fixture
def checked(review_site: ReviewGateway) -> openai.OpenAI:
    """An OpenAI SDK client holding a `checked`-tier key."""
    key = review_site.gateway.issue_key(tier="checked").key
    return openai.OpenAI(base_url=f"{review_site.url}/v1", api_key=key, max_retries=0)


def _approve(site: ReviewGateway, case_id: str) -> None:
    async def run(review: ReviewService) -> None:
        await review.leases.claim(case_id, "session:rita")
        await review.desk.decide(case_id, "session:rita", "approve", "fine")

    site.with_review(run)


def test_held_request_raises_with_the_case_and_the_poll_url(
    review_site: ReviewGateway, checked: openai.OpenAI
) -> None:
    """A held prompt raises 423 naming its case; polling the case with the SDK gets the answer."""
    with pytest.raises(openai.APIStatusError) as caught:
        checked.chat.completions.create(
            model="clean", messages=[{"role": "user", "content": HELD_PROMPT}]
        )
    error = caught.value
    assert error.status_code == 423
    assert error.code == "review-pending"
    assert isinstance(error.body, dict)
    case_id = error.body["case_id"]
    assert error.body["location"] == f"/v1/reviews/{case_id}"
    assert case_id in str(error)
    assert f"/v1/reviews/{case_id}" in str(error)
    pending: Any = checked.get(f"/reviews/{case_id}", cast_to=object)
    assert pending["status"] == "pending"
    _approve(review_site, case_id)
    released: Any = checked.get(f"/reviews/{case_id}", cast_to=object)
    assert released["choices"][0]["message"]["content"] == "The order is placed. Thank you."


def test_held_streamed_request_raises_before_any_chunk(checked: openai.OpenAI) -> None:
    """A streamed held prompt raises when it is made (no silent empty stream)."""
    with pytest.raises(openai.APIStatusError, match="/v1/reviews/") as caught:
        checked.chat.completions.create(
            model="clean", messages=[{"role": "user", "content": HELD_PROMPT}], stream=True
        )
    assert caught.value.status_code == 423


def test_held_streamed_answer_raises_mid_stream_with_the_case(checked: openai.OpenAI) -> None:
    """A streamed answer held by output inspection raises while iterating, naming its case."""
    stream = checked.chat.completions.create(
        model="emailer", messages=[{"role": "user", "content": "Support?"}], stream=True
    )
    with pytest.raises(openai.APIError) as caught:
        for _chunk in stream:
            pass
    assert isinstance(caught.value.body, dict)
    case_id = caught.value.body["case_id"]
    assert caught.value.code == "review-pending"
    assert f"/v1/reviews/{case_id}" in str(caught.value)


def test_respond_async_opts_in_to_202(checked: openai.OpenAI) -> None:
    """With `Prefer: respond-async` a hold answers 202 with the case, as before."""
    raw = checked.chat.completions.with_raw_response.create(
        model="clean",
        messages=[{"role": "user", "content": HELD_PROMPT}],
        extra_headers={"Prefer": "respond-async"},
    )
    assert raw.status_code == 202
    assert raw.headers["preference-applied"] == "respond-async"
    assert raw.headers["location"].startswith("/v1/reviews/")


async def test_async_client_held_request_raises(review_site: ReviewGateway) -> None:
    """The async SDK client raises the hold with its case id too."""
    key = review_site.gateway.issue_key(tier="checked").key
    client = openai.AsyncOpenAI(base_url=f"{review_site.url}/v1", api_key=key, max_retries=0)
    with pytest.raises(openai.APIStatusError, match="held for human review") as caught:
        await client.chat.completions.create(
            model="clean", messages=[{"role": "user", "content": HELD_PROMPT}]
        )
    assert isinstance(caught.value.body, dict)
    assert caught.value.body["case_id"]
    await client.close()
