"""Every `models.yaml` recipe in docs/upstreams.md loads as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gateway.policy.loader import load_policy_set

DOC = Path(__file__).resolve().parents[3] / "docs" / "upstreams.md"
RECIPES = [
    block
    for block in re.findall(r"```yaml\n(.*?)```", DOC.read_text(), re.DOTALL)
    if block.startswith("upstreams:")
]


def test_the_document_has_a_recipe_per_server() -> None:
    """vLLM, Ollama, TGI, llama.cpp and OpenAI each have one, besides the annotated example."""
    assert len(RECIPES) == 6


@pytest.mark.parametrize("recipe", RECIPES, ids=lambda block: block.split("\n")[1].strip(" :"))
def test_recipe_loads_without_warnings(recipe: str, tmp_path: Path) -> None:
    """The recipe loads, and with its key variables set `policy check` has nothing to say."""
    (tmp_path / "models.yaml").write_text(recipe)
    (tmp_path / "tiers.yaml").write_text("tiers:\n  t: {max_tokens: 10}\n")
    names = re.findall(r"api_key_env: (\w+)", recipe)
    policies = load_policy_set(tmp_path, dict.fromkeys(names, "set"))
    assert policies.models
    for upstream in policies.upstreams.values():
        assert upstream.warnings == ()
        assert not upstream.base_url.endswith("/v1")
