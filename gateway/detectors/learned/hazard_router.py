"""Which MLCommons hazard a harmful text is about, from topic words; a default when unclear.

The learned heads say *whether* a text asks for (or gives) harmful help; this says *what kind*,
so refusals and audit records carry a meaningful category.
"""

# ruff: noqa: E501 - one pattern or example per line reads better than wrapped fragments

from __future__ import annotations

import re

from gateway.detectors import taxonomy

_I = re.IGNORECASE
# Order matters: the first topic that matches names the hazard.
_TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (taxonomy.CHILD_EXPLOITATION, re.compile(r"\b(?:child|minor|underage|kid|teen)s?\b.{0,40}\b(?:sex|nude|porn|groom|explicit)|\bgroom(?:ing)?\b.{0,20}\b(?:child|minor|kid)", _I)),
    (taxonomy.INDISCRIMINATE_WEAPONS, re.compile(r"\b(?:bomb|explosive|nerve agent|sarin|anthrax|bioweapon|chemical weapon|nuclear|radiological|dirty bomb|pipe bomb|napalm|ricin|mustard gas|pathogen|weapon of mass)", _I)),
    (taxonomy.SELF_HARM, re.compile(r"\b(?:suicide|kill myself|self[- ]harm|cut myself|end my life|anorexi|bulimi|starve myself|overdose)", _I)),
    (taxonomy.SEX_CRIMES, re.compile(r"\b(?:rape|sexual(?:ly)? assault|sex trafficking|non-?consensual|revenge porn|sextort)", _I)),
    (taxonomy.SEXUAL_CONTENT, re.compile(r"\b(?:porn|explicit sex|erotic|nude|sexual(?:ly explicit)?|orgasm)", _I)),
    (taxonomy.HATE, re.compile(r"\b(?:racis|hate speech|inferior|supremac|slur|genocide of|ethnic cleansing|homophob|antisemit|xenophob|discriminat)", _I)),
    (taxonomy.ELECTIONS, re.compile(r"\b(?:election|ballot|voter|voting|polling station)", _I)),
    (taxonomy.DEFAMATION, re.compile(r"\b(?:defam|libel|slander|false (?:story|rumou?r|claims?) about|fake news about|smear)", _I)),
    (taxonomy.PRIVACY, re.compile(r"\b(?:dox|personal information|home address of|track (?:someone|my|her|his)|spy on|stalk|surveil|private data|social security number)", _I)),
    (taxonomy.INTELLECTUAL_PROPERTY, re.compile(r"\b(?:pirat|copyright|torrent|crack (?:software|a license)|counterfeit|plagiari|trade secret)", _I)),
    (taxonomy.CODE_INTERPRETER_ABUSE, re.compile(r"\b(?:sandbox escape|escape the sandbox|code interpreter|rm -rf|fork bomb)", _I)),
    (taxonomy.VIOLENT_CRIMES, re.compile(r"\b(?:kill|murder|assault|attack|shoot|stab|kidnap|torture|terror|poison|assassinat|violen|hurt|harm (?:someone|a person|people)|beat up)", _I)),
    (taxonomy.SPECIALIZED_ADVICE, re.compile(r"\b(?:dosage|prescription|diagnos|without a doctor|legal advice|medical advice)", _I)),
)  # fmt: skip


def route_hazard(text: str, default: str = taxonomy.NON_VIOLENT_CRIMES) -> str:
    """The hazard category whose topic words appear first in priority order, else `default`."""
    for category, pattern in _TOPICS:
        if pattern.search(text):
            return category
    return default
