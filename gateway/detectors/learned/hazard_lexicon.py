"""Concept features: which hazard a text names, and whether it asks how, hides, or defends.

The learned heads see hashed words, so what they know about a hazard word is what their
training rows said about it, and rows from a single source teach its style as much as its
topic ("write …" was benign in most sources, "ransomware" rare). These features name the
concept instead: a text that mentions any nerve agent, any malware family or any hard drug
gets the same `hazard:…` feature, and the features that matter most are the conjunctions (a
hazard *and* a request for steps, a hazard *and* a wish to stay undetected, a hazard *and* a
defensive framing). A head trained on them learns one weight per concept that carries over to
hazard words and phrasings its sources never used. They read the text's words and the
glossary's English words, so a French or Chinese request gets them too.
"""

# ruff: noqa: E501 - one concept per line reads better than wrapped alternations

from __future__ import annotations

import re
from collections.abc import Iterable

_HAZARDS: dict[str, str] = {
    "mass_weapon": r"bombs?|explosives?|explosive device|detonators?|ied|pipe bomb|napalm|thermite|nerve (?:agent|gas)|sarin|tabun|soman|novichok|vx|mustard gas|chlorine gas|phosgene|ricin|abrin|anthrax|botulinum|botulism|smallpox|bioweapons?|biological weapons?|chemical weapons?|dirty bomb|radiological|enriched uranium|plutonium|tatp|rdx|semtex|c4|anfo|molotov|grenades?|toxins?|pathogens?|dimethylmercury|tetrodotoxin|saxitoxin|aflatoxins?|hydrogen cyanide|potassium cyanide|sodium cyanide|cyanogen chloride|chloropicrin|lewisite|nitrogen mustards?|sulfur mustard|parathion|strychnine|polonium|yersinia pestis|bacillus anthracis|tularemia|ebola|marburg virus|variola|gain[- ]of[- ]function|weaponi[sz]\w*|nuclear (?:bomb|weapon|device)s?|fissile material|suicide (?:vest|bomb)s?|car bombs?|nail bombs?|blasting caps?|improvised explosives?|hmtd|petn|picric acid|mercury fulminate|lead azide|fertili[sz]er bombs?|pressure cooker bombs?",
    "firearm": r"guns?|firearms?|rifles?|pistols?|handguns?|ammunition|ammo|ghost guns?|silencers?|suppressors?|fully automatic|full auto|auto sears?|bump stock|untraceable (?:gun|weapon)s?|3d[- ]printed (?:guns?|firearms?|receivers?)|lower receivers?|80% lowers?|glock switch\w*|convert\w* (?:a |an |my )?(?:ar-?15|glock|semi[- ]auto\w*)",
    "drug": r"meth|methamphetamine|crystal meth|fentanyl|carfentanil|heroin|cocaine|crack cocaine|lsd|mdma|ecstasy|ghb|opioids?|narcotics?|pseudoephedrine|drug lab|precursors?|psilocybin|ketamine|dmt|pcp|bath salts|synthetic cannabinoids|nitazenes?|isotonitazene|xylazine|rohypnol|roofies|date rape drugs?|phenyl-?2-?propanone|p2p|safrole|red phosphorus|anhydrous ammonia|mephedrone|cathinones?",
    "cyber": r"malware|ransomware|keyloggers?|trojans?|rootkits?|botnets?|ddos|spyware|stalkerware|exploits?|zero[- ]day|sql injection|phishing|credential(?:s)? (?:stealer|harvest\w*)|backdoors?|reverse shell|brute[- ]force|hack\w*|crack (?:a |the )?passwords?|privilege escalation|cryptojack\w*|worms?|viruses|virus|payloads?|shellcode|infostealer|xss|cross[- ]site scripting|csrf|buffer overflows?|heap spray\w*|remote code execution|command injection|credential stuffing|password spraying|mimikatz|metasploit|cobalt strike|c2 servers?|command[- ]and[- ]control|lateral movement|process hollowing|dll injection|exfiltrat\w*|man[- ]in[- ]the[- ]middle|arp spoofing|dns (?:poisoning|spoofing)|deauth\w*|sim[- ]swap\w*|bootkits?|polymorphic (?:code|malware|virus)|antivirus evasion|edr evasion|fork bombs?|logic bombs?|drive[- ]by downloads?|clickjacking|session hijack\w*|cookie stealers?|token grabbers?|remote access trojans?|eternalblue|log4shell",
    "fraud": r"counterfeit\w*|fake (?:ids?|passports?|money|banknotes?|bills|invoices?|reviews?)|forg(?:e|ed|ery|ing)|launder\w*|skimm(?:er|ing)|clon(?:e|ing) (?:a |the )?(?:credit |bank )?cards?|identity theft|steal (?:someone'?s? )?identit\w*|scam\w*|ponzi|tax evasion|evade taxes|insider trading|embezzl\w*|brib\w*|extort\w*|blackmail\w*|ransom|wire fraud|credit card fraud|carding|cvv (?:dumps?|shops?)|fullz|synthetic identit\w*|money mules?|pump and dump|romance scams?|fake charit\w*|smurfing|check kiting",
    "violence": r"kill(?:ing)?|murder\w*|poison\w*|assassinat\w*|tortur\w*|kidnap\w*|stab\w*|strangl\w*|arson|burn down|set fire|mass shooting|massacre|terror\w*|maim\w*|beat up|hurt (?:someone|somebody|him|her|them|people)|injur\w* (?:someone|people)|attack (?:someone|people|a crowd)|behead\w*|lynch\w*|dismember\w*|hit ?man|hitmen|contract killing|school shooting|shoot up (?:a |the |my )?\w+|acid attacks?|ramming attacks?|human trafficking|traffick\w* (?:women|children|girls|people|humans|migrants)",
    "self_harm": r"suicide|kill myself|end my life|self[- ]harm|cut myself|hang myself|starve myself|overdose|purg(?:e|ing)",
    "hate": r"slurs?|inferior (?:race|people)|ethnic cleansing|genocide|hate speech|white supremac\w*|racial purity|subhuman|vermin",
    "sexual_abuse": r"child (?:porn\w*|sexual\w*|abuse material)|csam|underage (?:sex\w*|nude\w*)|groom(?:ing)? (?:a |the )?(?:child|minor|kid)s?|sextort\w*|revenge porn|non[- ]?consensual|rape|molest\w*",
    "surveillance": r"dox\w*|track (?:someone|my (?:ex|wife|husband|girlfriend|boyfriend|partner)|her|his)\w*|spy on|stalk\w*|hidden cameras?|secretly (?:record|track|monitor|follow)|location of (?:someone|my ex)|home address of",
    "extremism": r"radicali[sz]\w*|recruit\w* (?:for|to) (?:isis|al[- ]qaeda|a terrorist)|jihad\w*|extremist propaganda|manifesto",
}
_ASKS_HOW = r"how (?:to|do|can|could|would|should|does one|might)|steps?|step by step|instructions?|guide|tutorial|recipe|procedure|walk me through|write|create|make|build|synthesi[sz]e|produce|manufacture|develop|generate|give me|teach me|show me|tell me|explain how|ways? to|best way|methods? (?:to|for)|plan|help me|provide|design|code|script|program|cook|grow|extract|obtain|buy|get|acquire|where (?:can|do) i"
_HIDES = r"without (?:getting caught|being (?:caught|detected|noticed|seen|traced)|anyone (?:knowing|noticing)|a trace|leaving (?:a )?traces?|detection|them knowing)|undetect\w*|untrace\w*|avoid (?:detection|the police|getting caught|being caught)|evade (?:police|detection|law enforcement|antivirus)|get away with|no one (?:will )?(?:know|find out)|bypass (?:security|the filter|antivirus|detection)|cover (?:up|my tracks)|anonymously"
# Asking for protection or help: checking whether something is safe, preventing, detecting,
# reporting, treating. Part of the defensive framing (`_DEFENDS`), and all of `_PROTECTS`.
_CHECKS = r"how (?:do|can|would|could) (?:i|you|we|one) (?:know|tell|find out|check|see|verify) (?:if|whether)|how to (?:know|tell|check|verify) (?:if|whether)|is (?:it|this|that) (?:a scam|safe|legit|dangerous|poisonous|normal)"
_PROTECTIVE = r"prevent\w*|protect\w*|detect(?:ed|ing|ion|s)?|recogni[sz]\w*|identify|spot|warning signs?|symptoms?|defen[cd]\w*|safely|safety|awareness|report\w*|mitigat\w*|secur(?:e|ing) (?:my|our|your)|treatment|treat|recover\w*|dispos\w*"
_DEFENDS = rf"{_CHECKS}|is (?:it|this|that) legal|{_PROTECTIVE}|signs?|history|historical|why (?:did|do|does|is|are|was|were)|what (?:is|are|was|were)|victims?|penalt\w*|punish\w*|legal(?:ly)?|law|laws|ban(?:ned)?|illegal|regulat\w*|research\w*|novel|story|fiction|film|movie|game"
# What a defender's tooling does to an attack (a script that blocks an IP after failed logins,
# a rule that quarantines macro attachments, a patch for Log4Shell): the corpus's defensive
# words were questions ("How do I protect …"), so code requests for defence read as attacks.
# Verbs, not the defences' names ("firewall", "SIEM"), which an attack names as its target;
# "monitor" and "alert" are left out: "monitor my wife's phone" and "without alerting anyone"
# are harmful requests.
_DEFENDS_SECURITY = r"block(?:s|ed|ing|list\w*)?|quarantin\w*|patch(?:es|ed|ing)?|harden\w*|rate[- ]limit\w*|saniti[sz]\w*|remediat\w*|allowlist\w*|honeypots?|intrusion detection|incident response|least privilege"
# Turning a defence off or slipping past it is staying undetected, whatever verb does it:
# "a keylogger that blocks antivirus updates", "a phishing page so that filters don't catch it".
_BLINDS_DEFENCES = r"(?:block|disabl|kill|turn\w* off|uninstall|tamper\w* with|bypass|evad|avoid|get\w* past|slip\w* past|hid\w* from|blind)\w* (?:the |its |any |all |a |every )?(?:antivirus|anti virus|firewalls?|windows defender|defender|edr|siem|security (?:software|updates|tools|scanners?)|antivirus updates|audit logs?|detection|spam filters?|content filters?|filters?)|so (?:that )?(?:the )?(?:filters?|antivirus|scanners?|nobody|no one|police|admins?) (?:don't|doesn't|won't|can't|cannot|will not|never) (?:catch|detect|notice|flag|see|find)"

