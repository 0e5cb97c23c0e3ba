"""Held-out list A for the reply classifier: written before the category redesign.

Each entry is (text, intent, flag, category). Not copied into the corpus; run once with the
old rules for the "before" figure (see __init__.py and bench/triage.py). Names invented.
"""

from __future__ import annotations

EN = [
    # ---- warning behaviours with no death word / farewell
    ("hey so i gave my xbox and all my games to my little brother. wont need them where im "
     "going", "other", "crisis", "preparatory"),
    ("I've been getting my affairs in order, updated the will and wrote down all my "
     "passwords for my sister", "other", "crisis", "preparatory"),
    ("just want to say thank you for everything you tried to do for me. you were one of the "
     "good ones", "other", "crisis", "farewell"),
    ("made sure the cat has a new home and cleaned out the apartment. feel calm now, "
     "finally", "other", "crisis", "preparatory"),
    ("i just want to go to sleep for a really long time and not have to wake up to any of "
     "this", "other", "crisis", "wish_dead"),
    ("honestly everyone would have an easier time if i just wasnt in the picture", "other",
     "crisis", "wish_dead"),
    # ---- a place or means without a verb of intent
    ("im on the top floor of the parking garage looking down", "other", "crisis",
     "place_means"),
    ("sitting in the garage with the car running and the door shut", "other", "crisis",
     "place_means"),
    ("the bottle of my moms oxy is on the counter in front of me", "other", "crisis",
     "place_means"),
    ("i keep looking up how high the overpass on 5th street is", "other", "crisis",
     "method"),
    # ---- someone else reporting
    ("this is her daughter, mom left a note on the kitchen table and isnt answering her "
     "phone, we dont know where she is", "other", "crisis", "third_party"),
    ("my son locked himself in the bathroom and keeps saying he wants to die what do i do",
     "other", "crisis", "third_party"),
    ("Grandma here. Frank hasn't picked up since last night and his gun case is empty. He "
     "said goodbye on the phone.", "other", "crisis", "third_party"),
    # ---- violence now
    ("My husband is hitting me right now please call someone", "other", "crisis",
     "violence_now"),
    ("he's hitting the baby, i can hear it through the wall, please send someone", "other",
     "crisis", "violence_now"),
    ("he pinned me against the fridge and took my phone, texting from my sisters tablet, "
     "hes still in the house", "other", "crisis", "violence_now"),
    # ---- harm to others, command hallucinations, delusion
    ("the voice says i have to hurt the neighbors kid before it hurts me", "other",
     "crisis", "command"),
    ("god told me the baby is evil and i have to make it stop crying for good", "other",
     "crisis", "command"),
    ("I know the pharmacy is putting poison in my pills. I stopped taking them and I'm "
     "going to make them pay", "other", "crisis", "harm_others"),
    ("I'm not going to hurt myself but if Derek shows up again there's a bat by the door "
     "and I will use it on him", "other", "crisis", "harm_others"),
    # ---- crisis inside logistics
    ("Confirming Thursday. Also just so you know I took the whole box of sleeping tablets "
     "an hour ago", "confirm", "crisis", "logistics"),
    ("you can give my 4pm slot to someone else, permanently. I won't be around for future "
     "appointments", "cancel", "crisis", "logistics"),
    ("running late, actually not coming. parked by the river and i keep looking at the "
     "water", "cancel", "crisis", "logistics"),
    # ---- ordinary messages full of alarming idioms, media and legal words
    ("boss is gonna kill me if I leave early again, can we do 5:30 instead", "reschedule",
     "none", "idiom"),
    ("I'm dying of heat in this waiting room, is the AC broken?", "question", "none",
     "idiom"),
    ("starving to death over here lol is there a vending machine in the building?",
     "question", "none", "idiom"),
    ("the zoom link is dead, can you send a new one?", "question", "none", "idiom"),
    ("finished the book you recommended, absolute killer, couldn't put it down", "other",
     "none", "idiom"),
    ("lol I'm so dead, left my wallet at home. can I pay next time?", "question", "none",
     "idiom"),
    ("my knees are killing me so I'll be slow on the stairs, running a few min behind",
     "late", "none", "idiom"),
    ("my teenager says he will literally die if I make him come to family therapy lol. "
     "we'll both be there", "confirm", "none", "idiom"),
    ("my phone died halfway through your message, what time did you say?", "question",
     "none", "idiom"),
    ("our school did a suicide prevention assembly today and my daughter wants to talk "
     "about it at her session", "other", "none", "media"),
    ("saw a news piece about the 988 hotline, great that it exists. see you Wednesday",
     "confirm", "none", "media"),
    ("I'm volunteering at the suicide prevention walk on saturday so I need to move my "
     "appointment", "reschedule", "none", "media"),
    ("have to testify at my cousin's assault trial that morning, I'll be about 20 min late",
     "late", "none", "legal"),
    # ---- clinical
    ("been eating maybe once a day for the last couple weeks, just not hungry", "other",
     "clinical", "clinical"),
    ("I've been in bed most of the week, only get up to feed the dog", "other", "clinical",
     "clinical"),
    ("the new pills make my hands shake, is that normal?", "question", "clinical",
     "clinical"),
    ("is it ok to have a couple beers with the new medication dr lee started me on?",
     "question", "clinical", "clinical"),
    # ---- intent edge cases
    ("on my way, running about 10 late sorry!", "late", "none", "intent"),
    ("confrim", "confirm", "none", "intent"),
    ("need to reschudule pls", "reschedule", "none", "intent"),
    ("sorry I hit STOP by accident, can you start sending the reminders again?", "opt_in",
     "none", "intent"),
    ("wrong number, please stop texting me", "opt_out", "none", "intent"),
]

