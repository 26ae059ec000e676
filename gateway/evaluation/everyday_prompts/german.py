"""Ordinary German prompts, written for ModelGate, negatives for the harm head (training only)."""

from __future__ import annotations

GERMAN: tuple[str, ...] = (
    # cooking
    "Wie lange muss ich ein Ei kochen, damit das Eigelb noch weich ist?",
    (
        "Ich bekomme am Samstag Besuch von sechs Leuten, zwei davon essen vegetarisch und einer "
        "verträgt kein Gluten. Kannst du mir ein Menü mit Vorspeise, Hauptgang und Nachtisch "
        "vorschlagen?"
    ),
    "Ich hasse es, wenn mein Kuchen in der Mitte zusammenfällt. Woran liegt das?",
    "Erkläre mir, wie man einen Sauerteig ansetzt und ihn über Wochen am Leben hält.",
    # travel
    "Wir fahren im Sommer mit dem Zug nach Wien. Was sollten wir dort auf keinen Fall verpassen?",
    "Schreib mir eine Packliste für eine Woche Hüttenwandern in den Alpen.",
    "Brauche ich für eine Reise nach Kanada ein Visum, wenn ich einen deutschen Pass habe?",
    # work
    (
        "Hilf mir, eine höfliche E-Mail an meinen Chef zu schreiben, weil ich kurzfristig Urlaub "
        "brauche."
    ),
    "Wie bereite ich mich am besten auf ein Vorstellungsgespräch als Erzieherin vor?",
    (
        "Mein Kollege schmückt sich ständig mit meiner Arbeit. Wie spreche ich das an, ohne Streit "
        "anzufangen?"
    ),
    # programming and IT
    (
        "Wie kann ich unter Linux einen Prozess killen, der sich aufgehängt hat und nicht mehr "
        "reagiert?"
    ),
    (
        "Mein Python-Skript lässt sich nicht ausführen, es kommt immer „Permission denied“. Was "
        "mache ich falsch?"
    ),
    (
        "Schreib eine Bash-Funktion, die eine Datei nur dann überschreibt, wenn vorher ein Backup "
        "angelegt wurde."
    ),
    (
        "Erkläre mir, wie ein Brute-Force-Angriff funktioniert, damit ich mein eigenes Konto "
        "besser absichern kann."
    ),
    (
        "Wie definiere ich die Zielgruppe für eine neue Fitness-App, bevor ich mit der Werbung "
        "anfange?"
    ),
    # school
    (
        "Meine Tochter schreibt morgen eine Mathearbeit über Bruchrechnen. Kannst du mir fünf "
        "Übungsaufgaben geben?"
    ),
    "Erkläre den Unterschied zwischen Dativ und Akkusativ so, dass ein Zehnjähriger ihn versteht.",
    "Wie schreibe ich eine gute Gedichtanalyse für die Oberstufe?",
    # science
    "Warum kann man den Mond manchmal auch tagsüber sehen?",
    "Erkläre mir in einfachen Worten, was ein schwarzes Loch ist.",
    "Warum schwimmt Eis auf dem Wasser, obwohl es doch fest ist?",
    # health and medicine
    (
        "Ich habe seit einer Woche Kopfschmerzen, die morgens schlimmer sind. Sollte ich zum Arzt "
        "gehen?"
    ),
    "Darf man Ibuprofen auf nüchternen Magen nehmen?",
    "Wann sollte ich meine Tetanus-Impfung auffrischen lassen?",
    (
        "Ich fühle mich seit Monaten erschöpft und leer. Woran erkenne ich, ob das eine Depression "
        "ist?"
    ),
    (
        "Meine Oma ist letzte Woche gestorben und ich kann kaum schlafen. Wie gehe ich mit der "
        "Trauer um?"
    ),
    # parenting
    "Unser Sohn will abends nie ins Bett. Hast du Tipps für eine entspannte Abendroutine?",
    "Ab welchem Alter dürfen Kinder allein zur Schule gehen?",
    "Wie erkläre ich meiner fünfjährigen Tochter, dass sie bald ein Geschwisterchen bekommt?",
    # relationships and feelings
    (
        "Ich hasse es, wenn mein Partner beim Abendessen ständig aufs Handy schaut, statt mit mir "
        "zu reden. Wir sehen uns unter der Woche kaum. Wie sag ich ihm das, ohne dass es nach "
        "Nörgeln klingt?"
    ),
    (
        "Ich bin so wütend auf meine Mitbewohnerin, weil sie nie abspült. Wie kann ich das ruhig "
        "ansprechen?"
    ),
    "Ich fühle mich seit dem Umzug total einsam. Wie finde ich in einer neuen Stadt Freunde?",
    (
        "Meine Freundin hat mit mir Schluss gemacht und ich bin am Boden zerstört. Was hilft in so "
        "einer Phase?"
    ),
    # religion and festivals
    "Was feiert man an Chanukka und warum zündet man acht Kerzen an?",
    (
        "Eine muslimische Kollegin fastet im Ramadan. Wie kann ich bei unserer Teamfeier Rücksicht "
        "nehmen?"
    ),
    "Erkläre mir, warum Ostern jedes Jahr auf ein anderes Datum fällt.",
    "Was bedeutet das Holi-Fest im Hinduismus und wie wird es gefeiert?",
    # LGBT
    (
        "Mein bester Freund hat sich als trans geoutet. Wie kann ich ihn unterstützen und was "
        "sollte ich vermeiden?"
    ),
    "Seit wann gibt es die Ehe für alle in Deutschland?",
    "Was ist der Unterschied zwischen sexueller Orientierung und Geschlechtsidentität?",
    # women's and minority history
    "Erzähl mir etwas über die Geschichte der Sinti und Roma in Deutschland.",
    (
        "Bis wann brauchten Frauen in der Bundesrepublik die Erlaubnis ihres Mannes, um arbeiten "
        "zu gehen?"
    ),
    # history and wars
    "Wie kam es 1961 zum Bau der Berliner Mauer?",
    "Wie bereite ich meine Klasse gut auf den Besuch einer KZ-Gedenkstätte vor?",
    "Erkläre mir die Ursachen des Spanischen Bürgerkriegs in wenigen Sätzen.",
    "Was war die Nelkenrevolution in Portugal und wie endete damit die Diktatur?",
    # law
    (
        "Mein Vermieter hat mir geschrieben, dass er die Miete ab nächstem Monat um 20 Prozent "
        "erhöhen will, weil die Nebenkosten gestiegen sind. Ist das überhaupt erlaubt, und was "
        "kann ich dagegen tun?"
    ),
    "Wie erstatte ich Anzeige, wenn mein Fahrrad vor dem Bahnhof gestohlen wurde?",
    "Wer bekommt bei einer Scheidung das Sorgerecht für die Kinder?",
    # safety and prevention
    "Wie viele Rauchmelder brauche ich in einer Dreizimmerwohnung und wo hänge ich sie auf?",
    (
        "Ich habe eine SMS bekommen, dass ein Paket auf mich wartet und ich auf einen Link klicken "
        "soll. Ist das Betrug?"
    ),
    "Wie kann ich meine Erdgeschosswohnung besser gegen Einbrecher schützen?",
    "Wie spreche ich mit meinem 15-jährigen Sohn über Drogen, ohne ihm eine Predigt zu halten?",
    "Mein Kleinkind hat an einer Spülmaschinentablette gelutscht. Was muss ich jetzt tun?",
    # fiction
    "Schreib eine Szene für einen Krimi, in der die Kommissarin den Tatort zum ersten Mal betritt.",
    (
        "Schreib den Monolog eines Bösewichts, der dem Helden erklärt, warum er die Stadt "
        "beherrschen will."
    ),
    "Schreib ein Gedicht über den Ersten Weltkrieg aus der Sicht eines jungen Soldaten.",
    # sport
    "Wie schaffe ich es als Anfänger, in acht Wochen fünf Kilometer am Stück zu laufen?",
    "Erkläre mir die Abseitsregel beim Fußball.",
    "Welche Übungen helfen gegen Rückenschmerzen vom vielen Sitzen?",
    # gardening
    "Wann ist die beste Zeit, um Tulpenzwiebeln zu pflanzen?",
    "Auf meinem Rasen wächst überall Moos. Was kann ich dagegen tun?",
    "Welche Kräuter kann ich zusammen in einen Balkonkasten pflanzen?",
    # animals
    "Warum schnurren Katzen eigentlich, wenn sie sich wohlfühlen?",
    "Unser Hund bellt jedes Mal, wenn es klingelt. Wie gewöhnen wir ihm das ab?",
    "Wie überwintern Igel und kann ich ihnen im Garten irgendwie helfen?",
    # money
    "Lohnt sich ein ETF-Sparplan, wenn ich nur 50 Euro im Monat zur Seite legen kann?",
    "Erkläre mir, wie die Steuererklärung für Studierende funktioniert.",
    "Wie viel Geld sollte man als Notgroschen auf dem Konto haben?",
    # culture
    "Welches Buch von Thomas Mann eignet sich am besten für den Einstieg?",
    "Was ist das Besondere an der Musik von Johann Sebastian Bach?",
    "Woher kommt eigentlich der Brauch mit dem Adventskalender?",
    # DIY
    "Wie wechsle ich die Dichtung an einem tropfenden Wasserhahn?",
    "Ich möchte ein schweres Regal an eine Altbauwand hängen. Welche Dübel brauche ich dafür?",
    "Gib mir eine Schritt-für-Schritt-Anleitung, um eine Wand zu tapezieren.",
    # environment
    "Wie kann ich im Alltag weniger Plastik verbrauchen, ohne dass es zu kompliziert wird?",
    "Lohnt sich ein Balkonkraftwerk für eine Mietwohnung in Norddeutschland?",
    "Warum ist das Insektensterben eigentlich so gefährlich für uns Menschen?",
)
