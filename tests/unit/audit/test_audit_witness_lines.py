"""Witness files: witness lines and seal announcements are taken, other log lines skipped,
and a damaged witness is refused rather than silently ignored."""

from __future__ import annotations

import json

import pytest

from gateway.audit.witness import Witness, WitnessFileError, encode_witness, parse_witnesses

WITNESS = Witness(
    segment=3, first_seq=11, last_seq=12, last_hash="a" * 64, key_id="k1", signature="c2ln"
)


def test_a_witness_line_reads_back_as_written() -> None:
    """`audit witness` output parses to the same checkpoint."""
    assert parse_witnesses(encode_witness(WITNESS).decode()) == [WITNESS]


def test_announcements_count_and_other_log_lines_are_skipped() -> None:
    """A shipped log: the seal announcement is a witness, a request line and plain text are not."""
    announcement = {
        "event": "audit.segment_sealed",
        "level": "info",
        "records": 2,
        "sealed_by": "cli",
        **json.loads(encode_witness(WITNESS)),
    }
    text = "\n".join(
        [
            json.dumps({"event": "request", "status": 200}),
            "Uvicorn running on http://127.0.0.1:8080",
            json.dumps(announcement),
            "[1, 2, 3]",
        ]
    )
    assert parse_witnesses(text) == [WITNESS]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "no witnessed checkpoint found"),
        (json.dumps({"event": "request"}), "no witnessed checkpoint found"),
        (json.dumps({"segment": 3, "last_seq": 12}), "line 1 is not a witnessed checkpoint"),
        (
            json.dumps({**json.loads(encode_witness(WITNESS)), "last_seq": "twelve"}),
            "line 1 is not a witnessed checkpoint",
        ),
    ],
)
def test_no_witness_or_a_damaged_one_is_refused(text: str, message: str) -> None:
    """A file that holds no witness, or a witness missing a field, is an error."""
    with pytest.raises(WitnessFileError, match=message):
        parse_witnesses(text)
