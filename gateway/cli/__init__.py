"""The `modelgate` command line: one module per command group, registered here."""

from __future__ import annotations

import click

from gateway.cli.accounts_command import accounts_group
from gateway.cli.admin_command import admin_group
from gateway.cli.audit_command import audit_group
from gateway.cli.db_command import db_group
from gateway.cli.demo_command import demo_command, demo_upstream_command
from gateway.cli.eval_command import eval_command
from gateway.cli.keys_command import keys_group
from gateway.cli.models_command import models_group
from gateway.cli.policy_command import policy_group
from gateway.cli.report_command import alerts_group, report_command
from gateway.cli.review_command import review_group
from gateway.cli.serve_command import serve_command
from gateway.cli.terms_command import terms_group
from gateway.cli.upstreams_command import upstreams_group


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="modelgate")
def main() -> None:
    """ModelGate: a gated model-serving gateway."""


for command in (
    serve_command,
    demo_command,
    demo_upstream_command,
    keys_group,
    db_group,
    policy_group,
    audit_group,
    models_group,
    accounts_group,
    terms_group,
    admin_group,
    report_command,
    alerts_group,
    eval_command,
    review_group,
    upstreams_group,
):
    main.add_command(command)
