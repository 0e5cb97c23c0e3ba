"""Held-out list CC: written blind to the rules by an independent writer (teens on a parent's
phone and parents of teens, guarded abuse survivors, bipolar highs/mixed states, addiction
recovery, long run-on texters, terse repliers; Spanish from CO, SV, DO and MX).
(text, intent, flag, category)
"""

from __future__ import annotations

EN = [
    # ---- crisis ----
    (
        "honestly everyone would be better off if i just didnt wake up tmrw",
        "other", "crisis", "wish_dead",
    ),
    ("tired of being alive tbh", "other", "crisis", "wish_dead"),
    (
        ("i have it all figured out for sunday when everyone's at church. im weirdly calm "
        "about it"),
        "other", "crisis", "intent_plan",
    ),
    (
        ("94 days sober and tonight im using everything i have left in one go so i dont "
        "wake up. not a relapse, a decision"),
        "other", "crisis", "intent_plan",
    ),
    (
        ("im wired and furious and sad all at the same time, havent slept since sunday, "
        "keep thinking about just jerking the wheel into the median on 285 and tonight "
        "it honestly feels like a good idea"),
        "other", "crisis", "intent_plan",
    ),
    (
        ("how many of my lamictal would it take to not wake up. asking for real, pls just "
        "answer"),
        "other", "crisis", "method",
    ),
    (
        "im on the roof of my building. i just wanted someone to know",
        "other", "crisis", "place_means",
    ),
    ("on the bridge.", "other", "crisis", "place_means"),
    (
        ("gave my dog to my sister today and cleaned out my whole room. feels good to have "
        "things in order finally"),
        "other", "crisis", "preparatory",
    ),
    (
        ("finally updated my will and put all my passwords in an envelope for my sister. "
        "kind of strange how peaceful i feel"),
        "other", "crisis", "preparatory",
    ),
    (
        ("thank you for everything you tried to do for me. you were kind. none of this is "
        "your fault ok"),
        "other", "crisis", "farewell",
    ),
    (
        ("this is Ryans mom. I found a note in his backpack saying he doesnt want to be "
        "here anymore and now hes locked in the bathroom and wont answer me. what do i do"),
        "other", "crisis", "third_party",
    ),
    (
        ("hi its kayla on my moms phone. my friend jess from group said she took a bunch "
        "of her moms pills and is just gonna go to sleep. i dont know her address"),
        "other", "crisis", "third_party",
    ),
    (
        ("my brother is your client (Daniel K). he just texted me 'tell mom i love her' "
        "and turned his phone off. he keeps a gun at his place"),
        "other", "crisis", "third_party",
    ),
    (
        ("cant talk. hes home and been throwing things for an hour. if i dont text by 9 "
        "please send someone"),
        "other", "crisis", "violence_now",
    ),
    (
        ("he choked me last night and said next time he wont stop. i cant stay here. "
        "dont call this number back"),
        "other", "crisis", "violence_now",
    ),
    (
        ("if my ex shows up at my kids school one more time i swear im going to end him. "
        "i know where he parks and what time he gets off"),
        "other", "crisis", "harm_others",
    ),
    (
        ("my neighbor is putting stuff in my water, ive figured it all out, god showed me. "
        "tonight im dealing with him for good. bat is by the door"),
        "other", "crisis", "harm_others",
    ),
    (
        ("the voices are back and theyre telling me to walk into traffic. been fighting "
        "them all day and im losing"),
        "other", "crisis", "command",
    ),
    (
        ("it keeps telling me the baby would be safer with god. i havent slept in 3 days. "
        "i need someone"),
        "other", "crisis", "command",
    ),
    (
        ("Confirming Thursday 3pm. Also I should probably say I took the whole bottle of "
        "trazodone about an hour ago so idk if Ill make it"),
        "confirm", "crisis", "logistics",
    ),
    (
        ("need to cancel tmrw car broke down again and my sponsor isnt picking up and i "
        "have a rig ready and honestly i dont care if i wake up this time anyway sorry "
        "for the short notice"),
        "cancel", "crisis", "logistics",
    ),
    (
        "STOP. no more reminders. im done with all of it, wont be around by next week",
        "opt_out", "crisis", "logistics",
    ),
    (
        ("running 10 min late, im up on the top floor of the parking garage just looking "
        "over the edge for a bit"),
        "late", "crisis", "logistics",
    ),
    (
        ("hi so sorry this is long but i wanted to ask about the sliding scale because i "
        "lost my job last month and my landlord is on me every day and honestly i keep "
        "thinking the easiest thing would be to just go to sleep and not wake up and i "
        "even looked up how many of my pills it would take but anyway is there a lower "
        "rate for people who dont have insurance right now thanks"),
        "question", "crisis", "logistics",
    ),
    (
        ("can we move me to friday instead of wed? wednesday is the day i planned to be "
        "gone so it doesnt really matter lol"),
        "reschedule", "crisis", "logistics",
    ),
    (
        "confirm. see you thursday if im still here. probably not. thank you for trying",
        "confirm", "crisis", "logistics",
    ),
    (
        ("cancel please. he took my car keys, this phone is all i have. he said if i try "
        "to leave hell kill me and the kids"),
        "cancel", "crisis", "logistics",
    ),
    (
        ("Can I get a superbill for March for my HSA? Also sorry about last session. I "
        "still have the rope in the closet, I havent used it, I just like knowing its "
        "there. The HSA needs the CPT codes on it."),
        "question", "crisis", "logistics",
    ),
    # ---- clinical ----
    (
        ("havent slept in like 4 days but i feel AMAZING, started 3 businesses this week, "
        "my thoughts are going so fast i cant type fast enough lol can we talk about my "
        "meds thursday"),
        "other", "clinical", "clinical",
    ),
    (
        "relapsed saturday. 2 yrs clean gone. im safe, just ashamed. still coming tuesday",
        "confirm", "clinical", "clinical",
    ),
    (
        ("having urges to cut again but im doing the ice cube thing and texted my sponsor. "
        "just wanted you to know before thursday"),
        "other", "clinical", "clinical",
    ),
    (
        ("Hi this is Tom I had a panic attack in the target parking lot period I couldn't "
        "breathe I thought it was a heart attack but I'm OK now"),
        "other", "clinical", "clinical",
    ),
    (
        ("i keep zoning out and losing time, found myself at the bus stop with no idea how "
        "i got there"),
        "other", "clinical", "clinical",
    ),
    (
        "is it normal for the new med to make my hands shake this much",
        "question", "clinical", "clinical",
    ),
    ("threw up after dinner again. thats 3x this week. i know.", "other", "clinical", "clinical"),
    (
        ("hi this is jordans dad. shes barely eating, maybe an apple a day, and shes "
        "running every night. can she be seen sooner?"),
        "reschedule", "clinical", "clinical",
    ),
    (
        "crashing hard after last weeks high. slept 14 hrs, hate everyone, safe tho",
        "other", "clinical", "clinical",
    ),
    (
        "its been a year since my mom passed and i cant get out of bed today",
        "other", "clinical", "clinical",
    ),
    (
        ("I cut a lot in high school, have the scars, but havent in 6 years. the intake "
        "form asked so"),
        "other", "clinical", "clinical",
    ),
    (
        ("mood's been in the basement since the lithium change. not dangerous just flat. "
        "can we adjust"),
        "other", "clinical", "clinical",
    ),
    ("bad day.", "other", "clinical", "clinical"),
    ("drank again", "other", "clinical", "clinical"),
    (
        ("my best friend killed herself in june and i keep replaying our last convo over "
        "and over"),
        "other", "clinical", "clinical",
    ),
    (
        "feel like im watching myself from outside my body, like a movie. scary but im safe",
        "other", "clinical", "clinical",
    ),
    (
        "cant stop crying at work, everything is gray. still coming monday",
        "confirm", "clinical", "clinical",
    ),
    (
        ("this is mia on my dads phone, can u tell dr L im having panic attacks at school "
        "like every day now"),
        "other", "clinical", "clinical",
    ),
    # ---- none ----
    (
        "this traffic is literally murdering me, be there 10 late",
        "late", "none", "idiom",
    ),
    (
        "lol my boss is gonna kill me if i leave early again, can we do 5:30 instead of 4",
        "reschedule", "none", "idiom",
    ),
    (
        "I'd rather die than do another zoom session, can we go back to in person?",
        "question", "none", "idiom",
    ),
    (
        "Confirmed! also your new hold music made me want to jump off a bridge 😂",
        "confirm", "none", "idiom",
    ),
    (
        "ugh shoot me now, I double booked myself. Can we push to Thursday?",
        "reschedule", "none", "idiom",
    ),
    ("dead tired, running 15 behind", "late", "none", "idiom"),
    (
        ("my teen says she will 'literally die' if she has to go to session during prom. "
        "can we move it"),
        "reschedule", "none", "idiom",
    ),
    (
        "KILLED IT at my job interview!! 🎉 thanks for the pep talk last week",
        "other", "none", "idiom",
    ),
    (
        ("that parking meter out front is going to be the death of me. where else can I "
        "park?"),
        "question", "none", "idiom",
    ),
    (
        "gonna be late, my sons soccer team got slaughtered and hes crying in the car lmao",
        "late", "none", "idiom",
    ),
    (
        ("sorry late reply, was bingeing a show where the guy fakes his own death lol. "
        "yes confirm"),
        "confirm", "none", "media",
    ),
    (
        ("my daughter has a school project for suicide prevention week, is it ok if she "
        "asks you a couple questions for it? shes not the one in therapy lol"),
        "question", "none", "media",
    ),
    (
        "just finished the last of us, im emotionally destroyed lol. see u wed",
        "confirm", "none", "media",
    ),
    (
        "sorry, ER shift ran long, had a gunshot wound roll in at 6. will be 20 late",
        "late", "none", "intent",
    ),
    (
        ("I have court at 9 for the custody thing. need a letter from Dr. Patel for my "
        "lawyer saying I attend regularly"),
        "question", "none", "legal",
    ),
    (
        ("my probation officer needs proof of attendance for the last 6 sessions, can you "
        "fax it"),
        "question", "none", "legal",
    ),
    (
        ("the restraining order hearing got moved to the 14th which is my appt day. can we "
        "swap to the 15th"),
        "reschedule", "none", "legal",
    ),
    (
        "back from deer camp, got my buck 🦌 confirming monday",
        "confirm", "none", "ordinary",
    ),
    (
        "Can't make it, sliced my finger open cutting onions, need stitches lol. reschedule?",
        "reschedule", "none", "ordinary",
    ),
    (
        "do you guys do sliding scale? my insurance ended last month",
        "question", "none", "intent",
    ),
    ("where do I park, the lot was full last time", "question", "none", "intent"),
    (
        "Can you send a superbill for Jan-Mar for my out of network reimbursement",
        "question", "none", "intent",
    ),
    (
        "new address: 4410 Birch Ln Apt 2, same city. please update for billing",
        "question", "none", "intent",
    ),
    ("wrong thread sorry that was meant for my sister 🙈", "other", "none", "ordinary"),
    ("STOP", "opt_out", "none", "intent"),
    ("START", "opt_in", "none", "intent"),
    ("HELP", "help", "none", "intent"),
    (
        "this is jake on my moms phone, mine died. can u tell dr L ill be there at 4",
        "confirm", "none", "ordinary",
    ),
    ("who is this? i dont have a therapist", "other", "none", "ordinary"),
    (
        "please only text, dont call or leave voicemails at this number. yes to the 10th",
        "confirm", "none", "intent",
    ),
    (
        ("hey so my mom wanted me to ask if we can switch to the telehealth link because "
        "my little brother has a dentist thing on tuesday and she cant drive both of us "
        "and also she asked if the copay is still 30 because the insurance card changed "
        "and she needs the new member id thing do you need a pic of it"),
        "question", "none", "intent",
    ),
    (
        "Yes confirming Tuesday at too PM period thank you",
        "confirm", "none", "intent",
    ),
    (
        "sponsor's picking me up so might be 5 min late. 1 yr chip friday!! 🎉",
        "late", "none", "ordinary",
    ),
    ("C", "confirm", "none", "intent"),
]

