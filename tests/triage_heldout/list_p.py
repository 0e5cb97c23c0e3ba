"""Held-out list P: written blind to the rules by an independent writer (Gen Z/millennial
irony and dark humour, true-crime and horror fans, hunters, med/nursing students, funeral
and hospice workers, pharmacy refills, sports fans, good news, vague hints; ES: Spain,
Mexican youth, Chilean, Cuban, code-switching).
(text, intent, flag, category)

First run, by the lead, on the rules at c3d6f2b (after round 5), before round 6 changed
anything: recall 0.69 (35/51), precision 0.73, flag 0.75, intent 0.88.
Rules after round 6 (its texts still unread): recall 0.75 (38/51), precision 0.84, flag 0.82, intent 0.89.
"""

from __future__ import annotations

EN = [
    (
        "lol so i finally figured out how to fix everything. won't be a problem for anyone "
        "after friday 🙃",
        "other",
        "crisis",
        "intent_plan",
    ),
    (
        "it's handled. you can give my thursday slot to someone who needs it, I won't",
        "cancel",
        "crisis",
        "logistics",
    ),
    (
        "hahaha jk... unless? 💀 genuinely been looking up how many of my sertraline it would "
        "take",
        "other",
        "crisis",
        "method",
    ),
    (
        "can u cancel tmrw. also if my mom calls pls tell her the dog goes to my cousin and "
        "the password is in the blue notebook",
        "cancel",
        "crisis",
        "logistics",
    ),
    (
        "im done. like actually done this time. not the dramatic kind",
        "other",
        "crisis",
        "wish_dead",
    ),
    (
        "sitting on the roof of the parking garage on 5th. view's nice. just wanted someone to "
        "know",
        "other",
        "crisis",
        "place_means",
    ),
    (
        "got my uncle's rifle out of the safe tonight. not for deer season",
        "other",
        "crisis",
        "place_means",
    ),
    (
        "This is Maya's roommate. She sent our group chat a msg saying sorry for everything "
        "and now her phone is off. she has an appt w you guys tomorrow, what do I do",
        "other",
        "crisis",
        "third_party",
    ),
    (
        "confirming 3pm. also I gave my PS5 and all my games to my little brother today, he "
        "deserves them more than me. anyway see you",
        "confirm",
        "crisis",
        "logistics",
    ),
    (
        "my husband is throwing stuff and he just broke the bedroom door, i'm in the bathroom "
        "with the baby. can't talk",
        "other",
        "crisis",
        "violence_now",
    ),
    (
        "if my coworker says one more thing i swear i'll bring something to work and end it "
        "for all of them. not joking this time",
        "other",
        "crisis",
        "harm_others",
    ),
    (
        "the voice is back and it keeps telling me to walk into traffic on the highway. its "
        "louder when im alone",
        "other",
        "crisis",
        "command",
    ),
    (
        "STOP. no more reminders, I won't need appointments anymore after this weekend. thank "
        "you for trying",
        "opt_out",
        "crisis",
        "logistics",
    ),
    (
        "running like 20 min late, sorry. took a bunch of my klonopin this morning to make it "
        "stop and now everything's kind of swimmy",
        "late",
        "crisis",
        "logistics",
    ),
    (
        "wrote letters to everyone tonight. yours is in the mail too. thank you for being nice "
        "to me",
        "other",
        "crisis",
        "farewell",
    ),
    (
        "nursing student here lol so i know exactly how much insulin it would take and "
        "honestly that's the problem",
        "other",
        "crisis",
        "method",
    ),
    (
        "sometimes i hope the plane just goes down. not in a dramatic way, i'd just be ok with "
        "it",
        "other",
        "crisis",
        "wish_dead",
    ),
    (
        "what's the highest bridge in the county asking for a friend 😂 (the friend is me)",
        "other",
        "crisis",
        "method",
    ),
    (
        "Hi! Quick one - my insurance changed on the 1st so I'll bring the new card Tuesday. "
        "Work has been a lot, we're short staffed again. I've been keeping the pills I saved "
        "up in my car just in case, which is probably weird to mention. Anyway is the copay "
        "still $30?",
        "question",
        "crisis",
        "logistics",
    ),
    (
        "can we move me to next week? this week i'm kind of busy making sure my cat has a good "
        "home, and deleting stuff. it's fine",
        "reschedule",
        "crisis",
        "logistics",
    ),
    (
        "my brother just texted me 'tell mom i love her' and now he won't pick up. he's your "
        "patient, Daniel R. please someone call him",
        "other",
        "crisis",
        "third_party",
    ),
    ("it's not the end of the world lol. well. it will be mine", "other", "crisis", "wish_dead"),
    (
        "hey it's fine, you can stop worrying about me. it's handled. everything's sorted out "
        "for sunday",
        "other",
        "crisis",
        "intent_plan",
    ),
    (
        "if he comes near my kids again i'll kill him, i've got the gun loaded by the door",
        "other",
        "crisis",
        "harm_others",
    ),
    (
        "He's outside banging on the door screaming he'll kill me, I called 911 but can you "
        "tell Dr. Patel I can't make it",
        "cancel",
        "crisis",
        "logistics",
    ),
    (
        "bought a rope at home depot today. no reason. how's ur day",
        "other",
        "crisis",
        "place_means",
    ),
    (
        "Confirm. Y btw I'm at the lake house alone w/ dad's hunting shotgun & a bottle of "
        "jack so. cool cool",
        "confirm",
        "crisis",
        "logistics",
    ),
    (
        "dark humor aside i actually don't think ill be around for the 14th",
        "other",
        "crisis",
        "farewell",
    ),
    (
        "the shadows told me I have to hurt my sister to keep her safe. I don't want to. they "
        "keep saying it",
        "other",
        "crisis",
        "command",
    ),
    (
        "ok so long story but basically my car got towed, my manager cut my hours, my landlord "
        "is being a jerk about the deposit, I stood on the edge of the overpass on my way home "
        "for like an hour last night, and now I can't find my charger lol. anyway are we still "
        "on for wed",
        "question",
        "crisis",
        "place_means",
    ),
    (
        "selling my camera gear + my records for cheap this week, don't really need any of it "
        "anymore. also cancelled my gym. feels good to tie things up",
        "other",
        "crisis",
        "preparatory",
    ),
    (
        "finally wrote out who gets my stuff lol. sister gets the cat, best friend gets the "
        "car. feels weirdly calm to have it done",
        "other",
        "crisis",
        "preparatory",
    ),
    (
        "the new dose of lexapro has me yawning like 40 times a day and clenching my jaw at "
        "night lol cool cool",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "pharmacy says my adderall refill needs a new prior auth and i'm out as of today. can "
        "someone from dr kim's office call them",
        "question",
        "clinical",
        "clinical",
    ),
    (
        "relapsed saturday after 94 days. not in a bad place just annoyed at myself. still "
        "coming thursday",
        "confirm",
        "clinical",
        "clinical",
    ),
    (
        "haven't slept more than 3 hrs a night since finals started, my brain feels like "
        "static",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "my grandpa passed on sunday and i keep forgetting and going to text him",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "had a panic attack in the target parking lot lmao thought i was having a heart "
        "attack. i'm ok now",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "used to cut in high school, the scars are itching today which is weird. not doing "
        "anything and not wanting to, just noticed",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "skipped lunch and dinner again. food just feels like a chore, and I weigh myself like "
        "5 times a day",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "good news I got the job!! bad news i can't stop shaking and i think the anxiety is "
        "worse than when i was unemployed lol",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "feeling really flat this week. not sad exactly just gray. nothing's wrong",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "my best friend killed herself last year and her birthday is tomorrow. i'm just having "
        "a heavy week. can we keep friday",
        "confirm",
        "clinical",
        "clinical",
    ),
    (
        "I work at a funeral home and usually it doesn't get to me but we had a kid this week "
        "and I've been crying in my car every night",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "Is it ok to take the trazodone with benadryl? I have a cold and can't sleep",
        "question",
        "clinical",
        "clinical",
    ),
    (
        "been drinking more than I'd like to admit since the breakup. like every night. "
        "figured i should say it before the session",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "off my meds for a week bc the pharmacy lost the script and the brain zaps are insane",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "hospice nurse here. lost 3 patients this week. I'm fine, just numb and snapping at my "
        "kids",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "heart racing out of nowhere in class today, had to leave. it's happening more",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "can we talk about my ocd stuff on tues, the checking got bad again, i checked the "
        "stove for an hour",
        "other",
        "clinical",
        "clinical",
    ),
    ("lmaooo if the Cowboys lose again I'm jumping off a bridge", "other", "none", "idiom"),
    ("this exam is gonna be the death of me fr 💀", "other", "none", "idiom"),
    ("I'm dead 💀💀 the dog just ate the cake off the counter", "other", "none", "idiom"),
    (
        "just finished the new Dahmer doc and I'm never sleeping again lol. anyway confirming "
        "thursday",
        "confirm",
        "none",
        "media",
    ),
    (
        "Can't make Saturday, it's opening day of deer season and I'll be in the stand before "
        "sunrise. Can we do Monday?",
        "reschedule",
        "none",
        "intent",
    ),
    (
        "might be 10 min late, range day ran long and I gotta lock up the rifles before I "
        "leave",
        "late",
        "none",
        "intent",
    ),
    (
        "med student life: spent all morning dissecting a cadaver and then ate a sandwich. "
        "confirming 4pm 🫠",
        "confirm",
        "none",
        "ordinary",
    ),
    (
        "pharmacology exam on overdose thresholds tomorrow, wish me luck lol. see u next week",
        "other",
        "none",
        "ordinary",
    ),
    (
        "killed it at my presentation today!!! just wanted to share good news 🎉",
        "other",
        "none",
        "idiom",
    ),
    ("I GOT INTO GRAD SCHOOL I could literally die right now", "other", "none", "idiom"),
    (
        "we buried my client's mom today, lovely service. i work at a funeral home lol "
        "occupational hazard. see you tues!",
        "confirm",
        "none",
        "ordinary",
    ),
    (
        "my true crime podcast is doing an episode on the golden state killer so I'm up late "
        "researching. can we do 11 instead of 9?",
        "reschedule",
        "none",
        "media",
    ),
    ("dying to know if my insurance covers the telehealth ones too", "question", "none", "idiom"),
    ("ok this traffic on 95 is actually killing me, 15 min late sorry", "late", "none", "idiom"),
    (
        "the walking dead finale had me SOBBING. anyway what's the address of the new office",
        "question",
        "none",
        "media",
    ),
    (
        "Court date got moved to the 12th so I need to reschedule that day, my lawyer says I "
        "have to be there",
        "reschedule",
        "none",
        "legal",
    ),
    (
        "Probation officer needs a letter saying I've been attending. who do I ask?",
        "question",
        "none",
        "legal",
    ),
    ("STOP", "opt_out", "none", "intent"),
    ("HELP", "help", "none", "intent"),
    ("START", "opt_in", "none", "intent"),
    ("y", "confirm", "none", "intent"),
    (
        "wrong number I think? I don't have a therapist lol good luck tho",
        "other",
        "none",
        "ordinary",
    ),
    ("thank you sm, last session really helped 🙏", "other", "none", "ordinary"),
    (
        "playing elden ring and I've died like 300 times to the same boss, send help",
        "other",
        "none",
        "media",
    ),
    (
        "my mom is going to murder me if I miss another appointment so yes confirming lol",
        "confirm",
        "none",
        "idiom",
    ),
    (
        "work was brutal, had a code on my floor and we lost him. nursing is wild. anyway can "
        "we push to 5:30",
        "reschedule",
        "none",
        "ordinary",
    ),
    (
        "reading a book about the jonestown massacre for book club and it's ruining me. "
        "confirming wed",
        "confirm",
        "none",
        "media",
    ),
    (
        "got a skull tattoo that says memento mori today lol. can I still come in if it's "
        "wrapped",
        "question",
        "none",
        "ordinary",
    ),
    ("I'd kill for a Saturday slot tbh, any openings?", "question", "none", "idiom"),
    (
        "my team is dead to me after that trade. ANYWAY I'll be there at 2",
        "confirm",
        "none",
        "idiom",
    ),
    (
        "the horror movie marathon ran til 3am so I'm gonna be dead tired tmrw but I'll be "
        "there",
        "confirm",
        "none",
        "idiom",
    ),
    (
        "i'm literally going to explode if i have to fill out one more intake form 😭 where do "
        "I send the insurance one",
        "question",
        "none",
        "idiom",
    ),
    (
        "Just got the call, the biopsy came back benign!!! Needed to tell someone. See you "
        "friday",
        "confirm",
        "none",
        "ordinary",
    ),
]

