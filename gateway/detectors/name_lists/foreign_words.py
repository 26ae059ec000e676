"""Function words of French, Spanish, German and Portuguese, for the person-name finder.

A sentence in these languages opens with a capitalised article or pronoun that Faker lists
as a name somewhere ("Les", "Sie", "Eres", "Das", "Vos"), and German capitalises every noun,
so "Der Hund", "Das Leben" and "im Park" read as names to a finder built on English. Under
`strict` they were redacted: "Les enfants jouent dans le parc." went upstream as "[PERSON]
enfants jouent dans le parc.". In a text the language identifier is sure is one of these
languages, these words are never names and end a run (casefolded, accents kept).
"""

from __future__ import annotations

from typing import Final

FUNCTION_WORDS: Final = frozenset(
    """
    le la les l un une des du de d au aux ce cet cette ces mon ma mes ton ta tes son sa ses
    notre nos votre vos leur leurs je tu il elle on nous vous ils elles me te se lui y en qui
    que quoi dont où quel quelle quels quelles quand comment pourquoi combien est sont et ou
    mais donc ni car si dans sur sous avec sans pour par chez vers entre depuis pendant avant
    après contre selon ceci cela ça celui celle ceux celles tout tous toute toutes chaque
    plusieurs aucun aucune bien très plus moins aussi encore déjà jamais toujours seul seuls
    seule seules voici voilà oui non

    el los las lo unos unas del al mis tus su sus nuestro nuestra nuestros nuestras vuestro
    yo tú él ella ellos ellas nosotros vosotros usted ustedes le nos qué quien quién quienes
    cual cuál cuales cuándo cuando como cómo dónde donde porque para con sin sobre desde hasta
    hacia según este esta estos estas ese esa esos esas aquel aquella es son eres soy somos
    está están pero sí muy más menos también todo todos toda todas cada

    der die das den dem des ein eine einer eines einem einen kein keine mein meine meinen
    meinem meiner dein deine sein seine ihr ihre unser unsere euer eure ich du er sie es wir
    man mich dich sich uns euch mir dir ihm ihnen wer was wo wann wie warum welche welcher
    welches welchen dieser diese dieses diesen jener jene und oder aber denn sondern wenn ob
    dass weil als im am zum zur vom beim ins ans mit ohne für gegen durch über unter vor nach
    bei aus von zu bis seit alle alles jeder jede jedes nicht auch nur noch schon sehr

    o a os as um uma uns umas do da dos das no na nas ao aos à às pelo pela meu minha meus
    minhas teu tua seu sua seus suas nosso nossa eu ele ela eles elas nós você vocês lhe quem
    qual quais onde por com sem até é são sou está estão e mas nem não muito também
    """.split()  # noqa: SIM905 - a word list reads better as lines of words
)

# Greetings and "my name is" in the four languages: a capitalised word after one is a name.
NAME_CUES: Final = (
    r"je\s+m'appelle|je\s+suis|bonjour|salut|cher|chère|me\s+llamo|soy|hola"
    r"|querid[oa]|estimad[oa]|ich\s+heiße|ich\s+bin|mein\s+name\s+ist|hallo|liebe[r]?"
    r"|sehr\s+geehrte[r]?|meu\s+nome\s+é|chamo-me|olá|oi|prezad[oa]|car[oa]"
)
