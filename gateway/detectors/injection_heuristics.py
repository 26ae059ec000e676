"""Prompt-injection and jailbreak cues: phrases that try to replace the model's instructions.

Each cue has a weight; a text's score is 1 - prod(1 - weight) over the distinct cues it shows,
so one strong cue or several weak ones pass the usual 0.5 bar, one weak cue alone does not.

The jailbreak weights were first written for a 0.7 bar. The profiles now block jailbreaks at
0.5, where the learned heads' scores sit at their chosen operating point, so each weight w
became 1 - (1 - w) ** (ln 0.5 / ln 0.3), rounded: exactly the cue combinations that reached
0.7 reach 0.5 (checked for every combination of up to five cues).
"""

# ruff: noqa: E501 - one pattern or example per line reads better than wrapped fragments

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

from gateway.detectors import taxonomy
from gateway.detectors.cue_spelling import corrected
from gateway.detectors.finding import Finding
from gateway.detectors.options import DetectorOptions
from gateway.detectors.secret_request_cues import GUARDED, NOT_ASKED_FOR, SECRET_REQUEST_CUES

_I = re.IGNORECASE
_PRIOR = r"(?:previous|prior|above|earlier|preceding|former|old|original|initial|all|any|your)"
# What makes "the instructions" the model's own, not a recipe's.
_HIDDEN = r"(?:initial|original|hidden|secret|system|first|real|internal|confidential)\s+"
_RULES = (
    r"(?:instructions?|rules?|prompts?|directions?|guidelines?|directives?|commands?|context|text)"
)

_INJECTION_CUES: tuple[tuple[re.Pattern[str], float], ...] = (
    (re.compile(rf"\b(?:ignore|disregard|forget|override|bypass|skip)\b.{{0,30}}\b{_PRIOR}\b.{{0,20}}\b{_RULES}", _I), 0.8),
    (re.compile(rf"\b(?:new|updated|real|actual|revised)\s+{_RULES}\s*[:\-]", _I), 0.45),
    (re.compile(r"\b(?:end|start|begin)\s+(?:of\s+)?(?:the\s+)?(?:user\s+input|system\s+prompt|instructions?|access\s+code|prompt|simulation)\b", _I), 0.55),
    (re.compile(r"<\|(?:im_start|im_end|endoftext|system|assistant|user)\|>|\[/?INST\]|<</?SYS>>|^\s*#{2,}\s*(?:system|instruction)|#{2,}\s*[(\[]\s*(?:system|instructions?)[\w ]{0,20}[)\]]", _I | re.M), 0.6),
    # "Show me your instructions", "print the system prompt", "repeat the instructions above";
    # not "show me the instructions for setting up a VPN" nor "the password requirements".
    (re.compile(rf"\b(?:reveal|print|repeat|output|show|tell me|give me|spell out|list)\b.{{0,25}}\b(?:your\s+(?:{_HIDDEN}|full\s+|entire\s+)*(?:system\s+prompt|instructions|prompt|rules|{GUARDED})|the\s+(?:{_HIDDEN})*(?:system\s+prompt|pre-?prompt)|the\s+(?:{_HIDDEN})+(?:instructions|prompt|rules)|(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:instructions|prompt|rules)\s+(?:above|so\s+far|in\s+(?:the|your|this)\s+(?:prompt|context|conversation|system\s+message)|you\s+were|you've\s+been|you\s+have\s+been|you\s+received|given\s+to\s+you|in\s+your)|the\s+(?:{_HIDDEN})*(?:password|passcode|access\s+code){NOT_ASKED_FOR})", _I), 0.7),
    (re.compile(r"\b(?:you are now|from now on,? you|you will now act|you must now)\b", _I), 0.4),
    (re.compile(r"\baccess\s+granted\b", _I), 0.45),
    (re.compile(r"\b(?:password|passcode|access code|secret code)\b", _I), 0.2),
    (re.compile(r"\b(?:(?:start|begin|prefix)\s+your\s+(?:response|reply|answer|output)\s+with|respond\s+only\s+with|only\s+(?:say|print|output|respond with))\b", _I), 0.4),
    (re.compile(r"%%%|={5,}|\*{5,}|-{8,}\s*$", _I | re.M), 0.2),
)  # fmt: skip

