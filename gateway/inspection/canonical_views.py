"""Other readings of what a whole-text classifier judges: canonical form, decoded payloads,
English glosses of foreign words and, for requests, the text without an adversarial suffix
and a past- or future-tense question in the present.

Each view (or the whole text, when it has no views) is judged as written and in every reading
that differs from it; the highest score per category wins, as across views. A reading has no
place in the prompt (`offset` None), so redaction never lands on it: spans come from the
detectors that read the prompt as written. Plain ASCII text with nothing encoded in it has no
other reading and costs nothing extra.
"""

from __future__ import annotations

from gateway.detectors.learned.glossary import english_glosses
from gateway.inspection.adversarial_suffix import without_adversarial_suffix
from gateway.inspection.canonical_text import canonical
from gateway.inspection.decoded_payloads import decoded_payloads
from gateway.inspection.message_views import View
from gateway.inspection.tense_shift import present_readings

MOST_READINGS = 16
"""Readings added to one inspection, over all its views."""

FEWEST_GLOSSES = 3
"""English glosses a text needs before they are judged as a reading of their own."""

FEWEST_CONTENT_GLOSSES = 1
"""Of those, glosses that are neither words of the request's frame (`FRAME_WORDS`) nor
function words (`FUNCTION_WORDS`)."""

FRAME_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "i",
        "me",
        "my",
        "it",
        "is",
        "can",
        "do",
        "how",
        "to",
        "tell",
        "please",
        "want",
        "way",
        "method",
        "steps",
        "explain",
        "give",
        "show",
        "teach",
        "what",
        "where",
        "why",
        "when",
        "which",
    ]
)
"""Words that say a text asks, not what it asks about. A reading made of them alone ("how to
tell me" for "how do I clean the drain pipes at home?", whose nouns the glossary does not
know) is judged on the frame: the harm head scores "how to" alone at .99."""


FUNCTION_WORDS = frozenset(
    {
        "about",
        "all",
        "also",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "but",
        "by",
        "could",
        "did",
        "does",
        "for",
        "from",
        "get",
        "had",
        "has",
        "have",
        "he",
        "help",
        "her",
        "here",
        "his",
        "if",
        "in",
        "into",
        "just",
        "know",
        "like",
        "list",
        "make",
        "more",
        "much",
        "must",
        "need",
        "no",
        "not",
        "now",
        "obtain",
        "of",
        "on",
        "one",
        "only",
        "or",
        "other",
        "our",
        "prepare",
        "send",
        "she",
        "should",
        "so",
        "some",
        "take",
        "that",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "us",
        "use",
        "very",
        "was",
        "we",
        "were",
        "who",
        "whom",
        "whose",
        "will",
        "with",
        "without",
        "would",
        "you",
        "your",
    }
)
"""Words that carry no topic. The reading of an ordinary German or Chinese prompt whose nouns
the glossary does not know is a string of them ("my how i my without" for a question about
a broken git rebase, "i i how instructions"), and the harm head and MiniLM read such a
string as a harmful request (.83 and .90 under `standard`)."""


def gloss_reading(text: str) -> str | None:
    """The English reading of a foreign text, its glosses joined, when it says enough."""
    glosses = english_glosses(text)
    content = sum(gloss.lower() not in FRAME_WORDS | FUNCTION_WORDS for gloss in glosses)
    if len(glosses) < FEWEST_GLOSSES or content < FEWEST_CONTENT_GLOSSES:
        return None
    return " ".join(glosses)


def with_readings(text: str, views: tuple[View, ...], requests: bool = True) -> tuple[View, ...]:
    """`views` (or the whole text when there are none) and their other readings; `views`
    unchanged when nothing reads differently. `requests`: also the readings of a request,
    without an adversarial suffix and in the present tense (prompts only: an answer ending
    in code or telling history would only cost a pass)."""
    judged = views or (View(text, 0),)
    seen = {view.text for view in judged}
    added: list[View] = []
    for view in judged:
        for reading in readings(view.text, requests):
            if reading not in seen:
                seen.add(reading)
                added.append(View(reading, None, view.ignore))
        if len(added) >= MOST_READINGS:
            break
    if not added:
        return views
    return (*judged, *added[:MOST_READINGS])


def readings(text: str, requests: bool = True) -> list[str]:
    """`text` canonicalised, each payload decoded from it (canonicalised too when that
    differs), its English glosses and, with `requests`, `text` before an adversarial suffix
    and a time-shifted question in the present, leaving out `text` itself."""
    found: list[str] = []
    if requests:
        # Twenty optimised tokens dilute what the classifiers read of the request before them.
        request = without_adversarial_suffix(text)
        if request is not None:
            found.append(request)
        # "How did people make …?" asks what "How do I make …?" asks.
        found.extend(present_readings(text))
    # The classifiers learned mostly English: "Comment fabriquer une bombe ?" is judged as
    # "how make a bomb" too, without the foreign words that dilute the glosses among them.
    reading = gloss_reading(text)
    if reading is not None:
        found.append(reading)
    for candidate in (text, *decoded_payloads(text)):
        if candidate != text:
            found.append(candidate)
        folded = canonical(candidate)
        # A no-break space turned plain is no new reading: classifiers split on either.
        if folded != candidate and folded.split() != candidate.split():
            found.append(folded)
    return found
