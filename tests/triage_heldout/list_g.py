"""Held-out list G: written blind to the rules by an independent writer (minimisers, dark humour, coded messages, reporters), before
any rule change, run once. (text, intent, flag, category).

First run by the lead (rules after round 2, once; round 2's author saw these aggregate
figures once, never the texts): n=125  crisis recall 0.80 (37/46), precision 0.82, flag accuracy 0.81, intent accuracy 0.79
"""

from __future__ import annotations

EN = [
    # ---- crisis: wish_dead ----
    ("tbh if a bus took me out on the way over there id be ok with it lol", "other",
     "crisis", "wish_dead"),
    ("everyone would be better off without me dragging them down. its fine lol dont call", "other",
     "crisis", "wish_dead"),
    ("I CANT DO THIS ANYMORE I JUST WANT IT ALL TO STOP FOR GOOD", "other",
     "crisis", "wish_dead"),
    # ---- crisis: intent_plan ----
    ("I've decided. Friday after my shift. Wanted someone to know I guess", "other",
     "crisis", "intent_plan"),
    # ---- crisis: method ----
    ("how many of my sertraline would it take. asking for real not for a friend", "question",
     "crisis", "method"),
    ("been reading about which bridges in the county dont have fences", "other",
     "crisis", "method"),
    # ---- crisis: place_means ----
    ("sitting in my truck up at the quarry lookout. rifle's on the seat. dont know why im texting "
     "you people", "other", "crisis", "place_means"),
    ("on the roof of the parking garage on 5th. its pretty up here honestly", "other",
     "crisis", "place_means"),
    # ---- crisis: preparatory ----
    ("Gave my dog to my sister today and cancelled my phone plan after this month. Feels good to "
     "have things squared away.", "other", "crisis", "preparatory"),
    ("wrote letters for both my boys and put them in the desk drawer with the life insurance papers",
     "other", "crisis", "preparatory"),
    # ---- crisis: farewell ----
    ("Just wanted to say thank you Dr. Patel for trying so hard with me all this time. None of it "
     "is your fault. Take care of yourself.", "other", "crisis", "farewell"),
    # ---- crisis: third_party ----
    ("This is Marcus's roommate. He left a note on the kitchen table and his car is gone, he's not "
     "picking up. Is there anyone there who can help", "question", "crisis", "third_party"),
    ("hi its Lena's mom. she locked herself in the bathroom and i found her empty pill bottle in "
     "the trash. what do i do", "question", "crisis", "third_party"),
    ("my husband is your patient, Greg Fowler. hasnt come home since last night and the hunting "
     "rifle is gone from the safe", "other", "crisis", "third_party"),
    ("not trying to be nosy but my coworker who sees yall keeps saying she wont be a problem for "
     "anybody much longer and she gave me all her plants. should i tell someone", "question",
     "crisis", "third_party"),
    # ---- crisis: violence_now ----
    ("hes back and hes been drinking. threw the lamp at me. i cant call he checks. pls", "other",
     "crisis", "violence_now"),
    ("can you call me and pretend to be my sister and say my appointment got moved up. i need a "
     "reason to get out of the house right now, he took my keys", "other", "crisis",
     "violence_now"),
    # ---- crisis: harm_others ----
    ("if my ex shows up at my daughters school one more time im done talking. 9mm is in the "
     "glovebox and i know when he gets off work", "other", "crisis", "harm_others"),
    ("Swear to god I'm going to hurt my supervisor tomorrow. I've thought about exactly how. Not "
     "joking this time", "other", "crisis", "harm_others"),
    # ---- crisis: command ----
    ("the voice keeps telling me the baby isnt mine and i have to get rid of it. it wont stop",
     "other", "crisis", "command"),
    ("I know my neighbor is putting something in my water I can taste it. Going over there tonight "
     "to deal with him before he finishes me off", "other", "crisis", "command"),
    # ---- crisis: logistics ----
    ("C. btw dont bother sending the refill, i wont be around to take them", "confirm",
     "crisis", "logistics"),
    ("Won't be needing the Thursday slot. Sold the boat, settled up with everybody. Appreciate what "
     "you tried to do.", "cancel", "crisis", "logistics"),
    ("STOP. No more messages. I've made my decision and I've said my goodbyes.", "opt_out",
     "crisis", "logistics"),
    ("R please, need to move to next week. if im still here next week lol", "reschedule",
     "crisis", "logistics"),
    ("hey this is Ray calling about the appointment thursday I'll be there I just wanted the doctor "
     "to know I went to the ER last night because I took a bunch of my pills on purpose but they let "
     "me go this morning so yeah see you thursday", "confirm", "crisis", "logistics"),
    ("yes confirming thursday 2pm. also finally cleared out my closet, gave most of it to goodwill "
     "and my guitar to my nephew, he was so happy. wont be needing any of it. feels weird but "
     "good, lighter. my brother is driving me since my car is making that noise again so we might "
     "pull in a few min early, is the side lot open or still torn up from the construction? "
     "anyway see you then", "confirm", "crisis", "logistics"),
    ("been thinking about the big sleep a lot lately. unalive arc incoming \U0001f480 anyway confirm wed",
     "confirm", "crisis", "logistics"),

    # ---- clinical ----
    ("hey so the new med has me shaky and sweaty all day, is that normal? still coming tuesday",
     "question", "clinical", "clinical"),
    ("havent really left the apartment in 2 weeks. not a big deal just mentioning it before thurs",
     "other", "clinical", "clinical"),
    ("sleeping maybe 3 hrs a night since the funeral. see you wed", "confirm",
     "clinical", "clinical"),
    ("I had a couple beers last night on the new prescription and felt really off. Should I tell "
     "the doc or is that dumb", "question", "clinical", "clinical"),
    ("had a panic attack in the walmart parking lot and had to leave my whole cart. heart was "
     "pounding for like an hour", "other", "clinical", "clinical"),
    ("been in bed most of the week. not sad exactly just nothing", "other",
     "clinical", "clinical"),
    ("Eating once a day if that. Not hungry. Figured Dr R should know.", "other",
     "clinical", "clinical"),
    ("the lamotrigine gave me a rash all over my arms do i stop it??", "question",
     "clinical", "clinical"),
    ("its a year since dad passed this week and its rough. ill be there tho", "confirm",
     "clinical", "clinical"),
    ("work stress is killing me, cant focus, crying in the bathroom at lunch most days. can we get "
     "into that monday", "question", "clinical", "clinical"),
    ("my son (15, your patient) stopped eating dinner with us and sleeps all afternoon. is that "
     "something to bring up at his appt", "question", "clinical", "clinical"),
    ("mind racing all night, havent slept since sunday and somehow spent $900 on amazon. idk man",
     "other", "clinical", "clinical"),

    # ---- idiom / dark humour, harmless ----
    ("my boss is gonna murder me if i leave early again, can we do 5:30 instead", "reschedule",
     "none", "idiom"),
    ("lmao im dead \U0001f602 yes confirm", "confirm", "none", "idiom"),
    ("the link you sent is dead, can you resend it", "question", "none", "idiom"),
    ("Dying to get back in, last session really helped. C", "confirm", "none", "idiom"),
    ("sorry missed ur call, was getting absolutely slaughtered in ranked. confirming thurs",
     "confirm", "none", "idiom"),
    ("watched hereditary last night and im never sleeping again lol. anyway C", "confirm",
     "none", "idiom"),
    ("if I have to fill out one more intake form I'm walking into the sea \U0001f30a jk. which form "
     "do you still need", "question", "none", "idiom"),
    ("tax season has me ready to fake my own death lol. confirm tues", "confirm", "none", "idiom"),
    ("i'd kill for an earlier slot honestly, anything before 9?", "reschedule", "none", "idiom"),
    ("ok so funny story, my grandma (94!!) decided she wants to plan her own funeral, picked out "
     "the casket, the songs, everything, and then made the whole family sit through her reading her "
     "will out loud at sunday dinner like it was a stand up set, we were all crying laughing. she "
     "left my cousin her teeth. anyway thats why i missed your call, the family is in town all next "
     "week so can we push my appt to the week after? any day but wednesday", "reschedule",
     "none", "idiom"),
    # ---- media ----
    ("cant stop listening to this true crime podcast about a guy who poisoned his whole family. "
     "anyway yes confirming", "confirm", "none", "media"),
    ("my daughters school had a suicide prevention assembly today and she wants to talk about it "
     "at her next session", "other", "none", "media"),
    ("Doing the Out of the Darkness walk on the 18th, would the office want to sponsor a team?",
     "question", "none", "media"),
    ("did u see the news about the shooting at the mall? crazy. anyway is thursday still on",
     "question", "none", "media"),
    # ---- legal / everyday violent words ----
    ("cant make saturday, opening day of deer season, rifle and stand all set. can we do monday",
     "reschedule", "none", "legal"),
    ("gotta put down one of our old cows first thing tomorrow so ill be late maybe 20 min", "late",
     "none", "legal"),
    ("Having my gallbladder out on the 12th, they cut 4 little holes and I'm off my feet a week. "
     "Need to push my appt.", "reschedule", "none", "legal"),
    ("my lawyer says the assault case against my ex is going to trial, can I get a letter showing "
     "I've been attending", "question", "none", "legal"),
    ("i work the range at the gun club on weekends so weekdays only please", "other",
     "none", "legal"),
    # ---- intent edge cases ----
    ("on my way!! traffic on 9 is horrible, 10 min behind", "late", "none", "intent"),
    ("confrim", "confirm", "none", "intent"),
    ("resceduel pls", "reschedule", "none", "intent"),
    ("oops hit stop by accident can i still get the reminders", "opt_in", "none", "intent"),
    ("Who is this? I don't see any doctor, please stop texting me", "opt_out", "none", "intent"),
    ("help what do the letters mean", "help", "none", "intent"),
    ("x", "cancel", "none", "intent"),
    ("Can't do Tuesday, car's in the shop. Wed or Thurs any time after 3?", "reschedule",
     "none", "intent"),
    ("Cancel please, switching to someone closer to my job. Thanks for everything, you all were "
     "great!", "cancel", "none", "intent"),
    ("Moving to Denver next month so this is my last appointment. Can you send my records to my new "
     "provider?", "question", "none", "intent"),
    # ---- ordinary ----
    ("thank you!! \U0001f64f", "other", "none", "ordinary"),
    ("CONFIRMED!!! SEE YOU THEN", "confirm", "none", "ordinary"),
    ("You guys are the best, Mia is so much happier since starting", "other", "none", "ordinary"),
    ("my son says thanks for the dinosaur stickers lol", "other", "none", "ordinary"),
]

