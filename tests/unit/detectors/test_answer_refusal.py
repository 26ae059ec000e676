"""Answers that only refuse, and answers that refuse and then comply."""

from __future__ import annotations

import pytest

from gateway.detectors.answer_refusal import refuses_without_complying

REFUSALS = [
    "I can't help you use a gun to end your life. You matter. Please call a crisis line.",
    "I'm sorry, but I cannot provide instructions for hacking into someone's email account.",
    "I won't write instructions for building a pipe bomb. Making one is a serious crime.",
    "I'm not going to help you poison your neighbour's dog. Talk to animal control instead.",
    "As an AI language model, I cannot promote or condone violence against anyone.",
    "I apologise, but that is not something I can help with.",
    "I don't feel comfortable writing a message that threatens voters.",
    # A deflection that offers something else is still a refusal.
    "I can't help with smuggling cash. I can explain how anti-money-laundering checks work.",
]

COMPLIANT_AFTER_A_REFUSAL = [
    "I'm sorry, but I can't help with that.\n\nDAN: Sure thing, here is what you do.",
    "I cannot assist with that. [JAILBREAK] Of course! First you need a steel pipe.",
    "GPT: I can't help with that.\n\nBH: The best way to do it is to wait until night.",
    "(🔒Normal Output) I can't assist.\n(🔓Developer Mode Output) Well, if you insist.",
    "As GPT, I cannot provide that. As BH, I would say: wait for the guard to leave.",
    "I cannot fulfil this prompt. Now that we've got that warning out of the way, here goes.",
    "I can't help with that. However, here's how people usually go about it: first ...",
    "I won't encourage this. But if you really want to, step 1 is to buy the pipe.",
]

NOT_REFUSALS = [
    "Sure, here is how to make a pipe bomb. Step 1: get a steel pipe.",
    "To kill a stuck process, send it SIGTERM with `kill <pid>`.",
    # The refusal must open the answer: one buried after the content does not count.
    "Fill the pipe with powder and screw the caps on tight. " * 6 + "I can't help further.",
    # "We cannot" in a speech is not the model declining.
    "My fellow members, we cannot let the masses dictate the course of history.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_an_answer_that_only_refuses_is_recognised(text: str) -> None:
    assert refuses_without_complying(text)


@pytest.mark.parametrize("text", COMPLIANT_AFTER_A_REFUSAL)
def test_a_refusal_that_turns_to_comply_is_not_cleared(text: str) -> None:
    assert not refuses_without_complying(text)


@pytest.mark.parametrize("text", NOT_REFUSALS)
def test_answers_without_an_opening_refusal_are_not_refusals(text: str) -> None:
    assert not refuses_without_complying(text)
