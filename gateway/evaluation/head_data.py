"""Which labelled rows teach each learned head, and how its operating point is chosen.

A prompt head learns its own file's positives against every prompt file's benign rows, so that
"ordinary" means every kind of ordinary prompt the corpus holds, not one file's. Answer and
toxicity heads learn their own file only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Literal

from gateway.evaluation.corpus import LabelledRow, read_task
from gateway.evaluation.linear_models import C_VALUES

Objective = Literal["fpr", "f1", "balanced"]
PROMPT_TASKS = ("prompt_harm", "prompt_injection", "jailbreak")


@dataclass(frozen=True)
class HeadSpec:
    """A head's training file, its extra negatives, and how its threshold is set."""

    task: str
    negative_tasks: tuple[str, ...]
    objective: Objective
    # `fpr`: the most recall within a false-positive budget; `f1`: the best F1; `balanced`:
    # the best recall minus false-positive rate. For `fpr` heads, `target_fpr` is the share
    # of training-fold negatives allowed above the threshold.
    target_fpr: float = 0.0
    # The lexical shares of the lexical + MiniLM blend to choose from on the training groups'
    # out-of-fold scores (`cross_source.combo_operating_point`); one value fixes it.
    lexical_shares: tuple[float, ...] = (0.5,)
    # The lexical model's inverse regularisation C, chosen the same way when there are several.
    lexical_c: tuple[float, ...] = (C_VALUES["lexical"],)


HEADS = MappingProxyType(
    {
        # Across sources the harm head's lexical model holds up better than MiniLM, which an
        # even blend let veto its right answers. Shares above 0.6 caught more still (0.7:
        # recall .646, 0.8: .663) but refused more benign look-alikes (policies/tests).
        # The injection head's folds choose its share too: MiniLM alone catches 6% of held-out
        # injections. With the override contrasts (`override_contrasts`) the lexical head
        # alone lets "ignore the typos" through, but it blocked an e-mail tool call's
        # arguments ("Write to jane.doe@example.com soon", tests/integration/
        # test_field_inventory.py), which MiniLM's quarter of the blend clears, so the grid
        # stops at 0.75.
        # The lexical model's C is chosen on the training groups' folds too (harm ships 8).
        # The grids stop where the written benign sets start to suffer: harm at C 16 refused
        # more look-alikes, and injection, whose folds chose 16, then blocked "ignore the
        # typos" even with MiniLM in the blend, so it stays at 4.
        "harm_request": HeadSpec("prompt_harm", PROMPT_TASKS, "fpr", 0.03, (0.5, 0.6), (4.0, 8.0)),
        "prompt_injection": HeadSpec(
            "prompt_injection", PROMPT_TASKS, "fpr", 0.02, lexical_shares=(0.5, 0.75)
        ),
        "jailbreak": HeadSpec("jailbreak", PROMPT_TASKS, "fpr", 0.02, lexical_c=(4.0, 16.0)),
        # Half the answer corpus is harmful (62% of the rows once Arena-Hard is held out) and the
        # folds' models are weaker than the final one, so the best F1 on the folds sat where
        # nearly every answer is flagged: held out, 41% of benign answers were. Recall minus
        # false-positive rate does not depend on the class mix.
        "harm_output": HeadSpec("output_harm", (), "balanced"),
        # Toxicity's sources disagree on what is toxic (HateCheck's and Hatemoji's benign rows
        # are their hateful rows with a word changed), so the best F1 on the training folds
        # sat where held out half the benign rows were flagged. A flag on every other message
        # helps no one: the head keeps the prompt heads' kind of budget.
        "toxicity": HeadSpec("toxicity", (), "fpr", 0.05),
    }
)


def head_rows(folders: Iterable[Path], head: str) -> list[LabelledRow]:
    """The head's own rows, then the benign rows of its negative files not already present."""
    spec = HEADS[head]
    folders = tuple(folders)
    rows = read_task(folders, spec.task)
    seen = {row.text for row in rows}
    for task in spec.negative_tasks:
        if task == spec.task:
            continue
        for row in read_task(folders, task):
            if row.label == 0 and row.text not in seen:
                seen.add(row.text)
                rows.append(row)
    return rows
