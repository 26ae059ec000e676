"""Ordinary Spanish prompts, written for ModelGate, negatives for the harm head (training only)."""

from __future__ import annotations

SPANISH: tuple[str, ...] = (
    # cooking
    "¿Cuánto tiempo tengo que dejar reposar la masa de la pizza antes de meterla en el horno?",
    "Dame una receta de tortilla de patatas jugosa, con cebolla y para cuatro personas.",
    (
        "Odio tirar comida a la basura, ¿qué puedo cocinar con el pan duro y las verduras que me "
        "sobran?"
    ),
    "Explica la diferencia entre el aceite de oliva virgen extra y el refinado a la hora de freír.",
    # travel
    "Voy a Lisboa tres días en octubre, ¿qué barrios me recomiendas para alojarme?",
    "Escribe un itinerario de una semana por Andalucía en tren, sin alquilar coche.",
    "¿Qué documentos necesito para viajar con mi perro en avión dentro de la Unión Europea?",
    "Me da muchísimo miedo volar. ¿Tienes algún consejo para aguantar un vuelo de doce horas?",
    # work
    "Mañana tengo una entrevista de trabajo en un banco, ¿qué preguntas suelen hacer?",
    (
        "Estoy harto de las reuniones de los lunes, que duran dos horas y no sirven para nada "
        "porque siempre se habla de lo mismo. ¿Cómo le propongo a mi equipo que sean más cortas "
        "sin ofender a nadie?"
    ),
    # programming and IT
    "Me sale «permiso denegado» al ejecutar un script de bash, ¿qué tengo que cambiar?",
    "Escribe una función en Python que sobrescriba un archivo de texto solo si ya existe.",
    (
        "Explícame qué es un ataque de fuerza bruta para saber cómo proteger mi propia cuenta de "
        "correo."
    ),
    "Tengo que definir el público objetivo de una aplicación de recetas, ¿por dónde empiezo?",
    # school
    "Mi hija no entiende las fracciones, explícamelas como si tuviera nueve años.",
    "Dame cinco ideas para un trabajo sobre la Edad Media para un alumno de segundo de la ESO.",
    "¿Cómo puedo organizarme para estudiar para la selectividad sin agobiarme?",
    # science
    "¿Por qué el cielo es azul durante el día y se vuelve rojizo al atardecer?",
    "Explica de forma sencilla cómo funciona la fotosíntesis en las plantas.",
    "¿Qué diferencia hay entre un virus y una bacteria?",
    # health and medicine
    "Llevo tres días con dolor de garganta y algo de fiebre, ¿cuándo debería ir al médico?",
    "¿Se pueden tomar ibuprofeno y paracetamol el mismo día o es mejor alternarlos?",
    "¿Qué vacunas necesita un bebé durante su primer año de vida en España?",
    (
        "Últimamente me siento triste y sin ganas de nada, ¿cómo sé si debería hablar con un "
        "psicólogo?"
    ),
    "Mi padre murió hace dos meses y no consigo concentrarme en nada. ¿Es normal sentirse así?",
    # parenting
    (
        "Mi hijo de tres años tiene una rabieta enorme cada vez que salimos del parque: se tira al "
        "suelo, grita y no hay manera de calmarlo. Ya he probado a avisarle antes. ¿Qué más puedo "
        "hacer?"
    ),
    "¿A qué edad es recomendable darle el primer móvil a un niño?",
    "Propón actividades para hacer en casa con dos niños pequeños un domingo de lluvia.",
    # relationships and feelings
    "Odio los lunes por la mañana, ¿cómo puedo empezar la semana con algo más de energía?",
    "Mi mejor amiga se olvidó de mi cumpleaños y estoy muy dolida. ¿Cómo se lo digo sin discutir?",
    (
        "Estoy furioso con mi hermano porque no ayuda nada con nuestra madre enferma, ¿cómo hablo "
        "con él?"
    ),
    (
        "Detesto las cenas de Navidad con mi familia política. Dame ideas para sobrevivir a la de "
        "este año."
    ),
    # religion and festivals
    "¿Qué se celebra en la Pascua judía y qué significa la cena del Séder?",
    (
        "Un compañero musulmán está haciendo el Ramadán, ¿cómo puedo ser respetuoso con él en el "
        "trabajo?"
    ),
    "Explica el origen de la Semana Santa y por qué hay procesiones en Sevilla.",
    "¿Qué es el Diwali y cómo lo celebran las familias hindúes?",
    # LGBT
    "Mi hijo me ha dicho que es gay. Lo quiero muchísimo, ¿cómo puedo apoyarlo bien?",
    "¿Qué significa ser una persona no binaria?",
    "¿Desde cuándo es legal el matrimonio entre personas del mismo sexo en España?",
    # women's and minority history
    "¿Quién fue Clara Campoamor y qué papel tuvo en el voto femenino en España?",
    "Resume la historia del pueblo gitano en la península ibérica desde su llegada.",
    "¿Cuándo pudieron votar las mujeres por primera vez en los países de América Latina?",
    # history and wars
    "¿Por qué empezó la Guerra Civil española y cuánto duró?",
    "Explícame qué fue el Holocausto para preparar una clase con alumnos de quince años.",
    "¿Cómo cayó el Muro de Berlín en 1989 y qué pasó después?",
    "¿Cómo terminó la dictadura de Salazar en Portugal?",
    "Resume la historia de ETA y cómo terminó el terrorismo en el País Vasco.",
    # law
    "Mi casero no me devuelve la fianza del piso aunque lo dejé impecable, ¿qué puedo hacer?",
    "¿Cómo se pone una denuncia en la policía si me han robado la cartera en el metro?",
    "¿Cuánto tarda un divorcio de mutuo acuerdo y qué papeles hacen falta?",
    # safety and prevention
    "¿Qué hago si se incendia el aceite de la sartén mientras estoy cocinando?",
    "Me ha llegado un SMS del banco pidiendo mis datos, ¿cómo sé si es una estafa?",
    "Nos vamos de vacaciones un mes. ¿Cómo evito que entren a robar en casa?",
    "¿Cómo hablo con mi hijo de catorce años sobre las drogas sin que se cierre en banda?",
    "Mi niño se ha bebido un poco de lejía, ¿qué hago mientras llega la ambulancia?",
    # fiction
    (
        "Escribe una escena de novela negra ambientada en el Madrid de los años cincuenta, en la "
        "que una detective interroga al mayordomo de una familia rica y se da cuenta de que "
        "miente."
    ),
    "Escribe el discurso del villano de mi novela de fantasía justo antes de la batalla final.",
    "Escribe un poema sobre la guerra desde el punto de vista de una madre que espera a su hijo.",
    # sport
    "¿Qué plan de entrenamiento me recomiendas para correr mi primera media maratón?",
    "Explícame la regla del fuera de juego en el fútbol con un ejemplo.",
    # gardening
    "¿Cuándo es el mejor momento para plantar tomates en un huerto en Madrid?",
    "Las hojas de mi limonero se están poniendo amarillas, ¿qué le pasa?",
    "Dame ideas de plantas que aguanten bien el sol en un balcón orientado al sur.",
    # animals
    "¿Por qué mi gato me trae pájaros muertos a casa?",
    "¿Cuánto tiempo al día hay que pasear a un perro de raza grande?",
    "Explícame cómo se comunican las abejas dentro de la colmena.",
    # money
    "Gano 1.800 euros al mes, ¿cómo puedo empezar a ahorrar para la entrada de un piso?",
    "¿Qué diferencia hay entre un fondo indexado y un depósito a plazo fijo?",
    "Ayúdame a hacer un presupuesto mensual sencillo para una familia de cuatro.",
    # culture
    "Recomiéndame cinco novelas latinoamericanas que debería leer al menos una vez.",
    "¿Qué significa el cuadro del Guernica de Picasso?",
    "¿Cuál es el origen del flamenco y dónde puedo verlo en directo?",
    # DIY
    "¿Cómo arreglo un grifo que gotea sin tener que llamar al fontanero?",
    "Quiero pintar las paredes del salón, ¿qué necesito y en qué orden lo hago?",
    "Explica cómo colgar una estantería pesada en una pared de pladur.",
    # environment
    "¿Qué puedo hacer en casa para reducir el plástico que uso cada semana?",
    "¿Por qué están tan bajos los embalses en España en los últimos veranos?",
    "Explícame qué es la huella de carbono y cómo puedo calcular la mía.",
)
