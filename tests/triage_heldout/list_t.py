"""Held-out list T: written blind to the rules by an independent writer (coded abuse, safety plans,
psychosis, police/fire/EMS, parents, voice-to-text, code-switching; Central American/Ecuadorian ES).
(text, intent, flag, category)
First run (rules of 9e2f31a, before round 8): recall 0.85 (41/48), precision 0.82, flag 0.86, intent 0.86.
"""

from __future__ import annotations

EN = [
    # --- crisis inside logistics / buried in longer messages ---
    (
        ("confirm thurs. also i gave my dog to my sister yesterday so shed be taken care of, "
        "just so someone knows"),
        "confirm",
        "crisis",
        "logistics",
    ),
    (
        ("cancel my 2pm please. I wrote letters to both my kids last night and put them in the "
        "kitchen drawer"),
        "cancel",
        "crisis",
        "logistics",
    ),
    (
        "running late he took my keys and hes standing in front of the door i cant",
        "late",
        "crisis",
        "logistics",
    ),
    ("STOP. wont be needing these anymore after this weekend. for good", "opt_out", "crisis",
     "logistics"),
    (
        ("hey its marcus can we move chewsday two friday I'm on the bridge right now and I keep "
        "thinking about just pulling over and walking to the edge anyway let me know"),
        "reschedule",
        "crisis",
        "logistics",
    ),
    (
        ("Hi sorry this is long. Work has been insane, we had three calls overnight and I didn't "
        "sleep. Sgt wants me back on nights. I've been sitting in the driveway with my duty "
        "weapon in my lap for about an hour tonight. Anyway does Dr. Reyes have anything Monday? "
        "Also my insurance changed, do you need the new card?"),
        "question",
        "crisis",
        "logistics",
    ),
    (
        ("yeah I'll be there. fyi the thoughts are loud tonight and I already put the rope in the "
        "truck... not sure why im telling you"),
        "confirm",
        "crisis",
        "logistics",
    ),
    (
        ("Can I still make the 4:00 if im a little late? The ER let me go but I took way more of "
        "the lorazepam than I told them and I can barely keep my eyes open"),
        "late",
        "crisis",
        "logistics",
    ),
    (
        ("Confirming Wednesday. But I'm telling you now I bought the rope. I need somebody to "
        "take it seriously this time"),
        "confirm",
        "crisis",
        "logistics",
    ),
    (
        ("Hey can we move next week to Friday, my shift schedule changed, on 24s now. Last night "
        "we worked a kid who didnt make it and on the way home I sat at the overpass a long time "
        "thinking it would be easier to just not come down. Anyway Friday works if you have it, "
        "same email for the link"),
        "reschedule",
        "crisis",
        "logistics",
    ),
    # --- third party ---
    (
        ("This is Daniel's mom. He just texted his brother 'tell mom im sorry for everything' "
        "and now he's not answering his phone. He's 16. What do I do"),
        "other",
        "crisis",
        "third_party",
    ),
    (
        ("my daughter (22, your client Ana R) posted a goodbye thing on her instagram an hour "
        "ago and her roommate says her car is gone"),
        "other",
        "crisis",
        "third_party",
    ),
    # --- command voices ---
    (
        "the voice says i have to cut it out of me tonight or they get my mom. i dont want to",
        "other",
        "crisis",
        "command",
    ),
    (
        "they keep telling me to walk out into traffic. im at the corner of 5th and main now",
        "other",
        "crisis",
        "command",
    ),
    # --- harm to others ---
    (
        ("I KNOW my neighbor is the one putting the chips in my walls. If he comes to my door "
        "again I'm going to stop him for good. bat is by the door"),
        "other",
        "crisis",
        "harm_others",
    ),
    (
        "if my ex shows up at pickup today I swear I'll run him over. not joking this time",
        "other",
        "crisis",
        "harm_others",
    ),
    # --- wish to be dead ---
    (
        "honestly just wish I wouldn't wake up. every morning I'm disappointed that I did",
        "other",
        "crisis",
        "wish_dead",
    ),
    ("tired of being here. everyone would be better off", "other", "crisis", "wish_dead"),
    # --- intent / plan / overdose taken ---
    (
        ("did the safety plan list. called the 1st person no answer. the thoughts arent passing "
        "this time and i picked a date"),
        "other",
        "crisis",
        "intent_plan",
    ),
    (
        ("I've decided. Sunday after my son's game. Just wanted someone to know it isn't "
        "your fault"),
        "other",
        "crisis",
        "intent_plan",
    ),
    (
        "took everything in the pill organizer like 20 min ago. feeling floaty. sorry",
        "other",
        "crisis",
        "intent_plan",
    ),
    # --- means / method ---
    ("how many of the quetiapine would it take. asking for real", "other", "crisis", "method"),
    (
        "does tylenol actually do damage if you take the whole bottle or is that a myth",
        "other",
        "crisis",
        "method",
    ),
    # --- place / means at hand ---
    ("on the roof of my building. its really quiet up here", "other", "crisis", "place_means"),
    ("Parked by the tracks. Train comes at 11:40.", "other", "crisis", "place_means"),
    # --- preparatory ---
    (
        ("Gave my guitar and my dad's watch to Tony today. Paid him back what I owed. "
        "Feels clean"),
        "other",
        "crisis",
        "preparatory",
    ),
    (
        "spent tonight deleting all my accounts and writing out the passwords for my wife",
        "other",
        "crisis",
        "preparatory",
    ),
    # --- farewell ---
    (
        "Thank you for everything you tried. You were good to me. Goodbye",
        "other",
        "crisis",
        "farewell",
    ),
    (
        "please tell dr k it wasnt her fault. she really did help. this is the last text",
        "other",
        "crisis",
        "farewell",
    ),
    # --- violence at home now (coded / cut short) ---
    (
        "cant talk hes here. hes been drinking and broke the bathroom door. kids in the car",
        "other",
        "crisis",
        "violence_now",
    ),
    ("pls call 911 to 44 elm he has my arm i cant", "other", "crisis", "violence_now"),
    # --- clinical ---
    (
        ("the thoughts came back this week but I'm following my plan, my brother is staying "
        "over and I'm safe tonight. see you thursday"),
        "confirm",
        "clinical",
        "clinical",
    ),
    (
        ("i keep seeing the same white car outside my work. i know it sounds crazy. not going "
        "to do anything about it, just scared"),
        "other",
        "clinical",
        "clinical",
    ),
    (
        "the new med makes my hands shake and I can't sleep more than 3 hrs",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "I drank again after 8 months. I'm ok, just ashamed. still coming tuesday",
        "confirm",
        "clinical",
        "clinical",
    ),
    (
        "panic attack in the grocery store again. had to leave my whole cart",
        "other",
        "clinical",
        "clinical",
    ),
    (
        ("I keep replaying the shooting from last month. can't be in crowds. not sleeping. "
        "dont tell my lieutenant"),
        "other",
        "clinical",
        "clinical",
    ),
    (
        "nightmares every night since the warehouse fire. wife says I yell in my sleep",
        "other",
        "clinical",
        "clinical",
    ),
    (
        ("Hi, this is Kayla's dad. She's been skipping meals and I found laxatives in her room. "
        "Can she be seen sooner than the 20th?"),
        "reschedule",
        "clinical",
        "clinical",
    ),
    (
        ("my son (19) smokes weed all day and barely leaves his room. he won't come to his appt "
        "tmrw, can I come in instead?"),
        "question",
        "clinical",
        "clinical",
    ),
    (
        ("found an old pic of my scars on my phone and it messed w me. haven't cut in 2 yrs and "
        "not going to, just wanted Dr. Lee to know"),
        "other",
        "clinical",
        "clinical",
    ),
    (
        ("my cousin died by suicide saturday. im okay-ish but can we push my appt a week for "
        "the funeral"),
        "reschedule",
        "clinical",
        "clinical",
    ),
    (
        ("the voices are quieter on the new dose but I still hear the radio talking about me "
        "sometimes"),
        "other",
        "clinical",
        "clinical",
    ),
    (
        ("hey this is jen im walking to the bus just wanted to say the anxiety has been really "
        "bad this week like chest tight all day can we talk about the meds thursday see you "
        "then period"),
        "confirm",
        "clinical",
        "clinical",
    ),
    (
        ("things at home are tense again. I'm safe right now, he's away for work till Monday. "
        "I'd like to talk about it at my session"),
        "other",
        "clinical",
        "clinical",
    ),
    (
        ("out of my sertraline since friday and getting weird zaps in my head. can the dr send "
        "a refill"),
        "question",
        "clinical",
        "clinical",
    ),
    ("haven't really eaten in days, not hungry, just sleeping", "other", "clinical", "clinical"),
    (
        ("rough night, the old thoughts showed up around 2am. did my list, ice water, called the "
        "line, slept eventually. i'm ok this morning"),
        "other",
        "clinical",
        "clinical",
    ),
    (
        "Hi, sorry, mi mamá passed last week y no he podido dormir at all. Still coming Friday",
        "confirm",
        "clinical",
        "clinical",
    ),
    # --- none: alarming words used harmlessly ---
    ("this traffic is killing me, gonna be 10 min late", "late", "none", "idiom"),
    (
        "can't make Tuesday, I have to testify in a homicide trial all week. can we do next Mon?",
        "reschedule",
        "none",
        "legal",
    ),
    (
        "Running late, we worked a cardiac arrest right at end of shift. 20 min",
        "late",
        "none",
        "intent",
    ),
    (
        ("Can I reschedule? structure fire w 2 fatalities last night and I'm on mandatory OT "
        "til thurs"),
        "reschedule",
        "none",
        "intent",
    ),
    (
        ("lol I'd rather die than sit through another one of my kid's recitals but here we are. "
        "confirming 5pm"),
        "confirm",
        "none",
        "idiom",
    ),
    (
        "my boss is going to murder me if I leave early again, can we do 6 instead of 4?",
        "reschedule",
        "none",
        "idiom",
    ),
    (
        ("just finished that show where the guy jumps off the bridge in the finale, wow. anyway "
        "see you weds"),
        "confirm",
        "none",
        "media",
    ),
    (
        ("reading Night Falls Fast for book club, it's about suicide, heavy stuff. is the office "
        "open on the holiday monday?"),
        "question",
        "none",
        "media",
    ),
    (
        ("I'll be out of cell range hunting elk with my dad next week, loaded up the rifles "
        "today. need to cancel Tues"),
        "cancel",
        "none",
        "intent",
    ),
    (
        ("butchering a whole chicken for the first time, hands covered in blood lol. can someone "
        "call me back after 3 about my bill"),
        "question",
        "none",
        "ordinary",
    ),
    (
        "my son keeps yelling 'IM GONNA KILL YOU' at his xbox lol. ok yes confirm thurs for him",
        "confirm",
        "none",
        "media",
    ),
    ("ugh I'm dead. totally forgot. can we redo tomorrow", "reschedule", "none", "idiom"),
    (
        "Sorry, had to work a suicide scene this morning, running behind. there by 3:30",
        "late",
        "none",
        "intent",
    ),
    (
        ("ha I almost jumped off the couch when I saw your text, thought I missed it. still on "
        "for 2?"),
        "confirm",
        "none",
        "idiom",
    ),
    (
        "shoot me now, the DMV line is 2 hrs. gonna miss it, can I move to friday",
        "reschedule",
        "none",
        "idiom",
    ),
    (
        "My teen says therapy is 'literally killing her vibe' 🙄 but she'll be there Saturday",
        "confirm",
        "none",
        "idiom",
    ),
    # --- none: legal / plain logistics / ordinary ---
    (
        "my lawyer says I need a letter from Dr M for the custody hearing, can you ask her",
        "question",
        "none",
        "legal",
    ),
    (
        "probation officer needs proof I went to the last 4 sessions. can u fax it?",
        "question",
        "none",
        "legal",
    ),
    ("Y", "confirm", "none", "intent"),
    ("STOP", "opt_out", "none", "intent"),
    ("HELP", "help", "none", "intent"),
    ("START", "opt_in", "none", "intent"),
    ("wrong number I dont know any Dr. Patel", "other", "none", "ordinary"),
    ("thank u so much for fitting me in today 🙏", "other", "none", "ordinary"),
    (
        "please don't text this number anymore, I'll call you from work",
        "opt_out",
        "none",
        "intent",
    ),
    (
        "hey yeah I'm gonna be like 15 minutes late there's a wreck on 95 comma sorry about that",
        "late",
        "none",
        "intent",
    ),
    ("whats the copay for the telehealth one", "question", "none", "intent"),
    ("Can I cancel the 10th, kid has strep", "cancel", "none", "intent"),
    ("does the office validate parking", "question", "none", "intent"),
]

