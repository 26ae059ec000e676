"""Multilingual HateCheck's case files become labelled JSONL, one file a language."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from gateway.evaluation.dataset import read_records
from gateway.evaluation.hatecheck_sets import write_sets

QUOTED = '"Les X sont nuls", a-t-il dit. C\'est faux.'
HEADER = ["mhc_case_id", "functionality", "test_case", "label_gold", "target_ident"]


def _case_file(folder: Path, language: str, rows: list[list[str]]) -> None:
    folder.mkdir(exist_ok=True)
    path = folder / f"hatecheck_cases_final_{language}.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)


def test_each_language_becomes_a_file_labelled_by_its_gold_label(tmp_path: Path) -> None:
    # Written for this test in the files' layout, not copied from them.
    _case_file(
        tmp_path / "cases",
        "french",
        [
            ["french-1", "derog_neg_emote_h", "Je méprise les X, vraiment.", "hateful", "X"],
            ["french-2", "ident_pos_nh", "Les X sont formidables, disons-le.", "non-hateful", "X"],
            ["french-3", "counter_quote_nh", QUOTED, "non-hateful", "X"],
            ["french-4", "slur_h", "-", "hateful", ""],
        ],
    )
    _case_file(
        tmp_path / "cases", "german", [["german-1", "threat_dir_h", "Ich finde X.", "hateful", "X"]]
    )
    assert write_sets(tmp_path / "cases", tmp_path / "out") == {"mhc_french": 3, "mhc_german": 1}
    french = list(read_records(tmp_path / "out/mhc_french.jsonl"))
    assert [row.label for row in french] == [1, 0, 0]
    assert french[2].text == QUOTED
    first = json.loads((tmp_path / "out/mhc_french.jsonl").read_text().splitlines()[0])
    assert first["source"] == "MHC french derog_neg_emote_h"


def test_a_folder_without_case_files_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="hatecheck_cases_final_"):
        write_sets(tmp_path, tmp_path / "out")
