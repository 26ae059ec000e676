"""Written cues of a request for the means, method or concealment of hurting oneself.

The trained harm heads learnt the red team's register ("Write a guide on how to ...") and its
hazard topics; a person at risk asks the way people ask anything ("how many of my pills would it
take to not wake up", "which floor is high enough"), and those requests passed. What marks them
is a small grammar: an ask for an amount, a way, a place or a time, aimed at the asker's own
death or injury; or hiding an injury or an eating disorder from the people who would help.
What must pass is everything else on the subject: disclosure, venting, asking for help, first
aid, care for someone else, safe limits of a medicine, history, and the everyday senses of the
words ("kill the process", "dying to see it", "cut my own hair").

Each cue is (pattern, weight), searched in the lowered text with typographic apostrophes
straightened; a text's score is 1 - prod(1 - weight) over the cues it shows, and 0.5 is the
bar (`self_harm`). A plain ask for a method of dying passes the bar alone; a stated wish to die,
or talk of a plan, weighs less than the bar, so that disclosure and venting pass unless a
method or concealment is asked for too. `CARE_FRAMES` (helping, stopping, recovering, someone
else's safety) lower the score of the weaker cues, never of a plain method ask.
"""

# ruff: noqa: E501 - one pattern per line reads better than wrapped fragments

from __future__ import annotations

import re

# The asker's own death, as people say it.
_OWN_DEATH = r"(?:die\b|be\s+dead\b|kill\s+(?:me|myself)\b|end\s+(?:my\s+(?:own\s+)?life|it\s+all|it\b(?!\s+(?:with|between|for\s+(?:good\s+)?with))|things\b|everything\b|my\s+suffering)|take\s+my\s+(?:own\s+)?life|commit\s+suicide|suicide\b|unalive\s+myself|off\s+myself|(?:not|never)\s+(?:to\s+)?wake\s+up|(?:won't|wouldn't|will\s+not|would\s+not|not|never|don't|didn't|don't\s+want\s+to|do\s+not\s+want\s+to)\s+(?:to\s+)?(?:survive|wake\s+up|come\s+back|make\s+it\s+through\s+the\s+night)|bleed\s+out|(?:my|the)\s+(?:kidneys|liver|heart)\s+(?:give|gives|stop|stops|fail|fails)|take\s+(?:the\s+lot|them\s+all|all\s+of\s+them)|all\s+at\s+once|sleep\s+(?:forever|for\s+good|and\s+never)|stop\s+my\s+(?:own\s+)?heart|be\s+(?:fatal|lethal|deadly|enough\s+to\s+die)|finish\s+(?:me|myself)\s+off|hang\s+myself|overdose\b(?![^.?!\n]{0,20}\b(?:by\s+mistake|by\s+accident|accidentally))|od\b)"
# Ways of hurting oneself short of death.
_OWN_INJURY = r"(?:cut|burn|hurt|harm|injure|bruise|scratch|starve|punish|bleed)\s+myself|self[\s-]?harm(?:ing)?\b|cutting\s+(?:myself|again|deeper)"
# An ask for a method, an amount, a place or a time.
_ASK = r"(?:how\s+(?:many|much|long|high|far|deep|do\s+i|can\s+i|could\s+i|would\s+i|should\s+i|to|does\s+one|do\s+you|would\s+you|would\s+someone|could\s+someone|can\s+someone)|what(?:'s|\s+is|\s+are|\s+would\s+be)?\s+(?:the\s+)?(?:best|easiest|quickest|fastest|surest|simplest|most\s+\w+|least\s+\w+|dose|amount|number|height|time|way)|which|where\s+(?:can|could|should|do|would)\s+i|when\s+(?:should|could|would|can)\s+i|is\s+there\s+a\s+way|tell\s+me|give\s+me|list|show\s+me)"
# Words between an ask and its aim that turn it into a question about stopping or helping.
_NOT_AIMED = r"(?:stop|not\s+to|avoid|resist|prevent|instead|cope|coping|distract|help|helping|survive\s+wanting|urge|talk|tell|recover|heal|treat|clean|care|support|deal|explain|notice|spot|know\s+if|recogni[sz]e|warning|signs?|safe|safely|someone\s+who|a\s+friend\s+who|people\s+who|my\s+(?:son|daughter|child|kid|friend|partner|wife|husband|mum|mom|dad|brother|sister|patient|student|client)s?)"
NOT_AIMED = re.compile(rf"\b{_NOT_AIMED}\b")
# Up to twelve words of one sentence between an ask and its aim, captured as `gap` so that
# the detector can drop a match whose gap turns it to stopping or helping (`NOT_AIMED`): a
# check on the words matched, where a lookahead at every character cost ~0.2 ms per ask.
_WORDS = r"(?:[^\S\n]+[^\s.?!;]+){0,12}?[^\S\n]+"
_GAP = r"(?P<gap>(?:[^\S\n]+[^\s.?!;]+){0,12}?[^\S\n]+)"

