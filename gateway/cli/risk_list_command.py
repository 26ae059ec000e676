"""`modelgate accounts risk list`: every account ranked by its risk score (docs/risk.md)."""

from __future__ import annotations

from datetime import datetime

import click
import msgspec
from redis.exceptions import RedisError

from gateway.access.key_store import KeyStore
from gateway.cli.admin_context import CliAdmin, run_admin
from gateway.cli.context import settings_or_exit
from gateway.risk.construction import build_risk_tracker
from gateway.risk.ranking import AccountRisk, known_accounts, rank_accounts


class RankedAccount(msgspec.Struct):
    """One line of `--json`: the account, its score and step, and the figures behind them."""

    rank: int
    account: str
    subject: str
    score: float
    step: str
    rule: str | None
    since: datetime | None
    figures: dict[str, float]

    @classmethod
    def of(cls, rank: int, item: AccountRisk) -> RankedAccount:
        """The wire form of one ranked account."""
        state = item.escalation
        return cls(
            rank=rank,
            account=item.account,
            subject=item.subject,
            score=item.score,
            step=item.step,
            rule=state.rule if state else None,
            since=item.since,
            figures=dict(item.figures),
        )


def _ranked(limit: int | None) -> list[AccountRisk]:
    settings = settings_or_exit()
    if not settings.limits.redis_url:
        raise click.ClickException(
            "without MODELGATE_REDIS_URL the risk records live in the running gateway's memory; "
            "see them on its admin page /ui/admin/risk"
        )

    async def read(admin: CliAdmin) -> list[AccountRisk]:
        tracker = build_risk_tracker(settings, admin.policies, None)
        if tracker is None:
            raise click.ClickException(
                "risk tracking is off (MODELGATE_RISK or no escalation.yaml)"
            )
        try:
            accounts = await known_accounts(admin.accounts, KeyStore(admin.engine))
            return await rank_accounts(tracker, accounts, limit)
        except RedisError as exc:
            raise click.ClickException(
                f"the risk store (MODELGATE_REDIS_URL) cannot be reached: {type(exc).__name__}"
            ) from exc
        finally:
            await tracker.aclose()

    return run_admin(settings, read)


@click.command("list")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Show the top N only.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array, highest score first.")
def risk_list(limit: int | None, as_json: bool) -> None:
    """Every account ranked by risk score (escalation step, refusals, retries; docs/risk.md)."""
    ranked = [RankedAccount.of(rank, item) for rank, item in enumerate(_ranked(limit), 1)]
    if as_json:
        click.echo(msgspec.json.encode(ranked).decode())
        return
    click.echo(f"{'#':>3}  {'ACCOUNT':<28} {'SCORE':>8}  {'STEP':<9} {'RULE':<20} COUNTS")
    for row in ranked:
        counts = ", ".join(
            f"{name}={row.figures[name]:g}"
            for name in ("blocks", "holds", "retries", "sweeps", "flags")
            if row.figures.get(name)
        )
        click.echo(
            f"{row.rank:>3}  {row.account:<28} {row.score:>8g}  {row.step:<9} "
            f"{row.rule or '-':<20} {counts}"
        )