# Jailbreaking a phone or a console is freeing a device, not a model ("How do I jailbreak my old
# iPhone?", "a jailbroken PS4"): the device named just before or within three words after.
_DEVICES = r"(?:iphones?|ipads?|ipods?|ios|iphone ?os|android|phones?|devices?|consoles?|ps[345]|playstations?|psp|vita|nintendo|wii|xbox|kindles?|fire ?sticks?|fire ?tv|apple ?tv|routers?|tablets?|apple watch|chromecast|roku)"
# Look-behinds must be of fixed width: one per device written before the word ("iPhone
# jailbreak"); `re` compares them case-insensitively like the rest of the pattern.
_DEVICES_BEFORE = "iphone ipad ipod ios android phone device console ps3 ps4 ps5 psp vita wii xbox kindle firestick"
_DEVICE_BEFORE = "".join(f"(?<!{device} )" for device in _DEVICES_BEFORE.split())
_JAILBREAK_NOT_A_DEVICE = (
    rf"{_DEVICE_BEFORE}\bjailbr(?:eak|eaks|eaking|oken)\b(?!(?:\s+[\w'-]+){{0,3}}\s+{_DEVICES}\b)"
)

_JAILBREAK_CUES: tuple[tuple[re.Pattern[str], float], ...] = (
    (re.compile(r"\b(?:DAN|STAN|DUDE|AIM|UCAR|BetterDAN|AntiGPT|DevMode)\b"), 0.22),
    (re.compile(rf"\bdo anything now\b|\bdeveloper mode\b|{_JAILBREAK_NOT_A_DEVICE}|\bgod ?mode\b", _I), 0.5),
    (re.compile(r"\b(?:stay|remain|break)\s+(?:in\s+)?character\b", _I), 0.33),
    (re.compile(r"\b(?:no|without any|free (?:of|from)|not bound by|break free of|ignore)\b.{0,30}\b(?:restrictions|limitations|filters?|censorship|guidelines|ethics|morals?|content polic(?:y|ies)|rules)\b", _I), 0.33),
    (re.compile(r"\b(?:unfiltered|uncensored|amoral|unrestricted|unethical|immoral)\b", _I), 0.22),
    (re.compile(r"\b(?:pretend|act as|role-?play|imagine you are|you are going to act|simulate)\b", _I), 0.12),
    (re.compile(r"\b(?:openai|anthropic|content)\s+polic(?:y|ies)\b", _I), 0.22),
    (re.compile(r"\btwo\s+(?:different\s+)?(?:responses|answers|paragraphs|personas)\b|🔓|🔒|\[(?:JAILBREAK|CLASSIC|🔓)", _I), 0.33),
    (re.compile(r"\bhypothetical(?:ly)?\b.{0,40}\b(?:response|scenario|story)\b|\bopposite\s+(?:mode|day)\b", _I), 0.19),
    (re.compile(r"\b(?:never|don'?t|do not|will not|won't)\s+refuse\b|\bcannot\s+refuse\b|\bno\s+matter\s+how\s+(?:immoral|unethical|illegal|dangerous|offensive)", _I), 0.33),
)  # fmt: skip


_OPTIONAL = ("?", "*", "{0")
# A run of characters that match themselves, a word of three letters or more in it, and a
# single character repeated at least n times.
_PLAIN_RUN = re.compile(r"[^\\.^$*+?{}\[\]()|]+")
_WORD_IN_RUN = re.compile(r"[a-z]{3,}")
_ASCII_WORD = re.compile(r"[a-z]+")
_SPACING = re.compile(r"\\s[+*]?|\\b")
_REPEATED = re.compile(r"(\\?[^a-z0-9\\])\{(\d+),")


def _triggers(pattern: re.Pattern[str]) -> frozenset[str]:
    # Words (their first four letters) one of which every match contains: `in` on the lowered
    # text costs microseconds, while the bounded-gap regexes cost ~0.03 ms per kilobyte each.
    # Read from each top-level branch's first element, so "(?:ignore|disregard) ... (?:all|
    # any)" is triggered by "igno" and "disr", not by words as common as "all". Empty (always
    # search) when some branch does not start with a word or a group of words.
    words = _first_words(pattern.pattern.lower())
    return frozenset() if words is None else frozenset(words)


def _first_words(source: str, bounded: bool = False) -> set[str] | None:
    """The first words of every top-level branch of `source`, None if one has none. A word
    that must start a word of the text (after a word boundary or a space) is given with a
    leading space; one that may sit inside a word, without."""
    found: set[str] = set()
    for branch in _top_level_branches(source):
        words = _branch_first_words(branch, bounded)
        if words is None:
            return None
        found |= words
    return found


