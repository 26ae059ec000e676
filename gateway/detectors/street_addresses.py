"""Street addresses in free text: a street line found by its shape, then the lines that follow it.

A street line is a house number beside a street name that says it is a street, by a type word
("Street", "Rd", "Rue", "Via", "ul.") or a street suffix ("-straße", "-gatan", "-vej", "-katu");
or a post-office or military box; or "the corner of X and Y". It is then widened over the
apartment, city, state, postcode and country parts that follow on the same or the next lines,
so a whole postal block is one span.
"""

from __future__ import annotations

import re

_UPPER = r"[^\W\d_a-zß-ÿ]"  # a capital letter in any cased script
_NAME = rf"{_UPPER}(?:[^\W\d_]|['\u2019.-])*+(?!\d)"  # a capitalised word
_LINK = r"(?:de|del|de la|dos|da|das|do|di|dei|della|van|von|der|den|le|la|al|el|and|&|of)"
_NUMBER = r"\d{1,6}(?:[A-Za-z]\b)?(?:[-/]\d{1,4}[A-Za-z]?)?"

# Type words that follow the street name (USPS Publication 28 and British usage).
_AFTER = (
    r"Street|St|Str|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|"
    r"Pl|Square|Sq|Terrace|Terr|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Crescent|Cres|Close|Row|"
    r"Alley|Trail|Trl|Loop|Pass|Crossing|Crossroad|Plaza|Walk|Path|Pike|Turnpike|Expressway|"
    r"Freeway|Motorway|Mews|Grove|Gardens|Green|Hill|Park|Point|Ridge|View|Vista|Heights|"
    r"Estate|Parade|Esplanade|Embankment|Wharf|Quay|Causeway|Junction|Route|Rte|Gateway|"
    r"Union|Prairie|Squares|Streets|Courts|Extensions|Extension|Meadow|Meadows|Village|Ville|"
    r"Manor|Bypass|Center|Centre|Common|Corner|Cove|Creek|Crest|Dale|Fork|Forks|Glen|Haven|"
    r"Hollow|Island|Knoll|Landing|Lodge|Mill|Mills|Orchard|Oval|Plain|Plains|Ranch|Run|Shore|"
    r"Spring|Springs|Station|Summit|Trace|Track|Valley|Wall|Wells|Port|Harbor|Harbour"
)
# Type words that come before the street name, in the languages of Europe and Latin America.
_BEFORE = (
    r"Rue|Via|Viale|Vicolo|Piazza|Piazzale|Largo|Corso|Calle|Carrer|Camino|Avenida|Avda|Av|"
    r"Paseo|Plaza|Pla[çc]a|Rua|Travessa|Alameda|Estrada|Rodovia|Quadra|Chemin|Boulevard|Bd|"
    r"All[ée]e|Impasse|Quai|Route|Place|Ul|Ulica|Al|Aleja|Os|Osiedle|Pl|Str|Strada|Bulevardul|"
    r"Calea|Odos|Leoforos|Straße|Strasse|Trg|Ulitsa|Prospekt|Ave|Avenue"
)
# Endings of one-word street names: German, Dutch, Nordic, Finnish, Baltic, Central European.
_SUFFIX = (
    r"stra(?:ss|ß)e|gasse|weg|platz|allee|damm|ufer|steig|graben|markt|gatan|"
    r"v[äa]gen|v[äa]g|gr[äa]nd|torget|vej|veien|vegen|vei|gade|gata|str[æa]de|all[ée]|plads|"
    r"torv|katu|tie|kuja|polku|tanhua|rinne|straat|laan|plein|gracht|kade|dreef|singel|"
    r"dijk|utca|k[öo]r[úu]t|ulice|n[áa]m[ěe]st[íi]|t[řr][íi]da|vegur|st[íi]gur|"
    r"iela|g[aä]tv[ée]|t[äa]nav|sokak|soka\u011f\u0131|caddesi|bulvar"
)
_STREET_NAME = rf"(?:{_NAME}|\d{{1,3}}(?:st|nd|rd|th))(?:[ \t]+(?:{_LINK}[ \t]+)?{_NAME}){{0,4}}"
_TYPED_AFTER = rf"{_STREET_NAME}[ \t]+(?:{_AFTER})\b\.?"
_TYPED_BEFORE = rf"\b(?:{_BEFORE})\b\.?[ \t]+(?:{_LINK}[ \t]+)*{_STREET_NAME}"
_SUFFIXED = (
    rf"(?:{_NAME}[ \t]+)?{_UPPER}[\w'\u2019-]*(?:{_SUFFIX})\b\.?(?:[ \t]+(?:u|út|tér|krt)\.?)?"
)
_HUNGARIAN = rf"{_STREET_NAME}[ \t]+(?:u|utca|út|tér|krt|rkp|körút|sor|köz)\b\.?"
_LOCAL = rf"(?:{_TYPED_BEFORE}|{_SUFFIXED}|{_HUNGARIAN})"

