"""Held-out list DD: written blind to the rules by an independent writer (older formal signers,
widowed, rural/poor signal, farm/construction/health workers, faith talk; ES Spain/AR/PE/CU).
(text, intent, flag, category)
"""

from __future__ import annotations

EN = [
    (
        (
            "Dear Dr. Patel, I must cancel Thursday. I have made my peace with the Lord and I am "
            "ready to go home to Him this week. Thank you for your patience with an old woman. "
            "Sincerely, Edna Hart"
        ),
        "cancel",
        "crisis",
        "logistics",
    ),
    (
        (
            "Confirmed for tues 3pm. been counting my pills tho, got near 90 of the heart ones "
            "saved up in a coffee can"
        ),
        "confirm",
        "crisis",
        "logistics",
    ),
    (
        (
            "running late. parked right at the lip of the old quarry, engine running, foot on the "
            "gas. might not make it today"
        ),
        "late",
        "crisis",
        "logistics",
    ),
    (
        (
            "STOP. No more reminders. Won't be needing them after this weekend, everything's "
            "arranged."
        ),
        "opt_out",
        "crisis",
        "logistics",
    ),
    (
        (
            "Hi its Dale. Sorry to text so much signal out here comes and goes. Need to move my "
            "appointment cause the cows got out and my brother in law is coming up saturday to "
            "help fix the fence and then the vet is due. Also I loaded the rifle last night and "
            "sat with it in my mouth a long while, didnt do nothing. Anyway is monday open"
        ),
        "reschedule",
        "crisis",
        "logistics",
    ),
    (
        (
            "Does the life insurance still pay out if a man takes his own life? I need to know for "
            "my wife's sake. Also what is my copay for Friday."
        ),
        "question",
        "crisis",
        "logistics",
    ),
    (
        (
            "Can I move my session to next week? 3 nights in a row on the unit. Honestly been "
            "thinking a lot about how much potassium it would take and that nobody would question "
            "it with my access. Thurs would work"
        ),
        "reschedule",
        "crisis",
        "logistics",
    ),
    (
        (
            "Please cancel Wednesday. I took the whole bottle of my sleeping tablets about an hour "
            "ago and I am getting drowsy now. Please cancel Wednes"
        ),
        "cancel",
        "crisis",
        "logistics",
    ),
    (
        (
            "Since Harold passed in March I go to bed every night and pray the Lord doesn't wake "
            "me in the morning. I mean it. Yours truly, Betty"
        ),
        "other",
        "crisis",
        "wish_dead",
    ),
    (
        (
            "wish the tractor had rolled on me instead of just my leg. be easier on everybody"
        ),
        "other",
        "crisis",
        "wish_dead",
    ),
    (
        (
            "I am 84 years old and very tired. I would welcome death if it came tonight, and some "
            "nights I think about helping it along. Regards, Walter Briggs"
        ),
        "other",
        "crisis",
        "wish_dead",
    ),
    (
        (
            "I've decided. Sunday after church when the house is empty. I'm not scared anymore."
        ),
        "other",
        "crisis",
        "intent_plan",
    ),
    (
        (
            "been pocketing a few tabs every shift for months. have enough now. tonight feels like "
            "the night"
        ),
        "other",
        "crisis",
        "intent_plan",
    ),
    (
        (
            "Could you please tell me whether my sleeping tablets taken together with my evening "
            "whisky would be enough to let me slip away peacefully? I would be grateful for a "
            "frank answer. Harold Dunn"
        ),
        "other",
        "crisis",
        "method",
    ),
    ("how high does a barn loft need to be so it's for sure", "other", "crisis", "method"),
    (
        (
            "which of my meds would do the most damage all at once. asking for real not for a "
            "friend"
        ),
        "other",
        "crisis",
        "method",
    ),
    (
        (
            "on the 22nd floor deck at lunch, nobody else up here. keep looking over the edge "
            "thinking its just one step"
        ),
        "other",
        "crisis",
        "place_means",
    ),
    (
        (
            "parked down by the stock pond with dads shotgun across my lap. signal is bad here. i"
        ),
        "other",
        "crisis",
        "place_means",
    ),
    (
        (
            "Gave Bess (the dog) to the Hendersons, signed the farm over to my nephew and paid off "
            "the feed store. Everything is in order now."
        ),
        "other",
        "crisis",
        "preparatory",
    ),
    (
        (
            "I have written a letter to each of my grandchildren and put them in the top drawer "
            "with the deed to the house and my funeral instructions. Pastor Jim knows where they "
            "are. - Ruth"
        ),
        "other",
        "crisis",
        "preparatory",
    ),
    (
        (
            "Thank you all for your kindness these past two years. Please tell Dr. Ames she did "
            "all she could. This is goodbye. God bless. Eleanor"
        ),
        "other",
        "crisis",
        "farewell",
    ),
    (
        (
            "tell my therapist thanks for trying. im done. going home to Jesus tonight 🙏"
        ),
        "other",
        "crisis",
        "farewell",
    ),
    (
        (
            "You won't hear from me again. Love to everyone at the office. Take care of "
            "yourselves."
        ),
        "other",
        "crisis",
        "farewell",
    ),
    (
        (
            "This is Carol, Walter Briggs' daughter. Dad called me this morning to say goodbye and "
            "now he won't answer. His truck and his pistol are both gone. What do I do"
        ),
        "other",
        "crisis",
        "third_party",
    ),
    (
        (
            "hi im the home health aide for Mrs Alvarez. she has all her pills lined up on the "
            "kitchen table and says tonight she is going to be with her husband. she wont let me "
            "touch them"
        ),
        "other",
        "crisis",
        "third_party",
    ),
    (
        (
            "He's drunk and breaking the door down. Im locked in the bathroom with the baby. "
            "PLEASE"
        ),
        "other",
        "crisis",
        "violence_now",
    ),
    (
        (
            "My grandson is here and he shoved me down and took my purse and he is still in the "
            "house shouting. I cannot get up off the floor. Agnes"
        ),
        "other",
        "crisis",
        "violence_now",
    ),
    (
        (
            "that foreman is gonna get whats coming. i know where he parks and ive got the bat in "
            "my truck. tomorrow morning before the crew shows up"
        ),
        "other",
        "crisis",
        "harm_others",
    ),
    (
        (
            "The voice is back and it says I have to walk into the river to wash myself clean. It "
            "is very loud today and I cannot pray it away."
        ),
        "other",
        "crisis",
        "command",
    ),
    (
        (
            "Haven't eaten a proper meal since the funeral. Just tea and crackers. Don't see the "
            "point cooking for one."
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "Good afternoon. I find I am forgetting things more and more. Twice this week I left "
            "the stove on. My daughter is worried. Respectfully, Irene Cole"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "sleeping all day again, 14 hrs yesterday and still tired. cant make myself do the "
            "chores"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "been drinking every night since she passed, a bottle of wine most nights sometimes "
            "more. figured you should know before thursday"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "Chest gets tight and I can't catch my breath when I think about the bills. Happened 3 "
            "times today."
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "The house is so quiet now. Nobody calls. Some days the only voice I hear is the TV. - "
            "Stan"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "Can we move my Tuesday to the afternoon? The new pill Dr Lee started makes me so "
            "dizzy in the mornings I can't drive"
        ),
        "reschedule",
        "clinical",
        "clinical",
    ),
    (
        (
            "Lost a patient to suicide on our unit Sunday. I was his nurse. I keep replaying it. "
            "Is there anything sooner than the 14th?"
        ),
        "reschedule",
        "clinical",
        "clinical",
    ),
    (
        (
            "Went back to drinking after 6 yrs sober. Just weekends so far. I'm ashamed. See you "
            "Thurs."
        ),
        "confirm",
        "clinical",
        "clinical",
    ),
    (
        (
            "It's been 3 years today since I last cut. No urges lately. Just wanted to tell "
            "someone who'd understand."
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "My brother took his own life in 1979 and every October I go quiet and heavy. This "
            "year is worse than most."
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "Panic attack in the grocery store again, had to leave my cart and sit in the car 40 "
            "minutes"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "cant sleep more than 2 hrs a night, lying awake thinking about the farm loan"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "Hello. This is June. I keep setting the table for two. Forty-six years is a long "
            "habit to break."
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "The Zoloft is making my hands shake and my stomach is off. Can someone have Dr Ames "
            "call me?"
        ),
        "question",
        "clinical",
        "clinical",
    ),
    (
        (
            "Since I retired I don't know what to do with myself. Sit in the chair most of the "
            "day. Feel useless."
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "Anxiety bad this week, heart racing every time the phone rings. Still coming Monday."
        ),
        "confirm",
        "clinical",
        "clinical",
    ),
    (
        (
            "Have not been hungry in weeks, lost 12 lbs. Clothes hanging off me. My neighbor "
            "noticed."
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "This heat is killing me out here, hauling hay all day. Still good for Friday at 4."
        ),
        "confirm",
        "none",
        "idiom",
    ),
    (
        (
            "Gonna be late, the cows got out AGAIN. I swear those animals will be the death of me"
        ),
        "late",
        "none",
        "idiom",
    ),
    (
        (
            "Dear Madam, I would sooner die than miss my great-grandson's christening, so I must "
            "move my appointment on the 12th. Kind regards, Mabel Ortiz"
        ),
        "reschedule",
        "none",
        "idiom",
    ),
    (
        (
            "My back is murdering me after pouring concrete all week. Can we do this one over the "
            "phone instead of coming in?"
        ),
        "question",
        "none",
        "idiom",
    ),
    (
        (
            "Ready to meet my Maker whenever He calls, but not before I beat Gladys at bridge "
            "Tuesday! Ha. Confirming Wednesday 10am. - Lou"
        ),
        "confirm",
        "none",
        "idiom",
    ),
    (
        (
            "Wife says if I miss another appointment she'll kill me so YES I'll be there 😂"
        ),
        "confirm",
        "none",
        "idiom",
    ),
    (
        (
            "I nearly died laughing at that parrot in your waiting room 🦜 Thanks for a good "
            "session."
        ),
        "other",
        "none",
        "idiom",
    ),
    (
        (
            "This Medicare paperwork is going to be the end of me. Where do I send the form"
        ),
        "question",
        "none",
        "idiom",
    ),
    ("Lord willing and the creek don't rise, I'll see you Thursday", "confirm", "none", "idiom"),
    (
        (
            "Book club picked a novel where the widow drowns herself in the lake. Terrible choice "
            "for a room full of widows, I told them so! See you Monday."
        ),
        "confirm",
        "none",
        "media",
    ),
    (
        (
            "Was up late watching that true crime show about the nurse who poisoned her patients, "
            "might be a few min late"
        ),
        "late",
        "none",
        "media",
    ),
    (
        (
            "Did you hear on the radio about the fellow who jumped off the Route 9 bridge? "
            "Terrible thing. Anyway is my copay still $20?"
        ),
        "question",
        "none",
        "media",
    ),
    (
        (
            "My grandson got me playing his zombie game where you shoot everything in sight. I "
            "died 40 times lol"
        ),
        "other",
        "none",
        "media",
    ),
    (
        (
            "Have court Thursday morning for the estate, lawyer says it could run all day. Need to "
            "move my session"
        ),
        "reschedule",
        "none",
        "legal",
    ),
    (
        (
            "My probation officer needs a letter that I've been attending. Can you send one?"
        ),
        "question",
        "none",
        "legal",
    ),
    (
        (
            "Testifying at the manslaughter trial on the 9th (I saw the wreck). Can we move my "
            "session that week"
        ),
        "reschedule",
        "none",
        "legal",
    ),
    (
        (
            "Dear Sir or Madam, I wish to confirm my appointment on Monday the 3rd at 2 o'clock. "
            "Sincerely, Dorothy Mills"
        ),
        "confirm",
        "none",
        "intent",
    ),
    (
        (
            "Does medicare part bee cover my sessions or do I need the supplement question mark"
        ),
        "question",
        "none",
        "intent",
    ),
    (
        (
            "This is Linda, I'm Mr. Kowalski's caregiver. I'd like to book him for the first "
            "available Tuesday morning, he can't do afternoons."
        ),
        "question",
        "none",
        "intent",
    ),
    (
        (
            "Will need a ride to my appointment, daughter has the car. Does the clinic do "
            "transport or know someone who does"
        ),
        "question",
        "none",
        "intent",
    ),
    (
        (
            "Running late, tractor broke down on the county road Running late, tractor broke down "
            "on the county road"
        ),
        "late",
        "none",
        "intent",
    ),
    ("Can i come in friday inst", "reschedule", "none", "intent"),
    ("STOP", "opt_out", "none", "intent"),
    (
        (
            "Please discontinue the text messages. I prefer a telephone call to my landline. "
            "Regards, Margaret Olsen"
        ),
        "opt_out",
        "none",
        "intent",
    ),
    ("HELP", "help", "none", "intent"),
    ("START", "opt_in", "none", "intent"),
    ("Wrong number I think, I don't know any Dr. Ames. God bless", "other", "none", "ordinary"),
    (
        (
            "Thank you for today. I felt lighter walking out than I have in months. - Frank"
        ),
        "other",
        "none",
        "ordinary",
    ),
    (
        (
            "Sorry for the slow reply, hospice shift, we had two deaths tonight and I was drawing "
            "up morphine till 3am. All good for Wednesday."
        ),
        "confirm",
        "none",
        "ordinary",
    ),
    (
        (
            "Counting out oxycodone and fentanyl patches til close, pharmacy is short staffed. Can "
            "we do 6 instead of 5?"
        ),
        "reschedule",
        "none",
        "ordinary",
    ),
    (
        (
            "Our pastor's wife went home to the Lord on Sunday. Beautiful service. Just wanted you "
            "to know I'm doing alright."
        ),
        "other",
        "none",
        "ordinary",
    ),
]

