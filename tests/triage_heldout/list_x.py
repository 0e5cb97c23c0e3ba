"""Held-out list X: written blind to the rules by an independent writer (recovery, carers,
military spouses, chronic pain, assault survivors, interpreters, over-apologisers;
ES: Chile, Peru, Central America, Mexican-American youth).
(text, intent, flag, category)
"""

from __future__ import annotations

EN = [
    # --- crisis ---
    (
        ("honestly sorry to bother you but some nights I just hope I dont wake up. "
        "its probably nothing"),
        "other", "crisis", "wish_dead",
    ),
    (
        "Since the assault I keep wishing a car would just hit me when I cross the street",
        "other", "crisis", "wish_dead",
    ),
    (
        ("got some new stuff from a different guy. gonna test it alone tonight. if its fent "
        "then whatever happens happens, kinda hoping tbh"),
        "other", "crisis", "wish_dead",
    ),
    (
        "I have decided. Tonight after the kids are asleep. Im only telling you so someone knows",
        "other", "crisis", "intent_plan",
    ),
    (
        "been saving my oxy scripts for a month now. I know exactly how many it takes",
        "other", "crisis", "intent_plan",
    ),
    (
        "quick question how many of my moms morphine patches would be too many for someone my size",
        "other", "crisis", "method",
    ),
    (
        "does tylenol plus vodka actually do it or does it just wreck your liver",
        "other", "crisis", "method",
    ),
    (
        "if someone took all their insulin at once would it be quick or would it hurt",
        "other", "crisis", "method",
    ),
    (
        ("sitting on the edge of the roof of the parking garage on 5th. not sure why I texted "
        "this number"),
        "other", "crisis", "place_means",
    ),
    (
        ("I have my husband's service pistol on the kitchen table in front of me. He's deployed. "
        "I just keep looking at it"),
        "other", "crisis", "place_means",
    ),
    (
        ("Gave my dog to my sister today and wrote down all my passwords for her. "
        "feels weird but calm"),
        "other", "crisis", "preparatory",
    ),
    (
        ("I've been giving away my things, clothes, my guitar, my grandpa's watch. "
        "Sorry if this is a strange thing to send here"),
        "other", "crisis", "preparatory",
    ),
    (
        ("Thank you for everything you tried to do for me. Please tell Dr. Ruiz it wasn't her "
        "fault."),
        "other", "crisis", "farewell",
    ),
    (
        ("This is my last message. I love my kids. Please make sure someone checks on my dad "
        "tomorrow, he can't be alone"),
        "other", "crisis", "farewell",
    ),
    (
        ("This is Maria, Jake's wife. He left a note on the counter and took the truck and his "
        "rifle. He's not answering. What do I do"),
        "other", "crisis", "third_party",
    ),
    (
        ("hi im dannys mom. he relapsed and hes locked in the bathroom and wont answer, "
        "i can hear him breathing weird"),
        "other", "crisis", "third_party",
    ),
    (
        "hes back and kicking the door. im in the closet w the baby. cant call",
        "other", "crisis", "violence_now",
    ),
    (
        ("sorry to text instead of call. he choked me an hour ago and he's still in the house. "
        "he said if I go to my appointment tomorrow he'll finish it"),
        "other", "crisis", "violence_now",
    ),
    (
        ("I swear if that coach puts his hands on my son one more time I will end him. "
        "I know where he lives and I'm not joking this time"),
        "other", "crisis", "harm_others",
    ),
    (
        ("I'm so exhausted. Been caring for mom 24/7 for 3 years. Last night I held the pillow "
        "over her face for a second before I stopped. I'm scared of what I'll do"),
        "other", "crisis", "harm_others",
    ),
    (
        ("the voices are back and they say i have to hurt myself before thursday or my daughter "
        "gets hurt"),
        "other", "crisis", "command",
    ),
    (
        "They keep telling me to walk into traffic. I've been able to ignore them until today",
        "other", "crisis", "command",
    ),
    (
        ("need to cancel thursday. took all of my pain pills like an hour ago so I won't be up "
        "for it comma sorry"),
        "cancel", "crisis", "logistics",
    ),
    (
        "Confirming 3pm Tues. Also fyi I bought rope this weekend, just so someone knows",
        "confirm", "crisis", "logistics",
    ),
    (
        ("STOP. wont need reminders after this weekend, I'll be gone for good and I've made my "
        "peace with it"),
        "opt_out", "crisis", "logistics",
    ),
    (
        ("running 10 min late, sorry!! parked on the top level of the garage and honestly "
        "thinking about just stepping off instead of coming in"),
        "late", "crisis", "logistics",
    ),
    (
        ("i updated my will and set up autopay for everything so nobody has to deal with it. "
        "can you cancel my standing appt, I won't be needing it"),
        "cancel", "crisis", "logistics",
    ),
    (
        ("Hi sorry, this is Tom, can we move my Wednesday to the following week? My wife's unit "
        "is getting back from deployment on the 14th and things are crazy, there's the "
        "homecoming thing and we have to get the house ready and the kids are bouncing off the "
        "walls. Also I used alone last night for the first time in 8 months and honestly I "
        "kind of hoped I wouldn't wake up. Anyway let me know what's open, mornings are best."),
        "reschedule", "crisis", "logistics",
    ),
    (
        ("Please confirm, I come to the appointment on Friday 10 am. Also the translator app say "
        "I should tell you: I have the pills saved to finish my life if the pain does not stop."),
        "confirm", "crisis", "logistics",
    ),
    (
        ("Can I reschedule to next month? Caring for my son full time and I can't get away. "
        "Some days I think about driving us both off the overpass so neither of us has to "
        "suffer anymore. Is the 12th open?"),
        "reschedule", "crisis", "logistics",
    ),
    # --- clinical ---
    (
        ("sorry to bother, it's probably nothing, but I drank again last weekend after 11 months. "
        "I'm ok, just ashamed. still coming tues"),
        "confirm", "clinical", "clinical",
    ),
    (
        ("my new gabapentin dose is making me so dizzy I almost fell twice. should I keep "
        "taking it till I see dr p?"),
        "question", "clinical", "clinical",
    ),
    (
        ("relapsed saturday. told my sponsor and went to a meeting sunday. want to talk about "
        "it thursday"),
        "other", "clinical", "clinical",
    ),
    (
        ("Haven't slept more than 3 hrs a night since my husband deployed. Is that something "
        "we can work on?"),
        "other", "clinical", "clinical",
    ),
    (
        ("caring for dad w dementia is eating me alive. I cry in the car every day before I go "
        "in. not in danger, just drained"),
        "other", "clinical", "clinical",
    ),
    (
        ("The flashbacks from the assault came back after the news this week. I am safe, just "
        "wanted you to know before session"),
        "other", "clinical", "clinical",
    ),
    (
        ("panic attack in the grocery store again today. had to leave my whole cart. "
        "sorry for the rant"),
        "other", "clinical", "clinical",
    ),
    (
        ("Hello. The interpreter app: I have the sadness very strong this month and I do not "
        "want to eat. I come Monday."),
        "confirm", "clinical", "clinical",
    ),
    (
        ("Can we move Tues to Thursday? pain flare, can barely get out of bed and my mood's "
        "really low"),
        "reschedule", "clinical", "clinical",
    ),
    (
        ("the old scars from when I used to cut in high school got noticed at the pool. "
        "I'm fine and safe, just embarrassed, want to talk about it"),
        "other", "clinical", "clinical",
    ),
    (
        ("been taking an extra oxy here and there bc the pain is bad. I know I shouldnt. "
        "not trying to hurt myself, just scared I'm sliding"),
        "other", "clinical", "clinical",
    ),
    (
        ("my son's meltdowns are every night now and I haven't had a full night's sleep in "
        "months. I snapped at him today and I feel awful"),
        "other", "clinical", "clinical",
    ),
    (
        ("A guy from my husband's old unit killed himself last month and he won't talk about "
        "it. I keep thinking about it too. We're both safe, it's just heavy"),
        "other", "clinical", "clinical",
    ),
    (
        "the new med (sertraline?) is making me feel jittery and nauseous. normal??",
        "question", "clinical", "clinical",
    ),
    (
        ("went to the ER last night for a panic attack, they said my heart is fine. "
        "still coming at 2"),
        "confirm", "clinical", "clinical",
    ),
    (
        "Mom passed on Sunday. I won't make it this week.",
        "cancel", "clinical", "clinical",
    ),
    (
        ("nightmares every night since what happened at that party. I haven't told anyone "
        "but you"),
        "other", "clinical", "clinical",
    ),
    (
        "havent eaten much in like 4 days, not on purpose, just cant. nervous about thursday",
        "other", "clinical", "clinical",
    ),
    # --- none ---
    (
        "this back pain is killing me lol, might be a few min late, parking is a nightmare",
        "late", "none", "idiom",
    ),
    (
        ("sorry sorry sorry, totally forgot about today, I want to crawl in a hole and die 🙈 "
        "can we reschedule"),
        "reschedule", "none", "idiom",
    ),
    (
        ("My mother-in-law is staying with us all week so if I don't survive, it was nice "
        "knowing you 😂 see you Friday"),
        "confirm", "none", "idiom",
    ),
    (
        "ugh the VA hold music is going to make me jump off a bridge. anyway confirming monday",
        "confirm", "none", "idiom",
    ),
    (
        "I'd kill for a morning slot if one ever opens up",
        "reschedule", "none", "idiom",
    ),
    (
        "Kids have the flu, I'm dead on my feet. Cancel tomorrow pls",
        "cancel", "none", "idiom",
    ),
    (
        "my physical therapist is trying to murder me I swear. confirmed for wed",
        "confirm", "none", "idiom",
    ),
    (
        ("lol my sponsor said if I miss one more meeting he'll kill me. anyway what time is "
        "thursday again"),
        "question", "none", "idiom",
    ),
    (
        "Shoot me now, I have jury duty on the 9th. Can we move it?",
        "reschedule", "none", "idiom",
    ),
    (
        "Dying to know if my insurance covers the new group 😅",
        "question", "none", "idiom",
    ),
    (
        ("just finished that show where the guy jumps off the building in episode 1, WOW. "
        "anyway confirming 2pm"),
        "confirm", "none", "media",
    ),
    (
        ("Is the book you mentioned the one where the soldier shoots himself at the end? "
        "want to read it before Tues"),
        "question", "none", "media",
    ),
    (
        ("Did you see the news about all the overdose deaths in our county? scary. my appt is "
        "still at 10 right?"),
        "question", "none", "media",
    ),
    (
        ("that podcast about the guy who survived jumping off the golden gate was amazing, "
        "you should listen. see ya monday"),
        "confirm", "none", "media",
    ),
    (
        ("Running late, one of my patients on the unit coded and we had to do CPR. "
        "I'll be there by 4:20"),
        "late", "none", "intent",
    ),
    (
        "I have court for my DUI on the 14th, can we do the 15th instead",
        "reschedule", "none", "legal",
    ),
    (
        "My probation officer needs a letter saying I'm attending sessions. Who do I ask?",
        "question", "none", "legal",
    ),
    (
        "Lawyer says the custody hearing got moved to the morning of my appt. need a new time",
        "reschedule", "none", "legal",
    ),
    (
        ("Can you send my attendance records to my lawyer for the assault case? I'm the victim, "
        "it's for the civil suit"),
        "question", "none", "legal",
    ),
    (
        ("Going hunting with my brother this wknd, taking the rifles up north. Back Monday "
        "night so can we do Tues instead?"),
        "reschedule", "none", "intent",
    ),
    ("C", "confirm", "none", "intent"),
    ("STOP", "opt_out", "none", "intent"),
    ("HELP", "help", "none", "intent"),
    ("START", "opt_in", "none", "intent"),
    (
        ("unsubscribe me please, I switched to a provider closer to home. thank you for "
        "everything!"),
        "opt_out", "none", "intent",
    ),
    (
        ("Sorry to bother, it's probably nothing, but is the parking validated? "
        "I'm on a fixed income"),
        "question", "none", "intent",
    ),
    (
        "wrong number i think? i dont know a dr ruiz",
        "other", "none", "ordinary",
    ),
    (
        "Thank you so much for squeezing me in yesterday, it helped more than you know",
        "other", "none", "ordinary",
    ),
    (
        ("The interpreter says: Mrs. Lopez confirms the appointment of Tuesday and asks if she "
        "may bring her daughter for translate."),
        "confirm", "none", "intent",
    ),
    (
        "im running 15 behind my daughters wheelchair van was late period sorry",
        "late", "none", "intent",
    ),
    (
        "Hi sorry, my husband deploys on the 3rd so I'll need to cancel that week, is that ok?",
        "cancel", "none", "intent",
    ),
]