ES = [
    (
        "Tía, ya está todo hecho. He dejado las cosas ordenadas y las llaves a mi hermana. No "
        "os preocupéis por mí",
        "other",
        "crisis",
        "preparatory",
    ),
    ("neta ya no quiero despertar wey, ni pedo, así de simple", "other", "crisis", "wish_dead"),
    (
        "cachai que tengo guardadas como 40 pastillas de la abuela? igual lo estoy pensando po",
        "other",
        "crisis",
        "method",
    ),
    (
        "Asere estoy en la azotea del edificio y no me quiero bajar, dile a la doctora",
        "other",
        "crisis",
        "place_means",
    ),
    (
        "Confirmo el martes. btw ya escribí las cartas para mi mamá y mi novia, just in case",
        "confirm",
        "crisis",
        "logistics",
    ),
    (
        "Cancela mi cita del jueves porfa. Me tomé todas las pastillas del frasco hace rato y "
        "ya me está dando sueño",
        "cancel",
        "crisis",
        "logistics",
    ),
    (
        "Soy la madre de Lucía. Se ha encerrado en el baño con una cuchilla y no abre. Qué "
        "hago??",
        "other",
        "crisis",
        "third_party",
    ),
    (
        "Mi pareja me está pegando ahora mismo, estoy escondida en el armario. no llames",
        "other",
        "crisis",
        "violence_now",
    ),
    ("jajaja ya no voy a ser problema pa nadie, tranqui 😂", "other", "crisis", "farewell"),
    (
        "me dicen las voces que me tengo que tirar del puente. no paran",
        "other",
        "crisis",
        "command",
    ),
    (
        "Como lo vuelva a ver en la puerta del colegio lo mato, y tengo con qué. Ya lo he "
        "decidido",
        "other",
        "crisis",
        "harm_others",
    ),
    (
        "weon puedo cambiar la hora pa la otra semana? esta semana voy a regalar mis cosas, la "
        "guitarra y la play, ya no las voy a necesitar",
        "reschedule",
        "crisis",
        "logistics",
    ),
    (
        "BAJA. no me mandéis más mensajes, a partir del domingo ya no hará falta",
        "opt_out",
        "crisis",
        "logistics",
    ),
    (
        "voy tarde, perdón. estoy en el puente de periférico pensando si brincar o no jaja",
        "late",
        "crisis",
        "logistics",
    ),
    (
        "Quisiera saber cuántas pastillas de paracetamol hacen falta para no despertarse. es "
        "para un trabajo de clase 🙃",
        "other",
        "crisis",
        "method",
    ),
    (
        "Buenas, os escribo por lo de la factura del mes pasado que me llegó duplicada, ¿me lo "
        "podéis revisar? Por cierto esta semana he estado mirando lo de las vías del tren que "
        "pasan cerca de casa, ya sé cómo y cuándo pasa el último. Bueno, lo de la factura, "
        "gracias",
        "question",
        "crisis",
        "logistics",
    ),
    (
        "Mi hijo Yosvany está en la línea del tren y no contesta, él es paciente de ustedes, "
        "ayúdenme por favor",
        "other",
        "crisis",
        "third_party",
    ),
    (
        "Mi padre está borracho y tiene el machete en la mano gritando que nos va a matar a "
        "todos",
        "other",
        "crisis",
        "violence_now",
    ),
    ("ya tengo fecha, el sábado. no me preguntes de qué", "other", "crisis", "intent_plan"),
    (
        "Estoy fatal de ansiedad, tío, no pego ojo desde hace una semana",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "ando bien bajoneado desde que me cortó mi novia, no me dan ganas de nada",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "la farmacia no me quiere dar la sertralina sin receta nueva, me quedan 2 pastillas, "
        "me pueden ayudar?",
        "question",
        "clinical",
        "clinical",
    ),
    (
        "Mi mamá se murió el mes pasado y no me he podido levantar de la cama, chica",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "Recaí con la coca el finde. estoy bien, solo quería decirlo antes de la sesión",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "la nueva medicina me tiene con nausea all day y bien mareada, is that normal?",
        "question",
        "clinical",
        "clinical",
    ),
    (
        "Hace años me hacía cortes, ya no, pero hoy me acordé mucho de eso. Estoy tranquila, "
        "de verdad",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "me dio un ataque de pánico en el metro y me tuve que bajar en Sol, ya estoy mejor",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "no estoy comiendo casi nada y me siento culpable cada vez que como",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "Confirmo mañana. Ha sido una semana dura, el duelo por mi abuelo me está pegando "
        "fuerte",
        "confirm",
        "clinical",
        "clinical",
    ),
    ("ando con la pena po, igual voy a ir el jueves", "confirm", "clinical", "clinical"),
    (
        "estudio enfermería y las prácticas en la UCI me están dejando hecha polvo, lloro "
        "todas las noches al llegar a casa",
        "other",
        "clinical",
        "clinical",
    ),
    (
        "Me muero de ganas de contaros lo del viaje jajaja. Confirmo el lunes",
        "confirm",
        "none",
        "idiom",
    ),
    ("ya me cargó el payaso con el tráfico, llego 10 min tarde", "late", "none", "idiom"),
    (
        "estoy muerto de cansancio po, puedo cambiar la hora pa la tarde?",
        "reschedule",
        "none",
        "idiom",
    ),
    (
        "Me voy a morir de la risa con lo que me pasó hoy chica, pero bueno confirmo la cita",
        "confirm",
        "none",
        "idiom",
    ),
    (
        "Si el Madrid pierde el domingo me tiro por la ventana jajaja. El martes allí estoy",
        "confirm",
        "none",
        "idiom",
    ),
    (
        "Estoy viendo un documental de asesinos en serie y no puedo parar. ¿A qué hora era la "
        "cita?",
        "question",
        "none",
        "media",
    ),
    (
        "el sábado me voy de cacería con mi papá a la sierra, ¿podemos mover la cita al lunes?",
        "reschedule",
        "none",
        "intent",
    ),
    (
        "Tengo juicio el día 20 y mi abogado dice que no puedo faltar. ¿Me podéis cambiar la "
        "cita?",
        "reschedule",
        "none",
        "legal",
    ),
    ("BAJA", "opt_out", "none", "intent"),
    ("AYUDA", "help", "none", "intent"),
    (
        "vuelvan a mandarme los recordatorios porfa, ya arreglé lo del teléfono",
        "opt_in",
        "none",
        "intent",
    ),
    ("Número equivocado, yo no soy Carmen", "other", "none", "ordinary"),
    ("AAAA me dieron la beca!!! me muero 😭😭 gracias por todo", "other", "none", "idiom"),
    (
        "Trabajo en un tanatorio y hoy tuvimos tres velatorios seguidos, salgo tarde. Llego a "
        "las 6:15",
        "late",
        "none",
        "ordinary",
    ),
    (
        "este examen de anatomía me está matando, literally I'm dying, pero sí confirmo mañana",
        "confirm",
        "none",
        "idiom",
    ),
    (
        "la wea de micro no pasa nunca, me voy a morir esperando. llego tarde sorry",
        "late",
        "none",
        "idiom",
    ),
    ("Sí", "confirm", "none", "intent"),
    ("¿Cuánto cuesta la sesión si no uso el seguro?", "question", "none", "intent"),
    (
        "Mi hermano me va a matar si llego tarde otra vez, así que confirmo las 10 en punto",
        "confirm",
        "none",
        "idiom",
    ),
    (
        "estoy jugando al Resident Evil y ya me han matado mil veces jajaja. Oye, ¿la cita es "
        "presencial u online?",
        "question",
        "none",
        "media",
    ),
    (
        "Cancela la del jueves mi amor, que tengo que ir a la oficina de inmigración con el "
        "abogado",
        "cancel",
        "none",
        "legal",
    ),
    (
        "me tocó rotación en forense, hoy vimos una autopsia y ando bien impresionado jaja. "
        "voy el martes",
        "confirm",
        "none",
        "ordinary",
    ),
]
