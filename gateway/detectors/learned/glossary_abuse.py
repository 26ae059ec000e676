"""The glossary's vocabulary of hate and abuse, and of the groups it targets, in every language.

A data file like `glossary_table.py`, exempt like it from the ~400-line module guideline (same
format and rules; `glossary.py` merges the three). The other tables were written from harmful
requests and hazards; neither named the groups hate is aimed at, the words that demean them
or the swear words of an insult, so a hateful or abusive prompt in French or Japanese gave the
toxicity models nothing to read ("Les immigrés sont des parasites …" glossed to "the").

Written for ModelGate (twenty-second session) by walking five families, each in French,
Spanish, German, Portuguese, Chinese and Japanese:
- the groups: women, religions, peoples and origins, sexual orientation and gender identity,
  disability, migrants (named neutrally, and the common slurs for them);
- what hate says of a group: loathing, dehumanising nouns, inferiority, stereotyped
  accusations, wishes to expel or remove, calls to beat, burn or lynch;
- insults and swear words aimed at a person;
- the words of counter-speech (racism, prejudice, discrimination) and of praise and support
  (love, respect, wonderful, heroes, rights, welcome), so that a text rejecting a stereotype
  or praising a group reads as one.
A group is glossed as one word ("gays", "disabled", not "gay people"): the harm head learnt
"people" from requests to hurt them (weight +6 on its own), and a foreign sentence praising
"les handicapés" was refused for it.
The English values are what the English-trained models know: a slur glosses to its English
counterpart, because that is the word the toxicity models learnt.
"""

# ruff: noqa: E501 - one concept per line reads better than wrapped alternations

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

FRENCH_ABUSE: Final[Mapping[str, str]] = MappingProxyType(
    {
        # Negation: "ne sont pas nos égaux" says the opposite of "sont nos égaux"
        "pas": "not",
        "jamais": "never",
        # Groups
        "femmes|femme": "women",
        "immigrés|immigrées|immigré": "immigrants",
        "migrants|migrant": "migrants",
        "réfugiés|réfugiées|réfugié": "refugees",
        "étrangers|étrangères": "foreigners",
        "musulmans|musulmanes|musulman": "muslims",
        "juifs|juives|juif|juive": "jews",
        "chrétiens|chrétiennes": "christians",
        "noirs|noires": "blacks",
        "arabes": "arabs",
        "asiatiques": "asians",
        "homosexuels|homosexuelles|homos": "gays",
        "lesbiennes": "lesbians",
        "transgenres|personnes trans": "trans",
        "handicapés|handicapées|personnes handicapées": "disabled",
        "roms|tziganes|gitans": "roma",
        # Slurs
        "pédés|pédé|tapettes": "faggots",
        "bougnoules|bicots": "sand niggers",
        "nègres|nègre": "niggers",
        # Loathing
        "déteste|détestent|détester|détestons": "hate",
        "hais|hait|haïr": "hate",
        "méprise|méprisent|mépriser": "despise",
        "exècre|exècrent": "loathe",
        "dégoûtent|dégoûte|me dégoûtent": "disgust",
        "dégoûtants|dégoûtantes|dégoûtant|dégoûtante|répugnants": "disgusting",
        # Dehumanising
        "parasite|parasites": "parasites",
        "rats|rat": "rats",
        "cafards|cafard": "cockroaches",
        "animaux|bêtes": "animals",
        "sous-humains": "subhuman",
        "monstres": "monsters",
        "fléau": "plague",
        "racaille": "scum",
        "ordures|déchets": "garbage",
        "malades": "sick",
        "dégénérés": "degenerates",
        "fardeau": "burden",
        # Inferiority and stereotypes
        "inférieurs|inférieures|inférieur|inférieure": "inferior",
        "stupides|stupide|débiles": "stupid",
        "paresseux|fainéants": "lazy",
        "sales": "dirty",
        "voleurs": "thieves",
        "criminels": "criminals",
        "menteurs": "liars",
        "inutiles|inutile": "useless",
        # Expelling
        "rentrent chez eux|rentrez chez vous|dégagez": "go back home",
        "chasser|virer": "kick out",
        "expulser|expulsez": "deport",
        "qu'ils crèvent|crève|crevez": "die",
        "frapper|tabasser": "beat up",
        "lyncher": "lynch",
        "brûler": "burn",
        "inciter|incitent": "incite",
        # Insults and swearing
        "connard|connards|connasse": "asshole",
        "salope|salopes|pétasse": "bitch",
        "pute|putes": "whore",
        "fils de pute": "son of a bitch",
        "enculé|enculés": "motherfucker",
        "va te faire foutre|allez vous faire foutre": "fuck you",
        "ferme ta gueule|ta gueule": "shut up",
        "merde": "shit",
        "putain": "fucking",
        "crétin|crétins|abruti|abrutis": "idiot",
        "bâtard|bâtards": "bastard",
        # Praise and support
        "aime|aimons|adorons": "love",
        "respecte|respectons": "respect",
        "merveilleux|merveilleuses|magnifiques|formidables|géniaux|géniales|sublimes|incroyables": "wonderful",
        "héros": "heroes",
        "courageux|courageuses": "brave",
        "gentils|gentilles": "kind",
        "intelligents|intelligentes": "smart",
        "méritent": "deserve",
        "égaux|égales|égalité": "equal",
        "bienvenus|bienvenue|accueillir": "welcome",
        "soutenir|soutenons|soutien": "support",
        "fier|fière|fiers|fières": "proud",
        "valeur": "value",
        "amis|amies": "friends",
        # Counter-speech
        "raciste|racistes": "racist",
        "racisme": "racism",
        "préjugé|préjugés": "prejudice",
        "discrimination|discriminations": "discrimination",
    }
)

