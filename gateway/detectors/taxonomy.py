"""The one category taxonomy: MLCommons hazards as Llama Guard 3 names them, plus our own kinds.

Hazards are keyed by Llama Guard's codes (S1..S14) so an external guard's answer maps here.
"""

from __future__ import annotations

from types import MappingProxyType

VIOLENT_CRIMES = "violent_crimes"
NON_VIOLENT_CRIMES = "non_violent_crimes"
SEX_CRIMES = "sex_crimes"
CHILD_EXPLOITATION = "child_exploitation"
DEFAMATION = "defamation"
SPECIALIZED_ADVICE = "specialized_advice"
PRIVACY = "privacy"
INTELLECTUAL_PROPERTY = "intellectual_property"
INDISCRIMINATE_WEAPONS = "indiscriminate_weapons"
HATE = "hate"
SELF_HARM = "self_harm"
SEXUAL_CONTENT = "sexual_content"
ELECTIONS = "elections"
CODE_INTERPRETER_ABUSE = "code_interpreter_abuse"

HAZARDS_BY_CODE = MappingProxyType(
    {
        "S1": VIOLENT_CRIMES,
        "S2": NON_VIOLENT_CRIMES,
        "S3": SEX_CRIMES,
        "S4": CHILD_EXPLOITATION,
        "S5": DEFAMATION,
        "S6": SPECIALIZED_ADVICE,
        "S7": PRIVACY,
        "S8": INTELLECTUAL_PROPERTY,
        "S9": INDISCRIMINATE_WEAPONS,
        "S10": HATE,
        "S11": SELF_HARM,
        "S12": SEXUAL_CONTENT,
        "S13": ELECTIONS,
        "S14": CODE_INTERPRETER_ABUSE,
    }
)
HAZARDS: frozenset[str] = frozenset(HAZARDS_BY_CODE.values())

PROMPT_INJECTION = "prompt_injection"
JAILBREAK = "jailbreak"
INVISIBLE_TEXT = "invisible_text"
TOXICITY = "toxicity"
DENYLIST = "denylist"
EXTERNAL_UNAVAILABLE = "external_unavailable"

PII_PREFIX = "pii."
SECRET_PREFIX = "secret."  # noqa: S105 - a category prefix, not a password

PII_CREDIT_CARD = "pii.credit_card"
PII_EMAIL_ADDRESS = "pii.email_address"
PII_PHONE_NUMBER = "pii.phone_number"
PII_IBAN_CODE = "pii.iban_code"
PII_US_SSN = "pii.us_ssn"
PII_IP_ADDRESS = "pii.ip_address"
PII_PERSON = "pii.person"
PII_STREET_ADDRESS = "pii.street_address"

OTHER_CATEGORIES: frozenset[str] = frozenset(
    {PROMPT_INJECTION, JAILBREAK, INVISIBLE_TEXT, TOXICITY, DENYLIST, EXTERNAL_UNAVAILABLE}
)

# Groups a policy rule may name with a leading "@" instead of listing every category.
GROUPS = MappingProxyType({"hazards": HAZARDS})


def is_known(category: str) -> bool:
    """Whether a category name belongs to the taxonomy (prefix families are open-ended)."""
    if category.startswith((PII_PREFIX, SECRET_PREFIX)):
        return bool(category.split(".", 1)[1])
    return category in HAZARDS or category in OTHER_CATEGORIES


def entity_type(category: str) -> str | None:
    """The presidio-research entity name of a PII category (`pii.credit_card` → CREDIT_CARD)."""
    if not category.startswith(PII_PREFIX):
        return None
    return category[len(PII_PREFIX) :].upper()
