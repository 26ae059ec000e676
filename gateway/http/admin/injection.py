"""Annotations that mark handler parameters as injected dependencies of the admin routers."""

from __future__ import annotations

from litestar.di import NamedDependency

from gateway.admin.principal import AdminPrincipal
from gateway.admin.services import AdminServices

ServicesDep = NamedDependency[AdminServices]
"""The process's `AdminServices`."""
PrincipalDep = NamedDependency[AdminPrincipal]
"""The signed-in principal a guard admitted."""