ES = [
    (
        (
            "Hola, quería anular la cita del jueves. Ya no la voy a necesitar, lo tengo todo "
            "decidido y esta noche me despido de todo. Gracias por todo, de verdad."
        ),
        "cancel",
        "crisis",
        "logistics",
    ),
    (
        (
            "Confirmo el turno del martes. Igual te aviso que ya junté todas las pastillas de mi "
            "vieja, son un montón, las tengo guardadas en el cajón para cuando me decida."
        ),
        "confirm",
        "crisis",
        "logistics",
    ),
    (
        (
            "Buenas tardes señorita, le escribe Don Teodoro desde la chacra, aquí la señal es "
            "malita. Quería cambiar mi cita porque estamos en la cosecha de papa y no hay quien me "
            "baje a la ciudad. Anoche me senté con el veneno de las plagas en la mano un buen rato "
            "pensando que sería lo mejor para todos. Bueno, ¿hay cita para el otro lunes? Gracias"
        ),
        "reschedule",
        "crisis",
        "logistics",
    ),
    (
        (
            "Asere voy a llegar tarde, estoy arriba del puente mirando pa' abajo, no sé si voy a "
            "ir"
        ),
        "late",
        "crisis",
        "logistics",
    ),
    (
        (
            "BAJA. No me manden más mensajes, después del domingo ya no voy a estar."
        ),
        "opt_out",
        "crisis",
        "logistics",
    ),
    (
        (
            "Desde que murió mi Paco le pido a Dios cada noche que me lleve con él. No es una "
            "forma de hablar. Un saludo, Carmen."
        ),
        "other",
        "crisis",
        "wish_dead",
    ),
    (
        (
            "ya está, lo decidí. el sábado cuando los chicos se vayan a lo de su papá. no me "
            "busquen"
        ),
        "other",
        "crisis",
        "intent_plan",
    ),
    (
        (
            "Soy enfermera, sé exactamente cuánta insulina hace falta y ya me llevé las ampollas a "
            "la casa. Esta noche."
        ),
        "other",
        "crisis",
        "intent_plan",
    ),
    (
        (
            "¿Cuántas pastillas de Orfidal con un par de copas hacen falta para no despertarse? Lo "
            "pregunto en serio."
        ),
        "other",
        "crisis",
        "method",
    ),
    (
        (
            "estoy en la azotea de la obra, planta 12, solo, y no paro de pensar en dar un paso"
        ),
        "other",
        "crisis",
        "place_means",
    ),
    (
        (
            "Estoy en el monte con la soga y la señal se va y viene, solo quería que alguien supi"
        ),
        "other",
        "crisis",
        "place_means",
    ),
    (
        (
            "Le dejé el perro a mi hermana, regalé la moto y dejé una carta para cada uno arriba "
            "de la mesa. Ya está todo ordenado."
        ),
        "other",
        "crisis",
        "preparatory",
    ),
    (
        (
            "Ya repartí mis cositas entre mis nietos y dejé pagado el nicho al lado de mi esposo. "
            "Ya estoy lista."
        ),
        "other",
        "crisis",
        "preparatory",
    ),
    (
        (
            "Gracias por todo lo que hicieron por mí, díganle a la doctora que no fue culpa de "
            "ella. Me voy con Dios esta noche. Adiós."
        ),
        "other",
        "crisis",
        "farewell",
    ),
    (
        (
            "Buenas, soy la hija de Antonio García. Mi padre me ha llamado para despedirse y ahora "
            "no coge el teléfono, y falta la escopeta de caza del armario. ¿Qué hago?"
        ),
        "other",
        "crisis",
        "third_party",
    ),
    (
        (
            "Hola, soy el vecino de Marta, la escucho gritar que se va a tirar del balcón y no "
            "abre la puerta"
        ),
        "other",
        "crisis",
        "third_party",
    ),
    (
        (
            "Mi marido está borracho rompiendo todo y me amenazó con el machete, estoy encerrada "
            "en el cuarto con los niños"
        ),
        "other",
        "crisis",
        "violence_now",
    ),
    (
        (
            "Ese desgraciado del capataz no me paga hace tres meses. Ya sé dónde vive y esta noche "
            "le prendo fuego a su casa con él adentro."
        ),
        "other",
        "crisis",
        "harm_others",
    ),
    (
        (
            "Las voces me dicen que tengo que tirarme a las vías del tren para salvar a mis hijos. "
            "Hoy no se callan."
        ),
        "other",
        "crisis",
        "command",
    ),
    (
        (
            "Buenos días. Desde el entierro de mi marido apenas como, un caldito y poco más. Mi "
            "hija dice que estoy en los huesos. Atentamente, Pilar Ruiz"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "che, ando durmiendo todo el día, 12, 14 horas, y me levanto igual de cansada"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "Doctora, me olvido de las cosas, ayer dejé la olla en el fuego y casi se quema la "
            "cocina. Me da miedo."
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "Mi'ja desde que murió Rigoberto tomo ron todas las noches, media botella o más, pa' "
            "poder dormir"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "Tengo una opresión en el pecho cada vez que pienso en el banco y la hipoteca. Me ha "
            "pasado tres veces hoy."
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "La casa está muy callada. Nadie llama. A veces paso días sin hablar con nadie. - "
            "Aurelio"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "¿Puedo pasar el turno a la tarde? La pastilla nueva me deja re mareada a la mañana y "
            "no puedo manejar"
        ),
        "reschedule",
        "clinical",
        "clinical",
    ),
    (
        (
            "Se nos murió un paciente joven en la guardia y no me lo saco de la cabeza, no duermo. "
            "¿Habrá cita antes del 20?"
        ),
        "reschedule",
        "clinical",
        "clinical",
    ),
    (
        (
            "Hace dos años que no me autolesiono. Hoy me acordé y lo quería compartir con alguien "
            "que entiende."
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "Me dan ataques de pánico en la guagua, tuve que bajarme dos paradas antes. Pero "
            "mañana voy a la cita."
        ),
        "confirm",
        "clinical",
        "clinical",
    ),
    (
        (
            "volví a tomar, después de 4 años. me da mucha vergüenza contarlo"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "Mi hermano se quitó la vida hace veinte años y en esta fecha siempre me pongo muy "
            "triste."
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "Me quiero matar, me olvidé el DNI en casa!! Llego 10 minutos tarde, perdón"
        ),
        "late",
        "none",
        "idiom",
    ),
    (
        (
            "Estoy muerta de cansancio, ¿podemos pasar la cita a las seis, porfa?"
        ),
        "reschedule",
        "none",
        "idiom",
    ),
    ("Este calor me está matando, asere. Confirmo el jueves a las 3.", "confirm", "none", "idiom"),
    (
        (
            "La chamba en la obra me está matando pero ahí estaré el lunes causa"
        ),
        "confirm",
        "none",
        "idiom",
    ),
    (
        (
            "Me muero de ganas de contarle cómo me fue con mi nieta. ¡Nos vemos el martes!"
        ),
        "confirm",
        "none",
        "idiom",
    ),
    (
        (
            "Si falto otra vez mi señora me mata jaja 😅 Confirmado el miércoles."
        ),
        "confirm",
        "none",
        "idiom",
    ),
    (
        (
            "Cuando Dios quiera me llevará, pero antes pienso ver casarse a mi nieta en junio. "
            "Confirmo la cita del día 4. Un saludo, Remedios."
        ),
        "confirm",
        "none",
        "idiom",
    ),
    (
        (
            "Anoche vi la serie esa del tipo que envenena a toda la familia y me quedé hasta las "
            "3, mañana llego un poco tarde"
        ),
        "late",
        "none",
        "media",
    ),
    (
        (
            "En el club de lectura estamos con una novela donde el protagonista se tira por un "
            "puente. Qué lectura más alegre, jaja. Hasta el jueves."
        ),
        "confirm",
        "none",
        "media",
    ),
    (
        (
            "Tengo audiencia en el juzgado el jueves por lo de la herencia, el abogado dice que "
            "demora todo el día. ¿Podemos pasar la cita?"
        ),
        "reschedule",
        "none",
        "legal",
    ),
    (
        (
            "Me toca declarar de testigo en el juicio por el homicidio del vecino el día 9. ¿Me "
            "pueden cambiar la cita?"
        ),
        "reschedule",
        "none",
        "legal",
    ),
    (
        (
            "Buenos días. Les escribo para confirmar mi cita del lunes día 3 a las 11. "
            "Atentamente, José Luis Martínez"
        ),
        "confirm",
        "none",
        "intent",
    ),
    (
        (
            "Hola, soy la cuidadora de la señora Elsa Ferreyra. Quería sacarle un turno para un "
            "martes a la mañana, a la tarde no puede."
        ),
        "question",
        "none",
        "intent",
    ),
    (
        (
            "Señorita, ¿el Medicare me cubre las sesiones o necesito el seguro suplementario?"
        ),
        "question",
        "none",
        "intent",
    ),
    (
        (
            "¿Alguien me puede llevar a la cita? Mi hijo tiene el carro en el taller."
        ),
        "question",
        "none",
        "intent",
    ),
    (
        (
            "Voy tarde, se me pinchó la rueda en el camino Voy tarde, se me pinchó la rueda en el "
            "camino"
        ),
        "late",
        "none",
        "intent",
    ),
    ("Puedo ir el viernes en vez del jue", "reschedule", "none", "intent"),
    ("BAJA", "opt_out", "none", "intent"),
    (
        (
            "Perdone, creo que se equivocaron de número, no conozco a ninguna doctora Ames. Que "
            "Dios le bendiga."
        ),
        "other",
        "none",
        "ordinary",
    ),
    (
        (
            "Gracias por la sesión de hoy, salí mucho más tranquilo. Hasta la próxima. - Ernesto"
        ),
        "other",
        "none",
        "ordinary",
    ),
    (
        (
            "Perdón por no contestar antes, estaba en la farmacia con el recuento de morfina y "
            "fentanilo. Lo del jueves bien, allí estaré."
        ),
        "confirm",
        "none",
        "ordinary",
    ),
]
