"""The Tiers page states each limit an admin assigns tiers by, in words and whole numbers."""

from __future__ import annotations

from gateway.http.admin.pages.admin_pages import limit_rows
from gateway.limits.spec import LimitSpec


def test_every_limit_is_listed_with_unlimited_where_none_is_set() -> None:
    """Requests, tokens a minute and a day, and concurrency each get a row."""
    rows = limit_rows(LimitSpec.from_mapping({"requests_per_minute": 600, "concurrent": 16}))
    assert rows == [
        ("Requests", "600 a minute"),
        ("Tokens", "unlimited"),
        ("Tokens a day", "unlimited"),
        ("Concurrent", "16 at once"),
    ]


def test_per_model_limits_follow_the_tiers_own() -> None:
    """A model's extra limit reads as one phrase under its name."""
    spec = LimitSpec.from_mapping({"models": {"demo-large": {"tokens_per_day": 1_000_000}}})
    assert limit_rows(spec)[-1] == ("On demo-large", "1,000,000 tokens a day")