def _branch_first_words(branch: str, bounded: bool) -> set[str] | None:
    while branch.startswith(("\\b", "^")):
        branch = branch[2:] if branch.startswith("\\b") else branch[1:]
        bounded = True
    if branch.startswith("(?:"):
        end = _closing_parenthesis(branch)
        if end is None or branch[end + 1 : end + 3].startswith(_OPTIONAL):
            return None
        return _first_words(branch[3:end], bounded)
    repeated = _REPEATED.match(branch)
    if repeated is not None:  # "={5,}": five of them
        return {repeated.group(1)[-1] * int(repeated.group(2))}
    # Word boundaries and whitespace classes between literal words match no letters.
    spaced = _SPACING.sub(" ", branch)
    plain = _PLAIN_RUN.match(spaced)
    if plain is None:
        return None
    run = plain.group()
    # "responses?": a quantifier makes only the run's last character optional.
    if spaced[len(run) :].startswith((*_OPTIONAL, "{", "+")):
        run = run[:-1]
    words = list(_WORD_IN_RUN.finditer(run))
    if words:
        word = max(words, key=lambda match: len(match.group()))
        starts_a_word = bounded if word.start() == 0 else not run[word.start() - 1].isalpha()
        return {(" " if starts_a_word else "") + word.group()[:4]}
    symbols = run.strip()
    return {symbols} if symbols and not any(c.isalnum() for c in symbols) else None


def _top_level_branches(source: str) -> list[str]:
    branches, start = [], 0
    for index, char, depth in _structure(source):
        if char == "|" and depth == 0:
            branches.append(source[start:index])
            start = index + 1
    branches.append(source[start:])
    return branches


def _closing_parenthesis(source: str) -> int | None:
    """Where the group that `source` opens closes."""
    for index, char, depth in _structure(source):
        if char == ")" and depth == 0:
            return index
    return None


