"""Held-out list Y: written blind by an independent writer (rural men, retirees, ID; MX/ES/DO/AR).
(text, intent, flag, category)
"""

from __future__ import annotations

EN = [
    # ---- crisis ----
    ("honestly was kinda disappointed I woke up this morning. anyway", "other", "crisis",
     "wish_dead"),
    ("wouldnt mind not waking up. been that way a while now", "other", "crisis", "wish_dead"),
    ("I am tired of being here. I do not want to be alive no more. I am sorry", "other",
     "crisis", "wish_dead"),
    (("if the good Lord took me tonight I'd be fine with that. not gonna do nothing about it "
     "but I'd be fine with it"), "other", "crisis", "wish_dead"),
    ("I got it figured out. Sunday when the wife is at her sisters. Just wanted someone to know",
     "other", "crisis", "intent_plan"),
    (("ive decided im gonna end it after my boys birthday saturday so he dont remember it as "
     "that day"), "other", "crisis", "intent_plan"),
    ("how many of my heart pills would it take to not wake up. asking for real", "other",
     "crisis", "method"),
    (("does the carbon monoxide thing still work with newer cars or do they got something "
     "that stops it now"), "other", "crisis", "method"),
    ("sittin in the truck with the deer rifle across my lap. not sure why im texting yall",
     "other", "crisis", "place_means"),
    ("im up on the water tower out by the co-op. its real quiet up here", "other", "crisis",
     "place_means"),
    (("Got my will notarized today and signed the farm over to my brother. Took the dog to the "
     "neighbors. Everything's squared away now."), "other", "crisis", "preparatory"),
    (("wrote letters to each of the kids, theyre in the top drawer of the desk. just so "
     "somebody knows where"), "other", "crisis", "preparatory"),
    (("put all the passwords and bank stuff in a envelope for my daughter and paid off the "
     "funeral plot. only thing left is me"), "other", "crisis", "preparatory"),
    (("Just wanted to say thank you for everything you tried to do for me. You were good to me. "
     "Goodbye"), "other", "crisis", "farewell"),
    ("i dont need my apointments no more. thank you for being nice to me. bye bye", "other",
     "crisis", "farewell"),
    (("This is Gary's wife. He left with his pistol an hour ago and there's a note on the "
     "kitchen table. He's not answering. What do I do"), "other", "crisis", "third_party"),
    (("Hi this is Deb next door to Earl Simmons. He's been sitting in the garage with the car "
     "running and the door down. Should I call somebody"), "other", "crisis", "third_party"),
    ("hes drunk and breaking stuff, im locked in the bathroom with the kids. cant talk",
     "other", "crisis", "violence_now"),
    (("if Randy from the shop says one more word to me im putting him in the ground. I know "
     "where he parks and the .38 is in my glovebox"), "other", "crisis", "harm_others"),
    (("my ex took the kids to her moms in Cedar Falls. I still know the back door code. shes "
     "gonna find out what happens"), "other", "crisis", "harm_others"),
    (("Bought shells today. Mr Pruitt the landlord is gonna pay for what he did to me and "
     "he's home every night after 6"), "other", "crisis", "harm_others"),
    ("the voices keep saying I have to walk into the lake tonight. they wont stop", "other",
     "crisis", "command"),
    ("the man in my head says to hurt my mom. I dont want to. I am scared", "other", "crisis",
     "command"),
    (("cancel thursday. took the whole bottle of my sleeping pills about an hour ago so i wont "
     "make it"), "cancel", "crisis", "logistics"),
    (("Yes I'll be there Tuesday at 2. Also wanted you to know I finished writing letters to "
     "my family, just in case, they're sealed now. See you then."), "confirm", "crisis",
     "logistics"),
    (("running bout 20 min late, pulled over by the river. trying to talk myself out of "
     "driving off the boat ramp. ill get there"), "late", "crisis", "logistics"),
    ("STOP. no more texts. wont matter after this weekend anyway", "opt_out", "crisis",
     "logistics"),
    (("Hey its Dale. Need to move my appt next week, the combine broke down and we're behind "
     "on harvest, parts won't be in till friday. Been thinking real serious about just "
     "ending it, got the rope up in the barn already. Anyway any chance of Monday afternoon? "
     "My wife can drive me"), "reschedule", "crisis", "logistics"),
    (("can we push my appt to the 14th. moms in the hospital again and im the only one who "
     "can take her. cleaned out the gun safe last night, everythings loaded and laid out on "
     "the bed, dont know why im telling you that. 14th work?"), "reschedule", "crisis",
     "logistics"),
    # ---- clinical ----
    (("had the urge to cut again last night but I held the ice cube like we practiced and it "
     "passed. kinda proud of myself"), "other", "clinical", "clinical"),
    (("my last attempt was back in 2019, im in a much better place now. just putting it on "
     "the intake form for the new counselor"), "other", "clinical", "clinical"),
    (("My doctor says the cancer is in my bones now. Does Dr Kim talk with people about the "
     "medical aid in dying option? I'd like to bring it up next visit"), "question",
     "clinical", "clinical"),
    (("Is it true the state allows assisted dying for ALS? my husband wants to discuss it at "
     "his session"), "question", "clinical", "clinical"),
    (("buddy of mine from the Army took his own life last month. still cant get my head "
     "around it. aint slept right since"), "other", "clinical", "clinical"),
    ("the new med makes my hands shake and I cant keep food down. should I keep taking it",
     "question", "clinical", "clinical"),
    ("had 3 beers last nite after 8 months sober. feel like garbage about it", "other",
     "clinical", "clinical"),
    (("had another one of them panic attacks at the feed store, heart pounding, thought I was "
     "having a heart attack"), "other", "clinical", "clinical"),
    ("I feel sad a lot. I cry at night. I do not know why", "other", "clinical", "clinical"),
    (("not sleeping more than 2-3 hrs a night since the layoff. wife says im snapping at "
     "everybody"), "other", "clinical", "clinical"),
    (("some days I think about how I used to cut but I havent in over a year and I dont want "
     "to go back to that"), "other", "clinical", "clinical"),
    (("its been a year since my son died by suicide. anniversary is friday and I dont know "
     "how Im gonna get through the day"), "other", "clinical", "clinical"),
    (("ran out of my lithium 3 days ago, pharmacy says they need a new script. can Dr P call "
     "it in"), "question", "clinical", "clinical"),
    (("can I come in earlier than the 20th? the depression is real bad this month, not "
     "dangerous just heavy"), "reschedule", "clinical", "clinical"),
    ("i keep making myself throw up after i eat, i know i shouldnt", "other", "clinical",
     "clinical"),
    ("hearing my late wife talk to me at night. not scary, just strange. is that normal",
     "question", "clinical", "clinical"),
    ("I been mad a lot. I yelled at staff at my group home. I want to learn to be calm",
     "other", "clinical", "clinical"),
    ("Quit the oxy 5 days ago, sweating and achy all over, any chance I can get in sooner",
     "reschedule", "clinical", "clinical"),
    # ---- none ----
    (("Running late, just got off 12 hrs in the ER. Two gunshot victims and a guy who OD'd, "
     "I'm wiped. Be there 3:15"), "late", "none", "intent"),
    (("can we move my appt? short staffed at the funeral home, three services friday and "
     "I'm on embalming"), "reschedule", "none", "intent"),
    ("Confirm. Heads up coming straight from deer camp so I might smell like a gutted buck lol",
     "confirm", "none", "intent"),
    (("Need to cancel, Im on the ambulance all weekend covering for a guy. Bad wreck on 20 "
     "this morning, two fatal"), "cancel", "none", "intent"),
    ("This traffic is killing me, gonna be 10 late", "late", "none", "idiom"),
    ("Id rather be shot than miss the Sooners game saturday so can we do friday",
     "reschedule", "none", "idiom"),
    ("my boss is gonna murder me if I leave early again, can we do 5:30?", "reschedule",
     "none", "idiom"),
    ("I'm dying to know if my insurance covered last month. Bill says $240??", "question",
     "none", "idiom"),
    (("Just finished that true crime show about the guy who poisoned his wives. couldnt sleep "
     "lol. anyway see u wed"), "confirm", "none", "media"),
    (("That book you told me about, the one where the brother hangs himself in the barn. "
     "Whew. Finished it. Heavy. Thanks for the rec"), "other", "none", "media"),
    ("Deputy here, might be late, got held over on a barricade call. nobody got hurt",
     "late", "none", "intent"),
    ("vet clinic was brutal, had to put down 4 dogs today. gonna be like 10 min late",
     "late", "none", "intent"),
    (("Butchering hogs with my dad saturday so I need another day. knives and blood "
     "everywhere lol"), "reschedule", "none", "intent"),
    (("Got a court date the 12th for the DUI, my lawyer says I gotta be there at 9. Can we "
     "move?"), "reschedule", "none", "legal"),
    ("My probation officer needs a letter that I'm coming to sessions. Can yall send it",
     "question", "none", "legal"),
    (("Gonna be late, grandson has me playing that zombie game where you shoot everybody, "
     "lost track of time"), "late", "none", "media"),
    ("killed it at the job interview today!! thanks for the pep talk", "other", "none",
     "idiom"),
    ("Is this Dr Patels office? wrong number maybe sorry", "other", "none", "ordinary"),
    ("Thanks!! 😊", "other", "none", "ordinary"),
    ("Yes", "confirm", "none", "intent"),
    ("STOP", "opt_out", "none", "intent"),
    ("HELP", "help", "none", "intent"),
    ("START", "opt_in", "none", "intent"),
    ("whats the address again, the one on elm or the new one", "question", "none", "intent"),
    ("cant make it tomorrow, car wont start. cancel pls", "cancel", "none", "intent"),
    ("My team got slaughtered last night 42-3, Im in mourning lol. still good for thurs",
     "confirm", "none", "idiom"),
    ("Im a hunter safety instructor, live fire class saturday, so sat is out. any weekday?",
     "reschedule", "none", "intent"),
    ("Be a few min late. Jury duty finally ended, the murder trial wrapped up today",
     "late", "none", "legal"),
    ("Worked the night shift at the slaughterhouse, dead on my feet. Still coming at 10",
     "confirm", "none", "idiom"),
    (("got a eviction hearing monday morning so ill have to cancel that one. not the end of "
     "the world"), "cancel", "none", "legal"),
    (("LOL wife says if I forget our anniversary again shell kill me. Can I get a 7am on the "
     "9th?"), "reschedule", "none", "idiom"),
    (("Watched Breaking Bad again, the part where he poisons the kid. Anyway is my copay "
     "still $20?"), "question", "none", "media"),
    ("I go to my work at the grocery on monday. can I come on tuesday", "reschedule", "none",
     "intent"),
]