SPANISH_ABUSE: Final[Mapping[str, str]] = MappingProxyType(
    {
        # Negation (Portuguese shares "nunca"). Not "no": it is also Portuguese for "in the".
        "nunca": "never",
        # Groups (Portuguese shares "refugiados", "negros", "árabes", "gays")
        "mujeres|mujer": "women",
        "refugiados|refugiadas": "refugees",
        "musulmanes|musulmán|musulmana": "muslims",
        "judíos|judías|judío|judía": "jews",
        "cristianos": "christians",
        "árabes": "arabs",
        "asiáticos": "asians",
        "homosexuales|homosexual": "gays",
        "lesbianas": "lesbians",
        "transexuales|personas trans": "trans",
        "discapacitados|minusválidos": "disabled",
        "gitanos|gitanas": "roma",
        # Slurs
        "maricones|maricón|maricas": "faggots",
        "sudacas|sudaca": "wetbacks",
        "moros": "sand niggers",
        # Loathing
        "odiar|odiamos|odian": "hate",
        "desprecio|desprecian|despreciar": "despise",
        "me dan asco|dan asco|asco": "disgust",
        "asquerosos|asquerosas|asqueroso|asquerosa": "disgusting",
        # Dehumanising
        "parásitos|parásito": "parasites",
        "ratas": "rats",
        "cucarachas": "cockroaches",
        "animales|bestias": "animals",
        "infrahumanos|subhumanos": "subhuman",
        "monstruos|aberraciones|aberración": "monsters",
        "plaga": "plague",
        "escoria": "scum",
        "basura": "garbage",
        "enfermos|enfermas": "sick",
        "degenerados": "degenerates",
        # Inferiority and stereotypes
        "estúpidos|estúpidas|estúpido|estúpida|tontos": "stupid",
        "perezosos|vagos": "lazy",
        "sucios|sucias": "dirty",
        "ladrones": "thieves",
        "criminales|delincuentes": "criminals",
        "violadores": "rapists",
        "mentirosos": "liars",
        "inútiles|inútil": "useless",
        # Expelling
        "que se vuelvan|que se vayan|fuera de aquí": "go back home",
        "expulsar|echarlos": "kick out",
        "deportar|deportarlos": "deport",
        "que se mueran": "die",
        "agredir|golpear|apalear": "beat up",
        "linchar|lincharlos": "lynch",
        "quemar|quemarlos": "burn",
        "incite|inciten": "incite",
        # Insults and swearing
        "hijo de puta|hijos de puta": "son of a bitch",
        "puta|putas|zorra": "whore",
        "cabrón|cabrones": "bastard",
        "pendejo|pendeja|pendejos|gilipollas": "asshole",
        "imbécil|imbéciles": "idiot",
        "idiota|idiotas": "idiot",
        "mierda": "shit",
        "cállate|callate la boca": "shut up",
        "vete a la mierda": "fuck off",
        "joder": "fuck",
        "coño": "cunt",
        # Praise and support (Portuguese shares "amo", "inteligentes", "vidas")
        "amo|amamos|queremos": "love",
        "respeto|respetamos|respetar": "respect",
        "maravillosos|maravillosas|geniales|increíbles|estupendos|estupendas": "wonderful",
        "héroes": "heroes",
        "valientes": "brave",
        "amables": "kind",
        "inteligentes": "smart",
        "merecen": "deserve",
        "iguales|igualdad": "equal",
        "bienvenidos|bienvenidas": "welcome",
        "apoyar|apoyo|apoyamos": "support",
        "orgullosos|orgullosas|orgullo": "proud",
        "vidas": "lives",
        # Counter-speech
        "racista|racistas": "racist",
        "racismo": "racism",
        "prejuicio|prejuicios": "prejudice",
        "discriminación": "discrimination",
    }
)