# The end of a street line: a sub-address, a line break, a comma, or the end of the text.
_ENDS = r"(?=,|\.?[ \t]*(?:\n|$)|[ \t]+(?:Apt|Suite|Unit|Flat|Ste|St)\b)"
# A bare "Name 12" is an address only after words like these ("Windows 11", "During 1971" are not).
_CUE = re.compile(
    r"(?:address(?:es)?|lives?|living|located|office|is|are|meet(?: me| you)?|at|on|to|from|"
    r"stop|off|moved|return|send|sent|deliver(?:ed)?|ship(?:ped)?|:)\W{0,3}$",
    re.IGNORECASE,
)
_STREET_LINE = re.compile(
    rf"(?<![\w.,])(?:\d{{3,6}}[ \t]+)?{_NUMBER}[ \t]+"  # number first: "3968 Bay Street"
    rf"(?:{_TYPED_AFTER}|{_LOCAL}(?:[ \t]+{_NUMBER}\b\.?)?"
    rf"|{_STREET_NAME}[ \t]+{_NUMBER}\b{_ENDS})"
    rf"|(?<![\w.])(?:{_LOCAL}|{_STREET_NAME}[ \t]+(?:str|Str|gate|vei|vej)\b\.?)"
    rf"[ \t]+{_NUMBER}\b\.?"  # name first: "Rua Augusta 1500", "Trenerys gate 232"
    rf"|(?P<bare>(?<![\w.])(?:{_STREET_NAME})[ \t]+{_NUMBER}{_ENDS})",  # "Allika 46"
    re.MULTILINE,
)
# "20 November 1913", "On December 17": dates have the shape of a number beside a name.
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b"
)
_DATE = re.compile(rf"\b{_MONTH}\.?[ \t]+\d|\d[ \t]+{_MONTH}")
# A bare "Name 12" whose name is one of these is a floor, a road number or a chapter.
_NOT_STREETS = frozenset(
    {
        "floor", "room", "suite", "unit", "apt", "apt.", "box", "level", "gate", "platform",
        "terminal", "chapter", "section", "page", "part", "step", "version", "highway", "route",
        "interstate", "exit", "line", "bus", "flight", "table", "figure", "windows", "python",
        "iphone", "galaxy", "season", "episode", "volume", "issue", "article", "rule", "phase",
    }
)  # fmt: skip
_BOX = re.compile(
    r"\b(?:(?:PSC|Unit|USNS|USS|USCGC|CMR)[ \t]+\d{2,5},?[ \t]+Box[ \t]+\d{2,5}"
    r"(?:\s*,?\s*[AFD]PO[ \t]+A[AEP][ \t]+\d{5})?"
    r"|(?:USNS|USNV|USS|USCGC)[ \t]+[^\W\d_]+\s*,?\s*FPO[ \t]+A[AEP][ \t]+\d{5}"
    r"|P\.?[ \t]?O\.?[ \t]+Box[ \t]+\d{1,6})",
    re.IGNORECASE,
)
_CORNER = re.compile(
    r"\b(?i:the corner of)[ \t]+[\w'\u2019. -]{2,60}?[ \t]+(?i:and)[ \t]+"
    r"\w[\w'\u2019.-]*(?:[ \t]+[^\W\d][\w'\u2019.-]*)?",
)
# After a street line: "Apt. 12", ", Springfield", "\n LONDON", ", IL 62704", " Uruguay 64677".
_SUBADDRESS = r"(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Box)"
_BREAK = r"(?:[ \t]*,|[ \t]*\n(?:[ \t]*\n)?[ \t>*?]*,?)"  # a comma, or one or two line breaks
_TAIL = re.compile(
    rf"(?:{_BREAK}?[ \t]*{_SUBADDRESS}\b\.?[ \t]*#?\w{{1,6}}"
    rf"(?:[ \t]+(?!{_SUBADDRESS}\b){_NAME}(?![ \t]*\d{{5,}})){{0,3}}"
    rf"|{_BREAK}[ \t]*(?:{_NAME}|nan)(?:[ \t]+(?:{_LINK}|{_NAME}|\(\w+\))){{0,3}}"
    rf"|{_BREAK}?[ \t]+[A-Z]{{2,3}}(?=[ \t]+\d|[ \t]*$|[ \t]*\n)"
    rf"|{_BREAK}?[ \t]*\d{{4,5}}(?:-\d{{3,4}})?(?![\w.,]\d)"
    rf"|(?<=\d)[ \t]+{_NAME}(?:[ \t]+{_NAME})?"  # the town after a postcode: "10115 Berlin"
    rf"|[ \t]+(?:N|S|E|W|NE|NW|SE|SW)\b\.?"  # "Pennsylvania Avenue NW"
    rf"|{_BREAK}?[ \t]+[A-Z]{{1,2}}\d[A-Z\d]?[ \t]*\d[A-Z]{{2}}\b)",  # a UK postcode
    re.MULTILINE,
)
_MAX_TAIL_PARTS = 6
# Every street line has a number beside a word: "12 Main", "Main 12", "ul. Miła 53".
_ANCHOR = re.compile(rf"\d[ \t]+{_UPPER}|[^\W\d_]\.?[ \t]+\d")
_REACH = 120  # characters on either side of a number that a street line may span