# The methods people name: the word decides nothing alone, but a method and a stated wish to
# die in one text is a plan.
_METHODS = r"(?:pills?|tablets?|meds|medications?|sleeping\s+pills|painkillers|paracetamol|acetaminophen|tylenol|ibuprofen|insulin|antidepressants?|opioids?|bridge|building|roof|rooftop|cliff|ledge|floor|balcony|car\s+park|parking\s+garage|train\s+tracks?|rope|noose|belt|blade|razor|knife|wrists?|gun|bullet|exhaust|charcoal|bleach|antifreeze|rat\s+poison|pesticide|plastic\s+bag|helium|drown|drowning|jump(?:ing)?)"
_WISH = r"(?:i(?:\s+really|\s+just)?(?:\s+want|\s+wanna|\s+need|\s+plan|\s+am\s+going|'m\s+going|\s+am\s+ready|'m\s+ready|\s+have\s+decided|'ve\s+decided|\s+decided)\s+to\s+(?:die|kill\s+myself|end\s+(?:my\s+life|it\s+all|it|things|everything)|take\s+my\s+(?:own\s+)?life|not\s+(?:be\s+here|exist|wake\s+up)|disappear\s+(?:forever|for\s+good))|i\s+don'?t\s+want\s+to\s+(?:be\s+alive|live|exist|wake\s+up)|before\s+i\s+(?:kill\s+myself|die\b|end\s+it|do\s+it)|after\s+i'?m\s+(?:dead|gone)|when\s+i'?m\s+(?:dead|gone)|(?:my|a)\s+suicide\s+(?:plan|note|letter|date)|kms\b|unalive\s+myself|(?:my|a)\s+suicide\s+pact|end\s+their\s+lives|my\s+(?:overdose|suicide|death)\b)"
_PRO_ED = r"(?:pro[\s-]?(?:ana|mia)|thinspo|meanspo|bonespo|thinspiration)"

# A cue: its pattern, its weight, and the starts of words (their first one to four letters)
# one of which every match holds; a text without any of them is not searched (a set lookup
# per cue instead of a regex scan of the text, which costs ~0.025 ms per KB each).
Cue = tuple[re.Pattern[str], float, frozenset[str]]


def _words(starts: str) -> frozenset[str]:
    return frozenset(starts.split())


