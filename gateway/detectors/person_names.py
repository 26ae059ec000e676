"""Person names in free text: runs of capitalised words that a name list or a cue marks as a name.

No NLP model: a word is a known name (Faker's given and family names of 80-odd locales), an
English word or place (SCOWL, countries, cities), or unknown. A run of capitalised words is a
name when it holds a known name and nothing English, when it is two or more unknown words (a
foreign surname the list lacks), or when a cue says so ("Mr.", "my name is", "Dear", "Name:").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

from gateway.detectors.name_lists import NameLists
from gateway.detectors.name_lists.foreign_words import FUNCTION_WORDS, NAME_CUES
from gateway.detectors.written_language import identifier, surely_not_english


def _capitals() -> str:
    """A character class body of the capital letters of Latin, Greek, Cyrillic and their kin."""
    letters = [chr(code) for code in range(0x2000) if chr(code).isupper()]
    return "".join(re.escape(letter) for letter in letters)


_INNER_CAPITAL = re.compile(r"[^\W\d_][^\W\d_]*?(?<![MO'\u2019])[A-Z]")
_POSSESSIVE = re.compile(r"['\u2019]s$")
_TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "dame", "rev", "capt"}
    | {"herr", "frau", "monsieur", "madame", "mme", "mlle", "señor", "señora", "señorita"}
    | {"sra", "srta", "senhor", "senhora", "dona"}
)
_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "da", "di", "del", "della", "dos", "das", "du", "la", "le"}
)
# Only capitalised words and name particles are looked at: the loop over words is the cost.
_WORD = re.compile(
    rf"(?<![\w'\u2019@./-])(?:[{_capitals()}][^\W\d_]*(?:['\u2019-][^\W\d_]+)*"
    rf"(?![\d_@]|\.\w)"
    rf"|(?:{'|'.join(sorted(_PARTICLES))})(?= ))"
)
# Capitalised words that start sentences or name organisations, missing from SCOWL's lower-case
# list because they are abbreviations or proper nouns there.
_NOT_NAMES = frozenset(
    {
        "inc", "ltd", "llc", "gmbh", "corp", "co", "plc", "ag", "sa", "bv", "ok", "hi", "hey",
        "dear", "hello", "thanks", "regards", "cheers", "yes", "no", "please", "apt", "suite",
        "st", "ave", "rd", "street", "avenue", "road", "user", "bot", "name", "phone", "email",
        "mobile", "fax", "desk", "address", "website", "date", "tel", "box", "unit", "ii",
        "iii", "iv", "ceo", "cto", "api", "sdk", "url", "id", "ids", "ip", "os", "ui", "usa",
        "uk", "eu", "un", "ai", "ml", "llm", "gpt", "json", "html", "css", "sql", "http",
        "https", "www", "com", "org", "net", "english", "french", "german", "spanish",
        "chinese", "japanese", "italian", "russian", "american", "british", "european",
        "african", "asian", "christmas", "easter", "god", "lord", "jesus", "allah", "e-mail",
        "princess", "prince", "queen", "king", "duke", "duchess", "aunt", "uncle", "saint",
        "san", "santa", "mount", "lake", "fort", "port", "north", "south", "east", "west",
        # "My Docker container", "My Mac won't boot": "My" is a Vietnamese given name too.
        "my", "your", "our", "their", "his", "its",
        "muslim", "christian", "jewish", "hindu", "buddhist", "catholic", "islam", "server",
        "ext", "admin", "i", "i'm", "i\u2019m", "i'd", "i'll", "i've", "changelog", "readme",
        "step", "chapter", "section", "part", "figure",
        # Feasts and peoples that Faker lists as names or that come as two unknown words
        # ("Yom Kippur"): `strict` redacted "When is Ramadan this year?" to "When is [PERSON]".
        "ramadan", "ramadhan", "eid", "diwali", "deepavali", "holi", "navratri", "hanukkah",
        "chanukah", "passover", "pesach", "yom", "kippur", "rosh", "hashanah", "purim",
        "sukkot", "shavuot", "shabbat", "sabbath", "lent", "advent", "pentecost", "vesak",
        "kwanzaa", "nowruz", "hajj", "quran", "koran", "torah", "talmud", "sikh",
        "roma", "romani", "sinti",
    }
)  # fmt: skip
_CUE_BEFORE = re.compile(
    r"(?:\bname(?:'s|\s+is|\s+was|\s+to)?\s*[:?]?|\bI'?m|\bI\s+am|\bcalled|\bnamed|\bdear|\bhi"
    r"|\bhello|\bhey|\bthanks|\bthank\s+you|\bregards,?|\bsincerely,?|\bcheers,?|\battn:?"
    r"|\bsigned,?|\bUser:|\bcontact|\bspeak\s+to|\bask\s+for|\bcall\s+me|\bpeople\s+call\s+me)\s*$",
    re.IGNORECASE,
)
_FOREIGN_CUE_BEFORE = re.compile(rf"\b(?:{NAME_CUES}),?\s*$", re.IGNORECASE)
_CUE_AFTER = re.compile(
    r"^(?:['\u2019]s\b|,\s+(?:who|aged?|\d+)\b|\s+(?:said|says|told|asked|wrote|lives|lived|"
    r"was\s+born|and\s+I\b|flew|spent|began|joined|shouted|whispered|replied|is\s+from|had\s+given|"
    r"will\s+be\s+talking|is\s+(?:very|so)\s+\w+|\(\d+\)|Jr\b|Sr\b))",
)
# Words after a run that make it a company, not a person: "Aunt Bertha Inc", "Rand Corporation".
_ORGANISATION_AFTER = re.compile(
    r",?\s+(?:Inc|Ltd|LLC|LLP|PLC|GmbH|AG|Corp|Corporation|Company|Co|Group|Holdings|Bank|"
    r"Capital|Investments|Insurance|Partners|Associates|Technologies|Solutions|Systems|Labs|"
    r"Foundation|Institute|University|College|Orchestra|Band|Airlines|Motors|Pharmaceuticals|"
    r"Media|Studios|Records|Enterprises|Industries|International|Hotel|Street|Avenue|Road|"
    r"Analytics|Consulting|Software|Health|Healthcare|Energy|Logistics|Ventures|Networks)\b"
)
# A speaker's label opens a line: "Nicole: Remember me?" (not "Backend: Node.js" mid-line).
_LABEL = re.compile(r"(?:^|\n)[ \t>*-]*$")
# A name before these is a theorem, a unit or a tool named after someone, or a citation.
_EPONYM_AFTER = re.compile(
    r"(?:['\u2019]s)?\s+(?:algorithm|method|law|theorem|equation|principle|constant|number|"
    r"approximation|formula|sequence|series|shift|effect|distribution|transform|test|index|"
    r"coefficient|wrench|free\s+energy|curve|function|process|syndrome|disease|scale|model|"
    r"matrix|space|filter|problem|conjecture|paradox|server|studio|framework|library|et\s+al)\b"
)
_NUMBER_AFTER = re.compile(r"[ \t]+\d")
_ANY_WORD = re.compile(r"[^\W\d_]+")
_LIST_JOIN = re.compile(r"(?:,? and |,? & |,? or |, )")
_LIST_JOIN_BEFORE = re.compile(r"(?:,? and |,? & |,? or |, )$")
_LOWER_CASE_CUE = re.compile(
    r"\b(?:my name is|my name's|call me|maiden name is|i am|i'm)((?:\s+[^\W\d_]+){1,3})"
)
# "Hawkins, Richardson and Santana": three surnames in a row name a firm more often than people.
_FIRM = re.compile(r"\w+, \w+,? (?:and|&) \w+")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“(>\n]\s*|\n\s*[-*•>]?\s*)$")


class _Kind(Enum):
    NAME = "name"  # a known name that is no English word or place
    WEAK = "weak"  # a known name that is also a word or place ("Will", "Paris")
    PROPER = "proper"  # an English proper noun that is no listed name ("Einstein", "Linux")
    UNKNOWN = "unknown"  # capitalised, in no list: a foreign name or a brand
    INITIAL = "initial"  # "J" or "J."
    TITLE = "title"  # "Mr", "Dr"
    PARTICLE = "particle"  # "van", "de"
    OTHER = "other"  # anything that ends a run


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    kind: _Kind


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A name's character range and how sure the finder is."""

    start: int
    end: int
    score: float