class StreetAddressFinder:
    """Finds street addresses; a pure function of the text with no lists to load."""

    def find(self, text: str) -> list[tuple[int, int]]:
        """Every address as a half-open range, overlapping candidates merged."""
        spans: list[tuple[int, int]] = []
        if "corner" in text or "Corner" in text or "CORNER" in text:
            spans += [m.span() for m in _CORNER.finditer(text)]
        for low, high in _windows(text):
            spans += [m.span() for m in _BOX.finditer(text, low, high)]
            spans += [
                m.span()
                for m in _STREET_LINE.finditer(text, low, high)
                if not _DATE.search(m.group())
                and (not m.group("bare") or _bare_street(text, m.start(), m.group("bare")))
            ]
        return _merged([(start, _trimmed(text, _widened(text, end))) for start, end in spans])


def _bare_street(text: str, start: int, found: str) -> bool:
    name = found.rsplit(None, 1)[0]
    if name.casefold() in _NOT_STREETS:
        return False
    return bool(_CUE.search(text, max(0, start - 24), start))


def _windows(text: str) -> list[tuple[int, int]]:
    # Look only near a number beside a word, which prose, code and tables have few of.
    return _merged(
        [
            (max(0, m.start() - _REACH), min(len(text), m.end() + _REACH))
            for m in _ANCHOR.finditer(text)
        ]
    )


def _widened(text: str, end: int) -> int:
    for _ in range(_MAX_TAIL_PARTS):
        tail = _TAIL.match(text, end)
        if tail is None or tail.end() == end:
            break
        end = tail.end()
    return end


def _trimmed(text: str, end: int) -> int:
    # A sentence's full stop or comma after the town is not part of the address.
    while end > 0 and text[end - 1] in ".,;: \t\n":
        end -= 1
    return end


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