ES = [
    # ---- crisis ----
    ("la neta ya no quisiera despertar, ojalá Diosito ya se acordara de mí", "other",
     "crisis", "wish_dead"),
    ("Che, sinceramente me da igual si mañana no me levanto más. Estoy cansado de todo",
     "other", "crisis", "wish_dead"),
    ("ya lo decidí, el viernes cuando se vaya mi vieja lo hago. no me hablen", "other",
     "crisis", "intent_plan"),
    ("cuantas pastillas de clonazepam hacen falta para ya no despertar?", "other", "crisis",
     "method"),
    ("estoy en la azotea del edificio de mi trabajo, aquí arriba se ve todo bien tranquilo",
     "other", "crisis", "place_means"),
    ("Toy en el Malecón mirando el mar, tengo las pastillas de mi mamá en el bolsillo",
     "other", "crisis", "place_means"),
    (("Ya dejé arreglados los papeles del rancho, le di mis caballos a mi compadre y escribí "
     "una carta para cada uno de mis hijos"), "other", "crisis", "preparatory"),
    (("Gracias por todo lo que hicieron por mí. Díganle a la doctora que no fue culpa suya. "
     "Adiós."), "other", "crisis", "farewell"),
    (("Soy la hermana de Julián, mandó un audio despidiéndose y no contesta, se llevó la "
     "escopeta de mi papá. ¿Qué hago?"), "other", "crisis", "third_party"),
    (("Hola, soy el vecino de doña Carmen, dice que se va a tomar el veneno de las plantas, "
     "está sola en la casa. Ayúdenla por favor"), "other", "crisis", "third_party"),
    (("Mi marido está borracho pegándome, estoy encerrada en el baño con la niña, no puedo "
     "llamar"), "other", "crisis", "violence_now"),
    (("Al Chuy del taller ya le traigo ganas, sé a qué hora sale y traigo la 9 milímetros en "
     "la troca. Mañana se la cobro"), "other", "crisis", "harm_others"),
    ("las voces me dicen que me tengo que cortar, no se callan, tengo miedo", "other",
     "crisis", "command"),
    (("Cancelo la cita del jueves. Me tomé todas las pastillas de mi mamá hace rato, ya no "
     "voy a ir"), "cancel", "crisis", "logistics"),
    (("Confirmo el martes a las 5. Ya escribí las cartas para mi familia por si acaso, están "
     "en el cajón."), "confirm", "crisis", "logistics"),
    ("Llego tarde, estoy parado en el puente pensando si me tiro o no. Ahorita veo.", "late",
     "crisis", "logistics"),
    ("BAJA. ya no me manden mensajes, después del domingo ya no voy a estar para contestar",
     "opt_out", "crisis", "logistics"),
    (("Hola, buenas. Quería cambiar la cita del lunes porque tengo que llevar a mi padre al "
     "médico y luego tengo turno en la fábrica. La verdad es que llevo días pensando en "
     "quitarme de en medio y ya tengo guardadas las pastillas. ¿Podría ser el miércoles por "
     "la tarde? Gracias"), "reschedule", "crisis", "logistics"),
    (("Che, ¿me pasan el turno al viernes? Esta semana no llego con el laburo. Igual capaz ni "
     "haga falta, ya dejé todo ordenado y la carta escrita. Avisame"), "reschedule", "crisis",
     "logistics"),
    # ---- clinical ----
    (("Ayer tuve ganas de cortarme otra vez pero llamé a mi amiga y se me pasó. Hoy estoy "
     "bien"), "other", "clinical", "clinical"),
    (("Lo de mi intento fue hace como 6 años, ya estoy bien, es nomás para que lo sepa la "
     "nueva psicóloga"), "other", "clinical", "clinical"),
    (("Mi padre tiene un cáncer terminal y quiere preguntarle a la doctora por la eutanasia, "
     "¿eso se puede hablar en la consulta?"), "question", "clinical", "clinical"),
    ("Mi compa se ahorcó hace dos semanas y no dejo de pensar en eso, no duermo", "other",
     "clinical", "clinical"),
    ("Las pastillas nuevas me tienen mareado y con la boca seca, ¿las sigo tomando?",
     "question", "clinical", "clinical"),
    ("Recaí con el perico el fin de semana, me siento bien culero", "other", "clinical",
     "clinical"),
    ("me dan ataques de pánico en el metro, siento que me muero y no puedo respirar", "other",
     "clinical", "clinical"),
    ("Estoy muy triste. Lloro mucho. No sé por qué", "other", "clinical", "clinical"),
    ("Hace semanas que no pego un ojo, me despierto a las 4 con el corazón a mil", "other",
     "clinical", "clinical"),
    ("No estoy comiendo casi nada y me da culpa cuando como", "other", "clinical",
     "clinical"),
    ("¿Puedo pasar la cita para antes? Ando muy bajoneado, nada peligroso, pero pesado",
     "reschedule", "clinical", "clinical"),
    (("Se me acabó la sertralina y en la farmacia me piden receta nueva, ¿me la puede mandar "
     "el doctor?"), "question", "clinical", "clinical"),
    # ---- none ----
    ("Me muero de risa con tu mensaje jaja, sí ahí estaré el jueves", "confirm", "none",
     "idiom"),
    ("Este tráfico me está matando, llego 15 min tarde", "late", "none", "idiom"),
    ("Mi jefe me va a matar si salgo temprano otra vez, ¿me la pasas a las 6?", "reschedule",
     "none", "idiom"),
    ("No puedo el sábado, tenemos la matanza del cerdo en el pueblo con toda la familia",
     "cancel", "none", "intent"),
    (("Salgo de guardia en urgencias, hubo un choque con tres muertos en la carretera, voy a "
     "llegar tarde"), "late", "none", "intent"),
    ("Trabajo en la funeraria y hoy tengo tres velorios, ¿podemos cambiar la cita?",
     "reschedule", "none", "intent"),
    (("Tengo audiencia en el juzgado el martes por lo de la pensión, el abogado dice que no "
     "puedo faltar. ¿La cambiamos?"), "reschedule", "none", "legal"),
    (("Estuve viendo la serie esa del narco que mata a todo mundo, no pude dormir jaja. "
     "Confirmo el lunes"), "confirm", "none", "media"),
    ("Me mató el partido de anoche, River nos bailó. Nos vemos el viernes igual", "confirm",
     "none", "idiom"),
    ("Ando muerto del cansancio, salí de la carnicería a las 9. Mañana sí voy", "confirm",
     "none", "idiom"),
    ("Soy paramédico y me toca turno doble, tengo que cancelar el miércoles", "cancel",
     "none", "intent"),
    ("Voy de cacería de venado con mis compas el fin, ¿me la cambias al lunes?",
     "reschedule", "none", "intent"),
    ("Sí", "confirm", "none", "intent"),
    ("BAJA", "opt_out", "none", "intent"),
    ("Gracias, que Dios le bendiga 🙏", "other", "none", "ordinary"),
    ("¿Cuál es la dirección del consultorio? ¿Sigue siendo en la avenida?", "question",
     "none", "intent"),
    ("Perdón, número equivocado", "other", "none", "ordinary"),
    ("Qué vaina, se me murió el celular y no vi el mensaje. Sí voy mañana", "confirm",
     "none", "idiom"),
    ("Tengo cita con el oficial de libertad condicional a la misma hora, ¿se puede mover?",
     "reschedule", "none", "legal"),
    ("Me muero de ganas de contarle cómo me fue en el trabajo nuevo! nos vemos el jueves",
     "confirm", "none", "idiom"),
    ("Yo el lunes voy a mi trabajo. El martes sí puedo ir", "reschedule", "none", "intent"),
    ("¿Cuánto es el copago? ¿Aceptan el seguro de la empresa?", "question", "none",
     "intent"),
]
