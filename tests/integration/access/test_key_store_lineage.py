"""On PostgreSQL, every key of a rotation chain charges the chain's first key's limits."""

from __future__ import annotations

from datetime import timedelta

import pytest

from gateway.access.key_store import KeyStore
from gateway.errors import KeyNotRotatable
from gateway.storage.engine import create_engine
from gateway.storage.migrate import upgrade_async

pytestmark = pytest.mark.postgres


async def test_successors_share_the_first_keys_limit_subject(postgres_url: str) -> None:
    """Two generations of successors report the first key as their limit subject."""
    await upgrade_async(postgres_url)
    engine = create_engine(postgres_url)
    try:
        keys = KeyStore(engine)
        first = (await keys.create(account="lineage", tier="public")).record
        second = (await keys.rotate(first.key_id, grace=timedelta(hours=1))).record
        third = (await keys.rotate(second.key_id, grace=timedelta(hours=1))).record
        unrelated = (await keys.create(account="lineage", tier="public")).record
        assert [k.limit_subject for k in (first, second, third)] == [first.key_id] * 3
        assert unrelated.limit_subject == unrelated.key_id
        with pytest.raises(KeyNotRotatable):
            await keys.rotate(first.key_id, grace=timedelta(hours=1))
    finally:
        await engine.dispose()
