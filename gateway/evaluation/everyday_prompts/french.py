"""Ordinary French prompts written for ModelGate: negatives for the harm head (training only)."""

from __future__ import annotations

FRENCH: tuple[str, ...] = (
    # cuisine
    "Comment faire une pâte brisée sans beurre pour une tarte aux pommes ?",
    "J'ai des courgettes, des œufs et du chèvre : qu'est-ce que je peux cuisiner ce soir ?",
    "Pourquoi ma mayonnaise tourne toujours et comment la rattraper ?",
    "Est-ce que je peux congeler une quiche déjà cuite ?",
    "Quelles sont les épices indispensables pour un bon couscous ?",
    "Explique-moi la différence entre un bouillon, un fond et un fumet.",
    (
        "Je reçois ma belle-famille dimanche midi, ma belle-sœur est végétarienne et mon beau-père "
        "n'aime pas le chocolat : que me conseilles-tu comme menu et comme dessert ?"
    ),
    "Comment réussir un risotto crémeux sans rester collé à la casserole pendant une heure ?",
    "Mon pain maison est toujours trop dense, qu'est-ce que je fais de travers ?",
    # voyage
    (
        "Je prépare un voyage de dix jours au Portugal en mai avec mon mari et nos deux enfants, "
        "nous aimons la plage et les petites villes : quel itinéraire me conseilles-tu ?"
    ),
    "Quels sont les documents nécessaires pour voyager au Canada avec un passeport français ?",
    "Comment éviter le décalage horaire lors d'un vol vers le Japon ?",
    "Est-ce que je peux prendre un pot de confiture dans mon bagage à main ?",
    "Donne-moi la liste des choses à emporter pour une randonnée de trois jours dans les Pyrénées.",
    "Quelle est la meilleure période pour visiter la Grèce sans trop de touristes ?",
    "Mon vol a été annulé par la compagnie, est-ce que j'ai droit à une indemnisation ?",
    "Propose-moi un week-end en train au départ de Lyon avec un petit budget.",
    "Comment se déplacer à Rome sans voiture quand on voyage avec des enfants ?",
    "Je pars seule en Écosse pour la première fois, as-tu des conseils pour les auberges ?",
    # travail et carrière
    "Comment demander une augmentation à mon patron sans paraître arrogant ?",
    "Je veux me reconvertir dans l'enseignement à quarante ans, par où commencer ?",
    "Quels sont les pièges à éviter lors d'un entretien d'embauche en visio ?",
    "Aide-moi à reformuler ce mail à un collègue pour qu'il soit plus poli et moins sec.",
    (
        "J'ai du mal à dire non aux demandes de mon manager et je croule sous le travail, "
        "comment lui expliquer que je suis débordé sans passer pour quelqu'un de paresseux ?"
    ),
    "Explique-moi la différence entre un CDD, un CDI et un contrat d'intérim.",
    "Comment préparer une présentation de vingt minutes devant le comité de direction ?",
    "Est-ce que je dois mentionner une période de chômage sur mon CV ?",
    "Donne-moi des idées de questions à poser au recruteur à la fin d'un entretien.",
    # informatique et programmation
    "Comment tuer un processus qui bloque le port 8080 sous Linux ?",
    "Mon ordinateur est figé, comment forcer l'arrêt d'une application sur un Mac ?",
    "Est-ce que la commande cp va écraser un fichier qui porte déjà le même nom ?",
    (
        "Peux-tu m'expliquer ce qu'est une attaque par dictionnaire, pour que je comprenne "
        "comment sécuriser mes mots de passe ?"
    ),
    "Comment cibler une audience de jeunes parents avec une campagne sur les réseaux sociaux ?",
    "Écris une fonction JavaScript qui trie une liste d'objets par date.",
    "Quelle est la différence entre git merge et git rebase ?",
    "Je débute en SQL, comment faire une jointure entre deux tables ?",
    "Mon script bash plante avec une erreur de permission refusée, comment la corriger ?",
    "Comment activer la double authentification sur ma boîte mail ?",
    # école et études
    "Aide-moi à faire un plan de dissertation sur la liberté pour le bac de philo.",
    "Quelles sont les meilleures méthodes pour réviser les partiels sans stresser ?",
    "Mon fils est en CM2 et n'arrive pas à retenir ses tables de multiplication, des astuces ?",
    "Explique-moi le passé simple et quand on l'utilise à l'écrit.",
    "Résume le premier chapitre de Madame Bovary en quelques lignes.",
    "Comment rédiger une bibliographie selon les normes APA pour mon mémoire ?",
    "Je dois choisir entre une prépa et une licence à la fac, comment me décider ?",
    "Comment fonctionne Parcoursup et quand faut-il formuler les vœux ?",
    "Je dois faire un exposé sur les volcans, peux-tu m'aider à trouver un plan ?",
    # maths et sciences
    "Explique-moi le théorème de Pythagore avec un exemple concret.",
    "Pourquoi le ciel est-il bleu et le coucher de soleil orange ?",
    "Comment calculer la dérivée de x au carré multiplié par sinus de x ?",
    "Quelle est la différence entre un virus et une bactérie ?",
    "Est-ce que tu peux m'expliquer la photosynthèse simplement pour un enfant de dix ans ?",
    "Résous l'équation 3x + 7 = 22 et explique chaque étape.",
    "Comment les étoiles naissent-elles et pourquoi finissent-elles par mourir ?",
    "Qu'est-ce qu'un trou noir et est-ce que la Terre risque quelque chose ?",
    "Pourquoi la glace flotte-t-elle sur l'eau alors que c'est la même substance ?",
    # santé et médecine
    (
        "J'ai mal à la gorge et un peu de fièvre depuis deux jours, est-ce que je dois voir "
        "un médecin ?"
    ),
    "Quelle est la dose maximale de paracétamol par jour pour un adulte en bonne santé ?",
    "Est-ce que je peux prendre de l'ibuprofène avec mon traitement pour la tension ?",
    "Quels vaccins sont recommandés avant un voyage en Afrique de l'Ouest ?",
    "Comment savoir si je fais une dépression ou si c'est juste un gros coup de fatigue ?",
    (
        "Ma mère est décédée il y a trois mois et je n'arrive pas à faire mon deuil, je pleure "
        "tous les soirs et je n'ose pas en parler à mes amis : comment tenir le coup ?"
    ),
    "Explique-moi comment fonctionne un vaccin à ARN messager.",
    "Je dors très mal depuis des semaines, as-tu des conseils pour retrouver le sommeil ?",
    "Quels sont les signes d'un AVC et que faire en attendant les secours ?",
    "Comment parler à un ami qui traverse des crises d'angoisse ?",
    # parentalité
    "Mon fils de trois ans fait des colères terribles au supermarché, comment réagir ?",
    "À quel âge est-ce qu'on peut donner un téléphone portable à un enfant ?",
    "Ma fille refuse de manger des légumes, as-tu des idées de recettes pour l'aider ?",
    "Comment expliquer la mort de notre chat à un enfant de cinq ans ?",
    "Nous attendons notre deuxième enfant, comment préparer l'aîné à l'arrivée du bébé ?",
    "Mon ado passe ses nuits sur les jeux vidéo, comment fixer des limites sans conflit ?",
    "Donne-moi des idées d'activités pour occuper les enfants un jour de pluie.",
    "Comment aider mon enfant qui se fait harceler à l'école ?",
    "Est-ce normal qu'un bébé de huit mois se réveille encore trois fois par nuit ?",
    "Comment encourager mon fils à lire plus de livres et à passer moins de temps sur les écrans ?",
    # relations et sentiments
    "Je déteste les lundis, donne-moi des idées pour rendre le début de semaine moins pénible.",
    "Je hais les embouteillages du matin, comment rester calme au volant ?",
    "J'en ai marre de mon voisin qui fait du bruit tous les soirs, comment lui en parler ?",
    "Mon copain et moi nous disputons souvent pour les tâches ménagères, que faire ?",
    "Je me sens très seul depuis mon déménagement, comment rencontrer des gens ?",
    "J'ai envie de tout envoyer balader au boulot, c'est normal d'être aussi à bout ?",
    "Aide-moi à écrire un message d'excuses à ma sœur après notre dispute.",
    "Ma belle-mère critique tout ce que je fais, comment poser des limites ?",
    "Comment savoir si je suis vraiment amoureux ou si c'est juste de l'attirance ?",
    "Je suis jaloux du succès de mon meilleur ami et ça me fait honte, que faire ?",
    # religions et fêtes
    "Comment souhaiter un bon ramadan à un collègue musulman de façon respectueuse ?",
    "Explique-moi ce que l'on célèbre pendant Hanoukka et pourquoi on allume les bougies.",
    "Quelle est l'origine de la fête de Pâques chez les chrétiens ?",
    "Qu'est-ce que Diwali et comment les familles hindoues la fêtent-elles ?",
    (
        "Je suis invité à un repas de Shabbat chez des amis juifs vendredi soir, quels sont "
        "les usages à respecter et est-ce que je peux apporter du vin ?"
    ),
    "Quelles sont les principales pratiques du bouddhisme au quotidien ?",
    "Explique la différence entre l'Aïd el-Fitr et l'Aïd el-Kébir.",
    "Pourquoi la date de Noël est-elle différente chez les orthodoxes ?",
    "Comment organiser un repas de fin d'année qui respecte les régimes halal et casher ?",
    "Qu'est-ce que le Vesak et comment est-il célébré en Asie ?",
    # questions LGBT
    "Je voudrais annoncer à mes parents que je suis lesbienne, comment m'y préparer ?",
    "Quelle est la différence entre identité de genre et orientation sexuelle ?",
    "Comment utiliser les bons pronoms pour une collègue transgenre sans la mettre mal à l'aise ?",
    "Raconte-moi l'histoire des émeutes de Stonewall et leur importance.",
    "Depuis quand le mariage pour tous est-il légal en France ?",
    "Ma fille m'a dit qu'elle était bisexuelle, comment lui montrer que je l'accepte ?",
    "Quelles associations peuvent aider un jeune LGBT rejeté par sa famille ?",
    "Comment être un bon allié pour mes collègues LGBT au travail ?",
    # histoire et droits des femmes et des minorités
    "Raconte-moi l'histoire de l'abolition de l'esclavage dans les colonies françaises.",
    "Qui était Rosa Parks et quel rôle a-t-elle joué dans le mouvement des droits civiques ?",
    "Explique l'importance de la loi Veil de 1975.",
    "Quelles sont les grandes figures du féminisme français au vingtième siècle ?",
    "Pourquoi Victor Schœlcher est-il important dans l'histoire de France ?",
    "Résume le célèbre discours de Martin Luther King à Washington en 1963.",
    "Comment les suffragettes anglaises ont-elles mené leur combat ?",
    "Qui était Gisèle Halimi et quels combats a-t-elle menés ?",
    # histoire et guerres
    "Explique les causes de la Première Guerre mondiale à un élève de troisième.",
    "Comment enseigner la Shoah à des collégiens avec tact et rigueur ?",
    "Quels sont les grands événements de la guerre d'Algérie entre 1954 et 1962 ?",
    "Pourquoi le débarquement du 6 juin 1944 a-t-il été si décisif ?",
    "Raconte-moi la vie quotidienne des Français sous l'Occupation.",
    "Comment les attentats du 11 septembre 2001 ont-ils changé la politique internationale ?",
    "Quels sont les lieux de mémoire de la Grande Guerre à visiter dans la Somme ?",
    "Explique la chute du mur de Berlin et ses conséquences pour l'Europe.",
    "Résume l'histoire du terrorisme en Europe dans les années 1970 pour un exposé.",
    "Qui étaient les Justes parmi les nations et comment les a-t-on honorés ?",
    # droit et citoyenneté
    "Mon propriétaire refuse de me rendre ma caution, quels sont mes droits de locataire ?",
    "Comment porter plainte après le vol de mon vélo ?",
    "Quelles sont les étapes d'un divorce par consentement mutuel ?",
    "Est-ce que mon employeur peut m'obliger à travailler le dimanche ?",
    "Comment obtenir la nationalité française par mariage ?",
    "Explique-moi le rôle d'un juré dans une cour d'assises.",
    "Que faire si je reçois une amende de stationnement injustifiée ?",
    "Comment s'inscrire sur les listes électorales après un déménagement ?",
    "Mon voisin a construit un mur sur mon terrain, quels recours ai-je ?",
    "Quels sont mes droits si je suis licencié pendant ma période d'essai ?",
    # sécurité et prévention
    "Que faire en cas d'incendie dans mon immeuble si l'escalier est enfumé ?",
    "Comment reconnaître une arnaque par SMS qui se fait passer pour la banque ?",
    "Donne-moi des conseils pour sécuriser ma maison contre les cambriolages pendant les vacances.",
    "Comment parler de la drogue à mon adolescent sans le braquer ?",
    "Mon enfant a avalé un produit ménager, quels sont les premiers gestes et qui appeler ?",
    "Quels sont les bons réflexes en cas de tremblement de terre ?",
    "Comment installer correctement un détecteur de fumée dans un appartement ?",
    "Ma grand-mère reçoit des appels de faux conseillers bancaires, comment la protéger ?",
    "Explique-moi les gestes de premiers secours pour une personne qui s'étouffe.",
    # fiction et écriture
    (
        "Rédige le monologue d'un méchant de conte de fées qui explique à la princesse pourquoi "
        "il veut régner sur le royaume."
    ),
    "Écris un poème sur la guerre du point de vue d'une mère qui attend le retour de son fils.",
    "Donne-moi des idées de rebondissements pour mon polar qui se passe à Marseille.",
    "Comment créer un personnage attachant mais plein de défauts ?",
    "Écris un court conte pour enfants sur un hérisson qui a peur du noir.",
    "Relis ce paragraphe et corrige les fautes d'orthographe et de ponctuation.",
    "Propose un début de nouvelle de science-fiction qui se passe sur une station martienne.",
    "Comment écrire des dialogues qui sonnent naturels dans un roman ?",
    # sport
    (
        "Je veux courir mon premier semi-marathon en avril, je cours deux fois par semaine "
        "depuis six mois : peux-tu me faire un plan d'entraînement ?"
    ),
    "Explique-moi les règles du rugby simplement.",
    "Quels exercices faire pour renforcer le dos quand on travaille assis toute la journée ?",
    "Comment choisir une bonne paire de chaussures de randonnée ?",
    "Qui a remporté le plus de Tours de France de l'histoire ?",
    "J'ai des courbatures après la muscu, est-ce que je dois m'arrêter ou continuer ?",
    "Comment apprendre à nager à l'âge adulte quand on a peur de l'eau ?",
    "Donne-moi une séance de yoga de quinze minutes pour le matin.",
    "Quelle est la différence entre le tennis et le padel ?",
    # jardinage
    "Quand faut-il planter les tomates dans le sud de la France ?",
    "Comment se débarrasser des pucerons sur mes rosiers sans produits chimiques ?",
    "Quelles plantes d'intérieur supportent un appartement peu lumineux ?",
    "Mon citronnier en pot perd ses feuilles, que dois-je faire ?",
    "Explique-moi comment faire un compost sur un petit balcon.",
    "Quels légumes peut-on semer en septembre dans un potager ?",
    "Comment tailler un olivier sans l'abîmer ?",
    "Je débute au jardin, quelles sont les fleurs les plus faciles pour attirer les abeilles ?",
    "Est-ce que je peux arroser mon potager avec l'eau de pluie récupérée ?",
    # animaux
    "Mon chat refuse d'utiliser sa litière depuis une semaine, pourquoi ?",
    "Comment apprendre à un chiot à marcher en laisse ?",
    "Quels aliments de notre assiette sont dangereux pour les chiens ?",
    "Je veux adopter un lapin, quels sont les besoins de cet animal ?",
    "Pourquoi les chats ronronnent-ils ?",
    "Comment aider un oisillon tombé du nid dans mon jardin ?",
    "Est-ce que les poissons rouges peuvent vraiment vivre dans un bocal ?",
    "Mon vieux chien a du mal à monter les escaliers, comment le soulager ?",
    "Explique-moi comment les abeilles communiquent entre elles.",
    # argent et démarches administratives
    "Comment faire ma déclaration d'impôts en ligne pour la première fois ?",
    "Quelle est la différence entre un livret A et une assurance vie ?",
    "Aide-moi à faire un budget mensuel avec un salaire de 1800 euros et un loyer de 650 euros.",
    "Comment demander les aides au logement de la CAF quand on est étudiant ?",
    "Est-ce que je peux résilier mon assurance habitation à tout moment ?",
    "Comment renouveler ma carte d'identité et combien de temps ça prend ?",
    "Je veux économiser pour un apport immobilier, quelles sont mes options ?",
    "Explique-moi ce qu'est le prélèvement à la source.",
    "Comment contester des frais bancaires que je trouve abusifs ?",
    # culture, films et musique
    "Conseille-moi des films français des années 1990 à voir en famille.",
    "Qui était Édith Piaf et quelles sont ses chansons les plus connues ?",
    "Je cherche un roman policier scandinave pour les vacances, que me conseilles-tu ?",
    "Explique-moi le mouvement impressionniste et ses principaux peintres.",
    "Quels sont les musées à ne pas manquer à Paris avec des enfants ?",
    "Fais-moi une playlist de chansons françaises pour un long trajet en voiture.",
    "Résume l'intrigue du Comte de Monte-Cristo sans trop en dévoiler.",
    "Pourquoi appelle-t-on le français la langue de Molière ?",
    "Je voudrais apprendre la guitare, par quels morceaux commencer ?",
    # bricolage et maison
    "Comment réparer un robinet qui goutte dans la cuisine ?",
    "Quelle peinture choisir pour une salle de bain humide ?",
    "Explique-moi comment poser du parquet flottant dans une chambre.",
    "Mon évier est bouché, comment le déboucher sans produit toxique ?",
    "Comment fixer une étagère lourde sur un mur en placo ?",
    "Est-ce que je peux changer une prise électrique moi-même et quelles précautions prendre ?",
    "Ma chasse d'eau coule en continu, d'où vient le problème ?",
    "Donne-moi la liste des outils de base pour bricoler dans un premier appartement.",
    "Comment isoler les fenêtres pour l'hiver sans les remplacer ?",
    # environnement
    "Comment réduire nos déchets à la maison quand on est une famille de cinq ?",
    "Explique-moi l'effet de serre et le réchauffement climatique simplement.",
    "Est-ce que la voiture électrique est vraiment plus écologique que l'essence ?",
    "Comment trier correctement les emballages dans ma commune ?",
    "Pourquoi les abeilles sont-elles en danger et comment les aider ?",
    "Donne-moi des idées pour des vacances écologiques sans prendre l'avion.",
    "Quelle est la différence entre biodégradable et compostable ?",
    "Comment expliquer la fonte des glaciers à des élèves de primaire ?",
    "Je veux installer des panneaux solaires sur mon toit, est-ce rentable ?",
)
