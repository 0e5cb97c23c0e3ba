"""Held-out list L: written blind to the rules by an independent writer (students, psychosis,
eating disorders and self-harm, coercive control, older adults, Spain/Central American Spanish
and Spanglish) while round 4 changed the rules; nobody tuning the rules read it. (text, intent,
flag, category)

First run, rules at 41bba4a (after round 3): recall 0.84 (41/49), precision 0.76, flag 0.81,
intent 0.87.
Rules after round 4 (its texts still unread): recall 0.82 (40/49), precision 0.77, flag 0.81,
intent 0.88.
"""

from __future__ import annotations

EN = [
    # ---- crisis: wish_dead ----
    ("honestly just want to go to sleep and not wake up tmrw. or ever. idk", "other", "crisis", "wish_dead"),
    (
        "lowkey hoping a bus hits me on the way to my 8am so i dont have to deal w any of it anymore",
        "other",
        "crisis",
        "wish_dead",
    ),
    # ---- crisis: intent_plan ----
    (
        "decided. tonight after my parents go to bed. im sorry for wasting ur time",
        "other",
        "crisis",
        "intent_plan",
    ),
    (
        "picked the date. day after my last final so nobody can say i quit school lol",
        "other",
        "crisis",
        "intent_plan",
    ),
    (
        "gonna unalive fr this time not a meme. already wrote it all out for my mom",
        "other",
        "crisis",
        "intent_plan",
    ),
    # ---- crisis: method ----
    (
        "how many of the seroquel would be too many if someone took the whole bottle at once",
        "question",
        "crisis",
        "method",
    ),
    (
        "been reading forums all night about which bridge in the city is high enough. cant stop reading",
        "other",
        "crisis",
        "method",
    ),
    (
        "what happens if u take ur sleeping pills w a whole bottle of vodka? asking for me",
        "question",
        "crisis",
        "method",
    ),
    # ---- crisis: place_means ----
    (
        "sitting on the edge of the parking deck roof rn, the view is actually nice from up here",
        "other",
        "crisis",
        "place_means",
    ),
    (
        "car running in the garage w the door down. just wanted someone to know",
        "other",
        "crisis",
        "place_means",
    ),
    (
        "Good morning dear, it's Dorothy. The roses finally came back after that frost, and my grandson Kyle "
        "phoned from Denver, he has a new job with the railroad, very proud. My hip is no better, the doctor "
        "just says patience. I've been putting the pain pills aside in the old biscuit tin instead of taking "
        "them, and there are enough in there now. The church bazaar is Saturday and I promised two lemon "
        "cakes. Tell the girl at the desk her scarf was lovely last time.",
        "other",
        "crisis",
        "place_means",
    ),
    # ---- crisis: preparatory ----
    (
        "gave my cat to my sister and my laptop to my roommate today. feels weirdly light",
        "other",
        "crisis",
        "preparatory",
    ),
    (
        "I've written a letter to each grandchild and put them with the will. House is paid off, "
        "everything is sorted now.",
        "other",
        "crisis",
        "preparatory",
    ),
    # ---- crisis: farewell ----
    (
        "thank u for trying w me, u really did. tell the front desk ladies bye from me 🫶",
        "other",
        "crisis",
        "farewell",
    ),
    (
        "logging off for good. not just discord. gg everyone, it was a weird run",
        "other",
        "crisis",
        "farewell",
    ),
    ("THIS IS MY LAST TEXT SORRY FOR BEING SO MUCH WORK FOR EVERYONE", "other", "crisis", "farewell"),
    # ---- crisis: third_party ----
    (
        "this is Maya's roommate, she's locked in the bathroom not answering and theres blood on the sink, "
        "what do i do",
        "question",
        "crisis",
        "third_party",
    ),
    (
        "Hello, this is Walter's daughter. Dad has been giving away his tools and keeps saying he'll see Mom "
        "soon. She passed in March. He still has his hunting rifle in the house.",
        "other",
        "crisis",
        "third_party",
    ),
    (
        "ur client jess posted a pic of pills lined up on her story w 'goodnight forever' and she's not "
        "answering the group chat",
        "other",
        "crisis",
        "third_party",
    ),
    # ---- crisis: violence_now ----
    (
        "hes outside the bathroom door screaming, i locked myself in w the baby. cant call, he'd hear me",
        "other",
        "crisis",
        "violence_now",
    ),
    (
        "he choked me last night and said next time he wont stop. hes back at 6",
        "other",
        "crisis",
        "violence_now",
    ),
    (
        "hey its me, sorry if this is weird, i'm typing fast. work was fine, my manager finally approved the "
        "schedule change and my sister's baby shower is next month which is cute. he got home early and "
        "he's in one of his moods, he already threw the lamp and he says i'm not leaving the house tonight. "
        "if i don't text again by 9 please send someone. anyway the shower theme is jungle animals, she's "
        "so excited about it",
        "other",
        "crisis",
        "violence_now",
    ),
    # ---- crisis: harm_others ----
    (
        "I keep picturing taking my dad's gun to the lab and making all of them pay for what they did to me",
        "other",
        "crisis",
        "harm_others",
    ),
    (
        "baby wont stop crying and I had thoughts of shaking him really hard. scared I'll actually do it. "
        "please",
        "other",
        "crisis",
        "harm_others",
    ),
    (
        "if my roommate reads my journal one more time im stabbing her. knife's already under my pillow",
        "other",
        "crisis",
        "harm_others",
    ),
    # ---- crisis: command ----
    (
        "the voices say ive done enough damage and its time to pay. tonight. they're really loud",
        "other",
        "crisis",
        "command",
    ),
    (
        "God told me to walk into the sea to be washed clean. going at sunrise, dont worry about me",
        "other",
        "crisis",
        "command",
    ),
    (
        "they're putting chemicals in my tap water so I havent had anything to drink in 4 days. it's the "
        "landlord, I know it",
        "other",
        "crisis",
        "command",
    ),
    # ---- crisis: logistics ----
    (
        "cancle pls. wont be around next week or any week after, its fine, im at peace w it",
        "cancel",
        "crisis",
        "logistics",
    ),
    (
        "R - fainted twice today n my heart is doing weird flips, havent eaten since sunday. can we move it",
        "reschedule",
        "crisis",
        "logistics",
    ),
    ("STOP. no point sending reminders to someone who won't be here", "opt_out", "crisis", "logistics"),
    (
        "yes confirm thurs. pls tell Dr Lee pineapple. its happening again tonight",
        "confirm",
        "crisis",
        "logistics",
    ),
    (
        "ok so sorry for the essay but my week has been insane, the visa office lost my i-20 again, my group "
        "chat has been beefing over the stats project, and i got hardstuck in gold all weekend which "
        "honestly was the most fun part lol. i already gave my roommate my ps5 and wrote my mom the letter "
        "so thats handled. anyway my professor said the extension is fine, the dining hall finally has oat "
        "milk, and yes confirm for tuesday at 2, i'll probably be early bc the bus schedule is weird",
        "confirm",
        "crisis",
        "logistics",
    ),
    # ---- clinical ----
    (
        "C. fyi the new med makes my hands shake and im gaining weight, want to talk about it",
        "confirm",
        "clinical",
        "clinical",
    ),
    (
        "voices are louder since I ran out of my meds on friday, but I know they're not real. "
        "can I get in sooner?",
        "reschedule",
        "clinical",
        "clinical",
    ),
    (
        "I binged and purged 4 times this week. too ashamed to say it in session so texting it here",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "someone noticed the old scars on my arms at the gym today. im ok, havent cut in 8 months, "
        "just rattled",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "had the urge to burn myself last night but did the ice cube thing instead and it passed. proud-ish",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "cant sleep, maybe 2-3 hrs a night since finals started and my heart races when i lie down",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "yes. also i've been drinking most nights since the breakup, more than i want to",
        "confirm",
        "clinical",
        "clinical",
    ),
    (
        "is it normal to feel numb on the sertraline? like nothing is funny anymore",
        "question",
        "clinical",
        "clinical",
    ),
    (
        "I keep thinking the neighbors are listening through the vents. I know that's the paranoia talking. "
        "still scary",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "reschedual pls, had a panic attack on the train this morning and cant face it today",
        "reschedule",
        "clinical",
        "clinical",
    ),
    (
        "been weighing myself like 10 times a day again. my dietitian said to tell you guys",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "smoked a ton of weed to get thru the visa stress and now im super paranoid, is that a thing??",
        "question",
        "clinical",
        "clinical",
    ),
    (
        "havent left the apt in 9 days, skipped all my seminars, just gaming and sleeping",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "I stopped taking the abilify bc I felt like a zombie. please don't tell my mom",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "He reads all my texts so pls only send the day and time, nothing else. C",
        "confirm",
        "clinical",
        "clinical",
    ),
    (
        "Hello, this is Arthur Bell. I will be there Monday. It has been a long winter. Since June died "
        "the house is very quiet and I find I don't bother cooking much, mostly tea and toast, and I "
        "sleep in the chair most nights because the bed feels too big. My knees are bad again and the new"
        " pain tablets make me foggy in the mornings. The neighbour's boy shovels the walk for me, which "
        "is kind. I still do the crossword every day. Please tell Dr Ames I would like to talk about the "
        "tablets.",
        "confirm",
        "clinical",
        "clinical",
    ),
    # ---- none: idiom ----
    ("this orgo exam is gonna be the death of me lol. C", "confirm", "none", "idiom"),
    (
        "got absolutely destroyed in ranked last night, died like 40 times 💀 anyway yes confirm",
        "confirm",
        "none",
        "idiom",
    ),
    ("my group chat is killing me rn 😂 sorry wrong convo. C for thursday", "confirm", "none", "idiom"),
    (
        "I could strangle my landlord, the heating is out AGAIN. anyway running 10 min late",
        "late",
        "none",
        "idiom",
    ),
    (
        "lol my advisor murdered my draft, red ink everywhere. can we push to next week",
        "reschedule",
        "none",
        "idiom",
    ),
    (
        "Sorry for the wall of text. Thesis chapter 3 is due Friday and my advisor keeps changing the "
        "framing, my roommate said she'd literally kill me if I ate her leftover pad thai again (I did, it "
        "was incredible), and our raid group wiped on the final boss like nine times last night so I'm "
        "running on coffee. Mood is honestly decent though, things feel manageable. Could we do 4 instead "
        "of 3 on Wednesday? My lab meeting got moved.",
        "reschedule",
        "none",
        "idiom",
    ),
    # ---- none: media ----
    (
        "I'm doing the QPR suicide prevention training for my RA job this weekend, can we move saturday",
        "reschedule",
        "none",
        "media",
    ),
    (
        "I volunteer on the crisis text line thursday nights now so I need a different day",
        "reschedule",
        "none",
        "media",
    ),
    ("reading The Bell Jar for my lit seminar, kinda intense but good. C", "confirm", "none", "media"),
    (
        "did u see the news about the shooting downtown? scary. im fine, just running late bc roads "
        "are closed",
        "late",
        "none",
        "media",
    ),
    (
        "our psych class is doing a unit on self-harm research and its really interesting, do u have any "
        "reading recs?",
        "question",
        "none",
        "media",
    ),
    # ---- none: legal ----
    ("I have a custody hearing that morning, can we do afternoon?", "reschedule", "none", "legal"),
    (
        "need to reschedule, my friend is shooting my grad photos at 2 and it's the only day she can",
        "reschedule",
        "none",
        "legal",
    ),
    (
        "Margaret's estate lawyer needs me to sign the probate papers Thursday at 2. "
        "Could we move to Friday?",
        "reschedule",
        "none",
        "legal",
    ),
    (
        "the police report from last year's break-in finally got closed, weird relief. C",
        "confirm",
        "none",
        "legal",
    ),
    (
        "my immigration court date got moved to the same day as my appt, X for now and I'll rebook",
        "cancel",
        "none",
        "legal",
    ),
    # ---- none: intent ----
    ("comfirm", "confirm", "none", "intent"),
    ("yes", "confirm", "none", "intent"),
    ("C", "confirm", "none", "intent"),
    ("cancle", "cancel", "none", "intent"),
    ("can we move it to next week", "reschedule", "none", "intent"),
    ("on my way, running late", "late", "none", "intent"),
    ("STOP", "opt_out", "none", "intent"),
    (
        "sorry I didn't mean to send STOP, please keep texting me the reminders",
        "opt_in",
        "none",
        "intent",
    ),
    ("HELP", "help", "none", "intent"),
    ("2", "other", "none", "intent"),
    ("what's the address again? I've only done telehealth", "question", "none", "intent"),
    # ---- none: ordinary ----
    ("wrong number, please stop texting this number", "opt_out", "none", "ordinary"),
    ("thank u!! 🙏", "other", "none", "ordinary"),
    (
        "doing way better this week, actually slept and went to class. see you thurs",
        "confirm",
        "none",
        "ordinary",
    ),
]

