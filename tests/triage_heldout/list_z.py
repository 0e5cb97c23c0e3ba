"""Held-out list Z: written blind to the rules by an independent writer (young women, new mothers,
college students, people texting from work, non-native English speakers; Spanish from Colombia,
Peru, Cuba and US-born Spanglish speakers).
(text, intent, flag, category)
"""

from __future__ import annotations

EN = [
    # ---- crisis ----
    (
        ("hey if anything happens can you make sure my cat mochi goes to my sister jess. her "
         "number should be in my file"),
        "other", "crisis", "preparatory",
    ),
    (
        ("the password for all my accounts is in the top drawer of my desk. just so someone "
         "knows"),
        "other", "crisis", "preparatory",
    ),
    (
        ("I feel really calm today for the first time in weeks. I finally know what I'm going "
         "to do and it's such a relief. thank you for everything you tried with me"),
        "other", "crisis", "farewell",
    ),
    (
        ("after how bad the last few weeks were you'll be glad to know I feel totally at "
         "peace now. everything's sorted, the kids' stuff is labeled and the dog is going to "
         "my brother. no need to call"),
        "other", "crisis", "preparatory",
    ),
    ("bridge on 5th st. tonight.", "other", "crisis", "place_means"),
    ("theres a rope in my trunk now", "other", "crisis", "place_means"),
    ("gun in the car. just so u know", "other", "crisis", "place_means"),
    (
        "been saving up my pills for like a month. pretty sure i have enough now",
        "other", "crisis", "method",
    ),
    (
        "i just wish i could go to sleep and not wake up. every single day is the same",
        "other", "crisis", "wish_dead",
    ),
    (
        ("everyone would honestly be better off without me. the baby too. she deserves a "
         "better mom than this"),
        "other", "crisis", "wish_dead",
    ),
    (
        "ngl i keep hoping the bus just hits me on the way to class",
        "other", "crisis", "wish_dead",
    ),
    (
        ("Hello, this is Ms. Ortega, Kayla's 10th grade teacher. Kayla showed me a note today "
         "saying she doesn't want to be alive anymore and that she has it planned for this "
         "weekend. Her mom isn't answering. Who do I talk to?"),
        "other", "crisis", "third_party",
    ),
    (
        ("this is dani's bf. she locked herself in the bathroom and says she took something. "
         "shes slurring and not making sense. what do i do"),
        "other", "crisis", "third_party",
    ),
    (
        ("Hi this is Tom's mom. He texted his brother goodbye an hour ago and won't answer "
         "his phone. He has an appointment with you Thursday. Please help"),
        "other", "crisis", "third_party",
    ),
    (
        ("Hi, I work with Priya (she gave me this number as her emergency contact). She's "
         "been saying at work all week that she has it all figured out and won't be a problem "
         "much longer. Today she left her badge and laptop on my desk with a sticky note that "
         "said thanks. I'm really worried."),
        "other", "crisis", "third_party",
    ),
    (
        "hes here and breaking everything. im in the closet with the baby. cant call",
        "other", "crisis", "violence_now",
    ),
    (
        "he's back and kicking the bedroom door in. please send someone 1432 Alder Ct",
        "other", "crisis", "violence_now",
    ),
    (
        ("if my ex shows up at daycare pickup one more time I'm going to end him. I mean it. "
         "I know where he parks"),
        "other", "crisis", "harm_others",
    ),
    (
        ("i keep thinking about hurting my roommate while she sleeps and tonight it doesnt "
         "feel like just a thought anymore"),
        "other", "crisis", "harm_others",
    ),
    (
        ("the voices are telling me i have to jump and theyre getting louder, i cant make "
         "them stop"),
        "other", "crisis", "command",
    ),
    (
        ("they keep saying the baby isn't really mine and that I have to get rid of her "
         "before it's too late"),
        "other", "crisis", "command",
    ),
    (
        ("hey this is voice text sorry my hands are shaking I took all of them at 9 period I "
         "just wanted someone to know period"),
        "other", "crisis", "intent_plan",
    ),
    (
        "tell dr kim i said thank you and that none of this was her fault",
        "other", "crisis", "farewell",
    ),
    (
        ("Cancel my Thursday please. And the ones after. I won't be needing them, I've made "
         "my peace with it. Thanks for trying Dr. L"),
        "cancel", "crisis", "logistics",
    ),
    (
        ("STOP. no more texts. im done with all of it, this is the last thing im taking care "
         "of"),
        "opt_out", "crisis", "logistics",
    ),
    ("confirming 3pm. if I'm still here by then lol", "confirm", "crisis", "logistics"),
    (
        ("Hi! running about 15 late, the 2 train is a mess. also sorry for being weird last "
         "session. I took like 20 of the trazodone an hour ago bc I couldn't deal but I'm "
         "fine, just kinda floaty. anyway see you soon"),
        "late", "crisis", "logistics",
    ),
    (
        ("can we move to next week? sorry. been going up to the top of the parking garage "
         "every night just to see how it would feel"),
        "reschedule", "crisis", "logistics",
    ),
    (
        ("hiii so sorry i have to cancel friday, finals are insane and my roommate situation "
         "is a whole thing, shes moving out so ill have the room to myself which honestly is "
         "good bc ive been collecting my adderall and my moms oxy and i think i finally have "
         "what i need. anyway sorry again, have a good break!!"),
        "cancel", "crisis", "logistics",
    ),
    (
        ("Hello I am sorry I must cancel the appointment tomorrow. My husband say he will "
         "kill me if I go out again, he have the knife now in the kitchen. I am in bathroom."),
        "cancel", "crisis", "logistics",
    ),
    (
        "gonna be late, sitting in my car at the overlook trying to decide",
        "late", "crisis", "logistics",
    ),
    # ---- clinical ----
    (
        ("had a panic attack in the grocery store, genuinely thought i was dying, heart going "
         "crazy, couldnt breathe. im home now and ok but shaky"),
        "other", "clinical", "clinical",
    ),
    (
        ("third panic attack this week where I was sure I was dying. chest pain, numb hands. "
         "ER said my heart is fine"),
        "other", "clinical", "clinical",
    ),
    (
        ("I keep getting these horrible thoughts of dropping the baby down the stairs. I "
         "would never ever, they scare me so much I hold the railing with both hands. Is "
         "something wrong with me"),
        "other", "clinical", "clinical",
    ),
    (
        ("random thought of swerving into traffic keeps popping up when I drive and it freaks "
         "me out. I don't want to die at all, I love my life, I just can't shut the thought "
         "off"),
        "other", "clinical", "clinical",
    ),
    (
        ("I haven't eaten anything since tuesday except coffee and I still feel huge. I know "
         "it's bad"),
        "other", "clinical", "clinical",
    ),
    (
        ("binged and purged again last night, 4th time this week. dont want to talk about it "
         "on the phone"),
        "other", "clinical", "clinical",
    ),
    (
        ("i think my neighbors put something in the walls, i can hear them talking about me "
         "through the vents. theyre not telling me to do anything, just talking about me"),
        "other", "clinical", "clinical",
    ),
    (
        ("been seeing shadows move in the corner and hearing my name when nobody's there. not "
         "sleeping much"),
        "other", "clinical", "clinical",
    ),
    (
        ("started the new med monday and my hands won't stop shaking and my skin feels like "
         "it's crawling"),
        "other", "clinical", "clinical",
    ),
    (
        ("need to move thursday to next week. also the rash from the lamotrigine is back on "
         "my arms"),
        "reschedule", "clinical", "clinical",
    ),
    (
        "relapsed saturday. 8 months down the drain. im so embarrassed",
        "other", "clinical", "clinical",
    ),
    (
        "my dad died on sunday. I can't stop crying and I can't make myself eat",
        "other", "clinical", "clinical",
    ),
    (
        ("my best friend from high school killed herself last week. the funeral is saturday. "
         "I keep rereading all our old texts"),
        "other", "clinical", "clinical",
    ),
    (
        ("I didn't mention at intake that I used to self harm in high school. haven't in 6 "
         "years and no urges, just wanted it on file"),
        "other", "clinical", "clinical",
    ),
    (
        ("baby is 6 wks and i cry every day, i dont feel connected to her at all. my husband "
         "says its normal but idk"),
        "other", "clinical", "clinical",
    ),
    (
        "haven't slept more than 2 hrs a night all week, my mind just keeps racing",
        "other", "clinical", "clinical",
    ),
    (
        ("Hello doctor, I am very sad all days, I don't want eat, I can not concentrate in my "
         "job. It is depression?"),
        "other", "clinical", "clinical",
    ),
    (
        ("running late, having a panic attack in the parking lot, trying to breathe, will "
         "come in when I can"),
        "late", "clinical", "clinical",
    ),
    (
        ("texting from the break room sorry. anxiety is through the roof today, had to hide "
         "in the supply closet for 10 min"),
        "other", "clinical", "clinical",
    ),
    # ---- none ----
    (
        "omg this traffic is literally killing me, gonna be like 10 late",
        "late", "none", "idiom",
    ),
    (
        ("lol I would literally rather die than sit through another zoom session, can I come "
         "in person thursday?"),
        "question", "none", "idiom",
    ),
    (
        "my boss is gonna murder me if i leave early again, can we do 5:30 instead of 4?",
        "reschedule", "none", "idiom",
    ),
    ("dead tired today but I'll be there. confirm", "confirm", "none", "idiom"),
    (
        "yes confirming tmrw 10am, if this science fair project doesn't kill me first 😩",
        "confirm", "none", "idiom",
    ),
    ("I'm dying 😂😂 sorry wrong chat", "other", "none", "idiom"),
    ("my phone is about to die, yes confirm 🙏", "confirm", "none", "idiom"),
    ("killed my midterm!!! anyway can we move next week to wed", "reschedule", "none", "idiom"),
    ("this heat is going to be the end of me. running 5 min behind", "late", "none", "idiom"),
    (
        ("just finished the book you mentioned, the part where she overdoses wrecked me but "
         "in a good way lol"),
        "other", "none", "media",
    ),
    (
        ("can't make thursday, going to the midnight premiere of the new Saw movie with my bf "
         "😅 can we do friday"),
        "reschedule", "none", "media",
    ),
    (
        ("the news about that shooting at the mall has my whole office talking. anyway "
         "confirming monday"),
        "confirm", "none", "media",
    ),
    (
        "I have court on the 14th for the custody hearing, can we move my appt to the 15th?",
        "reschedule", "none", "legal",
    ),
    (
        "my probation officer needs a letter saying I attend sessions, who do I ask?",
        "question", "none", "legal",
    ),
    (
        ("lawyer says the restraining order hearing got pushed, so I can make tuesday after "
         "all"),
        "confirm", "none", "legal",
    ),
    (
        ("sorry for the late reply, I'm an ICU nurse and we lost a patient overnight, long "
         "shift. confirming thursday"),
        "confirm", "none", "ordinary",
    ),
    (
        ("paramedic here, just got off a double with two ODs and a shooting lol, I'll be a "
         "zombie but I'll be there"),
        "confirm", "none", "ordinary",
    ),
    (
        ("gonna miss next wk, deer season opener, going up north with my dad and his rifles. "
         "back the 20th"),
        "cancel", "none", "ordinary",
    ),
    (
        "running late, had to finish butchering the chickens at my aunt's farm 🐔 15 min",
        "late", "none", "ordinary",
    ),
    ("Y", "confirm", "none", "intent"),
    ("STOP", "opt_out", "none", "intent"),
    ("START", "opt_in", "none", "intent"),
    ("HELP", "help", "none", "intent"),
    ("Do you take Aetna? my insurance changed in January", "question", "none", "intent"),
    ("wrong number, I don't know any Dr Patel", "other", "none", "ordinary"),
    ("thank you for everything, seriously. see you in two weeks!", "other", "none", "ordinary"),
    (
        "pls stop sending me these reminders, I go to the other office now",
        "opt_out", "none", "intent",
    ),
    ("Can't come tomorrow, my son has a fever. Sorry!", "cancel", "none", "intent"),
    ("whats the zoom link again", "question", "none", "intent"),
]