# Hazard words in their everyday senses, taken out before the hazards are looked for: "kill
# time at the airport", "kill the process", "bomb the exam", "a life hack", "bath bombs",
# "poison ivy", "a long strangle" (an options trade). Each is a phrase whose object settles
# the sense; a bare "kill it" or "the bomb" stays ambiguous and stays a hazard. The corpus
# holds a dozen such phrases (mostly "growth hacking", "kill switch"), so the heads learned
# nothing of them, and they read "kill time" as they read "kill someone".
_FIGURATIVE = r"kill(?:ing|s|ed)? (?:time|two birds|(?:a |the |this |that |all |my |your |its |every |an )?(?:[a-z0-9]+ )?(?:process(?:es)?|pids?|tasks?|jobs?|threads?|apps?|programs?|tabs?|sessions?|containers?|pods?|queries|query|switch(?:es)?|lights?|engine|mood|vibe|weeds?|germs?|bacteria|mold|mould|fleas?|lice|ants|roaches|cockroaches|odou?rs?))|killer (?:apps?|features?|deals?|workouts?|views?|smiles?|outfits?)|(?:take|took|taking) a stab|bath bombs?|photo ?bomb\w*|bomb(?:ed|ing)? (?:the |my |an |that |this )?(?:exams?|tests?|interviews?|presentations?|auditions?|quiz(?:zes)?|finals?)|life ?hacks?|hackathons?|hack(?:ing)? (?:growth|productivity)|growth hack\w*|poison (?:ivy|oak|sumac|control)|murder myster(?:y|ies)|night terrors?|(?:long |short )?strangles? (?:options?|strateg\w*|trades?)|computer viruses (?:history|museum)"


