"""Held-out list S: written blind by an independent writer (elders, vets, ED, new parents, youth).
(text, intent, flag, category)
First run (rules of 9e2f31a, before round 8): recall 0.90 (46/51), precision 0.85, flag 0.84, intent 0.86.
"""

from __future__ import annotations

EN = [
    # --- crisis ---
    (
        ("Since Harold passed I pray every night that the Lord will take me in my sleep. "
         "I am ready to go and every morning I wake up disappointed."),
        "other", "crisis", "wish_dead",
    ),
    (
        "honestly if i just didnt wake up after finals week that would be fine by me",
        "other", "crisis", "wish_dead",
    ),
    (
        ("shes 7 weeks and honestly she'd be better off with a mom who isnt me. they all would. "
         "i think about just not being here more than i think about anything else"),
        "other", "crisis", "wish_dead",
    ),
    (
        ("I've decided. Kids are at their dad's this weekend and that's when. "
         "Nobody is going to talk me out of it this time"),
        "other", "crisis", "intent_plan",
    ),
    (
        ("Not eating anything anymore until my body just stops. That's the plan. "
         "I'm done fighting it"),
        "other", "crisis", "intent_plan",
    ),
    (
        ("How many of my heart pills would it take to not wake up. "
         "I am asking for real, not for a crossword."),
        "other", "crisis", "method",
    ),
    ("does tylenol work fast or is it slow. need to know tonight", "other", "crisis", "method"),
    (
        ("Pulled my old 1911 out of the safe and loaded it. It's on the kitchen table. "
         "Just sitting here looking at it"),
        "other", "crisis", "place_means",
    ),
    (
        "im on the roof of whitman hall. its really quiet up here. i dont want to come down",
        "other", "crisis", "place_means",
    ),
    (
        ("I saved all of Mother's morphine after she died. It is in a bag on the night stand "
         "next to me. I have not told anyone."),
        "other", "crisis", "place_means",
    ),
    (
        ("Dictated to my grandson: Please tell Dr Lowe I have given my ring and the house papers "
         "to my sister and written down who gets what. Everything is in order now and I shan't "
         "be needing anything further."),
        "other", "crisis", "preparatory",
    ),
    (
        ("gave my dog to my brother and my xbox to my roommate. told them i wont need it "
         "where im going"),
        "other", "crisis", "preparatory",
    ),
    (
        ("Thank you for everything you tried to do for me. You were kind. This is goodbye. "
         "Please don't blame yourself."),
        "other", "crisis", "farewell",
    ),
    (
        ("tell dr patel thanks and sorry. i wont be needing any more appointments. "
         "not in a bad way, just done. bye"),
        "other", "crisis", "farewell",
    ),
    (
        "Goodbye dear. Love to all the girls at the office. I am going to be with Frank now.",
        "other", "crisis", "farewell",
    ),
    (
        ("this is mayas roommate. she locked herself in the bathroom and keeps saying she wants "
         "to be dead, my razor is missing. what do we do???"),
        "other", "crisis", "third_party",
    ),
    (
        ("This is her husband. My wife hasn't slept in 4 days since the baby came and she just "
         "told me God wants her to give the baby back. I'm scared to leave them."),
        "other", "crisis", "third_party",
    ),
    (
        ("Hello this is Tom Reyes's daughter. Dad told me on the phone he's got his rifle out "
         "and he's tired of being a burden on everybody. I'm 3 hours away, can someone go?"),
        "other", "crisis", "third_party",
    ),
    (
        ("hes banging on the bedroom door rn and said he'll break my neck. kids are in here "
         "with me"),
        "other", "crisis", "violence_now",
    ),
    (
        ("If my roommate touches my food one more time I swear I'll stab her while she sleeps. "
         "Not joking this time, I have the knife in my desk"),
        "other", "crisis", "harm_others",
    ),
    (
        ("I know where the sergeant who wrecked my career lives. Been parked outside his place "
         "two nights now. He's going to pay for it."),
        "other", "crisis", "harm_others",
    ),
    (
        ("the voice is back and its saying I have to hurt the baby to keep her safe from "
         "whats coming. I'm holding her right now"),
        "other", "crisis", "command",
    ),
    (
        ("They keep telling me to walk into the traffic, louder today. "
         "Been standing on the corner of 5th for an hour"),
        "other", "crisis", "command",
    ),
    (
        ("Need to cancel Thursday. I took all the pills in the bottle about an hour ago so "
         "I won't make it anyway"),
        "cancel", "crisis", "logistics",
    ),
    (
        ("Yes confirming Tues 10am. Though I'll be honest I've been sitting in the garage with "
         "the car running a lot lately. See you then."),
        "confirm", "crisis", "logistics",
    ),
    (
        ("running 15 late sorry. stopped on the overpass for a while thinking about jumping, "
         "traffics moving again now"),
        "late", "crisis", "logistics",
    ),
    (
        "STOP. no more texts. i won't be around to read them after tonight",
        "opt_out", "crisis", "logistics",
    ),
    (
        ("Hi it's Darlene, could we move my appt to the afternoon, my ride (my neighbor Judy) "
         "only drives after lunch now because of her cataracts. Also I have been keeping my "
         "husband's pills in my apron pocket since the funeral so I can go to him when I'm "
         "ready. Any time after 1 is fine, thank you dear."),
        "reschedule", "crisis", "logistics",
    ),
    (
        ("Can I reschedule to next week? exams are insane rn. also not sure ill still be here "
         "next week tbh, kind of made my peace with that. anyway let me know times"),
        "reschedule", "crisis", "logistics",
    ),
    (
        ("Is my copay still $20? Asking because I'm writing checks for everything I owe "
         "before I go. Want to leave things square for my wife."),
        "question", "crisis", "logistics",
    ),
    (
        ("Cancel Friday pls. I have the rope in the closet ready *rope not rose, "
         "stupid phone"),
        "cancel", "crisis", "logistics",
    ),
    (
        ("this is my grandma betty she says she wants to cancel on account of her hip and also "
         "says shes tired of living and wants to go be with grandpa and she's been saving up "
         "her sleeping pills. should i be worried"),
        "cancel", "crisis", "logistics",
    ),
    # --- clinical ---
    (
        ("Since my wife died I don't see the point in cooking. Some days it is only tea and "
         "toast. The house is so quiet."),
        "other", "clinical", "clinical",
    ),
    (
        ("I cannot hear the telephone well anymore and keep missing your calls. I have been "
         "very low and forgetful this month. Is Thursday still on?"),
        "question", "clinical", "clinical",
    ),
    ("purged 3x today. i know. im sorry. still coming tmrw", "confirm", "clinical", "clinical"),
    (
        ("This is Emma's mom. She's down to 96 lbs and hiding food in her napkin again. "
         "Can Dr. Shah see her sooner than the 20th?"),
        "reschedule", "clinical", "clinical",
    ),
    (
        ("baby is 5 wks, i sleep maybe 2 hrs a night and cry every time she feeds. "
         "is that normal or am i broken"),
        "other", "clinical", "clinical",
    ),
    (
        ("I keep getting these horrible flashes of dropping the baby down the stairs. I would "
         "never, it terrifies me, I carry her like glass. I'll be there Thursday, want to "
         "talk about it"),
        "confirm", "clinical", "clinical",
    ),
    (
        ("Nightmares about the convoy every night this week. Drinking to get to sleep. "
         "Not proud of it."),
        "other", "clinical", "clinical",
    ),
    (
        ("the VA changed my prazosin dose and now I get dizzy when I stand up. "
         "who do i ask about that"),
        "question", "clinical", "clinical",
    ),
    ("relapsed saturday. 14 months gone. ill be at group tuesday", "confirm", "clinical",
     "clinical"),
    (
        ("My husband's deployment got extended 6 months and I've had panic attacks 3 nights in "
         "a row, heart pounding, can't breathe. Can I get in earlier?"),
        "reschedule", "clinical", "clinical",
    ),
    (
        ("I cut a lot in high school but I haven't in 4 years and I'm OK. The scars came up "
         "with my new roommate and it brought stuff back. Want to talk about it next session"),
        "other", "clinical", "clinical",
    ),
    (
        ("counting every calorie again, like 600 a day, and running at night so my roommates "
         "dont see. just being honest like u asked"),
        "other", "clinical", "clinical",
    ),
    (
        "Mama's funeral is Saturday so I need to cancel Friday. I'm not doing good.",
        "cancel", "clinical", "clinical",
    ),
    (
        ("panic attack in the middle of my orgo final, had to walk out. pretty sure i failed. "
         "so anxious i threw up"),
        "other", "clinical", "clinical",
    ),
    (
        ("Doctor, since the new pills I sleep all day and my hands shake terrible. "
         "My granddaughter is typing this for me."),
        "other", "clinical", "clinical",
    ),
    (
        ("my buddy from my unit took his own life last month. I keep going over it. I'm ok, "
         "not going to do anything, just can't stop thinking about him"),
        "other", "clinical", "clinical",
    ),
    (
        ("The pharmacy gave me a different colour of Zoloft and I am not sure it is right. "
         "Should I keep taking it until I see the doctor?"),
        "question", "clinical", "clinical",
    ),
    (
        ("the intrusive thoughts about her stopping breathing are constant. i check on her like "
         "40 times a night. so exhausted"),
        "other", "clinical", "clinical",
    ),
    # --- none ---
    (
        "This VA hold music is going to be the death of me. Anyway yes, confirming Weds 2pm",
        "confirm", "none", "idiom",
    ),
    ("finals are literally killing me lol can we push to next week", "reschedule", "none",
     "idiom"),
    (
        ("Running late, baby had a blowout of biblical proportions in the car seat. "
         "I want to die of embarrassment. 10 min"),
        "late", "none", "idiom",
    ),
    (
        ("Can't make Tuesday, deer season opens and I'll be up at the cabin with my rifle all "
         "week. Does the following week work?"),
        "reschedule", "none", "intent",
    ),
    (
        "Sorry I missed it, was at the range qualifying with my unit. Can I reschedule?",
        "reschedule", "none", "intent",
    ),
    (
        ("ICU nurse here, patient coded right at end of shift so I'm stuck charting. "
         "Gonna be 20 late"),
        "late", "none", "intent",
    ),
    (
        "Just finished American Sniper, dark but good. Anyway see you Monday",
        "confirm", "none", "media",
    ),
    (
        ("me and my roommate stayed up watching a true crime doc about a guy who poisoned his "
         "wife and now im scared of the dining hall lol. confirming 3pm"),
        "confirm", "none", "media",
    ),
    (
        ("Did you hear about the shooting downtown on the news? Is the office open tomorrow, "
         "is it safe to come in?"),
        "question", "none", "media",
    ),
    (
        ("I have a court date on the 14th for the custody hearing, my lawyer says I can't miss "
         "it. Need to move that day's session."),
        "reschedule", "none", "legal",
    ),
    (
        "probation officer needs a letter saying i attend sessions. can the office send it",
        "question", "none", "legal",
    ),
    (
        ("Grandma says to tell you she'd sooner die than miss her Thursday visit. "
         "She'll be there with bells on."),
        "confirm", "none", "idiom",
    ),
    (
        ("my daughter is eating us out of house and home lately lol. "
         "whats the new address for the office?"),
        "question", "none", "idiom",
    ),
    ("KILLED it on my stats exam!!! 🎉 see u thursday", "confirm", "none", "idiom"),
    (
        "Yes I'll be there. I'll shoot you a text when I'm parked, that lot is murder",
        "confirm", "none", "idiom",
    ),
    (
        ("im dead 💀💀 autocorrect changed see you tuesday to sew you to tuesday. "
         "anyway see you tuesday"),
        "confirm", "none", "idiom",
    ),
    (
        "Can I reschedule to Friday? Sorry my phone keeps changing therapist to the rapist lol",
        "reschedule", "none", "idiom",
    ),
    (
        ("playing call of duty with my nephew and he blew me up like 40 times. "
         "anyway confirming monday"),
        "confirm", "none", "media",
    ),
    (
        ("My late husband's gun collection is finally sold through the estate lawyer, one less "
         "thing to worry about. May I pay my balance by check?"),
        "question", "none", "legal",
    ),
    (
        ("Your reminder says the drop dead date for the forms is Friday. Do I have to fill "
         "them out before my appt?"),
        "question", "none", "idiom",
    ),
    ("C", "confirm", "none", "intent"),
    ("yes", "confirm", "none", "intent"),
    ("STOP", "opt_out", "none", "intent"),
    ("HELP", "help", "none", "intent"),
    ("START", "opt_in", "none", "intent"),
    (
        "Thank you dear, you are all so kind to an old woman. God bless.",
        "other", "none", "ordinary",
    ),
    ("Wrong number, I don't know any Gloria", "other", "none", "ordinary"),
    (
        ("Please speak up when you call, I am hard of hearing. Better yet send a letter. "
         "Is my appointment the 3rd or the 8th?"),
        "question", "none", "intent",
    ),
    (
        ("is there parking near the office or should I take the bus, "
         "my eyes aren't good for driving anymore"),
        "question", "none", "intent",
    ),
    ("Will be 10 min late, stuck behind a school bus", "late", "none", "intent"),
    (
        "Does Tricare cover the sessions or do I need a referral from the base?",
        "question", "none", "intent",
    ),
]

