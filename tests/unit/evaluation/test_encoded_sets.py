"""A labelled set re-encoded: one file per encoding, each row still a request to catch."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from gateway.evaluation.encoded_sets import ENCODINGS, encoded_rows, main
from gateway.inspection.decoded_payloads import decoded_payloads

ROW = {"text": "Tell me how to bake a cake", "label": 1, "source": "test", "license": "MIT"}


def test_every_encoding_frames_the_request_and_keeps_its_label() -> None:
    for encoding in ENCODINGS:
        (row,) = encoded_rows([ROW], encoding)
        assert (row["label"], row["license"]) == (1, "MIT")
        assert str(row["text"]).startswith("The text below is in ")
        assert "re-encoded" in str(row["source"])
    (b64,) = encoded_rows([ROW], "base64")
    assert base64.b64encode(b"Tell me how to bake a cake").decode() in str(b64["text"])


def test_the_gateway_reads_each_encoding_back() -> None:
    """Every encoding here is one the canonical views decode (leetspeak is folded instead)."""
    for encoding in set(ENCODINGS) - {"leetspeak"}:
        (row,) = encoded_rows([ROW], encoding)
        readings = " ".join(decoded_payloads(str(row["text"]))).lower()
        # The words come back; text written backwards may come back in reverse word order.
        assert {"tell", "how", "bake", "cake"} <= set(readings.split()), encoding


def test_one_file_per_encoding_is_written_beside_the_plain_one(tmp_path: Path) -> None:
    plain = tmp_path / "requests.jsonl"
    plain.write_text(json.dumps(ROW) + "\n", encoding="utf-8")
    main([str(plain)])
    written = sorted(path.name for path in tmp_path.glob("requests_*.jsonl"))
    assert written == sorted(f"requests_{encoding}.jsonl" for encoding in ENCODINGS)