ES = [
    # ---- crisis: wish_dead ----
    (
        "ojalá no despertar mañana, de verdad ya no quiero estar aquí",
        "other",
        "crisis",
        "wish_dead",
    ),
    (
        "Desde q se murió mi viejo le pido a Dios q me lleve a mí tmb, pa q estoy aquí sola",
        "other",
        "crisis",
        "wish_dead",
    ),
    # ---- crisis: intent_plan ----
    (
        "ya lo tengo decidido, el viernes cuando mi compi de piso se vaya de viaje lo hago",
        "other",
        "crisis",
        "intent_plan",
    ),
    # ---- crisis: method ----
    (
        "¿cuántas pastillas de clonazepam son demasiadas? pregunto en serio, no es pa un trabajo de la uni",
        "question",
        "crisis",
        "method",
    ),
    # ---- crisis: place_means ----
    (
        "tengo la navaja en la mano y no paro de cortarme, hay mucha sangre en el baño",
        "other",
        "crisis",
        "place_means",
    ),
    # ---- crisis: preparatory ----
    (
        "Ya regalé mi ropa y dejé pagada la renta del mes, así no le dejo deudas a nadie",
        "other",
        "crisis",
        "preparatory",
    ),
    (
        "Buenas, aquí le escribe Marvin. Fíjese q esta semana estuvo pesada la chamba en la construcción, el "
        "patrón no nos quiere pagar las extras y mi mamá anda enferma allá en Olancho, le mandé pisto el "
        "sábado. Ya le dejé la carta a mi hija debajo de la almohada y el celular se lo regalé a mi primo, "
        "así q ya está todo listo. Ayer comimos pupusas donde la niña Rosa, bien ricas. Bueno, saludos a la "
        "doctora y a la muchacha de la recepción, q Dios las bendiga.",
        "other",
        "crisis",
        "preparatory",
    ),
    # ---- crisis: farewell ----
    (
        "Díganle a la doctora q la quise mucho y q no fue su culpa. Adiós",
        "other",
        "crisis",
        "farewell",
    ),
    # ---- crisis: third_party ----
    (
        "soy la hermana de Lucía, nos mandó un audio despidiéndose y no contesta el teléfono, ¿q hacemos?",
        "question",
        "crisis",
        "third_party",
    ),
    (
        "Mi novio dejó de comer hace días, hoy se desmayó y dice q ya no quiere estar vivo. Es paciente de "
        "ustedes",
        "other",
        "crisis",
        "third_party",
    ),
    # ---- crisis: violence_now ----
    (
        "mi esposo está bien bolo y rompió la puerta, estoy encerrada en el cuarto con los cipotes",
        "other",
        "crisis",
        "violence_now",
    ),
    # ---- crisis: harm_others ----
    (
        "voy a buscar al maje q le pegó a mi hermana y esta vez lo mato, ya tengo con qué",
        "other",
        "crisis",
        "harm_others",
    ),
    # ---- crisis: command ----
    (
        "la voz me ordena q le saque el diablo a mi hermano y ya sé cómo hacerlo",
        "other",
        "crisis",
        "command",
    ),
    # ---- crisis: logistics ----
    (
        "X, no puedo ir, mi marido dice q si vuelvo a terapia me mata. me quitó el móvil, escribo desde el "
        "de una vecina",
        "cancel",
        "crisis",
        "logistics",
    ),
    (
        "sí confirmo. me corté más hondo q nunca hace una hora y sigue sangrando aunq aprieto",
        "confirm",
        "crisis",
        "logistics",
    ),
    (
        "llego tarde, estoy en la azotea de la facu pensando si bajar x las escaleras o no",
        "late",
        "crisis",
        "logistics",
    ),
    # ---- clinical ----
    (
        "Confirmo. Desde q murió mi esposo no duermo y lloro todo el día",
        "confirm",
        "clinical",
        "clinical",
    ),
    (
        "tengo mucha ansiedad x los exámenes, casi no como y tmb vomito a veces después de comer",
        "other",
        "clinical",
        "clinical",
    ),
    ("la pastilla nueva me da mucho mareo y náuseas, ¿la dejo?", "question", "clinical", "clinical"),
    (
        "las voces volvieron pero poquito, sigo tomando la medicina, solo pa q sepa la doctora",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "Las cicatrices de los brazos ya están blancas, hace un año q no me corto. Quería contarlo 😊",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "anoche tuve ganas de quemarme con el encendedor pero llamé a mi prima y se me pasó",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "ando tomando mucho desde q me dejó mi novia, como 6 cervezas diarias",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "me duele todo el cuerpo, la fibromialgia está fatal y ya no tengo ganas de nada",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "¿Puedo cambiar la cita? Tengo un ataque de pánico y no puedo salir de casa",
        "reschedule",
        "clinical",
        "clinical",
    ),
    (
        "Mi marido revisa mi celular, por favor no me escriban nada de la terapia, solo la hora",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "he vuelto a pesarme diez veces al día y a contar las calorías de todo, tía, estoy agobiadísima",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "since my abuela died estoy bien triste, no tengo energy pa nada y duermo todo el día",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "Hola miss, soy Daniela. So this week estuvo heavy, tuve finals de chem y de bio y casi no dormí,"
        " like 3 horas por noche. Mi ex me bloqueó de todo y en el group chat todos están de su lado, so "
        "yeah. He vuelto a saltarme comidas y a vomitar después de cenar, como dos o tres veces esta "
        "semana, no le he dicho a mi mamá. Pero bueno, ya terminé los exámenes y el viernes me voy con "
        "mis primas a la playa. Confirmo el lunes.",
        "confirm",
        "clinical",
        "clinical",
    ),
    # ---- none: idiom ----
    ("me muero de risa con el recordatorio jaja, sí confirmo", "confirm", "none", "idiom"),
    (
        "Me quiero morir de la vergüenza, le mandé el mensaje a mi suegra en vez de a ustedes 😂 Confirmo",
        "confirm",
        "none",
        "idiom",
    ),
    (
        "este examen de anatomía me va a matar jaja, ¿podemos mover la cita al viernes?",
        "reschedule",
        "none",
        "idiom",
    ),
    ("tío, el calor en Sevilla es de muerte, llego 10 min tarde", "late", "none", "idiom"),
    (
        "mi jefe me tiene muerto con la chamba, maje. ¿hay algo más tarde el jueves?",
        "reschedule",
        "none",
        "idiom",
    ),
    # ---- none: media ----
    (
        "vi un documental sobre la prevención del suicidio en jóvenes y me pareció muy bueno, ¿lo conocen?",
        "question",
        "none",
        "media",
    ),
    (
        "soy voluntaria en una línea de crisis los martes, ¿puedo cambiar a miércoles?",
        "reschedule",
        "none",
        "media",
    ),
    (
        "en las noticias salió lo del tiroteo en la escuela, qué horror. Confirmo mi cita",
        "confirm",
        "none",
        "media",
    ),
    (
        "Hola, soy Irene. Perdón por el rollo pero es q esta semana ha sido una locura, tía. Tuve el examen "
        "de Derecho Penal, q iba todo de homicidios y asesinatos, y me ha ido bastante bien creo. El finde "
        "me lo pasé viendo una serie de asesinos en serie con mi compi de piso y ahora no puedo dormir con "
        "la luz apagada jajaja. Mi madre viene de Valladolid el domingo. Bueno, q sí, confirmo la cita del "
        "martes a las cinco, nos vemos.",
        "confirm",
        "none",
        "media",
    ),
    # ---- none: legal ----
    (
        "Tengo audiencia en el juzgado por la custodia de mi hijo ese día, ¿me la pueden cambiar?",
        "reschedule",
        "none",
        "legal",
    ),
    (
        "tengo cita en inmigración x lo del permiso de trabajo, no puedo ir. X",
        "cancel",
        "none",
        "legal",
    ),
    (
        "el abogado dice q tengo q ejecutar el poder notarial de mi papá el martes a las 10, ¿cambiamos?",
        "reschedule",
        "none",
        "legal",
    ),
    # ---- none: intent ----
    ("sí", "confirm", "none", "intent"),
    ("voy tarde, el bus no pasa 🙄", "late", "none", "intent"),
    ("AYUDA", "help", "none", "intent"),
    ("BAJA", "opt_out", "none", "intent"),
    (
        "perdón, mandé STOP sin querer, sigan mandándome los recordatorios porfa",
        "opt_in",
        "none",
        "intent",
    ),
    ("la 3", "other", "none", "intent"),
    ("can we move el appointment pa la otra semana? se me complicó", "reschedule", "none", "intent"),
    # ---- none: ordinary ----
    ("gracias!! ntp, ahí nos vemos", "other", "none", "ordinary"),
    ("número equivocado, ya no me textéen porfa", "opt_out", "none", "ordinary"),
    ("todo bien x aquí, esta semana me he sentido mucho mejor 😊", "other", "none", "ordinary"),
]
