"""The deployment files agree with the code: probes, settings, secrets, ports and images.

No cluster is needed: every YAML document is parsed and checked against what the gateway
actually serves and reads (its routes, `gateway/settings.py`, `docs/configuration.md`).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from gateway.http.monitoring.health_routes import health_routes
from gateway.policy.loader import load_policy_set
from gateway.settings import PACKAGE_POLICIES

ROOT = Path(__file__).resolve().parents[2]
KUBERNETES = ROOT / "deploy" / "kubernetes"
COMPOSE = ROOT / "deploy" / "compose.yaml"
NGINX = ROOT / "deploy" / "nginx"
SETTING = re.compile(r"\b(MODELGATE_[A-Z0-9_]+)\b")
SECRET_LOOKING = re.compile(
    r"SECRET|PASSWORD|TOKEN|CONTENT_KEY|SIGNING_KEY$|DATABASE_URL|REDIS_URL"
)
UVICORN_GRACE_S = 30  # timeout_graceful_shutdown in gateway/cli/serve_command.py


def _documents() -> list[dict[str, Any]]:
    documents: list[dict[str, Any]] = []
    for path in sorted(KUBERNETES.glob("*.yaml")):
        documents.extend(doc for doc in yaml.safe_load_all(path.read_text()) if doc)
    return documents


def _one(kind: str, name: str | None = None) -> dict[str, Any]:
    found = [d for d in _documents() if d["kind"] == kind and name in (None, d["metadata"]["name"])]
    assert len(found) == 1, f"expected one {kind} {name or ''}, found {len(found)}"
    return found[0]


def _gateway_container() -> dict[str, Any]:
    containers = _one("Deployment")["spec"]["template"]["spec"]["containers"]
    return next(c for c in containers if c["name"] == "gateway")


def _documented_settings() -> set[str]:
    return set(SETTING.findall((ROOT / "docs" / "configuration.md").read_text()))


def test_every_manifest_document_parses_and_is_named() -> None:
    """Each YAML document has apiVersion, kind and metadata.name, with the app label."""
    documents = _documents()
    kinds = {d["kind"] for d in documents}
    assert {"Deployment", "Service", "HorizontalPodAutoscaler", "ConfigMap", "Secret"} <= kinds
    for document in documents:
        assert document["apiVersion"]
        assert document["metadata"]["name"]
        assert document["metadata"]["labels"]["app.kubernetes.io/name"] == "modelgate"


def test_probes_point_at_routes_the_gateway_serves() -> None:
    """Readiness uses /readyz and liveness /healthz, and both are real gateway routes."""
    served = {path for handler in health_routes(None, None, None) for path in handler.paths}  # type: ignore[arg-type]
    container = _gateway_container()
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    for probe in ("readinessProbe", "livenessProbe", "startupProbe"):
        assert container[probe]["httpGet"]["path"] in served
        assert container[probe]["httpGet"]["port"] == "http"


def test_shutdown_budget_covers_the_drain() -> None:
    """terminationGracePeriodSeconds exceeds the preStop sleep plus uvicorn's grace period."""
    pod = _one("Deployment")["spec"]["template"]["spec"]
    command = _gateway_container()["lifecycle"]["preStop"]["exec"]["command"]
    assert command[0] == "sleep"
    assert pod["terminationGracePeriodSeconds"] > int(command[1]) + UVICORN_GRACE_S
    strategy = _one("Deployment")["spec"]["strategy"]["rollingUpdate"]
    assert strategy["maxUnavailable"] == 0


def test_ports_labels_and_images_agree() -> None:
    """Container port, ConfigMap port, Service target and HPA target all line up."""
    deployment = _one("Deployment")
    container = _gateway_container()
    config = _one("ConfigMap", "modelgate-config")["data"]
    port = next(p for p in container["ports"] if p["name"] == "http")
    assert port["containerPort"] == int(config["MODELGATE_PORT"])
    assert config["MODELGATE_HOST"] == "0.0.0.0"
    assert config["MODELGATE_WORKERS"] == "1", "one process per pod: it is what drains on SIGTERM"
    service = _one("Service", "modelgate")
    assert service["spec"]["ports"][0]["targetPort"] == "http"
    pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert service["spec"]["selector"].items() <= pod_labels.items()
    assert deployment["spec"]["selector"]["matchLabels"].items() <= pod_labels.items()
    hpa = _one("HorizontalPodAutoscaler")
    assert hpa["spec"]["scaleTargetRef"]["name"] == deployment["metadata"]["name"]
    assert hpa["spec"]["minReplicas"] >= 2
    images = {
        c["image"]
        for d in _documents()
        if d["kind"] in ("Deployment", "Job")
        for c in d["spec"]["template"]["spec"].get("initContainers", [])
        + d["spec"]["template"]["spec"]["containers"]
    }
    assert len(images) == 1, f"one image for gateway, init and migration: {images}"


def test_every_setting_used_is_documented() -> None:
    """Each MODELGATE_* variable in the manifests and compose file is in docs/configuration.md."""
    documented = _documented_settings()
    used: set[str] = set()
    for path in [*KUBERNETES.glob("*.yaml"), COMPOSE]:
        used |= set(SETTING.findall(path.read_text()))
    assert used, "no settings found"
    assert used <= documented, f"undocumented: {sorted(used - documented)}"
    read_by_code = (ROOT / "gateway" / "settings.py").read_text() + "".join(
        p.read_text() for p in PACKAGE_POLICIES.glob("*.yaml")
    )
    assert {name for name in used if name not in read_by_code} == set()