ES = [
    # --- crisis inside logistics ---
    (
        ("Buenas, confirmo la cita del jueves. Ya le dejé a mi hermana los papeles de la casa y "
        "una carta para mis hijos, por si acaso"),
        "confirm",
        "crisis",
        "logistics",
    ),
    (
        "cancele mi cita por fa seño, ya no voy a necesitar mas citas, gracias por todo",
        "cancel",
        "crisis",
        "logistics",
    ),
    (
        ("can we move it pa' next week? estoy parada en el puente ahorita y no sé si me voy a "
        "regresar a la casa"),
        "reschedule",
        "crisis",
        "logistics",
    ),
    (
        ("voy tarde, mi marido me quitó el teléfono y me encerró en el cuarto, le escribo del "
        "de mi hija"),
        "late",
        "crisis",
        "logistics",
    ),
    (
        ("STOP. ya no me manden nada, para el martes ya no voy a estar aquí, ya me despedí de "
        "mi mamá"),
        "opt_out",
        "crisis",
        "logistics",
    ),
    # --- wish dead / plan / overdose ---
    (
        "ya no aguanto vaá, quisiera dormirme y ya no despertar",
        "other",
        "crisis",
        "wish_dead",
    ),
    (
        "me tomé todas las pastillas de mi mamá hace rato, ya me siento mareada, perdón",
        "other",
        "crisis",
        "intent_plan",
    ),
    (
        "chuta ya tengo todo listo para esta noche, ya no le hallo sentido a nada",
        "other",
        "crisis",
        "intent_plan",
    ),
    # --- method ---
    (
        "cuántas pastillas de clonazepam serían demasiado? pregunto en serio",
        "other",
        "crisis",
        "method",
    ),
    (
        "el veneno de ratas que hay en la bodega mata rápido a una persona?",
        "other",
        "crisis",
        "method",
    ),
    # --- place / means ---
    (
        "estoy en la azotea del edificio, ya no le veo salida a esto",
        "other",
        "crisis",
        "place_means",
    ),
    # --- third party ---
    (
        ("Buenas noches, soy la mamá de Kevin. Encontré una cuerda en su closet y unos mensajes "
        "donde se despide de su novia. Él tiene 15 años. Qué hago"),
        "other",
        "crisis",
        "third_party",
    ),
    # --- violence now (coded) ---
    (
        ("no puedo hablar el está aqui. me pegó otra vez y dice que si me voy me mata. los "
        "niños están aquí"),
        "other",
        "crisis",
        "violence_now",
    ),
    # --- command ---
    (
        ("las voces me dicen que tengo que lastimar a mi hermanito, they won't stop, tengo "
        "miedo de hacerlo"),
        "other",
        "crisis",
        "command",
    ),
    # --- harm others ---
    (
        ("si ese maje vuelve a tocar a mi hija lo voy a matar, ya tengo el machete afilado, no "
        "es broma"),
        "other",
        "crisis",
        "harm_others",
    ),
    # --- farewell ---
    (
        ("Gracias por todo licenciada, usted fue muy buena conmigo. Cuide a mis hijos si puede. "
        "Adiós"),
        "other",
        "crisis",
        "farewell",
    ),
    # --- preparatory ---
    (
        ("Ya regalé mis cosas a mis primos y le devolví la plata a todos los que les debía. Me "
        "siento en paz"),
        "other",
        "crisis",
        "preparatory",
    ),
    # --- clinical ---
    (
        ("Fíjese que los pensamientos volvieron pero estoy usando mi plan, mi hermana se quedó "
        "conmigo y estoy segura esta noche. Nos vemos el martes"),
        "confirm",
        "clinical",
        "clinical",
    ),
    (
        ("no he podido dormir nada desde que mataron a mi primo allá en San Miguel, ando bien "
        "triste"),
        "other",
        "clinical",
        "clinical",
    ),
    (
        "la medicina nueva me tiene mareado todo el día y se me quitaron las ganas de comer",
        "other",
        "clinical",
        "clinical",
    ),
    (
        ("siento que los vecinos me graban por las paredes, sé que suena raro, no voy a hacer "
        "nada, solo quiero hablarlo con el doctor"),
        "other",
        "clinical",
        "clinical",
    ),
    (
        "recaí con el guaro el fin de semana, ya estoy bien, me da pena, pero sí llego el jueves",
        "confirm",
        "clinical",
        "clinical",
    ),
    (
        ("I've been having panic attacks en el trabajo, like my chest se pone bien tight, can "
        "the doctor call me?"),
        "question",
        "clinical",
        "clinical",
    ),
    (
        ("Mi hijo de 17 no sale del cuarto y ya no come con nosotros, puedo traerlo antes del "
        "viernes?"),
        "reschedule",
        "clinical",
        "clinical",
    ),
    (
        ("hace tres años me cortaba, hoy vi las cicatrices y me puse triste, pero estoy bien y "
        "no lo voy a hacer, solo para que la licenciada sepa"),
        "other",
        "clinical",
        "clinical",
    ),
    (
        "ando con un bajón horrible, no tengo ganas de nada, ni de bañarme",
        "other",
        "clinical",
        "clinical",
    ),
    (
        ("Las cosas en la casa están difíciles otra vez. Él anda de viaje hasta el lunes, estoy "
        "bien. Quisiera hablar de eso en la sesión"),
        "other",
        "clinical",
        "clinical",
    ),
    (
        ("mi tío se quitó la vida el mes pasado y no dejo de pensar en eso. estoy bien, solo "
        "triste. puedo cambiar mi cita para la otra semana? es el novenario"),
        "reschedule",
        "clinical",
        "clinical",
    ),
    (
        ("hola es rosa voy caminando al trabajo quería decirle que se me acabaron las pastillas "
        "para dormir y no he dormido en tres noches me puede dar otra receta punto"),
        "question",
        "clinical",
        "clinical",
    ),
    # --- none: alarming words used harmlessly ---
    (
        "me muero de risa con el meme que me mandó mi hija jaja, sí confirmo el lunes",
        "confirm",
        "none",
        "idiom",
    ),
    ("este tráfico me está matando, llego como 10 min tarde", "late", "none", "idiom"),
    (
        "ya me morí del cansancio seño, podemos cambiar a las 5?",
        "reschedule",
        "none",
        "idiom",
    ),
    ("voy 5 min tarde, me mata este calor 🥵", "late", "none", "idiom"),
    (
        ("estoy viendo la novela donde la muchacha se tira del puente, qué fuerte. mañana es "
        "a las 3 verdad?"),
        "question",
        "none",
        "media",
    ),
    (
        ("vio las noticias del tiroteo en la escuela? qué horror. bueno, confirmo para el "
        "miércoles"),
        "confirm",
        "none",
        "media",
    ),
    (
        "puedo cambiar mi cita? estoy matando las gallinas para la fiesta del sábado",
        "reschedule",
        "none",
        "ordinary",
    ),
    (
        "mi hijo keeps screaming 'te voy a matar' al Fortnite jaja, but yes lo llevo el sábado",
        "confirm",
        "none",
        "media",
    ),
    (
        "Puchica me quiero morir, se me olvidó la cita 😅 se puede otra vez mañana?",
        "reschedule",
        "none",
        "idiom",
    ),
    (
        ("Sorry llego tarde, tuvimos un accidente con muertos en la 10 y me tocó quedarme en "
        "la escena"),
        "late",
        "none",
        "intent",
    ),
    ("chuta casi me mato en la escalera del metro jaja, ya llegué", "other", "none", "idiom"),
    (
        "ese examen de la u me va a matar, mejor movemos la cita para después del 15",
        "reschedule",
        "none",
        "idiom",
    ),
    # --- none: legal / plain logistics / ordinary ---
    ("tengo corte de inmigración el martes, me toca cancelar", "cancel", "none", "legal"),
    (
        "mi abogado necesita una carta de la terapia para el caso de custodia, me la pueden dar?",
        "question",
        "none",
        "legal",
    ),
    ("Sí", "confirm", "none", "intent"),
    ("ya no me manden mensajes por favor", "opt_out", "none", "intent"),
    ("INFO", "help", "none", "intent"),
    ("quiero volver a recibir los recordatorios", "opt_in", "none", "intent"),
    ("número equivocado, no conozco a ninguna Dra. Morales", "other", "none", "ordinary"),
    ("muchas gracias por todo, que Dios me la bendiga", "other", "none", "ordinary"),
    ("cuánto es el copago si uso el Medicaid?", "question", "none", "intent"),
    ("cancelo el viernes, mi niña está enferma", "cancel", "none", "intent"),
    ("can I do la cita por video? no tengo ride", "question", "none", "intent"),
]
