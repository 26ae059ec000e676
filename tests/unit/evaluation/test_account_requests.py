"""The injection head's account-help negatives carry the English readings the gateway judges."""

from __future__ import annotations

from gateway.detectors.learned.glossary import english_glosses
from gateway.evaluation.account_requests import ACCOUNT_REQUESTS, account_requests
from gateway.evaluation.head_features import training_exemplars


def test_a_foreign_request_comes_with_its_english_reading() -> None:
    [japanese] = [
        text for text in ACCOUNT_REQUESTS if text.startswith("メールのパスワードを忘れて")
    ]
    reading = " ".join(english_glosses(japanese))
    assert "password" in reading.split()
    assert {japanese, reading} <= set(account_requests())


def test_the_injection_head_trains_on_them_as_negatives() -> None:
    positives, negatives = training_exemplars("prompt_injection")
    assert set(ACCOUNT_REQUESTS) <= set(negatives)
    assert not set(ACCOUNT_REQUESTS) & set(positives)


def test_everyday_foreign_prompts_train_with_their_readings() -> None:
    from gateway.evaluation.multilingual_exemplars import EVERYDAY_HELP, foreign_negatives

    negatives = foreign_negatives()
    readings = set(negatives) - set(EVERYDAY_HELP)
    assert any("what should i do" in reading for reading in readings)
    _, head_negatives = training_exemplars("prompt_injection")
    assert set(negatives) <= set(head_negatives)
