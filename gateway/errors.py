"""The exception tree, and the one function that turns a refusal into an RFC 9457 problem.

    ModelGateError                        everything the gateway raises on purpose
    ├── GatewayError                      every refusal a caller can see (a problem document)
    │   ├── AuthenticationError (401)     missing-key, invalid-key, key-revoked, key-expired
    │   │   └── Unauthenticated           unauthenticated (admin API and pages: no valid sign-in)
    │   ├── AuthThrottled (429)           too many failed attempts from one address
    │   ├── PermissionRefused (403)       model-not-allowed, parameter-not-allowed,
    │   │                                 account-suspended
    │   │   ├── TermsNotAccepted          terms-not-accepted
    │   │   ├── ForbiddenRole             forbidden-role (signed in, but the role may not do this)
    │   │   └── ContentBlocked            content-blocked
    │   ├── HeldForReview (423 / 202)     review-pending (the answer waits for a reviewer)
    │   ├── NotFound (404)                model-not-found, not-found
    │   ├── CaseTaken (409)               case-taken (another reviewer holds the case)
    │   ├── ModelUnavailable (410/503)    model-retired, model-disabled
    │   ├── InvalidRequest (400-422)      invalid-request, endpoint-not-allowed, body-too-large, ...
    │   │   ├── UninspectableContent (422) uninspectable-content
    │   │   ├── UninspectableText (422)   text-not-inspectable (mostly invisible characters)
    │   │   ├── TermsVersionChanged (409) terms-version-changed
    │   │   ├── KeyNotRotatable (409)     key-not-rotatable (revoked, expired or already rotated)
    │   │   └── WebhookTargetRefused      invalid-request (a webhook URL the gateway must not call)
    │   ├── RateLimited (429)             rate-limited (names the limit, carries Retry-After)
    │   ├── ServiceUnavailable (503)      limiter-unavailable, store-unavailable, not-ready
    │   ├── UpstreamError (502/504)       upstream-unavailable, upstream-timeout, upstream-error
    │   ├── UpstreamRejected (4xx)        upstream-rejected (the model server's own 4xx)
    │   ├── FrameworkRefusal (any)        Litestar's own refusals (404 route, 405), reshaped
    │   └── InternalError (500)           internal-error (a bug; the request id finds the log)
    └── domain errors, each beside the code that raises it (a caller never sees them as such:
        the layer that calls that code turns them into a GatewayError or a CLI message). Each
        keeps its builtin meaning as a second base, so `except ValueError` still catches it.
        ├── PolicyError (ValueError)                gateway/policy/errors.py
        ├── DetectorConfigError (ValueError)        gateway/detectors/base.py
        ├── ExternalAnswerInvalid (ValueError)      gateway/detectors/guard_verdicts.py
        ├── ModelFilesMissing (RuntimeError)        gateway/detectors/semantic/minilm.py
        ├── MalformedKey (ValueError)               gateway/access/key_format.py
        ├── KeyNotFound (LookupError)               gateway/access/key_store.py
        ├── AccountNotFound (LookupError)           gateway/access/accounts_store.py
        ├── InvalidToken (ValueError)               gateway/admin/oidc_provider.py
        ├── LocalTokenError (ValueError)            gateway/admin/local_tokens.py
        ├── SpoolInUseError (RuntimeError)          gateway/audit/spool.py
        ├── AuditWriterClosedError (RuntimeError)   gateway/audit/writer.py
        ├── AuditNotDurableError (RuntimeError)     gateway/audit/writer.py
        ├── WitnessFileError (ValueError)           gateway/audit/witness.py
        ├── CaseContentError (ValueError)           gateway/review/sealing.py
        └── DatasetError (ValueError)               gateway/evaluation/dataset.py

Stages stop a request only by raising a `GatewayError`; nothing else becomes a 4xx. Library
errors are wrapped where they happen (`raise UpstreamTimeout(...) from exc`). The problem
document also carries an OpenAI-shaped `error` member, so that SDKs show the reason in their
exception. tests/unit/test_error_tree.py checks that every exception class under `gateway/`
sits in this tree, once.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import msgspec

PROBLEM_BASE = "https://modelgate.dev/problems/"
PROBLEM_CONTENT_TYPE = "application/problem+json"


class ModelGateError(Exception):
    """The root of every exception the gateway raises on purpose."""


class GatewayError(ModelGateError):
    """A refusal with a stable problem `type`, an HTTP status and an explanation."""

    status: int = 500
    type_name: str = "internal-error"
    title: str = "Internal error"

    def __init__(
        self,
        detail: str,
        *,
        extensions: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.extensions: Mapping[str, Any] = extensions or {}
        self.headers: Mapping[str, str] = headers or {}


class AuthenticationError(GatewayError):
    status = 401
    type_name = "invalid-key"
    title = "Invalid API key"


class MissingKey(AuthenticationError):
    type_name = "missing-key"
    title = "API key required"


class InvalidKey(AuthenticationError):
    type_name = "invalid-key"
    title = "Invalid API key"


class KeyRevoked(AuthenticationError):
    type_name = "key-revoked"
    title = "API key revoked"


class KeyExpired(AuthenticationError):
    type_name = "key-expired"
    title = "API key expired"


class Unauthenticated(AuthenticationError):
    type_name = "unauthenticated"
    title = "Sign-in required"


class AuthThrottled(GatewayError):
    status = 429
    type_name = "auth-throttled"
    title = "Too many failed authentication attempts"


class PermissionRefused(GatewayError):
    status = 403
    type_name = "forbidden"
    title = "Forbidden"


class ModelNotAllowed(PermissionRefused):
    type_name = "model-not-allowed"
    title = "Model not available to this tier"


class ParameterNotAllowed(PermissionRefused):
    type_name = "parameter-not-allowed"
    title = "Parameter not available to this tier"


class AccountSuspended(PermissionRefused):
    type_name = "account-suspended"
    title = "Account suspended"


class TermsNotAccepted(PermissionRefused):
    type_name = "terms-not-accepted"
    title = "Acceptable-use terms not accepted"


class ForbiddenRole(PermissionRefused):
    type_name = "forbidden-role"
    title = "Your role may not do this"


class ContentBlocked(PermissionRefused):
    type_name = "content-blocked"
    title = "Content blocked by policy"


class HeldForReview(GatewayError):
    """Not a failure: the answer waits for a person. 423 (Locked) by default, which SDKs raise
    with the case id and where to poll in the message; 202 for a caller that asked for it with
    `Prefer: respond-async` (RFC 7240). Not 409: SDKs retry a 409, and each retry would hold the
    same prompt again as a new case."""

    status = 423
    type_name = "review-pending"
    title = "Held for human review"

    def accepted(self) -> HeldForReview:
        """The same hold answered `202 Accepted`, for a caller that prefers to poll."""
        headers = {**self.headers, "preference-applied": "respond-async"}
        accepted = HeldForReview(self.detail, extensions=self.extensions, headers=headers)
        accepted.status = 202
        return accepted


class NotFound(GatewayError):
    status = 404
    type_name = "not-found"
    title = "Not found"


class ModelNotFound(NotFound):
    type_name = "model-not-found"
    title = "Model not found"


class CaseTaken(GatewayError):
    """Another reviewer holds the case (or it was decided meanwhile)."""

    status = 409
    type_name = "case-taken"
    title = "Case claimed by another reviewer"


class ModelRetired(GatewayError):
    status = 410
    type_name = "model-retired"
    title = "Model retired"


class ModelDisabled(GatewayError):
    status = 503
    type_name = "model-disabled"
    title = "Model disabled"


class InvalidRequest(GatewayError):
    status = 400
    type_name = "invalid-request"
    title = "Invalid request"


class UnprocessableRequest(InvalidRequest):
    status = 422
    type_name = "invalid-request"
    title = "Invalid request body"


class BodyTooLarge(InvalidRequest):
    status = 413
    type_name = "body-too-large"
    title = "Request body too large"


class UnsupportedMediaType(InvalidRequest):
    status = 415
    type_name = "unsupported-media-type"
    title = "Unsupported media type"


class MethodNotAllowed(InvalidRequest):
    status = 405
    type_name = "method-not-allowed"
    title = "Method not allowed"


class EndpointNotAllowed(InvalidRequest):
    type_name = "endpoint-not-allowed"
    title = "Endpoint not supported by this model"


class UninspectableContent(InvalidRequest):
    """The request carries what the tier's inspection cannot read (an image, audio, token ids,
    an unknown field), and its profile refuses that rather than forward it unread."""

    status = 422
    type_name = "uninspectable-content"
    title = "Content the gateway cannot inspect"


class TermsVersionChanged(InvalidRequest):
    status = 409
    type_name = "terms-version-changed"
    title = "Terms document has a newer version"


class KeyNotRotatable(InvalidRequest):
    """Rotation would revive a dead key or give a key a second live successor."""

    status = 409
    type_name = "key-not-rotatable"
    title = "This key cannot be rotated"


class UninspectableText(InvalidRequest):
    """A text built to make inspection costly (mostly invisible characters), refused unread."""

    status = 422
    type_name = "text-not-inspectable"
    title = "Text cannot be inspected"


class WebhookTargetRefused(InvalidRequest):
    """The webhook URL points somewhere the gateway must not call."""


class RateLimited(GatewayError):
    status = 429
    type_name = "rate-limited"
    title = "Rate limit exceeded"


class ServiceUnavailable(GatewayError):
    status = 503
    type_name = "service-unavailable"
    title = "Service unavailable"


class LimiterUnavailable(ServiceUnavailable):
    type_name = "limiter-unavailable"
    title = "Rate limiter unavailable"


class StoreUnavailable(ServiceUnavailable):
    type_name = "store-unavailable"
    title = "Key store unavailable"


class UpstreamError(GatewayError):
    status = 502
    type_name = "upstream-error"
    title = "Upstream error"


class UpstreamUnavailable(UpstreamError):
    type_name = "upstream-unavailable"
    title = "Upstream unavailable"


class UpstreamTimeout(UpstreamError):
    status = 504
    type_name = "upstream-timeout"
    title = "Upstream timed out"


class UpstreamRejected(GatewayError):
    """The model server refused the request as invalid (its 4xx, passed on as a problem)."""

    status = 400
    type_name = "upstream-rejected"
    title = "The model server rejected the request"


class FrameworkRefusal(GatewayError):
    """A refusal raised by the web framework itself, reshaped as a problem."""


class InternalError(GatewayError):
    """Something inside the gateway failed; the request id finds it in the logs."""

    status = 500
    type_name = "internal-error"
    title = "Internal error"


class SdkError(msgspec.Struct, omit_defaults=True):
    """The OpenAI-shaped `error` member of a problem document (what SDK exceptions print)."""

    message: str
    type: str
    code: str
    param: str | None = None
    case_id: str | None = None
    location: str | None = None
    appeal: str | None = None
    request_id: str | None = None


class Problem(msgspec.Struct, omit_defaults=True):
    """An RFC 9457 problem document, with the `error` member OpenAI-style SDKs read."""

    type: str
    title: str
    status: int
    detail: str
    error: SdkError
    instance: str | None = None
    request_id: str | None = None


_encoder = msgspec.json.Encoder()


# What a caller acts on, repeated inside `error` because the SDKs hand only that member to code
# (`exc.body`): the case to poll, the appeal route, the request id to quote.
_SDK_MEMBERS = ("case_id", "location", "appeal", "request_id")


def sdk_error(error: GatewayError, request_id: str | None = None) -> dict[str, Any]:
    """The OpenAI-shaped `error` object: `message` (what SDKs print), `type`, `code`, `param`.

    `type` is the problem type in snake case (`review_pending`), `code` the problem type as the
    RFC 9457 document names it (`review-pending`), `param` the first refused parameter, if any.
    """
    parameters = error.extensions.get("parameters")
    members: dict[str, Any] = {
        "message": error.detail,
        "type": error.type_name.replace("-", "_"),
        "code": error.type_name,
        "param": parameters[0] if isinstance(parameters, list) and parameters else None,
    }
    known = {**error.extensions, "request_id": request_id}
    members.update({name: known[name] for name in _SDK_MEMBERS if known.get(name)})
    return members


def problem_body(error: GatewayError, *, request_id: str | None = None) -> bytes:
    """The problem document for `error`, with its extension members, as JSON bytes."""
    document: dict[str, Any] = {
        "type": PROBLEM_BASE + error.type_name,
        "title": error.title,
        "status": error.status,
        "detail": error.detail,
    }
    if request_id:
        document["request_id"] = request_id
    for name, value in error.extensions.items():
        document.setdefault(name, value)
    document["error"] = sdk_error(error, request_id)
    return _encoder.encode(document)