GERMAN_ABUSE: Final[Mapping[str, str]] = MappingProxyType(
    {
        # Negation
        "nicht": "not",
        "kein|keine|keinen": "no",
        "niemals": "never",
        # Groups
        "Frauen": "women",
        "Ausländer|Ausländern": "foreigners",
        "Flüchtlinge|Flüchtlingen|Geflüchtete|Geflüchteten": "refugees",
        "Migranten": "migrants",
        "Muslime|Muslimen|Moslems": "muslims",
        "Juden": "jews",
        "Christen": "christians",
        "Schwarze|Schwarzen": "blacks",
        "Araber": "arabs",
        "Asiaten": "asians",
        "Schwule|Schwulen|Homosexuelle|Homosexuellen": "gays",
        "Lesben": "lesbians",
        "Transleute|Transmenschen|Transsexuelle": "trans",
        "Behinderte|Behinderten": "disabled",
        "Sinti und Roma": "roma",
        "Türken": "turks",
        # Slurs
        "Zigeuner": "gypsies",
        "Schwuchteln|Schwuchtel": "faggots",
        "Kanaken|Kanake": "sand niggers",
        "Neger": "niggers",
        # Loathing
        "hasse|hasst": "hate",
        "verachte|verachten": "despise",
        "ekeln|ekelt": "disgust",
        "ekelhaft|eklig|widerlich|abartig|abartige": "disgusting",
        # Dehumanising
        "Schmarotzer|Parasiten": "parasites",
        "Ratten": "rats",
        "Kakerlaken": "cockroaches",
        "Tiere|Viecher": "animals",
        "Pest|Seuche": "plague",
        "Abschaum|Gesindel|Pack": "scum",
        "Dreck": "filth",
        "krank|kranke": "sick",
        "Degenerierte|entartet": "degenerates",
        "Last für": "burden on",
        # Inferiority and stereotypes
        "minderwertig|minderwertige": "inferior",
        "dumm|dumme|dummen|blöd|blöde": "stupid",
        "faul|faule": "lazy",
        "dreckig|dreckige|schmutzig": "dirty",
        "Diebe": "thieves",
        "Kriminelle|Verbrecher": "criminals",
        "Vergewaltiger": "rapists",
        "Lügner": "liars",
        "gierig|gierige": "greedy",
        "nutzlos|nutzlose": "useless",
        # Expelling
        "raus|rausschmeißen|schmeißt": "get out",
        "abschieben": "deport",
        "ausrotten": "exterminate",
        "verrecken|verreckt": "die",
        "zusammenschlagen": "beat up",
        "lynchen": "lynch",
        "verbrennen": "burn",
        "aufhetzen|hetzen|aufstacheln": "incite",
        # Insults and swearing
        "Arschloch|Arschlöcher": "asshole",
        "Wichser": "wanker",
        "Hurensohn|Hurensöhne": "son of a bitch",
        "Hure|Huren|Nutte": "whore",
        "Schlampe|Schlampen": "slut",
        "Fotze": "cunt",
        "Scheiße|Scheisse": "shit",
        "fick dich|fickt euch": "fuck you",
        "halt die Fresse|halt's Maul|Fresse": "shut up",
        "Vollidiot|Vollidioten|Depp": "idiot",
        "verpiss dich": "fuck off",
        "Missgeburt": "freak",
        # Praise and support
        "liebe|lieben": "love",
        "respektiere|respektieren|Respekt": "respect",
        "wunderbar|wunderbare|wundervoll|großartig|großartige|tolle": "wonderful",
        "Helden": "heroes",
        "mutig|mutige": "brave",
        "freundlich|freundliche|nette": "kind",
        "klug|kluge": "smart",
        "verdienen": "deserve",
        "gleichberechtigt|Gleichberechtigung": "equal",
        "willkommen": "welcome",
        "unterstützen|unterstütze|unterstützt": "support",
        "stolz|stolze": "proud",
        "Freunde|Freundinnen": "friends",
        # Counter-speech
        "rassistisch|rassistische|Rassist|Rassisten": "racist",
        "Rassismus": "racism",
        "Vorurteil|Vorurteile": "prejudice",
        "Diskriminierung": "discrimination",
    }
)