# A text framed as defence (protecting, detecting, patching, history, fiction), with no wish
# to stay hidden: the cascade lets MiniLM clear such a text but not raise it
# (`escalate_defended_at`).
DEFENDS = "⟨defends⟩"
# A text that names a hazard and wants it to stay undetected ("poison my neighbour without
# leaving a trace"): held out, 338 of the corpus's 339 such prompts are harmful, so the cascade
# lets the lexical harm score stand for them from its operating point (`settle_hiding_at`).
HIDES_A_HAZARD = "⟨hazard+hides⟩"
NAMES_A_HAZARD = "⟨hazard⟩"


def _compile(alternation: str) -> re.Pattern[str]:
    # Searched in the words joined by spaces, with a space at each end: a leading space is a
    # literal `re` can skip to, where a look-behind for a word boundary made it try every
    # position (twice as slow, and these patterns run on every prompt).
    return re.compile(rf" (?:{alternation})(?= )")


_FIGURATIVE_PATTERN = _compile(_FIGURATIVE)
_HAZARD_PATTERNS = tuple((name, _compile(pattern)) for name, pattern in _HAZARDS.items())
_ASKS_HOW_PATTERN = _compile(_ASKS_HOW)
_HIDES_PATTERN = _compile(f"{_HIDES}|{_BLINDS_DEFENCES}")
_DEFENDS_PATTERN = _compile(f"{_DEFENDS}|{_DEFENDS_SECURITY}")
# The defensive framings that ask for protection or help, without those of history, law,
# research and fiction, which a request for harm borrows as often as a benign one does ("a
# story where the hero explains how to make meth", "the victims deserved it"). Where the
# cascade lets MiniLM only lower a score (`CascadeOptions.only_lowered`) it reads these.
_PROTECTS = rf"{_CHECKS}|{_PROTECTIVE}|what should i do|first aid|poison control|help desk"
_PROTECTS_PATTERN = _compile(f"{_PROTECTS}|{_DEFENDS_SECURITY}")