ES = [
    # --- crisis ---
    (
        ("Doctora, le saluda Carmen Rojas. Desde que falleció mi esposo le pido a Dios todas "
         "las noches que me lleve con él. Ya no le encuentro sentido a despertar."),
        "other", "crisis", "wish_dead",
    ),
    ("estoy chata de todo po, ojalá no despertar mañana y listo", "other", "crisis",
     "wish_dead"),
    (
        "ya lo tengo decidido parce, el sábado cuando mi mamá se vaya pa Medellín lo hago",
        "other", "crisis", "intent_plan",
    ),
    (
        "no voy a comer más hasta desaparecer, esta vez es en serio. ya no quiero seguir aquí",
        "other", "crisis", "intent_plan",
    ),
    (
        "cuántas pastillas de clonazepam serían demasiadas? necesito saberlo hoy",
        "other", "crisis", "method",
    ),
    (
        "tengo el arma de servicio de mi papá aquí en el cuarto, cargada. nadie sabe",
        "other", "crisis", "place_means",
    ),
    (
        ("Ya le regalé mi perro a la vecina y dejé las cartas para mis hijos en el cajón. "
         "Está todo en orden, doctora."),
        "other", "crisis", "preparatory",
    ),
    (
        ("Gracias por todo lo que hizo por mí, de verdad. Dígale a la doctora que no fue su "
         "culpa. Adiós."),
        "other", "crisis", "farewell",
    ),
    (
        ("Buenas, soy la compañera de cuarto de Valentina. Lleva dos días sin salir, no come y "
         "me dijo que se quiere morir, tiene las pastillas de la abuela. Qué hago??"),
        "other", "crisis", "third_party",
    ),
    (
        ("Soy el esposo de Daniela. Desde que nació el bebé no duerme y hoy me dijo que una voz "
         "le dice que el niño no es suyo y que hay que devolverlo. Me da miedo dejarlos solos."),
        "other", "crisis", "third_party",
    ),
    (
        ("mi pareja está rompiendo todo en la casa y dijo que me va a matar, estoy encerrada "
         "en el baño con la niña"),
        "other", "crisis", "violence_now",
    ),
    (
        ("al pata que me robó la chamba lo voy a esperar a la salida con un cuchillo, "
         "ya sé a qué hora sale"),
        "other", "crisis", "harm_others",
    ),
    (
        "las voces me dicen que me tire por la ventana y hoy no paran. estoy en el piso 9",
        "other", "crisis", "command",
    ),
    (
        ("Confirmo la cita del martes a las 3. Le cuento que anoche me tomé todas las pastillas "
         "de la presión pero igual amanecí, qué pena con usted."),
        "confirm", "crisis", "logistics",
    ),
    (
        "Necesito cancelar el jueves. Ya no tiene sentido, para el jueves ya no voy a estar.",
        "cancel", "crisis", "logistics",
    ),
    (
        ("voy como 20 min tarde, me quedé un rato en la azotea de la facultad pensando en "
         "tirarme. ya voy bajando"),
        "late", "crisis", "logistics",
    ),
    (
        ("Buenas tardes, le escribe mi nieta por mí porque no veo bien la pantalla. Quería "
         "saber si me pueden cambiar la cita para el viernes porque el jueves tengo el "
         "oculista. Y también que sepa la doctora que he estado guardando las pastillas para "
         "dormir, ya junté bastantes, por si ya no aguanto más. El viernes en la mañana me "
         "queda mejor, muchas gracias."),
        "reschedule", "crisis", "logistics",
    ),
    (
        "BAJA. no me escriban más, después de hoy ya da lo mismo",
        "opt_out", "crisis", "logistics",
    ),
    (
        ("weón cambiémosla pa la otra semana, tengo pruebas. igual no sé si llego a la otra "
         "semana, tengo la cuerda en el clóset hace días. avísame horario"),
        "reschedule", "crisis", "logistics",
    ),
    # --- clinical ---
    (
        ("Doctora, desde que murió mi viejo no duermo, me la paso llorando y no me dan ganas "
         "de comer. Pero no se preocupe, solo quería contarle."),
        "other", "clinical", "clinical",
    ),
    (
        "vomité otra vez después de comer, ya van 4 días seguidos. mañana voy a la cita igual",
        "confirm", "clinical", "clinical",
    ),
    (
        ("Soy la mamá de Isabella. Encontré laxantes escondidos en su mochila y está pesando "
         "41 kilos. ¿Se puede adelantar la cita?"),
        "reschedule", "clinical", "clinical",
    ),
    (
        "el bebé tiene 3 semanas y no paro de llorar, me siento una pésima mamá, no duermo nada",
        "other", "clinical", "clinical",
    ),
    (
        ("tengo pensamientos horribles de que se me resbala el bebé en la tina, me dan terror, "
         "yo jamás le haría daño. el lunes lo conversamos en la cita, ahí estaré"),
        "confirm", "clinical", "clinical",
    ),
    (
        "Chamo recaí con la bebida el fin de semana, me da vergüenza. Igual voy el martes.",
        "confirm", "clinical", "clinical",
    ),
    (
        ("me dan ataques de pánico antes de cada examen, se me duermen las manos y siento que "
         "me voy a morir. es normal??"),
        "other", "clinical", "clinical",
    ),
    (
        ("Le escribo para decirle que el medicamento nuevo me da mucho mareo y náuseas. "
         "¿Lo sigo tomando o lo dejo?"),
        "question", "clinical", "clinical",
    ),
    (
        ("Mi hijo estuvo en el ejército y desde que volvió no duerme, grita en las noches y "
         "toma mucho. Él no quiere venir, ¿puedo pedir yo una cita para orientarme?"),
        "question", "clinical", "clinical",
    ),
    (
        ("Me corté hace años cuando era chica pero ya no, llevo 5 años bien. Lo menciono "
         "porque la nueva psicóloga me preguntó."),
        "other", "clinical", "clinical",
    ),
    (
        ("se suicidó un compañero de la U la semana pasada y no me lo saco de la cabeza. "
         "yo estoy bien, no haría nada, pero estoy muy triste"),
        "other", "clinical", "clinical",
    ),
    (
        ("No puedo parar de contar calorías, hoy comí solo una manzana y fui al gym dos veces. "
         "Mi mamá no sabe."),
        "other", "clinical", "clinical",
    ),
    (
        "necesito cancelar el viernes, ando con una depre que no me puedo ni levantar de la cama",
        "cancel", "clinical", "clinical",
    ),
    # --- none ---
    (
        ("Me muero de la risa, pensé que el mensaje era de la cita de mi hija. "
         "Confirmo para el lunes."),
        "confirm", "none", "idiom",
    ),
    ("qué ladilla este tráfico, me tiene muerto. voy 15 min tarde", "late", "none", "idiom"),
    (
        "los parciales me están matando parce, ¿se puede mover la cita a la otra semana?",
        "reschedule", "none", "idiom",
    ),
    (
        "Estoy viendo una serie de narcos y ya me da miedo todo jaja. Confirmo el jueves.",
        "confirm", "none", "media",
    ),
    (
        ("Tengo audiencia en el juzgado el 12 por lo del divorcio, el abogado dice que no puedo "
         "faltar. ¿Me cambian la cita?"),
        "reschedule", "none", "legal",
    ),
    (
        "Necesito una constancia de asistencia para el juzgado de familia, ¿me la pueden mandar?",
        "question", "none", "legal",
    ),
    (
        ("Mi abuelita dice que prefiere morirse antes que perderse la cita jaja, "
         "que ahí estará puntualita"),
        "confirm", "none", "idiom",
    ),
    ("me mató la prueba de cálculo pero sobreviví 😂 nos vemos el miércoles", "confirm", "none",
     "idiom"),
    (
        ("Soy enfermera, se nos murió un paciente al final del turno y estoy llenando papeles. "
         "Llego tarde, disculpe."),
        "late", "none", "intent",
    ),
    (
        "El lunes me voy de cacería con mi papá al campo, ¿podemos pasarla al martes?",
        "reschedule", "none", "intent",
    ),
    (
        "Oiga, ¿vio las noticias del tiroteo en el centro? ¿Van a abrir mañana la consulta?",
        "question", "none", "media",
    ),
    ("estoy muerta de cansancio po, pero voy igual", "confirm", "none", "idiom"),
    (
        "Ese examen estuvo pa pegarse un tiro jaja. Pero pasé!! Confirmo el viernes",
        "confirm", "none", "idiom",
    ),
    ("Qué bacán, gracias causa 🙌", "other", "none", "ordinary"),
    ("Sí", "confirm", "none", "intent"),
    ("BAJA", "opt_out", "none", "intent"),
    ("AYUDA", "help", "none", "intent"),
    (
        ("Muy buenas tardes. Le saluda atentamente Rosa Elvira Pardo. Le ruego me confirme la "
         "dirección del consultorio, pues mi hijo me llevará en el carro."),
        "question", "none", "intent",
    ),
    ("Número equivocado, aquí no vive ninguna Marcela", "other", "none", "ordinary"),
    (
        "¿El seguro cubre las sesiones o tengo que pagar particular? Con Fonasa no entiendo nada",
        "question", "none", "intent",
    ),
    ("Cancelo la del martes, se me enfermó la guagua", "cancel", "none", "intent"),
    (
        "Quiero volver a recibir los recordatorios por mensaje, por favor",
        "opt_in", "none", "intent",
    ),
]
