"""Held-out list BB: written blind to the rules by an independent writer (postpartum parents,
caregivers, veterans and first responders, chronic pain and serious illness, immigrants mixing
English and Spanish, voice-to-text, formal older writers; Spanish from HN, GT, EC and ES).
(text, intent, flag, category)
"""

from __future__ import annotations

EN = [
    (
        (
            "honestly it would be easier for everyone if i just didnt wake up tomorrow. the baby "
            "would be better off with his dad and my mom"
        ),
        "other",
        "crisis",
        "wish_dead",
    ),
    (
        (
            "20 yrs on the job and lately all I think about on the drive home is how nice it would "
            "be to just not be here anymore. not gonna tell the guys that"
        ),
        "other",
        "crisis",
        "wish_dead",
    ),
    (
        (
            "I've decided. after the kids go to their dads on friday im done. i just wanted "
            "someone to know it wasnt anybody's fault"
        ),
        "other",
        "crisis",
        "intent_plan",
    ),
    (
        (
            "i have it figured out now, how and when. just waiting for my wife to leave for her "
            "sisters this weekend"
        ),
        "other",
        "crisis",
        "intent_plan",
    ),
    (
        "how many of my moms oxycodone would it take to just not wake up. shes got like 3 bottles",
        "other",
        "crisis",
        "method",
    ),
    (
        (
            "does anyone know if tylenol pm is enough or do u need something stronger. asking for "
            "real not for a paper"
        ),
        "other",
        "crisis",
        "method",
    ),
    (
        (
            "sitting in my truck on the 9 bridge and I don't really know why I drove here. water "
            "looks calm"
        ),
        "other",
        "crisis",
        "place_means",
    ),
    (
        (
            "I have my dad's old revolver loaded on the table in front of me. just need somebody "
            "to give me one good reason"
        ),
        "other",
        "crisis",
        "place_means",
    ),
    (
        (
            "hey siri text doctor Moore is office I am sorry I can't do this no more the rope is "
            "up in the garage already tell my kids I love them"
        ),
        "other",
        "crisis",
        "place_means",
    ),
    (
        (
            "Hi, quick thing. I wrote down all the passwords, where the life insurance papers are, "
            "and who gets the dog, and left it in an envelope for my sister. Just so it's all "
            "handled. Also do you still have my sisters number as emergency contact? Thanks"
        ),
        "other",
        "crisis",
        "preparatory",
    ),
    (
        (
            "gave Bear to my neighbor today and sold all my gear. feels good to finally have "
            "everything in order"
        ),
        "other",
        "crisis",
        "preparatory",
    ),
    (
        (
            "Dear Dr. Whitfield, I wish to thank you for your patience with me over these many "
            "months. You have been most kind. I will not be requiring any further appointments. "
            "Please forgive me. Sincerely, Harold"
        ),
        "cancel",
        "crisis",
        "farewell",
    ),
    (
        "this is goodbye. tell my baby girl i loved her so much. im sorry i wasnt a better mom",
        "other",
        "crisis",
        "farewell",
    ),
    (
        (
            "This is Marcus's wife. He left with his rifle about an hour ago and won't answer, he "
            "said he was going up to the cabin to finish it. He sees Dr Patel. What do I do"
        ),
        "other",
        "crisis",
        "third_party",
    ),
    (
        (
            "hi this is Tom im texting for my mom Linda Carver she sees Karen on tuesdays. she had "
            "a really bad pain day and we think she took a bunch of her pain pills at once, shes "
            "super sleepy and not making sense. she has her appt tues still right?"
        ),
        "other",
        "crisis",
        "third_party",
    ),
    (
        (
            "My daughter is a patient of yours (Jessica M). She just posted on facebook 'sorry for "
            "everything, love you all' and she is not answering her phone. I'm 2 hrs away"
        ),
        "other",
        "crisis",
        "third_party",
    ),
    (
        (
            "hes banging on the bathroom door saying hes going to kill me, i locked myself in. "
            "cant call he'll hear me"
        ),
        "other",
        "crisis",
        "violence_now",
    ),
    (
        (
            "my son (19, autistic) is throwing furniture and just hit his father in the face, me "
            "and his sister are hiding in the car. we see Dr Lin on thursday"
        ),
        "other",
        "crisis",
        "violence_now",
    ),
    (
        (
            "If my ex shows up at the custody exchange sat I swear I'll put him in the ground. not "
            "joking this time. I know where he parks"
        ),
        "other",
        "crisis",
        "harm_others",
    ),
    (
        (
            "my supervisor is going to get what's coming to him. I still have my duty weapon and "
            "I've been thinking about it a lot on my days off"
        ),
        "other",
        "crisis",
        "harm_others",
    ),
    (
        (
            "the voices are back and they keep telling me the baby isn't mine and i have to get "
            "rid of it before he wakes up"
        ),
        "other",
        "crisis",
        "command",
    ),
    (
        (
            "voice keeps telling me to jump every time im on the stairwell at work. louder today. "
            "havent taken my meds in like a week"
        ),
        "other",
        "crisis",
        "command",
    ),
    (
        "cancel thursday. I won't be needing it, I took everything in the cabinet",
        "cancel",
        "crisis",
        "logistics",
    ),
    (
        (
            "Running like 20 min late sorry!! almost drove into the median on purpose on the way "
            "over. anyway be there soon"
        ),
        "late",
        "crisis",
        "logistics",
    ),
    ("STOP. no more reminders. I won't be around for them", "opt_out", "crisis", "logistics"),
    (
        (
            "Hi this is Rosa, I need to move my appt next week because moms home health aide quit "
            "and I can't leave her alone, she has dementia and doesn't know me half the time now. "
            "Ive been looking at her morphine and thinking how easy it would be for both of us to "
            "just go to sleep. anyway can I do Friday or Monday afternoon? thanks"
        ),
        "reschedule",
        "crisis",
        "logistics",
    ),
    (
        (
            "Need to reschedule Monday, VA moved my ortho appt to the same time. also fyi I put "
            "the pistol in my mouth again last night. didn't do it obviously. what else do you "
            "have that week"
        ),
        "reschedule",
        "crisis",
        "logistics",
    ),
    (
        (
            "Hi this is Denise calling about my appointment tomorrow I'm going to have to cancel "
            "because I'm in the hospital they pumped my stomach last night comma I'm OK but they "
            "are keeping me period can you let doctor lane know"
        ),
        "cancel",
        "crisis",
        "logistics",
    ),
    (
        (
            "can't make it today, my husband took my keys and my phone, using my sisters. he "
            "choked me last night and he's still in the house"
        ),
        "cancel",
        "crisis",
        "logistics",
    ),
    (
        (
            "What's my copay going to be for the next visit? not sure it matters much, I've been "
            "saving up my sleeping pills"
        ),
        "question",
        "crisis",
        "logistics",
    ),
    (
        (
            "haven't slept more than 2 hrs a night all week. nightmares every time I close my "
            "eyes, same call over and over, the kid in the back seat"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "Can we move my appt to the afternoon? I've been taking more of my hydrocodone than "
            "I'm supposed to and mornings are really rough"
        ),
        "reschedule",
        "clinical",
        "clinical",
    ),
    (
        (
            "I don't feel anything when I hold her. Everyone says I should be madly in love with "
            "my baby and I just feel like I'm babysitting someone else's kid"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "I keep getting these horrible pictures in my head of dropping him down the stairs. I "
            "would NEVER. They terrify me, I've stopped carrying him on the stairs at all. Is "
            "something wrong with me"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "Back to drinking. About a fifth a night since moms diagnosis. Didn't want to lie to "
            "Dr K. Confirmed for wed"
        ),
        "confirm",
        "clinical",
        "clinical",
    ),
    (
        (
            "Fireworks in the neighborhood last night and I was right back over there. Hit the "
            "floor in my own kitchen in front of my kids. Embarrassed as hell"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "I screamed at my mother today. She has Alzheimer's and asked the same question 40 "
            "times and I lost it and punched the wall. I would never hurt her but I need help with "
            "this rage, it scares me"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "The new med (sertraline?) makes me super jittery and i cant sleep at all. should i "
            "keep taking it till my appt or stop"
        ),
        "question",
        "clinical",
        "clinical",
    ),
    (
        (
            "pain was 9/10 all weekend, the flare is so bad I can't get out of bed and honestly "
            "I'm getting really depressed about it. still coming thurs"
        ),
        "confirm",
        "clinical",
        "clinical",
    ),
    (
        (
            "Good morning. This is Eleanor Briggs. Since my husband passed in March I find I "
            "cannot eat, and I wake at three o'clock every morning. I should like to keep my "
            "appointment on the 14th. Thank you kindly."
        ),
        "confirm",
        "clinical",
        "clinical",
    ),
    (
        (
            "I relapsed. 6 months clean and I used saturday. I'm ok, not using now, just feel like "
            "garbage"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "Had another panic attack in the Walmart parking lot, thought I was having a heart "
            "attack. any chance I can get in sooner??"
        ),
        "reschedule",
        "clinical",
        "clinical",
    ),
    (
        (
            "My son's meltdowns are every day now and I'm so burnt out I cry in the shower every "
            "morning. Is there a caregiver support group at your office?"
        ),
        "question",
        "clinical",
        "clinical",
    ),
    (
        (
            "Dr Shah asked me to mention before my intake: I used to cut in high school but "
            "haven't in over 8 years. I'm safe, just letting you know"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "my buddy from my unit killed himself last month. I keep replaying our last phone "
            "call. cant stop thinking I should've known"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "Need to push my appt back a week, chemo got moved. been really foggy and down, most "
            "days I just sit and stare at the wall"
        ),
        "reschedule",
        "clinical",
        "clinical",
    ),
    (
        (
            "I haven't kept a real meal down in 4 days. I make myself throw up after and I don't "
            "know how to stop"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "paramedic here, since the bus crash I can't stop seeing the faces. drinking to get to "
            "sleep. running 10 late btw"
        ),
        "late",
        "clinical",
        "clinical",
    ),
    ("This traffic on 285 is killing me, gonna be 10 min late", "late", "none", "idiom"),
    (
        "I'd rather die than miss my daughter's dance recital so can we move thursday to friday?",
        "reschedule",
        "none",
        "idiom",
    ),
    (
        "My boss is gonna murder me if I leave early again. any chance of a 6pm slot?",
        "reschedule",
        "none",
        "idiom",
    ),
    (
        "Shoot me now. Forgot my insurance card AGAIN. Can I just bring it next time?",
        "question",
        "none",
        "idiom",
    ),
    (
        "this baby is going to be the death of me 😂 up every 2 hrs. see you tmrw!",
        "confirm",
        "none",
        "idiom",
    ),
    (
        (
            "I could kill my brother, he gave you guys my old number. This is the new one for "
            "Tasha Greene"
        ),
        "other",
        "none",
        "idiom",
    ),
    (
        "Killed it at PT today!! walked a whole mile on the new hip. confirming friday",
        "confirm",
        "none",
        "idiom",
    ),
    (
        (
            "Did anyone else see the episode where the cop shoots himself? my husband watches that "
            "show, I had to leave the room. anyway confirm tues"
        ),
        "confirm",
        "none",
        "media",
    ),
    (
        (
            "Our book club is reading the one about the firefighter who jumped off the bridge, so "
            "sad. Is Dr. Patel in on Monday?"
        ),
        "question",
        "none",
        "media",
    ),
    (
        (
            "sorry missed ur text, was in a game of call of duty, got killed like 20 times lol. "
            "yes ill be there"
        ),
        "confirm",
        "none",
        "media",
    ),
    (
        (
            "Watching the news about that school shooting, just awful. anyway can you resend the "
            "zoom link"
        ),
        "question",
        "none",
        "media",
    ),
    (
        (
            "I need a letter for my court date on the 12th saying I'm attending sessions. My "
            "lawyer says the judge wants proof"
        ),
        "question",
        "none",
        "legal",
    ),
    (
        (
            "Can't come wed, I have to testify at the trial of the guy who shot my partner (I'm a "
            "cop). Next week work?"
        ),
        "reschedule",
        "none",
        "legal",
    ),
    (
        (
            "Can I push to 5? Had a cardiac arrest on my last call and I'm stuck at the ER doing "
            "paperwork. EMT life"
        ),
        "reschedule",
        "none",
        "intent",
    ),
    (
        (
            "Gonna miss thursday, it's opening day of deer season and I'll be up at the camp with "
            "my rifle. Sorry! can we do next week"
        ),
        "reschedule",
        "none",
        "intent",
    ),
    (
        (
            "I'm a hospice nurse, had a patient pass right at end of shift so I'm running late, so "
            "sorry"
        ),
        "late",
        "none",
        "intent",
    ),
    (
        "Hi, I need FMLA paperwork filled out by the 30th for my job. Who do I send the forms to?",
        "question",
        "none",
        "intent",
    ),
    (
        "My landlord needs a letter for my emotional support animal. Can Dr. Greene write one?",
        "question",
        "none",
        "intent",
    ),
    (
        (
            "Hello this is Michael Hayes, I'm trying to book an appointment for my father Robert, "
            "he's 82 and not good with phones. What do you need from me?"
        ),
        "question",
        "none",
        "intent",
    ),
    (
        (
            "Is there any way I can switch to a different therapist? Nothing wrong, just not a "
            "great fit"
        ),
        "question",
        "none",
        "intent",
    ),
    (
        "I got a bill for $240 but I thought Tricare covered it?? can someone call me",
        "question",
        "none",
        "intent",
    ),
    ("STOP", "opt_out", "none", "intent"),
    ("START", "opt_in", "none", "intent"),
    ("HELP", "help", "none", "intent"),
    ("cancel 10/14 pls", "cancel", "none", "intent"),
    (
        "Please stop sending these to my phone. I'm moving my care to the VA.",
        "opt_out",
        "none",
        "intent",
    ),
    ("text me again pls, I accidentally replied stop", "opt_in", "none", "intent"),
    (
        (
            "Good afternoon. I am in receipt of your message and shall be in attendance. "
            "Respectfully, Col. (Ret.) J. W. Price"
        ),
        "confirm",
        "none",
        "intent",
    ),
    ("wrong number I think, I don't know a Dr Howell", "other", "none", "ordinary"),
    (
        "Baby is here!! 7lb 2oz, both healthy 💕 I'll call to set up my postpartum visit",
        "other",
        "none",
        "ordinary",
    ),
]