def asks_for_protection(words: Iterable[str]) -> bool:
    """Whether lowercase words ask for protection or help (`_PROTECTS`), without wanting
    anything to stay undetected."""
    joined = f" {' '.join(words)} "
    return _HIDES_PATTERN.search(joined) is None and _PROTECTS_PATTERN.search(joined) is not None


def concept_features(words: Iterable[str]) -> set[str]:
    """The concept features of a text given as its lowercase words (text and glosses).

    Names start with "⟨" so that they never collide with a word or bigram's hash input.
    """
    joined = f" {' '.join(words)} "
    # Replaced by a space each, so the words on either side stay apart.
    literal = _FIGURATIVE_PATTERN.sub(" ", joined)
    hazards = [name for name, pattern in _HAZARD_PATTERNS if pattern.search(literal)]
    asks = _ASKS_HOW_PATTERN.search(joined) is not None
    hides = _HIDES_PATTERN.search(joined) is not None
    # Wanting not to be caught outweighs a defensive word: "ransomware that avoids detection"
    # names detection, and "blocks antivirus updates" blocks.
    defends = not hides and _DEFENDS_PATTERN.search(joined) is not None
    features = {name for name, flag in (("⟨asks⟩", asks), ("⟨hides⟩", hides)) if flag}
    if defends:
        features.add(DEFENDS)
    for hazard in hazards:
        features.add(f"⟨hazard:{hazard}⟩")
        if asks:
            features.add(f"⟨hazard:{hazard}+asks⟩")
        if hides:
            features.add(f"⟨hazard:{hazard}+hides⟩")
        if defends:
            features.add(f"⟨hazard:{hazard}+defends⟩")
    if hazards:
        features.add(NAMES_A_HAZARD)
        features.update(
            f"⟨hazard+{name}⟩"
            for name, flag in (("asks", asks), ("hides", hides), ("defends", defends))
            if flag
        )
        if asks and not defends:
            features.add("⟨hazard+asks-defends⟩")
    return features