# Asks for a method and hiding an injury: a care frame does not lower these ("my mum" is whom
# the injury is hidden from).
METHOD_CUES: tuple[Cue, ...] = (
    # An ask aimed at the asker's own death: "how many of my sleeping pills would it take to
    # not wake up", "quickest painless way to end it", "which floor would I not survive".
    (re.compile(rf"\b{_ASK}{_GAP}(?:to|would|will|could|that|so|until|before|and|i)\b{_WORDS}{_OWN_DEATH}|\bhow\s+(?:do\s+i|can\s+i|could\s+i|would\s+i|should\s+i|to|does\s+one)\s+(?:just\s+|finally\s+|actually\s+|best\s+)?{_OWN_DEATH}"), 0.55, _words("die dead kill end take comm suic unal off wake surv come make blee kidn live hear lot once slee stop fata leth fini hang over od")),
    # The adjectives only dying takes: "a painless way", "peaceful method", "the surest way".
    (re.compile(r"\b(?:painless|painlessly|peaceful|peacefully|least\s+painful|surest|most\s+certain|most\s+lethal|quietest|least\s+messy)\s+(?:way|ways|method|methods|means|option|options|exit)\b(?!\s+(?:to|of)\s+(?:pull|remove|get\s+rid|take\s+out|tell|say|break|quit|put\s+down|euthanise|euthanize|stop))|\b(?:which|what)\s+(?:method|way)\s+(?:is|would\s+be)\s+(?:most|more|least|less)\s+(?:certain|painful|reliable|lethal|sure)"), 0.5, _words("pain peac leas sure most quie whic what")),
    # The body's lethal places asked about: "which vein would bleed the fastest", "cut my wrist".
    (re.compile(r"\b(?:cut|slit|slice|open)\s+my\s+(?:wrists?|veins?|arter(?:y|ies)|throat)\b|\b(?:which|what|where)\b[^.?!\n]{0,30}\b(?:vein|artery)\b[^.?!\n]{0,40}\b(?:bleed|cut)|\b(?:rope|noose|belt|cord|knot|cable|scarf)\b[^.?!\n]{0,60}\baround\s+my\s+neck\b|\b(?:cuts?|cutting)\s+(?:deeper|deepest)\b|\bcuts?\s+deepest\b|\bwhere\s+(?:on\s+my\s+\w+\s+)?(?:can|should|could)\s+i\s+cut\b|\bplace\s+to\s+cut\b(?!\s+(?:a|an|the|my|your|his|her|some|their|our)\b)"), 0.55, _words("cut slit slic open whic what wher rope noos belt cord knot cabl scar plac")),
    # Lethal height or dose: "high enough that I wouldn't survive", "enough paracetamol that the
    # hospital can't fix it", "a dose I won't wake up from".
    (re.compile(r"\b(?:high|tall|far|deep|fast|strong|enough)\b[^.?!\n]{0,40}\b(?:wouldn't|won't|will\s+not|would\s+not|not|never|can't|cannot|couldn't)\s+(?:survive|wake|fix|save|reverse|undo|bring\s+me\s+back)"), 0.5, _words("high tall far deep fast stro enou")),
    # An ask for a way of injuring oneself: "which things can I use to burn myself".
    (re.compile(rf"\b{_ASK}{_GAP}(?:{_OWN_INJURY})"), 0.5, _words("myse self cutt")),
    # Hiding an injury or an eating disorder from the people who would help: "make the marks
    # fade so my mum never finds out", "hide that I'm not eating from my parents".
    (re.compile(r"\b(?:hide|hiding|cover|covering|conceal|disguise|explain\s+away|keep\s+(?:it|them)\s+(?:secret|hidden)|fade|faster|lie\s+about)\b[^.?!\n]{0,60}\b(?:cuts?|cutting|marks|burns|wounds|self[\s-]?harm|bruises|weight\s+loss|(?:how\s+much\s+)?weight\s+i'?ve\s+lost|razor\s+blades?|blades|(?:i'?m|i\s+am|i've\s+been)\s+not\s+eating|not\s+eating|skipping\s+meals|purging|throwing\s+up|how\s+little\s+i\s+eat|my\s+eating|eating\s+disorder|relapse)\b[^.?!\n]{0,80}\b(?:from\s+(?:my|the|her|his|everyone|people|anyone)|so\s+(?:that\s+)?(?:nobody|no\s+one|my|they|people|he|she)|without\s+(?:anyone|my|people|them|her|him)|never\s+(?:finds?|notices?|knows?)|doesn't\s+notice|don't\s+notice|won't\s+notice|catch(?:es)?\s+on|find\s+out|finds\s+out)"), 0.55, _words("hide hidi cove conc disg expl keep fade fast lie")),
    (re.compile(r"\b(?:cuts?|marks|burns|self[\s-]?harm)\b[^.?!\n]{0,60}\b(?:so\s+(?:that\s+)?(?:nobody|no\s+one)\s+(?:sees|notices|knows|finds)|without\s+(?:anyone|my\s+\w+|people)\s+(?:seeing|noticing|knowing|finding))"), 0.5, _words("cut mark burn self")),
    # Keeping it from the people who care for you: "so she stops asking whether I have a plan",
    # "discharge me early", "without them sending someone round".
    (re.compile(r"\b(?:therapist|crisis\s+(?:team|line)|mental\s+health\s+team|gp|doctor|ward|a&e|nurse|dietitian|clinic|counsel(?:l)?or|psychiatrist)\b[^.?!\n]{0,80}\b(?:stops?\s+asking|(?:doesn't|don't|won't|not)\s+call|without\s+(?:them|her|him)\s+(?:sending|calling|knowing)|thinks?\s+i'?m\s+(?:fine|eating|gaining|okay|ok)|looks?\s+like\s+i'?m\s+(?:fine|okay|ok)|lets?\s+me\s+go\b|discharge\s+me)|\b(?:lie|lying|lied)\s+(?:to|on)\s+(?:my\s+|the\s+)?(?:therapist|intake|crisis|psychiatrist|doctor|gp)"), 0.5, _words("ther cris ment gp doct ward a nurs diet clin coun psyc lie lyin")),
    # Dying disguised, or saved up for: "make my death look like an accident", "stockpile".
    (re.compile(r"\bmake\s+(?:my\s+death|my\s+suicide|my\s+overdose)\s+look\s+like\b|\b(?:stockpil(?:e|ing)|stock(?:ing)?\s+up|sav(?:e|ing)\s+(?:them|some|it|enough)\s+up|hoard(?:ing)?)\b[^.?!\n]{0,60}\b(?:take\s+(?:them\s+all|the\s+lot|it\s+all)|when\s+i'?m\s+ready|one\s+night|all\s+at\s+once)|\b(?:faster|quicker|less\s+painful|more\s+painful|more\s+certain|surer)\b[^.?!\n]{0,30}\b(?:the\s+)?(?:pills|cutting|burning|hanging|jumping|overdose|rope)\b\s*(?:or|vs)\b"), 0.55, _words("make stoc sav hoar fast quic less more sure")),
    # Wounds passed off as something else: "make the burns look like they came from cooking",
    # "a believable excuse for the cuts", "keep her cuts secret from the school nurse".
    (re.compile(r"\bmake\s+(?:the|my|these|those)\s+(?:cuts|scars|marks|burns|bruises|wounds)\b[^.?!\n]{0,40}\blook\s+like\b|\b(?:excuse|explanation|story|lie)\s+for\s+(?:the|my|these)\s+(?:cuts|scars|marks|burns|bruises)\b|\bkeep\s+(?:my|her|his|their|the)\s+(?:cuts|self[\s-]?harm|burns)\s+(?:a\s+)?(?:secret|hidden)"), 0.55, _words("make excu expl stor lie keep")),
    # A dose asked for its certainty, not its safety: "enough yet to make sure I don't come
    # back", "which vial would be quickest for me", "strongest to overdose on".
    (re.compile(r"\benough\s+(?:yet\s+)?(?:for\s+a\s+person|to\s+make\s+sure|to\s+be\s+sure)\b|\bquickest\s+for\s+me\b|\bto\s+overdose\s+on\b(?![^.?!\n]{0,20}\b(?:by\s+mistake|by\s+accident|accidentally))"), 0.5, _words("enou quic over")),
    # Rescue kept away: "so the hospital can't pump my stomach in time", "stop my flatmate
    # calling an ambulance", "a reason not to call the crisis line".
    (re.compile(r"\b(?:can't|cannot|won't|wouldn't|couldn't)\s+(?:pump\s+my\s+stomach|save\s+me|revive\s+me|get\s+to\s+me)\s+in\s+time\b|\bstop\s+(?:\w+\s+){0,3}(?:from\s+)?calling\s+(?:an\s+)?(?:ambulance|999|911|112)|\breasons?\s+not\s+to\s+call\s+(?:the\s+)?(?:crisis|helpline|hotline|988|samaritans)"), 0.5, _words("can won woul coul stop reas")),
    # Losing weight past a stop: "already underweight", "until my ribs show", "skin and bones".
    (re.compile(r"\b(?:lose|losing|drop|dropping|keep\s+losing|get\s+(?:down|thinner))\b[^.?!\n]{0,60}\b(?:already\s+(?:underweight|too\s+thin|thin)|even\s+though\s+i'?m\s+(?:already\s+)?(?:underweight|thin)|my\s+doctor\s+says\s+stop|even\s+if\s+it\s+makes\s+me\s+(?:ill|sick))|\b(?:ribs|hip\s*bones|collarbones?|bones)\s+(?:showing|stick(?:ing)?\s+out|to\s+show)|\bskin\s+and\s+bones\b|\bwant\s+(?:to\s+(?:get|have)\s+)?(?:anorexia|bulimia|an\s+eating\s+disorder)\b|\b(?:anorexia|bulimia|an\s+eating\s+disorder)\s+on\s+purpose\b"), 0.55, _words("lose losi drop keep get ribs hip coll bone skin want anor buli eati")),
    # Eating faked for the people who watch: "pretend to eat", "fake my food diary".
    (re.compile(r"\b(?:pretend(?:ing)?\s+to\s+eat|fake\s+(?:the|my)\s+(?:food|meal|eating)|hide\s+(?:food|it)\s+in\s+(?:a|my)\s+napkin|fool(?:ing)?\s+\w+(?:\s+\w+)?\s+into\s+thinking\s+i'?m\s+eating|(?:thinks?|think)\s+i'?m\s+(?:eating|gaining)|sounds?\s+like\s+i'?m\s+eating)\b"), 0.55, _words("pret fake hide fool thin soun")),
    # Purging asked for: "tips for making myself throw up after meals".
    (re.compile(rf"\b{_ASK}{_GAP}(?:make|making|get|getting)\s+myself\s+(?:throw\s+up|vomit|sick|puke|purge)|\bpurge\s+(?:quietly|silently|without)|\bthrow\s+up\s+before\s+it\s+digests|\blaxatives?\b[^.?!\n]{0,40}\b(?:get\s+(?:it|dinner|food|everything)\s+out|lose\s+weight|fastest)|\b(?:tips|tricks|ways?)\s+(?:for|to|of)\s+(?:making\s+myself\s+|make\s+myself\s+)?(?:throw(?:ing)?\s+up|vomit(?:ing)?|purg(?:e|ing))\b"), 0.55, _words("make maki get gett purg thro laxa tips tric way")),
)  # fmt: skip

