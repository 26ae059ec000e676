"""Model overrides in the database: read them all, change a stage, flip the kill switch."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.control.model_board import ModelOverride
from gateway.control.tables import model_overrides
from gateway.policy.catalog import ReleaseStage


class ModelOverrideStore:
    """The one place that reads and writes `model_overrides`."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def load_all(self) -> dict[str, ModelOverride]:
        """Every override, by model name."""
        async with self._engine.connect() as conn:
            rows = (await conn.execute(select(model_overrides))).all()
        return {
            row.model: ModelOverride(
                model=row.model,
                stage=cast("ReleaseStage | None", row.stage),
                disabled=bool(row.disabled),
                reason=row.reason,
            )
            for row in rows
        }

    async def _upsert(self, model: str, actor: str, **values: Any) -> None:
        now = datetime.now(UTC)
        async with self._engine.begin() as conn:
            result = await conn.execute(
                update(model_overrides)
                .where(model_overrides.c.model == model)
                .values(updated_at=now, updated_by=actor, **values)
            )
            if result.rowcount == 0:
                defaults: dict[str, Any] = {"stage": None, "disabled": False, "reason": None}
                await conn.execute(
                    model_overrides.insert().values(
                        model=model, updated_at=now, updated_by=actor, **{**defaults, **values}
                    )
                )

    async def set_stage(self, model: str, stage: ReleaseStage | None, actor: str) -> None:
        """Override the release stage (None goes back to the one in models.yaml)."""
        await self._upsert(model, actor, stage=stage)

    async def set_disabled(
        self, model: str, disabled: bool, actor: str, reason: str | None = None
    ) -> None:
        """Turn the kill switch on or off."""
        await self._upsert(model, actor, disabled=disabled, reason=reason if disabled else None)
