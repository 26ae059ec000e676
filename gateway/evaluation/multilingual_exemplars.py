"""Everyday prompts in French, Spanish, German, Portuguese, Chinese and Japanese (negatives).

The corpus's non-English rows are mostly attacks (multilingual injections, translated harmful
questions), so a head learns "foreign script = attack": 9 of 20 ordinary Japanese prompts were
blocked as injections. These ordinary prompts, written for the project and used for training
only, take that signal away. They are deliberately plain; the multilingual policy tests in
`policies/tests/` hold other texts and are never trained on.
"""

# ruff: noqa: RUF001 - one prompt per line; CJK text uses full-width punctuation

from __future__ import annotations

from collections.abc import Iterable

from gateway.inspection.canonical_views import gloss_reading

EVERYDAY_FOREIGN = (
    # French
    "Quel temps fera-t-il à Lyon ce week-end ?",
    "Peux-tu m'aider à écrire un e-mail pour reporter une réunion à jeudi ?",
    "Explique-moi la différence entre une liste et un tuple en Python.",
    "Comment faire pousser du basilic sur un balcon ?",
    "Traduis ce paragraphe en anglais, s'il te plaît.",
    "Quels sont les monuments à visiter à Marseille en deux jours ?",
    "Qui a peint la Joconde et en quelle année ?",
    "Comment calculer la moyenne pondérée de mes notes ?",
    "Propose trois idées de cadeau pour un collègue qui part à la retraite.",
    "Quelle est la meilleure façon d'apprendre le piano à quarante ans ?",
    # Spanish
    "¿Qué tiempo hará mañana en Sevilla?",
    "¿Cuántas calorías tiene un plátano?",
    "Explícame cómo funciona un bucle for en JavaScript.",
    "Dame una receta fácil de tortilla de patatas.",
    "Traduce este texto al inglés, por favor.",
    "¿Qué lugares recomiendas visitar en Buenos Aires?",
    "¿Quién escribió Cien años de soledad?",
    "¿Cómo puedo organizar mejor mi tiempo de estudio?",
    "Escribe un poema corto sobre el mar.",
    "¿Qué ejercicios son buenos para la espalda?",
    # German
    "Wie wird das Wetter morgen in Hamburg?",
    "Hilf mir, eine E-Mail an meinen Vermieter wegen der Heizung zu schreiben.",
    "Erkläre mir den Unterschied zwischen einer Klasse und einem Objekt.",
    "Wie lange muss ein Ei kochen, damit es wachsweich ist?",
    "Übersetze diesen Absatz bitte ins Englische.",
    "Welche Sehenswürdigkeiten sollte ich in Wien besuchen?",
    "Fasse die Geschichte der Berliner Mauer kurz zusammen.",
    "Wie berechne ich die Zinsen für einen Kredit?",
    "Schreib ein kurzes Gedicht über den Winter.",
    "Wie kann ich besser schlafen?",
    # Portuguese
    "Como vai estar o tempo em Lisboa amanhã?",
    "Ajuda-me a escrever um e-mail para marcar uma consulta no dentista.",
    "Explica a diferença entre HTTP e HTTPS.",
    "Dá-me uma receita de pastéis de nata.",
    "Traduz este texto para inglês, por favor.",
    "Quais são as praias mais bonitas do Algarve?",
    "Resume a história do Brasil colonial em poucas linhas.",
    "Como posso poupar dinheiro todos os meses?",
    "Escreve um poema curto sobre saudade.",
    "Que livros recomendas para aprender a programar?",
    # Chinese
    "明天北京的天气怎么样？",
    "怎么把照片从手机传到电脑上？",
    "请解释一下Python里的列表和元组有什么区别。",
    "给我一个番茄炒蛋的做法。",
    "请把这段话翻译成英文。",
    "去上海玩三天有什么推荐的景点？",
    "简单介绍一下唐朝的历史。",
    "怎么计算房贷的月供？",
    "写一首关于春天的短诗。",
    "如何提高英语口语水平？",
    "这个周末有什么适合全家的活动？",
    "帮我总结一下这篇文章的主要观点。",
    # Japanese
    "明日の大阪の天気はどうですか？",
    "おすすめの観葉植物を教えてください。",
    "Pythonのリストとタプルの違いを説明してください。",
    "富士山に登るのに一番いい季節はいつですか？",
    "この文章を英語に翻訳してください。",
    "京都で二日間観光するならどこがおすすめですか？",
    "江戸時代について簡単に説明してください。",
    "住宅ローンの月々の返済額はどう計算しますか？",
    "秋についての短い詩を書いてください。",
    "英語を話せるようになるにはどうすればいいですか？",
    "週末に家族で楽しめることを教えてください。",
    "この記事の要点をまとめてください。",
)

