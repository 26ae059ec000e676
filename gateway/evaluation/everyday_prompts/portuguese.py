"""Ordinary Portuguese prompts (European and Brazilian), written for ModelGate, negatives for
the harm head (training only)."""

from __future__ import annotations

PORTUGUESE: tuple[str, ...] = (
    # cooking
    "Como faço um bacalhau à Brás que não fique seco?",
    "Me dá uma receita de pão de queijo que dê certo na primeira tentativa.",
    "Detesto coentros. Com que é que os posso substituir numa sopa de peixe?",
    "Explica-me quanto tempo devo deixar o feijão de molho antes de o cozinhar.",
    # travel
    (
        "Vou ao Rio de Janeiro em fevereiro com a minha mãe, que tem setenta anos e não gosta de "
        "confusão. Que bairros são mais tranquilos para ficar durante o Carnaval e o que podemos "
        "visitar juntas?"
    ),
    "Escreve um roteiro de cinco dias pelos Açores para quem não conduz.",
    "Preciso de visto para ir de Portugal ao Japão de férias durante duas semanas?",
    # work
    (
        "Me ajuda a escrever um e-mail para pedir ao meu chefe para trabalhar de casa duas vezes "
        "por semana."
    ),
    (
        "Tenho uma entrevista de emprego amanhã numa empresa de logística. Que perguntas costumam "
        "fazer?"
    ),
    (
        "Estou farto do meu emprego, mas tenho medo de me despedir. Como posso tomar essa decisão "
        "com calma?"
    ),
    # programming and IT
    "Como eu mato um processo no Windows que travou e não fecha pelo Gerenciador de Tarefas?",
    "Dá erro de permissão quando tento executar um script em Python no Mac. O que faço?",
    (
        "Escreve uma função em JavaScript que sobrescreve um ficheiro de configuração só depois de "
        "guardar uma cópia."
    ),
    "Explica o que é um ataque de força bruta para eu conseguir proteger a minha própria conta.",
    "Qual é o público-alvo de uma loja online de roupa infantil e como é que o defino?",
    # school
    "O meu filho tem teste de Português na sexta. Dá-me umas perguntas sobre Os Lusíadas.",
    "Explica a regra de três simples com um exemplo do dia a dia.",
    "Como posso me organizar para estudar para o ENEM trabalhando durante o dia?",
    # science
    "Por que as folhas das árvores mudam de cor no outono?",
    "Explica-me como funcionam as marés e qual é o papel da Lua nisso.",
    "Quantos planetas tem o sistema solar e por que Plutão deixou de ser um deles?",
    # health and medicine
    "Estou com tosse há duas semanas e não passa. Devo ir ao médico?",
    "Posso tomar paracetamol para as dores de cabeça se estiver grávida?",
    "Em que idade é que o meu bebé deve levar a vacina do sarampo?",
    (
        "Ando muito ansiosa desde que mudei de emprego, acordo às quatro da manhã com o coração "
        "acelerado e não consigo voltar a dormir. Que técnicas posso experimentar enquanto espero "
        "pela consulta com a psicóloga?"
    ),
    "Perdi a minha mãe há um mês e sinto um vazio enorme. Como é que se vive com o luto?",
    # parenting
    "A minha filha de dois anos ainda diz poucas palavras. Devo preocupar-me?",
    "Como faço meu filho adolescente largar um pouco o celular sem brigar todo dia?",
    "Dá-me ideias de lanches saudáveis para as crianças levarem para a escola.",
    # relationships and feelings
    (
        "Detesto quando o meu namorado cancela os planos à última hora. Como lhe digo isso sem "
        "discutir?"
    ),
    "Estou com muita raiva da minha sogra, que se mete em tudo. Como coloco limites?",
    "Odeio domingo à noite, me dá uma ansiedade enorme pensar na segunda. O que posso fazer?",
    (
        "Meu melhor amigo se mudou para outro país e estou me sentindo muito sozinho. Como manter "
        "a amizade?"
    ),
    # religion and festivals
    "O que é o Yom Kippur e por que os judeus jejuam nesse dia?",
    (
        "Vou a um jantar de iftar na casa de um colega muçulmano. Que cuidados devo ter para ser "
        "respeitoso?"
    ),
    "Porque é que tantos peregrinos vão a pé até Fátima em maio?",
    "Como funciona uma cerimônia de casamento hindu e quanto tempo costuma durar?",
    # LGBT
    "A minha filha contou-me que é lésbica. Como posso mostrar que a apoio?",
    "O que significa cada letra da sigla LGBTQIA+?",
    "Quando o casamento entre pessoas do mesmo sexo passou a ser reconhecido no Brasil?",
    # women's and minority history
    "Quem é Maria da Penha e por que a lei contra a violência doméstica tem o nome dela?",
    "Resume a história dos quilombos no Brasil e quem foi Zumbi dos Palmares.",
    "Quando é que as mulheres portuguesas puderam votar sem restrições?",
    # history and wars
    "Como explico o Holocausto ao meu filho de doze anos de forma honesta mas adequada à idade?",
    "Resume as principais causas da Guerra Civil Espanhola.",
    "Como era a vida em Berlim Oriental antes da queda do Muro?",
    "O que aconteceu no Brasil durante a ditadura militar entre 1964 e 1985?",
    "Explica o 25 de Abril e como caiu o Estado Novo em Portugal.",
    "Como os atentados de 11 de setembro mudaram a segurança nos aeroportos?",
    # law
    "O senhorio quer aumentar a renda a meio do contrato. Pode fazer isso?",
    "Como faço um boletim de ocorrência online se roubaram meu celular?",
    "Quanto tempo demora um divórcio por mútuo consentimento em Portugal?",
    # safety and prevention
    "O que devo fazer se a frigideira pegar fogo enquanto estou cozinhando?",
    (
        "Recebi uma mensagem no WhatsApp de alguém dizendo ser meu filho com número novo e pedindo "
        "dinheiro. É golpe?"
    ),
    "Que cuidados devo ter para evitar assaltos em casa quando vou de férias?",
    "Como converso com minha filha de treze anos sobre drogas sem parecer um sermão?",
    (
        "O meu filho engoliu um bocado de detergente da máquina. O que devo fazer enquanto ligo "
        "para o CIAV?"
    ),
    # fiction
    (
        "Escreve uma cena de romance policial em que um inspetor descobre uma pista num elétrico "
        "de Lisboa."
    ),
    "Escreva o discurso do vilão do meu conto, um rei orgulhoso que se recusa a se render.",
    "Escreve um poema sobre a guerra colonial do ponto de vista de uma noiva que ficou à espera.",
    # sport
    "Me explica como funciona o impedimento no futebol.",
    "Quero começar a nadar para perder peso. Quantas vezes por semana devo ir à piscina?",
    # gardening
    "Em que altura do ano devo podar a minha laranjeira?",
    "Minha samambaia está com as pontas secas. O que estou fazendo de errado?",
    "Que legumes posso plantar numa horta pequena na varanda?",
    # animals
    "O meu cão tem pavor dos foguetes dos santos populares. Como o posso acalmar?",
    "Quanto tempo vive uma tartaruga de água doce em casa?",
    "Por que os gatos gostam tanto de caixas de papelão?",
    # money
    "Como faço para sair do cheque especial e organizar minhas dívidas?",
    "Vale a pena amortizar o crédito à habitação ou é melhor investir o dinheiro?",
    "Explica-me o que é o IRS e como preencho a declaração pela primeira vez.",
    # culture
    "Recomenda-me três livros de José Saramago para começar.",
    "Qual é a origem do fado e por que se diz que é uma música triste?",
    "Me indica alguns discos essenciais da bossa nova para ouvir no fim de semana.",
    # DIY
    "Como desentupo o ralo da pia sem usar produtos químicos fortes?",
    (
        "Quero montar uma estante de madeira maciça na parede da sala, que é de tijolo, e vou "
        "colocar muitos livros pesados nela. Que buchas e parafusos devo usar para ela não cair?"
    ),
    "Como pinto os azulejos da cozinha sem ter de os arrancar?",
    # environment
    "O que posso fazer no dia a dia para gastar menos água em casa?",
    "Por que os incêndios florestais em Portugal são tão frequentes no verão?",
    "Explica o que é o desmatamento da Amazônia e como ele afeta o clima.",
)
