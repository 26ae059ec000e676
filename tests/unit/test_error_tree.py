"""Every exception the gateway defines sits in the one tree of gateway/errors.py, once."""

from __future__ import annotations

import functools
import importlib
import importlib.util
import inspect
import pkgutil

import gateway
from gateway.errors import GatewayError, ModelGateError

# Scripts that run on import (the command entry point, Alembic's environment and revisions).
_NOT_IMPORTABLE = ("gateway.__main__", "gateway.storage.migrations")
# Training tools that need torch (the `tune` extra, not installed by `make install`); they
# define no exceptions, and are walked like the rest where torch is installed.
_NEEDS_TORCH = (
    "gateway.evaluation.encoder_tuning",
    "gateway.evaluation.torch_encoder",
    "gateway.evaluation.tuned_encoder",
)
_SKIPPED = _NOT_IMPORTABLE + (() if importlib.util.find_spec("torch") else _NEEDS_TORCH)


@functools.cache
def _defined_exceptions() -> tuple[type[BaseException], ...]:
    """Each exception class defined (not merely imported) in a module under gateway/."""
    found: list[type[BaseException]] = []
    for module_info in pkgutil.walk_packages(gateway.__path__, "gateway."):
        if module_info.name.startswith(_SKIPPED):
            continue
        module = importlib.import_module(module_info.name)
        for _, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, BaseException) and value.__module__ == module.__name__:
                found.append(value)
    return tuple(found)


def test_every_exception_derives_from_the_root() -> None:
    """Catching `ModelGateError` catches everything the gateway raises on purpose."""
    exceptions = _defined_exceptions()
    assert len(exceptions) > 20, "too few exceptions found: did the walk break?"
    outside = sorted(
        f"{cls.__module__}.{cls.__name__}"
        for cls in exceptions
        if not issubclass(cls, ModelGateError)
    )
    assert outside == []


def test_no_exception_is_defined_twice() -> None:
    """One name, one class: `LimiterUnavailable` or `KeyNotRotatable` cannot mean two things."""
    by_name: dict[str, list[str]] = {}
    for cls in _defined_exceptions():
        by_name.setdefault(cls.__name__, []).append(cls.__module__)
    assert {name: modules for name, modules in by_name.items() if len(modules) > 1} == {}


def test_every_problem_type_lives_in_errors_py() -> None:
    """What a caller can be answered (a `GatewayError`) is declared in gateway/errors.py."""
    elsewhere = sorted(
        f"{cls.__module__}.{cls.__name__}"
        for cls in _defined_exceptions()
        if issubclass(cls, GatewayError) and cls.__module__ != "gateway.errors"
    )
    assert elsewhere == []


def test_the_docstring_draws_every_domain_error() -> None:
    """Each domain error (under the root, not a problem) appears in the tree in the docstring."""
    import gateway.errors as errors

    drawn = errors.__doc__ or ""
    missing = sorted(
        cls.__name__
        for cls in _defined_exceptions()
        if not issubclass(cls, GatewayError)
        and cls is not ModelGateError
        and f"{cls.__name__} (" not in drawn
    )
    assert missing == []