# Seventeenth session: people asking for help *about* a danger (a child who swallowed
# something, a message that may be a scam, a theft to report, talking to a teenager about
# drugs, a virus on the computer, a harasser, a smell of gas). Fresh scratch requests of this
# kind were refused in every language (French 4 of 8): the corpus's French rows are nearly
# all AILuminate hazard prompts, and a foreign text's English reading keeps the danger's word
# but loses the words of asking for help ("my with virus what make"). Each comes with the
# reading the gateway judges (`foreign_negatives`).
EVERYDAY_HELP = (
    # French
    "Ma fille a bu du produit vaisselle, faut-il appeler le centre antipoison ?",
    "Un inconnu m'appelle en se disant de ma banque et veut mon code, je raccroche ?",
    "Comment porter plainte pour un vol de vélo ?",
    "Comment parler du harcèlement scolaire avec mon fils de dix ans ?",
    "Mon téléphone a peut-être un virus, comment le vérifier ?",
    "Que faire si je sens une odeur de gaz dans l'immeuble ?",
    "Quels sont les effets de l'alcool sur le cerveau des adolescents ?",
    "Ma mère a reçu un faux mail des impôts, comment le signaler ?",
    "Comment réagir si quelqu'un me suit dans la rue le soir ?",
    "Mon chat a mangé un lys, est-ce grave ?",
    # Spanish
    "Mi bebé tocó lejía, ¿qué tengo que hacer?",
    "Me llamaron diciendo que secuestraron a mi hermano y piden dinero, ¿puede ser estafa?",
    "¿Dónde pongo una denuncia si me robaron la bicicleta?",
    "¿Cómo explico a mis hijos los riesgos de las drogas?",
    "Creo que tengo un virus en el portátil, ¿cómo lo compruebo?",
    "¿Qué hago si un compañero de trabajo me amenaza?",
    "Mi abuelo dio sus datos bancarios por teléfono, ¿cómo lo arreglamos?",
    "¿Qué efectos tiene mezclar alcohol con antibióticos?",
    "Alguien publicó fotos mías sin permiso, ¿cómo hago que las borren?",
    "Un vendedor de internet me pide pagar por transferencia, ¿puede ser un fraude?",
    # German
    "Mein Hund hat Rattengift gefressen, was muss ich sofort tun?",
    "Jemand hat sich als Polizist ausgegeben und Geld verlangt, wo melde ich das?",
    "Wie erstatte ich Anzeige wegen Einbruch?",
    "Wie spreche ich mit meiner Tochter über Alkohol auf Partys?",
    "Mein Rechner ist langsam, könnte das ein Trojaner sein?",
    "Was tun, wenn ein Kollege mich ständig bedroht?",
    "Ich habe auf einen Phishing-Link geklickt, was jetzt?",
    "Welche Gefahren haben Energydrinks für Jugendliche?",
    "Mein Ex schreibt mir ständig, wie blockiere ich ihn überall?",
    "Wie erkenne ich eine gefälschte Rechnung?",
    # Portuguese
    "Meu filho bebeu água sanitária, o que faço agora?",
    "Ligaram dizendo que meu neto foi preso e pediram dinheiro, é golpe?",
    "Como registro um boletim de ocorrência de furto?",
    "Como conversar com adolescentes sobre os riscos do álcool?",
    "Acho que meu celular foi hackeado, como verifico?",
    "O que fazer se alguém me ameaça nas redes sociais?",
    "Minha mãe caiu num golpe do Pix, como recuperar o dinheiro?",
    "Meu filho foi picado por uma abelha e o braço inchou, o que faço?",
    "Como proteger minha conta do banco contra fraudes?",
    "Meu cachorro comeu uva, é perigoso?",
    # Chinese
    "孩子误喝了洗衣液，需要马上去医院吗？",
    "有人冒充快递员打电话要验证码，我该怎么办？",
    "自行车被偷了，去哪里报警？",
    "怎么和青春期的孩子聊毒品的危害？",
    "手机好像中了木马，怎么检查？",
    "有人在网上威胁我，应该怎么处理？",
    "老人被骗买了假保健品，怎么退款？",
    "喝酒后吃头孢有什么危险？",
    "有人盗用我的照片开假账号，怎么举报？",
    "家里闻到煤气味，第一步做什么？",
    # Japanese
    "子どもが洗剤を飲んでしまいました。すぐ病院に行くべきですか？",
    "警察を名乗る電話でお金を要求されました。詐欺でしょうか？",
    "自転車を盗まれたら、どこに届け出ればいいですか？",
    "中学生の息子に薬物の危険性をどう伝えればいいですか？",
    "パソコンがウイルスに感染したかもしれません。最初に何をすればいいですか？",
    "同僚から脅されています。誰に相談すればいいですか？",
    "母が偽のショッピングサイトで買い物をしてしまいました。どうすればいいですか？",
    "お酒と睡眠薬を一緒に飲むと危険ですか？",
    "元交際相手からのしつこい連絡をブロックする方法を教えて",
    "ガスの臭いがするときに最初にすることは何ですか？",
)


def and_their_readings(texts: Iterable[str]) -> tuple[str, ...]:
    """The texts, then the English reading the gateway judges of each foreign one that has one:
    a negative teaches nothing about the reading unless the reading is a negative too."""
    texts = tuple(texts)
    readings = (gloss_reading(text) for text in texts)
    return texts + tuple(reading for reading in readings if reading is not None)


def foreign_negatives() -> tuple[str, ...]:
    """Every everyday foreign prompt above, with its reading."""
    return and_their_readings(EVERYDAY_FOREIGN + EVERYDAY_HELP)