def _structure(source: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, parenthesis depth after it) of the pattern's unescaped characters
    outside character classes."""
    depth, index = 0, 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = source.index("]", index + 1) + 1
            continue
        depth += (char == "(") - (char == ")")
        yield index, char, depth
        index += 1


class Cue(NamedTuple):
    """A compiled cue: searched in the lowered text when `lowered`, else in the text."""

    pattern: re.Pattern[str]
    weight: float
    triggers: frozenset[str]
    lowered: bool


def _cue(pattern: re.Pattern[str], weight: float, triggers: frozenset[str] | None = None) -> Cue:
    given = _triggers(pattern) if triggers is None else triggers
    if not pattern.flags & re.IGNORECASE:
        return Cue(pattern, weight, given, lowered=False)
    # The same pattern, case-sensitive with its letters lowered, over the lowered text: the
    # prompt is lowered once for the triggers anyway, and `re` matches 3-5x faster without
    # IGNORECASE. Escapes (\b, \S, \W) keep their case.
    source = re.sub(
        r"\\.|[A-Z]",
        lambda m: m.group() if len(m.group()) > 1 else m.group().lower(),
        pattern.pattern,
    )
    return Cue(re.compile(source, pattern.flags & ~re.IGNORECASE), weight, given, lowered=True)


def _compiled(cues: tuple[tuple[re.Pattern[str], float], ...]) -> tuple[Cue, ...]:
    return tuple(_cue(pattern, weight) for pattern, weight in cues)


# Indirect injection: instructions planted in a document the model is asked to read (a web
# page, an e-mail, a record). Each cue is weak alone, since documents quote such phrases; two
# together, or one beside an override, pass the bar. Their triggers are given: words (first
# four letters) that every match contains.
_DOCUMENT_CUES: tuple[tuple[re.Pattern[str], float, frozenset[str]], ...] = (
    # A fake authority inside the text: "[system note]", "<system>", "ADMIN REQUEST:".
    (re.compile(r"\[\s*(?:system|admin(?:istrator)?|developer)\b[^\]\n]{0,40}\]|<\s*/?\s*(?:system|admin|instructions?)\s*>|\b(?:system|admin(?:istrator)?|developer)\s+(?:message|request|note|instruction|override|notice)s?\s*[:\]]", _I), 0.45, frozenset({"syst", "admi", "deve", "inst"})),
    # The text speaks to the model that reads it.
    (re.compile(r"\b(?:AI|LLM|language model|assistant|chatbot|bot|model)s?\s+(?:reading|processing|summari[sz]ing|parsing|analy[sz]ing|reviewing)\s+this\b|\bnote\s+(?:to|for)\s+(?:the\s+|any\s+)?(?:AI|LLM|language model|assistant|chatbot|model)\b", _I), 0.45, frozenset({"read", "proc", "summ", "pars", "anal", "revi", "note"})),
    # A delayed trigger: "if asked about the candidate, respond with ...".
    (re.compile(r"\b(?:when|whenever|if|once)\s+(?:you\s+are\s+|you're\s+|you\s+)?(?:\w+\s+){0,3}?(?:asked|summari[sz]e|summari[sz]es|summari[sz]ing|summari[sz]ed|process|processing|translate|translating|questioned)\b.{0,80}?\b(?:respond|reply|answer|say|output|print|state|mention)\s+(?:with|only|that|exactly)\b", _I), 0.35, frozenset({"resp", "repl", "answ", "say", "outp", "prin", "stat", "ment"})),
    # Hiding the act from the person the model serves.
    (re.compile(r"\b(?:do not|don't|never|without)\s+(?:tell(?:ing)?|inform(?:ing)?|mention(?:ing)?|alert(?:ing)?|notify(?:ing)?|warn(?:ing)?)\s+(?:the\s+)?user\b", _I), 0.35, frozenset({"user"})),
    # An instruction in an HTML comment, which a person viewing the page never sees.
    (re.compile(r"<!--(?:(?!-->).){0,400}?\b(?:ignore|instead|respond|reply|you must|you should|you will)\b", _I | re.S), 0.45, frozenset({"<!--"})),
    # "Ignore the rest of this data", "disregard everything else": the document's own words
    # are to be dropped, not an earlier prompt's.
    (re.compile(r"\b(?:ignore|disregard|forget|skip)\b.{0,12}\b(?:the\s+rest|the\s+remainder|everything\s+else|all\s+else|other\s+content|anything\s+else)\b", _I), 0.45, frozenset({"igno", "disr", "forg", "skip"})),
    # "... and print X": an override followed by the output it wants.
    (re.compile(r"\b(?:ignore|disregard|forget)\b.{0,60}?\b(?:and|then)\s+(?:instead\s+)?(?:print|say|output|respond\s+with|reply\s+with|write)\b", _I), 0.45, frozenset({"igno", "disr", "forg"})),
    # The canary that public injection benchmarks and their imitators ask the model to print.
    (re.compile(r"\b(?:I have been|haha,?)\s+pwned\b", _I), 0.5, frozenset({"pwne"})),
    # The text turns to the model reading it: "a message from me, Emma, to you, GPT-4",
    # "Attention AI assistant:". (A greeting, "Hi ChatGPT", is how people open prompts.)
    (re.compile(r"\bto you,\s+(?:the\s+)?(?:AI\b|LLM|(?:large\s+)?language\s+model|GPT|ChatGPT|Claude|Gemini|Llama|Mistral|Copilot|assistant)|\b(?:attention|attn|dear)\s*:?,?\s+(?:the\s+|all\s+|any\s+)?(?:AI\s+(?:language\s+)?(?:models?|assistants?|agents?)|LLMs?\b|language\s+models?)", _I), 0.45, frozenset({" to", "atte", "attn", "dear"})),
    # The text speaks for the user whose task the model is on: "the task that I gave you".
    (re.compile(r"\b(?:the|your|my)\s+(?:original\s+|initial\s+|current\s+|actual\s+|first\s+)?task\s+(?:that\s+)?(?:I|the\s+user|your\s+user)\s+(?:gave|assigned|set|asked)\s+you\b", _I), 0.45, frozenset({" task"})),
    # A precondition on that task: "before you can solve it, please do the following first".
    (re.compile(r"\bbefore\s+(?:you\s+)?(?:can\s+)?(?:solve|complete|continue|finish|answer|proceed|respond|summari[sz]e)\b.{0,80}?\b(?:do|complete|perform|execute|carry\s+out)\s+the\s+following\b", _I | re.S), 0.45, frozenset({" befo"})),
    # Asking for the hidden prompt without naming it: "the text you were given initially",
    # "repeat this entire conversation word for word", "output initialization string".
    (re.compile(r"\b(?:text|instructions?|words|message|prompt)\s+(?:that\s+)?you\s+(?:were|have\s+been)\s+(?:given|told|sent|provided)\s+(?:initially|at\s+the\s+(?:start|beginning)|first|before\s+(?:this|our|the)\s+conversation)\b|\b(?:repeat|output|print|recite|reproduce)\b.{0,30}\b(?:this|the|our)\s+(?:entire|whole|full)\s+conversation\b.{0,40}\bword\s+for\s+word\b|\b(?:output|print|show|reveal|display)\s+(?:your\s+|the\s+)?initiali[sz]ation\s+(?:string|prompt|text|message|instructions)\b", _I), 0.7, frozenset()),
)  # fmt: skip


def _matches(text: str, cues: tuple[Cue, ...]) -> tuple[int, ...]:
    lowered = text.lower()
    words = _ASCII_WORD.findall(lowered)
    # "iunstructions" is read as "instructions" by the cues searched in lower case.
    spelt = corrected(lowered, words)
    if spelt is not None:
        words = _ASCII_WORD.findall(spelt)
    read = lowered if spelt is None else spelt
    # Most trigger words must start a word of the text ("end" in "end of input", not in
    # "send"): the words' first three and four letters answer for all of those at once.
    starts = {start for word in words for start in (word[:3], word[:4])}
    return tuple(
        index
        for index, cue in enumerate(cues)
        if (not cue.triggers or any(_triggered(t, read, starts) for t in cue.triggers))
        and (
            cue.pattern.search(read if cue.lowered else text)
            or (spelt is not None and cue.lowered and cue.pattern.search(lowered))
        )
    )


def _triggered(trigger: str, lowered: str, starts: set[str]) -> bool:
    return trigger[1:] in starts if trigger.startswith(" ") else trigger in lowered


# Texts up to this size have their cue matches remembered: the learned heads read the cues as
# features and this detector scores them, both on the same prompt, and matching is most of
# either's cost (~0.4 ms per KB). A few entries suffice (one prompt's views pass both in turn);
# the size bound keeps the memory small.
_REMEMBERED_CHARS = 16_384


@functools.lru_cache(maxsize=16)
def _remembered_matches(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    return _matches(text, _INJECTION_CUE_LIST), _matches(text, _JAILBREAK_CUE_LIST)


def matched_cues(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The indices of the injection cues and of the jailbreak cues a text shows."""
    if len(text) <= _REMEMBERED_CHARS:
        return _remembered_matches(text)
    return _matches(text, _INJECTION_CUE_LIST), _matches(text, _JAILBREAK_CUE_LIST)