class PersonNameFinder:
    """Finds person names with word lists, capital letters and cue phrases."""

    def __init__(self, lists: NameLists) -> None:
        self._lists = lists
        identifier()  # read its model now, not on the first request that holds a name

    def find(self, text: str) -> list[NameSpan]:
        """Every name, as the widest run of its words (a title excluded). In a text surely in
        another language (asked only when something was found) a function word of French,
        Spanish, German or Portuguese is no name, a capitalised word in no list is a noun
        (German capitalises them all), and a lone word needs a title or a cue."""
        found = list(self._accepted(text, self._runs(text, self._words(text))))
        if found and surely_not_english(text):
            runs = self._runs(text, self._words(text, foreign=True))
            found = list(self._accepted(text, runs, foreign=True))
        return found

    def _classify(self, word: str, foreign: bool = False) -> _Kind:
        folded = word.casefold()
        if folded in _TITLES:
            return _Kind.TITLE
        if foreign and folded in FUNCTION_WORDS:
            return _Kind.OTHER
        if not word[0].isupper():
            return _Kind.PARTICLE if folded in _PARTICLES else _Kind.OTHER
        if len(word) == 1:
            return _Kind.INITIAL
        if word.isupper() or folded in _NOT_NAMES:
            return _Kind.OTHER
        lists = self._lists
        if _INNER_CAPITAL.search(word) and folded not in lists.family:
            return _Kind.OTHER  # "GitHub", "HttpClient": a product or an identifier
        if "-" in folded and any(part in lists.common_words for part in folded.split("-")):
            return _Kind.OTHER  # "Content-Length", "Zero-Knowledge"; not "Weeks-Rivas"
        english = folded in lists.common_words or folded in lists.places
        if folded in lists.given or folded in lists.family:
            return _Kind.WEAK if english else _Kind.NAME
        if english:
            return _Kind.OTHER
        if folded in lists.proper_nouns:
            return _Kind.PROPER
        return _Kind.OTHER if foreign else _Kind.UNKNOWN

    def _words(self, text: str, foreign: bool = False) -> list[_Word]:
        words = []
        for match in _WORD.finditer(text):
            start, end = match.span()
            word = match.group()
            possessive = _POSSESSIVE.search(word)
            if possessive:
                end -= 2
                word = word[:-2]
            words.append(_Word(start, end, self._classify(word, foreign)))
        return words

    @staticmethod
    def _runs(text: str, words: list[_Word]) -> Iterator[tuple[list[_Word], bool]]:
        """Runs of name-like words joined by one space; True when a title precedes the run."""
        run: list[_Word] = []
        titled = False
        for word in words:
            joined = bool(run) and text[run[-1].end : word.start] in (" ", ". ", ".")
            if word.kind in (_Kind.OTHER, _Kind.TITLE) or (run and not joined):
                if run:
                    yield run, titled
                run, titled = [], False
                if word.kind is _Kind.TITLE:
                    titled = True
                    continue
                if word.kind is _Kind.OTHER:
                    continue
            run.append(word)
            if text[word.end : word.end + 2] in ("'s", "\u2019s"):
                yield run, titled
                run, titled = [], False
        if run:
            yield run, titled

    def _accepted(
        self, text: str, runs: Iterator[tuple[list[_Word], bool]], foreign: bool = False
    ) -> Iterator[NameSpan]:
        found: list[NameSpan] = []
        lone: list[tuple[_Word, bool]] = []
        firm_until = -1
        for run, titled in runs:
            while run and run[0].kind in (_Kind.PARTICLE, _Kind.INITIAL):
                run = run[1:]
            while run and run[-1].kind in (_Kind.PARTICLE, _Kind.INITIAL):
                run = run[:-1]
            if not run:
                continue
            start, end = run[0].start, run[-1].end
            firm = _FIRM.match(text, start) if start >= firm_until and len(run) == 1 else None
            if firm and not any(self._only_given(w) for w in _words_of(firm.group())):
                firm_until = firm.end()
            if (
                start < firm_until
                or _ORGANISATION_AFTER.match(text, end)
                or (len(run) == 1 and _EPONYM_AFTER.match(text, end))
                or text.startswith(("(", "<", "::"), end)
            ):
                continue
            kinds: list[_Kind] = [
                w.kind for w in run if w.kind not in (_Kind.PARTICLE, _Kind.INITIAL)
            ]
            score = self._score(text, start, end, kinds, titled, foreign)
            if score:
                found.append(NameSpan(start, end, score))
            elif len(run) == 1:
                lone.append((run[0], titled))
        found += self._mentions_again(text, found, lone)
        found += _listed_with(text, found, [w for w, _ in lone if self._may_be_listed(text, w)])
        yield from found
        yield from self._lower_case(text)

    def _lower_case(self, text: str) -> Iterator[NameSpan]:
        """ "my name is lena andersson": up to three listed names that are no English words."""
        for cue in _LOWER_CASE_CUE.finditer(text):
            start = end = -1
            for word in _ANY_WORD.finditer(text, cue.start(1), cue.end(1)):
                folded = word.group().casefold()
                known = folded in self._lists.given or folded in self._lists.family
                if not known or folded in self._lists.common_words:
                    break
                start = word.start() if start < 0 else start
                end = word.end()
            if start >= 0 and not text[start].isupper():
                yield NameSpan(start, end, 0.7)

    def _may_be_listed(self, text: str, word: _Word) -> bool:
        # Not a place ("Mora de Rubielos, Spain") nor a street before its number.
        if word.kind not in (_Kind.NAME, _Kind.UNKNOWN, _Kind.WEAK):
            return False
        folded = text[word.start : word.end].casefold()
        if folded in self._lists.places and folded not in self._lists.given:
            return False
        return not _NUMBER_AFTER.match(text, word.end)

    def _only_given(self, word: str) -> bool:
        folded = word.casefold()
        return folded in self._lists.given and folded not in self._lists.family

    @staticmethod
    def _mentions_again(
        text: str, found: list[NameSpan], lone: list[tuple[_Word, bool]]
    ) -> list[NameSpan]:
        """A lone word that repeats part of a name found elsewhere in the text is that person."""
        if not found or not lone:
            return []
        parts = {part for span in found for part in _words_of(text[span.start : span.end])}
        return [
            NameSpan(word.start, word.end, 0.7)
            for word, _ in lone
            if word.kind is not _Kind.OTHER and text[word.start : word.end] in parts
        ]

    @staticmethod
    def _score(
        text: str, start: int, end: int, kinds: list[_Kind], titled: bool, foreign: bool = False
    ) -> float:
        # A title or "my name is" makes any capitalised word a name; a colon, a possessive or
        # "said" after it only helps a word that already looks like a name.
        before = text[max(0, start - 24) : start]
        # English cues misread other languages: German "im Park" is not "I'm Park".
        cues = _FOREIGN_CUE_BEFORE if foreign else _CUE_BEFORE
        told = titled or bool(cues.search(before))
        if foreign and len(kinds) == 1 and not told:
            return 0.0
        hinted = bool(_CUE_AFTER.match(text[end : end + 24]))
        # A line's opening "Word:" is a speaker only when the word is a known name: "Backend:"
        # and "Output:" head the lines of answers.
        labelled = text.startswith(":", end) and bool(
            _LABEL.search(text[max(0, start - 8) : start])
        )
        hinted = hinted or (labelled and _Kind.UNKNOWN not in kinds)
        names = kinds.count(_Kind.NAME)
        unknown = kinds.count(_Kind.UNKNOWN)
        if len(kinds) >= 2:
            if names or told or (unknown and kinds[0] is _Kind.WEAK):
                return 0.9
            if unknown == len(kinds):
                return 0.8 if hinted else 0.7
            return 0.7 if hinted else 0.0
        if told and kinds[0] is not _Kind.PROPER:
            return 0.8
        if names:
            if hinted:
                return 0.8
            sentence_start = bool(_SENTENCE_START.search(text[max(0, start - 4) : start]))
            return 0.6 if sentence_start else 0.7
        return 0.6 if hinted and kinds[0] in (_Kind.UNKNOWN, _Kind.WEAK) else 0.0


def _listed_with(text: str, found: list[NameSpan], lone: list[_Word]) -> list[NameSpan]:
    """Lone words in a list with a name ("Efimiya, Mary and Ariana") are names too."""
    taken = {(span.start, span.end) for span in found}
    edges = {span.start for span in found} | {span.end for span in found}
    added: list[NameSpan] = []
    grew = True
    while grew:
        grew = False
        for word in lone:
            if (word.start, word.end) in taken:
                continue
            after = _LIST_JOIN.match(text, word.end)
            before = _LIST_JOIN_BEFORE.search(text, max(0, word.start - 6), word.start)
            if (after and after.end() in edges) or (before and before.start() in edges):
                taken.add((word.start, word.end))
                edges.update((word.start, word.end))
                added.append(NameSpan(word.start, word.end, 0.6))
                grew = True
    return added


def _words_of(text: str) -> list[str]:
    return [m.group() for m in _WORD.finditer(text)]