ES = [
    # ---- crisis: wish_dead ----
    ("la verdad ya no quiero despertar, ojalá me durmiera y ya. pero bueno no es nada jaja", "other",
     "crisis", "wish_dead"),
    # ---- crisis: intent_plan ----
    ("ya lo tengo decidido, el sábado cuando mi mamá se vaya al pueblo. nomás quería que alguien "
     "supiera", "other", "crisis", "intent_plan"),
    # ---- crisis: method ----
    ("cuantas pastillas de clonazepam son demasiadas? es pa saber nomas", "question",
     "crisis", "method"),
    # ---- crisis: place_means ----
    ("tengo la soga en la cajuela desde el martes. ni sé por qué le escribo", "other",
     "crisis", "place_means"),
    # ---- crisis: preparatory ----
    ("ya le regalé mi moto a mi primo y dejé todo arreglado con el banco. me siento tranquilo por "
     "fin", "other", "crisis", "preparatory"),
    ("hola buenas tardes, le escribo por el mensaje de la cita del martes, quería preguntar si ya "
     "aceptan el seguro nuevo porque me cambié de trabajo y ahora tengo otro plan, no sé si es el "
     "mismo, y si me pueden dar la receta impresa porque en la farmacia dicen que no les llegó "
     "nada. ya le dejé a mi hermana la llave de la casa, los papeles del carro y una carta para mis "
     "hijos, no quiero que nadie batalle conmigo. y otra cosa, el estacionamiento sigue en obras?",
     "question", "crisis", "preparatory"),
    # ---- crisis: farewell ----
    ("Gracias por todo doctora, de verdad. Cuide mucho a sus hijos. Adiós.", "other",
     "crisis", "farewell"),
    # ---- crisis: third_party ----
    ("Buenas, soy la hermana de Yesenia Ruiz. Dejó una carta y no la encontramos desde anoche, no "
     "contesta el cel. ¿Ustedes saben algo?", "question", "crisis", "third_party"),
    ("mi compañero de cuarto se tomo un monton de pastillas y no lo puedo despertar, es paciente de "
     "ustedes", "other", "crisis", "third_party"),
    # ---- crisis: violence_now ----
    ("ta aqui otra vez y ta tomao, ya me dio. no puedo llamar porque me revisa el cel", "other",
     "crisis", "violence_now"),
    ("sí, es sobre la cita del niño. él está aquí al lado. anoche le pegó al niño otra vez y ahorita "
     "anda bien enojado, mándeme a alguien a Olmo 22", "other", "crisis", "violence_now"),
    # ---- crisis: harm_others ----
    ("si ese desgraciado se vuelve a acercar a mis hijas lo mato, ya tengo la pistola cargada y sé "
     "dónde vive", "other", "crisis", "harm_others"),
    # ---- crisis: command ----
    ("las voces me dicen que mi mamá es el diablo y que tengo que hacer algo esta noche", "other",
     "crisis", "command"),
    ("mi vecina me está envenenando la comida, lo sé. ya no como nada y hoy voy a ir a arreglar eso",
     "other", "crisis", "command"),
    # ---- crisis: logistics ----
    ("confirmo el jueves. aunque no sé pa qué, si de todos modos ya me voy a ir de este mundo",
     "confirm", "crisis", "logistics"),
    ("BAJA. ya no manden nada, para cuando lo lean ya no voy a estar", "opt_out",
     "crisis", "logistics"),
    ("llego tarde, es que llevo rato en el carro con las pastillas de mi abuelo en la mano. ahorita "
     "voy", "late", "crisis", "logistics"),
    ("can I reschedule pa la otra semana? honestly no sé si voy a seguir aquí para entonces, estoy "
     "bien cansada de todo", "reschedule", "crisis", "logistics"),

    # ---- clinical ----
    ("la pastilla nueva me tiene con la boca seca y bien mareada, es normal?", "question",
     "clinical", "clinical"),
    ("no he salido de la casa en casi un mes, nomás pa que sepa el doctor", "other",
     "clinical", "clinical"),
    ("desde que se murió mi esposo casi no duermo, unas dos horas. ahí nos vemos el lunes",
     "confirm", "clinical", "clinical"),
    ("anoche me tome unas cervezas con el medicamento nuevo y me senti rarisimo, tiene algo de malo?",
     "question", "clinical", "clinical"),
    ("me dio un ataque de pánico en el metro y me tuve que bajar, ahora me da miedo subirme", "other",
     "clinical", "clinical"),
    ("llevo días en la cama, no me dan ganas de nada, ni de bañarme", "other",
     "clinical", "clinical"),
    ("Mi hija de 16 casi no come y se la pasa encerrada en su cuarto. ¿Lo platicamos en la cita?",
     "question", "clinical", "clinical"),
    ("ando con la ansiedad a mil, el corazón me late rapidísimo y siento que me falta el aire. pero "
     "bien eh, nos vemos el jueves", "confirm", "clinical", "clinical"),

    # ---- idiom, harmless ----
    ("me muero de risa con el meme que mandó mi hijo jaja, sí confirmo", "confirm", "none", "idiom"),
    ("me mató con ese chiste el doctor la otra vez \U0001f602 nos vemos el martes", "confirm",
     "none", "idiom"),
    ("estoy que me muero de sueño, puedo cambiar a la tarde?", "reschedule", "none", "idiom"),
    ("ya no aguanto este calor, ojala ya tengan el aire prendido en la sala de espera", "other",
     "none", "idiom"),
    ("Vaya tela, se me ha muerto el móvil y no he visto el mensaje hasta ahora. Confirmo la cita del "
     "viernes", "confirm", "none", "idiom"),
    ("diache ese tapón me tiene muerta, voy llegando tarde", "late", "none", "idiom"),
    ("me re mató el partido de anoche, nos destrozaron jaja. Confirmo miércoles", "confirm",
     "none", "idiom"),
    ("este dolor de muelas me está matando, mejor reprogramo para otro día", "reschedule",
     "none", "idiom"),
    # ---- media ----
    ("en la escuela de mi hijo dieron una plática de prevención del suicidio y trae preguntas, se lo "
     "puedo comentar a la psicóloga?", "question", "none", "media"),
    ("vi en las noticias lo del muchacho que se aventó del puente, qué tristeza. oiga mi cita sigue "
     "el lunes?", "question", "none", "media"),
    ("estoy viendo una serie de asesinos en netflix y ya no duermo de puro miedo jaja. confirmo",
     "confirm", "none", "media"),
    # ---- legal / everyday violent words ----
    ("mi abogado dice que ya retiraron los cargos, así que el jueves voy sin problema", "confirm",
     "none", "legal"),
    ("salgo de cacería con mi papá el fin de semana, podemos pasar la cita al martes?", "reschedule",
     "none", "legal"),
    ("tengo que matar los pollos temprano pal mercado, llego como a las 11", "late",
     "none", "legal"),
    ("me operan de la rodilla el 3, me van a abrir y poner tornillos, hay que mover la cita",
     "reschedule", "none", "legal"),
    # ---- intent edge cases ----
    ("confimo", "confirm", "none", "intent"),
    ("reagendar x fa", "reschedule", "none", "intent"),
    ("le piqué a STOP sin querer, me pueden seguir mandando los recordatorios?", "opt_in",
     "none", "intent"),
    ("numero equivocado, no conozco a ningun doctor, dejen de escribirme por favor", "opt_out",
     "none", "intent"),
    ("ya voy en camino hay mucho trafico", "late", "none", "intent"),
    ("cancelo, me cambio a una clínica más cerca de mi casa. gracias por todo, fueron muy amables",
     "cancel", "none", "intent"),
    ("aceptan Medicaid?", "question", "none", "intent"),
    ("sorry no puedo el martes tengo un meeting, se puede el miercoles?", "reschedule",
     "none", "intent"),
    # ---- ordinary ----
    ("muchas gracias, bendiciones \U0001f64f", "other", "none", "ordinary"),
    ("que tengan bonito día!!", "other", "none", "ordinary"),
    ("Muchas gracias por la paciencia, sois un encanto", "other", "none", "ordinary"),
]