# Weaker signs, and signs a text about someone else shows in either sense (urging them, or
# reporting who urged them): halved in a care frame.
WEAK_CUES: tuple[Cue, ...] = (
    # Content that promotes an eating disorder, asked for: "pro-ana tips", "send me thinspo".
    (re.compile(rf"\b{_PRO_ED}\b[^.?!\n]{{0,20}}\b(?:tips|tricks|quotes|motivation|rules|plan|diet|ideas|posts|pics|pictures|images|content|captions|mantras|coach|buddy|style)\b|\b(?:give|send|write|need|want|make|create|generate|share)\b[^.?!\n]{{0,30}}\b{_PRO_ED}\b|\bana\s+(?:coach|buddy|tips|diet|rules)\b"), 0.55, _words("pro thin mean bone ana")),
    # Urging someone else to hurt or kill themselves: "telling her she should kill herself".
    (re.compile(r"\b(?:should|to\s+go\s+and|encourage\s+(?:him|her|them)\s+to|convince\s+(?:him|her|them)\s+to|make\s+(?:him|her|them)|get\s+(?:him|her|them)\s+to|push\s+(?:him|her|them)\s+to|so\s+(?:that\s+)?(?:he|she|they)(?:'ll|\s+will|\s+would)?|until\s+(?:he|she|they))\s+(?:just\s+|finally\s+)?(?:kills?|hurts?|cuts?|starves?|harms?)\s+(?:himself|herself|themselves|themself)\b|\bpush\s+(?:him|her|them)\s+over\s+the\s+edge\b|\b(?:happier|better\s+off)\s+if\s+(?:she|he|they|you)\s+(?:just\s+)?(?:killed\s+(?:herself|himself|themselves|yourself)|died|were\s+dead|was\s+dead)|\b(?:get|make|talk|convince|push|encourage)\s+(?:my\s+\w+|her|him|them)\s+(?:into\s+|to\s+)?(?:starv(?:e|ing)\s+(?:herself|himself|themselves)|restricting\s+again|trying\s+cutting|stop\s+eating\s+altogether)|\bshould\s+(?:cut|starve)\s+(?:deeper|harder|more)\b|\bgoes\s+through\s+with\s+(?:hurting|killing)\b"), 0.55, _words("kill hurt cut star harm push goes happ bett get make talk conv enco")),
    # Promoting it to others: "discreetly encourage someone threatening suicide to act".
    (re.compile(rf"\b{_ASK}{_GAP}(?:promote|promoting|glorif(?:y|ying)|encourage|encouraging|spread|spreading|romantici[sz]e|push|pushing|convince|talk\s+\w+\s+into)\b{_WORDS}(?:self[\s-]?harm|suicide|suicidal|cutting|starving|eating\s+disorders?|anorexia|ending\s+it|act\s+on\s+(?:their|his|her)\s+impulses)"), 0.55, _words("self suic cutt star eati anor endi impu")),
    # Starving asked for: "a 300 calorie a day diet", "go a week without food", "ignore the hunger".
    (re.compile(r"\b(?:[1-5]\d\d|[1-9]\d|zero)\s*(?:-\s*)?(?:cal|kcal|calories?)\s*(?:a|per|each|/)\s*day\b"), 0.4, _words("cal kcal")),
    (re.compile(r"\b(?:go|last|get\s+through|survive|manage)\s+(?:a\s+)?(?:whole\s+|full\s+|entire\s+)?(?:week|weeks|\d+\s+days|several\s+days|days|month)\s+without\s+(?:food|eating|any\s+food)"), 0.35, _words("with")),
    (re.compile(r"\b(?:ignore|suppress|numb|kill|stop|trick|fool|silence|block)\s+(?:the\s+|my\s+)?(?:hunger|appetite|hunger\s+pangs)"), 0.25, _words("hung appe")),
    # Insulin skipped to lose weight: over the bar alone, under it when told to a nurse.
    (re.compile(r"\bskip\w*\s+(?:my\s+)?insulin\b"), 0.5, _words("skip")),
    # A stated wish or plan to die: disclosure alone stays under the bar.
    (re.compile(rf"\b{_WISH}"), 0.3, _words("die kill end take not disa aliv live exis wake befo afte dead gone suic kms unal over deat")),
    # A method named beside a wish (with the wish's weight, over the bar): a plan.
    (re.compile(rf"\b{_WISH}.*\b{_METHODS}\b|\b{_METHODS}\b.*\b{_WISH}", re.S), 0.3, _words("die kill end take not disa aliv live exis wake befo afte dead gone suic kms unal over deat")),
    # The act unnamed, with a time or a going through: "which night to go through with it".
    (re.compile(r"\b(?:go\s+through\s+with\s+it|finish\s+what\s+i\s+started|until\s+it'?s\s+(?:over|too\s+late)|when\s+i\s+do\s+it|(?:do|doing)\s+it\s+(?:tonight|tomorrow|this\s+(?:week|weekend)|on\s+\w+day|before|after)|(?:won't|will\s+not)\s+be\s+(?:here|around)\s+(?:anymore|any\s+more|much\s+longer)|better\s+off\s+without\s+me|log\s+off\s+for\s+good|i'?m\s+(?:done|ready)\b(?=[.!,]?\s+(?:just|so|help|tell|which|what|how)))"), 0.3, _words("thro fini unti when do doin won will bett log done read")),
    # Arranging not to be found or stopped: "least likely to find me", "nobody can stop me".
    (re.compile(r"\b(?:least\s+likely|not\s+likely|won't|wouldn't|unlikely|nobody|no\s+one|not)\b[^.?!\n]{0,30}\b(?:find|finds|found|stop|stopping|interrupt|save|rescue|check(?:s|ing)?\s+on)\s+(?:me|my\s+body)\b(?!\s+(?:a|an|the|some|work|job|friend|help))"), 0.3, _words("leas not won woul unli nobo no")),
    # A note left behind.
    (re.compile(r"\b(?:suicide|goodbye|farewell|last)\s+(?:note|letter|message)\b"), 0.25, _words("suic good fare last")),
)  # fmt: skip

# Frames that make a text about someone else's safety, stopping, or getting help.
CARE_FRAMES = re.compile(
    r"\b(?:report|reporting|moderat(?:e|or|ing|ion)|hotline|helpline|crisis\s+(?:line|text|team)|samaritans|988|therapist|counsel(?:l)?or|psychiatrist|gp\b|doctor|nurse|get\s+help|find\s+help|reach\s+out|talk\s+(?:to|with)\s+(?:someone|somebody|a|my)|stop\s+(?:myself|wanting|cutting|the\s+urge)|not\s+to\s+(?:hurt|kill|cut)|recover(?:y|ing)?|relapse\s+prevention|warning\s+signs|signs\s+(?:of|that)|prevent(?:ion|ing)?|safety\s+plan|keep\s+(?:him|her|them|my\s+\w+)\s+safe|(?:my|a|our)\s+(?:son|daughter|child|kid|teen|teenager|friend|partner|wife|husband|mum|mom|mother|dad|father|brother|sister|patient|student|client|colleague|coworker)s?\b|novel|story|character|screenplay|poem|history|historical|research|statistics|article)\b"
)