def test_configmaps_hold_no_secrets_and_the_secret_holds_them() -> None:
    """Secret-looking settings come only from the Secret, which has every key referenced."""
    for document in _documents():
        if document["kind"] == "ConfigMap":
            leaked = [k for k in document.get("data", {}) if SECRET_LOOKING.search(k)]
            assert not leaked, f"secrets in ConfigMap {document['metadata']['name']}: {leaked}"
            for value in document.get("data", {}).values():
                assert not re.search(r"://[^/@\s]+:[^/@\s]+@", str(value)), "credentials in a URL"
    secret_keys = set(_one("Secret")["stringData"])
    container = _gateway_container()
    referenced = {
        e["valueFrom"]["secretKeyRef"]["key"] for e in container["env"] if "valueFrom" in e
    }
    volumes = _one("Deployment")["spec"]["template"]["spec"]["volumes"]
    referenced |= {
        item["key"] for v in volumes if "secret" in v for item in v["secret"].get("items", [])
    }
    assert referenced <= secret_keys
    assert {e["name"] for e in container["env"] if "valueFrom" in e} >= {
        "MODELGATE_DATABASE_URL",
        "MODELGATE_REDIS_URL",
        "MODELGATE_AUDIT_PSEUDONYM_SECRET",
    }


def test_external_services_are_external_names() -> None:
    """PostgreSQL and Redis are ExternalName Services that the Secret's URLs point at."""
    secret = _one("Secret")["stringData"]
    for name in ("postgres", "redis"):
        service = _one("Service", name)
        assert service["spec"]["type"] == "ExternalName"
    assert "@postgres." in secret["MODELGATE_DATABASE_URL"]
    assert "@redis." in secret["MODELGATE_REDIS_URL"]


def test_init_container_rebuilds_the_policies_folder(tmp_path: Path) -> None:
    """Flattened ConfigMap keys (`terms__x.md`) become the policies tree again, and it loads."""
    flat = tmp_path / "policies-flat"
    flat.mkdir()
    for source in PACKAGE_POLICIES.rglob("*"):
        if source.is_file() and "__pycache__" not in source.parts:
            key = source.relative_to(PACKAGE_POLICIES).as_posix().replace("/", "__")
            (flat / key).write_bytes(source.read_bytes())
    init = _one("Deployment")["spec"]["template"]["spec"]["initContainers"][0]
    script = init["command"][-1].replace("/etc/modelgate/", f"{tmp_path}/")
    script = script.replace("modelgate policy check", "true")
    subprocess.run(["sh", "-c", script], check=True)
    rebuilt = tmp_path / "policies"
    assert sorted(p.relative_to(rebuilt) for p in rebuilt.rglob("*") if p.is_file()) == sorted(
        p.relative_to(PACKAGE_POLICIES)
        for p in PACKAGE_POLICIES.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    )
    load_policy_set(rebuilt, {})


def test_compose_matches_the_kubernetes_topology() -> None:
    """Compose runs three replicas on the same image and settings, behind nginx."""
    compose = yaml.safe_load(COMPOSE.read_text())
    gateways = {name: s for name, s in compose["services"].items() if name.startswith("gateway-")}
    assert len(gateways) == 3
    image = _gateway_container()["image"]
    config = _one("ConfigMap", "modelgate-config")["data"]
    for service in gateways.values():
        assert service["image"] == image
        assert service["command"] == ["modelgate", "serve"]
        env = service["environment"]
        for name in ("MODELGATE_PORT", "MODELGATE_AUTO_MIGRATE", "MODELGATE_POLICIES_DIR"):
            assert env[name] == config[name]
        assert not any(SECRET_LOOKING.search(k) for k in env if "URL" not in k)
    assert compose["services"]["migrate"]["command"] == ["modelgate", "db", "upgrade"]


@pytest.mark.parametrize(
    "directive",
    [
        "proxy_next_upstream error timeout;",
        "keepalive_timeout 2s;",
        "proxy_buffering off;",
        "proxy_http_version 1.1;",
    ],
)
def test_nginx_configs_keep_the_safety_settings(directive: str) -> None:
    """The template and the compose config both carry each retry, keep-alive and SSE setting."""
    template = (NGINX / "modelgate.conf.template").read_text()
    compose_conf = (NGINX / "compose.conf").read_text()
    assert directive in template
    assert directive in compose_conf
    assert "non_idempotent" not in template.replace("(no `non_idempotent`)", "")


def test_compose_builds_the_image_the_manifests_run() -> None:
    """Every compose service on the gateway image builds it from the repository's Dockerfile,
    under the one name Kubernetes runs, tagged with the package version the image declares."""
    compose = yaml.safe_load(COMPOSE.read_text())
    image = _gateway_container()["image"]
    own = {name: s for name, s in compose["services"].items() if "modelgate" in s.get("image", "")}
    assert set(own) == {"gateway-1", "gateway-2", "gateway-3", "migrate"}
    for service in own.values():
        assert service["image"] == image
        context = (COMPOSE.parent / service["build"]["context"]).resolve()
        assert context == ROOT
        assert (context / service["build"]["dockerfile"]).is_file()
    version = re.search(r'^version = "([^"]+)"', (ROOT / "pyproject.toml").read_text(), re.M)
    assert version is not None
    assert image.endswith(f":{version[1]}")
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert f'org.opencontainers.image.version="{version[1]}"' in dockerfile
    assert f"docker build -t {image} ." in dockerfile
