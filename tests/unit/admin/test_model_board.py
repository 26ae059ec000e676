"""The model state board: overrides applied on top of models.yaml, swapped atomically."""

from __future__ import annotations

from gateway.control.model_board import ModelOverride, ModelStateBoard
from gateway.policy.loader import load_policy_set
from gateway.settings import PACKAGE_POLICIES


def test_overrides_change_stage_and_switch() -> None:
    """A stage override replaces the file's stage; the kill switch marks the model disabled."""
    board = ModelStateBoard(load_policy_set(PACKAGE_POLICIES).models)
    board.apply(
        {
            "demo-chat": ModelOverride("demo-chat", stage="retired"),
            "demo-embed": ModelOverride("demo-embed", disabled=True, reason="incident"),
        }
    )
    assert board.models["demo-chat"].stage == "retired"
    assert board.base_stage("demo-chat") == "general"
    assert board.is_disabled("demo-embed")
    assert board.models["demo-embed"].stage == "general"


def test_applying_an_empty_set_restores_the_catalogue() -> None:
    """Overrides are replaced as a whole, never merged, so a cleared one is gone."""
    board = ModelStateBoard(load_policy_set(PACKAGE_POLICIES).models)
    board.apply({"demo-chat": ModelOverride("demo-chat", stage="internal", disabled=True)})
    snapshot = board.models
    board.apply({})
    assert board.models["demo-chat"].stage == "general"
    assert not board.is_disabled("demo-chat")
    assert snapshot["demo-chat"].stage == "internal"  # readers' snapshots never change


def test_unknown_model_overrides_have_no_effect() -> None:
    """An override for a model no longer in models.yaml is ignored."""
    board = ModelStateBoard(load_policy_set(PACKAGE_POLICIES).models)
    board.apply({"gone": ModelOverride("gone", stage="general")})
    assert "gone" not in board.models