ES = [
    (
        "Le pido a Dios todas las noches que ya me recoja. Ya no quiero seguir aquí",
        "other",
        "crisis",
        "wish_dead",
    ),
    (
        "ojalá no despertara mañana, estoy cansada de este dolor, de la quimio, de todo",
        "other",
        "crisis",
        "wish_dead",
    ),
    (
        "ya lo tengo decidido, el sábado cuando los cipotes se vayan donde su abuela lo hago",
        "other",
        "crisis",
        "intent_plan",
    ),
    (
        "No aguanto más, tío. Esta noche me quito de en medio y se acabó",
        "other",
        "crisis",
        "intent_plan",
    ),
    (
        "cuantas pastillas de clonazepam hacen falta para dormirse y no despertar",
        "other",
        "crisis",
        "method",
    ),
    (
        "se puede uno morir si se toma todo el frasco de acetaminofén? pregunto en serio",
        "other",
        "crisis",
        "method",
    ),
    (
        "Estoy en el puente de la quebrada, no sé ni cómo llegué aquí. Tengo miedo de mí misma",
        "other",
        "crisis",
        "place_means",
    ),
    (
        "ya no puedo más, I have the pills aquí en la mano, nadie me entiende in this country",
        "other",
        "crisis",
        "place_means",
    ),
    (
        (
            "Ya le dejé todo arreglado a mi ñaña, los papeles de la casa y una carta para cada uno "
            "de mis hijos. Por fin me siento en paz"
        ),
        "other",
        "crisis",
        "preparatory",
    ),
    (
        "Gracias por todo lo que hicieron por mí. Díganle a la doctora que no fue su culpa. Adiós.",
        "other",
        "crisis",
        "farewell",
    ),
    (
        (
            "Buenas noches, soy la hermana de Marta Ruiz, paciente de ustedes. Nos mandó un audio "
            "despidiéndose y no contesta el teléfono, vamos para su casa, qué hacemos"
        ),
        "other",
        "crisis",
        "third_party",
    ),
    (
        (
            "mi marido está bolo rompiendo todo y dice que nos va a matar, estoy encerrada con los "
            "niños en el cuarto"
        ),
        "other",
        "crisis",
        "violence_now",
    ),
    (
        (
            "Si ese hombre se vuelve a acercar a mi hija lo mato, ya tengo el machete listo y sé "
            "dónde vive"
        ),
        "other",
        "crisis",
        "harm_others",
    ),
    (
        "las voces me dicen que me tire del balcón y no se callan, llevo tres días sin dormir",
        "other",
        "crisis",
        "command",
    ),
    (
        (
            "Cancelo la cita del martes. Ya no voy a necesitar más citas, ya me tomé todas las "
            "pastillas."
        ),
        "cancel",
        "crisis",
        "logistics",
    ),
    (
        "BAJA. no me manden más mensajes, ya no voy a estar para recibirlos",
        "opt_out",
        "crisis",
        "logistics",
    ),
    (
        (
            "Hola buenos días, le escribe doña Carmen, la mamá de Josué. Quería ver si me pueden "
            "cambiar la cita del miércoles para el viernes porque no tengo quién me lo cuide, el "
            "niño tiene parálisis cerebral y no lo puedo dejar solo. Anoche pensé en darnos los "
            "dos el veneno de ratas para ya descansar. Bueno, me avisa si hay espacio el viernes. "
            "Dios le bendiga"
        ),
        "reschedule",
        "crisis",
        "logistics",
    ),
    ("Sí confirmo el jueves. Si sigo viva para entonces 🙃", "confirm", "crisis", "logistics"),
    (
        (
            "Desde que nació la niña no duermo y lloro todo el día, no sé qué me pasa, me siento "
            "mala madre"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "Buenas, quería cambiar la cita del lunes. Me dan ataques de pánico en el bus y no me "
            "atrevo a salir sola"
        ),
        "reschedule",
        "clinical",
        "clinical",
    ),
    (
        (
            "Me estoy tomando más pastillas para el dolor de las que me recetaron, el tramadol. Me "
            "da vergüenza decirlo"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "Señorita, le confirmo la cita del jueves. Mi esposo falleció hace dos meses y no "
            "levanto cabeza, no como, no duermo."
        ),
        "confirm",
        "clinical",
        "clinical",
    ),
    (
        "ando tomando guaro otra vez, todos los días desde que me despidieron del trabajo",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "Tengo pesadillas de cuando crucé el desierto, me despierto gritando y mi patojo se asusta",
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "Cuidar a mi mamá con Alzheimer me tiene agotada, le grito y luego me siento la peor "
            "hija del mundo"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        "la medicina nueva me da mareos y náuseas, ¿la dejo o sigo hasta la cita?",
        "question",
        "clinical",
        "clinical",
    ),
    (
        (
            "Me vienen pensamientos horribles de que yo le haga daño al bebé sin querer, me dan "
            "terror, no los quiero tener, ya casi no lo baño yo sola"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "Hace años me cortaba pero ya no, estoy bien, solo lo pongo porque el formulario lo "
            "pregunta"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "Voy a llegar tarde unos 15 min. Anoche otra vez no pegué el ojo, el dolor de la "
            "espalda no me deja"
        ),
        "late",
        "clinical",
        "clinical",
    ),
    (
        (
            "Se quitó la vida mi primo la semana pasada allá en Cuenca y no puedo ir al entierro, "
            "estoy muy mal, no paro de llorar"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        "Me muero de la vergüenza, se me olvidó la cita de ayer 🙈 ¿me pueden dar otra?",
        "reschedule",
        "none",
        "idiom",
    ),
    ("Este calor me está matando, voy a llegar unos minutos tarde", "late", "none", "idiom"),
    (
        "jajaja me muero de risa con el recordatorio en inglés, sí voy el lunes",
        "confirm",
        "none",
        "idiom",
    ),
    (
        "Mi jefe me va a matar si salgo temprano otra vez, ¿tienen algo a las 6?",
        "reschedule",
        "none",
        "idiom",
    ),
    ("Estoy muerta del cansancio pero ahí estaré mañana", "confirm", "none", "idiom"),
    (
        "Púchica, me quiero morir, dejé las llaves adentro del carro 🤦 llego tarde",
        "late",
        "none",
        "idiom",
    ),
    ("Chuta ñaño, me muero del frío esperando el bus, ya mismo llego", "late", "none", "idiom"),
    (
        (
            "Anoche vi la novela donde la protagonista se envenena, lloré horrores. Bueno, "
            "confirmo la cita del viernes"
        ),
        "confirm",
        "none",
        "media",
    ),
    (
        (
            "Perdón por no contestar, estaba viendo el partido. Nos mataron 3-0 😭 ¿A qué hora era "
            "mañana?"
        ),
        "question",
        "none",
        "media",
    ),
    (
        (
            "Mi hijo está leyendo para la escuela un libro de un niño que se quiere morir y tiene "
            "preguntas, ¿la psicóloga lo podría hablar con él en la cita?"
        ),
        "question",
        "none",
        "media",
    ),
    (
        (
            "Necesito una constancia de que asisto a terapia para presentar en el juzgado el día "
            "20, es por la custodia de mis hijos"
        ),
        "question",
        "none",
        "legal",
    ),
    (
        (
            "Mi abogado de inmigración pide una carta de la doctora para el asilo, donde diga el "
            "diagnóstico. ¿Cuánto tarda?"
        ),
        "question",
        "none",
        "legal",
    ),
    (
        (
            "Trabajo en el matadero y hoy nos tienen matando hasta las 5, ¿me puede pasar la cita "
            "a las 6?"
        ),
        "reschedule",
        "none",
        "intent",
    ),
    (
        (
            "Mi esposo es bombero y anoche tuvo un incendio con fallecidos, no va a poder venir, "
            "¿podemos cambiar la cita de pareja?"
        ),
        "reschedule",
        "none",
        "intent",
    ),
    (
        (
            "Buenas tardes, necesito que me llenen los papeles de incapacidad para el seguro "
            "social, ¿a quién se los llevo?"
        ),
        "question",
        "none",
        "intent",
    ),
    (
        (
            "Hola, quiero sacar cita para mi papá, tiene 78 años y no habla inglés, ¿tienen doctor "
            "que hable español?"
        ),
        "question",
        "none",
        "intent",
    ),
    (
        "Me llegó una factura de 150 dólares y yo tengo Medicaid, ¿es un error?",
        "question",
        "none",
        "intent",
    ),
    (
        "Hola, I need to cancelar mi cita del friday porque no tengo ride",
        "cancel",
        "none",
        "intent",
    ),
    ("Sí", "confirm", "none", "intent"),
    ("ya no me manden mensajes por favor, me cambié de clínica", "opt_out", "none", "intent"),
    (
        "Sí, quiero volver a recibir los recordatorios, los quité sin querer",
        "opt_in",
        "none",
        "intent",
    ),
    (
        (
            "Estimada señora: Le agradezco su atento recordatorio. Asistiré puntualmente. "
            "Atentamente, Fernando Aguirre"
        ),
        "confirm",
        "none",
        "intent",
    ),
    ("Número equivocado, aquí no vive ninguna Sra. Pérez", "other", "none", "ordinary"),
]