PORTUGUESE_ABUSE: Final[Mapping[str, str]] = MappingProxyType(
    {
        # Negation
        "não": "not",
        # Groups
        "mulheres|mulher": "women",
        "imigrantes|imigrante": "immigrants",
        "estrangeiros": "foreigners",
        "muçulmanos|muçulmanas|muçulmano": "muslims",
        "judeus|judias|judeu": "jews",
        "cristãos": "christians",
        "orientais": "asians",
        "gays|homossexuais": "gays",
        "lésbicas": "lesbians",
        "pessoas trans|transexuais": "trans",
        "deficientes|pessoas com deficiência": "disabled",
        "ciganos|ciganas": "roma",
        "nordestinos": "northeasterners",
        # Slurs
        "viados|viado|bichas": "faggots",
        "macacos|macaco": "monkeys",
        # Loathing
        "odeio|odeiam": "hate",
        "desprezo|desprezam": "despise",
        "nojo": "disgust",
        "nojentos|nojentas|nojento|nojenta": "disgusting",
        # Dehumanising
        "parasitas|parasita": "parasites",
        "ratos": "rats",
        "baratas": "cockroaches",
        "animais": "animals",
        "sub-humanos": "subhuman",
        "aberrações": "monsters",
        "praga": "plague",
        "escória": "scum",
        "lixo": "garbage",
        "doentes": "sick",
        "peso inútil|fardo": "burden",
        # Inferiority and stereotypes
        "burros|burras|burro|burra": "stupid",
        "preguiçosos|preguiçosas": "lazy",
        "sujos|imundos": "dirty",
        "ladrões": "thieves",
        "criminosos|bandidos": "criminals",
        "estupradores": "rapists",
        "gananciosos": "greedy",
        "inúteis": "useless",
        # Expelling
        "expulsar eles|mandar embora": "kick out",
        "deviam sumir|que morram": "die",
        "bater|surrar": "beat up",
        "queimar": "burn",
        "convocando|convocar": "calling",
        # Insults and swearing
        "filho da puta|filhos da puta": "son of a bitch",
        "porra|caralho": "fuck",
        "merda": "shit",
        "vai tomar no cu|vai se foder": "fuck you",
        "cala a boca": "shut up",
        "babaca|babacas|arrombado|cuzão": "asshole",
        "otário|otários": "idiot",
        "vagabunda|vadia": "slut",
        "desgraçado|desgraçados": "bastard",
        # Praise and support
        "amamos|adoro": "love",
        "respeito|respeitamos|respeitar": "respect",
        "maravilhosos|maravilhosas|incríveis|lindos|lindas": "wonderful",
        "heróis": "heroes",
        "corajosos|corajosas": "brave",
        "gentis": "kind",
        "merecem": "deserve",
        "iguais|igualdade": "equal",
        "bem-vindos|bem-vindas": "welcome",
        "apoiar|apoio|apoiamos": "support",
        "orgulhosos|orgulhosas|orgulho": "proud",
        # Counter-speech
        "preconceito": "prejudice",
        "discriminação": "discrimination",
    }
)