def _combined(indices: tuple[int, ...], cues: tuple[Cue, ...]) -> float:
    miss = 1.0
    for index in indices:
        miss *= 1.0 - cues[index][1]
    return 1.0 - miss


def cue_features(text: str) -> set[str]:
    """Which cues a text shows, as feature names for the learned heads ("⟨cue:injection:0⟩").

    The heads learn a weight per cue from every source at once, where this detector gives each
    cue a fixed weight; a cue's phrasing carries over to sources whose wording the heads never
    saw."""
    injection, jailbreak = matched_cues(text)
    return {f"⟨cue:injection:{i}⟩" for i in injection} | {f"⟨cue:jailbreak:{i}⟩" for i in jailbreak}


# The bullets of lists, quoting's ">" and a table's "|": the most common token of an ordinary
# list or table, not a flood (Haystack's pages with tables read as floods).
_MARKER = re.compile("[-*•+\u2013\u2014·>|]")


def flooding_score(text: str) -> float:
    """How much of a long text is one short token repeated: a context-flooding attack."""
    tokens = [token for token in text.split() if not _MARKER.fullmatch(token)]
    if len(tokens) < 40:
        return 0.0
    _, top = Counter(tokens).most_common(1)[0]
    return top / len(tokens)


# Appended, never inserted: a cue's index names the feature the learned heads were fit on.
_INJECTION_CUE_LIST = _compiled(_INJECTION_CUES) + tuple(
    _cue(pattern, weight, triggers)
    for pattern, weight, triggers in (*_DOCUMENT_CUES, *SECRET_REQUEST_CUES)
)
_JAILBREAK_CUE_LIST = _compiled(_JAILBREAK_CUES)


class InjectionHeuristicDetector:
    """Scores `prompt_injection` and `jailbreak` from phrase cues and token flooding."""

    def __init__(self, name: str = "injection_heuristics") -> None:
        self.name = name

    @classmethod
    def from_options(cls, name: str, options: DetectorOptions) -> InjectionHeuristicDetector:
        """Build from policy options (none yet)."""
        options.finish()
        return cls(name)

    def detect(self, text: str) -> list[Finding]:
        """At most one finding per category, scored over the whole text."""
        findings = []
        injection_cues, jailbreak_cues = matched_cues(text)
        injection = _combined(injection_cues, _INJECTION_CUE_LIST)
        flood = flooding_score(text)
        if flood > 0.3:
            injection = max(injection, min(1.0, 0.4 + flood))
        if injection > 0.0:
            findings.append(
                Finding(taxonomy.PROMPT_INJECTION, round(injection, 4), None, self.name)
            )
        jailbreak = _combined(jailbreak_cues, _JAILBREAK_CUE_LIST)
        if jailbreak > 0.0:
            findings.append(Finding(taxonomy.JAILBREAK, round(jailbreak, 4), None, self.name))
        return findings