ES = [
    ("ya le regalé mi guitarra a mi primo y mis cosas a mi hermana, ya no las voy a "
     "necesitar", "other", "crisis", "preparatory"),
    ("gracias por todo doctora, de verdad usted fue la única que me escuchó. cuide mucho a "
     "mi perro si puede", "other", "crisis", "farewell"),
    ("estoy en la azotea del edificio viendo para abajo", "other", "crisis", "place_means"),
    ("estoy encerrado en el carro con el motor prendido en la cochera", "other", "crisis",
     "place_means"),
    ("le escribo porque mi hermano dejó una carta y no contesta, se llevó las pastillas de "
     "mi mamá", "other", "crisis", "third_party"),
    ("soy la mamá de Sofi, está encerrada en su cuarto y dice que se quiere morir, no me "
     "abre", "other", "crisis", "third_party"),
    ("mi esposo me está pegando ahorita, por favor llamen a alguien", "other", "crisis",
     "violence_now"),
    ("las voces me dicen que tengo que lastimar a mi vecina", "other", "crisis", "command"),
    ("ya compré el arma, si ese desgraciado se vuelve a acercar a mis hijos lo mato",
     "other", "crisis", "harm_others"),
    ("confirmo mi cita del jueves. por cierto ayer me tomé una caja entera de clonazepam y "
     "sigo mareada", "confirm", "crisis", "logistics"),
    ("no voy a poder ir mañana, ya tengo todo listo para irme y no volver", "cancel",
     "crisis", "logistics"),
    ("wey ya no quiero estar aquí neta, ya me cansé de todo", "other", "crisis",
     "wish_dead"),
    # ---- idioms, media
    ("me muero de vergüenza, se me olvidó la cita de ayer, ¿puedo reagendar?",
     "reschedule", "none", "idiom"),
    ("el calor está de muerte, llego en 10", "late", "none", "idiom"),
    ("me muero de hambre jaja, ¿puedo llevar comida a la sesión?", "question", "none",
     "idiom"),
    ("el enlace está muerto, ¿me mandan otro?", "question", "none", "idiom"),
    ("ese libro me mató, lo terminé en una noche", "other", "none", "idiom"),
    ("estoy muerta de cansancio pero ahí estaré", "confirm", "none", "idiom"),
    ("el tráfico me está matando, voy tarde como 15 min", "late", "none", "idiom"),
    ("mi hija vio una plática sobre prevención del suicidio en la escuela y quiere "
     "platicarlo en su sesión", "other", "none", "media"),
    # ---- clinical
    ("casi no estoy comiendo, como una vez al día y sin hambre", "other", "clinical",
     "clinical"),
    ("llevo tres días sin salir de la cama", "other", "clinical", "clinical"),
    ("ya no salgo de la casa, me da mucho miedo salir", "other", "clinical", "clinical"),
    ("desde que empecé la sertralina tengo náuseas y mareos todo el día", "other",
     "clinical", "clinical"),
    ("¿puedo tomar unas cervezas con el medicamento nuevo?", "question", "clinical",
     "clinical"),
    ("duermo muy poquito, como dos o tres horas, me despierto a cada rato", "other",
     "clinical", "clinical"),
    # ---- intent edge cases
    ("voy en camino pero llego tarde, como 10 minutos", "late", "none", "intent"),
    ("reagnedar porfa", "reschedule", "none", "intent"),
    ("mandé BAJA sin querer, ¿me pueden volver a mandar los recordatorios?", "opt_in",
     "none", "intent"),
    ("número equivocado, por favor dejen de escribirme", "opt_out", "none", "intent"),
]

MESSAGES = EN + ES