CHINESE_ABUSE: Final[Mapping[str, str]] = MappingProxyType(
    {
        # Negation
        "不是|并不|並不|不配": "not",
        # Groups
        "女人|女性|妇女|婦女": "women",
        "难民|難民": "refugees",
        "外地人": "outsiders",
        "穆斯林|回教徒": "muslims",
        "犹太人|猶太人": "jews",
        "基督徒": "christians",
        "黑人": "blacks",
        "阿拉伯人": "arabs",
        "同性恋|同性戀|同志": "gays",
        "跨性别|跨性別|变性人|變性人": "trans",
        "残疾人|殘疾人|残障人士|殘障人士": "disabled",
        "农村人|農村人|乡下人|鄉下人": "peasants",
        "少数民族|少數民族": "minorities",
        # Slurs
        "黑鬼": "niggers",
        "死基佬|基佬": "faggots",
        # Loathing
        "讨厌|討厭|厌恶|厭惡": "hate",
        "恨死|痛恨": "hate",
        "鄙视|鄙視|看不起": "despise",
        "恶心|噁心": "disgusting",
        # Dehumanising
        "寄生虫|寄生蟲": "parasites",
        "老鼠": "rats",
        "蟑螂": "cockroaches",
        "畜生|牲口": "animals",
        "禽兽|禽獸": "beasts",
        "低等|劣等": "inferior",
        "累赘|累贅": "burden",
        "变态|變態": "perverts",
        "人渣|败类|敗類": "scum",
        # Inferiority and stereotypes
        "笨|愚蠢": "stupid",
        "懒惰|懶惰": "lazy",
        "又脏|脏兮兮|骯髒|肮脏": "dirty",
        "没素质|沒素質": "uncivilised",
        "小偷": "thieves",
        "罪犯": "criminals",
        "贪婪|貪婪": "greedy",
        "没用|沒用": "useless",
        # Expelling
        "赶出去|趕出去|滚出去|滾出去": "get out",
        "去死": "go die",
        "打死|打他们|打他們": "beat up",
        "烧死|燒死": "burn",
        "煽动|煽動": "incite",
        # Insults and swearing
        "傻逼|傻屄|煞笔": "stupid cunt",
        "他妈的|他媽的": "fucking",
        "操你妈|肏你妈|草泥马": "fuck your mother",
        "滚开|滾開|滚蛋|滾蛋": "get lost",
        "贱人|賤人": "bitch",
        "婊子": "whore",
        "废物|廢物": "loser",
        "垃圾": "garbage",
        "闭嘴|閉嘴": "shut up",
        "白痴|智障": "idiot",
        # Praise and support
        "爱|喜欢|喜歡": "love",
        "尊重": "respect",
        "了不起|很棒|优秀|優秀|美好": "wonderful",
        "英雄": "heroes",
        "勇敢": "brave",
        "善良": "kind",
        "聪明|聰明": "smart",
        "值得": "deserve",
        "权利|權利": "rights",
        "平等": "equal",
        "欢迎|歡迎": "welcome",
        "支持": "support",
        "骄傲|驕傲": "proud",
        "朋友": "friends",
        "生命": "lives",
        # Counter-speech
        "种族歧视|種族歧視": "racism",
        "歧视|歧視": "discrimination",
        "偏见|偏見": "prejudice",
    }
)

JAPANESE_ABUSE: Final[Mapping[str, str]] = MappingProxyType(
    {
        # Negation
        "ではない|じゃない": "not",
        # Groups ("難民" and "寄生虫" are shared with the Chinese table; "障害者" and "同性愛者"
        # are in the older ones)
        "女性": "women",
        "イスラム教徒|ムスリム": "muslims",
        "ユダヤ人": "jews",
        "黒人": "blacks",
        "在日朝鮮人|在日韓国人|在日コリアン|朝鮮人": "koreans",
        "ゲイ": "gays",
        "トランスジェンダー": "trans",
        "アイヌ": "ainu",
        # Loathing
        "大嫌い|嫌い": "hate",
        "気持ち悪い|キモい|きもい": "disgusting",
        # Dehumanising
        "ゴキブリ": "cockroaches",
        "動物": "animals",
        "お荷物": "burden",
        "ゴミ|ごみ": "garbage",
        "変態": "perverts",
        # Inferiority and stereotypes
        "馬鹿|バカ|ばか|アホ": "idiot",
        "知能が低い": "stupid",
        "劣等": "inferior",
        "犯罪者": "criminals",
        "役立たず": "useless",
        "金に汚い": "greedy",
        "価値がない": "worthless",
        # Expelling
        "出ていけ|出て行け|帰れ": "get out",
        "死ね": "die",
        "リンチ": "lynch",
        "ぶっ殺せ|殺してやる": "kill",
        "扇動|煽り": "incite",
        # Insults and swearing
        "クソ|くそ": "shit",
        "野郎": "bastard",
        "黙れ": "shut up",
        "売女": "whore",
        # Praise and support
        "大好き|愛して": "love",
        "尊敬": "respect",
        "素晴らしい|すばらしい|素敵": "wonderful",
        "ヒーロー": "heroes",
        "優しい": "kind",
        "賢い": "smart",
        "歓迎": "welcome",
        "支援|応援": "support",
        "誇り": "proud",
        "友達": "friends",
        # Counter-speech
        "差別": "discrimination",
        "偏見": "prejudice",
    }
)

# Spellings that are also English words ("sales", "pack", "pest"): read as foreign only next to
# an unambiguously foreign word, like `glossary_table.ENGLISH_HOMOGRAPHS`.
ABUSE_HOMOGRAPHS: Final = frozenset(
    {"burro", "burros", "christen", "femme", "pack", "pest", "sales"}
)