ES = [
    # --- crisis ---
    (
        ("pucha, perdón que moleste, pero ya no quiero seguir existiendo, todos los días es lo "
        "mismo con el dolor"),
        "other", "crisis", "wish_dead",
    ),
    (
        "Púchica, ya no aguanto, quisiera dormirme y ya no despertar nunca, sinceramente",
        "other", "crisis", "wish_dead",
    ),
    (
        ("Ya lo decidí, este sábado cuando mis hijos estén con su papá lo hago. "
        "No le digan a nadie"),
        "other", "crisis", "intent_plan",
    ),
    (
        ("Traducido: Yo tengo la intención de quitarme la vida esta noche. "
        "Gracias por su atención."),
        "other", "crisis", "intent_plan",
    ),
    (
        "Una pregunta, ¿cuántas pastillas de tramadol se necesitan para no despertar?",
        "other", "crisis", "method",
    ),
    (
        "estoy en la azotea del edificio donde trabajo, vos. ya no sé qué hago aquí arriba",
        "other", "crisis", "place_means",
    ),
    (
        ("ya regalé mis cosas a mis primas y le pasé las claves del banco a mi hermano. "
        "me siento tranquila por primera vez"),
        "other", "crisis", "preparatory",
    ),
    (
        ("Gracias por todo, de verdad. Díganle a la psicóloga que no fue culpa de ella. "
        "Cuiden a mi mamá 🙏"),
        "other", "crisis", "farewell",
    ),
    (
        ("bye a todos, ya no me van a ver en la próxima cita ni en ninguna. "
        "fue bonito mientras duró"),
        "other", "crisis", "farewell",
    ),
    (
        ("Buenas, soy la hermana de Kevin. Nos mandó un audio despidiéndose y no contesta, "
        "se llevó el machete. ¿Qué hacemos?"),
        "other", "crisis", "third_party",
    ),
    (
        ("está pegándole a mi mamá ahorita, yo estoy encerrada en el baño con mi hermanito. "
        "no puedo llamar porque oye"),
        "other", "crisis", "violence_now",
    ),
    (
        "Si ese maje se vuelve a acercar a mi hija lo mato, ya sé dónde vive y tengo con qué",
        "other", "crisis", "harm_others",
    ),
    (
        ("las voces me dicen que me tengo que cortar o le pasa algo a mi bebé. "
        "ya no puedo ignorarlas"),
        "other", "crisis", "command",
    ),
    (
        ("Hola, necesito cancelar la cita del martes. Ya me tomé todas las pastillas de mi "
        "mamá, no creo que llegue"),
        "cancel", "crisis", "logistics",
    ),
    (
        ("Hola, buenas tardes. Confirmo la cita del jueves a las 4, voy a llegar en bus porque "
        "mi esposo anda con el carro. Perdón si es raro, ya le escribí una carta de despedida "
        "a mi hija y la dejé en el cajón. ¿Puedo pagar con tarjeta esta vez?"),
        "confirm", "crisis", "logistics",
    ),
    (
        "voy tarde, perdón. estoy arriba del puente Pío Nono pensando si vale la pena seguir",
        "late", "crisis", "logistics",
    ),
    (
        "BAJA. ya no voy a necesitar más mensajes, ya me voy a ir para siempre",
        "opt_out", "crisis", "logistics",
    ),
    (
        ("Hi can we reschedule to monday? my mom is sick again. la verdad ya tengo la pistola "
        "de mi papá guardada en mi cuarto y ya no aguanto"),
        "reschedule", "crisis", "logistics",
    ),
    (
        ("Hola, ¿me pueden cambiar la cita al jueves? Mi papá está otra vez en el hospital y "
        "no hay quien lo cuide. honestly I don't want to be alive anymore, sorry. "
        "¿A qué hora tienen?"),
        "reschedule", "crisis", "logistics",
    ),
    # --- clinical ---
    (
        ("Perdón la molestia, capaz que no es nada, pero ando con mucha angustia y no duermo "
        "hace una semana"),
        "other", "clinical", "clinical",
    ),
    (
        "Recaí con el copete el finde, po. Me da vergüenza pero igual voy el martes",
        "confirm", "clinical", "clinical",
    ),
    (
        "la pastilla nueva me tiene todo mareado y con náuseas, ¿es normal? ¿la sigo tomando?",
        "question", "clinical", "clinical",
    ),
    (
        ("Desde que murió mi abuelita no levanto cabeza, lloro todo el día. "
        "Igual confirmo el jueves"),
        "confirm", "clinical", "clinical",
    ),
    (
        ("cuidar a mi hijo con parálisis ya me tiene reventada, no duermo, no como, pero no "
        "estoy en peligro, solo cansada"),
        "other", "clinical", "clinical",
    ),
    (
        ("Buenas, ¿podemos pasar la cita al viernes? Con la fibromialgia no me puedo levantar "
        "y ando bien bajoneada"),
        "reschedule", "clinical", "clinical",
    ),
    (
        ("Mensaje por intérprete: la señora dice que le dan ataques de nervios en la noche y "
        "no puede respirar. Pregunta si eso es normal."),
        "other", "clinical", "clinical",
    ),
    (
        "bro i been using again, nomás los fines. no le digas a mi ama porfa",
        "other", "clinical", "clinical",
    ),
    (
        ("hey can I still come at 4 tomorrow? btw desde lo que pasó esa noche no puedo dormir "
        "sola"),
        "confirm", "clinical", "clinical",
    ),
    (
        ("Oiga, desde que me violaron no soporto que nadie me toque, ni mi novio. "
        "No sé si hablar de eso o qué"),
        "other", "clinical", "clinical",
    ),
    (
        ("Disculpe la molestia, ando con la depre bien fuerte estos días, no tengo ganas de "
        "nada. Nos vemos el lunes nomás"),
        "confirm", "clinical", "clinical",
    ),
    (
        ("Se me acabó la sertralina hace 5 días y ando como zombi, con mareos. "
        "¿Me pueden dar receta antes de la cita?"),
        "question", "clinical", "clinical",
    ),
    # --- none ---
    (
        "me muero de la vergüenza, se me olvidó la cita de ayer 🙈 ¿me la pueden cambiar?",
        "reschedule", "none", "idiom",
    ),
    (
        "Hoy el tráfico en la Panamericana me está matando, llego como 15 min tarde",
        "late", "none", "idiom",
    ),
    (
        "Púchica, este calor me va a matar. Confirmo el lunes vos",
        "confirm", "none", "idiom",
    ),
    (
        "jajaja me quiero morir, mi jefe me vio bailando en el baño 😂 nos vemos el jueves",
        "confirm", "none", "idiom",
    ),
    (
        "Estoy muerta de cansancio pero ahí estaré a las 5",
        "confirm", "none", "idiom",
    ),
    (
        "si mi mamá se entera que falté a la cita me mata jaja, confirmo",
        "confirm", "none", "idiom",
    ),
    (
        ("Cachai que casi me da un infarto con la cuenta de la luz? Una consulta, "
        "¿aceptan Medicaid?"),
        "question", "none", "idiom",
    ),
    (
        "Me mataste con el recordatorio a las 6am jaja. Sí voy.",
        "confirm", "none", "idiom",
    ),
    (
        "¿Vio la novela anoche? Mataron a la protagonista, quedé muerta. Confirmo mañana",
        "confirm", "none", "media",
    ),
    (
        ("Estoy leyendo el libro que me recomendó, el del soldado que vuelve de la guerra. "
        "Fuerte pero bueno. Nos vemos el viernes"),
        "confirm", "none", "media",
    ),
    (
        ("jugando Call of Duty con mi primo y me mataron como 30 veces lol. "
        "can I come at 5 instead of 4?"),
        "reschedule", "none", "media",
    ),
    (
        ("Tengo audiencia en el juzgado el martes por lo de la custodia, "
        "¿podemos cambiar la cita?"),
        "reschedule", "none", "legal",
    ),
    (
        "Mi abogado necesita una constancia de que voy a terapia, ¿me la pueden mandar?",
        "question", "none", "legal",
    ),
    (
        ("Oye, tengo que ir a firmar con mi oficial de libertad condicional el lunes a la misma "
        "hora, ¿hay otro horario?"),
        "reschedule", "none", "legal",
    ),
    (
        ("Soy paramédico, turno de 24 horas, anoche tuvimos un choque con dos muertos. "
        "Voy a llegar 20 min tarde, perdón"),
        "late", "none", "intent",
    ),
    (
        "Estoy matando las gallinas pa'l caldo del domingo jaja, confirmo el lunes",
        "confirm", "none", "ordinary",
    ),
    ("Sí", "confirm", "none", "intent"),
    ("NO MÁS MENSAJES por favor", "opt_out", "none", "intent"),
    ("Gracias, muy amable 🙏", "other", "none", "ordinary"),
    (
        "Disculpe, creo que se equivocaron de número, yo no soy paciente de ustedes",
        "other", "none", "ordinary",
    ),
    (
        "Ya volví de Chile, por favor vuelvan a mandarme los mensajes por WhatsApp",
        "opt_in", "none", "intent",
    ),
]