ES = [
    # ---- crisis ----
    (
        "ya no quiero seguir, de verdad. ojalá no despertar mañana",
        "other", "crisis", "wish_dead",
    ),
    (
        "asere estoy cansao de todo, mejor que me muera y ya, nadie se va a dar cuenta",
        "other", "crisis", "wish_dead",
    ),
    (
        ("si me pasa algo porfa que mi perrita Luna se quede con mi hermana Caro. ya le dejé "
         "la comida y sus cosas"),
        "other", "crisis", "preparatory",
    ),
    (
        "ya regalé casi toda mi ropa y le dejé la clave del banco a mi mamá en un sobre",
        "other", "crisis", "preparatory",
    ),
    ("estoy en el puente de la vía expresa. no sé", "other", "crisis", "place_means"),
    (
        "cuántas pastillas de clonazepam serían demasiadas? pregunto en serio",
        "other", "crisis", "method",
    ),
    (
        ("already decided, es el sábado cuando mis papás se vayan de trip. no le digan a "
         "nadie please"),
        "other", "crisis", "intent_plan",
    ),
    (
        ("Buenas, soy la mamá de Valentina. La encontré con cortadas frescas en los brazos y "
         "me dijo que esta noche se iba a matar. Qué hago, no me contesta nadie"),
        "other", "crisis", "third_party",
    ),
    (
        "mi esposa se encerró en el carro en el garaje con el motor prendido y no me abre",
        "other", "crisis", "third_party",
    ),
    (
        "está borracho y me está pegando, me encerré en el baño con los niños",
        "other", "crisis", "violence_now",
    ),
    (
        "le juro que si ese man vuelve a tocar a mi hija lo mato, ya tengo con qué",
        "other", "crisis", "harm_others",
    ),
    (
        "las voces me dicen que me tire por la ventana y ya no las aguanto más",
        "other", "crisis", "command",
    ),
    (
        "gracias por todo doctora, de verdad. cuídese mucho. esta es mi despedida",
        "other", "crisis", "farewell",
    ),
    (
        ("Cancela mis citas por favor, ya no las voy a necesitar. Ya tomé mi decisión y estoy "
         "en paz"),
        "cancel", "crisis", "logistics",
    ),
    (
        "BAJA. no me manden más mensajes, ya para qué, para el viernes ya no voy a estar",
        "opt_out", "crisis", "logistics",
    ),
    (
        ("voy a llegar late, like 20 min. anoche me tomé todo el frasco de pastillas de mi "
         "abuela pero aquí sigo, me siento rara. ok bye"),
        "late", "crisis", "logistics",
    ),
    (
        ("Confirmo la cita del martes. Por si acaso dejé una carta para mi hijo en el cajón "
         "del velador, ¿se la podrían entregar si no llego?"),
        "confirm", "crisis", "logistics",
    ),
    (
        ("me pueden mover la cita? es que mi marido me amenazó anoche con la pistola, la "
         "tiene en el carro y no me deja salir"),
        "reschedule", "crisis", "logistics",
    ),
    # ---- clinical ----
    (
        ("tuve un ataque de pánico en el bus, sentí que me iba a morir, el corazón a mil. ya "
         "estoy en la casa más tranquila"),
        "other", "clinical", "clinical",
    ),
    (
        "no he podido dormir nada esta semana, me despierto a las 3 y ya no vuelvo a dormir",
        "other", "clinical", "clinical",
    ),
    (
        "desde que nació el bebé me siento vacía, lloro todo el día y no tengo ganas de nada",
        "other", "clinical", "clinical",
    ),
    (
        "mija recaí con la bebida el fin de semana, me da una pena con usted",
        "other", "clinical", "clinical",
    ),
    (
        "no he comido en like 3 days y me siento gorda anyway, I know it's not ok",
        "other", "clinical", "clinical",
    ),
    (
        ("siento que la gente en la calle me sigue y que la tele habla de mí. no me dicen que "
         "haga nada pero me da miedo"),
        "other", "clinical", "clinical",
    ),
    (
        "la sertralina me tiene con náuseas y mareada todo el día, no sé si seguir tomándola",
        "other", "clinical", "clinical",
    ),
    (
        "se murió mi abuela el jueves en Lima y no pude viajar. no paro de llorar",
        "other", "clinical", "clinical",
    ),
    (
        ("mi primo se suicidó hace un mes y todavía no lo puedo creer, pienso en él todo el "
         "tiempo"),
        "other", "clinical", "clinical",
    ),
    (
        ("¿podemos pasar la cita al lunes? ando con una ansiedad horrible y no soy capaz de "
         "salir de la casa"),
        "reschedule", "clinical", "clinical",
    ),
    (
        ("me vienen pensamientos horribles de hacerle daño a mi bebé y me dan terror, yo "
         "nunca lo haría, por eso no la quiero bañar sola"),
        "other", "clinical", "clinical",
    ),
    # ---- none ----
    (
        "jajaja me muero, pensé que era el jueves. sí confirmo el miércoles",
        "confirm", "none", "idiom",
    ),
    (
        "uy no, este trancón me tiene mamada, me voy a morir aquí. llego como 15 min tarde",
        "late", "none", "idiom",
    ),
    ("ay mi madre, este calor me está matando. confirmo pa mañana", "confirm", "none", "idiom"),
    ("estoy muerta de cansancio pero ahí estaré, confirmo", "confirm", "none", "idiom"),
    (
        "my jefe me va a matar si salgo temprano otra vez, can we do after 5?",
        "reschedule", "none", "idiom",
    ),
    (
        "me quiero morir de la vergüenza, se me olvidó la cita de hoy 🙈 me pueden dar otra?",
        "reschedule", "none", "idiom",
    ),
    ("qué oso, me morí jajaja, ese mensaje no era para ustedes", "other", "none", "idiom"),
    (
        ("mi hermano me mata si no lo recojo en el aeropuerto, puedo cambiar la cita del "
         "martes?"),
        "reschedule", "none", "idiom",
    ),
    (
        "este examen de cálculo me va a matar lol, cancelo la del jueves porfa",
        "cancel", "none", "idiom",
    ),
    (
        "perdón no contesté, estaba viendo la novela y justo mataron al malo 😂 sí voy mañana",
        "confirm", "none", "media",
    ),
    (
        ("me quedé hasta las 3 jugando Call of Duty, me mataron como 50 veces jaja. llego un "
         "poco tarde"),
        "late", "none", "media",
    ),
    (
        ("leí el libro que me recomendó, el de la chica que se quería morir, me gustó mucho. "
         "gracias"),
        "other", "none", "media",
    ),
    (
        ("tengo audiencia en el juzgado el lunes por lo de la custodia, puedo pasar la cita "
         "al martes?"),
        "reschedule", "none", "legal",
    ),
    (
        ("mi abogado necesita una constancia de que asisto a terapia, me la pueden mandar al "
         "correo?"),
        "question", "none", "legal",
    ),
    (
        "my probation officer dice que necesito una carta, ¿ustedes la hacen?",
        "question", "none", "legal",
    ),
    (
        ("perdón, soy enfermera y se nos murió un paciente en el turno, salgo tarde. llego 20 "
         "min tarde"),
        "late", "none", "ordinary",
    ),
    (
        "voy tarde, estoy matando el puerco pa la fiesta de fin de año con mi tío 🐷",
        "late", "none", "ordinary",
    ),
    ("Sí", "confirm", "none", "intent"),
    ("NO MÁS MENSAJES por favor", "opt_out", "none", "intent"),
    ("cuál es la dirección del consultorio?", "question", "none", "intent"),
    ("número equivocado, no conozco a ninguna doctora", "other", "none", "ordinary"),
    ("gracias por todo ayer, me sentí mucho mejor 💛", "other", "none", "ordinary"),
    ("ya me pueden volver a mandar mensajes, cambié de número", "opt_in", "none", "intent"),
]
