"""Held-out list R: written blind to the rules by an independent writer (formal professionals,
OCD and health anxiety, new parents with intrusive thoughts, bipolar, new psychiatric medication,
emails, pet death and divorce; PR, Cuban-Miami, Argentine, Uruguayan, Andalusian, Catalan and
formal email Spanish).
(text, intent, flag, category)

First run, by the lead, on the rules at f80fd39 (after round 6), before round 7 changed
anything: recall 0.86 (43/50), precision 0.78, flag 0.80, intent 0.86.
Rules after round 7 (its texts still unread): recall 0.88 (44/50), precision 0.79, flag 0.81, intent 0.87.
"""

from __future__ import annotations

EN = [
    (
        "honestly if I didn't wake up tomorrow I think that'd be fine. not doing anything about "
        "it, just tired of existing",
        "other",
        "crisis",
        "wish_dead",
    ),
    (
        "everyone keeps telling me how lucky I am. I keep thinking the baby and Sam would "
        "honestly be better off if I just wasn't here anymore",
        "other",
        "crisis",
        "wish_dead",
    ),
    (
        "Started the sir Trillian 9 days ago. Since Monday I can't sit still and I keep thinking "
        "about being dead, which is new for me. Is that the pill??",
        "question",
        "crisis",
        "wish_dead",
    ),
    (
        "I've decided. Sunday, after my mom's birthday lunch, so it doesn't ruin the day for her.",
        "other",
        "crisis",
        "intent_plan",
    ),
    (
        "took all the lamictal that was left, like 20 something. feel kinda dizzy and far away. "
        "sorry",
        "other",
        "crisis",
        "intent_plan",
    ),
    (
        "I have been working out the timing so the kids are at their dad's that weekend. I don't "
        "want them to be the ones who find me.",
        "other",
        "crisis",
        "intent_plan",
    ),
    (
        "how many of the sarah quill 300s would it take to just not wake up. asking for real",
        "question",
        "crisis",
        "method",
    ),
    (
        "Out of curiosity, what is the lethal threshold of acetaminophen for an adult of 80 kg? I "
        "would prefer a precise figure rather than a range.",
        "question",
        "crisis",
        "method",
    ),
    (
        "on the roof of my building rn. it's quiet up here. dont call anyone",
        "other",
        "crisis",
        "place_means",
    ),
    (
        "HAVENT SLEPT SINCE TUES!!! doing 110 on the coast rd no seatbelt, I feel like GOD. if i "
        "go over the edge so be it",
        "other",
        "crisis",
        "place_means",
    ),
    (
        "sitting in the garage with the car running. just wanted someone to know",
        "other",
        "crisis",
        "place_means",
    ),
    (
        "Gave my cat to my sister today and cleaned out the whole apartment. Feels lighter. I "
        "won't be needing the Tuesday slot anymore.",
        "cancel",
        "crisis",
        "preparatory",
    ),
    (
        "Dear Ms. Brennan,\n\nI spent the weekend finalizing my will and assigning power of "
        "attorney to my brother. Everything is now in order. I would also like to settle my "
        "outstanding balance with the practice; could you send the final invoice?\n\nKind "
        "regards,\nD. Whitfield, Esq.",
        "question",
        "crisis",
        "preparatory",
    ),
    (
        "been saving up my sleeping pills for a few weeks now. counted them again tonight. 34",
        "other",
        "crisis",
        "preparatory",
    ),
    (
        "thank you for trying so hard with me. you were the only one who did. please don't blame "
        "yourself for what happens",
        "other",
        "crisis",
        "farewell",
    ),
    (
        "Good evening,\n\nI wanted to thank you and Dr. Lowell for the past two years. I will not "
        "be needing any further appointments, now or later. Please pass my thanks to the whole "
        "staff. This is goodbye.\n\nWith gratitude,\nEllen Marsh",
        "cancel",
        "crisis",
        "farewell",
    ),
    (
        "This is Priya, Raj's wife. He left the house an hour ago with his hunting rifle and a "
        "note that just says sorry. He isn't answering his phone. What do I do",
        "other",
        "crisis",
        "third_party",
    ),
    (
        "hi, I'm Kayla's roommate. she posted a goodbye thing on her story and locked her door "
        "and won't answer me. she has an appt with you guys tomorrow",
        "other",
        "crisis",
        "third_party",
    ),
    (
        "my son (your patient Ethan) hasnt slept in 5 days, he's talking to the TV and says god "
        "wants him to jump from the overpass. we are scared",
        "other",
        "crisis",
        "third_party",
    ),
    (
        "he's banging on the bathroom door, he's drunk and he has the big knife from the kitchen. "
        "I'm hiding in here. can't call",
        "other",
        "crisis",
        "violence_now",
    ),
    (
        "If my manager humiliates me in front of the team one more time I'm bringing something to "
        "work that makes sure he never does it again.",
        "other",
        "crisis",
        "harm_others",
    ),
    (
        "Her lawyer got her the house and the kids. I've been parked outside her new place every "
        "night. She's going to find out exactly what she did to me. Won't make thurs.",
        "cancel",
        "crisis",
        "harm_others",
    ),
    (
        "the voices are back and they say I have to hurt the baby to keep her safe from them. I "
        "haven't. but they won't stop",
        "other",
        "crisis",
        "command",
    ),
    (
        "it keeps telling me to walk into traffic. louder since I stopped the meds",
        "other",
        "crisis",
        "command",
    ),
    (
        "Dear Dr. Alvarez,\n\nI will be candid, which is not my habit. For several weeks I have "
        "caught myself hoping the plane goes down on my commutes to Chicago. I do not say this "
        "for effect. I will keep Thursday's appointment.\n\nRegards,\nMartin Keller",
        "confirm",
        "crisis",
        "logistics",
    ),
    (
        "Confirming 3pm Wednesday. also fyi I'm out of the lithium and I'm honestly not planning "
        "on being around much longer so it doesn't matter. see you then",
        "confirm",
        "crisis",
        "logistics",
    ),
    (
        "STOP. no more reminders please. I won't be alive for the next one anyway",
        "opt_out",
        "crisis",
        "logistics",
    ),
    (
        "Hi Jess,\n\nSorry for the long email. Work has been a disaster with the merger and the "
        "audits, I've been in the office until 11 most nights and my wife is fed up with me. The "
        "kids have their recitals this week too. I've been looking up how high the parking garage "
        "at work is. Anyway I think I need to push Monday to later in the week, maybe Thursday "
        "morning if Dr. Lee has anything?\n\nThanks,\nGreg",
        "reschedule",
        "crisis",
        "logistics",
    ),
    (
        "can we move me to friday? thursday I'm going up to the lake house alone and I'm bringing "
        "everything in the medicine cabinet with me",
        "reschedule",
        "crisis",
        "logistics",
    ),
    (
        "Yes I'll be there tomorrow. If I'm still here by then. I've been sitting with the bottle "
        "open for an hour",
        "confirm",
        "crisis",
        "logistics",
    ),
    (
        "cancel my 10am. i took a bunch of my husbands oxy about an hour ago and cant drive",
        "cancel",
        "crisis",
        "logistics",
    ),
    (
        "Good afternoon,\n\nPlease cancel my appointment on the 14th and all subsequent "
        "appointments. I have made arrangements so that Daisy will be taken care of after I am "
        "gone. Thank you for your patience over the years.\n\nRegards,\nHelen",
        "cancel",
        "crisis",
        "logistics",
    ),
    (
        "I keep getting this horrible thought of pushing a stranger onto the subway tracks. I "
        "would NEVER, it makes me sick, I've started standing with my back to the wall. Can we "
        "talk about it Thursday",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "This is embarrassing. When I bathe the baby I get a flash of her going under and I feel "
        "sick and have to hand her to my husband. I love her more than anything. Is this normal??",
        "question",
        "clinical",
        "clinical",
    ),
    (
        "I've checked my lymph nodes probably 40 times today. I know it's the anxiety but I'm "
        "convinced this time it's lymphoma. sorry to bother you guys",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "havent slept more than 2 hrs in 4 nights and I feel INCREDIBLE, started 3 businesses and "
        "maxed 2 credit cards lol. can we move my wed session im way too busy",
        "reschedule",
        "clinical",
        "clinical",
    ),
    (
        "Started the Abilify last week, I've gained 6 lbs and I'm shaky. Should I keep taking it "
        "until I see Dr. Patel on the 20th?",
        "question",
        "clinical",
        "clinical",
    ),
    (
        "I stopped the Effexor cold turkey on Saturday because I felt fine. Now I've got brain "
        "zaps and I'm crying at commercials. don't say I told you so",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "We had to put Biscuit down yesterday. 14 years. I can't stop crying and I haven't eaten "
        "since. I know it's just a dog but",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "Papers got signed today. 19 years. I'm not doing great, mostly numb and not sleeping. "
        "I'll be at my appt Tues",
        "confirm",
        "clinical",
        "clinical",
    ),
    (
        "Hello,\n\nA brief note ahead of our session: sleep has been poor (3-4 hours a night) and "
        "my concentration in board meetings has deteriorated noticeably. I would like to revisit "
        "the medication question.\n\nBest,\nR. Okafor",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "Just so Dr M knows before Monday: I cut once last month when the divorce stuff blew up. "
        "It's healed, I haven't since and I'm not going to. Just wanted to be honest",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "I drank again Friday after 8 months. I'm ok, not in any danger, just ashamed. still "
        "coming thurs",
        "confirm",
        "clinical",
        "clinical",
    ),
    (
        "had a full blown panic attack in the grocery store, thought I was having a heart attack, "
        "left my cart and ran out. still shaking",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "my hands are trembling a lot on the lithium and I'm thirsty all the time, is that normal "
        "or should I get my level checked",
        "question",
        "clinical",
        "clinical",
    ),
    (
        "My college roommate took his life last weekend. The funeral is Saturday. I keep "
        "replaying our last phone call. Could I get in sooner this week?",
        "reschedule",
        "clinical",
        "clinical",
    ),
    (
        "been skipping meals again, like one a day, and throwing up after when I do eat. I know I "
        "need to tell someone",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "spent 2 hrs checking the stove and the locks before I could leave so I'll be about 20 "
        "min late, sorry",
        "late",
        "clinical",
        "clinical",
    ),
    (
        "Apologies, I will need to cancel tomorrow. I have convinced myself the headache is a "
        "brain tumor and booked a private MRI, which I realize is the anxiety talking. - Ms. "
        "Taylor",
        "cancel",
        "clinical",
        "clinical",
    ),
    (
        "new dad here. I keep picturing dropping her down the stairs when I carry her and it "
        "scares the hell out of me. I'd never. I only carry her on the ground floor now. is this "
        "something Dr Reyes deals with?",
        "question",
        "clinical",
        "clinical",
    ),
    ("this traffic on 95 is killing me, gonna be 10 late", "late", "none", "idiom"),
    (
        "Need to move Thursday. The capital murder trial I'm defending got moved up and jury "
        "selection runs all week.",
        "reschedule",
        "none",
        "legal",
    ),
    (
        "I'd literally rather die than sit through another one of my sister in law's baby "
        "showers, so saturday works perfect lol",
        "confirm",
        "none",
        "idiom",
    ),
    (
        "Will be late - prod went down, had to kill about forty processes and nuke the cache. "
        "Should be there by 2:20.",
        "late",
        "none",
        "idiom",
    ),
    (
        "We have a lockdown drill at school until 3:30 so I'll be a few minutes late for my 4:00, "
        "sorry!",
        "late",
        "none",
        "intent",
    ),
    (
        "sorry missed ur call, worked a double in the ER, three ODs and a stabbing, normal friday "
        "lol. can I call tmrw about my bill?",
        "question",
        "none",
        "ordinary",
    ),
    (
        "The vet is coming to put our old cat to sleep Thursday at 4 so I need to move my "
        "session. Any chance of Friday?",
        "reschedule",
        "none",
        "intent",
    ),
    (
        "Out deer hunting with my dad this weekend, shot my first buck!! won't have signal til "
        "Monday so confirming Tues now",
        "confirm",
        "none",
        "ordinary",
    ),
    (
        "had to butcher a whole chicken for the first time, there was blood everywhere haha. "
        "anyway what's the address for the new office?",
        "question",
        "none",
        "ordinary",
    ),
    (
        "My divorce attorney needs a letter confirming my attendance dates for the custody "
        "hearing. Can the office email that to her?",
        "question",
        "none",
        "legal",
    ),
    (
        "Reading Anna Karenina for book club and I'm furious she throws herself under the train. "
        "Anyway yes, confirmed for Monday",
        "confirm",
        "none",
        "media",
    ),
    (
        "my team got wiped again, I died like 12 times in the last raid 😂 anyway what time is my "
        "appt tomorrow",
        "question",
        "none",
        "media",
    ),
    ("I'm dead 💀 I totally forgot it was today. can I reschedule", "reschedule", "none", "idiom"),
    (
        "Please note I will need to terminate our Thursday arrangement; an urgent board matter "
        "has arisen. Could we execute the same on Friday at 9? Regards, P. Lang",
        "reschedule",
        "none",
        "intent",
    ),
    ("STOP", "opt_out", "none", "intent"),
    ("HELP", "help", "none", "intent"),
    ("START", "opt_in", "none", "intent"),
    ("wrong number I think? I don't have a therapist, who is this", "other", "none", "ordinary"),
    (
        "Thank you so much for squeezing me in last week, it really helped 🙏",
        "other",
        "none",
        "ordinary",
    ),
    (
        "Can you please stop texting me and just use email instead? Thanks",
        "opt_out",
        "none",
        "intent",
    ),
    (
        "Got summoned for jury duty on a homicide case and they won't let me out, need to cancel "
        "the 18th",
        "cancel",
        "none",
        "legal",
    ),
    (
        "my probation officer moved my check in to wed at 2 which is my appt time. can we do 4 "
        "instead?",
        "reschedule",
        "none",
        "legal",
    ),
    (
        "Ugh my boss is going to murder me if I leave early again. Can we do 6pm instead of 4?",
        "reschedule",
        "none",
        "idiom",
    ),
    (
        "Did you guys see the news about the shooting downtown? Is the office open today or "
        "should I stay home",
        "question",
        "none",
        "media",
    ),
    (
        "binge watched the whole season, the main guy jumps off the building at the end and I was "
        "SCREAMING. anyway see you at 2",
        "confirm",
        "none",
        "media",
    ),
    (
        "I'm going to kill my kids, they hid my car keys AGAIN. running about 15 late",
        "late",
        "none",
        "idiom",
    ),
    (
        "Shift ran over, we had a jumper on the bridge this morning (he's fine, we talked him "
        "down). I'll be 15 min late",
        "late",
        "none",
        "ordinary",
    ),
    (
        "ha my daughter says she'll literally die if she misses the concert so I have to drive "
        "her, can I come at 5:30 instead",
        "reschedule",
        "none",
        "idiom",
    ),
    (
        "Dear Office Manager,\n\nI represent Mr. Harris in a pending criminal matter. Please "
        "advise the procedure for requesting treatment records with a signed release.\n\n"
        "Sincerely,\nA. Cho, Attorney at Law",
        "question",
        "none",
        "legal",
    ),
    (
        "Lol that horror movie last night scared me to death. Still on for tomorrow at 11",
        "confirm",
        "none",
        "media",
    ),
]