ES = [
    # ---- crisis ----
    (
        "la verdad ya no quiero despertar, parce. estoy mamado de todo",
        "other", "crisis", "wish_dead",
    ),
    (
        "diosito que me lleve esta noche porque ya yo no aguanto mas",
        "other", "crisis", "wish_dead",
    ),
    (
        "ya lo decidí, el sábado cuando se vayan todos lo hago. no le digan a mi mamá",
        "other", "crisis", "intent_plan",
    ),
    (
        "cuantas pastillas de clonazepam se necesitan pa no despertar? es en serio",
        "other", "crisis", "method",
    ),
    (
        "oiga y el acetaminofén en cantidad sí mata o nomás te enferma? no es pa tarea",
        "other", "crisis", "method",
    ),
    (
        "estoy en el puente de la 80 mirando pa abajo. no sé qué hago aquí",
        "other", "crisis", "place_means",
    ),
    (
        ("ya les regalé mis cosas a mis primos y le dejé la llave a mi hermana. todo "
        "está en orden, tranquila"),
        "other", "crisis", "preparatory",
    ),
    (
        ("gracias por todo doctora, usted fue la única que me escuchó. cuide mucho a sus "
        "pacientes. adiós"),
        "other", "crisis", "farewell",
    ),
    (
        ("buenas, soy la mamá de Brenda. le encontré en el cuaderno una carta de despedida "
        "y no contesta el celular, qué hago??"),
        "other", "crisis", "third_party",
    ),
    (
        ("hola soy kevin en el cel de mi mamá, un amigo del grupo dice q se va a tirar "
        "del puente hoy y no sé dónde vive"),
        "other", "crisis", "third_party",
    ),
    (
        ("no puedo hablar. está tomando y ya rompió la puerta. si no contesto llamen a "
        "alguien por favor"),
        "other", "crisis", "violence_now",
    ),
    (
        ("si ese tipo vuelve a tocar a mi hija lo voy a matar, ya tengo el machete "
        "afilao, no es relajo"),
        "other", "crisis", "harm_others",
    ),
    (
        "las voces me dicen que me corte y no se callan, no he dormido nada",
        "other", "crisis", "command",
    ),
    (
        ("confirmo el jueves. ah y me tomé todas las pastillas de mi mamá hace un rato, "
        "por si no llego"),
        "confirm", "crisis", "logistics",
    ),
    (
        "cancelen todas mis citas, ya no las voy a necesitar. de verdad gracias por todo",
        "cancel", "crisis", "logistics",
    ),
    (
        "voy tarde, estoy en el puente peatonal pensando si me tiro o no, ahorita le digo",
        "late", "crisis", "logistics",
    ),
    (
        ("hola buenas tardes queria preguntar si tienen cuota reducida porque me quedé "
        "sin chamba y mi esposo se fue y la neta ya compré las pastillas y las tengo "
        "guardadas para cuando ya no aguante pero bueno no se preocupen nomás quería "
        "saber del precio gracias"),
        "question", "crisis", "logistics",
    ),
    (
        ("sí confirmo el martes 👍 (anoche me puso la pistola en la cabeza y hoy sigue "
        "igual, no me llamen)"),
        "confirm", "crisis", "logistics",
    ),
    (
        "BAJA. ya no me manden nada, pal domingo ya no voy a estar",
        "opt_out", "crisis", "logistics",
    ),
    # ---- clinical ----
    (
        ("llevo 4 noches sin dormir y tengo mil ideas, me siento una berraca, hoy compré "
        "3 celulares y voy a montar empresa"),
        "other", "clinical", "clinical",
    ),
    (
        ("recaí el viernes, me puse bien pedo y me metí perico. ya estoy bien, a salvo, "
        "pero me da mucha vergüenza"),
        "other", "clinical", "clinical",
    ),
    (
        ("tengo ganas de cortarme pero estoy aguantando, hice lo del hielo. el jueves le "
        "cuento"),
        "other", "clinical", "clinical",
    ),
    (
        "me dio un ataque de pánico en el metro, sentía que me moría, ya pasó",
        "other", "clinical", "clinical",
    ),
    (
        "siento que no soy yo, como si estuviera soñando despierta todo el día",
        "other", "clinical", "clinical",
    ),
    (
        ("mi hija no está comiendo casi nada y la oigo vomitando después de comer, ¿la "
        "pueden ver antes?"),
        "reschedule", "clinical", "clinical",
    ),
    (
        "la pastilla nueva me tiene con náuseas y temblorina, ¿es normal?",
        "question", "clinical", "clinical",
    ),
    ("ando bien bajoneado, no quiero ni salir de la cama", "other", "clinical", "clinical"),
    (
        "hoy hace un año que se murió mi papá y me pegó durísimo",
        "other", "clinical", "clinical",
    ),
    (
        "de chamaca me cortaba pero ya tengo años sin hacerlo, ¿lo pongo en el formulario?",
        "question", "clinical", "clinical",
    ),
    ("ya van 3 días que no pego el ojo", "other", "clinical", "clinical"),
    (
        ("vaya, ando con la ansiedad a full, el corazón bien acelerado desde la mañana. "
        "pero sí llego el jueves"),
        "confirm", "clinical", "clinical",
    ),
    # ---- none ----
    (
        "me muero de risa con el recordatorio en inglés jaja, sí confirmo",
        "confirm", "none", "idiom",
    ),
    ("ese tapón me tiene muerto, voy como 15 min tarde", "late", "none", "idiom"),
    (
        "mi jefe me va a matar si salgo temprano otra vez, ¿se puede a las 6?",
        "reschedule", "none", "idiom",
    ),
    (
        "uy qué pena, se me olvidó por completo, me quiero morir jaja. ¿me reagenda?",
        "reschedule", "none", "idiom",
    ),
    (
        "ya me cargó el payaso, se me ponchó la llanta. llego tarde",
        "late", "none", "idiom",
    ),
    ("muerta de cansancio pero ahí estaré mañana", "confirm", "none", "idiom"),
    (
        "me mataron con el copago jaja, ¿por qué salió tan caro este mes?",
        "question", "none", "idiom",
    ),
    (
        ("anoche vi una serie donde el man se tira de un edificio y quedé loca, perdón "
        "por no contestar. confirmo"),
        "confirm", "none", "media",
    ),
    (
        ("mi hijo tiene que hacer una tarea sobre el suicidio en adolescentes pa la "
        "escuela, ¿tienen folletos que me regalen?"),
        "question", "none", "media",
    ),
    (
        "perdón, estaba viendo el partido, nos mataron 4-0. sí voy el lunes",
        "confirm", "none", "media",
    ),
    (
        ("tengo audiencia en el juzgado el martes por lo de la custodia, ¿puedo cambiar "
        "la cita?"),
        "reschedule", "none", "legal",
    ),
    (
        ("mi oficial de libertad condicional pide carta de asistencia, ¿me la pueden "
        "mandar?"),
        "question", "none", "legal",
    ),
    (
        ("no puedo ir, me rebané el dedo picando cebolla y estoy en la clínica, "
        "¿reprogramamos?"),
        "reschedule", "none", "ordinary",
    ),
    (
        "¿tienen precio más bajito? ando sin pisto y sin seguro",
        "question", "none", "intent",
    ),
    ("¿dónde me estaciono? la vez pasada no encontré", "question", "none", "intent"),
    (
        "me mudé, la nueva dirección es 2210 Pine St apt 4, pa la factura",
        "question", "none", "intent",
    ),
    (
        "favor mandarme el recibo detallado (superbill) del mes pasado pal seguro",
        "question", "none", "intent",
    ),
    ("BAJA", "opt_out", "none", "intent"),
    ("quiero volver a recibir los mensajes", "opt_in", "none", "intent"),
    ("sí", "confirm", "none", "intent"),
    (
        "número equivocado, no conozco a ninguna Dra. Ruiz",
        "other", "none", "ordinary",
    ),
    ("perdón, eso era pa mi prima jaja", "other", "none", "ordinary"),
]
