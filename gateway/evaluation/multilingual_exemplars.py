"""Everyday prompts in French, Spanish, German, Portuguese, Chinese and Japanese (negatives).

The corpus's non-English rows are mostly attacks (multilingual injections, translated harmful
questions), so a head learns "foreign script = attack": 9 of 20 ordinary Japanese prompts were
blocked as injections. These ordinary prompts, written for the project and used for training
only, take that signal away. They are deliberately plain; the multilingual policy tests in
`policies/tests/` hold other texts and are never trained on.
"""

# ruff: noqa: RUF001 - one prompt per line; CJK text uses full-width punctuation

from __future__ import annotations

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