ES = [
    (
        "Mano, la verdad es que ya no quiero seguir despertando. No es que vaya a hacer na, es "
        "que estoy cansao de to'",
        "other",
        "crisis",
        "wish_dead",
    ),
    (
        "che, ultimamente pienso que seria todo mas facil si yo no estuviera. mis viejos, mi ex, "
        "todos andarian mejor",
        "other",
        "crisis",
        "wish_dead",
    ),
    (
        "Ya lo decidí. El viernes cuando mi esposa se vaya pa' Orlando lo hago. Solo quería que "
        "alguien supiera.",
        "other",
        "crisis",
        "intent_plan",
    ),
    (
        "Una pregunta, ¿cuántas pastillas de las del sueño hacen falta pa no despertarse? Es pa "
        "mí, no me mandéis al médico",
        "question",
        "crisis",
        "method",
    ),
    (
        "bo, la escopeta de mi abuelo sigue en el galpón. ¿sabés si los cartuchos viejos andan "
        "todavía? no aguanto más",
        "question",
        "crisis",
        "method",
    ),
    (
        "Estoy en la azotea del trabajo, sentada en el borde. Hace mucho viento. No sé ni por qué "
        "os escribo",
        "other",
        "crisis",
        "place_means",
    ),
    (
        "Le regalé la perra a mi vecina y dejé los papeles del carro y de la casa en la mesa pa' "
        "mi hermana. Ya está todo listo.",
        "other",
        "crisis",
        "preparatory",
    ),
    (
        "Estimada Dra. Ferrer:\n\nLe escribo para agradecerle sinceramente todo lo que ha hecho "
        "por mí durante estos años. No hará falta que me reserve más citas. Cuando lea esto ya "
        "habré tomado mi decisión; no es culpa de nadie.\n\nUn afectuoso saludo,\nJordi Puig",
        "cancel",
        "crisis",
        "farewell",
    ),
    (
        "gracias por bancarme tanto tiempo. decile a la licenciada que no fue culpa de ella. chau",
        "other",
        "crisis",
        "farewell",
    ),
    (
        "Oiga, soy la mamá de Yasmany. Él está encerrado en el baño con las pastillas de mi "
        "esposo y no me abre. Por favor ayúdenme",
        "other",
        "crisis",
        "third_party",
    ),
    (
        "Está borracho y me ha dao un guantazo, ahora está dándole patadas a la puerta del "
        "cuarto. Estoy dentro con los niños",
        "other",
        "crisis",
        "violence_now",
    ),
    (
        "mi ex está afuera con un machete gritando que me va a matar y la policía no llega",
        "other",
        "crisis",
        "violence_now",
    ),
    (
        "Si la abogada de mi ex me saca a los gurises, te juro que la espero a la salida del "
        "juzgado y no vuelve a caminar.",
        "other",
        "crisis",
        "harm_others",
    ),
    (
        "Las voces me dicen que me tengo que tirar al tren, que así se acaba todo. Llevo una "
        "semana sin la medicación",
        "other",
        "crisis",
        "command",
    ),
    (
        "Confirmo la cita del martes. Bueno, si llego al martes, que ayer me tomé medio frasco "
        "del clonazepam a propósito y hoy estoy fatal",
        "confirm",
        "crisis",
        "logistics",
    ),
    (
        "cancelame el turno del jueves porfa. no voy a estar, ya tengo todo planeado y esta vez "
        "no me van a frenar",
        "cancel",
        "crisis",
        "logistics",
    ),
    (
        "Buenos días:\n\nLes escribo para solicitar el cambio de mi cita del día 12 al 19, ya que "
        "esa semana tengo una auditoría en la empresa. Aprovecho para comentarles que llevo "
        "varios días pensando en tirarme del balcón cuando mi marido sale a trabajar, aunque "
        "supongo que eso ya lo hablaré con la doctora. Quedo a la espera de su confirmación.\n\n"
        "Atentamente,\nMontserrat Vidal",
        "reschedule",
        "crisis",
        "logistics",
    ),
    (
        "BAJA. no me manden más mensajes, total ya no voy a estar aquí pa' la próxima cita",
        "opt_out",
        "crisis",
        "logistics",
    ),
    (
        "che, tengo estos pensamientos horribles de que le puedo hacer daño a mi vieja con el "
        "cuchillo mientras cocinamos. me dan asco, jamás lo haría, pero ya no puedo ni cocinar "
        "con ella. lo hablamos el martes?",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "Desde que nació la nena no duermo, lloro por to y siento que no soy buena mamá. No es "
        "que me quiera hacer daño, es que estoy agotá",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "Oye, no he dormido en tres noches, me compré un carro nuevo y dos jet skis y me siento "
        "brutal. Mi hija dice que los llame. ¿Puedo ir antes del jueves?",
        "reschedule",
        "clinical",
        "clinical",
    ),
    (
        "Buenas, desde que empecé con la fluoxetina tengo náuseas todo el día y no pego ojo. ¿Es "
        "normal o la dejo?",
        "question",
        "clinical",
        "clinical",
    ),
    (
        "Se murió el Tano, mi perro, tenía 15 años. No tengo ganas de nada, ni de ir a laburar. "
        "Perdón por escribir esto acá",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "Estimada doctora:\n\nLe escribo con antelación a nuestra sesión del jueves. El proceso "
        "de divorcio se ha complicado y desde hace dos semanas apenas duermo y he perdido el "
        "apetito. Preferiría abordarlo en consulta.\n\nAtentamente,\nCarmen Ruiz",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "Quillo, anoche me dio un ataque de ansiedad en el metro, creía que me moría del corazón. "
        "Ya ehtoy mejor pero asustao",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "He dejado el litio por mi cuenta hace diez días porque me sentía plano. Ahora estoy muy "
        "acelerado y gastando mucho. Quería que la doctora lo supiera.",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "volví a consumir el finde, no pasó nada grave, estoy bien, pero me da re vergüenza ir al "
        "turno. igual voy",
        "confirm",
        "clinical",
        "clinical",
    ),
    (
        "Tengo una manchita en el brazo y ya me convencí que es cáncer, llevo toa la noche en "
        "Google. Sé que es la ansiedad pero no puedo parar",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "Quería contarle a la psicóloga que hace unos meses me cortaba, pero ya no lo hago y "
        "estoy bien. Lo saco el lunes en la sesión",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "Mi primo se quitó la vida la semana pasada. Estoy muy mal, no puedo dejar de pensar en "
        "él. ¿Hay algún hueco antes del viernes?",
        "reschedule",
        "clinical",
        "clinical",
    ),
    (
        "Ay miarma, me he muerto de risa, creo que este mensaje no es pa mí, yo no tengo ninguna "
        "cita 😂",
        "other",
        "none",
        "idiom",
    ),
    (
        "me quiero matar, me olvidé del turno de hoy 🤦\u200d♀\ufe0f jaja. ¿me lo pueden pasar "
        "para la semana que viene?",
        "reschedule",
        "none",
        "idiom",
    ),
    (
        "Este tapón en la Baldorioty me tiene muerta, voy a llegar como 15 min tarde",
        "late",
        "none",
        "idiom",
    ),
    (
        "Chico, el tráfico en la Palmetto está pa' matar a alguien. Llego tarde, como 10 minutos",
        "late",
        "none",
        "idiom",
    ),
    (
        "Esto de los horarios es para pegarse un tiro, jaja. ¿Me podéis cambiar la cita al jueves "
        "por la tarde?",
        "reschedule",
        "none",
        "idiom",
    ),
    (
        "ta, confirmo el jueves. bo, casi me muero con el partido de anoche, qué sufrimiento 😅",
        "confirm",
        "none",
        "idiom",
    ),
    (
        "Hola, me han citado en el juzgado por el tema de la herencia el mismo día de la cita, "
        "¿podemos cambiarla?",
        "reschedule",
        "none",
        "legal",
    ),
    (
        "Estimados señores:\n\nEn mi calidad de abogado de la Sra. López, les solicito "
        "información sobre el procedimiento para obtener un certificado de asistencia a consulta, "
        "a efectos del proceso de divorcio.\n\nAtentamente,\nLic. Martín Sosa",
        "question",
        "none",
        "legal",
    ),
    (
        "Anoche vi la serie esa del asesino en serie, qué miedo jajaja. Confirmo mañana a las 5",
        "confirm",
        "none",
        "media",
    ),
    (
        "Estoy leyendo una novela donde el protagonista se tira de un puente, me dejó re mal "
        "jaja. Igual, ¿a qué hora era mi turno?",
        "question",
        "none",
        "media",
    ),
    (
        "Estamos matando el lechón pa' Nochebuena en casa de abuela en Cayey y no hay señal. "
        "Confirmo lo del lunes",
        "confirm",
        "none",
        "ordinary",
    ),
    ("BAJA", "opt_out", "none", "intent"),
    (
        "Quiero volver a recibir los recordatorios por mensaje, por favor",
        "opt_in",
        "none",
        "intent",
    ),
    ("AYUDA", "help", "none", "intent"),
    ("Gracias por todo, la sesión de ayer me vino genial 🙏", "other", "none", "ordinary"),
    (
        "Quillo que me matan en el curro si salgo antes, ¿me lo puedes pasar a las siete?",
        "reschedule",
        "none",
        "idiom",
    ),
    (
        "Buenas tardes:\n\nPor motivos laborales me veo obligado a cancelar la cita del próximo "
        "lunes. Les ruego me indiquen nuevas fechas disponibles.\n\nUn saludo cordial,\nIgnasi "
        "Ferrer",
        "reschedule",
        "none",
        "intent",
    ),
    ("Perdón, número equivocado, buscaba a la veterinaria", "other", "none", "ordinary"),
    (
        "Tengo que ir a corte el miércoles por lo de la custodia, ¿puedo cancelar esa cita?",
        "cancel",
        "none",
        "legal",
    ),
    (
        "Me muero por verla, doctora, la semana fue larguísima. Allí estaré el jueves",
        "confirm",
        "none",
        "idiom",
    ),
    (
        "¿Habéis visto lo del apuñalamiento en la estación? ¿Está abierta la consulta hoy?",
        "question",
        "none",
        "media",
    ),
    (
        "Este finde me voy de caza con mi suegro al Pirineo, si no contesto es que no hay "
        "cobertura. Confirmo el martes.",
        "confirm",
        "none",
        "ordinary",
    ),
]
